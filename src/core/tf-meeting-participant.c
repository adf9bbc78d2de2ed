/* tf-meeting-participant.c — invitations and attendance
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-error.h"
#include "tf-meeting-participant.h"
#include "tf-meeting-private.h"
#include "tf-util-private.h"

struct _TfMeetingParticipant
{
  GObject       parent_instance;

  gint64        id;
  gint64        meeting_id;
  gint64        staff_id;
  char         *name;
  gint64        organisation_id;
  char         *organisation_name;
  gboolean      ad_hoc;
  TfAttendance  attended;
};

G_DEFINE_FINAL_TYPE (TfMeetingParticipant, tf_meeting_participant, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MEETING_ID,
  PROP_STAFF_ID,
  PROP_ORGANISATION_ID,
  PROP_NAME,
  PROP_ORGANISATION_NAME,
  PROP_AD_HOC,
  PROP_ATTENDED,
  N_PROPS
};

static void
tf_meeting_participant_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TfMeetingParticipant *self = TF_MEETING_PARTICIPANT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_MEETING_ID: g_value_set_int64 (value, self->meeting_id); break;
    case PROP_STAFF_ID: g_value_set_int64 (value, self->staff_id); break;
    case PROP_ORGANISATION_ID: g_value_set_int64 (value, self->organisation_id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_ORGANISATION_NAME: g_value_set_string (value, self->organisation_name); break;
    case PROP_AD_HOC: g_value_set_boolean (value, self->ad_hoc); break;
    case PROP_ATTENDED: g_value_set_int (value, self->attended); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_meeting_participant_finalize (GObject *object)
{
  TfMeetingParticipant *self = TF_MEETING_PARTICIPANT (object);

  g_free (self->name);
  g_free (self->organisation_name);
  G_OBJECT_CLASS (tf_meeting_participant_parent_class)->finalize (object);
}

static void
tf_meeting_participant_class_init (TfMeetingParticipantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tf_meeting_participant_get_property;
  object_class->finalize = tf_meeting_participant_finalize;
  g_object_class_install_property (object_class, PROP_ID,
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_MEETING_ID,
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_STAFF_ID,
    g_param_spec_int64 ("staff-id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_ORGANISATION_ID,
    g_param_spec_int64 ("organisation-id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_NAME,
    g_param_spec_string ("name", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_ORGANISATION_NAME,
    g_param_spec_string ("organisation-name", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_AD_HOC,
    g_param_spec_boolean ("ad-hoc", NULL, NULL, FALSE, ro));
  g_object_class_install_property (object_class, PROP_ATTENDED,
    g_param_spec_int ("attended", NULL, NULL, TF_ATTENDANCE_UNKNOWN, TF_ATTENDANCE_NO,
                      TF_ATTENDANCE_UNKNOWN, ro));
}

static void
tf_meeting_participant_init (TfMeetingParticipant *self)
{
}

gint64 tf_meeting_participant_get_id (TfMeetingParticipant *self) { g_return_val_if_fail (TF_IS_MEETING_PARTICIPANT (self), 0); return self->id; }
gint64 tf_meeting_participant_get_meeting_id (TfMeetingParticipant *self) { g_return_val_if_fail (TF_IS_MEETING_PARTICIPANT (self), 0); return self->meeting_id; }
gint64 tf_meeting_participant_get_staff_id (TfMeetingParticipant *self) { g_return_val_if_fail (TF_IS_MEETING_PARTICIPANT (self), 0); return self->staff_id; }
const char *tf_meeting_participant_get_name (TfMeetingParticipant *self) { g_return_val_if_fail (TF_IS_MEETING_PARTICIPANT (self), NULL); return self->name; }
gint64 tf_meeting_participant_get_organisation_id (TfMeetingParticipant *self) { g_return_val_if_fail (TF_IS_MEETING_PARTICIPANT (self), 0); return self->organisation_id; }
const char *tf_meeting_participant_get_organisation_name (TfMeetingParticipant *self) { g_return_val_if_fail (TF_IS_MEETING_PARTICIPANT (self), NULL); return self->organisation_name; }
gboolean tf_meeting_participant_get_ad_hoc (TfMeetingParticipant *self) { g_return_val_if_fail (TF_IS_MEETING_PARTICIPANT (self), FALSE); return self->ad_hoc; }
TfAttendance tf_meeting_participant_get_attended (TfMeetingParticipant *self) { g_return_val_if_fail (TF_IS_MEETING_PARTICIPANT (self), TF_ATTENDANCE_UNKNOWN); return self->attended; }

GListModel *
tf_meeting_list_participants (TfSession  *session,
                              gint64      meeting_id,
                              GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  int rc;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store,
    "SELECT p.id, p.staff_id, coalesce (s.name, p.name), p.organisation_id, o.name, p.ad_hoc, "
    "       p.attended "
    "FROM meeting_participant p "
    "LEFT JOIN staff_member s ON s.id = p.staff_id "
    "LEFT JOIN organisation o ON o.id = p.organisation_id "
    "WHERE p.meeting_id = ?1 "
    "ORDER BY p.ad_hoc, coalesce (s.sort_key, p.name), p.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  list = g_list_store_new (TF_TYPE_MEETING_PARTICIPANT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TfMeetingParticipant) p = g_object_new (TF_TYPE_MEETING_PARTICIPANT, NULL);

      p->id = sqlite3_column_int64 (stmt, 0);
      p->meeting_id = meeting_id;
      p->staff_id = sqlite3_column_int64 (stmt, 1);
      p->name = tf_stmt_dup_text (stmt, 2);
      p->organisation_id = sqlite3_column_int64 (stmt, 3);
      p->organisation_name = tf_stmt_dup_text (stmt, 4);
      p->ad_hoc = sqlite3_column_int (stmt, 5) != 0;
      if (sqlite3_column_type (stmt, 6) == SQLITE_NULL)
        p->attended = TF_ATTENDANCE_UNKNOWN;
      else
        p->attended = sqlite3_column_int (stmt, 6) ? TF_ATTENDANCE_YES : TF_ATTENDANCE_NO;
      g_list_store_append (list, p);
    }
  if (rc != SQLITE_DONE)
    {
      tf_store_set_error (store, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* Writes an invitation in its own transaction; shared by staff and guests. */
