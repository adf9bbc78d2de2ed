/* test-demo-meetings.c — demo data for meetings: series, agendas, minutes, tasks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "tf-case-status.h"
#include "tf-demo.h"
#include "tf-demo-case-work.h"
#include "tf-demo-meetings.h"
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

  f->dir = g_dir_make_tmp ("tf-demo-mt-XXXXXX", &error);
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

/* People, cases and their case work, then the meetings */
static void
fill (Fixture *f,
      guint    young_people,
      guint32  seed)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tf_demo_fill (f->session, young_people, 0, seed, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (tf_demo_fill_case_work (f->session, seed, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (tf_demo_fill_meetings (f->session, seed, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static char *
meetings_digest (Fixture *f)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  hash_query (checksum, f, "SELECT * FROM meeting_series ORDER BY id");
  hash_query (checksum, f, "SELECT * FROM meeting ORDER BY id");
  hash_query (checksum, f, "SELECT * FROM meeting_participant ORDER BY id");
  hash_query (checksum, f, "SELECT * FROM agenda_item ORDER BY id");
  hash_query (checksum, f, "SELECT * FROM task ORDER BY id");
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
  digest_a = meetings_digest (&a);
  digest_b = meetings_digest (&b);
  digest_c = meetings_digest (&c);
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
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting"), >, 0);
  /* one audit event for the run */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM audit_event WHERE action = 'demo-data' "
                              "AND entity = 'meeting'"), ==, 1);
  before = meetings_digest (&f);
  audits = count (&f, "SELECT count(*) FROM audit_event");
  g_assert_true (tf_demo_fill_meetings (f.session, 3, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (tf_demo_fill_meetings (f.session, 4, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  after = meetings_digest (&f);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM audit_event"), ==, audits);
  fixture_close (&f);
}

static void
cancel_on_progress (double   fraction,
                    gpointer data)
{
  if (fraction > 0.1)
    g_cancellable_cancel (data);
}

/* One transaction: stopped half-way, nothing is left; a store that has a
 * meeting of its own gets none from the demo. */
static void
test_cancel_and_own_meetings (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  fixture_open (&f, "cancel.taskforce");
  g_assert_true (tf_demo_fill (f.session, 100, 0, 2, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (tf_demo_fill_case_work (f.session, 2, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (tf_demo_fill_meetings (f.session, 2, TODAY, cancel_on_progress, cancellable,
                                         cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting_series"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM task"), ==, 0);

  {
    g_autoptr(TfStmt) stmt = tf_store_prepare (f.store,
      "INSERT INTO meeting (kind, held_on, start_time, created_at, updated_at) "
      "VALUES ('taskforce', '" TODAY "', '09:00', 0, 0)", NULL);

    g_assert_true (tf_store_step_done (f.store, stmt, &error));
    g_assert_no_error (error);
  }
  g_assert_true (tf_demo_fill_meetings (f.session, 2, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting"), ==, 1);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM agenda_item"), ==, 0);
  fixture_close (&f);
}

/* Every 14 days for two years, on the phase of tomorrow, and three months on */
static void
test_series (void)
{
  Fixture f = { 0 };

  fixture_open (&f, "series.taskforce");
  fill (&f, 200, 5);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting_series WHERE kind = 'taskforce' "
                              "AND every_days = 14 AND start_time = '13:00' AND end_time = '15:00' "
                              "AND place = 'UngNorddjurs, Grenaa'"), ==, 1);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting_series WHERE kind = 'screening'"), ==, 1);
  /* two years back, three months ahead */
  g_assert_cmpint (count (&f, "SELECT min(held_on) <= date('" TODAY "', '-2 years') "
                              "FROM meeting WHERE kind = 'taskforce'"), ==, 1);
  g_assert_cmpint (count (&f, "SELECT max(held_on) > date('" TODAY "', '+2 months') "
                              "AND max(held_on) <= date('" TODAY "', '+3 months') "
                              "FROM meeting WHERE kind = 'taskforce'"), ==, 1);
  /* every taskforce meeting 14 days after the one before, none missing */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting AS m WHERE m.kind = 'taskforce' "
                              "AND m.held_on > (SELECT min(held_on) FROM meeting WHERE kind = 'taskforce') "
                              "AND NOT EXISTS (SELECT 1 FROM meeting AS p WHERE p.kind = 'taskforce' "
                              "  AND p.held_on = date(m.held_on, '-14 days'))"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting WHERE kind = 'taskforce' "
                              "AND held_on < '" TODAY "'"), >=, 52);
  /* the screening meetings fall on the weeks in between */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting AS s WHERE s.kind = 'screening' "
                              "AND NOT EXISTS (SELECT 1 FROM meeting AS t WHERE t.kind = 'taskforce' "
                              "  AND t.held_on = date(s.held_on, '-7 days'))"), ==, 0);
  /* everything held is closed (or was called off), nothing ahead is */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting WHERE held_on < '" TODAY "' "
                              "AND status = 'planned'"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting WHERE held_on >= '" TODAY "' "
                              "AND status <> 'planned'"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting WHERE status = 'closed' "
                              "AND (closed_at IS NULL OR closed_by IS NULL)"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting WHERE status = 'closed' "
                              "AND closed_by NOT IN (SELECT id FROM staff_member WHERE role = 'coordinator')"),
                   ==, 0);
  fixture_close (&f);
}

static void
test_tomorrow (void)
{
  Fixture f = { 0 };
  gint64 id;

  fixture_open (&f, "tomorrow.taskforce");
  fill (&f, 200, 6);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting WHERE kind = 'taskforce' "
                              "AND held_on = date('" TODAY "', '+1 day')"), ==, 1);
  id = count (&f, "SELECT id FROM meeting WHERE kind = 'taskforce' AND held_on = date('" TODAY "', '+1 day') "
                  "AND status = 'planned'");
  g_assert_cmpint (id, >, 0);
  /* its agenda is built (cases and the fixed items), nothing decided yet */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM agenda_item AS i JOIN meeting AS m ON m.id = i.meeting_id "
                              "WHERE m.kind = 'taskforce' AND m.held_on = date('" TODAY "', '+1 day') "
                              "AND i.case_id IS NOT NULL"), >=, 1);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM agenda_item AS i JOIN meeting AS m ON m.id = i.meeting_id "
                              "WHERE m.held_on = date('" TODAY "', '+1 day') AND i.title = 'Eventuelt'"), ==, 1);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM agenda_item AS i JOIN meeting AS m ON m.id = i.meeting_id "
                              "WHERE m.status = 'planned' AND (i.decision IS NOT NULL OR i.discussion IS NOT NULL)"),
                   ==, 0);
  /* participants invited, attendance not taken */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting_participant AS p JOIN meeting AS m ON m.id = p.meeting_id "
                              "WHERE m.kind = 'taskforce' AND m.held_on = date('" TODAY "', '+1 day')"), >=, 5);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting_participant AS p JOIN meeting AS m ON m.id = p.meeting_id "
                              "WHERE m.status = 'planned' AND p.attended IS NOT NULL"), ==, 0);
  fixture_close (&f);
}

