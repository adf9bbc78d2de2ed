/* tf-form-values-json.c — form values as JSON text, and back
 *
 * The writer makes one canonical text for a set of values: keys in byte
 * order, no spaces, a whole real number with ".0" so it reads back as a real
 * number. The reader takes back exactly what the writer makes, and says
 * where and what is wrong with anything else.
 *
 * Its own file because the reader is a small JSON parser with its own
 * error messages, and neither part needs more of TfFormValues than its table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-error.h"
#include "tf-form.h"
#include "tf-form-private.h"
#include "tf-form-values-private.h"
#include "tf-util-private.h"

/* ---- numbers ----------------------------------------------------------- */

char *
_tf_dtostr_shortest (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  /* %.17g always reads back exactly; fewer digits usually do too, and
   * then "0.1" beats "0.10000000000000001". */
  for (int digits = 15; digits <= 17; digits++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  return g_strdup (buf);
}

/* ---- JSON writer ------------------------------------------------------- */

static void
append_json_value (GString  *out,
                   GVariant *value)
{
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    tf_json_append_string (out, g_variant_get_string (value, NULL));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    g_string_append_printf (out, "%" G_GINT64_FORMAT, g_variant_get_int64 (value));
  else if (g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
    g_string_append (out, g_variant_get_boolean (value) ? "true" : "false");
  else
    {
      g_autofree char *number = _tf_dtostr_shortest (g_variant_get_double (value));

      g_string_append (out, number);
      /* A whole real number keeps a decimal point, so that it reads back
       * as a real number and not as an integer. */
      if (strpbrk (number, ".eE") == NULL)
        g_string_append (out, ".0");
    }
}

/**
 * tf_form_values_to_json:
 *
 * Writes the values as one compact JSON object with the keys in byte order:
 * text as JSON strings (UTF-8 kept, control characters as \u00XX), integers
 * without decimals, real numbers with a decimal point or an exponent, yes/no
 * as true/false. The same values always give the same text.
 *
 * Returns: (transfer full): the JSON text, "{}" when there are no values
 */
char *
tf_form_values_to_json (TfFormValues *self)
{
  g_autoptr(GPtrArray) keys = NULL;
  GString *out;

  g_return_val_if_fail (TF_IS_FORM_VALUES (self), NULL);

  keys = tf_form_values_get_keys (self);
  out = g_string_new ("{");
  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);

      if (i > 0)
        g_string_append_c (out, ',');
      tf_json_append_string (out, key);
      g_string_append_c (out, ':');
      append_json_value (out, g_hash_table_lookup (self->values, key));
    }
  g_string_append_c (out, '}');
  return g_string_free (out, FALSE);
}

/* ---- JSON reader ------------------------------------------------------- */

typedef struct
{
  const char  *start;
  const char  *p;
  GError     **error;
} JsonReader;

static gboolean json_fail (JsonReader *reader,
                           const char *format,
                           ...) G_GNUC_PRINTF (2, 3);

static gboolean
json_fail (JsonReader *reader,
           const char *format,
           ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (reader->error, TF_ERROR, TF_ERROR_INVALID,
               _("The form values are not valid JSON (at character %ld): %s"),
               g_utf8_pointer_to_offset (reader->start, reader->p) + 1, reason);
  return FALSE;
}

static void
skip_space (JsonReader *reader)
{
  while (*reader->p == ' ' || *reader->p == '\t' || *reader->p == '\n' || *reader->p == '\r')
    reader->p++;
}

