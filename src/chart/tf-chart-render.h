/* tf-chart-render.h — draws a TfChartSpec with cairo, for screen and PDF alike
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(TF_GTK_INSIDE) && !defined(TF_CHART_INSIDE) && !defined(TF_COMPILATION)
# warning "Include <taskforce-chart.h> or <taskforce-gtk.h> instead of this header."
#endif

#include <cairo.h>
#include <pango/pango.h>

#include "tf-chart-spec.h"

G_BEGIN_DECLS

/* How to draw: the text colour (axes and labels follow it), whether the
 * background is dark (the series take lighter colours), and the font. */
typedef struct
{
  double                      foreground[4];   /* RGBA, 0–1 */
  gboolean                    dark;
  /* nullable: the context's font, or "Sans 10" */
  const PangoFontDescription *font;
  /* nullable: a context made for the cairo_t drawn on */
  PangoContext               *context;
} TfChartStyle;

/* Black text on a light background, "Sans 10": what a printed report uses. */
TF_AVAILABLE_IN_ALL
void     tf_chart_style_init_default (TfChartStyle       *style);

/* Draws the chart in (0, 0, @width, @height) of @cr: the bands, grid and
 * axes (values with their label, dates with Danish month names), every
 * visible series as a line with a marker per value — each series its own
 * colour, dash and marker shape — the legend when the spec shows one, and
 * the spec's empty text instead of lines when there is nothing to draw. */
TF_AVAILABLE_IN_ALL
void     tf_chart_render             (TfChartSpec        *spec,
                                      cairo_t            *cr,
                                      double              width,
                                      double              height,
                                      const TfChartStyle *style);
/* The key of series @index as a legend shows it: a stretch of its line with
 * its marker, filling (0, 0, @width, @height). */
TF_AVAILABLE_IN_ALL
void     tf_chart_render_key         (TfChartSpec        *spec,
                                      guint               index,
                                      cairo_t            *cr,
                                      double              width,
                                      double              height,
                                      const TfChartStyle *style);
/* The visible value drawn nearest to (@x, @y), if one is within
 * @max_distance: for tooltips. */
TF_AVAILABLE_IN_ALL
gboolean tf_chart_pick               (TfChartSpec        *spec,
                                      double              width,
                                      double              height,
                                      const TfChartStyle *style,
                                      double              x,
                                      double              y,
                                      double              max_distance,
                                      guint              *series_index,
                                      guint              *point_index);
/* The RGB a series is drawn in (for tests and matching keys elsewhere). */
TF_AVAILABLE_IN_ALL
void     tf_chart_series_color       (guint               index,
                                      gboolean            dark,
                                      double             *rgb);

G_END_DECLS
