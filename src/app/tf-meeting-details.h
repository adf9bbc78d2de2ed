/* tf-meeting-details.h — a meeting's day, time and place, and who takes part
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_MEETING_DETAILS (tf_meeting_details_get_type ())
G_DECLARE_FINAL_TYPE (TfMeetingDetails, tf_meeting_details, TF, MEETING_DETAILS, GtkWidget)

GtkWidget *tf_meeting_details_new  (TfSession        *session,
                                    gint64            meeting_id);
/* Shows @meeting as just loaded: the form follows it unless the person at
 * the desk has changed a field, the participants are read again, and
 * nothing can be changed unless the meeting is planned. */
void       tf_meeting_details_show (TfMeetingDetails *self,
                                    TfMeeting        *meeting);

G_END_DECLS
