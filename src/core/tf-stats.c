/* tf-stats.c — TfStats: computing the figures, and reading them
 *
 * tf_stats_compute() runs the parts in order — the funnel first, since it
 * finds the cases active at the period's end and the young people worked
 * with, which the legal basis and the placements estimate count — each in
 * its own file by topic. Everything is read in one read transaction's worth
 * of queries; nothing is written.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-stats-private.h"
#include "tf-stats-settings.h"

G_DEFINE_FINAL_TYPE (TfStats, tf_stats, G_TYPE_OBJECT)

/* Counts */

void
_tf_stats_count_set (TfStats      *self,
                     TfStatsCount *count,
                     const char   *id,
                     const char   *label,
                     gint64        n)
{
  if (id != count->id)
    {
      g_free (count->id);
      count->id = g_strdup (id);
    }
  if (label != count->label)
    {
      g_free (count->label);
      count->label = g_strdup (label);
    }
  count->n = n;
  count->below_threshold = tf_stats_is_below_threshold (self, n);
}

TfStatsCount *
_tf_stats_count_new (TfStats    *self,
                     const char *id,
                     const char *label,
                     gint64      n)
{
  TfStatsCount *count = g_new0 (TfStatsCount, 1);

  _tf_stats_count_set (self, count, id, label, n);
  return count;
}

void
_tf_stats_count_clear (TfStatsCount *count)
{
  g_clear_pointer (&count->id, g_free);
  g_clear_pointer (&count->label, g_free);
  g_clear_pointer (&count->cases, g_array_unref);
}

void
_tf_stats_cases_add (GArray **cases,
                     gint64   case_id)
{
  if (*cases == NULL)
    *cases = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (*cases, case_id);
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

void
_tf_stats_count_take_cases (TfStatsCount *count,
                            GArray       *cases)
{
  guint kept = 0;

  g_clear_pointer (&count->cases, g_array_unref);
  if (cases == NULL)
    return;
  g_array_sort (cases, compare_ids);
  for (guint i = 0; i < cases->len; i++)
    {
      gint64 id = g_array_index (cases, gint64, i);

      /* Rows without a case (a free agenda topic) trace to nothing */
      if (id <= 0 || (kept > 0 && g_array_index (cases, gint64, kept - 1) == id))
        continue;
      g_array_index (cases, gint64, kept++) = id;
    }
  g_array_set_size (cases, kept);
  if (kept == 0)
    {
      g_array_unref (cases);
      return;
    }
  count->cases = cases;
}

void
_tf_stats_count_set_events (TfStats      *self,
                            TfStatsCount *count,
                            const char   *id,
                            const char   *label,
                            GArray       *cases)
{
  _tf_stats_count_set (self, count, id, label, cases != NULL ? cases->len : 0);
  _tf_stats_count_take_cases (count, cases);
}

GArray *
_tf_stats_id_set_to_array (GHashTable *set)
{
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), g_hash_table_size (set));
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, set);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (ids, *(gint64 *) key);
  return ids;
}

void
_tf_stats_count_free (TfStatsCount *count)
{
  if (count == NULL)
    return;
  _tf_stats_count_clear (count);
  g_free (count);
}

static void
month_free (TfStatsMonth *month)
{
  g_free (month->label);
  _tf_stats_count_clear (&month->open_at_end);
  _tf_stats_count_clear (&month->new_referrals);
  g_free (month);
}

static void
intervention_area_free (TfStatsInterventionArea *area)
{
  g_free (area->id);
  g_free (area->label);
  _tf_stats_count_clear (&area->started);
  _tf_stats_count_clear (&area->running);
  _tf_stats_count_clear (&area->young_people);
  g_free (area);
}

static void
effect_free (TfStatsEffect *effect)
{
  g_free (effect->key);
  g_free (effect->title);
  g_free (effect->threshold_label);
  _tf_stats_count_clear (&effect->improved);
  _tf_stats_count_clear (&effect->held);
  _tf_stats_count_clear (&effect->worsened);
  _tf_stats_count_clear (&effect->measured_once);
  g_free (effect);
}

