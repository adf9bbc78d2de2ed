/* tf-format.h — Danish formats for dates, money, ages; parsing of typed dates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-version.h"

G_BEGIN_DECLS

/* "3. dec. 2025" from "2025-12-03"; NULL/empty in gives "" out. Month
 * abbreviations are translated (msgids "Jan", ... "Dec" with context "month"). */
TF_AVAILABLE_IN_ALL
char     *tf_format_date        (const char *iso_date);
/* "3. dec." when in the same year as @today_iso, else "3. dec. 2025". */
TF_AVAILABLE_IN_ALL
char     *tf_format_date_short  (const char *iso_date,
                                 const char *today_iso);
/* "1.200.000 kr." from øre (decimals "1.234,50 kr." only when øre != 0). */
TF_AVAILABLE_IN_ALL
char     *tf_format_money       (gint64      ore);
/* Whole years between @birth_iso and @today_iso, -1 if either is invalid. */
TF_AVAILABLE_IN_ALL
int       tf_age_on             (const char *birth_iso,
                                 const char *today_iso);
/* Today in local time as "YYYY-MM-DD". */
TF_AVAILABLE_IN_ALL
char     *tf_today_iso          (void);
/* Parses what a Danish user types: "3.12.2025", "3/12-2025", "03-12-2025",
 * "2025-12-03", "3.12.25" (two-digit years: 00–69 → 2000s, else 1900s).
 * Returns the ISO date or NULL with a TF_ERROR_INVALID message for the user. */
TF_AVAILABLE_IN_ALL
char     *tf_parse_user_date    (const char *text,
                                 GError    **error);
/* TRUE for a real calendar date in ISO form. */
TF_AVAILABLE_IN_ALL
gboolean  tf_iso_date_is_valid  (const char *iso_date);
/* Sort key for Danish names: case-folded, æ ø å (and ä ö, aa) after z. */
TF_AVAILABLE_IN_ALL
char     *tf_collate_key_da     (const char *text);

G_END_DECLS
