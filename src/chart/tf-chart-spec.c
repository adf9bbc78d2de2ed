/* tf-chart-spec.c — what a line chart shows: its series, ranges, bands and words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-chart-spec.h"

typedef struct
{
  double          low, high;
  TfChartBandKind kind;
  char           *label;
} Band;

typedef struct
{
  TfChartSeries *series;
  gulong         changed_id;
  gboolean       visible;
} Entry;

struct _TfChartSpec
{
  GObject   parent_instance;

  char     *title;
  double    min, max;
  gboolean  has_range;
  char     *value_label;
  char     *date_from;
  char     *date_to;
  GArray   *bands;      /* Band */
  GArray   *entries;    /* Entry, in the order added */
  gboolean  show_legend;
  char     *empty_text;
};

G_DEFINE_FINAL_TYPE (TfChartSpec, tf_chart_spec, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_changed (TfChartSpec *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
clear_band (gpointer data)
{
  g_free (((Band *) data)->label);
}

static void
clear_entry (gpointer data)
{
  Entry *entry = data;

  g_clear_signal_handler (&entry->changed_id, entry->series);
  g_clear_object (&entry->series);
}

static void
tf_chart_spec_finalize (GObject *object)
{
  TfChartSpec *self = TF_CHART_SPEC (object);

  g_free (self->title);
  g_free (self->value_label);
  g_free (self->date_from);
  g_free (self->date_to);
  g_free (self->empty_text);
  g_array_unref (self->bands);
  g_array_unref (self->entries);

  G_OBJECT_CLASS (tf_chart_spec_parent_class)->finalize (object);
}

static void
tf_chart_spec_class_init (TfChartSpecClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_chart_spec_finalize;

  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
tf_chart_spec_init (TfChartSpec *self)
{
  self->bands = g_array_new (FALSE, TRUE, sizeof (Band));
  g_array_set_clear_func (self->bands, clear_band);
  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (self->entries, clear_entry);
  self->show_legend = TRUE;
}

/**
 * tf_chart_spec_new:
 * @title: (nullable): what the chart shows ("Assessment domains"); a screen
 *   reader's name for it
 *
 * Returns: (transfer full): an empty chart
 */
TfChartSpec *
tf_chart_spec_new (const char *title)
{
  TfChartSpec *self = g_object_new (TF_TYPE_CHART_SPEC, NULL);

  self->title = g_strdup (title);
  return self;
}

const char *
tf_chart_spec_get_title (TfChartSpec *self)
{
  g_return_val_if_fail (TF_IS_CHART_SPEC (self), NULL);
  return self->title;
}

void
tf_chart_spec_set_title (TfChartSpec *self,
                         const char  *title)
{
  g_return_if_fail (TF_IS_CHART_SPEC (self));

  g_free (self->title);
  self->title = g_strdup (title);
  emit_changed (self);
}

void
tf_chart_spec_set_value_range (TfChartSpec *self,
                               double       min,
                               double       max)
{
  g_return_if_fail (TF_IS_CHART_SPEC (self));
  g_return_if_fail (max > min);

  self->min = min;
  self->max = max;
  self->has_range = TRUE;
  emit_changed (self);
}

gboolean
tf_chart_spec_get_value_range (TfChartSpec *self,
                               double      *min,
                               double      *max)
{
  g_return_val_if_fail (TF_IS_CHART_SPEC (self), FALSE);

  if (self->has_range)
    {
      if (min != NULL)
        *min = self->min;
      if (max != NULL)
        *max = self->max;
    }
  return self->has_range;
}

void
tf_chart_spec_set_value_label (TfChartSpec *self,
                               const char  *label)
{
  g_return_if_fail (TF_IS_CHART_SPEC (self));

  g_free (self->value_label);
  self->value_label = g_strdup (label);
  emit_changed (self);
}

/**
 * tf_chart_spec_get_value_label:
 *
 * Returns: (nullable): what the values are, above their axis
 */
const char *
tf_chart_spec_get_value_label (TfChartSpec *self)
{
  g_return_val_if_fail (TF_IS_CHART_SPEC (self), NULL);
  return self->value_label;
}

/**
 * tf_chart_spec_set_date_range:
 * @from: (nullable): first day shown (ISO), or NULL for the first value's
 * @to: (nullable): last day shown (ISO), or NULL for the last value's
 *
 * Invalid dates count as NULL.
 */
void
tf_chart_spec_set_date_range (TfChartSpec *self,
                              const char  *from,
                              const char  *to)
{
  g_return_if_fail (TF_IS_CHART_SPEC (self));

  g_free (self->date_from);
  g_free (self->date_to);
  self->date_from = from != NULL && tf_iso_date_is_valid (from) ? g_strdup (from) : NULL;
  self->date_to = to != NULL && tf_iso_date_is_valid (to) ? g_strdup (to) : NULL;
  emit_changed (self);
}

/**
 * tf_chart_spec_get_date_from:
 *
 * Returns: (nullable): the first day shown, when fixed
 */
const char *
tf_chart_spec_get_date_from (TfChartSpec *self)
{
  g_return_val_if_fail (TF_IS_CHART_SPEC (self), NULL);
  return self->date_from;
}

/**
 * tf_chart_spec_get_date_to:
 *
 * Returns: (nullable): the last day shown, when fixed
 */
const char *
tf_chart_spec_get_date_to (TfChartSpec *self)
{
  g_return_val_if_fail (TF_IS_CHART_SPEC (self), NULL);
  return self->date_to;
}

/**
 * tf_chart_spec_add_band:
 * @label: (nullable): what the band means ("Serious concern")
 */
void
tf_chart_spec_add_band (TfChartSpec     *self,
                        double           low,
                        double           high,
                        TfChartBandKind  kind,
                        const char      *label)
{
  Band band = { MIN (low, high), MAX (low, high), kind, g_strdup (label) };

  g_return_if_fail (TF_IS_CHART_SPEC (self));

  g_array_append_val (self->bands, band);
  emit_changed (self);
}

guint
tf_chart_spec_get_n_bands (TfChartSpec *self)
{
  g_return_val_if_fail (TF_IS_CHART_SPEC (self), 0);
  return self->bands->len;
}

/**
 * tf_chart_spec_get_band:
 * @low: (out) (optional):
 * @high: (out) (optional):
 * @kind: (out) (optional):
 * @label: (out) (optional) (transfer none) (nullable):
 */
gboolean
tf_chart_spec_get_band (TfChartSpec      *self,
                        guint             index,
                        double           *low,
                        double           *high,
                        TfChartBandKind  *kind,
                        const char      **label)
{
  const Band *band;

  g_return_val_if_fail (TF_IS_CHART_SPEC (self), FALSE);

  if (index >= self->bands->len)
    return FALSE;
  band = &g_array_index (self->bands, Band, index);
  if (low != NULL)
    *low = band->low;
  if (high != NULL)
    *high = band->high;
  if (kind != NULL)
    *kind = band->kind;
  if (label != NULL)
    *label = band->label;
  return TRUE;
}

/**
 * tf_chart_spec_add_series:
 *
 * Returns: the series' index
 */
guint
tf_chart_spec_add_series (TfChartSpec   *self,
                          TfChartSeries *series)
{
  Entry entry = { NULL, 0, TRUE };

  g_return_val_if_fail (TF_IS_CHART_SPEC (self), 0);
  g_return_val_if_fail (TF_IS_CHART_SERIES (series), 0);

  entry.series = g_object_ref (series);
  entry.changed_id = g_signal_connect_swapped (series, "changed", G_CALLBACK (emit_changed), self);
  g_array_append_val (self->entries, entry);
  emit_changed (self);
  return self->entries->len - 1;
}

void
tf_chart_spec_remove_all_series (TfChartSpec *self)
{
  g_return_if_fail (TF_IS_CHART_SPEC (self));

  g_array_set_size (self->entries, 0);
  emit_changed (self);
}

guint
tf_chart_spec_get_n_series (TfChartSpec *self)
{
  g_return_val_if_fail (TF_IS_CHART_SPEC (self), 0);
  return self->entries->len;
}

/**
 * tf_chart_spec_get_series:
 *
 * Returns: (transfer none) (nullable): the series at @index
 */
TfChartSeries *
tf_chart_spec_get_series (TfChartSpec *self,
                          guint        index)
{
  g_return_val_if_fail (TF_IS_CHART_SPEC (self), NULL);

  if (index >= self->entries->len)
    return NULL;
  return g_array_index (self->entries, Entry, index).series;
}

void
tf_chart_spec_set_series_visible (TfChartSpec *self,
                                  guint        index,
                                  gboolean     visible)
{
  Entry *entry;

  g_return_if_fail (TF_IS_CHART_SPEC (self));
  g_return_if_fail (index < self->entries->len);

  entry = &g_array_index (self->entries, Entry, index);
  if (entry->visible == !!visible)
    return;
  entry->visible = !!visible;
  emit_changed (self);
}

gboolean
tf_chart_spec_get_series_visible (TfChartSpec *self,
                                  guint        index)
{
  g_return_val_if_fail (TF_IS_CHART_SPEC (self), FALSE);

  return index < self->entries->len && g_array_index (self->entries, Entry, index).visible;
}

void
tf_chart_spec_set_show_legend (TfChartSpec *self,
                               gboolean     show)
{
  g_return_if_fail (TF_IS_CHART_SPEC (self));

  self->show_legend = !!show;
  emit_changed (self);
}

gboolean
tf_chart_spec_get_show_legend (TfChartSpec *self)
{
  g_return_val_if_fail (TF_IS_CHART_SPEC (self), FALSE);
  return self->show_legend;
}

void
tf_chart_spec_set_empty_text (TfChartSpec *self,
                              const char  *text)
{
  g_return_if_fail (TF_IS_CHART_SPEC (self));

  g_free (self->empty_text);
  self->empty_text = g_strdup (text);
  emit_changed (self);
}

/**
 * tf_chart_spec_get_empty_text:
 *
 * Returns: what the chart says when it has nothing to draw
 */
const char *
tf_chart_spec_get_empty_text (TfChartSpec *self)
{
  g_return_val_if_fail (TF_IS_CHART_SPEC (self), NULL);
  return self->empty_text != NULL ? self->empty_text : _("No data");
}

gboolean
tf_chart_spec_has_data (TfChartSpec *self)
{
  g_return_val_if_fail (TF_IS_CHART_SPEC (self), FALSE);

  for (guint i = 0; i < self->entries->len; i++)
    {
      const Entry *entry = &g_array_index (self->entries, Entry, i);
      guint n = 0;

      if (entry->visible)
        tf_chart_series_get_points (entry->series, &n);
      if (n > 0)
        return TRUE;
    }
  return FALSE;
}

char *
tf_chart_spec_describe (TfChartSpec *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (TF_IS_CHART_SPEC (self), NULL);

  for (guint i = 0; i < self->entries->len; i++)
    {
      const Entry *entry = &g_array_index (self->entries, Entry, i);
      const char *title = tf_chart_series_get_title (entry->series);
      const TfIndicatorPoint *points;
      g_autofree char *first = NULL;
      g_autofree char *last = NULL;
      guint n;

      if (!entry->visible)
        continue;
      if (text->len > 0)
        g_string_append (text, "; ");
      points = tf_chart_series_get_points (entry->series, &n);
      if (n == 0)
        {
          /* Translators: a series of a chart without values: "Network: no values" */
          g_string_append_printf (text, _("%s: no values"), title);
          continue;
        }
      last = tf_chart_series_format_value (entry->series, points[n - 1].value);
      if (n == 1)
        {
          g_string_append_printf (text, "%s: %s", title, last);
          continue;
        }
      first = tf_chart_series_format_value (entry->series, points[0].value);
      /* Translators: a series from its first to its latest value: "School and learning: 3 → 7" */
      g_string_append_printf (text, _("%s: %s → %s"), title, first, last);
    }
  if (text->len == 0)
    return g_strdup (tf_chart_spec_get_empty_text (self));
  return g_string_free (g_steal_pointer (&text), FALSE);
}