static gint64
invite (TfSession   *session,
        gint64       meeting_id,
        gint64       staff_id,
        const char  *name,
        gint64       organisation_id,
        GError     **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfMeeting) meeting = NULL;
  g_autoptr(TfStmt) check = NULL;
  g_autoptr(TfStmt) insert = NULL;
  gint64 id;

  if (!tf_access_check_store (session, TF_ACCESS_EDIT, error))
    return 0;
  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return 0;
  meeting = _tf_meeting_load_planned (session, meeting_id, error);
  if (meeting == NULL)
    return 0;

  if (staff_id > 0)
    {
      check = tf_store_prepare (store,
        "SELECT s.organisation_id, "
        "  EXISTS (SELECT 1 FROM meeting_participant WHERE meeting_id = ?2 AND staff_id = s.id) "
        "FROM staff_member s WHERE s.id = ?1", error);
      if (check == NULL)
        return 0;
      sqlite3_bind_int64 (check, 1, staff_id);
      sqlite3_bind_int64 (check, 2, meeting_id);
      if (sqlite3_step (check) != SQLITE_ROW)
        {
          g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                               _("The staff member no longer exists."));
          return 0;
        }
      if (sqlite3_column_int (check, 1))
        {
          g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                               _("This staff member is already invited."));
          return 0;
        }
      organisation_id = sqlite3_column_int64 (check, 0);
    }
  else if (organisation_id > 0)
    {
      check = tf_store_prepare (store, "SELECT 1 FROM organisation WHERE id = ?1", error);
      if (check == NULL)
        return 0;
      sqlite3_bind_int64 (check, 1, organisation_id);
      if (sqlite3_step (check) != SQLITE_ROW)
        {
          g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                               _("Organisation: the organisation no longer exists."));
          return 0;
        }
    }

  insert = tf_store_prepare (store,
    "INSERT INTO meeting_participant (meeting_id, staff_id, name, organisation_id, ad_hoc) "
    "VALUES (?1, ?2, ?3, ?4, 1)", error);
  if (insert == NULL)
    return 0;
  sqlite3_bind_int64 (insert, 1, meeting_id);
  if (staff_id > 0)
    sqlite3_bind_int64 (insert, 2, staff_id);
  else
    sqlite3_bind_null (insert, 2);
  tf_stmt_bind_text_or_null (insert, 3, name);
  if (organisation_id > 0)
    sqlite3_bind_int64 (insert, 4, organisation_id);
  else
    sqlite3_bind_null (insert, 4);
  if (!_tf_meeting_step_write (store, insert, error))
    return 0;
  id = sqlite3_last_insert_rowid (tf_store_get_db (store));
  if (!tf_audit_record (session, "invite", "meeting_participant", id,
                        meeting->case_id, NULL, error))
    return 0;
  tf_transaction_changed (tx, "meeting", meeting_id);
  if (!tf_transaction_commit (tx, error))
    return 0;
  return id;
}

