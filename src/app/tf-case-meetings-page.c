/* tf-case-meetings-page.c — the core "Meetings" page of a case window
 *
 * Everything the meetings left on this case, so nobody has to look for it
 * in the minutes: the tasks (open ones first, with a check to mark them
 * done, and a form to add one on the case), every decision about the case
 * (newest first, the discussion behind an expander) and the case's network
 * meetings. Opening a meeting and planning a network meeting are the
 * application's actions ("app.open-meeting", "app.plan-network-meeting"):
 * the page only activates them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "tf-case-meetings-page.h"
#include "tf-conflict-dialog.h"

struct _TfCaseMeetingsPage
{
  TfCasePage      parent_instance;

  /* Template widgets */
  GtkWidget      *scrolled_window;
  GtkListBox     *tasks_list;
  GtkLabel       *no_tasks_label;
  GtkListBox     *done_list;
  AdwExpanderRow *done_expander;
  AdwEntryRow    *what_row;
  AdwActionRow   *what_error;
  AdwComboRow    *staff_row;
  AdwActionRow   *staff_error;
  AdwEntryRow    *due_row;
  AdwActionRow   *due_error;
  GtkListBox     *decisions_list;
  GtkLabel       *no_decisions_label;
  GtkWidget      *plan_button;
  GtkListBox     *network_list;
  GtkLabel       *no_network_label;

  /* Owned */
  GPtrArray      *done_rows;   /* the rows inside done_expander, to remove them */
  GListModel     *staff;       /* active staff: the "Who" choices */
};

G_DEFINE_FINAL_TYPE (TfCaseMeetingsPage, tf_case_meetings_page, TF_TYPE_CASE_PAGE)

/* Helpers */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
message_row_new (const char *title,
                 const char *subtitle)
{
  return g_object_new (ADW_TYPE_ACTION_ROW, "title", title, "subtitle", subtitle,
                       "use-markup", FALSE, "activatable", FALSE, NULL);
}

static void
add_toast (TfCaseMeetingsPage *self,
           const char         *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
}

/* A suffix that says a state in a word and an icon, never colour alone. */
static GtkWidget *
state_badge_new (const char *icon_name,
                 const char *text,
                 const char *style)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);
  GtkWidget *label = gtk_label_new (text);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  if (style != NULL)
    gtk_widget_add_css_class (box, style);
  return box;
}

/* "Decided at the taskforce meeting 10. nov. 2026, item 3", or NULL for a
 * task added on the case. */
static char *
decided_at_text (TfSession *session,
                 TfTask    *task)
{
  g_autoptr(TfAgendaItem) item = NULL;
  g_autofree char *day = NULL;
  const char *kind;
  int position;

  if (tf_task_get_agenda_item_id (task) == 0)
    return NULL;
  item = tf_agenda_item_load (session, tf_task_get_agenda_item_id (task), NULL);
  if (item == NULL)
    return NULL;
  day = tf_format_date (tf_agenda_item_get_meeting_held_on (item));
  kind = tf_agenda_item_get_meeting_kind (item);
  position = tf_agenda_item_get_position (item);
  if (g_strcmp0 (kind, "screening") == 0)
    /* Translators: under a task; "10. nov. 2026", item number */
    return g_strdup_printf (_("Decided at the screening meeting %s, item %d"), day, position);
  if (g_strcmp0 (kind, "network") == 0)
    /* Translators: under a task; "10. nov. 2026", item number */
    return g_strdup_printf (_("Decided at the network meeting %s, item %d"), day, position);
  /* Translators: under a task; "10. nov. 2026", item number */
  return g_strdup_printf (_("Decided at the taskforce meeting %s, item %d"), day, position);
}

/* Tasks */

static void on_task_check_toggled_cb (GtkCheckButton     *check,
                                      TfCaseMeetingsPage *self);

