/* tf-progression.c — a case's course over time, as series of dated values
 *
 * Three sources, read with three queries: the professionals' scores of the
 * assessments per domain, the progress of each goal across the versions of
 * the action plan (a goal is one goal_key through all versions, titled by
 * its latest words), and the indicators the work areas measure. Domains
 * are titled as the assessment page titles them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tf-access.h"
#include "tf-assessment-catalogue.h"
#include "tf-assessment-domain.h"
#include "tf-progression.h"
#include "tf-store-private.h"

struct _TfProgressionSeries
{
  GObject            parent_instance;

  TfProgressionKind  kind;
  char              *key;
  char              *title;
  char              *unit;
  int                decimals;
  double             min, max;
  gboolean           has_range;
  GArray            *points;   /* TfIndicatorPoint, oldest first */
};

G_DEFINE_FINAL_TYPE (TfProgressionSeries, tf_progression_series, G_TYPE_OBJECT)

static void
tf_progression_series_finalize (GObject *object)
{
  TfProgressionSeries *self = TF_PROGRESSION_SERIES (object);

  g_free (self->key);
  g_free (self->title);
  g_free (self->unit);
  g_array_unref (self->points);

  G_OBJECT_CLASS (tf_progression_series_parent_class)->finalize (object);
}

static void
tf_progression_series_class_init (TfProgressionSeriesClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_progression_series_finalize;
}

static void
tf_progression_series_init (TfProgressionSeries *self)
{
  self->points = g_array_new (FALSE, TRUE, sizeof (TfIndicatorPoint));
}

static TfProgressionSeries *
series_new (TfProgressionKind  kind,
            const char        *key,
            const char        *title)
{
  TfProgressionSeries *self = g_object_new (TF_TYPE_PROGRESSION_SERIES, NULL);

  self->kind = kind;
  self->key = g_strdup (key);
  self->title = g_strdup (title);
  if (kind != TF_PROGRESSION_INDICATOR)
    {
      self->min = 0;
      self->max = 10;
      self->has_range = TRUE;
    }
  return self;
}

/* Values come oldest first from the queries. A second value on the same day
 * (a plan revised the day it was made) replaces the first. */
static void
add_point (TfProgressionSeries *self,
           const char          *date,
           double               value)
{
  TfIndicatorPoint point = { { 0 }, value };

  if (date == NULL)
    return;
  g_strlcpy (point.measured_on, date, sizeof point.measured_on);
  if (self->points->len > 0)
    {
      TfIndicatorPoint *last = &g_array_index (self->points, TfIndicatorPoint, self->points->len - 1);

      if (strcmp (last->measured_on, point.measured_on) == 0)
        {
          last->value = value;
          return;
        }
    }
  g_array_append_val (self->points, point);
}

TfProgressionKind
tf_progression_series_get_kind (TfProgressionSeries *self)
{
  g_return_val_if_fail (TF_IS_PROGRESSION_SERIES (self), TF_PROGRESSION_DOMAIN);
  return self->kind;
}

const char *
tf_progression_series_get_key (TfProgressionSeries *self)
{
  g_return_val_if_fail (TF_IS_PROGRESSION_SERIES (self), NULL);
  return self->key;
}

const char *
tf_progression_series_get_title (TfProgressionSeries *self)
{
  g_return_val_if_fail (TF_IS_PROGRESSION_SERIES (self), NULL);
  return self->title;
}

/**
 * tf_progression_series_get_unit:
 *
 * Returns: (nullable): the unit
 */
const char *
tf_progression_series_get_unit (TfProgressionSeries *self)
{
  g_return_val_if_fail (TF_IS_PROGRESSION_SERIES (self), NULL);
  return self->unit;
}

int
tf_progression_series_get_decimals (TfProgressionSeries *self)
{
  g_return_val_if_fail (TF_IS_PROGRESSION_SERIES (self), 0);
  return self->decimals;
}

