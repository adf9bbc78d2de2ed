/* test-period.c — periods: parsing, days, labels, the period before; the JSON writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "taskforce.h"

static void
check_period (const char   *text,
              TfPeriodKind  kind,
              const char   *first,
              const char   *last,
              const char   *written,
              const char   *label,
              const char   *previous)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfPeriod) period = tf_period_parse (text, &error);
  g_autoptr(TfPeriod) before = NULL;
  g_autofree char *as_text = NULL;
  g_autofree char *as_label = NULL;
  g_autofree char *before_text = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (period);
  g_assert_cmpint (tf_period_get_kind (period), ==, kind);
  g_assert_cmpstr (tf_period_get_first_day (period), ==, first);
  g_assert_cmpstr (tf_period_get_last_day (period), ==, last);
  as_text = tf_period_to_string (period);
  g_assert_cmpstr (as_text, ==, written);
  as_label = tf_period_get_label (period);
  g_assert_cmpstr (as_label, ==, label);
  before = tf_period_previous (period);
  before_text = tf_period_to_string (before);
  g_assert_cmpstr (before_text, ==, previous);
}

static void
test_period_parse (void)
{
  /* The tests run with LC_ALL=C.UTF-8, so labels are the English msgids
   * ("2. kvartal 2025" and "marts 2025" in Danish). */
  check_period ("2025", TF_PERIOD_YEAR, "2025-01-01", "2025-12-31", "2025", "2025", "2024");
  check_period ("2025-Q2", TF_PERIOD_QUARTER, "2025-04-01", "2025-06-30", "2025-Q2", "Quarter 2 2025", "2025-Q1");
  check_period (" 2025-q1 ", TF_PERIOD_QUARTER, "2025-01-01", "2025-03-31", "2025-Q1", "Quarter 1 2025", "2024-Q4");
  check_period ("2025-Q4", TF_PERIOD_QUARTER, "2025-10-01", "2025-12-31", "2025-Q4", "Quarter 4 2025", "2025-Q3");
  check_period ("2025-03", TF_PERIOD_MONTH, "2025-03-01", "2025-03-31", "2025-03", "March 2025", "2025-02");
  check_period ("2025-01", TF_PERIOD_MONTH, "2025-01-01", "2025-01-31", "2025-01", "January 2025", "2024-12");
  /* February: 29 days in a leap year, 28 otherwise */
  check_period ("2024-02", TF_PERIOD_MONTH, "2024-02-01", "2024-02-29", "2024-02", "February 2024", "2024-01");
  check_period ("2025-02", TF_PERIOD_MONTH, "2025-02-01", "2025-02-28", "2025-02", "February 2025", "2025-01");
}

static void
test_period_refused (void)
{
  static const char * const bad[] = {
    "", "   ", "25", "2025-", "2025-Q", "2025-Q5", "2025-Q0", "2025-13", "2025-00", "2025-3",
    "2025/03", "Q2-2025", "2025-Q12", "2025-03-01", "abcd", "1899", "3000", "2025-1a", NULL
  };

  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TfPeriod) period = tf_period_parse (bad[i], &error);

      g_assert_null (period);
      g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
      g_assert_nonnull (error->message);
    }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TfPeriod) period = tf_period_parse ("2025-Q5", &error);

    /* The message names what is wrong */
    g_assert_nonnull (strstr (error->message, "quarter 5"));
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TfPeriod) period = tf_period_parse ("2025/03", &error);

    /* and shows the three forms */
    g_assert_nonnull (strstr (error->message, "2025-Q2"));
    g_assert_nonnull (strstr (error->message, "2025-03"));
  }
}

static void
test_period_months (void)
{
  g_autoptr(TfPeriod) year = tf_period_parse ("2025", NULL);
  g_autoptr(TfPeriod) quarter = tf_period_parse ("2025-Q3", NULL);
  g_autoptr(TfPeriod) month = tf_period_parse ("2025-11", NULL);
  g_autoptr(TfPeriod) august = NULL;
  g_autoptr(TfPeriod) december = NULL;
  g_autofree char *august_text = NULL;
  g_autofree char *december_text = NULL;

  g_assert_cmpuint (tf_period_get_n_months (year), ==, 12);
  g_assert_cmpuint (tf_period_get_n_months (quarter), ==, 3);
  g_assert_cmpuint (tf_period_get_n_months (month), ==, 1);
  august = tf_period_get_month (quarter, 1);
  august_text = tf_period_to_string (august);
  g_assert_cmpstr (august_text, ==, "2025-08");
  december = tf_period_get_month (year, 11);
  december_text = tf_period_to_string (december);
  g_assert_cmpstr (december_text, ==, "2025-12");
  g_assert_cmpstr (tf_period_get_last_day (december), ==, "2025-12-31");

  g_assert_true (tf_period_contains (quarter, "2025-07-01"));
  g_assert_true (tf_period_contains (quarter, "2025-09-30"));
  g_assert_false (tf_period_contains (quarter, "2025-06-30"));
  g_assert_false (tf_period_contains (quarter, "2025-10-01"));
}

/* The JSON writer: nesting, commas and escaping, checked on exact text */
static void
test_json_writer (void)
{
  TfJsonWriter *w = tf_json_writer_new (FALSE);
  g_autofree char *json = NULL;
  g_autoptr(GString) escaped = g_string_new (NULL);

  tf_json_writer_begin_object (w);
  tf_json_writer_member_string (w, "quote", "say \"hi\"\\now");
  tf_json_writer_member_string (w, "lines", "a\nb\tc\r\x01\x1f");
  tf_json_writer_member_string (w, "danish", "Nørgaard — æ å");
  tf_json_writer_member_string (w, "none", NULL);
  tf_json_writer_member_int (w, "n", -12);
  tf_json_writer_member_double (w, "x", 2.50, 2);
  tf_json_writer_member_double (w, "whole", 3.0, 6);
  tf_json_writer_member_double (w, "nan", 0.0 / 0.0, 2);
  tf_json_writer_member_boolean (w, "yes", TRUE);
  tf_json_writer_key (w, "list");
  tf_json_writer_begin_array (w);
  tf_json_writer_int (w, 1);
  tf_json_writer_begin_object (w);
  tf_json_writer_end_object (w);
  tf_json_writer_begin_array (w);
  tf_json_writer_end_array (w);
  tf_json_writer_null (w);
  tf_json_writer_end_array (w);
  tf_json_writer_end_object (w);
  json = tf_json_writer_free_to_string (w);

  g_assert_cmpstr (json, ==,
                   "{\"quote\":\"say \\\"hi\\\"\\\\now\","
                   "\"lines\":\"a\\nb\\tc\\r\\u0001\\u001f\","
                   "\"danish\":\"Nørgaard — æ å\","
                   "\"none\":null,\"n\":-12,\"x\":2.5,\"whole\":3,\"nan\":null,\"yes\":true,"
                   "\"list\":[1,{},[],null]}");

  /* Invalid UTF-8 never reaches the output */
  tf_json_append_escaped (escaped, "a\xff" "b");
  g_assert_true (g_utf8_validate (escaped->str, -1, NULL));
  g_assert_cmpstr (escaped->str, ==, "\"a\xef\xbf\xbd" "b\"");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/period/parse", test_period_parse);
  g_test_add_func ("/period/refused", test_period_refused);
  g_test_add_func ("/period/months", test_period_months);
  g_test_add_func ("/period/json-writer", test_json_writer);
  return g_test_run ();
}
