/* tf-meeting.c — the meeting object and reading meetings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-meeting-private.h"
#include "tf-util-private.h"

G_DEFINE_FINAL_TYPE (TfMeeting, tf_meeting, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SERIES_ID,
  PROP_CASE_ID,
  PROP_VERSION,
  PROP_KIND,
  PROP_TITLE,
  PROP_HELD_ON,
  PROP_START_TIME,
  PROP_END_TIME,
  PROP_PLACE,
  PROP_YOUNG_PERSON_NAME,
  PROP_STATUS,
  N_PROPS
};

static void
tf_meeting_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TfMeeting *self = TF_MEETING (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_SERIES_ID: g_value_set_int64 (value, self->series_id); break;
    case PROP_CASE_ID: g_value_set_int64 (value, self->case_id); break;
    case PROP_VERSION: g_value_set_int64 (value, self->version); break;
    case PROP_KIND: g_value_set_string (value, self->kind); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_HELD_ON: g_value_set_string (value, self->held_on); break;
    case PROP_START_TIME: g_value_set_string (value, self->start_time); break;
    case PROP_END_TIME: g_value_set_string (value, self->end_time); break;
    case PROP_PLACE: g_value_set_string (value, self->place); break;
    case PROP_YOUNG_PERSON_NAME: g_value_set_string (value, self->young_person_name); break;
    case PROP_STATUS: g_value_set_int (value, self->status); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_meeting_finalize (GObject *object)
{
  TfMeeting *self = TF_MEETING (object);

  g_free (self->kind);
  g_free (self->young_person_name);
  g_free (self->title);
  g_free (self->held_on);
  g_free (self->start_time);
  g_free (self->end_time);
  g_free (self->place);
  g_free (self->closed_by_name);
  G_OBJECT_CLASS (tf_meeting_parent_class)->finalize (object);
}

static void
tf_meeting_class_init (TfMeetingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  struct { guint id; const char *name; } ints[] = {
    { PROP_ID, "id" }, { PROP_SERIES_ID, "series-id" },
    { PROP_CASE_ID, "case-id" }, { PROP_VERSION, "version" },
  };
  struct { guint id; const char *name; } strings[] = {
    { PROP_KIND, "kind" }, { PROP_TITLE, "title" }, { PROP_HELD_ON, "held-on" },
    { PROP_START_TIME, "start-time" }, { PROP_END_TIME, "end-time" },
    { PROP_PLACE, "place" }, { PROP_YOUNG_PERSON_NAME, "young-person-name" },
  };

  object_class->get_property = tf_meeting_get_property;
  object_class->finalize = tf_meeting_finalize;
  for (guint i = 0; i < G_N_ELEMENTS (ints); i++)
    g_object_class_install_property (object_class, ints[i].id,
      g_param_spec_int64 (ints[i].name, NULL, NULL, 0, G_MAXINT64, 0, ro));
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    g_object_class_install_property (object_class, strings[i].id,
      g_param_spec_string (strings[i].name, NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_STATUS,
    g_param_spec_int ("status", NULL, NULL, TF_MEETING_PLANNED, TF_MEETING_CLOSED,
                      TF_MEETING_PLANNED, ro));
}

static void
tf_meeting_init (TfMeeting *self)
{
}

gint64 tf_meeting_get_id (TfMeeting *self) { g_return_val_if_fail (TF_IS_MEETING (self), 0); return self->id; }
const char *tf_meeting_get_kind (TfMeeting *self) { g_return_val_if_fail (TF_IS_MEETING (self), NULL); return self->kind; }
gint64 tf_meeting_get_series_id (TfMeeting *self) { g_return_val_if_fail (TF_IS_MEETING (self), 0); return self->series_id; }
gint64 tf_meeting_get_case_id (TfMeeting *self) { g_return_val_if_fail (TF_IS_MEETING (self), 0); return self->case_id; }
const char *tf_meeting_get_young_person_name (TfMeeting *self) { g_return_val_if_fail (TF_IS_MEETING (self), NULL); return self->young_person_name; }
const char *tf_meeting_get_title (TfMeeting *self) { g_return_val_if_fail (TF_IS_MEETING (self), NULL); return self->title; }
const char *tf_meeting_get_held_on (TfMeeting *self) { g_return_val_if_fail (TF_IS_MEETING (self), NULL); return self->held_on; }
const char *tf_meeting_get_start_time (TfMeeting *self) { g_return_val_if_fail (TF_IS_MEETING (self), NULL); return self->start_time; }
const char *tf_meeting_get_end_time (TfMeeting *self) { g_return_val_if_fail (TF_IS_MEETING (self), NULL); return self->end_time; }
const char *tf_meeting_get_place (TfMeeting *self) { g_return_val_if_fail (TF_IS_MEETING (self), NULL); return self->place; }
TfMeetingStatus tf_meeting_get_status (TfMeeting *self) { g_return_val_if_fail (TF_IS_MEETING (self), TF_MEETING_PLANNED); return self->status; }
gint64 tf_meeting_get_closed_at (TfMeeting *self) { g_return_val_if_fail (TF_IS_MEETING (self), 0); return self->closed_at; }
const char *tf_meeting_get_closed_by_name (TfMeeting *self) { g_return_val_if_fail (TF_IS_MEETING (self), NULL); return self->closed_by_name; }
gint64 tf_meeting_get_version (TfMeeting *self) { g_return_val_if_fail (TF_IS_MEETING (self), 0); return self->version; }

const char *
tf_meeting_kind_label (const char *kind)
{
  if (g_strcmp0 (kind, "taskforce") == 0)
    return _("Taskforce meeting");
  if (g_strcmp0 (kind, "screening") == 0)
    return _("Screening meeting");
  if (g_strcmp0 (kind, "network") == 0)
    return _("Network meeting");
  return kind;
}

const char *
tf_meeting_status_label (TfMeetingStatus status)
{
  switch (status)
    {
    case TF_MEETING_PLANNED: return _("Planned");
    case TF_MEETING_CANCELLED: return _("Cancelled");
    case TF_MEETING_CLOSED: return _("Closed");
    default: return NULL;
    }
}

/* Stored as HH:MM (what the form and the sorting need); shown with a
 * full stop, as Danish writes the time of day. */
