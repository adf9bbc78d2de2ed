/* test-reminder-button.c — the main window's reminder list
 *
 * A coordinator with thirty overdue statutory deadlines, a task due today
 * and a meeting tomorrow: the list shows a few deadlines and folds the rest
 * into one "and N more" row, keeps the task and the meeting in sight, counts
 * what is overdue or due, and activating a reminder opens its case or
 * meeting. With TF_TEST_SCREENSHOTS=<dir> it saves a PNG of the open list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "../test-meeting-fixture.h"
#include "test-ui-helpers.h"

#include "tf-reminder-button.h"
#include "tf-reminder-group.h"

#define N_DEADLINES 30

/* The authority's § 91 plan: due three months after a decision on support. */
static const char authority_area[] =
  "[Area]\n"
  "Id=authority\n"
  "Title=Authority\n"
  "Organisation=Børn og Familie\n"
  "Icon=authority-symbolic\n"
  "Priority=10\n"
  "GettextDomain=taskforce\n"
  "\n"
  "[Form legal-decision]\n"
  "Title=Decision on support\n"
  "Category=record\n"
  "DateField=date\n"
  "\n"
  "[Field legal-decision/date]\n"
  "Label=Date of the decision\n"
  "Type=date\n"
  "Required=true\n"
  "\n"
  "[Deadline plan-91]\n"
  "Title=Child's plan (§ 91)\n"
  "From=legal-decision/date\n"
  "Months=3\n";

static gint64 opened_meeting, opened_case;

static void
record_open (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  *(gint64 *) user_data = g_variant_get_int64 (parameter);
}

static void
insert_app_actions (GtkWidget *window)
{
  GSimpleActionGroup *group = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) meeting = g_simple_action_new ("open-meeting", G_VARIANT_TYPE_INT64);
  g_autoptr(GSimpleAction) kase = g_simple_action_new ("open-case", G_VARIANT_TYPE_INT64);

  g_signal_connect (meeting, "activate", G_CALLBACK (record_open), &opened_meeting);
  g_signal_connect (kase, "activate", G_CALLBACK (record_open), &opened_case);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (meeting));
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (kase));
  gtk_widget_insert_action_group (window, "app", G_ACTION_GROUP (group));
  g_object_unref (group);
}

static TfRegistry *
make_registry (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (authority_area, strlen (authority_area));
  g_autoptr(GError) error = NULL;
  g_autoptr(TfArea) authority = tf_area_new_from_bytes (bytes, &error);
  TfRegistry *registry = tf_registry_new ();

  g_assert_no_error (error);
  g_assert_true (tf_registry_add_area (registry, authority, &error));
  g_assert_no_error (error);
  return registry;
}

/* An open case of the person at the desk with a decision on support four
 * months ago: its § 91 plan is a month overdue. */
static gint64
overdue_case (Fixture    *f,
              TfRegistry *registry,
              guint       i)
{
  g_autofree char *name = g_strdup_printf ("Barn%02u", i);
  gint64 case_id = new_case (f, name, "2026-01-05");
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_months (now, -4);
  g_autofree char *decided = g_date_time_format (then, "%Y-%m-%d");
  g_autofree char *sql = g_strdup_printf ("UPDATE cases SET status = 'active', next_follow_up = NULL, "
                                          "coordinator_id = %" G_GINT64_FORMAT " WHERE id = %" G_GINT64_FORMAT,
                                          tf_session_get_staff_id (f->session), case_id);
  TfForm *form = tf_registry_find_form (registry, "legal-decision");
  g_autoptr(TfRecord) record = tf_record_new (form, case_id);
  g_autoptr(GError) error = NULL;

  exec (f, sql);
  tf_form_values_set_string (tf_record_get_values (record), "date", decided);
  g_assert_true (tf_record_save (f->session, record, form, &error));
  g_assert_no_error (error);
  return case_id;
}

