/* tf-assessment-catalogue.c — the domains and factors an assessment uses
 *
 * The built-in rows carry only a code in the store: their words live here so
 * they come out in the language of the person at the desk. A coordinator's
 * own rows carry their words in the store, as typed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-assessment-catalogue.h"
#include "tf-assessment-private.h"
#include "tf-audit.h"
#include "tf-error.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

typedef struct
{
  const char *code;
  const char *title;
  const char *low;   /* 0–3: the gravest concern */
  const char *mid;   /* 4–6 */
  const char *high;  /* 7–10: doing well */
} BuiltinDomain;

static const BuiltinDomain builtin_domains[] = {
  { "school", N_("School and learning"),
    N_("Rarely attends; has fallen far behind or has no school place"),
    N_("Attends most days but with gaps, conflicts or falling grades"),
    N_("Attends regularly, keeps up and has a plan for education or work") },
  { "leisure", N_("Leisure and friends"),
    N_("No structured leisure; spends time with peers involved in crime"),
    N_("Some leisure activity, but loose ties and a mixed circle of friends"),
    N_("Takes part in organised leisure and has friends who do well") },
  { "family", N_("Family relations"),
    N_("Serious conflict, violence or neglect at home; no adult sets limits"),
    N_("Strained relations at times; the parents struggle to set limits"),
    N_("A stable home with warm relations and adults who follow up") },
  { "behaviour", N_("Behaviour and crime"),
    N_("Repeated or serious offences, violence or threats"),
    N_("Occasional trouble or minor offences; known to the police"),
    N_("No offences lately; behaves well at school and in leisure") },
  { "emotional", N_("Emotional health"),
    N_("Marked distress: anxiety, depression, self-harm or violent outbursts"),
    N_("Periods of low mood, worry or anger that get in the way of daily life"),
    N_("Generally feels well and copes with setbacks") },
  { "substances", N_("Drug and alcohol use"),
    N_("Uses drugs or alcohol regularly, or is involved in selling"),
    N_("Tries alcohol or cannabis now and then"),
    N_("No use, or no more than is usual at that age") },
  { "network", N_("Network"),
    N_("No adult to turn to; isolated, or a network that does harm"),
    N_("A few adults or relatives who are there now and then"),
    N_("Several trusted adults and a network that backs them up") },
  { "practical", N_("Practical conditions: housing and money"),
    N_("Unstable or no housing; debt or no money for basic needs"),
    N_("Housing or money is tight or uncertain"),
    N_("Stable housing, and the family's money is in order") },
};

typedef struct
{
  const char *code;
  const char *title;
} BuiltinFactor;

static const BuiltinFactor builtin_factors[] = {
  { "absence", N_("School absence") },
  { "criminal-peers", N_("Friends involved in crime") },
  { "early-offending", N_("Offending from an early age") },
  { "substance-use", N_("Drug or alcohol use") },
  { "family-conflict", N_("Conflict in the family") },
  { "low-supervision", N_("Little adult supervision") },
  { "impulsivity", N_("Impulsivity and poor self-control") },
  { "hardship", N_("Financial hardship in the family") },
  { "trusted-adult", N_("A trusted adult") },
  { "school-attachment", N_("Attachment to school") },
  { "organised-leisure", N_("Organised leisure activity") },
  { "prosocial-friends", N_("Friends who do well") },
  { "supportive-family", N_("A supportive family") },
  { "motivation", N_("Motivated for change") },
  { "strengths", N_("Clear strengths or talents") },
  { "job-or-internship", N_("A job or an internship") },
};

static const BuiltinDomain *
find_builtin_domain (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (builtin_domains); i++)
    if (g_strcmp0 (builtin_domains[i].code, code) == 0)
      return &builtin_domains[i];
  return NULL;
}

const char *
_tf_assessment_domain_title (const char *code,
                             gboolean    builtin,
                             const char *title)
{
  const BuiltinDomain *domain = builtin ? find_builtin_domain (code) : NULL;

  if (domain != NULL)
    return _(domain->title);
  if (title != NULL && *title != '\0')
    return title;
  return code;
}

