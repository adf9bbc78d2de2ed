/* test-economy-fixture.h — a store with a coordinator, two cases and helpers
 * to write interventions and expenses directly, for the economy tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gstdio.h>

#include "taskforce.h"
#include "tf-store-private.h"

typedef struct
{
  char      *dir;
  TfStore   *store;
  TfSession *session;     /* the first login: a coordinator */
  gint64     fti_staff;   /* a staff member of FTI */
  gint64     case_a;      /* Ali Nørgaard */
  gint64     case_b;      /* Bo Nørgaard */
} Fixture;

#define KR(kroner) ((gint64) (kroner) * 100)

G_GNUC_UNUSED static void
exec (Fixture    *f,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (tf_store_get_db (f->store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

G_GNUC_UNUSED static gint64
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

G_GNUC_UNUSED static gint64
org_id (Fixture    *f,
        const char *code)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM organisation WHERE code = '%s'", code);

  return query_int (f, sql);
}

static gint64
new_case (Fixture    *f,
          const char *first_name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  TfReferral referral = { "2024-05-02", "school", NULL, 0 };
  gint64 case_id = 0;

  g_object_set (person, "first-name", first_name, "last-name", "Nørgaard",
                "birth-date", "2010-04-12", "gender", "boy", NULL);
  g_assert_true (tf_young_person_save (f->session, person, &referral, &case_id, &error));
  g_assert_no_error (error);
  return case_id;
}

/* An intervention of work area @area in budget area @budget_area; @ends_on
 * may be NULL, @author 0 for none; costs in whole kroner. */
G_GNUC_UNUSED static void
add_intervention (Fixture    *f,
                  gint64      case_id,
                  const char *area,
                  const char *budget_area,
                  const char *status,
                  const char *starts_on,
                  const char *ends_on,
                  gint64      planned_kroner,
                  gint64      actual_kroner,
                  gint64      author,
                  gboolean    deleted)
{
  g_autofree char *ends = ends_on != NULL ? g_strdup_printf ("'%s'", ends_on) : g_strdup ("NULL");
  g_autofree char *by = author > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, author) : g_strdup ("NULL");
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO record (case_id, area, form, category, recorded_on, vals, status, starts_on, ends_on, "
    "  planned_cost, actual_cost, budget_area, author_id, created_at, updated_at, deleted_at) "
    "VALUES (%" G_GINT64_FORMAT ", '%s', 'x', 'intervention', '%s', '{}', '%s', '%s', %s, "
    "  %" G_GINT64_FORMAT ", %" G_GINT64_FORMAT ", '%s', %s, 0, 0, %s)",
    case_id, area, starts_on, status, starts_on, ends, KR (planned_kroner), KR (actual_kroner),
    budget_area, by, deleted ? "1" : "NULL");

  exec (f, sql);
}

/* Saves an expense through the API and returns its id. */
G_GNUC_UNUSED static gint64
add_expense (Fixture    *f,
             const char *day,
             const char *area,
             const char *org_code,
             gint64      case_id,
             const char *what,
             gint64      kroner)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfExpense) expense = tf_expense_new ();

  tf_expense_set_spent_on (expense, day);
  tf_expense_set_budget_area (expense, area);
  tf_expense_set_organisation_id (expense, org_id (f, org_code));
  tf_expense_set_case_id (expense, case_id);
  tf_expense_set_description (expense, what);
  tf_expense_set_amount (expense, KR (kroner));
  g_assert_true (tf_expense_save (f->session, expense, &error));
  g_assert_no_error (error);
  return tf_expense_get_id (expense);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("tf-economy-XXXXXX", NULL);
  path = g_build_filename (f->dir, "taskforce.db", NULL);
  f->store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->session = tf_session_new_for_login (f->store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);
  g_assert_cmpint (tf_session_get_role (f->session), ==, TF_ROLE_COORDINATOR);
  exec (f, "INSERT INTO staff_member (name, sort_key, organisation_id, role, created_at) "
           "VALUES ('Anders Berg', 'berg anders', (SELECT id FROM organisation WHERE code = 'fti'), 'member', 0)");
  f->fti_staff = sqlite3_last_insert_rowid (tf_store_get_db (f->store));
  f->case_a = new_case (f, "Ali");
  f->case_b = new_case (f, "Bo");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
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
