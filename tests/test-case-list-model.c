/* test-case-list-model.c — the paged case list: order, filters, search, paging, updates
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-case-list-fixture.h"

static void
add_small_set (Fixture *f)
{
  add (f, "Åse", "Ørum", "010110-4002", "Auning Skole");
  add (f, "Emil", "Nørgaard", "120410-4233", "Kattegatskolen");
  add (f, "Sofie", "Kjær", "050311-4028", "Kattegatskolen");
  add (f, "Zakaria", "Ali", "230909-4011", "Ørum Skole");
  add (f, "Anders", "Aagaard", "171209-4017", "Vivild Skole");
}

static void
test_order (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(TfCaseListModel) model = NULL;

  add_small_set (f);
  model = tf_case_list_model_new (f->session);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 5);
  /* Danish order: Ø after Z and K; "Aa" is Å, last of all. */
  assert_names (G_LIST_MODEL (model), "Zakaria Ali, Sofie Kjær, Emil Nørgaard, Åse Ørum, Anders Aagaard");

  tf_case_list_model_set_sort (model, TF_CASE_SORT_NAME, TRUE);
  assert_names (G_LIST_MODEL (model), "Anders Aagaard, Åse Ørum, Emil Nørgaard, Sofie Kjær, Zakaria Ali");

  /* Age: youngest first */
  tf_case_list_model_set_sort (model, TF_CASE_SORT_AGE, FALSE);
  assert_names (G_LIST_MODEL (model), "Sofie Kjær, Emil Nørgaard, Åse Ørum, Anders Aagaard, Zakaria Ali");

  /* Follow-up: dated ones first, the earliest on top; none last. */
  exec_sql (f, "UPDATE cases SET next_follow_up = '2025-06-01' WHERE sort_name LIKE 'kj%'");
  exec_sql (f, "UPDATE cases SET next_follow_up = '2025-05-01' WHERE sort_name LIKE 'ali%'");
  tf_case_list_model_set_sort (model, TF_CASE_SORT_FOLLOW_UP, FALSE);
  assert_names (G_LIST_MODEL (model), "Zakaria Ali, Sofie Kjær, Emil Nørgaard, Åse Ørum, Anders Aagaard");

  /* Status in the funnel's order, not the alphabet's. */
  exec_sql (f, "UPDATE cases SET status = 'active' WHERE sort_name LIKE 'n|r%'");
  exec_sql (f, "UPDATE cases SET status = 'closed' WHERE sort_name LIKE 'ali%'");
  tf_case_list_model_set_sort (model, TF_CASE_SORT_STATUS, FALSE);
  assert_names (G_LIST_MODEL (model), "Sofie Kjær, Åse Ørum, Anders Aagaard, Emil Nørgaard, Zakaria Ali");

  /* School in Danish order, by name within a school; no school last. */
  add (f, "Bo", "Bech", NULL, NULL);
  tf_case_list_model_set_sort (model, TF_CASE_SORT_SCHOOL, FALSE);
  tf_case_list_model_refresh (model);
  assert_names (G_LIST_MODEL (model),
                "Åse Ørum, Sofie Kjær, Emil Nørgaard, Anders Aagaard, Zakaria Ali, Bo Bech");
  tf_case_list_model_set_sort (model, TF_CASE_SORT_SCHOOL, TRUE);
  assert_names (G_LIST_MODEL (model),
                "Bo Bech, Zakaria Ali, Anders Aagaard, Emil Nørgaard, Sofie Kjær, Åse Ørum");

  /* A young person who changes school moves with it. */
  {
    g_autoptr(TfCaseSummary) zakaria = g_list_model_get_item (G_LIST_MODEL (model), 1);
    g_autoptr(GError) error = NULL;
    g_autoptr(TfYoungPerson) person =
      tf_young_person_load (f->session, tf_case_summary_get_young_person_id (zakaria), &error);

    g_assert_no_error (error);
    g_object_set (person, "school", "Auning Skole", NULL);
    g_assert_true (tf_young_person_save (f->session, person, NULL, NULL, &error));
    g_assert_no_error (error);
    tf_case_list_model_set_sort (model, TF_CASE_SORT_SCHOOL, FALSE);
    tf_case_list_model_refresh (model);
    assert_names (G_LIST_MODEL (model),
                  "Zakaria Ali, Åse Ørum, Sofie Kjær, Emil Nørgaard, Anders Aagaard, Bo Bech");
  }
}

