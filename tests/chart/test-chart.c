/* test-chart.c — libtaskforce-chart without GTK: pixels, picking, words, PDF
 *
 * Renders onto cairo image surfaces and looks at the pixels: a series'
 * colour appears where its values are and nowhere when there are none or
 * it is hidden; a later, higher value is drawn higher. Renders a PDF, as a
 * report will.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "taskforce-chart.h"

#define WIDTH  480
#define HEIGHT 300

typedef struct
{
  guint  n;
  double x, y;   /* centroid */
} Found;

static TfChartSeries *
make_series (const char   *title,
             const char  **dates,
             const double *values,
             guint         n)
{
  TfChartSeries *series = tf_chart_series_new (title, NULL, 0);
  g_autofree TfIndicatorPoint *points = g_new0 (TfIndicatorPoint, MAX (n, 1));

  for (guint i = 0; i < n; i++)
    {
      g_strlcpy (points[i].measured_on, dates[i], sizeof points[i].measured_on);
      points[i].value = values[i];
    }
  tf_chart_series_set_points (series, points, n);
  tf_chart_series_set_range (series, 0, 10);
  return series;
}

static TfChartSpec *
make_spec (void)
{
  TfChartSpec *spec = tf_chart_spec_new ("Assessment domains");

  tf_chart_spec_set_value_range (spec, 0, 10);
  tf_chart_spec_set_value_label (spec, "Score");
  tf_chart_spec_set_date_range (spec, "2025-01-01", "2025-07-01");
  tf_chart_spec_add_band (spec, 0, 3.5, TF_CHART_BAND_RED, "Serious concern");
  tf_chart_spec_add_band (spec, 3.5, 6.5, TF_CHART_BAND_YELLOW, "Some concern");
  tf_chart_spec_add_band (spec, 6.5, 10, TF_CHART_BAND_GREEN, "Doing well");
  return spec;
}

static cairo_surface_t *
render (TfChartSpec *spec,
        gboolean     dark)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  TfChartStyle style;

  tf_chart_style_init_default (&style);
  style.dark = dark;
  if (dark)
    style.foreground[0] = style.foreground[1] = style.foreground[2] = 1;
  cairo_set_source_rgb (cr, dark ? 0.1 : 1, dark ? 0.1 : 1, dark ? 0.1 : 1);
  cairo_paint (cr);
  tf_chart_render (spec, cr, WIDTH, HEIGHT, &style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* Pixels within a small distance of the colour of series @index, in the
 * columns [x0, x1). */
static Found
find_color (cairo_surface_t *surface,
            guint            index,
            gboolean         dark,
            int              x0,
            int              x1)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  double rgb[3];
  Found found = { 0 };

  tf_chart_series_color (index, dark, rgb);
  for (int y = 0; y < HEIGHT; y++)
    for (int x = MAX (0, x0); x < MIN (WIDTH, x1); x++)
      {
        guint32 pixel = *(const guint32 *) (gconstpointer) (data + y * stride + 4 * x);
        int r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

        if (abs (r - (int) (rgb[0] * 255)) <= 6 && abs (g - (int) (rgb[1] * 255)) <= 6 &&
            abs (b - (int) (rgb[2] * 255)) <= 6)
          {
            found.x += x;
            found.y += y;
            found.n++;
          }
      }
  if (found.n > 0)
    {
      found.x /= found.n;
      found.y /= found.n;
    }
  return found;
}

static const char *school_dates[] = { "2025-02-01", "2025-06-01" };
static const double school_values[] = { 3, 7 };

static void
test_series_drawn_where_values_are (void)
{
  g_autoptr(TfChartSpec) spec = make_spec ();
  g_autoptr(TfChartSeries) school = make_series ("School and learning", school_dates, school_values, 2);
  cairo_surface_t *surface;
  Found all, early, late;

  tf_chart_spec_set_show_legend (spec, FALSE);
  tf_chart_spec_add_series (spec, school);
  surface = render (spec, FALSE);
  all = find_color (surface, 0, FALSE, 0, WIDTH);
  g_assert_cmpuint (all.n, >, 50);
  /* the line runs from 3 in February up to 7 in June: its left end is
   * lower on the surface (a larger y) than its right end */
  early = find_color (surface, 0, FALSE, 0, (int) all.x - 40);
  late = find_color (surface, 0, FALSE, (int) all.x + 40, WIDTH);
  g_assert_cmpuint (early.n, >, 0);
  g_assert_cmpuint (late.n, >, 0);
  g_assert_cmpfloat (early.y, >, late.y + 20);
  cairo_surface_destroy (surface);

  /* Dark backgrounds take the lighter colour of the same series */
  surface = render (spec, TRUE);
  g_assert_cmpuint (find_color (surface, 0, TRUE, 0, WIDTH).n, >, 50);
  g_assert_cmpuint (find_color (surface, 0, FALSE, 0, WIDTH).n, ==, 0);
  cairo_surface_destroy (surface);
}

