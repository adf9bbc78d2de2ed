/* tf-record-store.c — saving, deleting and loading records and interventions
 *
 * One table (record) for every form; each change first copies the current
 * row to record_history, a delete only marks the row, and the audit log gets
 * which form, never the values.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-record-private.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

/* Saving */

/* {"form":"…"}: which form, never the values — the audit log must not
 * become a second copy of the data. */
static char *
audit_detail (const char *form_id)
{
  GString *json = g_string_new ("{\"form\":");

  tf_json_append_string (json, form_id);
  g_string_append_c (json, '}');
  return g_string_free (json, FALSE);
}

/* The date that dates the record: the form's date field, else the start of
 * an intervention, else the date it already has, else today. */
static char *
record_date (TfRecord *self,
             TfForm   *form)
{
  const char *date_field = tf_form_get_date_field (form);
  const char *value = NULL;

  if (date_field != NULL && tf_form_values_has (self->values, date_field))
    value = tf_form_values_get_string (self->values, date_field);
  if (value != NULL && tf_iso_date_is_valid (value))
    return g_strdup (value);
  if (self->is_intervention && self->starts_on != NULL)
    return g_strdup (self->starts_on);
  if (self->date != NULL)
    return g_strdup (self->date);
  return tf_today_iso ();
}

static gboolean
check_case_exists (TfStore  *store,
                   gint64    case_id,
                   GError  **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store, "SELECT 1 FROM cases WHERE id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return TRUE;
  g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND, _("The case no longer exists in the store."));
  return FALSE;
}

/* Binds ?1..?9, shared by the INSERT and the UPDATE: the date, the values
 * and, for interventions, status, period, costs and budget area. */
static void
bind_content (TfStmt     *stmt,
              TfRecord   *self,
              TfForm     *form,
              const char *date,
              const char *json)
{
  sqlite3_bind_text (stmt, 1, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, json, -1, SQLITE_TRANSIENT);
  if (self->is_intervention)
    {
      sqlite3_bind_text (stmt, 3, tf_intervention_status_to_id (self->status), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, self->starts_on, -1, SQLITE_TRANSIENT);
      tf_stmt_bind_text_or_null (stmt, 5, self->ends_on);
      sqlite3_bind_int64 (stmt, 6, self->planned_cost);
      sqlite3_bind_int64 (stmt, 7, self->actual_cost);
      tf_stmt_bind_text_or_null (stmt, 8, tf_form_get_budget_area (form));
    }
  /* Records leave 3..8 NULL. */
  sqlite3_bind_int64 (stmt, 9, tf_now_seconds ());
}

static gint64
insert_record (TfSession   *session,
               TfRecord    *self,
               TfForm      *form,
               const char  *date,
               const char  *json,
               GError     **error)
{
  TfStore *store = tf_session_get_store (session);
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "INSERT INTO record (recorded_on, vals, status, starts_on, ends_on, planned_cost, actual_cost, "
    "                    budget_area, created_at, updated_at, case_id, area, form, category, author_id) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?10, ?11, ?12, ?13, ?14)", error);

  if (stmt == NULL)
    return 0;
  bind_content (stmt, self, form, date, json);
  sqlite3_bind_int64 (stmt, 10, self->case_id);
  sqlite3_bind_text (stmt, 11, self->area_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 12, self->form_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 13, self->is_intervention ? "intervention" : "record", -1, SQLITE_STATIC);
  tf_stmt_bind_staff_id (stmt, 14, tf_session_get_staff_id (session));
  if (!tf_store_step_done (store, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (tf_store_get_db (store));
}

/* Why an UPDATE or DELETE … AND version = ? touched no row. */
static void
set_stale_error (TfStore  *store,
                 gint64    id,
                 GError  **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT 1 FROM record WHERE id = ?1 AND deleted_at IS NULL", NULL);

  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, id);
  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    g_set_error (error, TF_ERROR, TF_ERROR_CONFLICT,
                 _("Someone else has changed this record since you opened it."));
  else
    g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND,
                 _("The record no longer exists in the store."));
}

