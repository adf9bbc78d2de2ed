/* tf-plugin-manager.c — finds, checks, loads and unloads work-area plugins
 *
 * The only file that talks to libpeas: libpeas-1.0 (1.34 on Debian 12),
 * core library only, C loader only. We never call
 * peas_engine_enable_loader(), so a Python plugin is refused like any
 * module that will not load, and nothing from libpeas-gtk (GTK 3) enters
 * the process. A move to libpeas-2 touches this file and nothing else.
 *
 * What libpeas 1.34 does for us, checked against its source and by
 * experiment (see tests/test-plugin-manager.c):
 *
 *  - peas_engine_add_search_path() reads the folder at once: its own
 *    *.plugin files and those in each folder directly below it, no deeper.
 *    So a plugin folder holds either plugins or one folder per plugin.
 *  - When two .plugin files name the same Module, the first one found
 *    wins and the other is dropped silently. We add the folders in the
 *    order development (TASKFORCE_PLUGIN_PATH), user, installed, so a
 *    plugin being worked on overrides the user's copy, which overrides
 *    the installed one.
 *  - X-Foo keys are kept without the "X-"; peas_plugin_info_get_external_data()
 *    takes either "Foo" or "X-Foo".
 *  - Name and Description are read with g_key_file_get_locale_string()
 *    (Name[da]=…), not through gettext.
 *  - The C loader makes every module resident: unloading a plugin only
 *    drops its extension objects, so plugin types are ordinary static
 *    GTypes and loading the same plugin again is cheap.
 *  - A module that fails to load is marked unavailable and never tried
 *    again in this process; the reason (the dynamic linker's message) is
 *    only in a libpeas warning, the GError just says "Failed to load".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>
#include <gmodule.h>
#include <libpeas/peas.h>

#include "tf-area-addin.h"
#include "tf-error.h"
#include "tf-plugin-info-private.h"
#include "tf-plugin-manager.h"

#define ORIGIN_DEVELOPMENT "development"
#define ORIGIN_USER        "user"
#define ORIGIN_INSTALLED   "installed"

typedef struct
{
  PeasPluginInfo *peas_info;       /* owned by the engine, which outlives us */
  TfPluginInfo   *info;
  TfAreaAddin    *addin;           /* while loaded */
  char           *abi_refusal;     /* fixed when found; NULL when the ABI fits */
  char           *module_refusal;  /* libpeas would not load the module */
} Plugin;

typedef struct
{
  char       *path;                /* canonical, so it compares with module dirs */
  const char *origin;
} SearchRoot;

struct _TfPluginManager
{
  GObject     parent_instance;

  TfRegistry *registry;
  PeasEngine *engine;
  GArray     *roots;               /* SearchRoot, in the order libpeas reads them */
  GPtrArray  *entries;             /* Plugin, sorted like the list model */
  GListStore *plugins;             /* TfPluginInfo, sorted by name */
};

G_DEFINE_FINAL_TYPE (TfPluginManager, tf_plugin_manager, G_TYPE_OBJECT)

static void
plugin_free (Plugin *plugin)
{
  g_assert (plugin->addin == NULL);

  g_clear_object (&plugin->info);
  g_free (plugin->abi_refusal);
  g_free (plugin->module_refusal);
  g_free (plugin);
}

static void
search_root_clear (SearchRoot *root)
{
  g_free (root->path);
}

static int
compare_infos (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  TfPluginInfo *info_a = (TfPluginInfo *) a;
  TfPluginInfo *info_b = (TfPluginInfo *) b;
  int cmp;

  cmp = g_utf8_collate (tf_plugin_info_get_name (info_a), tf_plugin_info_get_name (info_b));
  if (cmp != 0)
    return cmp;
  /* Module names are unique, so the order is total */
  return strcmp (tf_plugin_info_get_module (info_a), tf_plugin_info_get_module (info_b));
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Plugin *plugin_a = *(const Plugin * const *) a;
  const Plugin *plugin_b = *(const Plugin * const *) b;

  return compare_infos (plugin_a->info, plugin_b->info, NULL);
}

static Plugin *
find_plugin (TfPluginManager *self,
             const char      *module)
{
  for (guint i = 0; i < self->entries->len; i++)
    {
      Plugin *plugin = g_ptr_array_index (self->entries, i);

      if (g_str_equal (tf_plugin_info_get_module (plugin->info), module))
        return plugin;
    }
  return NULL;
}

