/* tf-expense.c — other expenses beside the interventions' costs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-budget.h"
#include "tf-error.h"
#include "tf-expense.h"
#include "tf-format.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

struct _TfExpense
{
  GObject  parent_instance;

  gint64   id;
  gint64   version;
  char    *spent_on;
  char    *budget_area;
  gint64   organisation_id;
  char    *organisation_name;
  gint64   case_id;
  char    *young_person_name;
  char    *description;
  gint64   amount;
};

G_DEFINE_FINAL_TYPE (TfExpense, tf_expense, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_SPENT_ON,
  PROP_BUDGET_AREA,
  PROP_ORGANISATION_ID,
  PROP_ORGANISATION_NAME,
  PROP_CASE_ID,
  PROP_YOUNG_PERSON_NAME,
  PROP_DESCRIPTION,
  PROP_AMOUNT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tf_expense_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TfExpense *self = TF_EXPENSE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_VERSION: g_value_set_int64 (value, self->version); break;
    case PROP_SPENT_ON: g_value_set_string (value, self->spent_on); break;
    case PROP_BUDGET_AREA: g_value_set_string (value, self->budget_area); break;
    case PROP_ORGANISATION_ID: g_value_set_int64 (value, self->organisation_id); break;
    case PROP_ORGANISATION_NAME: g_value_set_string (value, self->organisation_name); break;
    case PROP_CASE_ID: g_value_set_int64 (value, self->case_id); break;
    case PROP_YOUNG_PERSON_NAME: g_value_set_string (value, self->young_person_name); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_AMOUNT: g_value_set_int64 (value, self->amount); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_expense_finalize (GObject *object)
{
  TfExpense *self = TF_EXPENSE (object);

  g_free (self->spent_on);
  g_free (self->budget_area);
  g_free (self->organisation_name);
  g_free (self->young_person_name);
  g_free (self->description);
  G_OBJECT_CLASS (tf_expense_parent_class)->finalize (object);
}

static void
tf_expense_class_init (TfExpenseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->get_property = tf_expense_get_property;
  object_class->finalize = tf_expense_finalize;
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_VERSION] = g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_SPENT_ON] = g_param_spec_string ("spent-on", NULL, NULL, NULL, ro);
  properties[PROP_BUDGET_AREA] = g_param_spec_string ("budget-area", NULL, NULL, NULL, ro);
  properties[PROP_ORGANISATION_ID] = g_param_spec_int64 ("organisation-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_ORGANISATION_NAME] = g_param_spec_string ("organisation-name", NULL, NULL, NULL, ro);
  properties[PROP_CASE_ID] = g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_YOUNG_PERSON_NAME] = g_param_spec_string ("young-person-name", NULL, NULL, NULL, ro);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, NULL, ro);
  properties[PROP_AMOUNT] = g_param_spec_int64 ("amount", NULL, NULL, G_MININT64, G_MAXINT64, 0, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tf_expense_init (TfExpense *self)
{
}

TfExpense *
tf_expense_new (void)
{
  return g_object_new (TF_TYPE_EXPENSE, NULL);
}

#define GETTER(type, name, fallback) \
  type tf_expense_get_##name (TfExpense *self) \
  { \
    g_return_val_if_fail (TF_IS_EXPENSE (self), fallback); \
    return self->name; \
  }

GETTER (gint64, id, 0)
GETTER (gint64, version, 0)
GETTER (const char *, spent_on, NULL)
GETTER (const char *, budget_area, NULL)
GETTER (gint64, organisation_id, 0)
GETTER (const char *, organisation_name, NULL)
GETTER (gint64, case_id, 0)
GETTER (const char *, young_person_name, NULL)
GETTER (const char *, description, NULL)
GETTER (gint64, amount, 0)

#undef GETTER

static void
set_string (TfExpense   *self,
            char       **field,
            const char  *value,
            guint        prop)
{
  if (tf_set_str (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_int (TfExpense *self,
         gint64    *field,
         gint64     value,
         guint      prop)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
tf_expense_set_spent_on (TfExpense  *self,
                         const char *iso_date)
{
  g_return_if_fail (TF_IS_EXPENSE (self));
  set_string (self, &self->spent_on, iso_date, PROP_SPENT_ON);
}

void
tf_expense_set_budget_area (TfExpense  *self,
                            const char *area_id)
{
  g_return_if_fail (TF_IS_EXPENSE (self));
  set_string (self, &self->budget_area, area_id, PROP_BUDGET_AREA);
}

void
tf_expense_set_organisation_id (TfExpense *self,
                                gint64     organisation_id)
{
  g_return_if_fail (TF_IS_EXPENSE (self));
  set_int (self, &self->organisation_id, organisation_id, PROP_ORGANISATION_ID);
}

void
tf_expense_set_case_id (TfExpense *self,
                        gint64     case_id)
{
  g_return_if_fail (TF_IS_EXPENSE (self));
  set_int (self, &self->case_id, MAX (case_id, 0), PROP_CASE_ID);
}

void
tf_expense_set_description (TfExpense  *self,
                            const char *description)
{
  g_autofree char *text = tf_strdup_stripped (description);

  g_return_if_fail (TF_IS_EXPENSE (self));
  set_string (self, &self->description, text, PROP_DESCRIPTION);
}

void
tf_expense_set_amount (TfExpense *self,
                       gint64     ore)
{
  g_return_if_fail (TF_IS_EXPENSE (self));
  set_int (self, &self->amount, ore, PROP_AMOUNT);
}

GHashTable *
tf_expense_validate (TfExpense *self)
{
  g_autoptr(GHashTable) problems = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  g_return_val_if_fail (TF_IS_EXPENSE (self), NULL);

  if (self->spent_on == NULL)
    g_hash_table_insert (problems, "spent-on", g_strdup (_("Give the day of the expense.")));
  else if (!tf_iso_date_is_valid (self->spent_on))
    g_hash_table_insert (problems, "spent-on",
                         g_strdup_printf (_("%s is not a real day."), self->spent_on));
  if (!tf_budget_area_is_valid (self->budget_area))
    g_hash_table_insert (problems, "budget-area", g_strdup (_("Choose the area the expense belongs to.")));
  if (self->organisation_id <= 0)
    g_hash_table_insert (problems, "organisation", g_strdup (_("Choose the organisation that paid.")));
  if (self->description == NULL)
    g_hash_table_insert (problems, "description", g_strdup (_("Write what the expense was for.")));
  if (self->amount <= 0)
    g_hash_table_insert (problems, "amount", g_strdup (_("The amount must be more than 0 kr.")));

  return g_hash_table_size (problems) > 0 ? g_steal_pointer (&problems) : NULL;
}

/* The first problem in the order of the form, for a single message. */
static gboolean
check_valid (TfExpense  *self,
             GError    **error)
{
  static const char * const order[] = { "spent-on", "budget-area", "organisation", "description", "amount" };
  g_autoptr(GHashTable) problems = tf_expense_validate (self);

  if (problems == NULL)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *message = g_hash_table_lookup (problems, order[i]);

      if (message != NULL)
        {
          g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID, message);
          break;
        }
    }
  return FALSE;
}

