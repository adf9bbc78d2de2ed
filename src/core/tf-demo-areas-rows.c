/* tf-demo-areas-rows.c — the rows of one case: records, interventions, measurements
 *
 * For one case and every area: the area's records, its interventions with a
 * status, period and cost within the case's work, and monthly measurements
 * of its indicators, each from its own random stream.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "tf-demo-areas-private.h"
#include "tf-form.h"

static gboolean
step (Run     *run,
      TfStmt  *stmt,
      GError **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return tf_store_set_error (run->store, error);
  return TRUE;
}

typedef struct
{
  const char  *status;        /* NULL for a record */
  gint32       starts_on;
  gint32       ends_on;       /* -1: open */
  gint64       planned_cost;  /* øre */
  gint64       actual_cost;
} InterventionRow;

static gboolean
insert_record (Run                   *run,
               const AreaPlan        *area,
               const FormPlan        *form,
               const CaseSpan        *span,
               Rng                   *rng,
               gint32                 day,
               const InterventionRow *intervention,
               GError               **error)
{
  TfStmt *stmt = run->insert_record;
  g_autofree char *json = NULL;
  char recorded_on[11], starts_on[11], ends_on[11];
  gint32 last, created_day;
  const char *value;
  gint64 author, created_at;

  /* Later dates run to the case's end, or a little past today while it runs */
  last = span->open ? run->today + LATER_DATE_SLACK : span->end;
  _tf_demo_areas_fill_values (run, area, form, rng, day, span->start, MAX (last, day));
  json = tf_form_values_to_json (run->values);

  /* Dated as the record store dates it: the date field, else the start */
  value = form->date_index >= 0 ? tf_form_values_get_string (run->values, form->fields[form->date_index].id)
                                : NULL;
  if (value != NULL)
    g_strlcpy (recorded_on, value, sizeof recorded_on);
  else
    _tf_day_format (intervention != NULL ? intervention->starts_on : day, recorded_on);

  author = _tf_demo_areas_pick_staff (area, rng);
  created_day = MIN (intervention != NULL ? intervention->starts_on : day, run->today);
  created_at = _tf_day_epoch (created_day) + _tf_demo_areas_rng_range (rng, 8 * 3600, 16 * 3600);

  sqlite3_bind_int64 (stmt, 1, span->id);
  sqlite3_bind_text (stmt, 2, area->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, form->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, intervention != NULL ? "intervention" : "record", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, recorded_on, 10, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, json, -1, SQLITE_STATIC);
  if (intervention != NULL)
    {
      _tf_day_format (intervention->starts_on, starts_on);
      sqlite3_bind_text (stmt, 7, intervention->status, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 8, starts_on, 10, SQLITE_STATIC);
      if (intervention->ends_on >= 0)
        {
          _tf_day_format (intervention->ends_on, ends_on);
          sqlite3_bind_text (stmt, 9, ends_on, 10, SQLITE_STATIC);
        }
      else
        sqlite3_bind_null (stmt, 9);
      sqlite3_bind_int64 (stmt, 10, intervention->planned_cost);
      sqlite3_bind_int64 (stmt, 11, intervention->actual_cost);
      tf_stmt_bind_text_or_null (stmt, 12, form->budget_area);
    }
  else
    for (int i = 7; i <= 12; i++)
      sqlite3_bind_null (stmt, i);
  if (author > 0)
    sqlite3_bind_int64 (stmt, 13, author);
  else
    sqlite3_bind_null (stmt, 13);
  sqlite3_bind_int64 (stmt, 14, created_at);

  if (!step (run, stmt, error))
    return FALSE;
  if (intervention != NULL)
    run->n_interventions++;
  else
    run->n_records++;
  return TRUE;
}

static gboolean
insert_records (Run            *run,
                const AreaPlan *area,
                const CaseSpan *span,
                Rng            *rng,
                GError        **error)
{
  static const guint count_weights[MAX_RECORDS_PER_FORM + 1] = { 40, 38, 15, 7 };
  guint written = 0;

  for (guint f = 0; f < area->n_records; f++)
    {
      const FormPlan *form = &area->records[f];
      guint n = form->single ? 1 : _tf_demo_areas_rng_weighted (rng, count_weights, G_N_ELEMENTS (count_weights));

      for (guint k = 0; k < n; k++)
        {
          /* The details card is filled in soon after the referral */
          gint32 day = form->single ? span->start + _tf_demo_areas_rng_range (rng, 0, 30)
                                    : _tf_demo_areas_rng_range (rng, span->start, span->end);

          day = MIN (day, span->end);

          if (!insert_record (run, area, form, span, rng, day, NULL, error))
            return FALSE;
          written++;
        }
    }

  /* Every area has something to show for the case */
  if (written == 0 && area->n_records > 0)
    {
      const FormPlan *form = &area->records[_tf_demo_areas_rng_below (rng, area->n_records)];

      return insert_record (run, area, form, span, rng,
                            _tf_demo_areas_rng_range (rng, span->start, span->end), NULL, error);
    }
  return TRUE;
}

