/* tf-young-person-store.c — loading and saving young people (and opening their case)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-case-status.h"
#include "tf-cpr.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-store-private.h"
#include "tf-util-private.h"
#include "tf-young-person-private.h"

static gboolean
load_guardians (TfStore        *store,
                TfYoungPerson  *self,
                GError        **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT name, relation, phone, email, has_custody FROM guardian "
    "WHERE young_person_id = ?1 ORDER BY position", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TfGuardian) guardian = g_object_new (TF_TYPE_GUARDIAN,
        "name", sqlite3_column_text (stmt, 0),
        "relation", sqlite3_column_text (stmt, 1),
        "phone", sqlite3_column_text (stmt, 2),
        "email", sqlite3_column_text (stmt, 3),
        "has-custody", sqlite3_column_int (stmt, 4) != 0,
        NULL);
      g_list_store_append (self->guardians, guardian);
    }
  return rc == SQLITE_DONE || tf_store_set_error (store, error);
}

TfYoungPerson *
tf_young_person_load (TfSession  *session,
                      gint64      id,
                      GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(TfYoungPerson) self = NULL;
  g_autofree char *cpr = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store,
    "SELECT first_name, last_name, cpr, birth_date, gender, address, postcode, city, "
    "       school, school_class, phone, version "
    "FROM young_person WHERE id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND,
                   _("The young person no longer exists in the store."));
      return NULL;
    }

  cpr = tf_stmt_dup_text (stmt, 2);
  self = g_object_new (TF_TYPE_YOUNG_PERSON,
                       "first-name", sqlite3_column_text (stmt, 0),
                       "last-name", sqlite3_column_text (stmt, 1),
                       "birth-date", sqlite3_column_text (stmt, 3),
                       "gender", sqlite3_column_text (stmt, 4),
                       "address", sqlite3_column_text (stmt, 5),
                       "postcode", sqlite3_column_text (stmt, 6),
                       "city", sqlite3_column_text (stmt, 7),
                       "school", sqlite3_column_text (stmt, 8),
                       "school-class", sqlite3_column_text (stmt, 9),
                       "phone", sqlite3_column_text (stmt, 10),
                       NULL);
  self->id = id;
  self->version = sqlite3_column_int64 (stmt, 11);
  /* Shown to the editor as typed by people: with the dash. Someone whose
   * work does not need the number gets it masked, here in the core, so no
   * view can show more than the access rules allow. */
  if (cpr != NULL && !tf_access_may_see_cpr (session))
    {
      self->cpr = tf_cpr_mask (cpr);
      self->cpr_mask = g_strdup (self->cpr);
    }
  else
    self->cpr = cpr != NULL ? tf_cpr_format (cpr) : NULL;

  if (!load_guardians (store, self, error))
    return NULL;
  return g_steal_pointer (&self);
}

/* Values ready for the database: stripped, NULL for blank, CPR as digits. */
typedef struct
{
  char *first_name, *last_name, *sort_key, *cpr, *birth_date, *gender;
  char *address, *postcode, *city, *school, *school_class, *phone;
  gboolean keep_cpr;   /* the number was masked and left alone: keep the stored one */
} Row;

static void
row_clear (Row *row)
{
  g_free (row->first_name); g_free (row->last_name); g_free (row->sort_key);
  g_free (row->cpr); g_free (row->birth_date); g_free (row->gender);
  g_free (row->address); g_free (row->postcode); g_free (row->city);
  g_free (row->school); g_free (row->school_class); g_free (row->phone);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Row, row_clear)

