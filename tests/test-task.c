/* test-task.c — follow-up tasks: the rules, tasks from an agenda item
 * landing on its case, done and undone with the version check, and the
 * lists for a case, a staff member and reminders
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "test-meeting-fixture.h"

static void
expect_invalid (Fixture           *f,
                const TfTaskDraft *d,
                const char        *words)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (tf_task_add (f->session, d, &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  if (strstr (error->message, words) == NULL)
    g_error ("«%s» does not say «%s»", error->message, words);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM task"), ==, 0);
}

static void
test_rules (Fixture       *f,
            gconstpointer  data)
{
  gint64 case_id = new_case (f, "Emil", "2026-01-05");
  g_autofree char *yesterday = day_from_today (-1);
  g_autofree char *next_week = day_from_today (7);
  TfTaskDraft d = { case_id, 0, "  ", f->fixed_a, NULL };

  d.due_on = next_week;
  expect_invalid (f, &d, "What");
  d.what = "Call the school";
  d.staff_id = 0;
  expect_invalid (f, &d, "Who");
  d.staff_id = 9999;
  expect_invalid (f, &d, "no longer exists");
  d.staff_id = f->fixed_a;
  d.due_on = "2026-02-30";
  expect_invalid (f, &d, "not a real date");
  d.due_on = NULL;
  expect_invalid (f, &d, "Due");
  d.due_on = yesterday;
  expect_invalid (f, &d, "not before today");
  d.due_on = next_week;
  d.case_id = 0;
  expect_invalid (f, &d, "Case");
  d.case_id = 4242;
  expect_invalid (f, &d, "Case");
}

static void
test_from_agenda_item (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 case_id = new_case (f, "Emil", "2026-01-05");
  gint64 other_case = new_case (f, "Oskar", "2026-01-05");
  /* minutes written after the meeting: the meeting was in the past */
  gint64 meeting = plan (f, "taskforce", "2026-02-12", 0);
  gint64 item = tf_agenda_add (f->session, meeting, case_id, NULL, &error);
  TfTaskDraft d = { other_case, item, "Book a home visit", f->fixed_b, "2026-02-11" };
  g_autoptr(TfTask) task = NULL;
  gint64 id;

  g_assert_no_error (error);
  expect_invalid (f, &d, "not before the meeting");
  d.due_on = "2026-02-12";   /* the meeting day itself is fine, even in the past */
  id = tf_task_add (f->session, &d, &error);
  g_assert_no_error (error);
  task = tf_task_load (f->session, id, &error);
  /* it lands on the item's case, not the one the draft named */
  g_assert_cmpint (tf_task_get_case_id (task), ==, case_id);
  g_assert_cmpint (tf_task_get_agenda_item_id (task), ==, item);
  g_assert_cmpstr (tf_task_get_what (task), ==, "Book a home visit");
  g_assert_cmpstr (tf_task_get_staff_name (task), ==, "Birthe Dam");
  g_assert_cmpstr (tf_task_get_young_person_name (task), ==, "Emil Nørgaard");
  g_assert_null (tf_task_get_done_on (task));
  g_assert_cmpint (tf_audit_count (f->session, "create", "task"), ==, 1);
}