/* What an intervention of each budget area is planned to cost, in kroner:
 * a mentor scheme is paid hours every week, a leisure activity mostly a
 * fee. Within PLANNED_COST_MIN–MAX, so a store's interventions stay in the
 * range whatever the area. */
static void
planned_range (const char *budget_area,
               int        *lo,
               int        *hi)
{
  static const struct { const char *area; int lo, hi; } ranges[] = {
    { "mentor", 15000, 60000 },
    { "family", 10000, 45000 },
    { "network", 5000, 15000 },
    { "school", 5000, 30000 },
    { "leisure", 5000, 12000 },
    { "job", 5000, 25000 },
  };

  *lo = PLANNED_COST_MIN;
  *hi = PLANNED_COST_MAX;
  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    if (g_strcmp0 (ranges[i].area, budget_area) == 0)
      {
        *lo = MAX (ranges[i].lo, PLANNED_COST_MIN);
        *hi = MIN (ranges[i].hi, PLANNED_COST_MAX);
      }
}

/* Status, period and cost of one intervention within the case's work. */
static void
plan_intervention (Run             *run,
                   const CaseSpan  *span,
                   const char      *budget_area,
                   Rng             *rng,
                   InterventionRow *row)
{
  enum { PLANNED, ACTIVE, COMPLETED, STOPPED };
  static const char * const ids[] = { "planned", "active", "completed", "stopped" };
  static const guint open_weights[] = { 12, 50, 26, 12 };
  static const guint closed_weights[] = { 0, 0, 75, 25 };
  gint32 from = span->work_from, to = span->end;
  guint status = _tf_demo_areas_rng_weighted (rng, span->open ? open_weights : closed_weights, 4);
  gint64 planned_kroner;
  int lo, hi;

  /* Too short a stretch for something to have run its course */
  if (status >= COMPLETED && to - from < 14)
    status = span->open ? ACTIVE : STOPPED;

  /* One draw whatever the area, so the rest of the stream stays as it was */
  planned_range (budget_area, &lo, &hi);
  planned_kroner = (gint64) _tf_demo_areas_rng_range (rng, lo / 500, hi / 500) * 500;
  row->status = ids[status];
  row->planned_cost = planned_kroner * 100;
  row->ends_on = -1;

  switch (status)
    {
    case PLANNED:
      /* Agreed at the last meeting, starting within the month */
      row->starts_on = run->today + _tf_demo_areas_rng_range (rng, 1, 28);
      row->actual_cost = 0;
      break;

    case ACTIVE:
      row->starts_on = _tf_demo_areas_rng_range (rng, from, MAX (from, to - 7));
      {
        /* Spent so far, as if a year's plan were paid month by month */
        double elapsed = MIN (1.0, (to - row->starts_on) / 365.0);

        row->actual_cost = (gint64) (row->planned_cost * elapsed * (0.6 + 0.4 * _tf_demo_areas_rng_unit (rng)));
      }
      break;

    case COMPLETED:
    case STOPPED:
    default:
      {
        int max_length = status == COMPLETED ? 240 : 120;
        int min_length = status == COMPLETED ? 30 : 14;
        int length;

        row->starts_on = _tf_demo_areas_rng_range (rng, from, MAX (from, to - min_length));
        length = _tf_demo_areas_rng_range (rng, min_length, max_length);
        row->ends_on = MIN (to, row->starts_on + length);
        row->actual_cost = (gint64) (row->planned_cost *
                                     (status == COMPLETED ? 0.6 + 0.4 * _tf_demo_areas_rng_unit (rng)
                                                          : 0.1 + 0.6 * _tf_demo_areas_rng_unit (rng)));
      }
      break;
    }
  /* Whole kroner, never more than planned */
  row->actual_cost = MIN (row->planned_cost, row->actual_cost / 100 * 100);
}

static gboolean
insert_interventions (Run            *run,
                      const AreaPlan *area,
                      const CaseSpan *span,
                      Rng            *rng,
                      GError        **error)
{
  static const guint count_weights[MAX_INTERVENTIONS + 1] = { 40, 42, 18 };
  guint n, first;

  if (area->n_interventions == 0 || span->work_from < 0)
    return TRUE;

  n = _tf_demo_areas_rng_weighted (rng, count_weights, G_N_ELEMENTS (count_weights));
  first = _tf_demo_areas_rng_below (rng, area->n_interventions);
  for (guint k = 0; k < n; k++)
    {
      /* Different kinds when the area has them */
      const FormPlan *form = &area->interventions[(first + k) % area->n_interventions];
      InterventionRow row;

      plan_intervention (run, span, form->budget_area, rng, &row);
      if (!insert_record (run, area, form, span, rng, row.starts_on, &row, error))
        return FALSE;
    }
  return TRUE;
}

