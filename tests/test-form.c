/* test-form.c — tests for form values, their JSON, validation and formatting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-area.h"
#include "tf-error.h"
#include "tf-form.h"
#include "tf-format.h"

/* ---- values ---------------------------------------------------------------- */

static void
test_values_basic (void)
{
  g_autoptr(TfFormValues) values = tf_form_values_new ();
  g_autoptr(TfFormValues) copy = NULL;
  g_autoptr(GPtrArray) keys = NULL;
  g_autofree char *json = NULL;

  g_assert_false (tf_form_values_has (values, "school"));
  g_assert_null (tf_form_values_get_string (values, "school"));
  g_assert_cmpfloat (tf_form_values_get_number (values, "hours"), ==, 0);
  g_assert_cmpint (tf_form_values_get_integer (values, "fee"), ==, 0);
  g_assert_false (tf_form_values_get_boolean (values, "consent"));
  json = tf_form_values_to_json (values);
  g_assert_cmpstr (json, ==, "{}");

  tf_form_values_set_string (values, "school", "Kattegatskolen");
  tf_form_values_set_number (values, "hours", 2.5);
  tf_form_values_set_integer (values, "fee", 120050);
  tf_form_values_set_boolean (values, "consent", TRUE);
  g_assert_true (tf_form_values_has (values, "school"));
  g_assert_cmpstr (tf_form_values_get_string (values, "school"), ==, "Kattegatskolen");
  g_assert_cmpfloat (tf_form_values_get_number (values, "hours"), ==, 2.5);
  g_assert_cmpint (tf_form_values_get_integer (values, "fee"), ==, 120050);
  g_assert_true (tf_form_values_get_boolean (values, "consent"));

  /* An integer reads as a number; a whole real number as an integer */
  g_assert_cmpfloat (tf_form_values_get_number (values, "fee"), ==, 120050.0);
  tf_form_values_set_number (values, "whole", 7.0);
  g_assert_cmpint (tf_form_values_get_integer (values, "whole"), ==, 7);
  g_assert_cmpint (tf_form_values_get_integer (values, "hours"), ==, 0);
  /* Asking for the wrong type gives nothing, not a crash */
  g_assert_null (tf_form_values_get_string (values, "fee"));
  g_assert_false (tf_form_values_get_boolean (values, "school"));
  g_assert_cmpfloat (tf_form_values_get_number (values, "school"), ==, 0);

  /* Empty strings are absent */
  tf_form_values_set_string (values, "school", "");
  g_assert_false (tf_form_values_has (values, "school"));
  tf_form_values_set_string (values, "class", "9.B");
  tf_form_values_set_string (values, "class", NULL);
  g_assert_false (tf_form_values_has (values, "class"));
  tf_form_values_set_value (values, "class", g_variant_new_string (""));
  g_assert_false (tf_form_values_has (values, "class"));

  tf_form_values_set_value (values, "class", g_variant_new_string ("9.B"));
  g_assert_cmpstr (tf_form_values_get_string (values, "class"), ==, "9.B");
  g_assert_true (g_variant_is_of_type (tf_form_values_get_value (values, "fee"), G_VARIANT_TYPE_INT64));
  g_assert_null (tf_form_values_get_value (values, "school"));

  /* Keys sorted */
  keys = tf_form_values_get_keys (values);
  g_assert_cmpuint (keys->len, ==, 5);
  g_assert_cmpstr (keys->pdata[0], ==, "class");
  g_assert_cmpstr (keys->pdata[1], ==, "consent");
  g_assert_cmpstr (keys->pdata[2], ==, "fee");
  g_assert_cmpstr (keys->pdata[3], ==, "hours");
  g_assert_cmpstr (keys->pdata[4], ==, "whole");

  /* A copy is equal and independent */
  copy = tf_form_values_copy (values);
  g_assert_true (tf_form_values_equal (values, copy));
  tf_form_values_unset (copy, "fee");
  g_assert_false (tf_form_values_has (copy, "fee"));
  g_assert_true (tf_form_values_has (values, "fee"));
  g_assert_false (tf_form_values_equal (values, copy));
  tf_form_values_set_number (copy, "fee", 120050);
  /* The integer 120050 and the real number 120050.0 differ */
  g_assert_false (tf_form_values_equal (values, copy));
  tf_form_values_set_integer (copy, "fee", 120050);
  g_assert_true (tf_form_values_equal (values, copy));
  tf_form_values_unset (values, "nothing-there");
}

