/* tf-demo-areas.c — demo data for the work areas in the registry
 *
 * After tf_demo_fill() has laid out the young people, their cases and the
 * cases' histories, this fills in what the work areas keep, for whichever
 * areas the enabled plugins registered. It knows no area by name: it reads
 * each area's forms, fields, sample values (Demo=) and indicators, and
 *
 *  - for most cases (about 85 %) that have no work-area data yet, for
 *    every area, writes records of the area's record forms: exactly one of
 *    a single form (the area's details card), 0–3 of the others, and never
 *    leaves an area empty;
 *  - for cases that reached the work (accepted, in process or active), adds
 *    0–2 of the area's interventions with a plausible status, period and
 *    cost (planned 5,000–60,000 kr., the actual cost within it);
 *  - measures each of the area's indicators monthly for 3–12 months,
 *    drifting from a start value towards better or, for some, worse.
 *
 * Field values come from the field's Demo= list; without one, numbers are
 * drawn within the bounds, yes/no at random, choices among the choice ids,
 * scales 0–10, staff among the staff of the organisations whose area is the
 * area's id (else among everyone). The text, choice and yes/no samples of
 * one record come from the same relative position in each list, so an area
 * file can keep its lists in step (a kind of contact and the text that fits
 * it); quantities are drawn on their own. The form's date field takes the
 * record's day, date fields before it in the file earlier days and those
 * after it later ones. Every record lies within the case's history.
 *
 * Deterministic: each case, area and indicator draws from its own random
 * stream, derived from the seed, the case id and the area's or indicator's
 * id, so the same seed on the same store gives the same rows whatever other
 * areas are enabled. Rows go in directly with prepared statements, a batch
 * of cases per transaction, with one audit event for the run.
 *
 * This file runs the batches; the parts it calls are listed in
 * tf-demo-areas-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-demo-areas.h"
#include "tf-demo-areas-private.h"
#include "tf-error.h"
#include "tf-format.h"

#define BATCH_SIZE            10000   /* cases per transaction: fewer WAL checkpoints */
#define STEP_SIZE             1000    /* cases between progress reports and cancel checks */

