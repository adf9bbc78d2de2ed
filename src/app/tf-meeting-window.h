/* tf-meeting-window.h — one meeting: its details, participants and agenda,
 * in a window of its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_MEETING_WINDOW (tf_meeting_window_get_type ())
G_DECLARE_FINAL_TYPE (TfMeetingWindow, tf_meeting_window, TF, MEETING_WINDOW, AdwWindow)

TfMeetingWindow *tf_meeting_window_new             (GtkApplication  *application,
                                                    TfSession       *session,
                                                    gint64           meeting_id);
gint64           tf_meeting_window_get_meeting_id  (TfMeetingWindow *self);
/* The agenda item shown on the right, 0 for "Meeting and participants". */
gint64           tf_meeting_window_get_selected_item (TfMeetingWindow *self);
/* Shows an agenda item (0: the meeting and its participants); FALSE when
 * the agenda has no such item. */
gboolean         tf_meeting_window_select_item     (TfMeetingWindow *self,
                                                    gint64           item_id);

G_END_DECLS