static void
test_filter_and_search (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(TfCaseListModel) model = NULL;
  guint counts[TF_N_CASE_STATUSES];

  add_small_set (f);
  exec_sql (f, "UPDATE cases SET status = 'active' WHERE sort_name LIKE 'n|r%' OR sort_name LIKE 'kj%'");
  model = tf_case_list_model_new (f->session);

  tf_case_list_model_set_status (model, "active");
  assert_names (G_LIST_MODEL (model), "Sofie Kjær, Emil Nørgaard");
  g_assert_cmpuint (tf_case_list_model_count_by_status (model, counts), ==, 5);
  g_assert_cmpuint (counts[TF_CASE_STATUS_ACTIVE], ==, 2);
  g_assert_cmpuint (counts[TF_CASE_STATUS_REFERRED], ==, 3);

  tf_case_list_model_set_status (model, NULL);
  /* A prefix of a first or last name, any case, diacritics as typed */
  tf_case_list_model_set_search (model, "nør");
  assert_names (G_LIST_MODEL (model), "Emil Nørgaard");
  tf_case_list_model_set_search (model, "EMIL NØ");
  assert_names (G_LIST_MODEL (model), "Emil Nørgaard");
  /* The school */
  tf_case_list_model_set_search (model, "kattegat");
  assert_names (G_LIST_MODEL (model), "Sofie Kjær, Emil Nørgaard");
  g_assert_cmpuint (tf_case_list_model_count_by_status (model, counts), ==, 2);
  g_assert_cmpuint (counts[TF_CASE_STATUS_ACTIVE], ==, 2);
  /* The CPR number: date part, with and without the dash, and partly typed */
  tf_case_list_model_set_search (model, "120410");
  assert_names (G_LIST_MODEL (model), "Emil Nørgaard");
  tf_case_list_model_set_search (model, "120410-42");
  assert_names (G_LIST_MODEL (model), "Emil Nørgaard");
  tf_case_list_model_set_search (model, "1204104233");
  assert_names (G_LIST_MODEL (model), "Emil Nørgaard");
  /* Search and status together */
  tf_case_list_model_set_search (model, "skole");
  assert_names (G_LIST_MODEL (model), "Zakaria Ali, Åse Ørum, Anders Aagaard");
  tf_case_list_model_set_status (model, "active");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  /* Text that is only punctuation, or quotes, is no query and no error. */
  tf_case_list_model_set_status (model, NULL);
  tf_case_list_model_set_search (model, "\"*(");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 5);
  tf_case_list_model_set_search (model, "zzz");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
}

static void
test_cpr_masking_and_labels (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(TfCaseListModel) model = NULL;
  g_autoptr(TfCaseSummary) summary = NULL;
  g_autofree char *cpr = NULL, *status = NULL, *coordinator = NULL;
  g_autofree char *today = tf_today_iso ();
  int age = -1;
  gboolean overdue = FALSE;

  add (f, "Emil", "Nørgaard", "120410-4233", NULL);
  exec_sql (f, "UPDATE cases SET next_follow_up = '2020-01-01', status = 'active'");
  model = tf_case_list_model_new (f->session);
  summary = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_object_get (summary, "cpr-label", &cpr, "status", &status, "coordinator", &coordinator,
                "age", &age, "follow-up-overdue", &overdue, NULL);
  /* The coordinator (who registered first) may see the CPR number. */
  g_assert_cmpstr (cpr, ==, "120410-4233");
  g_assert_cmpstr (status, ==, "active");
  g_assert_cmpstr (coordinator, ==, "Mette Holm");
  g_assert_cmpint (age, ==, tf_age_on ("2010-04-12", today));
  g_assert_true (overdue);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GString    *log)
{
  g_string_append_printf (log, "(%u,%u,%u)", position, removed, added);
}

