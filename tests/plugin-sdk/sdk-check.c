/* sdk-check.c — loads the plugins the way the program does, for test-sdk.sh
 *
 *   sdk-check --loaded MODULE AREA-ID [TITLE]
 *                                       exit 0 when MODULE came from the
 *                                       per-user folder, loaded, and its
 *                                       area is in the registry (titled
 *                                       TITLE, in the user's language)
 *   sdk-check --refused MODULE TEXT     exit 0 when MODULE was refused with
 *                                       a reason that contains TEXT
 *
 * Prints every plugin found, as `taskforce plugins` would, so a failing
 * run shows what happened.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "taskforce.h"

static TfPluginInfo *
list_plugins (TfPluginManager *manager,
              const char      *module)
{
  GListModel *plugins = tf_plugin_manager_get_plugins (manager);
  TfPluginInfo *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (plugins); i++)
    {
      g_autoptr(TfPluginInfo) info = g_list_model_get_item (plugins, i);

      g_print ("%s (%s) %s, %s, %s, %s: %s%s%s\n",
               tf_plugin_info_get_name (info),
               tf_plugin_info_get_module (info),
               tf_plugin_info_get_version (info) ? tf_plugin_info_get_version (info) : "-",
               tf_plugin_info_get_organisation (info) ? tf_plugin_info_get_organisation (info) : "-",
               tf_plugin_info_get_origin (info),
               tf_plugin_info_get_location (info),
               tf_plugin_info_get_enabled (info) ? "enabled" : "disabled",
               tf_plugin_info_get_loaded (info) ? ", loaded" : "",
               tf_plugin_info_get_refused_reason (info) ? ", refused" : "");
      if (tf_plugin_info_get_refused_reason (info) != NULL)
        g_print ("    %s\n", tf_plugin_info_get_refused_reason (info));

      if (g_str_equal (tf_plugin_info_get_module (info), module))
        found = info;  /* the model keeps it alive */
    }
  return found;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(TfRegistry) registry = NULL;
  g_autoptr(TfPluginManager) manager = NULL;
  TfPluginInfo *info;
  const char *reason;

  TfArea *area;

  /* As the program does: area titles are translated through gettext */
  setlocale (LC_ALL, "");

  if (!((argc == 4 || argc == 5) && strcmp (argv[1], "--loaded") == 0)
      && !(argc == 4 && strcmp (argv[1], "--refused") == 0))
    {
      g_printerr ("usage: %s --loaded MODULE AREA-ID [TITLE] | --refused MODULE TEXT\n", argv[0]);
      return 2;
    }

  registry = tf_registry_new ();
  manager = tf_plugin_manager_new (registry);
  tf_plugin_manager_load_all (manager, NULL);

  info = list_plugins (manager, argv[2]);
  if (info == NULL)
    {
      g_printerr ("FAIL: no plugin %s was found\n", argv[2]);
      return 1;
    }
  reason = tf_plugin_info_get_refused_reason (info);

  if (strcmp (argv[1], "--loaded") == 0)
    {
      if (!tf_plugin_info_get_loaded (info))
        {
          g_printerr ("FAIL: %s was not loaded: %s\n", argv[2], reason ? reason : "(no reason)");
          return 1;
        }
      if (g_strcmp0 (tf_plugin_info_get_origin (info), "user") != 0)
        {
          g_printerr ("FAIL: %s came from %s, not the user folder\n",
                      argv[2], tf_plugin_info_get_origin (info));
          return 1;
        }
      area = tf_registry_find_area (registry, argv[3]);
      if (area == NULL)
        {
          g_printerr ("FAIL: %s loaded, but area %s is not in the registry\n", argv[2], argv[3]);
          return 1;
        }
      if (argc == 5 && g_strcmp0 (tf_area_get_title (area), argv[4]) != 0)
        {
          g_printerr ("FAIL: area %s is titled “%s”, not “%s”\n",
                      argv[3], tf_area_get_title (area), argv[4]);
          return 1;
        }
      /* Disabling takes the area back out, as it does in the program */
      if (!tf_plugin_manager_set_enabled (manager, argv[2], FALSE, NULL)
          || tf_registry_find_area (registry, argv[3]) != NULL)
        {
          g_printerr ("FAIL: disabling %s left area %s in the registry\n", argv[2], argv[3]);
          return 1;
        }
    }
  else
    {
      if (tf_plugin_info_get_loaded (info) || reason == NULL || strstr (reason, argv[3]) == NULL)
        {
          g_printerr ("FAIL: %s was not refused for “%s”\n", argv[2], argv[3]);
          return 1;
        }
    }

  g_print ("OK\n");
  return 0;
}
