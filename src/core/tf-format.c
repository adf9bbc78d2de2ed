/* tf-format.c — Danish dates, money and ages; typed dates; name sort keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-format.h"

#include "tf-error.h"

typedef struct
{
  int year;
  int month;
  int day;
} Ymd;

/* Translated at display time through g_dpgettext2 (); NC_ only marks them
 * for xgettext, with the context "month" so "May" the month can be
 * translated apart from any other "May". */
static const char * const month_abbrevs[12] = {
  NC_("month", "Jan"), NC_("month", "Feb"), NC_("month", "Mar"),
  NC_("month", "Apr"), NC_("month", "May"), NC_("month", "Jun"),
  NC_("month", "Jul"), NC_("month", "Aug"), NC_("month", "Sep"),
  NC_("month", "Oct"), NC_("month", "Nov"), NC_("month", "Dec"),
};

static const char *
month_abbrev (int month)
{
  return g_dpgettext2 (GETTEXT_PACKAGE, "month", month_abbrevs[month - 1]);
}

static gboolean
ymd_is_valid (const Ymd *date)
{
  return date->year >= 1 && date->year <= 9999
         && g_date_valid_dmy (date->day, date->month, date->year);
}

/* Reads @len ASCII digits; FALSE if any is not a digit. */
static gboolean
read_number (const char *p,
             int         len,
             int        *out)
{
  int value = 0;
  int i;

  for (i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return FALSE;
      value = value * 10 + (p[i] - '0');
    }

  *out = value;
  return TRUE;
}

/* Strict "YYYY-MM-DD", the only form stored in the database. */
static gboolean
parse_iso (const char *iso_date,
           Ymd        *out)
{
  if (iso_date == NULL || strlen (iso_date) != 10
      || iso_date[4] != '-' || iso_date[7] != '-')
    return FALSE;

  return read_number (iso_date, 4, &out->year)
         && read_number (iso_date + 5, 2, &out->month)
         && read_number (iso_date + 8, 2, &out->day)
         && ymd_is_valid (out);
}

gboolean
tf_iso_date_is_valid (const char *iso_date)
{
  Ymd date;

  return parse_iso (iso_date, &date);
}

/* Something unreadable is shown as it is rather than hidden, so that a bad
 * value in the database can be seen and corrected. */
char *
tf_format_date (const char *iso_date)
{
  Ymd date;

  if (iso_date == NULL)
    return g_strdup ("");
  if (!parse_iso (iso_date, &date))
    return g_strdup (iso_date);

  return g_strdup_printf ("%d. %s %d",
                          date.day, month_abbrev (date.month), date.year);
}

char *
tf_format_date_short (const char *iso_date,
                      const char *today_iso)
{
  Ymd date, today;

  if (parse_iso (iso_date, &date) && parse_iso (today_iso, &today)
      && date.year == today.year)
    return g_strdup_printf ("%d. %s", date.day, month_abbrev (date.month));

  return tf_format_date (iso_date);
}

/* Appends @value with a '.' between each group of three digits. */
static void
append_grouped (GString *out,
                guint64  value)
{
  char digits[24];
  int len, i;

  len = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, value);
  for (i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, '.');
      g_string_append_c (out, digits[i]);
    }
}

char *
tf_format_money (gint64 ore)
{
  /* Negated as unsigned so that G_MININT64 does not overflow. */
  guint64 magnitude = ore < 0 ? -(guint64) ore : (guint64) ore;
  guint64 rest = magnitude % 100;
  g_autofree char *number = NULL;
  GString *out;

  out = g_string_new (ore < 0 ? "-" : "");
  append_grouped (out, magnitude / 100);
  if (rest != 0)
    g_string_append_printf (out, ",%02u", (guint) rest);
  number = g_string_free (out, FALSE);

  return g_strdup_printf (_("%s kr."), number);
}

int
tf_age_on (const char *birth_iso,
           const char *today_iso)
{
  Ymd birth, today;
  int age;

  if (!parse_iso (birth_iso, &birth) || !parse_iso (today_iso, &today))
    return -1;

  age = today.year - birth.year;
  /* Comparing (month, day) makes someone born on 29 February a year older
   * on 1 March in other years, since 28.2 < 29.2 < 1.3. */
  if (today.month < birth.month
      || (today.month == birth.month && today.day < birth.day))
    age--;

  /* Not born yet is as meaningless as an invalid date. */
  return age >= 0 ? age : -1;
}

char *
tf_today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year, month, day;

  g_date_time_get_ymd (now, &year, &month, &day);

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

typedef struct
{
  int value;
  int len;
} DigitGroup;

/* Splits "3.12.2025", "3/12-2025", "2025-12-03" into three groups of at
 * most four digits. Danes mix separators freely, so any of . / - is taken
 * in either place. */
