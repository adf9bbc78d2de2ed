/* tf-report-text.h — the coordinator's texts for the monthly orientation
 *
 * The monthly orientation to the committee has a fixed template: personnel
 * and organisation, strategies and development, and the status of each
 * intervention (one heading per budget area but administration). Under
 * each heading the coordinator writes only what is new. A month's text
 * starts from the month before's: loading a month that has no text of its
 * own gives the latest earlier month's, saying which (carried_from), so the
 * coordinator edits it rather than starting over. Saving is for a
 * coordinator (or an administrator), keeps a version per month and heading
 * (TF_ERROR_CONFLICT when another desk saved first) and is audited.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tf-session.h"

G_BEGIN_DECLS

/* The headings in the template's order (NULL-terminated): "personnel",
 * "strategies", then "intervention:<area>" for each budget area. */
TF_AVAILABLE_IN_ALL
const char * const *tf_report_text_headings     (void);
/* Translated: "Personnel and organisation", …; NULL for an unknown id. */
TF_AVAILABLE_IN_ALL
const char         *tf_report_text_heading_label (const char *heading);

typedef struct
{
  char   *month;         /* "2025-03": the month asked for */
  char   *heading;
  char   *body;          /* "" when nothing was ever written */
  gint64  version;       /* 0 when the month has no text of its own yet */
  char   *carried_from;  /* the earlier month the body comes from, else NULL */
  gint64  updated_at;    /* of the row read (0 for none) */
  char   *updated_by;    /* name of who saved it, or NULL */
} TfReportText;

TF_AVAILABLE_IN_ALL
void          tf_report_text_free (TfReportText *self);

/* @month: "YYYY-MM". TF_ERROR_INVALID for a bad month or heading. */
TF_AVAILABLE_IN_ALL
TfReportText *tf_report_text_load (TfSession   *session,
                                   const char  *month,
                                   const char  *heading,
                                   GError     **error);
/* Saves @body for @month and @heading. @version is the version the text was
 * loaded at (0 for a month without its own text); when the stored one has
 * moved on, TF_ERROR_CONFLICT and nothing is written. *new_version (may be
 * NULL) gets the saved version. TF_ERROR_DENIED for anyone but a
 * coordinator or an administrator. */
TF_AVAILABLE_IN_ALL
gboolean      tf_report_text_save (TfSession   *session,
                                   const char  *month,
                                   const char  *heading,
                                   const char  *body,
                                   gint64       version,
                                   gint64      *new_version,
                                   GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfReportText, tf_report_text_free)

G_END_DECLS
