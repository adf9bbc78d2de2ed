/* tf-cli-report.c — `taskforce report`: a committee report without a display
 *
 *   taskforce report quarterly|august|monthly --period 2025-Q2|2025|2025-03
 *                    --database PATH --output FILE.pdf|FILE.csv
 *
 * Writes the report as PDF or its figures as CSV, chosen by the output's
 * ending. Everything that can be checked before the figures are counted is
 * checked first — the kind, the period and whether it suits the kind, the
 * ending, the folder — so a typo never waits for a large store. Any
 * refusal is a message on stderr and exit status 1, and no file is left
 * behind (both writers write a temporary file and rename it into place).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <unistd.h>

#include <glib/gi18n.h>

#include "taskforce.h"
#include "taskforce-report.h"

#include "tf-cli.h"

static gboolean
check_output (const char  *output,
              gboolean    *csv,
              GError     **error)
{
  g_autofree char *lower = g_ascii_strdown (output, -1);
  g_autofree char *dir = g_path_get_dirname (output);

  if (g_str_has_suffix (lower, ".pdf"))
    *csv = FALSE;
  else if (g_str_has_suffix (lower, ".csv"))
    *csv = TRUE;
  else
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("The output must end in .pdf (the report) or .csv (its figures): %s"), output);
      return FALSE;
    }
  if (g_file_test (output, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("%s is a folder; give a file name."), output);
      return FALSE;
    }
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR) || access (dir, W_OK) != 0)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("Cannot write to the folder %s: it does not exist or you may not write there."), dir);
      return FALSE;
    }
  return TRUE;
}

int
tf_cli_report_command (GStrv *args)
{
  g_autofree char *database = NULL;
  g_autofree char *period_text = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text, N_("The period: a quarter (2025-Q2) for the quarterly follow-up, a year (2025) for the August status, a month (2025-03) for the monthly orientation"), N_("PERIOD") },
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, N_("The store to read"), N_("FILE") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output, N_("Where to write: FILE.pdf for the report, FILE.csv for its figures"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("quarterly|august|monthly"));
  g_autoptr(GError) error = NULL;
  g_autoptr(TfPeriod) period = NULL;
  g_autoptr(TfStore) store = NULL;
  g_autoptr(TfSession) session = NULL;
  g_autoptr(TfRegistry) registry = NULL;
  g_autoptr(TfPluginManager) manager = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  TfCommitteeReportKind kind;
  gboolean csv = FALSE;
  gboolean ok;

  g_set_prgname ("taskforce report");
  g_option_context_set_summary (context, _("Writes a report for the committee as PDF, or its figures as CSV."));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse_strv (context, args, &error))
    return tf_cli_fail (error->message);
  /* args: the command's name, then what is left: the kind */
  if (g_strv_length (*args) != 2)
    return tf_cli_fail (_("Name one report: quarterly, august or monthly (see --help)."));
  if (!tf_committee_report_kind_parse ((*args)[1], &kind, &error))
    return tf_cli_fail (error->message);
  if (period_text == NULL || *period_text == '\0')
    return tf_cli_fail (_("Missing option --period: a year (2025), a quarter (2025-Q2) or a month (2025-03)."));
  if (database == NULL || *database == '\0')
    return tf_cli_fail (_("Missing option --database (see --help)."));
  if (output == NULL || *output == '\0')
    return tf_cli_fail (_("Missing option --output: FILE.pdf or FILE.csv."));

  period = tf_period_parse (period_text, &error);
  if (period == NULL || !tf_committee_report_check_period (kind, period, &error) ||
      !check_output (output, &csv, &error))
    return tf_cli_fail (error->message);

  /* Never create a store: a wrong path is an error, not an empty report */
  store = tf_store_open (database, TF_STORE_OPEN_EXISTING | TF_STORE_OPEN_DEFER_CHECK, &error);
  if (store != NULL)
    session = tf_session_new_for_os_user (store, &error);
  if (session == NULL)
    return tf_cli_fail (error->message);
  registry = tf_registry_new ();
  manager = tf_cli_load_plugins (registry);

  if (csv)
    ok = tf_committee_report_write_csv (kind, session, registry, period, NULL, output, &error);
  else
    {
      g_autoptr(TfReport) report = tf_committee_report_new (kind, session, registry, period, NULL, &error);

      ok = report != NULL && tf_report_write_pdf (report, output, &error);
    }
  if (!ok)
    return tf_cli_fail (error->message);
  /* TRANSLATORS: "Wrote the Quarterly follow-up to q2.pdf in 1.4 seconds" */
  g_print (_("Wrote the %s to %s in %.1f seconds\n"), tf_committee_report_kind_label (kind), output,
           g_timer_elapsed (timer, NULL));
  return EXIT_SUCCESS;
}
