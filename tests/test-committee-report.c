/* test-committee-report.c — the committee's reports on the hand-counted
 * fixture of test-stats: the PDFs' sections in order with page numbers, a
 * hand-counted figure, no names and small counts hidden; the CSV read back
 * with python3's csv module against TfStats; the monthly orientation's
 * texts (last month's as the start, conflicts, coordinator only) and its
 * changes since last month; and `taskforce report`'s refusals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "taskforce-report.h"
#include "test-stats-fixture.h"
#include "test-report-pdf.h"

#define TODAY "2026-11-23"

static const char * const fixture_names[] = {
  "Anton", "Bilal", "Carl", "David", "Emil", "Frederik", "Gustav", "Hans", "Testesen", NULL
};

static void
set_threshold (Fixture *f,
               double   threshold)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tf_stats_setting_set (f->session, "anonymity-threshold", threshold, &error));
  g_assert_no_error (error);
}

static TfPeriod *
period (const char *text)
{
  g_autoptr(GError) error = NULL;
  TfPeriod *p = tf_period_parse (text, &error);

  g_assert_no_error (error);
  return p;
}

/* The report as PDF in the fixture's folder, read back page by page */
static GStrv
write_pages (Fixture               *f,
             TfCommitteeReportKind  kind,
             const char            *period_text,
             char                 **all_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfPeriod) p = period (period_text);
  g_autoptr(TfReport) report = tf_committee_report_new (kind, f->session, f->registry, p, TODAY, &error);
  g_autofree char *path = g_build_filename (f->dir, "report.pdf", NULL);
  GStrv pages;

  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_true (tf_report_write_pdf (report, path, &error));
  g_assert_no_error (error);
  pages = pdf_pages (path);
  *all_text = g_strjoinv ("\f", pages);
  g_unlink (path);
  return pages;
}

static void
assert_in_order (const char         *text,
                 const char * const *needles)
{
  gssize last = -1;

  for (guint i = 0; needles[i] != NULL; i++)
    {
      gssize at = find (text + last + 1, needles[i]);

      if (at < 0)
        g_error ("«%s» is missing or out of order in:\n%s", needles[i], text);
      last = last + 1 + at;
    }
}

static void
assert_no_names (const char *text)
{
  for (guint i = 0; fixture_names[i] != NULL; i++)
    assert_lacks (text, fixture_names[i]);
}

/* The line of pdftotext -layout that starts (after spaces) with @label */
static char *
table_line (const char *text,
            const char *label)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (g_strchug (lines[i]), label))
      return g_strdup (lines[i]);
  g_error ("no line starts with «%s» in:\n%s", label, text);
  return NULL;
}

static void
set_placements (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tf_stats_setting_set (f->session, "placement-cost-per-year", 1000000, &error));
  g_assert_true (tf_stats_setting_set (f->session, "placement-share-avoided", 20, &error));
  g_assert_no_error (error);
}

static void
test_quarterly_pdf (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  g_autofree char *value = NULL;
  const char * const sections[] = {
    "Contents", "Reading guide", "The work", "From referral to closing",
    "Cases that reached each status in the period", "Caseload",
    "Interventions by area", "Meetings", "The young people’s progression", "Effect per indicator",
    "Re-offending", "Economy", "Placements avoided — an estimate", NULL
  };
  guint n;
  g_autofree char *last_page = NULL;
  g_autofree char *referred = NULL;

  set_placements (f);
  pages = write_pages (f, TF_COMMITTEE_REPORT_QUARTERLY, "2025-Q2", &text);
  n = g_strv_length (pages);
  g_assert_cmpuint (n, >=, 3);
  /* The title page: the taskforce, the report, the period, the municipality */
  /* the title wraps on the title page */
  assert_contains (pages[0], "Taskforce for young people");
  assert_contains (pages[0], "risk of crime");
  assert_contains (pages[0], "Quarterly follow-up");
  assert_contains (pages[0], "Norddjurs Kommune");
  assert_contains (pages[0], "Printed 23.");
  assert_in_order (text, sections);
  last_page = g_strdup_printf ("Page %u of %u", n, n);
  assert_contains (pages[n - 1], last_page);
  assert_contains (pages[1], "Page 2 of");

  /* The committee's threshold 5 by default: every count of the eight
   * young people in Q2 that is 1–4 is hidden, with the note */
  assert_no_names (text);
  referred = table_line (text, "Referred");
  /* referred in Q2: B, C, E, F = 4 → hidden; at the end: F = 1 → hidden */
  assert_contains (referred, "fewer than 5");
  assert_lacks (referred, " 4 ");
  assert_contains (text, "Counts below 5 are not shown");
  /* The estimate, labelled so; the young people worked with in Q2 (A, B,
   * D, G) are 4, so the estimate would give them away */
  assert_contains (text, "an ESTIMATE");
  value = table_line (text, "Estimated value");
  assert_contains (value, "not shown");
}

