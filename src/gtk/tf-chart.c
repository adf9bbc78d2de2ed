/* tf-chart.c — a line chart of several series, drawn by libtaskforce-chart
 *
 * The drawing is tf_chart_render()'s, the same a PDF report gets; this
 * widget adds what a screen needs: the theme's text colour and font (so
 * dark mode follows), a tooltip naming the value nearest the pointer, and
 * words for a screen reader — the chart's title as its name and every
 * series from first to latest value as its description.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-chart.h"

#define MIN_WIDTH      240
#define NATURAL_WIDTH  520
#define MIN_HEIGHT     180
#define NATURAL_HEIGHT 260
#define PICK_DISTANCE  16.0

struct _TfChart
{
  GtkWidget    parent_instance;

  TfChartSpec *spec;
  gulong       changed_id;
};

G_DEFINE_FINAL_TYPE (TfChart, tf_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SPEC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_accessible (TfChart *self)
{
  g_autofree char *description = NULL;
  const char *title;

  if (self->spec == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  title = tf_chart_spec_get_title (self->spec);
  description = tf_chart_spec_describe (self->spec);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
on_spec_changed_cb (TfChartSpec *spec,
                    TfChart     *self)
{
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
tf_chart_get_style (TfChart      *self,
                    TfChartStyle *style)
{
  GdkRGBA fg;

  g_return_if_fail (TF_IS_CHART (self));
  g_return_if_fail (style != NULL);

  tf_chart_style_init_default (style);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  style->foreground[0] = fg.red;
  style->foreground[1] = fg.green;
  style->foreground[2] = fg.blue;
  style->foreground[3] = fg.alpha;
  /* light text means a dark background, whichever way the theme got there */
  style->dark = 0.299 * fg.red + 0.587 * fg.green + 0.114 * fg.blue > 0.5;
  style->context = gtk_widget_get_pango_context (GTK_WIDGET (self));
}

static void
tf_chart_snapshot (GtkWidget   *widget,
                   GtkSnapshot *snapshot)
{
  TfChart *self = TF_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  TfChartStyle style;
  cairo_t *cr;

  if (self->spec == NULL || width <= 0 || height <= 0)
    return;
  tf_chart_get_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  tf_chart_render (self->spec, cr, width, height, &style);
  cairo_destroy (cr);
}

static void
tf_chart_measure (GtkWidget      *widget,
                  GtkOrientation  orientation,
                  int             for_size,
                  int            *minimum,
                  int            *natural,
                  int            *minimum_baseline,
                  int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
    }
  else
    {
      *minimum = MIN_HEIGHT;
      *natural = NATURAL_HEIGHT;
    }
}

char *
tf_chart_describe_at (TfChart *self,
                      double   x,
                      double   y)
{
  TfChartStyle style;
  TfChartSeries *series;
  const TfIndicatorPoint *points;
  g_autofree char *date = NULL;
  g_autofree char *value = NULL;
  guint series_index, point_index, n;

  g_return_val_if_fail (TF_IS_CHART (self), NULL);

  if (self->spec == NULL)
    return NULL;
  tf_chart_get_style (self, &style);
  if (!tf_chart_pick (self->spec, gtk_widget_get_width (GTK_WIDGET (self)),
                      gtk_widget_get_height (GTK_WIDGET (self)), &style,
                      x, y, PICK_DISTANCE, &series_index, &point_index))
    return NULL;
  series = tf_chart_spec_get_series (self->spec, series_index);
  points = tf_chart_series_get_points (series, &n);
  date = tf_format_date (points[point_index].measured_on);
  value = tf_chart_series_format_value (series, points[point_index].value);
  /* Translators: a chart's tooltip: the series, then "3. dec. 2025: 7" */
  return g_strdup_printf (_("%s\n%s: %s"), tf_chart_series_get_title (series), date, value);
}

static gboolean
tf_chart_query_tooltip (GtkWidget  *widget,
                        int         x,
                        int         y,
                        gboolean    keyboard_mode,
                        GtkTooltip *tooltip)
{
  g_autofree char *text = NULL;

  if (keyboard_mode)
    return FALSE;   /* the accessible description says it all */
  text = tf_chart_describe_at (TF_CHART (widget), x, y);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* The theme changed (dark mode, high contrast): draw again in its colours. */
static void
tf_chart_css_changed (GtkWidget         *widget,
                      GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (tf_chart_parent_class)->css_changed (widget, change);
  gtk_widget_queue_draw (widget);
}

/* GObject */

static void
tf_chart_dispose (GObject *object)
{
  tf_chart_set_spec (TF_CHART (object), NULL);

  G_OBJECT_CLASS (tf_chart_parent_class)->dispose (object);
}

static void
tf_chart_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SPEC:
      g_value_set_object (value, TF_CHART (object)->spec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_chart_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SPEC:
      tf_chart_set_spec (TF_CHART (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_chart_class_init (TfChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_chart_dispose;
  object_class->get_property = tf_chart_get_property;
  object_class->set_property = tf_chart_set_property;

  widget_class->snapshot = tf_chart_snapshot;
  widget_class->measure = tf_chart_measure;
  widget_class->query_tooltip = tf_chart_query_tooltip;
  widget_class->css_changed = tf_chart_css_changed;

  /**
   * TfChart:spec:
   *
   * What the chart shows; it follows the spec's changes.
   */
  properties[PROP_SPEC] =
    g_param_spec_object ("spec", NULL, NULL, TF_TYPE_CHART_SPEC,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
tf_chart_init (TfChart *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

/**
 * tf_chart_new:
 * @spec: (nullable): what to draw
 *
 * Returns: (transfer floating): the chart
 */
GtkWidget *
tf_chart_new (TfChartSpec *spec)
{
  g_return_val_if_fail (spec == NULL || TF_IS_CHART_SPEC (spec), NULL);

  return g_object_new (TF_TYPE_CHART, "spec", spec, NULL);
}

/**
 * tf_chart_get_spec:
 *
 * Returns: (transfer none) (nullable): what the chart draws
 */
TfChartSpec *
tf_chart_get_spec (TfChart *self)
{
  g_return_val_if_fail (TF_IS_CHART (self), NULL);
  return self->spec;
}

void
tf_chart_set_spec (TfChart     *self,
                   TfChartSpec *spec)
{
  g_return_if_fail (TF_IS_CHART (self));
  g_return_if_fail (spec == NULL || TF_IS_CHART_SPEC (spec));

  if (self->spec == spec)
    return;
  if (self->spec != NULL)
    g_clear_signal_handler (&self->changed_id, self->spec);
  g_set_object (&self->spec, spec);
  if (spec != NULL)
    self->changed_id = g_signal_connect (spec, "changed", G_CALLBACK (on_spec_changed_cb), self);

  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEC]);
}
