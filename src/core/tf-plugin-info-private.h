/* tf-plugin-info-private.h — how the plugin manager fills and updates a TfPluginInfo
 *
 * TfPluginInfo itself knows nothing of libpeas: the manager copies what it
 * needs out of the PeasPluginInfo, so the public object survives a later
 * move to libpeas-2 unchanged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-plugin-manager.h"

G_BEGIN_DECLS

/* @origin: "development", "user" or "installed". */
TfPluginInfo *tf_plugin_info_new                (const char   *module,
                                                 const char   *name,
                                                 const char   *description,
                                                 const char   *organisation,
                                                 const char   *area_id,
                                                 const char   *version,
                                                 const char   *location,
                                                 const char   *origin);
/* Each setter notifies only when the value changes; TRUE when it did. */
gboolean      tf_plugin_info_set_enabled        (TfPluginInfo *self,
                                                 gboolean      enabled);
gboolean      tf_plugin_info_set_loaded         (TfPluginInfo *self,
                                                 gboolean      loaded);
gboolean      tf_plugin_info_set_refused_reason (TfPluginInfo *self,
                                                 const char   *reason);

G_END_DECLS