#define EXPENSE_COLUMNS \
  "e.id, e.version, e.spent_on, e.budget_area, e.organisation_id, o.name, e.case_id, " \
  "y.first_name || ' ' || y.last_name, e.description, e.amount "
#define EXPENSE_JOINS \
  "FROM expense e JOIN organisation o ON o.id = e.organisation_id " \
  "LEFT JOIN cases c ON c.id = e.case_id LEFT JOIN young_person y ON y.id = c.young_person_id "

static gpointer
expense_from_row (TfStmt *stmt)
{
  TfExpense *self = tf_expense_new ();

  self->id = sqlite3_column_int64 (stmt, 0);
  self->version = sqlite3_column_int64 (stmt, 1);
  self->spent_on = tf_stmt_dup_text (stmt, 2);
  self->budget_area = tf_stmt_dup_text (stmt, 3);
  self->organisation_id = sqlite3_column_int64 (stmt, 4);
  self->organisation_name = tf_stmt_dup_text (stmt, 5);
  self->case_id = sqlite3_column_int64 (stmt, 6);
  self->young_person_name = tf_stmt_dup_text (stmt, 7);
  self->description = tf_stmt_dup_text (stmt, 8);
  self->amount = sqlite3_column_int64 (stmt, 9);
  return self;
}

