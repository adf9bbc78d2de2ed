/* tf-demo-case-work-plans.c — a case's action plan and its versions in the demo data
 *
 * The first version a few weeks after the first assessment, then a new
 * version at (or just before) each follow-up, 1½–3 months apart. Goals are
 * set for the red domains of the latest assessment before the plan (2–4 of
 * them; a yellow one when fewer are red), now and then a red domain gets a
 * written reason instead; a goal keeps its goal_key (its first row's id)
 * through the versions, its progress grows with the case's trend, and it is
 * reached, once reached left out of the next version. The responsible
 * member organisation fits the domain, the staff member is one of its
 * people, and the case's interventions from the fitting work area serve it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tf-demo-case-work-private.h"

typedef struct
{
  int    domain;
  gint64 key;                    /* plan_goal.goal_key; 0 until its first row */
  guint  what;
  int    org;                    /* ORG_*, -1 none */
  gint64 staff;
  gint32 due;
  int    status;                 /* index in goal_status_ids */
  int    progress;
  gint64 interventions[2];
  guint  n_interventions;
} Goal;

typedef struct
{
  gint64 id;
  char   area[32];
  gboolean used;
} Intervention;

enum { NOT_STARTED, IN_PROGRESS, REACHED, DROPPED };
static const char * const goal_status_ids[] = { "not-started", "in-progress", "reached", "dropped" };

/* Which work areas' interventions serve a domain (the plugins' area ids) */
static const char * const domain_areas[CW_N_DOMAINS][2] = {
  { "school", "job" }, { "leisure", NULL }, { "family", NULL }, { "adhoc", "authority" },
  { "family", "authority" }, { "adhoc", NULL }, { "leisure", "family" }, { "job", "authority" },
};

static int
responsible_org (Rng *rng,
                 int  domain)
{
  switch (domain)
    {
    case DOMAIN_SCHOOL:
      return _tf_demo_rng_chance (rng, 0.25) ? ORG_HELTIDSUNDERVISNINGEN : ORG_ALMENSKOLE;
    case DOMAIN_LEISURE:
      return ORG_UNGDOMSKONSULENTERNE;
    case DOMAIN_FAMILY:
      return _tf_demo_rng_chance (rng, 0.6) ? ORG_FTI : ORG_FAMILIEHUSET;
    case DOMAIN_BEHAVIOUR:
      return _tf_demo_rng_chance (rng, 0.6) ? ORG_UNGNORDDJURS : ORG_SSP;
    case DOMAIN_EMOTIONAL:
      return _tf_demo_rng_chance (rng, 0.5) ? ORG_FAMILIEHUSET : ORG_MYNDIGHED;
    case DOMAIN_SUBSTANCES:
      return ORG_RUSMIDDELCENTER;
    case DOMAIN_NETWORK:
      return _tf_demo_rng_chance (rng, 0.5) ? ORG_UNGDOMSKONSULENTERNE : ORG_FTI;
    case DOMAIN_PRACTICAL:
    default:
      return _tf_demo_rng_chance (rng, 0.6) ? ORG_UNGEINDSATSEN : ORG_MYNDIGHED;
    }
}