static void
test_quarterly_figures_shown (Fixture       *f,
                              gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  g_autofree char *referred = NULL;
  g_autofree char *closed = NULL;

  /* With the threshold at 2, the hand-counted 4 referred in Q2 (B 04-02,
   * C 04-05, E 05-01, F 06-20) shows; F alone at the end still hides */
  set_threshold (f, 2);
  pages = write_pages (f, TF_COMMITTEE_REPORT_QUARTERLY, "2025-Q2", &text);
  referred = table_line (text, "Referred");
  g_assert_true (g_regex_match_simple ("^Referred +4 +fewer than 2$", g_strstrip (referred), 0, 0));
  /* closed by reason: D, goals reached = 1 → hidden */
  closed = table_line (text, "Closed: Goals reached");
  assert_contains (closed, "fewer than 2");
  assert_no_names (text);
}

static void
test_august_pdf (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = write_pages (f, TF_COMMITTEE_REPORT_AUGUST, "2025", &text);
  const char * const sections[] = {
    "Contents", "Reading guide", "The work", "The young people’s progression", "Effect per indicator",
    "Evaluation overview", "Effect per indicator: young people measured twice", "Shares are given only where", "Re-offending",
    "Economy", "Budget, spent and forecast by area", NULL
  };

  assert_contains (pages[0], "Status for the committee");
  /* 2025 is over on the fixture's day: the whole year */
  assert_contains (pages[0], "The year 2025");
  assert_lacks (pages[0], "so far");
  assert_in_order (text, sections);
  assert_no_names (text);
}

static void
test_wrong_period (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfPeriod) month = period ("2025-03");
  g_autoptr(TfReport) report = tf_report_quarterly_new (f->session, f->registry, month, TODAY, &error);
  g_autofree char *csv = NULL;

  g_assert_null (report);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "2025-Q2"));
  g_clear_error (&error);
  csv = tf_committee_report_to_csv (TF_COMMITTEE_REPORT_AUGUST, f->session, f->registry, month, TODAY, &error);
  g_assert_null (csv);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
}

/* The CSV read back by python3's csv module as Excel's Danish dialect
 * would: ';', UTF-8 with BOM. Printed as figure \x1f value lines. */
