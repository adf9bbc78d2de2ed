/* test-store.c — the store: create, reopen, migrate, refuse, constraints, audit, backup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "taskforce.h"
#include "tf-store-private.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = g_dir_make_tmp ("tf-store-XXXXXX", NULL);
  f->path = g_build_filename (f->dir, "sub", "taskforce.db", NULL);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static gint64
query_int (TfStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (tf_store_get_db (store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gboolean
exec_sql (TfStore    *store,
          const char *sql)
{
  return sqlite3_exec (tf_store_get_db (store), sql, NULL, NULL, NULL) == SQLITE_OK;
}

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

static void
add_person (TfSession  *session,
            const char *first,
            const char *last,
            const char *cpr)
{
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  g_autoptr(GError) error = NULL;
  TfReferral referral = { NULL, "school", "Fravær", 0 };

  g_object_set (person, "first-name", first, "last-name", last, "cpr", cpr, NULL);
  { gboolean saved_ = tf_young_person_save (session, person, &referral, NULL, &error); g_assert_no_error (error); g_assert_true (saved_); }
  g_assert_no_error (error);
}

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStore) store = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
  struct stat st;

  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_assert_cmpint (tf_store_get_schema_version (store), ==, TF_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (store, "PRAGMA user_version"), ==, TF_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (store, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (query_int (store, "PRAGMA synchronous"), ==, 2);   /* FULL */
  g_assert_true (tf_store_is_empty (store));
  /* Schema 5: the economy's tables */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                                     "('budget', 'budget_share', 'budget_history', 'expense', 'expense_history')"),
                   ==, 5);

  /* Children's data: only the owner may read the file, and its folder. */
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  {
    g_autofree char *dir = g_path_get_dirname (f->path);
    g_assert_cmpint (g_stat (dir, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  }
  {
    sqlite3_stmt *stmt = NULL;
    sqlite3_prepare_v2 (tf_store_get_db (store), "PRAGMA journal_mode", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
    sqlite3_finalize (stmt);
  }
}

static void
test_reopen (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  {
    g_autoptr(TfStore) store = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
    g_autoptr(TfSession) session = tf_session_new_for_login (store, "mette", "Mette Holm", &error);
    g_assert_no_error (error);
    add_person (session, "Emil", "Nørgaard", "120410-4233");
  }
  {
    g_autoptr(TfStore) store = tf_store_open (f->path, TF_STORE_OPEN_EXISTING, &error);
    g_autoptr(TfSession) session = NULL;
    g_assert_no_error (error);
    g_assert_false (tf_store_is_empty (store));
    g_assert_cmpint (query_int (store, "SELECT count(*) FROM young_person"), ==, 1);
    /* The same login is the same staff member, and still the coordinator. */
    session = tf_session_new_for_login (store, "mette", NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpint (tf_session_get_role (session), ==, TF_ROLE_COORDINATOR);
    g_assert_cmpstr (tf_session_get_staff_name (session), ==, "Mette Holm");
    g_assert_cmpint (query_int (store, "SELECT count(*) FROM staff_member"), ==, 1);
  }
  {
    g_autoptr(TfStore) store = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
    g_autoptr(TfSession) newcomer = tf_session_new_for_login (store, "lars", "Lars Pedersen", &error);
    g_assert_no_error (error);
    g_assert_cmpint (tf_session_get_role (newcomer), ==, TF_ROLE_CASEWORKER);
  }
}

static void
test_existing_only (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStore) store = tf_store_open (f->path, TF_STORE_OPEN_EXISTING, &error);

  g_assert_null (store);
  g_assert_error (error, TF_ERROR, TF_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

/* An empty file (0 bytes) is a store at schema 0: migrated to the current one. */
static void
test_migrate_from_empty (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStore) store = NULL;
  g_autofree char *dir = g_path_get_dirname (f->path);

  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_set_contents (f->path, "", 0, NULL));
  store = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tf_store_get_schema_version (store), ==, TF_STORE_SCHEMA_VERSION);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM sqlite_schema WHERE name = 'audit_event'"), ==, 1);
}

/* A store written by the first release (schema 1) is brought up to date,
 * keeping its data. */
static void
test_migrate_from_1 (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) script = g_resources_lookup_data ("/dk/norddjurs/Taskforce/core/sql/0001-initial.sql", 0, &error);
  g_autofree char *dir = g_path_get_dirname (f->path);
  g_autofree char *sql = NULL;
  sqlite3 *db = NULL;

  g_assert_no_error (error);
  sql = g_strndup (g_bytes_get_data (script, NULL), g_bytes_get_size (script));
  g_mkdir_with_parents (dir, 0700);
  g_assert_cmpint (sqlite3_open (f->path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db,
    "PRAGMA user_version = 1;"
    "INSERT INTO young_person (first_name, last_name, sort_key, birth_date, created_at, updated_at) "
    "VALUES ('Emil', 'Nørgaard', 'n|rg}rd emil', '2010-04-12', 0, 0);", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);

  {
    g_autoptr(TfStore) store = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
    g_assert_no_error (error);
    g_assert_cmpint (tf_store_get_schema_version (store), ==, TF_STORE_SCHEMA_VERSION);
    g_assert_cmpint (query_int (store, "PRAGMA user_version"), ==, TF_STORE_SCHEMA_VERSION);
    g_assert_cmpint (query_int (store, "SELECT count(*) FROM young_person WHERE first_name = 'Emil'"), ==, 1);
    g_assert_cmpint (query_int (store, "SELECT count(*) FROM sqlite_schema WHERE name = 'record'"), ==, 1);
  }
}

static void
test_refuse_newer (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  {
    g_autoptr(TfStore) store = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
    g_assert_no_error (error);
    g_assert_true (exec_sql (store, "PRAGMA user_version = 99"));
    g_assert_true (exec_sql (store, "PRAGMA journal_mode = DELETE"));
  }
  before = file_checksum (f->path);
  {
    g_autoptr(TfStore) store = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
    g_assert_null (store);
    g_assert_error (error, TF_ERROR, TF_ERROR_NEWER_SCHEMA);
    g_assert_nonnull (strstr (error->message, "99"));
  }
  after = file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refuse_foreign_files (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text_path = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *other_path = g_build_filename (f->dir, "other.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  TfStore *store;
  sqlite3 *db;

  g_assert_true (g_file_set_contents (text_path, "Dear diary, this is not a database.\n", -1, NULL));
  store = tf_store_open (text_path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, TF_ERROR, TF_ERROR_NOT_A_STORE);
  g_clear_error (&error);

  /* Another program's SQLite database is not taken over. */
  g_assert_cmpint (sqlite3_open (other_path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('æbleskiver')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  before = file_checksum (other_path);
  store = tf_store_open (other_path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, TF_ERROR, TF_ERROR_NOT_A_STORE);
  after = file_checksum (other_path);
  g_assert_cmpstr (before, ==, after);
}

/* Writes garbage over one page in the middle of the file. */
static void
damage_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 4096 * 8);
  memset (contents + 4096 * 4, 0x5a, 4096);
  g_assert_true (g_file_set_contents (path, contents, len, NULL));
}

static void
fill_notes (TfStore *store,
            guint    n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSession) session = tf_session_new_for_login (store, "mette", "Mette Holm", &error);
  g_autoptr(TfCase) kase = NULL;

  add_person (session, "Emil", "Nørgaard", "120410-4233");
  kase = tf_case_load_for_young_person (session, 1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (tf_note_add (session, tf_case_get_id (kase),
                                  "Samtale med skolen om fravær og trivsel i klassen.", &error), >, 0);
}

static void
test_refuse_damaged (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  {
    g_autoptr(TfStore) store = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
    fill_notes (store, 400);
  }
  /* Closing the last connection folds the WAL into the file. */
  damage_file (f->path);
  before = file_checksum (f->path);
  {
    g_autoptr(TfStore) store = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
    g_assert_null (store);
    g_assert_error (error, TF_ERROR, TF_ERROR_DAMAGED);
    g_clear_error (&error);
  }
  /* With the check in the background the window may show, but the first
   * write waits for the check and is refused. */
  {
    g_autoptr(TfStore) store = tf_store_open (f->path, TF_STORE_OPEN_DEFER_CHECK, &error);
    TfTransaction *tx;

    g_assert_no_error (error);
    g_assert_nonnull (store);
    tx = tf_store_begin (store, &error);
    g_assert_null (tx);
    g_assert_error (error, TF_ERROR, TF_ERROR_DAMAGED);
  }
  after = file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_constraints (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStore) store = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
  g_autoptr(TfSession) session = tf_session_new_for_login (store, "mette", "Mette Holm", &error);

  add_person (session, "Emil", "Nørgaard", "120410-4233");
  /* A CPR number is ten digits, stored without the dash. */
  g_assert_false (exec_sql (store, "UPDATE young_person SET cpr = '120410-4233'"));
  g_assert_false (exec_sql (store, "UPDATE young_person SET birth_date = '12-04-2010'"));
  g_assert_false (exec_sql (store, "UPDATE young_person SET first_name = '  '"));
  g_assert_false (exec_sql (store, "UPDATE cases SET status = 'lost'"));
  /* Foreign keys are enforced. */
  g_assert_false (exec_sql (store, "INSERT INTO note (case_id, written_on, written_at, body) "
                                   "VALUES (999, '2025-01-01', 0, 'x')"));
  /* Deleting a young person takes their case, history and notes along. */
  g_assert_cmpint (tf_note_add (session, 1, "Møde med mor.", &error), >, 0);
  g_assert_true (exec_sql (store, "DELETE FROM young_person"));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM cases"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM note"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM case_status_history"), ==, 0);
}

static void
test_audit_append_only (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStore) store = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
  g_autoptr(TfSession) session = tf_session_new_for_login (store, "mette", "Mette Holm", &error);
  gint64 before;

  add_person (session, "Emil", "Nørgaard", "120410-4233");
  /* staff member, young person, case */
  g_assert_cmpint (tf_audit_count (session, "create", NULL), ==, 3);
  before = query_int (store, "SELECT count(*) FROM audit_event");
  g_assert_false (exec_sql (store, "UPDATE audit_event SET login = 'someone-else'"));
  g_assert_false (exec_sql (store, "DELETE FROM audit_event"));
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_event"), ==, before);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_event WHERE login = 'mette'"), ==, before);

  g_assert_true (tf_case_record_view (session, 1, &error));
  g_assert_cmpint (tf_audit_count (session, "view", "case"), ==, 1);
}

