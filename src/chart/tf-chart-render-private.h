/* tf-chart-render-private.h — shared by the renderer's two files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "tf-chart-render.h"

G_BEGIN_DECLS

#define PAD 6.0   /* around the chart */


typedef struct
{
  PangoContext         *context;
  PangoFontDescription *font;        /* labels */
  PangoFontDescription *big_font;    /* the empty text */
  double                fg[4];
  gboolean              dark;
  int                   line_height;
} TfChartCtx;

typedef struct
{
  double left, right, top, bottom;   /* the plot */
  double d0, d1;                     /* julian days at left and right */
  double v0, v1;                     /* values at bottom and top */
  double step;                       /* between value ticks */
  int    decimals;                   /* of the value ticks */
  double legend_top;
} TfChartFrame;

/* tf-chart-render.c: the context of a style (for TfBarSpec too) */
void    _tf_chart_ctx_init         (TfChartCtx                 *ctx,
                                   const TfChartStyle         *style,
                                   cairo_t                    *cr);
void    _tf_chart_ctx_clear        (TfChartCtx                 *ctx);

double  _tf_chart_text_width       (TfChartCtx                 *ctx,
                                   const char                 *text);
void    _tf_chart_draw_text        (cairo_t                    *cr,
                                   TfChartCtx                 *ctx,
                                   const PangoFontDescription *font,
                                   const char                 *text,
                                   double                      x,
                                   double                      y,
                                   double                      ax,
                                   double                      ay,
                                   double                      alpha);
double  _tf_chart_x_of             (const TfChartFrame         *f,
                                   double                      day);
double  _tf_chart_y_of             (const TfChartFrame         *f,
                                   double                      value);

double  _tf_chart_julian           (const char                 *iso);
double  _tf_chart_julian_today     (void);
double  _tf_chart_nice_step        (double                      span,
                                   double                      length,
                                   double                      spacing);
char   *_tf_chart_format_tick      (double                      value,
                                   int                         decimals);
void    _tf_chart_draw_bands       (TfChartSpec                *spec,
                                   cairo_t                    *cr,
                                   TfChartCtx                 *ctx,
                                   const TfChartFrame         *f);
void    _tf_chart_draw_value_axis  (TfChartSpec                *spec,
                                   cairo_t                    *cr,
                                   TfChartCtx                 *ctx,
                                   const TfChartFrame         *f);
void    _tf_chart_draw_date_axis   (cairo_t                    *cr,
                                   TfChartCtx                 *ctx,
                                   const TfChartFrame         *f);

G_END_DECLS
