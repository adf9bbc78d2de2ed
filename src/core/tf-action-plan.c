/* tf-action-plan.c — the action plan (handleplan): the object and reading it
 *
 * Writing and the rules are in tf-action-plan-store.c; completeness against
 * the latest assessment and "what changed" in tf-action-plan-check.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-action-plan.h"
#include "tf-error.h"
#include "tf-plan-private.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

G_DEFINE_FINAL_TYPE (TfActionPlan, tf_action_plan, G_TYPE_OBJECT)

void
tf_plan_domain_free (TfPlanDomain *domain)
{
  if (domain == NULL)
    return;
  g_free (domain->code);
  g_free (domain->title);
  g_free (domain->assessed_on);
  g_free (domain);
}

static void
tf_action_plan_finalize (GObject *object)
{
  TfActionPlan *self = TF_ACTION_PLAN (object);

  g_free (self->made_on);
  g_free (self->next_follow_up);
  g_free (self->young_person_words);
  g_free (self->guardians_words);
  g_free (self->revision_note);
  g_free (self->author_name);
  g_clear_object (&self->goals);
  g_hash_table_unref (self->reasons);
  G_OBJECT_CLASS (tf_action_plan_parent_class)->finalize (object);
}

static void
tf_action_plan_class_init (TfActionPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_action_plan_finalize;
}

static void
tf_action_plan_init (TfActionPlan *self)
{
  self->goals = g_list_store_new (TF_TYPE_PLAN_GOAL);
  self->reasons = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
}

TfActionPlan *
tf_action_plan_new (gint64 case_id)
{
  TfActionPlan *self = g_object_new (TF_TYPE_ACTION_PLAN, NULL);

  self->case_id = case_id;
  return self;
}

TfActionPlan *
tf_action_plan_copy_for_revision (TfActionPlan *self)
{
  TfActionPlan *copy;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (TF_IS_ACTION_PLAN (self), NULL);

  copy = tf_action_plan_new (self->case_id);
  copy->made_on = g_strdup (self->made_on);
  copy->next_follow_up = g_strdup (self->next_follow_up);
  copy->young_person_took_part = self->young_person_took_part;
  copy->guardians_took_part = self->guardians_took_part;
  copy->young_person_words = g_strdup (self->young_person_words);
  copy->guardians_words = g_strdup (self->guardians_words);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->goals)); i++)
    {
      g_autoptr(TfPlanGoal) goal = g_list_model_get_item (G_LIST_MODEL (self->goals), i);
      g_autoptr(TfPlanGoal) goal_copy = tf_plan_goal_copy (goal);

      g_list_store_append (copy->goals, goal_copy);
    }
  g_hash_table_iter_init (&iter, self->reasons);
  while (g_hash_table_iter_next (&iter, &key, &value))
    tf_action_plan_set_domain_reason (copy, *(gint64 *) key, value);
  return copy;
}

#define GETTER(type, field, fallback)                          \
  type                                                         \
  tf_action_plan_get_##field (TfActionPlan *self)              \
  {                                                            \
    g_return_val_if_fail (TF_IS_ACTION_PLAN (self), fallback); \
    return self->field;                                        \
  }

#define STR_SETTER(field)                                      \
  void                                                         \
  tf_action_plan_set_##field (TfActionPlan *self,              \
                              const char   *text)              \
  {                                                            \
    g_return_if_fail (TF_IS_ACTION_PLAN (self));               \
    tf_set_str (&self->field, text);                           \
  }

GETTER (gint64, id, 0)
GETTER (gint64, case_id, 0)
GETTER (gint64, version, 0)
GETTER (const char *, author_name, NULL)
GETTER (gint64, created_at, 0)
GETTER (const char *, made_on, NULL)
GETTER (const char *, next_follow_up, NULL)
GETTER (gboolean, young_person_took_part, FALSE)
GETTER (gboolean, guardians_took_part, FALSE)
GETTER (const char *, young_person_words, NULL)
GETTER (const char *, guardians_words, NULL)
GETTER (const char *, revision_note, NULL)
STR_SETTER (made_on)
STR_SETTER (next_follow_up)
STR_SETTER (young_person_words)
STR_SETTER (guardians_words)
STR_SETTER (revision_note)

void
tf_action_plan_set_young_person_took_part (TfActionPlan *self,
                                           gboolean      took_part)
{
  g_return_if_fail (TF_IS_ACTION_PLAN (self));
  self->young_person_took_part = !!took_part;
}

void
tf_action_plan_set_guardians_took_part (TfActionPlan *self,
                                        gboolean      took_part)
{
  g_return_if_fail (TF_IS_ACTION_PLAN (self));
  self->guardians_took_part = !!took_part;
}

GListModel *
tf_action_plan_get_goals (TfActionPlan *self)
{
  g_return_val_if_fail (TF_IS_ACTION_PLAN (self), NULL);
  return G_LIST_MODEL (self->goals);
}

void
tf_action_plan_add_goal (TfActionPlan *self,
                         TfPlanGoal   *goal)
{
  g_return_if_fail (TF_IS_ACTION_PLAN (self));
  g_return_if_fail (TF_IS_PLAN_GOAL (goal));
  g_list_store_append (self->goals, goal);
}

void
tf_action_plan_remove_goal (TfActionPlan *self,
                            guint         position)
{
  g_return_if_fail (TF_IS_ACTION_PLAN (self));
  g_return_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->goals)));
  g_list_store_remove (self->goals, position);
}

const char *
tf_action_plan_get_domain_reason (TfActionPlan *self,
                                  gint64        domain_id)
{
  g_return_val_if_fail (TF_IS_ACTION_PLAN (self), NULL);
  return g_hash_table_lookup (self->reasons, &domain_id);
}

void
tf_action_plan_set_domain_reason (TfActionPlan *self,
                                  gint64        domain_id,
                                  const char   *reason)
{
  g_return_if_fail (TF_IS_ACTION_PLAN (self));

  if (reason == NULL)
    g_hash_table_remove (self->reasons, &domain_id);
  else
    g_hash_table_replace (self->reasons, g_memdup2 (&domain_id, sizeof domain_id), g_strdup (reason));
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

GArray *
tf_action_plan_dup_reason_domain_ids (TfActionPlan *self)
{
  GArray *ids;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (TF_IS_ACTION_PLAN (self), NULL);

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_hash_table_iter_init (&iter, self->reasons);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (ids, *(gint64 *) key);
  g_array_sort (ids, compare_ids);
  return ids;
}

/* Reading */

