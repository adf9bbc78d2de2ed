/* test-case-meetings-page.c — the case window's Meetings page
 *
 * Opens the page on a temporary store and checks the tasks (order, overdue
 * and upcoming marks, marking done, adding with a bad date), the decisions
 * (newest first, opening the meeting) and the network meetings (no
 * planning on a closed case). With TF_TEST_SCREENSHOTS=<dir> it also saves
 * a PNG of the page there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "../test-meeting-fixture.h"
#include "test-ui-helpers.h"

#include "tf-case-meetings-page.h"
#include "tf-case-window.h"
#include "tf-conflict-dialog.h"

static gint64
add_task (Fixture    *f,
          gint64      case_id,
          gint64      item_id,
          const char *what,
          int         due_in_days)
{
  g_autofree char *due = day_from_today (due_in_days);
  g_autoptr(GError) error = NULL;
  TfTaskDraft draft = { case_id, item_id, what, f->fixed_a, due };
  gint64 id = tf_task_add (f->session, &draft, &error);

  g_assert_no_error (error);
  return id;
}

static gint64
count_tasks (Fixture *f,
             gint64   case_id)
{
  g_autoptr(GListModel) tasks = tf_task_list_for_case (f->session, case_id, NULL);

  return tasks != NULL ? (gint64) g_list_model_get_n_items (tasks) : -1;
}

static GtkWidget *
open_page (Fixture    *f,
           gint64      case_id,
           GtkWidget **out_window)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *page = tf_case_meetings_page_new (f->session, case_id);

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 1400);
  gtk_window_present (GTK_WINDOW (window));
  spin (200);
  *out_window = window;
  return page;
}

/* Where @needle first shows in the page's visible text; -1 when not. */
static gssize
position_of (const char *text,
             const char *needle)
{
  const char *at = strstr (text, needle);

  return at != NULL ? at - text : -1;
}

/* "app.open-meeting" and "app.open-case" as a test double of the
 * application's: records the last parameter. */
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
  g_autoptr(GSimpleAction) plan = g_simple_action_new ("plan-network-meeting", G_VARIANT_TYPE_INT64);

  g_signal_connect (meeting, "activate", G_CALLBACK (record_open), &opened_meeting);
  g_signal_connect (kase, "activate", G_CALLBACK (record_open), &opened_case);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (meeting));
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (kase));
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (plan));
  gtk_widget_insert_action_group (window, "app", G_ACTION_GROUP (group));
  g_object_unref (group);
}

