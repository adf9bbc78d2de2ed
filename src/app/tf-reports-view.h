/* tf-reports-view.h — the main window's "Reports" page: choose a report
 * for the committee and its period, write the monthly orientation's
 * texts, save the report as PDF or CSV, or print it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"
#include "taskforce-report.h"

G_BEGIN_DECLS

#define TF_TYPE_REPORTS_VIEW (tf_reports_view_get_type ())
G_DECLARE_FINAL_TYPE (TfReportsView, tf_reports_view, TF, REPORTS_VIEW, AdwBin)

GtkWidget  *tf_reports_view_new              (TfSession             *session);
/* Chooses the report and its period as the user would. */
void        tf_reports_view_set_report       (TfReportsView         *self,
                                              TfCommitteeReportKind  kind,
                                              const char            *period);
/* What is wrong with the period typed, NULL when it is good. */
const char *tf_reports_view_get_period_error (TfReportsView         *self);
/* The text typed under a heading of the monthly orientation (transfer full),
 * and typing one. */
char       *tf_reports_view_dup_text         (TfReportsView         *self,
                                              const char            *heading);
void        tf_reports_view_set_text         (TfReportsView         *self,
                                              const char            *heading,
                                              const char            *text);
/* Saves the texts changed, as "Save texts" does; a conflict shows the
 * conflict dialog. FALSE when something was not saved. */
gboolean    tf_reports_view_save_texts       (TfReportsView         *self);
/* Writes the chosen report to @path: a PDF, or CSV when it ends in .csv. */
gboolean    tf_reports_view_write            (TfReportsView         *self,
                                              const char            *path,
                                              GError               **error);

G_END_DECLS
