/* tf-meeting-store.c — planning, changing, cancelling and closing meetings
 *
 * Each write is one transaction with its audit event. An edit names the
 * version it started from, so a second desk never overwrites the first
 * unseen. A closed meeting's minutes are locked by the schema's triggers;
 * the checks here say so before a write meets them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-case-status.h"
#include "tf-day-private.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-meeting-private.h"
#include "tf-util-private.h"

static const char * const field_order[] = {
  "kind", "case", "held-on", "start-time", "end-time", NULL
};

const char *
tf_meeting_first_error_field (GHashTable *errors)
{
  g_return_val_if_fail (errors != NULL, NULL);

  for (guint i = 0; field_order[i] != NULL; i++)
    if (g_hash_table_contains (errors, field_order[i]))
      return field_order[i];
  return NULL;
}

static void
add_error (GHashTable **errors,
           const char  *field,
           const char  *message)
{
  if (*errors == NULL)
    *errors = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  if (!g_hash_table_contains (*errors, field))
    g_hash_table_insert (*errors, (gpointer) field, g_strdup (message));
}

static gboolean
kind_valid (const char *kind)
{
  return g_strcmp0 (kind, "taskforce") == 0 || g_strcmp0 (kind, "screening") == 0 ||
         g_strcmp0 (kind, "network") == 0;
}

/* The kind and case a draft ends up with: an edit keeps the stored ones. */
static gboolean
stored_kind_and_case (TfStore  *store,
                      gint64    meeting_id,
                      char    **kind,
                      gint64   *case_id)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT kind, case_id FROM meeting WHERE id = ?1", NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;
  *kind = tf_stmt_dup_text (stmt, 0);
  *case_id = sqlite3_column_int64 (stmt, 1);
  return TRUE;
}

/* The status of a case ("referred", ...), NULL when there is no such case. */
static char *
case_status (TfStore *store,
             gint64   case_id)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT status FROM cases WHERE id = ?1", NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  return sqlite3_step (stmt) == SQLITE_ROW ? tf_stmt_dup_text (stmt, 0) : NULL;
}

GHashTable *
tf_meeting_validate (TfSession            *session,
                     const TfMeetingDraft *draft)
{
  TfStore *store;
  GHashTable *errors = NULL;
  g_autofree char *kind = NULL;
  gint64 case_id = 0;
  gint32 day;
  gboolean start_ok, end_ok;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (draft != NULL, NULL);

  store = tf_session_get_store (session);
  if (draft->id != 0 && stored_kind_and_case (store, draft->id, &kind, &case_id))
    ;
  else
    {
      kind = g_strdup (draft->kind);
      case_id = draft->case_id;
    }

  if (!kind_valid (kind))
    add_error (&errors, "kind", _("Kind: choose a taskforce, screening or network meeting."));
  else if (g_str_equal (kind, "network"))
    {
      g_autofree char *status = case_id > 0 ? case_status (store, case_id) : NULL;
      int status_id = status != NULL ? tf_case_status_from_id (status) : -1;

      if (case_id <= 0)
        add_error (&errors, "case", _("Case: a network meeting is about one case; choose it."));
      else if (status == NULL)
        add_error (&errors, "case", _("Case: the case no longer exists."));
      else if (draft->id == 0 && (status_id < 0 || !tf_case_status_is_open (status_id)))
        add_error (&errors, "case", _("Case: the case is closed; a network meeting needs an open case."));
    }

  if (draft->held_on == NULL || *draft->held_on == '\0')
    add_error (&errors, "held-on", _("Date: write the day of the meeting."));
  else if (!_tf_day_parse (draft->held_on, &day))
    add_error (&errors, "held-on", _("Date: not a real date. Write it as 3.12.2025."));

  start_ok = _tf_meeting_time_valid (draft->start_time);
  if (draft->start_time == NULL || *draft->start_time == '\0')
    add_error (&errors, "start-time", _("Start: write the time the meeting starts, as 13:00."));
  else if (!start_ok)
    add_error (&errors, "start-time", _("Start: not a time. Write it as 13:00."));

  end_ok = _tf_meeting_time_valid (draft->end_time);
  if (draft->end_time != NULL && *draft->end_time != '\0')
    {
      if (!end_ok)
        add_error (&errors, "end-time", _("End: not a time. Write it as 15:00."));
      else if (start_ok && g_strcmp0 (draft->end_time, draft->start_time) <= 0)
        add_error (&errors, "end-time", _("End: the meeting must end after it starts."));
    }
  return errors;
}

