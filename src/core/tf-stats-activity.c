/* tf-stats-activity.c — interventions by budget area, group activities, meetings held
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-budget.h"
#include "tf-format.h"
#include "tf-stats-private.h"

/* The catalogue's areas of intervention: the budget's areas, whose ids are
 * the area files' BudgetArea= values, without administration (no
 * intervention has it). One list, so the figures and the economy use the
 * same names. */
#define N_INTERVENTION_AREAS 6

static const char *
intervention_area (guint i)
{
  return tf_budget_area_ids ()[i];
}

/* Started: begun (not planned) with its start in the period. Running:
 * begun and its days overlap the period; a completed or stopped one without
 * an end date ran on its start day only, an active one without an end runs
 * on. Read from record_intervention_figures alone (see 0006). */
static gboolean
compute_interventions (TfStats              *self,
                       const TfStatsContext *ctx,
                       GError              **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(GHashTable) young_people = _tf_stats_id_set_new ();   /* person × area */
  GArray *started[N_INTERVENTION_AREAS] = { NULL };   /* a case id per intervention */
  GArray *running[N_INTERVENTION_AREAS] = { NULL };
  gint64 people[N_INTERVENTION_AREAS] = { 0 };
  int rc;

  stmt = tf_store_prepare (ctx->store,
    "SELECT budget_area, status, starts_on, ends_on, case_id FROM record "
    "WHERE category = 'intervention' AND deleted_at IS NULL AND starts_on <= ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, ctx->last, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *area = (const char *) sqlite3_column_text (stmt, 0);
      const char *status = (const char *) sqlite3_column_text (stmt, 1);
      const char *starts_on = (const char *) sqlite3_column_text (stmt, 2);
      const char *ends_on = (const char *) sqlite3_column_text (stmt, 3);
      gint64 case_id = sqlite3_column_int64 (stmt, 4);
      gint64 person = _tf_stats_young_person (ctx, case_id);
      const char *until;
      guint i;

      if (status == NULL || starts_on == NULL || g_str_equal (status, "planned"))
        continue;
      for (i = 0; i < N_INTERVENTION_AREAS; i++)
        if (g_strcmp0 (area, intervention_area (i)) == 0)
          break;
      if (i == N_INTERVENTION_AREAS)
        continue;
      if (strcmp (starts_on, ctx->first) >= 0)
        _tf_stats_cases_add (&started[i], case_id);
      until = ends_on != NULL ? ends_on : g_str_equal (status, "active") ? "9999-12-31" : starts_on;
      if (strcmp (until, ctx->first) < 0)
        continue;
      _tf_stats_cases_add (&running[i], case_id);
      if (person != 0 && !g_hash_table_contains (young_people, &(gint64) { person * 8 + i }))
        {
          _tf_stats_id_set_add (young_people, person * 8 + i);
          people[i]++;
        }
    }
  if (rc != SQLITE_DONE)
    {
      for (guint i = 0; i < N_INTERVENTION_AREAS; i++)
        {
          g_clear_pointer (&started[i], g_array_unref);
          g_clear_pointer (&running[i], g_array_unref);
        }
      return tf_store_set_error (ctx->store, error);
    }

  for (guint i = 0; i < N_INTERVENTION_AREAS; i++)
    {
      TfStatsInterventionArea *area = g_new0 (TfStatsInterventionArea, 1);

      area->id = g_strdup (intervention_area (i));
      area->label = g_strdup (tf_budget_area_label (area->id));
      _tf_stats_count_set_events (self, &area->started, NULL, NULL, started[i]);
      /* The young people with one running: the cases the running ones are on */
      _tf_stats_count_set (self, &area->young_people, NULL, NULL, people[i]);
      _tf_stats_count_take_cases (&area->young_people, running[i] != NULL ? g_array_copy (running[i]) : NULL);
      _tf_stats_count_set_events (self, &area->running, NULL, NULL, running[i]);
      g_ptr_array_add (self->interventions, area);
    }
  return TRUE;
}

static TfStatsCount *
find_count (GPtrArray  *counts,
            const char *id)
{
  for (guint i = 0; i < counts->len; i++)
    {
      TfStatsCount *count = g_ptr_array_index (counts, i);

      if (g_strcmp0 (count->id, id) == 0)
        return count;
    }
  return NULL;
}

/* Group activities: the records of forms with Statistic=group-activity
 * dated in the period, by their StatisticField choice when given. */
