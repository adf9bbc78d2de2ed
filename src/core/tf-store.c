/* tf-store.c — the SQLite store: one file, migrations, transactions, backup
 *
 * This file opens the store, checks it, migrates it and runs transactions.
 * The plain sqlite3 helpers it shares are in tf-store-sqlite.c; backup and
 * restore are in tf-store-backup.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/vfs.h>
#include <unistd.h>

#include "tf-error.h"
#include "tf-store-private.h"

/* Statements wait this long for another desk's write lock before giving up. */
#define BUSY_TIMEOUT_MS 5000

struct _TfStore
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  GHashTable *statements;   /* const char *sql (static) → sqlite3_stmt* */
  int         schema_version;
  gint64      data_version;

  /* quick_check, possibly still running in a worker thread */
  GMutex      check_lock;
  GCond       check_cond;
  gboolean    check_done;
  gboolean    check_waiting;  /* deferred and not started yet */
  char       *check_failure;  /* NULL when the file passed */

  TfTransaction *tx;         /* the open write transaction, if any */
};

struct _TfTransaction
{
  TfStore   *store;
  GPtrArray *changes;        /* entity names, paired with ids */
  GArray    *change_ids;
  gboolean   done;
};

enum { SIGNAL_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TfStore, tf_store, G_TYPE_OBJECT)

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
tf_store_finalize (GObject *object)
{
  TfStore *self = TF_STORE (object);

  /* A worker may still be checking; it holds a reference, so it is done here. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);
  g_free (self->check_failure);
  g_mutex_clear (&self->check_lock);
  g_cond_clear (&self->check_cond);

  G_OBJECT_CLASS (tf_store_parent_class)->finalize (object);
}

static void
tf_store_class_init (TfStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tf_store_finalize;

  /**
   * TfStore::changed:
   * @entity: (nullable): the kind of thing that changed ("young-person",
   *   "case", "note", ...), or %NULL when another desk changed the file
   * @id: its id, or 0
   *
   * Emitted after a write transaction commits, once per changed thing.
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_INT64);
}

static void
tf_store_init (TfStore *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                            finalize_statement);
  g_mutex_init (&self->check_lock);
  g_cond_init (&self->check_cond);
}

/**
 * tf_store_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/taskforce/taskforce.db`
 */
char *
tf_store_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "taskforce", "taskforce.db", NULL);
}

gboolean
tf_store_set_error (TfStore  *self,
                    GError  **error)
{
  int code = sqlite3_extended_errcode (self->db);
  int primary = code & 0xff;
  TfError tf_code = TF_ERROR_FAILED;

  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    tf_code = TF_ERROR_BUSY;
  else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
    tf_code = TF_ERROR_DAMAGED;

  if (tf_code == TF_ERROR_BUSY)
    g_set_error (error, TF_ERROR, tf_code,
                 _("Another desk is saving to the store right now. Try again in a moment."));
  else
    g_set_error (error, TF_ERROR, tf_code, _("The store reported an error: %s"),
                 sqlite3_errmsg (self->db));
  return FALSE;
}

sqlite3 *
tf_store_get_db (TfStore *self)
{
  g_return_val_if_fail (TF_IS_STORE (self), NULL);
  return self->db;
}

const char *
tf_store_get_path (TfStore *self)
{
  g_return_val_if_fail (TF_IS_STORE (self), NULL);
  return self->path;
}

int
tf_store_get_schema_version (TfStore *self)
{
  g_return_val_if_fail (TF_IS_STORE (self), 0);
  return self->schema_version;
}

/**
 * tf_store_prepare:
 * @sql: a string literal; the statement is cached under its address
 *
 * Returns: (transfer none): a reset statement. Hold it with g_autoptr(TfStmt).
 */