static const char *
builtin_factor_title (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (builtin_factors); i++)
    if (g_strcmp0 (builtin_factors[i].code, code) == 0)
      return _(builtin_factors[i].title);
  /* A code a later version added: show it rather than nothing. */
  return code;
}

/* Reading */

GListModel *
tf_assessment_domain_list (TfSession  *session,
                           gboolean    include_retired,
                           GError    **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  TfStore *store;
  int rc;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store,
    "SELECT id, code, builtin, title, low_text, mid_text, high_text, active, version "
    "FROM assessment_domain WHERE active = 1 OR ?1 ORDER BY position, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_retired ? 1 : 0);

  list = g_list_store_new (TF_TYPE_ASSESSMENT_DOMAIN);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 1);
      gboolean builtin = sqlite3_column_int (stmt, 2) != 0;
      const BuiltinDomain *known = builtin ? find_builtin_domain (code) : NULL;
      g_autoptr(TfAssessmentDomain) domain = NULL;

      if (known != NULL)
        domain = _tf_assessment_domain_new (sqlite3_column_int64 (stmt, 0), code, _(known->title),
                                            _(known->low), _(known->mid), _(known->high),
                                            TRUE, sqlite3_column_int (stmt, 7) != 0);
      else
        domain = _tf_assessment_domain_new (sqlite3_column_int64 (stmt, 0), code,
                                            builtin ? code : (const char *) sqlite3_column_text (stmt, 3),
                                            (const char *) sqlite3_column_text (stmt, 4),
                                            (const char *) sqlite3_column_text (stmt, 5),
                                            (const char *) sqlite3_column_text (stmt, 6),
                                            builtin, sqlite3_column_int (stmt, 7) != 0);
      _tf_assessment_domain_set_version (domain, sqlite3_column_int64 (stmt, 8));
      g_list_store_append (list, domain);
    }
  if (rc != SQLITE_DONE)
    {
      tf_store_set_error (store, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

GListModel *
tf_assessment_factor_list (TfSession   *session,
                           const char  *kind,
                           gboolean     include_retired,
                           GError     **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  TfStore *store;
  int rc;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  store = tf_session_get_store (session);
  /* Risk factors first, then protective ones, whatever the alphabet says. */
  stmt = tf_store_prepare (store,
    "SELECT id, kind, code, builtin, title, active, version FROM assessment_factor "
    "WHERE (?1 IS NULL OR kind = ?1) AND (active = 1 OR ?2) "
    "ORDER BY kind = 'protective', position, id", error);
  if (stmt == NULL)
    return NULL;
  tf_stmt_bind_text_or_null (stmt, 1, kind);
  sqlite3_bind_int (stmt, 2, include_retired ? 1 : 0);

  list = g_list_store_new (TF_TYPE_ASSESSMENT_FACTOR);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 2);
      gboolean builtin = sqlite3_column_int (stmt, 3) != 0;
      g_autoptr(TfAssessmentFactor) factor =
        _tf_assessment_factor_new (sqlite3_column_int64 (stmt, 0),
                                   (const char *) sqlite3_column_text (stmt, 1), code,
                                   builtin ? builtin_factor_title (code)
                                           : (const char *) sqlite3_column_text (stmt, 4),
                                   builtin, sqlite3_column_int (stmt, 5) != 0);
      _tf_assessment_factor_set_version (factor, sqlite3_column_int64 (stmt, 6));
      g_list_store_append (list, factor);
    }
  if (rc != SQLITE_DONE)
    {
      tf_store_set_error (store, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}

/* Changing */

gboolean
tf_assessment_catalogue_may_edit (TfSession *session)
{
  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);

  if (tf_session_get_staff_id (session) <= 0)
    return FALSE;
  switch (tf_session_get_role (session))
    {
    case TF_ROLE_COORDINATOR:
    case TF_ROLE_ADMINISTRATOR:
      return TRUE;
    case TF_ROLE_CASEWORKER:
    case TF_ROLE_MEMBER:
    default:
      return FALSE;
    }
}

static gboolean
check_may_edit (TfSession  *session,
                GError    **error)
{
  if (!tf_access_check_store (session, TF_ACCESS_EDIT, error))
    return FALSE;
  if (tf_assessment_catalogue_may_edit (session))
    return TRUE;
  g_set_error (error, TF_ERROR, TF_ERROR_DENIED,
               _("Only a coordinator can change the assessment's domains and factors."));
  return FALSE;
}

/* TRUE when no other row of @list (ignoring @except_id) has @title,
 * compared without case. */
static gboolean
title_is_free (GListModel *list,
               const char *title,
               gint64      except_id)
{
  g_autofree char *key = g_utf8_casefold (title, -1);
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);
      gint64 id;
      const char *other;
      g_autofree char *other_key = NULL;

      if (TF_IS_ASSESSMENT_DOMAIN (item))
        {
          id = tf_assessment_domain_get_id (TF_ASSESSMENT_DOMAIN (item));
          other = tf_assessment_domain_get_title (TF_ASSESSMENT_DOMAIN (item));
        }
      else
        {
          id = tf_assessment_factor_get_id (TF_ASSESSMENT_FACTOR (item));
          other = tf_assessment_factor_get_title (TF_ASSESSMENT_FACTOR (item));
        }
      if (id == except_id || other == NULL)
        continue;
      other_key = g_utf8_casefold (other, -1);
      if (g_strcmp0 (key, other_key) == 0)
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  char *title;
  char *low;
  char *mid;
  char *high;
} DomainWords;