static void
test_values_refuse_non_finite (void)
{
  g_autoptr(TfFormValues) values = tf_form_values_new ();

  /* JSON cannot hold these: a programming error, and nothing is stored */
  g_test_expect_message ("taskforce", G_LOG_LEVEL_CRITICAL, "*isfinite*");
  tf_form_values_set_number (values, "hours", NAN);
  g_test_assert_expected_messages ();
  g_test_expect_message ("taskforce", G_LOG_LEVEL_CRITICAL, "*isfinite*");
  tf_form_values_set_number (values, "hours", INFINITY);
  g_test_assert_expected_messages ();
  g_assert_false (tf_form_values_has (values, "hours"));
}

static void
test_values_json_round_trip (void)
{
  g_autoptr(TfFormValues) values = tf_form_values_new ();
  g_autoptr(TfFormValues) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;
  static const char expected[] =
    "{\"big\":9223372036854775807,"
    "\"ctrl\":\"\\u0001\\u001f\x7f\","
    "\"danish\":\"æøå ÆØÅ\","
    "\"emoji\":\"😀\","
    "\"huge\":1.5e+300,"
    "\"neg\":-42,"
    "\"negreal\":-0.001,"
    "\"no\":false,"
    "\"real\":2.5,"
    "\"small\":-9223372036854775808,"
    "\"tenth\":0.1,"
    "\"text\":\"say \\\"hi\\\"\\\\ now\\u000aline2\\u0009tab\\u000d\","
    "\"tiny\":1e-300,"
    "\"whole\":5.0,"
    "\"yes\":true,"
    "\"zero\":0}";

  tf_form_values_set_string (values, "text", "say \"hi\"\\ now\nline2\ttab\r");
  tf_form_values_set_string (values, "ctrl", "\x01\x1f\x7f");
  tf_form_values_set_string (values, "danish", "æøå ÆØÅ");
  tf_form_values_set_string (values, "emoji", "😀");
  tf_form_values_set_integer (values, "neg", -42);
  tf_form_values_set_integer (values, "zero", 0);
  tf_form_values_set_integer (values, "big", G_MAXINT64);
  tf_form_values_set_integer (values, "small", G_MININT64);
  tf_form_values_set_number (values, "real", 2.5);
  tf_form_values_set_number (values, "tenth", 0.1);
  tf_form_values_set_number (values, "whole", 5.0);
  tf_form_values_set_number (values, "tiny", 1e-300);
  tf_form_values_set_number (values, "huge", 1.5e300);
  tf_form_values_set_number (values, "negreal", -0.001);
  tf_form_values_set_boolean (values, "yes", TRUE);
  tf_form_values_set_boolean (values, "no", FALSE);
  /* Control characters below 0x20 are escaped; DEL (0x7f) JSON allows as it is */

  json = tf_form_values_to_json (values);
  g_assert_cmpstr (json, ==, expected);

  back = tf_form_values_new_from_json (json, &error);
  g_assert_no_error (error);
  g_assert_true (tf_form_values_equal (values, back));
  again = tf_form_values_to_json (back);
  g_assert_cmpstr (again, ==, json);

  /* Types survive: a whole real stays real, an integer stays integer */
  g_assert_true (g_variant_is_of_type (tf_form_values_get_value (back, "whole"), G_VARIANT_TYPE_DOUBLE));
  g_assert_true (g_variant_is_of_type (tf_form_values_get_value (back, "neg"), G_VARIANT_TYPE_INT64));
  g_assert_cmpint (tf_form_values_get_integer (back, "small"), ==, G_MININT64);
  g_assert_cmpfloat (tf_form_values_get_number (back, "tenth"), ==, 0.1);
  g_assert_cmpstr (tf_form_values_get_string (back, "text"), ==, "say \"hi\"\\ now\nline2\ttab\r");
}

