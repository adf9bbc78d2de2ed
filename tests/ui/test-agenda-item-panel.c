/* test-agenda-item-panel.c — one agenda item during the meeting
 *
 * A temporary store with a case, a closed meeting a month ago, today's
 * meeting with an item about the case and the next meeting in two weeks.
 * Checks the title, reason and what changed, that saving minutes reaches
 * the core (also when the user just moves on), a conflict with a second
 * desk, the task form's errors and tasks, marking done, and that a closed
 * meeting's panel is read-only. With TF_TEST_SCREENSHOTS=<dir> it saves a
 * PNG of the panel there.
 *
 * The tests run in order and build on each other's tasks and minutes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <adwaita.h>

#include "taskforce.h"
#include "tf-store-private.h"

#include "tf-agenda-item-panel.h"

static char *tmpdir;
static TfStore *store;
static TfSession *session;
static gint64 case_id;
static gint64 staff_id;
static gint64 meeting_id;
static gint64 item_id;
static char *next_meeting_day;

static gboolean
quit_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
exec (const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (tf_store_get_db (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

static char *
text_of (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect_text (widget, text);
  return g_string_free (text, FALSE);
}

/* The panel reloads in idles, which run after GTK has drawn (and a toast's
 * animation may keep it drawing): waits up to two seconds for @words. */
static void
assert_shows (GtkWidget  *widget,
              const char *words)
{
  g_autofree char *text = NULL;

  for (guint i = 0; i < 40; i++)
    {
      g_free (text);
      text = text_of (widget);
      if (strstr (text, words) != NULL)
        return;
      spin (50);
    }
  g_error ("The panel does not show «%s». It shows:\n%s", words, text);
}

/* Visible widgets of @type, in order */
static void
collect_type (GtkWidget *widget,
              GType      type,
              GPtrArray *found)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_type (child, type, found);
}

static GPtrArray *
find_all (GtkWidget *widget,
          GType      type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect_type (widget, type, found);
  return found;
}

/* The visible text view with the accessible name's visible twin: the
 * discussion view comes first, the decision view second. */
static GtkTextView *
text_view (GtkWidget *panel,
           guint      index)
{
  g_autoptr(GPtrArray) views = find_all (panel, GTK_TYPE_TEXT_VIEW);

  g_assert_cmpuint (views->len, >, index);
  return views->pdata[index];
}

