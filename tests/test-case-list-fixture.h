/* test-case-list-fixture.h — a temporary store for the case list's tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "config.h"

#include <glib/gstdio.h>

#include "taskforce.h"
#include "tf-access-private.h"
#include "tf-store-private.h"

typedef struct
{
  char      *dir;
  TfStore   *store;
  TfSession *session;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("tf-list-XXXXXX", NULL);
  path = g_build_filename (f->dir, "taskforce.db", NULL);
  f->store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->session = tf_session_new_for_login (f->store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);
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

static gint64
add (Fixture    *f,
     const char *first,
     const char *last,
     const char *cpr,
     const char *school)
{
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  g_autoptr(GError) error = NULL;
  TfReferral referral = { "2025-01-10", "school", NULL, 0 };
  gint64 case_id = 0;

  g_object_set (person, "first-name", first, "last-name", last, "cpr", cpr, "school", school, NULL);
  if (cpr == NULL)
    g_object_set (person, "birth-date", "2010-05-05", NULL);
  { gboolean saved_ = tf_young_person_save (f->session, person, &referral, &case_id, &error); g_assert_no_error (error); g_assert_true (saved_); }
  g_assert_no_error (error);
  return case_id;
}

static void
exec_sql (Fixture    *f,
          const char *sql)
{
  g_assert_cmpint (sqlite3_exec (tf_store_get_db (f->store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

static char *
name_at (GListModel *model,
         guint       position)
{
  g_autoptr(TfCaseSummary) summary = g_list_model_get_item (model, position);

  return g_strdup (tf_case_summary_get_name (summary));
}

static void
assert_names (GListModel *model,
              const char *expected)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autofree char *name = name_at (model, i);
      g_string_append_printf (names, "%s%s", i ? ", " : "", name);
    }
  g_assert_cmpstr (names->str, ==, expected);
}
