/* tf-bar-frame.c — where a bar chart's parts sit, worked out from its text
 *
 * The frame — the plot, the category labels, the value labels and the
 * legend — is computed here the same way for drawing (tf-bar-render.c),
 * for picking the category under the pointer, for a natural height and for
 * the tests' bar rectangles, so a tooltip names the bar drawn there. Labels
 * get room only where they fit; what does not fit is left out rather than
 * overlapped (the tooltip and the description still give it).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "tf-bar-private.h"

/* Text */

PangoLayout *
_tf_bar_wrapped_layout (TfChartCtx                 *ctx,
                const PangoFontDescription *font,
                const char                 *text,
                double                      width,
                PangoAlignment              alignment)
{
  PangoLayout *layout = pango_layout_new (ctx->context);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  pango_layout_set_alignment (layout, alignment);
  return layout;
}

double
_tf_bar_layout_height (PangoLayout *layout)
{
  int h;

  pango_layout_get_pixel_size (layout, NULL, &h);
  return h;
}

PangoFontDescription *
_tf_bar_title_font (TfChartCtx *ctx)
{
  PangoFontDescription *font = pango_font_description_copy (ctx->big_font);

  pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  return font;
}

/* Values */

/* What a value's bar runs from and to: from 0 when grouped; on top of the
 * series before it (positive and negative parts apart) when stacked. */
void
_tf_bar_value_span (TfBarSpec *spec,
            gboolean   stacked,
            guint      series,
            guint      category,
            double    *from,
            double    *to)
{
  double value = tf_bar_spec_get_value (spec, series, category);
  double base = 0;

  if (stacked)
    for (guint s = 0; s < series; s++)
      {
        double before = tf_bar_spec_get_value (spec, s, category);

        if ((before >= 0) == (value >= 0))
          base += before;
      }
  *from = base;
  *to = base + value;
}

static char *
bar_label (TfBarSpec *spec,
           guint      series,
           guint      category)
{
  if (tf_bar_spec_get_hidden (spec, series, category))
    return g_strdup ("–");
  return tf_bar_spec_format_value (spec, tf_bar_spec_get_value (spec, series, category));
}

/* A stacked bar's total; "≥ 12" when a part of it is hidden, "–" when all is. */
static char *
total_label (TfBarSpec *spec,
             guint      category)
{
  g_autofree char *total = NULL;
  guint n_hidden = 0;

  for (guint s = 0; s < tf_bar_spec_get_n_series (spec); s++)
    n_hidden += tf_bar_spec_get_hidden (spec, s, category);
  if (n_hidden == tf_bar_spec_get_n_series (spec))
    return g_strdup ("–");
  total = tf_bar_spec_format_value (spec, tf_bar_spec_get_total (spec, category));
  return n_hidden > 0 ? g_strdup_printf ("≥ %s", total) : g_steal_pointer (&total);
}

char *
_tf_bar_end_label (TfBarSpec *spec,
           gboolean   stacked,
           guint      series,
           guint      category)
{
  return stacked ? total_label (spec, category) : bar_label (spec, series, category);
}

/* Legend */

GArray *
_tf_bar_legend_keys (TfBarSpec  *spec,
             TfChartCtx *ctx,
             double      width,
             guint      *n_rows)
{
  GArray *keys = g_array_new (FALSE, FALSE, sizeof (TfBarKey));
  double x = PAD;
  guint row = 0;

  *n_rows = 0;
  /* one series is named by the chart's title and value label already */
  if (tf_bar_spec_get_n_series (spec) < 2)
    return keys;
  for (guint s = 0; s < tf_bar_spec_get_n_series (spec); s++)
    {
      TfBarKey key;
      double w = SWATCH + 6 + _tf_chart_text_width (ctx, tf_bar_spec_get_series_name (spec, s));

      if (x > PAD && x + w > width - PAD)
        {
          x = PAD;
          row++;
        }
      key.series = s;
      key.x = x;
      key.row = row;
      key.width = w;
      g_array_append_val (keys, key);
      x += w + 18;
      *n_rows = row + 1;
    }
  return keys;
}

/* TfBarFrame */

