/* tf-consent-store.c — recording, changing and withdrawing consents
 *
 * The rules (see tf_consent_validate()) are checked before anything is
 * written; each write is one transaction with its audit event, and an edit
 * or withdrawal names the version it started from, so a second desk never
 * overwrites the first without being told.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-consent-private.h"
#include "tf-day-private.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

/* The form's order, for tf_consent_first_error_field(). */
static const char * const field_order[] = {
  "given-by", "valid-from", "valid-until", "organisations", NULL
};

const char *
tf_consent_first_error_field (GHashTable *errors)
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
           char        *message)
{
  if (*errors == NULL)
    *errors = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  if (!g_hash_table_contains (*errors, field))
    g_hash_table_insert (*errors, (gpointer) field, message);
  else
    g_free (message);
}

/* The referral date of the case the draft belongs to (an edit's own case,
 * whatever draft->case_id says); NULL when the case is unknown. */
static char *
referral_date_for (TfStore              *store,
                   const TfConsentDraft *draft)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT referral_date FROM cases "
    "WHERE id = coalesce ((SELECT case_id FROM consent WHERE id = ?2), ?1)", NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, draft->case_id);
  sqlite3_bind_int64 (stmt, 2, draft->id);
  return sqlite3_step (stmt) == SQLITE_ROW ? tf_stmt_dup_text (stmt, 0) : NULL;
}

static gboolean
organisation_exists (TfStore *store,
                     gint64   id)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT 1 FROM organisation WHERE id = ?1", NULL);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

GHashTable *
tf_consent_validate (TfSession            *session,
                     const TfConsentDraft *draft)
{
  TfStore *store;
  GHashTable *errors = NULL;
  g_autofree char *referral = NULL;
  gboolean from_ok = FALSE, until_ok = FALSE;
  gint32 from = 0, until = 0, referral_day;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (draft != NULL, NULL);

  store = tf_session_get_store (session);

  if (!draft->by_young_person && !draft->by_guardians)
    add_error (&errors, "given-by",
               g_strdup (_("Given by: tick the young person, the guardians or both.")));

  if (draft->n_organisations == 0)
    add_error (&errors, "organisations",
               g_strdup (_("Organisations: choose at least one organisation that may share information.")));
  for (guint i = 0; i < draft->n_organisations; i++)
    if (!organisation_exists (store, draft->organisation_ids[i]))
      add_error (&errors, "organisations",
                 g_strdup (_("Organisations: one of the chosen organisations no longer exists. Close the form and try again.")));

  if (draft->valid_from == NULL || *draft->valid_from == '\0')
    add_error (&errors, "valid-from", g_strdup (_("Valid from: write the first day the consent holds.")));
  else if (!(from_ok = _tf_day_parse (draft->valid_from, &from)))
    add_error (&errors, "valid-from", g_strdup (_("Valid from: not a real date. Write it as 3.12.2025.")));

  if (draft->valid_until == NULL || *draft->valid_until == '\0')
    add_error (&errors, "valid-until", g_strdup (_("Valid until: write the last day the consent holds.")));
  else if (!(until_ok = _tf_day_parse (draft->valid_until, &until)))
    add_error (&errors, "valid-until", g_strdup (_("Valid until: not a real date. Write it as 3.12.2025.")));

  if (from_ok && until_ok && until < from)
    add_error (&errors, "valid-until",
               g_strdup (_("Valid until: the consent cannot end before it starts.")));

  /* A consent is often signed at the first talk, some days before the
   * referral is registered — but not long before: that would be a consent
   * for something else. */
  referral = referral_date_for (store, draft);
  if (from_ok && referral != NULL && _tf_day_parse (referral, &referral_day) &&
      from < referral_day - TF_CONSENT_DAYS_BEFORE_REFERRAL)
    {
      char earliest[11];
      g_autofree char *shown = NULL;

      _tf_day_format (referral_day - TF_CONSENT_DAYS_BEFORE_REFERRAL, earliest);
      shown = tf_format_date (earliest);
      add_error (&errors, "valid-from",
                 /* Translators: %d is 30, %s a date like "3. dec. 2025" */
                 g_strdup_printf (_("Valid from: at most %d days before the referral, so not before %s."),
                                  TF_CONSENT_DAYS_BEFORE_REFERRAL, shown));
    }
  return errors;
}

