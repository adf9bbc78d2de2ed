/* tf-form-field.c — one field of a form: what it takes and how its value is checked
 *
 * A field is declared in an area file: its id, label and help, the kind of
 * value it takes, whether it is required, bounds, choices and sample values
 * for demo data. The area parser (tf-area-forms.c) fills it in through
 * tf-form-private.h; everyone else only reads it. tf_field_validate() says,
 * in words for the person at the desk, what is wrong with a value.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-form.h"
#include "tf-form-private.h"
#include "tf-format.h"
#include "tf-util-private.h"

/* Longest text a field takes, in characters. */
#define TEXT_MAX_CHARS      500
#define LONG_TEXT_MAX_CHARS 10000

struct _TfField
{
  GObject      parent_instance;

  char        *id;
  char        *label;
  char        *help;
  TfFieldType  type;
  gboolean     required;
  gboolean     has_min;
  gboolean     has_max;
  double       min;
  double       max;
  GPtrArray   *choice_ids;     /* NULL-terminated */
  GPtrArray   *choice_labels;
  char       **demo_values;
};

G_DEFINE_FINAL_TYPE (TfField, tf_field, G_TYPE_OBJECT)

enum {
  FIELD_PROP_0,
  FIELD_PROP_ID,
  FIELD_PROP_LABEL,
  FIELD_PROP_HELP,
  FIELD_PROP_FIELD_TYPE,
  FIELD_PROP_REQUIRED,
  FIELD_N_PROPS
};
static GParamSpec *field_properties[FIELD_N_PROPS];

