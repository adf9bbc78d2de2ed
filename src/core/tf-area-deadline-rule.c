/* tf-area-deadline-rule.c — a statutory deadline of a work area, and its [Deadline] group
 *
 * A TfDeadlineRule says how long the law allows for something (an action
 * plan within three months of the decision) and which record meets it;
 * tf_deadline_rule_compute_due_on() does the date arithmetic. It is read
 * from a [Deadline ID] group of the area file by the parser in tf-area.c;
 * the group's parser lives here, beside the object it fills in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "tf-area-private.h"
#include "tf-format.h"

#define MAX_DEADLINE_YEARS 100

/* ---- TfDeadlineRule ------------------------------------------------------ */

struct _TfDeadlineRule
{
  GObject   parent_instance;

  char     *id;
  char     *area_id;
  char     *title;
  gboolean  from_birthday;
  char     *from_form;
  char     *from_field;
  char     *done_by_form;
  char     *done_by_field;
  int       years;
  int       months;
  int       days;
};

G_DEFINE_FINAL_TYPE (TfDeadlineRule, tf_deadline_rule, G_TYPE_OBJECT)

enum {
  RULE_PROP_0,
  RULE_PROP_ID,
  RULE_PROP_AREA_ID,
  RULE_PROP_TITLE,
  RULE_N_PROPS
};
static GParamSpec *rule_properties[RULE_N_PROPS];

