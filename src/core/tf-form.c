/* tf-form.c — forms declared as data: fields, their rules, how values read
 *
 * The form itself is here: its fields in file order, how a set of values is
 * checked against them, and how a value reads for people. One field, its
 * rules and its messages are in tf-form-field.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-form.h"
#include "tf-form-private.h"
#include "tf-format.h"
#include "tf-util-private.h"

G_DEFINE_ENUM_TYPE (TfFieldType, tf_field_type,
  G_DEFINE_ENUM_VALUE (TF_FIELD_TEXT, "text"),
  G_DEFINE_ENUM_VALUE (TF_FIELD_LONG_TEXT, "longtext"),
  G_DEFINE_ENUM_VALUE (TF_FIELD_DATE, "date"),
  G_DEFINE_ENUM_VALUE (TF_FIELD_NUMBER, "number"),
  G_DEFINE_ENUM_VALUE (TF_FIELD_MONEY, "money"),
  G_DEFINE_ENUM_VALUE (TF_FIELD_BOOLEAN, "boolean"),
  G_DEFINE_ENUM_VALUE (TF_FIELD_CHOICE, "choice"),
  G_DEFINE_ENUM_VALUE (TF_FIELD_SCALE, "scale"),
  G_DEFINE_ENUM_VALUE (TF_FIELD_STAFF, "staff"))

G_DEFINE_ENUM_TYPE (TfFormCategory, tf_form_category,
  G_DEFINE_ENUM_VALUE (TF_FORM_RECORD, "record"),
  G_DEFINE_ENUM_VALUE (TF_FORM_INTERVENTION, "intervention"))

gboolean
_tf_field_type_from_string (const char  *name,
                            TfFieldType *type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (TF_TYPE_FIELD_TYPE);
  GEnumValue *value;

  if (name == NULL)
    return FALSE;
  value = g_enum_get_value_by_nick (klass, name);
  if (value == NULL)
    return FALSE;
  *type = value->value;
  return TRUE;
}

const char *
_tf_field_type_names (void)
{
  return "text, longtext, date, number, money, boolean, choice, scale, staff";
}

/* ---- TfForm -------------------------------------------------------------- */

struct _TfForm
{
  GObject         parent_instance;

  char           *id;
  char           *area_id;
  char           *title;
  char           *description;
  char           *budget_area;
  char           *date_field;
  char           *statistic;
  char           *statistic_field;
  TfFormCategory  category;
  gboolean        single;
  GListStore     *fields;
  GHashTable     *field_index;  /* id → TfField (borrowed from fields) */
  char          **summary_fields;
};

G_DEFINE_FINAL_TYPE (TfForm, tf_form, G_TYPE_OBJECT)

enum {
  FORM_PROP_0,
  FORM_PROP_ID,
  FORM_PROP_AREA_ID,
  FORM_PROP_TITLE,
  FORM_PROP_DESCRIPTION,
  FORM_PROP_CATEGORY,
  FORM_PROP_BUDGET_AREA,
  FORM_PROP_SINGLE,
  FORM_PROP_DATE_FIELD,
  FORM_N_PROPS
};
static GParamSpec *form_properties[FORM_N_PROPS];