static void
row_from_object (Row           *row,
                 TfYoungPerson *self)
{
  g_autofree char *sort_source = NULL;
  char digits[11];

  row->first_name = tf_strdup_stripped (self->first_name);
  row->last_name = tf_strdup_stripped (self->last_name);
  sort_source = g_strdup_printf ("%s %s", row->last_name, row->first_name);
  row->sort_key = tf_collate_key_da (sort_source);
  if (self->cpr_mask != NULL && g_strcmp0 (self->cpr, self->cpr_mask) == 0)
    row->keep_cpr = TRUE;
  else if (self->cpr != NULL && tf_cpr_parse (self->cpr, digits, NULL, NULL))
    row->cpr = g_strdup (digits);
  row->birth_date = tf_strdup_stripped (self->birth_date);
  row->gender = g_strdup (self->gender);
  row->address = tf_strdup_stripped (self->address);
  row->postcode = tf_strdup_stripped (self->postcode);
  row->city = tf_strdup_stripped (self->city);
  row->school = tf_strdup_stripped (self->school);
  row->school_class = tf_strdup_stripped (self->school_class);
  row->phone = tf_strdup_stripped (self->phone);
}

/* Binds ?1..?12 in the order of the INSERT and UPDATE statements below. */
static void
bind_row (TfStmt    *stmt,
          const Row *row)
{
  sqlite3_bind_text (stmt, 1, row->first_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, row->last_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, row->sort_key, -1, SQLITE_TRANSIENT);
  tf_stmt_bind_text_or_null (stmt, 4, row->cpr);
  sqlite3_bind_text (stmt, 5, row->birth_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, row->gender, -1, SQLITE_TRANSIENT);
  tf_stmt_bind_text_or_null (stmt, 7, row->address);
  tf_stmt_bind_text_or_null (stmt, 8, row->postcode);
  tf_stmt_bind_text_or_null (stmt, 9, row->city);
  tf_stmt_bind_text_or_null (stmt, 10, row->school);
  tf_stmt_bind_text_or_null (stmt, 11, row->school_class);
  tf_stmt_bind_text_or_null (stmt, 12, row->phone);
}

static gboolean
check_cpr_unique (TfStore     *store,
                  const Row   *row,
                  gint64       own_id,
                  GError     **error)
{
  g_autoptr(TfStmt) stmt = NULL;

  if (row->cpr == NULL)
    return TRUE;
  stmt = tf_store_prepare (store, "SELECT id FROM young_person WHERE cpr = ?1 AND id != ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, row->cpr, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, own_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("Another young person in the store already has this CPR number."));
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_guardians (TfStore        *store,
                 TfYoungPerson  *self,
                 gint64          id,
                 GError        **error)
{
  g_autoptr(TfStmt) clear = tf_store_prepare (store,
    "DELETE FROM guardian WHERE young_person_id = ?1", error);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->guardians));

  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, id);
  if (!tf_store_step_done (store, clear, error))
    return FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfGuardian) guardian = g_list_model_get_item (G_LIST_MODEL (self->guardians), i);
      g_autoptr(TfStmt) insert = tf_store_prepare (store,
        "INSERT INTO guardian (young_person_id, position, name, relation, phone, email, has_custody) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
      g_autofree char *name = NULL, *phone = NULL, *email = NULL;

      if (insert == NULL)
        return FALSE;
      name = tf_strdup_stripped (tf_guardian_get_name (guardian));
      phone = tf_strdup_stripped (tf_guardian_get_phone (guardian));
      email = tf_strdup_stripped (tf_guardian_get_email (guardian));
      sqlite3_bind_int64 (insert, 1, id);
      sqlite3_bind_int (insert, 2, (int) i);
      sqlite3_bind_text (insert, 3, name, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 4, tf_guardian_get_relation (guardian), -1, SQLITE_TRANSIENT);
      tf_stmt_bind_text_or_null (insert, 5, phone);
      tf_stmt_bind_text_or_null (insert, 6, email);
      sqlite3_bind_int (insert, 7, tf_guardian_get_has_custody (guardian));
      if (!tf_store_step_done (store, insert, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
validate_referral (const TfReferral  *referral,
                   const char        *birth_date,
                   const char        *today,
                   GError           **error)
{
  if (referral->referral_date != NULL && !tf_iso_date_is_valid (referral->referral_date))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("The referral date is not a real date."));
      return FALSE;
    }
  if (referral->referral_date != NULL && strcmp (referral->referral_date, today) > 0)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("The referral date is in the future."));
      return FALSE;
    }
  if (referral->referral_date != NULL && strcmp (referral->referral_date, birth_date) < 0)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("The referral date is before the young person was born."));
      return FALSE;
    }
  if (tf_referral_source_from_id (referral->referral_source) < 0)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("Choose who raised the worry."));
      return FALSE;
    }
  return TRUE;
}

