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
