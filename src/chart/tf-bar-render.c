/* tf-bar-render.c — draws a TfBarSpec with cairo, for screen and PDF alike
 *
 * Where everything sits is tf-bar-frame.c's; this file paints it. Series
 * are told apart by a pattern in the bar (solid, stripes, dots,
 * cross-hatching) as well as by colour, so the chart reads in grey print
 * and with any colour vision.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "tf-bar-private.h"

/* Drawing */

static void
fill_bar (cairo_t *cr,
          guint    series,
          gboolean dark,
          double   x,
          double   y,
          double   w,
          double   h)
{
  double rgb[3];

  if (w <= 0 || h <= 0)
    return;
  tf_chart_series_color (series, dark, rgb);
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_fill_preserve (cr);
  cairo_clip (cr);
  /* the pattern in the background's tone, so the colour still shows between */
  if (dark)
    cairo_set_source_rgba (cr, 0, 0, 0, 0.5);
  else
    cairo_set_source_rgba (cr, 1, 1, 1, 0.6);
  cairo_set_line_width (cr, 1.6);
  switch (series % 4)
    {
    case 1:   /* stripes */
      for (double d = -h; d < w + h; d += 6)
        {
          cairo_move_to (cr, x + d, y + h);
          cairo_line_to (cr, x + d + h, y);
        }
      cairo_stroke (cr);
      break;
    case 2:   /* dots */
      for (double dy = 2.5; dy < h; dy += 5)
        for (double dx = 2.5 + (fmod (dy, 10) > 5 ? 2.5 : 0); dx < w; dx += 5)
          {
            cairo_new_sub_path (cr);
            cairo_arc (cr, x + dx, y + dy, 1.1, 0, 2 * G_PI);
          }
      cairo_fill (cr);
      break;
    case 3:   /* cross-hatching */
      for (double d = -h; d < w + h; d += 7)
        {
          cairo_move_to (cr, x + d, y + h);
          cairo_line_to (cr, x + d + h, y);
          cairo_move_to (cr, x + d, y);
          cairo_line_to (cr, x + d + h, y + h);
        }
      cairo_set_line_width (cr, 1.2);
      cairo_stroke (cr);
      break;
    default:  /* solid */
      break;
    }
  cairo_restore (cr);
}

static void
draw_value_axis (TfBarSpec  *spec,
                 cairo_t    *cr,
                 TfChartCtx *ctx,
                 const TfBarFrame *f)
{
  cairo_set_line_width (cr, 1);
  for (double v = f->v0; v <= f->v1 + f->step * 1e-6; v += f->step)
    {
      g_autofree char *label = _tf_bar_spec_format_tick (spec, fabs (v) < f->step * 1e-6 ? 0 : v);
      double p = floor (_tf_bar_value_pos (f, v)) + 0.5;

      cairo_set_source_rgba (cr, ctx->fg[0], ctx->fg[1], ctx->fg[2], ctx->fg[3] * 0.12);
      if (f->horizontal)
        {
          cairo_move_to (cr, p, f->top);
          cairo_line_to (cr, p, f->bottom);
          cairo_stroke (cr);
          _tf_chart_draw_text (cr, ctx, ctx->font, label, p, f->bottom + 4, 0.5, 0, 0.75);
        }
      else
        {
          cairo_move_to (cr, f->left, p);
          cairo_line_to (cr, f->right, p);
          cairo_stroke (cr);
          _tf_chart_draw_text (cr, ctx, ctx->font, label, f->left - 6, p, 1, 0.5, 0.75);
        }
    }
  if (tf_bar_spec_get_value_label (spec) != NULL)
    {
      if (f->horizontal)
        _tf_chart_draw_text (cr, ctx, ctx->font, tf_bar_spec_get_value_label (spec),
                             (f->left + f->right) / 2, f->bottom + ctx->line_height + 8, 0.5, 0, 0.75);
      else
        _tf_chart_draw_text (cr, ctx, ctx->font, tf_bar_spec_get_value_label (spec),
                             PAD, f->top - 2 * ctx->line_height - 8, 0, 0, 0.75);
    }
}

/* The zero line the bars stand on, over the grid. */
static void
draw_baseline (cairo_t     *cr,
               TfChartCtx  *ctx,
               const TfBarFrame *f)
{
  double p = floor (_tf_bar_value_pos (f, 0)) + 0.5;

  cairo_set_source_rgba (cr, ctx->fg[0], ctx->fg[1], ctx->fg[2], ctx->fg[3] * 0.55);
  cairo_set_line_width (cr, 1);
  if (f->horizontal)
    {
      cairo_move_to (cr, p, f->top);
      cairo_line_to (cr, p, f->bottom);
    }
  else
    {
      cairo_move_to (cr, f->left, p);
      cairo_line_to (cr, f->right, p);
    }
  cairo_stroke (cr);
}

