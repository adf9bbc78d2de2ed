/* tf-agenda.c — agenda items: reading, adding, removing, moving and the
 * minutes (discussion and decision) of each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-agenda.h"
#include "tf-audit.h"
#include "tf-error.h"
#include "tf-meeting-private.h"
#include "tf-util-private.h"

struct _TfAgendaItem
{
  GObject  parent_instance;

  gint64   id;
  gint64   meeting_id;
  int      position;
  gint64   case_id;
  char    *young_person_name;
  char    *reason;
  char    *title;
  char    *discussion;
  char    *decision;
  gint64   version;
  char    *meeting_held_on;
  char    *meeting_kind;
};

G_DEFINE_FINAL_TYPE (TfAgendaItem, tf_agenda_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_MEETING_ID,
  PROP_CASE_ID,
  PROP_VERSION,
  PROP_POSITION,
  PROP_YOUNG_PERSON_NAME,
  PROP_REASON,
  PROP_TITLE,
  PROP_DISCUSSION,
  PROP_DECISION,
  PROP_MEETING_HELD_ON,
  PROP_MEETING_KIND,
  N_PROPS
};

static void
tf_agenda_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TfAgendaItem *self = TF_AGENDA_ITEM (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_MEETING_ID: g_value_set_int64 (value, self->meeting_id); break;
    case PROP_CASE_ID: g_value_set_int64 (value, self->case_id); break;
    case PROP_VERSION: g_value_set_int64 (value, self->version); break;
    case PROP_POSITION: g_value_set_int (value, self->position); break;
    case PROP_YOUNG_PERSON_NAME: g_value_set_string (value, self->young_person_name); break;
    case PROP_REASON: g_value_set_string (value, self->reason); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_DISCUSSION: g_value_set_string (value, self->discussion); break;
    case PROP_DECISION: g_value_set_string (value, self->decision); break;
    case PROP_MEETING_HELD_ON: g_value_set_string (value, self->meeting_held_on); break;
    case PROP_MEETING_KIND: g_value_set_string (value, self->meeting_kind); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_agenda_item_finalize (GObject *object)
{
  TfAgendaItem *self = TF_AGENDA_ITEM (object);

  g_free (self->young_person_name);
  g_free (self->reason);
  g_free (self->title);
  g_free (self->discussion);
  g_free (self->decision);
  g_free (self->meeting_held_on);
  g_free (self->meeting_kind);
  G_OBJECT_CLASS (tf_agenda_item_parent_class)->finalize (object);
}

static void
tf_agenda_item_class_init (TfAgendaItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  struct { guint id; const char *name; } ints[] = {
    { PROP_ID, "id" }, { PROP_MEETING_ID, "meeting-id" },
    { PROP_CASE_ID, "case-id" }, { PROP_VERSION, "version" },
  };
  struct { guint id; const char *name; } strings[] = {
    { PROP_YOUNG_PERSON_NAME, "young-person-name" }, { PROP_REASON, "reason" },
    { PROP_TITLE, "title" }, { PROP_DISCUSSION, "discussion" },
    { PROP_DECISION, "decision" }, { PROP_MEETING_HELD_ON, "meeting-held-on" },
    { PROP_MEETING_KIND, "meeting-kind" },
  };

  object_class->get_property = tf_agenda_item_get_property;
  object_class->finalize = tf_agenda_item_finalize;
  for (guint i = 0; i < G_N_ELEMENTS (ints); i++)
    g_object_class_install_property (object_class, ints[i].id,
      g_param_spec_int64 (ints[i].name, NULL, NULL, 0, G_MAXINT64, 0, ro));
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    g_object_class_install_property (object_class, strings[i].id,
      g_param_spec_string (strings[i].name, NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_POSITION,
    g_param_spec_int ("position", NULL, NULL, 0, G_MAXINT, 0, ro));
}

static void
tf_agenda_item_init (TfAgendaItem *self)
{
}

gint64 tf_agenda_item_get_id (TfAgendaItem *self) { g_return_val_if_fail (TF_IS_AGENDA_ITEM (self), 0); return self->id; }
gint64 tf_agenda_item_get_meeting_id (TfAgendaItem *self) { g_return_val_if_fail (TF_IS_AGENDA_ITEM (self), 0); return self->meeting_id; }
int tf_agenda_item_get_position (TfAgendaItem *self) { g_return_val_if_fail (TF_IS_AGENDA_ITEM (self), 0); return self->position; }
gint64 tf_agenda_item_get_case_id (TfAgendaItem *self) { g_return_val_if_fail (TF_IS_AGENDA_ITEM (self), 0); return self->case_id; }
const char *tf_agenda_item_get_young_person_name (TfAgendaItem *self) { g_return_val_if_fail (TF_IS_AGENDA_ITEM (self), NULL); return self->young_person_name; }
const char *tf_agenda_item_get_reason (TfAgendaItem *self) { g_return_val_if_fail (TF_IS_AGENDA_ITEM (self), NULL); return self->reason; }
const char *tf_agenda_item_get_title (TfAgendaItem *self) { g_return_val_if_fail (TF_IS_AGENDA_ITEM (self), NULL); return self->title; }
const char *tf_agenda_item_get_discussion (TfAgendaItem *self) { g_return_val_if_fail (TF_IS_AGENDA_ITEM (self), NULL); return self->discussion; }
const char *tf_agenda_item_get_decision (TfAgendaItem *self) { g_return_val_if_fail (TF_IS_AGENDA_ITEM (self), NULL); return self->decision; }
gint64 tf_agenda_item_get_version (TfAgendaItem *self) { g_return_val_if_fail (TF_IS_AGENDA_ITEM (self), 0); return self->version; }
const char *tf_agenda_item_get_meeting_held_on (TfAgendaItem *self) { g_return_val_if_fail (TF_IS_AGENDA_ITEM (self), NULL); return self->meeting_held_on; }
const char *tf_agenda_item_get_meeting_kind (TfAgendaItem *self) { g_return_val_if_fail (TF_IS_AGENDA_ITEM (self), NULL); return self->meeting_kind; }

const char *
tf_agenda_reason_label (const char *reason)
{
  if (g_strcmp0 (reason, "follow-up") == 0)
    return _("Follow-up date reached");
  if (g_strcmp0 (reason, "screening") == 0)
    return _("New referral");
  if (g_strcmp0 (reason, "plan-revision") == 0)
    return _("Plan up for revision");
  return _("Added by hand");
}

/* Every query that builds items selects these columns (a is agenda_item,
 * m its meeting). */
