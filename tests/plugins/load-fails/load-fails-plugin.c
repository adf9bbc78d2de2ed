/* load-fails-plugin.c — a test plugin whose TfAreaAddin refuses to load
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <libpeas/peas.h>
#include <taskforce.h>

#define TF_TYPE_TEST_LOAD_FAILS_ADDIN (tf_test_load_fails_addin_get_type ())
G_DECLARE_FINAL_TYPE (TfTestLoadFailsAddin, tf_test_load_fails_addin, TF, TEST_LOAD_FAILS_ADDIN, GObject)

struct _TfTestLoadFailsAddin
{
  GObject parent_instance;
};

static void tf_test_load_fails_addin_iface_init (TfAreaAddinInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TfTestLoadFailsAddin, tf_test_load_fails_addin, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (TF_TYPE_AREA_ADDIN,
                                                      tf_test_load_fails_addin_iface_init))

static gboolean
tf_test_load_fails_addin_load (TfAreaAddin  *addin,
                               TfRegistry   *registry,
                               GError      **error)
{
  /* Registers nothing, as a failing load() must leave the registry alone */
  g_set_error_literal (error, TF_ERROR, TF_ERROR_FAILED,
                       "The test area refuses to load, as it was told to");
  return FALSE;
}

static void
tf_test_load_fails_addin_unload (TfAreaAddin *addin,
                                 TfRegistry  *registry)
{
  g_error ("unload() called on an addin whose load() failed");
}

static void
tf_test_load_fails_addin_iface_init (TfAreaAddinInterface *iface)
{
  iface->load = tf_test_load_fails_addin_load;
  iface->unload = tf_test_load_fails_addin_unload;
}

static void
tf_test_load_fails_addin_class_init (TfTestLoadFailsAddinClass *klass)
{
}

static void
tf_test_load_fails_addin_init (TfTestLoadFailsAddin *self)
{
}

G_MODULE_EXPORT void peas_register_types (PeasObjectModule *module);

G_MODULE_EXPORT void
peas_register_types (PeasObjectModule *module)
{
  peas_object_module_register_extension_type (module,
                                              TF_TYPE_AREA_ADDIN,
                                              TF_TYPE_TEST_LOAD_FAILS_ADDIN);
}
