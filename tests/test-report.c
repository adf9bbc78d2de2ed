/* test-report.c — TfReport's pagination, checked in the text of the PDF
 * it writes: a long table spans pages with its header row on each, the
 * contents list points at the right pages, every page has its footer, the
 * title page has no running header, headings never end a page, and a
 * failed write leaves no file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>

#include "taskforce-report.h"

#include "test-report-pdf.h"

#define RUNNING "Quarterly follow-up, running header"
#define PRINTED "2026-11-23"

static char *
temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("tf-report-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static TfReportTable *
long_table (void)
{
  TfReportTable *table = tf_report_table_new (3);

  tf_report_table_set_column (table, 0, "Young person", TF_REPORT_ALIGN_START, 3);
  tf_report_table_set_column (table, 1, "Area", TF_REPORT_ALIGN_START, 2);
  tf_report_table_set_column (table, 2, "Cost", TF_REPORT_ALIGN_END, 1);
  for (int i = 1; i <= 200; i++)
    {
      g_autofree char *who = NULL;
      g_autofree char *cost = g_strdup_printf ("%d kr.", i * 150);
      const char *cells[4] = { NULL, "Mentor", cost, NULL };

      /* every 37th row wraps to several lines: it must not be split */
      if (i % 37 == 0)
        who = g_strdup_printf ("Row %03d begins a long cell that wraps over several lines of the "
                               "narrow column so that it is taller than the others and ends here", i);
      else
        who = g_strdup_printf ("Row %03d", i);
      cells[0] = who;
      tf_report_table_add_row (table, cells);
    }
  return table;
}

static TfReport *
sample_report (void)
{
  TfReport *report = tf_report_new (RUNNING);
  const char *lines[] = { "Norddjurs Kommune", "Taskforce for young people at risk", "23 November 2026", NULL };
  g_autoptr(TfReportTable) table = long_table ();
  g_autoptr(TfChartSpec) spec = tf_chart_spec_new ("Average score");
  g_autoptr(TfChartSeries) series = tf_chart_series_new ("School", "points", 0);
  TfIndicatorPoint points[2] = { { .value = 3 }, { .value = 6 } };

  g_strlcpy (points[0].measured_on, "2026-01-15", sizeof points[0].measured_on);
  g_strlcpy (points[1].measured_on, "2026-04-15", sizeof points[1].measured_on);
  tf_chart_series_set_points (series, points, 2);
  tf_chart_series_set_range (series, 0, 10);
  tf_chart_spec_add_series (spec, series);
  tf_report_set_title_page (report, "Follow-up Title Page", "Second quarter 2026", lines);
  tf_report_set_printed_on (report, PRINTED);
  tf_report_add_contents (report, "Contents");
  tf_report_add_heading (report, 1, "Section Alpha");
  tf_report_add_paragraph (report, "First paragraph of the section.\n\nSecond paragraph, after a blank line.");
  tf_report_add_key_value (report, "Budget", "1.200.000 kr.");
  tf_report_add_chart (report, spec, 180);
  tf_report_add_note (report, "Counts below 5 are hidden.");
  tf_report_add_heading (report, 1, "Section Beta");
  tf_report_add_table (report, table);
  tf_report_add_page_break (report);
  tf_report_add_heading (report, 1, "Section Gamma");
  tf_report_add_paragraph (report, "The last words.");
  return report;
}

static GStrv
write_and_read (TfReport   *report,
                const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);

  g_assert_true (tf_report_write_pdf (report, path, &error));
  g_assert_no_error (error);
  return pdf_pages (path);
}

static void
test_pages_and_footer (void)
{
  g_autofree char *dir = temp_dir ();
  g_autoptr(TfReport) report = sample_report ();
  g_auto(GStrv) pages = write_and_read (report, dir);
  g_autofree char *day = tf_format_date (PRINTED);
  g_autofree char *printed = g_strdup_printf ("Printed %s", day);
  guint n = g_strv_length (pages);

  g_assert_cmpint (n, ==, tf_report_get_n_pages (report));
  g_assert_cmpint (n, >=, 6);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", i + 1, n);

      assert_contains (pages[i], footer);
      assert_contains (pages[i], printed);
      /* the running header on every page but the title page */
      if (i == 0)
        assert_lacks (pages[i], RUNNING);
      else
        assert_contains (pages[i], RUNNING);
    }
  assert_contains (pages[0], "Follow-up Title Page");
  assert_contains (pages[0], "Second quarter 2026");
  assert_contains (pages[0], "Norddjurs Kommune");
  /* the explicit page break: Gamma starts a page of its own */
  assert_lacks (pages[tf_report_get_heading_page (report, 2)], "Row 200");
  remove_dir (dir);
}

static void
test_contents (void)
{
  g_autofree char *dir = temp_dir ();
  g_autoptr(TfReport) report = sample_report ();
  g_auto(GStrv) pages = write_and_read (report, dir);
  const char *names[] = { "Section Alpha", "Section Beta", "Section Gamma" };

  assert_contains (pages[1], "Contents");
  for (guint h = 0; h < G_N_ELEMENTS (names); h++)
    {
      int page = tf_report_get_heading_page (report, h);
      g_autofree char *pattern = g_strdup_printf ("%s\\s+(\\d+)\\s*\\n", names[h]);
      g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *number = NULL;

      g_assert_cmpint (page, >=, 1);
      /* the contents line on page 2 says the page the heading is on */
      if (!g_regex_match (regex, pages[1], 0, &match))
        g_error ("no contents line for %s:\n%s", names[h], pages[1]);
      number = g_match_info_fetch (match, 1);
      g_assert_cmpint (atoi (number), ==, page + 1);
      assert_contains (pages[page], names[h]);
      if (page > 1)
        assert_lacks (pages[page - 1], names[h]);
    }
  g_assert_cmpint (tf_report_get_heading_page (report, 3), ==, -1);
  remove_dir (dir);
}

