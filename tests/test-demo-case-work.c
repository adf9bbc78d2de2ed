/* test-demo-case-work.c — demo data for the case work: consent, assessments, action plans
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tf-case-status.h"
#include "tf-demo.h"
#include "tf-demo-case-work.h"
#include "tf-format.h"
#include "tf-session.h"
#include "tf-store-private.h"

#define TODAY "2026-11-23"

typedef struct
{
  char      *dir;
  TfStore   *store;
  TfSession *session;
} Fixture;

static void
fixture_open (Fixture    *f,
              const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("tf-demo-cw-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, name, NULL);
  f->store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->session = tf_session_new_for_login (f->store, "tester", "Test Person", &error);
  g_assert_no_error (error);
}

static void
fixture_close (Fixture *f)
{
  g_autoptr(GDir) dir = NULL;
  const char *entry;

  g_clear_object (&f->session);
  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, entry, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static gint64
count (Fixture    *f,
       const char *sql)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (f->store, sql, NULL);

  g_assert_nonnull (stmt);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static void
exec (Fixture    *f,
      const char *sql)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStmt) stmt = tf_store_prepare (f->store, sql, &error);

  g_assert_no_error (error);
  g_assert_true (tf_store_step_done (f->store, stmt, &error));
  g_assert_no_error (error);
}

/* The people and cases, a school intervention for every third case that
 * reached the work (as tf_demo_fill_areas() would add), then the case work. */
static void
fill (Fixture *f,
      guint    young_people,
      guint32  seed)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tf_demo_fill (f->session, young_people, 2, seed, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  exec (f, "INSERT INTO record (case_id, area, form, category, recorded_on, vals, status, starts_on, "
           "                    created_at, updated_at) "
           "SELECT id, 'school', 'school-intervention', 'intervention', referral_date, '{}', 'active', "
           "       referral_date, 0, 0 FROM cases "
           "WHERE status IN ('accepted', 'in-process', 'active', 'paused', 'closed') AND id % 3 = 0");
  g_assert_true (tf_demo_fill_case_work (f->session, seed, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
hash_query (GChecksum  *checksum,
            Fixture    *f,
            const char *sql)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (f->store, sql, NULL);

  g_assert_nonnull (stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          g_checksum_update (checksum, (const guchar *) (text ? text : "\x01NULL"), -1);
          g_checksum_update (checksum, (const guchar *) "\x1f", 1);
        }
      g_checksum_update (checksum, (const guchar *) "\x1e", 1);
    }
}

static char *
case_work_digest (Fixture *f)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  hash_query (checksum, f, "SELECT * FROM case_status_history ORDER BY id");
  hash_query (checksum, f, "SELECT id, motivation, screening_reason, next_follow_up, last_assessed_on, "
                           "risk_level, follow_up_due FROM cases ORDER BY id");
  hash_query (checksum, f, "SELECT * FROM consent ORDER BY id");
  hash_query (checksum, f, "SELECT * FROM consent_organisation ORDER BY consent_id, organisation_id");
  hash_query (checksum, f, "SELECT * FROM assessment ORDER BY id");
  hash_query (checksum, f, "SELECT * FROM assessment_score ORDER BY assessment_id, domain_id");
  hash_query (checksum, f, "SELECT * FROM assessment_factor_mark ORDER BY assessment_id, factor_id");
  hash_query (checksum, f, "SELECT * FROM action_plan ORDER BY id");
  hash_query (checksum, f, "SELECT * FROM plan_goal ORDER BY id");
  hash_query (checksum, f, "SELECT * FROM plan_goal_intervention ORDER BY goal_id, record_id");
  hash_query (checksum, f, "SELECT * FROM plan_domain_reason ORDER BY plan_id, domain_id");
  return g_strdup (g_checksum_get_string (checksum));
}

static void
test_deterministic (void)
{
  Fixture a = { 0 }, b = { 0 }, c = { 0 };
  g_autofree char *digest_a = NULL;
  g_autofree char *digest_b = NULL;
  g_autofree char *digest_c = NULL;

  fixture_open (&a, "a.taskforce");
  fixture_open (&b, "b.taskforce");
  fixture_open (&c, "c.taskforce");
  fill (&a, 300, 11);
  fill (&b, 300, 11);
  fill (&c, 300, 12);
  digest_a = case_work_digest (&a);
  digest_b = case_work_digest (&b);
  digest_c = case_work_digest (&c);
  g_assert_cmpstr (digest_a, ==, digest_b);
  g_assert_cmpstr (digest_a, !=, digest_c);
  fixture_close (&a);
  fixture_close (&b);
  fixture_close (&c);
}

