/* test-cpr.c — tests for parsing and displaying CPR numbers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-cpr.h"
#include "tf-error.h"

typedef struct
{
  const char *text;
  const char *digits;
  const char *birth_iso;
} ValidCpr;

static char *
date_to_iso (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/* Every row of the CPR office's century table, both sides of each
 * boundary year, and the leap days that only the full year decides. */
static void
test_cpr_century_table (void)
{
  static const ValidCpr cases[] = {
    { "010100-0000", "0101000000", "1900-01-01" }, /* 0–3: 1900s */
    { "311299-3999", "3112993999", "1999-12-31" },
    { "150550-2123", "1505502123", "1950-05-15" },
    { "010105-4000", "0101054000", "2005-01-01" }, /* 4: 00–36 → 2000s */
    { "311236-4000", "3112364000", "2036-12-31" },
    { "010137-4000", "0101374000", "1937-01-01" }, /* 4: 37–99 → 1900s */
    { "010140-4000", "0101404000", "1940-01-01" },
    { "010136-9000", "0101369000", "2036-01-01" }, /* 9: like 4 */
    { "010137-9000", "0101379000", "1937-01-01" },
    { "311299-9999", "3112999999", "1999-12-31" },
    { "010100-5000", "0101005000", "2000-01-01" }, /* 5–8: 00–57 → 2000s */
    { "010150-5000", "0101505000", "2050-01-01" },
    { "311257-8000", "3112578000", "2057-12-31" },
    { "010158-5000", "0101585000", "1858-01-01" }, /* 5–8: 58–99 → 1800s */
    { "010160-6000", "0101606000", "1860-01-01" },
    { "311299-8999", "3112998999", "1899-12-31" },
    { "290200-4234", "2902004234", "2000-02-29" }, /* 2000 is a leap year */
    { "290200-5234", "2902005234", "2000-02-29" },
    { "290296-3234", "2902963234", "1996-02-29" },
    { "290296-7234", "2902967234", "1896-02-29" },
    { "290256-5234", "2902565234", "2056-02-29" },
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *iso = NULL;
      char digits[11] = "unchanged!";
      GDate birth;

      g_test_message ("%s", cases[i].text);
      g_date_clear (&birth, 1);
      g_assert_true (tf_cpr_parse (cases[i].text, digits, &birth, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (digits, ==, cases[i].digits);
      iso = date_to_iso (&birth);
      g_assert_cmpstr (iso, ==, cases[i].birth_iso);
    }
}

static void
test_cpr_century_year (void)
{
  g_assert_cmpint (tf_cpr_century_year (0, 0), ==, 1900);
  g_assert_cmpint (tf_cpr_century_year (99, 3), ==, 1999);
  g_assert_cmpint (tf_cpr_century_year (36, 4), ==, 2036);
  g_assert_cmpint (tf_cpr_century_year (37, 4), ==, 1937);
  g_assert_cmpint (tf_cpr_century_year (36, 9), ==, 2036);
  g_assert_cmpint (tf_cpr_century_year (37, 9), ==, 1937);
  g_assert_cmpint (tf_cpr_century_year (57, 5), ==, 2057);
  g_assert_cmpint (tf_cpr_century_year (58, 8), ==, 1858);
  g_assert_cmpint (tf_cpr_century_year (99, 6), ==, 1899);
  g_assert_cmpint (tf_cpr_century_year (0, 7), ==, 2000);
  g_assert_cmpint (tf_cpr_century_year (50, -1), ==, -1);
  g_assert_cmpint (tf_cpr_century_year (50, 10), ==, -1);
}

static void
test_cpr_spacing (void)
{
  static const char * const forms[] = {
    "0101001234",
    "010100-1234",
    "  010100-1234  ",
    "\t0101001234\n",
  };
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autoptr(GError) error = NULL;
      char digits[11];

      g_assert_true (tf_cpr_parse (forms[i], digits, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (digits, ==, "0101001234");
    }

  /* Both out-parameters are optional */
  g_assert_true (tf_cpr_parse ("010100-1234", NULL, NULL, NULL));
}

/* Numbers issued since 2007 may fail modulus 11; they are still real. */
static void
test_cpr_modulus11_never_rejects (void)
{
  g_autoptr(GError) error = NULL;
  char digits[11];

  g_assert_true (tf_cpr_passes_modulus11 ("0101000001"));
  g_assert_false (tf_cpr_passes_modulus11 ("0101000000"));
  g_assert_true (tf_cpr_passes_modulus11 ("0707614285"));
  g_assert_false (tf_cpr_passes_modulus11 ("0707614286"));
  g_assert_false (tf_cpr_passes_modulus11 ("070761428"));
  g_assert_false (tf_cpr_passes_modulus11 (NULL));

  g_assert_true (tf_cpr_parse ("010100-0000", digits, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (tf_cpr_parse ("070761-4286", digits, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (digits, ==, "0707614286");
}

typedef enum
{
  WRONG_SHAPE,
  WRONG_DATE,
} Problem;

typedef struct
{
  const char *text;
  Problem problem;
} InvalidCpr;

/* Each case must fail with TF_ERROR_INVALID, leave the outputs alone, and
 * tell the user which kind of mistake it is: the same message for every
 * shape mistake, another for every date mistake. */
static void
test_cpr_invalid (void)
{
  static const InvalidCpr cases[] = {
    { "", WRONG_SHAPE },
    { "   ", WRONG_SHAPE },
    { "01010A-1234", WRONG_SHAPE },
    { "010100-12B4", WRONG_SHAPE },
    { "010100-123", WRONG_SHAPE },    /* nine digits */
    { "010100123", WRONG_SHAPE },
    { "010100-12345", WRONG_SHAPE },  /* eleven digits */
    { "01010012345", WRONG_SHAPE },
    { "01010-01234", WRONG_SHAPE },   /* dash in the wrong place */
    { "010100--1234", WRONG_SHAPE },
    { "-0101001234", WRONG_SHAPE },
    { "0101001234-", WRONG_SHAPE },
    { "010100 1234", WRONG_SHAPE },
    { "0101 001234", WRONG_SHAPE },
    { "０１０１００-１２３４", WRONG_SHAPE }, /* full-width digits */
    { "310213-1234", WRONG_DATE },    /* 31 February */
    { "300213-1234", WRONG_DATE },
    { "310413-1234", WRONG_DATE },    /* 31 April */
    { "290201-1234", WRONG_DATE },    /* 1901 is not a leap year */
    { "290201-4234", WRONG_DATE },    /* 2001 is not a leap year */
    { "290200-1234", WRONG_DATE },    /* 1900 is not a leap year… */
    { "290200-3234", WRONG_DATE },    /* …whatever its 7th digit 0–3 */
    { "290297-5234", WRONG_DATE },    /* 1897 is not a leap year */
    { "001299-1234", WRONG_DATE },    /* day 0 */
    { "321299-1234", WRONG_DATE },
    { "010099-1234", WRONG_DATE },    /* month 0 */
    { "011399-1234", WRONG_DATE },    /* month 13 */
    { "000000-0000", WRONG_DATE },
  };
  g_autofree char *shape_message = NULL;
  g_autofree char *date_message = NULL;
  gsize i;

  for (i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      char **message;
      char digits[11] = "unchanged!";
      GDate birth;

      g_test_message ("%s", cases[i].text);
      g_date_clear (&birth, 1);
      g_assert_false (tf_cpr_parse (cases[i].text, digits, &birth, &error));
      g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
      g_assert_cmpstr (error->message, !=, "");
      g_assert_cmpstr (digits, ==, "unchanged!");
      g_assert_false (g_date_valid (&birth));

      message = cases[i].problem == WRONG_SHAPE ? &shape_message : &date_message;
      if (*message == NULL)
        *message = g_strdup (error->message);
      g_assert_cmpstr (error->message, ==, *message);
    }

  g_assert_nonnull (shape_message);
  g_assert_nonnull (date_message);
  g_assert_cmpstr (shape_message, !=, date_message);

  g_assert_false (tf_cpr_parse (NULL, NULL, NULL, NULL));
}

static void
test_cpr_format_and_mask (void)
{
  g_autofree char *formatted = tf_cpr_format ("0101001234");
  g_autofree char *masked = tf_cpr_mask ("0101001234");
  g_autofree char *masked2 = tf_cpr_mask ("3112999999");

  g_assert_cmpstr (formatted, ==, "010100-1234");
  g_assert_cmpstr (masked, ==, "010100-XXXX");
  g_assert_cmpstr (masked2, ==, "311299-XXXX");
}

/* What a caller typically does: parse what was typed, store the digits,
 * show them back formatted or masked. */
static void
test_cpr_round_trip (void)
{
  char digits[11];
  g_autofree char *formatted = NULL;
  g_autofree char *masked = NULL;

  g_assert_true (tf_cpr_parse (" 2512104321 ", digits, NULL, NULL));
  formatted = tf_cpr_format (digits);
  masked = tf_cpr_mask (digits);
  g_assert_cmpstr (formatted, ==, "251210-4321");
  g_assert_cmpstr (masked, ==, "251210-XXXX");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cpr/century-table", test_cpr_century_table);
  g_test_add_func ("/cpr/century-year", test_cpr_century_year);
  g_test_add_func ("/cpr/spacing", test_cpr_spacing);
  g_test_add_func ("/cpr/modulus11-never-rejects", test_cpr_modulus11_never_rejects);
  g_test_add_func ("/cpr/invalid", test_cpr_invalid);
  g_test_add_func ("/cpr/format-and-mask", test_cpr_format_and_mask);
  g_test_add_func ("/cpr/round-trip", test_cpr_round_trip);

  return g_test_run ();
}
