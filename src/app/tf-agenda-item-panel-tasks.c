/* tf-agenda-item-panel-tasks.c — the agenda item panel's follow-up tasks:
 * the list with done checks, and the "Add task" form
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "tf-agenda-item-panel-private.h"
#include "tf-conflict-dialog.h"

/* Without a next taskforce meeting planned, a task is due this many days
 * after the meeting: the taskforce's usual rhythm. */
#define DEFAULT_DUE_DAYS 14

/* "2026-12-03" → "3.12.2026", the way users type dates. */
static char *
typed_date (const char *iso)
{
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3)
    return g_strdup ("");
  return g_strdup_printf ("%d.%d.%d", d, m, y);
}

/* The next taskforce meeting's day after this one, else two weeks on: the
 * day the taskforce would look at the task again. */
static char *
default_due_on (TfAgendaItemPanel *self)
{
  const char *held_on = tf_agenda_item_get_meeting_held_on (self->item);
  g_autoptr(TfMeeting) next = NULL;
  GDate date;
  char iso[11];

  next = tf_meeting_next (self->session, "taskforce", held_on, NULL);
  if (next != NULL)
    return g_strdup (tf_meeting_get_held_on (next));
  g_date_clear (&date, 1);
  if (held_on != NULL)
    g_date_set_parse (&date, held_on);
  if (!g_date_valid (&date))
    {
      g_autofree char *today = tf_today_iso ();
      g_date_set_parse (&date, today);
    }
  g_date_add_days (&date, DEFAULT_DUE_DAYS);
  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &date);
  return g_strdup (iso);
}

static void
show_field_error (AdwActionRow *row,
                  const char   *message)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (row), message != NULL);
}

static void
clear_errors (TfAgendaItemPanel *self)
{
  show_field_error (self->what_error, NULL);
  show_field_error (self->who_error, NULL);
  show_field_error (self->due_error, NULL);
  show_field_error (self->add_error, NULL);
}

/* Who: the session's own staff member when active, else the first. */
static void
reset_form (TfAgendaItemPanel *self)
{
  g_autofree char *due = default_due_on (self);
  g_autofree char *typed = typed_date (due);
  gint64 me = tf_session_get_staff_id (self->session);
  guint n = self->staff != NULL ? g_list_model_get_n_items (self->staff) : 0;

  gtk_editable_set_text (GTK_EDITABLE (self->what_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->due_row), typed);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfStaffMember) member = g_list_model_get_item (self->staff, i);
      if (tf_staff_member_get_id (member) == me)
        {
          adw_combo_row_set_selected (self->who_row, i);
          return;
        }
    }
  adw_combo_row_set_selected (self->who_row, n > 0 ? 0 : GTK_INVALID_LIST_POSITION);
}

void
_tf_agenda_item_panel_setup_tasks (TfAgendaItemPanel *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkExpression) name = gtk_property_expression_new (TF_TYPE_STAFF_MEMBER, NULL, "name");

  self->staff = tf_staff_member_list_active (self->session, &error);
  if (self->staff == NULL)
    self->staff = G_LIST_MODEL (g_list_store_new (TF_TYPE_STAFF_MEMBER));
  adw_combo_row_set_expression (self->who_row, name);
  adw_combo_row_set_model (self->who_row, self->staff);
  reset_form (self);
  if (error != NULL)
    show_field_error (self->who_error, error->message);
}

/* The list */

static void task_toggled_cb (GtkCheckButton *check, TfAgendaItemPanel *self);

typedef struct
{
  GWeakRef   panel;
  TfSession *session;
  gint64     task_id;
  gint64     fresh_version;
  gboolean   done;          /* what this desk wanted */
} TaskConflict;

static void
task_conflict_free (gpointer data)
{
  TaskConflict *c = data;

  g_weak_ref_clear (&c->panel);
  g_clear_object (&c->session);
  g_free (c);
}