static void
test_minutes (void)
{
  Fixture f = { 0 };

  fixture_open (&f, "minutes.taskforce");
  fill (&f, 400, 7);
  /* held meetings' items all have decisions */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM agenda_item AS i JOIN meeting AS m ON m.id = i.meeting_id "
                              "WHERE m.status = 'closed'"), >, 100);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM agenda_item AS i JOIN meeting AS m ON m.id = i.meeting_id "
                              "WHERE m.status = 'closed' AND (i.decision IS NULL OR trim(i.decision) = '')"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM agenda_item AS i JOIN meeting AS m ON m.id = i.meeting_id "
                              "WHERE m.status = 'closed' AND i.decision LIKE '%{%'"), ==, 0);
  /* every reason shows, and case items per taskforce meeting stay within the cap */
  g_assert_cmpint (count (&f, "SELECT count(DISTINCT reason) FROM agenda_item"), ==, 4);
  g_assert_cmpint (count (&f, "SELECT max(n) FROM (SELECT count(case_id) AS n FROM agenda_item "
                              "GROUP BY meeting_id)"), <=, 12);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting AS m WHERE m.kind = 'taskforce' "
                              "AND m.status = 'closed' AND (SELECT count(case_id) FROM agenda_item "
                              "WHERE meeting_id = m.id) >= 4"), >, 20);
  /* every case item's case exists and the meeting is in the case's life */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM agenda_item AS i JOIN meeting AS m ON m.id = i.meeting_id "
                              "LEFT JOIN cases AS c ON c.id = i.case_id WHERE i.case_id IS NOT NULL "
                              "AND (c.id IS NULL OR m.held_on < c.referral_date "
                              "     OR (c.closed_on IS NOT NULL AND m.held_on > c.closed_on))"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM agenda_item AS i JOIN meeting AS m ON m.id = i.meeting_id "
                              "WHERE m.kind = 'screening' AND i.case_id IS NOT NULL AND i.reason <> 'screening'"), ==, 0);
  /* attendance taken on every closed meeting: mostly present, sometimes ill */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting_participant AS p JOIN meeting AS m ON m.id = p.meeting_id "
                              "WHERE m.status = 'closed' AND p.attended IS NULL"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting_participant AS p JOIN meeting AS m ON m.id = p.meeting_id "
                              "WHERE m.status = 'closed' AND p.attended = 0"), >, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting_participant AS p JOIN meeting AS m ON m.id = p.meeting_id "
                              "WHERE m.status = 'closed' AND p.attended = 0") * 5, <,
                   count (&f, "SELECT count(*) FROM meeting_participant AS p JOIN meeting AS m ON m.id = p.meeting_id "
                              "WHERE m.status = 'closed'"));
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting_participant WHERE ad_hoc = 1"), >, 0);
  /* the fixed members: staff of fixed member organisations, every coordinator */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting_participant AS p JOIN staff_member AS s ON s.id = p.staff_id "
                              "JOIN organisation AS o ON o.id = s.organisation_id WHERE p.ad_hoc = 0 "
                              "AND o.fixed_member = 0 AND s.role <> 'coordinator'"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting AS m, staff_member AS s "
                              "WHERE m.kind = 'taskforce' AND s.role = 'coordinator' AND s.organisation_id IS NOT NULL AND NOT EXISTS "
                              "(SELECT 1 FROM meeting_participant AS p WHERE p.meeting_id = m.id AND p.staff_id = s.id)"),
                   ==, 0);
  /* the locks hold: the minutes of a closed meeting cannot change */
  {
    g_autoptr(TfStmt) stmt = tf_store_prepare (f.store,
      "UPDATE agenda_item SET decision = 'x' WHERE meeting_id = "
      "(SELECT id FROM meeting WHERE status = 'closed' LIMIT 1)", NULL);

    g_assert_cmpint (sqlite3_step (stmt) & 0xff, ==, SQLITE_CONSTRAINT);
  }
  fixture_close (&f);
}

