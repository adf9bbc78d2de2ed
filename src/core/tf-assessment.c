/* tf-assessment.c — dated holistic assessments of a case
 *
 * An assessment is one row with its scores (one row per domain) and its
 * ticked factors; they are written together in one transaction, and an edit
 * replaces the scores and marks wholesale. The schema's triggers keep the
 * case's last_assessed_on and risk_level.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-assessment.h"
#include "tf-assessment-private.h"
#include "tf-audit.h"
#include "tf-case-status.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

typedef struct
{
  gint64  domain_id;
  int     score;
  int     own_score;
  char   *note;
} Score;

struct _TfAssessment
{
  GObject   parent_instance;

  gint64    id;
  gint64    case_id;
  gint64    version;
  char     *assessed_on;
  char     *risk_level;
  char     *reasoning;
  gboolean  young_person_took_part;
  char     *author_name;
  GArray   *scores;       /* of Score */
  GArray   *domain_ids;   /* of gint64, parallel to scores, for the getter */
  GArray   *factors;      /* of gint64 */
};

G_DEFINE_FINAL_TYPE (TfAssessment, tf_assessment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CASE_ID,
  PROP_VERSION,
  PROP_ASSESSED_ON,
  PROP_RISK_LEVEL,
  PROP_REASONING,
  PROP_YOUNG_PERSON_TOOK_PART,
  PROP_AUTHOR_NAME,
  N_PROPS
};

static void
score_clear (gpointer data)
{
  Score *score = data;

  g_clear_pointer (&score->note, g_free);
}

static void
tf_assessment_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TfAssessment *self = TF_ASSESSMENT (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_CASE_ID: g_value_set_int64 (value, self->case_id); break;
    case PROP_VERSION: g_value_set_int64 (value, self->version); break;
    case PROP_ASSESSED_ON: g_value_set_string (value, self->assessed_on); break;
    case PROP_RISK_LEVEL: g_value_set_string (value, self->risk_level); break;
    case PROP_REASONING: g_value_set_string (value, self->reasoning); break;
    case PROP_YOUNG_PERSON_TOOK_PART: g_value_set_boolean (value, self->young_person_took_part); break;
    case PROP_AUTHOR_NAME: g_value_set_string (value, self->author_name); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_assessment_finalize (GObject *object)
{
  TfAssessment *self = TF_ASSESSMENT (object);

  g_free (self->assessed_on);
  g_free (self->risk_level);
  g_free (self->reasoning);
  g_free (self->author_name);
  g_array_unref (self->scores);
  g_array_unref (self->domain_ids);
  g_array_unref (self->factors);
  G_OBJECT_CLASS (tf_assessment_parent_class)->finalize (object);
}

static void
tf_assessment_class_init (TfAssessmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tf_assessment_get_property;
  object_class->finalize = tf_assessment_finalize;
  g_object_class_install_property (object_class, PROP_ID,
                                   g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_CASE_ID,
                                   g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_VERSION,
                                   g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_ASSESSED_ON,
                                   g_param_spec_string ("assessed-on", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_RISK_LEVEL,
                                   g_param_spec_string ("risk-level", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_REASONING,
                                   g_param_spec_string ("reasoning", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_YOUNG_PERSON_TOOK_PART,
                                   g_param_spec_boolean ("young-person-took-part", NULL, NULL, FALSE, ro));
  g_object_class_install_property (object_class, PROP_AUTHOR_NAME,
                                   g_param_spec_string ("author-name", NULL, NULL, NULL, ro));
}

static void
tf_assessment_init (TfAssessment *self)
{
  self->scores = g_array_new (FALSE, TRUE, sizeof (Score));
  g_array_set_clear_func (self->scores, score_clear);
  self->domain_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->factors = g_array_new (FALSE, TRUE, sizeof (gint64));
}

TfAssessment *
tf_assessment_new (gint64 case_id)
{
  TfAssessment *self = g_object_new (TF_TYPE_ASSESSMENT, NULL);

  self->case_id = case_id;
  self->assessed_on = tf_today_iso ();
  return self;
}

TfAssessment *
tf_assessment_copy (TfAssessment *self)
{
  TfAssessment *copy;

  g_return_val_if_fail (TF_IS_ASSESSMENT (self), NULL);

  copy = g_object_new (TF_TYPE_ASSESSMENT, NULL);
  copy->id = self->id;
  copy->case_id = self->case_id;
  copy->version = self->version;
  copy->assessed_on = g_strdup (self->assessed_on);
  copy->risk_level = g_strdup (self->risk_level);
  copy->reasoning = g_strdup (self->reasoning);
  copy->young_person_took_part = self->young_person_took_part;
  copy->author_name = g_strdup (self->author_name);
  for (guint i = 0; i < self->scores->len; i++)
    {
      const Score *score = &g_array_index (self->scores, Score, i);
      tf_assessment_set_score (copy, score->domain_id, score->score, score->own_score, score->note);
    }
  g_array_append_vals (copy->factors, self->factors->data, self->factors->len);
  return copy;
}

/* Getters and setters */

gint64
tf_assessment_get_id (TfAssessment *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT (self), 0);
  return self->id;
}

gint64
tf_assessment_get_case_id (TfAssessment *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT (self), 0);
  return self->case_id;
}

gint64
tf_assessment_get_version (TfAssessment *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT (self), 0);
  return self->version;
}

const char *
tf_assessment_get_assessed_on (TfAssessment *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT (self), NULL);
  return self->assessed_on;
}

