/* tf-stats-effect.c — effect on each indicator, re-offending, placements avoided
 *
 * Effect: a young person's first and latest value up to the period's end
 * are compared; with several cases over the years, a young person's values
 * count together (the person changes, not the case). A change of at least
 * the threshold in the indicator's good direction is "improved", the other
 * way "worsened", anything smaller "held". Which indicators there are and
 * their thresholds come from tf_stats_list_indicators(), the one place
 * that rule is written (the settings page shows the same list).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-format.h"
#include "tf-stats-indicators.h"
#include "tf-stats-private.h"
#include "tf-stats-settings.h"

static TfStatsEffect *
effect_new (TfStatsIndicator *indicator)
{
  TfStatsEffect *effect = g_new0 (TfStatsEffect, 1);

  effect->key = g_strdup (tf_stats_indicator_get_key (indicator));
  effect->title = g_strdup (tf_stats_indicator_get_title (indicator));
  effect->source = tf_stats_indicator_get_source (indicator);
  effect->higher_is_better = tf_stats_indicator_get_higher_is_better (indicator);
  effect->min = tf_stats_indicator_get_min (indicator);
  effect->max = tf_stats_indicator_get_max (indicator);
  effect->threshold = tf_stats_indicator_get_threshold (indicator);
  effect->threshold_is_set = tf_stats_indicator_get_threshold_is_set (indicator);
  effect->threshold_label = tf_stats_indicator_format_change (indicator, effect->threshold);
  return effect;
}

/* One young person's values of one indicator: the first and the latest
 * by (date, row id), as the store's order would give them. */
typedef struct
{
  char   first_date[11];
  gint64 first_id;
  double first;
  char   last_date[11];
  gint64 last_id;
  double last;
  guint  n;
  gint64 first_case;   /* the cases the two values were written on */
  gint64 last_case;
} Series;

/* Effects are keyed by young person and the effect's index in
 * self->effects, folded into one number. */
#define MAX_EFFECTS 4096

static void
add_value (GHashTable *series,
           gint64      young_person_id,
           gint64      case_id,
           guint       effect_index,
           const char *date,
           gint64      row_id,
           double      value)
{
  gint64 key = young_person_id * MAX_EFFECTS + effect_index;
  Series *s = g_hash_table_lookup (series, &key);
  int by_date;

  if (s == NULL)
    {
      s = g_new0 (Series, 1);
      g_hash_table_insert (series, g_memdup2 (&key, sizeof key), s);
    }
  if (s->n == 0)
    {
      g_strlcpy (s->first_date, date, sizeof s->first_date);
      g_strlcpy (s->last_date, date, sizeof s->last_date);
      s->first_id = s->last_id = row_id;
      s->first = s->last = value;
      s->first_case = s->last_case = case_id;
    }
  else
    {
      by_date = strcmp (date, s->first_date);
      if (by_date < 0 || (by_date == 0 && row_id < s->first_id))
        {
          g_strlcpy (s->first_date, date, sizeof s->first_date);
          s->first_id = row_id;
          s->first = value;
          s->first_case = case_id;
        }
      by_date = strcmp (date, s->last_date);
      if (by_date > 0 || (by_date == 0 && row_id > s->last_id))
        {
          g_strlcpy (s->last_date, date, sizeof s->last_date);
          s->last_id = row_id;
          s->last = value;
          s->last_case = case_id;
        }
    }
  s->n++;
}

/* The counts of every effect from @first_index on, from the series. A
 * young person's trace is the case of their first value and that of their
 * latest (one case, mostly). */