static void
on_changed_cb (TfStore    *store,
               const char *entity,
               gint64      id,
               gpointer    data)
{
  int *external = data;

  if (entity == NULL)
    (*external)++;
}

/* Two desks on one store: both read while one writes, and each sees the
 * other's commits. */
static void
test_concurrent (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStore) a = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
  g_autoptr(TfStore) b = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
  g_autoptr(TfSession) session_a = tf_session_new_for_login (a, "mette", "Mette Holm", &error);
  g_autoptr(TfSession) session_b = tf_session_new_for_login (b, "lars", "Lars Pedersen", &error);
  g_autoptr(TfTransaction) tx = NULL;
  int external = 0;

  g_assert_no_error (error);
  g_signal_connect (b, "changed", G_CALLBACK (on_changed_cb), &external);
  tf_store_check_external_changes (b);
  external = 0;

  add_person (session_a, "Emil", "Nørgaard", "120410-4233");
  tf_store_check_external_changes (b);
  g_assert_cmpint (external, ==, 1);
  tf_store_check_external_changes (b);
  g_assert_cmpint (external, ==, 1);

  /* While A holds the write lock, B still reads the last committed state. */
  tx = tf_store_begin (a, &error);
  g_assert_nonnull (tx);
  g_assert_true (exec_sql (a, "UPDATE young_person SET first_name = 'Emilie'"));
  {
    g_autoptr(TfYoungPerson) person = tf_young_person_load (session_b, 1, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (tf_young_person_get_first_name (person), ==, "Emil");
  }
  g_clear_pointer (&tx, tf_transaction_free);   /* rolled back */
  g_assert_cmpint (query_int (b, "SELECT count(*) FROM young_person WHERE first_name = 'Emilie'"), ==, 0);
}

