/* taskforce-report.h — libtaskforce-report: documents in pages, as PDF, no GTK
 *
 *   TfReport        a document: title page, contents, headings, paragraphs,
 *                   key–value lines, tables, charts and notes, laid out on
 *                   A4 pages with a running header and "Page N of M"
 *   TfReportTable   the columns and rows of one table
 *   tf_minutes_report_new   the minutes of a meeting as a TfReport
 *
 * Printing goes through tf_report_print() in libtaskforce-gtk. Link with
 * libtaskforce-report-1 (pkg-config taskforce-report-1).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#define TF_REPORT_INSIDE

#include "taskforce.h"
#include "taskforce-chart.h"

#include "tf-report-table.h"
#include "tf-report.h"
#include "tf-minutes-report.h"
#include "tf-committee-report.h"

#undef TF_REPORT_INSIDE