static gboolean
update_record (TfSession   *session,
               TfRecord    *self,
               TfForm      *form,
               const char  *date,
               const char  *json,
               GError     **error)
{
  TfStore *store = tf_session_get_store (session);
  g_autoptr(TfStmt) history = NULL;
  g_autoptr(TfStmt) stmt = NULL;

  /* The version about to be replaced goes to the history first. Nothing is
   * copied when the version is stale; the UPDATE below then reports it. */
  history = tf_store_prepare (store,
    "INSERT INTO record_history (record_id, version, recorded_on, vals, status, starts_on, ends_on, "
    "                            planned_cost, actual_cost, author_id, changed_at) "
    "SELECT id, version, recorded_on, vals, status, starts_on, ends_on, planned_cost, actual_cost, "
    "       author_id, ?3 "
    "FROM record WHERE id = ?1 AND version = ?2 AND deleted_at IS NULL", error);
  if (history == NULL)
    return FALSE;
  sqlite3_bind_int64 (history, 1, self->id);
  sqlite3_bind_int64 (history, 2, self->version);
  sqlite3_bind_int64 (history, 3, tf_now_seconds ());
  if (!tf_store_step_done (store, history, error))
    return FALSE;

  stmt = tf_store_prepare (store,
    "UPDATE record SET recorded_on = ?1, vals = ?2, status = ?3, starts_on = ?4, ends_on = ?5, "
    "  planned_cost = ?6, actual_cost = ?7, budget_area = ?8, updated_at = ?9, "
    "  author_id = ?10, version = version + 1 "
    "WHERE id = ?11 AND version = ?12 AND deleted_at IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  bind_content (stmt, self, form, date, json);
  tf_stmt_bind_staff_id (stmt, 10, tf_session_get_staff_id (session));
  sqlite3_bind_int64 (stmt, 11, self->id);
  sqlite3_bind_int64 (stmt, 12, self->version);
  if (!tf_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (tf_store_get_db (store)) == 0)
    {
      set_stale_error (store, self->id, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
tf_record_save (TfSession  *session,
                TfRecord   *self,
                TfForm     *form,
                GError    **error)
{
  TfStore *store;
  g_autoptr(GHashTable) errors = NULL;
  g_autoptr(TfTransaction) tx = NULL;
  g_autofree char *date = NULL;
  g_autofree char *json = NULL;
  g_autofree char *detail = NULL;
  gboolean is_new;
  gint64 id;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (TF_IS_RECORD (self), FALSE);
  g_return_val_if_fail (TF_IS_FORM (form), FALSE);
  g_return_val_if_fail (g_strcmp0 (tf_form_get_id (form), self->form_id) == 0, FALSE);

  errors = tf_record_validate (self, form);
  if (errors != NULL)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID, _tf_record_first_error (errors, form));
      return FALSE;
    }
  is_new = self->id == 0;
  if (!tf_access_check_case (session, is_new ? TF_ACCESS_CREATE : TF_ACCESS_EDIT,
                             self->case_id, error))
    return FALSE;

  date = record_date (self, form);
  json = tf_form_values_to_json (self->values);
  detail = audit_detail (self->form_id);

  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL || !check_case_exists (store, self->case_id, error))
    return FALSE;
  if (is_new)
    {
      id = insert_record (session, self, form, date, json, error);
      if (id == 0)
        return FALSE;
    }
  else
    {
      id = self->id;
      if (!update_record (session, self, form, date, json, error))
        return FALSE;
    }
  if (!tf_audit_record (session, is_new ? "create" : "update", "record", id, self->case_id,
                        detail, error))
    return FALSE;
  tf_transaction_changed (tx, "record", self->case_id);
  if (!tf_transaction_commit (tx, error))
    return FALSE;

  _tf_record_set_saved (self, id, date, tf_session_get_staff_name (session));
  return TRUE;
}

gboolean
tf_record_delete (TfSession  *session,
                  TfRecord   *self,
                  GError    **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (TF_IS_RECORD (self), FALSE);
  g_return_val_if_fail (self->id > 0, FALSE);

  if (!tf_access_check_case (session, TF_ACCESS_DELETE, self->case_id, error))
    return FALSE;

  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  /* Soft: the row stays for the history and the audit; lists leave it out.
   * A record another desk has changed meanwhile is not deleted unseen. */
  stmt = tf_store_prepare (store,
    "UPDATE record SET deleted_at = ?1, updated_at = ?1 "
    "WHERE id = ?2 AND version = ?3 AND deleted_at IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, tf_now_seconds ());
  sqlite3_bind_int64 (stmt, 2, self->id);
  sqlite3_bind_int64 (stmt, 3, self->version);
  if (!tf_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (tf_store_get_db (store)) == 0)
    {
      set_stale_error (store, self->id, error);
      return FALSE;
    }
  detail = audit_detail (self->form_id);
  if (!tf_audit_record (session, "delete", "record", self->id, self->case_id, detail, error))
    return FALSE;
  tf_transaction_changed (tx, "record", self->case_id);
  return tf_transaction_commit (tx, error);
}

/* Loading */

/* The columns both lists select, in this order. */
static TfRecord *
record_from_row (TfStmt  *stmt,
                 GError **error)
{
  g_autoptr(TfRecord) self = g_object_new (TF_TYPE_RECORD, NULL);
  g_autoptr(GError) local_error = NULL;
  const char *json = (const char *) sqlite3_column_text (stmt, 6);
  int status;

  self->id = sqlite3_column_int64 (stmt, 0);
  self->case_id = sqlite3_column_int64 (stmt, 1);
  self->area_id = tf_stmt_dup_text (stmt, 2);
  self->form_id = tf_stmt_dup_text (stmt, 3);
  self->is_intervention = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 4),
                                     "intervention") == 0;
  self->date = tf_stmt_dup_text (stmt, 5);
  self->values = tf_form_values_new_from_json (json != NULL ? json : "{}", &local_error);
  if (self->values == NULL)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_DAMAGED,
                   _("A stored record cannot be read: %s"), local_error->message);
      return NULL;
    }
  status = tf_intervention_status_from_id ((const char *) sqlite3_column_text (stmt, 7));
  self->status = status < 0 ? TF_INTERVENTION_PLANNED : (TfInterventionStatus) status;
  self->starts_on = tf_stmt_dup_text (stmt, 8);
  self->ends_on = tf_stmt_dup_text (stmt, 9);
  self->planned_cost = sqlite3_column_int64 (stmt, 10);
  self->actual_cost = sqlite3_column_int64 (stmt, 11);
  self->version = sqlite3_column_int64 (stmt, 12);
  self->author_name = tf_stmt_dup_text (stmt, 13);
  return g_steal_pointer (&self);
}

