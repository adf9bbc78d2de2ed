/* tf-sparkline.c — a small line chart of one series, the size of a line of text
 *
 * A GtkWidget that measures itself (about 160 × 40, less when squeezed) and
 * draws with cairo in snapshot(): an optional band, the line, a dot per
 * value while there is room, and the latest value emphasised. Colours come
 * from the theme (the accent colour and the text colour), so dark mode and
 * high contrast follow. The data lives in a TfChartSeries; the chart says
 * in words what it shows (role img, labelled by the series' description).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "tf-sparkline.h"

#define MIN_WIDTH     48
#define NATURAL_WIDTH 160
#define MIN_HEIGHT    24
#define NATURAL_HEIGHT 40
#define PAD           6.0     /* room for the emphasised dot */

struct _TfSparkline
{
  GtkWidget      parent_instance;

  TfChartSeries *series;
  gulong         changed_id;
};

G_DEFINE_FINAL_TYPE (TfSparkline, tf_sparkline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SERIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_description (TfSparkline *self)
{
  g_autofree char *text = NULL;

  if (self->series == NULL)
    {
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), NULL);
      return;
    }
  text = tf_chart_series_describe (self->series);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), text);
}

static void
on_series_changed_cb (TfChartSeries *series,
                      TfSparkline   *self)
{
  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Drawing */

typedef struct
{
  double x0, x1;   /* data → widget: days */
  double y0, y1;   /* data → widget: values */
  double left, right, top, bottom;
} Scale;

static double
julian (const char *iso)
{
  int y, m, d;
  GDate date;

  if (sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return 0;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return g_date_get_julian (&date);
}

/* The values shown: the data's own spread (so a change is visible), but at
 * least a tenth of the measure's range (so noise does not look like a
 * trend), never outside what the measure can take, and the band in view. */
static void
value_range (TfChartSeries *series,
             double        *low,
             double        *high)
{
  double lo, hi, min = 0, max = 0, band_lo, band_hi, least;
  gboolean has_range = tf_chart_series_get_range (series, &min, &max);

  if (!tf_chart_series_get_extent (series, &lo, &hi))
    {
      lo = has_range ? min : 0;
      hi = has_range ? max : 1;
    }
  if (tf_chart_series_get_band (series, &band_lo, &band_hi))
    {
      lo = MIN (lo, band_lo);
      hi = MAX (hi, band_hi);
    }

  least = has_range ? (max - min) / 10 : MAX (fabs (hi) / 10, 1);
  if (hi - lo < least)
    {
      double mid = (lo + hi) / 2;

      lo = mid - least / 2;
      hi = mid + least / 2;
    }
  /* a little air above and below the line */
  lo -= (hi - lo) * 0.08;
  hi += (hi - lo) * 0.08;
  if (has_range)
    {
      if (lo < min)
        {
          hi = MIN (max, hi + (min - lo));
          lo = min;
        }
      if (hi > max)
        {
          lo = MAX (min, lo - (hi - max));
          hi = max;
        }
    }
  *low = lo;
  *high = hi;
}

static double
to_y (const Scale *s,
      double       value)
{
  if (s->y1 <= s->y0)
    return (s->top + s->bottom) / 2;
  return s->bottom - (value - s->y0) / (s->y1 - s->y0) * (s->bottom - s->top);
}

static double
to_x (const Scale *s,
      double       day,
      guint        index,
      guint        n)
{
  if (s->x1 > s->x0)
    return s->left + (day - s->x0) / (s->x1 - s->x0) * (s->right - s->left);
  if (n > 1)   /* all on one day: spread them evenly */
    return s->left + (double) index / (n - 1) * (s->right - s->left);
  return (s->left + s->right) / 2;
}

static void
set_source (cairo_t       *cr,
            const GdkRGBA *color,
            double         alpha)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}

static void
draw (TfSparkline *self,
      cairo_t     *cr,
      int          width,
      int          height)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  const TfIndicatorPoint *points;
  GdkRGBA fg, accent;
  Scale s;
  guint n;
  double band_lo, band_hi;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = fg;
  G_GNUC_END_IGNORE_DEPRECATIONS

  points = tf_chart_series_get_points (self->series, &n);

  s.left = PAD;
  s.right = MAX (PAD, width - PAD);
  s.top = PAD;
  s.bottom = MAX (PAD, height - PAD);
  value_range (self->series, &s.y0, &s.y1);
  s.x0 = n > 0 ? julian (points[0].measured_on) : 0;
  s.x1 = n > 0 ? julian (points[n - 1].measured_on) : 0;

  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);

  if (tf_chart_series_get_band (self->series, &band_lo, &band_hi))
    {
      double top = to_y (&s, band_hi);
      double bottom = to_y (&s, band_lo);

      set_source (cr, &accent, 0.15);
      cairo_rectangle (cr, 0, top, width, MAX (1, bottom - top));
      cairo_fill (cr);
    }

  if (n == 0)
    {
      /* nothing measured: a faint dashed rule, so the place is not empty */
      static const double dash[] = { 3, 3 };

      set_source (cr, &fg, 0.3);
      cairo_set_line_width (cr, 1);
      cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
      cairo_move_to (cr, s.left, floor (height / 2.0) + 0.5);
      cairo_line_to (cr, s.right, floor (height / 2.0) + 0.5);
      cairo_stroke (cr);
      return;
    }

  /* the line */
  set_source (cr, &accent, 1);
  cairo_set_line_width (cr, 2);
  for (guint i = 0; i < n; i++)
    {
      double x = to_x (&s, julian (points[i].measured_on), i, n);
      double y = to_y (&s, points[i].value);

      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);

  /* a dot per value while they are at least 8 px apart on average */
  if (n > 1 && (s.right - s.left) / (n - 1) >= 8)
    for (guint i = 0; i + 1 < n; i++)
      {
        cairo_arc (cr, to_x (&s, julian (points[i].measured_on), i, n),
                   to_y (&s, points[i].value), 2, 0, 2 * G_PI);
        cairo_fill (cr);
      }

  /* the latest value: a halo and a larger dot */
  {
    double x = to_x (&s, julian (points[n - 1].measured_on), n - 1, n);
    double y = to_y (&s, points[n - 1].value);

    set_source (cr, &accent, 0.3);
    cairo_arc (cr, x, y, 6, 0, 2 * G_PI);
    cairo_fill (cr);
    set_source (cr, &accent, 1);
    cairo_arc (cr, x, y, 3.5, 0, 2 * G_PI);
    cairo_fill (cr);
  }
}

