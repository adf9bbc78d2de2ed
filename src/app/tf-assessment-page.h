/* tf-assessment-page.h — the core "Assessment" page of a case window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tf-case-page.h"

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_ASSESSMENT_PAGE (tf_assessment_page_get_type ())
G_DECLARE_FINAL_TYPE (TfAssessmentPage, tf_assessment_page, TF, ASSESSMENT_PAGE, TfCasePage)

/* Construct-only properties "session" (TfSession) and "case-id" (int64) */
GtkWidget *tf_assessment_page_new (TfSession *session,
                                   gint64     case_id);

G_END_DECLS
