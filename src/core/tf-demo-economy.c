/* tf-demo-economy.c — demo budgets and other expenses
 *
 * Scaled to the store: the demo's default 40 young people are the seeds'
 * municipality with its DKK 1,200,000 a year, and a larger store is a
 * larger municipality with a budget and other expenses in proportion.
 *
 * The demo lays out a taskforce's first two years, so its caseload — and
 * what its interventions cost — grows the whole time: the first full year
 * spends a third of what the current one does. A budget that stood still
 * would show every past year far under and the current one over. So a
 * past year's budget is what the municipality granted while the work was
 * being built up: the year's spending, as it turned out, over a drawn
 * share (mostly 86–99 %, now and then 101–106 %, so the forecast's warning
 * is seen but is not the normal case), rounded to a round figure. The
 * current and later years have the full budget for the store's size. Each
 * year's split across the areas follows where that year's money went.
 *
 * Deterministic: one GRand seeded from the seed draws everything, in the
 * order of the days and of the years.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "tf-audit.h"
#include "tf-budget.h"
#include "tf-day-private.h"
#include "tf-demo-economy.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

#define SALT 0x45636f6eu   /* "Econ": a stream apart from the other demo modules */

#define DEFAULT_YOUNG_PEOPLE   40       /* the demo's default size: the seeds' budget */
#define BUDGET_STEP_KRONER     50000    /* budgets are whole 50.000s… */
#define SMALL_STEP_KRONER      10000    /* …or 10.000s below half a million */
#define EXPENSES_PER_DAY       0.15     /* other expenses per working day at the default size */
#define N_AREAS                7

/* Who pays for what: the member organisation of each budget area (codes of
 * the seeded organisations, migration 0003). */
static const struct
{
  const char *area;
  const char *organisation;
  gboolean    for_a_case;      /* the expense is for one young person */
  int         min_kroner, max_kroner;
  const char *what[3];
} kinds[] = {
  { "mentor", "myndighed", TRUE, 400, 3000,
    { "Mentorens kørsel", "Aktivitet med mentor", "Telefon til den unge" } },
  { "family", "familiehuset", TRUE, 500, 6000,
    { "Familiekursus", "Tolk til familiesamtale", "Forældreforløb, materialer" } },
  { "network", "fti", TRUE, 300, 2500,
    { "Lokale til netværksmøde", "Forplejning til netværksmøde", "Kørsel til netværksmøde" } },
  { "school", "almenskole", TRUE, 300, 4000,
    { "Undervisningsmaterialer", "Buskort til skolen", "Lektiehjælp" } },
  { "leisure", "ungdomskonsulenterne", TRUE, 250, 3500,
    { "Kontingent til idrætsforening", "Udstyr til fritidsaktivitet", "Sommerlejr" } },
  { "job", "ungeindsatsen", TRUE, 300, 5000,
    { "Arbejdstøj til praktik", "Kørsel til praktik", "Kursusbevis (truck)" } },
  { "administration", "ungnorddjurs", FALSE, 1500, 12000,
    { "Kursus for koordinatorerne", "Temadag for taskforcen", "Tryk af pjecer" } },
};

typedef struct
{
  gint64 case_id;
  gint32 starts_on;
  gint32 ends_on;       /* open: far ahead */
  gint32 paid_until;    /* the last day its actual cost is spread over */
  gint64 actual_cost;   /* øre */
  char   area[16];      /* its budget area */
} Running;

typedef struct
{
  TfStore   *store;
  GRand     *rand;
  gint32     today;
  GArray    *interventions;   /* Running */
  gint64     org_ids[G_N_ELEMENTS (kinds)];
  gint64     young_people;
  int        first_year;
  int        n_years;
  double    *spent;           /* øre, [year - first_year][area] */
  double     open_plans[N_AREAS];  /* øre: planned and active interventions' planned cost not spent */
  guint      n_budgets;
  guint      n_expenses;
} Run;

G_STATIC_ASSERT (G_N_ELEMENTS (kinds) == N_AREAS);

static gint64
query_int (Run        *run,
           const char *sql)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (run->store, sql, NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int64 (stmt, 0);
}

static guint
kind_of_area (const char *area)
{
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (g_str_equal (kinds[k].area, area))
      return k;
  return 0;
}

