/* test-budget.c — budgets and their split, and other expenses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "test-economy-fixture.h"

static void
on_changed (TfStore    *store,
            const char *entity,
            gint64      id,
            gpointer    user_data)
{
  GString *log = user_data;

  g_string_append_printf (log, "%s:%" G_GINT64_FORMAT ";", entity, id);
}

static void
test_default (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfBudget) none = tf_budget_load (f->session, 2027, &error);
  g_autoptr(TfBudget) budget = NULL;
  const char * const *ids = tf_budget_area_ids ();
  gint64 sum = 0;

  g_assert_no_error (error);
  g_assert_null (none);

  budget = tf_budget_load_or_default (f->session, 2027, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tf_budget_get_year (budget), ==, 2027);
  g_assert_cmpint (tf_budget_get_total (budget), ==, KR (1200000));
  g_assert_true (tf_budget_get_is_default (budget));
  g_assert_cmpint (tf_budget_get_version (budget), ==, 0);
  g_assert_cmpint (g_strv_length ((char **) ids), ==, 7);
  g_assert_cmpstr (ids[0], ==, "mentor");
  g_assert_cmpstr (ids[6], ==, "administration");
  for (int i = 0; ids[i] != NULL; i++)
    {
      g_assert_cmpint (tf_budget_get_share (budget, ids[i]), >, 0);
      g_assert_nonnull (tf_budget_area_label (ids[i]));
      sum += tf_budget_get_share (budget, ids[i]);
    }
  g_assert_cmpint (sum, ==, KR (1200000));
  g_assert_cmpint (tf_budget_get_unallocated (budget), ==, 0);
  g_assert_cmpint (tf_budget_get_share (budget, "mentor"), ==, KR (360000));
  g_assert_cmpint (tf_budget_get_share (budget, "administration"), ==, KR (60000));
  g_assert_true (tf_budget_validate (budget, &error));
  g_assert_null (tf_budget_area_label ("police"));
  g_assert_false (tf_budget_area_is_valid ("police"));
  g_assert_true (tf_budget_area_is_valid ("job"));
  /* The default is not saved by reading it */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM budget"), ==, 0);
}