static gboolean
split_date (const char *p,
            DigitGroup  groups[3])
{
  int g;

  for (g = 0; g < 3; g++)
    {
      if (g > 0)
        {
          if (*p != '.' && *p != '/' && *p != '-')
            return FALSE;
          p++;
        }

      groups[g].value = 0;
      groups[g].len = 0;
      while (g_ascii_isdigit (*p) && groups[g].len < 4)
        {
          groups[g].value = groups[g].value * 10 + (*p - '0');
          groups[g].len++;
          p++;
        }
      if (groups[g].len == 0)
        return FALSE;
    }

  return *p == '\0';
}

/* Decides which group is the year: a four-digit first group means ISO
 * order, otherwise it is day.month.year as Danes write it. */
static gboolean
groups_to_ymd (const DigitGroup  groups[3],
               Ymd              *out)
{
  if (groups[0].len == 4 && groups[1].len <= 2 && groups[2].len <= 2)
    {
      out->year = groups[0].value;
      out->month = groups[1].value;
      out->day = groups[2].value;
      return TRUE;
    }

  if (groups[0].len <= 2 && groups[1].len <= 2
      && (groups[2].len == 2 || groups[2].len == 4))
    {
      out->day = groups[0].value;
      out->month = groups[1].value;
      out->year = groups[2].value;
      if (groups[2].len == 2)
        out->year += out->year <= 69 ? 2000 : 1900;
      return TRUE;
    }

  return FALSE;
}

char *
tf_parse_user_date (const char  *text,
                    GError     **error)
{
  g_autofree char *stripped = NULL;
  DigitGroup groups[3];
  Ymd date;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (!split_date (stripped, groups) || !groups_to_ymd (groups, &date)
      || date.year < 1 || date.day < 1)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("Write the date as day.month.year, for example 3.12.2025"));
      return NULL;
    }

  if (date.month < 1 || date.month > 12)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("The month must be a number from 1 to 12"));
      return NULL;
    }

  if (!ymd_is_valid (&date))
    {
      /* The only way left to be wrong is a day past the end of the month,
       * so say how long that month is (28 or 29 tells about leap years). */
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("That month has only %d days"),
                   (int) g_date_get_days_in_month (date.month, date.year));
      return NULL;
    }

  return g_strdup_printf ("%04d-%02d-%02d", date.year, date.month, date.day);
}

/* Letters with a fixed place in the Danish alphabet, as the Danish
 * alphabetisation rules (and CLDR's "da" tailoring) place them: æ ø å after
 * z, ä ö ő with æ ø, ü ű with y, ð đ with d, þ as th. The bytes { | } come
 * right after 'z' in ASCII, so a plain strcmp () on the keys sorts x y z æ
 * ø å. A literal { | } in the text maps to nothing so it cannot pass for
 * one of them. Returns NULL for any other character. */
static const char *
danish_letter (gunichar c)
{
  switch (c)
    {
    case 0x00E6: /* æ */
    case 0x00E4: /* ä */
      return "{";
    case 0x00F8: /* ø */
    case 0x00F6: /* ö */
    case 0x0151: /* ő */
      return "|";
    case 0x00E5: /* å */
      return "}";
    case 0x00FC: /* ü */
    case 0x0171: /* ű */
      return "y";
    case 0x00F0: /* ð */
    case 0x0111: /* đ */
      return "d";
    case 0x00FE: /* þ */
      return "th";
    case '{':
    case '|':
    case '}':
      return "";
    default:
      return NULL;
    }
}

/* Appends the key for one case-folded, composed character: the Danish
 * letters first (å must not lose its ring), then anything else stripped of
 * its accents (é → e, ǿ → ø). */
static void
append_key_char (GString  *key,
                 gunichar  c)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  const char *mapped;
  gsize n, i;

  mapped = danish_letter (c);
  if (mapped != NULL)
    {
      g_string_append (key, mapped);
      return;
    }

  n = g_unichar_fully_decompose (c, FALSE, parts, G_N_ELEMENTS (parts));
  for (i = 0; i < n; i++)
    {
      if (g_unichar_ismark (parts[i]))
        continue;
      mapped = danish_letter (parts[i]);
      if (mapped != NULL)
        g_string_append (key, mapped);
      else
        g_string_append_unichar (key, parts[i]);
    }
}

/* Not g_utf8_collate_key (): its result depends on the locale of the
 * process, and these keys are stored in an index that every desk shares. */
char *
tf_collate_key_da (const char *text)
{
  g_autofree char *valid = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *composed = NULL;
  GString *key;
  const char *p;

  if (text == NULL)
    return g_strdup ("");

  valid = g_utf8_make_valid (text, -1);
  folded = g_utf8_casefold (valid, -1);
  /* Composed, so that "a" + combining ring is å, not "a" */
  composed = g_utf8_normalize (folded, -1, G_NORMALIZE_NFC);

  key = g_string_sized_new (strlen (composed));
  for (p = composed; *p != '\0'; p = g_utf8_next_char (p))
    {
      /* The old spelling of å, as in Aagaard and Aabenraa */
      if (p[0] == 'a' && p[1] == 'a')
        {
          g_string_append_c (key, '}');
          p++;
          continue;
        }
      append_key_char (key, g_utf8_get_char (p));
    }

  return g_strstrip (g_string_free (key, FALSE));
}