static void
test_values_json_round_trip_numbers (void)
{
  /* Every double written comes back as exactly the same double */
  static const double numbers[] = {
    0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 1e21, 1e22, 123456789012345678.0, 5e-324, 2.2250738585072014e-308,
    1.7976931348623157e308, -1.7976931348623157e308, 12.5, 100, -0.0, 9007199254740993.0, 0.000001,
  };

  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      g_autoptr(TfFormValues) values = tf_form_values_new ();
      g_autoptr(TfFormValues) back = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *json = NULL;
      GVariant *value;

      tf_form_values_set_number (values, "n", numbers[i]);
      json = tf_form_values_to_json (values);
      back = tf_form_values_new_from_json (json, &error);
      g_assert_no_error (error);
      value = tf_form_values_get_value (back, "n");
      g_assert_true (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE));
      g_assert_true (memcmp (&numbers[i], &(double) { g_variant_get_double (value) }, sizeof (double)) == 0);
    }
}

static void
test_values_json_parse (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfFormValues) values = NULL;
  g_autoptr(GPtrArray) keys = NULL;

  values = tf_form_values_new_from_json (
    " {\n  \"a\" : 1 ,\t\"b\":\"x\\u00e6\\ud83d\\ude00\\/\\b\\f\\n\\r\\t\" ,\"c\":null,\"d\":\"\","
    " \"e\": 1.0, \"f\": 1E2, \"g\": -0, \"h\": false, \"i\": -12.5e-1 } \n", &error);
  g_assert_no_error (error);

  g_assert_cmpint (tf_form_values_get_integer (values, "a"), ==, 1);
  g_assert_true (g_variant_is_of_type (tf_form_values_get_value (values, "a"), G_VARIANT_TYPE_INT64));
  g_assert_cmpstr (tf_form_values_get_string (values, "b"), ==, "xæ😀/\b\f\n\r\t");
  /* null and "" mean no value */
  g_assert_false (tf_form_values_has (values, "c"));
  g_assert_false (tf_form_values_has (values, "d"));
  g_assert_true (g_variant_is_of_type (tf_form_values_get_value (values, "e"), G_VARIANT_TYPE_DOUBLE));
  g_assert_cmpfloat (tf_form_values_get_number (values, "e"), ==, 1.0);
  g_assert_true (g_variant_is_of_type (tf_form_values_get_value (values, "f"), G_VARIANT_TYPE_DOUBLE));
  g_assert_cmpfloat (tf_form_values_get_number (values, "f"), ==, 100);
  g_assert_cmpint (tf_form_values_get_integer (values, "g"), ==, 0);
  g_assert_true (tf_form_values_has (values, "h"));
  g_assert_false (tf_form_values_get_boolean (values, "h"));
  g_assert_cmpfloat (tf_form_values_get_number (values, "i"), ==, -1.25);

  keys = tf_form_values_get_keys (values);
  g_assert_cmpuint (keys->len, ==, 7);

  g_clear_object (&values);
  values = tf_form_values_new_from_json ("{}", &error);
  g_assert_no_error (error);
  g_assert_nonnull (values);
  g_clear_object (&values);
  values = tf_form_values_new_from_json ("\r\n{ }\n", &error);
  g_assert_no_error (error);
  g_assert_nonnull (values);
}

