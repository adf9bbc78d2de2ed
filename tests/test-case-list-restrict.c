/* test-case-list-restrict.c — the case list restricted to the cases behind a figure
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "test-case-list-fixture.h"

static GArray *
ids_of (gint64 first,
        ...)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  va_list args;

  va_start (args, first);
  for (gint64 id = first; id != 0; id = va_arg (args, gint64))
    g_array_append_val (ids, id);
  va_end (args);
  return ids;
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              int        *n)
{
  (*n)++;
}

/* The cases behind a figure: only they show, with every other filter. */
static void
test_only (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(TfCaseListModel) model = NULL;
  g_autoptr(GArray) three = NULL;
  g_autoptr(GArray) none = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint counts[TF_N_CASE_STATUSES];
  gint64 ase, emil, sofie, zakaria, anders;
  int notified = 0;

  ase = add (f, "Åse", "Ørum", "010110-4002", "Auning Skole");
  emil = add (f, "Emil", "Nørgaard", "120410-4233", "Kattegatskolen");
  sofie = add (f, "Sofie", "Kjær", "050311-4028", "Kattegatskolen");
  zakaria = add (f, "Zakaria", "Ali", "230909-4011", "Ørum Skole");
  anders = add (f, "Anders", "Aagaard", "171209-4017", "Vivild Skole");
  exec_sql (f, "UPDATE cases SET status = 'active' WHERE sort_name LIKE 'n|r%' OR sort_name LIKE 'kj%'");
  /* Sofie's follow-up date has passed; Emil was assessed today; the others
   * were never assessed since January 2025, so they need follow-up too */
  exec_sql (f, "UPDATE cases SET next_follow_up = '2020-01-01' WHERE sort_name LIKE 'kj%'");
  exec_sql (f, "UPDATE cases SET last_assessed_on = date ('now', 'localtime') WHERE sort_name LIKE 'n|r%'");
  model = tf_case_list_model_new (f->session);
  g_signal_connect (model, "notify::restricted", G_CALLBACK (on_notify_cb), &notified);
  g_assert_false (tf_case_list_model_get_restricted (model));
  g_assert_null (tf_case_list_model_get_only (model));
  g_assert_cmpuint (tf_case_list_model_count_only_hidden (model), ==, 0);

  /* In any order, a case twice: the list's own order, each case once */
  three = ids_of (anders, sofie, emil, sofie, (gint64) 0);
  tf_case_list_model_set_only (model, three);
  g_assert_true (tf_case_list_model_get_restricted (model));
  g_assert_cmpint (notified, ==, 1);
  /* The same cases again change nothing */
  tf_case_list_model_set_only (model, three);
  g_assert_cmpint (notified, ==, 1);
  g_assert_cmpuint (tf_case_list_model_get_only (model)->len, ==, 3);
  g_assert_cmpint (g_array_index (tf_case_list_model_get_only (model), gint64, 0), ==, MIN (emil, MIN (sofie, anders)));
  assert_names (G_LIST_MODEL (model), "Sofie Kjær, Emil Nørgaard, Anders Aagaard");
  g_assert_cmpuint (tf_case_list_model_count_only_in_scope (model), ==, 3);
  g_assert_cmpuint (tf_case_list_model_count_only_hidden (model), ==, 0);
  g_assert_cmpint (tf_case_list_model_find (model, zakaria), ==, -1);

  /* The sidebar's counts are the restricted list's */
  g_assert_cmpuint (tf_case_list_model_count_by_status (model, counts), ==, 3);
  g_assert_cmpuint (counts[TF_CASE_STATUS_ACTIVE], ==, 2);
  g_assert_cmpuint (counts[TF_CASE_STATUS_REFERRED], ==, 1);
  /* Sofie and Anders need follow-up (Åse too, but she is not among them) */
  g_assert_cmpuint (tf_case_list_model_count_follow_up (model), ==, 2);

  /* with a search */
  tf_case_list_model_set_search (model, "kattegat");
  assert_names (G_LIST_MODEL (model), "Sofie Kjær, Emil Nørgaard");
  g_assert_cmpuint (tf_case_list_model_count_by_status (model, counts), ==, 2);
  tf_case_list_model_set_search (model, "skole");
  assert_names (G_LIST_MODEL (model), "Anders Aagaard");
  tf_case_list_model_set_search (model, NULL);

  /* with the status filter */
  tf_case_list_model_set_status (model, "active");
  assert_names (G_LIST_MODEL (model), "Sofie Kjær, Emil Nørgaard");
  g_assert_cmpuint (tf_case_list_model_count_by_status (model, counts), ==, 3);
  g_assert_cmpuint (counts[TF_CASE_STATUS_REFERRED], ==, 1);
  g_assert_cmpuint (tf_case_list_model_count_follow_up (model), ==, 1);

  /* with follow-up, and a sort */
  tf_case_list_model_set_status (model, NULL);
  tf_case_list_model_set_follow_up (model, TRUE);
  tf_case_list_model_set_sort (model, TF_CASE_SORT_NAME, TRUE);
  assert_names (G_LIST_MODEL (model), "Anders Aagaard, Sofie Kjær");
  g_assert_cmpuint (tf_case_list_model_count_by_status (model, counts), ==, 2);
  tf_case_list_model_set_follow_up (model, FALSE);
  tf_case_list_model_set_sort (model, TF_CASE_SORT_NAME, FALSE);

  /* The restriction stays while the store changes: Emil's case closes */
  exec_sql (f, "UPDATE cases SET status = 'closed' WHERE sort_name LIKE 'n|r%'");
  tf_case_list_model_refresh (model);
  assert_names (G_LIST_MODEL (model), "Sofie Kjær, Emil Nørgaard, Anders Aagaard");
  g_assert_cmpuint (tf_case_list_model_count_by_status (model, counts), ==, 3);
  g_assert_cmpuint (counts[TF_CASE_STATUS_CLOSED], ==, 1);

  /* A figure of no cases shows none */
  tf_case_list_model_set_only (model, none);
  g_assert_true (tf_case_list_model_get_restricted (model));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_cmpuint (tf_case_list_model_count_by_status (model, counts), ==, 0);
  g_assert_cmpuint (tf_case_list_model_count_follow_up (model), ==, 0);

  /* Clearing shows every case again */
  tf_case_list_model_set_only (model, NULL);
  g_assert_false (tf_case_list_model_get_restricted (model));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 5);
  g_assert_cmpuint (tf_case_list_model_count_by_status (model, counts), ==, 5);
  g_assert_cmpint (tf_case_list_model_find (model, ase), >=, 0);
  g_assert_cmpint (tf_case_list_model_find (model, zakaria), >=, 0);
}

