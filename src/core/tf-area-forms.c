/* tf-area-forms.c — the forms of an area file: [Form], [Field] and [Choice] groups
 *
 * Builds each TfForm with its fields and choices from the area file, then
 * checks each form as a whole once all its fields and choices are known
 * (_tf_area_finish_form): sample values, a record form's date field, its
 * summary. Forms carry most of the area file's rules, so they have a file
 * of their own; TfForm and TfField are filled in through tf-form-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "tf-area-private.h"
#include "tf-form-private.h"

/* What a form's records may count as in the figures (Statistic=):
 * a support decision whose choice field is the case's legal basis, a
 * contact with the police (re-offending), a group activity. */
static const char * const statistics[] = {
  "legal-basis", "police-contact", "group-activity", NULL
};

static const char * const budget_areas[] = {
  "mentor", "family", "network", "school", "leisure", "job", NULL
};

/* The record store keeps these for every intervention, beside the form's
 * values (see tf_record_validate()), so an intervention's field may not
 * take their names. */
static const char * const intervention_columns[] = {
  "status", "starts-on", "ends-on", "planned-cost", "actual-cost", NULL
};

gboolean
_tf_area_parse_form_group (Parser  *parser,
                           Group   *group,
                           GError **error)
{
  static const char * const allowed[] = {
    "Title", "Description", "Category", "Single", "DateField", "Summary", "BudgetArea",
    "Statistic", "StatisticField", NULL
  };
  const char *name = group->name;
  g_autoptr(TfForm) form = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  g_autofree char *category = NULL;
  g_autofree char *budget_area = NULL;
  g_autofree char *date_field = NULL;
  g_autofree char *statistic = NULL;
  g_autofree char *statistic_field = NULL;
  g_auto(GStrv) summary = NULL;
  TfFormCategory kind = TF_FORM_RECORD;
  gboolean single;

  if (!_tf_area_check_keys (parser, name, allowed, error)
      || !_tf_area_get_string (parser, name, "Title", TRUE, TRUE, &title, error)
      || !_tf_area_get_string (parser, name, "Description", FALSE, TRUE, &description, error)
      || !_tf_area_get_string (parser, name, "Category", FALSE, FALSE, &category, error)
      || !_tf_area_get_string (parser, name, "BudgetArea", FALSE, FALSE, &budget_area, error)
      || !_tf_area_get_string (parser, name, "DateField", FALSE, FALSE, &date_field, error)
      || !_tf_area_get_string (parser, name, "Statistic", FALSE, FALSE, &statistic, error)
      || !_tf_area_get_string (parser, name, "StatisticField", FALSE, FALSE, &statistic_field, error)
      || !_tf_area_get_list (parser, name, "Summary", &summary, error)
      || !_tf_area_get_boolean (parser, name, "Single", FALSE, &single, error))
    return FALSE;

  if (g_strcmp0 (category, "intervention") == 0)
    kind = TF_FORM_INTERVENTION;
  else if (category != NULL && !g_str_equal (category, "record"))
    return _tf_area_fail (error, name, "Category", _("“%s” is not a category; use record or intervention"), category);

  if (kind == TF_FORM_INTERVENTION)
    {
      g_autofree char *names = g_strjoinv (", ", (char **) budget_areas);

      if (budget_area == NULL)
        return _tf_area_fail (error, name, "BudgetArea", _("an intervention needs a budget area: one of %s"), names);
      if (!g_strv_contains (budget_areas, budget_area))
        return _tf_area_fail (error, name, "BudgetArea", _("“%s” is not a budget area; use one of %s"),
                              budget_area, names);
      if (single)
        return _tf_area_fail (error, name, "Single", _("only a record form can be single"));
    }
  else if (budget_area != NULL)
    return _tf_area_fail (error, name, "BudgetArea", _("only an intervention form has a budget area"));

  if (statistic != NULL)
    {
      g_autofree char *names = g_strjoinv (", ", (char **) statistics);

      if (!g_strv_contains (statistics, statistic))
        return _tf_area_fail (error, name, "Statistic", _("“%s” is not a statistic; use one of %s"),
                              statistic, names);
      if (kind != TF_FORM_RECORD)
        return _tf_area_fail (error, name, "Statistic", _("only a record form counts as a statistic"));
      if (g_str_equal (statistic, "legal-basis") && statistic_field == NULL)
        return _tf_area_fail (error, name, "StatisticField",
                              _("name the choice field that holds the legal basis"));
    }
  else if (statistic_field != NULL)
    return _tf_area_fail (error, name, "StatisticField", _("StatisticField needs a Statistic"));

  form = _tf_form_new (group->ids[0], parser->area->id, kind);
  /* The field is checked once the fields are known (_tf_area_finish_form) */
  _tf_form_set_statistic (form, statistic, statistic_field);
  _tf_form_set_title (form, title);
  _tf_form_set_description (form, description);
  _tf_form_set_budget_area (form, budget_area);
  _tf_form_set_single (form, single);
  /* Checked once the fields are known (_tf_area_finish_form) */
  _tf_form_set_date_field (form, date_field);
  _tf_form_set_summary_fields (form, (const char * const *) summary);

  g_list_store_append (parser->area->forms, form);
  g_hash_table_insert (parser->forms, (char *) tf_form_get_id (form), form);
  return TRUE;
}