#define ITEM_COLUMNS \
  "a.id, a.meeting_id, a.position, a.case_id, yp.first_name || ' ' || yp.last_name, " \
  "a.reason, a.title, a.discussion, a.decision, a.version, m.held_on, m.kind "
#define ITEM_JOINS \
  "JOIN meeting m ON m.id = a.meeting_id " \
  "LEFT JOIN cases c ON c.id = a.case_id " \
  "LEFT JOIN young_person yp ON yp.id = c.young_person_id "

static TfAgendaItem *
item_from_row (TfStmt *stmt)
{
  TfAgendaItem *item = g_object_new (TF_TYPE_AGENDA_ITEM, NULL);

  item->id = sqlite3_column_int64 (stmt, 0);
  item->meeting_id = sqlite3_column_int64 (stmt, 1);
  item->position = sqlite3_column_int (stmt, 2);
  item->case_id = sqlite3_column_int64 (stmt, 3);
  item->young_person_name = tf_stmt_dup_text (stmt, 4);
  item->reason = tf_stmt_dup_text (stmt, 5);
  item->title = tf_stmt_dup_text (stmt, 6);
  item->discussion = tf_stmt_dup_text (stmt, 7);
  item->decision = tf_stmt_dup_text (stmt, 8);
  item->version = sqlite3_column_int64 (stmt, 9);
  item->meeting_held_on = tf_stmt_dup_text (stmt, 10);
  item->meeting_kind = tf_stmt_dup_text (stmt, 11);
  return item;
}

static GListModel *
collect (TfStore  *store,
         TfStmt   *stmt,
         GError  **error)
{
  return tf_store_collect (store, stmt, TF_TYPE_AGENDA_ITEM, (TfRowReader) item_from_row, error);
}

GListModel *
tf_agenda_list (TfSession  *session,
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
    "SELECT " ITEM_COLUMNS "FROM agenda_item a " ITEM_JOINS
    "WHERE a.meeting_id = ?1 ORDER BY a.position", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  return collect (store, stmt, error);
}

TfAgendaItem *
tf_agenda_item_load (TfSession  *session,
                     gint64      item_id,
                     GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store,
    "SELECT " ITEM_COLUMNS "FROM agenda_item a " ITEM_JOINS "WHERE a.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, item_id);
  return tf_store_load_one (store, stmt, (TfRowReader) item_from_row,
                            _("The agenda item no longer exists."), error);
}

GListModel *
tf_meeting_list_decisions_for_case (TfSession  *session,
                                    gint64      case_id,
                                    GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_case (session, TF_ACCESS_VIEW, case_id, error))
    return NULL;
  store = tf_session_get_store (session);
  /* agenda_item_by_case finds the items; each joins its one meeting. */
  stmt = tf_store_prepare (store,
    "SELECT " ITEM_COLUMNS "FROM agenda_item a " ITEM_JOINS
    "WHERE a.case_id = ?1 AND m.status <> 'cancelled' "
    "AND (length (trim (coalesce (a.decision, ''))) > 0 "
    "     OR length (trim (coalesce (a.discussion, ''))) > 0) "
    "ORDER BY m.held_on DESC, m.start_time DESC, a.position", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  return collect (store, stmt, error);
}