static void
tf_form_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  TfForm *self = TF_FORM (object);

  switch (prop_id)
    {
    case FORM_PROP_ID: g_value_set_string (value, self->id); break;
    case FORM_PROP_AREA_ID: g_value_set_string (value, self->area_id); break;
    case FORM_PROP_TITLE: g_value_set_string (value, self->title); break;
    case FORM_PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case FORM_PROP_CATEGORY: g_value_set_enum (value, self->category); break;
    case FORM_PROP_BUDGET_AREA: g_value_set_string (value, self->budget_area); break;
    case FORM_PROP_SINGLE: g_value_set_boolean (value, self->single); break;
    case FORM_PROP_DATE_FIELD: g_value_set_string (value, self->date_field); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_form_finalize (GObject *object)
{
  TfForm *self = TF_FORM (object);

  g_free (self->id);
  g_free (self->area_id);
  g_free (self->title);
  g_free (self->description);
  g_free (self->budget_area);
  g_free (self->date_field);
  g_free (self->statistic);
  g_free (self->statistic_field);
  g_hash_table_unref (self->field_index);
  g_object_unref (self->fields);
  g_strfreev (self->summary_fields);

  G_OBJECT_CLASS (tf_form_parent_class)->finalize (object);
}

static void
tf_form_class_init (TfFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tf_form_get_property;
  object_class->finalize = tf_form_finalize;

  form_properties[FORM_PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  form_properties[FORM_PROP_AREA_ID] = g_param_spec_string ("area-id", NULL, NULL, NULL, ro);
  form_properties[FORM_PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  form_properties[FORM_PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, ro);
  form_properties[FORM_PROP_CATEGORY] = g_param_spec_enum ("category", NULL, NULL,
                                                           TF_TYPE_FORM_CATEGORY, TF_FORM_RECORD, ro);
  form_properties[FORM_PROP_BUDGET_AREA] = g_param_spec_string ("budget-area", NULL, NULL, NULL, ro);
  form_properties[FORM_PROP_SINGLE] = g_param_spec_boolean ("single", NULL, NULL, FALSE, ro);
  form_properties[FORM_PROP_DATE_FIELD] = g_param_spec_string ("date-field", NULL, NULL, NULL, ro);
  g_object_class_install_properties (object_class, FORM_N_PROPS, form_properties);
}

static void
tf_form_init (TfForm *self)
{
  self->fields = g_list_store_new (TF_TYPE_FIELD);
  self->field_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->summary_fields = g_new0 (char *, 1);
}

TfForm *
_tf_form_new (const char     *id,
              const char     *area_id,
              TfFormCategory  category)
{
  TfForm *self = g_object_new (TF_TYPE_FORM, NULL);

  self->id = g_strdup (id);
  self->area_id = g_strdup (area_id);
  self->category = category;
  return self;
}

void
_tf_form_set_title (TfForm     *self,
                    const char *title)
{
  tf_set_str (&self->title, title);
}

void
_tf_form_set_description (TfForm     *self,
                          const char *description)
{
  tf_set_str (&self->description, description);
}

void
_tf_form_set_budget_area (TfForm     *self,
                          const char *budget_area)
{
  tf_set_str (&self->budget_area, budget_area);
}

void
_tf_form_set_single (TfForm   *self,
                     gboolean  single)
{
  self->single = single;
}

void
_tf_form_set_statistic (TfForm     *self,
                        const char *statistic,
                        const char *field_id)
{
  tf_set_str (&self->statistic, statistic);
  tf_set_str (&self->statistic_field, field_id);
}

void
_tf_form_set_date_field (TfForm     *self,
                         const char *field_id)
{
  tf_set_str (&self->date_field, field_id);
}

void
_tf_form_set_summary_fields (TfForm             *self,
                             const char * const *field_ids)
{
  g_strfreev (self->summary_fields);
  self->summary_fields = field_ids != NULL ? g_strdupv ((char **) field_ids) : g_new0 (char *, 1);
}

void
_tf_form_add_field (TfForm  *self,
                    TfField *field)
{
  const char *id = tf_field_get_id (field);

  g_return_if_fail (!g_hash_table_contains (self->field_index, id));

  g_list_store_append (self->fields, field);
  g_hash_table_insert (self->field_index, (char *) id, field);
}

/**
 * tf_form_get_id:
 *
 * Returns: (transfer none): the form's id, unique among all areas; records
 *   store it as their kind
 */
const char *
tf_form_get_id (TfForm *self)
{
  g_return_val_if_fail (TF_IS_FORM (self), NULL);
  return self->id;
}

/**
 * tf_form_get_area_id:
 *
 * Returns: (transfer none): the id of the area that declares the form
 */
const char *
tf_form_get_area_id (TfForm *self)
{
  g_return_val_if_fail (TF_IS_FORM (self), NULL);
  return self->area_id;
}

/**
 * tf_form_get_title:
 *
 * Returns: (transfer none): the translated title
 */
const char *
tf_form_get_title (TfForm *self)
{
  g_return_val_if_fail (TF_IS_FORM (self), NULL);
  return self->title;
}

/**
 * tf_form_get_description:
 *
 * Returns: (transfer none) (nullable): the translated description
 */
const char *
tf_form_get_description (TfForm *self)
{
  g_return_val_if_fail (TF_IS_FORM (self), NULL);
  return self->description;
}

/**
 * tf_form_get_category:
 *
 * Returns: whether the form is a record or an intervention
 */
TfFormCategory
tf_form_get_category (TfForm *self)
{
  g_return_val_if_fail (TF_IS_FORM (self), TF_FORM_RECORD);
  return self->category;
}

/**
 * tf_form_get_budget_area:
 *
 * Returns: (transfer none) (nullable): the budget area of an intervention
 *   ("mentor", "family", "network", "school", "leisure", "job"), %NULL for a
 *   record
 */
const char *
tf_form_get_budget_area (TfForm *self)
{
  g_return_val_if_fail (TF_IS_FORM (self), NULL);
  return self->budget_area;
}

/**
 * tf_form_get_single:
 *
 * Returns: whether the area keeps one current record of this form (its
 *   details card)
 */
gboolean
tf_form_get_single (TfForm *self)
{
  g_return_val_if_fail (TF_IS_FORM (self), FALSE);
  return self->single;
}

/**
 * tf_form_get_fields:
 *
 * Returns: (transfer none): a #GListModel of #TfField in form order
 */
GListModel *
tf_form_get_fields (TfForm *self)
{
  g_return_val_if_fail (TF_IS_FORM (self), NULL);
  return G_LIST_MODEL (self->fields);
}

/**
 * tf_form_find_field:
 *
 * Returns: (transfer none) (nullable): the field @field_id
 */
TfField *
tf_form_find_field (TfForm     *self,
                    const char *field_id)
{
  g_return_val_if_fail (TF_IS_FORM (self), NULL);

  if (field_id == NULL)
    return NULL;
  return g_hash_table_lookup (self->field_index, field_id);
}

/**
 * tf_form_get_date_field:
 *
 * Returns: (transfer none) (nullable): the id of the date field that dates
 *   a record: DateField= from the area file; for a record form without it,
 *   "date" when the form has such a date field; else %NULL
 */
const char *
tf_form_get_date_field (TfForm *self)
{
  g_return_val_if_fail (TF_IS_FORM (self), NULL);
  return self->date_field;
}

/**
 * tf_form_get_statistic:
 *
 * Returns: (transfer none) (nullable): what the form's records count as in
 *   the taskforce's figures (Statistic= in the area file: "legal-basis",
 *   "police-contact" or "group-activity"), or %NULL
 */
const char *
tf_form_get_statistic (TfForm *self)
{
  g_return_val_if_fail (TF_IS_FORM (self), NULL);
  return self->statistic;
}

/**
 * tf_form_get_statistic_field:
 *
 * Returns: (transfer none) (nullable): the choice field the figures break
 *   the records down by (StatisticField=), or %NULL
 */
const char *
tf_form_get_statistic_field (TfForm *self)
{
  g_return_val_if_fail (TF_IS_FORM (self), NULL);
  return self->statistic_field;
}

/**
 * tf_form_get_summary_fields:
 *
 * Returns: (transfer none) (array zero-terminated=1): the ids of the fields
 *   shown in one line when records are listed (may be empty)
 */
const char * const *
tf_form_get_summary_fields (TfForm *self)
{
  g_return_val_if_fail (TF_IS_FORM (self), NULL);
  return (const char * const *) self->summary_fields;
}

/**
 * tf_form_validate:
 * @values: the values to check
 *
 * Checks every field's value against its rules (see tf_field_validate())
 * and refuses values for fields the form does not have.
 *
 * Returns: (transfer full) (nullable) (element-type utf8 utf8): %NULL when
 *   @values are valid for the form, else field id → translated message
 *   saying what to fix
 */
GHashTable *
tf_form_validate (TfForm       *self,
                  TfFormValues *values)
{
  g_autoptr(GHashTable) problems = NULL;
  g_autoptr(GPtrArray) keys = NULL;
  guint n_fields;

  g_return_val_if_fail (TF_IS_FORM (self), NULL);
  g_return_val_if_fail (TF_IS_FORM_VALUES (values), NULL);

  problems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  n_fields = g_list_model_get_n_items (G_LIST_MODEL (self->fields));
  for (guint i = 0; i < n_fields; i++)
    {
      g_autoptr(TfField) field = g_list_model_get_item (G_LIST_MODEL (self->fields), i);
      char *message = tf_field_validate (field, values);

      if (message != NULL)
        g_hash_table_insert (problems, g_strdup (tf_field_get_id (field)), message);
    }

  keys = tf_form_values_get_keys (values);
  for (guint i = 0; i < keys->len; i++)
    {
      const char *key = g_ptr_array_index (keys, i);

      if (!g_hash_table_contains (self->field_index, key))
        g_hash_table_insert (problems, g_strdup (key),
                             g_strdup_printf (_("The form has no field “%s”."), key));
    }

  if (g_hash_table_size (problems) == 0)
    return NULL;
  return g_steal_pointer (&problems);
}

/* A value whose type does not fit its field: shown as it is, not hidden. */
static char *
format_raw (GVariant *value)
{
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
    return g_variant_dup_string (value, NULL);
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
    return g_strdup_printf ("%" G_GINT64_FORMAT, g_variant_get_int64 (value));
  if (g_variant_is_of_type (value, G_VARIANT_TYPE_DOUBLE))
    return _tf_format_number (g_variant_get_double (value));
  return g_strdup (g_variant_get_boolean (value) ? _("Yes") : _("No"));
}

/**
 * tf_form_format_value:
 * @values: the form's values
 * @field_id: one of the form's fields
 *
 * The value as a person reads it: dates as "3. dec. 2025", money as
 * "1.200,50 kr.", yes/no, a choice by its label, numbers with a decimal
 * comma ("12,5"), a scale as "7 / 10". A staff field gives the staff
 * member's id as text: the core cannot name staff without a session, so a
 * caller that shows staff names resolves the id itself. A value of the wrong
 * type, or a choice the field does not have, is shown as it is.
 *
 * Returns: (transfer full) (nullable): the text, %NULL when the field has no
 *   value or the form no such field
 */
char *
tf_form_format_value (TfForm       *self,
                      TfFormValues *values,
                      const char   *field_id)
{
  TfField *field;
  GVariant *value;

  g_return_val_if_fail (TF_IS_FORM (self), NULL);
  g_return_val_if_fail (TF_IS_FORM_VALUES (values), NULL);
  g_return_val_if_fail (field_id != NULL, NULL);

  field = tf_form_find_field (self, field_id);
  value = tf_form_values_get_value (values, field_id);
  if (field == NULL || value == NULL)
    return NULL;

  switch (tf_field_get_field_type (field))
    {
    case TF_FIELD_DATE:
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        return tf_format_date (g_variant_get_string (value, NULL));
      break;

    case TF_FIELD_NUMBER:
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
        return _tf_format_number ((double) g_variant_get_int64 (value));
      break;

    case TF_FIELD_MONEY:
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
        return tf_format_money (g_variant_get_int64 (value));
      break;

    case TF_FIELD_CHOICE:
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_STRING))
        {
          const char *label = tf_field_get_choice_label (field, g_variant_get_string (value, NULL));

          if (label != NULL)
            return g_strdup (label);
        }
      break;

    case TF_FIELD_SCALE:
      if (g_variant_is_of_type (value, G_VARIANT_TYPE_INT64))
        return g_strdup_printf ("%" G_GINT64_FORMAT " / %d", g_variant_get_int64 (value), SCALE_MAX);
      break;

    case TF_FIELD_TEXT:
    case TF_FIELD_LONG_TEXT:
    case TF_FIELD_BOOLEAN:
    case TF_FIELD_STAFF:
    default:
      break;
    }
  return format_raw (value);
}

/**
 * tf_form_summarize:
 * @values: the form's values
 *
 * The summary fields' values as text (tf_form_format_value()), joined with
 * " · " and skipping fields without a value: "Kattegatskolen · 9.B".
 *
 * Returns: (transfer full): the summary, "" when none of the summary fields
 *   has a value
 */
char *
tf_form_summarize (TfForm       *self,
                   TfFormValues *values)
{
  GString *out;

  g_return_val_if_fail (TF_IS_FORM (self), NULL);
  g_return_val_if_fail (TF_IS_FORM_VALUES (values), NULL);

  out = g_string_new (NULL);
  for (guint i = 0; self->summary_fields[i] != NULL; i++)
    {
      g_autofree char *text = tf_form_format_value (self, values, self->summary_fields[i]);

      if (text == NULL || *text == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, " · ");
      g_string_append (out, text);
    }
  return g_string_free (out, FALSE);
}
