/* tf-plugin-info.c — what the program knows about one work-area plugin
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-plugin-info-private.h"
#include "tf-util-private.h"

/**
 * TfPluginInfo:
 *
 * One plugin found by [class@PluginManager]: what its `.plugin` file says
 * (name, organisation, version, area), where it was found, whether the
 * user wants it, whether it is loaded and, if it was refused, why.
 *
 * Everything is read-only for the rest of the program; the manager updates
 * `enabled`, `loaded` and `refused-reason` and each notifies on change, so a
 * preferences row can bind to them.
 */
struct _TfPluginInfo
{
  GObject   parent_instance;

  char     *module;
  char     *name;
  char     *description;
  char     *organisation;
  char     *area_id;
  char     *version;
  char     *location;
  char     *origin;
  char     *refused_reason;
  gboolean  enabled;
  gboolean  loaded;
};

G_DEFINE_FINAL_TYPE (TfPluginInfo, tf_plugin_info, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MODULE,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_ORGANISATION,
  PROP_AREA_ID,
  PROP_VERSION,
  PROP_LOCATION,
  PROP_ORIGIN,
  PROP_ENABLED,
  PROP_LOADED,
  PROP_REFUSED_REASON,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
tf_plugin_info_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TfPluginInfo *self = TF_PLUGIN_INFO (object);

  switch (prop_id)
    {
    case PROP_MODULE: g_value_set_string (value, self->module); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_ORGANISATION: g_value_set_string (value, self->organisation); break;
    case PROP_AREA_ID: g_value_set_string (value, self->area_id); break;
    case PROP_VERSION: g_value_set_string (value, self->version); break;
    case PROP_LOCATION: g_value_set_string (value, self->location); break;
    case PROP_ORIGIN: g_value_set_string (value, self->origin); break;
    case PROP_ENABLED: g_value_set_boolean (value, self->enabled); break;
    case PROP_LOADED: g_value_set_boolean (value, self->loaded); break;
    case PROP_REFUSED_REASON: g_value_set_string (value, self->refused_reason); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_plugin_info_finalize (GObject *object)
{
  TfPluginInfo *self = TF_PLUGIN_INFO (object);

  g_free (self->module);
  g_free (self->name);
  g_free (self->description);
  g_free (self->organisation);
  g_free (self->area_id);
  g_free (self->version);
  g_free (self->location);
  g_free (self->origin);
  g_free (self->refused_reason);

  G_OBJECT_CLASS (tf_plugin_info_parent_class)->finalize (object);
}

static void
tf_plugin_info_class_init (TfPluginInfoClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  GParamFlags ro_notify = ro | G_PARAM_EXPLICIT_NOTIFY;

  object_class->get_property = tf_plugin_info_get_property;
  object_class->finalize = tf_plugin_info_finalize;

  /**
   * TfPluginInfo:module:
   *
   * The `Module` key: the plugin's unique name, and the stem of its shared
   * object (`lib<module>.so`).
   */
  properties[PROP_MODULE] = g_param_spec_string ("module", NULL, NULL, NULL, ro);
  /**
   * TfPluginInfo:name:
   *
   * The `Name` key, in the user's language when the `.plugin` file has it.
   */
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, ro);
  /**
   * TfPluginInfo:description:
   *
   * The `Description` key, in the user's language when the `.plugin` file has it.
   */
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, ro);
  /**
   * TfPluginInfo:organisation:
   *
   * The `X-Taskforce-Organisation` key: the member organisation behind the area.
   */
  properties[PROP_ORGANISATION] = g_param_spec_string ("organisation", NULL, NULL, NULL, ro);
  /**
   * TfPluginInfo:area-id:
   *
   * The `X-Taskforce-Area` key: the id of the work area the plugin registers.
   */
  properties[PROP_AREA_ID] = g_param_spec_string ("area-id", NULL, NULL, NULL, ro);
  /**
   * TfPluginInfo:version:
   *
   * The `Version` key, or %NULL.
   */
  properties[PROP_VERSION] = g_param_spec_string ("version", NULL, NULL, NULL, ro);
  /**
   * TfPluginInfo:location:
   *
   * The folder that holds the plugin's `.plugin` file and shared object.
   */
  properties[PROP_LOCATION] = g_param_spec_string ("location", NULL, NULL, NULL, ro);
  /**
   * TfPluginInfo:origin:
   *
   * Where the plugin came from: `"development"` (a folder in
   * `TASKFORCE_PLUGIN_PATH`), `"user"` (the per-user folder) or
   * `"installed"` (the program's own plugin folder).
   */
  properties[PROP_ORIGIN] = g_param_spec_string ("origin", NULL, NULL, NULL, ro);
  /**
   * TfPluginInfo:enabled:
   *
   * Whether the user wants the plugin; a refused plugin can be enabled
   * and still not be loaded.
   */
  properties[PROP_ENABLED] = g_param_spec_boolean ("enabled", NULL, NULL, FALSE, ro_notify);
  /**
   * TfPluginInfo:loaded:
   *
   * Whether the plugin's work area is in the registry now.
   */
  properties[PROP_LOADED] = g_param_spec_boolean ("loaded", NULL, NULL, FALSE, ro_notify);
  /**
   * TfPluginInfo:refused-reason:
   *
   * Why the plugin was not loaded, for the user to read, or %NULL.
   */
  properties[PROP_REFUSED_REASON] = g_param_spec_string ("refused-reason", NULL, NULL, NULL, ro_notify);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tf_plugin_info_init (TfPluginInfo *self)
{
}

TfPluginInfo *
tf_plugin_info_new (const char *module,
                    const char *name,
                    const char *description,
                    const char *organisation,
                    const char *area_id,
                    const char *version,
                    const char *location,
                    const char *origin)
{
  TfPluginInfo *self;

  g_return_val_if_fail (module != NULL, NULL);
  g_return_val_if_fail (origin != NULL, NULL);

  self = g_object_new (TF_TYPE_PLUGIN_INFO, NULL);
  self->module = g_strdup (module);
  /* libpeas rejects a .plugin file without Name, but be safe: the list
   * is sorted and shown by name */
  self->name = g_strdup (name != NULL ? name : module);
  self->description = g_strdup (description);
  self->organisation = g_strdup (organisation);
  self->area_id = g_strdup (area_id);
  self->version = g_strdup (version);
  self->location = g_strdup (location);
  self->origin = g_strdup (origin);
  return self;
}

gboolean
tf_plugin_info_set_enabled (TfPluginInfo *self,
                            gboolean      enabled)
{
  g_return_val_if_fail (TF_IS_PLUGIN_INFO (self), FALSE);

  enabled = !!enabled;
  if (self->enabled == enabled)
    return FALSE;
  self->enabled = enabled;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENABLED]);
  return TRUE;
}