static gboolean
load (Run     *run,
      GError **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  int rc;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(TfStmt) org = tf_store_prepare (run->store, "SELECT id FROM organisation WHERE code = ?1", error);

      if (org == NULL)
        return FALSE;
      sqlite3_bind_text (org, 1, kinds[k].organisation, -1, SQLITE_STATIC);
      run->org_ids[k] = sqlite3_step (org) == SQLITE_ROW ? sqlite3_column_int64 (org, 0) : 0;
    }

  stmt = tf_store_prepare (run->store,
    "SELECT case_id, starts_on, ends_on, budget_area, status, actual_cost FROM record "
    "WHERE category = 'intervention' AND deleted_at IS NULL AND status <> 'planned' ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Running r = { 0 };
      const char *ends = (const char *) sqlite3_column_text (stmt, 2);
      const char *area = (const char *) sqlite3_column_text (stmt, 3);

      r.case_id = sqlite3_column_int64 (stmt, 0);
      if (!_tf_day_parse ((const char *) sqlite3_column_text (stmt, 1), &r.starts_on) || area == NULL)
        continue;
      if (ends == NULL || !_tf_day_parse (ends, &r.ends_on))
        r.ends_on = G_MAXINT32;
      /* As tf_economy_compute() spreads it: over the days it ran when it
       * has ended, else over the days up to today */
      {
        const char *status = (const char *) sqlite3_column_text (stmt, 4);
        gboolean ended = g_strcmp0 (status, "completed") == 0 || g_strcmp0 (status, "stopped") == 0 ||
                         r.ends_on <= run->today;

        r.paid_until = ended && r.ends_on != G_MAXINT32 ? r.ends_on : run->today;
        r.paid_until = MAX (r.paid_until, r.starts_on);
      }
      r.actual_cost = sqlite3_column_int64 (stmt, 5);
      g_strlcpy (r.area, area, sizeof r.area);
      g_array_append_val (run->interventions, r);
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (run->store, error);

  {
    g_autoptr(TfStmt) open = tf_store_prepare (run->store,
      "SELECT budget_area, sum (max (planned_cost - actual_cost, 0)) FROM record "
      "WHERE category = 'intervention' AND deleted_at IS NULL AND status IN ('planned', 'active') "
      "AND budget_area IS NOT NULL GROUP BY budget_area", error);

    if (open == NULL)
      return FALSE;
    while ((rc = sqlite3_step (open)) == SQLITE_ROW)
      run->open_plans[kind_of_area ((const char *) sqlite3_column_text (open, 0))] += sqlite3_column_double (open, 1);
    if (rc != SQLITE_DONE)
      return tf_store_set_error (run->store, error);
  }
  return TRUE;
}

/* The years the demo covers: from the first referral or intervention to
 * the last intervention's start, and at least this year; @start is the
 * first of those days, the day the taskforce began (today when none). */
static void
covered_years (Run    *run,
               int    *first,
               int    *last,
               gint32 *start)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (run->store,
    "SELECT min (d), max (d) FROM (SELECT referral_date AS d FROM cases "
    "UNION ALL SELECT starts_on FROM record WHERE category = 'intervention')", NULL);
  int y, m, d;
  gint32 day;

  _tf_day_to_civil (run->today, &y, &m, &d);
  *first = *last = y;
  *start = run->today;
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return;
  if (_tf_day_parse ((const char *) sqlite3_column_text (stmt, 0), &day))
    {
      *start = MIN (*start, day);
      _tf_day_to_civil (day, &y, &m, &d);
      *first = MIN (*first, y);
    }
  if (_tf_day_parse ((const char *) sqlite3_column_text (stmt, 1), &day))
    {
      _tf_day_to_civil (day, &y, &m, &d);
      *last = MAX (*last, y);
    }
}

static void
add_spent (Run    *run,
           int     year,
           guint   area,
           double  ore)
{
  if (year >= run->first_year && year < run->first_year + run->n_years)
    run->spent[(year - run->first_year) * N_AREAS + area] += ore;
}

/* What the interventions cost each year: the actual cost spread evenly
 * over its days, as tf_economy_compute() counts it. */
