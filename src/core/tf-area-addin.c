/* tf-area-addin.c — the entry point of a work-area plugin
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-area-addin.h"

/**
 * TfAreaAddin:
 *
 * What a work-area plugin implements so the program can take its area in
 * and out.
 *
 * A plugin registers one type implementing this interface in its
 * `peas_register_types()`. For each enabled plugin the shell makes one
 * instance and calls tf_area_addin_load() with the program's #TfRegistry;
 * when the plugin is disabled, or the program ends, it calls
 * tf_area_addin_unload() with the same registry. Whatever load() added,
 * unload() takes back, so a plugin can be switched off and on again while
 * the program runs.
 *
 * Most plugins need nothing but their area file:
 *
 * ```c
 * static gboolean
 * tf_school_addin_load (TfAreaAddin *addin, TfRegistry *registry, GError **error)
 * {
 *   g_autoptr(TfArea) area = tf_area_new_from_resource ("/…/school.area", error);
 *
 *   return area != NULL && tf_registry_add_area (registry, area, error);
 * }
 *
 * static void
 * tf_school_addin_unload (TfAreaAddin *addin, TfRegistry *registry)
 * {
 *   tf_registry_remove_area (registry, "school");
 * }
 * ```
 *
 * Type names are process-wide: give the plugin's types their own prefix
 * (`TfSchool…`).
 */

G_DEFINE_INTERFACE (TfAreaAddin, tf_area_addin, G_TYPE_OBJECT)

static void
tf_area_addin_default_init (TfAreaAddinInterface *iface)
{
}

/**
 * tf_area_addin_load:
 * @self: a #TfAreaAddin
 * @registry: the registry to add the plugin's area to
 * @error: return location for an error
 *
 * Adds the plugin's area (forms, indicators, deadline rules) to @registry.
 * An implementation without a load() has nothing to add and succeeds.
 *
 * Returns: %TRUE when the area is in; %FALSE with @error set saying why not
 *   (the shell then refuses the plugin with that message and goes on)
 */
gboolean
tf_area_addin_load (TfAreaAddin  *self,
                    TfRegistry   *registry,
                    GError      **error)
{
  TfAreaAddinInterface *iface;

  g_return_val_if_fail (TF_IS_AREA_ADDIN (self), FALSE);
  g_return_val_if_fail (TF_IS_REGISTRY (registry), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  iface = TF_AREA_ADDIN_GET_IFACE (self);
  if (iface->load == NULL)
    return TRUE;
  return iface->load (self, registry, error);
}

/**
 * tf_area_addin_unload:
 * @self: a #TfAreaAddin
 * @registry: the registry given to tf_area_addin_load()
 *
 * Takes back from @registry whatever tf_area_addin_load() added.
 */
void
tf_area_addin_unload (TfAreaAddin *self,
                      TfRegistry  *registry)
{
  TfAreaAddinInterface *iface;

  g_return_if_fail (TF_IS_AREA_ADDIN (self));
  g_return_if_fail (TF_IS_REGISTRY (registry));

  iface = TF_AREA_ADDIN_GET_IFACE (self);
  if (iface->unload != NULL)
    iface->unload (self, registry);
}
