/* tf-form-values.c — the values people enter in a form
 *
 * The record store keeps form values as a JSON object (queryable with
 * json_extract). The writer makes one canonical text for a set of values
 * (keys sorted, no spaces), and the reader takes back exactly what the
 * writer makes, so values survive a round trip with their types: a whole
 * number stays an integer, a real number stays a real one.
 *
 * This file holds the values and their typed getters and setters; the JSON
 * writer and reader are in tf-form-values-json.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "tf-form.h"
#include "tf-form-values-private.h"

G_DEFINE_FINAL_TYPE (TfFormValues, tf_form_values, G_TYPE_OBJECT)

static void
tf_form_values_finalize (GObject *object)
{
  TfFormValues *self = TF_FORM_VALUES (object);

  g_clear_pointer (&self->values, g_hash_table_unref);

  G_OBJECT_CLASS (tf_form_values_parent_class)->finalize (object);
}

static void
tf_form_values_class_init (TfFormValuesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tf_form_values_finalize;
}

static void
tf_form_values_init (TfFormValues *self)
{
  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_variant_unref);
}

static gboolean
is_value_type (GVariant *value)
{
  return g_variant_is_of_type (value, G_VARIANT_TYPE_STRING)
         || g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE)
         || g_variant_is_of_type (value, G_VARIANT_TYPE_INT64)
         || g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN);
}

void
_tf_form_values_store_value (TfFormValues *self,
                             const char   *field_id,
                             GVariant     *value)
{
  g_hash_table_replace (self->values, g_strdup (field_id), g_variant_ref_sink (value));
}

/**
 * tf_form_values_new:
 *
 * Returns: (transfer full): an empty set of values
 */
TfFormValues *
tf_form_values_new (void)
{
  return g_object_new (TF_TYPE_FORM_VALUES, NULL);
}

/**
 * tf_form_values_copy:
 *
 * Returns: (transfer full): a new set with the same values
 */