static void
test_values_json_errors (void)
{
  static const struct {
    const char *json;
    const char *mentions;  /* in the message, or NULL */
  } bad[] = {
    { "", NULL },
    { "   ", NULL },
    { "[]", NULL },
    { "\"text\"", NULL },
    { "null", NULL },
    { "{", NULL },
    { "{\"a\":1", NULL },
    { "{\"a\":1,}", NULL },
    { "{\"a\" 1}", "“a”" },
    { "{a:1}", NULL },
    { "{'a':1}", NULL },
    { "{\"a\":{\"b\":1}}", "object" },
    { "{\"a\":[1,2]}", "list" },
    { "{\"a\":01}", NULL },
    { "{\"a\":1.}", NULL },
    { "{\"a\":.5}", NULL },
    { "{\"a\":+1}", NULL },
    { "{\"a\":1e}", NULL },
    { "{\"a\":-}", NULL },
    { "{\"a\":NaN}", NULL },
    { "{\"a\":Infinity}", NULL },
    { "{\"a\":tru}", NULL },
    { "{\"a\":truex}", NULL },
    { "{\"a\":}", NULL },
    { "{\"a\":\"x}", NULL },
    { "{\"a\":\"\\x\"}", NULL },
    { "{\"a\":\"\\u12\"}", NULL },
    { "{\"a\":\"\\ud800\"}", NULL },
    { "{\"a\":\"\\udc00\"}", NULL },
    { "{\"a\":\"\\ud800\\u0041\"}", NULL },
    { "{\"a\":\"\\u0000\"}", NULL },
    { "{\"a\":\"line\nbreak\"}", NULL },
    { "{\"a\":\"\x01\"}", NULL },
    { "{\"a\":\"\xff\"}", NULL },
    { "{\"a\":1}x", NULL },
    { "{\"a\":1}{}", NULL },
    { "{\"a\":1,\"a\":2}", "“a”" },
    { "{\"a\":null,\"a\":2}", "“a”" },
    { "{\"\":1}", NULL },
    { "{\"a\":99999999999999999999}", "99999999999999999999" },
    { "{\"a\":-9223372036854775809}", NULL },
    { "{\"a\":1e999}", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(TfFormValues) values = NULL;

      g_test_message ("bad JSON: %s", bad[i].json);
      values = tf_form_values_new_from_json (bad[i].json, &error);
      g_assert_null (values);
      g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
      if (bad[i].mentions != NULL && strstr (error->message, bad[i].mentions) == NULL)
        g_error ("“%s” does not mention %s", error->message, bad[i].mentions);
    }

  /* The largest and smallest integers still fit */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TfFormValues) values =
      tf_form_values_new_from_json ("{\"a\":9223372036854775807,\"b\":-9223372036854775808}", &error);

    g_assert_no_error (error);
    g_assert_cmpint (tf_form_values_get_integer (values, "a"), ==, G_MAXINT64);
    g_assert_cmpint (tf_form_values_get_integer (values, "b"), ==, G_MININT64);
  }
}

/* ---- forms ----------------------------------------------------------------- */

static const char form_area[] =
  "[Area]\nId=t\nTitle=T\n"
  "[Form all]\nTitle=All\nSummary=school;level;when;fee;contact\n"
  "[Field all/school]\nLabel=School\nType=text\nRequired=true\n"
  "[Field all/notes]\nLabel=Notes\nType=longtext\n"
  "[Field all/when]\nLabel=Date\nType=date\nRequired=true\n"
  "[Field all/hours]\nLabel=Hours\nType=number\nMin=0.5\nMax=40\n"
  "[Field all/free]\nLabel=Free number\nType=number\n"
  "[Field all/min-only]\nLabel=Min only\nType=number\nMin=1\n"
  "[Field all/fee]\nLabel=Fee\nType=money\nMax=1000\n"
  "[Field all/grant]\nLabel=Grant\nType=money\nMin=50\nMax=200\n"
  "[Field all/mood]\nLabel=Mood\nType=scale\nMin=2\n"
  "[Field all/consent]\nLabel=Consent\nType=boolean\nRequired=true\n"
  "[Field all/level]\nLabel=Level\nType=choice\nRequired=true\n"
  "[Choice all/level/basic]\nLabel=Ordinary school\n"
  "[Choice all/level/fulltime]\nLabel=Full-time teaching\n"
  "[Field all/contact]\nLabel=Contact\nType=staff\nRequired=true\n";

typedef struct
{
  TfArea       *area;
  TfForm       *form;
  TfFormValues *values;  /* valid */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (form_area, strlen (form_area));
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) problems = NULL;

  fixture->area = tf_area_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  fixture->form = g_list_model_get_item (tf_area_get_forms (fixture->area), 0);

  fixture->values = tf_form_values_new ();
  tf_form_values_set_string (fixture->values, "school", "Kattegatskolen");
  tf_form_values_set_string (fixture->values, "when", "2025-12-03");
  tf_form_values_set_boolean (fixture->values, "consent", TRUE);
  tf_form_values_set_string (fixture->values, "level", "basic");
  tf_form_values_set_integer (fixture->values, "contact", 42);

  problems = tf_form_validate (fixture->form, fixture->values);
  g_assert_null (problems);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_object_unref (fixture->values);
  g_object_unref (fixture->form);
  g_object_unref (fixture->area);
}

