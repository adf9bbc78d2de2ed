/* example-plugin.c — a member organisation's work-area plugin for Taskforce
 *
 * Everything a plugin needs: one TfAreaAddin that, when the plugin is
 * enabled, reads the area file next to the module (example.area) and
 * registers the area; and, when it is disabled or the program ends, takes
 * it back. Build it outside the Taskforce sources with:
 *
 *   cc -shared -fPIC -fvisibility=hidden -o libexample.so example-plugin.c \
 *      $(pkg-config --cflags --libs taskforce-plugin-1)
 *
 * and put libexample.so, example.plugin and example.area in
 * ~/.local/share/taskforce/plugins/example/. See docs/plugins.md.
 *
 * Copy this file and rename every "example"/"Example" to your own
 * organisation's prefix: GType names are shared by the whole program, so
 * two plugins with a type called TfExampleAreaAddin cannot both load.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <libintl.h>

#include <libpeas/peas.h>
#include <taskforce.h>

#define EXAMPLE_GETTEXT_DOMAIN "taskforce-example"

#define TF_TYPE_EXAMPLE_AREA_ADDIN (tf_example_area_addin_get_type ())
G_DECLARE_FINAL_TYPE (TfExampleAreaAddin, tf_example_area_addin, TF, EXAMPLE_AREA_ADDIN, GObject)

struct _TfExampleAreaAddin
{
  GObject  parent_instance;

  char    *area_id;  /* while the area is registered */
};

static void tf_example_area_addin_iface_init (TfAreaAddinInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (TfExampleAreaAddin, tf_example_area_addin, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (TF_TYPE_AREA_ADDIN,
                                                      tf_example_area_addin_iface_init))

/* The folder this module was loaded from; Taskforce keeps plugin modules
 * loaded until the program ends, so this is set once and never freed. */
static char *plugin_dir;

static gboolean
tf_example_area_addin_load (TfAreaAddin  *addin,
                            TfRegistry   *registry,
                            GError      **error)
{
  TfExampleAreaAddin *self = TF_EXAMPLE_AREA_ADDIN (addin);
  g_autofree char *path = g_build_filename (plugin_dir, "example.area", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(TfArea) area = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);

  /* On failure, leave the registry as it was: Taskforce shows the error
   * message to the user and goes on without this area */
  area = tf_area_new_from_bytes (bytes, error);
  if (area == NULL || !tf_registry_add_area (registry, area, error))
    return FALSE;

  self->area_id = g_strdup (tf_area_get_id (area));
  return TRUE;
}

static void
tf_example_area_addin_unload (TfAreaAddin *addin,
                              TfRegistry  *registry)
{
  TfExampleAreaAddin *self = TF_EXAMPLE_AREA_ADDIN (addin);

  /* Everything load() added, unload() takes back */
  if (self->area_id != NULL)
    tf_registry_remove_area (registry, self->area_id);
  g_clear_pointer (&self->area_id, g_free);
}

static void
tf_example_area_addin_iface_init (TfAreaAddinInterface *iface)
{
  iface->load = tf_example_area_addin_load;
  iface->unload = tf_example_area_addin_unload;
}

static void
tf_example_area_addin_finalize (GObject *object)
{
  TfExampleAreaAddin *self = TF_EXAMPLE_AREA_ADDIN (object);

  g_free (self->area_id);

  G_OBJECT_CLASS (tf_example_area_addin_parent_class)->finalize (object);
}

static void
tf_example_area_addin_class_init (TfExampleAreaAddinClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_example_area_addin_finalize;
}

static void
tf_example_area_addin_init (TfExampleAreaAddin *self)
{
}

/* The one symbol Taskforce looks for in the module. libpeas declares no
 * prototype for it, so declare it here (or -Wmissing-prototypes complains). */
G_MODULE_EXPORT void peas_register_types (PeasObjectModule *module);

G_MODULE_EXPORT void
peas_register_types (PeasObjectModule *module)
{
  g_autofree char *locale_dir = NULL;

  if (plugin_dir == NULL)
    plugin_dir = g_strdup (peas_object_module_get_path (module));

  /* The area file's GettextDomain; translations (.mo files) go in
   * locale/<language>/LC_MESSAGES/taskforce-example.mo in this folder */
  locale_dir = g_build_filename (plugin_dir, "locale", NULL);
  bindtextdomain (EXAMPLE_GETTEXT_DOMAIN, locale_dir);
  bind_textdomain_codeset (EXAMPLE_GETTEXT_DOMAIN, "UTF-8");

  peas_object_module_register_extension_type (module,
                                              TF_TYPE_AREA_ADDIN,
                                              TF_TYPE_EXAMPLE_AREA_ADDIN);
}