/* 250 young people named Person 000 … Person 249, straight into the store */
static void
add_250 (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfTransaction) tx = NULL;
  TfStore *store = f->store;

  tx = tf_store_begin (store, &error);
  for (int i = 0; i < 250; i++)
    {
      g_autofree char *last = g_strdup_printf ("Person %03d", i);
      g_autofree char *key = g_strdup_printf ("person %03d a", i);
      sqlite3_stmt *stmt = NULL;

      sqlite3_prepare_v2 (tf_store_get_db (store),
        "INSERT INTO young_person (first_name, last_name, sort_key, birth_date, created_at, updated_at) "
        "VALUES ('A', ?1, ?2, '2010-01-01', 0, 0)", -1, &stmt, NULL);
      sqlite3_bind_text (stmt, 1, last, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, key, -1, SQLITE_STATIC);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
      sqlite3_finalize (stmt);
    }
  exec_sql (f, "INSERT INTO cases (young_person_id, status, referral_date, referral_source, sort_name, "
               "birth_date, created_at, updated_at) SELECT id, 'active', '2025-01-01', 'school', sort_key, "
               "birth_date, 0, 0 FROM young_person");
  g_assert_true (tf_transaction_commit (tx, &error));

}

/* A young person sorting between Person 120 and Person 121 of add_250() */
static void
add_b_person_120 (Fixture *f)
{
  exec_sql (f, "INSERT INTO young_person (first_name, last_name, sort_key, birth_date, created_at, updated_at) "
               "VALUES ('B', 'Person 120', 'person 120 b', '2010-01-01', 0, 0)");
  exec_sql (f, "INSERT INTO cases (young_person_id, status, referral_date, referral_source, sort_name, "
               "birth_date, created_at, updated_at) SELECT id, 'active', '2025-01-01', 'school', sort_key, "
               "birth_date, 0, 0 FROM young_person WHERE first_name = 'B'");
}

/* More rows than a page: every position answers, and changes are announced
 * at the positions they happen, so the view keeps its place. */
static void
test_paging_and_updates (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(TfCaseListModel) model = NULL;
  g_autoptr(GString) log = g_string_new (NULL);

  add_250 (f);

  model = tf_case_list_model_new (f->session);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 250);
  {
    g_autofree char *first = name_at (G_LIST_MODEL (model), 0);
    g_autofree char *middle = name_at (G_LIST_MODEL (model), 150);
    g_autofree char *last = name_at (G_LIST_MODEL (model), 249);
    g_assert_cmpstr (first, ==, "A Person 000");
    g_assert_cmpstr (middle, ==, "A Person 150");
    g_assert_cmpstr (last, ==, "A Person 249");
    g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 250));
  }

  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), log);

  /* A new young person sorting between 120 and 121 is inserted there. */
  add_b_person_120 (f);
  tf_case_list_model_refresh (model);
  g_assert_cmpstr (log->str, ==, "(121,0,1)");
  g_string_truncate (log, 0);

  /* A change to a row on a page the view has seen is announced for that row alone. */
  exec_sql (f, "UPDATE young_person SET school = 'Ørum Skole' WHERE last_name = 'Person 010'");
  tf_case_list_model_refresh (model);
  g_assert_cmpstr (log->str, ==, "(10,1,1)");
  g_string_truncate (log, 0);

  /* Nothing changed: nothing announced. */
  tf_case_list_model_refresh (model);
  g_assert_cmpstr (log->str, ==, "");

  /* The model follows the store's own commits by itself (after an idle). */
  add (f, "Zoe", "Zulu", NULL, NULL);
  g_assert_cmpstr (log->str, ==, "");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpstr (log->str, ==, "(251,0,1)");
  g_assert_cmpint (tf_case_list_model_find (model, 1), ==, 0);
  g_string_truncate (log, 0);

  /* A save of something the list does not show (a note, a consent) costs
   * no walk of the list: the row changed behind its back stays as read... */
  exec_sql (f, "UPDATE young_person SET school = 'Vestre Skole' WHERE last_name = 'Person 010'");
  g_signal_emit_by_name (tf_session_get_store (f->session), "changed", "note", (gint64) 1);
  g_signal_emit_by_name (tf_session_get_store (f->session), "changed", "consent", (gint64) 1);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpstr (log->str, ==, "");
  /* ...while a change of a case or a young person is read at once. */
  g_signal_emit_by_name (tf_session_get_store (f->session), "changed", "young-person", (gint64) 1);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpstr (log->str, ==, "(10,1,1)");
}