static void
test_save_and_load (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfBudget) budget = tf_budget_load_or_default (f->session, 2026, &error);
  g_autoptr(TfBudget) loaded = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GString) log = g_string_new (NULL);

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), log);
  /* Move 40.000 kr. from leisure to mentor; raise the total by 100.000 for job */
  tf_budget_set_share (budget, "leisure", KR (80000));
  tf_budget_set_share (budget, "mentor", KR (400000));
  tf_budget_set_share (budget, "job", KR (244000));
  tf_budget_set_total (budget, KR (1300000));
  g_assert_true (tf_budget_save (f->session, budget, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tf_budget_get_version (budget), ==, 1);
  g_assert_false (tf_budget_get_is_default (budget));
  g_assert_cmpstr (log->str, ==, "budget:2026;");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_event WHERE entity = 'budget' AND action = 'create' "
                                 "AND entity_id = 2026"), ==, 1);

  loaded = tf_budget_load (f->session, 2026, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_false (tf_budget_get_is_default (loaded));
  g_assert_cmpint (tf_budget_get_total (loaded), ==, KR (1300000));
  g_assert_cmpint (tf_budget_get_share (loaded, "mentor"), ==, KR (400000));
  g_assert_cmpint (tf_budget_get_share (loaded, "leisure"), ==, KR (80000));
  g_assert_cmpint (tf_budget_get_share (loaded, "job"), ==, KR (244000));
  g_assert_cmpint (tf_budget_get_share (loaded, "family"), ==, KR (240000));
  g_assert_cmpint (tf_budget_get_version (loaded), ==, 1);

  /* A change keeps the earlier version in the history */
  tf_budget_set_share (loaded, "job", KR (144000));
  tf_budget_set_total (loaded, KR (1200000));
  g_assert_true (tf_budget_save (f->session, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tf_budget_get_version (loaded), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT total FROM budget_history WHERE year = 2026 AND version = 1"),
                   ==, KR (1300000));
  g_assert_cmpint (query_int (f, "SELECT json_extract (shares, '$.job') FROM budget_history "
                                 "WHERE year = 2026 AND version = 1"), ==, KR (244000));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_event WHERE entity = 'budget' AND action = 'update'"),
                   ==, 1);

  list = tf_budget_list (f->session, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  {
    g_autoptr(TfBudget) first = g_list_model_get_item (list, 0);

    g_assert_cmpint (tf_budget_get_year (first), ==, 2026);
    g_assert_cmpint (tf_budget_get_share (first, "mentor"), ==, KR (400000));
  }
}

/* The split must add up to the total; the message names the difference,
 * and nothing is written. */
static void
test_split_must_add_up (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfBudget) budget = tf_budget_new_default (2026);
  g_autoptr(TfBudget) none = NULL;

  tf_budget_set_share (budget, "mentor", KR (370000));
  g_assert_cmpint (tf_budget_get_unallocated (budget), ==, -KR (10000));
  g_assert_false (tf_budget_validate (budget, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "The split is 10.000 kr. more than the budget (1.200.000 kr.). "
                   "Take it from an area or raise the budget.");
  g_clear_error (&error);
  g_assert_false (tf_budget_save (f->session, budget, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);

  tf_budget_set_share (budget, "mentor", KR (360000));
  tf_budget_set_total (budget, KR (1250000));
  g_assert_false (tf_budget_save (f->session, budget, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "The split is 50.000 kr. less than the budget (1.250.000 kr.). "
                   "Give the rest to an area or lower the budget.");
  g_clear_error (&error);

  /* A negative share is refused even when the sum is right */
  tf_budget_set_total (budget, KR (1200000));
  tf_budget_set_share (budget, "network", -KR (1000));
  tf_budget_set_share (budget, "mentor", KR (457000));
  g_assert_cmpint (tf_budget_get_unallocated (budget), ==, 0);
  g_assert_false (tf_budget_save (f->session, budget, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);

  none = tf_budget_load (f->session, 2026, &error);
  g_assert_no_error (error);
  g_assert_null (none);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM budget_share"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_event WHERE entity = 'budget'"), ==, 0);
}

static void
test_conflicts (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfBudget) mine = tf_budget_load_or_default (f->session, 2026, &error);
  g_autoptr(TfBudget) theirs = tf_budget_load_or_default (f->session, 2026, &error);
  g_autoptr(TfBudget) newer = NULL;
  g_autoptr(TfBudget) stale = NULL;

  /* Both desks start from the default: the second to create the year loses */
  g_assert_true (tf_budget_save (f->session, theirs, &error));
  g_assert_no_error (error);
  g_assert_false (tf_budget_save (f->session, mine, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_clear_error (&error);

  /* Both read version 1; the second to save loses, until rebased */
  newer = tf_budget_load (f->session, 2026, &error);
  stale = tf_budget_load (f->session, 2026, &error);
  tf_budget_set_share (newer, "family", KR (250000));
  tf_budget_set_share (newer, "leisure", KR (110000));
  g_assert_true (tf_budget_save (f->session, newer, &error));
  tf_budget_set_total (stale, KR (1100000));
  tf_budget_set_share (stale, "mentor", KR (260000));
  g_assert_false (tf_budget_save (f->session, stale, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_clear_error (&error);
  {
    g_autoptr(TfBudget) saved = tf_budget_load (f->session, 2026, NULL);
    g_assert_cmpint (tf_budget_get_total (saved), ==, KR (1200000));
  }

  /* What the conflict dialog tells: who saved the newer version */
  {
    g_autofree char *who = tf_audit_describe_last_change (f->session, "budget", 2026, 0);

    g_assert_nonnull (who);
    g_assert_true (g_str_has_prefix (who, "Mette Holm, "));
  }
  tf_budget_rebase (stale, newer);
  g_assert_true (tf_budget_save (f->session, stale, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tf_budget_get_version (stale), ==, 3);
}

/* Budgets are the coordinators' to set. */
static void
test_coordinators_only (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSession) caseworker = tf_session_new_for_login (f->store, "jens", "Jens Lund", &error);
  g_autoptr(TfBudget) budget = tf_budget_new_default (2026);
  g_autoptr(TfBudget) seen = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (tf_session_get_role (caseworker), ==, TF_ROLE_CASEWORKER);
  g_assert_false (tf_budget_save (caseworker, budget, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_DENIED);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM budget"), ==, 0);
  /* …but everyone registered may read it */
  g_assert_true (tf_budget_save (f->session, budget, &error));
  seen = tf_budget_load (caseworker, 2026, &error);
  g_assert_no_error (error);
  g_assert_nonnull (seen);
}

/* ------------------------------------------------------------------------ */
/* Expenses */

static TfExpense *
valid_expense (Fixture *f)
{
  TfExpense *expense = tf_expense_new ();

  tf_expense_set_spent_on (expense, "2025-03-04");
  tf_expense_set_budget_area (expense, "school");
  tf_expense_set_organisation_id (expense, org_id (f, "almenskole"));
  tf_expense_set_case_id (expense, f->case_a);
  tf_expense_set_description (expense, "  Buskort til skolen ");
  tf_expense_set_amount (expense, KR (450));
  return expense;
}

static void
test_expense_validation (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(TfExpense) expense = valid_expense (f);
  g_autoptr(GHashTable) problems = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (tf_expense_validate (expense));
  g_assert_cmpstr (tf_expense_get_description (expense), ==, "Buskort til skolen");

  tf_expense_set_spent_on (expense, "2025-02-30");
  tf_expense_set_budget_area (expense, "police");
  tf_expense_set_organisation_id (expense, 0);
  tf_expense_set_description (expense, "   ");
  tf_expense_set_amount (expense, 0);
  problems = tf_expense_validate (expense);
  g_assert_nonnull (problems);
  g_assert_cmpuint (g_hash_table_size (problems), ==, 5);
  g_assert_cmpstr (g_hash_table_lookup (problems, "spent-on"), ==, "2025-02-30 is not a real day.");
  g_assert_true (g_hash_table_contains (problems, "budget-area"));
  g_assert_true (g_hash_table_contains (problems, "organisation"));
  g_assert_true (g_hash_table_contains (problems, "description"));
  g_assert_cmpstr (g_hash_table_lookup (problems, "amount"), ==, "The amount must be more than 0 kr.");

  /* Each rule alone stops the save, and nothing is written */
  g_clear_object (&expense);
  expense = valid_expense (f);
  tf_expense_set_amount (expense, -KR (10));
  g_assert_false (tf_expense_save (f->session, expense, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  tf_expense_set_amount (expense, KR (10));
  tf_expense_set_spent_on (expense, NULL);
  g_assert_false (tf_expense_save (f->session, expense, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  tf_expense_set_spent_on (expense, "2025-03-04");
  tf_expense_set_budget_area (expense, NULL);
  g_assert_false (tf_expense_save (f->session, expense, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  tf_expense_set_budget_area (expense, "administration");
  tf_expense_set_organisation_id (expense, 99999);   /* no such organisation */
  g_assert_false (tf_expense_save (f->session, expense, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  tf_expense_set_organisation_id (expense, org_id (f, "ungnorddjurs"));
  tf_expense_set_case_id (expense, 99999);           /* no such case */
  g_assert_false (tf_expense_save (f->session, expense, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM expense"), ==, 0);

  tf_expense_set_case_id (expense, 0);
  g_assert_true (tf_expense_save (f->session, expense, &error));
  g_assert_no_error (error);
}

static void
test_expense_lifecycle (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfExpense) expense = valid_expense (f);
  g_autoptr(TfExpense) loaded = NULL;
  g_autoptr(TfExpense) stale = NULL;
  g_autoptr(TfExpense) gone = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GString) log = g_string_new (NULL);
  gint64 id;

  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), log);
  g_assert_true (tf_expense_save (f->session, expense, &error));
  g_assert_no_error (error);
  id = tf_expense_get_id (expense);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (tf_expense_get_version (expense), ==, 1);
  {
    g_autofree char *expected = g_strdup_printf ("expense:%" G_GINT64_FORMAT ";", id);
    g_assert_cmpstr (log->str, ==, expected);
  }

  loaded = tf_expense_load (f->session, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tf_expense_get_spent_on (loaded), ==, "2025-03-04");
  g_assert_cmpstr (tf_expense_get_budget_area (loaded), ==, "school");
  g_assert_cmpstr (tf_expense_get_organisation_name (loaded), ==, "Almenskole");
  g_assert_cmpint (tf_expense_get_case_id (loaded), ==, f->case_a);
  g_assert_cmpstr (tf_expense_get_young_person_name (loaded), ==, "Ali Nørgaard");
  g_assert_cmpint (tf_expense_get_amount (loaded), ==, KR (450));
  stale = tf_expense_load (f->session, id, &error);

  /* A change: version 2, the first kept in the history, audited with the case */
  tf_expense_set_amount (loaded, KR (475));
  g_assert_true (tf_expense_save (f->session, loaded, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tf_expense_get_version (loaded), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT amount FROM expense_history WHERE version = 1"), ==, KR (450));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_event WHERE entity = 'expense' AND action = 'update' "
                                 "AND case_id IS NOT NULL"), ==, 1);

  /* Another desk's copy is stale: a conflict, until it takes the new version */
  tf_expense_set_description (stale, "Buskort");
  g_assert_false (tf_expense_save (f->session, stale, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (tf_expense_remove (f->session, stale, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_clear_error (&error);
  tf_expense_rebase (stale, loaded);
  g_assert_true (tf_expense_save (f->session, stale, &error));
  g_assert_no_error (error);
  g_assert_cmpint (tf_expense_get_version (stale), ==, 3);

  /* Listed by day, within the bounds */
  add_expense (f, "2025-01-15", "administration", "ungnorddjurs", 0, "Temadag", 3000);
  add_expense (f, "2025-06-01", "job", "ungeindsatsen", f->case_b, "Arbejdstøj", 800);
  list = tf_expense_list (f->session, "2025-01-01", "2025-03-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(TfExpense) first = g_list_model_get_item (list, 0);
    g_autoptr(TfExpense) second = g_list_model_get_item (list, 1);

    g_assert_cmpstr (tf_expense_get_description (first), ==, "Temadag");
    g_assert_null (tf_expense_get_young_person_name (first));
    g_assert_cmpint (tf_expense_get_case_id (first), ==, 0);
    g_assert_cmpstr (tf_expense_get_description (second), ==, "Buskort");
  }
  g_clear_object (&list);
  list = tf_expense_list_for_case (f->session, f->case_b, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  {
    g_autoptr(TfExpense) only = g_list_model_get_item (list, 0);
    g_assert_cmpstr (tf_expense_get_description (only), ==, "Arbejdstøj");
  }
  g_clear_object (&list);

  /* Removed: gone from lists and loads, but kept, in the history and the log */
  g_assert_true (tf_expense_remove (f->session, stale, &error));
  g_assert_no_error (error);
  gone = tf_expense_load (f->session, id, &error);
  g_assert_null (gone);
  g_assert_error (error, TF_ERROR, TF_ERROR_NOT_FOUND);
  g_clear_error (&error);
  list = tf_expense_list (f->session, NULL, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_clear_object (&list);
  list = tf_expense_list_for_case (f->session, f->case_a, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM expense WHERE deleted_at IS NOT NULL"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM expense_history WHERE expense_id = (SELECT id FROM expense "
                                 "WHERE deleted_at IS NOT NULL)"), ==, 3);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_event WHERE entity = 'expense' AND action = 'delete'"),
                   ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/budget/default", test_default);
  ADD ("/budget/save-and-load", test_save_and_load);
  ADD ("/budget/split-must-add-up", test_split_must_add_up);
  ADD ("/budget/conflicts", test_conflicts);
  ADD ("/budget/coordinators-only", test_coordinators_only);
  ADD ("/expense/validation", test_expense_validation);
  ADD ("/expense/lifecycle", test_expense_lifecycle);
#undef ADD
  return g_test_run ();
}
