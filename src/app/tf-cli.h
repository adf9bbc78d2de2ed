/* tf-cli.h — the command line, for work without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-plugin-manager.h"
#include "tf-registry.h"

G_BEGIN_DECLS

/* Whether argv asks for a command-line command (demo-data, backup, restore,
 * --version, --help) rather than the window. Needs no display. */
gboolean tf_cli_handles        (int    argc,
                                char **argv);
/* Runs it; returns the exit status. */
int      tf_cli_run            (int    argc,
                                char **argv);
/* Whether argv names a store with --database. */
gboolean tf_cli_names_database (int    argc,
                                char **argv);

/* For commands in files of their own (tf-cli-*.c): */
/* Prints "taskforce: @message" on stderr; returns EXIT_FAILURE. */
int              tf_cli_fail          (const char  *message);
/* Loads the enabled plugins into @registry (transfer full). */
TfPluginManager *tf_cli_load_plugins  (TfRegistry  *registry);
/* taskforce stats (tf-cli-stats.c) */
int              tf_cli_stats_command (GStrv       *args);
/* taskforce report (tf-cli-report.c) */
int              tf_cli_report_command (GStrv      *args);

G_END_DECLS
