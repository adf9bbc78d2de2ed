/* tf-cli.h — the command line, for work without a display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

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

G_END_DECLS
