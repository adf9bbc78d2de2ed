/* tf-meeting-details-private.h — what the meeting details' files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-meeting-details.h"

G_BEGIN_DECLS

struct _TfMeetingDetails
{
  GtkWidget       parent_instance;

  /* Template widgets */
  GtkWidget      *scrolled_window;
  GtkWidget      *save_button;
  GtkWidget      *meeting_group;
  GtkWidget      *summary_group;
  AdwActionRow   *summary_title;
  AdwActionRow   *summary_when;
  AdwActionRow   *summary_place;
  AdwPreferencesGroup *participants_group;
  AdwActionRow   *case_row;
  AdwEntryRow    *title_row;
  AdwActionRow   *title_error;
  AdwEntryRow    *held_on_row;
  AdwActionRow   *held_on_error;
  AdwEntryRow    *start_row;
  AdwActionRow   *start_error;
  AdwEntryRow    *end_row;
  AdwActionRow   *end_error;
  AdwEntryRow    *place_row;
  GtkListBox     *participant_list;
  GtkLabel       *participants_error;
  GtkWidget      *invite_group;
  AdwComboRow    *staff_row;
  AdwExpanderRow *guest_row;
  AdwEntryRow    *guest_name_row;
  AdwComboRow    *guest_organisation_row;
  AdwActionRow   *invite_error;

  /* Owned */
  TfSession      *session;
  gint64          meeting_id;
  TfMeeting      *original;        /* the version the form started from */
  GArray         *staff_ids;       /* gint64, in staff_row's order */
  GArray         *organisation_ids;/* gint64, in guest_organisation_row's order; 0 first */
  gboolean        filling;         /* the form is being filled, not typed in */
};

gboolean _tf_meeting_details_editable          (TfMeetingDetails *self);
void     _tf_meeting_details_toast             (TfMeetingDetails *self,
                                                const char       *text);
/* NULL for a blank field */
char    *_tf_meeting_details_dup_text          (AdwEntryRow      *row);

/* tf-meeting-details-people.c: the participants and inviting */
void     _tf_meeting_details_show_participants (TfMeetingDetails *self);
void     _tf_meeting_details_load_choices      (TfMeetingDetails *self);
void     _tf_meeting_details_invite_clicked    (TfMeetingDetails *self);
void     _tf_meeting_details_guest_clicked     (TfMeetingDetails *self);

G_END_DECLS
