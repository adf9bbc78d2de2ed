/* tf-meetings-view.h — the main window's "Meetings" page: upcoming and past
 * meetings, the next meeting, planning
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_MEETINGS_VIEW (tf_meetings_view_get_type ())
G_DECLARE_FINAL_TYPE (TfMeetingsView, tf_meetings_view, TF, MEETINGS_VIEW, GtkWidget)

GtkWidget  *tf_meetings_view_new          (TfSession      *session);
/* The model the list shows (of TfMeeting), for tests. */
GListModel *tf_meetings_view_get_model    (TfMeetingsView *self);
/* NULL for the upcoming meetings, else a year ("2025") of past meetings. */
void        tf_meetings_view_set_year     (TfMeetingsView *self,
                                           const char     *year);
/* The years that had meetings before today, newest first. */
GStrv       tf_meetings_view_dup_years    (TfMeetingsView *self);
/* NULL for every kind, else "taskforce", "screening" or "network". */
void        tf_meetings_view_set_kind     (TfMeetingsView *self,
                                           const char     *kind);
/* Reads the store again now (the view also does it by itself on changes). */
void        tf_meetings_view_reload       (TfMeetingsView *self);

G_END_DECLS
