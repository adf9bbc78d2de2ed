/* tf-action-plan-check.c — is the plan complete; what changed between two versions
 *
 * Completeness reads the assessment tables directly: the latest assessment
 * of the case (newest assessed_on, then id) and its professionals' scores.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-action-plan.h"
#include "tf-case-status.h"
#include "tf-format.h"
#include "tf-plan-private.h"
#include "tf-store-private.h"

static TfPlanDomain *
domain_from_row (TfStmt *stmt,
                 int     first_column)
{
  TfPlanDomain *domain = g_new0 (TfPlanDomain, 1);

  domain->domain_id = sqlite3_column_int64 (stmt, first_column);
  domain->code = tf_stmt_dup_text (stmt, first_column + 1);
  domain->title = g_strdup (_tf_assessment_domain_title (domain->code,
                                                   sqlite3_column_int (stmt, first_column + 2) != 0,
                                                   (const char *) sqlite3_column_text (stmt, first_column + 3)));
  domain->score = -1;
  return domain;
}

GPtrArray *
tf_action_plan_list_domains (TfSession  *session,
                             GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(GPtrArray) domains = NULL;
  int rc;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store,
    "SELECT id, code, builtin, title FROM assessment_domain WHERE active = 1 ORDER BY position, id",
    error);
  if (stmt == NULL)
    return NULL;
  domains = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_plan_domain_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (domains, domain_from_row (stmt, 0));
  if (rc != SQLITE_DONE)
    {
      tf_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&domains);
}

/* Whether the plan works on @domain_id: a goal not dropped, or a reason. */
static gboolean
plan_covers (TfActionPlan *plan,
             gint64        domain_id)
{
  GListModel *goals = tf_action_plan_get_goals (plan);
  g_autofree char *reason = g_strdup (tf_action_plan_get_domain_reason (plan, domain_id));

  if (reason != NULL && *g_strstrip (reason) != '\0')
    return TRUE;
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(TfPlanGoal) goal = g_list_model_get_item (goals, i);

      /* A dropped goal no longer works on its domain. */
      if (tf_plan_goal_get_domain_id (goal) == domain_id &&
          tf_plan_goal_get_status (goal) != TF_GOAL_DROPPED)
        return TRUE;
    }
  return FALSE;
}

gboolean
tf_action_plan_check_complete (TfSession     *session,
                               TfActionPlan  *plan,
                               GPtrArray    **missing,
                               GError       **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(GPtrArray) lacking = NULL;
  int rc;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (TF_IS_ACTION_PLAN (plan), FALSE);

  if (missing != NULL)
    *missing = NULL;
  if (!tf_access_check_case (session, TF_ACCESS_VIEW, tf_action_plan_get_case_id (plan), error))
    return FALSE;
  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store,
    "SELECT a.assessed_on, d.id, d.code, d.builtin, d.title, s.score "
    "FROM assessment_score s JOIN assessment_domain d ON d.id = s.domain_id "
    "JOIN (SELECT id, assessed_on FROM assessment WHERE case_id = ?1 "
    "      ORDER BY assessed_on DESC, id DESC LIMIT 1) a ON a.id = s.assessment_id "
    "WHERE s.score IS NOT NULL ORDER BY d.position, d.id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, tf_action_plan_get_case_id (plan));

  lacking = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_plan_domain_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int score = sqlite3_column_int (stmt, 5);
      TfPlanDomain *domain;

      if (tf_score_band (score) != TF_SCORE_BAND_RED ||
          plan_covers (plan, sqlite3_column_int64 (stmt, 1)))
        continue;
      domain = domain_from_row (stmt, 1);
      domain->score = score;
      domain->assessed_on = tf_stmt_dup_text (stmt, 0);
      g_ptr_array_add (lacking, domain);
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (store, error);

  if (missing != NULL)
    *missing = g_ptr_array_ref (lacking);
  return lacking->len == 0;
}

/* What changed */

static TfPlanGoal *
find_goal (TfActionPlan *plan,
           gint64        goal_key)
{
  GListModel *goals = tf_action_plan_get_goals (plan);

  for (guint i = 0; goal_key != 0 && i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(TfPlanGoal) goal = g_list_model_get_item (goals, i);

      if (tf_plan_goal_get_goal_key (goal) == goal_key)
        return goal;   /* the plan's model keeps it */
    }
  return NULL;
}

static const char *
status_text (int status)
{
  return status >= 0 && status < TF_N_GOAL_STATUSES ? tf_goal_status_label (status) : "—";
}

static char *
progress_text (int progress)
{
  return progress < 0 ? g_strdup ("—") : g_strdup_printf ("%d", progress);
}