static gboolean
prepare_statements (Run     *run,
                    GError **error)
{
  run->insert_record = tf_store_prepare (run->store,
    "INSERT INTO record (case_id, area, form, category, recorded_on, vals, status, starts_on, "
    "                    ends_on, planned_cost, actual_cost, budget_area, author_id, "
    "                    created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)", error);
  if (run->insert_record == NULL)
    return FALSE;
  run->insert_value = tf_store_prepare (run->store,
    "INSERT INTO indicator_value (case_id, area, indicator, measured_on, value, author_id, created_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  return run->insert_value != NULL;
}

static void
release_statements (Run *run)
{
  if (run->insert_record != NULL)
    tf_stmt_release (run->insert_record);
  if (run->insert_value != NULL)
    tf_stmt_release (run->insert_value);
  run->insert_record = NULL;
  run->insert_value = NULL;
}

static gboolean
record_audit (Run         *run,
              const char  *today_iso,
              gboolean     completed,
              GError     **error)
{
  g_autoptr(GString) detail = g_string_new ("{\"areas\":[");

  /* Area ids are checked by the area parser (letters, digits and dashes),
   * and today_iso is a validated YYYY-MM-DD: nothing here needs escaping. */
  for (guint i = 0; i < run->n_areas; i++)
    g_string_append_printf (detail, "%s\"%s\"", i > 0 ? "," : "", run->areas[i].id);
  g_string_append_printf (detail,
                          "],\"seed\":%u,\"today\":\"%s\",\"cases\":%" G_GUINT64_FORMAT
                          ",\"records\":%" G_GUINT64_FORMAT ",\"interventions\":%" G_GUINT64_FORMAT
                          ",\"indicator_values\":%" G_GUINT64_FORMAT "%s}",
                          run->seed, today_iso, run->n_cases_filled, run->n_records,
                          run->n_interventions, run->n_values, completed ? "" : ",\"completed\":false");
  return tf_audit_record (run->session, "demo-data", "record", 0, 0, detail->str, error);
}

/* The indexes on record and indicator_value take rows in form and indicator
 * order, not case order: with SQLite's default 2 MB page cache a large
 * store reads most of an index page back from disk for every row. A larger
 * cache for the run keeps them in memory; the old size comes back after. */
static gboolean
enlarge_cache (Run     *run,
               int     *old_size,
               GError **error)
{
  g_autoptr(TfStmt) get = tf_store_prepare (run->store, "PRAGMA cache_size", error);
  g_autoptr(TfStmt) set = NULL;

  if (get == NULL)
    return FALSE;
  if (sqlite3_step (get) != SQLITE_ROW)
    return tf_store_set_error (run->store, error);
  *old_size = sqlite3_column_int (get, 0);
  set = tf_store_prepare (run->store, "PRAGMA cache_size = -262144", error);   /* 256 MiB */
  return set != NULL && tf_store_step_done (run->store, set, error);
}

static void
restore_cache (Run *run,
               int  old_size)
{
  g_autoptr(GError) error = NULL;
  /* A number SQLite gave us, not text from anyone: safe to put in the SQL */
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %d", old_size);
  g_autoptr(TfStmt) set = tf_store_prepare (run->store, sql, &error);

  if (set == NULL || !tf_store_step_done (run->store, set, &error))
    g_warning ("Cannot restore the page cache size: %s", error->message);
}

static void
run_clear (Run *run)
{
  release_statements (run);
  for (guint i = 0; i < run->n_areas; i++)
    _tf_demo_areas_area_plan_clear (&run->areas[i]);
  g_free (run->areas);
  g_clear_pointer (&run->cases, g_array_unref);
  g_clear_object (&run->values);
}

/**
 * tf_demo_fill_areas:
 *
 * Returns: %TRUE on success; on error or cancellation the batches committed
 * so far stay (and are recorded in the audit log), the current one is
 * rolled back.
 */
gboolean
tf_demo_fill_areas (TfSession      *session,
                    TfRegistry     *registry,
                    guint32         seed,
                    const char     *today_iso,
                    TfDemoProgress  progress,
                    gpointer        progress_data,
                    GCancellable   *cancellable,
                    GError        **error)
{
  Run run = { 0 };
  g_autofree char *today_owned = NULL;
  g_autoptr(GError) local_error = NULL;
  GListModel *areas;
  guint done = 0;
  gboolean any_committed = FALSE;
  gboolean ok = TRUE;
  gboolean cache_enlarged = FALSE;
  int old_cache_size = 0;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (TF_IS_REGISTRY (registry), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (today_iso == NULL)
    today_iso = today_owned = tf_today_iso ();
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (!tf_access_check_store (session, TF_ACCESS_CREATE, error))
    return FALSE;

  run.session = session;
  run.store = tf_session_get_store (session);
  run.seed = seed;
  if (!_tf_day_parse (today_iso, &run.today))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("%s is not a valid date."), today_iso);
      return FALSE;
    }

  areas = tf_registry_get_areas (registry);
  run.n_areas = g_list_model_get_n_items (areas);
  run.areas = g_new0 (AreaPlan, run.n_areas);
  for (guint i = 0; i < run.n_areas; i++)
    {
      g_autoptr(TfArea) area = g_list_model_get_item (areas, i);

      _tf_demo_areas_area_plan_init (&run.areas[i], area);
    }
  run.cases = g_array_new (FALSE, FALSE, sizeof (CaseSpan));

  if (!_tf_demo_areas_load_staff (&run, &local_error) ||
      !_tf_demo_areas_load_cases (&run, &local_error) ||
      !(cache_enlarged = enlarge_cache (&run, &old_cache_size, &local_error)))
    {
      ok = FALSE;
      goto out;
    }

  if (progress != NULL)
    progress (0.0, progress_data);

  do
    {
      g_autoptr(TfTransaction) tx = NULL;
      guint end = MIN (done + BATCH_SIZE, run.cases->len);

      if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
        {
          ok = FALSE;
          break;
        }
      tx = tf_store_begin (run.store, &local_error);
      if (tx == NULL || !prepare_statements (&run, &local_error))
        {
          ok = FALSE;
          release_statements (&run);
          break;
        }
      for (guint i = done; i < end && ok; i++)
        {
          /* Within the batch too: a cancel rolls back only the batch at hand */
          if (i > done && (i - done) % STEP_SIZE == 0)
            {
              if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
                {
                  ok = FALSE;
                  break;
                }
              if (progress != NULL)
                progress ((double) i / run.cases->len, progress_data);
            }
          ok = _tf_demo_areas_fill_case (&run, &g_array_index (run.cases, CaseSpan, i), &local_error);
        }
      release_statements (&run);
      if (!ok)
        break;

      tf_transaction_changed (tx, "record", 0);
      if (end == run.cases->len && !record_audit (&run, today_iso, TRUE, &local_error))
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
      done = end;
      if (progress != NULL)
        progress (run.cases->len > 0 ? (double) done / run.cases->len : 1.0, progress_data);
    }
  while (done < run.cases->len);

  /* Stopped half-way: what was committed is still recorded in the audit log */
  if (!ok && any_committed)
    {
      g_autoptr(GError) audit_error = NULL;
      g_autoptr(TfTransaction) tx = tf_store_begin (run.store, &audit_error);

      if (tx == NULL ||
          !record_audit (&run, today_iso, FALSE, &audit_error) ||
          !tf_transaction_commit (tx, &audit_error))
        g_warning ("Cannot record the partial demo data in the audit log: %s", audit_error->message);
    }

out:
  if (cache_enlarged)
    restore_cache (&run, old_cache_size);
  run_clear (&run);
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
