/* tf-store-backup.c — online backup of a TfStore, and restoring one
 *
 * Its own file because backup and restore are whole-file operations with
 * their own checks on the backup; they use the store only through its
 * sqlite3 handle, the shared helpers and the migrations.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "tf-error.h"
#include "tf-store-private.h"

static gboolean
copy_database (sqlite3       *from,
               sqlite3       *to,
               GCancellable  *cancellable,
               GError       **error)
{
  sqlite3_backup *backup = sqlite3_backup_init (to, "main", from, "main");
  int rc;

  if (backup == NULL)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_FAILED, _("Cannot start the copy: %s"),
                   sqlite3_errmsg (to));
      return FALSE;
    }
  /* Small steps, so desks writing meanwhile are held up for moments only. */
  do
    {
      rc = sqlite3_backup_step (backup, 256);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        sqlite3_sleep (20);
      if (g_cancellable_is_cancelled (cancellable))
        break;
    }
  while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  sqlite3_backup_finish (backup);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (rc != SQLITE_DONE)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_FAILED, _("The copy failed: %s"),
                   sqlite3_errstr (rc));
      return FALSE;
    }
  return TRUE;
}

/**
 * tf_store_backup:
 * @dest_path: the backup file; replaced if it exists
 *
 * Copies the store while it is in use (SQLite's online backup), to a file
 * created with mode 0600.
 */
gboolean
tf_store_backup (TfStore       *self,
                 const char    *dest_path,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autofree char *tmp_path = g_strconcat (dest_path, ".partial", NULL);
  sqlite3 *dest = NULL;
  gboolean ok;

  g_return_val_if_fail (TF_IS_STORE (self), FALSE);

  g_unlink (tmp_path);
  if (!_tf_store_create_private_file (tmp_path, error))
    return FALSE;
  if (sqlite3_open_v2 (tmp_path, &dest, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_FAILED, _("Cannot write the backup %s: %s"),
                   dest_path, sqlite3_errmsg (dest));
      sqlite3_close_v2 (dest);
      g_unlink (tmp_path);
      return FALSE;
    }
  ok = copy_database (tf_store_get_db (self), dest, cancellable, error);
  /* A backup is one self-contained file: no -wal beside it. */
  if (ok)
    ok = _tf_store_exec_fixed (dest, "PRAGMA journal_mode = DELETE", error);
  sqlite3_close_v2 (dest);
  if (ok && g_rename (tmp_path, dest_path) != 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Cannot write the backup %s: %s"), dest_path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    g_unlink (tmp_path);
  return ok;
}

/**
 * tf_store_restore:
 * @store_path: the store to replace (it may be open at other desks; they see
 *   the restored contents)
 * @backup_path: a backup made by tf_store_backup()
 *
 * Refuses a backup that fails quick_check, is not a store, or comes from a
 * newer program; the store is then left as it was.
 */
gboolean
tf_store_restore (const char  *store_path,
                  const char  *backup_path,
                  GError     **error)
{
  g_autoptr(TfStore) target = NULL;
  sqlite3 *source = NULL;
  g_autofree char *failure = NULL;
  gint64 version;
  gboolean ok = FALSE;

  if (!g_file_test (backup_path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND, _("There is no backup at %s."), backup_path);
      return FALSE;
    }
  if (!_tf_store_looks_like_sqlite (backup_path, error))
    return FALSE;
  if (sqlite3_open_v2 (backup_path, &source, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_NOT_A_STORE, _("Cannot read the backup %s: %s"),
                   backup_path, sqlite3_errmsg (source));
      goto out;
    }
  failure = _tf_store_quick_check (source);
  if (failure != NULL)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_DAMAGED,
                   _("The backup %s is damaged (%s). The store has not been changed."),
                   backup_path, failure);
      goto out;
    }
  version = _tf_store_query_int (source, "PRAGMA user_version");
  if (version < 1 || version > TF_STORE_SCHEMA_VERSION ||
      _tf_store_query_int (source, "SELECT count(*) FROM sqlite_schema WHERE name = 'audit_event'") != 1)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_NOT_A_STORE,
                   _("%s is not a backup this version of Taskforce can restore. The store has not been changed."),
                   backup_path);
      goto out;
    }
  target = tf_store_open (store_path, TF_STORE_OPEN_DEFAULT, error);
  if (target == NULL)
    goto out;
  ok = copy_database (source, tf_store_get_db (target), NULL, error);
  if (ok && version < TF_STORE_SCHEMA_VERSION)
    ok = _tf_store_apply_migrations (target, (int) version, error);

out:
  sqlite3_close_v2 (source);
  return ok;
}