static GtkWidget *
task_row_new (TfCaseMeetingsPage *self,
              TfTask             *task,
              const char         *today,
              const char         *upcoming_until)
{
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gboolean done = tf_task_get_done_on (task) != NULL;
  g_autofree char *due = tf_format_date (tf_task_get_due_on (task));
  g_autofree char *decided = decided_at_text (session, task);
  g_autofree char *check_label = NULL;
  GString *subtitle = g_string_new (NULL);
  GtkWidget *row, *check;

  if (done)
    {
      g_autofree char *done_on = tf_format_date (tf_task_get_done_on (task));
      const char *by = tf_task_get_done_by_name (task);

      /* Translators: "Mette Holm · due 3. dec. 2026" */
      g_string_append_printf (subtitle, _("%s · due %s"), tf_task_get_staff_name (task), due);
      g_string_append (subtitle, "\n");
      if (by != NULL)
        /* Translators: "Done 2. dec. 2026 by Mette Holm" */
        g_string_append_printf (subtitle, _("Done %s by %s"), done_on, by);
      else
        g_string_append_printf (subtitle, _("Done %s"), done_on);
    }
  else
    g_string_append_printf (subtitle, _("%s · due %s"), tf_task_get_staff_name (task), due);
  if (decided != NULL)
    g_string_append_printf (subtitle, "\n%s", decided);

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", tf_task_get_what (task),
                      "subtitle", subtitle->str,
                      "use-markup", FALSE,
                      "title-lines", 0,
                      "subtitle-lines", 0,
                      NULL);
  g_string_free (subtitle, TRUE);

  check = gtk_check_button_new ();
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), done);
  /* Translators: the accessible name of a task's check box */
  check_label = g_strdup_printf (_("Done: %s"), tf_task_get_what (task));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  check_label, -1);
  g_object_set_data (G_OBJECT (check), "tf-task-id", GSIZE_TO_POINTER ((gsize) tf_task_get_id (task)));
  g_object_set_data_full (G_OBJECT (check), "tf-task", g_object_ref (task), g_object_unref);
  /* Connected after the state is set: building the row is no click. */
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_task_check_toggled_cb), self, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  if (!done && tf_task_is_overdue (task, today))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               state_badge_new ("dialog-warning-symbolic", _("Overdue"), "error"));
  else if (!done && g_strcmp0 (tf_task_get_due_on (task), today) == 0)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               state_badge_new ("alarm-symbolic", _("Due today"), "warning"));
  else if (!done && g_strcmp0 (tf_task_get_due_on (task), upcoming_until) <= 0)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               state_badge_new ("alarm-symbolic", _("Upcoming"), "warning"));
  return row;
}

static void
show_tasks (TfCaseMeetingsPage *self)
{
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gint64 case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, TF_TASK_UPCOMING_DAYS);
  g_autofree char *today = tf_today_iso ();
  g_autofree char *upcoming_until = g_date_time_format (later, "%Y-%m-%d");
  g_autofree char *show_done = NULL;
  guint n = 0, n_open = 0, n_done = 0;

  clear_list (self->tasks_list);
  for (guint i = 0; i < self->done_rows->len; i++)
    adw_expander_row_remove (self->done_expander, self->done_rows->pdata[i]);
  g_ptr_array_set_size (self->done_rows, 0);

  tasks = tf_task_list_for_case (session, case_id, &error);
  if (tasks == NULL)
    gtk_list_box_append (self->tasks_list, message_row_new (_("Cannot show the tasks"), error->message));
  else
    n = g_list_model_get_n_items (tasks);
  /* The core lists open tasks first by due day, then done ones. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfTask) task = g_list_model_get_item (tasks, i);
      GtkWidget *row = task_row_new (self, task, today, upcoming_until);

      if (tf_task_get_done_on (task) == NULL)
        {
          gtk_list_box_append (self->tasks_list, row);
          n_open++;
        }
      else
        {
          adw_expander_row_add_row (self->done_expander, row);
          g_ptr_array_add (self->done_rows, row);
          n_done++;
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->tasks_list), tasks == NULL || n_open > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_tasks_label), tasks != NULL && n_open == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->done_list), n_done > 0);
  /* Translators: the expander that holds a case's done tasks */
  show_done = g_strdup_printf (ngettext ("Show %u done task", "Show %u done tasks", n_done), n_done);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->done_expander), show_done);
}

/* Marking done: a conflict with another desk */

typedef struct
{
  gint64   task_id;
  gboolean done;
} PendingDone;

static gboolean set_done (TfCaseMeetingsPage *self,
                          gint64              task_id,
                          gint64              version,
                          gboolean            done,
                          TfTask             *original);

