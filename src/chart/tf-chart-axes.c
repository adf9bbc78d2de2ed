/* tf-chart-axes.c — the bands, the grid and both axes of a chart
 *
 * The values' axis on round steps, the dates' axis with Danish month names
 * on the 1st of the month (or day ticks for short spans), and the bands
 * behind the lines with their words. Split from tf-chart-render.c, which
 * works out the frame they are drawn in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "tf-chart-render-private.h"

/* Kept in the same order and with the same context as tf-format.c, so one
 * translation serves both. */
static const char * const month_abbrevs[12] = {
  NC_("month", "Jan"), NC_("month", "Feb"), NC_("month", "Mar"),
  NC_("month", "Apr"), NC_("month", "May"), NC_("month", "Jun"),
  NC_("month", "Jul"), NC_("month", "Aug"), NC_("month", "Sep"),
  NC_("month", "Oct"), NC_("month", "Nov"), NC_("month", "Dec"),
};

/* Dates */

double
_tf_chart_julian (const char *iso)
{
  int y, m, d;
  GDate date;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return 0;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return g_date_get_julian (&date);
}

double
_tf_chart_julian_today (void)
{
  g_autofree char *today = tf_today_iso ();

  return _tf_chart_julian (today);
}

static const char *
month_abbrev (int month)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "month", month_abbrevs[month - 1]);
}

/* The smallest 1, 2 or 5 × 10^k step that keeps ticks @spacing apart. */
double
_tf_chart_nice_step (double span,
           double length,
           double spacing)
{
  double max_ticks = MAX (1, floor (length / spacing));
  double raw = span / max_ticks;
  double magnitude = pow (10, floor (log10 (raw)));
  static const double factors[] = { 1, 2, 5, 10 };

  for (guint i = 0; i < G_N_ELEMENTS (factors); i++)
    if (factors[i] * magnitude >= raw)
      return factors[i] * magnitude;
  return 10 * magnitude;
}

char *
_tf_chart_format_tick (double value,
             int    decimals)
{
  char format[8], number[G_ASCII_DTOSTR_BUF_SIZE];

  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (number, sizeof number, format, fabs (value) < 1e-9 ? 0 : value);
  g_strdelimit (number, ".", ',');
  return g_strdup (number);
}

/* Bands, grid, axes */

static void
band_color (TfChartBandKind kind,
            double         *rgb)
{
  static const double colors[][3] = {
    { 0.88, 0.11, 0.14 },   /* red */
    { 0.96, 0.76, 0.07 },   /* yellow */
    { 0.18, 0.76, 0.49 },   /* green */
    { 0.50, 0.50, 0.50 },   /* neutral */
  };

  memcpy (rgb, colors[MIN ((guint) kind, G_N_ELEMENTS (colors) - 1)], 3 * sizeof (double));
}

void
_tf_chart_draw_bands (TfChartSpec *spec,
            cairo_t     *cr,
            TfChartCtx  *ctx,
            const TfChartFrame *f)
{
  for (guint i = 0; i < tf_chart_spec_get_n_bands (spec); i++)
    {
      double low, high, rgb[3], top, bottom;
      TfChartBandKind kind;
      const char *label;

      tf_chart_spec_get_band (spec, i, &low, &high, &kind, &label);
      low = CLAMP (low, f->v0, f->v1);
      high = CLAMP (high, f->v0, f->v1);
      if (high <= low)
        continue;
      top = _tf_chart_y_of (f, high);
      bottom = _tf_chart_y_of (f, low);
      band_color (kind, rgb);
      cairo_set_source_rgba (cr, rgb[0], rgb[1], rgb[2], ctx->dark ? 0.13 : 0.11);
      cairo_rectangle (cr, f->left, top, f->right - f->left, bottom - top);
      cairo_fill (cr);
      if (label != NULL && bottom - top >= ctx->line_height + 2)
        _tf_chart_draw_text (cr, ctx, ctx->font, label, f->right - 4, top + 2, 1, 0, 0.55);
    }
}