static gboolean
check_bound (const char  *group,
             const char  *key,
             TfFieldType  type,
             double       bound,
             GError     **error)
{
  if (type == TF_FIELD_MONEY && bound < 0)
    return _tf_area_fail (error, group, key, _("an amount cannot be negative"));
  if (type == TF_FIELD_SCALE && (bound < 0 || bound > 10 || bound != floor (bound)))
    return _tf_area_fail (error, group, key, _("a scale runs from 0 to 10 in whole numbers"));
  return TRUE;
}

gboolean
_tf_area_parse_field_group (Parser  *parser,
                            Group   *group,
                            GError **error)
{
  static const char * const allowed[] = {
    "Label", "Type", "Required", "Min", "Max", "Help", "Demo", NULL
  };
  const char *name = group->name;
  const char *form_id = group->ids[0];
  const char *field_id = group->ids[1];
  g_autoptr(TfField) field = NULL;
  g_autofree char *type_name = NULL;
  g_autofree char *label = NULL;
  g_autofree char *help = NULL;
  g_auto(GStrv) demo = NULL;
  TfForm *form;
  TfFieldType type;
  gboolean required, has_min, has_max;
  double min, max;

  form = g_hash_table_lookup (parser->forms, form_id);
  if (form == NULL)
    return _tf_area_fail (error, name, NULL, _("there is no [Form %s] in the file"), form_id);
  if (tf_form_get_category (form) == TF_FORM_INTERVENTION && g_strv_contains (intervention_columns, field_id))
    return _tf_area_fail (error, name, NULL,
                          _("an intervention cannot have a field called “%s”: the core keeps every "
                            "intervention's status, period and costs itself"), field_id);

  if (!_tf_area_check_keys (parser, name, allowed, error)
      || !_tf_area_get_string (parser, name, "Type", TRUE, FALSE, &type_name, error))
    return FALSE;
  if (!_tf_field_type_from_string (type_name, &type))
    return _tf_area_fail (error, name, "Type", _("“%s” is not a field type; use one of %s"),
                          type_name, _tf_field_type_names ());

  if (!_tf_area_get_string (parser, name, "Label", TRUE, TRUE, &label, error)
      || !_tf_area_get_string (parser, name, "Help", FALSE, TRUE, &help, error)
      || !_tf_area_get_boolean (parser, name, "Required", FALSE, &required, error)
      || !_tf_area_get_double (parser, name, "Min", &has_min, &min, error)
      || !_tf_area_get_double (parser, name, "Max", &has_max, &max, error)
      || !_tf_area_get_list (parser, name, "Demo", &demo, error))
    return FALSE;

  if ((has_min || has_max) && type != TF_FIELD_NUMBER && type != TF_FIELD_MONEY && type != TF_FIELD_SCALE)
    return _tf_area_fail (error, name, has_min ? "Min" : "Max", _("only number, money and scale fields have bounds"));
  if ((has_min && !check_bound (name, "Min", type, min, error))
      || (has_max && !check_bound (name, "Max", type, max, error)))
    return FALSE;
  if (has_min && has_max && min > max)
    {
      g_autofree char *min_text = _tf_dtostr_shortest (min);
      g_autofree char *max_text = _tf_dtostr_shortest (max);

      return _tf_area_fail (error, name, "Max", _("Max (%s) is less than Min (%s)"), max_text, min_text);
    }
  if (demo != NULL && type == TF_FIELD_STAFF)
    return _tf_area_fail (error, name, "Demo",
                          _("a staff field takes no sample values; demo data picks staff members itself"));

  field = _tf_field_new (field_id, type);
  _tf_field_set_label (field, label);
  _tf_field_set_help (field, help);
  _tf_field_set_required (field, required);
  if (has_min)
    _tf_field_set_min (field, min);
  if (has_max)
    _tf_field_set_max (field, max);
  /* Checked once the choices are known (_tf_area_finish_form) */
  _tf_field_set_demo_values (field, (const char * const *) demo);

  _tf_form_add_field (form, field);
  g_hash_table_insert (parser->field_groups, field, (char *) name);
  return TRUE;
}