static char *
staff_sort_key (TfStore *store,
                gint64   staff_id)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT sort_key FROM staff_member WHERE id = ?1", NULL);

  if (stmt == NULL)
    return g_strdup ("");
  sqlite3_bind_int64 (stmt, 1, staff_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return g_strdup ("");
  return tf_stmt_dup_text (stmt, 0);
}

static gint64
open_case (TfSession         *session,
           const Row         *row,
           gint64             young_person_id,
           const TfReferral  *referral,
           const char        *today,
           GError           **error)
{
  TfStore *store = tf_session_get_store (session);
  gint64 coordinator = referral->coordinator_id > 0 ? referral->coordinator_id
                                                    : tf_session_get_staff_id (session);
  const char *date = referral->referral_date ? referral->referral_date : today;
  g_autofree char *coordinator_key = staff_sort_key (store, coordinator);
  g_autofree char *school_key = row->school ? tf_collate_key_da (row->school) : g_strdup ("");
  g_autofree char *reason = tf_strdup_stripped (referral->referral_reason);
  g_autoptr(TfStmt) insert = NULL;
  g_autoptr(TfStmt) history = NULL;
  gint64 case_id;

  insert = tf_store_prepare (store,
    "INSERT INTO cases (young_person_id, status, referral_date, referral_source, referral_reason, "
    "                   coordinator_id, sort_name, birth_date, coordinator_key, school_key, "
    "                   created_at, updated_at, status_rank) "
    "VALUES (?1, 'referred', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?10, ?9, ?9, "
    "        (SELECT rank FROM case_status_rank WHERE status = 'referred'))", error);
  if (insert == NULL)
    return 0;
  sqlite3_bind_int64 (insert, 1, young_person_id);
  sqlite3_bind_text (insert, 2, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 3, referral->referral_source, -1, SQLITE_TRANSIENT);
  tf_stmt_bind_text_or_null (insert, 4, reason);
  sqlite3_bind_int64 (insert, 5, coordinator);
  sqlite3_bind_text (insert, 6, row->sort_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 7, row->birth_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (insert, 8, coordinator_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (insert, 9, tf_now_seconds ());
  sqlite3_bind_text (insert, 10, school_key, -1, SQLITE_TRANSIENT);
  if (!tf_store_step_done (store, insert, error))
    return 0;
  case_id = sqlite3_last_insert_rowid (tf_store_get_db (store));

  history = tf_store_prepare (store,
    "INSERT INTO case_status_history (case_id, status, valid_from, changed_at, staff_id) "
    "VALUES (?1, 'referred', ?2, ?3, ?4)", error);
  if (history == NULL)
    return 0;
  sqlite3_bind_int64 (history, 1, case_id);
  sqlite3_bind_text (history, 2, date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (history, 3, tf_now_seconds ());
  tf_stmt_bind_staff_id (history, 4, tf_session_get_staff_id (session));
  if (!tf_store_step_done (store, history, error))
    return 0;

  if (!tf_audit_record (session, "create", "case", case_id, case_id, NULL, error))
    return 0;
  return case_id;
}

static gint64
insert_young_person (TfSession  *session,
                     const Row  *row,
                     GError    **error)
{
  TfStore *store = tf_session_get_store (session);
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "INSERT INTO young_person (first_name, last_name, sort_key, cpr, birth_date, gender, address, "
    "                          postcode, city, school, school_class, phone, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)", error);

  if (stmt == NULL)
    return 0;
  bind_row (stmt, row);
  sqlite3_bind_int64 (stmt, 13, tf_now_seconds ());
  if (!tf_store_step_done (store, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (tf_store_get_db (store));
}

/* Names of the fields that differ from the stored row, for the audit log.
 * Values are not logged: the log must not become a second copy of the data. */
static char *
changed_fields_json (TfStore    *store,
                     gint64      id,
                     const Row  *row)
{
  static const char *names[] = { "first-name", "last-name", NULL, "cpr", "birth-date", "gender",
                                 "address", "postcode", "city", "school", "school-class", "phone" };
  const char *values[] = { row->first_name, row->last_name, NULL, row->cpr, row->birth_date,
                           row->gender, row->address, row->postcode, row->city, row->school,
                           row->school_class, row->phone };
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT first_name, last_name, NULL, cpr, birth_date, gender, address, postcode, city, "
    "       school, school_class, phone FROM young_person WHERE id = ?1", NULL);
  g_autoptr(GString) json = g_string_new ("{\"fields\":[");
  gboolean first = TRUE;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;
  for (int i = 0; i < (int) G_N_ELEMENTS (names); i++)
    {
      if (names[i] == NULL || (i == 3 && row->keep_cpr))
        continue;
      if (g_strcmp0 ((const char *) sqlite3_column_text (stmt, i), values[i]) != 0)
        {
          g_string_append_printf (json, "%s\"%s\"", first ? "" : ",", names[i]);
          first = FALSE;
        }
    }
  g_string_append (json, "]}");
  return g_string_free (g_steal_pointer (&json), FALSE);
}

static gboolean
update_young_person (TfSession      *session,
                     TfYoungPerson  *self,
                     const Row      *row,
                     GError        **error)
{
  TfStore *store = tf_session_get_store (session);
  g_autofree char *detail = changed_fields_json (store, self->id, row);
  g_autofree char *school_key = row->school ? tf_collate_key_da (row->school) : g_strdup ("");
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(TfStmt) cases = NULL;

  stmt = tf_store_prepare (store,
    "UPDATE young_person SET first_name = ?1, last_name = ?2, sort_key = ?3, "
    "  cpr = CASE WHEN ?16 THEN cpr ELSE ?4 END, "
    "  birth_date = ?5, gender = ?6, address = ?7, postcode = ?8, city = ?9, school = ?10, "
    "  school_class = ?11, phone = ?12, updated_at = ?13, version = version + 1 "
    "WHERE id = ?14 AND version = ?15", error);
  if (stmt == NULL)
    return FALSE;
  bind_row (stmt, row);
  sqlite3_bind_int64 (stmt, 13, tf_now_seconds ());
  sqlite3_bind_int64 (stmt, 14, self->id);
  sqlite3_bind_int64 (stmt, 15, self->version);
  sqlite3_bind_int (stmt, 16, row->keep_cpr);
  if (!tf_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (tf_store_get_db (store)) == 0)
    {
      if (detail == NULL)
        g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND,
                     _("The young person no longer exists in the store."));
      else
        g_set_error (error, TF_ERROR, TF_ERROR_CONFLICT,
                     _("Someone else has changed this young person since you opened it."));
      return FALSE;
    }

  /* The case list sorts on copies of these; keep them in step. */
  cases = tf_store_prepare (store,
    "UPDATE cases SET sort_name = ?1, birth_date = ?2, school_key = ?4 WHERE young_person_id = ?3",
    error);
  if (cases == NULL)
    return FALSE;
  sqlite3_bind_text (cases, 4, school_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (cases, 1, row->sort_key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (cases, 2, row->birth_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (cases, 3, self->id);
  if (!tf_store_step_done (store, cases, error))
    return FALSE;

  return tf_audit_record (session, "update", "young-person", self->id, 0, detail, error);
}

gboolean
tf_young_person_save (TfSession         *session,
                      TfYoungPerson     *self,
                      const TfReferral  *referral,
                      gint64            *out_case_id,
                      GError           **error)
{
  TfStore *store;
  g_autoptr(GHashTable) errors = NULL;
  g_autoptr(TfTransaction) tx = NULL;
  g_auto(Row) row = { 0 };
  g_autofree char *today = tf_today_iso ();
  gboolean is_new;
  gint64 id, case_id = 0;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (TF_IS_YOUNG_PERSON (self), FALSE);

  is_new = self->id == 0;
  g_return_val_if_fail (!is_new || referral != NULL, FALSE);

  errors = tf_young_person_validate (self);
  if (errors != NULL)
    {
      const char *field = _tf_young_person_first_error (errors);
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID, g_hash_table_lookup (errors, field));
      return FALSE;
    }
  if (!tf_access_check_store (session, is_new ? TF_ACCESS_CREATE : TF_ACCESS_EDIT, error))
    return FALSE;
  row_from_object (&row, self);
  if (is_new && !validate_referral (referral, row.birth_date, today, error))
    return FALSE;

  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL || !check_cpr_unique (store, &row, self->id, error))
    return FALSE;

  if (is_new)
    {
      id = insert_young_person (session, &row, error);
      if (id == 0 ||
          !tf_audit_record (session, "create", "young-person", id, 0, NULL, error) ||
          (case_id = open_case (session, &row, id, referral, today, error)) == 0)
        return FALSE;
      tf_transaction_changed (tx, "case", case_id);
    }
  else
    {
      id = self->id;
      if (!update_young_person (session, self, &row, error))
        return FALSE;
    }
  if (!write_guardians (store, self, id, error))
    return FALSE;
  tf_transaction_changed (tx, "young-person", id);
  if (!tf_transaction_commit (tx, error))
    return FALSE;

  _tf_young_person_set_saved (self, id, is_new ? 1 : self->version + 1);
  if (out_case_id != NULL)
    *out_case_id = case_id;
  return TRUE;
}

/* The young person's newest case: its status and, when closed, the day. */
static gboolean
newest_case (TfStore  *store,
             gint64    young_person_id,
             char    **status,
             char    **closed_on,
             GError  **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT status, closed_on FROM cases WHERE young_person_id = ?1 "
    "ORDER BY referral_date DESC, id DESC LIMIT 1", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, young_person_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *status = tf_stmt_dup_text (stmt, 0);
      *closed_on = tf_stmt_dup_text (stmt, 1);
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (store, error);
  *status = *closed_on = NULL;
  return TRUE;
}

/**
 * tf_young_person_refer_again:
 * @referral: who raised the new worry, when and about what
 * @out_case_id: (out) (optional): the new case
 *
 * A young person whose case was closed comes back: a new case, referred,
 * with its own history; the closed one stays as it was. Refused while the
 * newest case is not closed (a declined or not relevant case is referred
 * again on its own History page, an open one goes on), and for a referral
 * dated before the closing.
 */
gboolean
tf_young_person_refer_again (TfSession         *session,
                             gint64             young_person_id,
                             const TfReferral  *referral,
                             gint64            *out_case_id,
                             GError           **error)
{
  TfStore *store;
  g_autoptr(TfYoungPerson) self = NULL;
  g_autoptr(TfTransaction) tx = NULL;
  g_auto(Row) row = { 0 };
  g_autofree char *today = tf_today_iso ();
  g_autofree char *status = NULL;
  g_autofree char *closed_on = NULL;
  gint64 case_id;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (referral != NULL, FALSE);

  if (!tf_access_check_store (session, TF_ACCESS_CREATE, error))
    return FALSE;
  self = tf_young_person_load (session, young_person_id, error);
  if (self == NULL)
    return FALSE;
  row_from_object (&row, self);
  if (!validate_referral (referral, row.birth_date, today, error))
    return FALSE;

  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL || !newest_case (store, young_person_id, &status, &closed_on, error))
    return FALSE;
  if (status != NULL && !g_str_equal (status, "closed"))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("%s already has a case that is not closed; take it further from its History page."),
                   row.first_name);
      return FALSE;
    }
  if (closed_on != NULL &&
      strcmp (referral->referral_date != NULL ? referral->referral_date : today, closed_on) < 0)
    {
      g_autofree char *day = tf_format_date (closed_on);

      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("The new referral cannot be dated before the last case was closed on %s."), day);
      return FALSE;
    }
  case_id = open_case (session, &row, young_person_id, referral, today, error);
  if (case_id == 0)
    return FALSE;
  tf_transaction_changed (tx, "case", case_id);
  tf_transaction_changed (tx, "young-person", young_person_id);
  if (!tf_transaction_commit (tx, error))
    return FALSE;
  if (out_case_id != NULL)
    *out_case_id = case_id;
  return TRUE;
}