TfStmt *
tf_store_prepare (TfStore     *self,
                  const char  *sql,
                  GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (TF_IS_STORE (self), NULL);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt != NULL)
    return stmt;

  if (sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    {
      g_critical ("Cannot prepare statement: %s\n%s", sqlite3_errmsg (self->db), sql);
      tf_store_set_error (self, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

/* Steps a statement that returns no rows. */
gboolean
tf_store_step_done (TfStore  *self,
                    TfStmt   *stmt,
                    GError  **error)
{
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;
  return tf_store_set_error (self, error);
}

void
tf_stmt_bind_text_or_null (TfStmt     *stmt,
                           int         index,
                           const char *text)
{
  if (text == NULL || *text == '\0')
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

char *
tf_stmt_dup_text (TfStmt *stmt,
                  int     column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

static void
finish_check (TfStore *self,
              char    *failure)
{
  g_mutex_lock (&self->check_lock);
  self->check_failure = failure;
  self->check_done = TRUE;
  g_cond_broadcast (&self->check_cond);
  g_mutex_unlock (&self->check_lock);
  if (failure != NULL)
    g_message ("Store %s failed its integrity check: %s", self->path, failure);
}

static gpointer
check_thread (gpointer data)
{
  TfStore *self = data;
  sqlite3 *db = NULL;
  char *failure;

  /* Its own read-only connection: a sqlite3 handle is not shared across threads here. */
  if (sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    failure = g_strdup (sqlite3_errmsg (db));
  else
    failure = _tf_store_quick_check (db);
  sqlite3_close_v2 (db);
  finish_check (self, failure);
  g_object_unref (self);
  return NULL;
}

/**
 * tf_store_wait_checked:
 *
 * Waits for the integrity check started by tf_store_open(). Every write
 * calls this first, so a damaged file is never written to.
 */
/**
 * tf_store_start_check:
 *
 * Starts the integrity check of a store opened with
 * %TF_STORE_OPEN_DEFER_CHECK in a worker thread. The window calls it once it
 * has shown its first frame, so reading 400 MB does not compete with it.
 */
void
tf_store_start_check (TfStore *self)
{
  g_return_if_fail (TF_IS_STORE (self));

  /* The window's watcher thread and a first write may both ask. */
  g_mutex_lock (&self->check_lock);
  if (self->check_waiting)
    {
      self->check_waiting = FALSE;
      g_thread_unref (g_thread_new ("tf-store-check", check_thread, g_object_ref (self)));
    }
  g_mutex_unlock (&self->check_lock);
}

gboolean
tf_store_wait_checked (TfStore  *self,
                       GError  **error)
{
  gboolean ok;

  g_return_val_if_fail (TF_IS_STORE (self), FALSE);

  tf_store_start_check (self);
  g_mutex_lock (&self->check_lock);
  while (!self->check_done)
    g_cond_wait (&self->check_cond, &self->check_lock);
  ok = self->check_failure == NULL;
  if (!ok)
    g_set_error (error, TF_ERROR, TF_ERROR_DAMAGED,
                 _("The store %s is damaged (%s). Nothing has been changed in it. "
                   "Restore the latest backup."), self->path, self->check_failure);
  g_mutex_unlock (&self->check_lock);
  return ok;
}

/* Schema migrations, by the version they bring the store to. A migration
 * that has shipped (landed on main) is never edited again: stores out there
 * are already past it. A change is a new migration. */
static const char * const migration_names[TF_STORE_SCHEMA_VERSION + 1] = {
  NULL,
  "initial",
  "work-areas",
  "case-work",
  "meetings",
  "economy",
  "stats-settings",
  "report-texts",
};

gboolean
_tf_store_apply_migrations (TfStore  *self,
                            int       from,
                            GError  **error)
{
  for (int version = from + 1; version <= TF_STORE_SCHEMA_VERSION; version++)
    {
      g_autofree char *resource = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autofree char *script = NULL;
      g_autofree char *set_version = NULL;
      g_autoptr(GError) local_error = NULL;
      gsize len;

      resource = g_strdup_printf ("/dk/norddjurs/Taskforce/core/sql/%04d-%s.sql", version,
                                  migration_names[version]);
      bytes = g_resources_lookup_data (resource, 0, error);
      if (bytes == NULL)
        return FALSE;
      {
        const char *data = g_bytes_get_data (bytes, &len);
        script = g_strndup (data, len);
      }

      /* user_version is a pragma and cannot take a bound parameter; the
       * number is ours, never text from outside. */
      set_version = g_strdup_printf ("PRAGMA user_version = %d", version);

      if (!_tf_store_exec_fixed (self->db, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!_tf_store_run_script (self->db, script, &local_error) ||
          !_tf_store_exec_fixed (self->db, set_version, &local_error))
        {
          _tf_store_exec_fixed (self->db, "ROLLBACK", NULL);
          g_propagate_prefixed_error (error, g_steal_pointer (&local_error),
                                      "Schema migration %d: ", version);
          return FALSE;
        }
      if (!_tf_store_exec_fixed (self->db, "COMMIT", error))
        {
          _tf_store_exec_fixed (self->db, "ROLLBACK", NULL);
          return FALSE;
        }
      self->schema_version = version;
    }
  return TRUE;
}

/**
 * tf_store_open:
 * @path: (nullable): the file; %NULL for tf_store_default_path()
 *
 * Opens (creating when allowed) a store, checks it and brings its schema up
 * to date. A store from a newer program, a damaged file and a file that is
 * not a store are refused and left untouched.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
TfStore *
tf_store_open (const char        *path,
               TfStoreOpenFlags   flags,
               GError           **error)
{
  g_autoptr(TfStore) self = NULL;
  g_autofree char *default_path = NULL;
  gboolean existed;
  int user_version;

  if (path == NULL)
    path = default_path = tf_store_default_path ();

  if (!_tf_store_check_location (path, error))
    return NULL;

  existed = g_file_test (path, G_FILE_TEST_EXISTS);
  if (!existed && (flags & TF_STORE_OPEN_EXISTING))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND, _("There is no store at %s."), path);
      return NULL;
    }
  if (existed && !_tf_store_looks_like_sqlite (path, error))
    return NULL;
  if (!existed && !_tf_store_create_private_file (path, error))
    return NULL;

  self = g_object_new (TF_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOFOLLOW, NULL) != SQLITE_OK)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_FAILED, _("Cannot open the store %s: %s"),
                   path, self->db ? sqlite3_errmsg (self->db) : g_strerror (ENOMEM));
      return NULL;
    }
  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  /* Reading the version touches nothing. A newer schema is refused before
   * any pragma that could write to the file. */
  user_version = (int) _tf_store_query_int (self->db, "PRAGMA user_version");
  if (user_version < 0)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_NOT_A_STORE,
                   _("%s is not a Taskforce store, or is damaged: %s"), path, sqlite3_errmsg (self->db));
      return NULL;
    }
  if (user_version > TF_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_NEWER_SCHEMA,
                   _("The store %s was made by a newer version of Taskforce (schema %d; this "
                     "version knows schema %d). Nothing has been changed in it. Update Taskforce "
                     "to open it."), path, user_version, TF_STORE_SCHEMA_VERSION);
      return NULL;
    }
  if (user_version == 0 && _tf_store_query_int (self->db, "SELECT count(*) FROM sqlite_schema") > 0)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_NOT_A_STORE,
                   _("%s is a database of another program, not a Taskforce store. "
                     "Nothing has been changed in it."), path);
      return NULL;
    }
  self->schema_version = user_version;

  /* A new store needs no check; a store that must be migrated, or switched
   * to WAL, is checked first, since that writes. Otherwise the check may run
   * beside us while the window shows. */
  if (!existed || user_version == 0)
    finish_check (self, NULL);
  else if ((flags & TF_STORE_OPEN_DEFER_CHECK) && user_version == TF_STORE_SCHEMA_VERSION &&
           _tf_store_is_wal (self->db))
    self->check_waiting = TRUE;   /* tf_store_start_check(), or the first write */
  else
    finish_check (self, _tf_store_quick_check (self->db));
  if (self->check_done && !tf_store_wait_checked (self, error))
    return NULL;

  /* WAL lets several desks read while one writes. synchronous=FULL: a saved
   * note about a child must survive a power cut, and our writes are small. */
  if (!_tf_store_exec_fixed (self->db, "PRAGMA journal_mode = WAL", error) ||
      !_tf_store_exec_fixed (self->db, "PRAGMA synchronous = FULL", error) ||
      !_tf_store_exec_fixed (self->db, "PRAGMA foreign_keys = ON", error) ||
      /* FTS5 triggers run as statement transactions whose journals would
       * otherwise go to temporary files, one per saved note. */
      !_tf_store_exec_fixed (self->db, "PRAGMA temp_store = MEMORY", error))
    return NULL;

  if (user_version < TF_STORE_SCHEMA_VERSION && !_tf_store_apply_migrations (self, user_version, error))
    return NULL;

  self->data_version = _tf_store_query_int (self->db, "PRAGMA data_version");
  return g_steal_pointer (&self);
}

/**
 * tf_store_check_external_changes:
 *
 * Emits #TfStore::changed with a %NULL entity when another connection (another
 * desk, or a worker thread) has committed since the last call.
 */
void
tf_store_check_external_changes (TfStore *self)
{
  gint64 version;

  g_return_if_fail (TF_IS_STORE (self));

  if (self->tx != NULL)
    return;
  version = _tf_store_query_int (self->db, "PRAGMA data_version");
  if (version != self->data_version)
    {
      self->data_version = version;
      g_signal_emit (self, signals[SIGNAL_CHANGED], 0, NULL, (gint64) 0);
    }
}

gboolean
tf_store_is_empty (TfStore *self)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (self, "SELECT EXISTS (SELECT 1 FROM young_person)", NULL);

  return stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW || sqlite3_column_int (stmt, 0) == 0;
}

