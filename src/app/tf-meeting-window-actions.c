/* tf-meeting-window-actions.c — what the meeting window's buttons do
 *
 * Closing (after a confirmation that says the minutes lock) and cancelling
 * a meeting, building the agenda, moving, removing and adding items. A
 * refusal of the core shows in full in the window's error bar; what went
 * well says so in a toast. The store's "changed" signal reloads the window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-agenda-add-dialog.h"
#include "tf-agenda-row.h"
#include "tf-meeting-window-private.h"

/* Confirmations */

static AdwMessageDialog *
confirm_new (TfMeetingWindow *self,
             const char      *heading,
             const char      *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading, body));

  adw_message_dialog_add_response (dialog, "keep", _("_Cancel"));
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  return dialog;
}

static void
close_meeting (TfMeetingWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->meeting == NULL)
    return;
  if (!tf_meeting_close (self->session, self->meeting_id, tf_meeting_get_version (self->meeting), &error))
    {
      g_autofree char *text = g_strdup_printf ("%s %s", _("The meeting was not closed."), error->message);

      _tf_meeting_window_show_error (self, text);
      if (g_error_matches (error, TF_ERROR, TF_ERROR_CONFLICT))
        _tf_meeting_window_reload (self);
      return;
    }
  _tf_meeting_window_hide_error (self);
  _tf_meeting_window_toast (self, _("Meeting closed; the minutes are locked"));
  _tf_meeting_window_reload (self);
}

static void
on_close_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      TfMeetingWindow  *self)
{
  if (g_strcmp0 (response, "close") == 0)
    close_meeting (self);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TfMeetingWindow *self = TF_MEETING_WINDOW (widget);
  AdwMessageDialog *dialog;

  /* A disabled action can still be activated by name. */
  if (!_tf_meeting_window_editable (self))
    return;
  /* Closing locks the minutes: what is still being typed must be in first. */
  if (!_tf_meeting_window_save_pending (self))
    return;
  dialog = confirm_new (self, _("Close the Meeting?"),
    _("Closing locks the minutes: no item, decision, task or attendance of this meeting can change afterwards."));

  adw_message_dialog_add_response (dialog, "close", _("C_lose Meeting"));
  adw_message_dialog_set_response_appearance (dialog, "close", ADW_RESPONSE_SUGGESTED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_cancel_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       TfMeetingWindow  *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "cancel-meeting") != 0 || self->meeting == NULL)
    return;
  if (!tf_meeting_cancel (self->session, self->meeting_id, tf_meeting_get_version (self->meeting), &error))
    {
      _tf_meeting_window_show_error (self, error->message);
      return;
    }
  _tf_meeting_window_hide_error (self);
  _tf_meeting_window_toast (self, _("Meeting cancelled"));
  _tf_meeting_window_reload (self);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TfMeetingWindow *self = TF_MEETING_WINDOW (widget);
  AdwMessageDialog *dialog;

  if (!_tf_meeting_window_editable (self))
    return;
  dialog = confirm_new (self, _("Cancel the Meeting?"),
    _("The meeting stays in the list as cancelled, with its agenda and participants. To meet after all, plan a new meeting."));

  adw_message_dialog_set_response_label (dialog, "keep", _("_Keep Meeting"));
  adw_message_dialog_add_response (dialog, "cancel-meeting", _("C_ancel Meeting"));
  adw_message_dialog_set_response_appearance (dialog, "cancel-meeting", ADW_RESPONSE_DESTRUCTIVE);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_cancel_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Agenda actions */

static void
build_agenda_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TfMeetingWindow *self = TF_MEETING_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int n;

  if (!_tf_meeting_window_editable (self))
    return;
  n = tf_agenda_build (self->session, self->meeting_id, &error);
  if (n < 0)
    {
      _tf_meeting_window_show_error (self, error->message);
      return;
    }
  _tf_meeting_window_hide_error (self);
  if (n == 0)
    text = g_strdup (_("No cases are due"));
  else
    text = g_strdup_printf (ngettext ("%d item added", "%d items added", n), n);
  _tf_meeting_window_toast (self, text);
}

static void
move_selected (TfMeetingWindow *self,
               int              delta)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->item_list);
  g_autoptr(GError) error = NULL;
  int position;

  if (!_tf_meeting_window_editable (self) || row == NULL || tf_agenda_row_get_item_id (TF_AGENDA_ROW (row)) == 0)
    return;
  position = tf_agenda_row_get_position (TF_AGENDA_ROW (row)) + delta;
  if (position < 1 || (guint) position > self->n_items)
    return;
  if (!tf_agenda_move (self->session, tf_agenda_row_get_item_id (TF_AGENDA_ROW (row)), position, &error))
    _tf_meeting_window_show_error (self, error->message);
}

static void
move_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  move_selected (TF_MEETING_WINDOW (widget), -1);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  move_selected (TF_MEETING_WINDOW (widget), +1);
}

static void
on_remove_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       TfMeetingWindow  *self)
{
  gint64 item_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "tf-item-id"));
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "remove") != 0)
    return;
  if (!tf_agenda_remove (self->session, item_id, &error))
    {
      _tf_meeting_window_show_error (self, error->message);
      return;
    }
  _tf_meeting_window_hide_error (self);
  _tf_meeting_window_toast (self, _("Item removed"));
}

static void
remove_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TfMeetingWindow *self = TF_MEETING_WINDOW (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->item_list);
  g_autoptr(TfAgendaItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;

  if (!_tf_meeting_window_editable (self) || row == NULL || tf_agenda_row_get_item_id (TF_AGENDA_ROW (row)) == 0)
    return;
  item = tf_agenda_item_load (self->session, tf_agenda_row_get_item_id (TF_AGENDA_ROW (row)), &error);
  if (item == NULL)
    {
      _tf_meeting_window_show_error (self, error->message);
      return;
    }
  /* Translators: %d is the item's number on the agenda */
  heading = g_strdup_printf (_("Remove Item %d?"), tf_agenda_item_get_position (item));
  /* Translators: %s is the item's title */
  body = g_strdup_printf (_("“%s” leaves the agenda, with what its minutes say. The items after it move up."),
                          tf_agenda_item_get_title (item));
  dialog = confirm_new (self, heading, body);
  adw_message_dialog_add_response (dialog, "remove", _("_Remove"));
  adw_message_dialog_set_response_appearance (dialog, "remove", ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data (G_OBJECT (dialog), "tf-item-id", GSIZE_TO_POINTER (tf_agenda_item_get_id (item)));
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_item_added_cb (TfAgendaAddDialog *dialog,
                  gint64             item_id,
                  TfMeetingWindow   *self)
{
  /* Shown once the store's change reloads the agenda. */
  self->selected_item = item_id;
  _tf_meeting_window_hide_error (self);
  _tf_meeting_window_toast (self, _("Item added"));
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TfMeetingWindow *self = TF_MEETING_WINDOW (widget);
  TfAgendaAddDialog *dialog;

  if (!_tf_meeting_window_editable (self))
    return;
  dialog = tf_agenda_add_dialog_new (self->session, self->meeting_id);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "added", G_CALLBACK (on_item_added_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_tf_meeting_window_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.build-agenda", NULL, build_agenda_action);
  gtk_widget_class_install_action (widget_class, "meeting.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "meeting.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "meeting.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "meeting.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "meeting.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "meeting.remove-item", NULL, remove_item_action);
}
