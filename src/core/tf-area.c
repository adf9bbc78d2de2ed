/* tf-area.c — a work area: its forms, indicators and deadlines, read from its area file
 *
 * The area file is written by hand by a member organisation, so the parser
 * is strict and says exactly where a mistake is: every error names the group
 * and, where there is one, the key. Nothing in a file is silently ignored
 * except keys starting with "X-", which are left for extensions.
 *
 * This file has the TfArea object, its [Area] group and the order the
 * groups are read in; the other groups and the strict reading of keys are
 * in the parts listed in tf-area-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-area.h"
#include "tf-area-private.h"
#include "tf-error.h"

#define DEFAULT_PRIORITY   100
#define MAX_PRIORITY       1000

/* ---- TfArea -------------------------------------------------------------- */

G_DEFINE_FINAL_TYPE (TfArea, tf_area, G_TYPE_OBJECT)

enum {
  AREA_PROP_0,
  AREA_PROP_ID,
  AREA_PROP_TITLE,
  AREA_PROP_ORGANISATION,
  AREA_PROP_ICON_NAME,
  AREA_PROP_PRIORITY,
  AREA_N_PROPS
};
static GParamSpec *area_properties[AREA_N_PROPS];

static void
tf_area_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  TfArea *self = TF_AREA (object);

  switch (prop_id)
    {
    case AREA_PROP_ID: g_value_set_string (value, self->id); break;
    case AREA_PROP_TITLE: g_value_set_string (value, self->title); break;
    case AREA_PROP_ORGANISATION: g_value_set_string (value, self->organisation); break;
    case AREA_PROP_ICON_NAME: g_value_set_string (value, self->icon_name); break;
    case AREA_PROP_PRIORITY: g_value_set_int (value, self->priority); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_area_finalize (GObject *object)
{
  TfArea *self = TF_AREA (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->organisation);
  g_free (self->icon_name);
  g_free (self->gettext_domain);
  g_object_unref (self->forms);
  g_object_unref (self->indicators);
  g_object_unref (self->deadline_rules);

  G_OBJECT_CLASS (tf_area_parent_class)->finalize (object);
}

static void
tf_area_class_init (TfAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tf_area_get_property;
  object_class->finalize = tf_area_finalize;

  area_properties[AREA_PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  area_properties[AREA_PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  area_properties[AREA_PROP_ORGANISATION] = g_param_spec_string ("organisation", NULL, NULL, NULL, ro);
  area_properties[AREA_PROP_ICON_NAME] = g_param_spec_string ("icon-name", NULL, NULL, NULL, ro);
  area_properties[AREA_PROP_PRIORITY] =
    g_param_spec_int ("priority", NULL, NULL, 0, MAX_PRIORITY, DEFAULT_PRIORITY, ro);
  g_object_class_install_properties (object_class, AREA_N_PROPS, area_properties);
}

static void
tf_area_init (TfArea *self)
{
  self->priority = DEFAULT_PRIORITY;
  self->forms = g_list_store_new (TF_TYPE_FORM);
  self->indicators = g_list_store_new (TF_TYPE_INDICATOR);
  self->deadline_rules = g_list_store_new (TF_TYPE_DEADLINE_RULE);
}

/**
 * tf_area_get_id:
 *
 * Returns: (transfer none): the area's id ("school"), unique among areas
 */
const char *
tf_area_get_id (TfArea *self)
{
  g_return_val_if_fail (TF_IS_AREA (self), NULL);
  return self->id;
}

/**
 * tf_area_get_title:
 *
 * Returns: (transfer none): the translated title
 */
const char *
tf_area_get_title (TfArea *self)
{
  g_return_val_if_fail (TF_IS_AREA (self), NULL);
  return self->title;
}

/**
 * tf_area_get_organisation:
 *
 * Returns: (transfer none) (nullable): the member organisation(s) working in
 *   the area, translated
 */
const char *
tf_area_get_organisation (TfArea *self)
{
  g_return_val_if_fail (TF_IS_AREA (self), NULL);
  return self->organisation;
}

/**
 * tf_area_get_icon_name:
 *
 * Returns: (transfer none) (nullable): the themed icon's name
 */
const char *
tf_area_get_icon_name (TfArea *self)
{
  g_return_val_if_fail (TF_IS_AREA (self), NULL);
  return self->icon_name;
}

/**
 * tf_area_get_priority:
 *
 * Returns: where the area comes among areas; lower comes first (100 when
 *   the file does not say)
 */
int
tf_area_get_priority (TfArea *self)
{
  g_return_val_if_fail (TF_IS_AREA (self), DEFAULT_PRIORITY);
  return self->priority;
}

/**
 * tf_area_get_forms:
 *
 * Returns: (transfer none): a #GListModel of #TfForm in file order
 */
GListModel *
tf_area_get_forms (TfArea *self)
{
  g_return_val_if_fail (TF_IS_AREA (self), NULL);
  return G_LIST_MODEL (self->forms);
}

/**
 * tf_area_get_indicators:
 *
 * Returns: (transfer none): a #GListModel of #TfIndicator in file order
 */
GListModel *
tf_area_get_indicators (TfArea *self)
{
  g_return_val_if_fail (TF_IS_AREA (self), NULL);
  return G_LIST_MODEL (self->indicators);
}

/**
 * tf_area_get_deadline_rules:
 *
 * Returns: (transfer none): a #GListModel of #TfDeadlineRule in file order
 */
GListModel *
tf_area_get_deadline_rules (TfArea *self)
{
  g_return_val_if_fail (TF_IS_AREA (self), NULL);
  return G_LIST_MODEL (self->deadline_rules);
}

/* ---- reading the area file ----------------------------------------------- */

static gboolean
parse_area_group (Parser  *parser,
                  GError **error)
{
  static const char * const allowed[] = {
    "Id", "Title", "Organisation", "Icon", "Priority", "GettextDomain", NULL
  };
  TfArea *area = parser->area;
  gboolean has_priority;
  int priority;

  if (!_tf_area_check_keys (parser, "Area", allowed, error)
      || !_tf_area_get_string (parser, "Area", "GettextDomain", FALSE, FALSE, &area->gettext_domain, error)
      || !_tf_area_get_string (parser, "Area", "Id", TRUE, FALSE, &area->id, error)
      || !_tf_area_check_id (area->id, "Area", "Id", error))
    return FALSE;

  if (area->gettext_domain == NULL)
    area->gettext_domain = g_strdup (GETTEXT_PACKAGE);
  parser->domain = area->gettext_domain;

  if (!_tf_area_get_string (parser, "Area", "Title", TRUE, TRUE, &area->title, error)
      || !_tf_area_get_string (parser, "Area", "Organisation", FALSE, TRUE, &area->organisation, error)
      || !_tf_area_get_string (parser, "Area", "Icon", FALSE, FALSE, &area->icon_name, error)
      || !_tf_area_get_int (parser, "Area", "Priority", 0, MAX_PRIORITY, &has_priority, &priority, error))
    return FALSE;
  if (has_priority)
    area->priority = priority;
  return TRUE;
}

static void
group_clear (Group *group)
{
  g_strfreev (group->ids);
}

/**
 * tf_area_new_from_bytes:
 * @bytes: the area file (a GKeyFile, see tf-area.h for its format)
 *
 * Reads and checks an area file. Forms, fields, choices, indicators and
 * deadline rules keep the order of the file. Title, Label, Help,
 * Organisation and Description are translated here through g_dgettext()
 * with the area's GettextDomain ("taskforce" by default), so the plugin
 * binds its domain (bindtextdomain()) before it calls this.
 *
 * The file is checked strictly: an unknown group or key (keys starting with
 * "X-" aside), a group or key given twice, a missing Id, Title or Label,
 * an id that is not lower-case letters, digits, - and _, an unknown field
 * type or category, a budget area outside mentor, family, network, school,
 * leisure and job (interventions must have one), bounds on a field that
 * takes none or Min above Max, a choice for a field that is not a choice
 * field, a choice field without choices, a sample value that does not fit
 * its field, a DateField, Summary, From or DoneBy naming a field the form
 * does not have or that is not a date, all fail with a message naming the
 * group and the key.
 *
 * Returns: (transfer full): the area, or %NULL with @error set
 *   (TF_ERROR_INVALID)
 */
TfArea *
tf_area_new_from_bytes (GBytes  *bytes,
                        GError **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(TfArea) area = NULL;
  g_autoptr(GHashTable) forms = NULL;
  g_autoptr(GHashTable) field_groups = NULL;
  g_autoptr(GArray) groups = NULL;
  g_auto(GStrv) names = NULL;
  g_autoptr(GBytes) text = NULL;
  Parser parser;
  gsize size;
  guint n_forms;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Editors on Windows may start a UTF-8 file with a byte order mark */
  size = g_bytes_get_size (bytes);
  if (size >= 3 && memcmp (g_bytes_get_data (bytes, NULL), "\xef\xbb\xbf", 3) == 0)
    text = g_bytes_new_from_bytes (bytes, 3, size - 3);
  else
    text = g_bytes_ref (bytes);

  if (!g_key_file_load_from_bytes (file, text, G_KEY_FILE_KEEP_TRANSLATIONS, &local_error))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("The area file cannot be read: %s"),
                   local_error->message);
      return NULL;
    }
  if (!_tf_area_check_repeats (text, error))
    return NULL;
  if (!g_key_file_has_group (file, "Area"))
    {
      _tf_area_fail (error, "Area", NULL, _("the area file has no [Area] group"));
      return NULL;
    }

  area = g_object_new (TF_TYPE_AREA, NULL);
  forms = g_hash_table_new (g_str_hash, g_str_equal);
  field_groups = g_hash_table_new (NULL, NULL);
  parser = (Parser) { file, GETTEXT_PACKAGE, area, forms, field_groups };
  if (!parse_area_group (&parser, error))
    return NULL;

  names = g_key_file_get_groups (file, NULL);
  groups = g_array_new (FALSE, TRUE, sizeof (Group));
  g_array_set_clear_func (groups, (GDestroyNotify) group_clear);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_array_set_size (groups, i + 1);
      if (!_tf_area_classify_group (names[i], &g_array_index (groups, Group, i), error))
        return NULL;
    }

  /* Forms and indicators first, then fields, then choices, so that a group
   * may refer to one further down the file; each kind keeps file order. */
  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = &g_array_index (groups, Group, i);

      if ((group->kind == GROUP_FORM && !_tf_area_parse_form_group (&parser, group, error))
          || (group->kind == GROUP_INDICATOR && !_tf_area_parse_indicator_group (&parser, group, error)))
        return NULL;
    }
  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = &g_array_index (groups, Group, i);

      if (group->kind == GROUP_FIELD && !_tf_area_parse_field_group (&parser, group, error))
        return NULL;
    }
  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = &g_array_index (groups, Group, i);

      if (group->kind == GROUP_CHOICE && !_tf_area_parse_choice_group (&parser, group, error))
        return NULL;
    }

  n_forms = g_list_model_get_n_items (G_LIST_MODEL (area->forms));
  for (guint i = 0; i < n_forms; i++)
    {
      g_autoptr(TfForm) form = g_list_model_get_item (G_LIST_MODEL (area->forms), i);

      if (!_tf_area_finish_form (&parser, form, error))
        return NULL;
    }

  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = &g_array_index (groups, Group, i);

      if (group->kind == GROUP_DEADLINE && !_tf_area_parse_deadline_group (&parser, group, error))
        return NULL;
    }

  return g_steal_pointer (&area);
}

/**
 * tf_area_new_from_resource:
 * @resource_path: the area file in a registered GResource
 *   ("/dk/norddjurs/Taskforce/plugins/school/school.area")
 *
 * Reads an area file from a resource, as tf_area_new_from_bytes() does.
 *
 * Returns: (transfer full): the area, or %NULL with @error set; the message
 *   starts with @resource_path
 */
TfArea *
tf_area_new_from_resource (const char  *resource_path,
                           GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  TfArea *area;

  g_return_val_if_fail (resource_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes != NULL)
    area = tf_area_new_from_bytes (bytes, &local_error);
  else
    area = NULL;
  if (area == NULL)
    g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", resource_path);
  return area;
}
