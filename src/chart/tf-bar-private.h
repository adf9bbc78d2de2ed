/* tf-bar-private.h — what the bar chart's spec, frame and drawing share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-bar-spec.h"
#include "tf-chart-render-private.h"

G_BEGIN_DECLS

#define GAP          6.0    /* between a bar's end and its label */
#define SWATCH      14.0    /* a legend key */
#define MAX_THICK   34.0    /* bars never get fatter than this */
#define MAX_LINES    3      /* of a vertical chart's category label */

typedef struct
{
  double   left, right, top, bottom;   /* the plot */
  double   v0, v1, step;               /* values at the value axis' ends, between ticks */
  double   band;                       /* per category along the category axis */
  double   thick;                      /* of one bar */
  double   label_size;                 /* category labels: column width (H) or row height (V) */
  double   title_top, ref_top;
  double   legend_top;
  double   value_label_width;          /* the widest value label */
  gboolean value_labels;               /* they fit */
  gboolean horizontal, stacked;
  guint    n_series, n_categories;
} TfBarFrame;

/* A legend's key: a swatch and the series' name, in rows under the plot. */
typedef struct
{
  guint  series;
  double x, row, width;
} TfBarKey;

/* tf-bar-spec.c: a tick on the value axis, kroner without "kr." */
char                 *_tf_bar_spec_format_tick (TfBarSpec                  *self,
                                                double                      value);

/* tf-bar-frame.c */
PangoLayout          *_tf_bar_wrapped_layout   (TfChartCtx                 *ctx,
                                                const PangoFontDescription *font,
                                                const char                 *text,
                                                double                      width,
                                                PangoAlignment              alignment);
double                _tf_bar_layout_height    (PangoLayout                *layout);
PangoFontDescription *_tf_bar_title_font       (TfChartCtx                 *ctx);
/* a bar's label ("–" when hidden), a stacked bar's total ("≥ 12") */
char                 *_tf_bar_end_label        (TfBarSpec                  *spec,
                                                gboolean                    stacked,
                                                guint                       series,
                                                guint                       category);
GArray               *_tf_bar_legend_keys      (TfBarSpec                  *spec,
                                                TfChartCtx                 *ctx,
                                                double                      width,
                                                guint                      *n_rows);
void                  _tf_bar_compute_frame    (TfBarSpec                  *spec,
                                                TfChartCtx                 *ctx,
                                                double                      width,
                                                double                      height,
                                                TfBarFrame                 *f);
double                _tf_bar_value_pos        (const TfBarFrame           *f,
                                                double                      value);
double                _tf_bar_bar_start        (const TfBarFrame           *f,
                                                guint                       series,
                                                guint                       category);
void                  _tf_bar_bar_rect         (TfBarSpec                  *spec,
                                                const TfBarFrame           *f,
                                                guint                       series,
                                                guint                       category,
                                                double                     *x,
                                                double                     *y,
                                                double                     *w,
                                                double                     *h);
void                  _tf_bar_value_span       (TfBarSpec                  *spec,
                                                gboolean                    stacked,
                                                guint                       series,
                                                guint                       category,
                                                double                     *from,
                                                double                     *to);

G_END_DECLS