static gint64
insert_meeting (TfSession             *session,
                const TfMeetingDraft  *draft,
                const char            *title,
                const char            *place,
                GError               **error)
{
  TfStore *store = tf_session_get_store (session);
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "INSERT INTO meeting (kind, case_id, title, held_on, start_time, end_time, place, "
    "                     author_id, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)", error);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, draft->kind, -1, SQLITE_TRANSIENT);
  if (g_str_equal (draft->kind, "network"))
    sqlite3_bind_int64 (stmt, 2, draft->case_id);
  else
    sqlite3_bind_null (stmt, 2);
  tf_stmt_bind_text_or_null (stmt, 3, title);
  sqlite3_bind_text (stmt, 4, draft->held_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, draft->start_time, -1, SQLITE_TRANSIENT);
  tf_stmt_bind_text_or_null (stmt, 6, draft->end_time);
  tf_stmt_bind_text_or_null (stmt, 7, place);
  tf_stmt_bind_staff_id (stmt, 8, tf_session_get_staff_id (session));
  sqlite3_bind_int64 (stmt, 9, tf_now_seconds ());
  if (!_tf_meeting_step_write (store, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (tf_store_get_db (store));
}

static gboolean
conflict (GError **error)
{
  g_set_error_literal (error, TF_ERROR, TF_ERROR_CONFLICT,
                       _("Someone else has changed this meeting since you opened it."));
  return FALSE;
}

static gboolean
update_meeting (TfSession             *session,
                const TfMeetingDraft  *draft,
                const char            *title,
                const char            *place,
                GError               **error)
{
  TfStore *store = tf_session_get_store (session);
  g_autoptr(TfMeeting) stored = NULL;
  g_autoptr(TfStmt) stmt = NULL;

  stored = _tf_meeting_load_planned (session, draft->id, error);
  if (stored == NULL)
    return FALSE;
  if (stored->version != draft->version)
    return conflict (error);

  stmt = tf_store_prepare (store,
    "UPDATE meeting SET title = ?1, held_on = ?2, start_time = ?3, end_time = ?4, place = ?5, "
    "  updated_at = ?6, version = version + 1 WHERE id = ?7 AND version = ?8", error);
  if (stmt == NULL)
    return FALSE;
  tf_stmt_bind_text_or_null (stmt, 1, title);
  sqlite3_bind_text (stmt, 2, draft->held_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, draft->start_time, -1, SQLITE_TRANSIENT);
  tf_stmt_bind_text_or_null (stmt, 4, draft->end_time);
  tf_stmt_bind_text_or_null (stmt, 5, place);
  sqlite3_bind_int64 (stmt, 6, tf_now_seconds ());
  sqlite3_bind_int64 (stmt, 7, draft->id);
  sqlite3_bind_int64 (stmt, 8, draft->version);
  if (!_tf_meeting_step_write (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (tf_store_get_db (store)) == 0)
    return conflict (error);
  return tf_audit_record (session, "update", "meeting", draft->id, stored->case_id, NULL, error);
}

gint64
tf_meeting_save (TfSession             *session,
                 const TfMeetingDraft  *draft,
                 GError               **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(GHashTable) errors = NULL;
  g_autofree char *title = NULL;
  g_autofree char *place = NULL;
  gint64 id;

  g_return_val_if_fail (TF_IS_SESSION (session), 0);
  g_return_val_if_fail (draft != NULL, 0);

  if (!tf_access_check_store (session, draft->id == 0 ? TF_ACCESS_CREATE : TF_ACCESS_EDIT, error))
    return 0;
  /* A network meeting is part of the case's work. */
  if (draft->id == 0 && g_strcmp0 (draft->kind, "network") == 0 && draft->case_id > 0 &&
      !tf_access_check_case (session, TF_ACCESS_EDIT, draft->case_id, error))
    return 0;
  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return 0;
  /* An edit of a meeting that is gone, closed or cancelled says so first,
   * not what its fields lack. */
  if (draft->id != 0)
    {
      g_autoptr(TfMeeting) stored = _tf_meeting_load_planned (session, draft->id, error);

      if (stored == NULL)
        return 0;
    }
  errors = tf_meeting_validate (session, draft);
  if (errors != NULL)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           g_hash_table_lookup (errors, tf_meeting_first_error_field (errors)));
      return 0;
    }
  title = tf_strdup_stripped (draft->title);
  place = tf_strdup_stripped (draft->place);

  if (draft->id == 0)
    {
      gint64 case_id = g_str_equal (draft->kind, "network") ? draft->case_id : 0;

      id = insert_meeting (session, draft, title, place, error);
      if (id == 0)
        return 0;
      /* A network meeting's people are chosen for the family; the regular
       * meetings start with the fixed members. */
      if (case_id == 0 && !_tf_meeting_invite_fixed (store, id, error))
        return 0;
      if (!tf_audit_record (session, "create", "meeting", id, case_id, NULL, error))
        return 0;
    }
  else
    {
      id = draft->id;
      if (!update_meeting (session, draft, title, place, error))
        return 0;
    }
  tf_transaction_changed (tx, "meeting", id);
  if (!tf_transaction_commit (tx, error))
    return 0;
  return id;
}