static GListModel *
collect_records (TfStore  *store,
                 TfStmt   *stmt,
                 GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (TF_TYPE_RECORD);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TfRecord) record = record_from_row (stmt, error);

      if (record == NULL)
        return NULL;
      g_list_store_append (list, record);
    }
  if (rc != SQLITE_DONE)
    {
      tf_store_set_error (store, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
tf_record_list_for_case (TfSession   *session,
                         gint64       case_id,
                         const char  *area_id,
                         const char  *form_id,
                         GError     **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_case (session, TF_ACCESS_VIEW, case_id, error))
    return NULL;
  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store,
    "SELECT r.id, r.case_id, r.area, r.form, r.category, r.recorded_on, r.vals, r.status, "
    "       r.starts_on, r.ends_on, r.planned_cost, r.actual_cost, r.version, s.name "
    "FROM record r LEFT JOIN staff_member s ON s.id = r.author_id "
    "WHERE r.case_id = ?1 AND r.deleted_at IS NULL "
    "  AND (?2 IS NULL OR r.area = ?2) AND (?3 IS NULL OR r.form = ?3) "
    "ORDER BY r.recorded_on DESC, r.id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  tf_stmt_bind_text_or_null (stmt, 2, area_id);
  tf_stmt_bind_text_or_null (stmt, 3, form_id);
  return collect_records (store, stmt, error);
}

GListModel *
tf_record_list_history (TfSession  *session,
                        gint64      record_id,
                        GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) owner = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  gint64 case_id;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  store = tf_session_get_store (session);
  owner = tf_store_prepare (store, "SELECT case_id FROM record WHERE id = ?1", error);
  if (owner == NULL)
    return NULL;
  sqlite3_bind_int64 (owner, 1, record_id);
  if (sqlite3_step (owner) != SQLITE_ROW)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND,
                   _("The record no longer exists in the store."));
      return NULL;
    }
  case_id = sqlite3_column_int64 (owner, 0);
  if (!tf_access_check_case (session, TF_ACCESS_VIEW, case_id, error))
    return NULL;

  stmt = tf_store_prepare (store,
    "SELECT h.record_id, r.case_id, r.area, r.form, r.category, h.recorded_on, h.vals, h.status, "
    "       h.starts_on, h.ends_on, h.planned_cost, h.actual_cost, h.version, s.name "
    "FROM record_history h JOIN record r ON r.id = h.record_id "
    "LEFT JOIN staff_member s ON s.id = h.author_id "
    "WHERE h.record_id = ?1 ORDER BY h.version DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, record_id);
  return collect_records (store, stmt, error);
}
