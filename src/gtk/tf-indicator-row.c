/* tf-indicator-row.c — one indicator of a case: latest value, chart, trend
 *
 * The title is the indicator; the subtitle its latest value and date; then a
 * sparkline of every value, the trend in words with an arrow (the colour
 * only repeats what the word says), and a button to add a measurement.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "tf-chart-series.h"
#include "tf-gtk-util-private.h"
#include "tf-indicator-row.h"
#include "tf-measurement-popover.h"
#include "tf-sparkline.h"

struct _TfIndicatorRow
{
  AdwActionRow   parent_instance;

  /* Template widgets */
  TfSparkline   *sparkline;
  GtkWidget     *trend_box;
  GtkImage      *trend_icon;
  GtkLabel      *trend_label;
  GtkMenuButton *add_button;

  TfIndicator   *indicator;
  TfChartSeries *series;
  TfTrend        trend;
};

G_DEFINE_FINAL_TYPE (TfIndicatorRow, tf_indicator_row, ADW_TYPE_ACTION_ROW)

TfTrend
_tf_indicator_trend (TfIndicator            *indicator,
                     const TfIndicatorPoint *points,
                     guint                   n_points)
{
  double change;

  if (n_points < 2)
    return TF_TREND_NONE;
  change = points[n_points - 1].value - points[0].value;
  /* a change smaller than the threshold is no change; with no threshold
   * any change counts */
  if (fabs (change) < tf_indicator_get_threshold (indicator) || change == 0)
    return TF_TREND_UNCHANGED;
  if ((change > 0) == tf_indicator_get_higher_is_better (indicator))
    return TF_TREND_BETTER;
  return TF_TREND_WORSE;
}

static void
update_trend (TfIndicatorRow         *self,
              const TfIndicatorPoint *points,
              guint                   n)
{
  static const char * const classes[] = { "success", "error", "dim-label" };
  const char *word = NULL;
  const char *icon = NULL;
  const char *css = NULL;

  self->trend = _tf_indicator_trend (self->indicator, points, n);
  switch (self->trend)
    {
    case TF_TREND_BETTER:
      word = C_("trend", "Better");
      css = "success";
      break;

    case TF_TREND_WORSE:
      word = C_("trend", "Worse");
      css = "error";
      break;

    case TF_TREND_UNCHANGED:
      word = C_("trend", "Unchanged");
      icon = "tf-trend-flat-symbolic";
      css = "dim-label";
      break;

    case TF_TREND_NONE:
    default:
      word = n == 1 ? C_("trend", "First value") : "";
      css = "dim-label";
      break;
    }
  /* the arrow shows which way the value went; the word whether that is good */
  if (self->trend == TF_TREND_BETTER || self->trend == TF_TREND_WORSE)
    icon = points[n - 1].value > points[0].value ? "tf-trend-up-symbolic" : "tf-trend-down-symbolic";

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    {
      gtk_widget_remove_css_class (self->trend_box, classes[i]);
    }
  gtk_widget_add_css_class (self->trend_box, css);
  gtk_image_set_from_icon_name (self->trend_icon, icon);
  gtk_widget_set_visible (GTK_WIDGET (self->trend_icon), icon != NULL);
  gtk_label_set_text (self->trend_label, word);
}

/**
 * tf_indicator_row_set_points:
 * @points: (element-type TfIndicatorPoint) (nullable): the values, oldest first
 */
void
tf_indicator_row_set_points (TfIndicatorRow *self,
                             GArray         *points)
{
  const TfIndicatorPoint *p;
  g_autofree char *subtitle = NULL;
  g_autofree char *description = NULL;
  guint n;

  g_return_if_fail (TF_IS_INDICATOR_ROW (self));

  tf_chart_series_set_points (self->series,
                              points != NULL ? (const TfIndicatorPoint *) (gpointer) points->data : NULL,
                              points != NULL ? points->len : 0);
  p = tf_chart_series_get_points (self->series, &n);

  if (n == 0)
    subtitle = g_strdup (_("No measurements yet. Add the first with the + button."));
  else
    {
      g_autofree char *value = tf_indicator_format_value (self->indicator, p[n - 1].value);
      g_autofree char *date = tf_format_date (p[n - 1].measured_on);

      /* Translators: latest value and its date, "12,5 % on 3. dec. 2025" */
      subtitle = g_strdup_printf (_("%s on %s"), value, date);
    }
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  update_trend (self, p, n);

  /* What a screen reader says for the row: title, latest value, trend */
  description = self->trend == TF_TREND_NONE
                ? g_strdup (subtitle)
                : g_strdup_printf ("%s. %s", subtitle, gtk_label_get_text (self->trend_label));
  _tf_accessible_set_description (GTK_WIDGET (self), description);
}

TfTrend
tf_indicator_row_get_trend (TfIndicatorRow *self)
{
  g_return_val_if_fail (TF_IS_INDICATOR_ROW (self), TF_TREND_NONE);
  return self->trend;
}

TfIndicator *
tf_indicator_row_get_indicator (TfIndicatorRow *self)
{
  g_return_val_if_fail (TF_IS_INDICATOR_ROW (self), NULL);
  return self->indicator;
}

static void
tf_indicator_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TF_TYPE_INDICATOR_ROW);

  G_OBJECT_CLASS (tf_indicator_row_parent_class)->dispose (object);
}

static void
tf_indicator_row_finalize (GObject *object)
{
  TfIndicatorRow *self = TF_INDICATOR_ROW (object);

  g_clear_object (&self->indicator);
  g_clear_object (&self->series);

  G_OBJECT_CLASS (tf_indicator_row_parent_class)->finalize (object);
}

static void
tf_indicator_row_class_init (TfIndicatorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_indicator_row_dispose;
  object_class->finalize = tf_indicator_row_finalize;

  g_type_ensure (TF_TYPE_SPARKLINE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/gtk/tf-indicator-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TfIndicatorRow, sparkline);
  gtk_widget_class_bind_template_child (widget_class, TfIndicatorRow, trend_box);
  gtk_widget_class_bind_template_child (widget_class, TfIndicatorRow, trend_icon);
  gtk_widget_class_bind_template_child (widget_class, TfIndicatorRow, trend_label);
  gtk_widget_class_bind_template_child (widget_class, TfIndicatorRow, add_button);
}

static void
tf_indicator_row_init (TfIndicatorRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _tf_gtk_ensure_icons (GTK_WIDGET (self));
}

GtkWidget *
tf_indicator_row_new (TfSession   *session,
                      TfIndicator *indicator,
                      gint64       case_id)
{
  TfIndicatorRow *self;
  g_autofree char *add_label = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (TF_IS_INDICATOR (indicator), NULL);

  self = g_object_new (TF_TYPE_INDICATOR_ROW, NULL);
  self->indicator = g_object_ref (indicator);
  self->series = tf_chart_series_new_for_indicator (indicator, NULL);
  tf_sparkline_set_series (self->sparkline, self->series);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), tf_indicator_get_title (indicator));

  /* Translators: %s is the indicator, e.g. "Absence" */
  add_label = g_strdup_printf (_("Add a measurement of %s"), tf_indicator_get_title (indicator));
  _tf_accessible_set_label (GTK_WIDGET (self->add_button), add_label);
  gtk_menu_button_set_popover (self->add_button,
                               tf_measurement_popover_new (session, indicator, case_id));

  tf_indicator_row_set_points (self, NULL);
  return GTK_WIDGET (self);
}