static void
tf_deadline_rule_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TfDeadlineRule *self = TF_DEADLINE_RULE (object);

  switch (prop_id)
    {
    case RULE_PROP_ID: g_value_set_string (value, self->id); break;
    case RULE_PROP_AREA_ID: g_value_set_string (value, self->area_id); break;
    case RULE_PROP_TITLE: g_value_set_string (value, self->title); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_deadline_rule_finalize (GObject *object)
{
  TfDeadlineRule *self = TF_DEADLINE_RULE (object);

  g_free (self->id);
  g_free (self->area_id);
  g_free (self->title);
  g_free (self->from_form);
  g_free (self->from_field);
  g_free (self->done_by_form);
  g_free (self->done_by_field);

  G_OBJECT_CLASS (tf_deadline_rule_parent_class)->finalize (object);
}

static void
tf_deadline_rule_class_init (TfDeadlineRuleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tf_deadline_rule_get_property;
  object_class->finalize = tf_deadline_rule_finalize;

  rule_properties[RULE_PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  rule_properties[RULE_PROP_AREA_ID] = g_param_spec_string ("area-id", NULL, NULL, NULL, ro);
  rule_properties[RULE_PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  g_object_class_install_properties (object_class, RULE_N_PROPS, rule_properties);
}

static void
tf_deadline_rule_init (TfDeadlineRule *self)
{
}

/**
 * tf_deadline_rule_get_id:
 *
 * Returns: (transfer none): the rule's id, unique within its area
 */
const char *
tf_deadline_rule_get_id (TfDeadlineRule *self)
{
  g_return_val_if_fail (TF_IS_DEADLINE_RULE (self), NULL);
  return self->id;
}

/**
 * tf_deadline_rule_get_area_id:
 *
 * Returns: (transfer none): the id of the area that declares the rule
 */
const char *
tf_deadline_rule_get_area_id (TfDeadlineRule *self)
{
  g_return_val_if_fail (TF_IS_DEADLINE_RULE (self), NULL);
  return self->area_id;
}

/**
 * tf_deadline_rule_get_title:
 *
 * Returns: (transfer none): the translated title
 */
const char *
tf_deadline_rule_get_title (TfDeadlineRule *self)
{
  g_return_val_if_fail (TF_IS_DEADLINE_RULE (self), NULL);
  return self->title;
}

/**
 * tf_deadline_rule_get_from_birthday:
 *
 * Returns: whether the deadline runs from the young person's birthday
 *   (From=birthday) rather than from a record's date field
 */
gboolean
tf_deadline_rule_get_from_birthday (TfDeadlineRule *self)
{
  g_return_val_if_fail (TF_IS_DEADLINE_RULE (self), FALSE);
  return self->from_birthday;
}

/**
 * tf_deadline_rule_get_from_form:
 *
 * Returns: (transfer none) (nullable): the form whose date starts the
 *   deadline, %NULL for a birthday
 */
const char *
tf_deadline_rule_get_from_form (TfDeadlineRule *self)
{
  g_return_val_if_fail (TF_IS_DEADLINE_RULE (self), NULL);
  return self->from_form;
}

/**
 * tf_deadline_rule_get_from_field:
 *
 * Returns: (transfer none) (nullable): the date field of that form, %NULL
 *   for a birthday
 */
const char *
tf_deadline_rule_get_from_field (TfDeadlineRule *self)
{
  g_return_val_if_fail (TF_IS_DEADLINE_RULE (self), NULL);
  return self->from_field;
}

/**
 * tf_deadline_rule_get_done_by_form:
 *
 * Returns: (transfer none) (nullable): the form of the record that meets
 *   the deadline, %NULL when the rule has no DoneBy (the deadline is shown,
 *   never met)
 */
const char *
tf_deadline_rule_get_done_by_form (TfDeadlineRule *self)
{
  g_return_val_if_fail (TF_IS_DEADLINE_RULE (self), NULL);
  return self->done_by_form;
}

/**
 * tf_deadline_rule_get_done_by_field:
 *
 * Returns: (transfer none) (nullable): the date field of that record, %NULL
 *   when the rule has no DoneBy
 */
const char *
tf_deadline_rule_get_done_by_field (TfDeadlineRule *self)
{
  g_return_val_if_fail (TF_IS_DEADLINE_RULE (self), NULL);
  return self->done_by_field;
}

/**
 * tf_deadline_rule_get_years:
 *
 * Returns: Years= (0 when not given)
 */
int
tf_deadline_rule_get_years (TfDeadlineRule *self)
{
  g_return_val_if_fail (TF_IS_DEADLINE_RULE (self), 0);
  return self->years;
}

/**
 * tf_deadline_rule_get_months:
 *
 * Returns: Months= (0 when not given)
 */
int
tf_deadline_rule_get_months (TfDeadlineRule *self)
{
  g_return_val_if_fail (TF_IS_DEADLINE_RULE (self), 0);
  return self->months;
}

/**
 * tf_deadline_rule_get_days:
 *
 * Returns: Days= (0 when not given)
 */
int
tf_deadline_rule_get_days (TfDeadlineRule *self)
{
  g_return_val_if_fail (TF_IS_DEADLINE_RULE (self), 0);
  return self->days;
}

/**
 * tf_deadline_rule_compute_due_on:
 * @from_iso: the starting point, an ISO date
 *
 * Adds the rule's years, then months, then days to @from_iso. A day past
 * the end of the month it lands in becomes that month's last day: 30
 * November plus 3 months is 28 (or 29) February, 29 February plus one year
 * is 28 February.
 *
 * Returns: (transfer full) (nullable): the due date as ISO, %NULL when
 *   @from_iso is not a real date
 */
char *
tf_deadline_rule_compute_due_on (TfDeadlineRule *self,
                                 const char     *from_iso)
{
  GDate date;
  int year, month, day;

  g_return_val_if_fail (TF_IS_DEADLINE_RULE (self), NULL);

  if (!tf_iso_date_is_valid (from_iso)
      || sscanf (from_iso, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  g_date_add_years (&date, self->years);
  g_date_add_months (&date, self->months);
  g_date_add_days (&date, self->days);
  if (!g_date_valid (&date))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

/* ---- its [Deadline] group ------------------------------------------------ */

/* "FORM/FIELD" naming a date field of a form in this file. */
static gboolean
parse_date_reference (Parser      *parser,
                      const char  *group,
                      const char  *key,
                      const char  *text,
                      char       **form_id,
                      char       **field_id,
                      GError     **error)
{
  g_auto(GStrv) parts = g_strsplit (text, "/", -1);
  TfForm *form;
  TfField *field;

  if (g_strv_length (parts) != 2)
    return _tf_area_fail (error, group, key, _("“%s” does not name a date field as FORM/FIELD"), text);
  form = g_hash_table_lookup (parser->forms, parts[0]);
  if (form == NULL)
    return _tf_area_fail (error, group, key, _("there is no form “%s” in this area"), parts[0]);
  field = tf_form_find_field (form, parts[1]);
  if (field == NULL)
    return _tf_area_fail (error, group, key, _("the form %s has no field “%s”"), parts[0], parts[1]);
  if (tf_field_get_field_type (field) != TF_FIELD_DATE)
    return _tf_area_fail (error, group, key, _("%s/%s is not a date field"), parts[0], parts[1]);

  *form_id = g_strdup (parts[0]);
  *field_id = g_strdup (parts[1]);
  return TRUE;
}

gboolean
_tf_area_parse_deadline_group (Parser  *parser,
                               Group   *group,
                               GError **error)
{
  static const char * const allowed[] = {
    "Title", "From", "Years", "Months", "Days", "DoneBy", NULL
  };
  const char *name = group->name;
  g_autoptr(TfDeadlineRule) rule = g_object_new (TF_TYPE_DEADLINE_RULE, NULL);
  g_autofree char *from = NULL;
  g_autofree char *done_by = NULL;
  gboolean has_years, has_months, has_days;

  if (!_tf_area_check_keys (parser, name, allowed, error)
      || !_tf_area_get_string (parser, name, "Title", TRUE, TRUE, &rule->title, error)
      || !_tf_area_get_string (parser, name, "From", TRUE, FALSE, &from, error)
      || !_tf_area_get_string (parser, name, "DoneBy", FALSE, FALSE, &done_by, error))
    return FALSE;

  if (g_str_equal (from, "birthday"))
    rule->from_birthday = TRUE;
  else if (!parse_date_reference (parser, name, "From", from, &rule->from_form, &rule->from_field, error))
    return FALSE;
  /* Without DoneBy the deadline is shown but never met */
  if (done_by != NULL
      && !parse_date_reference (parser, name, "DoneBy", done_by, &rule->done_by_form, &rule->done_by_field, error))
    return FALSE;

  if (!_tf_area_get_int (parser, name, "Years", 0, MAX_DEADLINE_YEARS, &has_years, &rule->years, error)
      || !_tf_area_get_int (parser, name, "Months", 0, MAX_DEADLINE_YEARS * 12, &has_months, &rule->months, error)
      || !_tf_area_get_int (parser, name, "Days", 0, MAX_DEADLINE_YEARS * 366, &has_days, &rule->days, error))
    return FALSE;
  if (!has_years && !has_months && !has_days)
    return _tf_area_fail (error, name, NULL, _("give the time allowed with Years=, Months= and/or Days="));

  rule->id = g_strdup (group->ids[0]);
  rule->area_id = g_strdup (parser->area->id);
  g_list_store_append (parser->area->deadline_rules, rule);
  return TRUE;
}
