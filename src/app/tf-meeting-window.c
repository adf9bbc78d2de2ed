/* tf-meeting-window.c — one meeting: its details, participants and agenda,
 * in a window of its own
 *
 * The header says which meeting it is, when and where, and where it stands;
 * the sidebar holds "Meeting and participants" and then the agenda items in
 * order, which the coordinator reorders (drag and drop, or Move up / Move
 * down for the keyboard and screen readers), adds and removes. The window
 * follows the store: when this meeting, its participants or its agenda
 * change (here or at another desk) it reloads, keeping the item shown.
 * Closed and cancelled meetings are read-only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-agenda-item-panel.h"
#include "tf-agenda-row.h"
#include "tf-meeting-details.h"
#include "tf-meeting-window-private.h"

enum {
  PROP_0,
  PROP_SESSION,
  PROP_MEETING_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TfMeetingWindow, tf_meeting_window, ADW_TYPE_WINDOW)

gboolean
_tf_meeting_window_editable (TfMeetingWindow *self)
{
  return self->meeting != NULL && tf_meeting_get_status (self->meeting) == TF_MEETING_PLANNED;
}

/* Messages */

void
_tf_meeting_window_toast (TfMeetingWindow *self,
                          const char      *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/* A refusal of the core, in full, above everything: it says what to fix. */
void
_tf_meeting_window_show_error (TfMeetingWindow *self,
                               const char      *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_info_bar_set_revealed (self->error_bar, TRUE);
}

void
_tf_meeting_window_hide_error (TfMeetingWindow *self)
{
  gtk_info_bar_set_revealed (self->error_bar, FALSE);
  gtk_label_set_text (self->error_label, "");
}

static void
on_error_bar_response_cb (GtkInfoBar      *bar,
                          int              response,
                          TfMeetingWindow *self)
{
  _tf_meeting_window_hide_error (self);
}

/* Header */

static const char * const weekdays[] = {
  NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
  NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
  NC_("weekday", "Sunday"),
};

/* "Tuesday 24. nov. 2026 at 13:00–15:00" */
static char *
format_when (TfMeeting *meeting)
{
  g_autofree char *day = tf_format_date (tf_meeting_get_held_on (meeting));
  g_autofree char *times = NULL;
  const char *weekday = "";
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_parse (&date, tf_meeting_get_held_on (meeting));
  if (g_date_valid (&date))
    weekday = g_dpgettext2 (NULL, "weekday", weekdays[g_date_get_weekday (&date) - 1]);
  times = tf_meeting_dup_time_range (meeting);
  /* Translators: weekday, date and time of a meeting: "tirsdag 24. nov. 2026 kl. 13.00–15.00" */
  return g_strdup_printf (_("%s %s at %s"), weekday, day, times);
}

static char *
format_closed (TfMeeting *meeting)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (tf_meeting_get_closed_at (meeting));
  g_autofree char *iso = g_date_time_format (when, "%Y-%m-%d");
  g_autofree char *day = tf_format_date (iso);
  g_autofree char *clock = g_date_time_format (when, "%H:%M");
  const char *who = tf_meeting_get_closed_by_name (meeting);

  if (who != NULL && *who != '\0')
    /* Translators: "Closed by Mette Holm on 3. dec. 2026 at 15:12." */
    return g_strdup_printf (_("Closed by %s on %s at %s."), who, day, clock);
  /* Translators: "Closed on 3. dec. 2026 at 15:12." */
  return g_strdup_printf (_("Closed on %s at %s."), day, clock);
}

static void
show_header (TfMeetingWindow *self)
{
  TfMeeting *meeting = self->meeting;
  g_autofree char *title = tf_meeting_dup_display_title (meeting);
  g_autofree char *when = format_when (meeting);
  GString *subtitle = g_string_new (when);
  const char *place = tf_meeting_get_place (meeting);

  if (place != NULL && *place != '\0')
    g_string_append_printf (subtitle, " · %s", place);
  g_string_append_printf (subtitle, " · %s", tf_meeting_status_label (tf_meeting_get_status (meeting)));

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle->str);
  g_string_free (subtitle, TRUE);

  switch (tf_meeting_get_status (meeting))
    {
    case TF_MEETING_CLOSED:
      {
        g_autofree char *closed = format_closed (meeting);
        g_autofree char *text = g_strdup_printf ("%s %s", _("The minutes are closed and locked."), closed);

        gtk_label_set_text (self->state_label, text);
        gtk_info_bar_set_revealed (self->state_bar, TRUE);
      }
      break;
    case TF_MEETING_CANCELLED:
      gtk_label_set_text (self->state_label,
                          _("This meeting is cancelled. Its agenda and participants are kept as they were."));
      gtk_info_bar_set_revealed (self->state_bar, TRUE);
      break;
    case TF_MEETING_PLANNED:
    default:
      gtk_info_bar_set_revealed (self->state_bar, FALSE);
      break;
    }
}

