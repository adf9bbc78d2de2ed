/* tf-demo-plan.c — the plan of one case: who, when, and its way through the funnel
 *
 * Before anything is written, each young person's case is planned from their
 * own random stream: gender, age and birth date, who referred them, today's
 * status and the path of status changes that led there (referred → relevant
 * or not → offered → accepted or declined → in process → active → paused →
 * closed), laid out in days between two years back and today. The plan
 * alone decides how many notes a case gets, so tf_demo_fill() plans every
 * case once before the first batch to share the notes out.
 *
 * Days are plain numbers here (days since 1970-01-01), not GDate, because
 * every row of the store needs a few of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tf-demo-private.h"

/* ---------------------------------------------------------------------- */
/* Days (see tf-day-private.h) */



static gboolean
is_leap (int y)
{
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* The same day @years later (earlier when negative); 29 February becomes
 * 28 February in other years, as tf_age_on() counts birthdays. */
gint32
_tf_demo_add_years (gint32 day,
                    int    years)
{
  int y, m, d;

  _tf_day_to_civil (day, &y, &m, &d);
  y += years;
  if (m == 2 && d == 29 && !is_leap (y))
    d = 28;
  return _tf_day_from_civil (y, m, d);
}



/* ---------------------------------------------------------------------- */
/* The plan of one case: who, when, and its way through the funnel */

/* Today's status of the cases, in TfCaseStatus order. The funnel of seed
 * 003 (Aarhus, Knæk Kurven: 19 screened, 8 relevant; of 8 offered 3 said
 * yes, 2 no, 3 in process) screened families found from data; here the
 * worry comes from people who know the young person, so fewer are screened
 * out (about one in five) and one in ten offered declines. Two years in,
 * about a third of the cases are active, many closed, a few at each early
 * step, and referrals wait at most one screening meeting. */
static const guint status_weights[TF_N_CASE_STATUSES] = {
  [TF_CASE_STATUS_REFERRED] = 4,
  [TF_CASE_STATUS_NOT_RELEVANT] = 18,
  [TF_CASE_STATUS_RELEVANT] = 1,
  [TF_CASE_STATUS_OFFERED] = 2,
  [TF_CASE_STATUS_ACCEPTED] = 2,
  [TF_CASE_STATUS_DECLINED] = 8,
  [TF_CASE_STATUS_IN_PROCESS] = 4,
  [TF_CASE_STATUS_ACTIVE] = 34,
  [TF_CASE_STATUS_PAUSED] = 5,
  [TF_CASE_STATUS_CLOSED] = 22,
};

/* How long a case stays in its current status at most before it moves on
 * (days since the last step); -1: as long as it likes. A referral waits for
 * the next screening meeting (every 14 days). */
static const int status_max_tail[TF_N_CASE_STATUSES] = {
  [TF_CASE_STATUS_REFERRED] = 20,
  [TF_CASE_STATUS_NOT_RELEVANT] = -1,
  [TF_CASE_STATUS_RELEVANT] = 12,
  [TF_CASE_STATUS_OFFERED] = 18,
  [TF_CASE_STATUS_ACCEPTED] = 12,
  [TF_CASE_STATUS_DECLINED] = -1,
  [TF_CASE_STATUS_IN_PROCESS] = 40,
  [TF_CASE_STATUS_ACTIVE] = -1,
  [TF_CASE_STATUS_PAUSED] = 120,
  [TF_CASE_STATUS_CLOSED] = -1,
};

/* Who raised the worry, in TfReferralSource order: school most often. */
static const guint source_weights[TF_N_REFERRAL_SOURCES] = {
  [TF_REFERRAL_SCHOOL] = 32,
  [TF_REFERRAL_PARENTS] = 12,
  [TF_REFERRAL_POLICE] = 16,
  [TF_REFERRAL_SSP] = 10,
  [TF_REFERRAL_NOTIFICATION] = 20,
  [TF_REFERRAL_YOUNG_PERSON] = 3,
  [TF_REFERRAL_OTHER] = 7,
};

/* Ages 12–17 today; the target group leans to the older end. */
static const guint age_weights[MAX_AGE - MIN_AGE + 1] = { 5, 12, 20, 25, 22, 16 };

static void
plan_add (CasePlan     *plan,
          TfCaseStatus  status,
          int           duration)
{
  g_assert (plan->n_steps < MAX_STEPS);
  plan->steps[plan->n_steps] = status;
  plan->days[plan->n_steps] = duration;   /* days after the step before; made absolute later */
  plan->n_steps++;
}

/* The motivation category (seed 003: 1 motivated now, 2 can be motivated,
 * 3 not motivated now), from a stream of its own: about two thirds of the
 * screened-relevant cases use it, set at the screening; while the work runs
 * some move a category, mostly towards motivated. */
static void
plan_motivation (const PlanContext *ctx,
                 guint64            index,
                 CasePlan          *plan)
{
  static const guint first_weights[] = { 35, 45, 20 };
  static const guint declined_weights[] = { 5, 35, 60 };
  Rng rng;
  guint relevant = 0, work = 0;

  plan->motivation_step = -1;
  plan->motivation = 0;
  plan->motivation_later = 0;
  for (guint i = 0; i < plan->n_steps; i++)
    {
      if (plan->steps[i] == TF_CASE_STATUS_RELEVANT)
        relevant = i;
      if (plan->steps[i] == TF_CASE_STATUS_ACTIVE && work == 0)
        work = i;
    }
  if (relevant == 0)
    return;

  _tf_demo_rng_init (&rng, ctx->seed, index, STREAM_MOTIVATION);
  if (!_tf_demo_rng_chance (&rng, 0.65))
    return;
  plan->motivation_step = (int) relevant;
  plan->motivation = 1 + (int) _tf_demo_rng_weighted (&rng,
                                                      plan->status == TF_CASE_STATUS_DECLINED
                                                      ? declined_weights : first_weights, 3);
  if (work > 0 && _tf_demo_rng_chance (&rng, 0.35))
    {
      gint32 from = plan->days[work] + 14;
      gint32 to = plan->end - 1;

      if (to > from)
        {
          int later = plan->motivation + (_tf_demo_rng_chance (&rng, 0.75) ? -1 : 1);

          if (later < 1)
            later = 2;
          if (later > 3)
            later = 2;
          plan->motivation_later = later;
          plan->motivation_day = _tf_demo_rng_range (&rng, from, to);
        }
    }
}

void
_tf_demo_plan_case (const PlanContext *ctx,
                    guint64            index,
                    CasePlan          *plan)
{
  Rng rng;
  TfCaseStatus status;
  int span, avail, budget, tail_max, tail;
  gint32 earliest;
  guint age_index;

  _tf_demo_rng_init (&rng, ctx->seed, index, STREAM_PLAN);
  memset (plan, 0, sizeof *plan);

  plan->gender = _tf_demo_rng_chance (&rng, 0.30) ? TF_GENDER_GIRL : TF_GENDER_BOY;
  age_index = _tf_demo_rng_weighted (&rng, age_weights, G_N_ELEMENTS (age_weights));
  plan->age = MIN_AGE + (int) age_index;
  plan->birth = _tf_demo_rng_range (&rng, ctx->birth_lo[age_index], ctx->birth_hi[age_index]);
  plan->source = _tf_demo_rng_weighted (&rng, source_weights, TF_N_REFERRAL_SOURCES);
  plan->status = status = _tf_demo_rng_weighted (&rng, status_weights, TF_N_CASE_STATUSES);

  /* The path through the funnel, with the days each step took */
  plan_add (plan, TF_CASE_STATUS_REFERRED, 0);
  if (status == TF_CASE_STATUS_NOT_RELEVANT)
    {
      guint kind_weights[] = { 50, 35, 15 };

      plan_add (plan, TF_CASE_STATUS_NOT_RELEVANT, _tf_demo_rng_range (&rng, 5, 28));
      plan->not_relevant = _tf_demo_rng_weighted (&rng, kind_weights, G_N_ELEMENTS (kind_weights));
    }
  else if (status != TF_CASE_STATUS_REFERRED)
    {
      plan_add (plan, TF_CASE_STATUS_RELEVANT, _tf_demo_rng_range (&rng, 5, 28));
      if (status != TF_CASE_STATUS_RELEVANT)
        plan_add (plan, TF_CASE_STATUS_OFFERED, _tf_demo_rng_range (&rng, 1, 14));
      /* "In process": offered, and the family has not answered yet (as in
       * the Aarhus funnel); some take that time before they say yes or no. */
      if (status == TF_CASE_STATUS_IN_PROCESS)
        plan_add (plan, TF_CASE_STATUS_IN_PROCESS, _tf_demo_rng_range (&rng, 3, 21));
      else if (status == TF_CASE_STATUS_DECLINED)
        {
          if (_tf_demo_rng_chance (&rng, 0.3))
            plan_add (plan, TF_CASE_STATUS_IN_PROCESS, _tf_demo_rng_range (&rng, 3, 21));
          plan_add (plan, TF_CASE_STATUS_DECLINED, _tf_demo_rng_range (&rng, 3, 21));
        }
      else if (status >= TF_CASE_STATUS_ACCEPTED)
        {
          if (_tf_demo_rng_chance (&rng, 0.3))
            plan_add (plan, TF_CASE_STATUS_IN_PROCESS, _tf_demo_rng_range (&rng, 3, 21));
          plan_add (plan, TF_CASE_STATUS_ACCEPTED, _tf_demo_rng_range (&rng, 3, 21));
          if (status >= TF_CASE_STATUS_ACTIVE)
            {
              plan_add (plan, TF_CASE_STATUS_ACTIVE, _tf_demo_rng_range (&rng, 10, 45));
              /* Some cases have rested a while and started again */
              if (_tf_demo_rng_chance (&rng, status == TF_CASE_STATUS_ACTIVE ? 0.15 : 0.10))
                {
                  plan_add (plan, TF_CASE_STATUS_PAUSED, _tf_demo_rng_range (&rng, 30, 240));
                  plan_add (plan, TF_CASE_STATUS_ACTIVE, _tf_demo_rng_range (&rng, 14, 90));
                }
            }
          if (status == TF_CASE_STATUS_PAUSED)
            plan_add (plan, TF_CASE_STATUS_PAUSED, _tf_demo_rng_range (&rng, 30, 240));
          else if (status == TF_CASE_STATUS_CLOSED)
            {
              guint weights[8];

              if (_tf_demo_rng_chance (&rng, 0.20))
                {
                  plan_add (plan, TF_CASE_STATUS_PAUSED, _tf_demo_rng_range (&rng, 30, 240));
                  plan_add (plan, TF_CASE_STATUS_CLOSED, _tf_demo_rng_range (&rng, 14, 120));
                }
              else
                plan_add (plan, TF_CASE_STATUS_CLOSED, _tf_demo_rng_range (&rng, 60, 420));
              for (guint i = 0; i < _tf_demo_n_closing_reasons; i++)
                weights[i] = _tf_demo_closing_reasons[i].weight;
              plan->closing = _tf_demo_rng_weighted (&rng, weights, _tf_demo_n_closing_reasons);
            }
        }
    }

  /* Fit the history between the earliest referral (two years back, and
   * never before the young person was 11) and today. */
  earliest = MAX (ctx->earliest, _tf_demo_add_years (plan->birth, 11));
  avail = ctx->today - earliest;
  span = 0;
  for (guint i = 1; i < plan->n_steps; i++)
    span += plan->days[i];
  budget = avail;
  if (span > budget)
    {
      int scaled = 0;

      for (guint i = 1; i < plan->n_steps; i++)
        {
          plan->days[i] = MAX (1, (int) ((gint64) plan->days[i] * budget / span));
          scaled += plan->days[i];
        }
      span = scaled;
      /* Rounding up to whole days may still overshoot by a few */
      while (span > budget)
        {
          guint longest = 1;

          for (guint i = 2; i < plan->n_steps; i++)
            if (plan->days[i] > plan->days[longest])
              longest = i;
          if (plan->days[longest] <= 1)
            break;
          plan->days[longest]--;
          span--;
        }
    }
  tail_max = status_max_tail[status] < 0 ? avail - span : MIN (status_max_tail[status], avail - span);
  tail = _tf_demo_rng_range (&rng, 0, MAX (tail_max, 0));

  plan->days[0] = ctx->today - tail - span;
  for (guint i = 1; i < plan->n_steps; i++)
    plan->days[i] += plan->days[i - 1];

  /* Notes are written while the case is open; the member organisations
   * write once the work with the family has begun. */
  plan->end = tf_case_status_is_open (status) ? ctx->today : plan->days[plan->n_steps - 1];
  plan->work_start = G_MAXINT32;
  for (guint i = 0; i < plan->n_steps; i++)
    if (plan->steps[i] == TF_CASE_STATUS_ACCEPTED)
      plan->work_start = plan->days[i];
  /* Longer cases get more notes */
  plan->note_weight = (0.3 + MIN (plan->end - plan->days[0], 540) / 120.0)
                      * (0.6 + 0.8 * _tf_demo_rng_unit (&rng));

  /* Draws after this point come after every draw above, so they change
   * nothing else of the store a seed makes. */

  /* Some 16–17-year-olds' cases closed within the last ten months because
   * they turned 18: their birth date moves so that the birthday falls just
   * before the closing (they are 18 today). */
  if (status == TF_CASE_STATUS_CLOSED && plan->age >= 16 &&
      plan->days[plan->n_steps - 1] > ctx->today - 300 &&
      _tf_demo_rng_chance (&rng, 0.35))
    {
      gint32 closed = plan->days[plan->n_steps - 1];
      int before = _tf_demo_rng_range (&rng, 0, MIN (30, closed - plan->days[0] - 1));

      plan->closing = _tf_demo_closing_turned_18;
      plan->birth = _tf_demo_add_years (closed - before, -18);
      plan->age = 18;
    }

  plan_motivation (ctx, index, plan);
}