static void
domain_words_clear (DomainWords *words)
{
  g_free (words->title);
  g_free (words->low);
  g_free (words->mid);
  g_free (words->high);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DomainWords, domain_words_clear)

/* Checks a domain's words; on success @words holds stripped copies. */
static gboolean
check_domain_words (TfSession    *session,
                    gint64        id,
                    const char   *title,
                    const char   *low_text,
                    const char   *mid_text,
                    const char   *high_text,
                    DomainWords  *words,
                    GError      **error)
{
  g_autoptr(GListModel) all = NULL;

  words->title = tf_strdup_stripped (title);
  words->low = tf_strdup_stripped (low_text);
  words->mid = tf_strdup_stripped (mid_text);
  words->high = tf_strdup_stripped (high_text);
  if (words->title == NULL)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("Title: give the domain a title."));
      return FALSE;
    }
  if (words->low == NULL || words->mid == NULL || words->high == NULL)
    {
      const char *which = words->low == NULL ? _("Low (0–3)")
                        : words->mid == NULL ? _("Middle (4–6)") : _("High (7–10)");
      /* Translators: %s is the band, "Low (0–3)" */
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("%s: write what a score in this band means for the domain."), which);
      return FALSE;
    }
  all = tf_assessment_domain_list (session, TRUE, error);
  if (all == NULL)
    return FALSE;
  if (!title_is_free (all, words->title, id))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("Title: there is already a domain called “%s”."), words->title);
      return FALSE;
    }
  return TRUE;
}

/* A row's builtin flag, or -1 when the row does not exist. */
static int
domain_builtin (TfStore *store,
                gint64   id)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT builtin FROM assessment_domain WHERE id = ?1", NULL);

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int (stmt, 0) : -1;
}

static int
factor_builtin (TfStore *store,
                gint64   id)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT builtin FROM assessment_factor WHERE id = ?1", NULL);

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int (stmt, 0) : -1;
}

