/* tf-area.c — a work area: its forms, indicators and deadlines, read from its area file
 *
 * The area file is written by hand by a member organisation, so the parser
 * is strict and says exactly where a mistake is: every error names the group
 * and, where there is one, the key. Nothing in a file is silently ignored
 * except keys starting with "X-", which are left for extensions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-area.h"
#include "tf-error.h"
#include "tf-form-private.h"
#include "tf-format.h"
#include "tf-util-private.h"

#define DEFAULT_PRIORITY   100
#define MAX_PRIORITY       1000
#define MAX_DECIMALS       6
#define MAX_DEADLINE_YEARS 100

static const char * const budget_areas[] = {
  "mentor", "family", "network", "school", "leisure", "job", NULL
};

/* The record store keeps these for every intervention, beside the form's
 * values (see tf_record_validate()), so an intervention's field may not
 * take their names. */
static const char * const intervention_columns[] = {
  "status", "starts-on", "ends-on", "planned-cost", "actual-cost", NULL
};

/* ---- TfIndicator --------------------------------------------------------- */

struct _TfIndicator
{
  GObject   parent_instance;

  char     *id;
  char     *area_id;
  char     *title;
  char     *unit;
  gboolean  higher_is_better;
  double    min;
  double    max;
  int       decimals;
  double    threshold;
  gboolean  has_demo;
  double    demo_low;
  double    demo_high;
};

G_DEFINE_FINAL_TYPE (TfIndicator, tf_indicator, G_TYPE_OBJECT)

enum {
  INDICATOR_PROP_0,
  INDICATOR_PROP_ID,
  INDICATOR_PROP_AREA_ID,
  INDICATOR_PROP_TITLE,
  INDICATOR_PROP_UNIT,
  INDICATOR_PROP_HIGHER_IS_BETTER,
  INDICATOR_PROP_MIN,
  INDICATOR_PROP_MAX,
  INDICATOR_PROP_DECIMALS,
  INDICATOR_PROP_THRESHOLD,
  INDICATOR_N_PROPS
};
static GParamSpec *indicator_properties[INDICATOR_N_PROPS];