gint64
tf_meeting_invite_staff (TfSession  *session,
                         gint64      meeting_id,
                         gint64      staff_id,
                         GError    **error)
{
  g_return_val_if_fail (TF_IS_SESSION (session), 0);

  if (staff_id <= 0)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("Choose the staff member to invite."));
      return 0;
    }
  return invite (session, meeting_id, staff_id, NULL, 0, error);
}

gint64
tf_meeting_invite_guest (TfSession   *session,
                         gint64       meeting_id,
                         const char  *name,
                         gint64       organisation_id,
                         GError     **error)
{
  g_autofree char *text = tf_strdup_stripped (name);

  g_return_val_if_fail (TF_IS_SESSION (session), 0);

  if (text == NULL)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("Name: write the name of the person to invite."));
      return 0;
    }
  return invite (session, meeting_id, 0, text, organisation_id, error);
}

/* The meeting a participant belongs to, or 0 with TF_ERROR_NOT_FOUND. */
static gint64
participant_meeting (TfStore  *store,
                     gint64    participant_id,
                     GError  **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT meeting_id FROM meeting_participant WHERE id = ?1", error);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  g_set_error_literal (error, TF_ERROR, TF_ERROR_NOT_FOUND,
                       _("The participant is no longer invited to the meeting."));
  return 0;
}

/* One change of one participant row, in a transaction with its audit event.
 * The closed-meeting trigger answers for a meeting that was closed. */
static gboolean
change_participant (TfSession   *session,
                    gint64       participant_id,
                    gboolean     remove,
                    TfAttendance attended,
                    GError     **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(TfMeeting) meeting = NULL;
  gint64 meeting_id;

  if (!tf_access_check_store (session, TF_ACCESS_EDIT, error))
    return FALSE;
  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  meeting_id = participant_meeting (store, participant_id, error);
  if (meeting_id == 0)
    return FALSE;
  meeting = tf_meeting_load (session, meeting_id, error);
  if (meeting == NULL)
    return FALSE;
  if (meeting->status == TF_MEETING_CANCELLED)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("This meeting is cancelled. Plan a new meeting instead."));
      return FALSE;
    }

  if (remove)
    stmt = tf_store_prepare (store, "DELETE FROM meeting_participant WHERE id = ?1", error);
  else
    stmt = tf_store_prepare (store,
      "UPDATE meeting_participant SET attended = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, participant_id);
  if (!remove)
    {
      if (attended == TF_ATTENDANCE_UNKNOWN)
        sqlite3_bind_null (stmt, 2);
      else
        sqlite3_bind_int (stmt, 2, attended == TF_ATTENDANCE_YES ? 1 : 0);
    }
  /* No pre-check of the status for a closed meeting: the trigger refuses,
   * and _tf_meeting_step_write() turns that into the clear message. */
  if (!_tf_meeting_step_write (store, stmt, error))
    return FALSE;
  if (!tf_audit_record (session, remove ? "remove" : "attendance", "meeting_participant",
                        participant_id, meeting->case_id, NULL, error))
    return FALSE;
  tf_transaction_changed (tx, "meeting", meeting_id);
  return tf_transaction_commit (tx, error);
}

gboolean
tf_meeting_remove_participant (TfSession  *session,
                               gint64      participant_id,
                               GError    **error)
{
  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  return change_participant (session, participant_id, TRUE, TF_ATTENDANCE_UNKNOWN, error);
}

gboolean
tf_meeting_set_attended (TfSession    *session,
                         gint64        participant_id,
                         TfAttendance  attended,
                         GError      **error)
{
  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (attended <= TF_ATTENDANCE_NO, FALSE);
  return change_participant (session, participant_id, FALSE, attended, error);
}
