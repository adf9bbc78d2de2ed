/* tf-stats-funnel.c — the funnel, the caseload and active cases by legal basis
 *
 * All three come from one walk of the status history up to the period's
 * end, case by case in date order (the case_status_history_by_case index),
 * so 20,000 cases cost one pass rather than a query per month:
 *
 * - a case "entered" a status in the period when a history row for it is
 *   dated in the period (each case counted once per status);
 * - a case's status on a day is that of its latest row dated on or before
 *   it; the caseload counts the cases open on each month's last day;
 * - a new referral is a "referred" row (a re-referral after a decline or
 *   "not relevant" is a new one), counted in the month it is dated;
 * - the young people worked with in the period: a case active or paused
 *   when the period began, or made active during it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-format.h"
#include "tf-stats-private.h"

typedef struct
{
  int   status;
  char  date[11];
  char *reason_code;
} Row;

static void
row_clear (Row *row)
{
  g_clear_pointer (&row->reason_code, g_free);
}

/* What the walk adds up before it becomes TfStatsCounts: one case id per
 * thing counted, so each count knows the cases behind it. */
typedef struct
{
  const char *first;
  const char *last;
  guint       n_months;
  char      (*month_ends)[11];
  GArray    **open_at_end;        /* per month */
  GArray    **new_referrals;      /* per month */
  GArray     *entered[TF_N_CASE_STATUSES];
  GArray     *at_end[TF_N_CASE_STATUSES];
  GArray     *screened;
  GHashTable *closed_by_reason;   /* reason code → GArray of case ids */
} Tally;

/* Frees what the walk gathered and store_tally() did not take. */
static void
tally_clear (Tally *tally)
{
  for (guint m = 0; m < tally->n_months; m++)
    {
      g_clear_pointer (&tally->open_at_end[m], g_array_unref);
      g_clear_pointer (&tally->new_referrals[m], g_array_unref);
    }
  for (int s = 0; s < TF_N_CASE_STATUSES; s++)
    {
      g_clear_pointer (&tally->entered[s], g_array_unref);
      g_clear_pointer (&tally->at_end[s], g_array_unref);
    }
  g_clear_pointer (&tally->screened, g_array_unref);
}

/* The status on @day: the latest row dated on or before it, or -1. */
static int
status_on (GArray     *rows,
           const char *day)
{
  int status = -1;

  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = &g_array_index (rows, Row, i);

      if (strcmp (row->date, day) > 0)
        break;
      status = row->status;
    }
  return status;
}

static void
finish_case (TfStats *self,
             Tally   *tally,
             gint64   case_id,
             gint64   young_person_id,
             GArray  *rows)
{
  guint entered = 0;
  int before, at_end;

  if (rows->len == 0)
    return;

  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = &g_array_index (rows, Row, i);

      if (strcmp (row->date, tally->first) < 0)
        continue;
      entered |= 1u << row->status;
      if (row->status == TF_CASE_STATUS_REFERRED)
        for (guint m = 0; m < tally->n_months; m++)
          if (strcmp (row->date, tally->month_ends[m]) <= 0)
            {
              _tf_stats_cases_add (&tally->new_referrals[m], case_id);
              break;
            }
      if (row->status == TF_CASE_STATUS_CLOSED)
        {
          const char *code = row->reason_code != NULL ? row->reason_code : "";
          GArray *cases = g_hash_table_lookup (tally->closed_by_reason, code);

          if (cases == NULL)
            {
              cases = g_array_new (FALSE, FALSE, sizeof (gint64));
              g_hash_table_insert (tally->closed_by_reason, g_strdup (code), cases);
            }
          g_array_append_val (cases, case_id);
        }
    }
  for (int s = 0; s < TF_N_CASE_STATUSES; s++)
    if (entered & (1u << s))
      _tf_stats_cases_add (&tally->entered[s], case_id);
  if (entered & ((1u << TF_CASE_STATUS_RELEVANT) | (1u << TF_CASE_STATUS_NOT_RELEVANT)))
    _tf_stats_cases_add (&tally->screened, case_id);

  at_end = g_array_index (rows, Row, rows->len - 1).status;
  _tf_stats_cases_add (&tally->at_end[at_end], case_id);
  if (at_end == TF_CASE_STATUS_ACTIVE)
    _tf_stats_id_set_add (self->active_at_end, case_id);

  for (guint m = 0; m < tally->n_months; m++)
    {
      int status = status_on (rows, tally->month_ends[m]);

      if (status >= 0 && tf_case_status_is_open ((TfCaseStatus) status))
        _tf_stats_cases_add (&tally->open_at_end[m], case_id);
    }

  /* The day before the period: the last row dated before its first day */
  before = -1;
  for (guint i = 0; i < rows->len; i++)
    {
      Row *row = &g_array_index (rows, Row, i);

      if (strcmp (row->date, tally->first) >= 0)
        break;
      before = row->status;
    }
  if (before == TF_CASE_STATUS_ACTIVE || before == TF_CASE_STATUS_PAUSED
      || (entered & (1u << TF_CASE_STATUS_ACTIVE)))
    {
      _tf_stats_id_set_add (self->worked_with, young_person_id);
      g_array_append_val (self->worked_with_cases, case_id);
    }
}