/* A restricted list under a narrower scope: the cases outside it never
 * show, and the model says how many were left out. */
static void
test_only_scope (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(TfCaseListModel) model = NULL;
  g_autoptr(TfSession) lars = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) figure = NULL;
  g_autofree char *sql = NULL;
  guint counts[TF_N_CASE_STATUSES];
  gint64 ase, emil, sofie, zakaria;

  ase = add (f, "Åse", "Ørum", "010110-4002", "Auning Skole");
  emil = add (f, "Emil", "Nørgaard", "120410-4233", "Kattegatskolen");
  sofie = add (f, "Sofie", "Kjær", "050311-4028", "Kattegatskolen");
  zakaria = add (f, "Zakaria", "Ali", "230909-4011", "Ørum Skole");
  lars = tf_session_new_for_login (f->store, "lars", "Lars Pedersen", &error);
  g_assert_no_error (error);
  /* Lars coordinates Emil's and Zakaria's cases, Mette the others */
  sql = g_strdup_printf ("UPDATE cases SET coordinator_id = %" G_GINT64_FORMAT
                         " WHERE id IN (%" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ")",
                         tf_session_get_staff_id (lars), emil, zakaria);
  exec_sql (f, sql);

  _tf_access_narrow_case_scope (f->session, tf_session_get_staff_id (f->session));
  model = tf_case_list_model_new (f->session);
  assert_names (G_LIST_MODEL (model), "Sofie Kjær, Åse Ørum");

  figure = ids_of (ase, emil, sofie, zakaria, (gint64) 0);
  tf_case_list_model_set_only (model, figure);
  assert_names (G_LIST_MODEL (model), "Sofie Kjær, Åse Ørum");
  g_assert_cmpuint (tf_case_list_model_get_only (model)->len, ==, 4);
  g_assert_cmpuint (tf_case_list_model_count_only_in_scope (model), ==, 2);
  g_assert_cmpuint (tf_case_list_model_count_only_hidden (model), ==, 2);
  g_assert_cmpuint (tf_case_list_model_count_by_status (model, counts), ==, 2);

  /* Under a status filter the scope still decides what is hidden */
  tf_case_list_model_set_status (model, "active");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_cmpuint (tf_case_list_model_count_only_hidden (model), ==, 2);
  tf_case_list_model_set_status (model, NULL);

  /* Lars takes over Sofie's case: one more hidden after the change */
  g_free (sql);
  sql = g_strdup_printf ("UPDATE cases SET coordinator_id = %" G_GINT64_FORMAT " WHERE id = %" G_GINT64_FORMAT,
                         tf_session_get_staff_id (lars), sofie);
  exec_sql (f, sql);
  tf_case_list_model_refresh (model);
  assert_names (G_LIST_MODEL (model), "Åse Ørum");
  g_assert_cmpuint (tf_case_list_model_count_only_hidden (model), ==, 3);

  /* Without the restriction nothing is "hidden" */
  tf_case_list_model_set_only (model, NULL);
  g_assert_cmpuint (tf_case_list_model_count_only_hidden (model), ==, 0);
  assert_names (G_LIST_MODEL (model), "Åse Ørum");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/case-list-model/only", test_only);
  ADD ("/case-list-model/only-scope", test_only_scope);
#undef ADD

  return g_test_run ();
}
