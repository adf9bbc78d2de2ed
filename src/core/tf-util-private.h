/* tf-util-private.h — small helpers shared by the core's modules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

/* Replaces *@dest with a copy of @src; TRUE when the value changed
 * (GLib 2.76's g_set_str, which Debian 12's GLib lacks). */
static inline gboolean
tf_set_str (char       **dest,
            const char  *src)
{
  if (g_strcmp0 (*dest, src) == 0)
    return FALSE;
  g_free (*dest);
  *dest = g_strdup (src);
  return TRUE;
}

/* Seconds since the epoch, as the store's *_at columns hold them. */
static inline gint64
tf_now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* Appends @text as a JSON string literal; UTF-8 is kept as it is. */
static inline void
tf_json_append_string (GString    *out,
                       const char *text)
{
  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append (out, "\\\"");
      else if (*p == '\\')
        g_string_append (out, "\\\\");
      else if (*p < 0x20)
        g_string_append_printf (out, "\\u%04x", (guint) *p);
      else
        g_string_append_c (out, (char) *p);
    }
  g_string_append_c (out, '"');
}

/* NULL for an empty or blank string, else a stripped copy. */
static inline char *
tf_strdup_stripped (const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    {
      g_free (copy);
      return NULL;
    }
  return copy;
}