static void
test_rerun (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 audits;

  fixture_open (&f, "rerun.taskforce");
  fill (&f, 200, 3);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM assessment"), >, 0);
  before = case_work_digest (&f);
  audits = count (&f, "SELECT count(*) FROM audit_event WHERE action = 'demo-data'");
  g_assert_true (tf_demo_fill_case_work (f.session, 3, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  after = case_work_digest (&f);
  g_assert_cmpstr (before, ==, after);
  /* one audit event per run */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM audit_event WHERE action = 'demo-data'"), ==, audits + 1);
  fixture_close (&f);
}

static void
test_history (void)
{
  Fixture f = { 0 };

  fixture_open (&f, "history.taskforce");
  fill (&f, 1500, 5);
  /* closing and screening reasons on the history rows and the case */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM case_status_history AS h JOIN cases AS c ON c.id = h.case_id "
                              "WHERE h.status = 'closed' AND h.kind = 'status' "
                              "AND h.reason_code IS NOT c.closing_reason"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM case_status_history AS h JOIN cases AS c ON c.id = h.case_id "
                              "WHERE h.status = 'not-relevant' "
                              "AND (h.reason_code IS NOT c.screening_reason OR c.screening_reason IS NULL)"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases WHERE (status = 'not-relevant') <> "
                              "(screening_reason IS NOT NULL)"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(DISTINCT screening_reason) FROM cases"), ==, 3);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases WHERE closing_reason = 'turned-18'"), >, 0);
  /* motivation: set at the screening, sometimes changed later; the case has the latest */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM case_status_history WHERE motivation IS NOT NULL "
                              "AND kind = 'status' AND status <> 'relevant'"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM case_status_history WHERE kind = 'motivation'"), >, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases AS c WHERE c.motivation IS NOT "
                              "(SELECT h.motivation FROM case_status_history AS h WHERE h.case_id = c.id "
                              " AND h.motivation IS NOT NULL ORDER BY h.valid_from DESC, h.id DESC LIMIT 1)"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases WHERE motivation IS NOT NULL"), >, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases WHERE motivation IS NULL"), >, 0);
  fixture_close (&f);
}

static void
test_assessments (void)
{
  Fixture f = { 0 };

  fixture_open (&f, "assessments.taskforce");
  fill (&f, 1500, 6);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM assessment"), >, 1500);
  /* every case beyond the screening has one, the others none */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases AS c WHERE (c.status IN ('relevant', 'offered', "
                              "'accepted', 'in-process', 'active', 'paused', 'closed')) <> "
                              "EXISTS (SELECT 1 FROM assessment AS a WHERE a.case_id = c.id)"), ==, 0);
  /* eight scores 0–10 each, the own score near the professionals' in most */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM assessment AS a WHERE "
                              "(SELECT count(*) FROM assessment_score AS s WHERE s.assessment_id = a.id "
                              " AND s.score BETWEEN 0 AND 10) <> 8"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM assessment_score WHERE abs (own_score - score) > 2") * 5, <,
                   count (&f, "SELECT count(*) FROM assessment_score WHERE own_score IS NOT NULL"));
  /* 1–4 risk and 1–4 protective factors */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM assessment AS a WHERE "
                              "(SELECT count(*) FROM assessment_factor_mark AS m JOIN assessment_factor AS x "
                              " ON x.id = m.factor_id WHERE m.assessment_id = a.id AND x.kind = 'risk') NOT BETWEEN 1 AND 4 "
                              "OR (SELECT count(*) FROM assessment_factor_mark AS m JOIN assessment_factor AS x "
                              " ON x.id = m.factor_id WHERE m.assessment_id = a.id AND x.kind = 'protective') NOT BETWEEN 1 AND 4"), ==, 0);
  /* the risk level follows the scores: three reds is high, no red and a good average low */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM assessment AS a WHERE a.risk_level <> 'high' AND "
                              "(SELECT count(*) FROM assessment_score AS s WHERE s.assessment_id = a.id AND s.score <= 3) >= 3"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM assessment AS a WHERE a.risk_level = 'low' AND "
                              "(SELECT count(*) FROM assessment_score AS s WHERE s.assessment_id = a.id AND s.score <= 3) > 0"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(DISTINCT risk_level) FROM assessment"), ==, 3);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM assessment WHERE length (reasoning) < 20"), ==, 0);
  /* within the case's history */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM assessment AS a JOIN cases AS c ON c.id = a.case_id "
                              "WHERE a.assessed_on < c.referral_date OR a.assessed_on > '" TODAY "' "
                              "OR (c.closed_on IS NOT NULL AND a.assessed_on > c.closed_on)"), ==, 0);
  /* goals reached: the scores went up from the first assessment to the last */
  g_assert_cmpint (count (&f, "WITH t AS (SELECT a.case_id, a.assessed_on, sum (s.score) AS total "
                              "FROM assessment AS a JOIN assessment_score AS s ON s.assessment_id = a.id GROUP BY a.id), "
                              "f AS (SELECT case_id, total FROM t WHERE assessed_on = (SELECT min (assessed_on) FROM t AS u WHERE u.case_id = t.case_id)), "
                              "l AS (SELECT case_id, total FROM t WHERE assessed_on = (SELECT max (assessed_on) FROM t AS u WHERE u.case_id = t.case_id)) "
                              "SELECT count(*) FROM cases AS c JOIN f ON f.case_id = c.id JOIN l ON l.case_id = c.id "
                              "WHERE c.closing_reason = 'goals-reached' AND l.total <= f.total "
                              "AND (SELECT count(*) FROM assessment AS a WHERE a.case_id = c.id) > 1"), ==, 0);
  fixture_close (&f);
}

