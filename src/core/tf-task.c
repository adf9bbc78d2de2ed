/* tf-task.c — follow-up tasks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-day-private.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-meeting-private.h"
#include "tf-task.h"
#include "tf-util-private.h"

struct _TfTask
{
  GObject  parent_instance;

  gint64   id;
  gint64   case_id;
  char    *young_person_name;
  gint64   agenda_item_id;
  char    *what;
  gint64   staff_id;
  char    *staff_name;
  char    *due_on;
  char    *done_on;
  char    *done_by_name;
  gint64   version;
};

G_DEFINE_FINAL_TYPE (TfTask, tf_task, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CASE_ID,
  PROP_AGENDA_ITEM_ID,
  PROP_STAFF_ID,
  PROP_VERSION,
  PROP_WHAT,
  PROP_STAFF_NAME,
  PROP_DUE_ON,
  PROP_DONE_ON,
  PROP_DONE_BY_NAME,
  PROP_YOUNG_PERSON_NAME,
  N_PROPS
};

static void
tf_task_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  TfTask *self = TF_TASK (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_CASE_ID: g_value_set_int64 (value, self->case_id); break;
    case PROP_AGENDA_ITEM_ID: g_value_set_int64 (value, self->agenda_item_id); break;
    case PROP_STAFF_ID: g_value_set_int64 (value, self->staff_id); break;
    case PROP_VERSION: g_value_set_int64 (value, self->version); break;
    case PROP_WHAT: g_value_set_string (value, self->what); break;
    case PROP_STAFF_NAME: g_value_set_string (value, self->staff_name); break;
    case PROP_DUE_ON: g_value_set_string (value, self->due_on); break;
    case PROP_DONE_ON: g_value_set_string (value, self->done_on); break;
    case PROP_DONE_BY_NAME: g_value_set_string (value, self->done_by_name); break;
    case PROP_YOUNG_PERSON_NAME: g_value_set_string (value, self->young_person_name); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_task_finalize (GObject *object)
{
  TfTask *self = TF_TASK (object);

  g_free (self->young_person_name);
  g_free (self->what);
  g_free (self->staff_name);
  g_free (self->due_on);
  g_free (self->done_on);
  g_free (self->done_by_name);
  G_OBJECT_CLASS (tf_task_parent_class)->finalize (object);
}

static void
tf_task_class_init (TfTaskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  struct { guint id; const char *name; } ints[] = {
    { PROP_ID, "id" }, { PROP_CASE_ID, "case-id" }, { PROP_AGENDA_ITEM_ID, "agenda-item-id" },
    { PROP_STAFF_ID, "staff-id" }, { PROP_VERSION, "version" },
  };
  struct { guint id; const char *name; } strings[] = {
    { PROP_WHAT, "what" }, { PROP_STAFF_NAME, "staff-name" }, { PROP_DUE_ON, "due-on" },
    { PROP_DONE_ON, "done-on" }, { PROP_DONE_BY_NAME, "done-by-name" },
    { PROP_YOUNG_PERSON_NAME, "young-person-name" },
  };

  object_class->get_property = tf_task_get_property;
  object_class->finalize = tf_task_finalize;
  for (guint i = 0; i < G_N_ELEMENTS (ints); i++)
    g_object_class_install_property (object_class, ints[i].id,
      g_param_spec_int64 (ints[i].name, NULL, NULL, 0, G_MAXINT64, 0, ro));
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    g_object_class_install_property (object_class, strings[i].id,
      g_param_spec_string (strings[i].name, NULL, NULL, NULL, ro));
}

static void
tf_task_init (TfTask *self)
{
}

gint64 tf_task_get_id (TfTask *self) { g_return_val_if_fail (TF_IS_TASK (self), 0); return self->id; }
gint64 tf_task_get_case_id (TfTask *self) { g_return_val_if_fail (TF_IS_TASK (self), 0); return self->case_id; }
const char *tf_task_get_young_person_name (TfTask *self) { g_return_val_if_fail (TF_IS_TASK (self), NULL); return self->young_person_name; }
gint64 tf_task_get_agenda_item_id (TfTask *self) { g_return_val_if_fail (TF_IS_TASK (self), 0); return self->agenda_item_id; }
const char *tf_task_get_what (TfTask *self) { g_return_val_if_fail (TF_IS_TASK (self), NULL); return self->what; }
gint64 tf_task_get_staff_id (TfTask *self) { g_return_val_if_fail (TF_IS_TASK (self), 0); return self->staff_id; }
const char *tf_task_get_staff_name (TfTask *self) { g_return_val_if_fail (TF_IS_TASK (self), NULL); return self->staff_name; }
const char *tf_task_get_due_on (TfTask *self) { g_return_val_if_fail (TF_IS_TASK (self), NULL); return self->due_on; }
const char *tf_task_get_done_on (TfTask *self) { g_return_val_if_fail (TF_IS_TASK (self), NULL); return self->done_on; }
const char *tf_task_get_done_by_name (TfTask *self) { g_return_val_if_fail (TF_IS_TASK (self), NULL); return self->done_by_name; }
gint64 tf_task_get_version (TfTask *self) { g_return_val_if_fail (TF_IS_TASK (self), 0); return self->version; }

gboolean
tf_task_is_overdue (TfTask     *self,
                    const char *today)
{
  g_autofree char *now = tf_today_iso ();

  g_return_val_if_fail (TF_IS_TASK (self), FALSE);
  return self->done_on == NULL && g_strcmp0 (self->due_on, today != NULL ? today : now) < 0;
}

#define TASK_COLUMNS \
  "t.id, t.case_id, yp.first_name || ' ' || yp.last_name, t.agenda_item_id, t.what, " \
  "t.staff_id, s.name, t.due_on, t.done_on, d.name, t.version "
#define TASK_JOINS \
  "LEFT JOIN cases c ON c.id = t.case_id " \
  "LEFT JOIN young_person yp ON yp.id = c.young_person_id " \
  "LEFT JOIN staff_member s ON s.id = t.staff_id " \
  "LEFT JOIN staff_member d ON d.id = t.done_by "

static TfTask *
task_from_row (TfStmt *stmt)
{
  TfTask *t = g_object_new (TF_TYPE_TASK, NULL);

  t->id = sqlite3_column_int64 (stmt, 0);
  t->case_id = sqlite3_column_int64 (stmt, 1);
  t->young_person_name = tf_stmt_dup_text (stmt, 2);
  t->agenda_item_id = sqlite3_column_int64 (stmt, 3);
  t->what = tf_stmt_dup_text (stmt, 4);
  t->staff_id = sqlite3_column_int64 (stmt, 5);
  t->staff_name = tf_stmt_dup_text (stmt, 6);
  t->due_on = tf_stmt_dup_text (stmt, 7);
  t->done_on = tf_stmt_dup_text (stmt, 8);
  t->done_by_name = tf_stmt_dup_text (stmt, 9);
  t->version = sqlite3_column_int64 (stmt, 10);
  return t;
}

static GListModel *
collect (TfStore  *store,
         TfStmt   *stmt,
         GError  **error)
{
  return tf_store_collect (store, stmt, TF_TYPE_TASK, (TfRowReader) task_from_row, error);
}

TfTask *
tf_task_load (TfSession  *session,
              gint64      task_id,
              GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store,
    "SELECT " TASK_COLUMNS "FROM task t " TASK_JOINS "WHERE t.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, task_id);
  return tf_store_load_one (store, stmt, (TfRowReader) task_from_row,
                            _("The task no longer exists."), error);
}

GListModel *
tf_task_list_for_case (TfSession  *session,
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
    "SELECT " TASK_COLUMNS "FROM task t " TASK_JOINS "WHERE t.case_id = ?1 "
    "ORDER BY t.done_on IS NOT NULL, "
    "  CASE WHEN t.done_on IS NULL THEN t.due_on END, t.done_on DESC, t.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  return collect (store, stmt, error);
}

GListModel *
tf_task_list_for_agenda_item (TfSession  *session,
                              gint64      item_id,
                              GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) item = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  gint64 case_id;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  store = tf_session_get_store (session);
  /* The item's case decides who may see its tasks, as for the case's list. */
  item = tf_store_prepare (store, "SELECT case_id FROM agenda_item WHERE id = ?1", error);
  if (item == NULL)
    return NULL;
  sqlite3_bind_int64 (item, 1, item_id);
  switch (sqlite3_step (item))
    {
    case SQLITE_ROW:
      case_id = sqlite3_column_int64 (item, 0);
      break;
    case SQLITE_DONE:
      g_set_error_literal (error, TF_ERROR, TF_ERROR_NOT_FOUND,
                           _("The agenda item no longer exists."));
      return NULL;
    default:
      tf_store_set_error (store, error);
      return NULL;
    }
  if (case_id > 0 ? !tf_access_check_case (session, TF_ACCESS_VIEW, case_id, error)
                  : !tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  stmt = tf_store_prepare (store,
    "SELECT " TASK_COLUMNS "FROM task t " TASK_JOINS
    "WHERE t.agenda_item_id = ?1 ORDER BY t.due_on, t.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, item_id);
  return collect (store, stmt, error);
}

GListModel *
tf_task_list_open_for_staff (TfSession  *session,
                             gint64      staff_id,
                             GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  store = tf_session_get_store (session);
  /* task_by_staff: open tasks by staff member and due day */
  stmt = tf_store_prepare (store,
    "SELECT " TASK_COLUMNS "FROM task t " TASK_JOINS
    "WHERE t.staff_id = ?1 AND t.done_on IS NULL ORDER BY t.due_on, t.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, staff_id);
  return collect (store, stmt, error);
}

GListModel *
tf_task_list_due (TfSession  *session,
                  const char *today,
                  guint       days,
                  GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *now = tf_today_iso ();
  gint32 day;
  char last[11];

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!_tf_day_parse (today != NULL ? today : now, &day))
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID, _("Today: not a real date."));
      return NULL;
    }
  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  _tf_day_format (day + (gint32) MIN (days, 36600), last);
  store = tf_session_get_store (session);
  /* task_open_by_due: the open tasks in due order */
  stmt = tf_store_prepare (store,
    "SELECT " TASK_COLUMNS "FROM task t " TASK_JOINS
    "WHERE t.done_on IS NULL AND t.due_on <= ?1 ORDER BY t.due_on, t.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, last, -1, SQLITE_TRANSIENT);
  return collect (store, stmt, error);
}

