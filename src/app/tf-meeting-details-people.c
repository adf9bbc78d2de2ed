/* tf-meeting-details-people.c — who takes part in a meeting
 *
 * The participants with their attendance in three states (not taken,
 * present, absent: two toggle buttons, and pressing the pressed one again
 * lets go), removing one, and inviting a staff member or a guest. A closed
 * or cancelled meeting shows attendance as words instead of buttons.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-meeting-details-private.h"

/* Participants */

static void
show_participants_error (TfMeetingDetails *self,
                         const char       *message)
{
  gtk_label_set_text (self->participants_error, message ?: "");
  gtk_widget_set_visible (GTK_WIDGET (self->participants_error), message != NULL);
}

static void
on_attendance_toggled_cb (GtkToggleButton  *button,
                          TfMeetingDetails *self)
{
  GtkToggleButton *other = g_object_get_data (G_OBJECT (button), "tf-other");
  gint64 participant_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "tf-participant-id"));
  TfAttendance state = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "tf-state"));
  g_autoptr(GError) error = NULL;

  if (self->filling)
    return;
  /* Pressed again, a pressed button is let go: attendance not taken. */
  if (gtk_toggle_button_get_active (button))
    {
      self->filling = TRUE;
      gtk_toggle_button_set_active (other, FALSE);
      self->filling = FALSE;
    }
  else
    state = TF_ATTENDANCE_UNKNOWN;
  if (!tf_meeting_set_attended (self->session, participant_id, state, &error))
    show_participants_error (self, error->message);
  else
    show_participants_error (self, NULL);
}

static void
on_remove_participant_clicked_cb (GtkButton        *button,
                                  TfMeetingDetails *self)
{
  gint64 participant_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), "tf-participant-id"));
  g_autofree char *name = g_strdup (g_object_get_data (G_OBJECT (button), "tf-name"));
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (!tf_meeting_remove_participant (self->session, participant_id, &error))
    {
      show_participants_error (self, error->message);
      return;
    }
  show_participants_error (self, NULL);
  /* Translators: %s is a person's name */
  text = g_strdup_printf (_("%s is no longer invited"), name);
  _tf_meeting_details_toast (self, text);
}

static GtkWidget *
attendance_button_new (TfMeetingDetails     *self,
                       TfMeetingParticipant *participant,
                       const char           *label,
                       const char           *accessible_name,
                       TfAttendance          state)
{
  GtkWidget *button = gtk_toggle_button_new_with_label (label);
  const char *name = accessible_name;

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button),
                                tf_meeting_participant_get_attended (participant) == state);
  gtk_widget_set_sensitive (button, _tf_meeting_details_editable (self));
  g_object_set_data (G_OBJECT (button), "tf-participant-id",
                     GSIZE_TO_POINTER (tf_meeting_participant_get_id (participant)));
  g_object_set_data (G_OBJECT (button), "tf-state", GINT_TO_POINTER (state));
  return button;
}

static GtkWidget *
participant_row_new (TfMeetingDetails     *self,
                     TfMeetingParticipant *participant)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *present, *absent;
  g_autofree char *present_name = NULL;
  g_autofree char *absent_name = NULL;
  const char *organisation = tf_meeting_participant_get_organisation_name (participant);
  GString *subtitle = g_string_new (organisation);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tf_meeting_participant_get_name (participant));
  if (tf_meeting_participant_get_ad_hoc (participant))
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "",
                            tf_meeting_participant_get_staff_id (participant) != 0
                            ? _("Invited for this meeting") : _("Guest"));
  if (tf_meeting_participant_get_attended (participant) == TF_ATTENDANCE_UNKNOWN && _tf_meeting_details_editable (self))
    g_string_append_printf (subtitle, "%s%s", subtitle->len > 0 ? " · " : "",
                            _("Attendance not taken"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  g_string_free (subtitle, TRUE);

  if (!_tf_meeting_details_editable (self))
    {
      TfAttendance state = tf_meeting_participant_get_attended (participant);
      GtkWidget *label = gtk_label_new (state == TF_ATTENDANCE_YES ? _("Present")
                                        : state == TF_ATTENDANCE_NO ? _("Absent")
                                        : _("Not recorded"));

      if (state != TF_ATTENDANCE_YES)
        gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      return row;
    }

  /* Translators: accessible names of the attendance buttons: "Present: Anders Berg" */
  present_name = g_strdup_printf (_("Present: %s"), tf_meeting_participant_get_name (participant));
  absent_name = g_strdup_printf (_("Absent: %s"), tf_meeting_participant_get_name (participant));
  self->filling = TRUE;
  present = attendance_button_new (self, participant, _("Present"), present_name, TF_ATTENDANCE_YES);
  absent = attendance_button_new (self, participant, _("Absent"), absent_name, TF_ATTENDANCE_NO);
  self->filling = FALSE;
  g_object_set_data (G_OBJECT (present), "tf-other", absent);
  g_object_set_data (G_OBJECT (absent), "tf-other", present);
  g_signal_connect_object (present, "toggled", G_CALLBACK (on_attendance_toggled_cb), self, 0);
  g_signal_connect_object (absent, "toggled", G_CALLBACK (on_attendance_toggled_cb), self, 0);
  gtk_widget_add_css_class (box, "linked");
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), present);
  gtk_box_append (GTK_BOX (box), absent);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);

  if (_tf_meeting_details_editable (self))
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *label = g_strdup_printf (_("Remove %s from the meeting"),
                                                tf_meeting_participant_get_name (participant));

      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data (G_OBJECT (remove), "tf-participant-id",
                         GSIZE_TO_POINTER (tf_meeting_participant_get_id (participant)));
      g_object_set_data_full (G_OBJECT (remove), "tf-name",
                              g_strdup (tf_meeting_participant_get_name (participant)), g_free);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (on_remove_participant_clicked_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
    }
  return row;
}