static void
test_follow_up (void)
{
  Fixture f = { 0 };
  gint64 active, due;

  fixture_open (&f, "follow-up.taskforce");
  fill (&f, 1500, 7);
  active = count (&f, "SELECT count(*) FROM cases WHERE status = 'active'");
  due = count (&f, "SELECT count(*) FROM cases WHERE status = 'active' AND follow_up_due <= '" TODAY "'");
  g_test_message ("%" G_GINT64_FORMAT " of %" G_GINT64_FORMAT " active cases need follow-up", due, active);
  g_assert_cmpint (due, >, 0);
  g_assert_cmpint (due * 4, <, active);
  /* some because the latest assessment is over three months old */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases WHERE status = 'active' "
                              "AND last_assessed_on < date ('" TODAY "', '-3 months')"), >, 0);
  fixture_close (&f);
}

static void
test_consent (void)
{
  Fixture f = { 0 };

  fixture_open (&f, "consent.taskforce");
  fill (&f, 1500, 8);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM consent"), >, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM consent WHERE valid_until < valid_from "
                              "OR withdrawn_on < valid_from OR (by_young_person = 0 AND by_guardians = 0) "
                              "OR (by_guardians = 1 AND guardian_names IS NULL)"), ==, 0);
  /* only from the acceptance on */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM consent AS s JOIN cases AS c ON c.id = s.case_id "
                              "WHERE c.status IN ('relevant', 'offered', 'declined', 'not-relevant', 'referred')"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM consent AS s WHERE "
                              "(SELECT count(*) FROM consent_organisation AS o WHERE o.consent_id = s.id) NOT BETWEEN 3 AND 7"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM consent WHERE withdrawn_on IS NOT NULL"), >, 0);
  /* renewals for long cases, and reminders to show */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM (SELECT case_id FROM consent GROUP BY case_id HAVING count(*) > 1)"), >, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM consent AS s JOIN cases AS c ON c.id = s.case_id "
                              "WHERE c.status = 'active' AND s.withdrawn_on IS NULL "
                              "AND s.valid_until BETWEEN '" TODAY "' AND date ('" TODAY "', '+14 days')"), >, 0);
  /* most running cases have valid consent today */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases AS c WHERE c.status = 'active' AND NOT EXISTS "
                              "(SELECT 1 FROM consent AS s WHERE s.case_id = c.id AND s.withdrawn_on IS NULL "
                              " AND '" TODAY "' BETWEEN s.valid_from AND s.valid_until)") * 10, <,
                   count (&f, "SELECT count(*) FROM cases WHERE status = 'active'"));
  fixture_close (&f);
}

