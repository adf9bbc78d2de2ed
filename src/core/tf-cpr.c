/* tf-cpr.c — parsing, century rule and display of Danish CPR numbers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-cpr.h"

#include "tf-error.h"

#define CPR_DIGITS 10

static gboolean
is_ten_digits (const char *digits)
{
  int i;

  if (digits == NULL)
    return FALSE;

  for (i = 0; i < CPR_DIGITS; i++)
    if (!g_ascii_isdigit (digits[i]))
      return FALSE;

  return digits[CPR_DIGITS] == '\0';
}

static int
two_digits (const char *p)
{
  return (p[0] - '0') * 10 + (p[1] - '0');
}

/* Copies the ten digits out of @text, which is either "DDMMYYSSSS" or
 * "DDMMYY-SSSS" with optional whitespace around it. Anything else, including
 * a dash in another place, is refused: a misplaced dash usually means a
 * digit was lost or doubled. */
static gboolean
extract_digits (const char *text,
                char        out[CPR_DIGITS + 1])
{
  const char *p = text;
  int n = 0;

  while (g_ascii_isspace (*p))
    p++;

  while (n < CPR_DIGITS)
    {
      if (n == 6 && *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      out[n++] = *p++;
    }
  out[n] = '\0';

  while (g_ascii_isspace (*p))
    p++;

  return *p == '\0';
}

gboolean
tf_cpr_parse (const char  *text,
              char         digits[11],
              GDate       *birth_date,
              GError     **error)
{
  char found[CPR_DIGITS + 1];
  int day, month, year;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL || !extract_digits (text, found))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("A CPR number has ten digits: DDMMYY-SSSS"));
      return FALSE;
    }

  day = two_digits (found);
  month = two_digits (found + 2);
  year = tf_cpr_century_year (two_digits (found + 4), found[6] - '0');

  /* The full year matters here: 29 February is real in 2000 but not in 1900,
   * and only the 7th digit tells the two apart. */
  if (!g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("The CPR number does not start with a real date"));
      return FALSE;
    }

  if (digits != NULL)
    memcpy (digits, found, sizeof found);
  if (birth_date != NULL)
    g_date_set_dmy (birth_date, day, month, year);

  return TRUE;
}

/* The CPR office's table: the 7th digit narrows the century, and for 4–9
 * the two-digit year decides between the two centuries it still allows. */
int
tf_cpr_century_year (int yy,
                     int digit7)
{
  if (yy < 0 || yy > 99)
    return -1;

  switch (digit7)
    {
    case 0: case 1: case 2: case 3:
      return 1900 + yy;
    case 4: case 9:
      return yy <= 36 ? 2000 + yy : 1900 + yy;
    case 5: case 6: case 7: case 8:
      return yy <= 57 ? 2000 + yy : 1800 + yy;
    default:
      return -1;
    }
}

char *
tf_cpr_format (const char *digits)
{
  g_return_val_if_fail (is_ten_digits (digits), NULL);

  return g_strdup_printf ("%.6s-%.4s", digits, digits + 6);
}

/* Shows the birth date but hides the serial, which together with it
 * identifies the person; used wherever the full number is not needed. */
char *
tf_cpr_mask (const char *digits)
{
  g_return_val_if_fail (is_ten_digits (digits), NULL);

  return g_strdup_printf ("%.6s-XXXX", digits);
}

gboolean
tf_cpr_passes_modulus11 (const char *digits)
{
  static const int weights[CPR_DIGITS] = { 4, 3, 2, 7, 6, 5, 4, 3, 2, 1 };
  int sum = 0;
  int i;

  if (!is_ten_digits (digits))
    return FALSE;

  for (i = 0; i < CPR_DIGITS; i++)
    sum += weights[i] * (digits[i] - '0');

  return sum % 11 == 0;
}
