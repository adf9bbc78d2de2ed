/* tf-area-addin.h — the entry point of a work-area plugin
 *
 * A plugin module registers one TfAreaAddin implementation in its
 * peas_register_types(). The shell makes one instance per enabled plugin,
 * calls load() with the registry, and unload() when the plugin is disabled
 * or the program ends. Everything load() adds, unload() takes back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-registry.h"

G_BEGIN_DECLS

#define TF_TYPE_AREA_ADDIN (tf_area_addin_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_INTERFACE (TfAreaAddin, tf_area_addin, TF, AREA_ADDIN, GObject)

struct _TfAreaAddinInterface
{
  GTypeInterface parent_iface;

  gboolean (*load)   (TfAreaAddin  *self,
                      TfRegistry   *registry,
                      GError      **error);
  void     (*unload) (TfAreaAddin  *self,
                      TfRegistry   *registry);

  /*< private >*/
  gpointer padding[8];
};

TF_AVAILABLE_IN_ALL
gboolean tf_area_addin_load   (TfAreaAddin  *self,
                               TfRegistry   *registry,
                               GError      **error);
TF_AVAILABLE_IN_ALL
void     tf_area_addin_unload (TfAreaAddin  *self,
                               TfRegistry   *registry);

G_END_DECLS