gint64
tf_assessment_domain_add (TfSession   *session,
                          const char  *title,
                          const char  *low_text,
                          const char  *mid_text,
                          const char  *high_text,
                          GError     **error)
{
  g_auto(DomainWords) words = { NULL, };
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  TfStore *store;
  gint64 id;

  g_return_val_if_fail (TF_IS_SESSION (session), 0);

  if (!check_may_edit (session, error) ||
      !check_domain_words (session, 0, title, low_text, mid_text, high_text, &words, error))
    return 0;

  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return 0;
  /* The code only has to be unique; the coordinator never sees it. */
  stmt = tf_store_prepare (store,
    "INSERT INTO assessment_domain (code, builtin, title, low_text, mid_text, high_text, position) "
    "SELECT 'own-' || (coalesce (max (id), 0) + 1), 0, ?1, ?2, ?3, ?4, coalesce (max (position), 0) + 1 "
    "FROM assessment_domain", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, words.title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, words.low, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, words.mid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, words.high, -1, SQLITE_TRANSIENT);
  if (!tf_store_step_done (store, stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (tf_store_get_db (store));
  if (!tf_audit_record (session, "create", "assessment_domain", id, 0, NULL, error))
    return 0;
  tf_transaction_changed (tx, "assessment-catalogue", 0);
  if (!tf_transaction_commit (tx, error))
    return 0;
  return id;
}

gboolean
tf_assessment_domain_update (TfSession   *session,
                             gint64       id,
                             gint64       expected_version,
                             const char  *title,
                             const char  *low_text,
                             const char  *mid_text,
                             const char  *high_text,
                             GError     **error)
{
  g_auto(DomainWords) words = { NULL, };
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  TfStore *store;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);

  if (!check_may_edit (session, error))
    return FALSE;
  store = tf_session_get_store (session);
  /* The checks below read inside the write transaction, so what they saw
   * is what the UPDATE changes. */
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  switch (domain_builtin (store, id))
    {
    case -1:
      g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND, _("The domain no longer exists."));
      return FALSE;
    case 1:
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("A built-in domain keeps its words; retire it and add your own instead."));
      return FALSE;
    default:
      break;
    }
  if (!check_domain_words (session, id, title, low_text, mid_text, high_text, &words, error))
    return FALSE;

  stmt = tf_store_prepare (store,
    "UPDATE assessment_domain SET title = ?2, low_text = ?3, mid_text = ?4, high_text = ?5, "
    "  version = version + 1 "
    "WHERE id = ?1 AND builtin = 0 AND version = ?6", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, words.title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, words.low, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, words.mid, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, words.high, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 6, expected_version);
  if (!tf_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (tf_store_get_db (store)) == 0)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_CONFLICT,
                   _("Someone else changed this domain while you were editing it; its words are shown as they are now."));
      return FALSE;
    }
  if (!tf_audit_record (session, "update", "assessment_domain", id, 0, NULL, error))
    return FALSE;
  tf_transaction_changed (tx, "assessment-catalogue", 0);
  return tf_transaction_commit (tx, error);
}

/* Retires or restores a domain or a factor: rows are never deleted, since
 * assessments refer to them. */
static gboolean
set_active (TfSession  *session,
            gboolean    domain,
            gint64      id,
            gboolean    active,
            GError    **error)
{
  const char *entity = domain ? "assessment_domain" : "assessment_factor";
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  TfStore *store;

  if (!check_may_edit (session, error))
    return FALSE;
  store = tf_session_get_store (session);
  if ((domain ? domain_builtin (store, id) : factor_builtin (store, id)) < 0)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_NOT_FOUND,
                           domain ? _("The domain no longer exists.") : _("The factor no longer exists."));
      return FALSE;
    }
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  stmt = domain ? tf_store_prepare (store, "UPDATE assessment_domain SET active = ?2 WHERE id = ?1", error)
                : tf_store_prepare (store, "UPDATE assessment_factor SET active = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int (stmt, 2, active ? 1 : 0);
  if (!tf_store_step_done (store, stmt, error))
    return FALSE;
  if (!tf_audit_record (session, active ? "restore" : "retire", entity, id, 0, NULL, error))
    return FALSE;
  tf_transaction_changed (tx, "assessment-catalogue", 0);
  return tf_transaction_commit (tx, error);
}

gboolean
tf_assessment_domain_set_active (TfSession  *session,
                                 gint64      id,
                                 gboolean    active,
                                 GError    **error)
{
  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);

  return set_active (session, TRUE, id, active, error);
}