/* Writing */

gint64
_tf_agenda_insert (TfStore    *store,
                   gint64      meeting_id,
                   gint64      case_id,
                   const char *reason,
                   const char *title,
                   GError    **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "INSERT INTO agenda_item (meeting_id, position, case_id, reason, title) "
    "VALUES (?1, (SELECT coalesce (max (position), 0) + 1 FROM agenda_item WHERE meeting_id = ?1), "
    "        ?2, ?3, ?4)", error);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  if (case_id > 0)
    sqlite3_bind_int64 (stmt, 2, case_id);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_text (stmt, 3, reason, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, title, -1, SQLITE_TRANSIENT);
  if (!_tf_meeting_step_write (store, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (tf_store_get_db (store));
}

/* The young person's name of a case, NULL when there is no such case. */
static char *
case_name (TfStore *store,
           gint64   case_id)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT yp.first_name || ' ' || yp.last_name FROM cases c "
    "JOIN young_person yp ON yp.id = c.young_person_id WHERE c.id = ?1", NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  return sqlite3_step (stmt) == SQLITE_ROW ? tf_stmt_dup_text (stmt, 0) : NULL;
}

static gboolean
case_on_agenda (TfStore *store,
                gint64   meeting_id,
                gint64   case_id)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT 1 FROM agenda_item WHERE meeting_id = ?1 AND case_id = ?2", NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_int64 (stmt, 2, case_id);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

gint64
tf_agenda_add (TfSession  *session,
               gint64      meeting_id,
               gint64      case_id,
               const char *title,
               GError    **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfMeeting) meeting = NULL;
  g_autofree char *text = tf_strdup_stripped (title);
  gint64 id;

  g_return_val_if_fail (TF_IS_SESSION (session), 0);

  if (case_id <= 0 && text == NULL)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("Title: write what the item is about, or choose a case."));
      return 0;
    }
  if (case_id > 0 ? !tf_access_check_case (session, TF_ACCESS_EDIT, case_id, error)
                  : !tf_access_check_store (session, TF_ACCESS_EDIT, error))
    return 0;
  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return 0;
  meeting = _tf_meeting_load_planned (session, meeting_id, error);
  if (meeting == NULL)
    return 0;
  if (case_id > 0)
    {
      g_autofree char *name = case_name (store, case_id);

      if (name == NULL)
        {
          g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                               _("Case: the case no longer exists."));
          return 0;
        }
      if (case_on_agenda (store, meeting_id, case_id))
        {
          g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                       /* Translators: %s is a young person's name */
                       _("%s is already on this agenda."), name);
          return 0;
        }
      if (text == NULL)
        text = g_steal_pointer (&name);
    }
  id = _tf_agenda_insert (store, meeting_id, case_id, "manual", text, error);
  if (id == 0 ||
      !tf_audit_record (session, "create", "agenda_item", id, case_id, NULL, error))
    return 0;
  tf_transaction_changed (tx, "meeting", meeting_id);
  if (case_id > 0)
    tf_transaction_changed (tx, "decision", case_id);
  if (!tf_transaction_commit (tx, error))
    return 0;
  return id;
}

/* Renumbers a meeting's items 1…n in the order of @ids. The positions
 * first go negative, so no two rows ever share one (UNIQUE (meeting_id,
 * position)) halfway. */
static gboolean
renumber (TfStore  *store,
          gint64    meeting_id,
          GArray   *ids,
          GError  **error)
{
  g_autoptr(TfStmt) park = tf_store_prepare (store,
    "UPDATE agenda_item SET position = -position - 1 WHERE meeting_id = ?1", error);

  if (park == NULL)
    return FALSE;
  sqlite3_bind_int64 (park, 1, meeting_id);
  if (!_tf_meeting_step_write (store, park, error))
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(TfStmt) set = tf_store_prepare (store,
        "UPDATE agenda_item SET position = ?1 WHERE id = ?2", error);

      if (set == NULL)
        return FALSE;
      sqlite3_bind_int (set, 1, (int) i + 1);
      sqlite3_bind_int64 (set, 2, g_array_index (ids, gint64, i));
      if (!_tf_meeting_step_write (store, set, error))
        return FALSE;
    }
  return TRUE;
}

