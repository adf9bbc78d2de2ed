/* test-demo.c — demo data: realistic, consistent, deterministic
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tf-audit.h"
#include "tf-case-status.h"
#include "tf-cpr.h"
#include "tf-demo.h"
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

  f->dir = g_dir_make_tmp ("tf-demo-XXXXXX", &error);
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

static void
fill (Fixture *f,
      guint    young_people,
      guint    notes_per_case,
      guint32  seed)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tf_demo_fill (f->session, young_people, notes_per_case, seed, TODAY,
                               NULL, NULL, NULL, &error));
  g_assert_no_error (error);
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

/* A digest of every row a query returns. */
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
store_digest (Fixture *f)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  hash_query (checksum, f, "SELECT * FROM organisation ORDER BY id");
  /* the session's own staff row carries the clock in created_at */
  hash_query (checksum, f, "SELECT id, login, name, sort_key, organisation_id, role, email, phone, active "
                           "FROM staff_member ORDER BY id");
  hash_query (checksum, f, "SELECT * FROM young_person ORDER BY id");
  hash_query (checksum, f, "SELECT * FROM guardian ORDER BY id");
  hash_query (checksum, f, "SELECT * FROM cases ORDER BY id");
  hash_query (checksum, f, "SELECT * FROM case_status_history ORDER BY id");
  hash_query (checksum, f, "SELECT * FROM note ORDER BY id");
  return g_strdup (g_checksum_get_string (checksum));
}

static void
test_demo_counts (void)
{
  Fixture f = { 0 };

  fixture_open (&f, "counts.db");
  fill (&f, 200, 0, 42);

  g_assert_cmpint (count (&f, "SELECT count(*) FROM young_person"), ==, 200);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases"), ==, 200);
  g_assert_cmpint (count (&f, "SELECT count(DISTINCT young_person_id) FROM cases"), ==, 200);
  /* every young person has one or two guardians */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM young_person y WHERE "
                              "(SELECT count(*) FROM guardian g WHERE g.young_person_id = y.id) NOT BETWEEN 1 AND 2"), ==, 0);
  /* the realistic default: eight notes a case on average */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM note"), ==, 200 * 8);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM organisation"), ==, 12);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM organisation WHERE fixed_member = 0"), ==, 4);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM staff_member WHERE role = 'coordinator' AND login IS NULL"),
                   ==, 3);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM staff_member WHERE login IS NULL"), >=, 14);
  /* the search index follows the rows */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM young_person_fts"), ==, 200);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM note_fts WHERE note_fts MATCH 'skolen'"), >, 0);

  fixture_close (&f);
}

static void
test_demo_notes_per_case (void)
{
  Fixture f = { 0 };

  fixture_open (&f, "notes.db");
  fill (&f, 200, 5, 7);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM note"), ==, 1000);
  /* notes vary with the case's length rather than all being five */
  g_assert_cmpint (count (&f, "SELECT count(DISTINCT n) FROM "
                              "(SELECT count(*) AS n FROM note GROUP BY case_id)"), >, 3);
  fixture_close (&f);
}