gboolean
_tf_area_parse_choice_group (Parser  *parser,
                             Group   *group,
                             GError **error)
{
  static const char * const allowed[] = { "Label", NULL };
  const char *name = group->name;
  g_autofree char *label = NULL;
  TfForm *form;
  TfField *field;

  form = g_hash_table_lookup (parser->forms, group->ids[0]);
  if (form == NULL)
    return _tf_area_fail (error, name, NULL, _("there is no [Form %s] in the file"), group->ids[0]);
  field = tf_form_find_field (form, group->ids[1]);
  if (field == NULL)
    return _tf_area_fail (error, name, NULL, _("there is no [Field %s/%s] in the file"), group->ids[0], group->ids[1]);
  if (tf_field_get_field_type (field) != TF_FIELD_CHOICE)
    return _tf_area_fail (error, name, NULL, _("the field %s/%s is not a choice field (Type=choice)"),
                          group->ids[0], group->ids[1]);

  if (!_tf_area_check_keys (parser, name, allowed, error)
      || !_tf_area_get_string (parser, name, "Label", TRUE, TRUE, &label, error))
    return FALSE;
  _tf_field_add_choice (field, group->ids[2], label);
  return TRUE;
}

/* A sample value written as in the file, as the value it stands for. */
static gboolean
demo_to_values (TfField      *field,
                const char   *text,
                TfFormValues *values)
{
  const char *id = tf_field_get_id (field);
  gint64 whole;
  double number;

  switch (tf_field_get_field_type (field))
    {
    case TF_FIELD_NUMBER:
      if (!_tf_area_parse_double (text, &number))
        return FALSE;
      tf_form_values_set_number (values, id, number);
      return TRUE;

    case TF_FIELD_MONEY:
      if (!_tf_area_parse_double (text, &number) || fabs (number) > 1e15)
        return FALSE;
      tf_form_values_set_integer (values, id, (gint64) llround (number * 100));
      return TRUE;

    case TF_FIELD_SCALE:
      if (!g_ascii_string_to_signed (text, 10, G_MININT64, G_MAXINT64, &whole, NULL))
        return FALSE;
      tf_form_values_set_integer (values, id, whole);
      return TRUE;

    case TF_FIELD_BOOLEAN:
      if (!g_str_equal (text, "true") && !g_str_equal (text, "false"))
        return FALSE;
      tf_form_values_set_boolean (values, id, g_str_equal (text, "true"));
      return TRUE;

    case TF_FIELD_STAFF:
      return FALSE;

    case TF_FIELD_TEXT:
    case TF_FIELD_LONG_TEXT:
    case TF_FIELD_DATE:
    case TF_FIELD_CHOICE:
    default:
      tf_form_values_set_string (values, id, text);
      return TRUE;
    }
}

