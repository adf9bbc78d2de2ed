/* tf-demo-case-work.c — demo data for the case work: consent, assessments, action plans
 *
 * After tf_demo_fill() has laid out the cases and their status histories
 * (and tf_demo_fill_areas() their interventions), this writes what the
 * taskforce does with a case once the screening found it relevant: the
 * consent to share information, the holistic assessments over the built-in
 * domains, and the versioned action plan with its goals. The parts are in
 * tf-demo-case-work-rows.c (one case; assessments), -consent.c and
 * -plans.c, the Danish words in -texts.c.
 *
 * Deterministic: each case draws from its own random stream, derived from
 * the seed and the case id, so the same seed on the same store gives the
 * same rows. A case that already has an assessment, a consent or a plan is
 * left alone, so running it again adds nothing. Rows go in with prepared
 * statements, BATCH_SIZE cases per transaction, with one audit event for
 * the run. The triggers of the schema keep the cases' follow-up columns.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-demo-case-work.h"
#include "tf-demo-case-work-private.h"
#include "tf-error.h"
#include "tf-format.h"

#define BATCH_SIZE 4000   /* cases per transaction */

static gboolean
prepare_statements (CwRun   *run,
                    GError **error)
{
#define PREPARE(field, sql) \
  G_STMT_START { \
    run->field = tf_store_prepare (run->store, sql, error); \
    if (run->field == NULL) \
      return FALSE; \
  } G_STMT_END

  PREPARE (select_history,
           "SELECT status, valid_from FROM case_status_history "
           "WHERE case_id = ?1 AND kind = 'status' ORDER BY valid_from, id");
  PREPARE (select_guardians,
           "SELECT name FROM guardian WHERE young_person_id = ?1 AND has_custody = 1 ORDER BY position");
  PREPARE (select_interventions,
           "SELECT id, area FROM record WHERE case_id = ?1 AND category = 'intervention' "
           "AND deleted_at IS NULL ORDER BY id");
  PREPARE (insert_consent,
           "INSERT INTO consent (case_id, by_young_person, by_guardians, guardian_names, valid_from, "
           "                     valid_until, note, withdrawn_on, withdrawn_note, author_id, "
           "                     created_at, updated_at) "
           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
  PREPARE (insert_consent_org,
           "INSERT INTO consent_organisation (consent_id, organisation_id) VALUES (?1, ?2)");
  PREPARE (insert_assessment,
           "INSERT INTO assessment (case_id, assessed_on, risk_level, reasoning, young_person_took_part, "
           "                        author_id, created_at, updated_at) "
           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)");
  PREPARE (insert_score,
           "INSERT INTO assessment_score (assessment_id, domain_id, score, own_score, note) "
           "VALUES (?1, ?2, ?3, ?4, ?5)");
  PREPARE (insert_mark,
           "INSERT INTO assessment_factor_mark (assessment_id, factor_id) VALUES (?1, ?2)");
  PREPARE (insert_plan,
           "INSERT INTO action_plan (case_id, version, made_on, next_follow_up, young_person_took_part, "
           "                         guardians_took_part, young_person_words, guardians_words, "
           "                         revision_note, author_id, created_at) "
           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
  PREPARE (insert_goal,
           "INSERT INTO plan_goal (plan_id, goal_key, position, what, domain_id, organisation_id, "
           "                       staff_id, due_on, status, progress) "
           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
  PREPARE (set_goal_key,
           "UPDATE plan_goal SET goal_key = id WHERE id = ?1");
  PREPARE (insert_goal_intervention,
           "INSERT OR IGNORE INTO plan_goal_intervention (goal_id, record_id) VALUES (?1, ?2)");
  PREPARE (insert_domain_reason,
           "INSERT INTO plan_domain_reason (plan_id, domain_id, reason) VALUES (?1, ?2, ?3)");
#undef PREPARE
  return TRUE;
}

static void
release_statements (CwRun *run)
{
  TfStmt **all[] = { &run->select_history, &run->select_guardians, &run->select_interventions,
                     &run->insert_consent, &run->insert_consent_org, &run->insert_assessment,
                     &run->insert_score, &run->insert_mark, &run->insert_plan, &run->insert_goal,
                     &run->set_goal_key, &run->insert_goal_intervention, &run->insert_domain_reason };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    if (*all[i] != NULL)
      {
        tf_stmt_release (*all[i]);
        *all[i] = NULL;
      }
}

/* The ids of the built-in domains, factors and member organisations by
 * code, and the active staff of each organisation. */
static gboolean
load_fixed (CwRun   *run,
            GError **error)
{
  g_autoptr(TfStmt) domains = tf_store_prepare (run->store,
    "SELECT id, code FROM assessment_domain WHERE active = 1", error);
  g_autoptr(TfStmt) factors = NULL;
  g_autoptr(TfStmt) orgs = NULL;
  g_autoptr(TfStmt) staff = NULL;
  int rc;

  if (domains == NULL)
    return FALSE;
  while ((rc = sqlite3_step (domains)) == SQLITE_ROW)
    for (int d = 0; d < CW_N_DOMAINS; d++)
      if (g_str_equal ((const char *) sqlite3_column_text (domains, 1), _tf_demo_cw_domain_codes[d]))
        run->domains[d] = sqlite3_column_int64 (domains, 0);
  if (rc != SQLITE_DONE)
    return tf_store_set_error (run->store, error);

  factors = tf_store_prepare (run->store, "SELECT id, code FROM assessment_factor WHERE active = 1", error);
  if (factors == NULL)
    return FALSE;
  while ((rc = sqlite3_step (factors)) == SQLITE_ROW)
    for (int f = 0; f < CW_N_FACTORS; f++)
      if (g_str_equal ((const char *) sqlite3_column_text (factors, 1), _tf_demo_cw_factor_codes[f]))
        run->factors[f] = sqlite3_column_int64 (factors, 0);
  if (rc != SQLITE_DONE)
    return tf_store_set_error (run->store, error);

  orgs = tf_store_prepare (run->store, "SELECT id, code FROM organisation", error);
  if (orgs == NULL)
    return FALSE;
  while ((rc = sqlite3_step (orgs)) == SQLITE_ROW)
    for (int o = 0; o < N_ORGS; o++)
      if (g_str_equal ((const char *) sqlite3_column_text (orgs, 1), _tf_demo_cw_org_codes[o]))
        run->orgs[o] = sqlite3_column_int64 (orgs, 0);
  if (rc != SQLITE_DONE)
    return tf_store_set_error (run->store, error);

  for (int o = 0; o < N_ORGS; o++)
    run->org_staff[o] = g_array_new (FALSE, FALSE, sizeof (gint64));
  staff = tf_store_prepare (run->store,
    "SELECT id, organisation_id FROM staff_member WHERE active = 1 AND organisation_id IS NOT NULL "
    "ORDER BY id", error);
  if (staff == NULL)
    return FALSE;
  while ((rc = sqlite3_step (staff)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (staff, 0);
      gint64 org = sqlite3_column_int64 (staff, 1);

      for (int o = 0; o < N_ORGS; o++)
        if (run->orgs[o] == org)
          g_array_append_val (run->org_staff[o], id);
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (run->store, error);
  run->fallback_staff = tf_session_get_staff_id (run->session);
  return TRUE;
}

/* The cases after @after that got beyond the screening and have no case
 * work yet, at most BATCH_SIZE, in id order. Read before writing, so no
 * cursor is open on a table the batch changes. */
static gboolean
load_batch (CwRun   *run,
            gint64   after,
            GArray  *out,
            GError **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (run->store,
    "SELECT c.id, c.young_person_id, c.coordinator_id, c.status, c.referral_date, c.closed_on, "
    "       c.closing_reason, y.first_name, y.gender "
    "FROM cases AS c JOIN young_person AS y ON y.id = c.young_person_id "
    "WHERE c.id > ?1 "
    /* unary + keeps the status indexes out: walking the cases in id order
     * from ?1 stops at the LIMIT, where a status index would visit every
     * case of those statuses and sort them, for every batch */
    "AND +c.status IN ('relevant', 'offered', 'accepted', 'in-process', 'active', 'paused', 'closed') "
    "AND NOT EXISTS (SELECT 1 FROM assessment AS a WHERE a.case_id = c.id) "
    "AND NOT EXISTS (SELECT 1 FROM consent AS s WHERE s.case_id = c.id) "
    "AND NOT EXISTS (SELECT 1 FROM action_plan AS p WHERE p.case_id = c.id) "
    "ORDER BY c.id LIMIT ?2", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  g_array_set_size (out, 0);
  sqlite3_bind_int64 (stmt, 1, after);
  sqlite3_bind_int (stmt, 2, BATCH_SIZE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CwCase c;
      const char *text;
      gint32 closed;

      memset (&c, 0, sizeof c);
      c.id = sqlite3_column_int64 (stmt, 0);
      c.young_person_id = sqlite3_column_int64 (stmt, 1);
      c.coordinator_id = sqlite3_column_int64 (stmt, 2);
      c.status = (TfCaseStatus) tf_case_status_from_id ((const char *) sqlite3_column_text (stmt, 3));
      if (!_tf_day_parse ((const char *) sqlite3_column_text (stmt, 4), &c.referral))
        c.referral = run->today;
      c.referral = MIN (c.referral, run->today);
      c.open = tf_case_status_is_open (c.status);
      c.end = run->today;
      if (!c.open && _tf_day_parse ((const char *) sqlite3_column_text (stmt, 5), &closed))
        c.end = CLAMP (closed, c.referral, run->today);
      text = (const char *) sqlite3_column_text (stmt, 6);
      g_strlcpy (c.closing, text != NULL ? text : "", sizeof c.closing);
      text = (const char *) sqlite3_column_text (stmt, 7);
      g_strlcpy (c.first_name, text != NULL ? text : "", sizeof c.first_name);
      text = (const char *) sqlite3_column_text (stmt, 8);
      c.girl = text != NULL && g_str_equal (text, "girl");
      g_array_append_val (out, c);
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (run->store, error);
  return TRUE;
}

static gint64
count_cases (CwRun *run)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (run->store,
    "SELECT count(*) FROM cases "
    "WHERE status IN ('relevant', 'offered', 'accepted', 'in-process', 'active', 'paused', 'closed')", NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

static gboolean
record_audit (CwRun       *run,
              const char  *today_iso,
              gboolean     completed,
              GError     **error)
{
  g_autofree char *detail = NULL;

  /* today_iso is a validated YYYY-MM-DD: nothing here needs escaping */
  detail = g_strdup_printf ("{\"case_work\":true,\"seed\":%u,\"today\":\"%s\",\"cases\":%" G_GUINT64_FORMAT
                            ",\"consents\":%" G_GUINT64_FORMAT ",\"assessments\":%" G_GUINT64_FORMAT
                            ",\"action_plans\":%" G_GUINT64_FORMAT "%s}",
                            run->seed, today_iso, run->n_cases, run->n_consents, run->n_assessments,
                            run->n_plans, completed ? "" : ",\"completed\":false");
  return tf_audit_record (run->session, "demo-data", "assessment", 0, 0, detail, error);
}

/* The indexes of the case-work tables take rows in domain, key or date
 * order, not case order: with SQLite's default 2 MB page cache a large
 * store reads index pages back for every row. A larger cache for the run
 * keeps them in memory; the size somebody else set is left alone. */
static gboolean
enlarge_cache (CwRun *run)
{
  g_autoptr(TfStmt) get = tf_store_prepare (run->store, "PRAGMA cache_size", NULL);
  g_autoptr(TfStmt) set = NULL;

  if (get == NULL || sqlite3_step (get) != SQLITE_ROW || sqlite3_column_int (get, 0) != -2000)
    return FALSE;
  set = tf_store_prepare (run->store, "PRAGMA cache_size = -131072", NULL);   /* 128 MiB */
  return set != NULL && tf_store_step_done (run->store, set, NULL);
}

static void
restore_cache (CwRun *run)
{
  g_autoptr(TfStmt) set = tf_store_prepare (run->store, "PRAGMA cache_size = -2000", NULL);

  if (set == NULL || !tf_store_step_done (run->store, set, NULL))
    g_warning ("Cannot restore the page cache size");
}

static void
run_clear (CwRun *run)
{
  release_statements (run);
  for (int o = 0; o < N_ORGS; o++)
    g_clear_pointer (&run->org_staff[o], g_array_unref);
}

/**
 * tf_demo_fill_case_work:
 *
 * Returns: %TRUE on success; on error or cancellation the batches committed
 * so far stay (and are recorded in the audit log), the current one is
 * rolled back.
 */
gboolean
tf_demo_fill_case_work (TfSession      *session,
                        guint32         seed,
                        const char     *today_iso,
                        TfDemoProgress  progress,
                        gpointer        progress_data,
                        GCancellable   *cancellable,
                        GError        **error)
{
  CwRun run;
  g_autofree char *today_owned = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GArray) batch = g_array_new (FALSE, FALSE, sizeof (CwCase));
  gint64 after = 0, total;
  guint64 done = 0;
  gboolean any_committed = FALSE;
  gboolean cache_enlarged = FALSE;
  gboolean ok = TRUE;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (today_iso == NULL)
    today_iso = today_owned = tf_today_iso ();
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (!tf_access_check_store (session, TF_ACCESS_CREATE, error))
    return FALSE;

  memset (&run, 0, sizeof run);
  run.session = session;
  run.store = tf_session_get_store (session);
  run.seed = seed;
  if (!_tf_day_parse (today_iso, &run.today))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("%s is not a valid date."), today_iso);
      return FALSE;
    }
  if (tf_transaction_is_active (run.store))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_FAILED,
                   "tf_demo_fill_case_work() runs its own transactions; it cannot run inside another");
      return FALSE;
    }

  if (!load_fixed (&run, &local_error))
    {
      ok = FALSE;
      goto out;
    }
  total = count_cases (&run);
  cache_enlarged = enlarge_cache (&run);
  if (progress != NULL)
    progress (0.0, progress_data);

  for (;;)
    {
      g_autoptr(TfTransaction) tx = NULL;

      if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
        {
          ok = FALSE;
          break;
        }
      tx = tf_store_begin (run.store, &local_error);
      if (tx == NULL || !load_batch (&run, after, batch, &local_error) ||
          !prepare_statements (&run, &local_error))
        {
          ok = FALSE;
          release_statements (&run);
          break;
        }
      for (guint i = 0; i < batch->len && ok; i++)
        ok = _tf_demo_cw_fill_case (&run, &g_array_index (batch, CwCase, i), &local_error);
      release_statements (&run);
      if (!ok)
        break;

      if (batch->len > 0)
        {
          after = g_array_index (batch, CwCase, batch->len - 1).id;
          tf_transaction_changed (tx, "case", 0);
        }
      /* The last batch is the one that finds fewer cases than it could take */
      if (batch->len < BATCH_SIZE && !record_audit (&run, today_iso, TRUE, &local_error))
        {
          ok = FALSE;
          break;
        }
      if (!tf_transaction_commit (tx, &local_error))
        {
          ok = FALSE;
          break;
        }
      any_committed = TRUE;
      done += batch->len;
      if (progress != NULL)
        progress (total > 0 ? MIN (1.0, (double) done / total) : 1.0, progress_data);
      if (batch->len < BATCH_SIZE)
        break;
    }

  /* Stopped half-way: what was committed is still recorded in the audit log */
  if (!ok && any_committed)
    {
      g_autoptr(GError) audit_error = NULL;
      g_autoptr(TfTransaction) tx = tf_store_begin (run.store, &audit_error);

      if (tx == NULL ||
          !record_audit (&run, today_iso, FALSE, &audit_error) ||
          !tf_transaction_commit (tx, &audit_error))
        g_warning ("Cannot record the partial demo data in the audit log: %s",
                   audit_error != NULL ? audit_error->message : "no transaction");
    }

out:
  if (cache_enlarged)
    restore_cache (&run);
  run_clear (&run);
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (progress != NULL)
    progress (1.0, progress_data);
  return TRUE;
}
