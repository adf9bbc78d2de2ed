/* tf-area-keyfile.c — reading an area file's groups and keys, strictly
 *
 * The helpers every group parser of the area file uses: the error that
 * names the group and key, id and group-name checks, the check for groups
 * and keys given twice (which GKeyFile would merge silently), the check for
 * unknown keys, and typed reads of a key (string, translated string,
 * boolean, whole number, number, list) that refuse what does not parse.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-area-private.h"
#include "tf-error.h"
#include "tf-util-private.h"

/* Always FALSE, to be returned: "In [Form x], Category: …". */
gboolean
_tf_area_fail (GError     **error,
               const char  *group,
               const char  *key,
               const char  *format,
               ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  if (key != NULL)
    g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("In [%s], %s: %s"), group, key, detail);
  else
    g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("In [%s]: %s"), group, detail);
  return FALSE;
}

static gboolean
id_is_valid (const char *id)
{
  if (id == NULL || !g_ascii_islower (id[0]))
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

gboolean
_tf_area_check_id (const char  *id,
                   const char  *group,
                   const char  *key,
                   GError     **error)
{
  if (id_is_valid (id))
    return TRUE;
  return _tf_area_fail (error, group, key,
                        _("“%s” is not a valid id: use lower-case letters a–z, digits, - and _, "
                          "starting with a letter"), id);
}

/* GKeyFile merges a group that appears twice and keeps one value of a key
 * that appears twice; in a hand-written file both are mistakes (two forms
 * with one id, a label written twice), so look at the lines first. */
gboolean
_tf_area_check_repeats (GBytes  *bytes,
                        GError **error)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *group = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  /* An empty file has no data at all. */
  text = g_strndup (data != NULL ? data : "", size);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      guint number = i + 1;
      gpointer seen;
      char *end;

      if (*line == '\0' || *line == '#')
        continue;
      if (*line == '[' && (end = strrchr (line, ']')) != NULL)
        {
          g_free (group);
          group = g_strndup (line + 1, end - line - 1);
          if (g_hash_table_lookup_extended (groups, group, NULL, &seen))
            return _tf_area_fail (error, group, NULL, _("the group appears twice (lines %u and %u)"),
                                  GPOINTER_TO_UINT (seen), number);
          g_hash_table_insert (groups, g_strdup (group), GUINT_TO_POINTER (number));
          g_hash_table_remove_all (keys);
          continue;
        }
      if (group != NULL && (end = strchr (line, '=')) != NULL)
        {
          g_autofree char *key = g_strstrip (g_strndup (line, end - line));

          if (g_hash_table_lookup_extended (keys, key, NULL, &seen))
            return _tf_area_fail (error, group, key, _("the key appears twice (lines %u and %u)"),
                                  GPOINTER_TO_UINT (seen), number);
          g_hash_table_insert (keys, g_steal_pointer (&key), GUINT_TO_POINTER (number));
        }
    }
  return TRUE;
}

gboolean
_tf_area_check_keys (Parser              *parser,
                     const char          *group,
                     const char * const  *allowed,
                     GError             **error)
{
  g_auto(GStrv) keys = g_key_file_get_keys (parser->file, group, NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      if (g_str_has_prefix (keys[i], "X-"))
        continue;
      if (strchr (keys[i], '[') != NULL)
        return _tf_area_fail (error, group, keys[i],
                              _("translations are not written in the area file; they belong in the "
                                "gettext catalogue of the area's GettextDomain"));
      if (!g_strv_contains (allowed, keys[i]))
        {
          g_autofree char *names = g_strjoinv (", ", (char **) allowed);

          return _tf_area_fail (error, group, keys[i], _("unknown key; this group takes %s"), names);
        }
    }
  return TRUE;
}

/* *value is NULL when the key is missing or blank. */
gboolean
_tf_area_get_string (Parser      *parser,
                     const char  *group,
                     const char  *key,
                     gboolean     required,
                     gboolean     translate,
                     char       **value,
                     GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;

  *value = NULL;
  if (g_key_file_has_key (parser->file, group, key, NULL))
    {
      raw = g_key_file_get_string (parser->file, group, key, &local_error);
      if (raw == NULL)
        return _tf_area_fail (error, group, key, "%s", local_error->message);
      text = tf_strdup_stripped (raw);
    }
  if (text == NULL)
    {
      if (required)
        return _tf_area_fail (error, group, key, _("the key is missing or empty"));
      return TRUE;
    }
  /* g_dgettext() of "" would give the catalogue's header; text is not empty */
  *value = translate ? g_strdup (g_dgettext (parser->domain, text)) : g_steal_pointer (&text);
  return TRUE;
}