static void
count_series (TfStats    *self,
              GHashTable *series,
              guint       first_index)
{
  const double epsilon = 1e-9;
  guint n_effects = self->effects->len;
  /* improved, held, worsened, once — per effect */
  g_autofree gint64 *counts = g_new0 (gint64, (gsize) n_effects * 4);
  g_autofree GArray **cases = g_new0 (GArray *, (gsize) n_effects * 4);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, series);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint index = (guint) (*(gint64 *) key % MAX_EFFECTS);
      TfStatsEffect *effect = g_ptr_array_index (self->effects, index);
      Series *s = value;
      double change;
      guint slot;

      change = effect->higher_is_better ? s->last - s->first : s->first - s->last;
      if (s->n == 1)
        slot = 3;
      else if (change >= effect->threshold - epsilon)
        slot = 0;
      else if (-change >= effect->threshold - epsilon)
        slot = 2;
      else
        slot = 1;
      counts[index * 4 + slot]++;
      _tf_stats_cases_add (&cases[index * 4 + slot], s->first_case);
      if (s->last_case != s->first_case)
        _tf_stats_cases_add (&cases[index * 4 + slot], s->last_case);
    }

  for (guint i = first_index; i < n_effects; i++)
    {
      TfStatsEffect *effect = g_ptr_array_index (self->effects, i);

      _tf_stats_count_set (self, &effect->improved, "improved", _("Improved"), counts[i * 4]);
      _tf_stats_count_set (self, &effect->held, "held", _("Held"), counts[i * 4 + 1]);
      _tf_stats_count_set (self, &effect->worsened, "worsened", _("Worsened"), counts[i * 4 + 2]);
      _tf_stats_count_set (self, &effect->measured_once, "measured-once", _("Measured once"), counts[i * 4 + 3]);
      _tf_stats_count_take_cases (&effect->improved, cases[i * 4]);
      _tf_stats_count_take_cases (&effect->held, cases[i * 4 + 1]);
      _tf_stats_count_take_cases (&effect->worsened, cases[i * 4 + 2]);
      _tf_stats_count_take_cases (&effect->measured_once, cases[i * 4 + 3]);
    }
}

static GHashTable *
series_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

/* Assessment domains: the professionals' score (the young person's own is
 * a different voice, shown beside it on the case, not counted here). One
 * walk of the assessments in stored order for every domain at once. */
static gboolean
compute_domains (TfStats              *self,
                 const TfStatsContext *ctx,
                 GListModel           *indicators,
                 GError              **error)
{
  g_autoptr(GHashTable) index_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) series = series_new ();
  g_autoptr(TfStmt) stmt = NULL;
  guint first_index = self->effects->len;
  int rc;

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(TfStatsIndicator) indicator = g_list_model_get_item (indicators, i);
      gint64 id = tf_stats_indicator_get_domain_id (indicator);

      if (tf_stats_indicator_get_source (indicator) != TF_STATS_SOURCE_DOMAIN)
        continue;
      g_hash_table_insert (index_of, g_memdup2 (&id, sizeof id), GUINT_TO_POINTER (self->effects->len));
      g_ptr_array_add (self->effects, effect_new (indicator));
    }

  stmt = tf_store_prepare (ctx->store,
    "SELECT a.case_id, a.assessed_on, a.id, s.domain_id, s.score "
    "FROM assessment a JOIN assessment_score s ON s.assessment_id = a.id "
    "WHERE a.assessed_on <= ?1 AND s.score IS NOT NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, ctx->last, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 domain_id = sqlite3_column_int64 (stmt, 3);
      gpointer index;
      const char *date = (const char *) sqlite3_column_text (stmt, 1);
      gint64 case_id = sqlite3_column_int64 (stmt, 0);
      gint64 person = _tf_stats_young_person (ctx, case_id);

      /* Retired domains are not reported */
      if (person == 0 || date == NULL || !g_hash_table_lookup_extended (index_of, &domain_id, NULL, &index))
        continue;
      add_value (series, person, case_id, GPOINTER_TO_UINT (index), date, sqlite3_column_int64 (stmt, 2),
                 sqlite3_column_double (stmt, 4));
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (ctx->store, error);
  count_series (self, series, first_index);
  return TRUE;
}

/* Goal progress: each action plan's mean progress over its goals with a
 * progress written (0–10); a young person's first plan against the latest. */
