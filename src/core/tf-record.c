/* tf-record.c — what a work area records about a young person, and interventions
 *
 * Every form a plugin declares is kept in one table (record): the values as
 * JSON keyed by field id, so reports can read them with json_extract, and for
 * interventions the status, period and costs as columns of their own. Before
 * each change the current row is copied to record_history; a delete is soft.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-record.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

/* Intervention statuses */

typedef struct
{
  const char *id;
  const char *label;
} IdLabel;

/* Context "intervention status": "Active" is also a case status, and the
 * two may be translated differently. */
static const IdLabel statuses[TF_N_INTERVENTION_STATUSES] = {
  { "planned", NC_("intervention status", "Planned") },
  { "active", NC_("intervention status", "Active") },
  { "completed", NC_("intervention status", "Completed") },
  { "stopped", NC_("intervention status", "Stopped") },
};

const char *
tf_intervention_status_to_id (TfInterventionStatus status)
{
  g_return_val_if_fail ((guint) status < TF_N_INTERVENTION_STATUSES, NULL);
  return statuses[status].id;
}

int
tf_intervention_status_from_id (const char *id)
{
  for (int i = 0; id != NULL && i < TF_N_INTERVENTION_STATUSES; i++)
    if (g_str_equal (statuses[i].id, id))
      return i;
  return -1;
}

const char *
tf_intervention_status_label (TfInterventionStatus status)
{
  g_return_val_if_fail ((guint) status < TF_N_INTERVENTION_STATUSES, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "intervention status", statuses[status].label);
}

/* The object */

struct _TfRecord
{
  GObject               parent_instance;

  gint64                id;
  gint64                case_id;
  gint64                version;
  char                 *form_id;
  char                 *area_id;
  gboolean              is_intervention;
  char                 *date;
  char                 *author_name;
  TfFormValues         *values;

  TfInterventionStatus  status;
  char                 *starts_on;
  char                 *ends_on;
  gint64                planned_cost;
  gint64                actual_cost;
};

G_DEFINE_FINAL_TYPE (TfRecord, tf_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CASE_ID,
  PROP_VERSION,
  PROP_FORM_ID,
  PROP_AREA_ID,
  PROP_DATE,
  PROP_AUTHOR_NAME,
  PROP_STATUS,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  PROP_PLANNED_COST,
  PROP_ACTUAL_COST,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
tf_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TfRecord *self = TF_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_CASE_ID: g_value_set_int64 (value, self->case_id); break;
    case PROP_VERSION: g_value_set_int64 (value, self->version); break;
    case PROP_FORM_ID: g_value_set_string (value, self->form_id); break;
    case PROP_AREA_ID: g_value_set_string (value, self->area_id); break;
    case PROP_DATE: g_value_set_string (value, self->date); break;
    case PROP_AUTHOR_NAME: g_value_set_string (value, self->author_name); break;
    case PROP_STATUS:
      g_value_set_string (value, (guint) self->status < TF_N_INTERVENTION_STATUSES
                                 ? statuses[self->status].id : NULL);
      break;
    case PROP_STARTS_ON: g_value_set_string (value, self->starts_on); break;
    case PROP_ENDS_ON: g_value_set_string (value, self->ends_on); break;
    case PROP_PLANNED_COST: g_value_set_int64 (value, self->planned_cost); break;
    case PROP_ACTUAL_COST: g_value_set_int64 (value, self->actual_cost); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_record_finalize (GObject *object)
{
  TfRecord *self = TF_RECORD (object);

  g_free (self->form_id);
  g_free (self->area_id);
  g_free (self->date);
  g_free (self->author_name);
  g_clear_object (&self->values);
  g_free (self->starts_on);
  g_free (self->ends_on);
  G_OBJECT_CLASS (tf_record_parent_class)->finalize (object);
}

static void
tf_record_class_init (TfRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  GParamFlags notify = ro | G_PARAM_EXPLICIT_NOTIFY;

  object_class->get_property = tf_record_get_property;
  object_class->finalize = tf_record_finalize;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, notify);
  properties[PROP_CASE_ID] = g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_VERSION] = g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, notify);
  properties[PROP_FORM_ID] = g_param_spec_string ("form-id", NULL, NULL, NULL, ro);
  properties[PROP_AREA_ID] = g_param_spec_string ("area-id", NULL, NULL, NULL, ro);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, notify);
  properties[PROP_AUTHOR_NAME] = g_param_spec_string ("author-name", NULL, NULL, NULL, notify);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL, notify);
  properties[PROP_STARTS_ON] = g_param_spec_string ("starts-on", NULL, NULL, NULL, notify);
  properties[PROP_ENDS_ON] = g_param_spec_string ("ends-on", NULL, NULL, NULL, notify);
  properties[PROP_PLANNED_COST] = g_param_spec_int64 ("planned-cost", NULL, NULL,
                                                      G_MININT64, G_MAXINT64, 0, notify);
  properties[PROP_ACTUAL_COST] = g_param_spec_int64 ("actual-cost", NULL, NULL,
                                                     G_MININT64, G_MAXINT64, 0, notify);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tf_record_init (TfRecord *self)
{
  self->status = TF_INTERVENTION_PLANNED;
}

