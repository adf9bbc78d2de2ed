/* taskforce-chart.h — libtaskforce-chart: charts drawn with cairo, no GTK
 *
 *   TfChartSeries   dated values with their range and unit
 *   TfChartSpec     what a line chart shows: series, ranges, bands, words
 *   tf_chart_render draws a spec on any cairo surface (screen, PNG, PDF)
 *   TfBarSpec       what a bar chart shows, and draws it (tf_bar_spec_render)
 *
 * The screen's widget (TfChart) is in libtaskforce-gtk; reports draw with
 * this library alone. Link with libtaskforce-chart-1 (pkg-config
 * taskforce-chart-1).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#define TF_CHART_INSIDE

#include "taskforce.h"

#include "tf-chart-series.h"
#include "tf-chart-spec.h"
#include "tf-chart-render.h"
#include "tf-bar-spec.h"

#undef TF_CHART_INSIDE