static void
test_grouping_and_activation (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(TfRegistry) registry = make_registry ();
  g_autofree char *today = day_from_today (0);
  g_autofree char *tomorrow = day_from_today (1);
  g_autoptr(GListModel) all = NULL;
  TfTaskDraft draft = { 0 };
  g_autoptr(GError) error = NULL;
  GtkWidget *window, *button;
  GListModel *model;
  gint64 task_case, meeting, task_id;
  guint n_rows, n_deadlines = 0, n_more = 0, n_pressing = 0;
  int more_at = -1, task_at = -1, meeting_at = -1, deadline_at = -1;
  gint64 deadline_case = 0;

  for (guint i = 0; i < N_DEADLINES; i++)
    overdue_case (f, registry, i);
  task_case = new_case (f, "Emil", "2026-01-05");
  set_case (f, task_case, "active", NULL);
  draft.case_id = task_case;
  draft.what = "Call the school today";
  draft.staff_id = tf_session_get_staff_id (f->session);
  draft.due_on = today;
  task_id = tf_task_add (f->session, &draft, &error);
  g_assert_cmpint (task_id, >, 0);
  g_assert_no_error (error);
  meeting = plan (f, "taskforce", tomorrow, 0);

  window = gtk_window_new ();
  insert_app_actions (window);
  button = tf_reminder_button_new ();
  gtk_window_set_child (GTK_WINDOW (window), button);
  tf_reminder_button_set_session (TF_REMINDER_BUTTON (button), f->session, registry);
  gtk_window_present (GTK_WINDOW (window));
  /* The first read comes after the first frame, not before. */
  model = tf_reminder_button_get_model (TF_REMINDER_BUTTON (button));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  for (guint waited = 0; waited < 5000 && g_list_model_get_n_items (model) == 0; waited += 50)
    spin (50);
  n_rows = g_list_model_get_n_items (model);
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

      if (TF_IS_REMINDER_GROUP (item) && tf_reminder_group_get_reminders (TF_REMINDER_GROUP (item)) != NULL)
        {
          n_more++;
          more_at = i;
          g_assert_cmpstr (tf_reminder_group_get_title (TF_REMINDER_GROUP (item)), ==,
                           "and 27 more statutory deadlines");
        }
      else if (TF_IS_REMINDER (item))
        {
          TfReminder *reminder = TF_REMINDER (item);

          if (tf_reminder_get_kind (reminder) == TF_REMINDER_DEADLINE)
            {
              n_deadlines++;
              if (deadline_at < 0)
                {
                  deadline_at = i;
                  deadline_case = tf_reminder_get_case_id (reminder);
                }
            }
          else if (tf_reminder_get_kind (reminder) == TF_REMINDER_TASK_DUE_TODAY)
            task_at = i;
          else if (tf_reminder_get_kind (reminder) == TF_REMINDER_MEETING_TOMORROW &&
                   tf_reminder_get_meeting_id (reminder) == meeting)
            meeting_at = i;
        }
    }
  /* Thirty deadlines cost four rows; the task and the meeting are in sight. */
  g_assert_cmpuint (n_deadlines, ==, TF_REMINDER_BUTTON_SHOWN_PER_KIND);
  g_assert_cmpuint (n_more, ==, 1);
  g_assert_cmpint (task_at, >, more_at);
  g_assert_cmpint (meeting_at, >, 0);
  g_assert_cmpuint (n_rows, <, 15);

  /* The badge counts what is overdue or due today. */
  all = tf_reminder_list (f->session, registry, NULL, &error);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(TfReminder) reminder = g_list_model_get_item (all, i);

      n_pressing += tf_reminder_get_urgency (reminder) != TF_REMINDER_UPCOMING;
    }
  g_assert_cmpuint (n_pressing, >=, N_DEADLINES + 1);
  g_assert_cmpuint (tf_reminder_button_get_count (TF_REMINDER_BUTTON (button)), ==, n_pressing);

  tf_reminder_button_popup (TF_REMINDER_BUTTON (button));
  spin (300);
  screenshot (button, "reminder-button.png");

  /* Activating: a deadline opens its case, the meeting its meeting. */
  opened_case = opened_meeting = 0;
  tf_reminder_button_activate_row (TF_REMINDER_BUTTON (button), deadline_at);
  spin (50);
  g_assert_cmpint (opened_case, ==, deadline_case);
  tf_reminder_button_activate_row (TF_REMINDER_BUTTON (button), meeting_at);
  spin (50);
  g_assert_cmpint (opened_meeting, ==, meeting);

  /* The "and 27 more" row unfolds into the rest. */
  tf_reminder_button_activate_row (TF_REMINDER_BUTTON (button), more_at);
  spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_rows + 27);

  /* The task done at this desk: the list follows the store. */
  {
    g_autoptr(TfTask) task = tf_task_load (f->session, task_id, NULL);

    g_assert_true (tf_task_set_done (f->session, task_id, tf_task_get_version (task), TRUE, &error));
    g_assert_no_error (error);
    for (guint waited = 0; waited < 5000 &&
         tf_reminder_button_get_count (TF_REMINDER_BUTTON (button)) == n_pressing; waited += 50)
      spin (50);
    g_assert_cmpuint (tf_reminder_button_get_count (TF_REMINDER_BUTTON (button)), ==, n_pressing - 1);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/reminder-button/grouping-and-activation", Fixture, NULL,
              fixture_setup, test_grouping_and_activation, fixture_teardown);
  return g_test_run ();
}