/* Helpers for the parts */

GPtrArray *
_tf_stats_forms_with (TfRegistry *registry,
                      const char *statistic)
{
  GPtrArray *forms = g_ptr_array_new ();
  GListModel *areas;

  if (registry == NULL)
    return forms;
  areas = tf_registry_get_areas (registry);
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(TfArea) area = g_list_model_get_item (areas, i);
      GListModel *area_forms = tf_area_get_forms (area);

      for (guint j = 0; j < g_list_model_get_n_items (area_forms); j++)
        {
          g_autoptr(TfForm) form = g_list_model_get_item (area_forms, j);

          if (g_strcmp0 (tf_form_get_statistic (form), statistic) == 0)
            g_ptr_array_add (forms, form);   /* the area keeps it alive */
        }
    }
  return forms;
}

gboolean
_tf_stats_add_months (const char *iso,
                      int         months,
                      char        out[11])
{
  int y, m, d, total, last;

  if (iso == NULL || !tf_iso_date_is_valid (iso) || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3)
    return FALSE;
  total = y * 12 + (m - 1) + months;
  y = total / 12;
  m = total % 12 + 1;
  last = g_date_get_days_in_month ((GDateMonth) m, (GDateYear) y);
  g_snprintf (out, 11, "%04d-%02d-%02d", y, m, MIN (d, last));
  return TRUE;
}

GHashTable *
_tf_stats_id_set_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

void
_tf_stats_id_set_add (GHashTable *set,
                      gint64      id)
{
  if (!g_hash_table_contains (set, &id))
    g_hash_table_add (set, g_memdup2 (&id, sizeof id));
}

/* The object */

static void
tf_stats_finalize (GObject *object)
{
  TfStats *self = TF_STATS (object);

  g_clear_pointer (&self->period, tf_period_free);
  g_free (self->computed_on);
  for (guint i = 0; i < TF_N_CASE_STATUSES; i++)
    {
      _tf_stats_count_clear (&self->funnel.entered[i]);
      _tf_stats_count_clear (&self->funnel.at_end[i]);
    }
  _tf_stats_count_clear (&self->funnel.screened);
  g_clear_pointer (&self->funnel.closed_by_reason, g_ptr_array_unref);
  g_clear_pointer (&self->caseload, g_ptr_array_unref);
  _tf_stats_count_clear (&self->active_cases);
  g_clear_pointer (&self->legal_basis, g_ptr_array_unref);
  g_clear_pointer (&self->interventions, g_ptr_array_unref);
  _tf_stats_count_clear (&self->groups.started);
  _tf_stats_count_clear (&self->groups.young_people);
  g_clear_pointer (&self->groups.by_kind, g_ptr_array_unref);
  g_clear_pointer (&self->meetings.by_kind, g_ptr_array_unref);
  _tf_stats_count_clear (&self->meetings.held);
  _tf_stats_count_clear (&self->meetings.decisions);
  _tf_stats_count_clear (&self->meetings.tasks);
  _tf_stats_count_clear (&self->meetings.tasks_done);
  g_clear_pointer (&self->effects, g_ptr_array_unref);
  _tf_stats_count_clear (&self->reoffending.followed);
  _tf_stats_count_clear (&self->reoffending.pending);
  _tf_stats_count_clear (&self->reoffending.contacts_before);
  _tf_stats_count_clear (&self->reoffending.contacts_after);
  _tf_stats_count_clear (&self->reoffending.with_contacts_before);
  _tf_stats_count_clear (&self->reoffending.with_contacts_after);
  _tf_stats_count_clear (&self->placements.young_people);
  g_clear_pointer (&self->active_at_end, g_hash_table_unref);
  g_clear_pointer (&self->worked_with, g_hash_table_unref);
  g_clear_pointer (&self->worked_with_cases, g_array_unref);

  G_OBJECT_CLASS (tf_stats_parent_class)->finalize (object);
}

