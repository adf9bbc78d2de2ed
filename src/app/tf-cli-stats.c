/* tf-cli-stats.c — `taskforce stats`: the figures for a period, without a display
 *
 *   taskforce stats --database PATH --period 2025-Q2 [--json [--cases]]
 *
 * Prints every figure TfStats computes: as JSON with --json (for other
 * programs; the same figures the dashboard and reports show), else as a
 * readable summary. --cases adds each figure's case ids, so a number can be
 * traced to the cases behind it (case ids only: no names, no CPR numbers). A bad period or a store that cannot be opened is a
 * clear message and exit status 1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "taskforce.h"

#include "tf-cli.h"

int
tf_cli_stats_command (GStrv *args)
{
  g_autofree char *database = NULL;
  g_autofree char *period_text = NULL;
  gboolean json = FALSE;
  gboolean cases = FALSE;
  GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, N_("The store to read"), N_("FILE") },
    { "period", 0, 0, G_OPTION_ARG_STRING, &period_text, N_("The period: a year (2025), a quarter (2025-Q2) or a month (2025-03)"), N_("PERIOD") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the figures as JSON"), NULL },
    { "cases", 0, 0, G_OPTION_ARG_NONE, &cases, N_("With --json: list the ids of the cases behind each figure"), NULL },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfPeriod) period = NULL;
  g_autoptr(TfStore) store = NULL;
  g_autoptr(TfSession) session = NULL;
  g_autoptr(TfRegistry) registry = NULL;
  g_autoptr(TfPluginManager) manager = NULL;
  g_autoptr(TfStats) stats = NULL;
  g_autofree char *out = NULL;

  g_set_prgname ("taskforce stats");
  g_option_context_set_summary (context, _("Prints the taskforce's figures for a period."));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse_strv (context, args, &error))
    return tf_cli_fail (error->message);
  if (database == NULL || *database == '\0')
    return tf_cli_fail (_("Missing option --database (see --help)."));
  if (period_text == NULL || *period_text == '\0')
    return tf_cli_fail (_("Missing option --period: a year (2025), a quarter (2025-Q2) or a month (2025-03)."));
  if (cases && !json)
    return tf_cli_fail (_("--cases lists the cases in the JSON: use it with --json."));

  /* The period first: a typo there should not wait for a large store */
  period = tf_period_parse (period_text, &error);
  if (period == NULL)
    return tf_cli_fail (error->message);

  /* Never create a store here: a wrong path is an error, not an empty report */
  /* Only read: the integrity check, seconds on a large store, is for
   * writers (TF_STORE_OPEN_DEFER_CHECK runs it before a first write) */
  store = tf_store_open (database, TF_STORE_OPEN_EXISTING | TF_STORE_OPEN_DEFER_CHECK, &error);
  if (store != NULL)
    session = tf_session_new_for_os_user (store, &error);
  if (session == NULL)
    return tf_cli_fail (error->message);

  /* The work areas' indicators and statistics come from the enabled plugins */
  registry = tf_registry_new ();
  manager = tf_cli_load_plugins (registry);

  stats = tf_stats_compute (session, registry, period, NULL, &error);
  if (stats == NULL)
    return tf_cli_fail (error->message);
  out = json ? tf_stats_to_json_full (stats, cases) : tf_stats_to_text (stats);
  g_print ("%s", out);
  return EXIT_SUCCESS;
}