static void
test_tasks (Fixture       *f,
            gconstpointer  data)
{
  gint64 case_id = new_case (f, "Emil", "2026-01-05");
  g_autofree char *sql = NULL;
  g_autofree char *text = NULL;
  g_autoptr(TfTask) task = NULL;
  GtkWidget *window, *page, *check;
  gint64 soon, later;

  set_case (f, case_id, "active", NULL);
  later = add_task (f, case_id, 0, "Later: book a meeting with the club", 30);
  soon = add_task (f, case_id, 0, "Soon: call the school", 3);
  /* Overdue: the core refuses a day in the past, another desk's clock did not. */
  sql = g_strdup_printf ("INSERT INTO task (case_id, what, staff_id, due_on, author_id, created_at) "
                         "VALUES (%" G_GINT64_FORMAT ", 'First: talk to the mother', %" G_GINT64_FORMAT
                         ", '2001-01-02', %" G_GINT64_FORMAT ", 0)", case_id, f->fixed_a, f->fixed_a);
  exec (f, sql);

  page = open_page (f, case_id, &window);
  screenshot (page, "case-meetings-page.png");
  text = text_of (page);
  g_assert_cmpint (position_of (text, "First: talk to the mother"), >=, 0);
  g_assert_cmpint (position_of (text, "First: talk to the mother"), <, position_of (text, "Soon: call the school"));
  g_assert_cmpint (position_of (text, "Soon: call the school"), <, position_of (text, "Later: book a meeting"));
  /* Overdue and upcoming in words, next to the tasks they are about. */
  g_assert_cmpint (position_of (text, "Overdue"), >, position_of (text, "First: talk to the mother"));
  g_assert_cmpint (position_of (text, "Overdue"), <, position_of (text, "Soon: call the school"));
  g_assert_cmpint (position_of (text, "Upcoming"), >, position_of (text, "Soon: call the school"));
  g_assert_cmpint (position_of (text, "Upcoming"), <, position_of (text, "Later: book a meeting"));
  g_assert_cmpint (position_of (text, "done task"), <, 0);

  /* The check of the second open task marks it done in the core. */
  check = find_nth_type (page, GTK_TYPE_CHECK_BUTTON, 1);
  g_assert_nonnull (check);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  g_assert_true (wait_for_text (page, "Show 1 done task", 3000));
  task = tf_task_load (f->session, soon, NULL);
  g_assert_nonnull (tf_task_get_done_on (task));
  g_clear_pointer (&text, g_free);
  text = text_of (page);
  g_assert_nonnull (strstr (text, "Show 1 done task"));
  (void) later;
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_add_task (Fixture       *f,
               gconstpointer  data)
{
  gint64 case_id = new_case (f, "Sofie", "2026-01-05");
  GtkWidget *window, *page;
  GtkEditable *what, *due;
  GtkWidget *error_row;
  g_autofree char *tomorrow = day_from_today (1);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, 1);
  g_autofree char *typed = g_date_time_format (then, "%d.%m.%Y");
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(TfTask) task = NULL;

  set_case (f, case_id, "active", NULL);
  page = open_page (f, case_id, &window);
  what = find_entry_row (page, "What");
  due = find_entry_row (page, "Due date");
  g_assert_nonnull (what);
  g_assert_nonnull (due);

  /* A date that is no date: said under the field, nothing added. */
  gtk_editable_set_text (what, "Visit the family");
  gtk_editable_set_text (due, "32.13.2026");
  gtk_widget_activate_action (page, "meetings.add-task", NULL);
  spin (100);
  g_assert_cmpint (count_tasks (f, case_id), ==, 0);
  error_row = find_visible_with_class (page, "field-error");
  g_assert_nonnull (error_row);
  g_assert_true (gtk_widget_get_next_sibling (GTK_WIDGET (due)) == error_row ||
                 gtk_widget_get_prev_sibling (error_row) == GTK_WIDGET (due));

  /* Without words: said under "What". */
  gtk_editable_set_text (what, "  ");
  gtk_editable_set_text (due, typed);
  gtk_widget_activate_action (page, "meetings.add-task", NULL);
  spin (100);
  g_assert_cmpint (count_tasks (f, case_id), ==, 0);
  error_row = find_visible_with_class (page, "field-error");
  g_assert_true (gtk_widget_get_prev_sibling (error_row) == GTK_WIDGET (what));

  /* Typed the Danish way: added, for the person at the desk by default. */
  gtk_editable_set_text (what, "Visit the family");
  gtk_widget_activate_action (page, "meetings.add-task", NULL);
  spin (200);
  g_assert_cmpint (count_tasks (f, case_id), ==, 1);
  g_assert_null (find_visible_with_class (page, "field-error"));
  tasks = tf_task_list_for_case (f->session, case_id, NULL);
  task = g_list_model_get_item (tasks, 0);
  g_assert_cmpstr (tf_task_get_due_on (task), ==, tomorrow);
  g_assert_cmpint (tf_task_get_staff_id (task), ==, tf_session_get_staff_id (f->session));
  g_assert_cmpstr (gtk_editable_get_text (what), ==, "");
  g_assert_nonnull (strstr (text_of (page), "Visit the family"));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gint64
decide (Fixture    *f,
        gint64      meeting_id,
        gint64      case_id,
        const char *discussion,
        const char *decision)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfAgendaItem) item = NULL;
  gint64 item_id = tf_agenda_add (f->session, meeting_id, case_id, NULL, &error);

  g_assert_no_error (error);
  item = tf_agenda_item_load (f->session, item_id, &error);
  g_assert_true (tf_agenda_item_set_minutes (f->session, item_id, tf_agenda_item_get_version (item),
                                             discussion, decision, &error));
  g_assert_no_error (error);
  return item_id;
}

