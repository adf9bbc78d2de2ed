/* tf-cli.c — the command line, for work without a display
 *
 *   taskforce demo-data --database PATH --young-people N [--seed S] [--notes-per-case K]
 *   taskforce backup --database PATH --output FILE
 *   taskforce restore --database PATH --from FILE
 *   taskforce minutes --meeting ID --database PATH --output FILE.pdf
 *   taskforce plugins
 *   taskforce stats --database PATH --period P [--json]   (tf-cli-stats.c)
 *   taskforce --version | --help
 *
 * main() calls here before anything touches GTK, so these work over SSH and
 * in cron jobs. Each command parses its own options.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "taskforce.h"
#include "taskforce-report.h"

#include "tf-cli.h"
#include "tf-demo-areas.h"

/* @args: the command's name, then its options; a command may rearrange it. */
typedef int (*TfCliCommand) (GStrv *args);

static int
fail (const GError *error)
{
  g_printerr ("taskforce: %s\n", error->message);
  return EXIT_FAILURE;
}

static int
fail_message (const char *message)
{
  g_printerr ("taskforce: %s\n", message);
  return EXIT_FAILURE;
}

/* Parses the options of one command; (*args)[0] is the command's name. */
static gboolean
parse_options (const char    *command,
               const char    *summary,
               GOptionEntry  *entries,
               GStrv         *args,
               GError       **error)
{
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autofree char *prgname = g_strdup_printf ("taskforce %s", command);

  /* So --help says "Usage: taskforce demo-data [OPTION…]". */
  g_set_prgname (prgname);
  g_option_context_set_summary (context, summary);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  return g_option_context_parse_strv (context, args, error);
}

static gboolean
require (const char  *value,
         const char  *option,
         GError     **error)
{
  if (value != NULL && *value != '\0')
    return TRUE;
  g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
               _("Missing option %s (see --help)."), option);
  return FALSE;
}

/* Plugins, for the commands that need the work areas */

/* The user's choices from Preferences, when the settings schema is there. */
static GStrv
disabled_plugins (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return g_new0 (char *, 1);
  settings = g_settings_new (APP_ID);
  return g_settings_get_strv (settings, "disabled-plugins");
}

static TfPluginManager *
load_plugins (TfRegistry *registry)
{
  g_auto(GStrv) disabled = disabled_plugins ();
  TfPluginManager *manager = tf_plugin_manager_new (registry);

  tf_plugin_manager_load_all (manager, (const char * const *) disabled);
  return manager;
}

/* demo-data */

static void
on_demo_progress (double   fraction,
                  gpointer user_data)
{
  /* Overwrites itself: one line, not hundreds. */
  g_printerr ("\r%s %3d %%", _("Filling in demo data…"), (int) (fraction * 100));
}

static int
demo_data_command (GStrv *args)
{
  g_autofree char *database = NULL;
  int young_people = -1;
  int seed = -1;
  int notes_per_case = 0;
  GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, N_("The store to fill"), N_("FILE") },
    { "young-people", 0, 0, G_OPTION_ARG_INT, &young_people, N_("How many young people to make up"), N_("N") },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, N_("Seed; the same seed on the same day gives the same data"), N_("S") },
    { "notes-per-case", 0, 0, G_OPTION_ARG_INT, &notes_per_case, N_("Average notes per case (0 for a realistic number)"), N_("K") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStore) store = NULL;
  g_autoptr(TfSession) session = NULL;
  g_autoptr(TfRegistry) registry = NULL;
  g_autoptr(TfPluginManager) manager = NULL;
  gboolean progress = isatty (STDERR_FILENO);
  gboolean ok;

  if (!parse_options ("demo-data", _("Fills a store with fictional but realistic demo data."),
                      entries, args, &error) ||
      !require (database, "--database", &error))
    return fail (error);
  if (young_people <= 0)
    return fail_message (_("Give the number of young people with --young-people N (at least 1)."));
  if (notes_per_case < 0)
    return fail_message (_("--notes-per-case cannot be negative."));

  store = tf_store_open (database, TF_STORE_OPEN_DEFAULT, &error);
  if (store != NULL)
    session = tf_session_new_for_os_user (store, &error);
  if (session == NULL)
    return fail (error);

  if (seed < 0)
    seed = (int) (g_random_int () & G_MAXINT32);
  ok = tf_demo_fill (session, young_people, notes_per_case, (guint32) seed, NULL,
                     progress ? on_demo_progress : NULL, NULL, NULL, &error);
  if (progress)
    g_printerr ("\n");
  if (!ok)
    return fail (error);

  /* What the work areas record comes from the enabled plugins' own
   * declarations, so a member organisation's plugin gets demo data too. */
  registry = tf_registry_new ();
  manager = load_plugins (registry);
  if (g_list_model_get_n_items (tf_registry_get_areas (registry)) == 0)
    g_printerr ("%s\n", _("No work-area plugin is enabled: the work areas get no demo data "
                          "(see “taskforce plugins”)."));
  ok = tf_demo_fill_areas (session, registry, (guint32) seed, NULL,
                           progress ? on_demo_progress : NULL, NULL, NULL, &error);
  if (progress)
    g_printerr ("\n");
  if (!ok)
    return fail (error);

  /* Consent, assessments and action plans, linked to the interventions above */
  ok = tf_demo_fill_case_work (session, (guint32) seed, NULL,
                               progress ? on_demo_progress : NULL, NULL, NULL, &error);
  if (progress)
    g_printerr ("\n");
  if (!ok)
    return fail (error);

  /* Two years of meetings over those cases, and tomorrow's */
  ok = tf_demo_fill_meetings (session, (guint32) seed, NULL,
                              progress ? on_demo_progress : NULL, NULL, NULL, &error);
  if (progress)
    g_printerr ("\n");
  if (!ok)
    return fail (error);

  /* Budgets for the years those cases cover, and other expenses */
  ok = tf_demo_fill_economy (session, (guint32) seed, NULL,
                             progress ? on_demo_progress : NULL, NULL, NULL, &error);
  if (progress)
    g_printerr ("\n");
  if (!ok)
    return fail (error);

  /* The budget the demo's economy was laid out for: this year's, which
   * scales with the number of young people */
  {
    g_autofree char *today = tf_today_iso ();
    g_autoptr(TfBudget) budget = tf_budget_load_or_default (session, (int) g_ascii_strtoll (today, NULL, 10), &error);
    g_autofree char *money = NULL;

    if (budget == NULL)
      return fail (error);
    money = tf_format_money (tf_budget_get_total (budget));
    /* Translators: "Filled demo.db with 40 young people and a budget of 1.200.000 kr. this year" */
    g_print (ngettext ("Filled %s with %d young person and a budget of %s this year\n",
                       "Filled %s with %d young people and a budget of %s this year\n", young_people),
             database, young_people, money);
  }
  return EXIT_SUCCESS;
}