static gboolean
compute_goal_progress (TfStats              *self,
                       const TfStatsContext *ctx,
                       GListModel           *indicators,
                       GError              **error)
{
  g_autoptr(GHashTable) series = series_new ();
  g_autoptr(TfStmt) stmt = NULL;
  guint index = self->effects->len;
  int rc;

  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(TfStatsIndicator) indicator = g_list_model_get_item (indicators, i);

      if (tf_stats_indicator_get_source (indicator) == TF_STATS_SOURCE_GOAL_PROGRESS)
        g_ptr_array_add (self->effects, effect_new (indicator));
    }
  if (self->effects->len == index)
    return TRUE;
  /* Plans in order of date, then version (the "row id" of a series) */
  stmt = tf_store_prepare (ctx->store,
    "SELECT p.case_id, p.made_on, p.version, avg (g.progress) "
    "FROM action_plan p JOIN plan_goal g ON g.plan_id = p.id "
    "WHERE g.progress IS NOT NULL AND p.made_on <= ?1 GROUP BY p.id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, ctx->last, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 case_id = sqlite3_column_int64 (stmt, 0);
      gint64 person = _tf_stats_young_person (ctx, case_id);
      const char *date = (const char *) sqlite3_column_text (stmt, 1);

      if (person == 0 || date == NULL)
        continue;
      add_value (series, person, case_id, index, date, sqlite3_column_int64 (stmt, 2), sqlite3_column_double (stmt, 3));
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (ctx->store, error);
  count_series (self, series, index);
  return TRUE;
}

/* The work areas' indicators: one walk of the measurements for all. */
static gboolean
compute_indicators (TfStats              *self,
                    const TfStatsContext *ctx,
                    GListModel           *indicators,
                    GError              **error)
{
  g_autoptr(GHashTable) index_of = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) series = series_new ();
  g_autoptr(TfStmt) stmt = NULL;
  guint first_index = self->effects->len;
  int rc;

  for (guint i = 0; i < g_list_model_get_n_items (indicators) && self->effects->len < MAX_EFFECTS; i++)
    {
      g_autoptr(TfStatsIndicator) indicator = g_list_model_get_item (indicators, i);
      TfStatsEffect *effect;

      if (tf_stats_indicator_get_source (indicator) != TF_STATS_SOURCE_INDICATOR)
        continue;
      effect = effect_new (indicator);
      g_hash_table_insert (index_of, effect->key, GUINT_TO_POINTER (self->effects->len));
      g_ptr_array_add (self->effects, effect);
    }
  if (self->effects->len == first_index)
    return TRUE;

  stmt = tf_store_prepare (ctx->store,
    "SELECT case_id, indicator, measured_on, id, value FROM indicator_value WHERE measured_on <= ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, ctx->last, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 case_id = sqlite3_column_int64 (stmt, 0);
      gint64 person = _tf_stats_young_person (ctx, case_id);
      const char *indicator = (const char *) sqlite3_column_text (stmt, 1);
      const char *date = (const char *) sqlite3_column_text (stmt, 2);
      gpointer index;

      /* Values of an indicator no enabled area declares are not reported */
      if (person == 0 || date == NULL || indicator == NULL
          || !g_hash_table_lookup_extended (index_of, indicator, NULL, &index))
        continue;
      add_value (series, person, case_id, GPOINTER_TO_UINT (index), date, sqlite3_column_int64 (stmt, 3),
                 sqlite3_column_double (stmt, 4));
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (ctx->store, error);
  count_series (self, series, first_index);
  return TRUE;
}

gboolean
_tf_stats_compute_effects (TfStats              *self,
                           const TfStatsContext *ctx,
                           GError              **error)
{
  /* One list of the indicators and their thresholds, shared with the
   * settings page, so both always agree */
  g_autoptr(GListModel) indicators = tf_stats_list_indicators (ctx->session, ctx->registry, error);

  return indicators != NULL
         && compute_domains (self, ctx, indicators, error)
         && compute_goal_progress (self, ctx, indicators, error)
         && compute_indicators (self, ctx, indicators, error);
}

/* Re-offending */

#define FOLLOW_MONTHS 6