static void
on_conflict_response_cb (AdwMessageDialog   *dialog,
                         const char         *response,
                         TfCaseMeetingsPage *self)
{
  PendingDone *pending = g_object_get_data (G_OBJECT (dialog), "tf-pending");
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));

  if (g_strcmp0 (response, TF_CONFLICT_MINE) == 0)
    {
      g_autoptr(TfTask) fresh = tf_task_load (session, pending->task_id, NULL);

      if (fresh != NULL)
        set_done (self, pending->task_id, tf_task_get_version (fresh), pending->done, fresh);
    }
  /* Keep or theirs: the list shows what the store holds. */
  tf_case_page_reload (TF_CASE_PAGE (self));
}

static void
show_conflict (TfCaseMeetingsPage *self,
               TfTask             *original,
               gint64              task_id,
               gboolean            done)
{
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  g_autoptr(TfTask) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *who_when = NULL;
  PendingDone *pending;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  fresh = tf_task_load (session, task_id, &error);
  if (fresh == NULL)
    {
      add_toast (self, error->message);
      tf_case_page_reload (TF_CASE_PAGE (self));
      return;
    }
  if (original != NULL && g_strcmp0 (tf_task_get_done_on (original), tf_task_get_done_on (fresh)) != 0)
    {
      g_autofree char *before = tf_task_get_done_on (original) != NULL
                                ? tf_format_date (tf_task_get_done_on (original)) : g_strdup (_("open"));
      g_autofree char *after = tf_task_get_done_on (fresh) != NULL
                               ? tf_format_date (tf_task_get_done_on (fresh)) : g_strdup (_("open"));
      /* Translators: a conflict line, "Done: open → 3. dec. 2026" */
      g_ptr_array_add (changes, g_strdup_printf (_("Done: %s → %s"), before, after));
    }
  if (original != NULL && g_strcmp0 (tf_task_get_due_on (original), tf_task_get_due_on (fresh)) != 0)
    {
      g_autofree char *before = tf_format_date (tf_task_get_due_on (original));
      g_autofree char *after = tf_format_date (tf_task_get_due_on (fresh));
      g_ptr_array_add (changes, g_strdup_printf (_("Due: %s → %s"), before, after));
    }
  g_ptr_array_add (changes, NULL);
  who_when = tf_audit_describe_last_change (session, "task", task_id, tf_task_get_case_id (fresh));
  dialog = tf_conflict_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Someone else changed this task"), who_when,
                                   (const char * const *) changes->pdata);
  pending = g_new0 (PendingDone, 1);
  pending->task_id = task_id;
  pending->done = done;
  g_object_set_data_full (G_OBJECT (dialog), "tf-pending", pending, g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
set_done (TfCaseMeetingsPage *self,
          gint64              task_id,
          gint64              version,
          gboolean            done,
          TfTask             *original)
{
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  g_autoptr(GError) error = NULL;

  if (tf_task_set_done (session, task_id, version, done, &error))
    {
      add_toast (self, done ? _("Task done") : _("Task open again"));
      return TRUE;
    }
  if (g_error_matches (error, TF_ERROR, TF_ERROR_CONFLICT))
    show_conflict (self, original, task_id, done);
  else
    {
      add_toast (self, error->message);
      tf_case_page_queue_reload (TF_CASE_PAGE (self));
    }
  return FALSE;
}

static void
on_task_check_toggled_cb (GtkCheckButton     *check,
                          TfCaseMeetingsPage *self)
{
  TfTask *task = g_object_get_data (G_OBJECT (check), "tf-task");

  /* The store's "changed" signal reloads the list with the task moved. */
  set_done (self, tf_task_get_id (task), tf_task_get_version (task),
            gtk_check_button_get_active (check), task);
}

/* Adding a task */

static void
show_field_error (GtkWidget    *field,
                  AdwActionRow *error_row,
                  const char   *message)
{
  gtk_widget_set_visible (GTK_WIDGET (error_row), message != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (error_row), message != NULL ? message : "");
  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
}

static void
clear_errors (TfCaseMeetingsPage *self)
{
  show_field_error (GTK_WIDGET (self->what_row), self->what_error, NULL);
  show_field_error (GTK_WIDGET (self->staff_row), self->staff_error, NULL);
  show_field_error (GTK_WIDGET (self->due_row), self->due_error, NULL);
}

static void
load_staff (TfCaseMeetingsPage *self)
{
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  g_autoptr(GError) error = NULL;
  gint64 me = tf_session_get_staff_id (session);
  guint n;

  self->staff = tf_staff_member_list_active (session, &error);
  if (self->staff == NULL)
    {
      show_field_error (GTK_WIDGET (self->staff_row), self->staff_error, error->message);
      return;
    }
  adw_combo_row_set_model (self->staff_row, self->staff);
  /* The person at the desk is the likeliest one to do it. */
  n = g_list_model_get_n_items (self->staff);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfStaffMember) member = g_list_model_get_item (self->staff, i);

      if (tf_staff_member_get_id (member) == me)
        adw_combo_row_set_selected (self->staff_row, i);
    }
}