/* The search result, its order and its counts stay right while the store
 * changes and the sort changes under a search typed earlier. */
static void
test_search_follows_changes (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(TfCaseListModel) model = NULL;
  guint counts[TF_N_CASE_STATUSES];

  add_small_set (f);
  model = tf_case_list_model_new (f->session);
  tf_case_list_model_set_search (model, "kattegat");
  assert_names (G_LIST_MODEL (model), "Sofie Kjær, Emil Nørgaard");
  g_assert_cmpuint (tf_case_list_model_count_by_status (model, counts), ==, 2);
  g_assert_cmpuint (counts[TF_CASE_STATUS_REFERRED], ==, 2);

  /* A new pupil of the school appears in the search after the commit. */
  add (f, "Bo", "Bech", "020210-4011", "Kattegatskolen");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  assert_names (G_LIST_MODEL (model), "Bo Bech, Sofie Kjær, Emil Nørgaard");

  /* A status changed elsewhere moves the search's counts. */
  exec_sql (f, "UPDATE cases SET status = 'active' WHERE sort_name LIKE 'kj%'");
  tf_case_list_model_refresh (model);
  g_assert_cmpuint (tf_case_list_model_count_by_status (model, counts), ==, 3);
  g_assert_cmpuint (counts[TF_CASE_STATUS_ACTIVE], ==, 1);
  g_assert_cmpuint (counts[TF_CASE_STATUS_REFERRED], ==, 2);

  /* Sorting and filtering keep the search. */
  tf_case_list_model_set_sort (model, TF_CASE_SORT_NAME, TRUE);
  assert_names (G_LIST_MODEL (model), "Emil Nørgaard, Sofie Kjær, Bo Bech");
  tf_case_list_model_set_status (model, "referred");
  assert_names (G_LIST_MODEL (model), "Emil Nørgaard, Bo Bech");
  tf_case_list_model_set_search (model, NULL);
  /* Danish order, descending: Aa is Å, the last letter. */
  assert_names (G_LIST_MODEL (model), "Anders Aagaard, Åse Ørum, Emil Nørgaard, Bo Bech, Zakaria Ali");
}

/* A new model reads its first rows only; a change before it read the rest
 * is announced from the first row that differs to the end. */
static void
test_first_rows (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(TfCaseListModel) model = NULL;
  g_autoptr(GString) log = g_string_new (NULL);

  add_250 (f);
  model = tf_case_list_model_new (f->session);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 250);
  {
    g_autofree char *first = name_at (G_LIST_MODEL (model), 0);
    g_assert_cmpstr (first, ==, "A Person 000");
  }
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed_cb), log);
  add_b_person_120 (f);
  tf_case_list_model_refresh (model);
  g_assert_cmpstr (log->str, ==, "(121,129,130)");
  {
    g_autofree char *inserted = name_at (G_LIST_MODEL (model), 121);
    g_autofree char *last = name_at (G_LIST_MODEL (model), 250);
    g_assert_cmpstr (inserted, ==, "B Person 120");
    g_assert_cmpstr (last, ==, "A Person 249");
  }
}

/* The sidebar's counts come from a table the store keeps by triggers; they
 * must always equal a count of the cases themselves. */