TfRecord *
tf_record_new (TfForm *form,
               gint64  case_id)
{
  TfRecord *self;

  g_return_val_if_fail (TF_IS_FORM (form), NULL);

  self = g_object_new (TF_TYPE_RECORD, NULL);
  self->case_id = case_id;
  self->form_id = g_strdup (tf_form_get_id (form));
  self->area_id = g_strdup (tf_form_get_area_id (form));
  self->is_intervention = tf_form_get_category (form) == TF_FORM_INTERVENTION;
  self->values = tf_form_values_new ();
  return self;
}

gint64
tf_record_get_id (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), 0);
  return self->id;
}

gint64
tf_record_get_case_id (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), 0);
  return self->case_id;
}

gint64
tf_record_get_version (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), 0);
  return self->version;
}

const char *
tf_record_get_form_id (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), NULL);
  return self->form_id;
}

const char *
tf_record_get_area_id (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), NULL);
  return self->area_id;
}

const char *
tf_record_get_date (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), NULL);
  return self->date;
}

const char *
tf_record_get_author_name (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), NULL);
  return self->author_name;
}

TfFormValues *
tf_record_get_values (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), NULL);
  return self->values;
}

TfInterventionStatus
tf_record_get_status (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), TF_INTERVENTION_PLANNED);
  return self->status;
}

/* Any value is kept; tf_record_validate() refuses one that is not a status. */
void
tf_record_set_status (TfRecord             *self,
                      TfInterventionStatus  status)
{
  g_return_if_fail (TF_IS_RECORD (self));
  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
tf_record_get_starts_on (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), NULL);
  return self->starts_on;
}

void
tf_record_set_starts_on (TfRecord   *self,
                         const char *iso_date)
{
  g_autofree char *value = tf_strdup_stripped (iso_date);

  g_return_if_fail (TF_IS_RECORD (self));
  if (tf_set_str (&self->starts_on, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTS_ON]);
}

const char *
tf_record_get_ends_on (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), NULL);
  return self->ends_on;
}

void
tf_record_set_ends_on (TfRecord   *self,
                       const char *iso_date)
{
  g_autofree char *value = tf_strdup_stripped (iso_date);

  g_return_if_fail (TF_IS_RECORD (self));
  if (tf_set_str (&self->ends_on, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDS_ON]);
}

gint64
tf_record_get_planned_cost (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), 0);
  return self->planned_cost;
}

void
tf_record_set_planned_cost (TfRecord *self,
                            gint64    ore)
{
  g_return_if_fail (TF_IS_RECORD (self));
  if (self->planned_cost == ore)
    return;
  self->planned_cost = ore;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLANNED_COST]);
}

gint64
tf_record_get_actual_cost (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), 0);
  return self->actual_cost;
}

void
tf_record_set_actual_cost (TfRecord *self,
                           gint64    ore)
{
  g_return_if_fail (TF_IS_RECORD (self));
  if (self->actual_cost == ore)
    return;
  self->actual_cost = ore;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTUAL_COST]);
}

/* Validation */

/* The intervention's own fields, in the order the editor shows them. */
static const char * const intervention_fields[] = {
  "status", "starts-on", "ends-on", "planned-cost", "actual-cost", NULL
};

static void
add_error (GHashTable **errors,
           const char  *field,
           const char  *message)
{
  if (*errors == NULL)
    *errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!g_hash_table_contains (*errors, field))
    g_hash_table_insert (*errors, g_strdup (field), g_strdup (message));
}