static void
add_root (TfPluginManager *self,
          const char      *path,
          const char      *origin)
{
  SearchRoot root;

  if (path == NULL || *path == '\0')
    return;

  root.path = g_canonicalize_filename (path, NULL);
  root.origin = origin;

  /* A folder named twice (TASKFORCE_PLUGIN_PATH pointing at the user's
   * folder, say) keeps its first, higher-ranked origin */
  for (guint i = 0; i < self->roots->len; i++)
    {
      if (g_str_equal (g_array_index (self->roots, SearchRoot, i).path, root.path))
        {
          g_free (root.path);
          return;
        }
    }

  g_array_append_val (self->roots, root);
  /* libpeas reads the folder (and one level of subfolders) right now; a
   * folder that does not exist is fine */
  peas_engine_add_search_path (self->engine, root.path, NULL);
}

static void
add_search_paths (TfPluginManager *self)
{
  const char *dev_path = g_getenv ("TASKFORCE_PLUGIN_PATH");
  g_autofree char *user_dir = tf_plugin_manager_user_dir ();

  /* Order matters: libpeas keeps the first plugin found for a module name */
  if (dev_path != NULL)
    {
      g_auto(GStrv) folders = g_strsplit (dev_path, G_SEARCHPATH_SEPARATOR_S, -1);

      for (guint i = 0; folders[i] != NULL; i++)
        add_root (self, folders[i], ORIGIN_DEVELOPMENT);
    }
  add_root (self, user_dir, ORIGIN_USER);
  add_root (self, TF_PLUGINDIR, ORIGIN_INSTALLED);
}

static const char *
origin_for (TfPluginManager *self,
            const char      *module_dir)
{
  g_autofree char *parent = g_path_get_dirname (module_dir);

  /* libpeas finds a plugin in a search folder or one level below it */
  for (guint i = 0; i < self->roots->len; i++)
    {
      SearchRoot *root = &g_array_index (self->roots, SearchRoot, i);

      if (g_str_equal (module_dir, root->path) || g_str_equal (parent, root->path))
        return root->origin;
    }
  return ORIGIN_INSTALLED;
}

/* libpeas 1.34 does not say which file a plugin came from; find the
 * .plugin file in its folder that names its module, so that a refusal
 * can point at the file to fix. */
static char *
find_plugin_file (PeasPluginInfo *peas_info)
{
  const char *dir_path = peas_plugin_info_get_module_dir (peas_info);
  const char *module = peas_plugin_info_get_module_name (peas_info);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autofree char *guess = NULL;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(GKeyFile) keyfile = NULL;
      g_autofree char *path = NULL;
      g_autofree char *file_module = NULL;

      if (!g_str_has_suffix (name, ".plugin"))
        continue;

      path = g_build_filename (dir_path, name, NULL);
      keyfile = g_key_file_new ();
      if (g_key_file_load_from_file (keyfile, path, G_KEY_FILE_NONE, NULL)
          && (file_module = g_key_file_get_string (keyfile, "Plugin", "Module", NULL)) != NULL
          && g_str_equal (file_module, module))
        return g_steal_pointer (&path);
    }

  guess = g_strconcat (module, ".plugin", NULL);
  return g_build_filename (dir_path, guess, NULL);
}

/* The gate before anything of the plugin runs (as Builder's X-Builder-ABI):
 * a module built against other interface structs would crash us. */
static char *
check_abi (PeasPluginInfo *peas_info)
{
  const char *abi = peas_plugin_info_get_external_data (peas_info, "Taskforce-ABI");
  g_autofree char *stripped = NULL;
  g_autofree char *file = NULL;
  guint64 number = 0;

  if (abi != NULL)
    {
      stripped = g_strstrip (g_strdup (abi));
      if (g_ascii_string_to_unsigned (stripped, 10, 0, G_MAXUINT, &number, NULL)
          && number == TF_PLUGIN_ABI_VERSION)
        return NULL;
    }

  file = find_plugin_file (peas_info);
  if (stripped == NULL || *stripped == '\0')
    return g_strdup_printf (_("%s does not say which Taskforce plugin ABI it was built for "
                              "(X-Taskforce-ABI); this version of Taskforce needs ABI %d. "
                              "Rebuild the plugin."),
                            file, TF_PLUGIN_ABI_VERSION);
  return g_strdup_printf (_("%s: built for Taskforce plugin ABI %s; this version of Taskforce "
                            "needs ABI %d. Rebuild the plugin."),
                          file, stripped, TF_PLUGIN_ABI_VERSION);
}