/* Writing */

static gboolean
write_organisations (TfStore               *store,
                     gint64                 consent_id,
                     const TfConsentDraft  *draft,
                     GError               **error)
{
  g_autoptr(TfStmt) clear = tf_store_prepare (store,
    "DELETE FROM consent_organisation WHERE consent_id = ?1", error);

  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, consent_id);
  if (!tf_store_step_done (store, clear, error))
    return FALSE;

  for (guint i = 0; i < draft->n_organisations; i++)
    {
      /* OR IGNORE: the same organisation twice in the draft is one row. */
      g_autoptr(TfStmt) insert = tf_store_prepare (store,
        "INSERT OR IGNORE INTO consent_organisation (consent_id, organisation_id) VALUES (?1, ?2)",
        error);

      if (insert == NULL)
        return FALSE;
      sqlite3_bind_int64 (insert, 1, consent_id);
      sqlite3_bind_int64 (insert, 2, draft->organisation_ids[i]);
      if (!tf_store_step_done (store, insert, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
same_organisations (TfConsent            *stored,
                    const TfConsentDraft *draft)
{
  guint n = 0;

  for (guint i = 0; i < draft->n_organisations; i++)
    if (!tf_consent_covers_organisation (stored, draft->organisation_ids[i]))
      return FALSE;
  tf_consent_get_organisation_ids (stored, &n);
  for (guint i = 0; i < n; i++)
    {
      gint64 id = g_array_index (stored->organisation_ids, gint64, i);
      gboolean found = FALSE;

      for (guint j = 0; j < draft->n_organisations && !found; j++)
        found = draft->organisation_ids[j] == id;
      if (!found)
        return FALSE;
    }
  return TRUE;
}

/* Names of the fields an edit changes, for the audit log (never the values:
 * the log must not become a second copy of the data). */
static char *
changed_fields_json (TfConsent            *stored,
                     const TfConsentDraft *draft,
                     const char           *guardian_names,
                     const char           *note)
{
  g_autoptr(GString) json = g_string_new ("{\"fields\":[");
  struct { const char *name; gboolean changed; } fields[] = {
    { "by-young-person", stored->by_young_person != !!draft->by_young_person },
    { "by-guardians", stored->by_guardians != !!draft->by_guardians },
    { "guardian-names", g_strcmp0 (stored->guardian_names, guardian_names) != 0 },
    { "valid-from", g_strcmp0 (stored->valid_from, draft->valid_from) != 0 },
    { "valid-until", g_strcmp0 (stored->valid_until, draft->valid_until) != 0 },
    { "note", g_strcmp0 (stored->note, note) != 0 },
    { "organisations", !same_organisations (stored, draft) },
  };
  gboolean first = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (fields[i].changed)
      {
        g_string_append_printf (json, "%s\"%s\"", first ? "" : ",", fields[i].name);
        first = FALSE;
      }
  g_string_append (json, "]}");
  return g_string_free (g_steal_pointer (&json), FALSE);
}

static gint64
insert_consent (TfSession             *session,
                const TfConsentDraft  *draft,
                const char            *guardian_names,
                const char            *note,
                GError               **error)
{
  TfStore *store = tf_session_get_store (session);
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "INSERT INTO consent (case_id, by_young_person, by_guardians, guardian_names, valid_from, "
    "                     valid_until, note, author_id, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)", error);

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, draft->case_id);
  sqlite3_bind_int (stmt, 2, draft->by_young_person ? 1 : 0);
  sqlite3_bind_int (stmt, 3, draft->by_guardians ? 1 : 0);
  tf_stmt_bind_text_or_null (stmt, 4, guardian_names);
  sqlite3_bind_text (stmt, 5, draft->valid_from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, draft->valid_until, -1, SQLITE_TRANSIENT);
  tf_stmt_bind_text_or_null (stmt, 7, note);
  tf_stmt_bind_staff_id (stmt, 8, tf_session_get_staff_id (session));
  sqlite3_bind_int64 (stmt, 9, tf_now_seconds ());
  if (!tf_store_step_done (store, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (tf_store_get_db (store));
}

/* The stored consent an edit or withdrawal starts from, after the checks
 * every change shares: it exists, is not withdrawn, and is still at
 * @expected_version. */
static TfConsent *
load_for_change (TfSession  *session,
                 gint64      consent_id,
                 gint64      expected_version,
                 GError    **error)
{
  g_autoptr(TfConsent) stored = tf_consent_load (session, consent_id, error);

  if (stored == NULL)
    return NULL;
  if (stored->withdrawn_on != NULL)
    {
      g_autofree char *date = tf_format_date (stored->withdrawn_on);

      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("This consent was withdrawn on %s and can no longer be changed. "
                     "Record a new consent instead."), date);
      return NULL;
    }
  if (stored->version != expected_version)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_CONFLICT,
                   _("Someone else has changed this consent since you opened it."));
      return NULL;
    }
  return g_steal_pointer (&stored);
}