char *
tf_meeting_dup_time_range (TfMeeting *self)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;

  g_return_val_if_fail (TF_IS_MEETING (self), NULL);

  start = g_strdup (self->start_time != NULL ? self->start_time : "");
  g_strdelimit (start, ":", '.');
  if (self->end_time == NULL || *self->end_time == '\0')
    return g_steal_pointer (&start);
  end = g_strdup (self->end_time);
  g_strdelimit (end, ":", '.');
  /* Translators: a meeting's time of day, "13.00–15.00" */
  return g_strdup_printf (_("%s–%s"), start, end);
}

char *
tf_meeting_dup_display_title (TfMeeting *self)
{
  g_return_val_if_fail (TF_IS_MEETING (self), NULL);

  if (self->title != NULL)
    return g_strdup (self->title);
  if (self->young_person_name != NULL)
    /* Translators: %s is a young person's name */
    return g_strdup_printf (_("Network meeting about %s"), self->young_person_name);
  return g_strdup (tf_meeting_kind_label (self->kind));
}

/* Every query that builds TfMeeting objects selects these columns in this
 * order (m is meeting). */
#define MEETING_COLUMNS \
  "m.id, m.kind, m.series_id, m.case_id, yp.first_name || ' ' || yp.last_name, m.title, " \
  "m.held_on, m.start_time, m.end_time, m.place, m.status, m.closed_at, cb.name, m.version "
#define MEETING_JOINS \
  "LEFT JOIN cases c ON c.id = m.case_id " \
  "LEFT JOIN young_person yp ON yp.id = c.young_person_id " \
  "LEFT JOIN staff_member cb ON cb.id = m.closed_by "

static TfMeetingStatus
status_from_id (const char *id)
{
  if (g_strcmp0 (id, "cancelled") == 0)
    return TF_MEETING_CANCELLED;
  if (g_strcmp0 (id, "closed") == 0)
    return TF_MEETING_CLOSED;
  return TF_MEETING_PLANNED;
}

static TfMeeting *
meeting_from_row (TfStmt *stmt)
{
  TfMeeting *m = g_object_new (TF_TYPE_MEETING, NULL);

  m->id = sqlite3_column_int64 (stmt, 0);
  m->kind = tf_stmt_dup_text (stmt, 1);
  m->series_id = sqlite3_column_int64 (stmt, 2);
  m->case_id = sqlite3_column_int64 (stmt, 3);
  m->young_person_name = tf_stmt_dup_text (stmt, 4);
  m->title = tf_stmt_dup_text (stmt, 5);
  m->held_on = tf_stmt_dup_text (stmt, 6);
  m->start_time = tf_stmt_dup_text (stmt, 7);
  m->end_time = tf_stmt_dup_text (stmt, 8);
  m->place = tf_stmt_dup_text (stmt, 9);
  m->status = status_from_id ((const char *) sqlite3_column_text (stmt, 10));
  m->closed_at = sqlite3_column_int64 (stmt, 11);
  m->closed_by_name = tf_stmt_dup_text (stmt, 12);
  m->version = sqlite3_column_int64 (stmt, 13);
  return m;
}

static GListModel *
collect (TfStore  *store,
         TfStmt   *stmt,
         GError  **error)
{
  return tf_store_collect (store, stmt, TF_TYPE_MEETING, (TfRowReader) meeting_from_row, error);
}

