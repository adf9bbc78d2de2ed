/* test-plugin-manager.c — finding, checking, loading and unloading work-area plugins
 *
 * Runs with TASKFORCE_PLUGIN_PATH pointing at the test plugins built in
 * tests/plugins/ (one folder per plugin) and, through
 * G_TEST_OPTION_ISOLATE_DIRS, a fresh XDG_DATA_HOME for each test, so the
 * per-user plugin folder starts empty.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <gio/gio.h>

#include "taskforce.h"

#define N_TEST_PLUGINS 7

typedef struct
{
  TfRegistry      *registry;
  TfPluginManager *manager;
  guint            n_added;
  guint            n_removed;
  char            *last_removed;
} Fixture;

static void
on_area_added (TfRegistry *registry,
               TfArea     *area,
               Fixture    *f)
{
  f->n_added++;
}

static void
on_area_removed (TfRegistry *registry,
                 TfArea     *area,
                 Fixture    *f)
{
  f->n_removed++;
  g_free (f->last_removed);
  f->last_removed = g_strdup (tf_area_get_id (area));
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->registry = tf_registry_new ();
  g_signal_connect (f->registry, "area-added", G_CALLBACK (on_area_added), f);
  g_signal_connect (f->registry, "area-removed", G_CALLBACK (on_area_removed), f);
  f->manager = tf_plugin_manager_new (f->registry);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->manager);
  g_signal_handlers_disconnect_by_data (f->registry, f);
  g_clear_object (&f->registry);
  g_free (f->last_removed);
}

static TfPluginInfo *
find_info (Fixture    *f,
           const char *module)
{
  GListModel *plugins = tf_plugin_manager_get_plugins (f->manager);

  for (guint i = 0; i < g_list_model_get_n_items (plugins); i++)
    {
      g_autoptr(TfPluginInfo) info = g_list_model_get_item (plugins, i);

      if (g_str_equal (tf_plugin_info_get_module (info), module))
        return info;  /* the model keeps it alive */
    }
  return NULL;
}

static char *
test_plugin_dir (const char *module)
{
  g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "plugins", module, NULL);

  return g_canonicalize_filename (path, NULL);
}

static void
assert_refused (Fixture     *f,
                const char  *module,
                const char **expected_parts)
{
  TfPluginInfo *info = find_info (f, module);
  const char *reason;

  g_assert_nonnull (info);
  g_assert_true (tf_plugin_info_get_enabled (info));
  g_assert_false (tf_plugin_info_get_loaded (info));
  reason = tf_plugin_info_get_refused_reason (info);
  g_assert_nonnull (reason);
  for (guint i = 0; expected_parts[i] != NULL; i++)
    {
      if (strstr (reason, expected_parts[i]) == NULL)
        g_error ("refusal of %s does not mention “%s”: %s", module, expected_parts[i], reason);
    }
}

static void
test_abi_in_sync (void)
{
  /* meson's plugin_abi (test .plugin files, the .pc's abi variable) and
   * tf-version.h (the gate) must name the same ABI */
  g_assert_cmpint (atoi (TF_PLUGIN_ABI), ==, TF_PLUGIN_ABI_VERSION);
}