static void
value_extent (TfBarSpec *spec,
              gboolean   stacked,
              double    *lo,
              double    *hi)
{
  double reference;

  *lo = 0, *hi = 0;
  for (guint c = 0; c < tf_bar_spec_get_n_categories (spec); c++)
    for (guint s = 0; s < tf_bar_spec_get_n_series (spec); s++)
      {
        double from, to;

        _tf_bar_value_span (spec, stacked, s, c, &from, &to);
        *lo = MIN (*lo, MIN (from, to));
        *hi = MAX (*hi, MAX (from, to));
      }
  if (tf_bar_spec_get_reference (spec, &reference, NULL))
    {
      *lo = MIN (*lo, reference);
      *hi = MAX (*hi, reference);
    }
  if (*hi - *lo < 1e-9)
    *hi = *lo + 1;
}

static double
widest_tick (TfBarSpec  *spec,
             TfChartCtx *ctx,
             double      lo,
             double      hi)
{
  g_autofree char *a = _tf_bar_spec_format_tick (spec, lo);
  g_autofree char *b = _tf_bar_spec_format_tick (spec, hi);

  return MAX (_tf_chart_text_width (ctx, a), _tf_chart_text_width (ctx, b));
}

static void
value_axis (TfBarSpec  *spec,
            TfChartCtx *ctx,
            TfBarFrame      *f,
            double      lo,
            double      hi)
{
  double length = f->horizontal ? f->right - f->left : f->bottom - f->top;
  double spacing = f->horizontal ? widest_tick (spec, ctx, lo, hi) + 24 : 1.8 * ctx->line_height;

  f->step = _tf_chart_nice_step (hi - lo, MAX (length, 10), spacing);
  /* counts of young people and months have no fractions */
  if (tf_bar_spec_get_value_format (spec) == TF_BAR_VALUE_COUNT && f->step < 1)
    f->step = 1;
  if (tf_bar_spec_get_value_format (spec) == TF_BAR_VALUE_KRONER && f->step < 100)
    f->step = 100;
  f->v0 = floor (lo / f->step + 1e-9) * f->step;
  f->v1 = ceil (hi / f->step - 1e-9) * f->step;
  if (f->v1 - f->v0 < f->step)
    f->v1 = f->v0 + f->step;
}

static double
widest_end_label (TfBarSpec  *spec,
                  TfChartCtx *ctx,
                  gboolean    stacked)
{
  double widest = 0;

  for (guint c = 0; c < tf_bar_spec_get_n_categories (spec); c++)
    for (guint s = 0; s < (stacked ? 1 : tf_bar_spec_get_n_series (spec)); s++)
      {
        g_autofree char *label = _tf_bar_end_label (spec, stacked, s, c);

        widest = MAX (widest, _tf_chart_text_width (ctx, label));
      }
  return widest;
}

/* The height the labels of the categories need when wrapped to @width. */
static double
category_label_height (TfBarSpec  *spec,
                       TfChartCtx *ctx,
                       double      width,
                       guint       max_lines)
{
  double tallest = 0;

  for (guint c = 0; c < tf_bar_spec_get_n_categories (spec); c++)
    {
      g_autoptr(PangoLayout) layout = _tf_bar_wrapped_layout (ctx, ctx->font, tf_bar_spec_get_category (spec, c),
                                                      width, PANGO_ALIGN_CENTER);
      double h = _tf_bar_layout_height (layout);

      tallest = MAX (tallest, MIN (h, max_lines * ctx->line_height));
    }
  return tallest;
}

/* Bars: a group per category with room either side; value labels only
 * where they fit beside (horizontal) or over (vertical) their bar. */
static void
set_thickness (TfBarFrame *f,
               int    line)
{
  f->thick = f->stacked ? f->band * 0.6 : f->band * 0.75 / MAX (1, f->n_series);
  f->thick = MIN (f->thick, MAX_THICK);
  if (f->horizontal)
    f->value_labels = f->thick >= line * 0.9;
  else
    f->value_labels = f->value_label_width <= (f->stacked ? f->band : f->band / MAX (1, f->n_series)) - 4;
}

