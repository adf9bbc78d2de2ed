/* test-report-pdf.h — the text of a written PDF, page by page, as
 * pdftotext -layout reads it (poppler-utils)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include <glib.h>

/* The pages' text (pdftotext ends every page with a form feed). */
G_GNUC_UNUSED static GStrv
pdf_pages (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { "pdftotext", "-layout", "-enc", "UTF-8", path, "-", NULL };
  int status = 0;
  GStrv pages;
  guint n;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                     &out, &err, &status, &error))
    g_error ("could not run pdftotext: %s", error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("pdftotext failed on %s: %s", path, err);
  pages = g_strsplit (out, "\f", -1);
  /* the text after the last form feed is not a page */
  n = g_strv_length (pages);
  if (n > 0)
    {
      g_autofree char *last = g_strstrip (g_strdup (pages[n - 1]));

      if (*last == '\0')
        {
          g_free (pages[n - 1]);
          pages[n - 1] = NULL;
        }
    }
  return pages;
}

/* Where @needle is in @haystack, or -1 */
G_GNUC_UNUSED static gssize
find (const char *haystack,
      const char *needle)
{
  const char *at = strstr (haystack, needle);

  return at != NULL ? at - haystack : -1;
}

G_GNUC_UNUSED static void
assert_contains (const char *text,
                 const char *needle)
{
  if (strstr (text, needle) == NULL)
    g_error ("«%s» is not in the text:\n%s", needle, text);
}

G_GNUC_UNUSED static void
assert_lacks (const char *text,
              const char *needle)
{
  if (strstr (text, needle) != NULL)
    g_error ("«%s» should not be in the text:\n%s", needle, text);
}