static void
test_demo_people (void)
{
  Fixture f = { 0 };
  TfStmt *stmt;
  int n = 0;

  fixture_open (&f, "people.db");
  fill (&f, 200, 0, 42);

  /* held without g_autoptr: the store (and its statements) go before the end of the scope */
  stmt = tf_store_prepare (f.store, "SELECT y.birth_date, y.cpr, y.gender, y.postcode, y.city, y.school, "
                                    "       y.school_class, c.closing_reason, c.closed_on "
                                    "FROM young_person AS y JOIN cases AS c ON c.young_person_id = y.id "
                                    "ORDER BY y.id", NULL);
  g_assert_nonnull (stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *birth = (const char *) sqlite3_column_text (stmt, 0);
      const char *cpr = (const char *) sqlite3_column_text (stmt, 1);
      const char *gender = (const char *) sqlite3_column_text (stmt, 2);
      const char *postcode = (const char *) sqlite3_column_text (stmt, 3);
      int age = tf_age_on (birth, TODAY);
      g_autoptr(GError) error = NULL;
      char digits[11];
      GDate date;
      char parsed[11];

      g_assert_cmpint (age, >=, 12);
      /* 18 only when the case closed because they turned 18, on their birthday or after */
      if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, 7), "turned-18") == 0)
        {
          const char *closed_on = (const char *) sqlite3_column_text (stmt, 8);

          g_assert_cmpint (age, ==, 18);
          g_assert_cmpint (tf_age_on (birth, closed_on), ==, 18);
        }
      else
        g_assert_cmpint (age, <=, 17);
      g_assert_true (g_strcmp0 (gender, "girl") == 0 || g_strcmp0 (gender, "boy") == 0);
      g_assert_nonnull (strstr ("8500 8585 8586 8950 8961 8963 8592", postcode));

      g_assert_nonnull (cpr);
      g_assert_true (tf_cpr_parse (cpr, digits, &date, &error));
      g_assert_no_error (error);
      /* DDMMYY is the birth date, and the 7th digit gives its century */
      g_snprintf (parsed, sizeof parsed, "%04d-%02d-%02d", g_date_get_year (&date),
                  g_date_get_month (&date), g_date_get_day (&date));
      g_assert_cmpstr (parsed, ==, birth);
      g_assert_true (cpr[0] == birth[8] && cpr[1] == birth[9] && cpr[2] == birth[5] &&
                     cpr[3] == birth[6] && cpr[4] == birth[2] && cpr[5] == birth[3]);
      n++;
    }
  tf_stmt_release (stmt);
  g_assert_cmpint (n, ==, 200);
  g_assert_cmpint (count (&f, "SELECT count(DISTINCT cpr) FROM young_person"), ==, 200);

  /* 16–17-year-olds are the only ones in youth education */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM young_person WHERE school IN ('Viden Djurs', "
                              "'Grenaa Gymnasium', 'FGU') AND birth_date > date('" TODAY "', '-16 years')"),
                   ==, 0);
  /* the copies the case list sorts on agree with their sources */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases c JOIN young_person y ON y.id = c.young_person_id "
                              "WHERE c.sort_name <> y.sort_key OR c.birth_date <> y.birth_date"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases c LEFT JOIN staff_member s ON s.id = c.coordinator_id "
                              "WHERE c.coordinator_key <> coalesce(s.sort_key, '')"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases c JOIN staff_member s ON s.id = c.coordinator_id "
                              "WHERE s.role <> 'coordinator'"), ==, 0);
  fixture_close (&f);
}