static void
type_into (GtkTextView *view,
           const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static GtkEditable *
find_entry_row (GtkWidget  *widget,
                const char *title)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (ADW_IS_ENTRY_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return GTK_EDITABLE (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkEditable *found = find_entry_row (child, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The visible error row right under the entry row titled @field says @words. */
static void
assert_error_under (GtkWidget  *panel,
                    const char *field,
                    const char *words)
{
  GtkWidget *entry = GTK_WIDGET (find_entry_row (panel, field));
  GtkWidget *next;
  const char *title;

  g_assert_nonnull (entry);
  next = gtk_widget_get_next_sibling (entry);
  g_assert_true (ADW_IS_ACTION_ROW (next));
  g_assert_true (gtk_widget_get_visible (next));
  title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (next));
  if (strstr (title, words) == NULL)
    g_error ("Under «%s»: «%s», not «%s»", field, title, words);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  const char *dir = g_getenv ("TF_TEST_SCREENSHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

static char *
day_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static char *
typed_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%-d.%-m.%Y");
}

static GtkWidget *
open_panel (gint64      id,
            GtkWidget **out_window)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *panel = tf_agenda_item_panel_new (session, id);

  gtk_window_set_child (GTK_WINDOW (window), panel);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 1100);
  gtk_window_present (GTK_WINDOW (window));
  spin (250);
  *out_window = window;
  return panel;
}

static TfAgendaItem *
load_item (void)
{
  g_autoptr(GError) error = NULL;
  TfAgendaItem *item = tf_agenda_item_load (session, item_id, &error);

  g_assert_no_error (error);
  return item;
}

static guint
count_tasks (void)
{
  g_autoptr(GListModel) tasks = tf_task_list_for_case (session, case_id, NULL);

  return tasks != NULL ? g_list_model_get_n_items (tasks) : G_MAXUINT;
}

static void
test_shows_item (void)
{
  GtkWidget *window;
  GtkWidget *panel = open_panel (item_id, &window);
  g_autofree char *typed_next = NULL;

  assert_shows (panel, "Item 1: Emil Nørgaard");
  assert_shows (panel, tf_agenda_reason_label ("manual"));
  assert_shows (panel, "Referred");
  assert_shows (panel, "Open case");
  {
    g_autoptr(GPtrArray) buttons = find_all (panel, GTK_TYPE_BUTTON);
    GtkActionable *open_case = NULL;

    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_button_get_label (buttons->pdata[i]), "Open case") == 0)
        open_case = buttons->pdata[i];
    g_assert_nonnull (open_case);
    g_assert_cmpstr (gtk_actionable_get_action_name (open_case), ==, "app.open-case");
    g_assert_cmpint (g_variant_get_int64 (gtk_actionable_get_action_target_value (open_case)), ==, case_id);
  }
  /* The note written after last month's meeting; computed in an idle */
  assert_shows (panel, "1 new note");
  assert_shows (panel, "No tasks for this item yet");
  /* Ctrl+S saves the minutes */
  {
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (panel);
    gboolean found = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers) && !found; i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
        if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
          continue;
        for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
          {
            g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
            g_autofree char *trigger = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
            GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);
            if (g_str_equal (trigger, "<Control>s") && GTK_IS_NAMED_ACTION (action) &&
                g_str_equal (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)), "item.save"))
              found = TRUE;
          }
      }
    g_assert_true (found);
  }
  /* The due date starts at the next taskforce meeting's day */
  {
    int y, m, d;
    g_assert_cmpint (sscanf (next_meeting_day, "%d-%d-%d", &y, &m, &d), ==, 3);
    typed_next = g_strdup_printf ("%d.%d.%d", d, m, y);
  }
  g_assert_cmpstr (gtk_editable_get_text (find_entry_row (panel, "Due date")), ==, typed_next);
  screenshot (window, "agenda-item-panel.png");
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static void
test_save_minutes (void)
{
  GtkWidget *window;
  GtkWidget *panel = open_panel (item_id, &window);
  g_autoptr(TfAgendaItem) item = NULL;

  type_into (text_view (panel, 0), "Emil is back at school three days a week.");
  type_into (text_view (panel, 1), "The club contact follows up.");
  g_assert_true (gtk_widget_activate_action (panel, "item.save", NULL));
  spin (50);
  item = load_item ();
  g_assert_cmpstr (tf_agenda_item_get_discussion (item), ==, "Emil is back at school three days a week.");
  g_assert_cmpstr (tf_agenda_item_get_decision (item), ==, "The club contact follows up.");
  g_assert_cmpint (tf_agenda_item_get_version (item), ==, 2);

  /* Moving on to another item (the panel is hidden) keeps what was typed. */
  type_into (text_view (panel, 1), "The club contact follows up within a week.");
  gtk_widget_set_visible (panel, FALSE);
  spin (50);
  g_clear_object (&item);
  item = load_item ();
  g_assert_cmpstr (tf_agenda_item_get_decision (item), ==, "The club contact follows up within a week.");
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static void
test_conflict_theirs (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSession) other = tf_session_new_for_login (store, "other", "Ole Anden", &error);
  g_autoptr(TfAgendaItem) item = load_item ();
  GtkWidget *window;
  GtkWidget *panel = open_panel (item_id, &window);
  AdwMessageDialog *dialog;
  g_autofree char *discussion = NULL;
  g_autofree char *decision = NULL;

  g_assert_no_error (error);
  /* Typing here first, so the other desk's save does not replace the text. */
  type_into (text_view (panel, 0), "Mine: Emil skipped two days.");
  g_assert_true (tf_agenda_item_set_minutes (other, item_id, tf_agenda_item_get_version (item),
                                             "Theirs: the school reports full attendance.",
                                             tf_agenda_item_get_decision (item), &error));
  g_assert_no_error (error);
  spin (100);
  discussion = buffer_text (text_view (panel, 0));
  g_assert_cmpstr (discussion, ==, "Mine: Emil skipped two days.");

  gtk_widget_activate_action (panel, "item.save", NULL);
  spin (100);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==,
                   "Someone else changed this item of the minutes");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Discussion: "));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Theirs: the school"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Ole Anden"));
  screenshot (GTK_WIDGET (dialog), "agenda-item-conflict.png");

  adw_message_dialog_response (dialog, "theirs");
  spin (100);
  if (dialog == find_message_dialog ())
    gtk_window_destroy (GTK_WINDOW (dialog));
  g_clear_pointer (&discussion, g_free);
  discussion = buffer_text (text_view (panel, 0));
  decision = buffer_text (text_view (panel, 1));
  g_assert_cmpstr (discussion, ==, "Theirs: the school reports full attendance.");
  g_assert_cmpstr (decision, ==, "The club contact follows up within a week.");

  /* Theirs is now what the panel was loaded from: hiding it saves nothing. */
  g_clear_object (&item);
  item = load_item ();
  gtk_widget_set_visible (panel, FALSE);
  spin (50);
  {
    g_autoptr(TfAgendaItem) after = load_item ();
    g_assert_cmpint (tf_agenda_item_get_version (after), ==, tf_agenda_item_get_version (item));
  }
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static void
test_bad_task (void)
{
  GtkWidget *window;
  GtkWidget *panel = open_panel (item_id, &window);
  guint before = count_tasks ();
  g_autofree char *yesterday = typed_from_today (-1);

  /* Nothing written: said under "What" */
  gtk_editable_set_text (find_entry_row (panel, "What"), "  ");
  gtk_widget_activate_action (panel, "item.add-task", NULL);
  spin (50);
  assert_shows (panel, "What: write what is to be done.");
  assert_error_under (panel, "What", "What: write what is to be done.");
  g_assert_cmpuint (count_tasks (), ==, before);

  /* Not a date */
  gtk_editable_set_text (find_entry_row (panel, "What"), "Call the school");
  gtk_editable_set_text (find_entry_row (panel, "Due date"), "31.2.2027");
  gtk_widget_activate_action (panel, "item.add-task", NULL);
  spin (50);
  {
    g_autofree char *text = text_of (panel);
    g_assert_null (strstr (text, "What: write what"));
    g_assert_nonnull (strstr (text, "only 28 days"));
  }
  assert_error_under (panel, "Due date", "only 28 days");
  g_assert_cmpuint (count_tasks (), ==, before);

  /* Before the meeting */
  gtk_editable_set_text (find_entry_row (panel, "Due date"), yesterday);
  gtk_widget_activate_action (panel, "item.add-task", NULL);
  spin (50);
  assert_shows (panel, "Due: not before the meeting");
  assert_error_under (panel, "Due date", "Due: not before the meeting");
  g_assert_cmpuint (count_tasks (), ==, before);
  /* What was typed stays for the user to correct */
  g_assert_cmpstr (gtk_editable_get_text (find_entry_row (panel, "What")), ==, "Call the school");
  if (g_getenv ("TF_TEST_SCREENSHOTS") != NULL)
    {
      g_autoptr(GPtrArray) scrolled = find_all (panel, GTK_TYPE_SCROLLED_WINDOW);
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled->pdata[0]);

      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      spin (100);
      screenshot (window, "agenda-item-task-error.png");
    }
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static void
test_add_and_mark_done (void)
{
  GtkWidget *window;
  GtkWidget *panel = open_panel (item_id, &window);
  g_autofree char *due = typed_from_today (5);
  g_autofree char *due_iso = day_from_today (5);
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(TfTask) task = NULL;
  g_autoptr(TfTask) done = NULL;
  g_autoptr(GPtrArray) checks = NULL;

  gtk_editable_set_text (find_entry_row (panel, "What"), "Call the school about the timetable");
  gtk_editable_set_text (find_entry_row (panel, "Due date"), due);
  gtk_widget_activate_action (panel, "item.add-task", NULL);
  spin (100);

  /* On the case, decided under this item, with who and when */
  tasks = tf_task_list_for_case (session, case_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, 1);
  task = g_list_model_get_item (tasks, 0);
  g_assert_cmpstr (tf_task_get_what (task), ==, "Call the school about the timetable");
  g_assert_cmpint (tf_task_get_agenda_item_id (task), ==, item_id);
  g_assert_cmpint (tf_task_get_staff_id (task), ==, tf_session_get_staff_id (session));
  g_assert_cmpstr (tf_task_get_due_on (task), ==, due_iso);

  /* In the list; the form is cleared for the next one */
  assert_shows (panel, "Call the school about the timetable");
  g_assert_cmpstr (gtk_editable_get_text (find_entry_row (panel, "What")), ==, "");

  /* An overdue task says so in words */
  {
    g_autofree char *today = day_from_today (0);
    g_autofree char *past = day_from_today (-3);
    g_autofree char *sql = NULL;
    g_autoptr(GError) error = NULL;
    TfTaskDraft d = { 0, item_id, "Send the plan to the parents", staff_id, today };
    gint64 id = tf_task_add (session, &d, &error);

    g_assert_no_error (error);
    /* Written as it would stand three days later, before the panel's
     * reload (an idle after the add's "changed") reads it. */
    sql = g_strdup_printf ("UPDATE task SET due_on = '%s' WHERE id = %" G_GINT64_FORMAT, past, id);
    exec (sql);
  }
  spin (100);
  assert_shows (panel, "Overdue");
  assert_shows (panel, "Send the plan to the parents");
  screenshot (window, "agenda-item-tasks.png");

  /* Marking the first (overdue, due earliest) done */
  checks = find_all (panel, GTK_TYPE_CHECK_BUTTON);
  g_assert_cmpuint (checks->len, ==, 2);
  gtk_check_button_set_active (checks->pdata[0], TRUE);
  spin (100);
  {
    g_autoptr(GListModel) all = tf_task_list_for_agenda_item (session, item_id, NULL);
    g_autoptr(TfTask) first = g_list_model_get_item (all, 0);
    g_assert_cmpstr (tf_task_get_what (first), ==, "Send the plan to the parents");
    g_assert_nonnull (tf_task_get_done_on (first));
  }
  assert_shows (panel, "done ");
  {
    g_autofree char *text = text_of (panel);
    g_assert_null (strstr (text, "Overdue"));
  }
  done = tf_task_load (session, tf_task_get_id (task), NULL);
  g_assert_null (tf_task_get_done_on (done));
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static void
test_item_without_case (void)
{
  g_autoptr(GError) error = NULL;
  gint64 other = tf_agenda_add (session, meeting_id, 0, "Round the table", &error);
  GtkWidget *window;
  GtkWidget *panel;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  panel = open_panel (other, &window);
  assert_shows (panel, "Item 2: Round the table");
  text = text_of (panel);
  g_assert_null (strstr (text, "Since the last meeting"));
  g_assert_null (strstr (text, "Open case"));
  g_assert_nonnull (strstr (text, "Save minutes"));
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
  g_assert_true (tf_agenda_remove (session, other, &error));
  g_assert_no_error (error);
}

static void
test_task_conflict (void)
{
  GtkWidget *window;
  GtkWidget *panel = open_panel (item_id, &window);
  g_autoptr(GListModel) tasks = tf_task_list_for_agenda_item (session, item_id, NULL);
  g_autoptr(TfTask) first = g_list_model_get_item (tasks, 0);
  g_autoptr(TfTask) after = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autofree char *sql = NULL;
  AdwMessageDialog *dialog;

  /* Another desk opened it again in the meantime, and this panel has not
   * heard (a second program on the same file sends no signal here). */
  g_assert_nonnull (tf_task_get_done_on (first));
  sql = g_strdup_printf ("UPDATE task SET done_on = NULL, done_by = NULL, version = version + 1 "
                         "WHERE id = %" G_GINT64_FORMAT, tf_task_get_id (first));
  exec (sql);
  checks = find_all (panel, GTK_TYPE_CHECK_BUTTON);
  g_assert_true (gtk_check_button_get_active (checks->pdata[0]));
  gtk_check_button_set_active (checks->pdata[0], FALSE);
  spin (100);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Someone else changed this task");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Done: done "));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "→ not done"));

  /* Mine: marked as this desk wanted, on top of their version */
  adw_message_dialog_response (dialog, "mine");
  spin (100);
  if (dialog == find_message_dialog ())
    gtk_window_destroy (GTK_WINDOW (dialog));
  after = tf_task_load (session, tf_task_get_id (first), NULL);
  g_assert_null (tf_task_get_done_on (after));
  g_assert_cmpint (tf_task_get_version (after), ==, tf_task_get_version (first) + 2);
  assert_shows (panel, "Overdue");
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static void
test_closes_while_open (void)
{
  g_autofree char *sql = g_strdup_printf (
    "UPDATE meeting SET status = 'closed', closed_at = 1 WHERE id = %" G_GINT64_FORMAT, meeting_id);
  GtkWidget *window;
  GtkWidget *panel = open_panel (item_id, &window);
  g_autoptr(GPtrArray) views = NULL;

  g_assert_nonnull (find_entry_row (panel, "What"));
  /* Closed at another desk: the panel locks when the store says so */
  exec (sql);
  g_signal_emit_by_name (store, "changed", "meeting", meeting_id);
  assert_shows (panel, "The meeting is closed");
  views = find_all (panel, GTK_TYPE_TEXT_VIEW);
  g_assert_cmpuint (views->len, ==, 0);
  g_assert_null (find_entry_row (panel, "What"));
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static void
test_closed_meeting (void)
{
  GtkWidget *window;
  GtkWidget *panel;
  g_autoptr(GPtrArray) views = NULL;
  g_autoptr(GPtrArray) checks = NULL;
  g_autoptr(TfTask) task = NULL;
  g_autoptr(GListModel) tasks = NULL;

  panel = open_panel (item_id, &window);
  views = find_all (panel, GTK_TYPE_TEXT_VIEW);
  g_assert_cmpuint (views->len, ==, 0);
  g_assert_null (find_entry_row (panel, "What"));
  assert_shows (panel, "Theirs: the school reports full attendance.");
  assert_shows (panel, "The meeting is closed");
  gtk_widget_activate_action (panel, "item.add-task", NULL);
  gtk_widget_activate_action (panel, "item.save", NULL);
  spin (50);
  g_assert_cmpuint (count_tasks (), ==, 2);
  g_assert_null (find_message_dialog ());

  /* Tasks stay markable as done: they are follow-up work, not minutes. */
  checks = find_all (panel, GTK_TYPE_CHECK_BUTTON);
  g_assert_cmpuint (checks->len, ==, 2);
  g_assert_true (gtk_widget_is_sensitive (checks->pdata[1]));
  gtk_check_button_set_active (checks->pdata[1], TRUE);
  spin (100);
  tasks = tf_task_list_for_agenda_item (session, item_id, NULL);
  task = g_list_model_get_item (tasks, 1);
  g_assert_nonnull (tf_task_get_done_on (task));
  screenshot (window, "agenda-item-closed.png");
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static gint64
plan (const char *day)
{
  g_autoptr(GError) error = NULL;
  TfMeetingDraft d = { 0 };
  gint64 id;

  d.kind = "taskforce";
  d.held_on = day;
  d.start_time = "13:00";
  d.end_time = "15:00";
  d.place = "Rådhuset, mødelokale 2";
  id = tf_meeting_save (session, &d, &error);
  g_assert_no_error (error);
  return id;
}

static void
make_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  g_autofree char *referral = day_from_today (-60);
  g_autofree char *last = day_from_today (-30);
  g_autofree char *today = day_from_today (0);
  g_autofree char *sql = NULL;
  TfReferral referral_data = { 0 };
  gint64 last_meeting;

  g_object_set (person, "first-name", "Emil", "last-name", "Nørgaard", "cpr", "120410-4233",
                "gender", "boy", NULL);
  referral_data.referral_date = referral;
  referral_data.referral_source = "school";
  g_assert_true (tf_young_person_save (session, person, &referral_data, &case_id, &error));
  g_assert_no_error (error);
  staff_id = tf_session_get_staff_id (session);
  exec ("INSERT INTO staff_member (name, sort_key, role, active, created_at) "
        "VALUES ('Anders Berg', 'anders berg', 'member', 1, 0)");

  /* Last month's meeting, closed; today's; the next in two weeks */
  last_meeting = plan (last);
  sql = g_strdup_printf ("UPDATE meeting SET status = 'closed', closed_at = 1 WHERE id = %"
                         G_GINT64_FORMAT, last_meeting);
  exec (sql);
  meeting_id = plan (today);
  next_meeting_day = day_from_today (14);
  plan (next_meeting_day);
  item_id = tf_agenda_add (session, meeting_id, case_id, NULL, &error);
  g_assert_no_error (error);
  /* Written after the last meeting: "what changed" says so */
  tf_note_add (session, case_id, "Emil came to the club twice this week.", &error);
  g_assert_no_error (error);
}

/* To look at the panel on a real store (a demo store, say):
 *   TF_LOOK_DATABASE=/tmp/demo.db TF_LOOK_ITEM=435 TF_TEST_SCREENSHOTS=/tmp
 * saves agenda-item-look.png there instead of running the tests. */
static int
look (const char *database,
      const char *item)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *window;

  store = tf_store_open (database, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  session = tf_session_new_for_login (store, "tester", "Tess Tester", &error);
  g_assert_no_error (error);
  open_panel (g_ascii_strtoll (item, NULL, 10), &window);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 1400);
  spin (500);
  screenshot (window, "agenda-item-look.png");
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&session);
  g_clear_object (&store);
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  if (g_getenv ("TF_LOOK_DATABASE") != NULL && g_getenv ("TF_LOOK_ITEM") != NULL)
    return look (g_getenv ("TF_LOOK_DATABASE"), g_getenv ("TF_LOOK_ITEM"));

  tmpdir = g_dir_make_tmp ("tf-agenda-item-panel-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  path = g_build_filename (tmpdir, "item.db", NULL);
  store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  session = tf_session_new_for_login (store, "tester", "Tess Tester", &error);
  g_assert_no_error (error);
  make_store ();

  g_test_add_func ("/agenda-item-panel/shows-item", test_shows_item);
  g_test_add_func ("/agenda-item-panel/save-minutes", test_save_minutes);
  g_test_add_func ("/agenda-item-panel/conflict-theirs", test_conflict_theirs);
  g_test_add_func ("/agenda-item-panel/bad-task", test_bad_task);
  g_test_add_func ("/agenda-item-panel/add-and-mark-done", test_add_and_mark_done);
  g_test_add_func ("/agenda-item-panel/item-without-case", test_item_without_case);
  g_test_add_func ("/agenda-item-panel/task-conflict", test_task_conflict);
  g_test_add_func ("/agenda-item-panel/closes-while-open", test_closes_while_open);
  g_test_add_func ("/agenda-item-panel/closed-meeting", test_closed_meeting);
  status = g_test_run ();

  g_clear_object (&session);
  g_clear_object (&store);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (tmpdir);
  g_free (next_meeting_day);
  return status;
}
