/* test-demo-economy.c — the demo's budgets and other expenses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "taskforce.h"
#include "tf-store-private.h"

#define TODAY "2026-11-23"

typedef struct
{
  char      *dir;
  TfStore   *store;
  TfSession *session;
} Fixture;

static gint64
query_int (Fixture    *f,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (tf_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static char *
digest (Fixture *f)
{
  static const char * const queries[] = {
    "SELECT year, total FROM budget ORDER BY year",
    "SELECT year, area, amount FROM budget_share ORDER BY year, area",
    "SELECT spent_on, budget_area, organisation_id, case_id, description, amount FROM expense ORDER BY id",
  };
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (tf_store_get_db (f->store), queries[q], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count (stmt); c++)
          {
            const char *text = (const char *) sqlite3_column_text (stmt, c);

            g_checksum_update (sum, (const guchar *) (text != NULL ? text : "-"), -1);
            g_checksum_update (sum, (const guchar *) "|", 1);
          }
      sqlite3_finalize (stmt);
    }
  return g_strdup (g_checksum_get_string (sum));
}

/* A demo store of @young_people, with a running intervention for every
 * fifth case from its referral on (tf_demo_fill_areas() needs plugins;
 * the economy needs only interventions to follow), then the economy. */
static void
fixture_open (Fixture *f,
              guint32  seed)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("tf-demo-economy-XXXXXX", NULL);
  path = g_build_filename (f->dir, "taskforce.db", NULL);
  f->store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->session = tf_session_new_for_login (f->store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);
  g_assert_true (tf_demo_fill (f->session, 60, 1, seed, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (tf_store_get_db (f->store),
    "INSERT INTO record (case_id, area, form, category, recorded_on, vals, status, starts_on, "
    "  planned_cost, actual_cost, budget_area, created_at, updated_at) "
    "SELECT id, 'leisure', 'club', 'intervention', referral_date, '{}', 'active', referral_date, "
    "  2000000, 500000, 'leisure', 0, 0 FROM cases WHERE id % 5 = 0",
    NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_true (tf_demo_fill_economy (f->session, seed, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_close (Fixture *f)
{
  g_autofree char *path = g_strdup (tf_store_get_path (f->store));
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_clear_object (&f->session);
  g_clear_object (&f->store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
test_budgets_and_expenses (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 first_year, n_years;

  fixture_open (&f, 7);

  /* A budget for every year from the first referral to this year; this
   * year's is the full budget for 60 young people: 1.200.000 kr. per 40 */
  first_year = query_int (&f, "SELECT CAST (substr (min (referral_date), 1, 4) AS INTEGER) FROM cases");
  n_years = 2026 - first_year + 1;
  g_assert_cmpint (query_int (&f, "SELECT count(*) FROM budget"), ==, n_years);
  g_assert_cmpint (query_int (&f, "SELECT min (year) FROM budget"), ==, first_year);
  g_assert_cmpint (query_int (&f, "SELECT total FROM budget WHERE year = 2026"), ==, 180000000);
  /* Past years' budgets are round figures: whole 10.000s, 50.000s from half a million */
  g_assert_cmpint (query_int (&f, "SELECT count(*) FROM budget WHERE total % 1000000 <> 0 "
                                  "OR (total >= 50000000 AND total % 5000000 <> 0)"), ==, 0);
  /* Each full past year's budget was about what it spent (the first year
   * began with the first referral, a few weeks before its end) */
  for (gint64 year = first_year + 1; year < 2026; year++)
    {
      g_autoptr(TfEconomy) economy = tf_economy_compute (f.session, (int) year, 0, TODAY, &error);
      gint64 spent, total;

      g_assert_no_error (error);
      spent = tf_economy_row_get_spent (tf_economy_get_total (economy));
      total = tf_budget_get_total (tf_economy_get_budget (economy));
      g_assert_cmpint (spent, >=, total * 70 / 100);
      g_assert_cmpint (spent, <=, total * 110 / 100);
    }
  /* Each split covers the seven areas and adds up */
  g_assert_cmpint (query_int (&f, "SELECT count(*) FROM budget_share"), ==, 7 * n_years);
  g_assert_cmpint (query_int (&f, "SELECT count(*) FROM budget b WHERE total <> "
                                  "(SELECT sum (amount) FROM budget_share s WHERE s.year = b.year)"), ==, 0);
  for (gint64 year = first_year; year <= 2026; year++)
    {
      g_autoptr(TfBudget) budget = tf_budget_load (f.session, (int) year, &error);

      g_assert_no_error (error);
      g_assert_nonnull (budget);
      g_assert_true (tf_budget_validate (budget, &error));
    }

  /* Expenses up to today, on working days, most for a young person with an
   * intervention running that day, paid by the area's organisation */
  g_assert_cmpint (query_int (&f, "SELECT count(*) FROM expense"), >, 10);
  g_assert_cmpint (query_int (&f, "SELECT count(*) FROM expense WHERE spent_on > '" TODAY "'"), ==, 0);
  g_assert_cmpint (query_int (&f, "SELECT count(*) FROM expense WHERE strftime ('%w', spent_on) IN ('0', '6')"),
                   ==, 0);
  g_assert_cmpint (query_int (&f, "SELECT count(*) FROM expense WHERE case_id IS NOT NULL"), >, 0);
  g_assert_cmpint (query_int (&f, "SELECT count(*) FROM expense e WHERE case_id IS NOT NULL AND NOT EXISTS "
                                  "(SELECT 1 FROM record r WHERE r.case_id = e.case_id AND r.category = 'intervention' "
                                  " AND r.starts_on <= e.spent_on AND r.budget_area = e.budget_area)"), ==, 0);
  g_assert_cmpint (query_int (&f, "SELECT count(*) FROM expense WHERE case_id IS NULL "
                                  "AND budget_area <> 'administration'"), ==, 0);
  g_assert_cmpint (query_int (&f, "SELECT count(*) FROM expense e JOIN organisation o ON o.id = e.organisation_id "
                                  "WHERE e.budget_area = 'leisure' AND o.code <> 'ungdomskonsulenterne'"), ==, 0);
  g_assert_cmpint (query_int (&f, "SELECT count(*) FROM audit_event WHERE action = 'demo-data' AND entity = 'expense'"),
                   ==, 1);

  /* …so the year's figures are real */
  {
    g_autoptr(TfEconomy) economy = tf_economy_compute (f.session, 2026, 0, TODAY, &error);

    g_assert_no_error (error);
    g_assert_false (tf_budget_get_is_default (tf_economy_get_budget (economy)));
    g_assert_cmpint (tf_economy_row_get_spent (tf_economy_get_total (economy)), >, 0);
    g_assert_cmpuint (g_list_model_get_n_items (tf_economy_get_by_young_person (economy)), >, 0);
  }

  /* Running it again adds nothing */
  {
    gint64 before = query_int (&f, "SELECT count(*) FROM expense");

    g_assert_true (tf_demo_fill_economy (f.session, 8, TODAY, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (query_int (&f, "SELECT count(*) FROM expense"), ==, before);
    g_assert_cmpint (query_int (&f, "SELECT count(*) FROM budget"), ==, n_years);
  }
  fixture_close (&f);
}

/* The same seed on the same day gives the same rows; another seed other rows. */
static void
test_deterministic (void)
{
  Fixture a = { 0 }, b = { 0 }, c = { 0 };
  g_autofree char *da = NULL, *db = NULL, *dc = NULL;

  fixture_open (&a, 21);
  da = digest (&a);
  fixture_close (&a);
  fixture_open (&b, 21);
  db = digest (&b);
  fixture_close (&b);
  fixture_open (&c, 22);
  dc = digest (&c);
  fixture_close (&c);
  g_assert_cmpstr (da, ==, db);
  g_assert_cmpstr (da, !=, dc);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/demo-economy/budgets-and-expenses", test_budgets_and_expenses);
  g_test_add_func ("/demo-economy/deterministic", test_deterministic);
  return g_test_run ();
}