gboolean
tf_progression_series_get_range (TfProgressionSeries *self,
                                 double              *min,
                                 double              *max)
{
  g_return_val_if_fail (TF_IS_PROGRESSION_SERIES (self), FALSE);

  if (self->has_range)
    {
      if (min != NULL)
        *min = self->min;
      if (max != NULL)
        *max = self->max;
    }
  return self->has_range;
}

/**
 * tf_progression_series_get_points:
 * @n_points: (out):
 *
 * Returns: (transfer none) (array length=n_points): the values, oldest first
 */
const TfIndicatorPoint *
tf_progression_series_get_points (TfProgressionSeries *self,
                                  guint               *n_points)
{
  g_return_val_if_fail (TF_IS_PROGRESSION_SERIES (self), NULL);
  g_return_val_if_fail (n_points != NULL, NULL);

  *n_points = self->points->len;
  return (const TfIndicatorPoint *) (gpointer) self->points->data;
}

/* Loading */

/* Titled as the assessment page titles them (tf-assessment-catalogue.c):
 * built-in domains by the program, the coordinator's by their own words. */
static gboolean
load_domains (TfSession   *session,
              gint64       case_id,
              GListStore  *out,
              GError     **error)
{
  TfStore *store = tf_session_get_store (session);
  g_autoptr(GListModel) domains = tf_assessment_domain_list (session, TRUE, error);
  g_autoptr(GHashTable) titles = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(TfProgressionSeries) current = NULL;
  int rc;

  if (domains == NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(TfAssessmentDomain) domain = g_list_model_get_item (domains, i);

      /* the list keeps the domain and its strings alive */
      g_hash_table_insert (titles, (gpointer) tf_assessment_domain_get_code (domain),
                           (gpointer) tf_assessment_domain_get_title (domain));
    }
  stmt = tf_store_prepare (store,
    "SELECT d.code, a.assessed_on, s.score "
    "FROM assessment a "
    "JOIN assessment_score s ON s.assessment_id = a.id "
    "JOIN assessment_domain d ON d.id = s.domain_id "
    "WHERE a.case_id = ?1 AND s.score IS NOT NULL "
    "ORDER BY d.position, d.id, a.assessed_on, a.id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);

      if (current == NULL || g_strcmp0 (current->key, code) != 0)
        {
          if (current != NULL)
            g_list_store_append (out, current);
          g_clear_object (&current);
          const char *title = g_hash_table_lookup (titles, code);

          current = series_new (TF_PROGRESSION_DOMAIN, code, title != NULL ? title : code);
        }
      add_point (current, (const char *) sqlite3_column_text (stmt, 1),
                 sqlite3_column_int (stmt, 2));
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (store, error);
  if (current != NULL)
    g_list_store_append (out, current);
  return TRUE;
}

/* Goals in the order they were first set; each keeps the words of the
 * latest version that has it and its progress per plan. */
static gboolean
load_goals (TfStore     *store,
            gint64       case_id,
            GListStore  *out,
            GError     **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT g.goal_key, g.what, p.made_on, g.progress "
    "FROM action_plan p JOIN plan_goal g ON g.plan_id = p.id "
    "WHERE p.case_id = ?1 "
    "ORDER BY p.version, g.position", error);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GPtrArray) goals = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 key = sqlite3_column_int64 (stmt, 0);
      TfProgressionSeries *goal = g_hash_table_lookup (by_key, &key);

      if (goal == NULL)
        {
          g_autofree char *key_text = g_strdup_printf ("%" G_GINT64_FORMAT, key);

          goal = series_new (TF_PROGRESSION_GOAL, key_text, NULL);
          g_ptr_array_add (goals, goal);
          g_hash_table_insert (by_key, g_memdup2 (&key, sizeof key), goal);
        }
      g_free (goal->title);
      goal->title = tf_stmt_dup_text (stmt, 1);
      if (sqlite3_column_type (stmt, 3) != SQLITE_NULL)
        add_point (goal, (const char *) sqlite3_column_text (stmt, 2), sqlite3_column_int (stmt, 3));
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (store, error);

  for (guint i = 0; i < goals->len; i++)
    {
      TfProgressionSeries *goal = g_ptr_array_index (goals, i);

      if (goal->points->len > 0)
        g_list_store_append (out, goal);
    }
  return TRUE;
}