static void
add_task_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TfCaseMeetingsPage *self = TF_CASE_MEETINGS_PAGE (widget);
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStaffMember) member = NULL;
  g_autofree char *what = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->what_row))));
  const char *due_text = gtk_editable_get_text (GTK_EDITABLE (self->due_row));
  g_autofree char *due = NULL;
  GtkWidget *first_bad = NULL;
  TfTaskDraft draft = { 0 };

  if (session == NULL)
    return;
  clear_errors (self);
  if (*what == '\0')
    {
      show_field_error (GTK_WIDGET (self->what_row), self->what_error,
                        _("Write what is to be done."));
      first_bad = GTK_WIDGET (self->what_row);
    }
  member = adw_combo_row_get_selected_item (self->staff_row) != NULL
           ? g_object_ref (adw_combo_row_get_selected_item (self->staff_row)) : NULL;
  if (member == NULL)
    {
      show_field_error (GTK_WIDGET (self->staff_row), self->staff_error,
                        _("Choose the staff member who does it."));
      first_bad = first_bad != NULL ? first_bad : GTK_WIDGET (self->staff_row);
    }
  if (*due_text == '\0')
    {
      show_field_error (GTK_WIDGET (self->due_row), self->due_error,
                        _("Write the day it must be done by, as 3.12.2026."));
      first_bad = first_bad != NULL ? first_bad : GTK_WIDGET (self->due_row);
    }
  else if ((due = tf_parse_user_date (due_text, &error)) == NULL)
    {
      show_field_error (GTK_WIDGET (self->due_row), self->due_error, error->message);
      first_bad = first_bad != NULL ? first_bad : GTK_WIDGET (self->due_row);
      g_clear_error (&error);
    }
  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (first_bad);
      return;
    }

  draft.case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));
  draft.what = what;
  draft.staff_id = tf_staff_member_get_id (member);
  draft.due_on = due;
  if (tf_task_add (session, &draft, &error) == 0)
    {
      /* The rules the form cannot see (a day in the past, a staff member
       * who left) come from the core; the due date is the likely cause, and
       * the message names its field. */
      show_field_error (GTK_WIDGET (self->due_row), self->due_error, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->due_row));
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->what_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->due_row), "");
  add_toast (self, _("Task added"));
}

static void
on_due_row_entry_activated_cb (AdwEntryRow        *row,
                               TfCaseMeetingsPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "meetings.add-task", NULL);
}

/* Decisions */

static GtkWidget *
open_meeting_button_new (gint64 meeting_id)
{
  GtkWidget *button = gtk_button_new_with_label (_("Open Meeting"));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "app.open-meeting");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (meeting_id));
  return button;
}