/* backup */

static int
backup_command (GStrv *args)
{
  g_autofree char *database = NULL;
  g_autofree char *output = NULL;
  GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, N_("The store to back up"), N_("FILE") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output, N_("Where to write the backup"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStore) store = NULL;

  if (!parse_options ("backup", _("Copies a store to a backup file, safely while others use it."),
                      entries, args, &error) ||
      !require (database, "--database", &error) ||
      !require (output, "--output", &error))
    return fail (error);

  store = tf_store_open (database, TF_STORE_OPEN_EXISTING, &error);
  if (store == NULL || !tf_store_backup (store, output, NULL, &error))
    return fail (error);

  g_print (_("Backed up %s to %s\n"), database, output);
  return EXIT_SUCCESS;
}

/* restore */

static int
restore_command (GStrv *args)
{
  g_autofree char *database = NULL;
  g_autofree char *from = NULL;
  GOptionEntry entries[] = {
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, N_("The store to replace"), N_("FILE") },
    { "from", 0, 0, G_OPTION_ARG_FILENAME, &from, N_("The backup to restore"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;

  if (!parse_options ("restore", _("Replaces a store with a backup. Close Taskforce on every desk first."),
                      entries, args, &error) ||
      !require (database, "--database", &error) ||
      !require (from, "--from", &error))
    return fail (error);

  if (!tf_store_restore (database, from, &error))
    return fail (error);

  g_print (_("Restored %s from %s\n"), database, from);
  return EXIT_SUCCESS;
}

/* minutes */

static int
minutes_command (GStrv *args)
{
  g_autofree char *database = NULL;
  g_autofree char *output = NULL;
  gint64 meeting = 0;
  GOptionEntry entries[] = {
    { "meeting", 0, 0, G_OPTION_ARG_INT64, &meeting, N_("The meeting whose minutes to write"), N_("ID") },
    { "database", 0, 0, G_OPTION_ARG_FILENAME, &database, N_("The store the meeting is in"), N_("FILE") },
    { "output", 0, 0, G_OPTION_ARG_FILENAME, &output, N_("Where to write the PDF"), N_("FILE") },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStore) store = NULL;
  g_autoptr(TfSession) session = NULL;

  if (!parse_options ("minutes", _("Writes the minutes of a meeting as a PDF."),
                      entries, args, &error) ||
      !require (database, "--database", &error) ||
      !require (output, "--output", &error))
    return fail (error);
  if (meeting <= 0)
    return fail_message (_("Give the meeting with --meeting ID (its number in the program)."));

  store = tf_store_open (database, TF_STORE_OPEN_EXISTING, &error);
  if (store != NULL)
    session = tf_session_new_for_os_user (store, &error);
  if (session == NULL || !tf_minutes_report_write_pdf (session, meeting, output, &error))
    return fail (error);

  g_print (_("Wrote the minutes to %s\n"), output);
  return EXIT_SUCCESS;
}

/* Dispatch */

/* plugins */

static const char *
plugin_state (TfPluginInfo *info)
{
  if (tf_plugin_info_get_refused_reason (info) != NULL)
    return _("refused");
  if (tf_plugin_info_get_loaded (info))
    return _("in use");
  return _("switched off");
}

static int
plugins_command (GStrv *args)
{
  GOptionEntry entries[] = { { NULL } };
  g_autoptr(GError) error = NULL;
  g_autoptr(TfRegistry) registry = tf_registry_new ();
  g_autoptr(TfPluginManager) manager = NULL;
  g_autofree char *user_dir = tf_plugin_manager_user_dir ();
  GListModel *plugins;

  if (!parse_options ("plugins", _("Lists the work-area plugins found, and whether each is in use."),
                      entries, args, &error))
    return fail (error);

  manager = load_plugins (registry);
  plugins = tf_plugin_manager_get_plugins (manager);
  for (guint i = 0; i < g_list_model_get_n_items (plugins); i++)
    {
      g_autoptr(TfPluginInfo) info = g_list_model_get_item (plugins, i);
      const char *reason = tf_plugin_info_get_refused_reason (info);

      g_print ("%s (%s) — %s\n", tf_plugin_info_get_name (info),
               tf_plugin_info_get_module (info), plugin_state (info));
      g_print ("  %s: %s\n", _("Organisation"),
               tf_plugin_info_get_organisation (info) ? tf_plugin_info_get_organisation (info) : "—");
      g_print ("  %s: %s\n", _("Version"),
               tf_plugin_info_get_version (info) ? tf_plugin_info_get_version (info) : "—");
      g_print ("  %s: %s (%s)\n", _("Found in"), tf_plugin_info_get_location (info),
               tf_plugin_info_get_origin_label (info));
      if (reason != NULL)
        g_print ("  %s: %s\n", _("Refused because"), reason);
    }
  g_print (ngettext ("%u plugin found; your own plugins go in %s\n",
                     "%u plugins found; your own plugins go in %s\n",
                     g_list_model_get_n_items (plugins)),
           g_list_model_get_n_items (plugins), user_dir);
  return EXIT_SUCCESS;
}

static const struct {
  const char   *name;
  TfCliCommand  run;
} commands[] = {
  { "plugins", plugins_command },
  { "demo-data", demo_data_command },
  { "backup", backup_command },
  { "restore", restore_command },
  { "minutes", minutes_command },
  { "stats", tf_cli_stats_command },
  { "report", tf_cli_report_command },
};

static void
print_help (void)
{
  g_print ("%s\n", _("Usage:\n"
                     "  taskforce [--database FILE]   Open the case list\n"
                     "  taskforce COMMAND [OPTION…]   Work without a display\n"
                     "\n"
                     "Commands:\n"
                     "  demo-data   Fill a store with fictional demo data\n"
                     "  backup      Copy a store to a backup file\n"
                     "  restore     Replace a store with a backup\n"
                     "  minutes     Write the minutes of a meeting as a PDF\n"
                     "  plugins     List the work-area plugins and whether each is in use\n"
                     "  stats       Print the figures for a period (--json for JSON)\n"
                     "  report      Write a report for the committee as PDF or CSV\n"
                     "\n"
                     "Options:\n"
                     "  -d, --database FILE   Open the store in FILE instead of the default one\n"
                     "  --version             Show the version and quit\n"
                     "  -h, --help            Show this help\n"
                     "\n"
                     "Run “taskforce COMMAND --help” for a command’s options."));
}

static gboolean
is_help (const char *arg)
{
  return g_strcmp0 (arg, "--help") == 0 || g_strcmp0 (arg, "-h") == 0 ||
         g_strcmp0 (arg, "-?") == 0 || g_strcmp0 (arg, "help") == 0;
}

gboolean
tf_cli_handles (int    argc,
                char **argv)
{
  if (argc < 2)
    return FALSE;
  if (g_strcmp0 (argv[1], "--version") == 0 || is_help (argv[1]))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (argv[1], commands[i].name) == 0)
      return TRUE;
  return FALSE;
}

int
tf_cli_run (int    argc,
            char **argv)
{
  g_auto(GStrv) args = NULL;

  g_return_val_if_fail (argc >= 2, EXIT_FAILURE);

  if (g_strcmp0 (argv[1], "--version") == 0)
    {
      g_print ("taskforce %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }
  if (is_help (argv[1]))
    {
      print_help ();
      return EXIT_SUCCESS;
    }

  /* The command sees its own argv: its name first, then its options. */
  args = g_strdupv (argv + 1);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_strcmp0 (argv[1], commands[i].name) == 0)
      return commands[i].run (&args);
  return EXIT_FAILURE;
}

gboolean
tf_cli_names_database (int    argc,
                       char **argv)
{
  for (int i = 1; i < argc; i++)
    if (g_strcmp0 (argv[i], "--database") == 0 || g_str_has_prefix (argv[i], "--database=") ||
        g_strcmp0 (argv[i], "-d") == 0)
      return TRUE;
  return FALSE;
}

int
tf_cli_fail (const char *message)
{
  return fail_message (message);
}

TfPluginManager *
tf_cli_load_plugins (TfRegistry *registry)
{
  return load_plugins (registry);
}
