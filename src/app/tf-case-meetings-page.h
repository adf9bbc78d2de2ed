/* tf-case-meetings-page.h — the core "Meetings" page of a case window:
 * the case's tasks, the decisions about it and its network meetings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tf-case-page.h"

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_CASE_MEETINGS_PAGE (tf_case_meetings_page_get_type ())
G_DECLARE_FINAL_TYPE (TfCaseMeetingsPage, tf_case_meetings_page, TF, CASE_MEETINGS_PAGE, TfCasePage)

GtkWidget *tf_case_meetings_page_new (TfSession *session,
                                      gint64     case_id);

G_END_DECLS