static void
test_demo_history (void)
{
  Fixture f = { 0 };
  TfStmt *cases;
  g_autofree char *last_day_note = NULL;
  int n = 0;

  fixture_open (&f, "history.db");
  fill (&f, 200, 0, 42);

  cases = tf_store_prepare (f.store,
    "SELECT id, status, referral_date, next_follow_up, closed_on, closing_reason FROM cases ORDER BY id", NULL);
  g_assert_nonnull (cases);
  while (sqlite3_step (cases) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (cases, 0);
      g_autofree char *status = tf_stmt_dup_text (cases, 1);
      g_autofree char *referral = tf_stmt_dup_text (cases, 2);
      g_autofree char *follow_up = tf_stmt_dup_text (cases, 3);
      g_autofree char *closed_on = tf_stmt_dup_text (cases, 4);
      g_autofree char *closing_reason = tf_stmt_dup_text (cases, 5);
      g_autofree char *last_status = NULL;
      g_autofree char *last_day = NULL;
      int status_id = tf_case_status_from_id (status);
      g_autoptr(TfStmt) history = NULL;
      g_autoptr(TfStmt) notes = NULL;
      int steps = 0;

      g_assert_cmpint (status_id, >=, 0);
      g_assert_cmpstr (referral, <=, TODAY);

      history = tf_store_prepare (f.store,
        "SELECT status, valid_from, staff_id, reason FROM case_status_history "
        "WHERE case_id = ?1 AND kind = 'status' ORDER BY id",
        NULL);
      sqlite3_bind_int64 (history, 1, id);
      while (sqlite3_step (history) == SQLITE_ROW)
        {
          const char *step_status = (const char *) sqlite3_column_text (history, 0);
          const char *day = (const char *) sqlite3_column_text (history, 1);

          g_assert_cmpint (tf_case_status_from_id (step_status), >=, 0);
          g_assert_true (tf_iso_date_is_valid (day));
          g_assert_cmpstr (day, <=, TODAY);
          g_assert_cmpint (sqlite3_column_type (history, 2), ==, SQLITE_INTEGER);
          if (steps == 0)
            {
              g_assert_cmpstr (step_status, ==, "referred");
              g_assert_cmpstr (day, ==, referral);
            }
          else
            g_assert_cmpstr (day, >, last_day);
          if (g_str_equal (step_status, "not-relevant") || g_str_equal (step_status, "declined") ||
              g_str_equal (step_status, "closed"))
            g_assert_cmpint (sqlite3_column_type (history, 3), ==, SQLITE_TEXT);
          g_free (last_status);
          g_free (last_day);
          last_status = g_strdup (step_status);
          last_day = g_strdup (day);
          steps++;
        }
      g_assert_cmpint (steps, >=, 1);
      g_assert_cmpstr (last_status, ==, status);

      if (g_str_equal (status, "closed"))
        {
          g_assert_cmpstr (closed_on, ==, last_day);
          g_assert_nonnull (closing_reason);
          g_assert_nonnull (strstr ("goals-reached moved-away turned-18 transferred declined-to-continue",
                                    closing_reason));
        }
      else
        {
          g_assert_null (closed_on);
          g_assert_null (closing_reason);
        }
      if (tf_case_status_is_open (status_id))
        {
          g_assert_nonnull (follow_up);
          g_assert_true (tf_iso_date_is_valid (follow_up));
          g_assert_cmpstr (follow_up, >=, "2026-11-03");   /* 20 days before TODAY */
          g_assert_cmpstr (follow_up, <=, "2027-01-22");   /* 60 days after */
        }
      else
        g_assert_null (follow_up);

      /* notes are written while the case is open, in date order */
      notes = tf_store_prepare (f.store, "SELECT written_on FROM note WHERE case_id = ?1 ORDER BY id", NULL);
      sqlite3_bind_int64 (notes, 1, id);
      g_free (last_day_note);
      last_day_note = g_strdup (referral);
      while (sqlite3_step (notes) == SQLITE_ROW)
        {
          const char *day = (const char *) sqlite3_column_text (notes, 0);

          g_assert_cmpstr (day, >=, last_day_note);
          g_assert_cmpstr (day, <=, tf_case_status_is_open (status_id) ? TODAY : last_day);
          g_free (last_day_note);
          last_day_note = g_strdup (day);
        }
      n++;
    }
  tf_stmt_release (cases);
  g_assert_cmpint (n, ==, 200);

  /* some follow-ups overdue, some today */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases WHERE next_follow_up < '" TODAY "'"), >, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases WHERE next_follow_up > '" TODAY "'"), >, 0);
  /* referrals reach back two years, no further */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases WHERE referral_date < '2024-11-23'"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases WHERE referral_date < '2025-06-01'"), >, 0);
  /* notes: known areas, known authors */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM note WHERE area IS NOT NULL AND area NOT IN "
                              "('authority', 'family', 'school', 'job', 'leisure', 'adhoc')"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM note WHERE area IS NULL"), >, 0);
  g_assert_cmpint (count (&f, "SELECT count(DISTINCT area) FROM note"), ==, 6);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM note n LEFT JOIN staff_member s ON s.id = n.author_id "
                              "WHERE s.id IS NULL"), ==, 0);
  /* the member organisations write once the work with the family has begun */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM note n WHERE n.area IS NOT NULL AND n.written_on < "
                              "coalesce((SELECT min(valid_from) FROM case_status_history h "
                              "          WHERE h.case_id = n.case_id AND h.status = 'accepted'), '9999')"),
                   ==, 0);
  fixture_close (&f);
}

