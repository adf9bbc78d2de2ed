/* main.c — taskforce: the window, or a command when one is named
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include <glib/gi18n.h>

#include "tf-application.h"
#include "tf-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TfApplication) application = NULL;
  const char *localedir = g_getenv ("TASKFORCE_LOCALEDIR");
  GApplicationFlags flags = G_APPLICATION_DEFAULT_FLAGS;

  /* TASKFORCE_LOCALEDIR lets tests use the build tree's translations. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL && *localedir != '\0' ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Commands run without a display: decide before GTK is touched. */
  if (tf_cli_handles (argc, argv))
    return tf_cli_run (argc, argv);

  /* One desk, one window: a second start on the default store raises the
   * first. A store named on the command line is another desk (and keeps
   * tests apart), so it gets an instance of its own. */
  if (tf_cli_names_database (argc, argv))
    flags |= G_APPLICATION_NON_UNIQUE;

  application = tf_application_new (flags);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
