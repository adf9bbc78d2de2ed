/* tf-economy-row.c — one line of the economy's figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-economy-row-private.h"

struct _TfEconomyRow
{
  GObject   parent_instance;

  char     *key;
  gint64    id;
  char     *label;
  gboolean  has_budget;
  gint64    budget;
  gint64    spent;
  gint64    committed;
  gint64    left;
  gint64    forecast;
};

G_DEFINE_FINAL_TYPE (TfEconomyRow, tf_economy_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_ID,
  PROP_LABEL,
  PROP_HAS_BUDGET,
  PROP_BUDGET,
  PROP_SPENT,
  PROP_COMMITTED,
  PROP_LEFT,
  PROP_FORECAST,
  PROP_OVER_BUDGET,
  N_PROPS
};

static void
tf_economy_row_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TfEconomyRow *self = TF_ECONOMY_ROW (object);

  switch (prop_id)
    {
    case PROP_KEY: g_value_set_string (value, self->key); break;
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_LABEL: g_value_set_string (value, self->label); break;
    case PROP_HAS_BUDGET: g_value_set_boolean (value, self->has_budget); break;
    case PROP_BUDGET: g_value_set_int64 (value, self->budget); break;
    case PROP_SPENT: g_value_set_int64 (value, self->spent); break;
    case PROP_COMMITTED: g_value_set_int64 (value, self->committed); break;
    case PROP_LEFT: g_value_set_int64 (value, self->left); break;
    case PROP_FORECAST: g_value_set_int64 (value, self->forecast); break;
    case PROP_OVER_BUDGET: g_value_set_boolean (value, tf_economy_row_get_over_budget (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_economy_row_finalize (GObject *object)
{
  TfEconomyRow *self = TF_ECONOMY_ROW (object);

  g_free (self->key);
  g_free (self->label);
  G_OBJECT_CLASS (tf_economy_row_parent_class)->finalize (object);
}

static void
tf_economy_row_class_init (TfEconomyRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  const char * const money[] = { "budget", "spent", "committed", "left", "forecast" };

  object_class->get_property = tf_economy_row_get_property;
  object_class->finalize = tf_economy_row_finalize;
  g_object_class_install_property (object_class, PROP_KEY,
                                   g_param_spec_string ("key", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_ID,
                                   g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_LABEL,
                                   g_param_spec_string ("label", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_HAS_BUDGET,
                                   g_param_spec_boolean ("has-budget", NULL, NULL, FALSE, ro));
  for (guint i = 0; i < G_N_ELEMENTS (money); i++)
    g_object_class_install_property (object_class, PROP_BUDGET + i,
                                     g_param_spec_int64 (money[i], NULL, NULL,
                                                         G_MININT64, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_OVER_BUDGET,
                                   g_param_spec_boolean ("over-budget", NULL, NULL, FALSE, ro));
}

static void
tf_economy_row_init (TfEconomyRow *self)
{
}

TfEconomyRow *
_tf_economy_row_new (const char          *key,
                     gint64               id,
                     const char          *label,
                     gboolean             has_budget,
                     gint64               budget,
                     const TfEconomySums *sums,
                     gint64               forecast)
{
  TfEconomyRow *self = g_object_new (TF_TYPE_ECONOMY_ROW, NULL);

  self->key = g_strdup (key);
  self->id = id;
  self->label = g_strdup (label);
  self->has_budget = has_budget;
  self->budget = has_budget ? budget : 0;
  self->spent = sums->spent;
  self->committed = sums->committed;
  self->left = has_budget ? budget - sums->spent - sums->committed : 0;
  self->forecast = forecast;
  return self;
}

const char *
tf_economy_row_get_key (TfEconomyRow *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY_ROW (self), NULL);
  return self->key;
}

gint64
tf_economy_row_get_id (TfEconomyRow *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY_ROW (self), 0);
  return self->id;
}

const char *
tf_economy_row_get_label (TfEconomyRow *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY_ROW (self), NULL);
  return self->label;
}

gboolean
tf_economy_row_get_has_budget (TfEconomyRow *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY_ROW (self), FALSE);
  return self->has_budget;
}

gint64
tf_economy_row_get_budget (TfEconomyRow *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY_ROW (self), 0);
  return self->budget;
}

gint64
tf_economy_row_get_spent (TfEconomyRow *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY_ROW (self), 0);
  return self->spent;
}

gint64
tf_economy_row_get_committed (TfEconomyRow *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY_ROW (self), 0);
  return self->committed;
}

gint64
tf_economy_row_get_left (TfEconomyRow *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY_ROW (self), 0);
  return self->left;
}

gint64
tf_economy_row_get_forecast (TfEconomyRow *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY_ROW (self), 0);
  return self->forecast;
}

/* Passing means more than the budget: a forecast exactly on it is not a
 * warning. */
gboolean
tf_economy_row_get_over_budget (TfEconomyRow *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY_ROW (self), FALSE);
  return self->has_budget && self->forecast > self->budget;
}