/* Actions follow the meeting's state and the selected item. */
static void
update_actions (TfMeetingWindow *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->item_list);
  gboolean can_edit = _tf_meeting_window_editable (self);
  int position = row != NULL ? tf_agenda_row_get_position (TF_AGENDA_ROW (row)) : 0;
  gboolean network = self->meeting != NULL &&
                     g_strcmp0 (tf_meeting_get_kind (self->meeting), "network") == 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.build-agenda", can_edit && !network);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.close", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.cancel", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.add-item", can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.move-up", can_edit && position > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.move-down",
                                 can_edit && position > 0 && (guint) position < self->n_items);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.remove-item", can_edit && position > 0);

  /* A network meeting's agenda is written by hand: no builder to offer. */
  gtk_widget_set_visible (self->build_button, can_edit && !network);
  gtk_widget_set_visible (self->close_button, can_edit);
  gtk_widget_set_visible (self->agenda_tools, can_edit);
  /* A cancelled meeting has no minutes to export or print. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.export-minutes",
                                 self->meeting != NULL &&
                                 tf_meeting_get_status (self->meeting) != TF_MEETING_CANCELLED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meeting.print",
                                 self->meeting != NULL &&
                                 tf_meeting_get_status (self->meeting) != TF_MEETING_CANCELLED);
  gtk_widget_set_visible (self->menu_button, self->meeting != NULL &&
                          tf_meeting_get_status (self->meeting) != TF_MEETING_CANCELLED);
}

gboolean
_tf_meeting_window_save_pending (TfMeetingWindow *self)
{
  GtkWidget *panel = adw_bin_get_child (self->item_bin);

  if (panel == NULL || !TF_IS_AGENDA_ITEM_PANEL (panel))
    return TRUE;
  return tf_agenda_item_panel_save_pending (TF_AGENDA_ITEM_PANEL (panel));
}

/* The pane */

static void
show_pane (TfMeetingWindow *self,
           gint64           item_id)
{
  if (item_id == 0)
    {
      gtk_stack_set_visible_child_name (self->pane_stack, "details");
      return;
    }
  /* The item panel follows the store by itself: only a new item needs a
   * new panel. */
  if (item_id != self->shown_item)
    {
      adw_bin_set_child (self->item_bin, tf_agenda_item_panel_new (self->session, item_id));
      self->shown_item = item_id;
    }
  gtk_stack_set_visible_child_name (self->pane_stack, "item");
}

static void
on_item_list_row_selected_cb (GtkListBox      *list,
                              GtkListBoxRow   *row,
                              TfMeetingWindow *self)
{
  if (row == NULL || self->rebuilding)
    return;
  self->selected_item = tf_agenda_row_get_item_id (TF_AGENDA_ROW (row));
  show_pane (self, self->selected_item);
  update_actions (self);
  /* On a narrow window the sidebar covers the pane: get it out of the way. */
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

/* Drag and drop: an item dropped on another takes its place. */

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    TfAgendaRow   *row)
{
  return gdk_content_provider_new_typed (G_TYPE_INT64, tf_agenda_row_get_item_id (row));
}

static void
on_drag_begin_cb (GtkDragSource *source,
                  GdkDrag       *drag,
                  TfAgendaRow   *row)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (GTK_WIDGET (row));

  gtk_drag_source_set_icon (source, icon, 0, 0);
}

static gboolean
has_item (TfMeetingWindow *self,
          gint64           item_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->item_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (TF_IS_AGENDA_ROW (child) && tf_agenda_row_get_item_id (TF_AGENDA_ROW (child)) == item_id)
      return TRUE;
  return FALSE;
}

