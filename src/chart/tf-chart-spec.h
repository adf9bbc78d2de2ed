/* tf-chart-spec.h — what a line chart shows: its series, ranges, bands and words
 *
 * The description tf_chart_render() draws from, on screen (TfChart) or into
 * a PDF report alike. No GTK here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(TF_GTK_INSIDE) && !defined(TF_CHART_INSIDE) && !defined(TF_COMPILATION)
# warning "Include <taskforce-chart.h> or <taskforce-gtk.h> instead of this header."
#endif

#include <gio/gio.h>

#include "tf-chart-series.h"

G_BEGIN_DECLS

/* A band behind the lines: what the values in it mean, drawn lightly in its
 * colour with its label, so the colour is never the only signal. */
typedef enum
{
  TF_CHART_BAND_RED,
  TF_CHART_BAND_YELLOW,
  TF_CHART_BAND_GREEN,
  TF_CHART_BAND_NEUTRAL,
} TfChartBandKind;

#define TF_TYPE_CHART_SPEC (tf_chart_spec_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfChartSpec, tf_chart_spec, TF, CHART_SPEC, GObject)

/* Signal "changed": anything shown changed (also a series' points). */

TF_AVAILABLE_IN_ALL
TfChartSpec   *tf_chart_spec_new                (const char      *title);
TF_AVAILABLE_IN_ALL
const char    *tf_chart_spec_get_title          (TfChartSpec     *self);
TF_AVAILABLE_IN_ALL
void           tf_chart_spec_set_title          (TfChartSpec     *self,
                                                 const char      *title);
/* The values' axis: fixed bounds (0–10 for scores); without them the axis
 * spans the data. */
TF_AVAILABLE_IN_ALL
void           tf_chart_spec_set_value_range    (TfChartSpec     *self,
                                                 double           min,
                                                 double           max);
TF_AVAILABLE_IN_ALL
gboolean       tf_chart_spec_get_value_range    (TfChartSpec     *self,
                                                 double          *min,
                                                 double          *max);
/* Written above the values' axis ("Score", "%"); NULL for none. */
TF_AVAILABLE_IN_ALL
void           tf_chart_spec_set_value_label    (TfChartSpec     *self,
                                                 const char      *label);
TF_AVAILABLE_IN_ALL
const char    *tf_chart_spec_get_value_label    (TfChartSpec     *self);
/* The dates shown (ISO); either NULL for "from the first / to the last value". */
TF_AVAILABLE_IN_ALL
void           tf_chart_spec_set_date_range     (TfChartSpec     *self,
                                                 const char      *from,
                                                 const char      *to);
TF_AVAILABLE_IN_ALL
const char    *tf_chart_spec_get_date_from      (TfChartSpec     *self);
TF_AVAILABLE_IN_ALL
const char    *tf_chart_spec_get_date_to        (TfChartSpec     *self);
TF_AVAILABLE_IN_ALL
void           tf_chart_spec_add_band           (TfChartSpec     *self,
                                                 double           low,
                                                 double           high,
                                                 TfChartBandKind  kind,
                                                 const char      *label);
TF_AVAILABLE_IN_ALL
guint          tf_chart_spec_get_n_bands        (TfChartSpec     *self);
TF_AVAILABLE_IN_ALL
gboolean       tf_chart_spec_get_band           (TfChartSpec     *self,
                                                 guint            index,
                                                 double          *low,
                                                 double          *high,
                                                 TfChartBandKind *kind,
                                                 const char     **label);
/* Series keep the place they were added in: it picks their colour, dash
 * and marker, which therefore stay put when another series is hidden. */
TF_AVAILABLE_IN_ALL
guint          tf_chart_spec_add_series         (TfChartSpec     *self,
                                                 TfChartSeries   *series);
TF_AVAILABLE_IN_ALL
void           tf_chart_spec_remove_all_series  (TfChartSpec     *self);
TF_AVAILABLE_IN_ALL
guint          tf_chart_spec_get_n_series       (TfChartSpec     *self);
TF_AVAILABLE_IN_ALL
TfChartSeries *tf_chart_spec_get_series         (TfChartSpec     *self,
                                                 guint            index);
TF_AVAILABLE_IN_ALL
void           tf_chart_spec_set_series_visible (TfChartSpec     *self,
                                                 guint            index,
                                                 gboolean         visible);
TF_AVAILABLE_IN_ALL
gboolean       tf_chart_spec_get_series_visible (TfChartSpec     *self,
                                                 guint            index);
/* The renderer's own legend under the chart (on by default; a screen that
 * shows its own, e.g. with check buttons, turns it off). */
TF_AVAILABLE_IN_ALL
void           tf_chart_spec_set_show_legend    (TfChartSpec     *self,
                                                 gboolean         show);
TF_AVAILABLE_IN_ALL
gboolean       tf_chart_spec_get_show_legend    (TfChartSpec     *self);
/* Shown instead of lines when no visible series has a value ("No data"). */
TF_AVAILABLE_IN_ALL
void           tf_chart_spec_set_empty_text     (TfChartSpec     *self,
                                                 const char      *text);
TF_AVAILABLE_IN_ALL
const char    *tf_chart_spec_get_empty_text     (TfChartSpec     *self);
/* TRUE when a visible series has at least one value. */
TF_AVAILABLE_IN_ALL
gboolean       tf_chart_spec_has_data           (TfChartSpec     *self);
/* The visible series in words for a screen reader:
 * "School and learning: 3 → 7; Family relations: 5" (transfer full). */
TF_AVAILABLE_IN_ALL
char          *tf_chart_spec_describe           (TfChartSpec     *self);

G_END_DECLS