/* Writing */

/* The case and the meeting day of an agenda item, and whether its minutes
 * are closed. */
static gboolean
item_context (TfStore  *store,
              gint64    item_id,
              gint64   *case_id,
              char    **held_on,
              gboolean *closed,
              GError  **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT a.case_id, m.held_on, m.status FROM agenda_item a "
    "JOIN meeting m ON m.id = a.meeting_id WHERE a.id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("The agenda item no longer exists."));
      return FALSE;
    }
  *case_id = sqlite3_column_int64 (stmt, 0);
  *held_on = tf_stmt_dup_text (stmt, 1);
  *closed = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 2), "closed") == 0;
  return TRUE;
}

static gboolean
row_exists (TfStore    *store,
            TfStmt     *stmt,
            gint64      id)
{
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

gint64
tf_task_add (TfSession          *session,
             const TfTaskDraft  *draft,
             GError            **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfStmt) staff = NULL;
  g_autoptr(TfStmt) kase = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *what = NULL;
  g_autofree char *held_on = NULL;
  g_autofree char *today = tf_today_iso ();
  gint64 case_id, id;
  gboolean closed = FALSE;
  gint32 due;

  g_return_val_if_fail (TF_IS_SESSION (session), 0);
  g_return_val_if_fail (draft != NULL, 0);

  what = tf_strdup_stripped (draft->what);
  if (what == NULL)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("What: write what is to be done."));
      return 0;
    }
  if (draft->staff_id <= 0)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("Who: choose the staff member who does it."));
      return 0;
    }
  if (draft->due_on == NULL || *draft->due_on == '\0')
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("Due: write the day it must be done by."));
      return 0;
    }
  if (!_tf_day_parse (draft->due_on, &due))
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("Due: not a real date. Write it as 3.12.2025."));
      return 0;
    }

  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return 0;
  if (draft->agenda_item_id > 0)
    {
      if (!item_context (store, draft->agenda_item_id, &case_id, &held_on, &closed, error))
        return 0;
      if (closed)
        {
          _tf_meeting_set_locked_error (error);
          return 0;
        }
    }
  else
    {
      case_id = draft->case_id;
      if (case_id <= 0)
        {
          g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                               _("Case: choose the case the task is about."));
          return 0;
        }
    }
  if (case_id > 0)
    {
      kase = tf_store_prepare (store, "SELECT 1 FROM cases WHERE id = ?1", error);
      if (!row_exists (store, kase, case_id))
        {
          g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                               _("Case: the case no longer exists."));
          return 0;
        }
    }
  /* A task decided at a meeting may not be due before the meeting; one
   * added on a case not before the day it is added. */
  if (g_strcmp0 (draft->due_on, held_on != NULL ? held_on : today) < 0)
    {
      g_autofree char *first = tf_format_date (held_on != NULL ? held_on : today);

      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   held_on != NULL
                   /* Translators: %s is a date like "3. dec. 2025" */
                   ? _("Due: not before the meeting, %s.")
                   : _("Due: not before today, %s."), first);
      return 0;
    }
  staff = tf_store_prepare (store, "SELECT 1 FROM staff_member WHERE id = ?1", error);
  if (!row_exists (store, staff, draft->staff_id))
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("Who: the staff member no longer exists."));
      return 0;
    }
  if (case_id > 0 ? !tf_access_check_case (session, TF_ACCESS_CREATE, case_id, error)
                  : !tf_access_check_store (session, TF_ACCESS_CREATE, error))
    return 0;

  stmt = tf_store_prepare (store,
    "INSERT INTO task (case_id, agenda_item_id, what, staff_id, due_on, author_id, created_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (stmt == NULL)
    return 0;
  if (case_id > 0)
    sqlite3_bind_int64 (stmt, 1, case_id);
  else
    sqlite3_bind_null (stmt, 1);
  if (draft->agenda_item_id > 0)
    sqlite3_bind_int64 (stmt, 2, draft->agenda_item_id);
  else
    sqlite3_bind_null (stmt, 2);
  sqlite3_bind_text (stmt, 3, what, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, draft->staff_id);
  sqlite3_bind_text (stmt, 5, draft->due_on, -1, SQLITE_TRANSIENT);
  tf_stmt_bind_staff_id (stmt, 6, tf_session_get_staff_id (session));
  sqlite3_bind_int64 (stmt, 7, tf_now_seconds ());
  if (!tf_store_step_done (store, stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (tf_store_get_db (store));
  if (!tf_audit_record (session, "create", "task", id, case_id, NULL, error))
    return 0;
  tf_transaction_changed (tx, "task", case_id);
  if (!tf_transaction_commit (tx, error))
    return 0;
  return id;
}

gboolean
tf_task_set_done (TfSession  *session,
                  gint64      task_id,
                  gint64      expected_version,
                  gboolean    done,
                  GError    **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfTask) stored = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *today = tf_today_iso ();

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);

  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  stored = tf_task_load (session, task_id, error);
  if (stored == NULL)
    return FALSE;
  if (stored->case_id > 0 ? !tf_access_check_case (session, TF_ACCESS_EDIT, stored->case_id, error)
                          : !tf_access_check_store (session, TF_ACCESS_EDIT, error))
    return FALSE;
  stmt = tf_store_prepare (store,
    "UPDATE task SET done_on = ?1, done_by = ?2, version = version + 1 "
    "WHERE id = ?3 AND version = ?4", error);
  if (stmt == NULL)
    return FALSE;
  if (done)
    {
      sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
      tf_stmt_bind_staff_id (stmt, 2, tf_session_get_staff_id (session));
    }
  else
    {
      sqlite3_bind_null (stmt, 1);
      sqlite3_bind_null (stmt, 2);
    }
  sqlite3_bind_int64 (stmt, 3, task_id);
  sqlite3_bind_int64 (stmt, 4, expected_version);
  if (!tf_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (tf_store_get_db (store)) == 0)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_CONFLICT,
                           _("Someone else has changed this task since you opened it."));
      return FALSE;
    }
  if (!tf_audit_record (session, done ? "done" : "undone", "task", task_id,
                        stored->case_id, NULL, error))
    return FALSE;
  tf_transaction_changed (tx, "task", stored->case_id);
  return tf_transaction_commit (tx, error);
}