static GArray *
item_ids (TfStore  *store,
          gint64    meeting_id,
          GError  **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT id FROM agenda_item WHERE meeting_id = ?1 ORDER BY position", error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  if (rc != SQLITE_DONE)
    {
      tf_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&ids);
}

/* A cancelled meeting is not held: its agenda and minutes stay as they
 * were. (A closed one is refused by the schema's triggers.) */
static gboolean
refuse_cancelled (TfSession  *session,
                  gint64      meeting_id,
                  GError    **error)
{
  g_autoptr(TfMeeting) meeting = tf_meeting_load (session, meeting_id, error);

  if (meeting == NULL)
    return FALSE;
  if (tf_meeting_get_status (meeting) == TF_MEETING_CANCELLED)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("This meeting is cancelled. Plan a new meeting instead."));
      return FALSE;
    }
  return TRUE;
}

/* Removes (@position < 1) or moves an item, in one transaction. */
static gboolean
rearrange (TfSession  *session,
           gint64      item_id,
           gboolean    remove,
           int         position,
           GError    **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfAgendaItem) item = NULL;
  g_autoptr(GArray) ids = NULL;
  guint from = 0;

  if (!tf_access_check_store (session, TF_ACCESS_EDIT, error))
    return FALSE;
  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  item = tf_agenda_item_load (session, item_id, error);
  if (item == NULL || !refuse_cancelled (session, item->meeting_id, error))
    return FALSE;
  ids = item_ids (store, item->meeting_id, error);
  if (ids == NULL)
    return FALSE;
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == item_id)
      from = i;
  g_array_remove_index (ids, from);

  if (remove)
    {
      g_autoptr(TfStmt) stmt = tf_store_prepare (store,
        "DELETE FROM agenda_item WHERE id = ?1", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, item_id);
      if (!_tf_meeting_step_write (store, stmt, error))
        return FALSE;
    }
  else
    {
      guint to = (guint) CLAMP (position, 1, (int) ids->len + 1) - 1;

      g_array_insert_val (ids, to, item_id);
    }
  if (!renumber (store, item->meeting_id, ids, error) ||
      !tf_audit_record (session, remove ? "delete" : "move", "agenda_item", item_id,
                        item->case_id, NULL, error))
    return FALSE;
  tf_transaction_changed (tx, "meeting", item->meeting_id);
  if (remove && item->case_id > 0)
    tf_transaction_changed (tx, "decision", item->case_id);
  return tf_transaction_commit (tx, error);
}

gboolean
tf_agenda_remove (TfSession  *session,
                  gint64      item_id,
                  GError    **error)
{
  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  return rearrange (session, item_id, TRUE, 0, error);
}

gboolean
tf_agenda_move (TfSession  *session,
                gint64      item_id,
                int         position,
                GError    **error)
{
  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  return rearrange (session, item_id, FALSE, position, error);
}

gboolean
tf_agenda_item_set_minutes (TfSession  *session,
                            gint64      item_id,
                            gint64      expected_version,
                            const char *discussion,
                            const char *decision,
                            GError    **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfAgendaItem) item = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *discussion_text = tf_strdup_stripped (discussion);
  g_autofree char *decision_text = tf_strdup_stripped (decision);

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);

  if (!tf_access_check_store (session, TF_ACCESS_EDIT, error))
    return FALSE;
  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  item = tf_agenda_item_load (session, item_id, error);
  if (item == NULL || !refuse_cancelled (session, item->meeting_id, error))
    return FALSE;
  if (item->case_id > 0 &&
      !tf_access_check_case (session, TF_ACCESS_EDIT, item->case_id, error))
    return FALSE;

  stmt = tf_store_prepare (store,
    "UPDATE agenda_item SET discussion = ?1, decision = ?2, version = version + 1 "
    "WHERE id = ?3 AND version = ?4", error);
  if (stmt == NULL)
    return FALSE;
  tf_stmt_bind_text_or_null (stmt, 1, discussion_text);
  tf_stmt_bind_text_or_null (stmt, 2, decision_text);
  sqlite3_bind_int64 (stmt, 3, item_id);
  sqlite3_bind_int64 (stmt, 4, expected_version);
  /* The trigger refuses for closed minutes before the version is looked at. */
  if (!_tf_meeting_step_write (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (tf_store_get_db (store)) == 0)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_CONFLICT,
                           _("Someone else has changed this item of the minutes since you opened it."));
      return FALSE;
    }
  if (!tf_audit_record (session, "minutes", "agenda_item", item_id, item->case_id, NULL, error))
    return FALSE;
  tf_transaction_changed (tx, "meeting", item->meeting_id);
  if (item->case_id > 0)
    tf_transaction_changed (tx, "decision", item->case_id);
  return tf_transaction_commit (tx, error);
}
