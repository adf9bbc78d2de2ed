/* tf-consent.c — consents of a case: the object, reading them, and what they
 * mean on a given day (the case header and the reminders ask that)
 *
 * Writing (validation, save, withdraw) is in tf-consent-store.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-consent-private.h"
#include "tf-day-private.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-store-private.h"

G_DEFINE_FINAL_TYPE (TfConsent, tf_consent, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CASE_ID,
  PROP_VERSION,
  PROP_BY_YOUNG_PERSON,
  PROP_BY_GUARDIANS,
  PROP_GUARDIAN_NAMES,
  PROP_VALID_FROM,
  PROP_VALID_UNTIL,
  PROP_NOTE,
  PROP_WITHDRAWN_ON,
  PROP_WITHDRAWN_NOTE,
  PROP_AUTHOR_NAME,
  PROP_ORGANISATION_NAMES,
  N_PROPS
};

static void
tf_consent_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  TfConsent *self = TF_CONSENT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_CASE_ID: g_value_set_int64 (value, self->case_id); break;
    case PROP_VERSION: g_value_set_int64 (value, self->version); break;
    case PROP_BY_YOUNG_PERSON: g_value_set_boolean (value, self->by_young_person); break;
    case PROP_BY_GUARDIANS: g_value_set_boolean (value, self->by_guardians); break;
    case PROP_GUARDIAN_NAMES: g_value_set_string (value, self->guardian_names); break;
    case PROP_VALID_FROM: g_value_set_string (value, self->valid_from); break;
    case PROP_VALID_UNTIL: g_value_set_string (value, self->valid_until); break;
    case PROP_NOTE: g_value_set_string (value, self->note); break;
    case PROP_WITHDRAWN_ON: g_value_set_string (value, self->withdrawn_on); break;
    case PROP_WITHDRAWN_NOTE: g_value_set_string (value, self->withdrawn_note); break;
    case PROP_AUTHOR_NAME: g_value_set_string (value, self->author_name); break;
    case PROP_ORGANISATION_NAMES: g_value_set_boxed (value, self->organisation_names); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_consent_finalize (GObject *object)
{
  TfConsent *self = TF_CONSENT (object);

  g_free (self->guardian_names);
  g_free (self->valid_from);
  g_free (self->valid_until);
  g_free (self->note);
  g_free (self->withdrawn_on);
  g_free (self->withdrawn_note);
  g_free (self->author_name);
  g_array_unref (self->organisation_ids);
  g_strfreev (self->organisation_names);
  G_OBJECT_CLASS (tf_consent_parent_class)->finalize (object);
}

static void
tf_consent_class_init (TfConsentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tf_consent_get_property;
  object_class->finalize = tf_consent_finalize;
  g_object_class_install_property (object_class, PROP_ID,
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_CASE_ID,
    g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_VERSION,
    g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_BY_YOUNG_PERSON,
    g_param_spec_boolean ("by-young-person", NULL, NULL, FALSE, ro));
  g_object_class_install_property (object_class, PROP_BY_GUARDIANS,
    g_param_spec_boolean ("by-guardians", NULL, NULL, FALSE, ro));
  g_object_class_install_property (object_class, PROP_GUARDIAN_NAMES,
    g_param_spec_string ("guardian-names", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_VALID_FROM,
    g_param_spec_string ("valid-from", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_VALID_UNTIL,
    g_param_spec_string ("valid-until", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_NOTE,
    g_param_spec_string ("note", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_WITHDRAWN_ON,
    g_param_spec_string ("withdrawn-on", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_WITHDRAWN_NOTE,
    g_param_spec_string ("withdrawn-note", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_AUTHOR_NAME,
    g_param_spec_string ("author-name", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_ORGANISATION_NAMES,
    g_param_spec_boxed ("organisation-names", NULL, NULL, G_TYPE_STRV, ro));
}

static void
tf_consent_init (TfConsent *self)
{
  self->organisation_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->organisation_names = g_new0 (char *, 1);
}

/* Getters */

gint64
tf_consent_get_id (TfConsent *self)
{
  g_return_val_if_fail (TF_IS_CONSENT (self), 0);
  return self->id;
}

gint64
tf_consent_get_case_id (TfConsent *self)
{
  g_return_val_if_fail (TF_IS_CONSENT (self), 0);
  return self->case_id;
}