gboolean
_tf_area_get_boolean (Parser      *parser,
                      const char  *group,
                      const char  *key,
                      gboolean     fallback,
                      gboolean    *value,
                      GError     **error)
{
  g_autofree char *text = NULL;

  *value = fallback;
  if (!_tf_area_get_string (parser, group, key, FALSE, FALSE, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  if (g_str_equal (text, "true"))
    *value = TRUE;
  else if (g_str_equal (text, "false"))
    *value = FALSE;
  else
    return _tf_area_fail (error, group, key, _("“%s” is neither true nor false"), text);
  return TRUE;
}

gboolean
_tf_area_get_int (Parser      *parser,
                  const char  *group,
                  const char  *key,
                  int          min,
                  int          max,
                  gboolean    *present,
                  int         *value,
                  GError     **error)
{
  g_autofree char *text = NULL;
  gint64 number;

  *present = FALSE;
  if (!_tf_area_get_string (parser, group, key, FALSE, FALSE, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_signed (text, 10, min, max, &number, NULL))
    return _tf_area_fail (error, group, key, _("“%s” is not a whole number from %d to %d"), text, min, max);
  *present = TRUE;
  *value = (int) number;
  return TRUE;
}

gboolean
_tf_area_parse_double (const char *text,
                       double     *value)
{
  char *end = NULL;

  *value = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && isfinite (*value);
}

gboolean
_tf_area_get_double (Parser      *parser,
                     const char  *group,
                     const char  *key,
                     gboolean    *present,
                     double      *value,
                     GError     **error)
{
  g_autofree char *text = NULL;

  *present = FALSE;
  if (!_tf_area_get_string (parser, group, key, FALSE, FALSE, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  if (!_tf_area_parse_double (text, value))
    return _tf_area_fail (error, group, key, _("“%s” is not a number (write decimals with a point: 2.5)"), text);
  *present = TRUE;
  return TRUE;
}

/* NULL when the key is missing; entries are stripped. */
gboolean
_tf_area_get_list (Parser       *parser,
                   const char   *group,
                   const char   *key,
                   char       ***list,
                   GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  char **items;

  *list = NULL;
  if (!g_key_file_has_key (parser->file, group, key, NULL))
    return TRUE;
  items = g_key_file_get_string_list (parser->file, group, key, NULL, &local_error);
  if (items == NULL)
    return _tf_area_fail (error, group, key, "%s", local_error->message);
  for (guint i = 0; items[i] != NULL; i++)
    g_strstrip (items[i]);
  *list = items;
  return TRUE;
}

gboolean
_tf_area_classify_group (const char  *name,
                         Group       *group,
                         GError     **error)
{
  static const struct {
    const char *prefix;
    GroupKind   kind;
    guint       n_ids;
  } kinds[] = {
    { "Form ", GROUP_FORM, 1 },
    { "Field ", GROUP_FIELD, 2 },
    { "Choice ", GROUP_CHOICE, 3 },
    { "Indicator ", GROUP_INDICATOR, 1 },
    { "Deadline ", GROUP_DEADLINE, 1 },
  };

  group->name = name;
  if (g_str_equal (name, "Area"))
    {
      group->kind = GROUP_AREA;
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (!g_str_has_prefix (name, kinds[i].prefix))
        continue;
      group->kind = kinds[i].kind;
      group->ids = g_strsplit (name + strlen (kinds[i].prefix), "/", -1);
      if (g_strv_length (group->ids) != kinds[i].n_ids)
        {
          const char *shape[] = { NULL, "ID", "FORM/FIELD", "FORM/FIELD/CHOICE" };

          return _tf_area_fail (error, name, NULL, _("the group name must be [%s%s]"),
                                kinds[i].prefix, shape[kinds[i].n_ids]);
        }
      for (guint j = 0; group->ids[j] != NULL; j++)
        if (!_tf_area_check_id (group->ids[j], name, NULL, error))
          return FALSE;
      return TRUE;
    }

  return _tf_area_fail (error, name, NULL,
                        _("unknown group; an area file has [Area], [Form ID], [Field FORM/FIELD], "
                          "[Choice FORM/FIELD/CHOICE], [Indicator ID] and [Deadline ID] groups"));
}