static void
assert_counts_match (Fixture *f)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (tf_store_get_db (f->store),
    "SELECT count(*) FROM (SELECT status, count(*) AS n FROM cases GROUP BY status) c "
    "FULL JOIN (SELECT status, sum(n) AS n FROM case_count WHERE n > 0 GROUP BY status) k "
    "USING (status) WHERE c.n IS NOT k.n", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 0);
  sqlite3_finalize (stmt);
}

static void
test_counts_follow_changes (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(TfCaseListModel) model = NULL;
  guint counts[TF_N_CASE_STATUSES];

  add_small_set (f);
  model = tf_case_list_model_new (f->session);
  assert_counts_match (f);
  exec_sql (f, "UPDATE cases SET status = 'active' WHERE sort_name LIKE 'kj%' OR sort_name LIKE 'ali%'");
  exec_sql (f, "UPDATE cases SET coordinator_id = NULL WHERE sort_name LIKE 'ali%'");
  assert_counts_match (f);
  g_assert_cmpuint (tf_case_list_model_count_by_status (model, counts), ==, 5);
  g_assert_cmpuint (counts[TF_CASE_STATUS_ACTIVE], ==, 2);
  g_assert_cmpuint (counts[TF_CASE_STATUS_REFERRED], ==, 3);
  exec_sql (f, "DELETE FROM young_person WHERE last_name = 'Ørum'");
  assert_counts_match (f);
  g_assert_cmpuint (tf_case_list_model_count_by_status (model, counts), ==, 4);
  g_assert_cmpuint (counts[TF_CASE_STATUS_REFERRED], ==, 2);
}

static char *
query_text (Fixture    *f,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_prepare_v2 (tf_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

#define assert_sql_text(f, sql, expected) G_STMT_START { \
  g_autofree char *text_ = query_text (f, sql); \
  g_assert_cmpstr (text_, ==, expected); \
} G_STMT_END

static TfCaseSummary *
summary_named (GListModel *model,
               const char *name)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TfCaseSummary) summary = g_list_model_get_item (model, i);

      if (g_strcmp0 (tf_case_summary_get_name (summary), name) == 0)
        return g_steal_pointer (&summary);
    }
  g_assert_not_reached ();
}

/* The store's triggers keep cases.follow_up_due: the earlier of the
 * follow-up date and three months after the latest assessment (or the
 * referral); nothing for a case that is no longer open. */
static void
test_follow_up_due_triggers (Fixture       *f,
                             gconstpointer  data)
{
  gint64 id = add (f, "Emil", "Nørgaard", "120410-4233", NULL);
  g_autofree char *sql = NULL;

  g_assert_cmpint (id, >, 0);
  /* Referred on 10 January, never assessed: three months after the referral */
  assert_sql_text (f, "SELECT follow_up_due FROM cases", "2025-04-10");

  /* An assessment moves it to three months after the assessment */
  exec_sql (f, "INSERT INTO assessment (case_id, assessed_on, risk_level, created_at, updated_at) "
               "SELECT id, '2025-03-01', 'moderate', 0, 0 FROM cases");
  assert_sql_text (f, "SELECT last_assessed_on FROM cases", "2025-03-01");
  assert_sql_text (f, "SELECT follow_up_due FROM cases", "2025-06-01");

  /* A plan's follow-up date before that comes first */
  exec_sql (f, "INSERT INTO action_plan (case_id, version, made_on, next_follow_up, created_at) "
               "SELECT id, 1, '2025-03-05', '2025-04-01', 0 FROM cases");
  assert_sql_text (f, "SELECT follow_up_due FROM cases", "2025-04-01");
  /* A revised plan with a later date: the assessment's three months again */
  exec_sql (f, "INSERT INTO action_plan (case_id, version, made_on, next_follow_up, created_at) "
               "SELECT id, 2, '2025-04-01', '2025-08-01', 0 FROM cases");
  assert_sql_text (f, "SELECT follow_up_due FROM cases", "2025-06-01");
  /* A new assessment: now the plan's date is the earlier */
  exec_sql (f, "INSERT INTO assessment (case_id, assessed_on, risk_level, created_at, updated_at) "
               "SELECT id, '2025-07-01', 'low', 0, 0 FROM cases");
  assert_sql_text (f, "SELECT follow_up_due FROM cases", "2025-08-01");
  /* Deleting that assessment goes back to the earlier one's three months */
  exec_sql (f, "DELETE FROM assessment WHERE assessed_on = '2025-07-01'");
  assert_sql_text (f, "SELECT follow_up_due FROM cases", "2025-06-01");

  /* A closed case needs no follow-up; reopened, it does again */
  exec_sql (f, "UPDATE cases SET status = 'closed'");
  assert_sql_text (f, "SELECT coalesce (follow_up_due, 'none') FROM cases", "none");
  exec_sql (f, "UPDATE cases SET status = 'active'");
  assert_sql_text (f, "SELECT follow_up_due FROM cases", "2025-06-01");
  for (guint i = 0; i < 2; i++)
    {
      const char *status = i == 0 ? "declined" : "not-relevant";

      g_free (sql);
      sql = g_strdup_printf ("UPDATE cases SET status = '%s'", status);
      exec_sql (f, sql);
      assert_sql_text (f, "SELECT coalesce (follow_up_due, 'none') FROM cases", "none");
    }
}