static void
tf_indicator_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TfIndicator *self = TF_INDICATOR (object);

  switch (prop_id)
    {
    case INDICATOR_PROP_ID: g_value_set_string (value, self->id); break;
    case INDICATOR_PROP_AREA_ID: g_value_set_string (value, self->area_id); break;
    case INDICATOR_PROP_TITLE: g_value_set_string (value, self->title); break;
    case INDICATOR_PROP_UNIT: g_value_set_string (value, self->unit); break;
    case INDICATOR_PROP_HIGHER_IS_BETTER: g_value_set_boolean (value, self->higher_is_better); break;
    case INDICATOR_PROP_MIN: g_value_set_double (value, self->min); break;
    case INDICATOR_PROP_MAX: g_value_set_double (value, self->max); break;
    case INDICATOR_PROP_DECIMALS: g_value_set_int (value, self->decimals); break;
    case INDICATOR_PROP_THRESHOLD: g_value_set_double (value, self->threshold); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_indicator_finalize (GObject *object)
{
  TfIndicator *self = TF_INDICATOR (object);

  g_free (self->id);
  g_free (self->area_id);
  g_free (self->title);
  g_free (self->unit);

  G_OBJECT_CLASS (tf_indicator_parent_class)->finalize (object);
}

static void
tf_indicator_class_init (TfIndicatorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tf_indicator_get_property;
  object_class->finalize = tf_indicator_finalize;

  indicator_properties[INDICATOR_PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  indicator_properties[INDICATOR_PROP_AREA_ID] = g_param_spec_string ("area-id", NULL, NULL, NULL, ro);
  indicator_properties[INDICATOR_PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  indicator_properties[INDICATOR_PROP_UNIT] = g_param_spec_string ("unit", NULL, NULL, NULL, ro);
  indicator_properties[INDICATOR_PROP_HIGHER_IS_BETTER] =
    g_param_spec_boolean ("higher-is-better", NULL, NULL, FALSE, ro);
  indicator_properties[INDICATOR_PROP_MIN] =
    g_param_spec_double ("min", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, ro);
  indicator_properties[INDICATOR_PROP_MAX] =
    g_param_spec_double ("max", NULL, NULL, -G_MAXDOUBLE, G_MAXDOUBLE, 0, ro);
  indicator_properties[INDICATOR_PROP_DECIMALS] =
    g_param_spec_int ("decimals", NULL, NULL, 0, MAX_DECIMALS, 0, ro);
  indicator_properties[INDICATOR_PROP_THRESHOLD] =
    g_param_spec_double ("threshold", NULL, NULL, 0, G_MAXDOUBLE, 0, ro);
  g_object_class_install_properties (object_class, INDICATOR_N_PROPS, indicator_properties);
}

static void
tf_indicator_init (TfIndicator *self)
{
}

/**
 * tf_indicator_get_id:
 *
 * Returns: (transfer none): the indicator's id, unique among all areas
 */
const char *
tf_indicator_get_id (TfIndicator *self)
{
  g_return_val_if_fail (TF_IS_INDICATOR (self), NULL);
  return self->id;
}

/**
 * tf_indicator_get_area_id:
 *
 * Returns: (transfer none): the id of the area that declares the indicator
 */
const char *
tf_indicator_get_area_id (TfIndicator *self)
{
  g_return_val_if_fail (TF_IS_INDICATOR (self), NULL);
  return self->area_id;
}

/**
 * tf_indicator_get_title:
 *
 * Returns: (transfer none): the translated title
 */
const char *
tf_indicator_get_title (TfIndicator *self)
{
  g_return_val_if_fail (TF_IS_INDICATOR (self), NULL);
  return self->title;
}

/**
 * tf_indicator_get_unit:
 *
 * Returns: (transfer none) (nullable): the unit written after a value ("%")
 */
const char *
tf_indicator_get_unit (TfIndicator *self)
{
  g_return_val_if_fail (TF_IS_INDICATOR (self), NULL);
  return self->unit;
}

/**
 * tf_indicator_get_higher_is_better:
 *
 * Returns: whether a rise is progress (leisure) rather than a setback (absence)
 */
gboolean
tf_indicator_get_higher_is_better (TfIndicator *self)
{
  g_return_val_if_fail (TF_IS_INDICATOR (self), FALSE);
  return self->higher_is_better;
}

/**
 * tf_indicator_get_min:
 *
 * Returns: the lowest value a measurement may have (Min=, 0 by default)
 */
double
tf_indicator_get_min (TfIndicator *self)
{
  g_return_val_if_fail (TF_IS_INDICATOR (self), 0);
  return self->min;
}

/**
 * tf_indicator_get_max:
 *
 * Returns: the highest value a measurement may have (Max=)
 */
double
tf_indicator_get_max (TfIndicator *self)
{
  g_return_val_if_fail (TF_IS_INDICATOR (self), 0);
  return self->max;
}

/**
 * tf_indicator_get_decimals:
 *
 * Returns: how many decimals values are shown with (0 to 6)
 */
int
tf_indicator_get_decimals (TfIndicator *self)
{
  g_return_val_if_fail (TF_IS_INDICATOR (self), 0);
  return self->decimals;
}

/**
 * tf_indicator_get_threshold:
 *
 * Returns: the smallest change that counts as a change; a smaller one is
 *   "held" (0 by default)
 */
double
tf_indicator_get_threshold (TfIndicator *self)
{
  g_return_val_if_fail (TF_IS_INDICATOR (self), 0);
  return self->threshold;
}

/**
 * tf_indicator_get_demo_range:
 * @low: (out) (optional): the lowest demo value
 * @high: (out) (optional): the highest demo value
 *
 * Returns: whether the area file gives a range for demo values (Demo=low;high)
 */
gboolean
tf_indicator_get_demo_range (TfIndicator *self,
                             double      *low,
                             double      *high)
{
  g_return_val_if_fail (TF_IS_INDICATOR (self), FALSE);

  if (self->has_demo && low != NULL)
    *low = self->demo_low;
  if (self->has_demo && high != NULL)
    *high = self->demo_high;
  return self->has_demo;
}

/**
 * tf_indicator_format_value:
 *
 * A measurement as a person reads it, with the indicator's decimals, a
 * decimal comma and the unit: "12,5 %".
 *
 * Returns: (transfer full): the text
 */
char *
tf_indicator_format_value (TfIndicator *self,
                           double       value)
{
  char format[8];
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  const char *digits;

  g_return_val_if_fail (TF_IS_INDICATOR (self), NULL);

  g_snprintf (format, sizeof format, "%%.%df", self->decimals);
  g_ascii_formatd (number, sizeof number, format, value);
  g_strdelimit (number, ".", ',');

  /* -0,04 shown with one decimal is "0,0", not "-0,0" */
  digits = number[0] == '-' ? number + 1 : number;
  if (number[0] == '-' && strspn (digits, "0,") == strlen (digits))
    memmove (number, digits, strlen (digits) + 1);

  if (self->unit == NULL)
    return g_strdup (number);
  return g_strdup_printf ("%s %s", number, self->unit);
}

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

/* ---- TfArea -------------------------------------------------------------- */

struct _TfArea
{
  GObject     parent_instance;

  char       *id;
  char       *title;
  char       *organisation;
  char       *icon_name;
  int         priority;
  char       *gettext_domain;
  GListStore *forms;
  GListStore *indicators;
  GListStore *deadline_rules;
};

G_DEFINE_FINAL_TYPE (TfArea, tf_area, G_TYPE_OBJECT)

enum {
  AREA_PROP_0,
  AREA_PROP_ID,
  AREA_PROP_TITLE,
  AREA_PROP_ORGANISATION,
  AREA_PROP_ICON_NAME,
  AREA_PROP_PRIORITY,
  AREA_N_PROPS
};
static GParamSpec *area_properties[AREA_N_PROPS];

static void
tf_area_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  TfArea *self = TF_AREA (object);

  switch (prop_id)
    {
    case AREA_PROP_ID: g_value_set_string (value, self->id); break;
    case AREA_PROP_TITLE: g_value_set_string (value, self->title); break;
    case AREA_PROP_ORGANISATION: g_value_set_string (value, self->organisation); break;
    case AREA_PROP_ICON_NAME: g_value_set_string (value, self->icon_name); break;
    case AREA_PROP_PRIORITY: g_value_set_int (value, self->priority); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_area_finalize (GObject *object)
{
  TfArea *self = TF_AREA (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->organisation);
  g_free (self->icon_name);
  g_free (self->gettext_domain);
  g_object_unref (self->forms);
  g_object_unref (self->indicators);
  g_object_unref (self->deadline_rules);

  G_OBJECT_CLASS (tf_area_parent_class)->finalize (object);
}

static void
tf_area_class_init (TfAreaClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tf_area_get_property;
  object_class->finalize = tf_area_finalize;

  area_properties[AREA_PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, ro);
  area_properties[AREA_PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, ro);
  area_properties[AREA_PROP_ORGANISATION] = g_param_spec_string ("organisation", NULL, NULL, NULL, ro);
  area_properties[AREA_PROP_ICON_NAME] = g_param_spec_string ("icon-name", NULL, NULL, NULL, ro);
  area_properties[AREA_PROP_PRIORITY] =
    g_param_spec_int ("priority", NULL, NULL, 0, MAX_PRIORITY, DEFAULT_PRIORITY, ro);
  g_object_class_install_properties (object_class, AREA_N_PROPS, area_properties);
}

static void
tf_area_init (TfArea *self)
{
  self->priority = DEFAULT_PRIORITY;
  self->forms = g_list_store_new (TF_TYPE_FORM);
  self->indicators = g_list_store_new (TF_TYPE_INDICATOR);
  self->deadline_rules = g_list_store_new (TF_TYPE_DEADLINE_RULE);
}

/**
 * tf_area_get_id:
 *
 * Returns: (transfer none): the area's id ("school"), unique among areas
 */
const char *
tf_area_get_id (TfArea *self)
{
  g_return_val_if_fail (TF_IS_AREA (self), NULL);
  return self->id;
}

/**
 * tf_area_get_title:
 *
 * Returns: (transfer none): the translated title
 */
const char *
tf_area_get_title (TfArea *self)
{
  g_return_val_if_fail (TF_IS_AREA (self), NULL);
  return self->title;
}

/**
 * tf_area_get_organisation:
 *
 * Returns: (transfer none) (nullable): the member organisation(s) working in
 *   the area, translated
 */
const char *
tf_area_get_organisation (TfArea *self)
{
  g_return_val_if_fail (TF_IS_AREA (self), NULL);
  return self->organisation;
}

/**
 * tf_area_get_icon_name:
 *
 * Returns: (transfer none) (nullable): the themed icon's name
 */
const char *
tf_area_get_icon_name (TfArea *self)
{
  g_return_val_if_fail (TF_IS_AREA (self), NULL);
  return self->icon_name;
}

/**
 * tf_area_get_priority:
 *
 * Returns: where the area comes among areas; lower comes first (100 when
 *   the file does not say)
 */
int
tf_area_get_priority (TfArea *self)
{
  g_return_val_if_fail (TF_IS_AREA (self), DEFAULT_PRIORITY);
  return self->priority;
}

/**
 * tf_area_get_forms:
 *
 * Returns: (transfer none): a #GListModel of #TfForm in file order
 */
GListModel *
tf_area_get_forms (TfArea *self)
{
  g_return_val_if_fail (TF_IS_AREA (self), NULL);
  return G_LIST_MODEL (self->forms);
}

/**
 * tf_area_get_indicators:
 *
 * Returns: (transfer none): a #GListModel of #TfIndicator in file order
 */
GListModel *
tf_area_get_indicators (TfArea *self)
{
  g_return_val_if_fail (TF_IS_AREA (self), NULL);
  return G_LIST_MODEL (self->indicators);
}

/**
 * tf_area_get_deadline_rules:
 *
 * Returns: (transfer none): a #GListModel of #TfDeadlineRule in file order
 */
GListModel *
tf_area_get_deadline_rules (TfArea *self)
{
  g_return_val_if_fail (TF_IS_AREA (self), NULL);
  return G_LIST_MODEL (self->deadline_rules);
}

/* ---- the parser ---------------------------------------------------------- */

typedef enum
{
  GROUP_AREA,
  GROUP_FORM,
  GROUP_FIELD,
  GROUP_CHOICE,
  GROUP_INDICATOR,
  GROUP_DEADLINE,
} GroupKind;

typedef struct
{
  const char  *name;
  GroupKind    kind;
  char       **ids;  /* FORM, FORM/FIELD or FORM/FIELD/CHOICE, INDICATOR, DEADLINE */
} Group;

typedef struct
{
  GKeyFile   *file;
  const char *domain;
  TfArea     *area;
  GHashTable *forms;         /* id → TfForm, borrowed from area->forms */
  GHashTable *field_groups;  /* TfField → its group name, for later messages */
} Parser;

static gboolean fail (GError     **error,
                      const char  *group,
                      const char  *key,
                      const char  *format,
                      ...) G_GNUC_PRINTF (4, 5);

/* Always FALSE, to be returned: "In [Form x], Category: …". */
static gboolean
fail (GError     **error,
      const char  *group,
      const char  *key,
      const char  *format,
      ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  if (key != NULL)
    g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("In [%s], %s: %s"), group, key, detail);
  else
    g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("In [%s]: %s"), group, detail);
  return FALSE;
}

static gboolean
id_is_valid (const char *id)
{
  if (id == NULL || !g_ascii_islower (id[0]))
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-' && *p != '_')
      return FALSE;
  return TRUE;
}

static gboolean
check_id (const char  *id,
          const char  *group,
          const char  *key,
          GError     **error)
{
  if (id_is_valid (id))
    return TRUE;
  return fail (error, group, key,
               _("“%s” is not a valid id: use lower-case letters a–z, digits, - and _, "
                 "starting with a letter"), id);
}

/* GKeyFile merges a group that appears twice and keeps one value of a key
 * that appears twice; in a hand-written file both are mistakes (two forms
 * with one id, a label written twice), so look at the lines first. */
static gboolean
check_repeats (GBytes  *bytes,
               GError **error)
{
  g_autoptr(GHashTable) groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *group = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  text = g_strndup (data, size);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      guint number = i + 1;
      gpointer seen;
      char *end;

      if (*line == '\0' || *line == '#')
        continue;
      if (*line == '[' && (end = strrchr (line, ']')) != NULL)
        {
          g_free (group);
          group = g_strndup (line + 1, end - line - 1);
          if (g_hash_table_lookup_extended (groups, group, NULL, &seen))
            return fail (error, group, NULL, _("the group appears twice (lines %u and %u)"),
                         GPOINTER_TO_UINT (seen), number);
          g_hash_table_insert (groups, g_strdup (group), GUINT_TO_POINTER (number));
          g_hash_table_remove_all (keys);
          continue;
        }
      if (group != NULL && (end = strchr (line, '=')) != NULL)
        {
          g_autofree char *key = g_strstrip (g_strndup (line, end - line));

          if (g_hash_table_lookup_extended (keys, key, NULL, &seen))
            return fail (error, group, key, _("the key appears twice (lines %u and %u)"),
                         GPOINTER_TO_UINT (seen), number);
          g_hash_table_insert (keys, g_steal_pointer (&key), GUINT_TO_POINTER (number));
        }
    }
  return TRUE;
}

static gboolean
check_keys (Parser              *parser,
            const char          *group,
            const char * const  *allowed,
            GError             **error)
{
  g_auto(GStrv) keys = g_key_file_get_keys (parser->file, group, NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      if (g_str_has_prefix (keys[i], "X-"))
        continue;
      if (strchr (keys[i], '[') != NULL)
        return fail (error, group, keys[i],
                     _("translations are not written in the area file; they belong in the "
                       "gettext catalogue of the area's GettextDomain"));
      if (!g_strv_contains (allowed, keys[i]))
        {
          g_autofree char *names = g_strjoinv (", ", (char **) allowed);

          return fail (error, group, keys[i], _("unknown key; this group takes %s"), names);
        }
    }
  return TRUE;
}

/* *value is NULL when the key is missing or blank. */
static gboolean
get_string (Parser      *parser,
            const char  *group,
            const char  *key,
            gboolean     required,
            gboolean     translate,
            char       **value,
            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;

  *value = NULL;
  if (g_key_file_has_key (parser->file, group, key, NULL))
    {
      raw = g_key_file_get_string (parser->file, group, key, &local_error);
      if (raw == NULL)
        return fail (error, group, key, "%s", local_error->message);
      text = tf_strdup_stripped (raw);
    }
  if (text == NULL)
    {
      if (required)
        return fail (error, group, key, _("the key is missing or empty"));
      return TRUE;
    }
  /* g_dgettext() of "" would give the catalogue's header; text is not empty */
  *value = translate ? g_strdup (g_dgettext (parser->domain, text)) : g_steal_pointer (&text);
  return TRUE;
}

static gboolean
get_boolean (Parser      *parser,
             const char  *group,
             const char  *key,
             gboolean     fallback,
             gboolean    *value,
             GError     **error)
{
  g_autofree char *text = NULL;

  *value = fallback;
  if (!get_string (parser, group, key, FALSE, FALSE, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  if (g_str_equal (text, "true"))
    *value = TRUE;
  else if (g_str_equal (text, "false"))
    *value = FALSE;
  else
    return fail (error, group, key, _("“%s” is neither true nor false"), text);
  return TRUE;
}

static gboolean
get_int (Parser      *parser,
         const char  *group,
         const char  *key,
         int          min,
         int          max,
         gboolean    *present,
         int         *value,
         GError     **error)
{
  g_autofree char *text = NULL;
  gint64 number;

  *present = FALSE;
  if (!get_string (parser, group, key, FALSE, FALSE, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  if (!g_ascii_string_to_signed (text, 10, min, max, &number, NULL))
    return fail (error, group, key, _("“%s” is not a whole number from %d to %d"), text, min, max);
  *present = TRUE;
  *value = (int) number;
  return TRUE;
}

static gboolean
parse_double (const char *text,
              double     *value)
{
  char *end = NULL;

  *value = g_ascii_strtod (text, &end);
  return end != text && *end == '\0' && isfinite (*value);
}

static gboolean
get_double (Parser      *parser,
            const char  *group,
            const char  *key,
            gboolean    *present,
            double      *value,
            GError     **error)
{
  g_autofree char *text = NULL;

  *present = FALSE;
  if (!get_string (parser, group, key, FALSE, FALSE, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;
  if (!parse_double (text, value))
    return fail (error, group, key, _("“%s” is not a number (write decimals with a point: 2.5)"), text);
  *present = TRUE;
  return TRUE;
}

/* NULL when the key is missing; entries are stripped. */
static gboolean
get_list (Parser       *parser,
          const char   *group,
          const char   *key,
          char       ***list,
          GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  char **items;

  *list = NULL;
  if (!g_key_file_has_key (parser->file, group, key, NULL))
    return TRUE;
  items = g_key_file_get_string_list (parser->file, group, key, NULL, &local_error);
  if (items == NULL)
    return fail (error, group, key, "%s", local_error->message);
  for (guint i = 0; items[i] != NULL; i++)
    g_strstrip (items[i]);
  *list = items;
  return TRUE;
}

static gboolean
classify_group (const char  *name,
                Group       *group,
                GError     **error)
{
  static const struct {
    const char *prefix;
    GroupKind   kind;
    guint       n_ids;
  } kinds[] = {
    { "Form ", GROUP_FORM, 1 },
    { "Field ", GROUP_FIELD, 2 },
    { "Choice ", GROUP_CHOICE, 3 },
    { "Indicator ", GROUP_INDICATOR, 1 },
    { "Deadline ", GROUP_DEADLINE, 1 },
  };

  group->name = name;
  if (g_str_equal (name, "Area"))
    {
      group->kind = GROUP_AREA;
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      if (!g_str_has_prefix (name, kinds[i].prefix))
        continue;
      group->kind = kinds[i].kind;
      group->ids = g_strsplit (name + strlen (kinds[i].prefix), "/", -1);
      if (g_strv_length (group->ids) != kinds[i].n_ids)
        {
          const char *shape[] = { NULL, "ID", "FORM/FIELD", "FORM/FIELD/CHOICE" };

          return fail (error, name, NULL, _("the group name must be [%s%s]"),
                       kinds[i].prefix, shape[kinds[i].n_ids]);
        }
      for (guint j = 0; group->ids[j] != NULL; j++)
        if (!check_id (group->ids[j], name, NULL, error))
          return FALSE;
      return TRUE;
    }

  return fail (error, name, NULL,
               _("unknown group; an area file has [Area], [Form ID], [Field FORM/FIELD], "
                 "[Choice FORM/FIELD/CHOICE], [Indicator ID] and [Deadline ID] groups"));
}

static gboolean
parse_area_group (Parser  *parser,
                  GError **error)
{
  static const char * const allowed[] = {
    "Id", "Title", "Organisation", "Icon", "Priority", "GettextDomain", NULL
  };
  TfArea *area = parser->area;
  gboolean has_priority;
  int priority;

  if (!check_keys (parser, "Area", allowed, error)
      || !get_string (parser, "Area", "GettextDomain", FALSE, FALSE, &area->gettext_domain, error)
      || !get_string (parser, "Area", "Id", TRUE, FALSE, &area->id, error)
      || !check_id (area->id, "Area", "Id", error))
    return FALSE;

  if (area->gettext_domain == NULL)
    area->gettext_domain = g_strdup (GETTEXT_PACKAGE);
  parser->domain = area->gettext_domain;

  if (!get_string (parser, "Area", "Title", TRUE, TRUE, &area->title, error)
      || !get_string (parser, "Area", "Organisation", FALSE, TRUE, &area->organisation, error)
      || !get_string (parser, "Area", "Icon", FALSE, FALSE, &area->icon_name, error)
      || !get_int (parser, "Area", "Priority", 0, MAX_PRIORITY, &has_priority, &priority, error))
    return FALSE;
  if (has_priority)
    area->priority = priority;
  return TRUE;
}

static gboolean
parse_form_group (Parser  *parser,
                  Group   *group,
                  GError **error)
{
  static const char * const allowed[] = {
    "Title", "Description", "Category", "Single", "DateField", "Summary", "BudgetArea", NULL
  };
  const char *name = group->name;
  g_autoptr(TfForm) form = NULL;
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;
  g_autofree char *category = NULL;
  g_autofree char *budget_area = NULL;
  g_autofree char *date_field = NULL;
  g_auto(GStrv) summary = NULL;
  TfFormCategory kind = TF_FORM_RECORD;
  gboolean single;

  if (!check_keys (parser, name, allowed, error)
      || !get_string (parser, name, "Title", TRUE, TRUE, &title, error)
      || !get_string (parser, name, "Description", FALSE, TRUE, &description, error)
      || !get_string (parser, name, "Category", FALSE, FALSE, &category, error)
      || !get_string (parser, name, "BudgetArea", FALSE, FALSE, &budget_area, error)
      || !get_string (parser, name, "DateField", FALSE, FALSE, &date_field, error)
      || !get_list (parser, name, "Summary", &summary, error)
      || !get_boolean (parser, name, "Single", FALSE, &single, error))
    return FALSE;

  if (g_strcmp0 (category, "intervention") == 0)
    kind = TF_FORM_INTERVENTION;
  else if (category != NULL && !g_str_equal (category, "record"))
    return fail (error, name, "Category", _("“%s” is not a category; use record or intervention"), category);

  if (kind == TF_FORM_INTERVENTION)
    {
      g_autofree char *names = g_strjoinv (", ", (char **) budget_areas);

      if (budget_area == NULL)
        return fail (error, name, "BudgetArea", _("an intervention needs a budget area: one of %s"), names);
      if (!g_strv_contains (budget_areas, budget_area))
        return fail (error, name, "BudgetArea", _("“%s” is not a budget area; use one of %s"),
                     budget_area, names);
      if (single)
        return fail (error, name, "Single", _("only a record form can be single"));
    }
  else if (budget_area != NULL)
    return fail (error, name, "BudgetArea", _("only an intervention form has a budget area"));

  form = _tf_form_new (group->ids[0], parser->area->id, kind);
  _tf_form_set_title (form, title);
  _tf_form_set_description (form, description);
  _tf_form_set_budget_area (form, budget_area);
  _tf_form_set_single (form, single);
  /* Checked once the fields are known (finish_form) */
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
    return fail (error, group, key, _("an amount cannot be negative"));
  if (type == TF_FIELD_SCALE && (bound < 0 || bound > 10 || bound != floor (bound)))
    return fail (error, group, key, _("a scale runs from 0 to 10 in whole numbers"));
  return TRUE;
}

static gboolean
parse_field_group (Parser  *parser,
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
    return fail (error, name, NULL, _("there is no [Form %s] in the file"), form_id);
  if (tf_form_get_category (form) == TF_FORM_INTERVENTION && g_strv_contains (intervention_columns, field_id))
    return fail (error, name, NULL,
                 _("an intervention cannot have a field called “%s”: the core keeps every "
                   "intervention's status, period and costs itself"), field_id);

  if (!check_keys (parser, name, allowed, error)
      || !get_string (parser, name, "Type", TRUE, FALSE, &type_name, error))
    return FALSE;
  if (!_tf_field_type_from_string (type_name, &type))
    return fail (error, name, "Type", _("“%s” is not a field type; use one of %s"),
                 type_name, _tf_field_type_names ());

  if (!get_string (parser, name, "Label", TRUE, TRUE, &label, error)
      || !get_string (parser, name, "Help", FALSE, TRUE, &help, error)
      || !get_boolean (parser, name, "Required", FALSE, &required, error)
      || !get_double (parser, name, "Min", &has_min, &min, error)
      || !get_double (parser, name, "Max", &has_max, &max, error)
      || !get_list (parser, name, "Demo", &demo, error))
    return FALSE;

  if ((has_min || has_max) && type != TF_FIELD_NUMBER && type != TF_FIELD_MONEY && type != TF_FIELD_SCALE)
    return fail (error, name, has_min ? "Min" : "Max", _("only number, money and scale fields have bounds"));
  if ((has_min && !check_bound (name, "Min", type, min, error))
      || (has_max && !check_bound (name, "Max", type, max, error)))
    return FALSE;
  if (has_min && has_max && min > max)
    {
      g_autofree char *min_text = _tf_dtostr_shortest (min);
      g_autofree char *max_text = _tf_dtostr_shortest (max);

      return fail (error, name, "Max", _("Max (%s) is less than Min (%s)"), max_text, min_text);
    }
  if (demo != NULL && type == TF_FIELD_STAFF)
    return fail (error, name, "Demo", _("a staff field takes no sample values; demo data picks staff members itself"));

  field = _tf_field_new (field_id, type);
  _tf_field_set_label (field, label);
  _tf_field_set_help (field, help);
  _tf_field_set_required (field, required);
  if (has_min)
    _tf_field_set_min (field, min);
  if (has_max)
    _tf_field_set_max (field, max);
  /* Checked once the choices are known (finish_form) */
  _tf_field_set_demo_values (field, (const char * const *) demo);

  _tf_form_add_field (form, field);
  g_hash_table_insert (parser->field_groups, field, (char *) name);
  return TRUE;
}

static gboolean
parse_choice_group (Parser  *parser,
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
    return fail (error, name, NULL, _("there is no [Form %s] in the file"), group->ids[0]);
  field = tf_form_find_field (form, group->ids[1]);
  if (field == NULL)
    return fail (error, name, NULL, _("there is no [Field %s/%s] in the file"), group->ids[0], group->ids[1]);
  if (tf_field_get_field_type (field) != TF_FIELD_CHOICE)
    return fail (error, name, NULL, _("the field %s/%s is not a choice field (Type=choice)"),
                 group->ids[0], group->ids[1]);

  if (!check_keys (parser, name, allowed, error)
      || !get_string (parser, name, "Label", TRUE, TRUE, &label, error))
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
      if (!parse_double (text, &number))
        return FALSE;
      tf_form_values_set_number (values, id, number);
      return TRUE;

    case TF_FIELD_MONEY:
      if (!parse_double (text, &number) || fabs (number) > 1e15)
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

static gboolean
finish_form (Parser  *parser,
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
        return fail (error, group, NULL, _("a choice field needs its choices as [Choice %s/%s/…] groups"),
                     tf_form_get_id (form), tf_field_get_id (field));

      for (guint j = 0; demo[j] != NULL; j++)
        {
          g_autoptr(TfFormValues) values = tf_form_values_new ();
          g_autofree char *problem = NULL;

          if (!demo_to_values (field, demo[j], values))
            {
              g_autoptr(GEnumClass) types = g_type_class_ref (TF_TYPE_FIELD_TYPE);
              GEnumValue *type = g_enum_get_value (types, tf_field_get_field_type (field));

              return fail (error, group, "Demo", _("the sample value “%s” is not a value of a %s field"),
                           demo[j], type->value_nick);
            }
          problem = tf_field_validate (field, values);
          if (problem != NULL)
            return fail (error, group, "Demo", _("the sample value “%s” is not valid: %s"), demo[j], problem);
        }
    }

  if (n_fields == 0 && tf_form_get_category (form) == TF_FORM_RECORD)
    return fail (error, form_group, NULL, _("a record form needs at least one [Field %s/…] group"),
                 tf_form_get_id (form));

  if (date_field != NULL)
    {
      TfField *field = tf_form_find_field (form, date_field);

      if (field == NULL || tf_field_get_field_type (field) != TF_FIELD_DATE)
        return fail (error, form_group, "DateField", _("the form has no date field “%s”"), date_field);
    }
  else if (tf_form_get_category (form) == TF_FORM_RECORD)
    {
      TfField *field = tf_form_find_field (form, "date");

      if (field != NULL && tf_field_get_field_type (field) == TF_FIELD_DATE)
        _tf_form_set_date_field (form, "date");
    }

  for (guint i = 0; summary[i] != NULL; i++)
    if (tf_form_find_field (form, summary[i]) == NULL)
      return fail (error, form_group, "Summary", _("the form has no field “%s”"), summary[i]);

  return TRUE;
}

static gboolean
parse_indicator_group (Parser  *parser,
                       Group   *group,
                       GError **error)
{
  static const char * const allowed[] = {
    "Title", "Unit", "HigherIsBetter", "Min", "Max", "Decimals", "Threshold", "Demo", NULL
  };
  const char *name = group->name;
  g_autoptr(TfIndicator) indicator = g_object_new (TF_TYPE_INDICATOR, NULL);
  g_auto(GStrv) demo = NULL;
  gboolean present;

  if (!check_keys (parser, name, allowed, error)
      || !get_string (parser, name, "Title", TRUE, TRUE, &indicator->title, error)
      || !get_string (parser, name, "Unit", FALSE, FALSE, &indicator->unit, error))
    return FALSE;

  if (!g_key_file_has_key (parser->file, name, "HigherIsBetter", NULL))
    return fail (error, name, "HigherIsBetter",
                 _("say whether a higher value is progress: HigherIsBetter=true or false"));
  if (!get_boolean (parser, name, "HigherIsBetter", FALSE, &indicator->higher_is_better, error)
      || !get_double (parser, name, "Min", &present, &indicator->min, error))
    return FALSE;
  if (!present)
    indicator->min = 0;
  if (!get_double (parser, name, "Max", &present, &indicator->max, error))
    return FALSE;
  if (!present)
    return fail (error, name, "Max", _("the key is missing; an indicator needs its highest value"));
  if (indicator->max <= indicator->min)
    {
      g_autofree char *min_text = _tf_dtostr_shortest (indicator->min);
      g_autofree char *max_text = _tf_dtostr_shortest (indicator->max);

      return fail (error, name, "Max", _("Max (%s) must be greater than Min (%s)"), max_text, min_text);
    }

  if (!get_int (parser, name, "Decimals", 0, MAX_DECIMALS, &present, &indicator->decimals, error)
      || !get_double (parser, name, "Threshold", &present, &indicator->threshold, error))
    return FALSE;
  if (present && indicator->threshold < 0)
    return fail (error, name, "Threshold", _("the threshold cannot be negative"));

  if (!get_list (parser, name, "Demo", &demo, error))
    return FALSE;
  if (demo != NULL)
    {
      if (g_strv_length (demo) != 2
          || !parse_double (demo[0], &indicator->demo_low)
          || !parse_double (demo[1], &indicator->demo_high)
          || indicator->demo_low > indicator->demo_high
          || indicator->demo_low < indicator->min
          || indicator->demo_high > indicator->max)
        return fail (error, name, "Demo", _("give the range of demo values as LOW;HIGH within Min and Max"));
      indicator->has_demo = TRUE;
    }

  indicator->id = g_strdup (group->ids[0]);
  indicator->area_id = g_strdup (parser->area->id);
  g_list_store_append (parser->area->indicators, indicator);
  return TRUE;
}

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
    return fail (error, group, key, _("“%s” does not name a date field as FORM/FIELD"), text);
  form = g_hash_table_lookup (parser->forms, parts[0]);
  if (form == NULL)
    return fail (error, group, key, _("there is no form “%s” in this area"), parts[0]);
  field = tf_form_find_field (form, parts[1]);
  if (field == NULL)
    return fail (error, group, key, _("the form %s has no field “%s”"), parts[0], parts[1]);
  if (tf_field_get_field_type (field) != TF_FIELD_DATE)
    return fail (error, group, key, _("%s/%s is not a date field"), parts[0], parts[1]);

  *form_id = g_strdup (parts[0]);
  *field_id = g_strdup (parts[1]);
  return TRUE;
}

static gboolean
parse_deadline_group (Parser  *parser,
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

  if (!check_keys (parser, name, allowed, error)
      || !get_string (parser, name, "Title", TRUE, TRUE, &rule->title, error)
      || !get_string (parser, name, "From", TRUE, FALSE, &from, error)
      || !get_string (parser, name, "DoneBy", FALSE, FALSE, &done_by, error))
    return FALSE;

  if (g_str_equal (from, "birthday"))
    rule->from_birthday = TRUE;
  else if (!parse_date_reference (parser, name, "From", from, &rule->from_form, &rule->from_field, error))
    return FALSE;
  /* Without DoneBy the deadline is shown but never met */
  if (done_by != NULL
      && !parse_date_reference (parser, name, "DoneBy", done_by, &rule->done_by_form, &rule->done_by_field, error))
    return FALSE;

  if (!get_int (parser, name, "Years", 0, MAX_DEADLINE_YEARS, &has_years, &rule->years, error)
      || !get_int (parser, name, "Months", 0, MAX_DEADLINE_YEARS * 12, &has_months, &rule->months, error)
      || !get_int (parser, name, "Days", 0, MAX_DEADLINE_YEARS * 366, &has_days, &rule->days, error))
    return FALSE;
  if (!has_years && !has_months && !has_days)
    return fail (error, name, NULL, _("give the time allowed with Years=, Months= and/or Days="));

  rule->id = g_strdup (group->ids[0]);
  rule->area_id = g_strdup (parser->area->id);
  g_list_store_append (parser->area->deadline_rules, rule);
  return TRUE;
}

static void
group_clear (Group *group)
{
  g_strfreev (group->ids);
}

/**
 * tf_area_new_from_bytes:
 * @bytes: the area file (a GKeyFile, see tf-area.h for its format)
 *
 * Reads and checks an area file. Forms, fields, choices, indicators and
 * deadline rules keep the order of the file. Title, Label, Help,
 * Organisation and Description are translated here through g_dgettext()
 * with the area's GettextDomain ("taskforce" by default), so the plugin
 * binds its domain (bindtextdomain()) before it calls this.
 *
 * The file is checked strictly: an unknown group or key (keys starting with
 * "X-" aside), a group or key given twice, a missing Id, Title or Label,
 * an id that is not lower-case letters, digits, - and _, an unknown field
 * type or category, a budget area outside mentor, family, network, school,
 * leisure and job (interventions must have one), bounds on a field that
 * takes none or Min above Max, a choice for a field that is not a choice
 * field, a choice field without choices, a sample value that does not fit
 * its field, a DateField, Summary, From or DoneBy naming a field the form
 * does not have or that is not a date, all fail with a message naming the
 * group and the key.
 *
 * Returns: (transfer full): the area, or %NULL with @error set
 *   (TF_ERROR_INVALID)
 */
TfArea *
tf_area_new_from_bytes (GBytes  *bytes,
                        GError **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(TfArea) area = NULL;
  g_autoptr(GHashTable) forms = NULL;
  g_autoptr(GHashTable) field_groups = NULL;
  g_autoptr(GArray) groups = NULL;
  g_auto(GStrv) names = NULL;
  g_autoptr(GBytes) text = NULL;
  Parser parser;
  gsize size;
  guint n_forms;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* Editors on Windows may start a UTF-8 file with a byte order mark */
  size = g_bytes_get_size (bytes);
  if (size >= 3 && memcmp (g_bytes_get_data (bytes, NULL), "\xef\xbb\xbf", 3) == 0)
    text = g_bytes_new_from_bytes (bytes, 3, size - 3);
  else
    text = g_bytes_ref (bytes);

  if (!g_key_file_load_from_bytes (file, text, G_KEY_FILE_KEEP_TRANSLATIONS, &local_error))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("The area file cannot be read: %s"),
                   local_error->message);
      return NULL;
    }
  if (!check_repeats (text, error))
    return NULL;
  if (!g_key_file_has_group (file, "Area"))
    {
      fail (error, "Area", NULL, _("the area file has no [Area] group"));
      return NULL;
    }

  area = g_object_new (TF_TYPE_AREA, NULL);
  forms = g_hash_table_new (g_str_hash, g_str_equal);
  field_groups = g_hash_table_new (NULL, NULL);
  parser = (Parser) { file, GETTEXT_PACKAGE, area, forms, field_groups };
  if (!parse_area_group (&parser, error))
    return NULL;

  names = g_key_file_get_groups (file, NULL);
  groups = g_array_new (FALSE, TRUE, sizeof (Group));
  g_array_set_clear_func (groups, (GDestroyNotify) group_clear);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_array_set_size (groups, i + 1);
      if (!classify_group (names[i], &g_array_index (groups, Group, i), error))
        return NULL;
    }

  /* Forms and indicators first, then fields, then choices, so that a group
   * may refer to one further down the file; each kind keeps file order. */
  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = &g_array_index (groups, Group, i);

      if ((group->kind == GROUP_FORM && !parse_form_group (&parser, group, error))
          || (group->kind == GROUP_INDICATOR && !parse_indicator_group (&parser, group, error)))
        return NULL;
    }
  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = &g_array_index (groups, Group, i);

      if (group->kind == GROUP_FIELD && !parse_field_group (&parser, group, error))
        return NULL;
    }
  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = &g_array_index (groups, Group, i);

      if (group->kind == GROUP_CHOICE && !parse_choice_group (&parser, group, error))
        return NULL;
    }

  n_forms = g_list_model_get_n_items (G_LIST_MODEL (area->forms));
  for (guint i = 0; i < n_forms; i++)
    {
      g_autoptr(TfForm) form = g_list_model_get_item (G_LIST_MODEL (area->forms), i);

      if (!finish_form (&parser, form, error))
        return NULL;
    }

  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = &g_array_index (groups, Group, i);

      if (group->kind == GROUP_DEADLINE && !parse_deadline_group (&parser, group, error))
        return NULL;
    }

  return g_steal_pointer (&area);
}

/**
 * tf_area_new_from_resource:
 * @resource_path: the area file in a registered GResource
 *   ("/dk/norddjurs/Taskforce/plugins/school/school.area")
 *
 * Reads an area file from a resource, as tf_area_new_from_bytes() does.
 *
 * Returns: (transfer full): the area, or %NULL with @error set; the message
 *   starts with @resource_path
 */
TfArea *
tf_area_new_from_resource (const char  *resource_path,
                           GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  TfArea *area;

  g_return_val_if_fail (resource_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local_error);
  if (bytes != NULL)
    area = tf_area_new_from_bytes (bytes, &local_error);
  else
    area = NULL;
  if (area == NULL)
    g_propagate_prefixed_error (error, g_steal_pointer (&local_error), "%s: ", resource_path);
  return area;
}
