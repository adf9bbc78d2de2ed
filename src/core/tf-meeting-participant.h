/* tf-meeting-participant.h — who is invited to a meeting, and who came
 *
 * Writes emit ("meeting", meeting id); audit entity "meeting_participant".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-session.h"

G_BEGIN_DECLS

typedef enum
{
  TF_ATTENDANCE_UNKNOWN,   /* attendance not taken yet */
  TF_ATTENDANCE_YES,
  TF_ATTENDANCE_NO,
} TfAttendance;

#define TF_TYPE_MEETING_PARTICIPANT (tf_meeting_participant_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfMeetingParticipant, tf_meeting_participant, TF, MEETING_PARTICIPANT, GObject)

/* Read-only properties: "id", "meeting-id", "staff-id", "organisation-id"
 * (int64), "name", "organisation-name" (string), "ad-hoc" (boolean),
 * "attended" (int, TfAttendance). */
TF_AVAILABLE_IN_ALL
gint64        tf_meeting_participant_get_id                (TfMeetingParticipant *self);
TF_AVAILABLE_IN_ALL
gint64        tf_meeting_participant_get_meeting_id        (TfMeetingParticipant *self);
/* 0 for a guest who is not staff */
TF_AVAILABLE_IN_ALL
gint64        tf_meeting_participant_get_staff_id          (TfMeetingParticipant *self);
/* The staff member's name, or the guest's name as written */
TF_AVAILABLE_IN_ALL
const char   *tf_meeting_participant_get_name              (TfMeetingParticipant *self);
TF_AVAILABLE_IN_ALL
gint64        tf_meeting_participant_get_organisation_id   (TfMeetingParticipant *self);
TF_AVAILABLE_IN_ALL
const char   *tf_meeting_participant_get_organisation_name (TfMeetingParticipant *self);
TF_AVAILABLE_IN_ALL
gboolean      tf_meeting_participant_get_ad_hoc            (TfMeetingParticipant *self);
TF_AVAILABLE_IN_ALL
TfAttendance  tf_meeting_participant_get_attended          (TfMeetingParticipant *self);

/* The participants of a meeting: fixed members first, then ad hoc, each by
 * name. */
TF_AVAILABLE_IN_ALL
GListModel   *tf_meeting_list_participants    (TfSession   *session,
                                               gint64       meeting_id,
                                               GError     **error);
/* Invites a staff member as an ad hoc member (fixed members are invited
 * when the meeting is planned). Refused when already invited.
 * Returns: the participant's id, 0 on failure */
TF_AVAILABLE_IN_ALL
gint64        tf_meeting_invite_staff         (TfSession   *session,
                                               gint64       meeting_id,
                                               gint64       staff_id,
                                               GError     **error);
/* Invites someone who is not staff: a name and, when known, a member
 * organisation (0 for none). */
TF_AVAILABLE_IN_ALL
gint64        tf_meeting_invite_guest         (TfSession   *session,
                                               gint64       meeting_id,
                                               const char  *name,
                                               gint64       organisation_id,
                                               GError     **error);
TF_AVAILABLE_IN_ALL
gboolean      tf_meeting_remove_participant   (TfSession   *session,
                                               gint64       participant_id,
                                               GError     **error);
/* Takes attendance for one participant (TF_ATTENDANCE_UNKNOWN undoes it). */
TF_AVAILABLE_IN_ALL
gboolean      tf_meeting_set_attended         (TfSession   *session,
                                               gint64       participant_id,
                                               TfAttendance attended,
                                               GError     **error);

G_END_DECLS
