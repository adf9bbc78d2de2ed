/* tf-report-csv.c — a committee report's figures as CSV
 *
 * One figure a row: section; figure; value; unit, with a header row. The
 * rows are the ones the PDF's tables were built from (TfFigures), so the
 * CSV holds the same figures, hidden counts hidden ("fewer than 5").
 *
 * The format is chosen for Excel on a Danish Windows desk, which is where
 * the file is opened: Danish regional settings make the list separator ";"
 * and the decimal separator ",", and Excel splits a double-clicked .csv by
 * that list separator — a comma-separated file would open as one column,
 * and "1.5" would not be a number. So: semicolons, decimal commas, and a
 * UTF-8 byte order mark, without which Excel reads the file as Windows-1252
 * and "Støtte" turns into "StÃ¸tte". Quoting is RFC 4180: a field with ";",
 * '"' or a line break is put in double quotes, its quotes doubled; lines
 * end in CRLF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-report-figures-private.h"

static void
append_field (GString    *out,
              const char *field)
{
  if (strpbrk (field, ";\"\r\n") == NULL)
    {
      g_string_append (out, field);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *c = field; *c != '\0'; c++)
    {
      if (*c == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *c);
    }
  g_string_append_c (out, '"');
}

static void
append_row (GString            *out,
            const char * const *fields)
{
  for (guint i = 0; fields[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (out, ';');
      append_field (out, fields[i]);
    }
  g_string_append (out, "\r\n");
}

char *
tf_committee_report_to_csv (TfCommitteeReportKind   kind,
                            TfSession              *session,
                            TfRegistry             *registry,
                            const TfPeriod         *period,
                            const char             *today,
                            GError                **error)
{
  g_autoptr(TfFigures) f = tf_figures_build (kind, session, registry, period, today, error);
  GString *out;
  const char *header[] = { _("Section"), _("Figure"), _("Value"), _("Unit"), NULL };

  if (f == NULL)
    return NULL;
  out = g_string_new ("\xEF\xBB\xBF");
  append_row (out, header);
  for (guint i = 0; i < f->rows->len; i++)
    append_row (out, (const char * const *) g_ptr_array_index (f->rows, i));
  return g_string_free (out, FALSE);
}

gboolean
tf_committee_report_write_csv (TfCommitteeReportKind   kind,
                               TfSession              *session,
                               TfRegistry             *registry,
                               const TfPeriod         *period,
                               const char             *today,
                               const char             *path,
                               GError                **error)
{
  g_autofree char *csv = tf_committee_report_to_csv (kind, session, registry, period, today, error);

  /* g_file_set_contents writes a temporary file beside @path and renames
   * it into place: never half a file */
  return csv != NULL && g_file_set_contents (path, csv, -1, error);
}