static char *
done_state (TfTask *task)
{
  g_autofree char *day = NULL;

  if (tf_task_get_done_on (task) == NULL)
    return g_strdup (_("not done"));
  day = tf_format_date (tf_task_get_done_on (task));
  /* Translators: "done 3. dec. 2025 by Mette Holm" */
  return g_strdup_printf (_("done %s by %s"), day,
                          tf_task_get_done_by_name (task) != NULL ? tf_task_get_done_by_name (task) : "—");
}

static void
on_task_conflict_response_cb (AdwMessageDialog *dialog,
                              const char       *response,
                              TaskConflict     *c)
{
  g_autoptr(TfAgendaItemPanel) self = g_weak_ref_get (&c->panel);
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, TF_CONFLICT_MINE) &&
      !tf_task_set_done (c->session, c->task_id, c->fresh_version, c->done, &error) &&
      self != NULL)
    _tf_agenda_item_panel_toast (self, error->message);
  /* Keep and theirs both show the task as it is stored now. */
  if (self != NULL)
    _tf_agenda_item_panel_load_tasks (self);
}

static void
show_task_conflict (TfAgendaItemPanel *self,
                    TfTask            *mine,
                    gboolean           done)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfTask) fresh = tf_task_load (self->session, tf_task_get_id (mine), &error);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *line = NULL;
  g_autofree char *who = NULL;
  const char *changes[2] = { NULL, NULL };
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  TaskConflict *c;
  GtkWidget *dialog;

  if (fresh == NULL)
    {
      _tf_agenda_item_panel_toast (self, error->message);
      _tf_agenda_item_panel_load_tasks (self);
      return;
    }
  before = done_state (mine);
  after = done_state (fresh);
  if (g_strcmp0 (before, after) != 0)
    changes[0] = line = g_strdup_printf (_("Done: %s → %s"), before, after);
  who = tf_audit_describe_last_change (self->session, "task", tf_task_get_id (mine),
                                       tf_task_get_case_id (mine));
  dialog = tf_conflict_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Someone else changed this task"), who, changes);
  c = g_new0 (TaskConflict, 1);
  g_weak_ref_init (&c->panel, self);
  c->session = g_object_ref (self->session);
  c->task_id = tf_task_get_id (mine);
  c->fresh_version = tf_task_get_version (fresh);
  c->done = done;
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_task_conflict_response_cb),
                         c, (GClosureNotify) (void (*) (void)) task_conflict_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
task_toggled_cb (GtkCheckButton    *check,
                 TfAgendaItemPanel *self)
{
  TfTask *task = g_object_get_data (G_OBJECT (check), "task");
  gboolean done = gtk_check_button_get_active (check);
  g_autoptr(GError) error = NULL;

  /* Success reloads the list through the store's "changed" signal. */
  if (tf_task_set_done (self->session, tf_task_get_id (task), tf_task_get_version (task),
                        done, &error))
    return;
  if (g_error_matches (error, TF_ERROR, TF_ERROR_CONFLICT))
    show_task_conflict (self, task, done);
  else
    {
      _tf_agenda_item_panel_toast (self, error->message);
      _tf_agenda_item_panel_load_tasks (self);
    }
}

static GtkWidget *
task_row (TfAgendaItemPanel *self,
          TfTask            *task)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *due = tf_format_date (tf_task_get_due_on (task));
  g_autofree char *subtitle = NULL;
  g_autofree char *check_label = NULL;
  const char *who = tf_task_get_staff_name (task) != NULL ? tf_task_get_staff_name (task) : "—";

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tf_task_get_what (task));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  if (tf_task_get_done_on (task) != NULL)
    {
      g_autofree char *state = done_state (task);
      /* Translators: "Anders Berg · due 3. dec. 2025 · done 4. dec. 2025 by Mette Holm" */
      subtitle = g_strdup_printf (_("%s · due %s · %s"), who, due, state);
    }
  else
    /* Translators: "Anders Berg · due 3. dec. 2025" */
    subtitle = g_strdup_printf (_("%s · due %s"), who, due);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), tf_task_get_done_on (task) != NULL);
  /* Translators: the accessible name of a task's check button */
  check_label = g_strdup_printf (_("Done: %s"), tf_task_get_what (task));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  check_label, -1);
  gtk_widget_set_tooltip_text (check, _("Mark as done"));
  g_object_set_data_full (G_OBJECT (check), "task", g_object_ref (task), g_object_unref);
  g_signal_connect_object (check, "toggled", G_CALLBACK (task_toggled_cb), self, 0);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  /* Overdue says so in words with the icon: colour is never the only sign. */
  if (tf_task_is_overdue (task, NULL))
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      GtkWidget *label = gtk_label_new (_("Overdue"));

      gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Overdue"), -1);
      gtk_box_append (GTK_BOX (box), icon);
      gtk_box_append (GTK_BOX (box), label);
      gtk_widget_add_css_class (box, "error");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
    }
  return row;
}

