/* leisure-plugin.c — the Leisure work area
 *
 * The area itself (its forms, indicators and deadlines) is data: leisure.area,
 * compiled into this module as a GResource. This file only registers the
 * area when the plugin is loaded and takes it back when it is unloaded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <libpeas/peas.h>

#include "taskforce.h"

#define AREA_RESOURCE "/dk/norddjurs/Taskforce/plugins/leisure/leisure.area"

#define TF_TYPE_LEISURE_ADDIN (tf_leisure_addin_get_type ())
G_DECLARE_FINAL_TYPE (TfLeisureAddin, tf_leisure_addin, TF, LEISURE_ADDIN, GObject)

struct _TfLeisureAddin
{
  GObject  parent_instance;

  char    *area_id;   /* the area load() added, for unload() */
};

static void area_addin_iface_init (TfAreaAddinInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TfLeisureAddin, tf_leisure_addin, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (TF_TYPE_AREA_ADDIN, area_addin_iface_init))

static gboolean
tf_leisure_addin_load (TfAreaAddin  *addin,
                       TfRegistry   *registry,
                       GError      **error)
{
  TfLeisureAddin *self = TF_LEISURE_ADDIN (addin);
  g_autoptr(TfArea) area = NULL;

  g_assert (TF_IS_REGISTRY (registry));
  g_assert (self->area_id == NULL);

  area = tf_area_new_from_resource (AREA_RESOURCE, error);
  if (area == NULL || !tf_registry_add_area (registry, area, error))
    return FALSE;
  self->area_id = g_strdup (tf_area_get_id (area));
  return TRUE;
}

static void
tf_leisure_addin_unload (TfAreaAddin *addin,
                         TfRegistry  *registry)
{
  TfLeisureAddin *self = TF_LEISURE_ADDIN (addin);

  g_assert (TF_IS_REGISTRY (registry));

  if (self->area_id != NULL)
    tf_registry_remove_area (registry, self->area_id);
  g_clear_pointer (&self->area_id, g_free);
}

static void
area_addin_iface_init (TfAreaAddinInterface *iface)
{
  iface->load = tf_leisure_addin_load;
  iface->unload = tf_leisure_addin_unload;
}

static void
tf_leisure_addin_finalize (GObject *object)
{
  TfLeisureAddin *self = TF_LEISURE_ADDIN (object);

  g_clear_pointer (&self->area_id, g_free);

  G_OBJECT_CLASS (tf_leisure_addin_parent_class)->finalize (object);
}

static void
tf_leisure_addin_class_init (TfLeisureAddinClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_leisure_addin_finalize;
}

static void
tf_leisure_addin_init (TfLeisureAddin *self)
{
}

G_MODULE_EXPORT void peas_register_types (PeasObjectModule *module);

G_MODULE_EXPORT void
peas_register_types (PeasObjectModule *module)
{
  peas_object_module_register_extension_type (module,
                                              TF_TYPE_AREA_ADDIN,
                                              TF_TYPE_LEISURE_ADDIN);
}