static gboolean
load_goals (TfStore       *store,
            TfActionPlan  *plan,
            GError       **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(TfStmt) links = NULL;
  int rc;

  stmt = tf_store_prepare (store,
    "SELECT g.id, g.goal_key, g.what, g.domain_id, d.code, g.organisation_id, o.name, "
    "       g.staff_id, s.name, g.due_on, g.status, g.progress "
    "FROM plan_goal g "
    "LEFT JOIN assessment_domain d ON d.id = g.domain_id "
    "LEFT JOIN organisation o ON o.id = g.organisation_id "
    "LEFT JOIN staff_member s ON s.id = g.staff_id "
    "WHERE g.plan_id = ?1 ORDER BY g.position", error);
  if (stmt == NULL)
    return FALSE;
  links = tf_store_prepare (store,
    "SELECT record_id FROM plan_goal_intervention WHERE goal_id = ?1 ORDER BY record_id", error);
  if (links == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TfPlanGoal) goal = tf_plan_goal_new ();
      g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

      tf_plan_goal_set_goal_key (goal, sqlite3_column_int64 (stmt, 1));
      tf_plan_goal_set_what (goal, (const char *) sqlite3_column_text (stmt, 2));
      tf_plan_goal_set_domain_id (goal, sqlite3_column_int64 (stmt, 3));
      tf_plan_goal_set_organisation_id (goal, sqlite3_column_int64 (stmt, 5));
      tf_plan_goal_set_staff_id (goal, sqlite3_column_int64 (stmt, 7));
      _tf_plan_goal_set_names (goal, (const char *) sqlite3_column_text (stmt, 4),
                               (const char *) sqlite3_column_text (stmt, 6),
                               (const char *) sqlite3_column_text (stmt, 8));
      tf_plan_goal_set_due_on (goal, (const char *) sqlite3_column_text (stmt, 9));
      tf_plan_goal_set_status (goal, tf_goal_status_from_id ((const char *) sqlite3_column_text (stmt, 10)));
      tf_plan_goal_set_progress (goal, sqlite3_column_type (stmt, 11) == SQLITE_NULL
                                         ? -1 : sqlite3_column_int (stmt, 11));

      sqlite3_reset (links);
      sqlite3_bind_int64 (links, 1, sqlite3_column_int64 (stmt, 0));
      while ((rc = sqlite3_step (links)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (links, 0);
          g_array_append_val (ids, id);
        }
      if (rc != SQLITE_DONE)
        return tf_store_set_error (store, error);
      tf_plan_goal_set_intervention_ids (goal, (const gint64 *) ids->data, ids->len);
      g_list_store_append (plan->goals, goal);
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (store, error);
  return TRUE;
}

static gboolean
load_reasons (TfStore       *store,
              TfActionPlan  *plan,
              GError       **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  int rc;

  stmt = tf_store_prepare (store,
    "SELECT domain_id, reason FROM plan_domain_reason WHERE plan_id = ?1 ORDER BY domain_id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan->id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    tf_action_plan_set_domain_reason (plan, sqlite3_column_int64 (stmt, 0),
                                      (const char *) sqlite3_column_text (stmt, 1));
  if (rc != SQLITE_DONE)
    return tf_store_set_error (store, error);
  return TRUE;
}

/* @version 0 reads the newest. */
static TfActionPlan *
load (TfSession  *session,
      gint64      case_id,
      gint64      version,
      GError    **error)
{
  TfStore *store = tf_session_get_store (session);
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(TfActionPlan) plan = NULL;
  int rc;

  if (!tf_access_check_case (session, TF_ACCESS_VIEW, case_id, error))
    return NULL;
  stmt = tf_store_prepare (store,
    "SELECT p.id, p.version, p.made_on, p.next_follow_up, p.young_person_took_part, "
    "       p.guardians_took_part, p.young_person_words, p.guardians_words, p.revision_note, "
    "       s.name, p.created_at "
    "FROM action_plan p LEFT JOIN staff_member s ON s.id = p.author_id "
    "WHERE p.case_id = ?1 AND (?2 = 0 OR p.version = ?2) "
    "ORDER BY p.version DESC LIMIT 1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_int64 (stmt, 2, version);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      if (version != 0)
        g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND,
                     _("Version %d of the action plan does not exist."), (int) version);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      tf_store_set_error (store, error);
      return NULL;
    }
  plan = tf_action_plan_new (case_id);
  plan->id = sqlite3_column_int64 (stmt, 0);
  plan->version = sqlite3_column_int64 (stmt, 1);
  plan->made_on = tf_stmt_dup_text (stmt, 2);
  plan->next_follow_up = tf_stmt_dup_text (stmt, 3);
  plan->young_person_took_part = sqlite3_column_int (stmt, 4) != 0;
  plan->guardians_took_part = sqlite3_column_int (stmt, 5) != 0;
  plan->young_person_words = tf_stmt_dup_text (stmt, 6);
  plan->guardians_words = tf_stmt_dup_text (stmt, 7);
  plan->revision_note = tf_stmt_dup_text (stmt, 8);
  plan->author_name = tf_stmt_dup_text (stmt, 9);
  plan->created_at = sqlite3_column_int64 (stmt, 10);
  tf_stmt_release (g_steal_pointer (&stmt));

  if (!load_goals (store, plan, error) || !load_reasons (store, plan, error))
    return NULL;
  return g_steal_pointer (&plan);
}