static GHashTable *
read_csv (const char *path,
          char      **section_of_referred)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) python = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *script =
    "import csv, sys\n"
    "raw = open(sys.argv[1], 'rb').read()\n"
    "assert raw.startswith(b'\\xef\\xbb\\xbf'), 'no BOM'\n"
    "assert b'\\r\\n' in raw, 'no CRLF'\n"
    "rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''), delimiter=';'))\n"
    "assert rows[0] == ['Section', 'Figure', 'Value', 'Unit'], rows[0]\n"
    "for r in rows[1:]:\n"
    "    assert len(r) == 4, r\n"
    "    print(r[0] + '\\x1f' + r[1] + '\\x1f' + r[2])\n";

  python = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, "python3", "-c", script, path, NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (python, NULL, NULL, &out, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (python), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], "\x1f", 3);

      g_assert_cmpuint (g_strv_length (cells), ==, 3);
      if (g_str_equal (cells[1], "Referred — Entered in the period"))
        *section_of_referred = g_strdup (cells[0]);
      g_hash_table_insert (values, g_strdup (cells[1]), g_strdup (cells[2]));
    }
  return values;
}

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfPeriod) q2 = period ("2025-Q2");
  g_autofree char *path = g_build_filename (f->dir, "q2.csv", NULL);
  g_autofree char *section = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GHashTable) values = NULL;
  g_autoptr(TfStats) stats = NULL;
  const TfStatsFunnel *funnel;
  GPtrArray *areas;

  set_threshold (f, 2);
  g_assert_true (tf_committee_report_write_csv (TF_COMMITTEE_REPORT_QUARTERLY, f->session, f->registry,
                                                q2, TODAY, path, &error));
  g_assert_no_error (error);
  values = read_csv (path, &section);
  g_assert_cmpstr (section, ==, "The work");

  /* Every funnel figure and every intervention figure as TfStats has it */
  stats = tf_stats_compute (f->session, f->registry, q2, "2025-06-30", &error);
  g_assert_no_error (error);
  funnel = tf_stats_get_funnel (stats);
  for (int s = 0; s < TF_N_CASE_STATUSES; s++)
    {
      g_autofree char *entered = g_strdup_printf ("%s — Entered in the period", tf_case_status_label (s));
      g_autofree char *want = tf_stats_format_count (stats, &funnel->entered[s], TRUE);

      g_assert_cmpstr (g_hash_table_lookup (values, entered), ==, want);
    }
  g_assert_cmpstr (g_hash_table_lookup (values, "Referred — Entered in the period"), ==, "4");
  g_assert_cmpstr (g_hash_table_lookup (values, "Referred — At the period’s end"), ==, "fewer than 2");
  areas = tf_stats_get_interventions (stats);
  for (guint i = 0; i < areas->len; i++)
    {
      TfStatsInterventionArea *area = g_ptr_array_index (areas, i);
      g_autofree char *started = g_strdup_printf ("%s — Started", area->label);
      g_autofree char *want = tf_stats_format_count (stats, &area->started, TRUE);

      g_assert_cmpstr (g_hash_table_lookup (values, started), ==, want);
    }
  /* Money in kroner, a decimal comma if there are øre: the default budget */
  g_assert_nonnull (g_hash_table_lookup (values, "All areas — Budget"));

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  assert_no_names (contents);
  g_unlink (path);
}

