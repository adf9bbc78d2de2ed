/* tf-bar-chart.c — a bar chart, drawn by libtaskforce-chart
 *
 * The drawing is tf_bar_spec_render_with_style()'s, the same a PDF report
 * gets; this widget adds what a screen needs: the theme's text colour and
 * font (so dark mode follows), a tooltip with the values of the category
 * under the pointer, words for a screen reader (the title as its name,
 * tf_bar_spec_describe() as its description) and, for horizontal bars, a
 * natural height that grows with the categories so every label fits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "tf-bar-chart.h"

#define MIN_WIDTH       240
#define NATURAL_WIDTH   520
#define MIN_HEIGHT      160

struct _TfBarChart
{
  GtkWidget  parent_instance;

  TfBarSpec *spec;
  gulong     changed_id;
};

G_DEFINE_FINAL_TYPE (TfBarChart, tf_bar_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SPEC,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_accessible (TfBarChart *self)
{
  g_autofree char *description = NULL;
  const char *title;

  if (self->spec == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
      return;
    }
  title = tf_bar_spec_get_title (self->spec);
  description = tf_bar_spec_describe (self->spec);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title != NULL ? title : _("Chart"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
on_spec_changed_cb (TfBarSpec  *spec,
                    TfBarChart *self)
{
  update_accessible (self);
  /* more or fewer categories change the height horizontal bars want */
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

void
tf_bar_chart_get_style (TfBarChart   *self,
                        TfChartStyle *style)
{
  GdkRGBA fg;

  g_return_if_fail (TF_IS_BAR_CHART (self));
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
tf_bar_chart_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  TfBarChart *self = TF_BAR_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  TfChartStyle style;
  cairo_t *cr;

  if (self->spec == NULL || width <= 0 || height <= 0)
    return;
  tf_bar_chart_get_style (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  tf_bar_spec_render_with_style (self->spec, cr, width, height, &style);
  cairo_destroy (cr);
}

static GtkSizeRequestMode
tf_bar_chart_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
tf_bar_chart_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  TfBarChart *self = TF_BAR_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = NATURAL_WIDTH;
      return;
    }
  *minimum = MIN_HEIGHT;
  *natural = MIN_HEIGHT;
  if (self->spec != NULL)
    {
      TfChartStyle style;

      /* the height at which every bar gets its label and every category
       * its words, for the width given (or the natural one) */
      tf_bar_chart_get_style (self, &style);
      *natural = MAX (MIN_HEIGHT, (int) ceil (tf_bar_spec_get_natural_height (self->spec,
                                                                                for_size > 0 ? for_size : NATURAL_WIDTH,
                                                                                &style)));
    }
}

char *
tf_bar_chart_describe_at (TfBarChart *self,
                          double      x,
                          double      y)
{
  TfChartStyle style;
  guint category;

  g_return_val_if_fail (TF_IS_BAR_CHART (self), NULL);

  if (self->spec == NULL)
    return NULL;
  tf_bar_chart_get_style (self, &style);
  if (!tf_bar_spec_pick (self->spec, gtk_widget_get_width (GTK_WIDGET (self)),
                         gtk_widget_get_height (GTK_WIDGET (self)), &style, x, y, &category))
    return NULL;
  return tf_bar_spec_describe_category (self->spec, category);
}

static gboolean
tf_bar_chart_query_tooltip (GtkWidget  *widget,
                            int         x,
                            int         y,
                            gboolean    keyboard_mode,
                            GtkTooltip *tooltip)
{
  g_autofree char *text = NULL;

  if (keyboard_mode)
    return FALSE;   /* the accessible description says it all */
  text = tf_bar_chart_describe_at (TF_BAR_CHART (widget), x, y);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* The theme changed (dark mode, high contrast, font): draw again in it. */
static void
tf_bar_chart_css_changed (GtkWidget         *widget,
                          GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (tf_bar_chart_parent_class)->css_changed (widget, change);
  gtk_widget_queue_resize (widget);
}

/* GObject */

static void
tf_bar_chart_dispose (GObject *object)
{
  tf_bar_chart_set_spec (TF_BAR_CHART (object), NULL);

  G_OBJECT_CLASS (tf_bar_chart_parent_class)->dispose (object);
}

static void
tf_bar_chart_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SPEC:
      g_value_set_object (value, TF_BAR_CHART (object)->spec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_bar_chart_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SPEC:
      tf_bar_chart_set_spec (TF_BAR_CHART (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_bar_chart_class_init (TfBarChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_bar_chart_dispose;
  object_class->get_property = tf_bar_chart_get_property;
  object_class->set_property = tf_bar_chart_set_property;

  widget_class->snapshot = tf_bar_chart_snapshot;
  widget_class->get_request_mode = tf_bar_chart_get_request_mode;
  widget_class->measure = tf_bar_chart_measure;
  widget_class->query_tooltip = tf_bar_chart_query_tooltip;
  widget_class->css_changed = tf_bar_chart_css_changed;

  /**
   * TfBarChart:spec:
   *
   * What the chart shows; it follows the spec's changes.
   */
  properties[PROP_SPEC] =
    g_param_spec_object ("spec", NULL, NULL, TF_TYPE_BAR_SPEC,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "barchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
tf_bar_chart_init (TfBarChart *self)
{
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
}

/**
 * tf_bar_chart_new:
 * @spec: (nullable): what to draw
 *
 * Returns: (transfer floating): the chart
 */
GtkWidget *
tf_bar_chart_new (TfBarSpec *spec)
{
  g_return_val_if_fail (spec == NULL || TF_IS_BAR_SPEC (spec), NULL);

  return g_object_new (TF_TYPE_BAR_CHART, "spec", spec, NULL);
}

/**
 * tf_bar_chart_get_spec:
 *
 * Returns: (transfer none) (nullable): what the chart draws
 */
TfBarSpec *
tf_bar_chart_get_spec (TfBarChart *self)
{
  g_return_val_if_fail (TF_IS_BAR_CHART (self), NULL);
  return self->spec;
}

void
tf_bar_chart_set_spec (TfBarChart *self,
                       TfBarSpec  *spec)
{
  g_return_if_fail (TF_IS_BAR_CHART (self));
  g_return_if_fail (spec == NULL || TF_IS_BAR_SPEC (spec));

  if (self->spec == spec)
    return;
  if (self->spec != NULL)
    g_clear_signal_handler (&self->changed_id, self->spec);
  g_set_object (&self->spec, spec);
  if (spec != NULL)
    self->changed_id = g_signal_connect (spec, "changed", G_CALLBACK (on_spec_changed_cb), self);

  update_accessible (self);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEC]);
}
