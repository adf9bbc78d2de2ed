/* test-bar-chart-widget.c — TfBarChart on a display: it draws its spec,
 * follows its changes, says it in words, grows with its categories and
 * follows the theme into dark mode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "taskforce-gtk.h"

static const char * const areas[] = {
  "Mentor and support for the young person", "Support for the family",
  "Involving the network", "Keeping the young person in school", NULL,
};

static gboolean
quit_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static TfBarSpec *
make_spec (void)
{
  TfBarSpec *spec = tf_bar_spec_new ("Budget and spent by area");

  tf_bar_spec_set_value_format (spec, TF_BAR_VALUE_KRONER);
  tf_bar_spec_set_value_label (spec, "kr.");
  tf_bar_spec_set_categories (spec, areas);
  tf_bar_spec_add_series (spec, "Budget");
  tf_bar_spec_add_series (spec, "Spent");
  for (guint c = 0; c < 4; c++)
    {
      tf_bar_spec_set_value (spec, 0, c, 20000000);
      tf_bar_spec_set_value (spec, 1, c, 5000000 * (c + 1));
    }
  return spec;
}

/* The widget as drawn, on a white image of its size. */
static cairo_surface_t *
draw_widget (GtkWidget *widget)
{
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  gsk_render_node_draw (node, cr);
  gsk_render_node_unref (node);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint
count_color (cairo_surface_t *surface,
             guint            series,
             gboolean         dark)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  double rgb[3];
  guint n = 0;

  tf_chart_series_color (series, dark, rgb);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        guint32 pixel = *(const guint32 *) (gconstpointer) (data + y * stride + 4 * x);

        n += abs ((int) ((pixel >> 16) & 0xff) - (int) round (rgb[0] * 255)) <= 6 &&
             abs ((int) ((pixel >> 8) & 0xff) - (int) round (rgb[1] * 255)) <= 6 &&
             abs ((int) (pixel & 0xff) - (int) round (rgb[2] * 255)) <= 6;
      }
  return n;
}

static void
test_widget (void)
{
  g_autoptr(TfBarSpec) spec = make_spec ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *chart = tf_bar_chart_new (spec);
  g_autofree char *words = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *failure = NULL;
  cairo_surface_t *before, *after;
  TfChartStyle style;
  double x, y, w, h;
  guint spent_before;

  gtk_window_set_child (GTK_WINDOW (window), chart);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 400);
  gtk_window_present (GTK_WINDOW (window));
  spin (300);
  g_assert_true (tf_bar_chart_get_spec (TF_BAR_CHART (chart)) == spec);
  g_assert_cmpint (gtk_widget_get_width (chart), >, 100);

  /* the title is its name, the description its words */
  words = tf_bar_spec_describe (spec);
  failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                "Budget and spent by area");
  g_assert_null (failure);
  failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, words);
  g_assert_null (failure);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_IMG));

  /* it draws both series */
  before = draw_widget (chart);
  tf_bar_chart_get_style (TF_BAR_CHART (chart), &style);
  g_assert_false (style.dark);
  g_assert_cmpuint (count_color (before, 0, FALSE), >, 500);
  spent_before = count_color (before, 1, FALSE);
  g_assert_cmpuint (spent_before, >, 100);

  /* the tooltip names the category under the pointer and its values */
  g_assert_true (tf_bar_spec_get_bar_rect (spec, gtk_widget_get_width (chart), gtk_widget_get_height (chart),
                                           &style, 1, 1, &x, &y, &w, &h));
  tooltip = tf_bar_chart_describe_at (TF_BAR_CHART (chart), x + w / 2, y + h / 2);
  g_assert_cmpstr (tooltip, ==, "Support for the family\nBudget: 200.000 kr.\nSpent: 100.000 kr.");
  g_clear_pointer (&tooltip, g_free);
  tooltip = tf_bar_chart_describe_at (TF_BAR_CHART (chart), gtk_widget_get_width (chart) / 2.0,
                                      gtk_widget_get_height (chart) - 2.0);
  g_assert_null (tooltip);

  /* a changed spec: new words, and drawn anew (a hidden value, no bar) */
  tf_bar_spec_set_hidden (spec, 1, 3);
  g_clear_pointer (&words, g_free);
  g_clear_pointer (&failure, g_free);
  words = tf_bar_spec_describe (spec);
  g_assert_nonnull (strstr (words, "Spent hidden"));
  failure = gtk_test_accessible_check_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, words);
  g_assert_null (failure);
  spin (100);
  after = draw_widget (chart);
  g_assert_cmpuint (count_color (after, 1, FALSE), <, spent_before * 0.8);

  cairo_surface_destroy (before);
  cairo_surface_destroy (after);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Horizontal bars ask for more height for more categories. */
static void
test_natural_height (void)
{
  g_autoptr(TfBarSpec) spec = make_spec ();
  GtkWidget *chart = g_object_ref_sink (tf_bar_chart_new (spec));
  const char * const months[] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", NULL };
  int minimum, four, eight;

  gtk_widget_measure (chart, GTK_ORIENTATION_VERTICAL, 520, &minimum, &four, NULL, NULL);
  tf_bar_spec_set_categories (spec, months);
  gtk_widget_measure (chart, GTK_ORIENTATION_VERTICAL, 520, &minimum, &eight, NULL, NULL);
  g_assert_cmpint (eight, >, four);
  g_assert_cmpint (minimum, <=, four);

  tf_bar_chart_set_spec (TF_BAR_CHART (chart), NULL);
  g_assert_null (tf_bar_chart_get_spec (TF_BAR_CHART (chart)));
  g_object_unref (chart);
}

/* Dark mode: light text, so the chart takes the dark palette. */
static void
test_dark (void)
{
  g_autoptr(TfBarSpec) spec = make_spec ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *chart = tf_bar_chart_new (spec);
  GtkSettings *settings = gtk_settings_get_default ();
  cairo_surface_t *surface;
  TfChartStyle style;

  g_object_set (settings, "gtk-application-prefer-dark-theme", TRUE, NULL);
  gtk_window_set_child (GTK_WINDOW (window), chart);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 400);
  gtk_window_present (GTK_WINDOW (window));
  spin (300);
  tf_bar_chart_get_style (TF_BAR_CHART (chart), &style);
  g_assert_true (style.dark);
  surface = draw_widget (chart);
  g_assert_cmpuint (count_color (surface, 0, TRUE), >, 500);
  g_assert_cmpuint (count_color (surface, 0, FALSE), ==, 0);
  cairo_surface_destroy (surface);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_set (settings, "gtk-application-prefer-dark-theme", FALSE, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bar-chart-widget/draws-and-follows", test_widget);
  g_test_add_func ("/bar-chart-widget/natural-height", test_natural_height);
  g_test_add_func ("/bar-chart-widget/dark", test_dark);
  return g_test_run ();
}
