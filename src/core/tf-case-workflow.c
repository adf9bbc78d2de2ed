/* tf-case-workflow.c — a case's way through the screening funnel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-case-workflow.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

/* The funnel in one place: from each status, where a case may go next.
 * Declined and not relevant may start over as a new referral (a new worry);
 * closed is final. */
typedef struct
{
  guint        n;
  TfCaseStatus next[3];
} Moves;

static const Moves moves[TF_N_CASE_STATUSES] = {
  [TF_CASE_STATUS_REFERRED] = { 2, { TF_CASE_STATUS_RELEVANT, TF_CASE_STATUS_NOT_RELEVANT } },
  [TF_CASE_STATUS_NOT_RELEVANT] = { 1, { TF_CASE_STATUS_REFERRED } },
  [TF_CASE_STATUS_RELEVANT] = { 2, { TF_CASE_STATUS_OFFERED, TF_CASE_STATUS_NOT_RELEVANT } },
  [TF_CASE_STATUS_OFFERED] = { 3, { TF_CASE_STATUS_ACCEPTED, TF_CASE_STATUS_DECLINED,
                                    TF_CASE_STATUS_IN_PROCESS } },
  [TF_CASE_STATUS_ACCEPTED] = { 2, { TF_CASE_STATUS_ACTIVE, TF_CASE_STATUS_DECLINED } },
  [TF_CASE_STATUS_DECLINED] = { 1, { TF_CASE_STATUS_REFERRED } },
  [TF_CASE_STATUS_IN_PROCESS] = { 2, { TF_CASE_STATUS_ACCEPTED, TF_CASE_STATUS_DECLINED } },
  [TF_CASE_STATUS_ACTIVE] = { 2, { TF_CASE_STATUS_PAUSED, TF_CASE_STATUS_CLOSED } },
  [TF_CASE_STATUS_PAUSED] = { 2, { TF_CASE_STATUS_ACTIVE, TF_CASE_STATUS_CLOSED } },
  [TF_CASE_STATUS_CLOSED] = { 0, { 0 } },
};

const TfCaseStatus *
tf_case_workflow_next (TfCaseStatus  from,
                       guint        *n_next)
{
  g_return_val_if_fail (from < TF_N_CASE_STATUSES, NULL);
  g_return_val_if_fail (n_next != NULL, NULL);

  *n_next = moves[from].n;
  return moves[from].next;
}

gboolean
tf_case_workflow_allows (TfCaseStatus from,
                         TfCaseStatus to)
{
  if (from >= TF_N_CASE_STATUSES)
    return FALSE;
  for (guint i = 0; i < moves[from].n; i++)
    if (moves[from].next[i] == to)
      return TRUE;
  return FALSE;
}

/* What a check needs to know of the stored case. */
typedef struct
{
  TfCaseStatus  status;
  char         *referral_date;
  char         *latest_change;   /* the newest history row's date */
  gboolean      was_active;
} CaseState;

