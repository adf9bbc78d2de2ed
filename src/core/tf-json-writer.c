/* tf-json-writer.c — a small writer of real JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "tf-json-writer.h"

/* One open object or array: whether a value was written in it yet (so the
 * next one needs a comma), and whether it is an object (values need keys). */
typedef struct
{
  gboolean is_object;
  gboolean has_items;
} Level;

struct _TfJsonWriter
{
  GString  *out;
  GArray   *levels;        /* of Level */
  gboolean  pretty;
  gboolean  after_key;     /* a key was written; its value comes next */
};

TfJsonWriter *
tf_json_writer_new (gboolean pretty)
{
  TfJsonWriter *self = g_new0 (TfJsonWriter, 1);

  self->out = g_string_new (NULL);
  self->levels = g_array_new (FALSE, FALSE, sizeof (Level));
  self->pretty = pretty;
  return self;
}

void
tf_json_writer_free (TfJsonWriter *self)
{
  if (self == NULL)
    return;
  g_string_free (self->out, TRUE);
  g_array_unref (self->levels);
  g_free (self);
}

char *
tf_json_writer_free_to_string (TfJsonWriter *self)
{
  char *text;

  g_return_val_if_fail (self != NULL, NULL);
  if (self->levels->len != 0)
    g_critical ("tf_json_writer_free_to_string: %u object(s) or array(s) left open", self->levels->len);
  if (self->pretty)
    g_string_append_c (self->out, '\n');
  text = g_string_free (self->out, FALSE);
  self->out = NULL;
  g_array_unref (self->levels);
  g_free (self);
  return text;
}

void
tf_json_append_escaped (GString    *out,
                        const char *text)
{
  g_autofree char *valid = NULL;

  /* JSON text is UTF-8: anything else in a string would make the whole
   * document unreadable, so a bad byte becomes U+FFFD rather than passing. */
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  g_string_append_c (out, '"');
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      switch (*p)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default:
          if (*p < 0x20 || *p == 0x7f)
            g_string_append_printf (out, "\\u%04x", (guint) *p);
          else
            g_string_append_c (out, (char) *p);
        }
    }
  g_string_append_c (out, '"');
}

static void
newline (TfJsonWriter *self)
{
  if (!self->pretty)
    return;
  g_string_append_c (self->out, '\n');
  for (guint i = 0; i < self->levels->len; i++)
    g_string_append (self->out, "  ");
}

/* Before any value or key: the comma and line break it needs. */
static void
before_item (TfJsonWriter *self,
             gboolean      is_key)
{
  Level *level;

  if (self->after_key)
    {
      g_return_if_fail (!is_key);
      self->after_key = FALSE;
      return;
    }
  if (self->levels->len == 0)
    {
      g_return_if_fail (self->out->len == 0);
      return;
    }
  level = &g_array_index (self->levels, Level, self->levels->len - 1);
  if (level->is_object && !is_key)
    g_critical ("TfJsonWriter: a value in an object needs a key first");
  if (level->has_items)
    g_string_append_c (self->out, ',');
  level->has_items = TRUE;
  newline (self);
}

static void
open_level (TfJsonWriter *self,
            gboolean      is_object)
{
  Level level = { is_object, FALSE };

  before_item (self, FALSE);
  g_string_append_c (self->out, is_object ? '{' : '[');
  g_array_append_val (self->levels, level);
}

static void
close_level (TfJsonWriter *self,
             gboolean      is_object)
{
  Level level;

  g_return_if_fail (self->levels->len > 0);
  level = g_array_index (self->levels, Level, self->levels->len - 1);
  g_return_if_fail (level.is_object == is_object);
  g_return_if_fail (!self->after_key);
  g_array_set_size (self->levels, self->levels->len - 1);
  if (level.has_items)
    newline (self);
  g_string_append_c (self->out, is_object ? '}' : ']');
}

void
tf_json_writer_begin_object (TfJsonWriter *self)
{
  g_return_if_fail (self != NULL);
  open_level (self, TRUE);
}

void
tf_json_writer_end_object (TfJsonWriter *self)
{
  g_return_if_fail (self != NULL);
  close_level (self, TRUE);
}

void
tf_json_writer_begin_array (TfJsonWriter *self)
{
  g_return_if_fail (self != NULL);
  open_level (self, FALSE);
}

void
tf_json_writer_end_array (TfJsonWriter *self)
{
  g_return_if_fail (self != NULL);
  close_level (self, FALSE);
}

void
tf_json_writer_key (TfJsonWriter *self,
                    const char   *key)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (key != NULL);
  before_item (self, TRUE);
  tf_json_append_escaped (self->out, key);
  g_string_append (self->out, self->pretty ? ": " : ":");
  self->after_key = TRUE;
}

void
tf_json_writer_string (TfJsonWriter *self,
                       const char   *value)
{
  g_return_if_fail (self != NULL);
  before_item (self, FALSE);
  if (value == NULL)
    g_string_append (self->out, "null");
  else
    tf_json_append_escaped (self->out, value);
}

void
tf_json_writer_int (TfJsonWriter *self,
                    gint64        value)
{
  g_return_if_fail (self != NULL);
  before_item (self, FALSE);
  g_string_append_printf (self->out, "%" G_GINT64_FORMAT, value);
}

void
tf_json_writer_double (TfJsonWriter *self,
                       double        value,
                       int           decimals)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char format[8];
  char *end;

  g_return_if_fail (self != NULL);
  before_item (self, FALSE);
  if (!isfinite (value))
    {
      g_string_append (self->out, "null");
      return;
    }
  decimals = CLAMP (decimals, 0, 6);
  g_snprintf (format, sizeof format, "%%.%df", decimals);
  /* g_ascii_formatd: a '.' whatever the locale, as JSON requires */
  g_ascii_formatd (buffer, sizeof buffer, format, value);
  if (strchr (buffer, '.') != NULL)
    {
      end = buffer + strlen (buffer) - 1;
      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  /* "-0" reads as 0 to people, and is valid JSON either way */
  if (strcmp (buffer, "-0") == 0)
    strcpy (buffer, "0");
  g_string_append (self->out, buffer);
}

void
tf_json_writer_boolean (TfJsonWriter *self,
                        gboolean      value)
{
  g_return_if_fail (self != NULL);
  before_item (self, FALSE);
  g_string_append (self->out, value ? "true" : "false");
}

void
tf_json_writer_null (TfJsonWriter *self)
{
  g_return_if_fail (self != NULL);
  before_item (self, FALSE);
  g_string_append (self->out, "null");
}

void
tf_json_writer_member_string (TfJsonWriter *self,
                              const char   *key,
                              const char   *value)
{
  tf_json_writer_key (self, key);
  tf_json_writer_string (self, value);
}

void
tf_json_writer_member_int (TfJsonWriter *self,
                           const char   *key,
                           gint64        value)
{
  tf_json_writer_key (self, key);
  tf_json_writer_int (self, value);
}

void
tf_json_writer_member_double (TfJsonWriter *self,
                              const char   *key,
                              double        value,
                              int           decimals)
{
  tf_json_writer_key (self, key);
  tf_json_writer_double (self, value, decimals);
}

void
tf_json_writer_member_boolean (TfJsonWriter *self,
                               const char   *key,
                               gboolean      value)
{
  tf_json_writer_key (self, key);
  tf_json_writer_boolean (self, value);
}
