/* test-format.c — tests for Danish dates, money, ages and name sort keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-error.h"
#include "tf-format.h"

/* The expected texts are built through the same catalogue lookups as the
 * code uses, so the tests pass with or without a translation installed,
 * while still failing if the wrong month or the wrong msgid is used. */
static char *
expect_date (int         day,
             const char *month_msgid,
             int         year)
{
  const char *month = g_dpgettext2 (GETTEXT_PACKAGE, "month", month_msgid);

  if (year == 0)
    return g_strdup_printf ("%d. %s", day, month);
  return g_strdup_printf ("%d. %s %d", day, month, year);
}

static char *
expect_kr (const char *amount)
{
  return g_strdup_printf (_("%s kr."), amount);
}

static void
test_format_date (void)
{
  static const char * const msgids[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun",
    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };
  g_autofree char *dec = tf_format_date ("2025-12-03");
  g_autofree char *dec_expected = expect_date (3, "Dec", 2025);
  g_autofree char *empty = tf_format_date ("");
  g_autofree char *null = tf_format_date (NULL);
  g_autofree char *bad = tf_format_date ("2025-02-30");
  int month;

  g_assert_cmpstr (dec, ==, dec_expected);
  /* The day has no leading zero and the year is written in full */
  if (g_str_equal (g_dpgettext2 (GETTEXT_PACKAGE, "month", "Dec"), "Dec"))
    g_assert_cmpstr (dec, ==, "3. Dec 2025");

  for (month = 1; month <= 12; month++)
    {
      g_autofree char *iso = g_strdup_printf ("1999-%02d-28", month);
      g_autofree char *got = tf_format_date (iso);
      g_autofree char *expected = expect_date (28, msgids[month - 1], 1999);

      g_assert_cmpstr (got, ==, expected);
    }

  g_assert_cmpstr (empty, ==, "");
  g_assert_cmpstr (null, ==, "");
  /* Bad data is shown as it is, not hidden */
  g_assert_cmpstr (bad, ==, "2025-02-30");
}

static void
test_format_date_short (void)
{
  g_autofree char *same_year = tf_format_date_short ("2025-01-07", "2025-12-31");
  g_autofree char *same_expected = expect_date (7, "Jan", 0);
  g_autofree char *other_year = tf_format_date_short ("2024-12-31", "2025-01-01");
  g_autofree char *other_expected = expect_date (31, "Dec", 2024);
  g_autofree char *no_today = tf_format_date_short ("2025-01-07", NULL);
  g_autofree char *no_today_expected = expect_date (7, "Jan", 2025);
  g_autofree char *none = tf_format_date_short (NULL, "2025-01-01");

  g_assert_cmpstr (same_year, ==, same_expected);
  g_assert_cmpstr (other_year, ==, other_expected);
  g_assert_cmpstr (no_today, ==, no_today_expected);
  g_assert_cmpstr (none, ==, "");
}

typedef struct
{
  gint64 ore;
  const char *amount;
} MoneyCase;

static void
test_format_money (void)
{
  static const MoneyCase cases[] = {
    { 0, "0" },
    { 5, "0,05" },
    { 50, "0,50" },
    { 100, "1" },
    { 150, "1,50" },
    { 99999, "999,99" },
    { 100000, "1.000" },
    { 123450, "1.234,50" },
    { 123456, "1.234,56" },
    { 99999900, "999.999" },
    { 120000000, "1.200.000" },
    { 100000000000, "1.000.000.000" },
    { -150000, "-1.500" },
    { -5, "-0,05" },
    { -100, "-1" },
    { G_MAXINT64, "92.233.720.368.547.758,07" },
    { G_MININT64, "-92.233.720.368.547.758,08" },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = tf_format_money (cases[i].ore);
      g_autofree char *expected = expect_kr (cases[i].amount);

      g_assert_cmpstr (got, ==, expected);
    }

  /* Untranslated, the suffix is " kr." */
  if (g_str_equal (_("%s kr."), "%s kr."))
    {
      g_autofree char *got = tf_format_money (120000000);
      g_assert_cmpstr (got, ==, "1.200.000 kr.");
    }
}

