/* tf-assessment-save.c — the rules of an assessment, and writing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-assessment-catalogue.h"
#include "tf-assessment-private.h"
#include "tf-audit.h"
#include "tf-case-status.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

static char *
case_referral_date (TfStore *store,
                    gint64   case_id)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT referral_date FROM cases WHERE id = ?1", NULL);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  return sqlite3_step (stmt) == SQLITE_ROW ? tf_stmt_dup_text (stmt, 0) : NULL;
}

/* TRUE when the saved version of assessment @id already has a row for
 * @domain_id: a retired domain may keep the scores it had. */
static gboolean
had_score (TfStore *store,
           gint64   id,
           gint64   domain_id)
{
  g_autoptr(TfStmt) stmt = NULL;

  if (id <= 0)
    return FALSE;
  stmt = tf_store_prepare (store,
    "SELECT 1 FROM assessment_score WHERE assessment_id = ?1 AND domain_id = ?2", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, domain_id);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

static gboolean
had_factor (TfStore *store,
            gint64   id,
            gint64   factor_id)
{
  g_autoptr(TfStmt) stmt = NULL;

  if (id <= 0)
    return FALSE;
  stmt = tf_store_prepare (store,
    "SELECT 1 FROM assessment_factor_mark WHERE assessment_id = ?1 AND factor_id = ?2", NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, factor_id);
  return sqlite3_step (stmt) == SQLITE_ROW;
}

static GObject *
find_by_id (GListModel *list,
            gint64      id)
{
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      gint64 item_id = TF_IS_ASSESSMENT_DOMAIN (item)
                       ? tf_assessment_domain_get_id (TF_ASSESSMENT_DOMAIN (item))
                       : tf_assessment_factor_get_id (TF_ASSESSMENT_FACTOR (item));
      if (item_id == id)
        return g_steal_pointer (&item);
    }
  return NULL;
}

static gboolean
score_in_range (int score)
{
  return score == -1 || (score >= 0 && score <= 10);
}

static void
check_date (TfStore      *store,
            TfAssessment *self,
            GHashTable   *errors)
{
  const char *date = tf_assessment_get_assessed_on (self);
  g_autofree char *today = tf_today_iso ();
  g_autofree char *referral = case_referral_date (store, tf_assessment_get_case_id (self));

  if (date == NULL || !tf_iso_date_is_valid (date))
    g_hash_table_insert (errors, g_strdup ("assessed-on"),
                         g_strdup (_("Date: enter the date of the assessment.")));
  else if (strcmp (date, today) > 0)
    g_hash_table_insert (errors, g_strdup ("assessed-on"),
                         g_strdup (_("Date: an assessment cannot be dated in the future.")));
  else if (referral != NULL && strcmp (date, referral) < 0)
    {
      g_autofree char *shown = tf_format_date (referral);
      /* Translators: %s is the referral date, "3. dec. 2025" */
      g_hash_table_insert (errors, g_strdup ("assessed-on"),
                           g_strdup_printf (_("Date: the assessment cannot be before the referral on %s."),
                                            shown));
    }
}

static void
check_scores (TfStore      *store,
              TfAssessment *self,
              GListModel   *domains,
              GHashTable   *errors)
{
  guint n_domains = 0;
  const gint64 *domain_ids = tf_assessment_get_scored_domains (self, &n_domains);
  gboolean any_scored = FALSE;

  for (guint i = 0; i < n_domains; i++)
    {
      g_autoptr(GObject) found = find_by_id (domains, domain_ids[i]);
      TfAssessmentDomain *domain = found != NULL ? TF_ASSESSMENT_DOMAIN (found) : NULL;
      char *key = g_strdup_printf ("score-%" G_GINT64_FORMAT, domain_ids[i]);
      int score, own_score;

      tf_assessment_get_score (self, domain_ids[i], &score, &own_score, NULL);
      if (domain == NULL)
        g_hash_table_insert (errors, key, g_strdup (_("Scores: a domain that does not exist cannot be scored.")));
      else if (!score_in_range (score) || !score_in_range (own_score))
        /* Translators: %s is a domain, "School and learning" */
        g_hash_table_insert (errors, key, g_strdup_printf (_("%s: a score goes from 0 to 10."),
                                                           tf_assessment_domain_get_title (domain)));
      else if (!tf_assessment_domain_get_active (domain) &&
               !had_score (store, tf_assessment_get_id (self), domain_ids[i]))
        g_hash_table_insert (errors, key,
                             g_strdup_printf (_("%s: the domain is retired and cannot get a new score."),
                                              tf_assessment_domain_get_title (domain)));
      else
        g_free (key);
      if (score >= 0)
        any_scored = TRUE;
    }
  /* The professionals' score is what the bands and the plan build on. */
  if (!any_scored)
    g_hash_table_insert (errors, g_strdup ("scores"),
                         g_strdup (_("Scores: give at least one domain the professionals' score.")));
}

