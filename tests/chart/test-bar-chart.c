/* test-bar-chart.c — TfBarSpec without GTK: pixels, sums, hidden values,
 * formats, the reference line, words, PDF and the report layer
 *
 * Renders onto cairo image surfaces and looks at the pixels: a series'
 * colour lies where its bars are, as long as their values say, and
 * nowhere for a hidden value. Writes a PDF directly and through
 * tf_report_add_bar_chart(), and reads the report's text back with
 * pdftotext.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "taskforce-report.h"
#include "../test-report-pdf.h"

#define WIDTH  520
#define HEIGHT 320

typedef struct
{
  cairo_surface_t *surface;
  cairo_t         *cr;
  TfChartStyle     style;
} Canvas;

/* A white canvas and a style whose Pango context is the canvas' own, so
 * the frame the test asks about is the one drawn. */
static void
canvas_init (Canvas *canvas)
{
  canvas->surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  canvas->cr = cairo_create (canvas->surface);
  cairo_set_source_rgb (canvas->cr, 1, 1, 1);
  cairo_paint (canvas->cr);
  tf_chart_style_init_default (&canvas->style);
  canvas->style.context = pango_cairo_create_context (canvas->cr);
}

static void
canvas_draw (Canvas    *canvas,
             TfBarSpec *spec)
{
  tf_bar_spec_render_with_style (spec, canvas->cr, WIDTH, HEIGHT, &canvas->style);
  g_assert_cmpint (cairo_status (canvas->cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_flush (canvas->surface);
}

static void
canvas_clear (Canvas *canvas)
{
  g_object_unref (canvas->style.context);
  cairo_destroy (canvas->cr);
  cairo_surface_destroy (canvas->surface);
}

static gboolean
pixel_is (Canvas *canvas,
          int     x,
          int     y,
          guint   series)
{
  const guint8 *data = cairo_image_surface_get_data (canvas->surface);
  int stride = cairo_image_surface_get_stride (canvas->surface);
  guint32 pixel;
  double rgb[3];

  if (x < 0 || y < 0 || x >= WIDTH || y >= HEIGHT)
    return FALSE;
  pixel = *(const guint32 *) (gconstpointer) (data + y * stride + 4 * x);
  tf_chart_series_color (series, FALSE, rgb);
  return abs ((int) ((pixel >> 16) & 0xff) - (int) round (rgb[0] * 255)) <= 6 &&
         abs ((int) ((pixel >> 8) & 0xff) - (int) round (rgb[1] * 255)) <= 6 &&
         abs ((int) (pixel & 0xff) - (int) round (rgb[2] * 255)) <= 6;
}

/* Pixels of @series' colour in the rectangle. */
static guint
count_color (Canvas *canvas,
             guint   series,
             double  x0,
             double  y0,
             double  x1,
             double  y1)
{
  guint n = 0;

  for (int y = (int) floor (y0); y < (int) ceil (y1); y++)
    for (int x = (int) floor (x0); x < (int) ceil (x1); x++)
      n += pixel_is (canvas, x, y, series);
  return n;
}

/* Dark pixels (text, lines) in the rectangle. */
static guint
count_ink (Canvas *canvas,
           double  x0,
           double  y0,
           double  x1,
           double  y1)
{
  const guint8 *data = cairo_image_surface_get_data (canvas->surface);
  int stride = cairo_image_surface_get_stride (canvas->surface);
  guint n = 0;

  for (int y = MAX (0, (int) floor (y0)); y < MIN (HEIGHT, (int) ceil (y1)); y++)
    for (int x = MAX (0, (int) floor (x0)); x < MIN (WIDTH, (int) ceil (x1)); x++)
      {
        guint32 pixel = *(const guint32 *) (gconstpointer) (data + y * stride + 4 * x);

        n += ((pixel >> 16) & 0xff) < 120 && ((pixel >> 8) & 0xff) < 120 && (pixel & 0xff) < 120;
      }
  return n;
}

static const char * const funnel[] = { "Referred", "Screened", "Relevant", "Offered", NULL };

static TfBarSpec *
make_funnel (void)
{
  TfBarSpec *spec = tf_bar_spec_new ("The way through the taskforce");
  const double values[] = { 40, 32, 20, 10 };
  guint s;

  tf_bar_spec_set_categories (spec, funnel);
  tf_bar_spec_set_value_label (spec, "young people");
  s = tf_bar_spec_add_series (spec, "Young people");
  for (guint c = 0; c < G_N_ELEMENTS (values); c++)
    tf_bar_spec_set_value (spec, s, c, values[c]);
  return spec;
}

/* A horizontal bar is as long as its value says, from a common zero, and
 * its colour fills it and stops at its end. */
static void
test_bars_where_values_are (void)
{
  g_autoptr(TfBarSpec) spec = make_funnel ();
  double x[4], y[4], w[4], h[4];
  Canvas canvas;

  canvas_init (&canvas);
  canvas_draw (&canvas, spec);
  for (guint c = 0; c < 4; c++)
    g_assert_true (tf_bar_spec_get_bar_rect (spec, WIDTH, HEIGHT, &canvas.style, 0, c,
                                             &x[c], &y[c], &w[c], &h[c]));
  /* one zero line; lengths in proportion to 40 : 32 : 20 : 10 */
  for (guint c = 1; c < 4; c++)
    {
      g_assert_cmpfloat_with_epsilon (x[c], x[0], 0.01);
      g_assert_cmpfloat (y[c], >, y[c - 1]);   /* in the categories' order, top down */
    }
  g_assert_cmpfloat_with_epsilon (w[1] / w[0], 32.0 / 40, 0.01);
  g_assert_cmpfloat_with_epsilon (w[2] / w[0], 20.0 / 40, 0.01);
  g_assert_cmpfloat_with_epsilon (w[3] / w[0], 10.0 / 40, 0.01);

  /* the pixels: coloured inside every bar, not just past its end */
  for (guint c = 0; c < 4; c++)
    {
      int row = (int) (y[c] + h[c] / 2);

      g_assert_true (pixel_is (&canvas, (int) (x[c] + 2), row, 0));
      g_assert_true (pixel_is (&canvas, (int) (x[c] + w[c] - 2), row, 0));
      g_assert_false (pixel_is (&canvas, (int) (x[c] + w[c] + 3), row, 0));
      g_assert_cmpuint (count_color (&canvas, 0, x[c], y[c], x[c] + w[c], y[c] + h[c]), >=,
                        (guint) (0.9 * (w[c] - 1) * (h[c] - 1)));
    }
  /* and its value written past its end */
  g_assert_cmpuint (count_ink (&canvas, x[3] + w[3] + 3, y[3], x[3] + w[3] + 30, y[3] + h[3]), >, 10);
  canvas_clear (&canvas);

  /* vertical: taller for more, standing on one line */
  tf_bar_spec_set_orientation (spec, TF_BAR_VERTICAL);
  canvas_init (&canvas);
  canvas_draw (&canvas, spec);
  for (guint c = 0; c < 4; c++)
    g_assert_true (tf_bar_spec_get_bar_rect (spec, WIDTH, HEIGHT, &canvas.style, 0, c,
                                             &x[c], &y[c], &w[c], &h[c]));
  g_assert_cmpfloat_with_epsilon (y[0] + h[0], y[3] + h[3], 0.01);
  g_assert_cmpfloat_with_epsilon (h[3] / h[0], 10.0 / 40, 0.01);
  g_assert_cmpfloat (x[1], >, x[0]);
  g_assert_true (pixel_is (&canvas, (int) (x[0] + w[0] / 2), (int) (y[0] + 2), 0));
  g_assert_false (pixel_is (&canvas, (int) (x[0] + w[0] / 2), (int) (y[0] - 3), 0));
  canvas_clear (&canvas);
}

/* Grouped bars sit side by side in their category, each its own colour. */
static void
test_grouped (void)
{
  g_autoptr(TfBarSpec) spec = tf_bar_spec_new ("Budget and spent");
  double x0, y0, w0, h0, x1, y1, w1, h1;
  Canvas canvas;

  tf_bar_spec_set_categories (spec, (const char * const[]) { "Mentor", "Family", NULL });
  g_assert_cmpuint (tf_bar_spec_add_series (spec, "Budget"), ==, 0);
  g_assert_cmpuint (tf_bar_spec_add_series (spec, "Spent"), ==, 1);
  tf_bar_spec_set_value (spec, 0, 0, 300);
  tf_bar_spec_set_value (spec, 1, 0, 150);
  canvas_init (&canvas);
  canvas_draw (&canvas, spec);
  g_assert_true (tf_bar_spec_get_bar_rect (spec, WIDTH, HEIGHT, &canvas.style, 0, 0, &x0, &y0, &w0, &h0));
  g_assert_true (tf_bar_spec_get_bar_rect (spec, WIDTH, HEIGHT, &canvas.style, 1, 0, &x1, &y1, &w1, &h1));
  g_assert_cmpfloat_with_epsilon (y1, y0 + h0, 0.01);
  g_assert_cmpfloat_with_epsilon (w1 / w0, 0.5, 0.01);
  g_assert_true (pixel_is (&canvas, (int) (x0 + w0 / 2), (int) (y0 + h0 / 2), 0));
  /* the second series: its colour between the stripes of its pattern */
  g_assert_cmpuint (count_color (&canvas, 1, x1, y1, x1 + w1, y1 + h1), >, 0.2 * w1 * h1);
  g_assert_cmpuint (count_color (&canvas, 1, x1, y1, x1 + w1, y1 + h1), <, 0.9 * w1 * h1);
  g_assert_cmpuint (count_color (&canvas, 0, x1, y1 + 1, x1 + w1, y1 + h1 - 1), ==, 0);
  canvas_clear (&canvas);
}

/* A stacked bar reaches the category's sum, its parts on top of each other. */
static void
test_stacked_sums (void)
{
  g_autoptr(TfBarSpec) spec = tf_bar_spec_new ("Interventions by month");
  double x[3], y[3], w[3], h[3];
  double sx, sy, sw, sh;
  Canvas canvas;

  tf_bar_spec_set_orientation (spec, TF_BAR_VERTICAL);
  tf_bar_spec_set_stacked (spec, TRUE);
  tf_bar_spec_set_categories (spec, (const char * const[]) { "Jan", "Feb", NULL });
  tf_bar_spec_add_series (spec, "Mentor");
  tf_bar_spec_add_series (spec, "Family");
  tf_bar_spec_add_series (spec, "School");
  tf_bar_spec_set_value (spec, 0, 0, 3);
  tf_bar_spec_set_value (spec, 1, 0, 5);
  tf_bar_spec_set_value (spec, 2, 0, 4);
  tf_bar_spec_set_value (spec, 0, 1, 6);   /* alone: Feb is 6 */
  g_assert_cmpfloat (tf_bar_spec_get_total (spec, 0), ==, 12);
  g_assert_cmpfloat (tf_bar_spec_get_total (spec, 1), ==, 6);

  canvas_init (&canvas);
  canvas_draw (&canvas, spec);
  for (guint s = 0; s < 3; s++)
    g_assert_true (tf_bar_spec_get_bar_rect (spec, WIDTH, HEIGHT, &canvas.style, s, 0, &x[s], &y[s], &w[s], &h[s]));
  g_assert_true (tf_bar_spec_get_bar_rect (spec, WIDTH, HEIGHT, &canvas.style, 0, 1, &sx, &sy, &sw, &sh));
  /* one column, each part on the one before, heights 3 : 5 : 4 */
  g_assert_cmpfloat_with_epsilon (x[1], x[0], 0.01);
  g_assert_cmpfloat_with_epsilon (y[1] + h[1], y[0], 0.01);
  g_assert_cmpfloat_with_epsilon (y[2] + h[2], y[1], 0.01);
  g_assert_cmpfloat_with_epsilon (h[1] / h[0], 5.0 / 3, 0.01);
  g_assert_cmpfloat_with_epsilon (h[2] / h[0], 4.0 / 3, 0.01);
  /* the whole stack (12) twice Feb's 6, from the same line */
  g_assert_cmpfloat_with_epsilon (sy + sh, y[0] + h[0], 0.01);
  g_assert_cmpfloat_with_epsilon ((h[0] + h[1] + h[2]) / sh, 2.0, 0.01);
  /* the pixels: each series' colour in its own part, in order upwards */
  g_assert_true (pixel_is (&canvas, (int) (x[0] + w[0] / 2), (int) (y[0] + h[0] / 2), 0));
  g_assert_cmpuint (count_color (&canvas, 1, x[1], y[1], x[1] + w[1], y[1] + h[1]), >, 0);
  g_assert_cmpuint (count_color (&canvas, 2, x[2], y[2], x[2] + w[2], y[2] + h[2]), >, 0);
  g_assert_cmpuint (count_color (&canvas, 2, x[0], y[0], x[0] + w[0], y[0] + h[0]), ==, 0);
  canvas_clear (&canvas);
}

/* A suppressed count: no bar, no value anywhere, "hidden" in words. */
static void
test_hidden (void)
{
  g_autoptr(TfBarSpec) spec = make_funnel ();
  g_autofree char *words = NULL;
  g_autofree char *tooltip = NULL;
  double x, y, w, h, x0, y0, w0, h0;
  Canvas canvas;

  tf_bar_spec_set_value (spec, 0, 2, 3);
  tf_bar_spec_set_hidden (spec, 0, 2);
  g_assert_true (tf_bar_spec_get_hidden (spec, 0, 2));
  g_assert_cmpfloat (tf_bar_spec_get_value (spec, 0, 2), ==, 0);
  g_assert_false (tf_bar_spec_get_bar_rect (spec, WIDTH, HEIGHT, NULL, 0, 2, NULL, NULL, NULL, NULL));

  canvas_init (&canvas);
  canvas_draw (&canvas, spec);
  /* the band of "Relevant" (between its neighbours' bars) has none of the colour */
  g_assert_true (tf_bar_spec_get_bar_rect (spec, WIDTH, HEIGHT, &canvas.style, 0, 1, &x0, &y0, &w0, &h0));
  g_assert_true (tf_bar_spec_get_bar_rect (spec, WIDTH, HEIGHT, &canvas.style, 0, 3, &x, &y, &w, &h));
  g_assert_cmpuint (count_color (&canvas, 0, 0, y0 + h0 + 1, WIDTH, y - 1), ==, 0);
  /* but "–" where the bar would start */
  g_assert_cmpuint (count_ink (&canvas, x0 + 2, y0 + h0 + 1, x0 + 20, y - 1), >, 0);
  canvas_clear (&canvas);

  words = tf_bar_spec_describe (spec);
  g_assert_cmpstr (words, ==, "Referred 40, Screened 32, Relevant hidden, Offered 10");
  tooltip = tf_bar_spec_describe_category (spec, 2);
  g_assert_cmpstr (tooltip, ==, "Relevant\nhidden");

  /* a value set again shows again */
  tf_bar_spec_set_value (spec, 0, 2, 20);
  g_assert_false (tf_bar_spec_get_hidden (spec, 0, 2));
  g_assert_true (tf_bar_spec_get_bar_rect (spec, WIDTH, HEIGHT, NULL, 0, 2, NULL, NULL, NULL, NULL));
}

/* A stacked total with a hidden part says only "at least". */
static void
test_hidden_in_stack (void)
{
  g_autoptr(TfBarSpec) spec = tf_bar_spec_new ("Active cases by legal basis");
  g_autofree char *words = NULL;
  g_autofree char *tooltip = NULL;

  tf_bar_spec_set_stacked (spec, TRUE);
  tf_bar_spec_set_categories (spec, (const char * const[]) { "Q1", NULL });
  tf_bar_spec_add_series (spec, "§ 11");
  tf_bar_spec_add_series (spec, "§ 52");
  tf_bar_spec_set_value (spec, 0, 0, 12);
  tf_bar_spec_set_hidden (spec, 1, 0);
  g_assert_cmpfloat (tf_bar_spec_get_total (spec, 0), ==, 12);
  words = tf_bar_spec_describe (spec);
  g_assert_cmpstr (words, ==, "Q1: § 11 12, § 52 hidden, total at least 12");
  tooltip = tf_bar_spec_describe_category (spec, 0);
  g_assert_cmpstr (tooltip, ==, "Q1\n§ 11: 12\n§ 52: hidden\nTotal: at least 12");
}

static char *
format_young_people (double   value,
                     gpointer user_data)
{
  g_assert_cmpstr (user_data, ==, "data");
  return g_strdup_printf ("%g yp", value);
}

static void
test_formats (void)
{
  g_autoptr(TfBarSpec) spec = tf_bar_spec_new (NULL);
  char *text;

  /* counts: Danish grouping */
  text = tf_bar_spec_format_value (spec, 1200);
  g_assert_cmpstr (text, ==, "1.200");
  g_free (text);
  text = tf_bar_spec_format_value (spec, 7);
  g_assert_cmpstr (text, ==, "7");
  g_free (text);

  /* kroner: øre in, whole kroner out */
  tf_bar_spec_set_value_format (spec, TF_BAR_VALUE_KRONER);
  text = tf_bar_spec_format_value (spec, 120000000);
  g_assert_cmpstr (text, ==, "1.200.000 kr.");
  g_free (text);
  text = tf_bar_spec_format_value (spec, 9550050);
  g_assert_cmpstr (text, ==, "95.501 kr.");
  g_free (text);
  text = tf_bar_spec_format_value (spec, -2500000);
  g_assert_cmpstr (text, ==, "-25.000 kr.");
  g_free (text);

  /* percent */
  tf_bar_spec_set_value_format (spec, TF_BAR_VALUE_PERCENT);
  text = tf_bar_spec_format_value (spec, 40);
  g_assert_cmpstr (text, ==, "40 %");
  g_free (text);
  text = tf_bar_spec_format_value (spec, 12.5);
  g_assert_cmpstr (text, ==, "12,5 %");
  g_free (text);

  /* the caller's own, until unset */
  tf_bar_spec_set_format_func (spec, format_young_people, (gpointer) "data", NULL);
  text = tf_bar_spec_format_value (spec, 3);
  g_assert_cmpstr (text, ==, "3 yp");
  g_free (text);
  tf_bar_spec_set_format_func (spec, NULL, NULL, NULL);
  text = tf_bar_spec_format_value (spec, 3);
  g_assert_cmpstr (text, ==, "3 %");
  g_free (text);
}

/* Budget vs spent in kroner, with the budget as a dashed line. */
static void
test_reference (void)
{
  g_autoptr(TfBarSpec) spec = tf_bar_spec_new ("Spent by quarter");
  g_autofree char *words = NULL;
  double x, y, w, h, ref_x, top_y;
  double ref;
  const char *label;
  Canvas canvas;
  guint with, without;

  tf_bar_spec_set_value_format (spec, TF_BAR_VALUE_KRONER);
  tf_bar_spec_set_value_label (spec, "kr.");
  tf_bar_spec_set_categories (spec, (const char * const[]) { "Q1", "Q2", "Q3", NULL });
  tf_bar_spec_add_series (spec, "Spent");
  tf_bar_spec_set_value (spec, 0, 0, 30000000);
  tf_bar_spec_set_value (spec, 0, 1, 120000000);   /* a bar as long as the budget */
  g_assert_false (tf_bar_spec_get_reference (spec, NULL, NULL));

  /* where the line must be: the end of the bar of the same value */
  canvas_init (&canvas);
  g_assert_true (tf_bar_spec_get_bar_rect (spec, WIDTH, HEIGHT, &canvas.style, 0, 2, &x, &top_y, &w, &h));
  tf_bar_spec_set_reference (spec, 120000000, "Budget");
  g_assert_true (tf_bar_spec_get_reference (spec, &ref, &label));
  g_assert_cmpfloat (ref, ==, 120000000);
  g_assert_cmpstr (label, ==, "Budget");
  g_assert_true (tf_bar_spec_get_bar_rect (spec, WIDTH, HEIGHT, &canvas.style, 0, 1, &x, &y, &w, &h));
  ref_x = x + w;
  g_assert_true (tf_bar_spec_get_bar_rect (spec, WIDTH, HEIGHT, &canvas.style, 0, 2, &x, &y, &w, &h));
  canvas_draw (&canvas, spec);
  /* in Q3's band (no bar: 0) the dashed line crosses at the budget */
  with = count_ink (&canvas, ref_x - 2, y, ref_x + 2, y + h);
  g_assert_cmpuint (with, >, h / 3);
  canvas_clear (&canvas);

  tf_bar_spec_clear_reference (spec);
  canvas_init (&canvas);
  canvas_draw (&canvas, spec);
  without = count_ink (&canvas, ref_x - 2, y, ref_x + 2, y + h);
  g_assert_cmpuint (without, <, with / 4);
  canvas_clear (&canvas);

  tf_bar_spec_set_reference (spec, 120000000, "Budget");
  words = tf_bar_spec_describe (spec);
  g_assert_cmpstr (words, ==, "Q1 300.000 kr., Q2 1.200.000 kr., Q3 0 kr. Budget: 1.200.000 kr.");
}

static void
test_describe (void)
{
  g_autoptr(TfBarSpec) spec = tf_bar_spec_new ("Budget and spent");
  g_autofree char *empty = NULL;
  g_autofree char *words = NULL;
  g_autofree char *tooltip = NULL;

  empty = tf_bar_spec_describe (spec);
  g_assert_cmpstr (empty, ==, "No data");
  tf_bar_spec_set_empty_text (spec, "No expenses in the period");
  g_clear_pointer (&empty, g_free);
  empty = tf_bar_spec_describe (spec);
  g_assert_cmpstr (empty, ==, "No expenses in the period");
  g_assert_false (tf_bar_spec_has_data (spec));

  tf_bar_spec_set_value_format (spec, TF_BAR_VALUE_KRONER);
  tf_bar_spec_set_categories (spec, (const char * const[]) { "Mentor", "Family", NULL });
  tf_bar_spec_add_series (spec, "Budget");
  tf_bar_spec_add_series (spec, "Spent");
  tf_bar_spec_set_value (spec, 0, 0, 20000000);
  tf_bar_spec_set_value (spec, 1, 0, 15000000);
  tf_bar_spec_set_value (spec, 0, 1, 10000000);
  g_assert_true (tf_bar_spec_has_data (spec));
  words = tf_bar_spec_describe (spec);
  g_assert_cmpstr (words, ==, "Mentor: Budget 200.000 kr., Spent 150.000 kr.; "
                              "Family: Budget 100.000 kr., Spent 0 kr.");
  tooltip = tf_bar_spec_describe_category (spec, 0);
  g_assert_cmpstr (tooltip, ==, "Mentor\nBudget: 200.000 kr.\nSpent: 150.000 kr.");
  g_assert_null (tf_bar_spec_describe_category (spec, 2));

  /* new categories start the values again */
  tf_bar_spec_set_categories (spec, (const char * const[]) { "School", NULL });
  g_assert_cmpuint (tf_bar_spec_get_n_categories (spec), ==, 1);
  g_assert_cmpfloat (tf_bar_spec_get_value (spec, 0, 0), ==, 0);
}

/* Nothing to draw: the empty text, and no bar colour anywhere. */
static void
test_empty (void)
{
  g_autoptr(TfBarSpec) spec = tf_bar_spec_new ("Meetings held");
  Canvas canvas;

  tf_bar_spec_set_empty_text (spec, "No meetings in the period");
  canvas_init (&canvas);
  canvas_draw (&canvas, spec);
  g_assert_cmpuint (count_color (&canvas, 0, 0, 0, WIDTH, HEIGHT), ==, 0);
  g_assert_cmpuint (count_ink (&canvas, 0, HEIGHT / 3, WIDTH, 2 * HEIGHT / 3), >, 50);
  g_assert_false (tf_bar_spec_pick (spec, WIDTH, HEIGHT, &canvas.style, WIDTH / 2, HEIGHT / 2, NULL));
  canvas_clear (&canvas);
}

static void
test_pick (void)
{
  g_autoptr(TfBarSpec) spec = make_funnel ();
  double x, y, w, h;
  guint category = 99;

  for (guint c = 0; c < 4; c++)
    {
      g_assert_true (tf_bar_spec_get_bar_rect (spec, WIDTH, HEIGHT, NULL, 0, c, &x, &y, &w, &h));
      g_assert_true (tf_bar_spec_pick (spec, WIDTH, HEIGHT, NULL, x + w / 2, y + h / 2, &category));
      g_assert_cmpuint (category, ==, c);
      /* the label left of the bar belongs to it too */
      g_assert_true (tf_bar_spec_pick (spec, WIDTH, HEIGHT, NULL, 10, y + h / 2, &category));
      g_assert_cmpuint (category, ==, c);
    }
  /* under the plot, on the ticks */
  g_assert_false (tf_bar_spec_pick (spec, WIDTH, HEIGHT, NULL, WIDTH / 2, HEIGHT - 3, NULL));
}

/* Horizontal bars want more room for more categories; long labels wrap
 * rather than push the bars off the chart. */
static void
test_natural_height (void)
{
  g_autoptr(TfBarSpec) spec = make_funnel ();
  const char * const areas[] = {
    "Mentor and support for the young person", "Support for the family",
    "Involving the network", "Keeping the young person in school",
    "Taking part in leisure", "Internship and job", "Administration", "Referred",
    NULL,
  };
  double four, eight, narrow, x, y, w, h;

  four = tf_bar_spec_get_natural_height (spec, WIDTH, NULL);
  tf_bar_spec_set_categories (spec, areas);
  eight = tf_bar_spec_get_natural_height (spec, WIDTH, NULL);
  g_assert_cmpfloat (eight, >, four * 1.5);
  narrow = tf_bar_spec_get_natural_height (spec, 300, NULL);
  g_assert_cmpfloat (narrow, >=, eight);
  /* the label column takes at most 38 % of the width */
  g_assert_true (tf_bar_spec_get_bar_rect (spec, 300, narrow, NULL, 0, 0, &x, &y, &w, &h));
  g_assert_cmpfloat (x, <=, 300 * 0.38 + 20);

  tf_bar_spec_set_orientation (spec, TF_BAR_VERTICAL);
  g_assert_cmpfloat (tf_bar_spec_get_natural_height (spec, WIDTH, NULL), >, 0);
}

static void
count_cb (TfBarSpec *spec,
          guint     *n)
{
  (*n)++;
}

static void
test_changed_signal (void)
{
  g_autoptr(TfBarSpec) spec = tf_bar_spec_new ("Funnel");
  guint n = 0;

  g_signal_connect (spec, "changed", G_CALLBACK (count_cb), &n);
  tf_bar_spec_set_categories (spec, funnel);
  tf_bar_spec_add_series (spec, "Young people");
  tf_bar_spec_set_value (spec, 0, 0, 4);
  tf_bar_spec_set_hidden (spec, 0, 0);
  tf_bar_spec_set_reference (spec, 3, "Goal");
  tf_bar_spec_set_stacked (spec, TRUE);
  tf_bar_spec_set_orientation (spec, TF_BAR_VERTICAL);
  tf_bar_spec_set_value_format (spec, TF_BAR_VALUE_PERCENT);
  tf_bar_spec_set_value_label (spec, "%");
  tf_bar_spec_set_empty_text (spec, "None");
  tf_bar_spec_remove_all_series (spec);
  g_assert_cmpuint (n, ==, 11);
  g_assert_cmpuint (tf_bar_spec_get_n_series (spec), ==, 0);
}

/* Straight onto a PDF surface, as a report draws. */
static void
test_pdf (void)
{
  g_autoptr(TfBarSpec) spec = make_funnel ();
  g_autofree char *dir = g_dir_make_tmp ("tf-bar-chart-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bars.pdf", NULL);
  g_autofree char *contents = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  gsize length = 0;

  tf_bar_spec_set_reference (spec, 30, "Goal");
  surface = cairo_pdf_surface_create (path, 595, 842);
  cr = cairo_create (surface);
  tf_bar_spec_render (spec, cr, 500, 280);
  cairo_translate (cr, 0, 300);
  tf_bar_spec_set_orientation (spec, TF_BAR_VERTICAL);
  tf_bar_spec_render (spec, cr, 500, 280);
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

/* Through the report layer: the chart's title as its heading, its
 * labels, values and reference line in the PDF's text, at its natural
 * height when asked for 0. */
static void
test_report (void)
{
  g_autoptr(TfBarSpec) spec = tf_bar_spec_new ("Budget and spent by area");
  g_autoptr(TfReport) report = tf_report_new ("Quarterly follow-up");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tf-bar-chart-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_auto(GStrv) pages = NULL;

  tf_bar_spec_set_value_format (spec, TF_BAR_VALUE_KRONER);
  tf_bar_spec_set_value_label (spec, "kr.");
  tf_bar_spec_set_categories (spec, (const char * const[]) {
    "Keeping the young person in school", "Support for the family", NULL });
  tf_bar_spec_add_series (spec, "Budget");
  tf_bar_spec_add_series (spec, "Spent");
  tf_bar_spec_set_value (spec, 0, 0, 20000000);
  tf_bar_spec_set_value (spec, 1, 0, 24000000);
  tf_bar_spec_set_value (spec, 0, 1, 10000000);
  tf_bar_spec_set_hidden (spec, 1, 1);
  tf_bar_spec_set_reference (spec, 22000000, "Target");

  tf_report_add_heading (report, 1, "Economy");
  tf_report_add_bar_chart (report, spec, 0);
  tf_report_add_paragraph (report, "After the chart.");
  g_assert_true (tf_report_write_pdf (report, path, &error));
  g_assert_no_error (error);

  pages = pdf_pages (path);
  g_assert_cmpuint (g_strv_length (pages), ==, 1);
  assert_contains (pages[0], "Economy");
  assert_contains (pages[0], "Budget and spent by area");
  assert_contains (pages[0], "Keeping the young person in school");
  assert_contains (pages[0], "240.000 kr.");
  assert_contains (pages[0], "Target: 220.000 kr.");
  assert_contains (pages[0], "–");
  assert_contains (pages[0], "After the chart.");
  g_assert_cmpint (find (pages[0], "Economy"), <, find (pages[0], "Budget and spent by area"));
  g_assert_cmpint (find (pages[0], "Support for the family"), <, find (pages[0], "After the chart."));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bar-chart/bars-where-values-are", test_bars_where_values_are);
  g_test_add_func ("/bar-chart/grouped", test_grouped);
  g_test_add_func ("/bar-chart/stacked-sums", test_stacked_sums);
  g_test_add_func ("/bar-chart/hidden", test_hidden);
  g_test_add_func ("/bar-chart/hidden-in-stack", test_hidden_in_stack);
  g_test_add_func ("/bar-chart/formats", test_formats);
  g_test_add_func ("/bar-chart/reference", test_reference);
  g_test_add_func ("/bar-chart/describe", test_describe);
  g_test_add_func ("/bar-chart/empty", test_empty);
  g_test_add_func ("/bar-chart/pick", test_pick);
  g_test_add_func ("/bar-chart/natural-height", test_natural_height);
  g_test_add_func ("/bar-chart/changed-signal", test_changed_signal);
  g_test_add_func ("/bar-chart/pdf", test_pdf);
  g_test_add_func ("/bar-chart/report", test_report);
  return g_test_run ();
}