/* Transactions */

TfTransaction *
tf_store_begin (TfStore  *self,
                GError  **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  TfTransaction *tx;

  g_return_val_if_fail (TF_IS_STORE (self), NULL);

  if (self->tx != NULL)
    {
      /* A programming error, but one a user must never lose work to. */
      g_critical ("A write transaction is already open on %s", self->path);
      g_set_error (error, TF_ERROR, TF_ERROR_FAILED, _("Another change is still being saved."));
      return NULL;
    }

  if (!tf_store_wait_checked (self, error))
    return NULL;

  /* IMMEDIATE takes the write lock now, so a busy store waits here and never
   * fails half-way through a change. */
  stmt = tf_store_prepare (self, "BEGIN IMMEDIATE", error);
  if (stmt == NULL || !tf_store_step_done (self, stmt, error))
    return NULL;

  tx = g_new0 (TfTransaction, 1);
  tx->store = g_object_ref (self);
  tx->changes = g_ptr_array_new_with_free_func (g_free);
  tx->change_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->tx = tx;
  return tx;
}

gboolean
tf_transaction_is_active (TfStore *self)
{
  return self->tx != NULL;
}

void
tf_transaction_changed (TfTransaction *tx,
                        const char    *entity,
                        gint64         id)
{
  g_ptr_array_add (tx->changes, g_strdup (entity));
  g_array_append_val (tx->change_ids, id);
}