static void
test_long_table (void)
{
  g_autofree char *dir = temp_dir ();
  g_autoptr(TfReport) report = sample_report ();
  g_auto(GStrv) pages = write_and_read (report, dir);
  int next = 1, table_pages = 0;

  for (guint i = 0; pages[i] != NULL; i++)
    {
      gssize header = find (pages[i], "Young person");
      gboolean any = FALSE;

      /* the rows on this page, in order, none lost or twice */
      for (;;)
        {
          g_autofree char *row = g_strdup_printf ("Row %03d", next);
          gssize at = find (pages[i], row);

          if (at < 0)
            break;
          /* every page of the table starts with its header row */
          g_assert_cmpint (header, >=, 0);
          g_assert_cmpint (header, <, at);
          if (next % 37 == 0)   /* a tall row is never split */
            assert_contains (pages[i], "ends here");
          any = TRUE;
          next++;
        }
      table_pages += any;
    }
  g_assert_cmpint (next, ==, 201);
  g_assert_cmpint (table_pages, >=, 4);
  remove_dir (dir);
}

static void
test_stable (void)
{
  g_autoptr(TfReport) report = sample_report ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 60, 80);
  cairo_t *cr = cairo_create (surface);
  int first = tf_report_paginate (report, cr, TF_REPORT_A4_WIDTH, TF_REPORT_A4_HEIGHT);
  int again = tf_report_paginate (report, cr, TF_REPORT_A4_WIDTH, TF_REPORT_A4_HEIGHT);
  int heading = tf_report_get_heading_page (report, 1);
  g_autofree char *dir = temp_dir ();
  g_auto(GStrv) pages = NULL;

  /* the same on an image surface as on a PDF surface, and every time */
  g_assert_cmpint (first, ==, again);
  pages = write_and_read (report, dir);
  g_assert_cmpint (first, ==, (int) g_strv_length (pages));
  g_assert_cmpint (heading, ==, tf_report_get_heading_page (report, 1));
  /* a smaller page takes more pages */
  g_assert_cmpint (tf_report_paginate (report, cr, 420, 595), >, first);
  /* drawing every page is safe */
  for (int i = 0; i < tf_report_get_n_pages (report); i++)
    tf_report_render_page (report, cr, i, 420, 595);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  remove_dir (dir);
}

/* Many short sections: wherever the pages break, no page's body ends with
 * a heading. */
static void
test_heading_keeps_with_next (void)
{
  g_autoptr(TfReport) report = tf_report_new ("Headings");
  g_autofree char *dir = temp_dir ();
  g_auto(GStrv) pages = NULL;
  int checked = 0;

  for (int i = 1; i <= 60; i++)
    {
      g_autofree char *heading = g_strdup_printf ("Heading number %d", i);
      g_autoptr(GString) text = g_string_new (NULL);

      for (int w = 0; w < 12 + (i * 7) % 40; w++)
        g_string_append (text, "words that fill the paragraph ");
      tf_report_add_heading (report, i % 3 == 0 ? 2 : 1, heading);
      tf_report_add_paragraph (report, text->str);
    }
  pages = write_and_read (report, dir);
  g_assert_cmpint (g_strv_length (pages), >=, 5);
  for (guint p = 0; pages[p] != NULL; p++)
    {
      g_auto(GStrv) lines = g_strsplit (pages[p], "\n", -1);
      const char *last = NULL;

      /* the last body line is the one before the footer */
      for (guint l = 0; lines[l] != NULL; l++)
        {
          if (strstr (lines[l], "Printed") != NULL)
            break;
          if (g_strstrip (lines[l])[0] != '\0')
            last = lines[l];
        }
      g_assert_nonnull (last);
      if (g_str_has_prefix (last, "Heading number"))
        g_error ("page %u ends with the heading «%s»", p + 1, last);
      checked++;
    }
  g_assert_cmpint (checked, >=, 5);
  remove_dir (dir);
}

static void
test_failed_write (void)
{
  g_autoptr(TfReport) report = sample_report ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = temp_dir ();
  g_autofree char *file = g_build_filename (dir, "a-file", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-folder", "report.pdf", NULL);
  g_autofree char *under_file = g_build_filename (file, "report.pdf", NULL);
  g_autoptr(GDir) d = NULL;
  guint n = 0;

  g_assert_true (g_file_set_contents (file, "x", 1, NULL));
  g_assert_false (tf_report_write_pdf (report, missing, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  assert_contains (error->message, "report.pdf");
  g_clear_error (&error);
  g_assert_false (tf_report_write_pdf (report, under_file, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* nothing but the file that was there */
  d = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (d) != NULL)
    n++;
  g_assert_cmpint (n, ==, 1);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/report/pages-and-footer", test_pages_and_footer);
  g_test_add_func ("/report/contents", test_contents);
  g_test_add_func ("/report/long-table", test_long_table);
  g_test_add_func ("/report/stable", test_stable);
  g_test_add_func ("/report/heading-keeps-with-next", test_heading_keeps_with_next);
  g_test_add_func ("/report/failed-write", test_failed_write);
  return g_test_run ();
}