void
_tf_bar_compute_frame (TfBarSpec  *spec,
               TfChartCtx *ctx,
               double      width,
               double      height,
               TfBarFrame      *f)
{
  double lo, hi, y = PAD, legend_h;
  int line = ctx->line_height;
  guint rows;
  g_autoptr(GArray) keys = _tf_bar_legend_keys (spec, ctx, width, &rows);

  memset (f, 0, sizeof *f);
  f->horizontal = tf_bar_spec_get_orientation (spec) == TF_BAR_HORIZONTAL;
  f->n_series = tf_bar_spec_get_n_series (spec);
  f->n_categories = tf_bar_spec_get_n_categories (spec);
  f->stacked = tf_bar_spec_get_stacked (spec) && f->n_series > 1;
  value_extent (spec, f->stacked, &lo, &hi);

  f->title_top = y;
  if (tf_bar_spec_get_show_title (spec) && tf_bar_spec_get_title (spec) != NULL)
    {
      g_autoptr(PangoFontDescription) font = _tf_bar_title_font (ctx);
      g_autoptr(PangoLayout) layout = _tf_bar_wrapped_layout (ctx, font, tf_bar_spec_get_title (spec),
                                                      width - 2 * PAD, PANGO_ALIGN_LEFT);

      y += _tf_bar_layout_height (layout) + 8;
    }
  legend_h = rows > 0 ? rows * (line + 6) + 6 : 0;
  f->legend_top = height - PAD - legend_h + (rows > 0 ? 6 : 0);
  f->value_label_width = widest_end_label (spec, ctx, f->stacked);

  if (f->horizontal)
    {
      double natural = 0;

      /* the reference's label above the plot, where no bar can cover it */
      f->ref_top = y;
      if (tf_bar_spec_get_reference (spec, NULL, NULL))
        y += line + 4;
      f->top = y + 2;
      /* ticks, then the value label, under the plot */
      f->bottom = height - PAD - legend_h - (line + 6)
                  - (tf_bar_spec_get_value_label (spec) != NULL ? line + 4 : 0);
      for (guint c = 0; c < f->n_categories; c++)
        natural = MAX (natural, _tf_chart_text_width (ctx, tf_bar_spec_get_category (spec, c)));
      f->label_size = MIN (ceil (natural) + 1, floor (width * 0.38));
      f->left = PAD + f->label_size + 8;
      f->bottom = MAX (f->top + 10, f->bottom);
      f->band = (f->bottom - f->top) / MAX (1, f->n_categories);
      set_thickness (f, line);
      /* room for the value labels only when the bars are thick enough for them */
      f->right = width - PAD - MAX (f->value_labels ? f->value_label_width + GAP : 0,
                                    widest_tick (spec, ctx, lo, hi) / 2);
      f->right = MAX (f->left + 10, f->right);
    }
  else
    {
      double tick_width;

      /* the value label above the axis, like a line chart's; a line of
       * room over the tallest bar for its label */
      f->top = y + (tf_bar_spec_get_value_label (spec) != NULL ? line + 6 : line / 2.0) + line + 2;
      f->right = width - PAD;
      /* the ticks' width depends on the step, and the step on the height:
       * measure both ends, which are the widest */
      f->bottom = height - PAD - legend_h - 6;
      value_axis (spec, ctx, f, lo, hi);
      tick_width = widest_tick (spec, ctx, f->v0, f->v1);
      f->left = PAD + tick_width + 8;
      f->band = (f->right - f->left) / MAX (1, f->n_categories);
      f->label_size = category_label_height (spec, ctx, f->band - 4, MAX_LINES);
      f->bottom = MAX (f->top + 10, f->bottom - f->label_size - 6);
    }
  value_axis (spec, ctx, f, lo, hi);
  if (!f->horizontal)
    set_thickness (f, line);
}

double
_tf_bar_value_pos (const TfBarFrame *f,
           double       value)
{
  double t = (value - f->v0) / (f->v1 - f->v0);

  return f->horizontal ? f->left + t * (f->right - f->left) : f->bottom - t * (f->bottom - f->top);
}

/* Where bar (@series, @category) sits along the category axis. */
double
_tf_bar_bar_start (const TfBarFrame *f,
           guint        series,
           guint        category)
{
  double group = f->stacked ? f->thick : f->thick * f->n_series;
  double start = (f->horizontal ? f->top : f->left) + category * f->band + (f->band - group) / 2;

  return f->stacked ? start : start + series * f->thick;
}

void
_tf_bar_bar_rect (TfBarSpec   *spec,
          const TfBarFrame *f,
          guint        series,
          guint        category,
          double      *x,
          double      *y,
          double      *w,
          double      *h)
{
  double from, to, a, b, start = _tf_bar_bar_start (f, series, category);

  _tf_bar_value_span (spec, f->stacked, series, category, &from, &to);
  a = _tf_bar_value_pos (f, MIN (from, to));
  b = _tf_bar_value_pos (f, MAX (from, to));
  if (f->horizontal)
    {
      *x = a, *w = b - a;
      *y = start, *h = f->thick;
    }
  else
    {
      *x = start, *w = f->thick;
      *y = b, *h = a - b;
    }
}