static void
test_decisions (Fixture       *f,
                gconstpointer  data)
{
  gint64 case_id = new_case (f, "Karl", "2026-01-05");
  g_autofree char *first_day = day_from_today (10);
  g_autofree char *second_day = day_from_today (24);
  gint64 first, second, item;
  g_autofree char *text = NULL;
  GtkWidget *window, *page, *row;

  set_case (f, case_id, "active", NULL);
  first = plan (f, "taskforce", first_day, 0);
  second = plan (f, "taskforce", second_day, 0);
  item = decide (f, first, case_id, "Long talk about the school.", "Older decision: call the school");
  decide (f, second, case_id, NULL, "Newer decision: meet the family");
  add_task (f, 0, item, "Call the school as decided", 12);

  page = open_page (f, case_id, &window);
  insert_app_actions (window);
  spin (200);
  screenshot (page, "case-meetings-decisions.png");
  text = text_of (page);
  g_assert_cmpint (position_of (text, "Newer decision"), >=, 0);
  g_assert_cmpint (position_of (text, "Newer decision"), <, position_of (text, "Older decision"));
  g_assert_nonnull (strstr (text, "Item 1"));
  /* The task decided at the meeting says where it came from. */
  g_assert_nonnull (strstr (text, "Decided at the taskforce meeting"));
  g_assert_nonnull (strstr (text, ", item 1"));

  /* A decision opens its meeting. */
  row = find_row_titled (page, "Newer decision: meet the family");
  g_assert_nonnull (row);
  opened_meeting = 0;
  g_signal_emit_by_name (row, "activate");
  spin (50);
  g_assert_cmpint (opened_meeting, ==, second);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_network_meetings (Fixture       *f,
                       gconstpointer  data)
{
  gint64 case_id = new_case (f, "Laura", "2026-01-05");
  g_autofree char *day = day_from_today (5);
  g_autofree char *text = NULL;
  GtkWidget *window, *page, *plan_button;
  gint64 meeting;

  set_case (f, case_id, "active", NULL);
  meeting = plan (f, "network", day, case_id);
  page = open_page (f, case_id, &window);
  insert_app_actions (window);
  text = text_of (page);
  g_assert_nonnull (strstr (text, "Network meeting"));
  g_assert_nonnull (strstr (text, "Planned"));
  plan_button = find_button_labelled (page, "Plan Network Meeting…");
  g_assert_nonnull (plan_button);
  g_assert_true (gtk_widget_get_visible (plan_button));
  g_assert_true (g_variant_get_int64 (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (plan_button))) == case_id);

  opened_meeting = 0;
  {
    g_autoptr(TfMeeting) loaded = tf_meeting_load (f->session, meeting, NULL);
    g_autofree char *title = tf_meeting_dup_display_title (loaded);

    g_signal_emit_by_name (find_row_titled (page, title), "activate");
  }
  spin (50);
  g_assert_cmpint (opened_meeting, ==, meeting);

  /* Closed at another desk: planning is no longer offered. */
  set_case (f, case_id, "closed", NULL);
  g_signal_emit_by_name (f->store, "changed", "case", case_id);
  for (guint waited = 0; waited < 3000 && gtk_widget_get_visible (plan_button); waited += 50)
    spin (50);
  g_assert_false (gtk_widget_get_visible (plan_button));
  gtk_window_destroy (GTK_WINDOW (window));
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* Another desk marked the task done while this page still showed it open:
 * ticking it asks, and "mine" records it done by this desk. */
static void
test_done_conflict (Fixture       *f,
                    gconstpointer  data)
{
  gint64 case_id = new_case (f, "Nora", "2026-01-05");
  gint64 task_id;
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStore) other_store = NULL;
  g_autoptr(TfSession) other_desk = NULL;
  g_autoptr(TfTask) stale = NULL;
  g_autoptr(TfTask) done = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *window, *page, *check;

  set_case (f, case_id, "active", NULL);
  task_id = add_task (f, case_id, 0, "Write to the club", 5);
  page = open_page (f, case_id, &window);

  other_store = tf_store_open (tf_store_get_path (f->store), TF_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  other_desk = tf_session_new_for_login (other_store, "lone", "Lone Lund", &error);
  g_assert_no_error (error);
  stale = tf_task_load (other_desk, task_id, &error);
  g_assert_true (tf_task_set_done (other_desk, task_id, tf_task_get_version (stale), TRUE, &error));
  g_assert_no_error (error);

  check = find_nth_type (page, GTK_TYPE_CHECK_BUTTON, 0);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  spin (200);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Someone else changed this task");
  adw_message_dialog_response (dialog, TF_CONFLICT_MINE);
  spin (200);
  done = tf_task_load (f->session, task_id, &error);
  g_assert_nonnull (tf_task_get_done_on (done));
  g_assert_cmpstr (tf_task_get_done_by_name (done), ==, "Mette Holm");
  g_assert_true (wait_for_text (page, "Show 1 done task", 3000));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The case overview's Open Tasks card: the three soonest, the rest counted
 * in a row that opens the Meetings page; it follows task changes. */
static void
test_overview (Fixture       *f,
               gconstpointer  data)
{
  gint64 case_id = new_case (f, "Mads", "2026-01-05");
  g_autofree char *text = NULL;
  TfCaseWindow *window;
  GtkWidget *more, *page;

  set_case (f, case_id, "active", NULL);
  add_task (f, case_id, 0, "Task due in two days", 2);
  add_task (f, case_id, 0, "Task due in four days", 4);
  add_task (f, case_id, 0, "Task due in six days", 6);
  add_task (f, case_id, 0, "Task due in nine days", 9);
  window = tf_case_window_new (NULL, f->session, case_id);
  gtk_window_present (GTK_WINDOW (window));
  spin (300);
  text = text_of (GTK_WIDGET (window));
  g_assert_nonnull (strstr (text, "Open Tasks"));
  g_assert_nonnull (strstr (text, "Task due in six days"));
  g_assert_null (strstr (text, "Task due in nine days"));
  g_assert_nonnull (strstr (text, "and 1 more"));

  /* A fifth task: counted without reopening the window. */
  add_task (f, case_id, 0, "Task due in ten days", 10);
  g_assert_true (wait_for_text (GTK_WIDGET (window), "and 2 more", 3000));

  more = find_row_titled (GTK_WIDGET (window), "and 2 more");
  g_assert_nonnull (more);
  g_signal_emit_by_name (more, "activate");
  spin (300);
  page = find_nth_type (GTK_WIDGET (window), TF_TYPE_CASE_MEETINGS_PAGE, 0);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, fn) g_test_add ("/case-meetings-page/" path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("tasks", test_tasks);
  ADD ("add-task", test_add_task);
  ADD ("decisions", test_decisions);
  ADD ("network-meetings", test_network_meetings);
  ADD ("done-conflict", test_done_conflict);
  ADD ("overview", test_overview);
#undef ADD
  return g_test_run ();
}
