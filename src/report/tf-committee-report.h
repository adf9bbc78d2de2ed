/* tf-committee-report.h — the taskforce's reports to the committee, as PDF
 * (a TfReport) and as CSV
 *
 * Three reports, each built from the one place the figures are computed
 * (TfStats, TfEconomy):
 *
 * - the quarterly follow-up (a quarter, "2025-Q2"): the work, the young
 *   people's progression, the economy and the placements estimate;
 * - the August status for the committee (a year, "2025"): the year so far
 *   (to today, or 31 December for a year that is over) with the same structure, plus the
 *   evaluation overview of the effect per indicator;
 * - the monthly orientation (a month, "2025-03") in the fixed template:
 *   personnel and organisation, strategies and development, the status of
 *   each intervention — the coordinator's texts (TfReportText) with the
 *   figures filled in, and the figures that changed since last month marked.
 *
 * They go to politicians, so they never show a name or a CPR number, and
 * every count below the committee's threshold is hidden with a note.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(TF_REPORT_INSIDE) && !defined(TF_GTK_INSIDE) && !defined(TF_COMPILATION)
# warning "Include <taskforce-report.h> instead of this header."
#endif

#include "tf-period.h"
#include "tf-registry.h"
#include "tf-report.h"
#include "tf-session.h"

G_BEGIN_DECLS

typedef enum
{
  TF_COMMITTEE_REPORT_QUARTERLY,
  TF_COMMITTEE_REPORT_AUGUST,
  TF_COMMITTEE_REPORT_MONTHLY,
} TfCommitteeReportKind;

/* "quarterly", "august", "monthly"; TF_ERROR_INVALID naming the three for
 * anything else. */
TF_AVAILABLE_IN_ALL
gboolean    tf_committee_report_kind_parse  (const char             *text,
                                             TfCommitteeReportKind  *kind,
                                             GError                **error);
/* "quarterly", … (transfer none) */
TF_AVAILABLE_IN_ALL
const char *tf_committee_report_kind_id     (TfCommitteeReportKind   kind);
/* Translated: "Quarterly follow-up", "August status", "Monthly orientation" */
TF_AVAILABLE_IN_ALL
const char *tf_committee_report_kind_label  (TfCommitteeReportKind   kind);
/* TRUE when @period is of the kind the report covers (a quarter, a year, a
 * month); else TF_ERROR_INVALID saying which is wanted. */
TF_AVAILABLE_IN_ALL
gboolean    tf_committee_report_check_period (TfCommitteeReportKind  kind,
                                              const TfPeriod        *period,
                                              GError               **error);

/* @registry: the enabled work areas (their indicators and statistics).
 * @today: ISO, NULL for today — the day of printing and the as-of day of
 * figures for a period not yet over. */
TF_AVAILABLE_IN_ALL
TfReport   *tf_report_quarterly_new  (TfSession       *session,
                                      TfRegistry      *registry,
                                      const TfPeriod  *period,
                                      const char      *today,
                                      GError         **error);
TF_AVAILABLE_IN_ALL
TfReport   *tf_report_august_new     (TfSession       *session,
                                      TfRegistry      *registry,
                                      const TfPeriod  *period,
                                      const char      *today,
                                      GError         **error);
TF_AVAILABLE_IN_ALL
TfReport   *tf_report_monthly_new    (TfSession       *session,
                                      TfRegistry      *registry,
                                      const TfPeriod  *period,
                                      const char      *today,
                                      GError         **error);
/* One of the three by @kind. */
TF_AVAILABLE_IN_ALL
TfReport   *tf_committee_report_new  (TfCommitteeReportKind  kind,
                                      TfSession             *session,
                                      TfRegistry            *registry,
                                      const TfPeriod        *period,
                                      const char            *today,
                                      GError               **error);

/* The same figures as the report's PDF, one a row: section; figure; value;
 * unit — for Excel on a Danish desk (see tf-report-csv.c). Transfer full. */
TF_AVAILABLE_IN_ALL
char       *tf_committee_report_to_csv    (TfCommitteeReportKind  kind,
                                           TfSession             *session,
                                           TfRegistry            *registry,
                                           const TfPeriod        *period,
                                           const char            *today,
                                           GError               **error);
/* Written to a temporary file and renamed into place, so a failed write
 * leaves no half file. */
TF_AVAILABLE_IN_ALL
gboolean    tf_committee_report_write_csv (TfCommitteeReportKind  kind,
                                           TfSession             *session,
                                           TfRegistry            *registry,
                                           const TfPeriod        *period,
                                           const char            *today,
                                           const char            *path,
                                           GError               **error);

G_END_DECLS