static GtkWidget *
decision_row_new (TfAgendaItem *item)
{
  g_autofree char *day = tf_format_date (tf_agenda_item_get_meeting_held_on (item));
  g_autofree char *subtitle = NULL;
  const char *decision = tf_agenda_item_get_decision (item);
  const char *discussion = tf_agenda_item_get_discussion (item);
  gint64 meeting_id = tf_agenda_item_get_meeting_id (item);
  GtkWidget *row, *discussion_row;

  /* Translators: under a decision: "10. nov. 2026 · Taskforce meeting · Item 3" */
  subtitle = g_strdup_printf (_("%s · %s · Item %d"), day,
                              tf_meeting_kind_label (tf_agenda_item_get_meeting_kind (item)),
                              tf_agenda_item_get_position (item));
  if (decision == NULL || *decision == '\0')
    decision = _("No decision written; see the discussion.");

  if (discussion == NULL || *discussion == '\0')
    {
      row = g_object_new (ADW_TYPE_ACTION_ROW, "title", decision, "subtitle", subtitle,
                          "use-markup", FALSE, "title-lines", 0, "activatable", TRUE, NULL);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "app.open-meeting");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), g_variant_new_int64 (meeting_id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      return row;
    }

  row = g_object_new (ADW_TYPE_EXPANDER_ROW, "title", decision, "subtitle", subtitle,
                      "use-markup", FALSE, NULL);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), open_meeting_button_new (meeting_id));
  discussion_row = g_object_new (ADW_TYPE_ACTION_ROW,
                                 /* Translators: the heading of a decision's discussion */
                                 "title", _("Discussion"),
                                 "subtitle", discussion,
                                 "use-markup", FALSE, "subtitle-lines", 0,
                                 "activatable", FALSE, NULL);
  gtk_widget_add_css_class (discussion_row, "property");
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), discussion_row);
  return row;
}

static void
show_decisions (TfCaseMeetingsPage *self)
{
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gint64 case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  clear_list (self->decisions_list);
  items = tf_meeting_list_decisions_for_case (session, case_id, &error);
  if (items == NULL)
    gtk_list_box_append (self->decisions_list,
                         message_row_new (_("Cannot show the decisions"), error->message));
  else
    n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfAgendaItem) item = g_list_model_get_item (items, i);

      gtk_list_box_append (self->decisions_list, decision_row_new (item));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->decisions_list), items == NULL || n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_decisions_label), items != NULL && n == 0);
}

/* Network meetings */

static GtkWidget *
network_row_new (TfMeeting *meeting)
{
  g_autofree char *title = tf_meeting_dup_display_title (meeting);
  g_autofree char *day = tf_format_date (tf_meeting_get_held_on (meeting));
  const char *place = tf_meeting_get_place (meeting);
  GString *subtitle = g_string_new (NULL);
  GtkWidget *row, *status;

  /* Translators: "10. nov. 2026 at 14:00" */
  g_string_append_printf (subtitle, _("%s at %s"), day, tf_meeting_get_start_time (meeting));
  if (place != NULL && *place != '\0')
    g_string_append_printf (subtitle, " · %s", place);
  row = g_object_new (ADW_TYPE_ACTION_ROW, "title", title, "subtitle", subtitle->str,
                      "use-markup", FALSE, "activatable", TRUE, NULL);
  g_string_free (subtitle, TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "app.open-meeting");
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row),
                                          g_variant_new_int64 (tf_meeting_get_id (meeting)));
  status = gtk_label_new (tf_meeting_status_label (tf_meeting_get_status (meeting)));
  gtk_widget_set_valign (status, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (status, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), status);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  return row;
}

static void
show_network_meetings (TfCaseMeetingsPage *self)
{
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gint64 case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));
  g_autoptr(GListModel) meetings = NULL;
  g_autoptr(TfCase) kase = NULL;
  g_autoptr(GError) error = NULL;
  guint n = 0;

  /* A closed case gets no new meetings: the core refuses them, so the
   * page does not offer it. */
  kase = tf_case_load (session, case_id, NULL);
  gtk_widget_set_visible (self->plan_button,
                          kase != NULL && tf_case_status_is_open (tf_case_get_status (kase)));
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->plan_button),
                                          g_variant_new_int64 (case_id));

  clear_list (self->network_list);
  meetings = tf_meeting_list_for_case (session, case_id, &error);
  if (meetings == NULL)
    gtk_list_box_append (self->network_list,
                         message_row_new (_("Cannot show the network meetings"), error->message));
  else
    n = g_list_model_get_n_items (meetings);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfMeeting) meeting = g_list_model_get_item (meetings, i);

      gtk_list_box_append (self->network_list, network_row_new (meeting));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->network_list), meetings == NULL || n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_network_label), meetings != NULL && n == 0);
}

/* TfCasePage */