static void
test_demo_funnel (void)
{
  Fixture f = { 0 };
  gint64 total, school, girls, active, closed;

  fixture_open (&f, "funnel.db");
  fill (&f, 1000, 2, 1);

  total = count (&f, "SELECT count(*) FROM cases");
  g_assert_cmpint (total, ==, 1000);
  for (int s = 0; s < TF_N_CASE_STATUSES; s++)
    {
      g_autoptr(TfStmt) stmt = tf_store_prepare (f.store, "SELECT count(*) FROM cases WHERE status = ?1", NULL);

      sqlite3_bind_text (stmt, 1, tf_case_status_to_id (s), -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      if (sqlite3_column_int64 (stmt, 0) == 0)
        g_error ("no case has the status %s", tf_case_status_to_id (s));
    }
  for (int s = 0; s < TF_N_REFERRAL_SOURCES; s++)
    {
      g_autoptr(TfStmt) stmt = tf_store_prepare (f.store, "SELECT count(*) FROM cases WHERE referral_source = ?1", NULL);

      sqlite3_bind_text (stmt, 1, tf_referral_source_to_id (s), -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpint (sqlite3_column_int64 (stmt, 0), >, 0);
    }

  /* school raises the worry most often */
  school = count (&f, "SELECT count(*) FROM cases WHERE referral_source = 'school'");
  g_assert_cmpint (count (&f, "SELECT max(n) FROM (SELECT count(*) AS n FROM cases GROUP BY referral_source)"),
                   ==, school);
  /* mostly boys */
  girls = count (&f, "SELECT count(*) FROM young_person WHERE gender = 'girl'");
  g_assert_cmpint (girls, >, total * 20 / 100);
  g_assert_cmpint (girls, <, total * 40 / 100);
  /* about a third active, many closed */
  active = count (&f, "SELECT count(*) FROM cases WHERE status = 'active'");
  closed = count (&f, "SELECT count(*) FROM cases WHERE status = 'closed'");
  g_assert_cmpint (active, >, total * 28 / 100);
  g_assert_cmpint (active, <, total * 42 / 100);
  g_assert_cmpint (closed, >, total * 18 / 100);
  /* waiting for screening only when referred lately */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases WHERE status = 'referred' "
                              "AND referral_date < date('" TODAY "', '-21 days')"), ==, 0);
  /* a referred case has no coordinator yet; every other one has */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases WHERE (status = 'referred') <> (coordinator_id IS NULL)"),
                   ==, 0);
  /* the reasons for "not relevant" are the screening's three */
  g_assert_cmpint (count (&f, "SELECT count(DISTINCT reason) FROM case_status_history WHERE status = 'not-relevant'"),
                   >=, 3);
  /* the foreign keys all hold (CHECK constraints were enforced on insert) */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
  fixture_close (&f);
}

static void
test_demo_deterministic (void)
{
  Fixture a = { 0 }, b = { 0 }, c = { 0 };
  g_autofree char *digest_a = NULL;
  g_autofree char *digest_b = NULL;
  g_autofree char *digest_c = NULL;

  fixture_open (&a, "a.db");
  fixture_open (&b, "b.db");
  fixture_open (&c, "c.db");
  fill (&a, 200, 0, 42);
  fill (&b, 200, 0, 42);
  fill (&c, 200, 0, 43);
  digest_a = store_digest (&a);
  digest_b = store_digest (&b);
  digest_c = store_digest (&c);
  g_assert_cmpstr (digest_a, ==, digest_b);
  g_assert_cmpstr (digest_a, !=, digest_c);
  fixture_close (&a);
  fixture_close (&b);
  fixture_close (&c);
}

static void
test_demo_twice (void)
{
  Fixture f = { 0 };
  gint64 organisations, staff;

  fixture_open (&f, "twice.db");
  fill (&f, 200, 0, 42);
  g_assert_cmpint (tf_audit_count (f.session, "demo-data", "store"), ==, 1);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM audit_event WHERE action = 'demo-data' "
                              "AND json_extract(detail, '$.young_people') = 200 "
                              "AND json_extract(detail, '$.seed') = 42"), ==, 1);
  organisations = count (&f, "SELECT count(*) FROM organisation");
  staff = count (&f, "SELECT count(*) FROM staff_member");

  /* the same seed again: new young people, no new organisations or staff */
  fill (&f, 200, 0, 42);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM young_person"), ==, 400);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM cases"), ==, 400);
  g_assert_cmpint (count (&f, "SELECT count(DISTINCT cpr) FROM young_person"), ==, 400);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM organisation"), ==, organisations);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM staff_member"), ==, staff);
  g_assert_cmpint (tf_audit_count (f.session, "demo-data", "store"), ==, 2);
  /* one audit event per run, not per row */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM audit_event WHERE action <> 'demo-data'"), <=, 1);
  fixture_close (&f);
}

typedef struct
{
  GArray       *fractions;
  GCancellable *cancel_after_first;
} ProgressLog;

static void
on_progress (double   fraction,
             gpointer user_data)
{
  ProgressLog *log = user_data;

  g_array_append_val (log->fractions, fraction);
  if (log->cancel_after_first != NULL && fraction > 0.0)
    g_cancellable_cancel (log->cancel_after_first);
}