static void
test_done_and_conflict (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 case_id = new_case (f, "Emil", "2026-01-05");
  g_autofree char *due = day_from_today (3);
  g_autofree char *today = day_from_today (0);
  TfTaskDraft d = { case_id, 0, "Call the school", f->fixed_a, due };
  gint64 id = tf_task_add (f->session, &d, &error);
  g_autoptr(TfTask) done = NULL;
  g_autoptr(TfTask) open = NULL;

  g_assert_no_error (error);
  g_assert_true (tf_task_set_done (f->session, id, 1, TRUE, &error));
  g_assert_no_error (error);
  done = tf_task_load (f->session, id, &error);
  g_assert_cmpstr (tf_task_get_done_on (done), ==, today);
  g_assert_cmpstr (tf_task_get_done_by_name (done), ==, "Mette Holm");
  g_assert_cmpint (tf_task_get_version (done), ==, 2);

  /* another desk that still had version 1 */
  g_assert_false (tf_task_set_done (f->session, id, 1, FALSE, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT done_on IS NOT NULL FROM task"), ==, 1);

  g_assert_true (tf_task_set_done (f->session, id, 2, FALSE, &error));
  open = tf_task_load (f->session, id, &error);
  g_assert_null (tf_task_get_done_on (open));
  g_assert_null (tf_task_get_done_by_name (open));
  g_assert_cmpint (tf_audit_count (f->session, "done", "task"), ==, 1);
  g_assert_cmpint (tf_audit_count (f->session, "undone", "task"), ==, 1);
}

static gint64
add (Fixture    *f,
     gint64      case_id,
     const char *what,
     gint64      staff_id,
     int         due_in_days)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *due = day_from_today (MAX (due_in_days, 0));
  TfTaskDraft d = { case_id, 0, what, staff_id, due };
  gint64 id = tf_task_add (f->session, &d, &error);

  g_assert_no_error (error);
  if (due_in_days < 0)
    {
      /* overdue: written as it would stand days later */
      g_autofree char *past = day_from_today (due_in_days);
      g_autofree char *sql = g_strdup_printf ("UPDATE task SET due_on = '%s' WHERE id = %"
                                              G_GINT64_FORMAT, past, id);
      exec (f, sql);
    }
  return id;
}

static char *
whats (GListModel *tasks)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(TfTask) t = g_list_model_get_item (tasks, i);
      g_string_append_printf (out, "%s%s", i > 0 ? "|" : "", tf_task_get_what (t));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_lists (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 emil = new_case (f, "Emil", "2026-01-05");
  gint64 oskar = new_case (f, "Oskar", "2026-01-05");
  gint64 finished;
  g_autoptr(GListModel) of_case = NULL;
  g_autoptr(GListModel) of_staff = NULL;
  g_autoptr(GListModel) due_week = NULL;
  g_autoptr(GListModel) due_today = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL;

  add (f, emil, "later", f->fixed_a, 20);
  add (f, emil, "soon", f->fixed_b, 5);
  add (f, emil, "overdue", f->fixed_a, -2);
  finished = add (f, emil, "finished", f->fixed_a, 1);
  add (f, oskar, "today", f->fixed_a, 0);
  g_assert_true (tf_task_set_done (f->session, finished, 1, TRUE, &error));

  of_case = tf_task_list_for_case (f->session, emil, &error);
  g_assert_no_error (error);
  a = whats (of_case);
  g_assert_cmpstr (a, ==, "overdue|soon|later|finished");
  {
    g_autoptr(TfTask) first = g_list_model_get_item (of_case, 0);
    g_autoptr(TfTask) second = g_list_model_get_item (of_case, 1);
    g_assert_true (tf_task_is_overdue (first, NULL));
    g_assert_false (tf_task_is_overdue (second, NULL));
  }

  of_staff = tf_task_list_open_for_staff (f->session, f->fixed_a, &error);
  b = whats (of_staff);
  g_assert_cmpstr (b, ==, "overdue|today|later");

  due_week = tf_task_list_due (f->session, NULL, TF_TASK_UPCOMING_DAYS, &error);
  c = whats (due_week);
  g_assert_cmpstr (c, ==, "overdue|today|soon");
  due_today = tf_task_list_due (f->session, NULL, 0, &error);
  d = whats (due_today);
  g_assert_cmpstr (d, ==, "overdue|today");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/task/rules", test_rules);
  ADD ("/task/from-agenda-item", test_from_agenda_item);
  ADD ("/task/done-and-conflict", test_done_and_conflict);
  ADD ("/task/lists", test_lists);
#undef ADD
  return g_test_run ();
}