void
_tf_chart_draw_value_axis (TfChartSpec *spec,
                 cairo_t     *cr,
                 TfChartCtx  *ctx,
                 const TfChartFrame *f)
{
  cairo_set_line_width (cr, 1);
  for (double v = ceil (f->v0 / f->step - 1e-9) * f->step; v <= f->v1 + 1e-9; v += f->step)
    {
      g_autofree char *label = _tf_chart_format_tick (v, f->decimals);
      double y = floor (_tf_chart_y_of (f, v)) + 0.5;

      cairo_set_source_rgba (cr, ctx->fg[0], ctx->fg[1], ctx->fg[2], ctx->fg[3] * 0.12);
      cairo_move_to (cr, f->left, y);
      cairo_line_to (cr, f->right, y);
      cairo_stroke (cr);
      _tf_chart_draw_text (cr, ctx, ctx->font, label, f->left - 6, y, 1, 0.5, 0.75);
    }
  if (tf_chart_spec_get_value_label (spec) != NULL)
    _tf_chart_draw_text (cr, ctx, ctx->font, tf_chart_spec_get_value_label (spec), PAD, PAD, 0, 0, 0.75);

  /* the axes themselves */
  cairo_set_source_rgba (cr, ctx->fg[0], ctx->fg[1], ctx->fg[2], ctx->fg[3] * 0.45);
  cairo_move_to (cr, floor (f->left) + 0.5, f->top);
  cairo_line_to (cr, floor (f->left) + 0.5, floor (f->bottom) + 0.5);
  cairo_line_to (cr, f->right, floor (f->bottom) + 0.5);
  cairo_stroke (cr);
}

static void
draw_tick (cairo_t     *cr,
           TfChartCtx  *ctx,
           const TfChartFrame *f,
           double       day,
           const char  *label,
           const char  *year)
{
  double x = floor (_tf_chart_x_of (f, day)) + 0.5;

  cairo_set_source_rgba (cr, ctx->fg[0], ctx->fg[1], ctx->fg[2], ctx->fg[3] * 0.45);
  cairo_move_to (cr, x, f->bottom);
  cairo_line_to (cr, x, f->bottom + 4);
  cairo_stroke (cr);
  _tf_chart_draw_text (cr, ctx, ctx->font, label, x, f->bottom + 5, 0.5, 0, 0.75);
  if (year != NULL)
    _tf_chart_draw_text (cr, ctx, ctx->font, year, x, f->bottom + 5 + ctx->line_height, 0.5, 0, 0.55);
}

/* Month ticks on the 1st, every 1, 2, 3, 6 or 12 months so the labels fit;
 * the year under the first and under each January. Spans under two
 * months get day ticks ("3. dec."). */
void
_tf_chart_draw_date_axis (cairo_t     *cr,
                TfChartCtx  *ctx,
                const TfChartFrame *f)
{
  static const int month_steps[] = { 1, 2, 3, 6, 12, 24, 60 };
  double width = f->right - f->left;
  double span = f->d1 - f->d0;
  double label_width = _tf_chart_text_width (ctx, month_abbrev (5)) + 16;
  GDate date;
  gboolean first = TRUE;

  cairo_set_line_width (cr, 1);
  if (span < 62)
    {
      static const int day_steps[] = { 1, 2, 7, 14, 28 };
      int step = 28;
      double day_width = _tf_chart_text_width (ctx, "30. ") + label_width;

      for (guint i = 0; i < G_N_ELEMENTS (day_steps); i++)
        if (span / day_steps[i] * day_width <= width)
          {
            step = day_steps[i];
            break;
          }
      for (double day = ceil (f->d0); day <= f->d1; day += step)
        {
          g_autofree char *label = NULL;
          g_autofree char *year = NULL;

          g_date_clear (&date, 1);
          g_date_set_julian (&date, (guint32) day);
          label = g_strdup_printf ("%d. %s", g_date_get_day (&date), month_abbrev (g_date_get_month (&date)));
          if (first || (g_date_get_month (&date) == 1 && g_date_get_day (&date) <= (guint) step))
            year = g_strdup_printf ("%d", g_date_get_year (&date));
          draw_tick (cr, ctx, f, day, label, year);
          first = FALSE;
        }
      return;
    }

  {
    int step = month_steps[G_N_ELEMENTS (month_steps) - 1];
    int year, month;

    for (guint i = 0; i < G_N_ELEMENTS (month_steps); i++)
      if (span / 30.44 / month_steps[i] * label_width <= width)
        {
          step = month_steps[i];
          break;
        }
    g_date_clear (&date, 1);
    g_date_set_julian (&date, (guint32) ceil (f->d0));
    year = g_date_get_year (&date);
    month = g_date_get_month (&date);
    if (g_date_get_day (&date) > 1)
      month++;
    for (;; month++)
      {
        g_autofree char *year_text = NULL;
        double day;

        if (month > 12)
          month = 1, year++;
        if ((month - 1) % MIN (step, 12) != 0 || (step > 12 && year % (step / 12) != 0))
          continue;
        g_date_set_dmy (&date, 1, month, year);
        day = g_date_get_julian (&date);
        if (day > f->d1)
          break;
        if (first || month == 1)
          year_text = g_strdup_printf ("%d", year);
        /* a yearly axis says the year alone */
        draw_tick (cr, ctx, f, day, step >= 12 ? year_text : month_abbrev (month),
                   step >= 12 ? NULL : year_text);
        first = FALSE;
      }
  }
}