TfActionPlan *
tf_action_plan_load_current (TfSession  *session,
                             gint64      case_id,
                             GError    **error)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  return load (session, case_id, 0, error);
}

TfActionPlan *
tf_action_plan_load_version (TfSession  *session,
                             gint64      case_id,
                             gint64      version,
                             GError    **error)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  if (version <= 0)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND,
                   _("Version %d of the action plan does not exist."), (int) version);
      return NULL;
    }
  return load (session, case_id, version, error);
}

GListModel *
tf_action_plan_list_versions (TfSession  *session,
                              gint64      case_id,
                              GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  int rc;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_case (session, TF_ACCESS_VIEW, case_id, error))
    return NULL;
  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store,
    "SELECT p.id, p.version, p.made_on, s.name, p.created_at "
    "FROM action_plan p LEFT JOIN staff_member s ON s.id = p.author_id "
    "WHERE p.case_id = ?1 ORDER BY p.version DESC", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  list = g_list_store_new (TF_TYPE_ACTION_PLAN);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TfActionPlan) plan = tf_action_plan_new (case_id);

      plan->id = sqlite3_column_int64 (stmt, 0);
      plan->version = sqlite3_column_int64 (stmt, 1);
      plan->made_on = tf_stmt_dup_text (stmt, 2);
      plan->author_name = tf_stmt_dup_text (stmt, 3);
      plan->created_at = sqlite3_column_int64 (stmt, 4);
      g_list_store_append (list, plan);
    }
  if (rc != SQLITE_DONE)
    {
      tf_store_set_error (store, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}