static void
validate_intervention (TfRecord    *self,
                       GHashTable **errors)
{
  gboolean start_ok = FALSE;

  if ((guint) self->status >= TF_N_INTERVENTION_STATUSES)
    add_error (errors, "status",
               _("Choose whether the intervention is planned, active, completed or stopped."));

  if (self->starts_on == NULL)
    add_error (errors, "starts-on", _("Enter the date the intervention starts."));
  else if (!tf_iso_date_is_valid (self->starts_on))
    add_error (errors, "starts-on", _("The start date is not a real date."));
  else
    start_ok = TRUE;

  if (self->ends_on != NULL)
    {
      if (!tf_iso_date_is_valid (self->ends_on))
        add_error (errors, "ends-on", _("The end date is not a real date."));
      else if (start_ok && strcmp (self->ends_on, self->starts_on) < 0)
        add_error (errors, "ends-on", _("The end date is before the start date."));
    }

  if (self->planned_cost < 0)
    add_error (errors, "planned-cost", _("The planned cost cannot be negative."));
  if (self->actual_cost < 0)
    add_error (errors, "actual-cost", _("The actual cost cannot be negative."));
}

GHashTable *
tf_record_validate (TfRecord *self,
                    TfForm   *form)
{
  g_autoptr(GHashTable) form_errors = NULL;
  GHashTable *errors = NULL;

  g_return_val_if_fail (TF_IS_RECORD (self), NULL);
  g_return_val_if_fail (TF_IS_FORM (form), NULL);
  g_return_val_if_fail (g_strcmp0 (tf_form_get_id (form), self->form_id) == 0, NULL);

  /* Copied into a table of our own, so the caller frees every entry the same way. */
  form_errors = tf_form_validate (form, self->values);
  if (form_errors != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, form_errors);
      while (g_hash_table_iter_next (&iter, &key, &value))
        add_error (&errors, key, value);
    }
  if (tf_form_get_category (form) == TF_FORM_INTERVENTION)
    validate_intervention (self, &errors);
  return errors;
}

/* The message of the first bad field in the editor's order: the intervention's
 * fields, then the form's, then anything else (unknown keys) by name. */
static const char *
first_error (GHashTable *errors,
             TfForm     *form)
{
  GListModel *fields = tf_form_get_fields (form);
  guint n = g_list_model_get_n_items (fields);
  GHashTableIter iter;
  const char *key;
  const char *best = NULL;

  for (guint i = 0; intervention_fields[i] != NULL; i++)
    if (g_hash_table_contains (errors, intervention_fields[i]))
      return g_hash_table_lookup (errors, intervention_fields[i]);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfField) field = g_list_model_get_item (fields, i);
      const char *message = g_hash_table_lookup (errors, tf_field_get_id (field));

      if (message != NULL)
        return message;
    }
  g_hash_table_iter_init (&iter, errors);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (best == NULL || strcmp (key, best) < 0)
      best = key;
  return g_hash_table_lookup (errors, best);
}

/* Saving */

static gint64
now_seconds (void)
{
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* {"form":"…"}: which form, never the values — the audit log must not
 * become a second copy of the data. */
static char *
audit_detail (const char *form_id)
{
  GString *json = g_string_new ("{\"form\":\"");

  for (const char *p = form_id; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (json, "\\%c", *p);
      else if ((guchar) *p < 0x20)
        g_string_append_printf (json, "\\u%04x", (guint) (guchar) *p);
      else
        g_string_append_c (json, *p);
    }
  g_string_append (json, "\"}");
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
      sqlite3_bind_text (stmt, 3, statuses[self->status].id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, self->starts_on, -1, SQLITE_TRANSIENT);
      tf_stmt_bind_text_or_null (stmt, 5, self->ends_on);
      sqlite3_bind_int64 (stmt, 6, self->planned_cost);
      sqlite3_bind_int64 (stmt, 7, self->actual_cost);
      tf_stmt_bind_text_or_null (stmt, 8, tf_form_get_budget_area (form));
    }
  /* Records leave 3..8 NULL. */
  sqlite3_bind_int64 (stmt, 9, now_seconds ());
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
  sqlite3_bind_int64 (stmt, 14, tf_session_get_staff_id (session));
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
  sqlite3_bind_int64 (history, 3, now_seconds ());
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
  sqlite3_bind_int64 (stmt, 10, tf_session_get_staff_id (session));
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
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID, first_error (errors, form));
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

  g_object_freeze_notify (G_OBJECT (self));
  self->id = id;
  self->version = is_new ? 1 : self->version + 1;
  if (tf_set_str (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
  if (tf_set_str (&self->author_name, tf_session_get_staff_name (session)))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR_NAME]);
  if (is_new)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
  g_object_thaw_notify (G_OBJECT (self));
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
  sqlite3_bind_int64 (stmt, 1, now_seconds ());
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