static gboolean
on_drop_cb (GtkDropTarget *target,
            const GValue  *value,
            double         x,
            double         y,
            TfAgendaRow   *row)
{
  TfMeetingWindow *self = TF_MEETING_WINDOW (gtk_widget_get_root (GTK_WIDGET (row)));
  gint64 item_id = g_value_get_int64 (value);
  g_autoptr(GError) error = NULL;

  /* Only this agenda's items: another meeting window's drag is not ours. */
  if (item_id == tf_agenda_row_get_item_id (row) || !_tf_meeting_window_editable (self) ||
      !has_item (self, item_id))
    return FALSE;
  if (!tf_agenda_move (self->session, item_id, tf_agenda_row_get_position (row), &error))
    {
      _tf_meeting_window_show_error (self, error->message);
      return FALSE;
    }
  self->selected_item = item_id;
  return TRUE;
}

static void
add_drag_and_drop (TfMeetingWindow *self,
                   GtkWidget       *row)
{
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INT64, GDK_ACTION_MOVE);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), row);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (on_drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
}

/* The sidebar */

static void
rebuild_items (TfMeetingWindow *self)
{
  g_autoptr(GListModel) items = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean had_focus = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->item_list));
  GtkWidget *child, *select = NULL, *meeting_row;

  items = tf_agenda_list (self->session, self->meeting_id, &error);
  if (items == NULL)
    {
      _tf_meeting_window_show_error (self, error->message);
      return;
    }

  self->rebuilding = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->item_list))) != NULL)
    gtk_list_box_remove (self->item_list, child);

  meeting_row = tf_agenda_row_new (NULL);
  gtk_list_box_append (self->item_list, meeting_row);
  self->n_items = g_list_model_get_n_items (items);
  for (guint i = 0; i < self->n_items; i++)
    {
      g_autoptr(TfAgendaItem) item = g_list_model_get_item (items, i);
      GtkWidget *row = tf_agenda_row_new (item);

      if (_tf_meeting_window_editable (self))
        add_drag_and_drop (self, row);
      gtk_list_box_append (self->item_list, row);
      if (tf_agenda_item_get_id (item) == self->selected_item)
        select = row;
    }
  gtk_widget_set_visible (self->empty_label, self->n_items == 0);
  if (!_tf_meeting_window_editable (self))
    gtk_label_set_text (GTK_LABEL (self->empty_label), _("This meeting has no agenda."));
  else if (g_strcmp0 (tf_meeting_get_kind (self->meeting), "network") == 0)
    gtk_label_set_text (GTK_LABEL (self->empty_label), _("No items yet. Add what the network meeting is to talk about."));
  else
    gtk_label_set_text (GTK_LABEL (self->empty_label),
                        _("No items yet. Build the agenda from the cases that are due, or add an item."));

  /* The item shown stays shown; one that left the agenda gives way to the
   * meeting itself. */
  if (select == NULL)
    {
      select = meeting_row;
      self->selected_item = 0;
    }
  gtk_list_box_select_row (self->item_list, GTK_LIST_BOX_ROW (select));
  self->rebuilding = FALSE;
  show_pane (self, self->selected_item);
  if (self->selected_item != self->shown_item && self->shown_item != 0)
    {
      adw_bin_set_child (self->item_bin, NULL);
      self->shown_item = 0;
    }
  if (had_focus)
    gtk_widget_grab_focus (select);
}

/* Loading */

void
_tf_meeting_window_reload (TfMeetingWindow *self)
{
  g_autoptr(GError) error = NULL;
  TfMeeting *meeting = tf_meeting_load (self->session, self->meeting_id, &error);

  if (meeting == NULL)
    {
      g_autofree char *description = g_markup_escape_text (error->message, -1);

      g_clear_object (&self->meeting);
      adw_status_page_set_description (self->error_page, description);
      gtk_stack_set_visible_child_name (self->content_stack, "error");
      update_actions (self);
      return;
    }
  g_clear_object (&self->meeting);
  self->meeting = meeting;
  show_header (self);
  tf_meeting_details_show (self->details, meeting);
  rebuild_items (self);
  update_actions (self);
  gtk_stack_set_visible_child_name (self->content_stack, "meeting");
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  TfMeetingWindow *self = user_data;

  self->reload_idle = 0;
  _tf_meeting_window_reload (self);
  return G_SOURCE_REMOVE;
}

/* One change emits "changed" for several things; reload once for all. */
static void
on_store_changed_cb (TfStore         *store,
                     const char      *entity,
                     gint64           id,
                     TfMeetingWindow *self)
{
  gboolean ours = entity == NULL ||
                  (g_str_equal (entity, "meeting") && (id == self->meeting_id || id == 0)) ||
                  /* the closing staff member's name, a case's young person */
                  g_str_equal (entity, "staff-member") || g_str_equal (entity, "young-person");

  /* Before the next frame: the agenda never shows an order it no longer has. */
  if (ours && self->reload_idle == 0)
    self->reload_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reload_idle_cb, self, NULL);
}

