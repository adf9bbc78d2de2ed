/* tf-area-indicator.c — an indicator a work area measures, and its [Indicator] group
 *
 * A TfIndicator is what an area measures month by month (absence, contacts
 * with the police, well-being): its bounds, decimals and threshold, and how
 * a value is shown. It is read from an [Indicator ID] group of the area file
 * by the parser in tf-area.c; the group's parser lives here, beside the
 * object it fills in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-area-private.h"
#include "tf-form-private.h"

#define MAX_DECIMALS       6

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

/* ---- its [Indicator] group ----------------------------------------------- */

gboolean
_tf_area_parse_indicator_group (Parser  *parser,
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

  if (!_tf_area_check_keys (parser, name, allowed, error)
      || !_tf_area_get_string (parser, name, "Title", TRUE, TRUE, &indicator->title, error)
      || !_tf_area_get_string (parser, name, "Unit", FALSE, FALSE, &indicator->unit, error))
    return FALSE;

  if (!g_key_file_has_key (parser->file, name, "HigherIsBetter", NULL))
    return _tf_area_fail (error, name, "HigherIsBetter",
                          _("say whether a higher value is progress: HigherIsBetter=true or false"));
  if (!_tf_area_get_boolean (parser, name, "HigherIsBetter", FALSE, &indicator->higher_is_better, error)
      || !_tf_area_get_double (parser, name, "Min", &present, &indicator->min, error))
    return FALSE;
  if (!present)
    indicator->min = 0;
  if (!_tf_area_get_double (parser, name, "Max", &present, &indicator->max, error))
    return FALSE;
  if (!present)
    return _tf_area_fail (error, name, "Max", _("the key is missing; an indicator needs its highest value"));
  if (indicator->max <= indicator->min)
    {
      g_autofree char *min_text = _tf_dtostr_shortest (indicator->min);
      g_autofree char *max_text = _tf_dtostr_shortest (indicator->max);

      return _tf_area_fail (error, name, "Max", _("Max (%s) must be greater than Min (%s)"), max_text, min_text);
    }

  if (!_tf_area_get_int (parser, name, "Decimals", 0, MAX_DECIMALS, &present, &indicator->decimals, error)
      || !_tf_area_get_double (parser, name, "Threshold", &present, &indicator->threshold, error))
    return FALSE;
  if (present && indicator->threshold < 0)
    return _tf_area_fail (error, name, "Threshold", _("the threshold cannot be negative"));

  if (!_tf_area_get_list (parser, name, "Demo", &demo, error))
    return FALSE;
  if (demo != NULL)
    {
      if (g_strv_length (demo) != 2
          || !_tf_area_parse_double (demo[0], &indicator->demo_low)
          || !_tf_area_parse_double (demo[1], &indicator->demo_high)
          || indicator->demo_low > indicator->demo_high
          || indicator->demo_low < indicator->min
          || indicator->demo_high > indicator->max)
        return _tf_area_fail (error, name, "Demo", _("give the range of demo values as LOW;HIGH within Min and Max"));
      indicator->has_demo = TRUE;
    }

  indicator->id = g_strdup (group->ids[0]);
  indicator->area_id = g_strdup (parser->area->id);
  g_list_store_append (parser->area->indicators, indicator);
  return TRUE;
}