typedef struct
{
  const char *birth;
  const char *today;
  int age;
} AgeCase;

static void
test_age_on (void)
{
  static const AgeCase cases[] = {
    { "2010-05-20", "2025-05-20", 15 }, /* the birthday itself counts */
    { "2010-05-20", "2025-05-19", 14 },
    { "2010-05-20", "2025-06-01", 15 },
    { "2010-05-20", "2025-04-30", 14 },
    { "2010-12-31", "2025-12-30", 14 },
    { "2010-12-31", "2025-12-31", 15 },
    { "2010-12-31", "2026-01-01", 15 },
    { "2008-02-29", "2025-02-28", 16 }, /* 29.2 counts on 1.3 … */
    { "2008-02-29", "2025-03-01", 17 },
    { "2008-02-29", "2028-02-28", 19 }, /* … but on 29.2 in leap years */
    { "2008-02-29", "2028-02-29", 20 },
    { "2025-05-20", "2025-05-20", 0 },
    { "2025-05-20", "2026-05-19", 0 },
    { "2025-05-20", "2025-05-19", -1 }, /* not born yet */
    { "2030-01-01", "2025-01-01", -1 },
    { "2010-02-30", "2025-05-20", -1 }, /* invalid dates */
    { "2010-05-20", "2025-13-01", -1 },
    { "20.5.2010", "2025-05-20", -1 },
    { NULL, "2025-05-20", -1 },
    { "2010-05-20", NULL, -1 },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s on %s", cases[i].birth, cases[i].today);
      g_assert_cmpint (tf_age_on (cases[i].birth, cases[i].today), ==, cases[i].age);
    }
}

static char *
local_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

static void
test_today_iso (void)
{
  g_autofree char *before = local_today ();
  g_autofree char *today = tf_today_iso ();
  g_autofree char *after = local_today ();

  g_assert_true (tf_iso_date_is_valid (today));
  /* Midnight may pass between the calls */
  g_assert_true (g_str_equal (today, before) || g_str_equal (today, after));
}

typedef struct
{
  const char *text;
  const char *iso;
} UserDate;