gint64
tf_consent_get_version (TfConsent *self)
{
  g_return_val_if_fail (TF_IS_CONSENT (self), 0);
  return self->version;
}

gboolean
tf_consent_get_by_young_person (TfConsent *self)
{
  g_return_val_if_fail (TF_IS_CONSENT (self), FALSE);
  return self->by_young_person;
}

gboolean
tf_consent_get_by_guardians (TfConsent *self)
{
  g_return_val_if_fail (TF_IS_CONSENT (self), FALSE);
  return self->by_guardians;
}

const char *
tf_consent_get_guardian_names (TfConsent *self)
{
  g_return_val_if_fail (TF_IS_CONSENT (self), NULL);
  return self->guardian_names;
}

const char *
tf_consent_get_valid_from (TfConsent *self)
{
  g_return_val_if_fail (TF_IS_CONSENT (self), NULL);
  return self->valid_from;
}

const char *
tf_consent_get_valid_until (TfConsent *self)
{
  g_return_val_if_fail (TF_IS_CONSENT (self), NULL);
  return self->valid_until;
}

const char *
tf_consent_get_note (TfConsent *self)
{
  g_return_val_if_fail (TF_IS_CONSENT (self), NULL);
  return self->note;
}

const char *
tf_consent_get_withdrawn_on (TfConsent *self)
{
  g_return_val_if_fail (TF_IS_CONSENT (self), NULL);
  return self->withdrawn_on;
}

const char *
tf_consent_get_withdrawn_note (TfConsent *self)
{
  g_return_val_if_fail (TF_IS_CONSENT (self), NULL);
  return self->withdrawn_note;
}

const char *
tf_consent_get_author_name (TfConsent *self)
{
  g_return_val_if_fail (TF_IS_CONSENT (self), NULL);
  return self->author_name;
}

const gint64 *
tf_consent_get_organisation_ids (TfConsent *self,
                                 guint     *n_ids)
{
  g_return_val_if_fail (TF_IS_CONSENT (self), NULL);
  if (n_ids != NULL)
    *n_ids = self->organisation_ids->len;
  return (const gint64 *) self->organisation_ids->data;
}

const char * const *
tf_consent_get_organisation_names (TfConsent *self)
{
  g_return_val_if_fail (TF_IS_CONSENT (self), NULL);
  return (const char * const *) self->organisation_names;
}

gboolean
tf_consent_covers_organisation (TfConsent *self,
                                gint64     organisation_id)
{
  g_return_val_if_fail (TF_IS_CONSENT (self), FALSE);
  for (guint i = 0; i < self->organisation_ids->len; i++)
    if (g_array_index (self->organisation_ids, gint64, i) == organisation_id)
      return TRUE;
  return FALSE;
}

gboolean
tf_consent_is_valid_on (TfConsent  *self,
                        const char *day)
{
  g_return_val_if_fail (TF_IS_CONSENT (self), FALSE);
  g_return_val_if_fail (day != NULL, FALSE);

  /* ISO dates compare as strings. */
  return g_strcmp0 (self->valid_from, day) <= 0 &&
         g_strcmp0 (day, self->valid_until) <= 0 &&
         (self->withdrawn_on == NULL || g_strcmp0 (day, self->withdrawn_on) < 0);
}

/* Reading */

static gboolean
load_organisations (TfStore    *store,
                    TfConsent  *consent,
                    GError    **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT o.id, o.name FROM consent_organisation co "
    "JOIN organisation o ON o.id = co.organisation_id "
    "WHERE co.consent_id = ?1 ORDER BY o.fixed_member DESC, o.name, o.id", error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, consent->id);
  g_array_set_size (consent->organisation_ids, 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (consent->organisation_ids, id);
      g_ptr_array_add (names, tf_stmt_dup_text (stmt, 1));
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (store, error);
  g_ptr_array_add (names, NULL);
  g_strfreev (consent->organisation_names);
  consent->organisation_names = (char **) g_ptr_array_steal (names, NULL);
  return TRUE;
}

/* The columns every query below selects, in this order. */
#define CONSENT_COLUMNS \
  "c.id, c.case_id, c.version, c.by_young_person, c.by_guardians, c.guardian_names, " \
  "c.valid_from, c.valid_until, c.note, c.withdrawn_on, c.withdrawn_note, s.name "