static void
store_tally (TfStats *self,
             Tally   *tally)
{
  const char * const *reasons = tf_closing_reason_ids ();

  for (int s = 0; s < TF_N_CASE_STATUSES; s++)
    {
      const char *id = tf_case_status_to_id ((TfCaseStatus) s);
      const char *label = tf_case_status_label ((TfCaseStatus) s);

      _tf_stats_count_set_events (self, &self->funnel.entered[s], id, label, g_steal_pointer (&tally->entered[s]));
      _tf_stats_count_set_events (self, &self->funnel.at_end[s], id, label, g_steal_pointer (&tally->at_end[s]));
    }
  _tf_stats_count_set_events (self, &self->funnel.screened, "screened", _("Screened"),
                              g_steal_pointer (&tally->screened));

  /* Every known reason, in order, even at 0, so tables keep their rows */
  for (guint i = 0; reasons[i] != NULL; i++)
    {
      TfStatsCount *count = _tf_stats_count_new (self, reasons[i], tf_closing_reason_label (reasons[i]), 0);
      gpointer cases = NULL;
      gpointer code = NULL;

      /* The table owns its keys: stealing hands the key over too */
      g_hash_table_steal_extended (tally->closed_by_reason, reasons[i], &code, &cases);
      g_free (code);
      _tf_stats_count_set_events (self, count, count->id, count->label, cases);
      g_ptr_array_add (self->funnel.closed_by_reason, count);
    }
  /* A reason no longer in the list (or none) still counts: the total must
   * add up to the cases closed. */
  if (g_hash_table_size (tally->closed_by_reason) > 0)
    {
      GHashTableIter iter;
      gpointer value;
      GArray *cases = g_array_new (FALSE, FALSE, sizeof (gint64));
      TfStatsCount *other = _tf_stats_count_new (self, "other", _("Other or unknown reason"), 0);

      g_hash_table_iter_init (&iter, tally->closed_by_reason);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_array_append_vals (cases, ((GArray *) value)->data, ((GArray *) value)->len);
      _tf_stats_count_set_events (self, other, other->id, other->label, cases);
      g_ptr_array_add (self->funnel.closed_by_reason, other);
    }

  for (guint m = 0; m < tally->n_months; m++)
    {
      TfStatsMonth *month = g_new0 (TfStatsMonth, 1);
      g_autoptr(TfPeriod) period = tf_period_get_month (self->period, m);
      g_autofree char *id = tf_period_to_string (period);

      g_strlcpy (month->month, id, sizeof month->month);
      month->label = tf_period_get_label (period);
      _tf_stats_count_set_events (self, &month->open_at_end, NULL, NULL,
                                  g_steal_pointer (&tally->open_at_end[m]));
      _tf_stats_count_set_events (self, &month->new_referrals, NULL, NULL,
                                  g_steal_pointer (&tally->new_referrals[m]));
      g_ptr_array_add (self->caseload, month);
    }
}

