/* tf-plugin-row.h — one plugin in Preferences: who made it, where it was found, on or off
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_PLUGIN_ROW (tf_plugin_row_get_type ())
G_DECLARE_FINAL_TYPE (TfPluginRow, tf_plugin_row, TF, PLUGIN_ROW, AdwExpanderRow)

GtkWidget    *tf_plugin_row_new      (TfPluginInfo *info);
TfPluginInfo *tf_plugin_row_get_info (TfPluginRow  *self);

G_END_DECLS
