/* taskforce-gtk.h — libtaskforce-gtk: widgets the shell and work-area plugins share
 *
 *   TfFormView      draws any declared form and reads it back, validated
 *   TfRecordEditor  a window to add or edit one record or intervention
 *   TfAreaPage      a work area's page in a case window, drawn from its data
 *   TfChartSeries   dated values with their range and unit, for charts
 *   TfChartSpec     what a line chart shows (libtaskforce-chart, no GTK)
 *   TfChart         a line chart of several series, with tooltips and words
 *   TfSparkline     a small line chart of one series
 *   TfBarSpec       what a bar chart shows (libtaskforce-chart, no GTK)
 *   TfBarChart      a bar chart, with tooltips and words
 *   tf_report_print prints a TfReport (libtaskforce-report, no GTK)
 *
 * Link with libtaskforce-gtk-1 (and GTK 4, libadwaita 1); call adw_init()
 * (or run an AdwApplication) before making any of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#define TF_GTK_INSIDE

#include "taskforce.h"

#include "tf-area-page.h"
#include "tf-bar-chart.h"
#include "tf-bar-spec.h"
#include "tf-chart.h"
#include "tf-chart-render.h"
#include "tf-chart-series.h"
#include "tf-chart-spec.h"
#include "tf-conflict-dialog.h"
#include "tf-form-view.h"
#include "tf-record-editor.h"
#include "tf-report-print.h"
#include "tf-sparkline.h"

G_BEGIN_DECLS

/* Makes the library's own icons (tf-*-symbolic) findable on @display. Its
 * widgets do it on first use; a shell that names them earlier (a sidebar
 * row) calls it at start-up. */
TF_AVAILABLE_IN_ALL
void tf_gtk_ensure_icons (GdkDisplay *display);

G_END_DECLS

#undef TF_GTK_INSIDE