gboolean
_tf_stats_compute_funnel (TfStats              *self,
                          const TfStatsContext *ctx,
                          GError              **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (Row));
  g_autofree GArray **open_at_end = NULL;
  g_autofree GArray **new_referrals = NULL;
  g_autofree char (*month_ends)[11] = NULL;
  g_autoptr(GHashTable) closed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_array_unref);
  Tally tally = { 0 };
  gint64 case_id = -1, young_person_id = -1;
  int rc;

  g_array_set_clear_func (rows, (GDestroyNotify) row_clear);
  tally.first = ctx->first;
  tally.last = ctx->last;
  /* Months that have not begun by today have no caseload yet: a quarter
   * read in November counts October and November, not December. */
  tally.n_months = 0;
  for (guint m = 0; m < tf_period_get_n_months (ctx->period); m++)
    {
      g_autoptr(TfPeriod) month = tf_period_get_month (ctx->period, m);

      if (ctx->today == NULL || strcmp (tf_period_get_first_day (month), ctx->today) <= 0)
        tally.n_months = m + 1;
    }
  month_ends = g_malloc0_n (MAX (tally.n_months, 1), 11);
  open_at_end = g_new0 (GArray *, MAX (tally.n_months, 1));
  new_referrals = g_new0 (GArray *, MAX (tally.n_months, 1));
  for (guint m = 0; m < tally.n_months; m++)
    {
      g_autoptr(TfPeriod) month = tf_period_get_month (ctx->period, m);

      g_strlcpy (month_ends[m], tf_period_get_last_day (month), 11);
    }
  tally.month_ends = month_ends;
  tally.open_at_end = open_at_end;
  tally.new_referrals = new_referrals;
  tally.closed_by_reason = closed;

  stmt = tf_store_prepare (ctx->store,
    "SELECT h.case_id, c.young_person_id, h.status, h.valid_from, h.reason_code "
    "FROM case_status_history h JOIN cases c ON c.id = h.case_id "
    "WHERE h.kind = 'status' AND h.valid_from <= ?1 "
    "ORDER BY h.case_id, h.valid_from, h.id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, ctx->last, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *date = (const char *) sqlite3_column_text (stmt, 3);
      int status = tf_case_status_from_id ((const char *) sqlite3_column_text (stmt, 2));
      Row row = { 0 };

      if (id != case_id)
        {
          finish_case (self, &tally, case_id, young_person_id, rows);
          g_array_set_size (rows, 0);
          case_id = id;
          young_person_id = sqlite3_column_int64 (stmt, 1);
        }
      /* A row the store's checks would not write is left out, not guessed at */
      if (status < 0 || date == NULL || !tf_iso_date_is_valid (date))
        continue;
      row.status = status;
      g_strlcpy (row.date, date, sizeof row.date);
      row.reason_code = tf_stmt_dup_text (stmt, 4);
      g_array_append_val (rows, row);
    }
  if (rc != SQLITE_DONE)
    {
      tally_clear (&tally);
      return tf_store_set_error (ctx->store, error);
    }
  finish_case (self, &tally, case_id, young_person_id, rows);

  store_tally (self, &tally);
  tally_clear (&tally);
  _tf_stats_count_set_events (self, &self->active_cases, "active", tf_case_status_label (TF_CASE_STATUS_ACTIVE),
                              _tf_stats_id_set_to_array (self->active_at_end));
  return TRUE;
}

/* Active cases by legal basis */

typedef struct
{
  char  date[11];
  char *basis;
} Decision;

static void
decision_free (Decision *decision)
{
  g_free (decision->basis);
  g_free (decision);
}

