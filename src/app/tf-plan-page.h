/* tf-plan-page.h — the "Action Plan" page of a case window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tf-case-page.h"

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_PLAN_PAGE (tf_plan_page_get_type ())
G_DECLARE_FINAL_TYPE (TfPlanPage, tf_plan_page, TF, PLAN_PAGE, TfCasePage)

/* Construct-only properties "session" and "case-id", as every core page. */
GtkWidget *tf_plan_page_new            (TfSession  *session,
                                        gint64      case_id);
/* Shows version @version (1, 2, ...) read-only; FALSE when there is none. */
gboolean   tf_plan_page_select_version (TfPlanPage *self,
                                        gint64      version);

G_END_DECLS
