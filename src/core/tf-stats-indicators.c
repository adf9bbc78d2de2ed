/* tf-stats-indicators.c — the indicators the figures measure effect on, with their thresholds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-assessment-catalogue.h"
#include "tf-stats-indicators.h"
#include "tf-store-private.h"

/* 3 points on a 0–10 scale: the default threshold, scaled to an
 * indicator's range when its area file gives no Threshold=. */
#define DEFAULT_SHARE_OF_RANGE 0.3

/* The scale of an assessment score and of a goal's progress */
#define SCORE_MIN 0
#define SCORE_MAX 10

struct _TfStatsIndicator
{
  GObject        parent_instance;

  char          *key;
  char          *title;
  char          *group;
  TfStatsSource  source;
  gint64         domain_id;
  gboolean       higher_is_better;
  double         min;
  double         max;
  int            decimals;
  char          *unit;
  double         default_threshold;
  double         threshold;
  gboolean       threshold_is_set;
};

G_DEFINE_FINAL_TYPE (TfStatsIndicator, tf_stats_indicator, G_TYPE_OBJECT)

static void
tf_stats_indicator_finalize (GObject *object)
{
  TfStatsIndicator *self = TF_STATS_INDICATOR (object);

  g_free (self->key);
  g_free (self->title);
  g_free (self->group);
  g_free (self->unit);
  G_OBJECT_CLASS (tf_stats_indicator_parent_class)->finalize (object);
}

static void
tf_stats_indicator_class_init (TfStatsIndicatorClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_stats_indicator_finalize;
}

static void
tf_stats_indicator_init (TfStatsIndicator *self)
{
}

/* @declared: the area file's Threshold= (0 when it gives none). */
static TfStatsIndicator *
indicator_new (const char    *key,
               const char    *title,
               const char    *group,
               TfStatsSource  source,
               gboolean       higher_is_better,
               double         min,
               double         max,
               double         declared,
               GHashTable    *own)
{
  TfStatsIndicator *self = g_object_new (TF_TYPE_STATS_INDICATOR, NULL);
  double *set = g_hash_table_lookup (own, key);

  self->key = g_strdup (key);
  self->title = g_strdup (title);
  self->group = g_strdup (group);
  self->source = source;
  self->higher_is_better = higher_is_better;
  self->min = min;
  self->max = max;
  self->default_threshold = declared > 0 ? declared : DEFAULT_SHARE_OF_RANGE * (max - min);
  self->threshold_is_set = set != NULL;
  self->threshold = set != NULL ? *set : self->default_threshold;
  return self;
}

/* Every threshold the coordinator has set, by key: one read for the list
 * instead of one per indicator. */
static GHashTable *
read_own_thresholds (TfSession  *session,
                     GError    **error)
{
  TfStore *store = tf_session_get_store (session);
  g_autoptr(GHashTable) own = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
                                             "SELECT indicator, threshold FROM stats_indicator_setting", error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      double threshold = sqlite3_column_double (stmt, 1);

      g_hash_table_insert (own, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                           g_memdup2 (&threshold, sizeof threshold));
    }
  if (rc != SQLITE_DONE)
    {
      tf_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&own);
}

/**
 * tf_stats_list_indicators:
 * @registry: (nullable): the enabled work areas
 *
 * Returns: (transfer full): a #GListModel of #TfStatsIndicator, or %NULL
 *   with @error set
 */
