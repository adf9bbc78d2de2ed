/* tf-store-private.h — for the core's own modules: the only place SQL lives
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <sqlite3.h>

#include "tf-store.h"

G_BEGIN_DECLS

/* A cached prepared statement. Release it with g_autoptr(TfStmt) so it is
 * reset and its bindings cleared when the caller is done. */
typedef sqlite3_stmt TfStmt;

static inline void
tf_stmt_release (TfStmt *stmt)
{
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
}
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfStmt, tf_stmt_release)

/* A write transaction (BEGIN IMMEDIATE). Dropping it without commit rolls back,
 * so an early return on error never leaves half a change behind. */
typedef struct _TfTransaction TfTransaction;

TF_AVAILABLE_IN_ALL
sqlite3       *tf_store_get_db             (TfStore        *self);
TF_AVAILABLE_IN_ALL
TfStmt        *tf_store_prepare            (TfStore        *self,
                                            const char     *sql,
                                            GError        **error);
TF_AVAILABLE_IN_ALL
gboolean       tf_store_step_done          (TfStore        *self,
                                            TfStmt         *stmt,
                                            GError        **error);
TF_AVAILABLE_IN_ALL
gboolean       tf_store_set_error          (TfStore        *self,
                                            GError        **error);
TF_AVAILABLE_IN_ALL
TfTransaction *tf_store_begin              (TfStore        *self,
                                            GError        **error);
TF_AVAILABLE_IN_ALL
gboolean       tf_transaction_commit       (TfTransaction  *tx,
                                            GError        **error);
TF_AVAILABLE_IN_ALL
void           tf_transaction_free         (TfTransaction  *tx);
/* Queue a "changed" emission for after the commit. */
TF_AVAILABLE_IN_ALL
void           tf_transaction_changed      (TfTransaction  *tx,
                                            const char     *entity,
                                            gint64          id);
TF_AVAILABLE_IN_ALL
gboolean       tf_transaction_is_active    (TfStore        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfTransaction, tf_transaction_free)

/* Helpers for columns that may be NULL. */
TF_AVAILABLE_IN_ALL
void           tf_stmt_bind_text_or_null   (TfStmt         *stmt,
                                            int             index,
                                            const char     *text);
/* A staff member's id, or NULL for a session without one (an OS login not
 * mapped to staff): 0 would break the foreign key. */
static inline void
tf_stmt_bind_staff_id (TfStmt *stmt,
                       int     index,
                       gint64  staff_id)
{
  if (staff_id > 0)
    sqlite3_bind_int64 (stmt, index, staff_id);
  else
    sqlite3_bind_null (stmt, index);
}
TF_AVAILABLE_IN_ALL
char          *tf_stmt_dup_text            (TfStmt         *stmt,
                                            int             column);

/* Steps @stmt to its end, making one object of @item_type per row with
 * @from_row: the list every "list …" function of the core returns. NULL
 * with @error set when a step fails. */
typedef gpointer (*TfRowReader) (TfStmt *stmt);
GListModel    *tf_store_collect            (TfStore        *self,
                                            TfStmt         *stmt,
                                            GType           item_type,
                                            TfRowReader     from_row,
                                            GError        **error);
/* Steps @stmt once: the row read by @from_row, or NULL with @error set —
 * TF_ERROR_NOT_FOUND with @not_found (translated) when there is no row. */
gpointer       tf_store_load_one           (TfStore        *self,
                                            TfStmt         *stmt,
                                            TfRowReader     from_row,
                                            const char     *not_found,
                                            GError        **error);

/* Shared by the parts of TfStore only (tf-store.c, tf-store-sqlite.c,
 * tf-store-backup.c); not for other modules. */
gboolean       _tf_store_run_script          (sqlite3        *db,
                                              const char     *script,
                                              GError        **error);
gboolean       _tf_store_exec_fixed          (sqlite3        *db,
                                              const char     *sql,
                                              GError        **error);
gint64         _tf_store_query_int           (sqlite3        *db,
                                              const char     *sql);
gboolean       _tf_store_is_wal              (sqlite3        *db);
char          *_tf_store_quick_check         (sqlite3        *db);
gboolean       _tf_store_check_location      (const char     *path,
                                              GError        **error);
gboolean       _tf_store_create_private_file (const char     *path,
                                              GError        **error);
gboolean       _tf_store_looks_like_sqlite   (const char     *path,
                                              GError        **error);
gboolean       _tf_store_apply_migrations    (TfStore        *self,
                                              int             from,
                                              GError        **error);

G_END_DECLS
