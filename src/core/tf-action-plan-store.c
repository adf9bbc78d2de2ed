/* tf-action-plan-store.c — the action plan's rules and writing a new version
 *
 * A revision never changes an earlier version: it is a new action_plan row
 * with its own goals, links and reasons. Two desks that start from the same
 * version cannot both write the next one: the second is told (conflict).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-action-plan.h"
#include "tf-audit.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-plan-private.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

/* Messages by field, and the first one for a single-message error. */
typedef struct
{
  GHashTable *errors;
  char       *first;
} Checker;

static void
complain (Checker    *checker,
          char       *field,
          char       *message)
{
  if (g_hash_table_contains (checker->errors, field))
    {
      g_free (field);
      g_free (message);
      return;
    }
  if (checker->first == NULL)
    checker->first = g_strdup (message);
  g_hash_table_insert (checker->errors, field, message);
}

static gboolean
query_exists (TfStore     *store,
              TfStmt      *stmt,
              gboolean    *exists,
              GError     **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return tf_store_set_error (store, error);
  *exists = rc == SQLITE_ROW;
  return TRUE;
}

/* Whether row @id exists in the table that @kind names. */
static gboolean
row_exists (TfStore     *store,
            const char  *kind,
            gint64       id,
            gboolean    *exists,
            GError     **error)
{
  g_autoptr(TfStmt) stmt = NULL;

  if (g_str_equal (kind, "organisation"))
    stmt = tf_store_prepare (store, "SELECT 1 FROM organisation WHERE id = ?1", error);
  else if (g_str_equal (kind, "staff"))
    stmt = tf_store_prepare (store, "SELECT 1 FROM staff_member WHERE id = ?1", error);
  else
    stmt = tf_store_prepare (store, "SELECT 1 FROM assessment_domain WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  return query_exists (store, stmt, exists, error);
}

/* The words a person checks a date with: "Write …" when absent, "… not a
 * real date" when it cannot be read. Returns TRUE when @iso is a date. */
static gboolean
check_date (Checker    *checker,
            const char *field,
            const char *iso,
            const char *missing,
            const char *invalid)
{
  if (iso == NULL || *iso == '\0')
    {
      complain (checker, g_strdup (field), g_strdup (missing));
      return FALSE;
    }
  if (!tf_iso_date_is_valid (iso))
    {
      complain (checker, g_strdup (field), g_strdup (invalid));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_plan_dates (TfStore       *store,
                  TfActionPlan  *plan,
                  Checker       *checker,
                  gboolean      *made_on_ok,
                  GError       **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *today = tf_today_iso ();
  g_autofree char *referral = NULL;
  const char *made_on = plan->made_on;
  int rc;

  stmt = tf_store_prepare (store, "SELECT referral_date FROM cases WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, plan->case_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND, _("The case does not exist."));
      return FALSE;
    }
  if (rc != SQLITE_ROW)
    return tf_store_set_error (store, error);
  referral = tf_stmt_dup_text (stmt, 0);

  *made_on_ok = check_date (checker, "made-on", made_on,
                            _("Write the date the plan was made."),
                            _("The date the plan was made is not a real date."));
  if (*made_on_ok && strcmp (made_on, today) > 0)
    {
      complain (checker, g_strdup ("made-on"), g_strdup (_("The plan cannot be dated after today.")));
      *made_on_ok = FALSE;
    }
  else if (*made_on_ok && referral != NULL && strcmp (made_on, referral) < 0)
    {
      g_autofree char *day = tf_format_date (referral);
      complain (checker, g_strdup ("made-on"),
                g_strdup_printf (_("The plan cannot be dated before the referral on %s."), day));
      *made_on_ok = FALSE;
    }

  if (check_date (checker, "next-follow-up", plan->next_follow_up,
                  _("Choose the date of the next follow-up."),
                  _("The date of the next follow-up is not a real date.")) &&
      *made_on_ok && strcmp (plan->next_follow_up, made_on) < 0)
    complain (checker, g_strdup ("next-follow-up"),
              g_strdup (_("The next follow-up cannot be before the day the plan was made.")));
  return TRUE;
}

static gboolean
check_goal_links (TfStore     *store,
                  TfActionPlan *plan,
                  TfPlanGoal  *goal,
                  guint        n,
                  Checker     *checker,
                  GError     **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  const gint64 *ids;
  guint n_ids;
  gboolean ok;

  ids = tf_plan_goal_get_intervention_ids (goal, &n_ids);
  for (guint k = 0; k < n_ids; k++)
    {
      stmt = tf_store_prepare (store,
        "SELECT 1 FROM record WHERE id = ?1 AND case_id = ?2 "
        "AND category = 'intervention' AND deleted_at IS NULL", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, ids[k]);
      sqlite3_bind_int64 (stmt, 2, plan->case_id);
      if (!query_exists (store, stmt, &ok, error))
        return FALSE;
      tf_stmt_release (g_steal_pointer (&stmt));
      if (!ok)
        {
          complain (checker, g_strdup_printf ("goal/%u/interventions", n - 1),
                    g_strdup_printf (_("Goal %u: only this case's interventions can serve it."), n));
          break;
        }
    }

  /* A kept goal must be one of this case's; a key used twice would make two
   * goals one across versions. */
  if (tf_plan_goal_get_goal_key (goal) != 0)
    {
      stmt = tf_store_prepare (store,
        "SELECT 1 FROM plan_goal g JOIN action_plan p ON p.id = g.plan_id "
        "WHERE p.case_id = ?1 AND g.goal_key = ?2 LIMIT 1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, plan->case_id);
      sqlite3_bind_int64 (stmt, 2, tf_plan_goal_get_goal_key (goal));
      if (!query_exists (store, stmt, &ok, error))
        return FALSE;
      for (guint j = 0; ok && j + 1 < n; j++)
        {
          g_autoptr(TfPlanGoal) other = g_list_model_get_item (G_LIST_MODEL (plan->goals), j);
          ok = tf_plan_goal_get_goal_key (other) != tf_plan_goal_get_goal_key (goal);
        }
      if (!ok)
        complain (checker, g_strdup_printf ("goal/%u/key", n - 1),
                  g_strdup_printf (_("Goal %u is not a goal of this case's plan."), n));
    }
  return TRUE;
}

static gboolean
check_goal (TfStore       *store,
            TfActionPlan  *plan,
            TfPlanGoal    *goal,
            guint          i,
            gboolean       made_on_ok,
            Checker       *checker,
            GError       **error)
{
  g_autofree char *what = tf_strdup_stripped (tf_plan_goal_get_what (goal));
  const char *due_on = tf_plan_goal_get_due_on (goal);
  int status = tf_plan_goal_get_status (goal);
  int progress = tf_plan_goal_get_progress (goal);
  guint n = i + 1;   /* people count goals from 1 */
  gboolean exists;

#define FIELD(name) g_strdup_printf ("goal/%u/" name, i)
  if (what == NULL)
    complain (checker, FIELD ("what"), g_strdup_printf (_("Goal %u: write what the goal is."), n));

  if (tf_plan_goal_get_organisation_id (goal) <= 0)
    complain (checker, FIELD ("organisation"),
              g_strdup_printf (_("Goal %u: choose the member organisation responsible."), n));
  else if (!row_exists (store, "organisation", tf_plan_goal_get_organisation_id (goal), &exists, error))
    return FALSE;
  else if (!exists)
    complain (checker, FIELD ("organisation"),
              g_strdup_printf (_("Goal %u: the responsible organisation does not exist."), n));

  if (tf_plan_goal_get_staff_id (goal) != 0)
    {
      if (!row_exists (store, "staff", tf_plan_goal_get_staff_id (goal), &exists, error))
        return FALSE;
      if (!exists)
        complain (checker, FIELD ("staff"),
                  g_strdup_printf (_("Goal %u: the responsible staff member does not exist."), n));
    }
  if (tf_plan_goal_get_domain_id (goal) != 0)
    {
      if (!row_exists (store, "domain", tf_plan_goal_get_domain_id (goal), &exists, error))
        return FALSE;
      if (!exists)
        complain (checker, FIELD ("domain"),
                  g_strdup_printf (_("Goal %u: the assessment domain does not exist."), n));
    }

  if (due_on == NULL || *due_on == '\0')
    complain (checker, FIELD ("due-on"),
              g_strdup_printf (_("Goal %u: choose by when it should be reached."), n));
  else if (!tf_iso_date_is_valid (due_on))
    complain (checker, FIELD ("due-on"), g_strdup_printf (_("Goal %u: the due date is not a real date."), n));
  /* A goal reached or dropped keeps the date it had: a revision a year on
   * must not make anyone re-date the history. */
  else if (made_on_ok && strcmp (due_on, plan->made_on) < 0 &&
           status != TF_GOAL_REACHED && status != TF_GOAL_DROPPED)
    complain (checker, FIELD ("due-on"),
              g_strdup_printf (_("Goal %u: the due date cannot be before the day the plan was made."), n));

  if (status < 0 || status >= TF_N_GOAL_STATUSES)
    complain (checker, FIELD ("status"), g_strdup_printf (_("Goal %u: choose a status."), n));
  if (progress != -1 && (progress < 0 || progress > 10))
    complain (checker, FIELD ("progress"),
              g_strdup_printf (_("Goal %u: progress is from 0 to 10."), n));
#undef FIELD

  return check_goal_links (store, plan, goal, n, checker, error);
}

static gboolean
check_reasons (TfStore       *store,
               TfActionPlan  *plan,
               Checker       *checker,
               GError       **error)
{
  g_autoptr(GArray) ids = tf_action_plan_dup_reason_domain_ids (plan);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 domain_id = g_array_index (ids, gint64, i);
      g_autofree char *reason = tf_strdup_stripped (tf_action_plan_get_domain_reason (plan, domain_id));
      g_autoptr(TfStmt) stmt = NULL;
      g_autofree char *title = NULL;
      int rc;

      stmt = tf_store_prepare (store,
        "SELECT code, builtin, title FROM assessment_domain WHERE id = ?1", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, domain_id);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return tf_store_set_error (store, error);
      if (rc == SQLITE_DONE)
        {
          complain (checker, g_strdup_printf ("reason/%" G_GINT64_FORMAT, domain_id),
                    g_strdup (_("A reason is given for an assessment domain that does not exist.")));
          continue;
        }
      title = g_strdup (_tf_assessment_domain_title ((const char *) sqlite3_column_text (stmt, 0),
                                               sqlite3_column_int (stmt, 1) != 0,
                                               (const char *) sqlite3_column_text (stmt, 2)));
      if (reason == NULL)
        complain (checker, g_strdup_printf ("reason/%" G_GINT64_FORMAT, domain_id),
                  /* Translators: %s is an assessment domain, "Behaviour and crime" */
                  g_strdup_printf (_("Write why %s has no goal."), title));
    }
  return TRUE;
}

static GHashTable *
validate (TfSession     *session,
          TfActionPlan  *plan,
          char         **out_first,
          GError       **error)
{
  TfStore *store = tf_session_get_store (session);
  GListModel *goals = G_LIST_MODEL (plan->goals);
  Checker checker = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free), NULL };
  gboolean made_on_ok = FALSE;
  gboolean ok;

  ok = check_plan_dates (store, plan, &checker, &made_on_ok, error);
  if (ok && g_list_model_get_n_items (goals) == 0)
    complain (&checker, g_strdup ("goals"), g_strdup (_("Add at least one goal to the plan.")));
  for (guint i = 0; ok && i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(TfPlanGoal) goal = g_list_model_get_item (goals, i);
      ok = check_goal (store, plan, goal, i, made_on_ok, &checker, error);
    }
  ok = ok && check_reasons (store, plan, &checker, error);

  if (!ok || g_hash_table_size (checker.errors) == 0)
    {
      g_hash_table_unref (checker.errors);
      g_free (checker.first);
      return NULL;
    }
  if (out_first != NULL)
    *out_first = g_steal_pointer (&checker.first);
  g_free (checker.first);
  return checker.errors;
}

GHashTable *
tf_action_plan_validate (TfSession     *session,
                         TfActionPlan  *plan,
                         GError       **error)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (TF_IS_ACTION_PLAN (plan), NULL);

  if (!tf_access_check_case (session, TF_ACCESS_VIEW, plan->case_id, error))
    return NULL;
  return validate (session, plan, NULL, error);
}