static char *
date_text (const char *iso)
{
  return iso == NULL || *iso == '\0' ? g_strdup ("—") : tf_format_date (iso);
}

static void
describe_goal (GPtrArray  *lines,
               TfPlanGoal *old_goal,
               TfPlanGoal *new_goal)
{
  const char *what = tf_plan_goal_get_what (new_goal);

  if (tf_plan_goal_get_status (old_goal) != tf_plan_goal_get_status (new_goal))
    /* Translators: a goal's status changed: "Goal “Goes to school”: status In progress → Reached" */
    g_ptr_array_add (lines, g_strdup_printf (_("Goal “%s”: status %s → %s"), what,
                                             status_text (tf_plan_goal_get_status (old_goal)),
                                             status_text (tf_plan_goal_get_status (new_goal))));
  if (tf_plan_goal_get_progress (old_goal) != tf_plan_goal_get_progress (new_goal))
    {
      g_autofree char *from = progress_text (tf_plan_goal_get_progress (old_goal));
      g_autofree char *to = progress_text (tf_plan_goal_get_progress (new_goal));
      g_ptr_array_add (lines, g_strdup_printf (_("Goal “%s”: progress %s → %s"), what, from, to));
    }
  if (g_strcmp0 (tf_plan_goal_get_due_on (old_goal), tf_plan_goal_get_due_on (new_goal)) != 0)
    {
      g_autofree char *from = date_text (tf_plan_goal_get_due_on (old_goal));
      g_autofree char *to = date_text (tf_plan_goal_get_due_on (new_goal));
      g_ptr_array_add (lines, g_strdup_printf (_("Goal “%s”: due %s → %s"), what, from, to));
    }
  if (tf_plan_goal_get_organisation_id (old_goal) != tf_plan_goal_get_organisation_id (new_goal) ||
      tf_plan_goal_get_staff_id (old_goal) != tf_plan_goal_get_staff_id (new_goal))
    g_ptr_array_add (lines, g_strdup_printf (_("Goal “%s”: someone else is responsible"), what));
  if (g_strcmp0 (tf_plan_goal_get_what (old_goal), what) != 0)
    g_ptr_array_add (lines, g_strdup_printf (_("Goal “%s” is now “%s”"),
                                             tf_plan_goal_get_what (old_goal), what));
}

char **
tf_action_plan_describe_changes (TfActionPlan *old_plan,
                                 TfActionPlan *new_plan)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GListModel *old_goals, *new_goals;

  g_return_val_if_fail (TF_IS_ACTION_PLAN (old_plan), NULL);
  g_return_val_if_fail (TF_IS_ACTION_PLAN (new_plan), NULL);

  if (g_strcmp0 (tf_action_plan_get_next_follow_up (old_plan),
                 tf_action_plan_get_next_follow_up (new_plan)) != 0)
    {
      g_autofree char *from = date_text (tf_action_plan_get_next_follow_up (old_plan));
      g_autofree char *to = date_text (tf_action_plan_get_next_follow_up (new_plan));
      g_ptr_array_add (lines, g_strdup_printf (_("Next follow-up: %s → %s"), from, to));
    }
  if (g_strcmp0 (tf_action_plan_get_made_on (old_plan), tf_action_plan_get_made_on (new_plan)) != 0)
    {
      g_autofree char *from = date_text (tf_action_plan_get_made_on (old_plan));
      g_autofree char *to = date_text (tf_action_plan_get_made_on (new_plan));
      g_ptr_array_add (lines, g_strdup_printf (_("Made on: %s → %s"), from, to));
    }

  old_goals = tf_action_plan_get_goals (old_plan);
  new_goals = tf_action_plan_get_goals (new_plan);
  for (guint i = 0; i < g_list_model_get_n_items (new_goals); i++)
    {
      g_autoptr(TfPlanGoal) goal = g_list_model_get_item (new_goals, i);
      TfPlanGoal *before = find_goal (old_plan, tf_plan_goal_get_goal_key (goal));

      if (before == NULL)
        g_ptr_array_add (lines, g_strdup_printf (_("Goal added: %s"), tf_plan_goal_get_what (goal)));
      else
        describe_goal (lines, before, goal);
    }
  for (guint i = 0; i < g_list_model_get_n_items (old_goals); i++)
    {
      g_autoptr(TfPlanGoal) goal = g_list_model_get_item (old_goals, i);

      if (find_goal (new_plan, tf_plan_goal_get_goal_key (goal)) == NULL)
        g_ptr_array_add (lines, g_strdup_printf (_("Goal removed: %s"), tf_plan_goal_get_what (goal)));
    }
  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_steal (lines, NULL);
}