static void
test_empty_draws_no_line (void)
{
  g_autoptr(TfChartSpec) spec = make_spec ();
  g_autoptr(TfChartSeries) empty = make_series ("Network", NULL, NULL, 0);
  g_autoptr(TfChartSeries) school = make_series ("School and learning", school_dates, school_values, 2);
  cairo_surface_t *surface;

  tf_chart_spec_set_show_legend (spec, FALSE);
  tf_chart_spec_set_empty_text (spec, "No assessments yet");
  tf_chart_spec_add_series (spec, empty);
  g_assert_false (tf_chart_spec_has_data (spec));
  surface = render (spec, FALSE);
  g_assert_cmpuint (find_color (surface, 0, FALSE, 0, WIDTH).n, ==, 0);
  cairo_surface_destroy (surface);

  /* a hidden series is not drawn either, and the chart counts as empty */
  tf_chart_spec_add_series (spec, school);
  g_assert_true (tf_chart_spec_has_data (spec));
  tf_chart_spec_set_series_visible (spec, 1, FALSE);
  g_assert_false (tf_chart_spec_has_data (spec));
  surface = render (spec, FALSE);
  g_assert_cmpuint (find_color (surface, 1, FALSE, 0, WIDTH).n, ==, 0);
  cairo_surface_destroy (surface);

  tf_chart_spec_set_series_visible (spec, 1, TRUE);
  surface = render (spec, FALSE);
  g_assert_cmpuint (find_color (surface, 1, FALSE, 0, WIDTH).n, >, 50);
  cairo_surface_destroy (surface);
}

static void
test_series_told_apart (void)
{
  static const char *dates[] = { "2025-02-01", "2025-04-01", "2025-06-01" };
  static const double family_values[] = { 5, 5, 6 };
  g_autoptr(TfChartSpec) spec = make_spec ();
  g_autoptr(TfChartSeries) school = make_series ("School and learning", school_dates, school_values, 2);
  g_autoptr(TfChartSeries) family = make_series ("Family relations", dates, family_values, 3);
  cairo_surface_t *surface;
  double a[3], b[3];

  tf_chart_series_color (0, FALSE, a);
  tf_chart_series_color (1, FALSE, b);
  g_assert_true (a[0] != b[0] || a[1] != b[1] || a[2] != b[2]);

  tf_chart_spec_add_series (spec, school);
  tf_chart_spec_add_series (spec, family);
  surface = render (spec, FALSE);   /* with the legend */
  if (g_test_verbose ())
    cairo_surface_write_to_png (surface, "test-chart-legend.png");
  g_assert_cmpuint (find_color (surface, 0, FALSE, 0, WIDTH).n, >, 50);
  g_assert_cmpuint (find_color (surface, 1, FALSE, 0, WIDTH).n, >, 50);
  cairo_surface_destroy (surface);

  /* the key of a series, as a legend row elsewhere draws it */
  {
    cairo_surface_t *key = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
    cairo_t *cr = cairo_create (key);
    TfChartStyle style;

    tf_chart_style_init_default (&style);
    cairo_set_source_rgb (cr, 1, 1, 1);
    cairo_paint (cr);
    tf_chart_render_key (spec, 1, cr, 28, 16, &style);
    cairo_destroy (cr);
    cairo_surface_flush (key);
    g_assert_cmpuint (find_color (key, 1, FALSE, 0, 28).n, >, 5);
    g_assert_cmpuint (find_color (key, 0, FALSE, 0, WIDTH).n, ==, 0);
    cairo_surface_destroy (key);
  }
}