TfExpense *
tf_expense_load (TfSession  *session,
                 gint64      id,
                 GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store,
    "SELECT " EXPENSE_COLUMNS EXPENSE_JOINS "WHERE e.id = ?1 AND e.deleted_at IS NULL", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return expense_from_row (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND, _("The expense has been removed."));
  else
    tf_store_set_error (store, error);
  return NULL;
}

GListModel *
tf_expense_list (TfSession   *session,
                 const char  *from_iso,
                 const char  *to_iso,
                 GError     **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store,
    "SELECT " EXPENSE_COLUMNS EXPENSE_JOINS
    "WHERE e.deleted_at IS NULL AND (?1 IS NULL OR e.spent_on >= ?1) AND (?2 IS NULL OR e.spent_on <= ?2) "
    "ORDER BY e.spent_on, e.id", error);
  if (stmt == NULL)
    return NULL;
  tf_stmt_bind_text_or_null (stmt, 1, from_iso);
  tf_stmt_bind_text_or_null (stmt, 2, to_iso);
  return tf_store_collect (store, stmt, TF_TYPE_EXPENSE, expense_from_row, error);
}

GListModel *
tf_expense_list_for_case (TfSession  *session,
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
    "SELECT " EXPENSE_COLUMNS EXPENSE_JOINS
    "WHERE e.case_id = ?1 AND e.deleted_at IS NULL ORDER BY e.spent_on DESC, e.id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  return tf_store_collect (store, stmt, TF_TYPE_EXPENSE, expense_from_row, error);
}

static gboolean
check_references (TfStore    *store,
                  TfExpense  *self,
                  GError    **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT (SELECT count(*) FROM organisation WHERE id = ?1), "
    "       (SELECT count(*) FROM cases WHERE id = ?2)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->organisation_id);
  sqlite3_bind_int64 (stmt, 2, self->case_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tf_store_set_error (store, error);
  if (sqlite3_column_int64 (stmt, 0) == 0)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID, _("Choose the organisation that paid."));
      return FALSE;
    }
  if (self->case_id > 0 && sqlite3_column_int64 (stmt, 1) == 0)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID, _("The case of the expense no longer exists."));
      return FALSE;
    }
  return TRUE;
}

/* Copies the current version into the history and bumps it, if it is still
 * the version @self was read at; FALSE with TF_ERROR_CONFLICT otherwise. */