static void
test_rollback (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStore) store = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
  g_autoptr(TfSession) session = tf_session_new_for_login (store, "mette", "Mette Holm", &error);
  gint64 audit_before;

  add_person (session, "Emil", "Nørgaard", "120410-4233");
  audit_before = query_int (store, "SELECT count(*) FROM audit_event");
  {
    g_autoptr(TfTransaction) tx = tf_store_begin (store, &error);
    g_assert_true (exec_sql (store, "INSERT INTO note (case_id, written_on, written_at, body) "
                                    "VALUES (1, '2025-01-01', 0, 'halvt gemt')"));
    g_assert_true (tf_audit_record (session, "create", "note", 1, 1, NULL, &error));
    /* tx dropped without commit: an error path */
  }
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM note"), ==, 0);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM audit_event"), ==, audit_before);
}

static void
test_backup_restore (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = g_build_filename (f->dir, "backup.db", NULL);
  g_autofree char *broken = g_build_filename (f->dir, "broken.db", NULL);
  struct stat st;

  {
    g_autoptr(TfStore) store = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
    fill_notes (store, 300);
    g_assert_true (tf_store_backup (store, backup, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpint (g_stat (backup, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    {
      g_autofree char *partial = g_strconcat (backup, ".partial", NULL);
      g_assert_false (g_file_test (partial, G_FILE_TEST_EXISTS));
    }
    /* After the backup, someone deletes everything. */
    g_assert_true (exec_sql (store, "DELETE FROM young_person"));
  }
  g_assert_true (tf_store_restore (f->path, backup, &error));
  g_assert_no_error (error);
  {
    g_autoptr(TfStore) store = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
    g_assert_cmpint (query_int (store, "SELECT count(*) FROM young_person"), ==, 1);
    g_assert_cmpint (query_int (store, "SELECT count(*) FROM note"), ==, 300);
  }

  /* A damaged backup is refused and the store stays as it is. */
  {
    g_autofree char *contents = NULL;
    gsize len;
    g_assert_true (g_file_get_contents (backup, &contents, &len, NULL));
    g_assert_true (g_file_set_contents (broken, contents, len, NULL));
  }
  damage_file (broken);
  g_assert_false (tf_store_restore (f->path, broken, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_DAMAGED);
  g_clear_error (&error);
  {
    g_autoptr(TfStore) store = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
    g_assert_cmpint (query_int (store, "SELECT count(*) FROM note"), ==, 300);
  }
}

/* A migration that has shipped is never edited: stores out there are past
 * it and would never run the change. Each shipped script's SHA-256 is
 * recorded here when it lands; a change to the schema is a new migration. */
static void
test_shipped_migrations_unchanged (void)
{
  static const struct { const char *name; const char *sha256; } shipped[] = {
    { "0001-initial.sql", "1c77bac6ed3b97d1046b5318b2a02d6d409fc71756a25fc0409e651d7db66ce9" },
    { "0002-work-areas.sql", "718758c3292a3fcea2b122b8f9cd89fcc0ce499d6c95ba38501442fd60a5c1c6" },
    { "0003-case-work.sql", "eec58a3a4153ebb43c37cd21dc796c62a235b7cf8920c21d7cbec20de99f47e1" },
    { "0004-meetings.sql", "9c1e2c28b1ab59fde242bad6a1f6b21665c36ef6b4ea28dd55c5a670c21cf415" },
    { "0005-economy.sql", "ab5003e00905e677be96104089f3b84473721dbc16bd99f727f72b4bac4957e9" },
    { "0006-stats-settings.sql", "34340e349bd5e9a72a212e0d5245cd35450cf974e23f0466bd77e72823254cf7" },
    { "0007-report-texts.sql", "2bab88639aaff0a34eb798a59234df132dcba56e53796bc36dfe834ba8081cb0" },
  };

  g_assert_cmpint (G_N_ELEMENTS (shipped), ==, TF_STORE_SCHEMA_VERSION);
  for (guint i = 0; i < G_N_ELEMENTS (shipped); i++)
    {
      g_autofree char *path = g_strconcat ("/dk/norddjurs/Taskforce/core/sql/", shipped[i].name, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) script = g_resources_lookup_data (path, 0, &error);
      g_autofree char *sum = NULL;

      g_assert_no_error (error);
      sum = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, script);
      if (g_strcmp0 (sum, shipped[i].sha256) != 0)
        g_error ("%s has changed since it shipped; put the change in a new migration", shipped[i].name);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/shipped-migrations-unchanged", test_shipped_migrations_unchanged);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/store/create", test_create);
  ADD ("/store/reopen", test_reopen);
  ADD ("/store/existing-only", test_existing_only);
  ADD ("/store/migrate-from-empty", test_migrate_from_empty);
  ADD ("/store/migrate-from-1", test_migrate_from_1);
  ADD ("/store/refuse-newer", test_refuse_newer);
  ADD ("/store/refuse-foreign-files", test_refuse_foreign_files);
  ADD ("/store/refuse-damaged", test_refuse_damaged);
  ADD ("/store/constraints", test_constraints);
  ADD ("/store/audit-append-only", test_audit_append_only);
  ADD ("/store/concurrent", test_concurrent);
  ADD ("/store/rollback", test_rollback);
  ADD ("/store/backup-restore", test_backup_restore);
#undef ADD

  return g_test_run ();
}