static Plugin *
plugin_new (TfPluginManager *self,
            PeasPluginInfo  *peas_info)
{
  Plugin *plugin = g_new0 (Plugin, 1);
  const char *module_dir = peas_plugin_info_get_module_dir (peas_info);

  plugin->peas_info = peas_info;
  plugin->info = tf_plugin_info_new (peas_plugin_info_get_module_name (peas_info),
                                     peas_plugin_info_get_name (peas_info),
                                     peas_plugin_info_get_description (peas_info),
                                     peas_plugin_info_get_external_data (peas_info, "Taskforce-Organisation"),
                                     peas_plugin_info_get_external_data (peas_info, "Taskforce-Area"),
                                     peas_plugin_info_get_version (peas_info),
                                     module_dir,
                                     origin_for (self, module_dir));
  plugin->abi_refusal = check_abi (peas_info);
  tf_plugin_info_set_refused_reason (plugin->info, plugin->abi_refusal);
  return plugin;
}

/* The refusal stays on the info until the plugin loads, also when the
 * user then disables it: it is the last thing known about the plugin. */
static gboolean
plugin_refuse (Plugin      *plugin,
               const char  *reason,
               GError     **error)
{
  g_debug ("Refused plugin %s: %s", tf_plugin_info_get_module (plugin->info), reason);
  tf_plugin_info_set_refused_reason (plugin->info, reason);
  tf_plugin_info_set_loaded (plugin->info, FALSE);
  g_set_error_literal (error, TF_ERROR, TF_ERROR_FAILED, reason);
  return FALSE;
}

static void
capture_peas_warning (const char     *log_domain,
                      GLogLevelFlags  log_level,
                      const char     *message,
                      gpointer        user_data)
{
  char **first = user_data;

  /* libpeas says first what went wrong, then only that loading failed
   * ("Error loading plugin 'x'"); the first is the one to show. No
   * logging in here: GLib treats a message logged from a log handler as
   * recursion, which is fatal. */
  if (*first == NULL)
    *first = g_strdup (message);
}

/* The dynamic linker's messages start with the file name, which the
 * refusal already gives */
static const char *
without_path (const char *message,
              const char *module_path)
{
  if (g_str_has_prefix (message, module_path)
      && g_str_has_prefix (message + strlen (module_path), ": "))
    return message + strlen (module_path) + 2;
  return message;
}

/* NULL when libpeas loaded the module, else why it did not. */
static char *
load_module (TfPluginManager *self,
             Plugin          *plugin,
             const char      *module_path)
{
  const char *module = tf_plugin_info_get_module (plugin->info);
  g_autofree char *detail = NULL;
  g_autofree char *prefix = NULL;
  g_autoptr(GError) peas_error = NULL;
  GModule *gmodule;
  gpointer register_types = NULL;
  const char *shown;
  gboolean loaded;
  guint handler;

  /* The commonest mistake (the .so not copied next to the .plugin), said
   * plainly instead of through the dynamic linker */
  if (!g_file_test (module_path, G_FILE_TEST_EXISTS))
    return g_strdup_printf (_("The module %s could not be loaded: %s"),
                            module_path, _("there is no such file"));

  /* Open the module first ourselves, with the flags libpeas's C loader
   * uses (local linkage, symbols bound now): libpeas tells why a module
   * failed, or that peas_register_types() is missing, only in a warning,
   * and warnings are fatal in tests. We keep our handle until libpeas has
   * its own, so the module is mapped (and its constructors run) once. */
  gmodule = g_module_open (module_path, G_MODULE_BIND_LOCAL);
  if (gmodule == NULL)
    return g_strdup_printf (_("The module %s could not be loaded: %s"),
                            module_path, without_path (g_module_error (), module_path));
  if (!g_module_symbol (gmodule, "peas_register_types", &register_types) || register_types == NULL)
    {
      g_module_close (gmodule);
      return g_strdup_printf (_("The module %s could not be loaded: %s"),
                              module_path, _("it has no peas_register_types() function"));
    }

  /* Anything else libpeas finds wrong (a missing dependency, say) it
   * also reports only in a warning; catch it for the refusal */
  handler = g_log_set_handler ("libpeas",
                               G_LOG_LEVEL_WARNING | G_LOG_FLAG_FATAL | G_LOG_FLAG_RECURSION,
                               capture_peas_warning, &detail);
  loaded = peas_engine_load_plugin (self->engine, plugin->peas_info);
  g_log_remove_handler ("libpeas", handler);
  /* A loaded module is resident now; a failed one is closed here */
  g_module_close (gmodule);

  if (loaded)
    return NULL;
  if (detail != NULL)
    g_debug ("libpeas: %s", detail);

  if (detail == NULL
      && !peas_plugin_info_is_available (plugin->peas_info, &peas_error)
      && peas_error != NULL)
    detail = g_strdup (peas_error->message);

  shown = detail != NULL ? detail : _("unknown error");
  prefix = g_strdup_printf ("Failed to load module '%s': ", module);
  if (g_str_has_prefix (shown, prefix))
    shown += strlen (prefix);

  return g_strdup_printf (_("The module %s could not be loaded: %s"),
                          module_path, without_path (shown, module_path));
}