static gboolean
update_consent (TfSession             *session,
                const TfConsentDraft  *draft,
                const char            *guardian_names,
                const char            *note,
                gint64                *out_case_id,
                GError               **error)
{
  TfStore *store = tf_session_get_store (session);
  g_autoptr(TfConsent) stored = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *detail = NULL;

  stored = load_for_change (session, draft->id, draft->version, error);
  if (stored == NULL ||
      !tf_access_check_case (session, TF_ACCESS_EDIT, stored->case_id, error))
    return FALSE;
  detail = changed_fields_json (stored, draft, guardian_names, note);

  stmt = tf_store_prepare (store,
    "UPDATE consent SET by_young_person = ?1, by_guardians = ?2, guardian_names = ?3, "
    "  valid_from = ?4, valid_until = ?5, note = ?6, updated_at = ?7, version = version + 1 "
    "WHERE id = ?8 AND version = ?9 AND withdrawn_on IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, draft->by_young_person ? 1 : 0);
  sqlite3_bind_int (stmt, 2, draft->by_guardians ? 1 : 0);
  tf_stmt_bind_text_or_null (stmt, 3, guardian_names);
  sqlite3_bind_text (stmt, 4, draft->valid_from, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, draft->valid_until, -1, SQLITE_TRANSIENT);
  tf_stmt_bind_text_or_null (stmt, 6, note);
  sqlite3_bind_int64 (stmt, 7, tf_now_seconds ());
  sqlite3_bind_int64 (stmt, 8, draft->id);
  sqlite3_bind_int64 (stmt, 9, draft->version);
  if (!tf_store_step_done (store, stmt, error))
    return FALSE;
  /* load_for_change() read inside this transaction, so the row cannot have
   * moved on since; this is the belt to its braces. */
  if (sqlite3_changes (tf_store_get_db (store)) == 0)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_CONFLICT,
                   _("Someone else has changed this consent since you opened it."));
      return FALSE;
    }
  if (!write_organisations (store, draft->id, draft, error) ||
      !tf_audit_record (session, "update", "consent", draft->id, stored->case_id, detail, error))
    return FALSE;
  *out_case_id = stored->case_id;
  return TRUE;
}