static void
check_factors (TfStore      *store,
               TfAssessment *self,
               GListModel   *factors,
               GHashTable   *errors)
{
  guint n_factors = 0;
  const gint64 *factor_ids = tf_assessment_get_factors (self, &n_factors);

  for (guint i = 0; i < n_factors; i++)
    {
      g_autoptr(GObject) found = find_by_id (factors, factor_ids[i]);

      if (found == NULL)
        g_hash_table_insert (errors, g_strdup ("factors"),
                             g_strdup (_("Factors: a factor that does not exist cannot be ticked.")));
      else if (!tf_assessment_factor_get_active (TF_ASSESSMENT_FACTOR (found)) &&
               !had_factor (store, tf_assessment_get_id (self), factor_ids[i]))
        g_hash_table_insert (errors, g_strdup ("factors"),
                             g_strdup_printf (_("%s: the factor is retired and cannot be ticked anew."),
                                              tf_assessment_factor_get_title (TF_ASSESSMENT_FACTOR (found))));
    }
}

GHashTable *
tf_assessment_validate (TfSession    *session,
                        TfAssessment *self)
{
  GHashTable *errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  TfStore *store;
  g_autoptr(GListModel) domains = NULL;
  g_autoptr(GListModel) factors = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), errors);
  g_return_val_if_fail (TF_IS_ASSESSMENT (self), errors);

  store = tf_session_get_store (session);
  check_date (store, self, errors);
  if (!g_strv_contains (tf_risk_level_ids (), tf_assessment_get_risk_level (self) != NULL
                                              ? tf_assessment_get_risk_level (self) : ""))
    g_hash_table_insert (errors, g_strdup ("risk-level"),
                         g_strdup (_("Risk level: choose low, moderate or high.")));

  domains = tf_assessment_domain_list (session, TRUE, &error);
  factors = domains != NULL ? tf_assessment_factor_list (session, NULL, TRUE, &error) : NULL;
  if (factors == NULL)
    {
      g_hash_table_insert (errors, g_strdup ("scores"), g_strdup (error->message));
      return errors;
    }
  check_scores (store, self, domains, errors);
  check_factors (store, self, factors, errors);
  return errors;
}

/* The message of the first broken rule, in the order the form shows them. */
static const char *
first_error (TfAssessment *self,
             GHashTable   *errors)
{
  static const char * const fields[] = { "assessed-on", "risk-level" };
  guint n_domains = 0;
  const gint64 *domain_ids = tf_assessment_get_scored_domains (self, &n_domains);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (g_hash_table_contains (errors, fields[i]))
      return g_hash_table_lookup (errors, fields[i]);
  for (guint i = 0; i < n_domains; i++)
    {
      g_autofree char *key = g_strdup_printf ("score-%" G_GINT64_FORMAT, domain_ids[i]);
      if (g_hash_table_contains (errors, key))
        return g_hash_table_lookup (errors, key);
    }
  if (g_hash_table_contains (errors, "scores"))
    return g_hash_table_lookup (errors, "scores");
  return g_hash_table_lookup (errors, "factors");
}