static TfConsent *
consent_from_row (TfStmt *stmt)
{
  TfConsent *consent = g_object_new (TF_TYPE_CONSENT, NULL);

  consent->id = sqlite3_column_int64 (stmt, 0);
  consent->case_id = sqlite3_column_int64 (stmt, 1);
  consent->version = sqlite3_column_int64 (stmt, 2);
  consent->by_young_person = sqlite3_column_int (stmt, 3) != 0;
  consent->by_guardians = sqlite3_column_int (stmt, 4) != 0;
  consent->guardian_names = tf_stmt_dup_text (stmt, 5);
  consent->valid_from = tf_stmt_dup_text (stmt, 6);
  consent->valid_until = tf_stmt_dup_text (stmt, 7);
  consent->note = tf_stmt_dup_text (stmt, 8);
  consent->withdrawn_on = tf_stmt_dup_text (stmt, 9);
  consent->withdrawn_note = tf_stmt_dup_text (stmt, 10);
  consent->author_name = tf_stmt_dup_text (stmt, 11);
  return consent;
}

/* Steps @stmt to its end, one TfConsent per row with its organisations. */
static GListModel *
collect (TfStore  *store,
         TfStmt   *stmt,
         GError  **error)
{
  g_autoptr(GListStore) list = g_list_store_new (TF_TYPE_CONSENT);
  g_autoptr(GPtrArray) consents = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (consents, consent_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      tf_store_set_error (store, error);
      return NULL;
    }
  /* The organisations after the rows: one statement at a time. */
  for (guint i = 0; i < consents->len; i++)
    {
      if (!load_organisations (store, consents->pdata[i], error))
        return NULL;
      g_list_store_append (list, consents->pdata[i]);
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
tf_consent_list_for_case (TfSession  *session,
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
    "SELECT " CONSENT_COLUMNS "FROM consent c "
    "LEFT JOIN staff_member s ON s.id = c.author_id "
    "WHERE c.case_id = ?1 ORDER BY c.valid_from DESC, c.id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  return collect (store, stmt, error);
}

TfConsent *
tf_consent_load (TfSession  *session,
                 gint64      consent_id,
                 GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(TfConsent) consent = NULL;
  int rc;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store,
    "SELECT " CONSENT_COLUMNS "FROM consent c "
    "LEFT JOIN staff_member s ON s.id = c.author_id WHERE c.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, consent_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND,
                   _("The consent no longer exists in the store."));
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      tf_store_set_error (store, error);
      return NULL;
    }
  consent = consent_from_row (stmt);
  tf_stmt_release (stmt);
  if (!tf_access_check_case (session, TF_ACCESS_VIEW, consent->case_id, error) ||
      !load_organisations (store, consent, error))
    return NULL;
  return g_steal_pointer (&consent);
}

/* @today or the local date, as a day number; FALSE for a bad date. */
static gboolean
resolve_today (const char  *today,
               char         out[11],
               gint32      *out_day,
               GError     **error)
{
  g_autofree char *now = today == NULL ? tf_today_iso () : NULL;

  if (!_tf_day_parse (today != NULL ? today : now, out_day))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("Not a date: %s"), today);
      return FALSE;
    }
  _tf_day_format (*out_day, out);
  return TRUE;
}

GListModel *
tf_consent_list_expiring (TfSession  *session,
                          const char *today,
                          guint       days,
                          GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;
  TfCaseScope scope;
  char day[11], last[11];
  gint32 day_number;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error) ||
      !resolve_today (today, day, &day_number, error))
    return NULL;
  _tf_day_format (day_number + (gint32) MIN (days, 100000u), last);

  /* consent_by_until covers the range; the renewal test looks at the few
   * consents of each case found. */
  scope = tf_access_case_scope (session);
  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store,
    "SELECT " CONSENT_COLUMNS "FROM consent c "
    "JOIN cases k ON k.id = c.case_id "
    "LEFT JOIN staff_member s ON s.id = c.author_id "
    "WHERE c.withdrawn_on IS NULL AND c.valid_until BETWEEN ?1 AND ?2 "
    "  AND k.status NOT IN ('closed', 'declined', 'not-relevant') "
    "  AND (?3 OR k.coordinator_id = ?4) "
    "  AND NOT EXISTS (SELECT 1 FROM consent r WHERE r.case_id = c.case_id AND r.id <> c.id "
    "                  AND r.withdrawn_on IS NULL AND r.valid_until > c.valid_until "
    "                  AND r.valid_from <= date (c.valid_until, '+1 day')) "
    "ORDER BY c.valid_until, c.case_id, c.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, scope.all_cases);
  sqlite3_bind_int64 (stmt, 4, scope.coordinator_id);
  return collect (store, stmt, error);
}

