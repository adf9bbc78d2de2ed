/* tf-demo.c — fictional but realistic demo data
 *
 * Lays out two years of the taskforce's work back from a given day: the
 * member organisations and their staff, young people aged 12–17 with their
 * guardians, one case each that has moved along the screening funnel
 * (referred → relevant or not → offered → accepted or declined → in process →
 * active → paused → closed), and journal notes along each case's history.
 *
 * Deterministic: every young person draws from random streams of their own,
 * derived from the seed and their number, so the same seed on the same day
 * gives the same store. Nothing depends on the clock (except the one audit
 * event's time) or on hash-table order.
 *
 * Fast enough for 100,000 young people and a million notes: every statement
 * is prepared once, text is built in fixed buffers, and each batch of
 * BATCH_SIZE young people is one transaction.
 *
 * This file runs the batches and looks after the connection; the generator's
 * parts are listed in tf-demo-private.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-demo.h"
#include "tf-demo-private.h"
#include "tf-error.h"
#include "tf-format.h"

#define BATCH_SIZE              5000
#define DEFAULT_NOTES_PER_CASE  8
#define HISTORY_DAYS            730   /* referrals reach this far back */

/* ---------------------------------------------------------------------- */
/* The run */

gboolean
_tf_demo_step (Run     *run,
               TfStmt  *stmt,
               GError **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      tf_store_set_error (run->store, error);
      sqlite3_reset (stmt);
      return FALSE;
    }
  sqlite3_reset (stmt);
  return TRUE;
}

static gint64
query_int (TfStore    *store,
           const char *sql)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store, sql, NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return G_MININT64;
  return sqlite3_column_int64 (stmt, 0);
}

static void
exec_fixed (TfStore    *store,
            const char *sql)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store, sql, NULL);

  if (stmt != NULL)
    sqlite3_step (stmt);
}

/* Connection settings for the bulk load, put back afterwards:
 *
 * - temp_store=MEMORY: every INSERT that fires an FTS5 trigger runs as a
 *   statement transaction whose journal, on the default temp_store, is a
 *   64 KiB buffer that spills to a temporary file; allocating and freeing it
 *   per statement made glibc trim the heap each time (about half the time of
 *   a large run). Changing temp_store drops temporary tables, so this is
 *   only done when the connection has none.
 * - a 64 MiB page cache instead of SQLite's 2 MiB default, so the case list's
 *   ten indexes and the FTS5 segments stay in memory within a batch.
 *
 * Both are per connection. Values somebody else has set are left alone. */
typedef struct
{
  gboolean temp_store_changed;
  gint64   temp_store;
  gboolean cache_size_changed;
} BulkSettings;

static void
bulk_settings_apply (TfStore      *store,
                     BulkSettings *saved)
{
  memset (saved, 0, sizeof *saved);

  saved->temp_store = query_int (store, "PRAGMA temp_store");
  if (saved->temp_store >= 0 && saved->temp_store < 2 &&
      query_int (store, "SELECT count(*) FROM temp.sqlite_schema") == 0)
    {
      exec_fixed (store, "PRAGMA temp_store = MEMORY");
      saved->temp_store_changed = query_int (store, "PRAGMA temp_store") == 2;
    }

  /* -2000 is SQLite's default (2 MiB) */
  if (query_int (store, "PRAGMA cache_size") == -2000)
    {
      exec_fixed (store, "PRAGMA cache_size = -65536");
      saved->cache_size_changed = TRUE;
    }
}

static void
bulk_settings_restore (TfStore            *store,
                       const BulkSettings *saved)
{
  if (saved->cache_size_changed)
    exec_fixed (store, "PRAGMA cache_size = -2000");
  if (saved->temp_store_changed)
    exec_fixed (store, saved->temp_store == 1 ? "PRAGMA temp_store = FILE" : "PRAGMA temp_store = DEFAULT");
}

