/* tf-cpr.h — Danish CPR numbers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-version.h"

G_BEGIN_DECLS

/* Parses "DDMMYY-SSSS" or "DDMMYYSSSS" (surrounding spaces allowed).
 * On success stores the ten digits in @digits (11 bytes incl. NUL) and the
 * birth date with the century from the 7th digit (CPR office rule) in
 * @birth_date; both may be NULL. Never checks modulus 11: numbers issued since
 * 2007 may fail it. On failure sets a TF_ERROR_INVALID with a message for the user. */
TF_AVAILABLE_IN_ALL
gboolean   tf_cpr_parse           (const char  *text,
                                   char         digits[11],
                                   GDate       *birth_date,
                                   GError     **error);
/* The full year for a two-digit year and the 7th digit, or -1 when @digit7 is not 0–9. */
TF_AVAILABLE_IN_ALL
int        tf_cpr_century_year    (int          yy,
                                   int          digit7);
/* "DDMMYY-SSSS" from ten digits. */
TF_AVAILABLE_IN_ALL
char      *tf_cpr_format          (const char  *digits);
/* "DDMMYY-XXXX" from ten digits. */
TF_AVAILABLE_IN_ALL
char      *tf_cpr_mask            (const char  *digits);
/* Only informative: the old modulus-11 check. Never reject on it. */
TF_AVAILABLE_IN_ALL
gboolean   tf_cpr_passes_modulus11 (const char *digits);

G_END_DECLS