gboolean
tf_transaction_commit (TfTransaction  *tx,
                       GError        **error)
{
  TfStore *self = tx->store;
  g_autoptr(TfStmt) stmt = NULL;

  g_return_val_if_fail (!tx->done, FALSE);

  stmt = tf_store_prepare (self, "COMMIT", error);
  if (stmt == NULL || !tf_store_step_done (self, stmt, error))
    return FALSE;
  tx->done = TRUE;
  self->tx = NULL;
  /* Our own commit moves data_version only for other connections. */
  for (guint i = 0; i < tx->changes->len; i++)
    g_signal_emit (self, signals[SIGNAL_CHANGED], 0,
                   g_ptr_array_index (tx->changes, i),
                   g_array_index (tx->change_ids, gint64, i));
  return TRUE;
}

void
tf_transaction_free (TfTransaction *tx)
{
  if (tx == NULL)
    return;
  if (!tx->done)
    {
      /* Not committed: an error path. Nothing of the change stays. */
      if (!sqlite3_get_autocommit (tx->store->db))
        {
          g_autoptr(TfStmt) stmt = tf_store_prepare (tx->store, "ROLLBACK", NULL);
          if (stmt != NULL)
            sqlite3_step (stmt);
        }
      tx->store->tx = NULL;
    }
  g_ptr_array_unref (tx->changes);
  g_array_unref (tx->change_ids);
  g_object_unref (tx->store);
  g_free (tx);
}