const char *
tf_assessment_get_risk_level (TfAssessment *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT (self), NULL);
  return self->risk_level;
}

const char *
tf_assessment_get_reasoning (TfAssessment *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT (self), NULL);
  return self->reasoning;
}

gboolean
tf_assessment_get_young_person_took_part (TfAssessment *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT (self), FALSE);
  return self->young_person_took_part;
}

const char *
tf_assessment_get_author_name (TfAssessment *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT (self), NULL);
  return self->author_name;
}

void
tf_assessment_set_assessed_on (TfAssessment *self,
                               const char   *iso_date)
{
  g_return_if_fail (TF_IS_ASSESSMENT (self));
  tf_set_str (&self->assessed_on, iso_date);
}

void
tf_assessment_set_risk_level (TfAssessment *self,
                              const char   *risk_level)
{
  g_return_if_fail (TF_IS_ASSESSMENT (self));
  tf_set_str (&self->risk_level, risk_level);
}

void
tf_assessment_set_reasoning (TfAssessment *self,
                             const char   *reasoning)
{
  g_return_if_fail (TF_IS_ASSESSMENT (self));
  tf_set_str (&self->reasoning, reasoning);
}

void
tf_assessment_set_young_person_took_part (TfAssessment *self,
                                          gboolean      took_part)
{
  g_return_if_fail (TF_IS_ASSESSMENT (self));
  self->young_person_took_part = took_part;
}

static int
find_score (TfAssessment *self,
            gint64        domain_id)
{
  for (guint i = 0; i < self->scores->len; i++)
    if (g_array_index (self->scores, Score, i).domain_id == domain_id)
      return (int) i;
  return -1;
}

void
tf_assessment_set_score (TfAssessment *self,
                         gint64        domain_id,
                         int           score,
                         int           own_score,
                         const char   *note)
{
  g_autofree char *text = tf_strdup_stripped (note);
  int index;

  g_return_if_fail (TF_IS_ASSESSMENT (self));

  index = find_score (self, domain_id);
  if (score < 0 && own_score < 0 && text == NULL)
    {
      if (index >= 0)
        {
          g_array_remove_index (self->scores, index);
          g_array_remove_index (self->domain_ids, index);
        }
      return;
    }
  /* Out-of-range scores are kept as given so validation can name them. */
  if (index < 0)
    {
      Score row = { domain_id, score, own_score, g_steal_pointer (&text) };
      g_array_append_val (self->scores, row);
      g_array_append_val (self->domain_ids, domain_id);
    }
  else
    {
      Score *row = &g_array_index (self->scores, Score, index);
      row->score = score;
      row->own_score = own_score;
      g_free (row->note);
      row->note = g_steal_pointer (&text);
    }
}

gboolean
tf_assessment_get_score (TfAssessment  *self,
                         gint64         domain_id,
                         int           *score,
                         int           *own_score,
                         const char   **note)
{
  int index;
  const Score *row = NULL;

  g_return_val_if_fail (TF_IS_ASSESSMENT (self), FALSE);

  index = find_score (self, domain_id);
  if (index >= 0)
    row = &g_array_index (self->scores, Score, index);
  if (score != NULL)
    *score = row != NULL ? row->score : -1;
  if (own_score != NULL)
    *own_score = row != NULL ? row->own_score : -1;
  if (note != NULL)
    *note = row != NULL ? row->note : NULL;
  return row != NULL;
}