TfMeeting *
tf_meeting_load (TfSession  *session,
                 gint64      meeting_id,
                 GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store,
    "SELECT " MEETING_COLUMNS "FROM meeting m " MEETING_JOINS "WHERE m.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  return tf_store_load_one (store, stmt, (TfRowReader) meeting_from_row,
                            _("The meeting no longer exists in the store."), error);
}

GListModel *
tf_meeting_list_between (TfSession  *session,
                         const char *from,
                         const char *to,
                         GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  store = tf_session_get_store (session);
  /* meeting_by_day covers the range and the order. */
  stmt = tf_store_prepare (store,
    "SELECT " MEETING_COLUMNS "FROM meeting m " MEETING_JOINS
    "WHERE m.held_on >= ?1 AND m.held_on <= ?2 "
    "ORDER BY m.held_on, m.start_time, m.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, from != NULL ? from : "0000-00-00", -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, to != NULL ? to : "9999-12-31", -1, SQLITE_TRANSIENT);
  return collect (store, stmt, error);
}

TfMeeting *
tf_meeting_next (TfSession  *session,
                 const char *kind,
                 const char *day,
                 GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *today = tf_today_iso ();

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store,
    "SELECT " MEETING_COLUMNS "FROM meeting m " MEETING_JOINS
    "WHERE m.held_on > ?1 AND m.kind = ?2 AND m.status = 'planned' "
    "ORDER BY m.held_on, m.start_time, m.id LIMIT 1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, day != NULL ? day : today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_TRANSIENT);
  switch (sqlite3_step (stmt))
    {
    case SQLITE_ROW:
      return meeting_from_row (stmt);
    case SQLITE_DONE:
      return NULL;
    default:
      tf_store_set_error (store, error);
      return NULL;
    }
}

GListModel *
tf_meeting_list_for_case (TfSession  *session,
                          gint64      case_id,
                          GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_case (session, TF_ACCESS_VIEW, case_id, error))
    return NULL;
  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store,
    "SELECT " MEETING_COLUMNS "FROM meeting m " MEETING_JOINS
    "WHERE m.case_id = ?1 ORDER BY m.held_on DESC, m.start_time DESC, m.id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  return collect (store, stmt, error);
}

/* Shared helpers */

void
_tf_meeting_set_locked_error (GError **error)
{
  g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                       _("The minutes of this meeting are closed and cannot change."));
}

gboolean
_tf_meeting_step_write (TfStore  *store,
                        TfStmt   *stmt,
                        GError  **error)
{
  sqlite3 *db = tf_store_get_db (store);
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_DONE || rc == SQLITE_ROW)
    return TRUE;
  if (sqlite3_extended_errcode (db) == SQLITE_CONSTRAINT_TRIGGER &&
      strstr (sqlite3_errmsg (db), "closed meeting are locked") != NULL)
    {
      _tf_meeting_set_locked_error (error);
      return FALSE;
    }
  return tf_store_set_error (store, error);
}

TfMeeting *
_tf_meeting_load_planned (TfSession  *session,
                          gint64      meeting_id,
                          GError    **error)
{
  g_autoptr(TfMeeting) meeting = tf_meeting_load (session, meeting_id, error);

  if (meeting == NULL)
    return NULL;
  if (meeting->status == TF_MEETING_CLOSED)
    {
      _tf_meeting_set_locked_error (error);
      return NULL;
    }
  if (meeting->status == TF_MEETING_CANCELLED)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("This meeting is cancelled. Plan a new meeting instead."));
      return NULL;
    }
  return g_steal_pointer (&meeting);
}

gboolean
_tf_meeting_invite_fixed (TfStore  *store,
                          gint64    meeting_id,
                          GError  **error)
{
  /* OR IGNORE: meeting_participant_staff keeps one row per staff member. */
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "INSERT OR IGNORE INTO meeting_participant (meeting_id, staff_id, organisation_id, ad_hoc) "
    "SELECT ?1, s.id, s.organisation_id, 0 FROM staff_member s "
    "JOIN organisation o ON o.id = s.organisation_id "
    "WHERE o.fixed_member = 1 AND s.active = 1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  return _tf_meeting_step_write (store, stmt, error);
}

gboolean
_tf_meeting_time_valid (const char *text)
{
  if (text == NULL || strlen (text) != 5 || text[2] != ':' ||
      !g_ascii_isdigit (text[0]) || !g_ascii_isdigit (text[1]) ||
      !g_ascii_isdigit (text[3]) || !g_ascii_isdigit (text[4]))
    return FALSE;
  return (text[0] - '0') * 10 + (text[1] - '0') < 24 &&
         (text[3] - '0') * 10 + (text[4] - '0') < 60;
}