/* Exactly one problem, on @field_id, saying @expected. */
static void
assert_one_problem (Fixture    *fixture,
                    const char *field_id,
                    const char *expected)
{
  g_autoptr(GHashTable) problems = tf_form_validate (fixture->form, fixture->values);
  TfField *field;

  g_assert_nonnull (problems);
  g_assert_cmpuint (g_hash_table_size (problems), ==, 1);
  g_assert_cmpstr (g_hash_table_lookup (problems, field_id), ==, expected);

  /* The field says the same on its own */
  field = tf_form_find_field (fixture->form, field_id);
  if (field != NULL)
    {
      g_autofree char *message = tf_field_validate (field, fixture->values);

      g_assert_cmpstr (message, ==, expected);
    }
}

static void
assert_valid (Fixture *fixture)
{
  g_autoptr(GHashTable) problems = tf_form_validate (fixture->form, fixture->values);

  if (problems != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, problems);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_test_message ("%s: %s", (char *) key, (char *) value);
    }
  g_assert_null (problems);
}

static char *
msg (const char *format,
     ...) G_GNUC_PRINTF (1, 2);

static char *
msg (const char *format,
     ...)
{
  va_list args;
  char *text;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  return text;
}

static void
test_validate_required (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(TfFormValues) empty = tf_form_values_new ();
  g_autoptr(GHashTable) problems = tf_form_validate (fixture->form, empty);
  g_autofree char *enter_school = msg (_("Enter %s."), "School");
  g_autofree char *enter_date = msg (_("Enter %s."), "Date");
  g_autofree char *choose_consent = msg (_("Choose %s."), "Consent");
  g_autofree char *choose_level = msg (_("Choose %s."), "Level");
  g_autofree char *choose_contact = msg (_("Choose %s."), "Contact");

  g_assert_nonnull (problems);
  g_assert_cmpuint (g_hash_table_size (problems), ==, 5);
  g_assert_cmpstr (g_hash_table_lookup (problems, "school"), ==, enter_school);
  g_assert_cmpstr (g_hash_table_lookup (problems, "when"), ==, enter_date);
  g_assert_cmpstr (g_hash_table_lookup (problems, "consent"), ==, choose_consent);
  g_assert_cmpstr (g_hash_table_lookup (problems, "level"), ==, choose_level);
  g_assert_cmpstr (g_hash_table_lookup (problems, "contact"), ==, choose_contact);

  /* Blank text is no answer */
  tf_form_values_set_string (fixture->values, "school", "  \t ");
  assert_one_problem (fixture, "school", enter_school);

  /* "No" answers a required yes/no question */
  tf_form_values_set_string (fixture->values, "school", "Auning Skole");
  tf_form_values_set_boolean (fixture->values, "consent", FALSE);
  assert_valid (fixture);
}

static void
test_validate_text (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *long_line = g_strnfill (501, 'x');
  g_autofree char *too_long_text = msg (_("%s is too long: %ld characters, at most %ld are allowed."),
                                        "School", 501L, 500L);
  g_autofree char *one_line = msg (_("%s must be on one line."), "School");
  g_autofree char *not_text = msg (_("%s must be text."), "School");
  g_autoptr(GString) danish = g_string_new (NULL);
  g_autofree char *notes_max = g_strnfill (10000, 'y');
  g_autofree char *notes_over = g_strnfill (10001, 'y');
  g_autofree char *too_long_notes = msg (_("%s is too long: %ld characters, at most %ld are allowed."),
                                         "Notes", 10001L, 10000L);

  tf_form_values_set_string (fixture->values, "school", long_line);
  assert_one_problem (fixture, "school", too_long_text);

  /* Characters count, not bytes: 500 × "ø" is 1000 bytes and fine */
  for (guint i = 0; i < 500; i++)
    g_string_append (danish, "ø");
  tf_form_values_set_string (fixture->values, "school", danish->str);
  assert_valid (fixture);

  tf_form_values_set_string (fixture->values, "school", "Kattegat\nskolen");
  assert_one_problem (fixture, "school", one_line);
  tf_form_values_set_integer (fixture->values, "school", 7);
  assert_one_problem (fixture, "school", not_text);
  tf_form_values_set_string (fixture->values, "school", "Kattegatskolen");

  /* Long text takes lines and up to 10,000 characters */
  tf_form_values_set_string (fixture->values, "notes", "Line one\nLine two");
  assert_valid (fixture);
  tf_form_values_set_string (fixture->values, "notes", notes_max);
  assert_valid (fixture);
  tf_form_values_set_string (fixture->values, "notes", notes_over);
  assert_one_problem (fixture, "notes", too_long_notes);
}