typedef struct
{
  char   plan[11];     /* the first action plan's day */
  char   from[11];     /* 6 months before it */
  char   until[11];    /* 6 months after it (exclusive) */
  gint64 plan_case;    /* the case the first plan was made on */
  GArray *before;      /* the case of each police contact before (gint64) */
  GArray *after;
} Follow;

static void
follow_free (Follow *follow)
{
  g_clear_pointer (&follow->before, g_array_unref);
  g_clear_pointer (&follow->after, g_array_unref);
  g_free (follow);
}

/* A young person's first plan: its day and case. */
typedef struct
{
  char   made_on[11];
  gint64 case_id;
} FirstPlan;

/* Appends the entries of @from (may be NULL) to *@to. */
static void
append_cases (GArray **to,
              GArray  *from)
{
  if (from == NULL)
    return;
  for (guint i = 0; i < from->len; i++)
    _tf_stats_cases_add (to, g_array_index (from, gint64, i));
}

gboolean
_tf_stats_compute_reoffending (TfStats              *self,
                               const TfStatsContext *ctx,
                               GError              **error)
{
  g_autoptr(GPtrArray) forms = _tf_stats_forms_with (ctx->registry, "police-contact");
  g_autoptr(GHashTable) follows = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                         (GDestroyNotify) follow_free);
  g_autoptr(TfStmt) plans = NULL;
  GHashTableIter iter;
  gpointer value;
  /* A case id per thing counted; for a young person, the plan's case and
   * those of the contacts that made them count */
  GArray *followed = NULL, *pending = NULL, *before = NULL, *after = NULL;
  GArray *with_before = NULL, *with_after = NULL;
  gint64 n_followed = 0, n_with_before = 0, n_with_after = 0;
  int rc;

  /* Each case's first plan; a young person's first is the earliest of
   * their cases' (the map of cases to young people is in memory). */
  g_autoptr(GHashTable) first_plan = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  gpointer key;

  plans = tf_store_prepare (ctx->store,
    "SELECT case_id, min (made_on) FROM action_plan GROUP BY case_id", error);
  if (plans == NULL)
    return FALSE;
  while ((rc = sqlite3_step (plans)) == SQLITE_ROW)
    {
      gint64 case_id = sqlite3_column_int64 (plans, 0);
      gint64 person = _tf_stats_young_person (ctx, case_id);
      const char *made_on = (const char *) sqlite3_column_text (plans, 1);
      FirstPlan *known;

      if (person == 0 || made_on == NULL || !tf_iso_date_is_valid (made_on))
        continue;
      known = g_hash_table_lookup (first_plan, &person);
      if (known == NULL)
        {
          known = g_new0 (FirstPlan, 1);
          g_hash_table_insert (first_plan, g_memdup2 (&person, sizeof person), known);
        }
      else if (strcmp (made_on, known->made_on) >= 0)
        continue;
      g_strlcpy (known->made_on, made_on, sizeof known->made_on);
      known->case_id = case_id;
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (ctx->store, error);

  g_hash_table_iter_init (&iter, first_plan);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      gint64 person = *(gint64 *) key;
      const FirstPlan *plan = value;
      const char *made_on = plan->made_on;
      Follow *follow;

      if (strcmp (made_on, ctx->last) > 0)
        continue;
      follow = g_new0 (Follow, 1);
      g_strlcpy (follow->plan, made_on, sizeof follow->plan);
      follow->plan_case = plan->case_id;
      if (!_tf_stats_add_months (made_on, -FOLLOW_MONTHS, follow->from)
          || !_tf_stats_add_months (made_on, FOLLOW_MONTHS, follow->until))
        {
          follow_free (follow);
          continue;
        }
      /* The 6 months after must be over by the period's end to compare */
      if (strcmp (follow->until, ctx->last) > 0)
        {
          _tf_stats_cases_add (&pending, plan->case_id);
          follow_free (follow);
          continue;
        }
      g_hash_table_insert (follows, g_memdup2 (&person, sizeof person), follow);
    }

  for (guint i = 0; i < forms->len; i++)
    {
      TfForm *form = g_ptr_array_index (forms, i);
      g_autoptr(TfStmt) stmt = tf_store_prepare (ctx->store,
        "SELECT case_id, json_extract (vals, '$.\"' || ?2 || '\"') "
        "FROM record WHERE form = ?1 AND deleted_at IS NULL", error);

      if (stmt == NULL)
        {
          g_clear_pointer (&pending, g_array_unref);
          return FALSE;
        }
      sqlite3_bind_text (stmt, 1, tf_form_get_id (form), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, tf_form_get_date_field (form), -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 case_id = sqlite3_column_int64 (stmt, 0);
          gint64 person = _tf_stats_young_person (ctx, case_id);
          const char *date = (const char *) sqlite3_column_text (stmt, 1);
          Follow *follow = g_hash_table_lookup (follows, &person);

          if (follow == NULL || date == NULL)
            continue;
          if (strcmp (date, follow->from) >= 0 && strcmp (date, follow->plan) < 0)
            _tf_stats_cases_add (&follow->before, case_id);
          else if (strcmp (date, follow->plan) >= 0 && strcmp (date, follow->until) < 0)
            _tf_stats_cases_add (&follow->after, case_id);
        }
      if (rc != SQLITE_DONE)
        {
          g_clear_pointer (&pending, g_array_unref);
          return tf_store_set_error (ctx->store, error);
        }
    }

  g_hash_table_iter_init (&iter, follows);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Follow *follow = value;

      n_followed++;
      _tf_stats_cases_add (&followed, follow->plan_case);
      append_cases (&before, follow->before);
      append_cases (&after, follow->after);
      if (follow->before != NULL)
        {
          n_with_before++;
          _tf_stats_cases_add (&with_before, follow->plan_case);
          append_cases (&with_before, follow->before);
        }
      if (follow->after != NULL)
        {
          n_with_after++;
          _tf_stats_cases_add (&with_after, follow->plan_case);
          append_cases (&with_after, follow->after);
        }
    }
  _tf_stats_count_set (self, &self->reoffending.followed, NULL, NULL, n_followed);
  _tf_stats_count_take_cases (&self->reoffending.followed, followed);
  _tf_stats_count_set_events (self, &self->reoffending.pending, NULL, NULL, pending);
  _tf_stats_count_set_events (self, &self->reoffending.contacts_before, NULL, NULL, before);
  _tf_stats_count_set_events (self, &self->reoffending.contacts_after, NULL, NULL, after);
  _tf_stats_count_set (self, &self->reoffending.with_contacts_before, NULL, NULL, n_with_before);
  _tf_stats_count_take_cases (&self->reoffending.with_contacts_before, with_before);
  _tf_stats_count_set (self, &self->reoffending.with_contacts_after, NULL, NULL, n_with_after);
  _tf_stats_count_take_cases (&self->reoffending.with_contacts_after, with_after);
  return TRUE;
}

/* Placements avoided: an estimate, see tf-stats.h */
gboolean
_tf_stats_compute_placements (TfStats              *self,
                              const TfStatsContext *ctx,
                              GError              **error)
{
  TfStatsPlacements *out = &self->placements;
  gboolean cost_set, share_set;
  gint64 young_people = g_hash_table_size (self->worked_with);

  if (!tf_stats_setting_get (ctx->session, "placement-cost-per-year", &out->cost_per_year, &cost_set, error)
      || !tf_stats_setting_get (ctx->session, "placement-share-avoided", &out->share_avoided, &share_set, error)
      || !tf_stats_setting_get (ctx->session, "placement-years", &out->years, NULL, error))
    return FALSE;
  _tf_stats_count_set (self, &out->young_people, NULL, NULL, young_people);
  _tf_stats_count_take_cases (&out->young_people, g_array_copy (self->worked_with_cases));
  out->configured = cost_set && share_set;
  if (!out->configured)
    return TRUE;
  out->placements_avoided = young_people * out->share_avoided / 100.0;
  out->value = round (out->placements_avoided * out->cost_per_year * out->years);
  return TRUE;
}
