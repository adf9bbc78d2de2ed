/* tf-session.c — who is at the desk; travels with every store call
 *
 * The operating-system login is mapped to a staff member. A login the store
 * has not seen before is registered as a staff member on first use (recorded
 * in the audit log), so every change can name its author from the start.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-audit.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-session.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

struct _TfSession
{
  GObject  parent_instance;

  TfStore *store;
  gint64   staff_id;
  char    *login;
  char    *staff_name;
  TfRole   role;
};

G_DEFINE_FINAL_TYPE (TfSession, tf_session, G_TYPE_OBJECT)

static void
tf_session_finalize (GObject *object)
{
  TfSession *self = TF_SESSION (object);

  g_clear_object (&self->store);
  g_free (self->login);
  g_free (self->staff_name);

  G_OBJECT_CLASS (tf_session_parent_class)->finalize (object);
}

static void
tf_session_class_init (TfSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_session_finalize;
}

static void
tf_session_init (TfSession *self)
{
}

static TfRole
role_from_string (const char *role)
{
  if (g_strcmp0 (role, "coordinator") == 0)
    return TF_ROLE_COORDINATOR;
  if (g_strcmp0 (role, "administrator") == 0)
    return TF_ROLE_ADMINISTRATOR;
  if (g_strcmp0 (role, "member") == 0)
    return TF_ROLE_MEMBER;
  return TF_ROLE_CASEWORKER;
}

static gboolean
lookup_staff (TfSession  *self,
              GError    **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (self->store,
    "SELECT id, name, role FROM staff_member WHERE login = ?1 AND active = 1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, self->login, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;
  self->staff_id = sqlite3_column_int64 (stmt, 0);
  self->staff_name = tf_stmt_dup_text (stmt, 1);
  self->role = role_from_string ((const char *) sqlite3_column_text (stmt, 2));
  return TRUE;
}

/* The first person on a new store coordinates it; later newcomers are
 * caseworkers until a coordinator gives them another role. */
static gboolean
register_staff (TfSession   *self,
                const char  *real_name,
                GError     **error)
{
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfStmt) count = NULL;
  g_autoptr(TfStmt) insert = NULL;
  g_autofree char *sort_key = NULL;
  const char *role;
  gint64 existing;

  tx = tf_store_begin (self->store, error);
  if (tx == NULL)
    return FALSE;

  /* Another desk may have registered this login a moment ago. */
  if (lookup_staff (self, NULL))
    return TRUE;

  count = tf_store_prepare (self->store, "SELECT count(*) FROM staff_member", error);
  if (count == NULL || sqlite3_step (count) != SQLITE_ROW)
    return tf_store_set_error (self->store, error);
  existing = sqlite3_column_int64 (count, 0);
  role = existing == 0 ? "coordinator" : "caseworker";

  if (real_name == NULL || *real_name == '\0' || g_strcmp0 (real_name, "Unknown") == 0)
    real_name = self->login;
  sort_key = tf_collate_key_da (real_name);

  insert = tf_store_prepare (self->store,
    "INSERT INTO staff_member (login, name, sort_key, role, created_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (insert == NULL)
    return FALSE;
  sqlite3_bind_text (insert, 1, self->login, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 2, real_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 3, sort_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 4, role, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (insert, 5, tf_now_seconds ());
  if (!tf_store_step_done (self->store, insert, error))
    return FALSE;

  self->staff_id = sqlite3_last_insert_rowid (tf_store_get_db (self->store));
  self->staff_name = g_strdup (real_name);
  self->role = role_from_string (role);

  if (!tf_audit_record (self, "create", "staff-member", self->staff_id, 0, NULL, error))
    return FALSE;
  tf_transaction_changed (tx, "staff-member", self->staff_id);
  return tf_transaction_commit (tx, error);
}

/**
 * tf_session_new_for_login:
 * @login: the operating-system login
 * @real_name: (nullable): the name to register a new login under
 *
 * Returns: (transfer full): a session, or %NULL with @error set
 */
TfSession *
tf_session_new_for_login (TfStore     *store,
                          const char  *login,
                          const char  *real_name,
                          GError     **error)
{
  g_autoptr(TfSession) self = NULL;

  g_return_val_if_fail (TF_IS_STORE (store), NULL);
  g_return_val_if_fail (login != NULL && *login != '\0', NULL);

  self = g_object_new (TF_TYPE_SESSION, NULL);
  self->store = g_object_ref (store);
  self->login = g_strdup (login);

  if (!lookup_staff (self, NULL) && !register_staff (self, real_name, error))
    return NULL;
  return g_steal_pointer (&self);
}

/**
 * tf_session_new_for_os_user:
 *
 * Returns: (transfer full): a session for whoever is logged in to this machine
 */
TfSession *
tf_session_new_for_os_user (TfStore  *store,
                            GError  **error)
{
  return tf_session_new_for_login (store, g_get_user_name (), g_get_real_name (), error);
}

TfStore *
tf_session_get_store (TfSession *self)
{
  g_return_val_if_fail (TF_IS_SESSION (self), NULL);
  return self->store;
}

gint64
tf_session_get_staff_id (TfSession *self)
{
  g_return_val_if_fail (TF_IS_SESSION (self), 0);
  return self->staff_id;
}

const char *
tf_session_get_login (TfSession *self)
{
  g_return_val_if_fail (TF_IS_SESSION (self), NULL);
  return self->login;
}

const char *
tf_session_get_staff_name (TfSession *self)
{
  g_return_val_if_fail (TF_IS_SESSION (self), NULL);
  return self->staff_name;
}

TfRole
tf_session_get_role (TfSession *self)
{
  g_return_val_if_fail (TF_IS_SESSION (self), TF_ROLE_MEMBER);
  return self->role;
}