static gboolean
plugin_load (TfPluginManager  *self,
             Plugin           *plugin,
             GError          **error)
{
  g_autofree char *module_path = NULL;
  g_autofree char *reason = NULL;
  g_autoptr(GObject) extension = NULL;
  g_autoptr(GError) local_error = NULL;

  if (plugin->addin != NULL)
    return TRUE;

  if (plugin->abi_refusal != NULL)
    return plugin_refuse (plugin, plugin->abi_refusal, error);

  module_path = g_module_build_path (peas_plugin_info_get_module_dir (plugin->peas_info),
                                     peas_plugin_info_get_module_name (plugin->peas_info));

  /* A dependency of another plugin may have been loaded by libpeas already */
  if (!peas_plugin_info_is_loaded (plugin->peas_info))
    {
      /* libpeas never retries a module that failed, so neither do we */
      if (plugin->module_refusal == NULL)
        plugin->module_refusal = load_module (self, plugin, module_path);
      if (plugin->module_refusal != NULL)
        return plugin_refuse (plugin, plugin->module_refusal, error);
    }

  if (!peas_engine_provides_extension (self->engine, plugin->peas_info, TF_TYPE_AREA_ADDIN))
    {
      peas_engine_unload_plugin (self->engine, plugin->peas_info);
      reason = g_strdup_printf (_("%s has no work-area entry point (TfAreaAddin)"), module_path);
      return plugin_refuse (plugin, reason, error);
    }

  extension = peas_engine_create_extension (self->engine, plugin->peas_info,
                                            TF_TYPE_AREA_ADDIN, NULL);
  if (extension == NULL)
    {
      peas_engine_unload_plugin (self->engine, plugin->peas_info);
      reason = g_strdup_printf (_("%s has no work-area entry point (TfAreaAddin)"), module_path);
      return plugin_refuse (plugin, reason, error);
    }

  /* A load() that fails must leave the registry as it found it (the
   * TfAreaAddin contract), so there is nothing to unload() here */
  if (!tf_area_addin_load (TF_AREA_ADDIN (extension), self->registry, &local_error))
    {
      g_clear_object (&extension);
      peas_engine_unload_plugin (self->engine, plugin->peas_info);
      reason = g_strdup_printf (_("The work area in %s could not be loaded: %s"),
                                module_path,
                                local_error != NULL ? local_error->message
                                                    : _("the plugin gave no reason"));
      return plugin_refuse (plugin, reason, error);
    }

  plugin->addin = TF_AREA_ADDIN (g_steal_pointer (&extension));
  tf_plugin_info_set_refused_reason (plugin->info, NULL);
  tf_plugin_info_set_loaded (plugin->info, TRUE);
  g_debug ("Loaded plugin %s from %s", tf_plugin_info_get_module (plugin->info), module_path);
  return TRUE;
}

static void
plugin_unload (TfPluginManager *self,
               Plugin          *plugin)
{
  if (plugin->addin == NULL)
    return;

  tf_area_addin_unload (plugin->addin, self->registry);
  g_clear_object (&plugin->addin);
  peas_engine_unload_plugin (self->engine, plugin->peas_info);
  tf_plugin_info_set_loaded (plugin->info, FALSE);
}

/* Turns the plugin on or off. The list model promises "items-changed" when
 * that changes anything, so a list without property bindings redraws the
 * row too; a plugin not yet in the model is left alone. */