static void
on_changed (TfStore    *store,
            const char *entity,
            gint64      id,
            gpointer    user_data)
{
  guint *changed = user_data;

  if (g_strcmp0 (entity, "case") == 0 && id == 0)
    (*changed)++;
}

static void
test_demo_progress (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  ProgressLog log = { g_array_new (FALSE, FALSE, sizeof (double)), NULL };
  guint changed = 0;

  fixture_open (&f, "progress.db");
  g_signal_connect (f.store, "changed", G_CALLBACK (on_changed), &changed);

  g_assert_true (tf_demo_fill (f.session, 12000, 1, 5, TODAY, on_progress, &log, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log.fractions->len, >=, 4);   /* 0, then one per batch of 5000 */
  g_assert_cmpfloat (g_array_index (log.fractions, double, 0), ==, 0.0);
  for (guint i = 1; i < log.fractions->len; i++)
    g_assert_cmpfloat (g_array_index (log.fractions, double, i), >=, g_array_index (log.fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (log.fractions, double, log.fractions->len - 1), ==, 1.0);
  /* one "changed" per batch, not per row */
  g_assert_cmpuint (changed, ==, 3);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM note"), ==, 12000);

  g_array_unref (log.fractions);
  fixture_close (&f);
}

static void
test_demo_cancel (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  ProgressLog log = { g_array_new (FALSE, FALSE, sizeof (double)), cancellable };

  fixture_open (&f, "cancel.db");

  /* cancelled before it starts: nothing happens */
  g_cancellable_cancel (cancellable);
  g_assert_false (tf_demo_fill (f.session, 100, 0, 1, TODAY, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM young_person"), ==, 0);
  g_assert_cmpint (tf_audit_count (f.session, "demo-data", NULL), ==, 0);

  /* cancelled after the first batch: that batch stays, and is audited once */
  g_cancellable_reset (cancellable);
  g_assert_false (tf_demo_fill (f.session, 12000, 1, 1, TODAY, on_progress, &log, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM young_person"), ==, 5000);
  g_assert_cmpint (tf_audit_count (f.session, "demo-data", "store"), ==, 1);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM audit_event WHERE action = 'demo-data' "
                              "AND json_extract(detail, '$.young_people') = 5000 "
                              "AND json_extract(detail, '$.completed') = 0"), ==, 1);

  g_array_unref (log.fractions);
  fixture_close (&f);
}

/* The bulk load tunes its connection and puts the settings back; a
 * temporary table of the caller's survives. */
static void
test_demo_connection_settings (void)
{
  Fixture f = { 0 };
  gint64 temp_store, cache_size;

  fixture_open (&f, "settings.db");
  temp_store = count (&f, "PRAGMA temp_store");
  cache_size = count (&f, "PRAGMA cache_size");
  fill (&f, 50, 0, 3);
  g_assert_cmpint (count (&f, "PRAGMA temp_store"), ==, temp_store);
  g_assert_cmpint (count (&f, "PRAGMA cache_size"), ==, cache_size);

  g_assert_cmpint (sqlite3_exec (tf_store_get_db (f.store), "CREATE TEMP TABLE scratch (x)", NULL, NULL, NULL),
                   ==, SQLITE_OK);
  fill (&f, 50, 0, 4);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM temp.scratch"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM young_person"), ==, 100);
  fixture_close (&f);
}

static void
test_demo_invalid_day (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;

  fixture_open (&f, "invalid.db");
  g_assert_false (tf_demo_fill (f.session, 10, 0, 1, "2026-02-30", NULL, NULL, NULL, &error));
  g_assert_nonnull (error);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM young_person"), ==, 0);
  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demo/counts", test_demo_counts);
  g_test_add_func ("/demo/notes-per-case", test_demo_notes_per_case);
  g_test_add_func ("/demo/people", test_demo_people);
  g_test_add_func ("/demo/history", test_demo_history);
  g_test_add_func ("/demo/funnel", test_demo_funnel);
  g_test_add_func ("/demo/deterministic", test_demo_deterministic);
  g_test_add_func ("/demo/twice", test_demo_twice);
  g_test_add_func ("/demo/progress", test_demo_progress);
  g_test_add_func ("/demo/cancel", test_demo_cancel);
  g_test_add_func ("/demo/connection-settings", test_demo_connection_settings);
  g_test_add_func ("/demo/invalid-day", test_demo_invalid_day);

  return g_test_run ();
}