static void
test_load_all (Fixture       *f,
               gconstpointer  data)
{
  GListModel *plugins = tf_plugin_manager_get_plugins (f->manager);
  g_autofree char *good_dir = test_plugin_dir ("good");
  g_autofree char *missing_dir = test_plugin_dir ("missing-module");
  g_autofree char *missing_so = NULL;
  TfPluginInfo *good;
  const char *wrong_abi[] = { "wrong-abi.plugin", "ABI 99", NULL };
  const char *no_entry[] = { "libno-entry.so", "TfAreaAddin", NULL };
  const char *missing[] = { "libmissing-module.so", "no such file", NULL };
  const char *load_fails[] = { "libload-fails.so", "refuses to load, as it was told to", NULL };
  const char *no_register[] = { "libno-register.so", "peas_register_types", NULL };
  const char *bad_link[] = { "libbad-link.so", "undefined symbol: tf_test_missing_variable", NULL };

  g_assert_true (tf_plugin_manager_get_registry (f->manager) == f->registry);
  g_assert_cmpuint (g_list_model_get_n_items (plugins), ==, 0);

  tf_plugin_manager_load_all (f->manager, NULL);

  g_assert_cmpuint (g_list_model_get_n_items (plugins), ==, N_TEST_PLUGINS);
  g_assert_true (g_list_model_get_item_type (plugins) == TF_TYPE_PLUGIN_INFO);

  /* Sorted by name */
  for (guint i = 1; i < g_list_model_get_n_items (plugins); i++)
    {
      g_autoptr(TfPluginInfo) a = g_list_model_get_item (plugins, i - 1);
      g_autoptr(TfPluginInfo) b = g_list_model_get_item (plugins, i);

      g_assert_cmpint (g_utf8_collate (tf_plugin_info_get_name (a), tf_plugin_info_get_name (b)), <, 0);
    }

  good = find_info (f, "good");
  g_assert_nonnull (good);
  g_assert_true (tf_plugin_info_get_enabled (good));
  g_assert_true (tf_plugin_info_get_loaded (good));
  g_assert_null (tf_plugin_info_get_refused_reason (good));
  g_assert_cmpstr (tf_plugin_info_get_name (good), ==, "Good test area");
  g_assert_cmpstr (tf_plugin_info_get_description (good), ==, "A test plugin that does everything right");
  g_assert_cmpstr (tf_plugin_info_get_organisation (good), ==, "Test organisation");
  g_assert_cmpstr (tf_plugin_info_get_area_id (good), ==, "test-good");
  g_assert_cmpstr (tf_plugin_info_get_version (good), ==, "1.2.3");
  g_assert_cmpstr (tf_plugin_info_get_origin (good), ==, "development");
  g_assert_cmpstr (tf_plugin_info_get_location (good), ==, good_dir);

  g_assert_nonnull (tf_registry_find_area (f->registry, "test-good"));
  g_assert_cmpuint (f->n_added, ==, 1);

  assert_refused (f, "wrong-abi", wrong_abi);
  assert_refused (f, "no-entry", no_entry);
  assert_refused (f, "missing-module", missing);
  assert_refused (f, "load-fails", load_fails);
  assert_refused (f, "no-register", no_register);
  assert_refused (f, "bad-link", bad_link);

  /* The refusal names the module file by its full path */
  missing_so = g_build_filename (missing_dir, "libmissing-module.so", NULL);
  g_assert_nonnull (strstr (tf_plugin_info_get_refused_reason (find_info (f, "missing-module")), missing_so));
}

typedef struct
{
  guint enabled;
  guint loaded;
  guint refused_reason;
} Notifications;

static void
on_info_notify (GObject    *object,
                GParamSpec *pspec,
                guint      *count)
{
  (*count)++;
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  g_assert_cmpuint (removed, ==, added);
  (*count)++;
}