gboolean
tf_plugin_info_set_loaded (TfPluginInfo *self,
                           gboolean      loaded)
{
  g_return_val_if_fail (TF_IS_PLUGIN_INFO (self), FALSE);

  loaded = !!loaded;
  if (self->loaded == loaded)
    return FALSE;
  self->loaded = loaded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
  return TRUE;
}

gboolean
tf_plugin_info_set_refused_reason (TfPluginInfo *self,
                                   const char   *reason)
{
  g_return_val_if_fail (TF_IS_PLUGIN_INFO (self), FALSE);

  if (!tf_set_str (&self->refused_reason, reason))
    return FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFUSED_REASON]);
  return TRUE;
}

/**
 * tf_plugin_info_get_module:
 * @self: a plugin info
 *
 * Returns: the plugin's module name, unique among the plugins found
 */
const char *
tf_plugin_info_get_module (TfPluginInfo *self)
{
  g_return_val_if_fail (TF_IS_PLUGIN_INFO (self), NULL);
  return self->module;
}

/**
 * tf_plugin_info_get_name:
 * @self: a plugin info
 *
 * Returns: the plugin's name, for people to read
 */
const char *
tf_plugin_info_get_name (TfPluginInfo *self)
{
  g_return_val_if_fail (TF_IS_PLUGIN_INFO (self), NULL);
  return self->name;
}

