/* tf-chart-render.c — draws a TfChartSpec with cairo, for screen and PDF alike
 *
 * No GTK: a widget (TfChart) hands in its colours and Pango context, a
 * report its PDF surface. The frame — where the plot sits and which ticks
 * the axes get — is worked out from the text sizes the same way for drawing
 * and for picking the point under the pointer, so a tooltip always names
 * the marker that is drawn there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "tf-chart-render-private.h"

#define KEY_WIDTH   28.0
#define MARKER       4.0
#define LINE_WIDTH   2.0

/* Okabe–Ito colours (told apart with the common colour-vision
 * deficiencies); dark backgrounds get lighter ones. */
static const guint32 palette_light[] = {
  0x0072b2, 0xd55e00, 0x009e73, 0xcc79a7, 0xb07800, 0x3b8fc4, 0x555555, 0x7042a8,
};
static const guint32 palette_dark[] = {
  0x62a0ea, 0xffa348, 0x57e389, 0xdc8add, 0xf8e45c, 0x99c1f1, 0xc0bfbc, 0xb592e8,
};

typedef enum { MARK_CIRCLE, MARK_SQUARE, MARK_TRIANGLE, MARK_DIAMOND, MARK_TRIANGLE_DOWN, MARK_CROSS, N_MARKS } Mark;

/* Context */

static void
ctx_init (TfChartCtx         *ctx,
          const TfChartStyle *style,
          cairo_t            *cr)
{
  const PangoFontDescription *base;
  int size;

  if (style->context != NULL)
    ctx->context = g_object_ref (style->context);
  else if (cr != NULL)
    ctx->context = pango_cairo_create_context (cr);
  else
    ctx->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());

  base = style->font != NULL ? style->font : pango_context_get_font_description (ctx->context);
  ctx->big_font = base != NULL ? pango_font_description_copy (base)
                               : pango_font_description_from_string ("Sans 10");
  if (pango_font_description_get_size (ctx->big_font) <= 0)
    pango_font_description_set_size (ctx->big_font, 10 * PANGO_SCALE);
  ctx->font = pango_font_description_copy (ctx->big_font);
  size = pango_font_description_get_size (ctx->font);
  if (pango_font_description_get_size_is_absolute (ctx->font))
    pango_font_description_set_absolute_size (ctx->font, size * 0.88);
  else
    pango_font_description_set_size (ctx->font, (int) (size * 0.88));
  memcpy (ctx->fg, style->foreground, sizeof ctx->fg);
  ctx->dark = style->dark;
  {
    PangoLayout *layout = pango_layout_new (ctx->context);

    pango_layout_set_font_description (layout, ctx->font);
    pango_layout_set_text (layout, "Åg0", -1);
    pango_layout_get_pixel_size (layout, NULL, &ctx->line_height);
    g_object_unref (layout);
  }
}

static void
ctx_clear (TfChartCtx *ctx)
{
  g_clear_object (&ctx->context);
  g_clear_pointer (&ctx->font, pango_font_description_free);
  g_clear_pointer (&ctx->big_font, pango_font_description_free);
}