static void
test_validate_date (Fixture       *fixture,
                    gconstpointer  data)
{
  static const char * const bad[] = { "2025-02-30", "2025-13-01", "03-12-2025", "3.12.2025", "2025-2-3", "soon", NULL };
  g_autofree char *expected = msg (_("%s is not a real date. Enter it as day, month and year."), "Date");

  for (guint i = 0; bad[i] != NULL; i++)
    {
      tf_form_values_set_string (fixture->values, "when", bad[i]);
      assert_one_problem (fixture, "when", expected);
    }
  tf_form_values_set_boolean (fixture->values, "when", TRUE);
  assert_one_problem (fixture, "when", expected);

  tf_form_values_set_string (fixture->values, "when", "2024-02-29");
  assert_valid (fixture);
}

static void
test_validate_number (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *between = msg (_("%s must be between %s and %s."), "Hours", "0,5", "40");
  g_autofree char *at_least = msg (_("%s must be at least %s."), "Min only", "1");
  g_autofree char *not_number = msg (_("%s must be a number."), "Hours");

  tf_form_values_set_number (fixture->values, "hours", 40.5);
  assert_one_problem (fixture, "hours", between);
  tf_form_values_set_number (fixture->values, "hours", 0.25);
  assert_one_problem (fixture, "hours", between);
  tf_form_values_set_integer (fixture->values, "hours", 41);
  assert_one_problem (fixture, "hours", between);
  tf_form_values_set_string (fixture->values, "hours", "12");
  assert_one_problem (fixture, "hours", not_number);

  /* Bounds are inclusive; integers and reals both do */
  tf_form_values_set_number (fixture->values, "hours", 0.5);
  assert_valid (fixture);
  tf_form_values_set_integer (fixture->values, "hours", 40);
  assert_valid (fixture);
  tf_form_values_set_number (fixture->values, "hours", 12.5);
  assert_valid (fixture);

  tf_form_values_set_number (fixture->values, "min-only", 0.999);
  assert_one_problem (fixture, "min-only", at_least);
  tf_form_values_set_number (fixture->values, "min-only", 1e12);
  tf_form_values_set_number (fixture->values, "free", -1e12);
  assert_valid (fixture);
}

static void
test_validate_money (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *max_fee = tf_format_money (100000);
  g_autofree char *at_most = msg (_("%s must be at most %s."), "Fee", max_fee);
  g_autofree char *negative = msg (_("%s cannot be negative."), "Fee");
  g_autofree char *not_ore = msg (_("%s must be an amount in kroner and øre."), "Fee");
  g_autofree char *grant_low = tf_format_money (5000);
  g_autofree char *grant_high = tf_format_money (20000);
  g_autofree char *grant_between = msg (_("%s must be between %s and %s."), "Grant", grant_low, grant_high);

  /* Øre against bounds in kroner */
  tf_form_values_set_integer (fixture->values, "fee", 100001);
  assert_one_problem (fixture, "fee", at_most);
  tf_form_values_set_integer (fixture->values, "fee", 100000);
  assert_valid (fixture);
  tf_form_values_set_integer (fixture->values, "fee", 0);
  assert_valid (fixture);
  tf_form_values_set_integer (fixture->values, "fee", -1);
  assert_one_problem (fixture, "fee", negative);
  tf_form_values_set_number (fixture->values, "fee", 500.0);
  assert_one_problem (fixture, "fee", not_ore);
  tf_form_values_unset (fixture->values, "fee");

  tf_form_values_set_integer (fixture->values, "grant", 4999);
  assert_one_problem (fixture, "grant", grant_between);
  tf_form_values_set_integer (fixture->values, "grant", 20001);
  assert_one_problem (fixture, "grant", grant_between);
  tf_form_values_set_integer (fixture->values, "grant", 12345);
  assert_valid (fixture);
  /* Far beyond any bound does not overflow into a valid amount */
  tf_form_values_set_integer (fixture->values, "grant", G_MAXINT64);
  assert_one_problem (fixture, "grant", grant_between);
}