static void
toggle_agenda_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  TfMeetingWindow *self = TF_MEETING_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

/* GObject */

static void
tf_meeting_window_constructed (GObject *object)
{
  TfMeetingWindow *self = TF_MEETING_WINDOW (object);

  G_OBJECT_CLASS (tf_meeting_window_parent_class)->constructed (object);

  if (self->session == NULL)
    return;   /* only the template test builds one without a session */

  self->details = TF_MEETING_DETAILS (tf_meeting_details_new (self->session, self->meeting_id));
  adw_bin_set_child (self->details_bin, GTK_WIDGET (self->details));
  g_signal_connect_object (tf_session_get_store (self->session), "changed",
                           G_CALLBACK (on_store_changed_cb), self, 0);
  _tf_meeting_window_reload (self);
}

static void
tf_meeting_window_dispose (GObject *object)
{
  TfMeetingWindow *self = TF_MEETING_WINDOW (object);

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (tf_session_get_store (self->session), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_MEETING_WINDOW);
  g_clear_object (&self->meeting);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tf_meeting_window_parent_class)->dispose (object);
}

static void
tf_meeting_window_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TfMeetingWindow *self = TF_MEETING_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_meeting_window_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TfMeetingWindow *self = TF_MEETING_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_MEETING_ID:
      self->meeting_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_meeting_window_class_init (TfMeetingWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tf_meeting_window_constructed;
  object_class->dispose = tf_meeting_window_dispose;
  object_class->get_property = tf_meeting_window_get_property;
  object_class->set_property = tf_meeting_window_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-meeting-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TfMeetingWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingWindow, build_button);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingWindow, close_button);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingWindow, state_bar);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingWindow, state_label);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingWindow, error_bar);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingWindow, item_list);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingWindow, empty_label);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingWindow, agenda_tools);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingWindow, pane_stack);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingWindow, details_bin);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingWindow, item_bin);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingWindow, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_item_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_error_bar_response_cb);

  _tf_meeting_window_install_actions (widget_class);
  _tf_meeting_window_install_export_actions (widget_class);
  gtk_widget_class_install_action (widget_class, "meeting.toggle-agenda", NULL, toggle_agenda_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "meeting.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "meeting.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "meeting.toggle-agenda", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
tf_meeting_window_init (TfMeetingWindow *self)
{
  GtkWidget *dismiss;

  gtk_widget_init_template (GTK_WIDGET (self));
  dismiss = gtk_info_bar_add_button (self->error_bar, _("_Dismiss"), GTK_RESPONSE_CLOSE);
  /* Without this a screen reader hears the mnemonic too ("_Dismiss Dismiss"). */
  gtk_accessible_update_property (GTK_ACCESSIBLE (dismiss), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Dismiss"), -1);
}

/**
 * tf_meeting_window_new:
 * @application: (nullable): the application the window belongs to
 *
 * Returns: (transfer none): a new window showing the meeting
 */
TfMeetingWindow *
tf_meeting_window_new (GtkApplication *application,
                       TfSession      *session,
                       gint64          meeting_id)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  return g_object_new (TF_TYPE_MEETING_WINDOW,
                       "application", application,
                       "session", session,
                       "meeting-id", meeting_id,
                       NULL);
}

gint64
tf_meeting_window_get_meeting_id (TfMeetingWindow *self)
{
  g_return_val_if_fail (TF_IS_MEETING_WINDOW (self), 0);
  return self->meeting_id;
}

gint64
tf_meeting_window_get_selected_item (TfMeetingWindow *self)
{
  g_return_val_if_fail (TF_IS_MEETING_WINDOW (self), 0);
  return self->selected_item;
}

gboolean
tf_meeting_window_select_item (TfMeetingWindow *self,
                               gint64           item_id)
{
  g_return_val_if_fail (TF_IS_MEETING_WINDOW (self), FALSE);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->item_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (TF_IS_AGENDA_ROW (child) && tf_agenda_row_get_item_id (TF_AGENDA_ROW (child)) == item_id)
      {
        gtk_list_box_select_row (self->item_list, GTK_LIST_BOX_ROW (child));
        return TRUE;
      }
  return FALSE;
}