/* Five cases: two need follow-up, for different reasons. */
static void
add_follow_up_set (Fixture *f)
{
  add_small_set (f);
  /* Assessed today, no follow-up date: due in three months */
  exec_sql (f, "UPDATE cases SET last_assessed_on = date ('now', 'localtime') "
               "WHERE young_person_id NOT IN (SELECT id FROM young_person WHERE first_name = 'Åse')");
  /* Sofie's follow-up date has passed */
  exec_sql (f, "UPDATE cases SET next_follow_up = '2020-01-01', status = 'active' WHERE sort_name LIKE 'kj%'");
  /* Anders' lies ahead */
  exec_sql (f, "UPDATE cases SET next_follow_up = date ('now', 'localtime', '+10 days') "
               "WHERE young_person_id IN (SELECT id FROM young_person WHERE first_name = 'Anders')");
  /* Zakaria's case is closed, though never followed up */
  exec_sql (f, "UPDATE cases SET status = 'closed', next_follow_up = '2020-01-01' WHERE sort_name LIKE 'ali%'");
  /* Åse was referred in January 2025 and never assessed */
}

static void
test_follow_up_filter (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(TfCaseListModel) model = NULL;
  guint counts[TF_N_CASE_STATUSES];

  add_follow_up_set (f);
  model = tf_case_list_model_new (f->session);
  assert_names (G_LIST_MODEL (model), "Zakaria Ali, Sofie Kjær, Emil Nørgaard, Åse Ørum, Anders Aagaard");
  g_assert_cmpuint (tf_case_list_model_count_follow_up (model), ==, 2);

  tf_case_list_model_set_follow_up (model, TRUE);
  g_assert_true (tf_case_list_model_get_follow_up (model));
  assert_names (G_LIST_MODEL (model), "Sofie Kjær, Åse Ørum");
  g_assert_cmpuint (tf_case_list_model_count_follow_up (model), ==, 2);
  /* The status counts say what each status would show with follow-up on */
  g_assert_cmpuint (tf_case_list_model_count_by_status (model, counts), ==, 2);
  g_assert_cmpuint (counts[TF_CASE_STATUS_ACTIVE], ==, 1);
  g_assert_cmpuint (counts[TF_CASE_STATUS_REFERRED], ==, 1);
  g_assert_cmpuint (counts[TF_CASE_STATUS_CLOSED], ==, 0);

  /* with a search */
  tf_case_list_model_set_search (model, "kattegat");
  assert_names (G_LIST_MODEL (model), "Sofie Kjær");
  g_assert_cmpuint (tf_case_list_model_count_follow_up (model), ==, 1);
  g_assert_cmpuint (tf_case_list_model_count_by_status (model, counts), ==, 1);
  g_assert_cmpuint (counts[TF_CASE_STATUS_ACTIVE], ==, 1);
  tf_case_list_model_set_search (model, "skole");
  assert_names (G_LIST_MODEL (model), "Åse Ørum");

  /* with a status filter, and both */
  tf_case_list_model_set_search (model, NULL);
  tf_case_list_model_set_status (model, "referred");
  assert_names (G_LIST_MODEL (model), "Åse Ørum");
  g_assert_cmpuint (tf_case_list_model_count_follow_up (model), ==, 1);
  tf_case_list_model_set_status (model, "closed");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_cmpuint (tf_case_list_model_count_follow_up (model), ==, 0);
  tf_case_list_model_set_status (model, "active");
  tf_case_list_model_set_search (model, "sofie");
  assert_names (G_LIST_MODEL (model), "Sofie Kjær");
  tf_case_list_model_set_search (model, "emil");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);

  /* The list follows the store: Sofie's case is closed */
  tf_case_list_model_set_search (model, NULL);
  tf_case_list_model_set_status (model, NULL);
  exec_sql (f, "UPDATE cases SET status = 'closed' WHERE sort_name LIKE 'kj%'");
  tf_case_list_model_refresh (model);
  assert_names (G_LIST_MODEL (model), "Åse Ørum");
  g_assert_cmpuint (tf_case_list_model_count_follow_up (model), ==, 1);

  tf_case_list_model_set_follow_up (model, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 5);
  g_assert_cmpuint (tf_case_list_model_count_by_status (model, counts), ==, 5);
}