static void
bind_score (TfStmt *stmt,
            int     index,
            int     score)
{
  if (score < 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int (stmt, index, score);
}

/* Replaces the scores and marks of assessment @id with @self's. */
static gboolean
write_details (TfStore       *store,
               TfAssessment  *self,
               gint64         id,
               GError       **error)
{
  guint n_domains = 0, n_factors = 0;
  const gint64 *domain_ids = tf_assessment_get_scored_domains (self, &n_domains);
  const gint64 *factor_ids = tf_assessment_get_factors (self, &n_factors);

  {
    g_autoptr(TfStmt) del = tf_store_prepare (store,
      "DELETE FROM assessment_score WHERE assessment_id = ?1", error);
    if (del == NULL)
      return FALSE;
    sqlite3_bind_int64 (del, 1, id);
    if (!tf_store_step_done (store, del, error))
      return FALSE;
  }
  {
    g_autoptr(TfStmt) del = tf_store_prepare (store,
      "DELETE FROM assessment_factor_mark WHERE assessment_id = ?1", error);
    if (del == NULL)
      return FALSE;
    sqlite3_bind_int64 (del, 1, id);
    if (!tf_store_step_done (store, del, error))
      return FALSE;
  }
  for (guint i = 0; i < n_domains; i++)
    {
      g_autoptr(TfStmt) insert = tf_store_prepare (store,
        "INSERT INTO assessment_score (assessment_id, domain_id, score, own_score, note) "
        "VALUES (?1, ?2, ?3, ?4, ?5)", error);
      int score, own_score;
      const char *note;

      if (insert == NULL)
        return FALSE;
      tf_assessment_get_score (self, domain_ids[i], &score, &own_score, &note);
      sqlite3_bind_int64 (insert, 1, id);
      sqlite3_bind_int64 (insert, 2, domain_ids[i]);
      bind_score (insert, 3, score);
      bind_score (insert, 4, own_score);
      tf_stmt_bind_text_or_null (insert, 5, note);
      if (!tf_store_step_done (store, insert, error))
        return FALSE;
    }
  for (guint i = 0; i < n_factors; i++)
    {
      g_autoptr(TfStmt) insert = tf_store_prepare (store,
        "INSERT INTO assessment_factor_mark (assessment_id, factor_id) VALUES (?1, ?2)", error);

      if (insert == NULL)
        return FALSE;
      sqlite3_bind_int64 (insert, 1, id);
      sqlite3_bind_int64 (insert, 2, factor_ids[i]);
      if (!tf_store_step_done (store, insert, error))
        return FALSE;
    }
  return TRUE;
}

static void
bind_fields (TfStmt       *stmt,
             TfAssessment *self,
             const char   *reasoning)
{
  sqlite3_bind_text (stmt, 2, tf_assessment_get_assessed_on (self), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, tf_assessment_get_risk_level (self), -1, SQLITE_TRANSIENT);
  tf_stmt_bind_text_or_null (stmt, 4, reasoning);
  sqlite3_bind_int (stmt, 5, tf_assessment_get_young_person_took_part (self) ? 1 : 0);
  sqlite3_bind_int64 (stmt, 6, tf_now_seconds ());
}

gboolean
tf_assessment_save (TfSession     *session,
                    TfAssessment  *self,
                    GError       **error)
{
  g_autoptr(GHashTable) errors = NULL;
  g_autoptr(TfTransaction) tx = NULL;
  g_autofree char *reasoning = NULL;
  gint64 id = 0, version;
  gint64 case_id;
  gboolean is_new;
  TfStore *store;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (TF_IS_ASSESSMENT (self), FALSE);

  store = tf_session_get_store (session);
  case_id = tf_assessment_get_case_id (self);
  is_new = tf_assessment_get_id (self) == 0;
  /* The rules read the case, the catalogue and earlier assessments: inside
   * the write transaction, so nothing changes between check and write. */
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  if (!tf_access_check_case (session, is_new ? TF_ACCESS_CREATE : TF_ACCESS_EDIT, case_id, error))
    return FALSE;
  {
    g_autofree char *referral = case_referral_date (store, case_id);
    if (referral == NULL)
      {
        g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND, _("The case no longer exists."));
        return FALSE;
      }
  }
  errors = tf_assessment_validate (session, self);
  if (g_hash_table_size (errors) > 0)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID, first_error (self, errors));
      return FALSE;
    }

  reasoning = tf_strdup_stripped (tf_assessment_get_reasoning (self));
  if (is_new)
    {
      g_autoptr(TfStmt) insert = tf_store_prepare (store,
        "INSERT INTO assessment (case_id, assessed_on, risk_level, reasoning, young_person_took_part, "
        "author_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?7, ?6, ?6)", error);
      if (insert == NULL)
        return FALSE;
      sqlite3_bind_int64 (insert, 1, case_id);
      bind_fields (insert, self, reasoning);
      tf_stmt_bind_staff_id (insert, 7, tf_session_get_staff_id (session));
      if (!tf_store_step_done (store, insert, error))
        return FALSE;
      id = sqlite3_last_insert_rowid (tf_store_get_db (store));
      version = 1;
    }
  else
    {
      g_autoptr(TfStmt) update = tf_store_prepare (store,
        "UPDATE assessment SET assessed_on = ?2, risk_level = ?3, reasoning = ?4, "
        "young_person_took_part = ?5, updated_at = ?6, version = version + 1 "
        "WHERE id = ?1 AND version = ?7 AND case_id = ?8", error);
      if (update == NULL)
        return FALSE;
      id = tf_assessment_get_id (self);
      sqlite3_bind_int64 (update, 1, id);
      bind_fields (update, self, reasoning);
      sqlite3_bind_int64 (update, 7, tf_assessment_get_version (self));
      sqlite3_bind_int64 (update, 8, case_id);   /* an assessment never moves to another case */
      if (!tf_store_step_done (store, update, error))
        return FALSE;
      if (sqlite3_changes (tf_store_get_db (store)) == 0)
        {
          g_set_error (error, TF_ERROR, TF_ERROR_CONFLICT,
                       _("Someone else saved this assessment after you opened it."));
          return FALSE;
        }
      version = tf_assessment_get_version (self) + 1;
    }
  if (!write_details (store, self, id, error))
    return FALSE;
  if (!tf_audit_record (session, is_new ? "create" : "update", "assessment", id, case_id, NULL, error))
    return FALSE;
  tf_transaction_changed (tx, "assessment", case_id);
  if (!tf_transaction_commit (tx, error))
    return FALSE;
  _tf_assessment_set_saved (self, id, version, is_new ? tf_session_get_staff_name (session) : NULL);
  return TRUE;
}