static void
case_state_clear (CaseState *state)
{
  g_clear_pointer (&state->referral_date, g_free);
  g_clear_pointer (&state->latest_change, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CaseState, case_state_clear)

static gboolean
load_state (TfStore    *store,
            gint64      case_id,
            CaseState  *state,
            GError    **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  int status;

  stmt = tf_store_prepare (store,
    "SELECT c.status, c.referral_date, "
    "       (SELECT max (valid_from) FROM case_status_history WHERE case_id = c.id), "
    "       EXISTS (SELECT 1 FROM case_status_history "
    "               WHERE case_id = c.id AND kind = 'status' AND status = 'active') "
    "FROM cases c WHERE c.id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND, _("The case no longer exists in the store."));
      return FALSE;
    }
  status = tf_case_status_from_id ((const char *) sqlite3_column_text (stmt, 0));
  state->status = status < 0 ? TF_CASE_STATUS_REFERRED : (TfCaseStatus) status;
  state->referral_date = tf_stmt_dup_text (stmt, 1);
  state->latest_change = tf_stmt_dup_text (stmt, 2);
  state->was_active = sqlite3_column_int (stmt, 3) != 0;
  return TRUE;
}

static gboolean
refuse (TfStatusField *field,
        TfStatusField  which,
        GError       **error,
        const char    *format,
        ...) G_GNUC_PRINTF (4, 5);

static gboolean
refuse (TfStatusField *field,
        TfStatusField  which,
        GError       **error,
        const char    *format,
        ...)
{
  va_list args;

  if (field != NULL)
    *field = which;
  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (TF_ERROR, TF_ERROR_INVALID, format, args);
  va_end (args);
  return FALSE;
}

/* The date rules shared by status and motivation changes: a real date, not
 * in the future, and not before the referral or the history's newest row
 * (the history reads as a timeline). */
static gboolean
check_date (const CaseState  *state,
            const char       *date,
            const char       *today,
            TfStatusField    *field,
            GError          **error)
{
  if (!tf_iso_date_is_valid (date))
    return refuse (field, TF_STATUS_FIELD_DATE, error,
                   _("Write the date as day.month.year, for example 3.12.2025"));
  if (g_strcmp0 (date, today) > 0)
    return refuse (field, TF_STATUS_FIELD_DATE, error,
                   _("The date cannot be in the future."));
  if (state->referral_date != NULL && strcmp (date, state->referral_date) < 0)
    {
      g_autofree char *shown = tf_format_date (state->referral_date);
      return refuse (field, TF_STATUS_FIELD_DATE, error,
                     _("The date cannot be before the referral on %s."), shown);
    }
  if (state->latest_change != NULL && strcmp (date, state->latest_change) < 0)
    {
      g_autofree char *shown = tf_format_date (state->latest_change);
      return refuse (field, TF_STATUS_FIELD_DATE, error,
                     _("The date cannot be before the latest change in the history, on %s."),
                     shown);
    }
  return TRUE;
}

static gboolean
id_in (const char * const *ids,
       const char         *id)
{
  return id != NULL && g_strv_contains (ids, id);
}

static gboolean
check_request (const CaseState              *state,
               const TfStatusChangeRequest  *request,
               const char                   *date,
               const char                   *today,
               TfStatusField                *field,
               GError                      **error)
{
  TfCaseStatus to = request->status;
  g_autofree char *reason = tf_strdup_stripped (request->reason);

  if (to >= TF_N_CASE_STATUSES)
    return refuse (field, TF_STATUS_FIELD_STATUS, error, _("Choose the new status."));
  if (state->status == TF_CASE_STATUS_CLOSED)
    return refuse (field, TF_STATUS_FIELD_STATUS, error,
                   _("The case is closed. A closed case cannot change status; a new worry is a new referral."));
  if (to == state->status)
    return refuse (field, TF_STATUS_FIELD_STATUS, error,
                   _("The case already has the status “%s”."), tf_case_status_label (to));
  /* Checked before the table so the message says why, whichever status
   * the case is at; the table only closes from active or paused anyway. */
  if (to == TF_CASE_STATUS_CLOSED && !state->was_active)
    return refuse (field, TF_STATUS_FIELD_STATUS, error,
                   _("A case that was never active cannot be closed."));
  if (!tf_case_workflow_allows (state->status, to))
    return refuse (field, TF_STATUS_FIELD_STATUS, error,
                   _("A case with the status “%s” cannot move to “%s”."),
                   tf_case_status_label (state->status), tf_case_status_label (to));

  if (!check_date (state, date, today, field, error))
    return FALSE;

  if (to == TF_CASE_STATUS_CLOSED)
    {
      if (request->reason_code == NULL)
        return refuse (field, TF_STATUS_FIELD_REASON_CODE, error, _("Choose why the case is closed."));
      if (!id_in (tf_closing_reason_ids (), request->reason_code))
        return refuse (field, TF_STATUS_FIELD_REASON_CODE, error,
                       _("“%s” is not a known closing reason."), request->reason_code);
    }
  else if (to == TF_CASE_STATUS_NOT_RELEVANT)
    {
      if (request->reason_code == NULL)
        return refuse (field, TF_STATUS_FIELD_REASON_CODE, error,
                       _("Choose why the screening found the case not relevant."));
      if (!id_in (tf_screening_reason_ids (), request->reason_code))
        return refuse (field, TF_STATUS_FIELD_REASON_CODE, error,
                       _("“%s” is not a known screening reason."), request->reason_code);
      if (g_str_equal (request->reason_code, "other") && reason == NULL)
        return refuse (field, TF_STATUS_FIELD_REASON, error,
                       _("Write the reason when it is “Other reason”."));
    }

  if (request->motivation < 0 || request->motivation > 3)
    return refuse (field, TF_STATUS_FIELD_MOTIVATION, error,
                   _("The motivation category is 1, 2 or 3."));
  return TRUE;
}

gboolean
tf_case_check_status_change (TfSession                    *session,
                             gint64                        case_id,
                             const TfStatusChangeRequest  *request,
                             TfStatusField                *field,
                             GError                      **error)
{
  g_auto(CaseState) state = { 0 };
  g_autofree char *today = tf_today_iso ();

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (request != NULL, FALSE);

  if (field != NULL)
    *field = TF_STATUS_FIELD_NONE;
  if (!tf_access_check_case (session, TF_ACCESS_EDIT, case_id, error))
    return FALSE;
  if (!load_state (tf_session_get_store (session), case_id, &state, error))
    return FALSE;
  return check_request (&state, request, request->valid_from ? request->valid_from : today,
                        today, field, error);
}

static gboolean
insert_history (TfSession   *session,
                gint64       case_id,
                const char  *kind,
                TfCaseStatus status,
                const char  *date,
                const char  *reason_code,
                const char  *reason,
                int          motivation,
                GError     **error)
{
  TfStore *store = tf_session_get_store (session);
  g_autoptr(TfStmt) stmt = NULL;

  stmt = tf_store_prepare (store,
    "INSERT INTO case_status_history (case_id, kind, status, valid_from, changed_at, staff_id, "
    "                                 reason_code, reason, motivation) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, tf_case_status_to_id (status), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, tf_now_seconds ());
  if (tf_session_get_staff_id (session) > 0)
    sqlite3_bind_int64 (stmt, 6, tf_session_get_staff_id (session));
  tf_stmt_bind_text_or_null (stmt, 7, reason_code);
  tf_stmt_bind_text_or_null (stmt, 8, reason);
  if (motivation > 0)
    sqlite3_bind_int (stmt, 9, motivation);
  return tf_store_step_done (store, stmt, error);
}

static gboolean
refuse_conflict (GError **error)
{
  g_set_error (error, TF_ERROR, TF_ERROR_CONFLICT,
               _("Someone else changed the case after you opened it."));
  return FALSE;
}

static char *
audit_detail (const char *from,
              const char *to,
              const char *date,
              int         motivation)
{
  GString *out = g_string_new ("{\"from\":");

  tf_json_append_string (out, from);
  g_string_append (out, ",\"to\":");
  tf_json_append_string (out, to);
  g_string_append (out, ",\"valid_from\":");
  tf_json_append_string (out, date);
  if (motivation > 0)
    g_string_append_printf (out, ",\"motivation\":%d", motivation);
  g_string_append_c (out, '}');
  return g_string_free (out, FALSE);
}

gboolean
tf_case_change_status (TfSession                    *session,
                       gint64                        case_id,
                       gint64                        expected_version,
                       const TfStatusChangeRequest  *request,
                       GError                      **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  g_auto(CaseState) state = { 0 };
  g_autofree char *today = tf_today_iso ();
  g_autofree char *reason = NULL;
  g_autofree char *detail = NULL;
  const char *date;
  const char *code = NULL;
  TfCaseStatus to;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (request != NULL, FALSE);

  if (!tf_access_check_case (session, TF_ACCESS_EDIT, case_id, error))
    return FALSE;
  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  /* Checked inside the transaction: what is checked is what is written on. */
  if (!load_state (store, case_id, &state, error))
    return FALSE;
  date = request->valid_from != NULL ? request->valid_from : today;
  if (!check_request (&state, request, date, today, NULL, error))
    return FALSE;

  to = request->status;
  if (to == TF_CASE_STATUS_CLOSED || to == TF_CASE_STATUS_NOT_RELEVANT)
    code = request->reason_code;
  reason = tf_strdup_stripped (request->reason);

  /* closed_on and the reasons describe the status the case is at, so a
   * move elsewhere clears them (closed is final, so only a re-referral
   * ever leaves not relevant). */
  stmt = tf_store_prepare (store,
    "UPDATE cases SET status = ?1, version = version + 1, updated_at = ?2, "
    "  closed_on = ?3, closing_reason = ?4, screening_reason = ?5, "
    "  motivation = coalesce (?6, motivation) "
    "WHERE id = ?7 AND version = ?8", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, tf_case_status_to_id (to), -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, tf_now_seconds ());
  tf_stmt_bind_text_or_null (stmt, 3, to == TF_CASE_STATUS_CLOSED ? date : NULL);
  tf_stmt_bind_text_or_null (stmt, 4, to == TF_CASE_STATUS_CLOSED ? code : NULL);
  tf_stmt_bind_text_or_null (stmt, 5, to == TF_CASE_STATUS_NOT_RELEVANT ? code : NULL);
  if (request->motivation > 0)
    sqlite3_bind_int (stmt, 6, request->motivation);
  sqlite3_bind_int64 (stmt, 7, case_id);
  sqlite3_bind_int64 (stmt, 8, expected_version);
  if (!tf_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (tf_store_get_db (store)) == 0)
    return refuse_conflict (error);

  if (!insert_history (session, case_id, "status", to, date, code, reason, request->motivation, error))
    return FALSE;
  detail = audit_detail (tf_case_status_to_id (state.status), tf_case_status_to_id (to), date,
                         request->motivation);
  if (!tf_audit_record (session, "update", "case", case_id, case_id, detail, error))
    return FALSE;
  tf_transaction_changed (tx, "case", case_id);
  return tf_transaction_commit (tx, error);
}

static gboolean
check_motivation (const CaseState  *state,
                  int               category,
                  const char       *date,
                  const char       *today,
                  TfStatusField    *field,
                  GError          **error)
{
  if (state->status == TF_CASE_STATUS_CLOSED)
    return refuse (field, TF_STATUS_FIELD_NONE, error,
                   _("The case is closed. Its motivation category can no longer change."));
  if (category < 1 || category > 3)
    return refuse (field, TF_STATUS_FIELD_MOTIVATION, error,
                   _("The motivation category is 1, 2 or 3."));
  return check_date (state, date, today, field, error);
}

gboolean
tf_case_check_motivation_change (TfSession      *session,
                                 gint64          case_id,
                                 int             category,
                                 const char     *valid_from,
                                 TfStatusField  *field,
                                 GError        **error)
{
  g_auto(CaseState) state = { 0 };
  g_autofree char *today = tf_today_iso ();

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);

  if (field != NULL)
    *field = TF_STATUS_FIELD_NONE;
  if (!tf_access_check_case (session, TF_ACCESS_EDIT, case_id, error))
    return FALSE;
  if (!load_state (tf_session_get_store (session), case_id, &state, error))
    return FALSE;
  return check_motivation (&state, category, valid_from != NULL ? valid_from : today, today,
                           field, error);
}

gboolean
tf_case_set_motivation (TfSession   *session,
                        gint64       case_id,
                        gint64       expected_version,
                        int          category,
                        const char  *valid_from,
                        const char  *note,
                        GError     **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  g_auto(CaseState) state = { 0 };
  g_autofree char *today = tf_today_iso ();
  g_autofree char *text = tf_strdup_stripped (note);
  g_autofree char *detail = NULL;
  const char *date = valid_from != NULL ? valid_from : today;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);

  if (!tf_access_check_case (session, TF_ACCESS_EDIT, case_id, error))
    return FALSE;
  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL || !load_state (store, case_id, &state, error))
    return FALSE;
  if (!check_motivation (&state, category, date, today, NULL, error))
    return FALSE;

  stmt = tf_store_prepare (store,
    "UPDATE cases SET motivation = ?1, version = version + 1, updated_at = ?2 "
    "WHERE id = ?3 AND version = ?4", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, category);
  sqlite3_bind_int64 (stmt, 2, tf_now_seconds ());
  sqlite3_bind_int64 (stmt, 3, case_id);
  sqlite3_bind_int64 (stmt, 4, expected_version);
  if (!tf_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (tf_store_get_db (store)) == 0)
    return refuse_conflict (error);

  if (!insert_history (session, case_id, "motivation", state.status, date, NULL, text, category, error))
    return FALSE;
  detail = audit_detail (tf_case_status_to_id (state.status), tf_case_status_to_id (state.status),
                         date, category);
  if (!tf_audit_record (session, "update", "case", case_id, case_id, detail, error))
    return FALSE;
  tf_transaction_changed (tx, "case", case_id);
  return tf_transaction_commit (tx, error);
}
