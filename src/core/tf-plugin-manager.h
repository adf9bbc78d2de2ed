/* tf-plugin-manager.h — finds, checks, loads and unloads work-area plugins
 *
 * The one file that knows libpeas. Plugins are found in the folders of
 * TASKFORCE_PLUGIN_PATH (colon-separated; the build tree while developing),
 * the installed folder and the per-user folder
 * ($XDG_DATA_HOME/taskforce/plugins). A plugin whose .plugin file names
 * another X-Taskforce-ABI, or whose module does not load or has no
 * TfAreaAddin, is refused with a reason; the program goes on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-registry.h"

G_BEGIN_DECLS

#define TF_TYPE_PLUGIN_INFO (tf_plugin_info_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfPluginInfo, tf_plugin_info, TF, PLUGIN_INFO, GObject)

#define TF_TYPE_PLUGIN_MANAGER (tf_plugin_manager_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfPluginManager, tf_plugin_manager, TF, PLUGIN_MANAGER, GObject)

/* TfPluginInfo properties (read-only): "module", "name", "description",
 * "organisation", "area-id", "version", "location" (the folder),
 * "origin" ("installed", "user", "development"), "enabled" (boolean),
 * "loaded" (boolean), "refused-reason" (string or NULL). */
TF_AVAILABLE_IN_ALL
const char *tf_plugin_info_get_module         (TfPluginInfo *self);
TF_AVAILABLE_IN_ALL
const char *tf_plugin_info_get_name           (TfPluginInfo *self);
TF_AVAILABLE_IN_ALL
const char *tf_plugin_info_get_description    (TfPluginInfo *self);
TF_AVAILABLE_IN_ALL
const char *tf_plugin_info_get_organisation   (TfPluginInfo *self);
TF_AVAILABLE_IN_ALL
const char *tf_plugin_info_get_area_id        (TfPluginInfo *self);
TF_AVAILABLE_IN_ALL
const char *tf_plugin_info_get_version        (TfPluginInfo *self);
TF_AVAILABLE_IN_ALL
const char *tf_plugin_info_get_location       (TfPluginInfo *self);
TF_AVAILABLE_IN_ALL
const char *tf_plugin_info_get_origin         (TfPluginInfo *self);
TF_AVAILABLE_IN_ALL
const char *tf_plugin_info_get_origin_label   (TfPluginInfo *self);
TF_AVAILABLE_IN_ALL
gboolean    tf_plugin_info_get_enabled        (TfPluginInfo *self);
TF_AVAILABLE_IN_ALL
gboolean    tf_plugin_info_get_loaded         (TfPluginInfo *self);
TF_AVAILABLE_IN_ALL
const char *tf_plugin_info_get_refused_reason (TfPluginInfo *self);

/* @disabled: module names the user turned off (from settings). */
TF_AVAILABLE_IN_ALL
TfPluginManager *tf_plugin_manager_new          (TfRegistry      *registry);
/* Scans the folders and loads every plugin not in @disabled. */
TF_AVAILABLE_IN_ALL
void             tf_plugin_manager_load_all     (TfPluginManager *self,
                                                 const char * const *disabled);
/* GListModel of TfPluginInfo, sorted by name; "items-changed" when a
 * plugin is enabled or disabled. */
TF_AVAILABLE_IN_ALL
GListModel      *tf_plugin_manager_get_plugins  (TfPluginManager *self);
/* Loads or unloads one plugin now: its area appears in or leaves the
 * registry (and so every open case window). */
TF_AVAILABLE_IN_ALL
gboolean         tf_plugin_manager_set_enabled  (TfPluginManager *self,
                                                 const char      *module,
                                                 gboolean         enabled,
                                                 GError         **error);
TF_AVAILABLE_IN_ALL
TfRegistry      *tf_plugin_manager_get_registry (TfPluginManager *self);
/* The per-user plugin folder. */
TF_AVAILABLE_IN_ALL
char            *tf_plugin_manager_user_dir     (void);

G_END_DECLS
