/* test-agenda.c — the agenda: adding, moving and removing items, the
 * minutes with their version check, the agenda builder's rules, what
 * changed in a case since the last meeting, and a case's decisions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "test-meeting-fixture.h"

#define MEETING_DAY "2026-03-05"

/* The titles of a meeting's items in order, joined by "|". */
static char *
titles (Fixture *f,
        gint64   meeting_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = tf_agenda_list (f->session, meeting_id, &error);
  g_autoptr(GString) out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TfAgendaItem) item = g_list_model_get_item (items, i);

      g_assert_cmpint (tf_agenda_item_get_position (item), ==, (int) i + 1);
      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", tf_agenda_item_get_title (item));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_add_move_remove (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 case_id = new_case (f, "Emil", "2026-01-05");
  gint64 id = plan (f, "taskforce", MEETING_DAY, 0);
  gint64 a, b, c;
  g_autofree char *t1 = NULL, *t2 = NULL, *t3 = NULL, *t4 = NULL;
  g_autoptr(TfAgendaItem) item = NULL;

  a = tf_agenda_add (f->session, id, 0, "Welcome", &error);
  b = tf_agenda_add (f->session, id, case_id, NULL, &error);
  c = tf_agenda_add (f->session, id, 0, " Any other business ", &error);
  g_assert_no_error (error);
  t1 = titles (f, id);
  g_assert_cmpstr (t1, ==, "Welcome|Emil Nørgaard|Any other business");
  item = tf_agenda_item_load (f->session, b, &error);
  g_assert_cmpstr (tf_agenda_item_get_reason (item), ==, "manual");
  g_assert_cmpstr (tf_agenda_item_get_young_person_name (item), ==, "Emil Nørgaard");

  /* a case once per agenda; a title or a case is needed */
  g_assert_cmpint (tf_agenda_add (f->session, id, case_id, "Again", &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (tf_agenda_add (f->session, id, 0, "   ", &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (tf_agenda_move (f->session, c, 1, &error));
  g_assert_no_error (error);
  t2 = titles (f, id);
  g_assert_cmpstr (t2, ==, "Any other business|Welcome|Emil Nørgaard");
  g_assert_true (tf_agenda_move (f->session, c, 99, &error));
  t3 = titles (f, id);
  g_assert_cmpstr (t3, ==, "Welcome|Emil Nørgaard|Any other business");
  g_assert_true (tf_agenda_remove (f->session, a, &error));
  g_assert_no_error (error);
  t4 = titles (f, id);
  g_assert_cmpstr (t4, ==, "Emil Nørgaard|Any other business");
  g_assert_cmpint (tf_audit_count (f->session, "create", "agenda_item"), ==, 3);
  g_assert_cmpint (tf_audit_count (f->session, "move", "agenda_item"), ==, 2);
  g_assert_cmpint (tf_audit_count (f->session, "delete", "agenda_item"), ==, 1);
}

static void
test_minutes_conflict (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = plan (f, "taskforce", MEETING_DAY, 0);
  gint64 item_id = tf_agenda_add (f->session, id, 0, "Budget", &error);
  g_autoptr(TfAgendaItem) item = NULL;

  g_assert_true (tf_agenda_item_set_minutes (f->session, item_id, 1, " We talked. ", "  ", &error));
  g_assert_no_error (error);
  g_assert_false (tf_agenda_item_set_minutes (f->session, item_id, 1, "Other words", NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  item = tf_agenda_item_load (f->session, item_id, NULL);
  g_assert_cmpstr (tf_agenda_item_get_discussion (item), ==, "We talked.");
  g_assert_null (tf_agenda_item_get_decision (item));
  g_assert_cmpint (tf_agenda_item_get_version (item), ==, 2);
  g_assert_cmpint (tf_audit_count (f->session, "minutes", "agenda_item"), ==, 1);
}

static gint64
plan_row (Fixture    *f,
          gint64      case_id,
          int         version,
          const char *made_on,
          const char *next_follow_up)
{
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO action_plan (case_id, version, made_on, next_follow_up, created_at) "
    "VALUES (%" G_GINT64_FORMAT ", %d, '%s', '%s', 0)", case_id, version, made_on, next_follow_up);

  exec (f, sql);
  return sqlite3_last_insert_rowid (tf_store_get_db (f->store));
}

static void
test_build_taskforce (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 anna = new_case (f, "Anna", "2026-01-05");
  gint64 bo = new_case (f, "Bo", "2026-01-05");
  gint64 carl = new_case (f, "Carl", "2026-01-05");
  gint64 dina = new_case (f, "Dina", "2026-01-05");
  gint64 erik = new_case (f, "Erik", "2026-01-05");
  gint64 frida = new_case (f, "Frida", "2026-01-05");
  gint64 id = plan (f, "taskforce", MEETING_DAY, 0);
  g_autofree char *got = NULL;
  g_autoptr(GListModel) items = NULL;

  new_case (f, "Gustav", "2026-01-05");              /* referred: not for the taskforce */
  /* the newest plan's follow-up becomes the case's (a trigger); a case's
   * own date may change afterwards, so the plans come first */
  plan_row (f, anna, 1, "2026-01-10", "2026-02-01"); /* also due: stays one item */
  plan_row (f, erik, 1, "2026-01-10", "2026-02-10"); /* revised since: not due */
  plan_row (f, erik, 2, "2026-02-10", "2026-04-01");
  plan_row (f, frida, 1, "2026-01-10", "2026-03-01");
  plan_row (f, dina, 1, "2026-01-10", "2026-02-01");

  set_case (f, anna, "active", "2026-03-01");        /* due before the meeting */
  set_case (f, bo, "active", MEETING_DAY);            /* due on the meeting day */
  set_case (f, carl, "active", "2026-03-06");        /* due after */
  set_case (f, dina, "closed", "2026-02-01");        /* closed */
  set_case (f, erik, "active", NULL);
  set_case (f, frida, "in-process", NULL);
  /* Bo is on the agenda already, by hand */
  g_assert_cmpint (tf_agenda_add (f->session, id, bo, NULL, &error), >, 0);
  g_assert_cmpint (tf_agenda_build (f->session, id, &error), ==, 2);
  g_assert_no_error (error);
  got = titles (f, id);
  g_assert_cmpstr (got, ==, "Bo Nørgaard|Anna Nørgaard — follow-up|Frida Nørgaard — plan revision");
  items = tf_agenda_list (f->session, id, &error);
  {
    g_autoptr(TfAgendaItem) second = g_list_model_get_item (items, 1);
    g_autoptr(TfAgendaItem) third = g_list_model_get_item (items, 2);
    g_assert_cmpstr (tf_agenda_item_get_reason (second), ==, "follow-up");
    g_assert_cmpint (tf_agenda_item_get_case_id (second), ==, anna);
    g_assert_cmpstr (tf_agenda_item_get_reason (third), ==, "plan-revision");
    g_assert_cmpint (tf_agenda_item_get_case_id (third), ==, frida);
  }
  /* building again adds nothing */
  g_assert_cmpint (tf_agenda_build (f->session, id, &error), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM agenda_item"), ==, 3);
  g_assert_cmpint (tf_audit_count (f->session, "build", "meeting"), ==, 1);

  /* without a manual item Bo comes as a follow-up, after Anna (later date) */
  {
    gint64 other = plan (f, "taskforce", MEETING_DAY, 0);
    g_autofree char *all = NULL;

    g_assert_cmpint (tf_agenda_build (f->session, other, &error), ==, 3);
    all = titles (f, other);
    g_assert_cmpstr (all, ==, "Anna Nørgaard — follow-up|Bo Nørgaard — follow-up|"
                              "Frida Nørgaard — plan revision");
  }
}

static void
test_build_screening_and_network (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 gustav = new_case (f, "Gustav", "2026-01-05");
  gint64 hans = new_case (f, "Hans", "2026-01-02");
  gint64 anna = new_case (f, "Anna", "2026-01-05");
  gint64 frida = new_case (f, "Frida", "2026-01-05");
  gint64 id = plan (f, "screening", MEETING_DAY, 0);
  gint64 network = plan (f, "network", MEETING_DAY, gustav);
  g_autofree char *got = NULL;

  plan_row (f, frida, 1, "2026-01-10", "2026-03-01");
  set_case (f, anna, "active", "2026-03-01");         /* follow-up: not at screening */
  set_case (f, frida, "active", NULL);
  g_assert_cmpint (tf_agenda_build (f->session, id, &error), ==, 3);
  g_assert_no_error (error);
  got = titles (f, id);
  g_assert_cmpstr (got, ==, "Hans Nørgaard — screening|Gustav Nørgaard — screening|"
                            "Frida Nørgaard — plan revision");
  (void) hans;
  g_assert_cmpint (tf_agenda_build (f->session, network, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM agenda_item WHERE meeting_id = (SELECT max (id) FROM meeting)"), ==, 0);
}

static gboolean
has_line (char       **lines,
          const char  *words)
{
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], words) != NULL)
      return TRUE;
  return FALSE;
}

/* Runs @sql with {C} replaced by the case id, {A} and {B} by the days
 * @days_a and @days_b from today. */
static void
insert (Fixture    *f,
        gint64      case_id,
        const char *sql,
        int         days_a,
        int         days_b)
{
  g_autofree char *a = day_from_today (days_a);
  g_autofree char *b = day_from_today (days_b);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, case_id);
  g_autoptr(GString) text = g_string_new (sql);

  g_string_replace (text, "{C}", id, 0);
  g_string_replace (text, "{A}", a, 0);
  g_string_replace (text, "{B}", b, 0);
  exec (f, text->str);
}

static void
test_describe_changes (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *referral = day_from_today (-200);
  g_autofree char *since = day_from_today (-60);
  g_autofree char *today = day_from_today (0);
  g_autofree char *tomorrow = day_from_today (1);
  gint64 case_id = new_case (f, "Emil", referral);
  gint64 id = plan (f, "taskforce", tomorrow, 0);
  gint64 item_id, network;
  g_autoptr(TfAgendaItem) item = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) few = NULL;
  g_auto(GStrv) last = NULL;
  g_autofree char *newest = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *network_day = day_from_today (-7);
  g_autofree char *network_sql = NULL;

  set_case (f, case_id, "active", NULL);
  insert (f, case_id, "INSERT INTO note (case_id, written_on, written_at, body) VALUES "
          "({C}, '{A}', 0, 'seen at school'), ({C}, '{B}', 0, 'home visit')", -10, -5);
  insert (f, case_id, "INSERT INTO note (case_id, written_on, written_at, body) VALUES "
          "({C}, '{A}', 0, 'old'), ({C}, '{B}', 0, 'older')", -100, -101);
  insert (f, case_id, "INSERT INTO assessment (case_id, assessed_on, risk_level, created_at, updated_at) "
          "VALUES ({C}, '{A}', 'high', 0, 0), ({C}, '{B}', 'low', 0, 0)", -20, -90);
  insert (f, case_id, "INSERT INTO case_status_history (case_id, status, valid_from, changed_at) "
          "VALUES ({C}, 'active', '{A}', 0), ({C}, 'accepted', '{B}', 0)", -15, -80);
  insert (f, case_id, "INSERT INTO indicator_value (case_id, area, indicator, measured_on, value, created_at) "
          "VALUES ({C}, 'school', 'absence', '{A}', 12, 0), ({C}, 'school', 'absence', '{B}', 10, 0), "
          "({C}, 'school', 'grades', '{B}', 4, 0)", -4, -3);
  insert (f, case_id, "INSERT INTO consent (case_id, by_young_person, by_guardians, valid_from, valid_until, "
          "created_at, updated_at) VALUES ({C}, 1, 1, '{A}', '{B}', 0, 0)", -30, 10);
  insert (f, case_id, "INSERT INTO action_plan (case_id, version, made_on, created_at) VALUES "
          "({C}, 1, '{A}', 0), ({C}, 2, '{B}', 0)", -40, -2);
  insert (f, case_id, "INSERT INTO task (case_id, what, due_on, created_at) VALUES "
          "({C}, 'call the school', '{A}', 0), ({C}, 'later', '{B}', 0)", -3, 5);
  insert (f, case_id, "INSERT INTO task (case_id, what, due_on, done_on, created_at) VALUES "
          "({C}, 'done already', '{A}', '{B}', 0)", -9, -8);
  /* a decision at a network meeting a week ago (closed after its minutes) */
  network = plan (f, "network", network_day, case_id);
  network_sql = g_strdup_printf (
    "INSERT INTO agenda_item (meeting_id, position, case_id, title, decision) VALUES "
    "(%" G_GINT64_FORMAT ", 1, %" G_GINT64_FORMAT ", 'Emil', 'Mentor starts next week.');"
    "UPDATE meeting SET status = 'closed', closed_at = 1 WHERE id = %" G_GINT64_FORMAT,
    network, case_id, network);
  exec (f, network_sql);

  item_id = tf_agenda_add (f->session, id, case_id, NULL, &error);
  g_assert_no_error (error);
  item = tf_agenda_item_load (f->session, item_id, &error);
  lines = tf_agenda_item_describe_changes (f->session, item, since, &error);
  g_assert_no_error (error);
  for (guint i = 0; lines[i] != NULL; i++)
    g_test_message ("%s", lines[i]);

  {
    g_autofree char *five = day_from_today (-5);
    newest = tf_format_date (five);
  }
  expected = g_strdup_printf ("2 new notes, the newest from %s", newest);
  g_assert_true (has_line (lines, expected));
  g_assert_true (has_line (lines, "New assessment on"));
  g_assert_true (has_line (lines, "risk High"));
  g_assert_false (has_line (lines, "risk Low"));
  g_assert_true (has_line (lines, "Status changed to Active"));
  g_assert_false (has_line (lines, "Accepted"));
  g_assert_true (has_line (lines, "Network meeting on "));
  g_assert_true (has_line (lines, "decided: Mentor starts next week."));
  g_assert_true (has_line (lines, "1 task is overdue"));
  g_assert_true (has_line (lines, "3 new indicator values"));
  g_assert_true (has_line (lines, "New consent from"));
  g_assert_true (has_line (lines, "Consent runs out on"));
  g_assert_true (has_line (lines, "2 new versions of the action plan, the latest (version 2) from"));
  g_assert_cmpuint (g_strv_length (lines), ==, 9);

  /* from further back several assessments and status changes make one
   * line each: the count and the latest */
  {
    g_autofree char *long_ago = day_from_today (-100);
    g_auto(GStrv) more = tf_agenda_item_describe_changes (f->session, item, long_ago, &error);

    g_assert_no_error (error);
    g_assert_true (has_line (more, "2 new assessments, the latest on"));
    g_assert_true (has_line (more, "risk High"));
    g_assert_true (has_line (more, "Status changed 2 times, the latest to Active on"));
    g_assert_cmpuint (g_strv_length (more), ==, 9);
  }

  /* since today: only what is still true — the overdue task and the consent */
  few = tf_agenda_item_describe_changes (f->session, item, today, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (few), ==, 2);
  g_assert_true (has_line (few, "task is overdue"));
  g_assert_true (has_line (few, "Consent runs out on"));

  /* by default: since the last closed taskforce meeting, six days ago */
  {
    g_autofree char *six = day_from_today (-6);
    g_autofree char *sql = g_strdup_printf (
      "INSERT INTO meeting (kind, held_on, start_time, status, closed_at, created_at, updated_at) "
      "VALUES ('taskforce', '%s', '13:00', 'closed', 1, 0, 0)", six);
    exec (f, sql);
  }
  last = tf_agenda_item_describe_changes (f->session, item, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (has_line (last, "1 new note, the newest from"));
  g_assert_false (has_line (last, "New assessment"));
  g_assert_false (has_line (last, "decided"));
  g_assert_true (has_line (last, "Action plan revised (version 2)"));
  g_assert_false (has_line (last, "Action plan made on"));
}

static void
test_decisions_for_case (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 case_id = new_case (f, "Emil", "2026-01-05");
  gint64 early = plan (f, "taskforce", "2026-02-12", 0);
  gint64 late = plan (f, "network", "2026-02-20", case_id);
  gint64 cancelled = plan (f, "taskforce", "2026-02-26", 0);
  gint64 empty = plan (f, "screening", "2026-02-27", 0);
  gint64 a = tf_agenda_add (f->session, early, case_id, NULL, &error);
  gint64 b = tf_agenda_add (f->session, late, case_id, NULL, &error);
  gint64 c = tf_agenda_add (f->session, cancelled, case_id, NULL, &error);
  g_autoptr(GListModel) decisions = NULL;

  tf_agenda_add (f->session, empty, case_id, NULL, &error);   /* no minutes */
  g_assert_no_error (error);
  g_assert_true (tf_agenda_item_set_minutes (f->session, a, 1, NULL, "Refer to FTI.", &error));
  g_assert_true (tf_agenda_item_set_minutes (f->session, b, 1, "Family joined.", NULL, &error));
  g_assert_true (tf_agenda_item_set_minutes (f->session, c, 1, NULL, "Never held.", &error));
  g_assert_true (tf_meeting_cancel (f->session, cancelled, 1, &error));
  g_assert_no_error (error);

  decisions = tf_meeting_list_decisions_for_case (f->session, case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (decisions), ==, 2);
  {
    g_autoptr(TfAgendaItem) first = g_list_model_get_item (decisions, 0);
    g_autoptr(TfAgendaItem) second = g_list_model_get_item (decisions, 1);

    g_assert_cmpstr (tf_agenda_item_get_meeting_held_on (first), ==, "2026-02-20");
    g_assert_cmpstr (tf_agenda_item_get_meeting_kind (first), ==, "network");
    g_assert_cmpstr (tf_agenda_item_get_discussion (first), ==, "Family joined.");
    g_assert_cmpstr (tf_agenda_item_get_meeting_held_on (second), ==, "2026-02-12");
    g_assert_cmpstr (tf_agenda_item_get_decision (second), ==, "Refer to FTI.");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/agenda/add-move-remove", test_add_move_remove);
  ADD ("/agenda/minutes-conflict", test_minutes_conflict);
  ADD ("/agenda/build-taskforce", test_build_taskforce);
  ADD ("/agenda/build-screening-and-network", test_build_screening_and_network);
  ADD ("/agenda/describe-changes", test_describe_changes);
  ADD ("/agenda/decisions-for-case", test_decisions_for_case);
#undef ADD
  return g_test_run ();
}