/* Writing */

static gboolean
check_base_version (TfStore  *store,
                    gint64    case_id,
                    gint64    base_version,
                    GError  **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  gint64 latest;

  stmt = tf_store_prepare (store,
    "SELECT coalesce (max (version), 0) FROM action_plan WHERE case_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tf_store_set_error (store, error);
  latest = sqlite3_column_int64 (stmt, 0);
  if (latest != base_version)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_CONFLICT,
                   _("Someone else saved version %d of the action plan while you were editing."),
                   (int) latest);
      return FALSE;
    }
  return TRUE;
}

static gint64
insert_plan (TfSession     *session,
             TfActionPlan  *plan,
             gint64         version,
             gint64         now,
             GError       **error)
{
  TfStore *store = tf_session_get_store (session);
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *yp_words = tf_strdup_stripped (plan->young_person_words);
  g_autofree char *g_words = tf_strdup_stripped (plan->guardians_words);
  g_autofree char *note = tf_strdup_stripped (plan->revision_note);

  stmt = tf_store_prepare (store,
    "INSERT INTO action_plan (case_id, version, made_on, next_follow_up, young_person_took_part, "
    "  guardians_took_part, young_person_words, guardians_words, revision_note, author_id, created_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, plan->case_id);
  sqlite3_bind_int64 (stmt, 2, version);
  sqlite3_bind_text (stmt, 3, plan->made_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, plan->next_follow_up, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 5, plan->young_person_took_part);
  sqlite3_bind_int (stmt, 6, plan->guardians_took_part);
  tf_stmt_bind_text_or_null (stmt, 7, yp_words);
  tf_stmt_bind_text_or_null (stmt, 8, g_words);
  tf_stmt_bind_text_or_null (stmt, 9, note);
  if (tf_session_get_staff_id (session) > 0)
    sqlite3_bind_int64 (stmt, 10, tf_session_get_staff_id (session));
  sqlite3_bind_int64 (stmt, 11, now);
  if (!tf_store_step_done (store, stmt, error))
    return 0;
  return sqlite3_last_insert_rowid (tf_store_get_db (store));
}

/* Returns the goal's key (its new row's id for a new goal), 0 on error. */
static gint64
insert_goal (TfStore     *store,
             gint64       plan_id,
             guint        position,
             TfPlanGoal  *goal,
             GError     **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *what = tf_strdup_stripped (tf_plan_goal_get_what (goal));
  gint64 key = tf_plan_goal_get_goal_key (goal);
  const gint64 *ids;
  guint n_ids;
  gint64 goal_id;

  stmt = tf_store_prepare (store,
    "INSERT INTO plan_goal (plan_id, goal_key, position, what, domain_id, organisation_id, "
    "  staff_id, due_on, status, progress) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, plan_id);
  sqlite3_bind_int64 (stmt, 2, key);
  sqlite3_bind_int (stmt, 3, position);
  sqlite3_bind_text (stmt, 4, what, -1, SQLITE_TRANSIENT);
  if (tf_plan_goal_get_domain_id (goal) > 0)
    sqlite3_bind_int64 (stmt, 5, tf_plan_goal_get_domain_id (goal));
  sqlite3_bind_int64 (stmt, 6, tf_plan_goal_get_organisation_id (goal));
  if (tf_plan_goal_get_staff_id (goal) > 0)
    sqlite3_bind_int64 (stmt, 7, tf_plan_goal_get_staff_id (goal));
  sqlite3_bind_text (stmt, 8, tf_plan_goal_get_due_on (goal), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, tf_goal_status_to_id (tf_plan_goal_get_status (goal)), -1, SQLITE_STATIC);
  if (tf_plan_goal_get_progress (goal) >= 0)
    sqlite3_bind_int (stmt, 10, tf_plan_goal_get_progress (goal));
  if (!tf_store_step_done (store, stmt, error))
    return 0;
  goal_id = sqlite3_last_insert_rowid (tf_store_get_db (store));
  tf_stmt_release (g_steal_pointer (&stmt));

  /* A new goal is known by its first row from now on. */
  if (key == 0)
    {
      key = goal_id;
      stmt = tf_store_prepare (store, "UPDATE plan_goal SET goal_key = id WHERE id = ?1", error);
      if (stmt == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, goal_id);
      if (!tf_store_step_done (store, stmt, error))
        return 0;
      tf_stmt_release (g_steal_pointer (&stmt));
    }

  ids = tf_plan_goal_get_intervention_ids (goal, &n_ids);
  for (guint k = 0; k < n_ids; k++)
    {
      stmt = tf_store_prepare (store,
        "INSERT INTO plan_goal_intervention (goal_id, record_id) VALUES (?1, ?2)", error);
      if (stmt == NULL)
        return 0;
      sqlite3_bind_int64 (stmt, 1, goal_id);
      sqlite3_bind_int64 (stmt, 2, ids[k]);
      if (!tf_store_step_done (store, stmt, error))
        return 0;
      tf_stmt_release (g_steal_pointer (&stmt));
    }
  return key;
}

static gboolean
insert_reasons (TfStore       *store,
                TfActionPlan  *plan,
                gint64         plan_id,
                GError       **error)
{
  g_autoptr(GArray) ids = tf_action_plan_dup_reason_domain_ids (plan);

  for (guint i = 0; i < ids->len; i++)
    {
      gint64 domain_id = g_array_index (ids, gint64, i);
      g_autofree char *reason = tf_strdup_stripped (tf_action_plan_get_domain_reason (plan, domain_id));
      g_autoptr(TfStmt) stmt = tf_store_prepare (store,
        "INSERT INTO plan_domain_reason (plan_id, domain_id, reason) VALUES (?1, ?2, ?3)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, plan_id);
      sqlite3_bind_int64 (stmt, 2, domain_id);
      sqlite3_bind_text (stmt, 3, reason, -1, SQLITE_TRANSIENT);
      if (!tf_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
tf_action_plan_save_revision (TfSession     *session,
                              TfActionPlan  *plan,
                              gint64         base_version,
                              gint64        *out_version,
                              GError       **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(GHashTable) errors = NULL;
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) local_error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *detail = NULL;
  GListModel *goals;
  gint64 version = base_version + 1;
  gint64 now = tf_now_seconds ();
  gint64 plan_id;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (TF_IS_ACTION_PLAN (plan), FALSE);
  g_return_val_if_fail (base_version >= 0, FALSE);

  if (!tf_access_check_case (session, TF_ACCESS_EDIT, plan->case_id, error))
    return FALSE;
  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  /* Inside the transaction, so nobody writes a version between the check and ours. */
  if (!check_base_version (store, plan->case_id, base_version, error))
    return FALSE;
  errors = validate (session, plan, &first, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (errors != NULL)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID, first);
      return FALSE;
    }

  plan_id = insert_plan (session, plan, version, now, error);
  if (plan_id == 0)
    return FALSE;
  goals = G_LIST_MODEL (plan->goals);
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(TfPlanGoal) goal = g_list_model_get_item (goals, i);
      gint64 key = insert_goal (store, plan_id, i, goal, error);

      if (key == 0)
        return FALSE;
      g_array_append_val (keys, key);
    }
  if (!insert_reasons (store, plan, plan_id, error))
    return FALSE;

  detail = g_strdup_printf ("{\"version\":%" G_GINT64_FORMAT ",\"goals\":%u}",
                            version, g_list_model_get_n_items (goals));
  if (!tf_audit_record (session, "create", "plan", plan_id, plan->case_id, detail, error))
    return FALSE;
  tf_transaction_changed (tx, "plan", plan->case_id);
  if (!tf_transaction_commit (tx, error))
    return FALSE;

  plan->id = plan_id;
  plan->version = version;
  plan->created_at = now;
  tf_set_str (&plan->author_name, tf_session_get_staff_name (session));
  for (guint i = 0; i < keys->len; i++)
    {
      g_autoptr(TfPlanGoal) goal = g_list_model_get_item (goals, i);
      tf_plan_goal_set_goal_key (goal, g_array_index (keys, gint64, i));
    }
  if (out_version != NULL)
    *out_version = version;
  return TRUE;
}