static gboolean
restore_focus (GtkWidget *widget,
               gpointer   state)
{
  if (GTK_IS_TOGGLE_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "tf-state") == state)
    return gtk_widget_grab_focus (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (restore_focus (child, state))
      return TRUE;
  return FALSE;
}

void
_tf_meeting_details_show_participants (TfMeetingDetails *self)
{
  g_autoptr(GListModel) participants = NULL;
  g_autoptr(GError) error = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gpointer focus_id = NULL, focus_state = NULL;
  GtkWidget *child;
  guint n;

  /* Rows are made anew: a keyboard user taking attendance keeps the focus
   * on the same button. */
  if (focus != NULL && GTK_IS_TOGGLE_BUTTON (focus) &&
      gtk_widget_is_ancestor (focus, GTK_WIDGET (self->participant_list)))
    {
      focus_id = g_object_get_data (G_OBJECT (focus), "tf-participant-id");
      focus_state = g_object_get_data (G_OBJECT (focus), "tf-state");
    }
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->participant_list))) != NULL)
    gtk_list_box_remove (self->participant_list, child);
  participants = tf_meeting_list_participants (self->session, self->meeting_id, &error);
  if (participants == NULL)
    {
      show_participants_error (self, error->message);
      return;
    }
  n = g_list_model_get_n_items (participants);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfMeetingParticipant) participant = g_list_model_get_item (participants, i);

      GtkWidget *row = participant_row_new (self, participant);

      gtk_list_box_append (self->participant_list, row);
      if (focus_id != NULL &&
          GSIZE_TO_POINTER (tf_meeting_participant_get_id (participant)) == focus_id)
        restore_focus (row, focus_state);
    }
  if (n == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nobody is invited yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Invite staff members or guests below."));
      gtk_list_box_append (self->participant_list, row);
    }
}

/* Inviting */

static void
show_invite_error (TfMeetingDetails *self,
                   const char       *message)
{
  gtk_widget_set_visible (GTK_WIDGET (self->invite_error), message != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->invite_error), message ?: "");
}

void
_tf_meeting_details_invite_clicked (TfMeetingDetails *self)
{
  guint selected = adw_combo_row_get_selected (self->staff_row);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  GtkStringObject *name;

  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->staff_ids->len)
    {
      show_invite_error (self, _("Choose the staff member to invite."));
      return;
    }
  if (tf_meeting_invite_staff (self->session, self->meeting_id,
                               g_array_index (self->staff_ids, gint64, selected), &error) == 0)
    {
      show_invite_error (self, error->message);
      return;
    }
  show_invite_error (self, NULL);
  name = adw_combo_row_get_selected_item (self->staff_row);
  /* Translators: %s is a staff member's name */
  text = g_strdup_printf (_("%s invited"), gtk_string_object_get_string (name));
  _tf_meeting_details_toast (self, text);
}

void
_tf_meeting_details_guest_clicked (TfMeetingDetails *self)
{
  guint selected = adw_combo_row_get_selected (self->guest_organisation_row);
  gint64 organisation_id = selected < self->organisation_ids->len
                           ? g_array_index (self->organisation_ids, gint64, selected) : 0;
  g_autofree char *name = _tf_meeting_details_dup_text (self->guest_name_row);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (tf_meeting_invite_guest (self->session, self->meeting_id, name, organisation_id, &error) == 0)
    {
      show_invite_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->guest_name_row));
      return;
    }
  show_invite_error (self, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->guest_name_row), "");
  adw_combo_row_set_selected (self->guest_organisation_row, 0);
  adw_expander_row_set_expanded (self->guest_row, FALSE);
  /* Translators: %s is a guest's name */
  text = g_strdup_printf (_("%s invited"), name);
  _tf_meeting_details_toast (self, text);
}

/* The choices for inviting, read once: staff and organisations change
 * rarely, and a stale one is refused by the core with a message. */
void
_tf_meeting_details_load_choices (TfMeetingDetails *self)
{
  g_autoptr(GListModel) staff = tf_staff_member_list_active (self->session, NULL);
  g_autoptr(GListModel) organisations = tf_organisation_list (self->session, NULL);
  g_autoptr(GtkStringList) staff_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) organisation_names = gtk_string_list_new (NULL);
  gint64 none = 0;

  for (guint i = 0; staff != NULL && i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TfStaffMember) member = g_list_model_get_item (staff, i);
      gint64 id = tf_staff_member_get_id (member);
      const char *organisation = tf_staff_member_get_organisation (member);
      g_autofree char *label = organisation != NULL
        ? g_strdup_printf ("%s (%s)", tf_staff_member_get_name (member), organisation)
        : g_strdup (tf_staff_member_get_name (member));

      g_array_append_val (self->staff_ids, id);
      gtk_string_list_append (staff_names, label);
    }
  adw_combo_row_set_model (self->staff_row, G_LIST_MODEL (staff_names));

  g_array_append_val (self->organisation_ids, none);
  gtk_string_list_append (organisation_names, _("No organisation"));
  for (guint i = 0; organisations != NULL && i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr(TfOrganisation) organisation = g_list_model_get_item (organisations, i);
      gint64 id = tf_organisation_get_id (organisation);

      g_array_append_val (self->organisation_ids, id);
      gtk_string_list_append (organisation_names, tf_organisation_get_name (organisation));
    }
  adw_combo_row_set_model (self->guest_organisation_row, G_LIST_MODEL (organisation_names));
}