TfFormValues *
tf_form_values_copy (TfFormValues *self)
{
  TfFormValues *copy;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (TF_IS_FORM_VALUES (self), NULL);

  copy = tf_form_values_new ();
  g_hash_table_iter_init (&iter, self->values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    _tf_form_values_store_value (copy, key, value);
  return copy;
}

/**
 * tf_form_values_has:
 *
 * Returns: whether @field_id has a value
 */
gboolean
tf_form_values_has (TfFormValues *self,
                    const char   *field_id)
{
  g_return_val_if_fail (TF_IS_FORM_VALUES (self), FALSE);
  g_return_val_if_fail (field_id != NULL, FALSE);

  return g_hash_table_contains (self->values, field_id);
}

/**
 * tf_form_values_unset:
 *
 * Removes the value of @field_id, if any.
 */
void
tf_form_values_unset (TfFormValues *self,
                      const char   *field_id)
{
  g_return_if_fail (TF_IS_FORM_VALUES (self));
  g_return_if_fail (field_id != NULL);

  g_hash_table_remove (self->values, field_id);
}

/**
 * tf_form_values_get_value:
 *
 * Returns: (transfer none) (nullable): the value of @field_id as a GVariant
 *   of type "s", "d", "x" or "b", or %NULL when it has none
 */
GVariant *
tf_form_values_get_value (TfFormValues *self,
                          const char   *field_id)
{
  g_return_val_if_fail (TF_IS_FORM_VALUES (self), NULL);
  g_return_val_if_fail (field_id != NULL, NULL);

  return g_hash_table_lookup (self->values, field_id);
}

/**
 * tf_form_values_set_value:
 * @value: (nullable): a GVariant of type "s", "d", "x" or "b"; a floating
 *   reference is sunk
 *
 * Sets @field_id to @value; %NULL or an empty string unsets it. A number
 * that is not finite is refused as a programming error (JSON cannot hold it).
 */
void
tf_form_values_set_value (TfFormValues *self,
                          const char   *field_id,
                          GVariant     *value)
{
  g_autoptr(GVariant) owned = NULL;

  g_return_if_fail (TF_IS_FORM_VALUES (self));
  g_return_if_fail (field_id != NULL && *field_id != '\0');

  if (value == NULL)
    {
      g_hash_table_remove (self->values, field_id);
      return;
    }

  owned = g_variant_ref_sink (value);
  g_return_if_fail (is_value_type (owned));

  if (g_variant_is_of_type (owned, G_VARIANT_TYPE_STRING))
    {
      const char *text = g_variant_get_string (owned, NULL);

      if (*text == '\0')
        {
          g_hash_table_remove (self->values, field_id);
          return;
        }
    }
  else if (g_variant_is_of_type (owned, G_VARIANT_TYPE_DOUBLE))
    g_return_if_fail (isfinite (g_variant_get_double (owned)));

  _tf_form_values_store_value (self, field_id, owned);
}

/**
 * tf_form_values_set_string:
 * @value: (nullable): UTF-8 text; %NULL or "" unsets the field
 *
 * For TEXT, LONG_TEXT, DATE (ISO) and CHOICE (the choice's id) fields.
 */
void
tf_form_values_set_string (TfFormValues *self,
                           const char   *field_id,
                           const char   *value)
{
  g_return_if_fail (TF_IS_FORM_VALUES (self));
  g_return_if_fail (field_id != NULL && *field_id != '\0');
  g_return_if_fail (value == NULL || g_utf8_validate (value, -1, NULL));

  if (value == NULL || *value == '\0')
    g_hash_table_remove (self->values, field_id);
  else
    _tf_form_values_store_value (self, field_id, g_variant_new_string (value));
}

/**
 * tf_form_values_get_string:
 *
 * Returns: (transfer none) (nullable): the text, or %NULL when the field has
 *   no value or a value that is not text
 */
const char *
tf_form_values_get_string (TfFormValues *self,
                           const char   *field_id)
{
  GVariant *value;

  g_return_val_if_fail (TF_IS_FORM_VALUES (self), NULL);
  g_return_val_if_fail (field_id != NULL, NULL);

  value = g_hash_table_lookup (self->values, field_id);
  if (value == NULL || !g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return NULL;
  return g_variant_get_string (value, NULL);
}

/**
 * tf_form_values_set_number:
 * @value: a finite number
 *
 * For NUMBER fields. The value is kept as a real number, also when it is
 * whole, and written to JSON as one ("5.0").
 */
void
tf_form_values_set_number (TfFormValues *self,
                           const char   *field_id,
                           double        value)
{
  g_return_if_fail (TF_IS_FORM_VALUES (self));
  g_return_if_fail (field_id != NULL && *field_id != '\0');
  g_return_if_fail (isfinite (value));

  _tf_form_values_store_value (self, field_id, g_variant_new_double (value));
}

/**
 * tf_form_values_get_number:
 *
 * Returns: the number (an integer value is converted), 0 when the field has
 *   no numeric value
 */
double
tf_form_values_get_number (TfFormValues *self,
                           const char   *field_id)
{
  GVariant *value;

  g_return_val_if_fail (TF_IS_FORM_VALUES (self), 0.0);
  g_return_val_if_fail (field_id != NULL, 0.0);

  value = g_hash_table_lookup (self->values, field_id);
  if (value == NULL)
    return 0.0;
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    return g_variant_get_double (value);
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    return (double) g_variant_get_int64 (value);
  return 0.0;
}

/**
 * tf_form_values_set_integer:
 *
 * For MONEY (øre), SCALE and STAFF (the staff member's id) fields.
 */
void
tf_form_values_set_integer (TfFormValues *self,
                            const char   *field_id,
                            gint64        value)
{
  g_return_if_fail (TF_IS_FORM_VALUES (self));
  g_return_if_fail (field_id != NULL && *field_id != '\0');

  _tf_form_values_store_value (self, field_id, g_variant_new_int64 (value));
}

/**
 * tf_form_values_get_integer:
 *
 * Returns: the whole number, 0 when the field has no whole-number value (a
 *   real number is returned only when it is whole)
 */
gint64
tf_form_values_get_integer (TfFormValues *self,
                            const char   *field_id)
{
  GVariant *value;

  g_return_val_if_fail (TF_IS_FORM_VALUES (self), 0);
  g_return_val_if_fail (field_id != NULL, 0);

  value = g_hash_table_lookup (self->values, field_id);
  if (value == NULL)
    return 0;
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    return g_variant_get_int64 (value);
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    {
      double number = g_variant_get_double (value);

      /* 2^63 is exactly representable; anything at or past it is not a gint64 */
      if (number == floor (number) && number >= -9223372036854775808.0 && number < 9223372036854775808.0)
        return (gint64) number;
    }
  return 0;
}

/**
 * tf_form_values_set_boolean:
 *
 * For BOOLEAN (yes/no) fields.
 */
void
tf_form_values_set_boolean (TfFormValues *self,
                            const char   *field_id,
                            gboolean      value)
{
  g_return_if_fail (TF_IS_FORM_VALUES (self));
  g_return_if_fail (field_id != NULL && *field_id != '\0');

  _tf_form_values_store_value (self, field_id, g_variant_new_boolean (value != FALSE));
}

/**
 * tf_form_values_get_boolean:
 *
 * Returns: the yes/no value, %FALSE when the field has none
 */
gboolean
tf_form_values_get_boolean (TfFormValues *self,
                            const char   *field_id)
{
  GVariant *value;

  g_return_val_if_fail (TF_IS_FORM_VALUES (self), FALSE);
  g_return_val_if_fail (field_id != NULL, FALSE);

  value = g_hash_table_lookup (self->values, field_id);
  if (value == NULL || !g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
    return FALSE;
  return g_variant_get_boolean (value);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * tf_form_values_get_keys:
 *
 * Returns: (transfer container) (element-type utf8): the field ids that have
 *   a value, in byte order; the strings belong to @self
 */
GPtrArray *
tf_form_values_get_keys (TfFormValues *self)
{
  GPtrArray *keys;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (TF_IS_FORM_VALUES (self), NULL);

  keys = g_ptr_array_sized_new (g_hash_table_size (self->values));
  g_hash_table_iter_init (&iter, self->values);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (keys, key);
  g_ptr_array_sort (keys, compare_strings);
  return keys;
}

/**
 * tf_form_values_equal:
 *
 * Returns: whether @a and @b hold the same fields with the same typed values
 *   (the integer 5 and the real number 5.0 differ)
 */
gboolean
tf_form_values_equal (TfFormValues *a,
                      TfFormValues *b)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (TF_IS_FORM_VALUES (a), FALSE);
  g_return_val_if_fail (TF_IS_FORM_VALUES (b), FALSE);

  if (g_hash_table_size (a->values) != g_hash_table_size (b->values))
    return FALSE;
  g_hash_table_iter_init (&iter, a->values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GVariant *other = g_hash_table_lookup (b->values, key);

      if (other == NULL || !g_variant_equal (value, other))
        return FALSE;
    }
  return TRUE;
}