static void
test_validate_scale (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *between = msg (_("%s must be between %s and %s."), "Mood", "2", "10");
  g_autofree char *whole = msg (_("%s must be a whole number between %s and %s."), "Mood", "2", "10");

  tf_form_values_set_integer (fixture->values, "mood", 11);
  assert_one_problem (fixture, "mood", between);
  tf_form_values_set_integer (fixture->values, "mood", 1);
  assert_one_problem (fixture, "mood", between);
  tf_form_values_set_integer (fixture->values, "mood", -1);
  assert_one_problem (fixture, "mood", between);
  tf_form_values_set_number (fixture->values, "mood", 7.0);
  assert_one_problem (fixture, "mood", whole);
  tf_form_values_set_integer (fixture->values, "mood", 2);
  assert_valid (fixture);
  tf_form_values_set_integer (fixture->values, "mood", 10);
  assert_valid (fixture);
}

static void
test_validate_boolean_choice_staff (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autofree char *yes_no = msg (_("%s must be yes or no."), "Consent");
  g_autofree char *option = msg (_("Choose one of the options for %s."), "Level");
  g_autofree char *staff = msg (_("Choose a staff member for %s."), "Contact");
  g_autofree char *unknown = msg (_("The form has no field “%s”."), "colour");

  tf_form_values_set_string (fixture->values, "consent", "yes");
  assert_one_problem (fixture, "consent", yes_no);
  tf_form_values_set_integer (fixture->values, "consent", 1);
  assert_one_problem (fixture, "consent", yes_no);
  tf_form_values_set_boolean (fixture->values, "consent", TRUE);

  /* A choice by its id, not its label */
  tf_form_values_set_string (fixture->values, "level", "Ordinary school");
  assert_one_problem (fixture, "level", option);
  tf_form_values_set_string (fixture->values, "level", "advanced");
  assert_one_problem (fixture, "level", option);
  tf_form_values_set_integer (fixture->values, "level", 1);
  assert_one_problem (fixture, "level", option);
  tf_form_values_set_string (fixture->values, "level", "fulltime");
  assert_valid (fixture);

  tf_form_values_set_integer (fixture->values, "contact", 0);
  assert_one_problem (fixture, "contact", staff);
  tf_form_values_set_integer (fixture->values, "contact", -3);
  assert_one_problem (fixture, "contact", staff);
  tf_form_values_set_string (fixture->values, "contact", "Lene Hansen");
  assert_one_problem (fixture, "contact", staff);
  tf_form_values_set_integer (fixture->values, "contact", 7);
  assert_valid (fixture);

  /* A value for a field the form does not have is refused */
  tf_form_values_set_string (fixture->values, "colour", "red");
  assert_one_problem (fixture, "colour", unknown);
}

static void
test_validate_json_values (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfFormValues) values = NULL;
  g_autoptr(GHashTable) problems = NULL;

  /* What the record store reads back validates as what was entered */
  values = tf_form_values_new_from_json ("{\"consent\":true,\"contact\":42,\"fee\":12050,\"hours\":12,"
                                         "\"level\":\"basic\",\"mood\":7,\"school\":\"Kattegatskolen\","
                                         "\"when\":\"2025-12-03\"}", &error);
  g_assert_no_error (error);
  problems = tf_form_validate (fixture->form, values);
  g_assert_null (problems);
}