static void
test_tasks (void)
{
  Fixture f = { 0 };

  fixture_open (&f, "tasks.taskforce");
  fill (&f, 400, 8);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM task"), >, 100);
  /* most done, some overdue, at least one due today, some due within 7 days */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM task WHERE done_on IS NOT NULL") * 10, >,
                   count (&f, "SELECT count(*) FROM task") * 7);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM task WHERE done_on IS NULL AND due_on < '" TODAY "'"), >, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM task WHERE done_on IS NULL AND due_on < '" TODAY "'"), <, 40);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM task WHERE done_on IS NULL AND due_on = '" TODAY "'"), >=, 1);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM task WHERE done_on IS NULL AND due_on > '" TODAY "' "
                              "AND due_on <= date('" TODAY "', '+7 days')"), >, 0);
  /* the overdue ones are recent */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM task WHERE done_on IS NULL "
                              "AND due_on < date('" TODAY "', '-1 month')"), ==, 0);
  /* staff exist; done by whom they were for, after the meeting, not in the future */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM task WHERE staff_id IS NULL "
                              "OR staff_id NOT IN (SELECT id FROM staff_member)"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM task AS t JOIN agenda_item AS i ON i.id = t.agenda_item_id "
                              "JOIN meeting AS m ON m.id = i.meeting_id "
                              "WHERE t.case_id IS NOT i.case_id OR t.due_on < date(m.held_on, '+7 days') "
                              "OR t.due_on > date(m.held_on, '+28 days') "
                              "OR (t.done_on IS NOT NULL AND (t.done_on <= m.held_on OR t.done_on > '" TODAY "' "
                              "    OR t.done_by IS NOT t.staff_id))"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM task WHERE agenda_item_id IS NULL"), ==, 0);
  /* a closed case has no open task */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM task AS t JOIN cases AS c ON c.id = t.case_id "
                              "WHERE t.done_on IS NULL AND c.closed_on IS NOT NULL"), ==, 0);
  fixture_close (&f);
}

static void
test_network (void)
{
  Fixture f = { 0 };

  fixture_open (&f, "network.taskforce");
  fill (&f, 400, 9);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting WHERE kind = 'network'"), >, 5);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting WHERE kind = 'network' AND case_id IS NULL"), ==, 0);
  /* the family invited by name */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting AS m WHERE m.kind = 'network' AND NOT EXISTS "
                              "(SELECT 1 FROM meeting_participant AS p WHERE p.meeting_id = m.id "
                              " AND p.ad_hoc = 1 AND p.name IS NOT NULL)"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting_participant AS p JOIN meeting AS m ON m.id = p.meeting_id "
                              "JOIN cases AS c ON c.id = m.case_id JOIN guardian AS g "
                              "ON g.young_person_id = c.young_person_id AND g.name = p.name "
                              "WHERE m.kind = 'network'"), >, 0);
  /* items about the case, within its life */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM agenda_item AS i JOIN meeting AS m ON m.id = i.meeting_id "
                              "WHERE m.kind = 'network' AND i.case_id IS NOT m.case_id"), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM meeting AS m JOIN cases AS c ON c.id = m.case_id "
                              "WHERE m.held_on < c.referral_date OR (c.closed_on IS NOT NULL "
                              "AND m.held_on > c.closed_on)"), ==, 0);
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
  g_assert_true (tf_demo_fill_case_work (f.session, 21, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  g_assert_true (tf_demo_fill_meetings (f.session, 21, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_test_message ("meetings for 2,000 young people: %.2f s", seconds);
  g_assert_cmpfloat (seconds, <, 5.0);
  fixture_close (&f);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/demo-meetings/deterministic", test_deterministic);
  g_test_add_func ("/demo-meetings/rerun", test_rerun);
  g_test_add_func ("/demo-meetings/cancel-and-own-meetings", test_cancel_and_own_meetings);
  g_test_add_func ("/demo-meetings/series", test_series);
  g_test_add_func ("/demo-meetings/tomorrow", test_tomorrow);
  g_test_add_func ("/demo-meetings/minutes", test_minutes);
  g_test_add_func ("/demo-meetings/tasks", test_tasks);
  g_test_add_func ("/demo-meetings/network", test_network);
  g_test_add_func ("/demo-meetings/time", test_time);
  return g_test_run ();
}
