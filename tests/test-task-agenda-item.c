/* test-task-agenda-item.c — the tasks of one agenda item: only that item's,
 * done ones too, by due day and then in the order they were added
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "test-meeting-fixture.h"

static gint64
add_task (Fixture    *f,
          gint64      item_id,
          gint64      case_id,
          const char *what,
          const char *due_on)
{
  g_autoptr(GError) error = NULL;
  TfTaskDraft d = { case_id, item_id, what, f->fixed_a, due_on };
  gint64 id = tf_task_add (f->session, &d, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
test_list_for_agenda_item (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 emil = new_case (f, "Emil", "2026-01-05");
  gint64 oskar = new_case (f, "Oskar", "2026-01-05");
  gint64 meeting = plan (f, "taskforce", "2026-02-12", 0);
  gint64 item = tf_agenda_add (f->session, meeting, emil, NULL, &error);
  gint64 other_item = tf_agenda_add (f->session, meeting, oskar, NULL, &error);
  g_autofree char *later = day_from_today (30);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GListModel) empty = NULL;
  g_autoptr(TfTask) done = NULL;
  gint64 late, first, second, elsewhere, on_case;

  g_assert_no_error (error);
  late = add_task (f, item, 0, "Talk to the parents", "2026-03-01");
  first = add_task (f, item, 0, "Call the school", "2026-02-20");
  second = add_task (f, item, 0, "Ask the club", "2026-02-20");
  elsewhere = add_task (f, other_item, 0, "Visit Oskar", "2026-02-13");
  on_case = add_task (f, 0, emil, "Not from the meeting", later);
  g_assert_true (tf_task_set_done (f->session, late, 1, TRUE, &error));
  g_assert_no_error (error);

  list = tf_task_list_for_agenda_item (f->session, item, &error);
  g_assert_no_error (error);
  g_assert_nonnull (list);
  /* Only this item's tasks (not the other item's, not the one added on the
   * case), the done one included, by due day then by id. */
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  {
    gint64 want[3] = { first, second, late };

    for (guint i = 0; i < 3; i++)
      {
        g_autoptr(TfTask) t = g_list_model_get_item (list, i);
        g_assert_cmpint (tf_task_get_id (t), ==, want[i]);
        g_assert_cmpint (tf_task_get_case_id (t), ==, emil);
        g_assert_cmpint (tf_task_get_agenda_item_id (t), ==, item);
      }
  }
  done = g_list_model_get_item (list, 2);
  g_assert_nonnull (tf_task_get_done_on (done));
  g_assert_cmpint (elsewhere, !=, on_case);

  /* An item without tasks: an empty list, no error */
  exec (f, "DELETE FROM task WHERE agenda_item_id IS NOT NULL AND what = 'Visit Oskar'");
  empty = tf_task_list_for_agenda_item (f->session, other_item, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);
}

static void
test_missing_item (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = tf_task_list_for_agenda_item (f->session, 4242, &error);

  g_assert_null (list);
  g_assert_error (error, TF_ERROR, TF_ERROR_NOT_FOUND);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/task/agenda-item/list", test_list_for_agenda_item);
  ADD ("/task/agenda-item/missing", test_missing_item);
#undef ADD
  return g_test_run ();
}
