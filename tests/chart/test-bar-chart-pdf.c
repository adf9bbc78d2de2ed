/* test-bar-chart-pdf.c — TfBarSpec on paper: straight onto a PDF surface
 * and through tf_report_add_bar_chart(), the text read back with pdftotext
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>

#include "taskforce-report.h"
#include "../test-report-pdf.h"

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

/* 24 months in a narrow chart: every k-th month is written whole on one
 * line rather than every month broken inside its words. */
static void
test_many_categories (void)
{
  static const char * const names[] = {
    "jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.",
  };
  g_autoptr(TfBarSpec) spec = tf_bar_spec_new ("Caseload by month");
  g_autoptr(GPtrArray) months = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dir = g_dir_make_tmp ("tf-bar-chart-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "months.pdf", NULL);
  g_auto(GStrv) pages = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  for (guint i = 0; i < 24; i++)
    g_ptr_array_add (months, g_strdup_printf ("%s %u", names[i % 12], 2024 + i / 12));
  g_ptr_array_add (months, NULL);
  tf_bar_spec_set_orientation (spec, TF_BAR_VERTICAL);
  tf_bar_spec_set_categories (spec, (const char * const *) months->pdata);
  tf_bar_spec_add_series (spec, "Active");
  for (guint i = 0; i < 24; i++)
    tf_bar_spec_set_value (spec, 0, i, 10 + i % 5);

  surface = cairo_pdf_surface_create (path, 595, 842);
  cr = cairo_create (surface);
  tf_bar_spec_render (spec, cr, 480, 260);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  pages = pdf_pages (path);
  /* the first month, whole; its neighbour left out; several months in all */
  assert_contains (pages[0], "jan. 2024");
  g_assert_cmpint (find (pages[0], "feb. 2024"), ==, -1);
  {
    guint n = 0;

    for (const char *at = strstr (pages[0], " 202"); at != NULL; at = strstr (at + 1, " 202"))
      n++;
    g_assert_cmpuint (n, >=, 3);
    g_assert_cmpuint (n, <=, 12);
  }
  /* no month cut into pieces over several lines */
  g_assert_cmpint (find (pages[0], "2024\n"), ==, -1);
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

/* A chart with many categories at its natural height is never taller
 * than a page: it moves whole to the next page, every category on it. */
static void
test_report_long_chart (void)
{
  g_autoptr(TfBarSpec) spec = tf_bar_spec_new ("Young people by school");
  g_autoptr(TfReport) report = tf_report_new ("Quarterly follow-up");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *dir = g_dir_make_tmp ("tf-bar-chart-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_auto(GStrv) pages = NULL;

  for (guint i = 1; i <= 45; i++)
    g_ptr_array_add (labels, g_strdup_printf ("School number %u", i));
  g_ptr_array_add (labels, NULL);
  tf_bar_spec_set_categories (spec, (const char * const *) labels->pdata);
  tf_bar_spec_add_series (spec, "Young people");
  for (guint i = 0; i < 45; i++)
    tf_bar_spec_set_value (spec, 0, i, i + 1);

  tf_report_add_heading (report, 1, "Schools");
  tf_report_add_paragraph (report, "Before the chart.");
  tf_report_add_bar_chart (report, spec, 0);
  g_assert_true (tf_report_write_pdf (report, path, &error));
  g_assert_no_error (error);
  pages = pdf_pages (path);
  g_assert_cmpuint (g_strv_length (pages), ==, 2);
  assert_contains (pages[0], "Before the chart.");
  assert_contains (pages[1], "Young people by school");
  assert_contains (pages[1], "School number 1 ");
  assert_contains (pages[1], "School number 45");
  g_unlink (path);
  g_rmdir (dir);
}

/* The page a text is on, -1 for none. */
static int
page_of (GStrv       pages,
         const char *text)
{
  for (int i = 0; pages[i] != NULL; i++)
    if (strstr (pages[i], text) != NULL)
      return i;
  return -1;
}

/* Wherever the page ends, a heading is never left alone at its foot: it
 * goes with the bar chart under it. */
static void
test_report_keeps_heading (void)
{
  g_autofree char *dir = g_dir_make_tmp ("tf-bar-chart-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  gboolean moved = FALSE;

  for (guint n = 20; n <= 48; n += 2)
    {
      g_autoptr(TfBarSpec) spec = make_funnel ();
      g_autoptr(TfReport) report = tf_report_new ("Quarterly follow-up");
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) pages = NULL;

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *line = g_strdup_printf ("Paragraph number %u.", i + 1);

          tf_report_add_paragraph (report, line);
        }
      tf_report_add_heading (report, 1, "Economy");
      tf_report_add_bar_chart (report, spec, 0);
      g_assert_true (tf_report_write_pdf (report, path, &error));
      g_assert_no_error (error);
      pages = pdf_pages (path);
      g_assert_cmpint (page_of (pages, "Economy"), ==, page_of (pages, "The way through the taskforce"));
      g_assert_cmpint (page_of (pages, "Economy"), ==, page_of (pages, "Screened"));
      moved |= page_of (pages, "Economy") > 0;
      g_unlink (path);
    }
  /* some of them did run onto a second page */
  g_assert_true (moved);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/bar-chart/pdf", test_pdf);
  g_test_add_func ("/bar-chart/many-categories", test_many_categories);
  g_test_add_func ("/bar-chart/report", test_report);
  g_test_add_func ("/bar-chart/report-long-chart", test_report_long_chart);
  g_test_add_func ("/bar-chart/report-keeps-heading", test_report_keeps_heading);
  return g_test_run ();
}