static void
draw_categories (TfBarSpec   *spec,
                 cairo_t     *cr,
                 TfChartCtx  *ctx,
                 const TfBarFrame *f)
{
  for (guint c = 0; c < f->n_categories; c++)
    {
      const char *text = tf_bar_spec_get_category (spec, c);
      g_autoptr(PangoLayout) layout = NULL;
      double h;

      cairo_set_source_rgba (cr, ctx->fg[0], ctx->fg[1], ctx->fg[2], ctx->fg[3] * 0.9);
      if (f->horizontal)
        {
          layout = _tf_bar_wrapped_layout (ctx, ctx->font, text, f->label_size, PANGO_ALIGN_RIGHT);
          /* squeezed: as many lines as the band holds, then "…" */
          pango_layout_set_height (layout, -MAX (1, (int) floor (f->band / ctx->line_height)));
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          h = _tf_bar_layout_height (layout);
          cairo_move_to (cr, PAD, round (f->top + (c + 0.5) * f->band - h / 2));
        }
      else
        {
          layout = _tf_bar_wrapped_layout (ctx, ctx->font, text, f->band - 4, PANGO_ALIGN_CENTER);
          /* never more than the lines the frame made room for */
          pango_layout_set_height (layout, -MAX_LINES);
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          cairo_move_to (cr, round (f->left + c * f->band + 2), round (f->bottom + 6));
        }
      pango_cairo_show_layout (cr, layout);
    }
}

/* Text the bars may lie under, with a halo in the background's tone. */
static void
draw_halo_text (cairo_t     *cr,
                TfChartCtx  *ctx,
                const char  *text,
                double       x,
                double       y,
                double       ax,
                double       ay)
{
  g_autoptr(PangoLayout) layout = _tf_bar_wrapped_layout (ctx, ctx->font, text, -1, PANGO_ALIGN_LEFT);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_save (cr);
  cairo_move_to (cr, round (x - ax * w), round (y - ay * h));
  pango_cairo_layout_path (cr, layout);
  if (ctx->dark)
    cairo_set_source_rgba (cr, 0.14, 0.14, 0.14, 0.9);
  else
    cairo_set_source_rgba (cr, 1, 1, 1, 0.9);
  cairo_set_line_width (cr, 4);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  cairo_move_to (cr, round (x - ax * w), round (y - ay * h));
  cairo_set_source_rgba (cr, ctx->fg[0], ctx->fg[1], ctx->fg[2], ctx->fg[3]);
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

static void
draw_end_label (TfBarSpec   *spec,
                cairo_t     *cr,
                TfChartCtx  *ctx,
                const TfBarFrame *f,
                guint        series,
                guint        category)
{
  g_autofree char *label = _tf_bar_end_label (spec, f->stacked, series, category);
  double x, y, w, h, end;
  gboolean negative;

  if (f->stacked)
    {
      double total = tf_bar_spec_get_total (spec, category);

      negative = total < 0;
      end = _tf_bar_value_pos (f, total);
      x = _tf_bar_bar_start (f, 0, category);
    }
  else
    {
      _tf_bar_bar_rect (spec, f, series, category, &x, &y, &w, &h);
      negative = tf_bar_spec_get_value (spec, series, category) < 0;
      end = f->horizontal ? (negative ? x : x + w) : (negative ? y + h : y);
      x = _tf_bar_bar_start (f, series, category);
    }
  if (f->horizontal)
    draw_halo_text (cr, ctx, label, end + (negative ? -GAP : GAP), x + f->thick / 2, negative ? 1 : 0, 0.5);
  else
    draw_halo_text (cr, ctx, label, x + f->thick / 2, end + (negative ? 2 : -2), 0.5, negative ? 0 : 1);
}

static void
draw_bars (TfBarSpec   *spec,
           cairo_t     *cr,
           TfChartCtx  *ctx,
           const TfBarFrame *f)
{
  for (guint c = 0; c < f->n_categories; c++)
    {
      for (guint s = 0; s < f->n_series; s++)
        {
          double x, y, w, h;

          if (tf_bar_spec_get_hidden (spec, s, c))
            continue;
          _tf_bar_bar_rect (spec, f, s, c, &x, &y, &w, &h);
          /* stacked parts are kept apart by a hair of background */
          if (f->stacked && f->horizontal && w > 2)
            w -= 1;
          else if (f->stacked && !f->horizontal && h > 2)
            y += 1, h -= 1;
          fill_bar (cr, s, ctx->dark, x, y, w, h);
        }
    }
}

/* After the reference line, so a label reads over it. */
static void
draw_end_labels (TfBarSpec   *spec,
                 cairo_t     *cr,
                 TfChartCtx  *ctx,
                 const TfBarFrame *f)
{
  if (!f->value_labels)
    return;
  for (guint c = 0; c < f->n_categories; c++)
    for (guint s = 0; s < (f->stacked ? 1 : f->n_series); s++)
      draw_end_label (spec, cr, ctx, f, s, c);
}

static void
draw_reference (TfBarSpec   *spec,
                cairo_t     *cr,
                TfChartCtx  *ctx,
                const TfBarFrame *f,
                double       width)
{
  static const double dashes[] = { 6, 3 };
  const char *label;
  g_autofree char *value_text = NULL;
  g_autofree char *text = NULL;
  double value, p;

  if (!tf_bar_spec_get_reference (spec, &value, &label))
    return;
  value_text = tf_bar_spec_format_value (spec, value);
  /* Translators: the label of a chart's reference line: "Budget: 1.200.000 kr." */
  text = label != NULL ? g_strdup_printf (_("%s: %s"), label, value_text) : g_steal_pointer (&value_text);
  p = round (_tf_bar_value_pos (f, value)) + 0.5;

  cairo_save (cr);
  cairo_set_source_rgba (cr, ctx->fg[0], ctx->fg[1], ctx->fg[2], ctx->fg[3] * 0.85);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, dashes, G_N_ELEMENTS (dashes), 0);
  if (f->horizontal)
    {
      double w = _tf_chart_text_width (ctx, text);

      cairo_move_to (cr, p, f->ref_top + ctx->line_height);
      cairo_line_to (cr, p, f->bottom);
      cairo_stroke (cr);
      /* over the line, kept inside the chart */
      _tf_chart_draw_text (cr, ctx, ctx->font, text,
                           CLAMP (p - w / 2, PAD, MAX (PAD, width - PAD - w)), f->ref_top, 0, 0, 1);
    }
  else
    {
      cairo_move_to (cr, f->left, p);
      cairo_line_to (cr, f->right, p);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      draw_halo_text (cr, ctx, text, f->right - 2, p - 2, 1, 1);
    }
  cairo_restore (cr);
}