/* Public */

gboolean
tf_bar_spec_pick (TfBarSpec          *self,
                  double              width,
                  double              height,
                  const TfChartStyle *style,
                  double              x,
                  double              y,
                  guint              *category)
{
  TfChartStyle fallback;
  TfChartCtx ctx;
  TfBarFrame f;
  double along;
  gboolean found = FALSE;

  g_return_val_if_fail (TF_IS_BAR_SPEC (self), FALSE);

  if (!tf_bar_spec_has_data (self) || width < 2 * PAD + 40 || height < 2 * PAD + 40)
    return FALSE;
  if (style == NULL)
    {
      tf_chart_style_init_default (&fallback);
      style = &fallback;
    }
  _tf_chart_ctx_init (&ctx, style, NULL);
  _tf_bar_compute_frame (self, &ctx, width, height, &f);
  /* a category's band: its bars and its label */
  if (f.horizontal && x >= PAD && x <= width - PAD && y >= f.top && y < f.bottom)
    along = (y - f.top) / f.band, found = TRUE;
  else if (!f.horizontal && x >= f.left && x < f.right && y >= f.top && y <= f.bottom + 6 + f.label_size)
    along = (x - f.left) / f.band, found = TRUE;
  if (found && category != NULL)
    *category = MIN ((guint) along, f.n_categories - 1);
  _tf_chart_ctx_clear (&ctx);
  return found;
}

double
tf_bar_spec_get_natural_height (TfBarSpec          *self,
                                double              width,
                                const TfChartStyle *style)
{
  TfChartStyle fallback;
  TfChartCtx ctx;
  TfBarFrame f;
  double band, overhead, label = 0;
  const double probe = 2000;

  g_return_val_if_fail (TF_IS_BAR_SPEC (self), 0);

  if (tf_bar_spec_get_orientation (self) == TF_BAR_VERTICAL || !tf_bar_spec_has_data (self))
    return 280;
  if (style == NULL)
    {
      tf_chart_style_init_default (&fallback);
      style = &fallback;
    }
  _tf_chart_ctx_init (&ctx, style, NULL);
  _tf_bar_compute_frame (self, &ctx, MAX (width, 2 * PAD + 60), probe, &f);
  overhead = probe - (f.bottom - f.top);
  for (guint c = 0; c < f.n_categories; c++)
    {
      g_autoptr(PangoLayout) layout = _tf_bar_wrapped_layout (&ctx, ctx.font, tf_bar_spec_get_category (self, c),
                                                      f.label_size, PANGO_ALIGN_RIGHT);

      label = MAX (label, _tf_bar_layout_height (layout));
    }
  /* every bar a line of text thick, so its label fits beside it, and
   * every category's label clear of the next one's */
  band = f.stacked ? (ctx.line_height + 4) / 0.6 : (ctx.line_height + 4) * f.n_series / 0.75;
  band = MAX (band, label + 8);
  _tf_chart_ctx_clear (&ctx);
  return ceil (overhead + band * f.n_categories);
}

gboolean
tf_bar_spec_get_bar_rect (TfBarSpec          *self,
                          double              width,
                          double              height,
                          const TfChartStyle *style,
                          guint               series,
                          guint               category,
                          double             *x,
                          double             *y,
                          double             *bar_width,
                          double             *bar_height)
{
  TfChartStyle fallback;
  TfChartCtx ctx;
  TfBarFrame f;
  double rx, ry, rw, rh;

  g_return_val_if_fail (TF_IS_BAR_SPEC (self), FALSE);

  if (series >= tf_bar_spec_get_n_series (self) || category >= tf_bar_spec_get_n_categories (self) ||
      tf_bar_spec_get_hidden (self, series, category))
    return FALSE;
  if (style == NULL)
    {
      tf_chart_style_init_default (&fallback);
      style = &fallback;
    }
  _tf_chart_ctx_init (&ctx, style, NULL);
  _tf_bar_compute_frame (self, &ctx, width, height, &f);
  _tf_bar_bar_rect (self, &f, series, category, &rx, &ry, &rw, &rh);
  _tf_chart_ctx_clear (&ctx);
  if (x != NULL)
    *x = rx;
  if (y != NULL)
    *y = ry;
  if (bar_width != NULL)
    *bar_width = rw;
  if (bar_height != NULL)
    *bar_height = rh;
  return TRUE;
}
