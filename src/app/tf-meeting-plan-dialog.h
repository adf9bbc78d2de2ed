/* tf-meeting-plan-dialog.h — plan a meeting, a repeating series of them, or
 * a network meeting about one case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_MEETING_PLAN_DIALOG (tf_meeting_plan_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TfMeetingPlanDialog, tf_meeting_plan_dialog, TF, MEETING_PLAN_DIALOG, AdwWindow)

/* @case_id: 0 for a taskforce or screening meeting (or series), else the
 * case a network meeting is about. After saving, the dialog emits
 * "saved" (the meeting's id: for a series, its first meeting), shows a
 * toast in @parent when it can and activates app.open-meeting there. */
TfMeetingPlanDialog *tf_meeting_plan_dialog_new (GtkWindow *parent,
                                                 TfSession *session,
                                                 gint64     case_id);

/* "13", "13.00", "13:00", "9.30" → "13:00" / "09:30"; NULL when not a time. */
char *tf_meeting_plan_parse_time (const char *text);

G_END_DECLS
