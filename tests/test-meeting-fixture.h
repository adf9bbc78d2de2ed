/* test-meeting-fixture.h — a store with staff of fixed and ad hoc member
 * organisations and a few cases, for the meeting, agenda and task tests
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
  TfSession *session;
  gint64     fixed_a;     /* staff of fixed member organisations */
  gint64     fixed_b;
  gint64     police;      /* staff of an ad hoc organisation */
  gint64     police_org;
} Fixture;

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

G_GNUC_UNUSED static char *
query_text (Fixture    *f,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (tf_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static gint64
add_staff (Fixture    *f,
           const char *name,
           const char *org_code,
           gboolean    active)
{
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO staff_member (name, sort_key, organisation_id, role, active, created_at) "
    "VALUES ('%s', '%s', (SELECT id FROM organisation WHERE code = '%s'), 'member', %d, 0)",
    name, name, org_code, active ? 1 : 0);

  exec (f, sql);
  return sqlite3_last_insert_rowid (tf_store_get_db (f->store));
}

/* A new case (status "referred") for a young person called @first_name
 * Nørgaard, referred on @referral_date. */
G_GNUC_UNUSED static gint64
new_case (Fixture    *f,
          const char *first_name,
          const char *referral_date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  TfReferral referral = { referral_date, "school", NULL, 0 };
  gint64 case_id = 0;
  gboolean ok;

  g_object_set (person, "first-name", first_name, "last-name", "Nørgaard",
                "birth-date", "2010-04-12", "gender", "boy", NULL);
  ok = tf_young_person_save (f->session, person, &referral, &case_id, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  return case_id;
}

/* Sets a case's status and follow-up date (NULL for none) directly. */
G_GNUC_UNUSED static void
set_case (Fixture    *f,
          gint64      case_id,
          const char *status,
          const char *next_follow_up)
{
  g_autofree char *sql = NULL;

  if (next_follow_up != NULL)
    sql = g_strdup_printf ("UPDATE cases SET status = '%s', next_follow_up = '%s' WHERE id = %"
                           G_GINT64_FORMAT, status, next_follow_up, case_id);
  else
    sql = g_strdup_printf ("UPDATE cases SET status = '%s', next_follow_up = NULL WHERE id = %"
                           G_GINT64_FORMAT, status, case_id);
  exec (f, sql);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("tf-meeting-XXXXXX", NULL);
  path = g_build_filename (f->dir, "taskforce.db", NULL);
  f->store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->session = tf_session_new_for_login (f->store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);
  f->fixed_a = add_staff (f, "Anders Berg", "fti", TRUE);
  f->fixed_b = add_staff (f, "Birthe Dam", "almenskole", TRUE);
  add_staff (f, "Carl Gone", "fti", FALSE);   /* inactive: never invited */
  f->police = add_staff (f, "Dorte Politi", "politi", TRUE);
  f->police_org = query_int (f, "SELECT id FROM organisation WHERE code = 'politi'");
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

/* Plans a meeting and returns its id. */
G_GNUC_UNUSED static gint64
plan (Fixture    *f,
      const char *kind,
      const char *day,
      gint64      case_id)
{
  g_autoptr(GError) error = NULL;
  TfMeetingDraft d = { 0 };
  gint64 id;

  d.kind = kind;
  d.case_id = case_id;
  d.held_on = day;
  d.start_time = "13:00";
  d.end_time = "15:00";
  d.place = "Rådhuset, mødelokale 2";
  id = tf_meeting_save (f->session, &d, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

G_GNUC_UNUSED static TfMeeting *
load_meeting (Fixture *f,
              gint64   id)
{
  g_autoptr(GError) error = NULL;
  TfMeeting *m = tf_meeting_load (f->session, id, &error);

  g_assert_no_error (error);
  return m;
}

/* Today plus @days, ISO, the way the core sees today. */
G_GNUC_UNUSED static char *
day_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}