static void
test_parse_user_date_valid (void)
{
  static const UserDate cases[] = {
    { "3.12.2025", "2025-12-03" },
    { "03.12.2025", "2025-12-03" },
    { "3/12-2025", "2025-12-03" },
    { "3-12-2025", "2025-12-03" },
    { "03/12/2025", "2025-12-03" },
    { "2025-12-03", "2025-12-03" },
    { "2025-1-3", "2025-01-03" },
    { "  3.12.2025 ", "2025-12-03" },
    { "\t3.12.2025\n", "2025-12-03" },
    { "3.12.25", "2025-12-03" },
    { "1.1.00", "2000-01-01" },
    { "31.12.69", "2069-12-31" },   /* two-digit years: 00–69 → 2000s */
    { "1.1.70", "1970-01-01" },     /* 70–99 → 1900s */
    { "24.12.99", "1999-12-24" },
    { "29.2.2024", "2024-02-29" },  /* leap years */
    { "29.2.2000", "2000-02-29" },
    { "29.2.00", "2000-02-29" },
    { "31.1.2025", "2025-01-31" },
    { "30.4.2025", "2025-04-30" },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;

      g_test_message ("'%s'", cases[i].text);
      iso = tf_parse_user_date (cases[i].text, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (iso, ==, cases[i].iso);
      g_assert_true (tf_iso_date_is_valid (iso));
    }
}

static void
test_parse_user_date_invalid (void)
{
  static const char * const cases[] = {
    "",
    "   ",
    "i morgen",
    "3.12",
    "3.12.",
    "3.12.2025.",
    "3..12.2025",
    ".3.12.2025",
    "3.12.2025x",
    "3 12 2025",
    "3.12.202",     /* three-digit year */
    "3.12.20255",
    "123.12.2025",
    "3.123.2025",
    "0.12.2025",
    "3.12.0000",
    "2025-12",
    "32.12.2025",   /* impossible dates */
    "31.4.2025",
    "29.2.2025",
    "29.2.1900",
    "30.2.2024",
    "3.13.2025",
    "3.0.2025",
    "2025-02-30",
    "2025-13-01",
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;

      g_test_message ("'%s'", cases[i]);
      iso = tf_parse_user_date (cases[i], &error);
      g_assert_null (iso);
      g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
      g_assert_cmpstr (error->message, !=, "");
    }

  g_assert_null (tf_parse_user_date (NULL, NULL));
}

/* The user is told what is wrong, not only that something is. */
static void
test_parse_user_date_messages (void)
{
  g_autoptr(GError) shape = NULL;
  g_autoptr(GError) month = NULL;
  g_autoptr(GError) feb = NULL;
  g_autoptr(GError) feb_leap = NULL;
  g_autoptr(GError) april = NULL;

  g_assert_null (tf_parse_user_date ("3.12", &shape));
  g_assert_null (tf_parse_user_date ("3.13.2025", &month));
  g_assert_null (tf_parse_user_date ("29.2.2025", &feb));
  g_assert_null (tf_parse_user_date ("30.2.2024", &feb_leap));
  g_assert_null (tf_parse_user_date ("31.4.2025", &april));

  g_assert_cmpstr (shape->message, !=, month->message);
  g_assert_cmpstr (shape->message, !=, feb->message);
  g_assert_cmpstr (month->message, !=, feb->message);
  /* The day message gives the length of the month */
  g_assert_nonnull (strstr (feb->message, "28"));
  g_assert_nonnull (strstr (feb_leap->message, "29"));
  g_assert_nonnull (strstr (april->message, "30"));
}

static void
test_iso_date_is_valid (void)
{
  g_assert_true (tf_iso_date_is_valid ("2025-12-03"));
  g_assert_true (tf_iso_date_is_valid ("2024-02-29"));
  g_assert_true (tf_iso_date_is_valid ("2000-02-29"));
  g_assert_true (tf_iso_date_is_valid ("0001-01-01"));
  g_assert_false (tf_iso_date_is_valid ("1900-02-29"));
  g_assert_false (tf_iso_date_is_valid ("2025-02-29"));
  g_assert_false (tf_iso_date_is_valid ("2025-04-31"));
  g_assert_false (tf_iso_date_is_valid ("2025-00-10"));
  g_assert_false (tf_iso_date_is_valid ("2025-13-10"));
  g_assert_false (tf_iso_date_is_valid ("2025-12-00"));
  g_assert_false (tf_iso_date_is_valid ("0000-01-01"));
  g_assert_false (tf_iso_date_is_valid ("2025-2-3"));
  g_assert_false (tf_iso_date_is_valid ("2025-12-03 "));
  g_assert_false (tf_iso_date_is_valid ("2025-12-03T10:00"));
  g_assert_false (tf_iso_date_is_valid ("2025/12/03"));
  g_assert_false (tf_iso_date_is_valid ("3.12.2025"));
  g_assert_false (tf_iso_date_is_valid ("+025-12-03"));
  g_assert_false (tf_iso_date_is_valid (""));
  g_assert_false (tf_iso_date_is_valid (NULL));
}

static int
compare_by_key (gconstpointer a,
                gconstpointer b)
{
  g_autofree char *key_a = tf_collate_key_da (*(const char * const *) a);
  g_autofree char *key_b = tf_collate_key_da (*(const char * const *) b);

  return strcmp (key_a, key_b);
}

static void
assert_same_key (const char *a,
                 const char *b)
{
  g_autofree char *key_a = tf_collate_key_da (a);
  g_autofree char *key_b = tf_collate_key_da (b);

  g_test_message ("'%s' and '%s'", a, b);
  g_assert_cmpstr (key_a, ==, key_b);
}

/* Danish order: … x y z æ ø å, with aa as å, and everything else by its
 * letter without accents. The input is shuffled; the order is the answer. */
static void
test_collate_order (void)
{
  const char *expected[] = {
    "123 Hansen",
    "Andersen",
    "Berg",
    "Émile",
    "Hans Berg",
    "Hansen",
    "hansen-Berg",
    "Madsen",
    "Maz",
    "Maas",
    "Yde",
    "Zealand",
    "Zimmer",
    "Æble",
    "Ørum",
    "Åge",          /* åge < ågård: e comes before å */
    "Aagaard",
    "Aase",
  };
  const char *sorted[G_N_ELEMENTS (expected)];
  static const int shuffle[G_N_ELEMENTS (expected)] = {
    16, 3, 12, 0, 15, 7, 10, 1, 14, 5, 17, 9, 2, 13, 6, 11, 4, 8,
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    sorted[i] = expected[shuffle[i]];

  qsort (sorted, G_N_ELEMENTS (sorted), sizeof sorted[0], compare_by_key);

  for (i = 0; i < G_N_ELEMENTS (expected); i++)
    g_assert_cmpstr (sorted[i], ==, expected[i]);
}

static void
test_collate_equivalents (void)
{
  assert_same_key ("HANSEN", "hansen");
  assert_same_key ("Aagaard", "Ågaard");
  assert_same_key ("AAGAARD", "ågård");
  assert_same_key ("Ärlig", "Ærlig");
  assert_same_key ("Öberg", "Øberg");
  assert_same_key ("Élise", "elise");
  assert_same_key ("Søren Kierkegård", "SØREN KIERKEGAARD");
  assert_same_key ("Müller", "Myller");        /* ü sorts as y in Danish */
  assert_same_key ("A\xcc\x8a" "ge", "Åge");   /* combining ring */
  assert_same_key ("  Hansen ", "Hansen");
}

/* The keys go into a shared index, so their exact form matters: it must not
 * change with the locale or between versions without a reindex. */
static void
test_collate_exact_keys (void)
{
  static const struct
  {
    const char *text;
    const char *key;
  } cases[] = {
    { "Ærø Åge", "{r| }ge" },
    { "Aabenraa", "}benr}" },
    { "Zoë Brønd 2", "zoe br|nd 2" },
    { "Straße", "strasse" },
    { "a{b|c}d", "abcd" },          /* no literal {|} can pass for æøå */
    { "", "" },
    { NULL, "" },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *key = tf_collate_key_da (cases[i].text);

      g_assert_cmpstr (key, ==, cases[i].key);
    }
}

static void
test_collate_invalid_utf8 (void)
{
  g_autofree char *key = tf_collate_key_da ("Hans\xff" "en");

  g_assert_true (g_utf8_validate (key, -1, NULL));
  g_assert_true (g_str_has_prefix (key, "hans"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/date", test_format_date);
  g_test_add_func ("/format/date-short", test_format_date_short);
  g_test_add_func ("/format/money", test_format_money);
  g_test_add_func ("/format/age-on", test_age_on);
  g_test_add_func ("/format/today-iso", test_today_iso);
  g_test_add_func ("/format/parse-user-date/valid", test_parse_user_date_valid);
  g_test_add_func ("/format/parse-user-date/invalid", test_parse_user_date_invalid);
  g_test_add_func ("/format/parse-user-date/messages", test_parse_user_date_messages);
  g_test_add_func ("/format/iso-date-is-valid", test_iso_date_is_valid);
  g_test_add_func ("/format/collate/order", test_collate_order);
  g_test_add_func ("/format/collate/equivalents", test_collate_equivalents);
  g_test_add_func ("/format/collate/exact-keys", test_collate_exact_keys);
  g_test_add_func ("/format/collate/invalid-utf8", test_collate_invalid_utf8);

  return g_test_run ();
}
