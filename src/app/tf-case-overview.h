/* tf-case-overview.h — the core "Overview" page of a case window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_CASE_OVERVIEW (tf_case_overview_get_type ())
G_DECLARE_FINAL_TYPE (TfCaseOverview, tf_case_overview, TF, CASE_OVERVIEW, GtkWidget)

GtkWidget *tf_case_overview_new  (TfSession      *session);
/* Shows @young_person and @kase, and reloads their history and notes. */
void       tf_case_overview_show (TfCaseOverview *self,
                                  TfYoungPerson  *young_person,
                                  TfCase         *kase);

G_END_DECLS