static gboolean
keep_history (TfSession  *session,
              TfExpense  *self,
              GError    **error)
{
  TfStore *store = tf_session_get_store (session);
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "INSERT INTO expense_history (expense_id, version, spent_on, budget_area, organisation_id, case_id, "
    "                             description, amount, deleted_at, author_id, changed_at) "
    "SELECT id, version, spent_on, budget_area, organisation_id, case_id, description, amount, "
    "       deleted_at, author_id, ?3 "
    "FROM expense WHERE id = ?1 AND version = ?2 AND deleted_at IS NULL", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->id);
  sqlite3_bind_int64 (stmt, 2, self->version);
  sqlite3_bind_int64 (stmt, 3, tf_now_seconds ());
  if (!tf_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (tf_store_get_db (store)) == 0)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_CONFLICT,
                           _("Someone else changed or removed the expense since you opened it."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_expense (TfSession  *session,
               TfExpense  *self,
               GError    **error)
{
  TfStore *store = tf_session_get_store (session);
  g_autoptr(TfStmt) stmt = NULL;

  if (self->id == 0)
    stmt = tf_store_prepare (store,
      "INSERT INTO expense (spent_on, budget_area, organisation_id, case_id, description, amount, "
      "                     author_id, created_at, updated_at, version) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, 1)", error);
  else
    stmt = tf_store_prepare (store,
      "UPDATE expense SET spent_on = ?1, budget_area = ?2, organisation_id = ?3, case_id = ?4, "
      "  description = ?5, amount = ?6, author_id = ?7, updated_at = ?8, version = version + 1 "
      "WHERE id = ?9", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, self->spent_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, self->budget_area, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, self->organisation_id);
  if (self->case_id > 0)
    sqlite3_bind_int64 (stmt, 4, self->case_id);
  else
    sqlite3_bind_null (stmt, 4);
  sqlite3_bind_text (stmt, 5, self->description, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, self->amount);
  tf_stmt_bind_staff_id (stmt, 7, tf_session_get_staff_id (session));
  sqlite3_bind_int64 (stmt, 8, tf_now_seconds ());
  if (self->id != 0)
    sqlite3_bind_int64 (stmt, 9, self->id);
  return tf_store_step_done (store, stmt, error);
}

gboolean
tf_expense_save (TfSession  *session,
                 TfExpense  *self,
                 GError    **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autofree char *detail = NULL;
  gboolean creating;
  gint64 id;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (TF_IS_EXPENSE (self), FALSE);

  if (!check_valid (self, error))
    return FALSE;
  creating = self->id == 0;
  if (!tf_access_check_store (session, creating ? TF_ACCESS_CREATE : TF_ACCESS_EDIT, error))
    return FALSE;
  if (self->case_id > 0 && !tf_access_check_case (session, TF_ACCESS_EDIT, self->case_id, error))
    return FALSE;

  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  if (!check_references (store, self, error))
    return FALSE;
  if (!creating && !keep_history (session, self, error))
    return FALSE;
  if (!write_expense (session, self, error))
    return FALSE;
  id = creating ? sqlite3_last_insert_rowid (tf_store_get_db (store)) : self->id;

  detail = g_strdup_printf ("{\"spent_on\":\"%s\",\"area\":\"%s\",\"amount\":%" G_GINT64_FORMAT "}",
                            self->spent_on, self->budget_area, self->amount);
  if (!tf_audit_record (session, creating ? "create" : "update", "expense", id, self->case_id, detail, error))
    return FALSE;
  tf_transaction_changed (tx, "expense", id);
  if (!tf_transaction_commit (tx, error))
    return FALSE;

  self->id = id;
  self->version = creating ? 1 : self->version + 1;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
  return TRUE;
}

gboolean
tf_expense_remove (TfSession  *session,
                   TfExpense  *self,
                   GError    **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (TF_IS_EXPENSE (self), FALSE);
  g_return_val_if_fail (self->id > 0, FALSE);

  if (!tf_access_check_store (session, TF_ACCESS_DELETE, error))
    return FALSE;
  if (self->case_id > 0 && !tf_access_check_case (session, TF_ACCESS_EDIT, self->case_id, error))
    return FALSE;

  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  if (!keep_history (session, self, error))
    return FALSE;
  stmt = tf_store_prepare (store,
    "UPDATE expense SET deleted_at = ?2, updated_at = ?2, author_id = ?3, version = version + 1 "
    "WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->id);
  sqlite3_bind_int64 (stmt, 2, tf_now_seconds ());
  tf_stmt_bind_staff_id (stmt, 3, tf_session_get_staff_id (session));
  if (!tf_store_step_done (store, stmt, error))
    return FALSE;
  /* What was removed stays readable in the log, not only in the history */
  detail = g_strdup_printf ("{\"spent_on\":\"%s\",\"area\":\"%s\",\"amount\":%" G_GINT64_FORMAT "}",
                            self->spent_on, self->budget_area, self->amount);
  if (!tf_audit_record (session, "delete", "expense", self->id, self->case_id, detail, error))
    return FALSE;
  tf_transaction_changed (tx, "expense", self->id);
  if (!tf_transaction_commit (tx, error))
    return FALSE;
  self->version++;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
  return TRUE;
}

void
tf_expense_rebase (TfExpense *self,
                   TfExpense *newer)
{
  g_return_if_fail (TF_IS_EXPENSE (self));
  g_return_if_fail (TF_IS_EXPENSE (newer));
  g_return_if_fail (self->id == newer->id);

  set_int (self, &self->version, newer->version, PROP_VERSION);
}