static gboolean
compute_groups (TfStats              *self,
                const TfStatsContext *ctx,
                GError              **error)
{
  g_autoptr(GPtrArray) forms = _tf_stats_forms_with (ctx->registry, "group-activity");
  g_autoptr(GHashTable) young_people = _tf_stats_id_set_new ();
  g_autoptr(GHashTable) by_kind = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                         (GDestroyNotify) g_array_unref);
  g_autoptr(GArray) started = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < forms->len; i++)
    {
      TfForm *form = g_ptr_array_index (forms, i);
      const char *kind_field = tf_form_get_statistic_field (form);
      TfField *field = kind_field != NULL ? tf_form_find_field (form, kind_field) : NULL;
      g_autoptr(TfStmt) stmt = NULL;
      int rc;

      if (field != NULL)
        {
          const char * const *ids = tf_field_get_choice_ids (field);

          for (guint j = 0; ids[j] != NULL; j++)
            if (find_count (self->groups.by_kind, ids[j]) == NULL)
              g_ptr_array_add (self->groups.by_kind,
                               _tf_stats_count_new (self, ids[j], tf_field_get_choice_label (field, ids[j]), 0));
        }

      stmt = tf_store_prepare (ctx->store,
        "SELECT c.young_person_id, json_extract (r.vals, '$.\"' || ?2 || '\"'), d, r.case_id FROM ("
        "  SELECT case_id, vals, json_extract (vals, '$.\"' || ?3 || '\"') AS d "
        "  FROM record WHERE form = ?1 AND deleted_at IS NULL) AS r "
        "JOIN cases c ON c.id = r.case_id "
        "WHERE typeof (d) = 'text' AND d BETWEEN ?4 AND ?5", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, tf_form_get_id (form), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, kind_field != NULL ? kind_field : "", -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, tf_form_get_date_field (form), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, ctx->first, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, ctx->last, -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          const char *kind = (const char *) sqlite3_column_text (stmt, 1);
          gint64 case_id = sqlite3_column_int64 (stmt, 3);
          TfStatsCount *count;
          GArray *cases;

          g_array_append_val (started, case_id);
          _tf_stats_id_set_add (young_people, sqlite3_column_int64 (stmt, 0));
          if (field == NULL)
            continue;
          count = find_count (self->groups.by_kind, kind != NULL ? kind : "not-recorded");
          if (count == NULL)
            {
              count = _tf_stats_count_new (self, kind != NULL ? kind : "not-recorded",
                                           kind != NULL ? kind : _("Kind not recorded"), 0);
              g_ptr_array_add (self->groups.by_kind, count);
            }
          cases = g_hash_table_lookup (by_kind, count);
          if (cases == NULL)
            {
              cases = g_array_new (FALSE, FALSE, sizeof (gint64));
              g_hash_table_insert (by_kind, count, cases);
            }
          g_array_append_val (cases, case_id);
        }
      if (rc != SQLITE_DONE)
        return tf_store_set_error (ctx->store, error);
    }

  for (guint i = 0; i < self->groups.by_kind->len; i++)
    {
      TfStatsCount *count = g_ptr_array_index (self->groups.by_kind, i);
      gpointer cases = NULL;

      g_hash_table_steal_extended (by_kind, count, NULL, &cases);
      _tf_stats_count_set_events (self, count, count->id, count->label, cases);
    }
  /* The young people who took part: the cases their activities are on */
  _tf_stats_count_set (self, &self->groups.young_people, NULL, NULL, g_hash_table_size (young_people));
  _tf_stats_count_take_cases (&self->groups.young_people, g_array_copy (started));
  _tf_stats_count_set_events (self, &self->groups.started, NULL, NULL, g_steal_pointer (&started));
  return TRUE;
}

static const struct { const char *id; const char *label; } meeting_kinds[] = {
  { "taskforce", N_("Taskforce meetings") },
  { "screening", N_("Screening meetings") },
  { "network", N_("Network meetings") },
};

static int
meeting_kind_index (const char *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (meeting_kinds); i++)
    if (g_strcmp0 (kind, meeting_kinds[i].id) == 0)
      return (int) i;
  return -1;
}

/* Meetings held: dated in the period and not after today, not cancelled.
 * Their trace is the cases they dealt with: the network meeting's case and
 * every agenda item's; a decision's and a task's, their own case. */