static void
tf_field_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  TfField *self = TF_FIELD (object);

  switch (prop_id)
    {
    case FIELD_PROP_ID: g_value_set_string (value, self->id); break;
    case FIELD_PROP_LABEL: g_value_set_string (value, self->label); break;
    case FIELD_PROP_HELP: g_value_set_string (value, self->help); break;
    case FIELD_PROP_FIELD_TYPE: g_value_set_enum (value, self->type); break;
    case FIELD_PROP_REQUIRED: g_value_set_boolean (value, self->required); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_field_finalize (GObject *object)
{
  TfField *self = TF_FIELD (object);

  g_free (self->id);
  g_free (self->label);
  g_free (self->help);
  g_ptr_array_unref (self->choice_ids);
  g_ptr_array_unref (self->choice_labels);
  g_strfreev (self->demo_values);

  G_OBJECT_CLASS (tf_field_parent_class)->finalize (object);
}

static void
tf_field_class_init (TfFieldClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tf_field_get_property;
  object_class->finalize = tf_field_finalize;

  field_properties[FIELD_PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  field_properties[FIELD_PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, ro);
  field_properties[FIELD_PROP_HELP] = g_param_spec_string ("help", NULL, NULL, NULL, ro);
  field_properties[FIELD_PROP_FIELD_TYPE] = g_param_spec_enum ("field-type", NULL, NULL,
                                                               TF_TYPE_FIELD_TYPE, TF_FIELD_TEXT, ro);
  field_properties[FIELD_PROP_REQUIRED] = g_param_spec_boolean ("required", NULL, NULL, FALSE, ro);
  g_object_class_install_properties (object_class, FIELD_N_PROPS, field_properties);
}

static void
tf_field_init (TfField *self)
{
  self->choice_ids = g_ptr_array_new_null_terminated (4, g_free, TRUE);
  self->choice_labels = g_ptr_array_new_with_free_func (g_free);
  self->demo_values = g_new0 (char *, 1);
}

TfField *
_tf_field_new (const char  *id,
               TfFieldType  type)
{
  TfField *self = g_object_new (TF_TYPE_FIELD, NULL);

  self->id = g_strdup (id);
  self->type = type;
  return self;
}

void
_tf_field_set_label (TfField    *self,
                     const char *label)
{
  tf_set_str (&self->label, label);
}

void
_tf_field_set_help (TfField    *self,
                    const char *help)
{
  tf_set_str (&self->help, help);
}

void
_tf_field_set_required (TfField  *self,
                        gboolean  required)
{
  self->required = required;
}

void
_tf_field_set_min (TfField *self,
                   double   min)
{
  self->has_min = TRUE;
  self->min = min;
}

void
_tf_field_set_max (TfField *self,
                   double   max)
{
  self->has_max = TRUE;
  self->max = max;
}

void
_tf_field_add_choice (TfField    *self,
                      const char *choice_id,
                      const char *label)
{
  g_ptr_array_add (self->choice_ids, g_strdup (choice_id));
  g_ptr_array_add (self->choice_labels, g_strdup (label));
}

gboolean
_tf_field_has_choice (TfField    *self,
                      const char *choice_id)
{
  return tf_field_get_choice_label (self, choice_id) != NULL;
}

void
_tf_field_set_demo_values (TfField            *self,
                           const char * const *values)
{
  g_strfreev (self->demo_values);
  self->demo_values = values != NULL ? g_strdupv ((char **) values) : g_new0 (char *, 1);
}

/**
 * tf_field_get_id:
 *
 * Returns: (transfer none): the field's id, the key of its value in
 *   #TfFormValues and in the stored JSON
 */
const char *
tf_field_get_id (TfField *self)
{
  g_return_val_if_fail (TF_IS_FIELD (self), NULL);
  return self->id;
}

/**
 * tf_field_get_label:
 *
 * Returns: (transfer none): the translated label
 */
const char *
tf_field_get_label (TfField *self)
{
  g_return_val_if_fail (TF_IS_FIELD (self), NULL);
  return self->label;
}

/**
 * tf_field_get_help:
 *
 * Returns: (transfer none) (nullable): the translated help text
 */
const char *
tf_field_get_help (TfField *self)
{
  g_return_val_if_fail (TF_IS_FIELD (self), NULL);
  return self->help;
}

/**
 * tf_field_get_field_type:
 *
 * Returns: what kind of value the field takes
 */
TfFieldType
tf_field_get_field_type (TfField *self)
{
  g_return_val_if_fail (TF_IS_FIELD (self), TF_FIELD_TEXT);
  return self->type;
}

/**
 * tf_field_get_required:
 *
 * Returns: whether the form is valid only with a value in this field
 */
gboolean
tf_field_get_required (TfField *self)
{
  g_return_val_if_fail (TF_IS_FIELD (self), FALSE);
  return self->required;
}

/**
 * tf_field_get_min:
 * @min: (out) (optional): the lower bound (kroner for money)
 *
 * Returns: whether the area file gives the field a lower bound
 */
gboolean
tf_field_get_min (TfField *self,
                  double  *min)
{
  g_return_val_if_fail (TF_IS_FIELD (self), FALSE);

  if (self->has_min && min != NULL)
    *min = self->min;
  return self->has_min;
}

/**
 * tf_field_get_max:
 * @max: (out) (optional): the upper bound (kroner for money)
 *
 * Returns: whether the area file gives the field an upper bound
 */
gboolean
tf_field_get_max (TfField *self,
                  double  *max)
{
  g_return_val_if_fail (TF_IS_FIELD (self), FALSE);

  if (self->has_max && max != NULL)
    *max = self->max;
  return self->has_max;
}

/**
 * tf_field_get_choice_ids:
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of a choice
 *   field's choices in file order; empty for other fields
 */
const char * const *
tf_field_get_choice_ids (TfField *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (TF_IS_FIELD (self), none);

  if (self->choice_ids->pdata == NULL)
    return none;
  return (const char * const *) self->choice_ids->pdata;
}

/**
 * tf_field_get_choice_label:
 *
 * Returns: (transfer none) (nullable): the translated label of
 *   @choice_id, %NULL when the field has no such choice
 */
const char *
tf_field_get_choice_label (TfField    *self,
                           const char *choice_id)
{
  g_return_val_if_fail (TF_IS_FIELD (self), NULL);

  if (choice_id == NULL)
    return NULL;
  for (guint i = 0; i < self->choice_labels->len; i++)
    if (g_str_equal (g_ptr_array_index (self->choice_ids, i), choice_id))
      return g_ptr_array_index (self->choice_labels, i);
  return NULL;
}

/**
 * tf_field_get_demo_values:
 *
 * Returns: (transfer none) (array zero-terminated=1): sample values for
 *   demo data, as written in the area file (ISO dates, kroner for money,
 *   true/false, choice ids); may be empty
 */
const char * const *
tf_field_get_demo_values (TfField *self)
{
  g_return_val_if_fail (TF_IS_FIELD (self), NULL);
  return (const char * const *) self->demo_values;
}

/* ---- numbers for people -------------------------------------------------- */

char *
_tf_format_number (double value)
{
  char *text;

  if (value == 0)
    value = 0;  /* no "-0" */
  text = _tf_dtostr_shortest (value);
  g_strdelimit (text, ".", ',');
  return text;
}

static char *
format_kroner (double kroner)
{
  return tf_format_money ((gint64) llround (kroner * 100));
}

/* ---- validation ---------------------------------------------------------- */

typedef char *(*FormatBound) (double bound);

static char *
format_whole (double bound)
{
  return g_strdup_printf ("%.0f", bound);
}

/* "Absence must be between 0 and 100." and the like; NULL when in range. */
static char *
check_range (TfField     *self,
             double       value,
             gboolean     has_min,
             double       min,
             gboolean     has_max,
             double       max,
             FormatBound  format)
{
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  if ((!has_min || value >= min) && (!has_max || value <= max))
    return NULL;

  low = has_min ? format (min) : NULL;
  high = has_max ? format (max) : NULL;
  if (has_min && has_max)
    return g_strdup_printf (_("%s must be between %s and %s."), self->label, low, high);
  if (has_min)
    return g_strdup_printf (_("%s must be at least %s."), self->label, low);
  return g_strdup_printf (_("%s must be at most %s."), self->label, high);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static char *
check_text (TfField    *self,
            const char *text)
{
  glong length, limit;

  if (self->required && is_blank (text))
    return g_strdup_printf (_("Enter %s."), self->label);

  limit = self->type == TF_FIELD_TEXT ? TEXT_MAX_CHARS : LONG_TEXT_MAX_CHARS;
  length = g_utf8_strlen (text, -1);
  if (length > limit)
    return g_strdup_printf (_("%s is too long: %ld characters, at most %ld are allowed."),
                            self->label, length, limit);
  if (self->type == TF_FIELD_TEXT && strpbrk (text, "\r\n") != NULL)
    return g_strdup_printf (_("%s must be on one line."), self->label);
  return NULL;
}

static char *
check_value (TfField  *self,
             GVariant *value)
{
  gboolean is_string, is_int, is_double;

  if (value == NULL)
    {
      if (!self->required)
        return NULL;
      if (self->type == TF_FIELD_CHOICE || self->type == TF_FIELD_BOOLEAN || self->type == TF_FIELD_STAFF)
        return g_strdup_printf (_("Choose %s."), self->label);
      return g_strdup_printf (_("Enter %s."), self->label);
    }

  is_string = g_variant_is_of_type (value, G_VARIANT_TYPE_STRING);
  is_int = g_variant_is_of_type (value, G_VARIANT_TYPE_INT64);
  is_double = g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE);

  switch (self->type)
    {
    case TF_FIELD_TEXT:
    case TF_FIELD_LONG_TEXT:
      if (!is_string)
        return g_strdup_printf (_("%s must be text."), self->label);
      return check_text (self, g_variant_get_string (value, NULL));

    case TF_FIELD_DATE:
      if (!is_string || !tf_iso_date_is_valid (g_variant_get_string (value, NULL)))
        return g_strdup_printf (_("%s is not a real date. Enter it as day, month and year."), self->label);
      return NULL;

    case TF_FIELD_NUMBER:
      if (!is_int && !is_double)
        return g_strdup_printf (_("%s must be a number."), self->label);
      return check_range (self, is_int ? (double) g_variant_get_int64 (value) : g_variant_get_double (value),
                          self->has_min, self->min, self->has_max, self->max, _tf_format_number);

    case TF_FIELD_MONEY:
      {
        gint64 ore;

        if (!is_int)
          return g_strdup_printf (_("%s must be an amount in kroner and øre."), self->label);
        ore = g_variant_get_int64 (value);
        if (ore < 0)
          return g_strdup_printf (_("%s cannot be negative."), self->label);
        /* Bounds are in kroner; compare in kroner so no bound overflows */
        return check_range (self, ore / 100.0, self->has_min, self->min,
                            self->has_max, self->max, format_kroner);
      }

    case TF_FIELD_SCALE:
      {
        double low = self->has_min ? MAX (self->min, SCALE_MIN) : SCALE_MIN;
        double high = self->has_max ? MIN (self->max, SCALE_MAX) : SCALE_MAX;

        if (!is_int)
          {
            g_autofree char *low_text = format_whole (low);
            g_autofree char *high_text = format_whole (high);

            return g_strdup_printf (_("%s must be a whole number between %s and %s."),
                                    self->label, low_text, high_text);
          }
        return check_range (self, (double) g_variant_get_int64 (value), TRUE, low, TRUE, high, format_whole);
      }

    case TF_FIELD_BOOLEAN:
      if (!g_variant_is_of_type (value, G_VARIANT_TYPE_BOOLEAN))
        return g_strdup_printf (_("%s must be yes or no."), self->label);
      return NULL;

    case TF_FIELD_CHOICE:
      if (!is_string || !_tf_field_has_choice (self, g_variant_get_string (value, NULL)))
        return g_strdup_printf (_("Choose one of the options for %s."), self->label);
      return NULL;

    case TF_FIELD_STAFF:
      if (!is_int || g_variant_get_int64 (value) <= 0)
        return g_strdup_printf (_("Choose a staff member for %s."), self->label);
      return NULL;

    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * tf_field_validate:
 * @values: the values of the form the field belongs to
 *
 * Checks the field's value in @values against the field's rules: required,
 * the right type, text length, a real date, bounds, a known choice.
 *
 * Returns: (transfer full) (nullable): a translated message saying what to
 *   fix, or %NULL when the value is valid
 */
char *
tf_field_validate (TfField      *self,
                   TfFormValues *values)
{
  g_return_val_if_fail (TF_IS_FIELD (self), NULL);
  g_return_val_if_fail (TF_IS_FORM_VALUES (values), NULL);

  return check_value (self, tf_form_values_get_value (values, self->id));
}