static gboolean
plugin_apply (TfPluginManager  *self,
              Plugin           *plugin,
              gboolean          enabled,
              GError          **error)
{
  gboolean was_loaded = tf_plugin_info_get_loaded (plugin->info);
  g_autofree char *was_refused = g_strdup (tf_plugin_info_get_refused_reason (plugin->info));
  gboolean changed;
  gboolean ok = TRUE;
  guint position;

  changed = tf_plugin_info_set_enabled (plugin->info, enabled);
  if (enabled)
    ok = plugin_load (self, plugin, error);
  else
    plugin_unload (self, plugin);

  changed |= was_loaded != tf_plugin_info_get_loaded (plugin->info);
  changed |= g_strcmp0 (was_refused, tf_plugin_info_get_refused_reason (plugin->info)) != 0;
  if (changed && g_list_store_find (self->plugins, plugin->info, &position))
    g_list_store_splice (self->plugins, position, 1, (gpointer *) &plugin->info, 1);

  return ok;
}

static void
tf_plugin_manager_dispose (GObject *object)
{
  TfPluginManager *self = TF_PLUGIN_MANAGER (object);

  /* The program ends (or the manager goes): every area leaves the
   * registry through its own unload(), in reverse name order */
  if (self->entries != NULL)
    {
      for (guint i = self->entries->len; i > 0; i--)
        plugin_unload (self, g_ptr_array_index (self->entries, i - 1));
    }

  if (self->plugins != NULL)
    g_list_store_remove_all (self->plugins);
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_object (&self->engine);
  g_clear_object (&self->registry);

  G_OBJECT_CLASS (tf_plugin_manager_parent_class)->dispose (object);
}

static void
tf_plugin_manager_finalize (GObject *object)
{
  TfPluginManager *self = TF_PLUGIN_MANAGER (object);

  g_clear_object (&self->plugins);
  g_clear_pointer (&self->roots, g_array_unref);

  G_OBJECT_CLASS (tf_plugin_manager_parent_class)->finalize (object);
}

static void
tf_plugin_manager_class_init (TfPluginManagerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tf_plugin_manager_dispose;
  object_class->finalize = tf_plugin_manager_finalize;
}

static void
tf_plugin_manager_init (TfPluginManager *self)
{
  /* Our own engine, not peas_engine_get_default(): two managers (tests,
   * the command line next to a running window) never share plugin state */
  self->engine = peas_engine_new ();
  self->roots = g_array_new (FALSE, FALSE, sizeof (SearchRoot));
  g_array_set_clear_func (self->roots, (GDestroyNotify) search_root_clear);
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) plugin_free);
  self->plugins = g_list_store_new (TF_TYPE_PLUGIN_INFO);
}

/**
 * TfPluginManager:
 *
 * Finds the work-area plugins, checks them, and loads or unloads them into
 * a [class@Registry].
 *
 * Plugins are looked for in each folder of `TASKFORCE_PLUGIN_PATH`
 * (separated by colons; the build tree while developing), then in the
 * per-user folder ([func@PluginManager.user_dir]), then in the installed
 * folder. In each, a plugin is a `.plugin` file with its shared object,
 * either in the folder itself or in a folder directly below it. When two
 * plugins have the same `Module`, the first one found is used.
 *
 * A plugin is refused, with a reason in [property@PluginInfo:refused-reason],
 * when its `X-Taskforce-ABI` is missing or differs from
 * `TF_PLUGIN_ABI_VERSION`, when its module will not load, when the module
 * has no [iface@AreaAddin], or when the addin's load() fails. The program
 * goes on without it.
 */

/**
 * tf_plugin_manager_new:
 * @registry: the registry the plugins' areas go into
 *
 * Creates a manager; nothing is read until [method@PluginManager.load_all].
 *
 * Returns: (transfer full): a new plugin manager
 */
TfPluginManager *
tf_plugin_manager_new (TfRegistry *registry)
{
  TfPluginManager *self;

  g_return_val_if_fail (TF_IS_REGISTRY (registry), NULL);

  self = g_object_new (TF_TYPE_PLUGIN_MANAGER, NULL);
  self->registry = g_object_ref (registry);
  return self;
}