/* The state of a case's consents */

void
tf_consent_state_clear (TfConsentState *state)
{
  g_clear_pointer (&state->valid_until, g_free);
  g_clear_pointer (&state->organisation_ids, g_array_unref);
  g_clear_pointer (&state->organisation_names, g_strfreev);
  g_clear_pointer (&state->next_from, g_free);
  state->valid = FALSE;
  state->days_left = 0;
  state->runs_out_soon = FALSE;
}

/* The last day @consent holds: a withdrawal ends it the day before. FALSE
 * when it never held a day (withdrawn on its first day). */
static gboolean
effective_end (TfConsent *consent,
               gint32    *out_end)
{
  gint32 from, until, withdrawn;

  if (!_tf_day_parse (consent->valid_from, &from) ||
      !_tf_day_parse (consent->valid_until, &until))
    return FALSE;
  if (consent->withdrawn_on != NULL && _tf_day_parse (consent->withdrawn_on, &withdrawn))
    until = MIN (until, withdrawn - 1);
  *out_end = until;
  return until >= from;
}

/* The organisations of the consents valid on @day, fixed members first. */
static gboolean
load_covered_organisations (TfStore         *store,
                            gint64           case_id,
                            const char      *day,
                            TfConsentState  *state,
                            GError         **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT DISTINCT o.id, o.name, o.fixed_member FROM consent c "
    "JOIN consent_organisation co ON co.consent_id = c.id "
    "JOIN organisation o ON o.id = co.organisation_id "
    "WHERE c.case_id = ?1 AND c.valid_from <= ?2 AND c.valid_until >= ?2 "
    "  AND (c.withdrawn_on IS NULL OR c.withdrawn_on > ?2) "
    "ORDER BY o.fixed_member DESC, o.name, o.id", error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (state->organisation_ids, id);
      g_ptr_array_add (names, tf_stmt_dup_text (stmt, 1));
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (store, error);
  g_ptr_array_add (names, NULL);
  g_strfreev (state->organisation_names);
  state->organisation_names = (char **) g_ptr_array_steal (names, NULL);
  return TRUE;
}

gboolean
tf_consent_state_for_case (TfSession       *session,
                           gint64           case_id,
                           const char      *today,
                           TfConsentState  *state,
                           GError         **error)
{
  g_autoptr(GListModel) consents = NULL;
  char day[11], until_text[11];
  gint32 day_number, covered = G_MININT32, next = G_MAXINT32;
  guint n;
  gboolean extended;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (state != NULL, FALSE);

  memset (state, 0, sizeof *state);
  state->organisation_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  state->organisation_names = g_new0 (char *, 1);

  if (!resolve_today (today, day, &day_number, error))
    return FALSE;
  consents = tf_consent_list_for_case (session, case_id, error);
  if (consents == NULL)
    return FALSE;
  n = g_list_model_get_n_items (consents);

  /* The consents that hold today, and the next start if none does. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfConsent) consent = g_list_model_get_item (consents, i);
      gint32 from, end;

      if (!effective_end (consent, &end) || !_tf_day_parse (consent->valid_from, &from))
        continue;
      if (from <= day_number && day_number <= end)
        covered = MAX (covered, end);
      else if (from > day_number)
        next = MIN (next, from);
    }

  if (covered == G_MININT32)
    {
      if (next != G_MAXINT32)
        {
          _tf_day_format (next, until_text);
          state->next_from = g_strdup (until_text);
        }
      return TRUE;
    }

  /* A renewal that starts by the day after carries the consent on. */
  do
    {
      extended = FALSE;
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(TfConsent) consent = g_list_model_get_item (consents, i);
          gint32 from, end;

          if (effective_end (consent, &end) && _tf_day_parse (consent->valid_from, &from) &&
              from <= covered + 1 && end > covered)
            {
              covered = end;
              extended = TRUE;
            }
        }
    }
  while (extended);

  _tf_day_format (covered, until_text);
  state->valid = TRUE;
  state->valid_until = g_strdup (until_text);
  state->days_left = covered - day_number;
  state->runs_out_soon = state->days_left < TF_CONSENT_WARN_DAYS;
  return load_covered_organisations (tf_session_get_store (session), case_id, day, state, error);
}