static void
draw_legend (TfBarSpec   *spec,
             cairo_t     *cr,
             TfChartCtx  *ctx,
             const TfBarFrame *f,
             double       width)
{
  g_autoptr(GArray) keys = NULL;
  guint rows;

  keys = _tf_bar_legend_keys (spec, ctx, width, &rows);
  for (guint i = 0; i < keys->len; i++)
    {
      const TfBarKey *key = &g_array_index (keys, TfBarKey, i);
      double y = f->legend_top + key->row * (ctx->line_height + 6);
      double top = round (y + (ctx->line_height - SWATCH) / 2);

      fill_bar (cr, key->series, ctx->dark, key->x, top, SWATCH, SWATCH);
      _tf_chart_draw_text (cr, ctx, ctx->font, tf_bar_spec_get_series_name (spec, key->series),
                           key->x + SWATCH + 6, y, 0, 0, 0.9);
    }
}

/* Public */

void
tf_bar_spec_render_with_style (TfBarSpec          *self,
                               cairo_t            *cr,
                               double              width,
                               double              height,
                               const TfChartStyle *style)
{
  TfChartStyle fallback;
  TfChartCtx ctx;
  TfBarFrame f;

  g_return_if_fail (TF_IS_BAR_SPEC (self));
  g_return_if_fail (cr != NULL);

  if (width < 2 * PAD + 40 || height < 2 * PAD + 40)
    return;
  if (style == NULL)
    {
      tf_chart_style_init_default (&fallback);
      style = &fallback;
    }
  _tf_chart_ctx_init (&ctx, style, cr);
  _tf_bar_compute_frame (self, &ctx, width, height, &f);

  cairo_save (cr);
  if (tf_bar_spec_get_show_title (self) && tf_bar_spec_get_title (self) != NULL)
    {
      g_autoptr(PangoFontDescription) font = _tf_bar_title_font (&ctx);
      g_autoptr(PangoLayout) layout = _tf_bar_wrapped_layout (&ctx, font, tf_bar_spec_get_title (self),
                                                      width - 2 * PAD, PANGO_ALIGN_LEFT);

      cairo_set_source_rgba (cr, ctx.fg[0], ctx.fg[1], ctx.fg[2], ctx.fg[3]);
      cairo_move_to (cr, PAD, f.title_top);
      pango_cairo_show_layout (cr, layout);
    }
  if (!tf_bar_spec_has_data (self))
    {
      g_autoptr(PangoLayout) layout = _tf_bar_wrapped_layout (&ctx, ctx.big_font, tf_bar_spec_get_empty_text (self),
                                                      width - 2 * PAD - 24, PANGO_ALIGN_CENTER);

      cairo_set_source_rgba (cr, ctx.fg[0], ctx.fg[1], ctx.fg[2], ctx.fg[3] * 0.7);
      cairo_move_to (cr, PAD + 12, round ((height - _tf_bar_layout_height (layout)) / 2));
      pango_cairo_show_layout (cr, layout);
    }
  else
    {
      draw_value_axis (self, cr, &ctx, &f);
      draw_categories (self, cr, &ctx, &f);
      draw_bars (self, cr, &ctx, &f);
      draw_baseline (cr, &ctx, &f);
      draw_reference (self, cr, &ctx, &f, width);
      draw_end_labels (self, cr, &ctx, &f);
      draw_legend (self, cr, &ctx, &f, width);
    }
  cairo_restore (cr);
  _tf_chart_ctx_clear (&ctx);
}

void
tf_bar_spec_render (TfBarSpec *self,
                    cairo_t   *cr,
                    double     width,
                    double     height)
{
  tf_bar_spec_render_with_style (self, cr, width, height, NULL);
}