gboolean
_tf_area_finish_form (Parser  *parser,
                      TfForm  *form,
                      GError **error)
{
  g_autofree char *form_group = g_strdup_printf ("Form %s", tf_form_get_id (form));
  GListModel *fields = tf_form_get_fields (form);
  const char *date_field = tf_form_get_date_field (form);
  const char * const *summary = tf_form_get_summary_fields (form);
  guint n_fields = g_list_model_get_n_items (fields);

  for (guint i = 0; i < n_fields; i++)
    {
      g_autoptr(TfField) field = g_list_model_get_item (fields, i);
      const char *group = g_hash_table_lookup (parser->field_groups, field);
      const char * const *demo = tf_field_get_demo_values (field);

      if (tf_field_get_field_type (field) == TF_FIELD_CHOICE && tf_field_get_choice_ids (field)[0] == NULL)
        return _tf_area_fail (error, group, NULL, _("a choice field needs its choices as [Choice %s/%s/…] groups"),
                              tf_form_get_id (form), tf_field_get_id (field));

      for (guint j = 0; demo[j] != NULL; j++)
        {
          g_autoptr(TfFormValues) values = tf_form_values_new ();
          g_autofree char *problem = NULL;

          if (!demo_to_values (field, demo[j], values))
            {
              g_autoptr(GEnumClass) types = g_type_class_ref (TF_TYPE_FIELD_TYPE);
              GEnumValue *type = g_enum_get_value (types, tf_field_get_field_type (field));

              return _tf_area_fail (error, group, "Demo", _("the sample value “%s” is not a value of a %s field"),
                                    demo[j], type->value_nick);
            }
          problem = tf_field_validate (field, values);
          if (problem != NULL)
            return _tf_area_fail (error, group, "Demo", _("the sample value “%s” is not valid: %s"), demo[j], problem);
        }
    }

  if (n_fields == 0 && tf_form_get_category (form) == TF_FORM_RECORD)
    return _tf_area_fail (error, form_group, NULL, _("a record form needs at least one [Field %s/…] group"),
                          tf_form_get_id (form));

  if (date_field != NULL)
    {
      TfField *field = tf_form_find_field (form, date_field);

      if (field == NULL || tf_field_get_field_type (field) != TF_FIELD_DATE)
        return _tf_area_fail (error, form_group, "DateField", _("the form has no date field “%s”"), date_field);
    }
  else if (tf_form_get_category (form) == TF_FORM_RECORD)
    {
      TfField *field = tf_form_find_field (form, "date");

      if (field != NULL && tf_field_get_field_type (field) == TF_FIELD_DATE)
        _tf_form_set_date_field (form, "date");
    }

  for (guint i = 0; summary[i] != NULL; i++)
    if (tf_form_find_field (form, summary[i]) == NULL)
      return _tf_area_fail (error, form_group, "Summary", _("the form has no field “%s”"), summary[i]);

  if (tf_form_get_statistic (form) != NULL)
    {
      const char *field_id = tf_form_get_statistic_field (form);
      TfField *field = field_id != NULL ? tf_form_find_field (form, field_id) : NULL;

      if (field_id != NULL && (field == NULL || tf_field_get_field_type (field) != TF_FIELD_CHOICE))
        return _tf_area_fail (error, form_group, "StatisticField", _("the form has no choice field “%s”"),
                              field_id);
      /* The figures date each record by its date field */
      if (tf_form_get_date_field (form) == NULL)
        return _tf_area_fail (error, form_group, "Statistic",
                              _("a form counted in the figures needs a date field (DateField)"));
    }

  return TRUE;
}