/**
 * tf_plugin_manager_load_all:
 * @self: a plugin manager
 * @disabled: (nullable) (array zero-terminated=1): module names the user
 *   turned off (from settings)
 *
 * Reads the plugin folders and loads every plugin whose module is not in
 * @disabled, and unloads any loaded plugin that is. Refused plugins are
 * listed with their reason; nothing is fatal.
 *
 * Calling it again reads the folders again: new plugins are added, and
 * each plugin is loaded or unloaded to match @disabled.
 */
void
tf_plugin_manager_load_all (TfPluginManager    *self,
                            const char * const *disabled)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  g_return_if_fail (TF_IS_PLUGIN_MANAGER (self));

  if (self->roots->len == 0)
    add_search_paths (self);
  else
    peas_engine_rescan_plugins (self->engine);

  for (const GList *l = peas_engine_get_plugin_list (self->engine); l != NULL; l = l->next)
    {
      PeasPluginInfo *peas_info = l->data;

      if (find_plugin (self, peas_plugin_info_get_module_name (peas_info)) == NULL)
        {
          Plugin *plugin = plugin_new (self, peas_info);

          g_ptr_array_add (self->entries, plugin);
          g_ptr_array_add (found, plugin->info);
        }
    }

  /* Load in name order, so which of two plugins claiming the same area id
   * wins does not depend on the order the file system lists folders in */
  g_ptr_array_sort (self->entries, compare_entries);

  for (guint i = 0; i < self->entries->len; i++)
    {
      Plugin *plugin = g_ptr_array_index (self->entries, i);
      const char *module = tf_plugin_info_get_module (plugin->info);

      /* A refusal is on the info; the program goes on */
      plugin_apply (self, plugin, disabled == NULL || !g_strv_contains (disabled, module), NULL);
    }

  for (guint i = 0; i < found->len; i++)
    g_list_store_insert_sorted (self->plugins, g_ptr_array_index (found, i), compare_infos, NULL);
}

/**
 * tf_plugin_manager_get_plugins:
 * @self: a plugin manager
 *
 * Every plugin found, loaded or not, sorted by name. The model emits
 * "items-changed" for a plugin when it is enabled, disabled, loaded or
 * unloaded; each [class@PluginInfo] also notifies its own properties.
 *
 * Returns: (transfer none): a list model of [class@PluginInfo]
 */
GListModel *
tf_plugin_manager_get_plugins (TfPluginManager *self)
{
  g_return_val_if_fail (TF_IS_PLUGIN_MANAGER (self), NULL);
  return G_LIST_MODEL (self->plugins);
}

/**
 * tf_plugin_manager_set_enabled:
 * @self: a plugin manager
 * @module: the plugin's module name
 * @enabled: whether to load or unload it
 * @error: where to put why the plugin could not be loaded
 *
 * Loads or unloads one plugin now: its area appears in or leaves the
 * registry (and so every open case window). [property@PluginInfo:enabled]
 * follows @enabled even when loading fails, because it records what the
 * user wants; [property@PluginInfo:loaded] tells what happened.
 *
 * Returns: %FALSE with @error set when there is no such plugin or it was
 *   refused (the message is the refusal reason)
 */
gboolean
tf_plugin_manager_set_enabled (TfPluginManager  *self,
                               const char       *module,
                               gboolean          enabled,
                               GError          **error)
{
  Plugin *plugin;

  g_return_val_if_fail (TF_IS_PLUGIN_MANAGER (self), FALSE);
  g_return_val_if_fail (module != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  plugin = find_plugin (self, module);
  if (plugin == NULL)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND,
                   _("There is no plugin called %s."), module);
      return FALSE;
    }

  return plugin_apply (self, plugin, enabled, error);
}

/**
 * tf_plugin_manager_get_registry:
 * @self: a plugin manager
 *
 * Returns: (transfer none): the registry the plugins' areas go into
 */
TfRegistry *
tf_plugin_manager_get_registry (TfPluginManager *self)
{
  g_return_val_if_fail (TF_IS_PLUGIN_MANAGER (self), NULL);
  return self->registry;
}

/**
 * tf_plugin_manager_user_dir:
 *
 * The per-user plugin folder, `$XDG_DATA_HOME/taskforce/plugins`
 * (usually `~/.local/share/taskforce/plugins`), where a member
 * organisation puts its own plugin, one folder per plugin. It need not
 * exist.
 *
 * Returns: (transfer full) (type filename): the folder's path
 */
char *
tf_plugin_manager_user_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), "taskforce", "plugins", NULL);
}
