/* tf-note.c — journal notes on a case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-note.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

struct _TfNote
{
  GObject  parent_instance;

  gint64   id;
  gint64   case_id;
  char    *written_on;
  char    *author_name;
  char    *area;
  char    *body;
};

G_DEFINE_FINAL_TYPE (TfNote, tf_note, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CASE_ID,
  PROP_WRITTEN_ON,
  PROP_AUTHOR_NAME,
  PROP_AREA,
  PROP_BODY,
  N_PROPS
};

static void
tf_note_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  TfNote *self = TF_NOTE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_CASE_ID: g_value_set_int64 (value, self->case_id); break;
    case PROP_WRITTEN_ON: g_value_set_string (value, self->written_on); break;
    case PROP_AUTHOR_NAME: g_value_set_string (value, self->author_name); break;
    case PROP_AREA: g_value_set_string (value, self->area); break;
    case PROP_BODY: g_value_set_string (value, self->body); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_note_finalize (GObject *object)
{
  TfNote *self = TF_NOTE (object);

  g_free (self->written_on);
  g_free (self->author_name);
  g_free (self->area);
  g_free (self->body);
  G_OBJECT_CLASS (tf_note_parent_class)->finalize (object);
}

static void
tf_note_class_init (TfNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tf_note_get_property;
  object_class->finalize = tf_note_finalize;
  g_object_class_install_property (object_class, PROP_ID,
                                   g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_CASE_ID,
                                   g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_WRITTEN_ON,
                                   g_param_spec_string ("written-on", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_AUTHOR_NAME,
                                   g_param_spec_string ("author-name", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_AREA,
                                   g_param_spec_string ("area", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_BODY,
                                   g_param_spec_string ("body", NULL, NULL, NULL, ro));
}

static void
tf_note_init (TfNote *self)
{
}

gint64
tf_note_get_id (TfNote *self)
{
  g_return_val_if_fail (TF_IS_NOTE (self), 0);
  return self->id;
}

const char *
tf_note_get_written_on (TfNote *self)
{
  g_return_val_if_fail (TF_IS_NOTE (self), NULL);
  return self->written_on;
}

const char *
tf_note_get_author_name (TfNote *self)
{
  g_return_val_if_fail (TF_IS_NOTE (self), NULL);
  return self->author_name;
}

const char *
tf_note_get_body (TfNote *self)
{
  g_return_val_if_fail (TF_IS_NOTE (self), NULL);
  return self->body;
}

GListModel *
tf_note_list_for_case (TfSession  *session,
                       gint64      case_id,
                       guint       limit,
                       GError    **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(GListStore) store = NULL;
  int rc;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_case (session, TF_ACCESS_VIEW, case_id, error))
    return NULL;
  stmt = tf_store_prepare (tf_session_get_store (session),
    "SELECT n.id, n.written_on, s.name, n.area, n.body FROM note n "
    "LEFT JOIN staff_member s ON s.id = n.author_id "
    "WHERE n.case_id = ?1 ORDER BY n.written_on DESC, n.id DESC LIMIT ?2", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_int64 (stmt, 2, limit);

  store = g_list_store_new (TF_TYPE_NOTE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TfNote) note = g_object_new (TF_TYPE_NOTE, NULL);
      note->id = sqlite3_column_int64 (stmt, 0);
      note->case_id = case_id;
      note->written_on = tf_stmt_dup_text (stmt, 1);
      note->author_name = tf_stmt_dup_text (stmt, 2);
      note->area = tf_stmt_dup_text (stmt, 3);
      note->body = tf_stmt_dup_text (stmt, 4);
      g_list_store_append (store, note);
    }
  if (rc != SQLITE_DONE)
    {
      tf_store_set_error (tf_session_get_store (session), error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

gint64
tf_note_count_for_case (TfSession *session,
                        gint64     case_id)
{
  g_autoptr(TfStmt) stmt = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), 0);

  if (!tf_access_check_case (session, TF_ACCESS_VIEW, case_id, NULL))
    return 0;
  stmt = tf_store_prepare (tf_session_get_store (session),
                           "SELECT count(*) FROM note WHERE case_id = ?1", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, case_id);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int64 (stmt, 0) : 0;
}

gint64
tf_note_add (TfSession   *session,
             gint64       case_id,
             const char  *body,
             GError     **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *text = tf_strdup_stripped (body);
  g_autofree char *today = tf_today_iso ();
  gint64 id;

  g_return_val_if_fail (TF_IS_SESSION (session), 0);

  if (text == NULL)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("Write the note before adding it."));
      return 0;
    }
  if (!tf_access_check_case (session, TF_ACCESS_EDIT, case_id, error))
    return 0;

  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return 0;
  stmt = tf_store_prepare (store,
    "INSERT INTO note (case_id, written_on, written_at, author_id, body) VALUES (?1, ?2, ?3, ?4, ?5)",
    error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_text (stmt, 2, today, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, tf_now_seconds ());
  tf_stmt_bind_staff_id (stmt, 4, tf_session_get_staff_id (session));
  sqlite3_bind_text (stmt, 5, text, -1, SQLITE_TRANSIENT);
  if (!tf_store_step_done (store, stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (tf_store_get_db (store));
  if (!tf_audit_record (session, "create", "note", id, case_id, NULL, error))
    return 0;
  tf_transaction_changed (tx, "note", case_id);
  if (!tf_transaction_commit (tx, error))
    return 0;
  return id;
}