static void
test_text_fallback_and_conflict (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfReportText) april = NULL;
  g_autoptr(TfReportText) june = NULL;
  g_autoptr(TfReportText) empty = NULL;
  gint64 version = 0;

  /* Nothing written yet: empty, version 0 */
  empty = tf_report_text_load (f->session, "2025-04", "personnel", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (empty->body, ==, "");
  g_assert_cmpint (empty->version, ==, 0);
  g_assert_null (empty->carried_from);

  g_assert_true (tf_report_text_save (f->session, "2025-04", "personnel", "Ny koordinator.\n", 0, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, 1);

  /* June starts from April's, saying so */
  june = tf_report_text_load (f->session, "2025-06", "personnel", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (june->body, ==, "Ny koordinator.");
  g_assert_cmpint (june->version, ==, 0);
  g_assert_cmpstr (june->carried_from, ==, "2025-04");
  g_assert_cmpstr (june->updated_by, ==, "Mette Holm");

  /* A second first save of April (another desk loaded it before the
   * first was saved) is a conflict, and so is a stale version */
  g_assert_false (tf_report_text_save (f->session, "2025-04", "personnel", "Mine", 0, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_true (tf_report_text_save (f->session, "2025-04", "personnel", "Theirs", 1, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, 2);
  g_assert_false (tf_report_text_save (f->session, "2025-04", "personnel", "Mine", 1, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_clear_error (&error);
  april = tf_report_text_load (f->session, "2025-04", "personnel", &error);
  g_assert_cmpstr (april->body, ==, "Theirs");
  g_assert_cmpint (april->version, ==, 2);
  g_assert_null (april->carried_from);

  /* A later month's own text does not leak back into an earlier one */
  g_assert_true (tf_report_text_save (f->session, "2025-06", "personnel", "Juni", 0, NULL, &error));
  g_clear_pointer (&april, tf_report_text_free);
  april = tf_report_text_load (f->session, "2025-05", "personnel", &error);
  g_assert_cmpstr (april->body, ==, "Theirs");

  /* Saves are audited */
  {
    g_autoptr(TfStmt) stmt = tf_store_prepare (f->store,
      "SELECT count(*) FROM audit_event WHERE entity = 'report-text'", NULL);

    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 3);
  }

  /* Bad month and heading */
  g_assert_null (tf_report_text_load (f->session, "2025-13", "personnel", &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tf_report_text_save (f->session, "2025-05", "weather", "x", 0, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
}

static void
test_text_coordinator_only (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSession) caseworker = tf_session_new_for_login (f->store, "jens", "Jens Berg", &error);
  g_autoptr(TfReportText) text = NULL;

  g_assert_no_error (error);
  g_assert_false (tf_report_text_save (caseworker, "2025-05", "strategies", "Ny strategi", 0, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_DENIED);
  g_clear_error (&error);
  /* nothing written */
  text = tf_report_text_load (caseworker, "2025-05", "strategies", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text->body, ==, "");
}

static void
test_monthly_pdf (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  g_autofree char *active = NULL;
  g_autofree char *screened = NULL;
  g_autofree char *referred = NULL;
  const char * const sections[] = {
    "Contents", "Reading guide", "Key figures", "Personnel and organisation", "Strategies and development",
    "Status of the interventions", "Mentor and support for the young person", "Support for the family",
    "Economy", NULL
  };

  set_threshold (f, 1);
  g_assert_true (tf_report_text_save (f->session, "2025-05", "personnel", "To nye mentorer er ansat.", 0, NULL, &error));
  g_assert_true (tf_report_text_save (f->session, "2025-06", "strategies", "Ny aftale med skolerne.", 0, NULL, &error));
  g_assert_no_error (error);
  pages = write_pages (f, TF_COMMITTEE_REPORT_MONTHLY, "2025-06", &text);

  assert_contains (pages[0], "Monthly orientation");
  assert_contains (pages[0], "June 2025");
  assert_in_order (text, sections);
  /* May's personnel text carried over, and said so; June's own strategy */
  assert_contains (text, "To nye mentorer er ansat.");
  assert_contains (text, "The text is unchanged since May 2025.");
  assert_contains (text, "Ny aftale med skolerne.");
  assert_contains (text, "Nothing new this month.");

  /* Active at the month's end: May A, B, G = 3; June A, G (B paused) = 2 */
  active = table_line (text, "Active cases at the month’s end");
  assert_contains (active, "▼ 1 since May 2025 (down 1)");
  /* Screened: May E = 1, June none */
  screened = table_line (text, "Screened");
  assert_contains (screened, "▼ 1 since May 2025");
  /* Referred: May E, June F: 1 and 1 */
  referred = table_line (text, "Referred");
  assert_contains (referred, "unchanged since May 2025");
  assert_no_names (text);
}

static void
test_monthly_change_hidden (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  g_autofree char *active = NULL;

  /* At the default 5, 3 → 2 active would give both hidden counts away */
  pages = write_pages (f, TF_COMMITTEE_REPORT_MONTHLY, "2025-06", &text);
  active = table_line (text, "Active cases at the month’s end");
  assert_contains (active, "fewer than 5");
  assert_contains (active, "not shown");
  assert_lacks (text, "since May 2025 (down");
  assert_lacks (text, "since May 2025 (up");
}

/* `taskforce report`: what it refuses, with exit 1, a message and no file */
static int
run_cli (const char * const *argv,
         char              **err)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *out = NULL;

  g_ptr_array_add (args, (gpointer) g_getenv ("TASKFORCE_EXE"));
  g_ptr_array_add (args, (gpointer) "report");
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) argv[i]);
  g_ptr_array_add (args, NULL);
  process = g_subprocess_newv ((const char * const *) args->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &out, err, &error));
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (process);
}

static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "out.pdf", NULL);
  g_autofree char *csv = g_build_filename (f->dir, "out.csv", NULL);
  g_autofree char *txt = g_build_filename (f->dir, "out.txt", NULL);
  g_autofree char *nowhere = g_build_filename (f->dir, "no-such-folder", "out.pdf", NULL);
  struct { const char *argv[10]; const char *message; const char *file; } refused[] = {
    { { "weekly", "--period", "2025-Q2", "--database", f->path, "--output", pdf, NULL },
      "is not a report", pdf },
    { { "quarterly", "--period", "2025-Q5", "--database", f->path, "--output", pdf, NULL },
      "quarters 1 to 4", pdf },
    { { "quarterly", "--period", "2025-03", "--database", f->path, "--output", pdf, NULL },
      "for a quarter", pdf },
    { { "monthly", "--period", "2025-03", "--database", f->path, "--output", txt, NULL },
      ".pdf", txt },
    { { "august", "--period", "2025", "--database", f->path, "--output", nowhere, NULL },
      "Cannot write to the folder", nowhere },
    { { "august", "--period", "2025", "--output", pdf, NULL }, "--database", pdf },
    { { "--period", "2025", "--database", f->path, "--output", pdf, NULL }, "Name one report", pdf },
  };

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *err = NULL;

      g_assert_cmpint (run_cli (refused[i].argv, &err), ==, 1);
      g_assert_true (g_str_has_prefix (err, "taskforce: "));
      if (strstr (err, refused[i].message) == NULL)
        g_error ("case %u: «%s» is not in «%s»", i, refused[i].message, err);
      g_assert_false (g_file_test (refused[i].file, G_FILE_TEST_EXISTS));
    }

  /* And the good ones: a PDF and a CSV */
  {
    const char *argv_pdf[] = { "quarterly", "--period", "2025-Q2", "--database", f->path, "--output", pdf, NULL };
    const char *argv_csv[] = { "monthly", "--period", "2025-06", "--database", f->path, "--output", csv, NULL };
    g_autofree char *err = NULL;
    g_autofree char *err2 = NULL;
    g_auto(GStrv) pages = NULL;

    g_assert_cmpint (run_cli (argv_pdf, &err), ==, 0);
    pages = pdf_pages (pdf);
    assert_contains (pages[0], "Quarterly follow-up");
    g_assert_cmpint (run_cli (argv_csv, &err2), ==, 0);
    g_assert_true (g_file_test (csv, G_FILE_TEST_IS_REGULAR));
    g_unlink (pdf);
    g_unlink (csv);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/committee-report/quarterly/pdf", test_quarterly_pdf);
  ADD ("/committee-report/quarterly/figures-shown", test_quarterly_figures_shown);
  ADD ("/committee-report/august/pdf", test_august_pdf);
  ADD ("/committee-report/wrong-period", test_wrong_period);
  ADD ("/committee-report/csv", test_csv);
  ADD ("/committee-report/text/fallback-and-conflict", test_text_fallback_and_conflict);
  ADD ("/committee-report/text/coordinator-only", test_text_coordinator_only);
  ADD ("/committee-report/monthly/pdf", test_monthly_pdf);
  ADD ("/committee-report/monthly/change-hidden", test_monthly_change_hidden);
  ADD ("/committee-report/cli", test_cli);
  return g_test_run ();
}
