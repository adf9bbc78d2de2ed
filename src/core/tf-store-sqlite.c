/* tf-store-sqlite.c — plain SQLite helpers the parts of TfStore share
 *
 * Fixed statements and pragmas run on a bare sqlite3 handle, quick_check, and
 * the checks on the file before SQLite is let near it: where it lives, that
 * it is created private, that it is an SQLite file at all. None of them needs
 * a TfStore, so the opener, the integrity check and backup/restore use them
 * alike.
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

/* Runs a script of fixed statements (migrations): each one prepared and
 * stepped in turn, never built from outside text. */
gboolean
_tf_store_run_script (sqlite3     *db,
                      const char  *script,
                      GError     **error)
{
  const char *tail = script;

  while (tail != NULL && *tail != '\0')
    {
      sqlite3_stmt *stmt = NULL;
      const char *next = NULL;
      int rc;

      if (sqlite3_prepare_v2 (db, tail, -1, &stmt, &next) != SQLITE_OK)
        {
          g_set_error (error, TF_ERROR, TF_ERROR_FAILED,
                       "Migration statement failed to prepare: %s", sqlite3_errmsg (db));
          return FALSE;
        }
      tail = next;
      if (stmt == NULL)   /* only whitespace or comments left */
        continue;
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        ;
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        {
          g_set_error (error, TF_ERROR, TF_ERROR_FAILED,
                       "Migration statement failed: %s", sqlite3_errmsg (db));
          return FALSE;
        }
    }
  return TRUE;
}

/* A pragma or other fixed statement whose result is one integer. */
gint64
_tf_store_query_int (sqlite3    *db,
                     const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value = -1;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

/* Whether the file is already in WAL mode, so setting it writes nothing. */
gboolean
_tf_store_is_wal (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  gboolean wal = FALSE;

  if (sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL) == SQLITE_OK &&
      sqlite3_step (stmt) == SQLITE_ROW)
    wal = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "wal") == 0;
  sqlite3_finalize (stmt);
  return wal;
}

gboolean
_tf_store_exec_fixed (sqlite3     *db,
                      const char  *sql,
                      GError     **error)
{
  return _tf_store_run_script (db, sql, error);
}

/* Runs quick_check on @db. Returns NULL when the file is sound, else the
 * first problem SQLite found. */
char *
_tf_store_quick_check (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  char *failure = NULL;
  int rc;

  if (sqlite3_prepare_v2 (db, "PRAGMA quick_check(1)", -1, &stmt, NULL) != SQLITE_OK)
    return g_strdup (sqlite3_errmsg (db));
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      const char *result = (const char *) sqlite3_column_text (stmt, 0);
      if (g_strcmp0 (result, "ok") != 0)
        failure = g_strdup (result);
    }
  else
    failure = g_strdup (sqlite3_errmsg (db));
  sqlite3_finalize (stmt);
  return failure;
}

/* SQLite's locking is not safe on network file systems: refuse them. */
gboolean
_tf_store_check_location (const char  *path,
                          GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  struct statfs st;

  if (statfs (dir, &st) != 0)
    return TRUE;   /* the open itself will report a missing folder */

  switch ((unsigned long) st.f_type)
    {
    case 0x6969UL:      /* NFS */
    case 0x517BUL:      /* SMB */
    case 0xFF534D42UL:  /* CIFS */
    case 0xFE534D42UL:  /* SMB2 */
    case 0x65735546UL:  /* FUSE (sshfs and the like) */
      g_set_error (error, TF_ERROR, TF_ERROR_UNSAFE_LOCATION,
                   _("The store %s is on a network drive, where several desks can damage it. "
                     "Keep the store on the disk of the machine every desk logs in to."),
                   path);
      return FALSE;
    default:
      return TRUE;
    }
}

/* Creates the file with mode 0600 before SQLite touches it: it holds
 * children's data. SQLite gives the -wal and -shm files the same mode. */
gboolean
_tf_store_create_private_file (const char  *path,
                               GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Cannot create the folder %s: %s"), dir, g_strerror (saved));
      return FALSE;
    }
  fd = g_open (path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0 && errno != EEXIST)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Cannot create the store %s: %s"), path, g_strerror (saved));
      return FALSE;
    }
  if (fd >= 0)
    close (fd);
  return TRUE;
}

/* An existing non-empty file must start with SQLite's magic header. */
gboolean
_tf_store_looks_like_sqlite (const char  *path,
                             GError     **error)
{
  static const char magic[16] = "SQLite format 3";
  char header[16] = { 0 };
  FILE *f = g_fopen (path, "rb");
  size_t n;

  if (f == NULL)
    return TRUE;
  n = fread (header, 1, sizeof header, f);
  fclose (f);
  if (n == 0 || memcmp (header, magic, sizeof magic) == 0)
    return TRUE;
  g_set_error (error, TF_ERROR, TF_ERROR_NOT_A_STORE,
               _("%s is not a Taskforce store. Nothing has been changed in it."), path);
  return FALSE;
}

GListModel *
tf_store_collect (TfStore      *self,
                  TfStmt       *stmt,
                  GType         item_type,
                  TfRowReader   from_row,
                  GError      **error)
{
  g_autoptr(GListStore) list = g_list_store_new (item_type);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(GObject) item = from_row (stmt);
      g_list_store_append (list, item);
    }
  if (rc != SQLITE_DONE)
    {
      tf_store_set_error (self, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

gpointer
tf_store_load_one (TfStore      *self,
                   TfStmt       *stmt,
                   TfRowReader   from_row,
                   const char   *not_found,
                   GError      **error)
{
  switch (sqlite3_step (stmt))
    {
    case SQLITE_ROW:
      return from_row (stmt);
    case SQLITE_DONE:
      g_set_error_literal (error, TF_ERROR, TF_ERROR_NOT_FOUND, not_found);
      return NULL;
    default:
      tf_store_set_error (self, error);
      return NULL;
    }
}
