/* tf-demo-case-work-rows.c — one case's consents, assessments and action plans
 *
 * Everything of a case is drawn from its own random stream (the seed and the
 * case id), in a fixed order: first the days the assessments fall on, then
 * the scores, then the consents, then the plans. Days follow the case's
 * status history: the first assessment around the screening or the
 * acceptance, more every 2–4 months while the work runs and one at the
 * closing; consent from the acceptance for a year at a time; the first plan a
 * few weeks after the first assessment, revised at each follow-up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tf-demo-case-work-private.h"

static const char * const risk_ids[] = { "low", "moderate", "high" };

gboolean
_tf_demo_cw_step (CwRun   *run,
                  TfStmt  *stmt,
                  GError **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return tf_store_set_error (run->store, error);
  return TRUE;
}

gint64
_tf_demo_cw_last_id (CwRun *run)
{
  return sqlite3_last_insert_rowid (tf_store_get_db (run->store));
}

gint64
_tf_demo_cw_at_work_hours (Rng    *rng,
                           gint32  day)
{
  return _tf_day_epoch (day) + _tf_demo_rng_range (rng, 8 * 3600, 15 * 3600);
}

void
_tf_demo_cw_bind_day (TfStmt *stmt,
                      int     column,
                      gint32  day)
{
  char iso[11];

  _tf_day_format (day, iso);
  sqlite3_bind_text (stmt, column, iso, 10, SQLITE_TRANSIENT);
}

void
_tf_demo_cw_bind_author (CwRun    *run,
                         TfStmt   *stmt,
                         int       column,
                         CwCase   *c)
{
  gint64 id = c->coordinator_id > 0 ? c->coordinator_id : run->fallback_staff;

  if (id > 0)
    sqlite3_bind_int64 (stmt, column, id);
  else
    sqlite3_bind_null (stmt, column);
}

static int
band (int score)
{
  return score <= 3 ? 0 : score <= 6 ? 1 : 2;
}

/* ---------------------------------------------------------------------- */
/* The history */