static void
tf_sparkline_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  TfSparkline *self = TF_SPARKLINE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (self->series == NULL || width <= 0 || height <= 0)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw (self, cr, width, height);
  cairo_destroy (cr);
}

static void
tf_sparkline_measure (GtkWidget      *widget,
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

/* GObject */

static void
tf_sparkline_dispose (GObject *object)
{
  tf_sparkline_set_series (TF_SPARKLINE (object), NULL);

  G_OBJECT_CLASS (tf_sparkline_parent_class)->dispose (object);
}

static void
tf_sparkline_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TfSparkline *self = TF_SPARKLINE (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      g_value_set_object (value, self->series);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_sparkline_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TfSparkline *self = TF_SPARKLINE (object);

  switch (prop_id)
    {
    case PROP_SERIES:
      tf_sparkline_set_series (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_sparkline_class_init (TfSparklineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_sparkline_dispose;
  object_class->get_property = tf_sparkline_get_property;
  object_class->set_property = tf_sparkline_set_property;

  widget_class->snapshot = tf_sparkline_snapshot;
  widget_class->measure = tf_sparkline_measure;

  /**
   * TfSparkline:series:
   *
   * The values drawn; the chart follows the series' changes.
   */
  properties[PROP_SERIES] =
    g_param_spec_object ("series", NULL, NULL, TF_TYPE_CHART_SERIES,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "sparkline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
tf_sparkline_init (TfSparkline *self)
{
}

/**
 * tf_sparkline_new:
 * @series: (nullable): the values to draw
 *
 * Returns: (transfer floating): the chart
 */
GtkWidget *
tf_sparkline_new (TfChartSeries *series)
{
  g_return_val_if_fail (series == NULL || TF_IS_CHART_SERIES (series), NULL);

  return g_object_new (TF_TYPE_SPARKLINE, "series", series, NULL);
}

/**
 * tf_sparkline_get_series:
 *
 * Returns: (transfer none) (nullable): the series drawn
 */
TfChartSeries *
tf_sparkline_get_series (TfSparkline *self)
{
  g_return_val_if_fail (TF_IS_SPARKLINE (self), NULL);
  return self->series;
}

void
tf_sparkline_set_series (TfSparkline   *self,
                         TfChartSeries *series)
{
  g_return_if_fail (TF_IS_SPARKLINE (self));
  g_return_if_fail (series == NULL || TF_IS_CHART_SERIES (series));

  if (self->series == series)
    return;
  if (self->series != NULL)
    g_clear_signal_handler (&self->changed_id, self->series);
  g_set_object (&self->series, series);
  if (series != NULL)
    self->changed_id = g_signal_connect (series, "changed", G_CALLBACK (on_series_changed_cb), self);

  update_description (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERIES]);
}
