/* tf-chart-series.h — what a chart shows: dated values, their range and unit
 *
 * Kept apart from the widgets that draw it (TfSparkline, TfChart) and in
 * libtaskforce-chart, which has no GTK, so one series can be drawn on screen,
 * described and drawn into a PDF report alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(TF_GTK_INSIDE) && !defined(TF_CHART_INSIDE) && !defined(TF_COMPILATION)
# warning "Include <taskforce-chart.h> or <taskforce-gtk.h> instead of this header."
#endif

#include <gio/gio.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_CHART_SERIES (tf_chart_series_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfChartSeries, tf_chart_series, TF, CHART_SERIES, GObject)

TF_AVAILABLE_IN_ALL
TfChartSeries          *tf_chart_series_new            (const char          *title,
                                                        const char          *unit,
                                                        int                  decimals);
TF_AVAILABLE_IN_ALL
TfChartSeries          *tf_chart_series_new_for_indicator (TfIndicator      *indicator,
                                                           GArray           *points);
TF_AVAILABLE_IN_ALL
const char             *tf_chart_series_get_title      (TfChartSeries       *self);
TF_AVAILABLE_IN_ALL
const char             *tf_chart_series_get_unit       (TfChartSeries       *self);
TF_AVAILABLE_IN_ALL
TfIndicator            *tf_chart_series_get_indicator  (TfChartSeries       *self);
TF_AVAILABLE_IN_ALL
void                    tf_chart_series_set_points     (TfChartSeries          *self,
                                                        const TfIndicatorPoint *points,
                                                        guint                   n_points);
TF_AVAILABLE_IN_ALL
const TfIndicatorPoint *tf_chart_series_get_points     (TfChartSeries       *self,
                                                        guint               *n_points);
TF_AVAILABLE_IN_ALL
void                    tf_chart_series_set_range      (TfChartSeries       *self,
                                                        double               min,
                                                        double               max);
TF_AVAILABLE_IN_ALL
gboolean                tf_chart_series_get_range      (TfChartSeries       *self,
                                                        double              *min,
                                                        double              *max);
TF_AVAILABLE_IN_ALL
void                    tf_chart_series_set_band       (TfChartSeries       *self,
                                                        double               low,
                                                        double               high);
TF_AVAILABLE_IN_ALL
void                    tf_chart_series_clear_band     (TfChartSeries       *self);
TF_AVAILABLE_IN_ALL
gboolean                tf_chart_series_get_band       (TfChartSeries       *self,
                                                        double              *low,
                                                        double              *high);
TF_AVAILABLE_IN_ALL
gboolean                tf_chart_series_get_extent     (TfChartSeries       *self,
                                                        double              *low,
                                                        double              *high);
TF_AVAILABLE_IN_ALL
char                   *tf_chart_series_format_value   (TfChartSeries       *self,
                                                        double               value);
TF_AVAILABLE_IN_ALL
char                   *tf_chart_series_describe       (TfChartSeries       *self);

G_END_DECLS