static void
test_format_value (Fixture       *fixture,
                   gconstpointer  data)
{
  TfFormValues *values = fixture->values;
  g_autofree char *date = tf_format_date ("2025-12-03");
  g_autofree char *money = tf_format_money (120050);
  g_autofree char *summary_expected = NULL;
  g_autofree char *summary_short = NULL;
  char *text;

#define ASSERT_FORMAT(field_id, expected) \
  text = tf_form_format_value (fixture->form, values, field_id); \
  g_assert_cmpstr (text, ==, expected); \
  g_free (text)

  tf_form_values_set_number (values, "hours", 12.5);
  tf_form_values_set_number (values, "free", -1234.75);
  tf_form_values_set_integer (values, "min-only", 3);
  tf_form_values_set_integer (values, "fee", 120050);
  tf_form_values_set_integer (values, "mood", 7);

  ASSERT_FORMAT ("school", "Kattegatskolen");
  ASSERT_FORMAT ("when", date);
  ASSERT_FORMAT ("hours", "12,5");
  ASSERT_FORMAT ("free", "-1234,75");
  ASSERT_FORMAT ("min-only", "3");
  ASSERT_FORMAT ("fee", money);
  ASSERT_FORMAT ("mood", "7 / 10");
  ASSERT_FORMAT ("consent", _("Yes"));
  ASSERT_FORMAT ("level", "Ordinary school");
  /* Staff as the id: the caller names staff */
  ASSERT_FORMAT ("contact", "42");
  ASSERT_FORMAT ("notes", NULL);
  ASSERT_FORMAT ("no-such-field", NULL);

  tf_form_values_set_boolean (values, "consent", FALSE);
  ASSERT_FORMAT ("consent", _("No"));
  /* Bad data is shown as it is, not hidden */
  tf_form_values_set_string (values, "level", "advanced");
  ASSERT_FORMAT ("level", "advanced");
  tf_form_values_set_string (values, "when", "2025-02-30");
  ASSERT_FORMAT ("when", "2025-02-30");
#undef ASSERT_FORMAT

  /* Summary: the summary fields in Summary= order, absent ones skipped */
  tf_form_values_set_string (values, "level", "fulltime");
  tf_form_values_set_string (values, "when", "2025-12-03");
  summary_expected = g_strdup_printf ("Kattegatskolen · Full-time teaching · %s · %s · 42", date, money);
  text = tf_form_summarize (fixture->form, values);
  g_assert_cmpstr (text, ==, summary_expected);
  g_free (text);

  tf_form_values_unset (values, "level");
  tf_form_values_unset (values, "fee");
  tf_form_values_unset (values, "contact");
  summary_short = g_strdup_printf ("Kattegatskolen · %s", date);
  text = tf_form_summarize (fixture->form, values);
  g_assert_cmpstr (text, ==, summary_short);
  g_free (text);

  {
    g_autoptr(TfFormValues) empty = tf_form_values_new ();

    text = tf_form_summarize (fixture->form, empty);
    g_assert_cmpstr (text, ==, "");
    g_free (text);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/form/values/basic", test_values_basic);
  g_test_add_func ("/form/values/non-finite", test_values_refuse_non_finite);
  g_test_add_func ("/form/values/json-round-trip", test_values_json_round_trip);
  g_test_add_func ("/form/values/json-round-trip-numbers", test_values_json_round_trip_numbers);
  g_test_add_func ("/form/values/json-parse", test_values_json_parse);
  g_test_add_func ("/form/values/json-errors", test_values_json_errors);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/form/validate/required", test_validate_required);
  ADD ("/form/validate/text", test_validate_text);
  ADD ("/form/validate/date", test_validate_date);
  ADD ("/form/validate/number", test_validate_number);
  ADD ("/form/validate/money", test_validate_money);
  ADD ("/form/validate/scale", test_validate_scale);
  ADD ("/form/validate/boolean-choice-staff", test_validate_boolean_choice_staff);
  ADD ("/form/validate/json-values", test_validate_json_values);
  ADD ("/form/format", test_format_value);
#undef ADD

  return g_test_run ();
}
