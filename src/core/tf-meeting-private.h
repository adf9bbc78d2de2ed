/* tf-meeting-private.h — shared by the meeting, agenda and task modules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-meeting.h"
#include "tf-store-private.h"

G_BEGIN_DECLS

struct _TfMeeting
{
  GObject          parent_instance;

  gint64           id;
  char            *kind;
  gint64           series_id;
  gint64           case_id;
  char            *young_person_name;
  char            *title;
  char            *held_on;
  char            *start_time;
  char            *end_time;
  char            *place;
  TfMeetingStatus  status;
  gint64           closed_at;
  char            *closed_by_name;
  gint64           version;
};

/* Steps a write on a meeting, its participants or its agenda. The schema's
 * triggers abort any change of a closed meeting's minutes; that abort
 * becomes TF_ERROR_INVALID with a message a user understands. */
gboolean   _tf_meeting_step_write        (TfStore    *store,
                                          TfStmt     *stmt,
                                          GError    **error);
/* Sets the clear "minutes are closed" error. */
void       _tf_meeting_set_locked_error  (GError    **error);
/* Loads a meeting and refuses (TF_ERROR_INVALID) unless it is planned:
 * closed minutes are locked, a cancelled meeting is not held. */
TfMeeting *_tf_meeting_load_planned      (TfSession  *session,
                                          gint64      meeting_id,
                                          GError    **error);
/* Invites the fixed members (active staff of organisations that are fixed
 * members) to a meeting; those already invited are kept. */
gboolean   _tf_meeting_invite_fixed      (TfStore    *store,
                                          gint64      meeting_id,
                                          GError    **error);
/* Is @text a time "HH:MM" of a real day (00:00–23:59)? */
gboolean   _tf_meeting_time_valid        (const char *text);

/* Appends an agenda item after the last one; 0 on failure. */
gint64     _tf_agenda_insert             (TfStore    *store,
                                          gint64      meeting_id,
                                          gint64      case_id,
                                          const char *reason,
                                          const char *title,
                                          GError    **error);

G_END_DECLS