gboolean
_tf_stats_compute_legal_basis (TfStats              *self,
                               const TfStatsContext *ctx,
                               GError              **error)
{
  g_autoptr(GPtrArray) forms = _tf_stats_forms_with (ctx->registry, "legal-basis");
  g_autoptr(GHashTable) latest = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                        (GDestroyNotify) decision_free);
  /* basis → GArray of its cases */
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                        (GDestroyNotify) g_array_unref);
  g_autoptr(GHashTable) unrecorded = NULL;
  TfStatsCount *count;
  GHashTableIter iter;
  gpointer key, value;

  /* No area says where the legal basis is: no breakdown, rather than every
   * case under "not recorded". */
  if (forms->len == 0)
    return TRUE;

  for (guint i = 0; i < forms->len; i++)
    {
      TfForm *form = g_ptr_array_index (forms, i);
      g_autoptr(TfStmt) stmt = NULL;
      int rc;

      /* Field ids are checked by the area parser ([a-z][a-z0-9_-]*), so
       * they are safe inside a quoted JSON path key. */
      stmt = tf_store_prepare (ctx->store,
        "SELECT case_id, json_extract (vals, '$.\"' || ?2 || '\"'), "
        "       json_extract (vals, '$.\"' || ?3 || '\"') "
        "FROM record WHERE form = ?1 AND deleted_at IS NULL ORDER BY id", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, tf_form_get_id (form), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, tf_form_get_statistic_field (form), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, tf_form_get_date_field (form), -1, SQLITE_STATIC);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 case_id = sqlite3_column_int64 (stmt, 0);
          const char *basis = (const char *) sqlite3_column_text (stmt, 1);
          const char *date = (const char *) sqlite3_column_text (stmt, 2);
          Decision *known;

          if (!g_hash_table_contains (self->active_at_end, &case_id) || basis == NULL
              || date == NULL || !tf_iso_date_is_valid (date) || strcmp (date, ctx->last) > 0)
            continue;
          known = g_hash_table_lookup (latest, &case_id);
          /* The latest decision by date; on the same day the later record */
          if (known == NULL)
            {
              known = g_new0 (Decision, 1);
              g_hash_table_insert (latest, g_memdup2 (&case_id, sizeof case_id), known);
            }
          else if (strcmp (date, known->date) < 0)
            continue;
          g_strlcpy (known->date, date, sizeof known->date);
          g_free (known->basis);
          known->basis = g_strdup (basis);
        }
      if (rc != SQLITE_DONE)
        return tf_store_set_error (ctx->store, error);
    }

  g_hash_table_iter_init (&iter, latest);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Decision *decision = value;
      GArray *cases = g_hash_table_lookup (counts, decision->basis);

      if (cases == NULL)
        {
          cases = g_array_new (FALSE, FALSE, sizeof (gint64));
          g_hash_table_insert (counts, decision->basis, cases);
        }
      g_array_append_val (cases, *(gint64 *) key);
    }

  /* The choices in the area file's order, each once even when several
   * forms share them, then any stored id no form offers any more. */
  for (guint i = 0; i < forms->len; i++)
    {
      TfForm *form = g_ptr_array_index (forms, i);
      TfField *field = tf_form_find_field (form, tf_form_get_statistic_field (form));
      const char * const *ids = tf_field_get_choice_ids (field);

      for (guint j = 0; ids[j] != NULL; j++)
        {
          gpointer cases = NULL;
          gboolean seen = FALSE;

          for (guint k = 0; k < self->legal_basis->len && !seen; k++)
            seen = g_str_equal (((TfStatsCount *) g_ptr_array_index (self->legal_basis, k))->id, ids[j]);
          if (seen)
            continue;
          count = _tf_stats_count_new (self, ids[j], tf_field_get_choice_label (field, ids[j]), 0);
          g_hash_table_steal_extended (counts, ids[j], NULL, &cases);
          _tf_stats_count_set_events (self, count, count->id, count->label, cases);
          g_ptr_array_add (self->legal_basis, count);
        }
    }
  /* Any stored id no form offers any more: together, as "other" */
  if (g_hash_table_size (counts) > 0)
    {
      GArray *other = g_array_new (FALSE, FALSE, sizeof (gint64));

      count = _tf_stats_count_new (self, "other-basis", _("Other legal basis"), 0);
      g_hash_table_iter_init (&iter, counts);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_array_append_vals (other, ((GArray *) value)->data, ((GArray *) value)->len);
      _tf_stats_count_set_events (self, count, count->id, count->label, other);
      g_ptr_array_add (self->legal_basis, count);
    }

  /* The active cases with no decision */
  unrecorded = _tf_stats_id_set_new ();
  g_hash_table_iter_init (&iter, self->active_at_end);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (latest, key))
      _tf_stats_id_set_add (unrecorded, *(gint64 *) key);
  count = _tf_stats_count_new (self, "not-recorded", _("No decision recorded"), 0);
  _tf_stats_count_set_events (self, count, count->id, count->label, _tf_stats_id_set_to_array (unrecorded));
  g_ptr_array_add (self->legal_basis, count);
  return TRUE;
}