const gint64 *
tf_assessment_get_scored_domains (TfAssessment *self,
                                  guint        *n_domains)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (n_domains != NULL, NULL);

  *n_domains = self->domain_ids->len;
  return (const gint64 *) self->domain_ids->data;
}

void
tf_assessment_clear_scores (TfAssessment *self)
{
  g_return_if_fail (TF_IS_ASSESSMENT (self));
  g_array_set_size (self->scores, 0);
  g_array_set_size (self->domain_ids, 0);
}

void
tf_assessment_set_factor (TfAssessment *self,
                          gint64        factor_id,
                          gboolean      marked)
{
  g_return_if_fail (TF_IS_ASSESSMENT (self));

  for (guint i = 0; i < self->factors->len; i++)
    if (g_array_index (self->factors, gint64, i) == factor_id)
      {
        if (!marked)
          g_array_remove_index (self->factors, i);
        return;
      }
  if (marked)
    g_array_append_val (self->factors, factor_id);
}

gboolean
tf_assessment_has_factor (TfAssessment *self,
                          gint64        factor_id)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT (self), FALSE);

  for (guint i = 0; i < self->factors->len; i++)
    if (g_array_index (self->factors, gint64, i) == factor_id)
      return TRUE;
  return FALSE;
}

const gint64 *
tf_assessment_get_factors (TfAssessment *self,
                           guint        *n_factors)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT (self), NULL);
  g_return_val_if_fail (n_factors != NULL, NULL);

  *n_factors = self->factors->len;
  return (const gint64 *) self->factors->data;
}

/* Reading */

static int
column_score (TfStmt *stmt,
              int     column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? -1 : sqlite3_column_int (stmt, column);
}

/* Fills in the scores and factor marks of @self from the store. */
static gboolean
load_details (TfStore       *store,
              TfAssessment  *self,
              GError       **error)
{
  g_autoptr(TfStmt) scores = NULL;
  g_autoptr(TfStmt) marks = NULL;
  int rc;

  scores = tf_store_prepare (store,
    "SELECT s.domain_id, s.score, s.own_score, s.note FROM assessment_score s "
    "JOIN assessment_domain d ON d.id = s.domain_id "
    "WHERE s.assessment_id = ?1 ORDER BY d.position, d.id", error);
  if (scores == NULL)
    return FALSE;
  sqlite3_bind_int64 (scores, 1, self->id);
  while ((rc = sqlite3_step (scores)) == SQLITE_ROW)
    tf_assessment_set_score (self, sqlite3_column_int64 (scores, 0), column_score (scores, 1),
                             column_score (scores, 2), (const char *) sqlite3_column_text (scores, 3));
  if (rc != SQLITE_DONE)
    return tf_store_set_error (store, error);

  marks = tf_store_prepare (store,
    "SELECT m.factor_id FROM assessment_factor_mark m "
    "JOIN assessment_factor f ON f.id = m.factor_id "
    "WHERE m.assessment_id = ?1 ORDER BY f.kind = 'protective', f.position, f.id", error);
  if (marks == NULL)
    return FALSE;
  sqlite3_bind_int64 (marks, 1, self->id);
  while ((rc = sqlite3_step (marks)) == SQLITE_ROW)
    tf_assessment_set_factor (self, sqlite3_column_int64 (marks, 0), TRUE);
  if (rc != SQLITE_DONE)
    return tf_store_set_error (store, error);
  return TRUE;
}

/* One assessment from a row of "id, case_id, version, assessed_on,
 * risk_level, reasoning, young_person_took_part, author name". */
static TfAssessment *
assessment_from_row (TfStmt *stmt)
{
  TfAssessment *self = g_object_new (TF_TYPE_ASSESSMENT, NULL);

  self->id = sqlite3_column_int64 (stmt, 0);
  self->case_id = sqlite3_column_int64 (stmt, 1);
  self->version = sqlite3_column_int64 (stmt, 2);
  self->assessed_on = tf_stmt_dup_text (stmt, 3);
  self->risk_level = tf_stmt_dup_text (stmt, 4);
  self->reasoning = tf_stmt_dup_text (stmt, 5);
  self->young_person_took_part = sqlite3_column_int (stmt, 6) != 0;
  self->author_name = tf_stmt_dup_text (stmt, 7);
  return self;
}