/**
 * tf_plugin_info_get_description:
 * @self: a plugin info
 *
 * Returns: (nullable): what the plugin is for
 */
const char *
tf_plugin_info_get_description (TfPluginInfo *self)
{
  g_return_val_if_fail (TF_IS_PLUGIN_INFO (self), NULL);
  return self->description;
}

/**
 * tf_plugin_info_get_organisation:
 * @self: a plugin info
 *
 * Returns: (nullable): the member organisation behind the plugin
 *   (`X-Taskforce-Organisation`)
 */
const char *
tf_plugin_info_get_organisation (TfPluginInfo *self)
{
  g_return_val_if_fail (TF_IS_PLUGIN_INFO (self), NULL);
  return self->organisation;
}

/**
 * tf_plugin_info_get_area_id:
 * @self: a plugin info
 *
 * Returns: (nullable): the id of the work area the plugin adds
 *   (`X-Taskforce-Area`)
 */
const char *
tf_plugin_info_get_area_id (TfPluginInfo *self)
{
  g_return_val_if_fail (TF_IS_PLUGIN_INFO (self), NULL);
  return self->area_id;
}

/**
 * tf_plugin_info_get_version:
 * @self: a plugin info
 *
 * Returns: (nullable): the plugin's own version (`Version`)
 */
const char *
tf_plugin_info_get_version (TfPluginInfo *self)
{
  g_return_val_if_fail (TF_IS_PLUGIN_INFO (self), NULL);
  return self->version;
}

/**
 * tf_plugin_info_get_location:
 * @self: a plugin info
 *
 * Returns: the folder the plugin was found in
 */
const char *
tf_plugin_info_get_location (TfPluginInfo *self)
{
  g_return_val_if_fail (TF_IS_PLUGIN_INFO (self), NULL);
  return self->location;
}

/**
 * tf_plugin_info_get_origin:
 * @self: a plugin info
 *
 * Returns: `"development"`, `"user"` or `"installed"`
 */
const char *
tf_plugin_info_get_origin (TfPluginInfo *self)
{
  g_return_val_if_fail (TF_IS_PLUGIN_INFO (self), NULL);
  return self->origin;
}

/**
 * tf_plugin_info_get_origin_label:
 *
 * Returns: (transfer none): where the plugin comes from, for people
 *   ("installed with Taskforce", "your own plugin folder", ...)
 */
const char *
tf_plugin_info_get_origin_label (TfPluginInfo *self)
{
  g_return_val_if_fail (TF_IS_PLUGIN_INFO (self), NULL);

  if (g_strcmp0 (self->origin, "user") == 0)
    return _("your own plugin folder");
  if (g_strcmp0 (self->origin, "development") == 0)
    return _("the build folder (development)");
  return _("installed with Taskforce");
}

/**
 * tf_plugin_info_get_enabled:
 * @self: a plugin info
 *
 * Returns: whether the user wants the plugin (it may still be refused)
 */
gboolean
tf_plugin_info_get_enabled (TfPluginInfo *self)
{
  g_return_val_if_fail (TF_IS_PLUGIN_INFO (self), FALSE);
  return self->enabled;
}

/**
 * tf_plugin_info_get_loaded:
 * @self: a plugin info
 *
 * Returns: whether the plugin's work area is registered now
 */
gboolean
tf_plugin_info_get_loaded (TfPluginInfo *self)
{
  g_return_val_if_fail (TF_IS_PLUGIN_INFO (self), FALSE);
  return self->loaded;
}

/**
 * tf_plugin_info_get_refused_reason:
 * @self: a plugin info
 *
 * Returns: (nullable): why the plugin was not loaded, translated, or %NULL
 */
const char *
tf_plugin_info_get_refused_reason (TfPluginInfo *self)
{
  g_return_val_if_fail (TF_IS_PLUGIN_INFO (self), NULL);
  return self->refused_reason;
}
