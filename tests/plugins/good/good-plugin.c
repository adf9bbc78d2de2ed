/* good-plugin.c — a test plugin that does everything right
 *
 * Registers the small work area "test-good" from an area file held in a
 * string, and takes it back on unload. Built against the public library
 * only, as an outside plugin is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <libpeas/peas.h>
#include <taskforce.h>

#define TF_TYPE_TEST_GOOD_ADDIN (tf_test_good_addin_get_type ())
G_DECLARE_FINAL_TYPE (TfTestGoodAddin, tf_test_good_addin, TF, TEST_GOOD_ADDIN, GObject)

struct _TfTestGoodAddin
{
  GObject  parent_instance;

  char    *area_id;  /* while registered */
};

static void tf_test_good_addin_iface_init (TfAreaAddinInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TfTestGoodAddin, tf_test_good_addin, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (TF_TYPE_AREA_ADDIN,
                                                      tf_test_good_addin_iface_init))

static const char area_file[] =
  "[Area]\n"
  "Id=test-good\n"
  "Title=Test area\n"
  "Organisation=Test organisation\n"
  "Icon=applications-science-symbolic\n"
  "Priority=90\n"
  "\n"
  "[Form test-good-note]\n"
  "Title=Test note\n"
  "Category=record\n"
  "DateField=date\n"
  "\n"
  "[Field test-good-note/date]\n"
  "Label=Date\n"
  "Type=date\n"
  "Required=true\n";

static gboolean
tf_test_good_addin_load (TfAreaAddin  *addin,
                         TfRegistry   *registry,
                         GError      **error)
{
  TfTestGoodAddin *self = TF_TEST_GOOD_ADDIN (addin);
  g_autoptr(GBytes) bytes = g_bytes_new_static (area_file, sizeof area_file - 1);
  g_autoptr(TfArea) area = tf_area_new_from_bytes (bytes, error);

  if (area == NULL || !tf_registry_add_area (registry, area, error))
    return FALSE;

  self->area_id = g_strdup (tf_area_get_id (area));
  return TRUE;
}

static void
tf_test_good_addin_unload (TfAreaAddin *addin,
                           TfRegistry  *registry)
{
  TfTestGoodAddin *self = TF_TEST_GOOD_ADDIN (addin);

  if (self->area_id == NULL)
    return;
  tf_registry_remove_area (registry, self->area_id);
  g_clear_pointer (&self->area_id, g_free);
}

static void
tf_test_good_addin_iface_init (TfAreaAddinInterface *iface)
{
  iface->load = tf_test_good_addin_load;
  iface->unload = tf_test_good_addin_unload;
}

static void
tf_test_good_addin_finalize (GObject *object)
{
  TfTestGoodAddin *self = TF_TEST_GOOD_ADDIN (object);

  g_free (self->area_id);

  G_OBJECT_CLASS (tf_test_good_addin_parent_class)->finalize (object);
}

static void
tf_test_good_addin_class_init (TfTestGoodAddinClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_test_good_addin_finalize;
}

static void
tf_test_good_addin_init (TfTestGoodAddin *self)
{
}

G_MODULE_EXPORT void peas_register_types (PeasObjectModule *module);

G_MODULE_EXPORT void
peas_register_types (PeasObjectModule *module)
{
  peas_object_module_register_extension_type (module,
                                              TF_TYPE_AREA_ADDIN,
                                              TF_TYPE_TEST_GOOD_ADDIN);
}