gboolean
tf_meeting_cancel (TfSession  *session,
                   gint64      meeting_id,
                   gint64      expected_version,
                   GError    **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfMeeting) stored = NULL;
  g_autoptr(TfStmt) stmt = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);

  if (!tf_access_check_store (session, TF_ACCESS_EDIT, error))
    return FALSE;
  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  stored = _tf_meeting_load_planned (session, meeting_id, error);
  if (stored == NULL)
    return FALSE;
  if (stored->version != expected_version)
    return conflict (error);
  stmt = tf_store_prepare (store,
    "UPDATE meeting SET status = 'cancelled', updated_at = ?1, version = version + 1 "
    "WHERE id = ?2 AND version = ?3", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, tf_now_seconds ());
  sqlite3_bind_int64 (stmt, 2, meeting_id);
  sqlite3_bind_int64 (stmt, 3, expected_version);
  if (!_tf_meeting_step_write (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (tf_store_get_db (store)) == 0)
    return conflict (error);
  if (!tf_audit_record (session, "cancel", "meeting", meeting_id, stored->case_id, NULL, error))
    return FALSE;
  tf_transaction_changed (tx, "meeting", meeting_id);
  return tf_transaction_commit (tx, error);
}

/* The minutes are complete: attendance taken for someone, and every item
 * has a discussion or a decision. Says what is missing. */
static gboolean
check_minutes_complete (TfStore  *store,
                        gint64    meeting_id,
                        GError  **error)
{
  g_autoptr(TfStmt) attendance = tf_store_prepare (store,
    "SELECT count(*) FROM meeting_participant WHERE meeting_id = ?1 AND attended IS NOT NULL",
    error);
  g_autoptr(TfStmt) items = NULL;
  g_autoptr(GString) missing = NULL;
  guint n_missing = 0;
  int rc;

  if (attendance == NULL)
    return FALSE;
  sqlite3_bind_int64 (attendance, 1, meeting_id);
  if (sqlite3_step (attendance) != SQLITE_ROW)
    return tf_store_set_error (store, error);
  if (sqlite3_column_int64 (attendance, 0) == 0)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("Take attendance before closing the meeting: mark who came."));
      return FALSE;
    }

  items = tf_store_prepare (store,
    "SELECT position, title FROM agenda_item WHERE meeting_id = ?1 "
    "AND length (trim (coalesce (discussion, ''))) = 0 "
    "AND length (trim (coalesce (decision, ''))) = 0 ORDER BY position", error);
  if (items == NULL)
    return FALSE;
  sqlite3_bind_int64 (items, 1, meeting_id);
  missing = g_string_new (NULL);
  while ((rc = sqlite3_step (items)) == SQLITE_ROW)
    {
      if (n_missing++ > 0)
        g_string_append (missing, ", ");
      /* Translators: an agenda item in a list, "3 (Emil Nørgaard — follow-up)" */
      g_string_append_printf (missing, _("%d (%s)"), sqlite3_column_int (items, 0),
                              (const char *) sqlite3_column_text (items, 1));
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (store, error);
  if (n_missing > 0)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   /* Translators: %s lists agenda items, "3 (Emil Nørgaard — follow-up)" */
                   ngettext ("Write a discussion or a decision for item %s before closing the meeting.",
                             "Write a discussion or a decision for items %s before closing the meeting.",
                             n_missing),
                   missing->str);
      return FALSE;
    }
  return TRUE;
}

gboolean
tf_meeting_close (TfSession  *session,
                  gint64      meeting_id,
                  gint64      expected_version,
                  GError    **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfMeeting) stored = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *today = tf_today_iso ();

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);

  if (!tf_access_check_store (session, TF_ACCESS_EDIT, error))
    return FALSE;
  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  stored = _tf_meeting_load_planned (session, meeting_id, error);
  if (stored == NULL)
    return FALSE;
  if (stored->version != expected_version)
    return conflict (error);
  /* Minutes are of a meeting that was held, not one still ahead. */
  if (g_strcmp0 (stored->held_on, today) > 0)
    {
      g_autofree char *day = tf_format_date (stored->held_on);

      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   /* Translators: %s is a date like "3. dec. 2025" */
                   _("The meeting is on %s; close it when it has been held."), day);
      return FALSE;
    }
  if (!check_minutes_complete (store, meeting_id, error))
    return FALSE;

  stmt = tf_store_prepare (store,
    "UPDATE meeting SET status = 'closed', closed_at = ?1, closed_by = ?2, updated_at = ?1, "
    "  version = version + 1 WHERE id = ?3 AND version = ?4", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, tf_now_seconds ());
  tf_stmt_bind_staff_id (stmt, 2, tf_session_get_staff_id (session));
  sqlite3_bind_int64 (stmt, 3, meeting_id);
  sqlite3_bind_int64 (stmt, 4, expected_version);
  if (!_tf_meeting_step_write (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (tf_store_get_db (store)) == 0)
    return conflict (error);
  if (!tf_audit_record (session, "close", "meeting", meeting_id, stored->case_id, NULL, error))
    return FALSE;
  tf_transaction_changed (tx, "meeting", meeting_id);
  return tf_transaction_commit (tx, error);
}