static PangoLayout *
make_layout (TfChartCtx                 *ctx,
             const PangoFontDescription *font,
             const char                 *text)
{
  PangoLayout *layout = pango_layout_new (ctx->context);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

double
_tf_chart_text_width (TfChartCtx *ctx,
            const char *text)
{
  g_autoptr(PangoLayout) layout = make_layout (ctx, ctx->font, text);
  int width;

  pango_layout_get_pixel_size (layout, &width, NULL);
  return width;
}

/* Draws @text with its (@ax, @ay) point — 0 left/top, 0.5 middle, 1
 * right/bottom — at (@x, @y). */
void
_tf_chart_draw_text (cairo_t                    *cr,
           TfChartCtx                 *ctx,
           const PangoFontDescription *font,
           const char                 *text,
           double                      x,
           double                      y,
           double                      ax,
           double                      ay,
           double                      alpha)
{
  g_autoptr(PangoLayout) layout = make_layout (ctx, font, text);
  int width, height;

  pango_layout_get_pixel_size (layout, &width, &height);
  cairo_set_source_rgba (cr, ctx->fg[0], ctx->fg[1], ctx->fg[2], ctx->fg[3] * alpha);
  cairo_move_to (cr, round (x - ax * width), round (y - ay * height));
  pango_cairo_show_layout (cr, layout);
}

/* Values */

static gboolean
data_extent (TfChartSpec *spec,
             double      *lo,
             double      *hi,
             double      *first_day,
             double      *last_day)
{
  gboolean any = FALSE;

  *lo = INFINITY, *hi = -INFINITY, *first_day = INFINITY, *last_day = -INFINITY;
  for (guint i = 0; i < tf_chart_spec_get_n_series (spec); i++)
    {
      TfChartSeries *series = tf_chart_spec_get_series (spec, i);
      const TfIndicatorPoint *points;
      guint n;

      if (!tf_chart_spec_get_series_visible (spec, i))
        continue;
      points = tf_chart_series_get_points (series, &n);
      for (guint k = 0; k < n; k++)
        {
          double day = _tf_chart_julian (points[k].measured_on);

          *lo = MIN (*lo, points[k].value);
          *hi = MAX (*hi, points[k].value);
          *first_day = MIN (*first_day, day);
          *last_day = MAX (*last_day, day);
          any = TRUE;
        }
    }
  return any;
}

/* Legend */

typedef struct
{
  guint  series;
  double x, row;
} LegendItem;

/* Places the visible series' keys in rows under the plot. */
static GArray *
legend_items (TfChartSpec *spec,
              TfChartCtx  *ctx,
              double       width,
              guint       *n_rows)
{
  GArray *items = g_array_new (FALSE, FALSE, sizeof (LegendItem));
  double x = PAD;
  guint row = 0;

  *n_rows = 0;
  if (!tf_chart_spec_get_show_legend (spec))
    return items;
  for (guint i = 0; i < tf_chart_spec_get_n_series (spec); i++)
    {
      double w;
      LegendItem item;

      if (!tf_chart_spec_get_series_visible (spec, i))
        continue;
      w = KEY_WIDTH + 6 + _tf_chart_text_width (ctx, tf_chart_series_get_title (tf_chart_spec_get_series (spec, i)));
      if (x > PAD && x + w > width - PAD)
        {
          x = PAD;
          row++;
        }
      item.series = i;
      item.x = x;
      item.row = row;
      g_array_append_val (items, item);
      x += w + 18;
      *n_rows = row + 1;
    }
  return items;
}

/* TfChartFrame */

static void
compute_frame (TfChartSpec *spec,
               TfChartCtx  *ctx,
               double       width,
               double       height,
               TfChartFrame       *f)
{
  double lo, hi, first_day, last_day, min, max, label_width = 0;
  gboolean has_data = data_extent (spec, &lo, &hi, &first_day, &last_day);
  g_autoptr(GArray) legend = NULL;
  guint rows;
  int line = ctx->line_height;

  /* dates: as fixed, else from the values, else the last month */
  f->d0 = tf_chart_spec_get_date_from (spec) ? _tf_chart_julian (tf_chart_spec_get_date_from (spec))
                                             : has_data ? first_day : _tf_chart_julian_today () - 30;
  f->d1 = tf_chart_spec_get_date_to (spec) ? _tf_chart_julian (tf_chart_spec_get_date_to (spec))
                                           : has_data ? last_day : _tf_chart_julian_today ();
  if (f->d1 < f->d0)
    {
      double swap = f->d0;
      f->d0 = f->d1;
      f->d1 = swap;
    }
  if (f->d1 - f->d0 < 14)   /* one day, or a few: room either side */
    {
      double mid = (f->d0 + f->d1) / 2;
      f->d0 = floor (mid - 7);
      f->d1 = ceil (mid + 7);
    }
  else
    {
      /* a little room, so a marker on the first or last day clears the axis */
      double room = (f->d1 - f->d0) * 0.015;
      f->d0 -= room;
      f->d1 += room;
    }

  legend = legend_items (spec, ctx, width, &rows);
  f->top = PAD + (tf_chart_spec_get_value_label (spec) ? line + 6 : line / 2.0);
  f->legend_top = height - PAD - rows * (line + 6);
  f->bottom = f->legend_top - (rows > 0 ? 10 : 0) - 2 * line - 8;
  f->bottom = MAX (f->top + 10, f->bottom);

  /* values: as fixed, else the data's on round numbers */
  if (tf_chart_spec_get_value_range (spec, &min, &max))
    {
      f->v0 = min;
      f->v1 = max;
      f->step = _tf_chart_nice_step (max - min, f->bottom - f->top, 1.6 * line);
    }
  else
    {
      if (!has_data)
        lo = 0, hi = 1;
      if (hi - lo < 1e-9)
        lo -= 1, hi += 1;
      f->step = _tf_chart_nice_step (hi - lo, f->bottom - f->top, 1.6 * line);
      f->v0 = floor (lo / f->step) * f->step;
      f->v1 = ceil (hi / f->step) * f->step;
      if (f->v1 - f->v0 < f->step)
        f->v1 = f->v0 + f->step;
    }
  f->decimals = f->step >= 1 ? 0 : (int) ceil (-log10 (f->step) - 1e-9);

  for (double v = ceil (f->v0 / f->step - 1e-9) * f->step; v <= f->v1 + 1e-9; v += f->step)
    {
      g_autofree char *label = _tf_chart_format_tick (v, f->decimals);
      label_width = MAX (label_width, _tf_chart_text_width (ctx, label));
    }
  f->left = PAD + label_width + 8;
  f->right = MAX (f->left + 10, width - PAD - MARKER);
}

double
_tf_chart_x_of (const TfChartFrame *f,
      double       day)
{
  return f->left + (day - f->d0) / (f->d1 - f->d0) * (f->right - f->left);
}

double
_tf_chart_y_of (const TfChartFrame *f,
      double       value)
{
  return f->bottom - (value - f->v0) / (f->v1 - f->v0) * (f->bottom - f->top);
}

/* Series */

void
tf_chart_series_color (guint    index,
                       gboolean dark,
                       double  *rgb)
{
  guint32 color = (dark ? palette_dark : palette_light)[index % G_N_ELEMENTS (palette_light)];

  rgb[0] = ((color >> 16) & 0xff) / 255.0;
  rgb[1] = ((color >> 8) & 0xff) / 255.0;
  rgb[2] = (color & 0xff) / 255.0;
}

static void
set_dash (cairo_t *cr,
          guint    index)
{
  static const double dashed[] = { 8, 4 };
  static const double dotted[] = { 2, 3.5 };
  static const double dash_dot[] = { 10, 3, 2, 3 };

  switch (index % 4)
    {
    case 1: cairo_set_dash (cr, dashed, G_N_ELEMENTS (dashed), 0); break;
    case 2: cairo_set_dash (cr, dotted, G_N_ELEMENTS (dotted), 0); break;
    case 3: cairo_set_dash (cr, dash_dot, G_N_ELEMENTS (dash_dot), 0); break;
    default: cairo_set_dash (cr, NULL, 0, 0); break;
    }
}

static void
draw_marker (cairo_t *cr,
             guint    index,
             double   x,
             double   y)
{
  double r = MARKER;

  cairo_set_dash (cr, NULL, 0, 0);
  cairo_new_path (cr);
  switch ((Mark) (index % N_MARKS))
    {
    case MARK_SQUARE:
      cairo_rectangle (cr, x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
      break;
    case MARK_TRIANGLE:
      cairo_move_to (cr, x, y - r * 1.15);
      cairo_line_to (cr, x + r, y + r * 0.75);
      cairo_line_to (cr, x - r, y + r * 0.75);
      cairo_close_path (cr);
      break;
    case MARK_DIAMOND:
      cairo_move_to (cr, x, y - r * 1.2);
      cairo_line_to (cr, x + r * 1.2, y);
      cairo_line_to (cr, x, y + r * 1.2);
      cairo_line_to (cr, x - r * 1.2, y);
      cairo_close_path (cr);
      break;
    case MARK_TRIANGLE_DOWN:
      cairo_move_to (cr, x, y + r * 1.15);
      cairo_line_to (cr, x + r, y - r * 0.75);
      cairo_line_to (cr, x - r, y - r * 0.75);
      cairo_close_path (cr);
      break;
    case MARK_CROSS:
      cairo_set_line_width (cr, 2.5);
      cairo_move_to (cr, x - r, y - r);
      cairo_line_to (cr, x + r, y + r);
      cairo_move_to (cr, x + r, y - r);
      cairo_line_to (cr, x - r, y + r);
      cairo_stroke (cr);
      return;
    case MARK_CIRCLE:
    case N_MARKS:
    default:
      cairo_arc (cr, x, y, r, 0, 2 * G_PI);
      break;
    }
  cairo_fill (cr);
}

static void
draw_series (TfChartSpec *spec,
             guint        index,
             cairo_t     *cr,
             TfChartCtx  *ctx,
             const TfChartFrame *f)
{
  TfChartSeries *series = tf_chart_spec_get_series (spec, index);
  const TfIndicatorPoint *points;
  double rgb[3];
  guint n;

  points = tf_chart_series_get_points (series, &n);
  if (n == 0)
    return;
  tf_chart_series_color (index, ctx->dark, rgb);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_set_line_width (cr, LINE_WIDTH);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  set_dash (cr, index);
  cairo_new_path (cr);
  for (guint k = 0; k < n; k++)
    cairo_line_to (cr, _tf_chart_x_of (f, _tf_chart_julian (points[k].measured_on)), _tf_chart_y_of (f, points[k].value));
  cairo_stroke (cr);
  for (guint k = 0; k < n; k++)
    draw_marker (cr, index, _tf_chart_x_of (f, _tf_chart_julian (points[k].measured_on)), _tf_chart_y_of (f, points[k].value));
}

static void
draw_key (cairo_t *cr,
          TfChartCtx     *ctx,
          guint    index,
          double   x,
          double   y,
          double   width,
          double   height)
{
  double rgb[3];

  tf_chart_series_color (index, ctx->dark, rgb);
  cairo_save (cr);
  cairo_set_source_rgb (cr, rgb[0], rgb[1], rgb[2]);
  cairo_set_line_width (cr, LINE_WIDTH);
  set_dash (cr, index);
  cairo_move_to (cr, x + 1, y + height / 2);
  cairo_line_to (cr, x + width - 1, y + height / 2);
  cairo_stroke (cr);
  draw_marker (cr, index, x + width / 2, y + height / 2);
  cairo_restore (cr);
}

static void
draw_legend (TfChartSpec *spec,
             cairo_t     *cr,
             TfChartCtx  *ctx,
             const TfChartFrame *f,
             double       width)
{
  g_autoptr(GArray) items = NULL;
  guint rows;

  items = legend_items (spec, ctx, width, &rows);
  for (guint i = 0; i < items->len; i++)
    {
      const LegendItem *item = &g_array_index (items, LegendItem, i);
      double y = f->legend_top + item->row * (ctx->line_height + 6);

      draw_key (cr, ctx, item->series, item->x, y, KEY_WIDTH, ctx->line_height);
      _tf_chart_draw_text (cr, ctx, ctx->font,
                 tf_chart_series_get_title (tf_chart_spec_get_series (spec, item->series)),
                 item->x + KEY_WIDTH + 6, y, 0, 0, 0.9);
    }
}

/* The same context for the bar charts (tf-bar-render.c). */
void
_tf_chart_ctx_init (TfChartCtx         *ctx,
                    const TfChartStyle *style,
                    cairo_t            *cr)
{
  ctx_init (ctx, style, cr);
}

void
_tf_chart_ctx_clear (TfChartCtx *ctx)
{
  ctx_clear (ctx);
}

/* Public */

void
tf_chart_style_init_default (TfChartStyle *style)
{
  g_return_if_fail (style != NULL);

  memset (style, 0, sizeof *style);
  style->foreground[3] = 1;
}

void
tf_chart_render (TfChartSpec        *spec,
                 cairo_t            *cr,
                 double              width,
                 double              height,
                 const TfChartStyle *style)
{
  TfChartStyle fallback;
  TfChartCtx ctx;
  TfChartFrame f;

  g_return_if_fail (TF_IS_CHART_SPEC (spec));
  g_return_if_fail (cr != NULL);

  if (width < 2 * PAD + 20 || height < 2 * PAD + 20)
    return;
  if (style == NULL)
    {
      tf_chart_style_init_default (&fallback);
      style = &fallback;
    }
  ctx_init (&ctx, style, cr);
  compute_frame (spec, &ctx, width, height, &f);

  cairo_save (cr);
  _tf_chart_draw_bands (spec, cr, &ctx, &f);
  _tf_chart_draw_value_axis (spec, cr, &ctx, &f);
  _tf_chart_draw_date_axis (cr, &ctx, &f);

  if (!tf_chart_spec_has_data (spec))
    {
      /* no lines at all, and a word on what to do instead */
      g_autoptr(PangoLayout) layout = make_layout (&ctx, ctx.big_font, tf_chart_spec_get_empty_text (spec));
      int w, h;

      pango_layout_set_width (layout, (int) ((f.right - f.left - 24) * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      pango_layout_get_pixel_size (layout, &w, &h);
      cairo_set_source_rgba (cr, ctx.fg[0], ctx.fg[1], ctx.fg[2], ctx.fg[3] * 0.7);
      cairo_move_to (cr, f.left + 12, round ((f.top + f.bottom - h) / 2));
      pango_cairo_show_layout (cr, layout);
    }
  else
    {
      /* markers may stick out of the plot a little, lines may not run off */
      cairo_save (cr);
      cairo_rectangle (cr, f.left - MARKER - 2, f.top - MARKER - 2,
                       f.right - f.left + 2 * MARKER + 4, f.bottom - f.top + 2 * MARKER + 4);
      cairo_clip (cr);
      for (guint i = 0; i < tf_chart_spec_get_n_series (spec); i++)
        if (tf_chart_spec_get_series_visible (spec, i))
          draw_series (spec, i, cr, &ctx, &f);
      cairo_restore (cr);
    }
  draw_legend (spec, cr, &ctx, &f, width);
  cairo_restore (cr);
  ctx_clear (&ctx);
}

void
tf_chart_render_key (TfChartSpec        *spec,
                     guint               index,
                     cairo_t            *cr,
                     double              width,
                     double              height,
                     const TfChartStyle *style)
{
  TfChartCtx ctx = { 0 };

  g_return_if_fail (TF_IS_CHART_SPEC (spec));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);

  /* no text: colours only, no Pango */
  ctx.dark = style->dark;
  draw_key (cr, &ctx, index, 0, 0, width, height);
}

gboolean
tf_chart_pick (TfChartSpec        *spec,
               double              width,
               double              height,
               const TfChartStyle *style,
               double              x,
               double              y,
               double              max_distance,
               guint              *series_index,
               guint              *point_index)
{
  double best = max_distance * max_distance;
  gboolean found = FALSE;
  TfChartCtx ctx;
  TfChartFrame f;

  g_return_val_if_fail (TF_IS_CHART_SPEC (spec), FALSE);
  g_return_val_if_fail (style != NULL, FALSE);

  if (width < 2 * PAD + 20 || height < 2 * PAD + 20)
    return FALSE;
  ctx_init (&ctx, style, NULL);
  compute_frame (spec, &ctx, width, height, &f);
  for (guint i = 0; i < tf_chart_spec_get_n_series (spec); i++)
    {
      const TfIndicatorPoint *points;
      guint n;

      if (!tf_chart_spec_get_series_visible (spec, i))
        continue;
      points = tf_chart_series_get_points (tf_chart_spec_get_series (spec, i), &n);
      for (guint k = 0; k < n; k++)
        {
          double dx = _tf_chart_x_of (&f, _tf_chart_julian (points[k].measured_on)) - x;
          double dy = _tf_chart_y_of (&f, points[k].value) - y;

          if (dx * dx + dy * dy <= best)
            {
              best = dx * dx + dy * dy;
              if (series_index != NULL)
                *series_index = i;
              if (point_index != NULL)
                *point_index = k;
              found = TRUE;
            }
        }
    }
  ctx_clear (&ctx);
  return found;
}
