/* tf-demo-economy.c — demo budgets and other expenses
 *
 * Deterministic: one GRand seeded from the seed draws everything, in the
 * order of the days and of the interventions' ids.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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
  char   area[16];      /* its budget area */
} Running;

typedef struct
{
  TfStore   *store;
  GRand     *rand;
  gint32     today;
  GArray    *interventions;   /* Running */
  gint64     org_ids[G_N_ELEMENTS (kinds)];
  guint      n_budgets;
  guint      n_expenses;
} Run;

static gint64
query_int (Run        *run,
           const char *sql)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (run->store, sql, NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int64 (stmt, 0);
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
    "SELECT case_id, starts_on, ends_on, budget_area FROM record "
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
      g_strlcpy (r.area, area, sizeof r.area);
      g_array_append_val (run->interventions, r);
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (run->store, error);
  return TRUE;
}

/* The years the demo covers: from the first referral or intervention to
 * the last intervention's start, and at least this year. */
static void
covered_years (Run *run,
               int *first,
               int *last)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (run->store,
    "SELECT min (d), max (d) FROM (SELECT referral_date AS d FROM cases "
    "UNION ALL SELECT starts_on FROM record WHERE category = 'intervention')", NULL);
  int y, m, d;
  gint32 day;

  _tf_day_to_civil (run->today, &y, &m, &d);
  *first = *last = y;
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return;
  if (_tf_day_parse ((const char *) sqlite3_column_text (stmt, 0), &day))
    {
      _tf_day_to_civil (day, &y, &m, &d);
      *first = MIN (*first, y);
    }
  if (_tf_day_parse ((const char *) sqlite3_column_text (stmt, 1), &day))
    {
      _tf_day_to_civil (day, &y, &m, &d);
      *last = MAX (*last, y);
    }
}

static gboolean
insert_budget (Run      *run,
               int       year,
               GError  **error)
{
  g_autoptr(TfBudget) budget = tf_budget_new_default (year);
  const char * const *ids = tf_budget_area_ids ();
  g_autoptr(TfStmt) row = NULL;
  gint64 at = _tf_day_epoch (_tf_day_from_civil (year - 1, 12, 15)) + 10 * 3600;

  /* Now and then the coordinators moved money to where the work was */
  if (g_rand_boolean (run->rand))
    {
      int from = g_rand_int_range (run->rand, 0, 6);
      int to = (from + g_rand_int_range (run->rand, 1, 6)) % 6;
      gint64 moved = (gint64) g_rand_int_range (run->rand, 1, 5) * 1000000;   /* 10.000–40.000 kr. */

      tf_budget_set_share (budget, ids[from], tf_budget_get_share (budget, ids[from]) - moved);
      tf_budget_set_share (budget, ids[to], tf_budget_get_share (budget, ids[to]) + moved);
    }
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

static guint
kind_of_area (const char *area)
{
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    if (g_str_equal (kinds[k].area, area))
      return k;
  return 0;
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

  covered_years (&run, &first_year, &last_year);
  for (int year = first_year; year <= last_year; year++)
    if (!insert_budget (&run, year, error))
      goto out;

  /* A few expenses a month, from the first year's start up to today */
  for (gint32 day = _tf_day_from_civil (first_year, 1, 1); day <= run.today; day++)
    {
      if (day % 64 == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            goto out;
          if (progress != NULL)
            progress ((double) (day - _tf_day_from_civil (first_year, 1, 1)) /
                      MAX (1, run.today - _tf_day_from_civil (first_year, 1, 1)), progress_data);
        }
      /* Working days only (1970-01-01 was a Thursday), about one in eight of them */
      if ((day + 3) % 7 >= 5 || g_rand_int_range (run.rand, 0, 8) != 0)
        continue;
      if (!insert_expense (&run, day, error))
        goto out;
    }

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
  return ok;
}