gint64
tf_consent_save (TfSession             *session,
                 const TfConsentDraft  *draft,
                 GError               **error)
{
  TfStore *store;
  g_autoptr(GHashTable) errors = NULL;
  g_autoptr(TfTransaction) tx = NULL;
  g_autofree char *guardian_names = NULL;
  g_autofree char *note = NULL;
  gint64 id, case_id;

  g_return_val_if_fail (TF_IS_SESSION (session), 0);
  g_return_val_if_fail (draft != NULL, 0);
  g_return_val_if_fail (draft->n_organisations == 0 || draft->organisation_ids != NULL, 0);

  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return 0;

  errors = tf_consent_validate (session, draft);
  if (errors != NULL)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           g_hash_table_lookup (errors, tf_consent_first_error_field (errors)));
      return 0;
    }

  guardian_names = tf_strdup_stripped (draft->guardian_names);
  note = tf_strdup_stripped (draft->note);
  if (draft->id == 0)
    {
      g_autofree char *referral = referral_date_for (store, draft);

      if (referral == NULL)
        {
          g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND,
                       _("The case no longer exists in the store."));
          return 0;
        }
      if (!tf_access_check_case (session, TF_ACCESS_CREATE, draft->case_id, error))
        return 0;
      id = insert_consent (session, draft, guardian_names, note, error);
      case_id = draft->case_id;
      if (id == 0 ||
          !write_organisations (store, id, draft, error) ||
          !tf_audit_record (session, "create", "consent", id, case_id, NULL, error))
        return 0;
    }
  else
    {
      id = draft->id;
      if (!update_consent (session, draft, guardian_names, note, &case_id, error))
        return 0;
    }

  tf_transaction_changed (tx, "consent", case_id);
  if (!tf_transaction_commit (tx, error))
    return 0;
  return id;
}

gboolean
tf_consent_withdraw (TfSession   *session,
                     gint64       consent_id,
                     gint64       expected_version,
                     const char  *withdrawn_on,
                     const char  *note,
                     GError     **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfConsent) stored = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *today = tf_today_iso ();
  g_autofree char *text = tf_strdup_stripped (note);
  gint32 day;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);

  if (withdrawn_on == NULL || *withdrawn_on == '\0')
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("Withdrawn on: write the day the consent was withdrawn."));
      return FALSE;
    }
  if (!_tf_day_parse (withdrawn_on, &day))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("Withdrawn on: not a real date. Write it as 3.12.2025."));
      return FALSE;
    }
  /* A withdrawal is recorded when it has happened, not ahead of time. */
  if (g_strcmp0 (withdrawn_on, today) > 0)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("Withdrawn on: the day cannot be in the future."));
      return FALSE;
    }

  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  stored = load_for_change (session, consent_id, expected_version, error);
  if (stored == NULL ||
      !tf_access_check_case (session, TF_ACCESS_EDIT, stored->case_id, error))
    return FALSE;
  if (g_strcmp0 (withdrawn_on, stored->valid_from) < 0)
    {
      g_autofree char *from = tf_format_date (stored->valid_from);

      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   /* Translators: %s is a date like "3. dec. 2025" */
                   _("Withdrawn on: the consent only holds from %s; it cannot be withdrawn before."),
                   from);
      return FALSE;
    }

  stmt = tf_store_prepare (store,
    "UPDATE consent SET withdrawn_on = ?1, withdrawn_note = ?2, updated_at = ?3, "
    "  version = version + 1 "
    "WHERE id = ?4 AND version = ?5 AND withdrawn_on IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, withdrawn_on, -1, SQLITE_TRANSIENT);
  tf_stmt_bind_text_or_null (stmt, 2, text);
  sqlite3_bind_int64 (stmt, 3, tf_now_seconds ());
  sqlite3_bind_int64 (stmt, 4, consent_id);
  sqlite3_bind_int64 (stmt, 5, expected_version);
  if (!tf_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (tf_store_get_db (store)) == 0)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_CONFLICT,
                   _("Someone else has changed this consent since you opened it."));
      return FALSE;
    }
  if (!tf_audit_record (session, "withdraw", "consent", consent_id, stored->case_id, NULL, error))
    return FALSE;
  tf_transaction_changed (tx, "consent", stored->case_id);
  return tf_transaction_commit (tx, error);
}