/* Checks a factor's title against the others of its kind. */
static char *
check_factor_title (TfSession   *session,
                    const char  *kind,
                    gint64       id,
                    const char  *title,
                    GError     **error)
{
  g_autofree char *text = tf_strdup_stripped (title);
  g_autoptr(GListModel) same_kind = NULL;

  if (text == NULL)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("Title: give the factor a title."));
      return NULL;
    }
  same_kind = tf_assessment_factor_list (session, kind, TRUE, error);
  if (same_kind == NULL)
    return NULL;
  if (!title_is_free (same_kind, text, id))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("Title: there is already a factor called “%s”."), text);
      return NULL;
    }
  return g_steal_pointer (&text);
}

gint64
tf_assessment_factor_add (TfSession   *session,
                          const char  *kind,
                          const char  *title,
                          GError     **error)
{
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *text = NULL;
  TfStore *store;
  gint64 id;

  g_return_val_if_fail (TF_IS_SESSION (session), 0);

  if (!check_may_edit (session, error))
    return 0;
  if (g_strcmp0 (kind, "risk") != 0 && g_strcmp0 (kind, "protective") != 0)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("Kind: choose a risk factor or a protective factor."));
      return 0;
    }
  text = check_factor_title (session, kind, 0, title, error);
  if (text == NULL)
    return 0;

  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return 0;
  stmt = tf_store_prepare (store,
    "INSERT INTO assessment_factor (kind, code, builtin, title, position) "
    "SELECT ?1, 'own-' || (coalesce (max (id), 0) + 1), 0, ?2, "
    "  (SELECT coalesce (max (position), 0) + 1 FROM assessment_factor WHERE kind = ?1) "
    "FROM assessment_factor", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
  if (!tf_store_step_done (store, stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (tf_store_get_db (store));
  if (!tf_audit_record (session, "create", "assessment_factor", id, 0, NULL, error))
    return 0;
  tf_transaction_changed (tx, "assessment-catalogue", 0);
  if (!tf_transaction_commit (tx, error))
    return 0;
  return id;
}

gboolean
tf_assessment_factor_rename (TfSession   *session,
                             gint64       id,
                             gint64       expected_version,
                             const char  *title,
                             GError     **error)
{
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(TfStmt) kind_stmt = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *text = NULL;
  TfStore *store;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);

  if (!check_may_edit (session, error))
    return FALSE;
  store = tf_session_get_store (session);
  /* The checks below read inside the write transaction (see above). */
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  switch (factor_builtin (store, id))
    {
    case -1:
      g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND, _("The factor no longer exists."));
      return FALSE;
    case 1:
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("A built-in factor keeps its title; retire it and add your own instead."));
      return FALSE;
    default:
      break;
    }
  kind_stmt = tf_store_prepare (store, "SELECT kind FROM assessment_factor WHERE id = ?1", error);
  if (kind_stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (kind_stmt, 1, id);
  if (sqlite3_step (kind_stmt) == SQLITE_ROW)
    kind = tf_stmt_dup_text (kind_stmt, 0);
  tf_stmt_release (g_steal_pointer (&kind_stmt));
  text = check_factor_title (session, kind, id, title, error);
  if (text == NULL)
    return FALSE;

  stmt = tf_store_prepare (store,
    "UPDATE assessment_factor SET title = ?2, version = version + 1 "
    "WHERE id = ?1 AND builtin = 0 AND version = ?3", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, expected_version);
  if (!tf_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (tf_store_get_db (store)) == 0)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_CONFLICT,
                   _("Someone else changed this factor while you were editing it; it is shown as it is now."));
      return FALSE;
    }
  if (!tf_audit_record (session, "update", "assessment_factor", id, 0, NULL, error))
    return FALSE;
  tf_transaction_changed (tx, "assessment-catalogue", 0);
  return tf_transaction_commit (tx, error);
}

gboolean
tf_assessment_factor_set_active (TfSession  *session,
                                 gint64      id,
                                 gboolean    active,
                                 GError    **error)
{
  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);

  return set_active (session, FALSE, id, active, error);
}