static void
spread_interventions (Run *run)
{
  for (guint i = 0; i < run->interventions->len; i++)
    {
      const Running *r = &g_array_index (run->interventions, Running, i);
      double per_day = (double) r->actual_cost / (r->paid_until - r->starts_on + 1);
      guint area = kind_of_area (r->area);
      int y0, y1, m, d;

      if (r->actual_cost <= 0)
        continue;
      _tf_day_to_civil (r->starts_on, &y0, &m, &d);
      _tf_day_to_civil (r->paid_until, &y1, &m, &d);
      for (int y = y0; y <= y1; y++)
        {
          gint32 from = MAX (r->starts_on, _tf_day_from_civil (y, 1, 1));
          gint32 to = MIN (r->paid_until, _tf_day_from_civil (y, 12, 31));

          add_spent (run, y, area, per_day * (to - from + 1));
        }
    }
}

static gint64
round_kroner (double kroner)
{
  gint64 step = kroner < 500000 ? SMALL_STEP_KRONER : BUDGET_STEP_KRONER;

  return MAX (step, (gint64) (kroner / step + 0.5) * step);
}

/* The full budget for a store of this many young people: the seeds'
 * 1.200.000 kr. for the default 40, in proportion, whole 50.000s. */
static gint64
full_budget_kroner (gint64 young_people)
{
  double kroner = (double) (TF_BUDGET_DEFAULT_TOTAL / 100) * MAX (young_people, 1) / DEFAULT_YOUNG_PEOPLE;

  return MAX (BUDGET_STEP_KRONER, (gint64) (kroner / BUDGET_STEP_KRONER + 0.5) * BUDGET_STEP_KRONER);
}

/* Splits @total_ore across the areas in proportion to @spent (a year's
 * spending by area; the default split's proportions when nothing was
 * spent), in whole hundreds of kroner rounded up, so no area is pushed
 * over its share by the rounding; the difference comes off the largest
 * share, so the split adds up. */
static void
split_budget (TfBudget     *budget,
              gint64        total_ore,
              const double *spent)
{
  g_autoptr(TfBudget) fallback = tf_budget_new_default (tf_budget_get_year (budget));
  const char * const *ids = tf_budget_area_ids ();
  double weights[N_AREAS], sum = 0;
  gint64 shares[N_AREAS], given = 0;
  guint largest = 0;

  for (guint a = 0; a < N_AREAS; a++)
    sum += spent[a];
  for (guint a = 0; a < N_AREAS; a++)
    weights[a] = sum > 0 ? spent[a] / sum
                         : (double) tf_budget_get_share (fallback, ids[a]) / tf_budget_get_total (fallback);
  for (guint a = 0; a < N_AREAS; a++)
    {
      shares[a] = (gint64) ceil (total_ore * weights[a] / 10000) * 10000;
      given += shares[a];
      if (shares[a] > shares[largest])
        largest = a;
    }
  shares[largest] += total_ore - given;
  tf_budget_set_total (budget, total_ore);
  for (guint a = 0; a < N_AREAS; a++)
    tf_budget_set_share (budget, ids[a], shares[a]);
}