static void
tf_stats_class_init (TfStatsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_stats_finalize;
}

static void
tf_stats_init (TfStats *self)
{
  GDestroyNotify free_count = (GDestroyNotify) _tf_stats_count_free;

  self->threshold = 5;
  self->funnel.closed_by_reason = g_ptr_array_new_with_free_func (free_count);
  self->caseload = g_ptr_array_new_with_free_func ((GDestroyNotify) month_free);
  self->legal_basis = g_ptr_array_new_with_free_func (free_count);
  self->interventions = g_ptr_array_new_with_free_func ((GDestroyNotify) intervention_area_free);
  self->groups.by_kind = g_ptr_array_new_with_free_func (free_count);
  self->meetings.by_kind = g_ptr_array_new_with_free_func (free_count);
  self->effects = g_ptr_array_new_with_free_func ((GDestroyNotify) effect_free);
  self->active_at_end = _tf_stats_id_set_new ();
  self->worked_with = _tf_stats_id_set_new ();
  self->worked_with_cases = g_array_new (FALSE, FALSE, sizeof (gint64));
}

static GArray *
load_young_people (TfStore  *store,
                   GError  **error)
{
  g_autoptr(GArray) map = g_array_new (FALSE, TRUE, sizeof (gint64));
  g_autoptr(TfStmt) stmt = NULL;
  int rc;

  stmt = tf_store_prepare (store, "SELECT id, young_person_id FROM cases ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      if (id <= 0 || id > G_MAXINT32)
        continue;
      if ((guint64) id >= map->len)
        g_array_set_size (map, (guint) id + 1);
      g_array_index (map, gint64, id) = sqlite3_column_int64 (stmt, 1);
    }
  if (rc != SQLITE_DONE)
    {
      tf_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&map);
}

TfStats *
tf_stats_compute (TfSession       *session,
                  TfRegistry      *registry,
                  const TfPeriod  *period,
                  const char      *today,
                  GError         **error)
{
  g_autoptr(TfStats) self = NULL;
  g_autofree char *today_iso = NULL;
  g_autoptr(GArray) young_people = NULL;
  TfStatsContext ctx;
  double threshold;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (registry == NULL || TF_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  /* Figures are counts over every case, never a young person's details,
   * so whoever may read the store may read them. */
  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  if (today != NULL && !tf_iso_date_is_valid (today))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("“%s” is not a date."), today);
      return NULL;
    }
  today_iso = today != NULL ? g_strdup (today) : tf_today_iso ();

  self = g_object_new (TF_TYPE_STATS, NULL);
  self->period = tf_period_copy (period);
  self->computed_on = g_strdup (today_iso);
  if (!tf_stats_setting_get (session, "anonymity-threshold", &threshold, NULL, error))
    return NULL;
  self->threshold = (int) threshold;

  ctx.session = session;
  ctx.store = tf_session_get_store (session);
  ctx.registry = registry;
  ctx.period = self->period;
  ctx.first = tf_period_get_first_day (self->period);
  ctx.last = tf_period_get_last_day (self->period);
  ctx.today = self->computed_on;
  young_people = load_young_people (ctx.store, error);
  if (young_people == NULL)
    return NULL;
  ctx.young_person_of = young_people;

  if (!_tf_stats_compute_funnel (self, &ctx, error)
      || !_tf_stats_compute_legal_basis (self, &ctx, error)
      || !_tf_stats_compute_activity (self, &ctx, error)
      || !_tf_stats_compute_effects (self, &ctx, error)
      || !_tf_stats_compute_reoffending (self, &ctx, error)
      || !_tf_stats_compute_placements (self, &ctx, error))
    return NULL;

  g_hash_table_remove_all (self->active_at_end);
  g_hash_table_remove_all (self->worked_with);
  g_array_set_size (self->worked_with_cases, 0);
  return g_steal_pointer (&self);
}

