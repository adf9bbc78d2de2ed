/* tf-audit.c — the append-only audit log (adgangslog)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-audit.h"
#include "tf-format.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

gboolean
tf_audit_record (TfSession   *session,
                 const char  *action,
                 const char  *entity,
                 gint64       entity_id,
                 gint64       case_id,
                 const char  *detail_json,
                 GError     **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (action != NULL && entity != NULL, FALSE);

  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store,
    "INSERT INTO audit_event (at, staff_id, login, action, entity, entity_id, case_id, detail) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, tf_now_seconds ());
  if (tf_session_get_staff_id (session) > 0)
    sqlite3_bind_int64 (stmt, 2, tf_session_get_staff_id (session));
  sqlite3_bind_text (stmt, 3, tf_session_get_login (session), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, action, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, entity, -1, SQLITE_TRANSIENT);
  if (entity_id > 0)
    sqlite3_bind_int64 (stmt, 6, entity_id);
  if (case_id > 0)
    sqlite3_bind_int64 (stmt, 7, case_id);
  tf_stmt_bind_text_or_null (stmt, 8, detail_json);
  return tf_store_step_done (store, stmt, error);
}

gint64
tf_audit_count (TfSession  *session,
                const char *action,
                const char *entity)
{
  g_autoptr(TfStmt) stmt = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), -1);

  stmt = tf_store_prepare (tf_session_get_store (session),
    "SELECT count(*) FROM audit_event WHERE (?1 IS NULL OR action = ?1) AND (?2 IS NULL OR entity = ?2)",
    NULL);
  if (stmt == NULL)
    return -1;
  tf_stmt_bind_text_or_null (stmt, 1, action);
  tf_stmt_bind_text_or_null (stmt, 2, entity);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return -1;
  return sqlite3_column_int64 (stmt, 0);
}

/**
 * tf_audit_describe_last_change:
 * @entity: the audit log's entity name ("case", "consent", "assessment", ...)
 * @entity_id: its id
 * @case_id: the case it belongs to (the log is indexed by case), 0 for none
 *
 * Who last changed a thing and when, for telling the second of two desks
 * whose save it would overwrite ("Mette Holm, 3. dec. 2026 at 14:32").
 *
 * Returns: (transfer full) (nullable): the translated text, or %NULL when
 *   the log has no change of it
 */
char *
tf_audit_describe_last_change (TfSession  *session,
                               const char *entity,
                               gint64      entity_id,
                               gint64      case_id)
{
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autofree char *day = NULL;
  g_autofree char *day_text = NULL;
  g_autofree char *clock = NULL;
  const char *who;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (entity != NULL, NULL);

  stmt = tf_store_prepare (tf_session_get_store (session),
    "SELECT coalesce (s.name, a.login), a.at FROM audit_event a "
    "LEFT JOIN staff_member s ON s.id = a.staff_id "
    "WHERE a.case_id IS ?1 AND a.entity = ?2 AND a.entity_id = ?3 AND a.action <> 'view' "
    "ORDER BY a.at DESC, a.id DESC LIMIT 1", NULL);
  if (stmt == NULL)
    return NULL;
  if (case_id > 0)   /* else NULL: things outside a case, such as a young person */
    sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_text (stmt, 2, entity, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, entity_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  who = (const char *) sqlite3_column_text (stmt, 0);
  when = g_date_time_new_from_unix_local (sqlite3_column_int64 (stmt, 1));
  if (when == NULL)
    return g_strdup (who);
  day = g_date_time_format (when, "%Y-%m-%d");
  day_text = tf_format_date (day);
  clock = g_date_time_format (when, "%H:%M");
  /* Translators: who last saved something and when: "Mette Holm, 3. dec. 2026 at 14:32" */
  return g_strdup_printf (_("%s, %s at %s"), who, day_text, clock);
}