static gboolean
insert_budget (Run      *run,
               int       year,
               GError  **error)
{
  g_autoptr(TfBudget) budget = tf_budget_new_default (year);
  const char * const *ids = tf_budget_area_ids ();
  const double *spent = &run->spent[(year - run->first_year) * N_AREAS];
  g_autoptr(TfStmt) row = NULL;
  gint64 at = _tf_day_epoch (_tf_day_from_civil (year - 1, 12, 15)) + 10 * 3600;
  int this_year, m, d;
  double year_spent = 0;
  gint64 kroner;

  _tf_day_to_civil (run->today, &this_year, &m, &d);
  for (guint a = 0; a < N_AREAS; a++)
    year_spent += spent[a];

  if (year >= this_year || year_spent <= 0)
    {
      kroner = full_budget_kroner (run->young_people);
      if (year == this_year)
        {
          /* A small store's caseload can run ahead of its size: when this
           * year's pace passes the budget by a tenth, the council has
           * granted extra during the year */
          gint32 jan1 = _tf_day_from_civil (year, 1, 1);
          double pace = year_spent / 100 * (_tf_day_from_civil (year, 12, 31) - jan1 + 1) / (run->today - jan1 + 1);

          if (pace > kroner * 1.1)
            kroner = round_kroner (pace / g_rand_double_range (run->rand, 0.86, 0.99));
        }
    }
  else
    {
      /* A year of building up: granted about what it turned out to need,
       * one year in five a little less */
      double share = g_rand_int_range (run->rand, 0, 5) == 0 ? g_rand_double_range (run->rand, 1.01, 1.06)
                                                               : g_rand_double_range (run->rand, 0.86, 0.99);

      kroner = round_kroner (year_spent / 100 / share);
    }
  /* The current year is split as this year's money has gone so far; a
   * year with nothing spent yet as the last year that spent something */
  while (year_spent <= 0 && spent > run->spent)
    {
      spent -= N_AREAS;
      for (guint a = 0; a < N_AREAS; a++)
        year_spent += spent[a];
    }
  if (year == this_year)
    {
      /* Split as the year is likely to end: each area's pace so far, and
       * the open interventions' plans for the days left */
      gint32 jan1 = _tf_day_from_civil (year, 1, 1);
      double days = _tf_day_from_civil (year, 12, 31) - jan1 + 1;
      double elapsed = run->today - jan1 + 1;
      double weights[N_AREAS];

      for (guint a = 0; a < N_AREAS; a++)
        weights[a] = spent[a] * days / elapsed + run->open_plans[a] * (days - elapsed) / 365;
      split_budget (budget, kroner * 100, weights);
    }
  else
    split_budget (budget, kroner * 100, spent);
  g_assert (tf_budget_validate (budget, NULL));

  row = tf_store_prepare (run->store,
    "INSERT INTO budget (year, total, created_at, updated_at, version) VALUES (?1, ?2, ?3, ?3, 1)", error);
  if (row == NULL)
    return FALSE;
  sqlite3_bind_int (row, 1, year);
  sqlite3_bind_int64 (row, 2, tf_budget_get_total (budget));
  sqlite3_bind_int64 (row, 3, at);
  if (!tf_store_step_done (run->store, row, error))
    return FALSE;
  for (int i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(TfStmt) share = tf_store_prepare (run->store,
        "INSERT INTO budget_share (year, area, amount) VALUES (?1, ?2, ?3)", error);

      if (share == NULL)
        return FALSE;
      sqlite3_bind_int (share, 1, year);
      sqlite3_bind_text (share, 2, ids[i], -1, SQLITE_STATIC);
      sqlite3_bind_int64 (share, 3, tf_budget_get_share (budget, ids[i]));
      if (!tf_store_step_done (run->store, share, error))
        return FALSE;
    }
  run->n_budgets++;
  return TRUE;
}

/* An intervention running on @day, drawn at random; NULL when a few draws
 * find none (a quiet stretch of the history). */
static const Running *
pick_running (Run    *run,
              gint32  day)
{
  if (run->interventions->len == 0)
    return NULL;
  for (int attempt = 0; attempt < 40; attempt++)
    {
      const Running *r = &g_array_index (run->interventions, Running,
                                         g_rand_int_range (run->rand, 0, run->interventions->len));

      if (r->starts_on <= day && day <= r->ends_on)
        return r;
    }
  return NULL;
}