static int
read_hex4 (const char *p)
{
  int value = 0;

  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* At an opening quote; leaves reader->p after the closing one. */
static char *
read_string (JsonReader *reader)
{
  g_autoptr(GString) out = g_string_new (NULL);

  reader->p++;
  for (;;)
    {
      guchar c = (guchar) *reader->p;

      if (c == '\0')
        {
          json_fail (reader, _("a text is not closed with \""));
          return NULL;
        }
      if (c == '"')
        break;
      if (c < 0x20)
        {
          json_fail (reader, _("a control character in a text must be written as \\u00XX"));
          return NULL;
        }
      if (c != '\\')
        {
          g_string_append_c (out, (char) c);
          reader->p++;
          continue;
        }

      reader->p++;
      switch (*reader->p)
        {
        case '"': g_string_append_c (out, '"'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        case '/': g_string_append_c (out, '/'); break;
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'u':
          {
            int unit = read_hex4 (reader->p + 1);
            gunichar ch;

            if (unit < 0)
              {
                json_fail (reader, _("\\u must be followed by four hexadecimal digits"));
                return NULL;
              }
            reader->p += 4;
            if (unit >= 0xDC00 && unit <= 0xDFFF)
              {
                json_fail (reader, _("a lone low surrogate in \\u escape"));
                return NULL;
              }
            if (unit >= 0xD800 && unit <= 0xDBFF)
              {
                int low = reader->p[1] == '\\' && reader->p[2] == 'u' ? read_hex4 (reader->p + 3) : -1;

                if (low < 0xDC00 || low > 0xDFFF)
                  {
                    json_fail (reader, _("a high surrogate in \\u escape without its low surrogate"));
                    return NULL;
                  }
                reader->p += 6;
                ch = 0x10000 + (((gunichar) unit - 0xD800) << 10) + ((gunichar) low - 0xDC00);
              }
            else
              ch = (gunichar) unit;
            if (ch == 0)
              {
                json_fail (reader, _("\\u0000 is not allowed in a text"));
                return NULL;
              }
            g_string_append_unichar (out, ch);
          }
          break;
        default:
          {
            json_fail (reader, _("unknown escape \\%c"), *reader->p);
            return NULL;
          }
        }
      reader->p++;
    }
  reader->p++;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
skip_digits (JsonReader *reader)
{
  const char *begin = reader->p;

  while (g_ascii_isdigit (*reader->p))
    reader->p++;
  return reader->p > begin;
}

/* A number as JSON writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
static GVariant *
read_number (JsonReader *reader)
{
  const char *begin = reader->p;
  g_autofree char *text = NULL;
  gboolean real = FALSE;

  if (*reader->p == '-')
    reader->p++;
  if (*reader->p == '0')
    reader->p++;
  else if (!skip_digits (reader))
    {
      json_fail (reader, _("a number must start with a digit"));
      return NULL;
    }
  if (*reader->p == '.')
    {
      real = TRUE;
      reader->p++;
      if (!skip_digits (reader))
        {
          json_fail (reader, _("a decimal point must be followed by a digit"));
          return NULL;
        }
    }
  if (*reader->p == 'e' || *reader->p == 'E')
    {
      real = TRUE;
      reader->p++;
      if (*reader->p == '+' || *reader->p == '-')
        reader->p++;
      if (!skip_digits (reader))
        {
          json_fail (reader, _("an exponent must have digits"));
          return NULL;
        }
    }

  text = g_strndup (begin, reader->p - begin);
  errno = 0;
  if (real)
    {
      double value = g_ascii_strtod (text, NULL);

      if (!isfinite (value))
        {
          reader->p = begin;
          {
            json_fail (reader, _("the number %s is too large"), text);
            return NULL;
          }
        }
      return g_variant_new_double (value);
    }
  else
    {
      gint64 value = g_ascii_strtoll (text, NULL, 10);

      if (errno == ERANGE)
        {
          reader->p = begin;
          {
            json_fail (reader, _("the whole number %s is too large"), text);
            return NULL;
          }
        }
      return g_variant_new_int64 (value);
    }
}

static gboolean
read_word (JsonReader *reader,
           const char *word)
{
  size_t length = strlen (word);

  if (strncmp (reader->p, word, length) != 0 || g_ascii_isalnum (reader->p[length]))
    return FALSE;
  reader->p += length;
  return TRUE;
}

/* Returns FALSE on an error; *value is NULL for null and for "". */
static gboolean
read_value (JsonReader  *reader,
            const char  *key,
            GVariant   **value)
{
  char c = *reader->p;

  *value = NULL;
  if (c == '"')
    {
      char *text = read_string (reader);

      if (text == NULL)
        return FALSE;
      if (*text == '\0')
        g_free (text);
      else
        *value = g_variant_new_take_string (text);
      return TRUE;
    }
  if (c == '-' || g_ascii_isdigit (c))
    {
      *value = read_number (reader);
      return *value != NULL;
    }
  if (read_word (reader, "true"))
    *value = g_variant_new_boolean (TRUE);
  else if (read_word (reader, "false"))
    *value = g_variant_new_boolean (FALSE);
  else if (read_word (reader, "null"))
    return TRUE;
  else if (c == '{')
    return json_fail (reader, _("the value of “%s” is an object; a form value must be text, a number, true, false or null"), key);
  else if (c == '[')
    return json_fail (reader, _("the value of “%s” is a list; a form value must be text, a number, true, false or null"), key);
  else
    return json_fail (reader, _("the value of “%s” is missing or not a JSON value"), key);
  return TRUE;
}

static gboolean
read_object (JsonReader   *reader,
             TfFormValues *values)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  skip_space (reader);
  if (*reader->p != '{')
    return json_fail (reader, _("the form values must be a JSON object {…}"));
  reader->p++;
  skip_space (reader);
  if (*reader->p == '}')
    {
      reader->p++;
      return TRUE;
    }

  for (;;)
    {
      g_autofree char *key = NULL;
      GVariant *value = NULL;

      if (*reader->p != '"')
        return json_fail (reader, _("a field id in quotes was expected"));
      key = read_string (reader);
      if (key == NULL)
        return FALSE;
      if (*key == '\0')
        return json_fail (reader, _("a field id is empty"));
      if (!g_hash_table_add (seen, g_strdup (key)))
        return json_fail (reader, _("the field id “%s” appears twice"), key);
      skip_space (reader);
      if (*reader->p != ':')
        return json_fail (reader, _("a : was expected after “%s”"), key);
      reader->p++;
      skip_space (reader);
      if (!read_value (reader, key, &value))
        return FALSE;
      if (value != NULL)
        _tf_form_values_store_value (values, key, value);
      skip_space (reader);
      if (*reader->p == '}')
        {
          reader->p++;
          return TRUE;
        }
      if (*reader->p != ',')
        return json_fail (reader, _("a , or } was expected"));
      reader->p++;
      skip_space (reader);
    }
}

/**
 * tf_form_values_new_from_json:
 * @json: a JSON object as tf_form_values_to_json() writes it
 *
 * Reads a flat JSON object: strings, integers, real numbers, true and false;
 * null and "" mean the field has no value. Nested objects and lists, a field
 * id given twice, numbers too large for their type and anything after the
 * object are refused. Any white space between tokens is accepted.
 *
 * Returns: (transfer full): the values, or %NULL with @error set
 *   (TF_ERROR_INVALID, saying where and what is wrong)
 */
TfFormValues *
tf_form_values_new_from_json (const char  *json,
                              GError     **error)
{
  g_autoptr(TfFormValues) values = NULL;
  JsonReader reader = { json, json, error };
  const char *invalid = NULL;

  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!g_utf8_validate (json, -1, &invalid))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("The form values are not valid JSON (at byte %ld): %s"),
                   (long) (invalid - json) + 1, _("the text is not UTF-8"));
      return NULL;
    }

  values = tf_form_values_new ();
  if (!read_object (&reader, values))
    return NULL;
  skip_space (&reader);
  if (*reader.p != '\0')
    {
      json_fail (&reader, _("there is more after the end of the object"));
      return NULL;
    }
  return g_steal_pointer (&values);
}