GListModel *
tf_stats_list_indicators (TfSession   *session,
                          TfRegistry  *registry,
                          GError     **error)
{
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GListModel) domains = NULL;
  g_autoptr(GHashTable) own = NULL;
  g_autoptr(TfStatsIndicator) goals = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (registry == NULL || TF_IS_REGISTRY (registry), NULL);

  own = read_own_thresholds (session, error);
  if (own == NULL)
    return NULL;
  /* Retired domains are no longer scored, so not reported */
  domains = tf_assessment_domain_list (session, FALSE, error);
  if (domains == NULL)
    return NULL;
  list = g_list_store_new (TF_TYPE_STATS_INDICATOR);

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(TfAssessmentDomain) domain = g_list_model_get_item (domains, i);
      g_autofree char *key = g_strconcat ("domain:", tf_assessment_domain_get_code (domain), NULL);
      g_autoptr(TfStatsIndicator) indicator = indicator_new (key, tf_assessment_domain_get_title (domain),
                                                             _("Assessment domain"), TF_STATS_SOURCE_DOMAIN,
                                                             TRUE, SCORE_MIN, SCORE_MAX, 0, own);

      indicator->domain_id = tf_assessment_domain_get_id (domain);
      g_list_store_append (list, indicator);
    }

  /* A plan's progress is the mean of its goals' 0–10, so it moves in the
   * same points as a score */
  goals = indicator_new ("goal-progress", _("Progress on the action plan's goals"), _("Action plan"),
                         TF_STATS_SOURCE_GOAL_PROGRESS, TRUE, SCORE_MIN, SCORE_MAX, 0, own);
  g_list_store_append (list, goals);

  if (registry != NULL)
    {
      g_autoptr(GPtrArray) indicators = tf_registry_list_indicators (registry);

      for (guint i = 0; i < indicators->len; i++)
        {
          TfIndicator *area_indicator = g_ptr_array_index (indicators, i);
          TfArea *area = tf_registry_find_area (registry, tf_indicator_get_area_id (area_indicator));
          g_autoptr(TfStatsIndicator) indicator =
            indicator_new (tf_indicator_get_id (area_indicator), tf_indicator_get_title (area_indicator),
                           area != NULL ? tf_area_get_title (area) : _("Work area"), TF_STATS_SOURCE_INDICATOR,
                           tf_indicator_get_higher_is_better (area_indicator),
                           tf_indicator_get_min (area_indicator), tf_indicator_get_max (area_indicator),
                           tf_indicator_get_threshold (area_indicator), own);

          indicator->decimals = tf_indicator_get_decimals (area_indicator);
          indicator->unit = g_strdup (tf_indicator_get_unit (area_indicator));
          g_list_store_append (list, indicator);
        }
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

const char *
tf_stats_indicator_get_key (TfStatsIndicator *self)
{
  g_return_val_if_fail (TF_IS_STATS_INDICATOR (self), NULL);
  return self->key;
}

const char *
tf_stats_indicator_get_title (TfStatsIndicator *self)
{
  g_return_val_if_fail (TF_IS_STATS_INDICATOR (self), NULL);
  return self->title;
}

const char *
tf_stats_indicator_get_group (TfStatsIndicator *self)
{
  g_return_val_if_fail (TF_IS_STATS_INDICATOR (self), NULL);
  return self->group;
}

TfStatsSource
tf_stats_indicator_get_source (TfStatsIndicator *self)
{
  g_return_val_if_fail (TF_IS_STATS_INDICATOR (self), TF_STATS_SOURCE_INDICATOR);
  return self->source;
}

gint64
tf_stats_indicator_get_domain_id (TfStatsIndicator *self)
{
  g_return_val_if_fail (TF_IS_STATS_INDICATOR (self), 0);
  return self->domain_id;
}

gboolean
tf_stats_indicator_get_higher_is_better (TfStatsIndicator *self)
{
  g_return_val_if_fail (TF_IS_STATS_INDICATOR (self), TRUE);
  return self->higher_is_better;
}

double
tf_stats_indicator_get_min (TfStatsIndicator *self)
{
  g_return_val_if_fail (TF_IS_STATS_INDICATOR (self), 0);
  return self->min;
}

double
tf_stats_indicator_get_max (TfStatsIndicator *self)
{
  g_return_val_if_fail (TF_IS_STATS_INDICATOR (self), 0);
  return self->max;
}

int
tf_stats_indicator_get_decimals (TfStatsIndicator *self)
{
  g_return_val_if_fail (TF_IS_STATS_INDICATOR (self), 0);
  return self->decimals;
}

const char *
tf_stats_indicator_get_unit (TfStatsIndicator *self)
{
  g_return_val_if_fail (TF_IS_STATS_INDICATOR (self), NULL);
  return self->unit;
}

gboolean
tf_stats_indicator_is_score (TfStatsIndicator *self)
{
  g_return_val_if_fail (TF_IS_STATS_INDICATOR (self), FALSE);
  return self->source != TF_STATS_SOURCE_INDICATOR;
}

double
tf_stats_indicator_get_default_threshold (TfStatsIndicator *self)
{
  g_return_val_if_fail (TF_IS_STATS_INDICATOR (self), 0);
  return self->default_threshold;
}

double
tf_stats_indicator_get_threshold (TfStatsIndicator *self)
{
  g_return_val_if_fail (TF_IS_STATS_INDICATOR (self), 0);
  return self->threshold;
}

gboolean
tf_stats_indicator_get_threshold_is_set (TfStatsIndicator *self)
{
  g_return_val_if_fail (TF_IS_STATS_INDICATOR (self), FALSE);
  return self->threshold_is_set;
}

char *
tf_stats_indicator_dup_unit_label (TfStatsIndicator *self,
                                   double            value)
{
  g_return_val_if_fail (TF_IS_STATS_INDICATOR (self), NULL);

  /* ngettext wants a whole number; 1,5 reads as plural, as does 0 */
  if (tf_stats_indicator_is_score (self))
    /* TRANSLATORS: the unit of a change on a 0–10 score, after the number: "3 points" */
    return g_strdup (ngettext ("point", "points", fabs (value - 1) < 1e-9 ? 1 : 2));
  return g_strdup (self->unit);
}

char *
tf_stats_indicator_format_change (TfStatsIndicator *self,
                                  double            value)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  g_autofree char *unit = NULL;
  char *end;

  g_return_val_if_fail (TF_IS_STATS_INDICATOR (self), NULL);

  /* Up to two decimals, none trailing: "3", "2,5", "0,25" */
  g_ascii_formatd (number, sizeof number, "%.2f", value);
  end = number + strlen (number) - 1;
  while (end > number && *end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  g_strdelimit (number, ".", ',');

  unit = tf_stats_indicator_dup_unit_label (self, value);
  if (unit == NULL)
    return g_strdup (number);
  return g_strdup_printf ("%s %s", number, unit);
}