GListModel *
tf_assessment_list_for_case (TfSession  *session,
                             gint64      case_id,
                             GError    **error)
{
  g_autoptr(GListStore) list = NULL;
  TfStore *store;
  int rc;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_case (session, TF_ACCESS_VIEW, case_id, error))
    return NULL;
  store = tf_session_get_store (session);
  list = g_list_store_new (TF_TYPE_ASSESSMENT);
  {
    g_autoptr(TfStmt) stmt = tf_store_prepare (store,
      "SELECT a.id, a.case_id, a.version, a.assessed_on, a.risk_level, a.reasoning, "
      "a.young_person_took_part, s.name FROM assessment a "
      "LEFT JOIN staff_member s ON s.id = a.author_id "
      "WHERE a.case_id = ?1 ORDER BY a.assessed_on DESC, a.id DESC", error);

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_int64 (stmt, 1, case_id);
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        g_autoptr(TfAssessment) assessment = assessment_from_row (stmt);
        g_list_store_append (list, assessment);
      }
    if (rc != SQLITE_DONE)
      {
        tf_store_set_error (store, error);
        return NULL;
      }
  }
  /* The details after the walk: their statements are others. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (list)); i++)
    {
      g_autoptr(TfAssessment) assessment = g_list_model_get_item (G_LIST_MODEL (list), i);
      if (!load_details (store, assessment, error))
        return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

TfAssessment *
tf_assessment_load (TfSession  *session,
                    gint64      id,
                    GError    **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(TfAssessment) self = NULL;
  TfStore *store;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store,
    "SELECT a.id, a.case_id, a.version, a.assessed_on, a.risk_level, a.reasoning, "
    "a.young_person_took_part, s.name FROM assessment a "
    "LEFT JOIN staff_member s ON s.id = a.author_id WHERE a.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND, _("The assessment no longer exists."));
      return NULL;
    }
  self = assessment_from_row (stmt);
  if (!tf_access_check_case (session, TF_ACCESS_VIEW, self->case_id, error))
    return NULL;
  if (!load_details (store, self, error))
    return NULL;
  return g_steal_pointer (&self);
}

GHashTable *
tf_assessment_previous_scores (TfSession   *session,
                               gint64       case_id,
                               const char  *before,
                               gint64       assessment_id,
                               GError     **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(GHashTable) previous = NULL;
  TfStore *store;
  int rc;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (before != NULL, NULL);

  if (!tf_access_check_case (session, TF_ACCESS_VIEW, case_id, error))
    return NULL;
  store = tf_session_get_store (session);
  /* Newest first within each domain; the first row of a domain wins. A new
   * assessment (id 0) comes after every saved one of its date. */
  stmt = tf_store_prepare (store,
    "SELECT s.domain_id, s.score, s.own_score, a.assessed_on "
    "FROM assessment_score s JOIN assessment a ON a.id = s.assessment_id "
    "WHERE a.case_id = ?1 AND (a.assessed_on < ?2 OR (a.assessed_on = ?2 AND a.id < ?3)) "
    "AND (s.score IS NOT NULL OR s.own_score IS NOT NULL) "
    "ORDER BY s.domain_id, a.assessed_on DESC, a.id DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_text (stmt, 2, before, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, assessment_id > 0 ? assessment_id : G_MAXINT64);

  previous = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) g_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 domain_id = sqlite3_column_int64 (stmt, 0);
      TfPreviousScore *score;

      if (g_hash_table_contains (previous, &domain_id))
        continue;
      /* One block holds the struct and its date, so g_free frees both. */
      score = g_malloc0 (sizeof (TfPreviousScore) + 11);
      score->domain_id = domain_id;
      score->score = column_score (stmt, 1);
      score->own_score = column_score (stmt, 2);
      score->assessed_on = (char *) (score + 1);
      g_strlcpy (score->assessed_on, (const char *) sqlite3_column_text (stmt, 3), 11);
      g_hash_table_insert (previous, &score->domain_id, score);
    }
  if (rc != SQLITE_DONE)
    {
      tf_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&previous);
}

void
_tf_assessment_set_saved (TfAssessment *self,
                          gint64        id,
                          gint64        version,
                          const char   *author_name)
{
  self->id = id;
  self->version = version;
  if (author_name != NULL)
    tf_set_str (&self->author_name, author_name);
}