static void
test_plans (void)
{
  Fixture f = { 0 };

  fixture_open (&f, "plans.taskforce");
  fill (&f, 1500, 9);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM action_plan WHERE version > 1"), >, 0);
  /* versions 1..n without gaps */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM (SELECT case_id FROM action_plan GROUP BY case_id "
                              "HAVING min (version) <> 1 OR max (version) <> count(*))"), ==, 0);
  /* later versions later */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM action_plan AS a JOIN action_plan AS b "
                              "ON b.case_id = a.case_id AND b.version = a.version + 1 WHERE b.made_on <= a.made_on"), ==, 0);
  /* a goal key is the id of the goal's first row, in the same case, the same domain all along */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM plan_goal AS g JOIN action_plan AS p ON p.id = g.plan_id "
                              "LEFT JOIN plan_goal AS k ON k.id = g.goal_key "
                              "LEFT JOIN action_plan AS kp ON kp.id = k.plan_id "
                              "WHERE k.id IS NULL OR kp.case_id <> p.case_id OR kp.version > p.version "
                              "OR k.domain_id IS NOT g.domain_id OR k.goal_key <> k.id"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM (SELECT plan_id, goal_key FROM plan_goal "
                              "GROUP BY plan_id, goal_key HAVING count(*) > 1)"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM (SELECT goal_key FROM plan_goal GROUP BY goal_key "
                              "HAVING count(*) > 1)"), >, 0);
  /* progress never falls back to nothing on a reached goal */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM plan_goal WHERE status = 'reached' AND progress < 6"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM plan_goal WHERE status = 'reached'"), >, 0);
  /* follow-up 1–3 months after the plan (the overdue ones of running cases aside) */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM action_plan AS p JOIN cases AS c ON c.id = p.case_id "
                              "WHERE p.next_follow_up > date (p.made_on, '+3 months', '+1 day') "
                              "OR (p.next_follow_up < date (p.made_on, '+1 month') AND c.status IN ('closed', 'paused'))"), ==, 0);
  /* 2–6 goals per plan, for the red domains of the latest assessment, or a reason */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM action_plan AS p WHERE "
                              "(SELECT count(*) FROM plan_goal AS g WHERE g.plan_id = p.id) NOT BETWEEN 1 AND 6"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM plan_domain_reason"), >, 0);
  /* every linked intervention is one of the case's own */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM plan_goal_intervention"), >, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM plan_goal_intervention AS i "
                              "JOIN plan_goal AS g ON g.id = i.goal_id JOIN action_plan AS p ON p.id = g.plan_id "
                              "JOIN record AS r ON r.id = i.record_id "
                              "WHERE r.case_id <> p.case_id OR r.category <> 'intervention'"), ==, 0);
  /* the trigger carries the newest plan's follow-up to the case */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases AS c JOIN action_plan AS p ON p.case_id = c.id "
                              "AND p.version = (SELECT max (version) FROM action_plan WHERE case_id = c.id) "
                              "WHERE c.next_follow_up IS NOT p.next_follow_up"), ==, 0);
  /* the running cases' follow-up mostly lies ahead */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases WHERE status = 'active' AND next_follow_up < '" TODAY "'") * 5, <,
                   count (&f, "SELECT count(*) FROM cases WHERE status = 'active'"));
  /* responsible organisation and staff named */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM plan_goal WHERE organisation_id IS NULL OR staff_id IS NULL"), ==, 0);
  fixture_close (&f);
}

static void
test_time (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 start;
  double seconds;

  fixture_open (&f, "time.taskforce");
  g_assert_true (tf_demo_fill (f.session, 2000, 0, 21, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  g_assert_true (tf_demo_fill_case_work (f.session, 21, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_test_message ("case work for 2,000 young people: %.2f s", seconds);
  g_assert_cmpfloat (seconds, <, 10.0);
  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/demo-case-work/deterministic", test_deterministic);
  g_test_add_func ("/demo-case-work/rerun", test_rerun);
  g_test_add_func ("/demo-case-work/history", test_history);
  g_test_add_func ("/demo-case-work/assessments", test_assessments);
  g_test_add_func ("/demo-case-work/follow-up", test_follow_up);
  g_test_add_func ("/demo-case-work/consent", test_consent);
  g_test_add_func ("/demo-case-work/plans", test_plans);
  g_test_add_func ("/demo-case-work/time", test_time);
  return g_test_run ();
}