static gboolean
read_interventions (CwRun         *run,
                    CwCase        *c,
                    Intervention  *out,
                    guint         *n_out,
                    GError       **error)
{
  TfStmt *stmt = run->select_interventions;
  guint n = 0;
  int rc;

  sqlite3_bind_int64 (stmt, 1, c->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    if (n < CW_MAX_INTERVENTIONS)
      {
        out[n].id = sqlite3_column_int64 (stmt, 0);
        g_strlcpy (out[n].area, (const char *) sqlite3_column_text (stmt, 1), sizeof out[n].area);
        out[n].used = FALSE;
        n++;
      }
  sqlite3_reset (stmt);
  *n_out = n;
  if (rc != SQLITE_DONE)
    return tf_store_set_error (run->store, error);
  return TRUE;
}

static void
new_goal (CwRun        *run,
          Rng          *rng,
          CwCase       *c,
          Goal         *g,
          int           domain,
          gint32        made,
          Intervention *iv,
          guint         n_iv)
{
  GArray *staff;

  memset (g, 0, sizeof *g);
  g->domain = domain;
  g->what = _tf_demo_rng_below (rng, _tf_demo_cw_goals[domain].n_items);
  g->org = responsible_org (rng, domain);
  staff = run->org_staff[g->org];
  if (run->orgs[g->org] == 0)
    g->org = -1;
  if (staff != NULL && staff->len > 0)
    g->staff = g_array_index (staff, gint64, _tf_demo_rng_below (rng, staff->len));
  else
    g->staff = c->coordinator_id;
  g->due = made + _tf_demo_rng_range (rng, 60, 180);
  g->status = _tf_demo_rng_chance (rng, 0.3) ? NOT_STARTED : IN_PROGRESS;
  g->progress = g->status == NOT_STARTED ? 0 : _tf_demo_rng_range (rng, 0, 2);

  /* The case's interventions from a fitting work area, each serving one goal */
  for (guint i = 0; i < n_iv && g->n_interventions < 2; i++)
    {
      if (iv[i].used)
        continue;
      for (guint a = 0; a < 2; a++)
        if (domain_areas[domain][a] != NULL && g_str_equal (iv[i].area, domain_areas[domain][a]) &&
            (g->n_interventions == 0 || _tf_demo_rng_chance (rng, 0.3)))
          {
            g->interventions[g->n_interventions++] = iv[i].id;
            iv[i].used = TRUE;
            break;
          }
    }
}

static void
advance_goal (Rng              *rng,
              Goal             *g,
              Trend             trend,
              const Assessment *a,
              gint32            made)
{
  int delta;

  switch (trend)
    {
    case TREND_STRONG:  delta = _tf_demo_rng_range (rng, 2, 4); break;
    case TREND_IMPROVE: delta = _tf_demo_rng_range (rng, 0, 3); break;
    case TREND_WORSEN:  delta = _tf_demo_rng_range (rng, -2, 1); break;
    case TREND_HOLD:
    default:            delta = _tf_demo_rng_range (rng, -1, 1); break;
    }
  g->progress = CLAMP (g->progress + delta, 0, 10);
  /* Progress on the goal and the domain's score tell the same story: a
   * goal is not reached while its domain is still red */
  if (a->score[g->domain] <= 3)
    g->progress = MIN (g->progress, 6);
  if (g->progress >= 9 || (a->score[g->domain] >= 7 && g->progress >= 6))
    {
      g->status = REACHED;
      g->progress = MAX (g->progress, 8);
    }
  else if (trend == TREND_WORSEN && _tf_demo_rng_chance (rng, 0.1))
    g->status = DROPPED;
  else
    g->status = IN_PROGRESS;
  if (g->due < made && g->status == IN_PROGRESS)
    g->due = made + _tf_demo_rng_range (rng, 45, 120);
}

static gboolean
write_version (CwRun       *run,
               Rng         *rng,
               CwCase      *c,
               int          version,
               gint32       made,
               gint32       follow_up,
               Goal        *goals,
               guint        n_goals,
               const int   *reason_domains,
               guint        n_reasons,
               GError     **error)
{
  TfStmt *stmt = run->insert_plan;
  CwWords words = { c->first_name, c->girl, NULL };
  gboolean young_person = _tf_demo_rng_chance (rng, 0.85);
  gboolean guardians = _tf_demo_rng_chance (rng, 0.75);
  gint64 plan_id;

  sqlite3_bind_int64 (stmt, 1, c->id);
  sqlite3_bind_int (stmt, 2, version);
  _tf_demo_cw_bind_day (stmt, 3, made);
  _tf_demo_cw_bind_day (stmt, 4, follow_up);
  sqlite3_bind_int (stmt, 5, young_person ? 1 : 0);
  sqlite3_bind_int (stmt, 6, guardians ? 1 : 0);
  if (young_person && _tf_demo_rng_chance (rng, 0.7))
    sqlite3_bind_text (stmt, 7, _tf_demo_rng_pick (rng, &_tf_demo_cw_young_person_words), -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 7);
  run->text.len = 0;
  run->text.buf[0] = '\0';
  if (guardians && _tf_demo_rng_chance (rng, 0.6))
    {
      _tf_demo_cw_append (&run->text, _tf_demo_rng_pick (rng, &_tf_demo_cw_guardians_words), &words);
      sqlite3_bind_text (stmt, 8, run->text.buf, (int) run->text.len, SQLITE_TRANSIENT);
    }
  else
    sqlite3_bind_null (stmt, 8);
  if (version > 1)
    {
      run->text.len = 0;
      run->text.buf[0] = '\0';
      _tf_demo_cw_append (&run->text, _tf_demo_rng_pick (rng, &_tf_demo_cw_revision_notes), &words);
      sqlite3_bind_text (stmt, 9, run->text.buf, (int) run->text.len, SQLITE_TRANSIENT);
    }
  else
    sqlite3_bind_null (stmt, 9);
  _tf_demo_cw_bind_author (run, stmt, 10, c);
  sqlite3_bind_int64 (stmt, 11, _tf_demo_cw_at_work_hours (rng, made));
  if (!_tf_demo_cw_step (run, stmt, error))
    return FALSE;
  plan_id = _tf_demo_cw_last_id (run);
  run->n_plans++;

  for (guint i = 0; i < n_goals; i++)
    {
      Goal *g = &goals[i];
      TfStmt *goal = run->insert_goal;
      gint64 goal_id;

      sqlite3_bind_int64 (goal, 1, plan_id);
      sqlite3_bind_int64 (goal, 2, g->key);
      sqlite3_bind_int (goal, 3, (int) i + 1);
      sqlite3_bind_text (goal, 4, _tf_demo_cw_goals[g->domain].items[g->what], -1, SQLITE_STATIC);
      if (run->domains[g->domain] > 0)
        sqlite3_bind_int64 (goal, 5, run->domains[g->domain]);
      else
        sqlite3_bind_null (goal, 5);
      if (g->org >= 0)
        sqlite3_bind_int64 (goal, 6, run->orgs[g->org]);
      else
        sqlite3_bind_null (goal, 6);
      if (g->staff > 0)
        sqlite3_bind_int64 (goal, 7, g->staff);
      else
        sqlite3_bind_null (goal, 7);
      _tf_demo_cw_bind_day (goal, 8, g->due);
      sqlite3_bind_text (goal, 9, goal_status_ids[g->status], -1, SQLITE_STATIC);
      sqlite3_bind_int (goal, 10, g->progress);
      if (!_tf_demo_cw_step (run, goal, error))
        return FALSE;
      goal_id = _tf_demo_cw_last_id (run);
      if (g->key == 0)
        {
          /* A new goal: its key is its own first row */
          g->key = goal_id;
          sqlite3_bind_int64 (run->set_goal_key, 1, goal_id);
          if (!_tf_demo_cw_step (run, run->set_goal_key, error))
            return FALSE;
        }
      for (guint k = 0; k < g->n_interventions; k++)
        {
          sqlite3_bind_int64 (run->insert_goal_intervention, 1, goal_id);
          sqlite3_bind_int64 (run->insert_goal_intervention, 2, g->interventions[k]);
          if (!_tf_demo_cw_step (run, run->insert_goal_intervention, error))
            return FALSE;
        }
    }

  for (guint i = 0; i < n_reasons; i++)
    {
      if (run->domains[reason_domains[i]] == 0)
        continue;
      run->text.len = 0;
      run->text.buf[0] = '\0';
      _tf_demo_cw_append (&run->text, _tf_demo_rng_pick (rng, &_tf_demo_cw_domain_reasons), &words);
      sqlite3_bind_int64 (run->insert_domain_reason, 1, plan_id);
      sqlite3_bind_int64 (run->insert_domain_reason, 2, run->domains[reason_domains[i]]);
      sqlite3_bind_text (run->insert_domain_reason, 3, run->text.buf, (int) run->text.len, SQLITE_TRANSIENT);
      if (!_tf_demo_cw_step (run, run->insert_domain_reason, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
has_open_goal (const Goal *goals,
               guint       n,
               int         domain)
{
  for (guint i = 0; i < n; i++)
    if (goals[i].domain == domain && goals[i].status != REACHED && goals[i].status != DROPPED)
      return TRUE;
  return FALSE;
}

gboolean
_tf_demo_cw_write_plans (CwRun            *run,
                         Rng              *rng,
                         CwCase           *c,
                         Trend             trend,
                         const Assessment *a,
                         guint             n,
                         GError          **error)
{
  Intervention iv[CW_MAX_INTERVENTIONS];
  guint n_iv = 0;
  Goal goals[CW_MAX_GOALS];
  guint n_goals = 0;
  gint32 plan_end = c->paused_from >= 0 ? c->paused_from : c->end;
  gboolean running = c->open && c->paused_from < 0;
  gboolean overdue = running && _tf_demo_rng_chance (rng, 0.08);
  gint32 made, follow_up;

  made = a[0].day + _tf_demo_rng_range (rng, 14, 35);
  if (made < c->accepted)
    made = c->accepted + _tf_demo_rng_range (rng, 7, 21);
  if (made > plan_end)
    return TRUE;
  if (!read_interventions (run, c, iv, &n_iv, error))
    return FALSE;

  for (int version = 1; version <= CW_MAX_PLANS; version++)
    {
      const Assessment *latest = &a[0];
      Goal kept[CW_MAX_GOALS];
      guint n_kept = 0;
      int reasons[CW_N_DOMAINS];
      guint n_reasons = 0, n_open = 0;
      gint32 next;
      gboolean last;

      for (guint k = 0; k < n; k++)
        if (a[k].day <= made)
          latest = &a[k];

      /* The goals still open carry on with their key; reached or dropped ones leave */
      for (guint i = 0; i < n_goals; i++)
        if (goals[i].status != REACHED && goals[i].status != DROPPED)
          {
            kept[n_kept] = goals[i];
            advance_goal (rng, &kept[n_kept], trend, latest, made);
            n_kept++;
          }
      for (guint i = 0; i < n_kept; i++)
        n_open += kept[i].status != REACHED && kept[i].status != DROPPED;

      /* A goal for each red domain without one, or a reason why not */
      for (int s = 0; s <= 3; s++)
        for (int d = 0; d < CW_N_DOMAINS; d++)
          {
            if (latest->score[d] != s || has_open_goal (kept, n_kept, d))
              continue;
            if (n_open >= 4 || n_kept >= CW_MAX_GOALS || (n_open >= 2 && _tf_demo_rng_chance (rng, 0.1)))
              {
                /* Now and then the plan leaves it open, and shows as incomplete */
                if (!_tf_demo_rng_chance (rng, 0.04))
                  reasons[n_reasons++] = d;
                continue;
              }
            new_goal (run, rng, c, &kept[n_kept++], d, made, iv, n_iv);
            n_open++;
          }
      /* At least two goals: the lowest yellow domains */
      for (int s = 4; s <= 6 && n_open < 2 && n_kept < CW_MAX_GOALS; s++)
        for (int d = 0; d < CW_N_DOMAINS && n_open < 2 && n_kept < CW_MAX_GOALS; d++)
          if (latest->score[d] == s && !has_open_goal (kept, n_kept, d))
            {
              new_goal (run, rng, c, &kept[n_kept++], d, made, iv, n_iv);
              n_open++;
            }

      /* Everything green and every goal reached: the plan keeps the
       * lowest domain as a goal to hold on to while the case runs */
      for (int s = 7; s <= 10 && n_kept == 0; s++)
        for (int d = 0; d < CW_N_DOMAINS && n_kept == 0; d++)
          if (latest->score[d] == s)
            new_goal (run, rng, c, &kept[n_kept++], d, made, iv, n_iv);

      /* An intervention that fits no goal still serves the first one */
      if (version == 1 && n_kept > 0 && n_iv > 0 && !iv[0].used && kept[0].n_interventions < 2)
        {
          gboolean any = FALSE;

          for (guint i = 0; i < n_iv; i++)
            any = any || iv[i].used;
          if (!any)
            {
              kept[0].interventions[kept[0].n_interventions++] = iv[0].id;
              iv[0].used = TRUE;
            }
        }

      /* Followed up after 1½–3 months, and revised at the follow-up */
      follow_up = made + _tf_demo_rng_range (rng, 45, 88);
      next = follow_up - _tf_demo_rng_range (rng, 0, 7);
      if (next <= made + 14)
        next = made + 30;
      last = next > plan_end || version == CW_MAX_PLANS;
      /* A few running cases have let the follow-up pass */
      if (last && overdue)
        {
          follow_up = run->today - _tf_demo_rng_range (rng, 3, 30);
          follow_up = MAX (made, follow_up);
        }

      if (!write_version (run, rng, c, version, made, follow_up, kept, n_kept, reasons, n_reasons, error))
        return FALSE;
      memcpy (goals, kept, sizeof kept[0] * n_kept);
      n_goals = n_kept;
      if (last)
        break;
      made = next;
    }
  return TRUE;
}