static gboolean
insert_expense (Run     *run,
                gint32   day,
                GError **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  const Running *running = NULL;
  guint k;
  gint64 kroner;
  char spent_on[11];

  /* One in six is the taskforce's own administration; the rest follow a
   * young person's intervention, in its area — none on a day when no
   * intervention runs */
  if (g_rand_int_range (run->rand, 0, 6) == 0)
    k = G_N_ELEMENTS (kinds) - 1;
  else if ((running = pick_running (run, day)) != NULL)
    k = kind_of_area (running->area);
  else
    return TRUE;
  if (run->org_ids[k] == 0)
    return TRUE;
  kroner = g_rand_int_range (run->rand, kinds[k].min_kroner / 50, kinds[k].max_kroner / 50 + 1) * 50;

  _tf_day_format (day, spent_on);
  stmt = tf_store_prepare (run->store,
    "INSERT INTO expense (spent_on, budget_area, organisation_id, case_id, description, amount, "
    "                     created_at, updated_at, version) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, 1)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, spent_on, 10, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, kinds[k].area, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, run->org_ids[k]);
  if (kinds[k].for_a_case && running != NULL)
    sqlite3_bind_int64 (stmt, 4, running->case_id);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_text (stmt, 5, kinds[k].what[g_rand_int_range (run->rand, 0, 3)], -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, kroner * 100);
  sqlite3_bind_int64 (stmt, 7, _tf_day_epoch (day) + g_rand_int_range (run->rand, 8 * 3600, 16 * 3600));
  if (!tf_store_step_done (run->store, stmt, error))
    return FALSE;
  {
    int y, m, d;

    _tf_day_to_civil (day, &y, &m, &d);
    add_spent (run, y, k, kroner * 100);
  }
  run->n_expenses++;
  return TRUE;
}

gboolean
tf_demo_fill_economy (TfSession      *session,
                      guint32         seed,
                      const char     *today_iso,
                      TfDemoProgress  progress,
                      gpointer        progress_data,
                      GCancellable   *cancellable,
                      GError        **error)
{
  g_autofree char *today_owned = NULL;
  g_autoptr(TfTransaction) tx = NULL;
  g_autofree char *detail = NULL;
  Run run = { 0 };
  int first_year, last_year;
  gint32 start;
  double expenses_per_day;
  gboolean ok = FALSE;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);

  if (today_iso == NULL)
    today_iso = today_owned = tf_today_iso ();
  if (!_tf_day_parse (today_iso, &run.today))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("%s is not a valid date."), today_iso);
      return FALSE;
    }

  run.store = tf_session_get_store (session);
  tx = tf_store_begin (run.store, error);
  if (tx == NULL)
    return FALSE;
  /* Read inside the transaction: nobody can add a budget between the check and the writes */
  if (query_int (&run, "SELECT count(*) FROM budget") != 0)
    return TRUE;

  run.rand = g_rand_new_with_seed (seed ^ SALT);
  run.interventions = g_array_new (FALSE, FALSE, sizeof (Running));
  if (!load (&run, error))
    goto out;

  covered_years (&run, &first_year, &last_year, &start);
  run.first_year = first_year;
  run.n_years = last_year - first_year + 1;
  run.spent = g_new0 (double, (gsize) run.n_years * N_AREAS);
  run.young_people = MAX (1, query_int (&run, "SELECT count(*) FROM young_person"));
  expenses_per_day = EXPENSES_PER_DAY * run.young_people / DEFAULT_YOUNG_PEOPLE;

  /* Other expenses on working days, from the day the taskforce began up
   * to today: a few a month at the default size, more in a larger
   * municipality. Before the budgets, which follow what was spent. */
  for (gint32 day = start; day <= run.today; day++)
    {
      int n;

      if (day % 64 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            goto out;
          if (progress != NULL)
            progress ((double) (day - start) / MAX (1, run.today - start), progress_data);
        }
      /* Working days only (1970-01-01 was a Thursday) */
      if ((day + 3) % 7 >= 5)
        continue;
      /* The whole expected number, and one more as often as the fraction says */
      n = (int) expenses_per_day + (g_rand_double (run.rand) < expenses_per_day - (int) expenses_per_day);
      for (int i = 0; i < n; i++)
        if (!insert_expense (&run, day, error))
          goto out;
    }

  spread_interventions (&run);
  for (int year = first_year; year <= last_year; year++)
    if (!insert_budget (&run, year, error))
      goto out;

  /* today_iso has been validated as YYYY-MM-DD: nothing here needs escaping */
  detail = g_strdup_printf ("{\"budgets\":%u,\"expenses\":%u,\"seed\":%u,\"today\":\"%s\"}",
                            run.n_budgets, run.n_expenses, seed, today_iso);
  if (!tf_audit_record (session, "demo-data", "expense", 0, 0, detail, error))
    goto out;
  tf_transaction_changed (tx, "budget", 0);
  tf_transaction_changed (tx, "expense", 0);
  ok = tf_transaction_commit (tx, error);
  if (ok && progress != NULL)
    progress (1.0, progress_data);

out:
  g_rand_free (run.rand);
  g_array_unref (run.interventions);
  g_free (run.spent);
  return ok;
}