static void
describe_indicator (TfProgressionSeries *series,
                    TfRegistry          *registry)
{
  TfIndicator *indicator = registry ? tf_registry_find_indicator (registry, series->key) : NULL;

  if (indicator == NULL)
    {
      /* the work area was disabled: the values stay, under their id */
      series->title = g_strdup (series->key);
      series->decimals = 1;
      return;
    }
  series->title = g_strdup (tf_indicator_get_title (indicator));
  series->unit = g_strdup (tf_indicator_get_unit (indicator));
  series->decimals = tf_indicator_get_decimals (indicator);
  if (tf_indicator_get_max (indicator) > tf_indicator_get_min (indicator))
    {
      series->min = tf_indicator_get_min (indicator);
      series->max = tf_indicator_get_max (indicator);
      series->has_range = TRUE;
    }
}

/* Where the work areas list @id, or past them all. */
static guint
indicator_rank (GPtrArray  *listed,
                const char *id)
{
  for (guint i = 0; listed != NULL && i < listed->len; i++)
    if (g_strcmp0 (tf_indicator_get_id (g_ptr_array_index (listed, i)), id) == 0)
      return i;
  return G_MAXUINT;
}

static int
compare_by_rank (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  TfProgressionSeries *x = *(TfProgressionSeries * const *) a;
  TfProgressionSeries *y = *(TfProgressionSeries * const *) b;
  guint rx = indicator_rank (user_data, x->key), ry = indicator_rank (user_data, y->key);

  if (rx != ry)
    return rx < ry ? -1 : 1;
  return strcmp (x->key, y->key);
}

static gboolean
load_indicators (TfStore     *store,
                 TfRegistry  *registry,
                 gint64       case_id,
                 GListStore  *out,
                 GError     **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT indicator, measured_on, value FROM indicator_value "
    "WHERE case_id = ?1 ORDER BY indicator, measured_on, id", error);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) listed = registry ? tf_registry_list_indicators (registry) : NULL;
  TfProgressionSeries *current = NULL;
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *id = (const char *) sqlite3_column_text (stmt, 0);

      if (current == NULL || g_strcmp0 (current->key, id) != 0)
        {
          current = series_new (TF_PROGRESSION_INDICATOR, id, NULL);
          describe_indicator (current, registry);
          g_ptr_array_add (found, current);
        }
      add_point (current, (const char *) sqlite3_column_text (stmt, 1),
                 sqlite3_column_double (stmt, 2));
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (store, error);

  g_ptr_array_sort_with_data (found, compare_by_rank, listed);
  for (guint i = 0; i < found->len; i++)
    g_list_store_append (out, g_ptr_array_index (found, i));
  return TRUE;
}

GListModel *
tf_progression_load (TfSession   *session,
                     TfRegistry  *registry,
                     gint64       case_id,
                     GError     **error)
{
  TfStore *store;
  g_autoptr(GListStore) out = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (registry == NULL || TF_IS_REGISTRY (registry), NULL);

  if (!tf_access_check_case (session, TF_ACCESS_VIEW, case_id, error))
    return NULL;
  store = tf_session_get_store (session);
  out = g_list_store_new (TF_TYPE_PROGRESSION_SERIES);
  if (!load_domains (session, case_id, out, error) ||
      !load_goals (store, case_id, out, error) ||
      !load_indicators (store, registry, case_id, out, error))
    return NULL;
  return G_LIST_MODEL (g_steal_pointer (&out));
}

char *
tf_progression_first_date (GListModel *series)
{
  const char *first = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (series), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (series); i++)
    {
      g_autoptr(TfProgressionSeries) item = g_list_model_get_item (series, i);

      if (item->points->len > 0 &&
          (first == NULL || strcmp (g_array_index (item->points, TfIndicatorPoint, 0).measured_on, first) < 0))
        first = g_array_index (item->points, TfIndicatorPoint, 0).measured_on;
    }
  /* the list store keeps the items, so @first is still valid */
  return g_strdup (first);
}