/* The same day of the month @months later; the 29th–31st become the 28th. */
static gint32
add_months (gint32 day,
            int    months)
{
  int y, m, d;

  _tf_day_to_civil (day, &y, &m, &d);
  m += months;
  y += (m - 1) / 12;
  m = (m - 1) % 12 + 1;
  return _tf_day_from_civil (y, m, MIN (d, 28));
}

static gboolean
insert_indicator_values (Run                 *run,
                         const AreaPlan      *area,
                         const IndicatorPlan *indicator,
                         const CaseSpan      *span,
                         GError             **error)
{
  TfStmt *stmt = run->insert_value;
  Rng rng;
  int months;
  gint32 first;
  double range, start, target, noise, better;

  if (span->work_from < 0)
    return TRUE;

  _tf_demo_areas_rng_init (&rng, run->seed, span->id, STREAM_INDICATOR, _tf_demo_areas_hash_id (indicator->id));
  months = _tf_demo_areas_rng_range (&rng, MIN_MONTHS, MAX_MONTHS);
  first = span->work_from + _tf_demo_areas_rng_range (&rng, 0, 20);
  if (first > span->end)
    return TRUE;
  /* A case that still runs was measured lately: its series ends within the
   * last three weeks, so a demo store looks current. */
  if (span->open)
    {
      gint32 last = span->end - _tf_demo_areas_rng_range (&rng, 0, 20);

      first = MAX (first, last - (months - 1) * 30);
    }

  /* Most young people move the right way; some slide */
  range = indicator->high - indicator->low;
  better = indicator->higher_is_better ? 1.0 : -1.0;
  if (_tf_demo_areas_rng_chance (&rng, 0.65))
    {
      double u = _tf_demo_areas_rng_unit (&rng);

      start = indicator->higher_is_better ? indicator->low + range * 0.6 * u
                                          : indicator->high - range * 0.6 * u;
      target = start + better * range * (0.25 + 0.45 * _tf_demo_areas_rng_unit (&rng));
    }
  else
    {
      double u = _tf_demo_areas_rng_unit (&rng);

      start = indicator->higher_is_better ? indicator->high - range * 0.6 * u
                                          : indicator->low + range * 0.6 * u;
      target = start - better * range * (0.15 + 0.25 * _tf_demo_areas_rng_unit (&rng));
    }
  noise = MAX (range * 0.08, indicator->decimals == 0 ? 0.0 : pow (10, -indicator->decimals));

  for (int i = 0; i < months; i++)
    {
      gint32 day = add_months (first, i);
      double t = months > 1 ? (double) i / (months - 1) : 0.0;
      double value = start + (target - start) * t + noise * (2 * _tf_demo_areas_rng_unit (&rng) - 1);
      char measured_on[11];
      gint64 author = _tf_demo_areas_pick_staff (area, &rng);

      if (day > span->end)
        break;
      value = _tf_demo_areas_round_to (CLAMP (value, indicator->min, indicator->max), indicator->decimals);
      value = CLAMP (value, indicator->min, indicator->max);

      _tf_day_format (day, measured_on);
      sqlite3_bind_int64 (stmt, 1, span->id);
      sqlite3_bind_text (stmt, 2, area->id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, indicator->id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, measured_on, 10, SQLITE_STATIC);
      sqlite3_bind_double (stmt, 5, value);
      if (author > 0)
        sqlite3_bind_int64 (stmt, 6, author);
      else
        sqlite3_bind_null (stmt, 6);
      sqlite3_bind_int64 (stmt, 7,
                          _tf_day_epoch (day) + _tf_demo_areas_rng_range (&rng, 8 * 3600, 16 * 3600));
      if (!step (run, stmt, error))
        return FALSE;
      run->n_values++;
    }
  return TRUE;
}

gboolean
_tf_demo_areas_fill_case (Run            *run,
                          const CaseSpan *span,
                          GError        **error)
{
  Rng rng;

  _tf_demo_areas_rng_init (&rng, run->seed, span->id, STREAM_CASE, 0);
  if (!_tf_demo_areas_rng_chance (&rng, SHARE_OF_CASES))
    return TRUE;

  for (guint a = 0; a < run->n_areas; a++)
    {
      const AreaPlan *area = &run->areas[a];
      Rng area_rng;

      _tf_demo_areas_rng_init (&area_rng, run->seed, span->id, STREAM_AREA, area->salt);
      if (!insert_records (run, area, span, &area_rng, error) ||
          !insert_interventions (run, area, span, &area_rng, error))
        return FALSE;
      for (guint i = 0; i < area->n_indicators; i++)
        if (!insert_indicator_values (run, area, &area->indicators[i], span, error))
          return FALSE;
    }
  run->n_cases_filled++;
  return TRUE;
}