const TfPeriod *
tf_stats_get_period (TfStats *self)
{
  g_return_val_if_fail (TF_IS_STATS (self), NULL);
  return self->period;
}

int
tf_stats_get_anonymity_threshold (TfStats *self)
{
  g_return_val_if_fail (TF_IS_STATS (self), 0);
  return self->threshold;
}

const char *
tf_stats_get_computed_on (TfStats *self)
{
  g_return_val_if_fail (TF_IS_STATS (self), NULL);
  return self->computed_on;
}

const TfStatsFunnel *
tf_stats_get_funnel (TfStats *self)
{
  g_return_val_if_fail (TF_IS_STATS (self), NULL);
  return &self->funnel;
}

GPtrArray *
tf_stats_get_caseload (TfStats *self)
{
  g_return_val_if_fail (TF_IS_STATS (self), NULL);
  return self->caseload;
}

GPtrArray *
tf_stats_get_active_by_legal_basis (TfStats *self)
{
  g_return_val_if_fail (TF_IS_STATS (self), NULL);
  return self->legal_basis;
}

const TfStatsCount *
tf_stats_get_active_cases (TfStats *self)
{
  g_return_val_if_fail (TF_IS_STATS (self), NULL);
  return &self->active_cases;
}

GPtrArray *
tf_stats_get_interventions (TfStats *self)
{
  g_return_val_if_fail (TF_IS_STATS (self), NULL);
  return self->interventions;
}

const TfStatsGroupActivities *
tf_stats_get_group_activities (TfStats *self)
{
  g_return_val_if_fail (TF_IS_STATS (self), NULL);
  return &self->groups;
}

const TfStatsMeetings *
tf_stats_get_meetings (TfStats *self)
{
  g_return_val_if_fail (TF_IS_STATS (self), NULL);
  return &self->meetings;
}

GPtrArray *
tf_stats_get_effects (TfStats *self)
{
  g_return_val_if_fail (TF_IS_STATS (self), NULL);
  return self->effects;
}

const TfStatsEffect *
tf_stats_find_effect (TfStats    *self,
                      const char *key)
{
  g_return_val_if_fail (TF_IS_STATS (self), NULL);
  for (guint i = 0; i < self->effects->len; i++)
    {
      TfStatsEffect *effect = g_ptr_array_index (self->effects, i);

      if (g_strcmp0 (effect->key, key) == 0)
        return effect;
    }
  return NULL;
}

const TfStatsReoffending *
tf_stats_get_reoffending (TfStats *self)
{
  g_return_val_if_fail (TF_IS_STATS (self), NULL);
  return &self->reoffending;
}

const TfStatsPlacements *
tf_stats_get_placements (TfStats *self)
{
  g_return_val_if_fail (TF_IS_STATS (self), NULL);
  return &self->placements;
}

/* Anonymity */

gboolean
tf_stats_is_below_threshold (TfStats *self,
                             gint64   n)
{
  g_return_val_if_fail (TF_IS_STATS (self), FALSE);
  /* 0 tells nobody about anybody, so it is shown */
  return n > 0 && n < self->threshold;
}

char *
tf_stats_format_count (TfStats            *self,
                       const TfStatsCount *count,
                       gboolean            hide_small)
{
  g_return_val_if_fail (TF_IS_STATS (self), NULL);
  g_return_val_if_fail (count != NULL, NULL);

  if (hide_small && count->below_threshold)
    /* TRANSLATORS: a count hidden in a report for the committee */
    return g_strdup_printf (_("fewer than %d"), self->threshold);
  return g_strdup_printf ("%" G_GINT64_FORMAT, count->n);
}

char *
tf_stats_hidden_note (TfStats *self)
{
  g_return_val_if_fail (TF_IS_STATS (self), NULL);
  return g_strdup_printf (ngettext ("Counts below %d are not shown, so no young person can be recognised.",
                                    "Counts below %d are not shown, so no young person can be recognised.",
                                    self->threshold),
                          self->threshold);
}