static void
tf_case_meetings_page_reload (TfCasePage *page)
{
  TfCaseMeetingsPage *self = TF_CASE_MEETINGS_PAGE (page);

  if (tf_case_page_get_session (page) == NULL)
    return;
  if (self->staff == NULL)
    load_staff (self);
  show_tasks (self);
  show_decisions (self);
  show_network_meetings (self);
}

/* Tasks and decisions of this case; its status (planning is only offered
 * while it is open); and any meeting, since a meeting's day, status or
 * agenda changes what the decisions and network meetings show while the
 * store names only the meeting. */
static gboolean
tf_case_meetings_page_is_relevant (TfCasePage *page,
                                   const char *entity,
                                   gint64      id)
{
  static const char * const case_entities[] = { "task", "decision", "case", NULL };

  if (entity == NULL || g_str_equal (entity, "meeting"))
    return TRUE;
  return id == tf_case_page_get_case_id (page) && g_strv_contains (case_entities, entity);
}

/* GObject */

static void
tf_case_meetings_page_dispose (GObject *object)
{
  TfCaseMeetingsPage *self = TF_CASE_MEETINGS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), TF_TYPE_CASE_MEETINGS_PAGE);
  g_clear_object (&self->staff);

  G_OBJECT_CLASS (tf_case_meetings_page_parent_class)->dispose (object);
}

static void
tf_case_meetings_page_finalize (GObject *object)
{
  TfCaseMeetingsPage *self = TF_CASE_MEETINGS_PAGE (object);

  g_ptr_array_unref (self->done_rows);

  G_OBJECT_CLASS (tf_case_meetings_page_parent_class)->finalize (object);
}

static void
tf_case_meetings_page_class_init (TfCaseMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TfCasePageClass *page_class = TF_CASE_PAGE_CLASS (klass);

  object_class->dispose = tf_case_meetings_page_dispose;
  object_class->finalize = tf_case_meetings_page_finalize;

  page_class->reload = tf_case_meetings_page_reload;
  page_class->is_relevant = tf_case_meetings_page_is_relevant;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-case-meetings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TfCaseMeetingsPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, TfCaseMeetingsPage, tasks_list);
  gtk_widget_class_bind_template_child (widget_class, TfCaseMeetingsPage, no_tasks_label);
  gtk_widget_class_bind_template_child (widget_class, TfCaseMeetingsPage, done_list);
  gtk_widget_class_bind_template_child (widget_class, TfCaseMeetingsPage, done_expander);
  gtk_widget_class_bind_template_child (widget_class, TfCaseMeetingsPage, what_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseMeetingsPage, what_error);
  gtk_widget_class_bind_template_child (widget_class, TfCaseMeetingsPage, staff_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseMeetingsPage, staff_error);
  gtk_widget_class_bind_template_child (widget_class, TfCaseMeetingsPage, due_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseMeetingsPage, due_error);
  gtk_widget_class_bind_template_child (widget_class, TfCaseMeetingsPage, decisions_list);
  gtk_widget_class_bind_template_child (widget_class, TfCaseMeetingsPage, no_decisions_label);
  gtk_widget_class_bind_template_child (widget_class, TfCaseMeetingsPage, plan_button);
  gtk_widget_class_bind_template_child (widget_class, TfCaseMeetingsPage, network_list);
  gtk_widget_class_bind_template_child (widget_class, TfCaseMeetingsPage, no_network_label);
  gtk_widget_class_bind_template_callback (widget_class, on_due_row_entry_activated_cb);

  gtk_widget_class_install_action (widget_class, "meetings.add-task", NULL, add_task_action);
}

static void
tf_case_meetings_page_init (TfCaseMeetingsPage *self)
{
  g_autoptr(GtkExpression) name = NULL;

  self->done_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  name = gtk_property_expression_new (TF_TYPE_STAFF_MEMBER, NULL, "name");
  adw_combo_row_set_expression (self->staff_row, name);
}

/**
 * tf_case_meetings_page_new:
 *
 * Returns: (transfer floating): a new meetings page for the case
 */
GtkWidget *
tf_case_meetings_page_new (TfSession *session,
                           gint64     case_id)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  return g_object_new (TF_TYPE_CASE_MEETINGS_PAGE, "session", session, "case-id", case_id, NULL);
}