/* The row says why a case needs follow-up. */
static void
test_follow_up_warning (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(TfCaseListModel) model = NULL;
  const char *names[] = { "Sofie Kjær", "Åse Ørum", "Emil Nørgaard", "Zakaria Ali" };

  add_follow_up_set (f);
  exec_sql (f, "UPDATE cases SET last_assessed_on = '2025-02-03' WHERE sort_name LIKE 'n|r%'");
  model = tf_case_list_model_new (f->session);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(TfCaseSummary) summary = summary_named (G_LIST_MODEL (model), names[i]);
      g_autofree char *warning = NULL;
      g_autofree char *reason = NULL;
      gboolean needed = FALSE;

      g_object_get (summary, "follow-up-overdue", &needed, "follow-up-warning", &warning,
                    "follow-up-reason", &reason, NULL);
      switch (i)
        {
        case 0:
          g_assert_true (needed);
          g_assert_cmpstr (warning, ==, "Overdue");
          g_assert_cmpstr (reason, ==, "The follow-up date 1. Jan 2020 has passed");
          break;
        case 1:
          g_assert_true (needed);
          g_assert_cmpstr (warning, ==, "No assessment");
          g_assert_cmpstr (reason, ==, "No assessment in the 3 months since the referral on 10. Jan 2025");
          break;
        case 2:
          g_assert_true (needed);
          g_assert_cmpstr (warning, ==, "No assessment");
          g_assert_cmpstr (reason, ==, "No assessment for 3 months: the latest was on 3. Feb 2025");
          break;
        default:   /* closed: never, whatever its dates */
          g_assert_false (needed);
          g_assert_null (warning);
          g_assert_null (reason);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/case-list-model/order", test_order);
  ADD ("/case-list-model/filter-and-search", test_filter_and_search);
  ADD ("/case-list-model/cpr-masking-and-labels", test_cpr_masking_and_labels);
  ADD ("/case-list-model/paging-and-updates", test_paging_and_updates);
  ADD ("/case-list-model/search-follows-changes", test_search_follows_changes);
  ADD ("/case-list-model/first-rows", test_first_rows);
  ADD ("/case-list-model/counts-follow-changes", test_counts_follow_changes);
  ADD ("/case-list-model/follow-up-due-triggers", test_follow_up_due_triggers);
  ADD ("/case-list-model/follow-up-filter", test_follow_up_filter);
  ADD ("/case-list-model/follow-up-warning", test_follow_up_warning);
#undef ADD

  return g_test_run ();
}