static gboolean
read_history (CwRun   *run,
              CwCase  *c,
              GError **error)
{
  TfStmt *stmt = run->select_history;
  int rc;

  c->screened = c->accepted = c->paused_from = -1;
  sqlite3_bind_int64 (stmt, 1, c->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int status = tf_case_status_from_id ((const char *) sqlite3_column_text (stmt, 0));
      gint32 day;

      if (!_tf_day_parse ((const char *) sqlite3_column_text (stmt, 1), &day))
        continue;
      day = CLAMP (day, c->referral, run->today);
      if (status == TF_CASE_STATUS_RELEVANT && c->screened < 0)
        c->screened = day;
      else if (status == TF_CASE_STATUS_ACCEPTED && c->accepted < 0)
        c->accepted = day;
      else if (status == TF_CASE_STATUS_PAUSED)
        c->paused_from = day;
      else if (status == TF_CASE_STATUS_ACTIVE)
        c->paused_from = -1;
      else if (status == TF_CASE_STATUS_CLOSED && !c->open)
        c->end = MIN (c->end, day);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return tf_store_set_error (run->store, error);

  /* A case without the rows (entered by hand on an older store): its status says enough */
  if (c->screened < 0)
    c->screened = c->referral;
  if (c->accepted < 0 && c->status >= TF_CASE_STATUS_ACCEPTED && c->status != TF_CASE_STATUS_DECLINED)
    c->accepted = c->screened;
  if (c->status != TF_CASE_STATUS_PAUSED)
    c->paused_from = -1;
  c->end = MAX (c->end, c->screened);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Assessments */

static guint
plan_assessment_days (CwRun      *run,
                      Rng        *rng,
                      CwCase     *c,
                      Assessment *a)
{
  gint32 work_end = c->paused_from >= 0 ? c->paused_from : c->end;
  gint32 first;
  guint n = 0;
  gboolean running = c->open && c->paused_from < 0 && c->accepted >= 0;

  first = c->accepted >= 0 ? c->accepted - _tf_demo_rng_range (rng, 0, 7)
                           : c->screened + _tf_demo_rng_range (rng, 0, 10);
  first = CLAMP (first, c->screened, c->end);
  a[n++].day = first;
  if (c->accepted < 0)
    return n;

  for (gint32 day = first + _tf_demo_rng_range (rng, 60, 120);
       day <= work_end - 20 && n < CW_MAX_ASSESSMENTS - 2;
       day += _tf_demo_rng_range (rng, 60, 120))
    a[n++].day = day;

  if (c->status == TF_CASE_STATUS_CLOSED)
    {
      gint32 closing = c->end - _tf_demo_rng_range (rng, 0, 7);

      if (closing > a[n - 1].day + 30)
        a[n++].day = closing;
    }
  else if (running)
    {
      /* Most running cases were assessed within three months; a few are overdue */
      if (_tf_demo_rng_chance (rng, 0.08))
        {
          gint32 limit = run->today - _tf_demo_rng_range (rng, 95, 130);

          while (n > 1 && a[n - 1].day > limit)
            n--;
        }
      else if (run->today - a[n - 1].day > 85)
        {
          gint32 day = run->today - _tf_demo_rng_range (rng, 0, 40);

          if (day > a[n - 1].day + 30)
            a[n++].day = day;
        }
    }
  return n;
}

static void
score_assessments (Rng        *rng,
                   Trend       trend,
                   Assessment *a,
                   guint       n)
{
  /* Behaviour and school are the usual worries; practical conditions rarely */
  static const guint red_weights[CW_N_DOMAINS] = { 26, 12, 18, 30, 12, 12, 14, 6 };
  guint weights[CW_N_DOMAINS];
  static const guint n_red_weights[] = { 45, 35, 20 };   /* 2, 3 or 4 red domains */
  int n_red = 2 + (int) _tf_demo_rng_weighted (rng, n_red_weights, G_N_ELEMENTS (n_red_weights));

  memcpy (weights, red_weights, sizeof weights);
  for (int d = 0; d < CW_N_DOMAINS; d++)
    a[0].score[d] = _tf_demo_rng_range (rng, 4, 8);
  for (int i = 0; i < n_red; i++)
    {
      guint d = _tf_demo_rng_weighted (rng, weights, CW_N_DOMAINS);

      weights[d] = 0;
      a[0].score[d] = _tf_demo_rng_range (rng, 0, 3);
    }

  for (guint k = 1; k < n; k++)
    for (int d = 0; d < CW_N_DOMAINS; d++)
      {
        int prev = a[k - 1].score[d], delta;

        switch (trend)
          {
          case TREND_STRONG:
            delta = prev < 8 ? _tf_demo_rng_range (rng, 1, 3) : _tf_demo_rng_range (rng, -1, 1);
            break;
          case TREND_IMPROVE:
            delta = (prev <= 6 && _tf_demo_rng_chance (rng, 0.65) ? _tf_demo_rng_range (rng, 1, 2) : 0)
                    + (_tf_demo_rng_chance (rng, 0.2) ? -1 : 0);
            break;
          case TREND_WORSEN:
            delta = _tf_demo_rng_chance (rng, 0.45) ? -_tf_demo_rng_range (rng, 1, 2) : _tf_demo_rng_range (rng, -1, 1);
            break;
          case TREND_HOLD:
          default:
            delta = _tf_demo_rng_chance (rng, 0.4) ? _tf_demo_rng_range (rng, -1, 1) : 0;
            break;
          }
        a[k].score[d] = CLAMP (prev + delta, 0, 10);
      }

  for (guint k = 0; k < n; k++)
    {
      int reds = 0, sum = 0;

      for (int d = 0; d < CW_N_DOMAINS; d++)
        {
          reds += a[k].score[d] <= 3;
          sum += a[k].score[d];
        }
      /* Three reds or more, or crime deep in the red with another red, is
       * high; any red or a low average is moderate */
      if (reds >= 3 || (reds >= 2 && a[k].score[DOMAIN_BEHAVIOUR] <= 1))
        a[k].risk = 2;
      else if (reds >= 1 || 2 * sum < 11 * CW_N_DOMAINS)
        a[k].risk = 1;
      else
        a[k].risk = 0;
    }
}

static int
lowest_domain (const Assessment *a)
{
  int best = 0;

  for (int d = 1; d < CW_N_DOMAINS; d++)
    if (a->score[d] < a->score[best])
      best = d;
  return best;
}

static void
build_reasoning (CwRun            *run,
                 Rng              *rng,
                 CwCase           *c,
                 const Assessment *a,
                 const Assessment *previous)
{
  CwWords words = { c->first_name, c->girl, NULL };
  Text *t = &run->text;

  t->len = 0;
  t->buf[0] = '\0';
  words.domain = _tf_demo_cw_domain_names.items[lowest_domain (a)];
  _tf_demo_cw_append (t, _tf_demo_rng_pick (rng, &_tf_demo_cw_reasoning_first[a->risk]), &words);
  if (previous != NULL && _tf_demo_rng_chance (rng, 0.8))
    {
      int best = 0, best_delta = 0, worst = 0, worst_delta = 0;

      for (int d = 0; d < CW_N_DOMAINS; d++)
        {
          int delta = a->score[d] - previous->score[d];

          if (delta > best_delta)
            best_delta = delta, best = d;
          if (delta < worst_delta)
            worst_delta = delta, worst = d;
        }
      if (best_delta >= 2 && best_delta >= -worst_delta)
        {
          words.domain = _tf_demo_cw_domain_names.items[best];
          _tf_demo_cw_append (t, _tf_demo_rng_pick (rng, &_tf_demo_cw_reasoning_better), &words);
        }
      else if (worst_delta <= -2)
        {
          words.domain = _tf_demo_cw_domain_names.items[worst];
          _tf_demo_cw_append (t, _tf_demo_rng_pick (rng, &_tf_demo_cw_reasoning_worse), &words);
        }
      else
        _tf_demo_cw_append (t, _tf_demo_rng_pick (rng, &_tf_demo_cw_reasoning_same), &words);
    }
  if (_tf_demo_rng_chance (rng, 0.45))
    _tf_demo_cw_append (t, _tf_demo_rng_pick (rng, &_tf_demo_cw_reasoning_protective), &words);
}

/* The risk factors that go with a low domain, the protective ones with a high */
static const int risk_of_domain[CW_N_DOMAINS] = { 0, 5, 4, 2, 6, 3, 1, 7 };
static const int protective_of_domain[CW_N_DOMAINS] = { 9, 10, 12, 13, 14, 14, 11, 15 };

static gboolean
write_marks (CwRun            *run,
             Rng              *rng,
             gint64            assessment_id,
             const Assessment *a,
             GError          **error)
{
  gboolean marked[CW_N_FACTORS] = { FALSE };
  int n_risk = 0, n_protective = 0;
  int want_risk = _tf_demo_rng_range (rng, 1, 4);
  int want_protective = _tf_demo_rng_range (rng, 1, 4);

  /* Lowest domains first for risk, highest first for protective */
  for (int s = 0; s <= 10 && n_risk < want_risk; s++)
    for (int d = 0; d < CW_N_DOMAINS && n_risk < want_risk; d++)
      if (a->score[d] == s && s <= 6 && !marked[risk_of_domain[d]])
        marked[risk_of_domain[d]] = TRUE, n_risk++;
  if (n_risk == 0)
    marked[risk_of_domain[lowest_domain (a)]] = TRUE;
  for (int s = 10; s >= 0 && n_protective < want_protective; s--)
    for (int d = 0; d < CW_N_DOMAINS && n_protective < want_protective; d++)
      if (a->score[d] == s && s >= 5 && !marked[protective_of_domain[d]])
        marked[protective_of_domain[d]] = TRUE, n_protective++;
  if (n_protective == 0)
    marked[_tf_demo_rng_chance (rng, 0.5) ? 8 : 13] = TRUE;   /* a trusted adult, or motivation */

  for (int f = 0; f < CW_N_FACTORS; f++)
    if (marked[f] && run->factors[f] > 0)
      {
        sqlite3_bind_int64 (run->insert_mark, 1, assessment_id);
        sqlite3_bind_int64 (run->insert_mark, 2, run->factors[f]);
        if (!_tf_demo_cw_step (run, run->insert_mark, error))
          return FALSE;
      }
  return TRUE;
}

static gboolean
write_assessments (CwRun      *run,
                   Rng        *rng,
                   CwCase     *c,
                   Assessment *a,
                   guint       n,
                   GError    **error)
{
  for (guint k = 0; k < n; k++)
    {
      TfStmt *stmt = run->insert_assessment;
      gboolean took_part = _tf_demo_rng_chance (rng, 0.85);
      gboolean own_near = _tf_demo_rng_chance (rng, 0.85);
      gint64 id, created = _tf_demo_cw_at_work_hours (rng, a[k].day);

      build_reasoning (run, rng, c, &a[k], k > 0 ? &a[k - 1] : NULL);
      sqlite3_bind_int64 (stmt, 1, c->id);
      _tf_demo_cw_bind_day (stmt, 2, a[k].day);
      sqlite3_bind_text (stmt, 3, risk_ids[a[k].risk], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, run->text.buf, (int) run->text.len, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 5, took_part ? 1 : 0);
      _tf_demo_cw_bind_author (run, stmt, 6, c);
      sqlite3_bind_int64 (stmt, 7, created);
      if (!_tf_demo_cw_step (run, stmt, error))
        return FALSE;
      id = _tf_demo_cw_last_id (run);
      run->n_assessments++;

      for (int d = 0; d < CW_N_DOMAINS; d++)
        {
          TfStmt *score = run->insert_score;
          int s = a[k].score[d];

          if (run->domains[d] == 0)
            continue;
          sqlite3_bind_int64 (score, 1, id);
          sqlite3_bind_int64 (score, 2, run->domains[d]);
          sqlite3_bind_int (score, 3, s);
          if (took_part)
            {
              int spread = own_near ? 2 : 4;
              int own = s + _tf_demo_rng_range (rng, -spread, spread);

              sqlite3_bind_int (score, 4, CLAMP (own, 0, 10));
            }
          else
            sqlite3_bind_null (score, 4);
          if (_tf_demo_rng_chance (rng, band (s) == 0 ? 0.45 : 0.15))
            sqlite3_bind_text (score, 5, _tf_demo_rng_pick (rng, &_tf_demo_cw_notes[d][band (s)]), -1, SQLITE_STATIC);
          else
            sqlite3_bind_null (score, 5);
          if (!_tf_demo_cw_step (run, score, error))
            return FALSE;
        }
      if (!write_marks (run, rng, id, &a[k], error))
        return FALSE;
    }
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* One case */

gboolean
_tf_demo_cw_fill_case (CwRun   *run,
                       CwCase  *c,
                       GError **error)
{
  static const guint trend_weights[] = { 65, 25, 10 };   /* improve, hold, worsen */
  Assessment a[CW_MAX_ASSESSMENTS];
  Rng rng;
  Trend trend;
  guint n;

  if (!read_history (run, c, error))
    return FALSE;
  _tf_demo_rng_init (&rng, run->seed, (guint64) c->id, STREAM_CASE_WORK);
  memset (a, 0, sizeof a);
  n = plan_assessment_days (run, &rng, c, a);

  /* How the case went decides how the scores move */
  if (g_str_equal (c->closing, "goals-reached"))
    trend = TREND_STRONG;
  else if (g_str_equal (c->closing, "declined-to-continue"))
    trend = _tf_demo_rng_chance (&rng, 0.5) ? TREND_WORSEN : TREND_HOLD;
  else
    trend = (Trend) _tf_demo_rng_weighted (&rng, trend_weights, G_N_ELEMENTS (trend_weights));
  score_assessments (&rng, trend, a, n);

  run->n_cases++;
  if (!write_assessments (run, &rng, c, a, n, error))
    return FALSE;
  if (c->accepted < 0)
    return TRUE;
  return _tf_demo_cw_write_consents (run, &rng, c, error) &&
         _tf_demo_cw_write_plans (run, &rng, c, trend, a, n, error);
}
