/* tf-chart-series.c — what a chart shows: dated values, their range and unit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-chart-series.h"

struct _TfChartSeries
{
  GObject      parent_instance;

  char        *title;
  char        *unit;
  int          decimals;
  TfIndicator *indicator;   /* formats values when set */
  GArray      *points;      /* TfIndicatorPoint, oldest first */
  double       min, max;
  gboolean     has_range;
  double       band_low, band_high;
  gboolean     has_band;
};

G_DEFINE_FINAL_TYPE (TfChartSeries, tf_chart_series, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
tf_chart_series_finalize (GObject *object)
{
  TfChartSeries *self = TF_CHART_SERIES (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->unit, g_free);
  g_clear_object (&self->indicator);
  g_clear_pointer (&self->points, g_array_unref);

  G_OBJECT_CLASS (tf_chart_series_parent_class)->finalize (object);
}

static void
tf_chart_series_class_init (TfChartSeriesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_chart_series_finalize;

  /**
   * TfChartSeries::changed:
   *
   * The points, range or band changed: charts redraw.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
tf_chart_series_init (TfChartSeries *self)
{
  self->points = g_array_new (FALSE, TRUE, sizeof (TfIndicatorPoint));
}

/**
 * tf_chart_series_new:
 * @title: what is measured ("Absence")
 * @unit: (nullable): shown after values ("%")
 * @decimals: decimals shown
 *
 * Returns: (transfer full): an empty series
 */
TfChartSeries *
tf_chart_series_new (const char *title,
                     const char *unit,
                     int         decimals)
{
  TfChartSeries *self = g_object_new (TF_TYPE_CHART_SERIES, NULL);

  self->title = g_strdup (title != NULL ? title : "");
  self->unit = g_strdup (unit);
  self->decimals = CLAMP (decimals, 0, 6);
  return self;
}

/**
 * tf_chart_series_new_for_indicator:
 * @indicator: the indicator measured
 * @points: (nullable) (element-type TfIndicatorPoint): its values, as
 *   tf_indicator_list_values() gives them
 *
 * A series titled, formatted and ranged as @indicator declares.
 *
 * Returns: (transfer full): the series
 */
TfChartSeries *
tf_chart_series_new_for_indicator (TfIndicator *indicator,
                                   GArray      *points)
{
  TfChartSeries *self;

  g_return_val_if_fail (TF_IS_INDICATOR (indicator), NULL);

  self = tf_chart_series_new (tf_indicator_get_title (indicator),
                              tf_indicator_get_unit (indicator),
                              tf_indicator_get_decimals (indicator));
  self->indicator = g_object_ref (indicator);
  if (tf_indicator_get_max (indicator) > tf_indicator_get_min (indicator))
    {
      self->min = tf_indicator_get_min (indicator);
      self->max = tf_indicator_get_max (indicator);
      self->has_range = TRUE;
    }
  if (points != NULL)
    tf_chart_series_set_points (self, (const TfIndicatorPoint *) (gpointer) points->data, points->len);
  return self;
}

const char *
tf_chart_series_get_title (TfChartSeries *self)
{
  g_return_val_if_fail (TF_IS_CHART_SERIES (self), NULL);
  return self->title;
}

/**
 * tf_chart_series_get_unit:
 *
 * Returns: (nullable): the unit
 */
const char *
tf_chart_series_get_unit (TfChartSeries *self)
{
  g_return_val_if_fail (TF_IS_CHART_SERIES (self), NULL);
  return self->unit;
}

/**
 * tf_chart_series_get_indicator:
 *
 * Returns: (transfer none) (nullable): the indicator the series was made for
 */
TfIndicator *
tf_chart_series_get_indicator (TfChartSeries *self)
{
  g_return_val_if_fail (TF_IS_CHART_SERIES (self), NULL);
  return self->indicator;
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  return strcmp (((const TfIndicatorPoint *) a)->measured_on,
                 ((const TfIndicatorPoint *) b)->measured_on);
}

/**
 * tf_chart_series_set_points:
 * @points: (array length=n_points) (nullable): the values
 *
 * Replaces the values; they are kept oldest first (a stable sort by date,
 * so two values of one day stay in the order given).
 */
void
tf_chart_series_set_points (TfChartSeries          *self,
                            const TfIndicatorPoint *points,
                            guint                   n_points)
{
  g_return_if_fail (TF_IS_CHART_SERIES (self));
  g_return_if_fail (n_points == 0 || points != NULL);

  g_array_set_size (self->points, 0);
  for (guint i = 0; i < n_points; i++)
    {
      TfIndicatorPoint p = points[i];

      /* a date or value no chart can place is left out rather than drawn wrong */
      p.measured_on[sizeof p.measured_on - 1] = '\0';
      if (!tf_iso_date_is_valid (p.measured_on) || !isfinite (p.value))
        continue;
      g_array_append_val (self->points, p);
    }
  /* g_array_sort is not stable; the values come sorted from the store, so
   * only sort when they are not */
  for (guint i = 1; i < self->points->len; i++)
    if (compare_points (&g_array_index (self->points, TfIndicatorPoint, i - 1),
                        &g_array_index (self->points, TfIndicatorPoint, i)) > 0)
      {
        g_array_sort (self->points, compare_points);
        break;
      }
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

/**
 * tf_chart_series_get_points:
 * @n_points: (out): how many
 *
 * Returns: (transfer none) (array length=n_points): the values, oldest first
 */
const TfIndicatorPoint *
tf_chart_series_get_points (TfChartSeries *self,
                            guint         *n_points)
{
  g_return_val_if_fail (TF_IS_CHART_SERIES (self), NULL);
  g_return_val_if_fail (n_points != NULL, NULL);

  *n_points = self->points->len;
  return (const TfIndicatorPoint *) (gpointer) self->points->data;
}

/**
 * tf_chart_series_set_range:
 *
 * The values the measure can take at all (0–100 for a percentage). Charts
 * never draw outside it.
 */
void
tf_chart_series_set_range (TfChartSeries *self,
                           double         min,
                           double         max)
{
  g_return_if_fail (TF_IS_CHART_SERIES (self));
  g_return_if_fail (max > min);

  self->min = min;
  self->max = max;
  self->has_range = TRUE;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

gboolean
tf_chart_series_get_range (TfChartSeries *self,
                           double        *min,
                           double        *max)
{
  g_return_val_if_fail (TF_IS_CHART_SERIES (self), FALSE);

  if (self->has_range)
    {
      if (min != NULL)
        *min = self->min;
      if (max != NULL)
        *max = self->max;
    }
  return self->has_range;
}

/**
 * tf_chart_series_set_band:
 *
 * A band drawn behind the values, e.g. a target range or what is normal.
 */
void
tf_chart_series_set_band (TfChartSeries *self,
                          double         low,
                          double         high)
{
  g_return_if_fail (TF_IS_CHART_SERIES (self));

  self->band_low = MIN (low, high);
  self->band_high = MAX (low, high);
  self->has_band = TRUE;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

void
tf_chart_series_clear_band (TfChartSeries *self)
{
  g_return_if_fail (TF_IS_CHART_SERIES (self));

  if (!self->has_band)
    return;
  self->has_band = FALSE;
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

gboolean
tf_chart_series_get_band (TfChartSeries *self,
                          double        *low,
                          double        *high)
{
  g_return_val_if_fail (TF_IS_CHART_SERIES (self), FALSE);

  if (self->has_band)
    {
      if (low != NULL)
        *low = self->band_low;
      if (high != NULL)
        *high = self->band_high;
    }
  return self->has_band;
}

/**
 * tf_chart_series_get_extent:
 *
 * The lowest and highest value measured; %FALSE when there are none.
 */
gboolean
tf_chart_series_get_extent (TfChartSeries *self,
                            double        *low,
                            double        *high)
{
  double lo = INFINITY, hi = -INFINITY;

  g_return_val_if_fail (TF_IS_CHART_SERIES (self), FALSE);

  for (guint i = 0; i < self->points->len; i++)
    {
      double v = g_array_index (self->points, TfIndicatorPoint, i).value;

      lo = MIN (lo, v);
      hi = MAX (hi, v);
    }
  if (self->points->len == 0)
    return FALSE;
  if (low != NULL)
    *low = lo;
  if (high != NULL)
    *high = hi;
  return TRUE;
}

/**
 * tf_chart_series_format_value:
 *
 * Returns: (transfer full): "12,5 %"
 */
char *
tf_chart_series_format_value (TfChartSeries *self,
                              double         value)
{
  char format[8];
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (TF_IS_CHART_SERIES (self), NULL);

  if (self->indicator != NULL)
    return tf_indicator_format_value (self->indicator, value);

  g_snprintf (format, sizeof format, "%%.%df", self->decimals);
  g_ascii_formatd (number, sizeof number, format, value);
  g_strdelimit (number, ".", ',');
  if (self->unit == NULL || *self->unit == '\0')
    return g_strdup (number);
  return g_strdup_printf ("%s %s", number, self->unit);
}

/**
 * tf_chart_series_describe:
 *
 * The series in words, for screen readers and tooltips: "Absence: 12,5 % on
 * 3. dec. 2025, from 30,0 % on 1. sep. 2025".
 *
 * Returns: (transfer full): the description
 */
char *
tf_chart_series_describe (TfChartSeries *self)
{
  const TfIndicatorPoint *first, *last;
  g_autofree char *last_value = NULL;
  g_autofree char *last_date = NULL;
  g_autofree char *first_value = NULL;
  g_autofree char *first_date = NULL;

  g_return_val_if_fail (TF_IS_CHART_SERIES (self), NULL);

  if (self->points->len == 0)
    /* Translators: %s is what is measured, e.g. "Absence" */
    return g_strdup_printf (_("%s: no measurements yet"), self->title);

  first = &g_array_index (self->points, TfIndicatorPoint, 0);
  last = &g_array_index (self->points, TfIndicatorPoint, self->points->len - 1);
  last_value = tf_chart_series_format_value (self, last->value);
  last_date = tf_format_date (last->measured_on);
  if (self->points->len == 1)
    /* Translators: "Absence: 12,5 % on 3. dec. 2025" */
    return g_strdup_printf (_("%s: %s on %s"), self->title, last_value, last_date);

  first_value = tf_chart_series_format_value (self, first->value);
  first_date = tf_format_date (first->measured_on);
  /* Translators: "Absence: 12,5 % on 3. dec. 2025, from 30 % on 1. sep. 2025" */
  return g_strdup_printf (_("%s: %s on %s, from %s on %s"), self->title,
                          last_value, last_date, first_value, first_date);
}
