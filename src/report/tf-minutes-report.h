/* tf-minutes-report.h — the minutes of a meeting as a printable document,
 * in the form of a Danish committee's minutes: the meeting, who attended,
 * the agenda, then per item the discussion, "Decision for item N:" and
 * the tasks decided
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(TF_REPORT_INSIDE) && !defined(TF_GTK_INSIDE) && !defined(TF_COMPILATION)
# warning "Include <taskforce-report.h> instead of this header."
#endif

#include "tf-session.h"
#include "tf-report.h"

G_BEGIN_DECLS

/* The minutes of @meeting_id. Minutes that are not closed are marked as a
 * draft on every page; a cancelled meeting has none (TF_ERROR_INVALID). */
TF_AVAILABLE_IN_ALL
TfReport *tf_minutes_report_new       (TfSession   *session,
                                       gint64       meeting_id,
                                       GError     **error);
TF_AVAILABLE_IN_ALL
gboolean  tf_minutes_report_write_pdf (TfSession   *session,
                                       gint64       meeting_id,
                                       const char  *path,
                                       GError     **error);

G_END_DECLS