static gboolean
prepare_statements (Run     *run,
                    GError **error)
{
  run->insert_young_person = tf_store_prepare (run->store,
    "INSERT INTO young_person (first_name, last_name, sort_key, cpr, birth_date, gender, address, "
    "                          postcode, city, school, school_class, phone, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)", error);
  if (run->insert_young_person == NULL)
    return FALSE;
  run->insert_guardian = tf_store_prepare (run->store,
    "INSERT INTO guardian (young_person_id, position, name, relation, phone, email, has_custody) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  if (run->insert_guardian == NULL)
    return FALSE;
  run->insert_case = tf_store_prepare (run->store,
    "INSERT INTO cases (young_person_id, status, referral_date, referral_source, referral_reason, "
    "                   coordinator_id, next_follow_up, closed_on, closing_reason, sort_name, "
    "                   birth_date, coordinator_key, created_at, updated_at, school_key, status_rank, "
    "                   motivation, screening_reason) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, "
    "        (SELECT rank FROM case_status_rank WHERE status = ?2), ?16, ?17)", error);
  if (run->insert_case == NULL)
    return FALSE;
  run->insert_history = tf_store_prepare (run->store,
    "INSERT INTO case_status_history (case_id, status, valid_from, changed_at, staff_id, reason, "
    "                                 reason_code, motivation, kind) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)", error);
  if (run->insert_history == NULL)
    return FALSE;
  run->insert_note = tf_store_prepare (run->store,
    "INSERT INTO note (case_id, written_on, written_at, author_id, area, body) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (run->insert_note == NULL)
    return FALSE;
#define NOTE_VALUES   "(?, ?, ?, ?, ?, ?)"
#define NOTE_VALUES4  NOTE_VALUES ", " NOTE_VALUES ", " NOTE_VALUES ", " NOTE_VALUES
#define NOTE_VALUES16 NOTE_VALUES4 ", " NOTE_VALUES4 ", " NOTE_VALUES4 ", " NOTE_VALUES4
#define NOTE_VALUES64 NOTE_VALUES16 ", " NOTE_VALUES16 ", " NOTE_VALUES16 ", " NOTE_VALUES16
  G_STATIC_ASSERT (NOTE_ROWS == 64);
  run->insert_notes = tf_store_prepare (run->store,
    "INSERT INTO note (case_id, written_on, written_at, author_id, area, body) "
    "VALUES " NOTE_VALUES64, error);
  return run->insert_notes != NULL;
}

static void
release_statements (Run *run)
{
  TfStmt **all[] = { &run->insert_young_person, &run->insert_guardian, &run->insert_case,
                     &run->insert_history, &run->insert_note, &run->insert_notes };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    if (*all[i] != NULL)
      {
        tf_stmt_release (*all[i]);
        *all[i] = NULL;
      }
}

static void
run_clear (Run *run)
{
  release_statements (run);
  for (guint i = 0; i < G_N_ELEMENTS (run->staff); i++)
    g_free (run->staff[i].sort_key);
  g_clear_pointer (&run->used_cpr, g_hash_table_unref);
}

static gboolean
parse_day (const char *iso,
           gint32     *out)
{
  int y, m, d;

  if (!tf_iso_date_is_valid (iso) || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return FALSE;
  *out = _tf_day_from_civil (y, m, d);
  return TRUE;
}

static gboolean
record_audit (TfSession  *session,
              guint64     young_people,
              guint       notes_per_case,
              guint32     seed,
              const char *today_iso,
              gboolean    completed,
              GError    **error)
{
  g_autofree char *detail = NULL;

  /* today_iso has been validated as YYYY-MM-DD, so it needs no escaping */
  detail = g_strdup_printf ("{\"young_people\":%" G_GUINT64_FORMAT ",\"notes_per_case\":%u,"
                            "\"seed\":%u,\"today\":\"%s\"%s}",
                            young_people, notes_per_case, seed, today_iso,
                            completed ? "" : ",\"completed\":false");
  return tf_audit_record (session, "demo-data", "store", 0, 0, detail, error);
}

/**
 * tf_demo_fill:
 *
 * Returns: %TRUE on success; on error or cancellation the batches committed
 * so far stay (and are recorded in the audit log), the current one is rolled back.
 */
gboolean
tf_demo_fill (TfSession      *session,
              guint           young_people,
              guint           notes_per_case,
              guint32         seed,
              const char     *today_iso,
              TfDemoProgress  progress,
              gpointer        progress_data,
              GCancellable   *cancellable,
              GError        **error)
{
  Run *run;
  g_autofree char *today_owned = NULL;
  g_autoptr(GError) local_error = NULL;
  guint64 done = 0;
  BulkSettings settings;
  gboolean any_committed = FALSE;
  gboolean ok = TRUE;
  int y, m, d;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (today_iso == NULL)
    today_iso = today_owned = tf_today_iso ();

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (!tf_access_check_store (session, TF_ACCESS_CREATE, error))
    return FALSE;
  if (tf_transaction_is_active (tf_session_get_store (session)))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_FAILED,
                   "tf_demo_fill() runs its own transactions; it cannot run inside another");
      return FALSE;
    }

  run = g_new0 (Run, 1);
  run->session = session;
  run->store = tf_session_get_store (session);
  run->plan.seed = seed;
  if (!parse_day (today_iso, &run->plan.today))
    {
      g_free (run);
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("%s is not a valid date."), today_iso);
      return FALSE;
    }
  run->plan.earliest = run->plan.today - HISTORY_DAYS;
  for (int age = MIN_AGE; age <= MAX_AGE; age++)
    {
      /* Born after this day a year older, up to this day this age */
      run->plan.birth_hi[age - MIN_AGE] = _tf_demo_add_years (run->plan.today, -age);
      run->plan.birth_lo[age - MIN_AGE] = _tf_demo_add_years (run->plan.today, -(age + 1)) + 1;
    }
  _tf_day_to_civil (run->plan.today, &y, &m, &d);
  run->school_year = m >= 8 ? y : y - 1;
  run->used_cpr = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  run->n_young_people = young_people;
  run->notes_target = (guint64) young_people * (notes_per_case > 0 ? notes_per_case : DEFAULT_NOTES_PER_CASE);

  /* First pass: the note weights of all cases, so the notes add up exactly */
  for (guint64 i = 0; i < young_people; i++)
    {
      CasePlan plan;

      _tf_demo_plan_case (&run->plan, i, &plan);
      run->weight_total += plan.note_weight;
    }

  if (!_tf_demo_load_used_cprs (run, &local_error))
    {
      ok = FALSE;
      goto out;
    }

  if (progress != NULL)
    progress (0.0, progress_data);

  bulk_settings_apply (run->store, &settings);
  do
    {
      g_autoptr(TfTransaction) tx = NULL;
      guint64 end = MIN (done + BATCH_SIZE, (guint64) young_people);

      if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
        {
          ok = FALSE;
          break;
        }
      tx = tf_store_begin (run->store, &local_error);
      if (tx == NULL)
        {
          ok = FALSE;
          break;
        }
      if ((!any_committed && !_tf_demo_ensure_staff (run, &local_error)) ||
          !prepare_statements (run, &local_error))
        {
          ok = FALSE;
          release_statements (run);
          break;
        }
      for (guint64 i = done; i < end && ok; i++)
        ok = _tf_demo_insert_young_person (run, i, &local_error);
      if (ok)
        ok = _tf_demo_flush_notes (run, &local_error);
      run->n_pending = 0;
      release_statements (run);
      if (!ok)
        break;

      tf_transaction_changed (tx, "case", 0);
      if (end == young_people &&
          !record_audit (session, young_people, notes_per_case, seed, today_iso, TRUE, &local_error))
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
        progress (young_people > 0 ? (double) done / young_people : 1.0, progress_data);
    }
  while (done < young_people);

  bulk_settings_restore (run->store, &settings);

  /* Stopped half-way: what was committed is still recorded in the audit log */
  if (!ok && any_committed)
    {
      g_autoptr(GError) audit_error = NULL;
      g_autoptr(TfTransaction) tx = tf_store_begin (run->store, &audit_error);

      if (tx == NULL ||
          !record_audit (session, done, notes_per_case, seed, today_iso, FALSE, &audit_error) ||
          !tf_transaction_commit (tx, &audit_error))
        g_warning ("Cannot record the partial demo data in the audit log: %s",
                   audit_error != NULL ? audit_error->message : "no transaction");
    }

out:
  run_clear (run);
  g_free (run);
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