static gboolean
compute_meetings (TfStats              *self,
                  const TfStatsContext *ctx,
                  GError              **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(TfStmt) items = NULL;
  g_autoptr(TfStmt) tasks = NULL;
  gint64 by_kind[G_N_ELEMENTS (meeting_kinds)] = { 0 };
  GArray *kind_cases[G_N_ELEMENTS (meeting_kinds)] = { NULL };
  g_autoptr(GArray) decisions = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) all_tasks = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) done = g_array_new (FALSE, FALSE, sizeof (gint64));
  GArray *held_cases = NULL;
  gint64 held = 0;
  const char *until = strcmp (ctx->today, ctx->last) < 0 ? ctx->today : ctx->last;
  int rc;

  stmt = tf_store_prepare (ctx->store,
    "SELECT kind, case_id FROM meeting "
    "WHERE held_on BETWEEN ?1 AND ?2 AND status <> 'cancelled'", error);
  if (stmt == NULL)
    return FALSE;
  items = tf_store_prepare (ctx->store,
    "SELECT m.kind, a.case_id, length (trim (coalesce (a.decision, ''))) > 0 "
    "FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id "
    "WHERE m.held_on BETWEEN ?1 AND ?2 AND m.status <> 'cancelled'", error);
  if (items == NULL)
    return FALSE;
  tasks = tf_store_prepare (ctx->store,
    "SELECT t.case_id, t.done_on IS NOT NULL "
    "FROM task t JOIN agenda_item a ON a.id = t.agenda_item_id JOIN meeting m ON m.id = a.meeting_id "
    "WHERE m.held_on BETWEEN ?1 AND ?2 AND m.status <> 'cancelled'", error);
  if (tasks == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, ctx->first, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, until, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int kind = meeting_kind_index ((const char *) sqlite3_column_text (stmt, 0));
      gint64 case_id = sqlite3_column_int64 (stmt, 1);

      held++;
      if (kind < 0)
        continue;
      by_kind[kind]++;
      if (case_id > 0)
        _tf_stats_cases_add (&kind_cases[kind], case_id);
    }
  if (rc == SQLITE_DONE)
    {
      sqlite3_bind_text (items, 1, ctx->first, -1, SQLITE_STATIC);
      sqlite3_bind_text (items, 2, until, -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (items)) == SQLITE_ROW)
        {
          int kind = meeting_kind_index ((const char *) sqlite3_column_text (items, 0));
          gint64 case_id = sqlite3_column_int64 (items, 1);

          /* A free topic has no case: it counts as a decision, traces to none */
          if (sqlite3_column_int (items, 2))
            g_array_append_val (decisions, case_id);
          if (kind >= 0 && case_id > 0)
            _tf_stats_cases_add (&kind_cases[kind], case_id);
        }
    }
  if (rc == SQLITE_DONE)
    {
      sqlite3_bind_text (tasks, 1, ctx->first, -1, SQLITE_STATIC);
      sqlite3_bind_text (tasks, 2, until, -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (tasks)) == SQLITE_ROW)
        {
          gint64 case_id = sqlite3_column_int64 (tasks, 0);

          g_array_append_val (all_tasks, case_id);
          if (sqlite3_column_int (tasks, 1))
            g_array_append_val (done, case_id);
        }
    }
  if (rc != SQLITE_DONE)
    {
      for (guint i = 0; i < G_N_ELEMENTS (meeting_kinds); i++)
        g_clear_pointer (&kind_cases[i], g_array_unref);
      return tf_store_set_error (ctx->store, error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (meeting_kinds); i++)
    {
      TfStatsCount *count = _tf_stats_count_new (self, meeting_kinds[i].id, _(meeting_kinds[i].label), by_kind[i]);

      if (kind_cases[i] != NULL)
        {
          if (held_cases == NULL)
            held_cases = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_array_append_vals (held_cases, kind_cases[i]->data, kind_cases[i]->len);
        }
      _tf_stats_count_take_cases (count, kind_cases[i]);
      g_ptr_array_add (self->meetings.by_kind, count);
    }
  _tf_stats_count_set (self, &self->meetings.held, NULL, NULL, held);
  _tf_stats_count_take_cases (&self->meetings.held, held_cases);
  _tf_stats_count_set_events (self, &self->meetings.decisions, NULL, NULL, g_steal_pointer (&decisions));
  _tf_stats_count_set_events (self, &self->meetings.tasks, NULL, NULL, g_steal_pointer (&all_tasks));
  _tf_stats_count_set_events (self, &self->meetings.tasks_done, NULL, NULL, g_steal_pointer (&done));
  return TRUE;
}

gboolean
_tf_stats_compute_activity (TfStats              *self,
                            const TfStatsContext *ctx,
                            GError              **error)
{
  return compute_interventions (self, ctx, error)
         && compute_groups (self, ctx, error)
         && compute_meetings (self, ctx, error);
}