static void
test_toggle (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  Notifications n = { 0, };
  guint items_changed = 0;
  TfPluginInfo *good;
  TfPluginInfo *wrong_abi;

  tf_plugin_manager_load_all (f->manager, NULL);
  good = find_info (f, "good");
  g_assert_true (tf_plugin_info_get_loaded (good));

  g_signal_connect (good, "notify::enabled", G_CALLBACK (on_info_notify), &n.enabled);
  g_signal_connect (good, "notify::loaded", G_CALLBACK (on_info_notify), &n.loaded);
  g_signal_connect (good, "notify::refused-reason", G_CALLBACK (on_info_notify), &n.refused_reason);
  g_signal_connect (tf_plugin_manager_get_plugins (f->manager), "items-changed",
                    G_CALLBACK (on_items_changed), &items_changed);

  /* Off: the area leaves the registry through the addin's unload() */
  g_assert_true (tf_plugin_manager_set_enabled (f->manager, "good", FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (f->n_removed, ==, 1);
  g_assert_cmpstr (f->last_removed, ==, "test-good");
  g_assert_null (tf_registry_find_area (f->registry, "test-good"));
  g_assert_false (tf_plugin_info_get_enabled (good));
  g_assert_false (tf_plugin_info_get_loaded (good));
  g_assert_cmpuint (n.enabled, ==, 1);
  g_assert_cmpuint (n.loaded, ==, 1);
  g_assert_cmpuint (n.refused_reason, ==, 0);
  g_assert_cmpuint (items_changed, ==, 1);

  /* Off again changes nothing, so nothing notifies */
  g_assert_true (tf_plugin_manager_set_enabled (f->manager, "good", FALSE, NULL));
  g_assert_cmpuint (n.enabled, ==, 1);
  g_assert_cmpuint (n.loaded, ==, 1);
  g_assert_cmpuint (items_changed, ==, 1);
  g_assert_cmpuint (f->n_removed, ==, 1);

  /* On: back, from the same resident module */
  g_assert_true (tf_plugin_manager_set_enabled (f->manager, "good", TRUE, &error));
  g_assert_no_error (error);
  g_assert_nonnull (tf_registry_find_area (f->registry, "test-good"));
  g_assert_true (tf_plugin_info_get_enabled (good));
  g_assert_true (tf_plugin_info_get_loaded (good));
  g_assert_null (tf_plugin_info_get_refused_reason (good));
  g_assert_cmpuint (f->n_added, ==, 2);
  g_assert_cmpuint (n.enabled, ==, 2);
  g_assert_cmpuint (n.loaded, ==, 2);
  g_assert_cmpuint (items_changed, ==, 2);

  /* And once more round, to be sure the module's types survive unloading */
  g_assert_true (tf_plugin_manager_set_enabled (f->manager, "good", FALSE, NULL));
  g_assert_true (tf_plugin_manager_set_enabled (f->manager, "good", TRUE, NULL));
  g_assert_nonnull (tf_registry_find_area (f->registry, "test-good"));

  /* A refused plugin stays refused; the error is the reason */
  wrong_abi = find_info (f, "wrong-abi");
  g_assert_true (tf_plugin_manager_set_enabled (f->manager, "wrong-abi", FALSE, NULL));
  g_assert_false (tf_plugin_info_get_enabled (wrong_abi));
  g_assert_nonnull (tf_plugin_info_get_refused_reason (wrong_abi));
  g_assert_false (tf_plugin_manager_set_enabled (f->manager, "wrong-abi", TRUE, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_FAILED);
  g_assert_cmpstr (error->message, ==, tf_plugin_info_get_refused_reason (wrong_abi));
  g_assert_true (tf_plugin_info_get_enabled (wrong_abi));
  g_assert_false (tf_plugin_info_get_loaded (wrong_abi));
  g_clear_error (&error);

  /* A failing load() is tried again, and fails again the same way */
  g_assert_false (tf_plugin_manager_set_enabled (f->manager, "load-fails", TRUE, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "as it was told to"));
  g_clear_error (&error);

  /* libpeas never retries a module that would not load; the reason stays */
  g_assert_false (tf_plugin_manager_set_enabled (f->manager, "no-register", TRUE, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "peas_register_types"));
  g_clear_error (&error);

  g_assert_false (tf_plugin_manager_set_enabled (f->manager, "no-such-plugin", TRUE, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_NOT_FOUND);

  g_signal_handlers_disconnect_by_data (tf_plugin_manager_get_plugins (f->manager), &items_changed);
  g_signal_handlers_disconnect_by_data (good, &n.enabled);
  g_signal_handlers_disconnect_by_data (good, &n.loaded);
  g_signal_handlers_disconnect_by_data (good, &n.refused_reason);
}

static void
test_disabled (Fixture       *f,
               gconstpointer  data)
{
  const char * const disabled[] = { "good", "no-entry", NULL };
  guint items_changed = 0;
  TfPluginInfo *good;
  TfPluginInfo *no_entry;

  tf_plugin_manager_load_all (f->manager, disabled);

  good = find_info (f, "good");
  g_assert_false (tf_plugin_info_get_enabled (good));
  g_assert_false (tf_plugin_info_get_loaded (good));
  g_assert_null (tf_plugin_info_get_refused_reason (good));
  g_assert_null (tf_registry_find_area (f->registry, "test-good"));
  g_assert_cmpuint (f->n_added, ==, 0);

  /* Not tried, so not refused either */
  no_entry = find_info (f, "no-entry");
  g_assert_false (tf_plugin_info_get_enabled (no_entry));
  g_assert_null (tf_plugin_info_get_refused_reason (no_entry));

  /* The ABI gate reads only the .plugin file, so it speaks regardless */
  g_assert_nonnull (tf_plugin_info_get_refused_reason (find_info (f, "wrong-abi")));

  /* Calling again follows the new list, without listing anything twice;
   * only the rows that changed say so (good loads, no-entry is refused) */
  g_signal_connect (tf_plugin_manager_get_plugins (f->manager), "items-changed",
                    G_CALLBACK (on_items_changed), &items_changed);
  tf_plugin_manager_load_all (f->manager, NULL);
  g_assert_cmpuint (items_changed, ==, 2);
  g_signal_handlers_disconnect_by_data (tf_plugin_manager_get_plugins (f->manager), &items_changed);
  g_assert_cmpuint (g_list_model_get_n_items (tf_plugin_manager_get_plugins (f->manager)), ==, N_TEST_PLUGINS);
  g_assert_true (tf_plugin_info_get_loaded (good));
  g_assert_nonnull (tf_registry_find_area (f->registry, "test-good"));

  tf_plugin_manager_load_all (f->manager, disabled);
  g_assert_false (tf_plugin_info_get_loaded (good));
  g_assert_null (tf_registry_find_area (f->registry, "test-good"));
  g_assert_cmpuint (f->n_removed, ==, 1);
}

static void
write_plugin_file (const char *dir,
                   const char *module,
                   const char *abi)
{
  g_autofree char *path = NULL;
  g_autofree char *file_name = g_strconcat (module, ".plugin", NULL);
  g_autofree char *text = g_strdup_printf ("[Plugin]\n"
                                           "Module=%s\n"
                                           "Name=User test area %s\n"
                                           "X-Taskforce-ABI=%s\n",
                                           module, module, abi);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  path = g_build_filename (dir, file_name, NULL);
  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autoptr(GFile) source = g_file_new_for_path (from);
  g_autoptr(GFile) dest = g_file_new_for_path (to);
  g_autoptr(GError) error = NULL;

  g_file_copy (source, dest, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
}

static void
test_user_folder (void)
{
  g_autofree char *user_dir = tf_plugin_manager_user_dir ();
  g_autofree char *expected_user_dir = g_build_filename (g_get_user_data_dir (), "taskforce", "plugins", NULL);
  g_autofree char *mine_dir = NULL;
  g_autofree char *flat_dir = NULL;
  g_autofree char *good_copy = NULL;
  g_autofree char *good_dir = test_plugin_dir ("good");
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autoptr(TfRegistry) registry = NULL;
  g_autoptr(TfPluginManager) manager = NULL;
  TfPluginInfo *mine = NULL;
  TfPluginInfo *flat = NULL;
  TfPluginInfo *good = NULL;
  GListModel *plugins;

  /* G_TEST_OPTION_ISOLATE_DIRS: this is a fresh temporary folder */
  g_assert_cmpstr (user_dir, ==, expected_user_dir);

  /* One folder per plugin, as a member organisation installs it */
  mine_dir = g_build_filename (user_dir, "mine", NULL);
  write_plugin_file (mine_dir, "mine", TF_PLUGIN_ABI);
  /* Or the .plugin file right in the folder: libpeas reads both levels */
  flat_dir = g_strdup (user_dir);
  write_plugin_file (flat_dir, "flat", "99");
  /* A copy of a plugin also found in TASKFORCE_PLUGIN_PATH: the
   * development one, found first, wins */
  good_copy = g_build_filename (user_dir, "good", NULL);
  write_plugin_file (good_copy, "good", TF_PLUGIN_ABI);
  from = g_build_filename (good_dir, "libgood.so", NULL);
  to = g_build_filename (good_copy, "libgood.so", NULL);
  copy_file (from, to);

  registry = tf_registry_new ();
  manager = tf_plugin_manager_new (registry);
  tf_plugin_manager_load_all (manager, NULL);

  plugins = tf_plugin_manager_get_plugins (manager);
  g_assert_cmpuint (g_list_model_get_n_items (plugins), ==, N_TEST_PLUGINS + 2);
  for (guint i = 0; i < g_list_model_get_n_items (plugins); i++)
    {
      g_autoptr(TfPluginInfo) info = g_list_model_get_item (plugins, i);

      if (g_str_equal (tf_plugin_info_get_module (info), "mine"))
        mine = info;
      else if (g_str_equal (tf_plugin_info_get_module (info), "flat"))
        flat = info;
      else if (g_str_equal (tf_plugin_info_get_module (info), "good"))
        good = info;
    }

  g_assert_nonnull (mine);
  g_assert_cmpstr (tf_plugin_info_get_origin (mine), ==, "user");
  g_assert_cmpstr (tf_plugin_info_get_location (mine), ==, mine_dir);
  g_assert_null (tf_plugin_info_get_version (mine));
  g_assert_null (tf_plugin_info_get_organisation (mine));
  g_assert_nonnull (strstr (tf_plugin_info_get_refused_reason (mine), "no such file"));

  g_assert_nonnull (flat);
  g_assert_cmpstr (tf_plugin_info_get_origin (flat), ==, "user");
  g_assert_cmpstr (tf_plugin_info_get_location (flat), ==, flat_dir);
  g_assert_nonnull (strstr (tf_plugin_info_get_refused_reason (flat), "ABI 99"));

  g_assert_nonnull (good);
  g_assert_cmpstr (tf_plugin_info_get_origin (good), ==, "development");
  g_assert_cmpstr (tf_plugin_info_get_location (good), ==, good_dir);
  g_assert_true (tf_plugin_info_get_loaded (good));
}

static void
test_missing_abi (void)
{
  g_autofree char *user_dir = tf_plugin_manager_user_dir ();
  g_autofree char *dir = g_build_filename (user_dir, "no-abi", NULL);
  g_autofree char *path = g_build_filename (dir, "no-abi.plugin", NULL);
  g_autoptr(TfRegistry) registry = tf_registry_new ();
  g_autoptr(TfPluginManager) manager = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *plugins;
  const char *reason = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (path, "[Plugin]\nModule=no-abi\nName=No ABI\n", -1, &error);
  g_assert_no_error (error);

  manager = tf_plugin_manager_new (registry);
  tf_plugin_manager_load_all (manager, NULL);
  plugins = tf_plugin_manager_get_plugins (manager);
  for (guint i = 0; i < g_list_model_get_n_items (plugins); i++)
    {
      g_autoptr(TfPluginInfo) info = g_list_model_get_item (plugins, i);

      if (g_str_equal (tf_plugin_info_get_module (info), "no-abi"))
        reason = tf_plugin_info_get_refused_reason (info);
    }

  g_assert_nonnull (reason);
  g_assert_nonnull (strstr (reason, path));
  g_assert_nonnull (strstr (reason, "X-Taskforce-ABI"));
}

static void
test_dispose_unloads (Fixture       *f,
                      gconstpointer  data)
{
  tf_plugin_manager_load_all (f->manager, NULL);
  g_assert_nonnull (tf_registry_find_area (f->registry, "test-good"));

  /* The program ends: every addin's unload() runs */
  g_clear_object (&f->manager);
  g_assert_cmpuint (f->n_removed, ==, 1);
  g_assert_null (tf_registry_find_area (f->registry, "test-good"));
}

static void
test_info_properties (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *module = NULL;
  g_autofree char *origin = NULL;
  g_autofree char *reason = NULL;
  gboolean enabled = FALSE;
  gboolean loaded = TRUE;

  tf_plugin_manager_load_all (f->manager, NULL);

  g_object_get (find_info (f, "missing-module"),
                "module", &module,
                "origin", &origin,
                "enabled", &enabled,
                "loaded", &loaded,
                "refused-reason", &reason,
                NULL);
  g_assert_cmpstr (module, ==, "missing-module");
  g_assert_cmpstr (origin, ==, "development");
  g_assert_true (enabled);
  g_assert_false (loaded);
  g_assert_nonnull (reason);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  if (g_getenv ("TASKFORCE_PLUGIN_PATH") == NULL)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_BUILT, "plugins", NULL);

      g_setenv ("TASKFORCE_PLUGIN_PATH", path, TRUE);
    }

  g_test_add_func ("/plugin-manager/abi-in-sync", test_abi_in_sync);
#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/plugin-manager/load-all", test_load_all);
  ADD ("/plugin-manager/toggle", test_toggle);
  ADD ("/plugin-manager/disabled", test_disabled);
  ADD ("/plugin-manager/dispose-unloads", test_dispose_unloads);
  ADD ("/plugin-manager/info-properties", test_info_properties);
#undef ADD
  g_test_add_func ("/plugin-manager/user-folder", test_user_folder);
  g_test_add_func ("/plugin-manager/missing-abi", test_missing_abi);

  return g_test_run ();
}