static void
test_pick (void)
{
  g_autoptr(TfChartSpec) spec = make_spec ();
  g_autoptr(TfChartSeries) school = make_series ("School and learning", school_dates, school_values, 2);
  cairo_surface_t *surface;
  TfChartStyle style;
  Found marker;
  guint series = 99, point = 99;
  int left = 0;

  tf_chart_spec_set_show_legend (spec, FALSE);
  tf_chart_spec_add_series (spec, school);
  surface = render (spec, FALSE);
  /* the marker of February's value is the leftmost colour: 8 px wide */
  while (left < WIDTH && find_color (surface, 0, FALSE, left, left + 1).n == 0)
    left++;
  marker = find_color (surface, 0, FALSE, left, left + 8);
  if (g_test_verbose ())
    cairo_surface_write_to_png (surface, "test-chart-pick.png");
  cairo_surface_destroy (surface);
  g_assert_cmpuint (marker.n, >, 0);

  tf_chart_style_init_default (&style);
  g_assert_true (tf_chart_pick (spec, WIDTH, HEIGHT, &style, marker.x, marker.y, 6, &series, &point));
  g_assert_cmpuint (series, ==, 0);
  g_assert_cmpuint (point, ==, 0);
  /* far from any value: nothing */
  g_assert_false (tf_chart_pick (spec, WIDTH, HEIGHT, &style, 2, 2, 10, &series, &point));
}

static void
test_describe (void)
{
  static const char *dates[] = { "2025-03-01" };
  static const double values[] = { 5 };
  g_autoptr(TfChartSpec) spec = make_spec ();
  g_autoptr(TfChartSeries) school = make_series ("School and learning", school_dates, school_values, 2);
  g_autoptr(TfChartSeries) family = make_series ("Family relations", dates, values, 1);
  g_autoptr(TfChartSeries) network = make_series ("Network", NULL, NULL, 0);
  g_autofree char *empty = NULL;
  g_autofree char *all = NULL;
  g_autofree char *some = NULL;

  tf_chart_spec_set_empty_text (spec, "No assessments yet");
  empty = tf_chart_spec_describe (spec);
  g_assert_cmpstr (empty, ==, "No assessments yet");

  tf_chart_spec_add_series (spec, school);
  tf_chart_spec_add_series (spec, family);
  tf_chart_spec_add_series (spec, network);
  all = tf_chart_spec_describe (spec);
  g_assert_cmpstr (all, ==, "School and learning: 3 → 7; Family relations: 5; Network: no values");
  tf_chart_spec_set_series_visible (spec, 0, FALSE);
  some = tf_chart_spec_describe (spec);
  g_assert_cmpstr (some, ==, "Family relations: 5; Network: no values");
}

static void
count_cb (TfChartSpec *spec,
          guint       *count)
{
  (*count)++;
}

static void
test_changed_signal (void)
{
  g_autoptr(TfChartSpec) spec = make_spec ();
  g_autoptr(TfChartSeries) school = make_series ("School and learning", NULL, NULL, 0);
  guint changes = 0;

  tf_chart_spec_add_series (spec, school);
  g_signal_connect (spec, "changed", G_CALLBACK (count_cb), &changes);
  /* a series' new points redraw the chart that shows it */
  tf_chart_series_set_points (school, NULL, 0);
  g_assert_cmpuint (changes, ==, 1);
  tf_chart_spec_set_series_visible (spec, 0, FALSE);
  g_assert_cmpuint (changes, ==, 2);
  tf_chart_spec_set_series_visible (spec, 0, FALSE);   /* no change */
  g_assert_cmpuint (changes, ==, 2);
}

static void
test_pdf (void)
{
  static const char *long_dates[] = { "2023-11-15", "2024-06-01", "2025-06-01" };
  static const double values[] = { 12.5, 30, 4 };
  g_autoptr(TfChartSpec) spec = tf_chart_spec_new ("Absence");
  g_autoptr(TfChartSeries) absence = make_series ("Absence", long_dates, values, 3);
  g_autofree char *dir = g_dir_make_tmp ("tf-chart-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *contents = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gsize length = 0;

  /* no fixed value range: the axis spans the data */
  tf_chart_spec_add_series (spec, absence);
  tf_chart_spec_set_value_label (spec, "%");
  surface = cairo_pdf_surface_create (path, 595, 842);
  cr = cairo_create (surface);
  tf_chart_render (spec, cr, 500, 280, NULL);
  cairo_translate (cr, 0, 300);
  tf_chart_spec_remove_all_series (spec);
  tf_chart_render (spec, cr, 500, 280, NULL);   /* and empty */
  cairo_show_page (cr);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/series-drawn-where-values-are", test_series_drawn_where_values_are);
  g_test_add_func ("/chart/empty-draws-no-line", test_empty_draws_no_line);
  g_test_add_func ("/chart/series-told-apart", test_series_told_apart);
  g_test_add_func ("/chart/pick", test_pick);
  g_test_add_func ("/chart/describe", test_describe);
  g_test_add_func ("/chart/changed-signal", test_changed_signal);
  g_test_add_func ("/chart/pdf", test_pdf);
  return g_test_run ();
}