void
_tf_agenda_item_panel_load_tasks (TfAgendaItemPanel *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) tasks = tf_task_list_for_agenda_item (self->session, self->item_id, &error);
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tasks_list))) != NULL)
    gtk_list_box_remove (self->tasks_list, child);
  if (tasks == NULL)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), error->message);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_list_box_append (self->tasks_list, row);
      return;
    }
  n = g_list_model_get_n_items (tasks);
  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No tasks for this item yet"));
      gtk_widget_add_css_class (row, "dim-label");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_list_box_append (self->tasks_list, row);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfTask) task = g_list_model_get_item (tasks, i);
      gtk_list_box_append (self->tasks_list, task_row (self, task));
    }
}

/* Adding */

void
_tf_agenda_item_panel_add_task_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter)
{
  TfAgendaItemPanel *self = TF_AGENDA_ITEM_PANEL (widget);
  g_autofree char *what = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->what_row))));
  const char *due_text = gtk_editable_get_text (GTK_EDITABLE (self->due_row));
  const char *held_on = tf_agenda_item_get_meeting_held_on (self->item);
  guint position = adw_combo_row_get_selected (self->who_row);
  g_autoptr(TfStaffMember) who = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *due = NULL;
  TfTaskDraft draft = { 0 };
  gboolean ok = TRUE;

  if (!self->minutes_editable)
    return;
  clear_errors (self);
  /* Each mistake is said under the field that holds it; the core checks
   * the same rules again and anything else it refuses shows under the form. */
  if (*what == '\0')
    {
      show_field_error (self->what_error, _("What: write what is to be done."));
      ok = FALSE;
    }
  if (position != GTK_INVALID_LIST_POSITION)
    who = g_list_model_get_item (self->staff, position);
  if (who == NULL)
    {
      show_field_error (self->who_error, _("Who: choose the staff member who does it."));
      ok = FALSE;
    }
  if (due_text == NULL || *due_text == '\0')
    {
      show_field_error (self->due_error, _("Due: write the day it must be done by."));
      ok = FALSE;
    }
  else if ((due = tf_parse_user_date (due_text, &error)) == NULL)
    {
      show_field_error (self->due_error, error->message);
      ok = FALSE;
    }
  else if (held_on != NULL && g_strcmp0 (due, held_on) < 0)
    {
      g_autofree char *day = tf_format_date (held_on);
      g_autofree char *message = NULL;

      /* Translators: %s is a date like "3. dec. 2025" */
      message = g_strdup_printf (_("Due: not before the meeting, %s."), day);
      show_field_error (self->due_error, message);
      ok = FALSE;
    }
  if (!ok)
    return;

  g_clear_error (&error);
  draft.case_id = tf_agenda_item_get_case_id (self->item);
  draft.agenda_item_id = self->item_id;
  draft.what = what;
  draft.staff_id = tf_staff_member_get_id (who);
  draft.due_on = due;
  if (tf_task_add (self->session, &draft, &error) == 0)
    {
      show_field_error (self->add_error, error->message);
      return;
    }
  reset_form (self);
  _tf_agenda_item_panel_toast (self, _("Task added"));
}
