/* tf-demo-meetings.c — demo data for meetings: series, agendas, minutes, tasks
 *
 * After the cases, their histories and their case work are in the store,
 * this lays out what the taskforce did with them over two years: a
 * taskforce meeting every 14 days, a screening meeting on the weeks in
 * between (screening is its own series, not items on the taskforce's
 * agenda, as the issue describes them: "screening meetings and network
 * meetings around one family happen in between"), and network meetings
 * around some families (tf-demo-meetings-network.c). Which cases each
 * agenda takes is in tf-demo-meetings-agenda.c, the rows of one meeting in
 * -rows.c, the words in -texts.c.
 *
 * The agendas follow the store's plans, assessments and screenings, at most
 * 4–12 cases a meeting by the store's size, drawn at random from those due:
 * on a large store a meeting could never see them all.
 *
 * Deterministic: the layout depends on the day and the store only; each
 * meeting and each item draws from its own stream of the seed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-demo-meetings.h"
#include "tf-demo-meetings-private.h"
#include "tf-error.h"
#include "tf-format.h"

#define SERIES_BACK   53     /* taskforce meetings before tomorrow's: a little over two years */
#define SERIES_AHEAD  91     /* meetings are made this many days ahead */

static gboolean
prepare_statements (MtRun   *run,
                    GError **error)
{
#define PREPARE(field, sql) \
  G_STMT_START { \
    run->field = tf_store_prepare (run->store, sql, error); \
    if (run->field == NULL) \
      return FALSE; \
  } G_STMT_END

  PREPARE (insert_meeting,
           "INSERT INTO meeting (kind, series_id, case_id, title, held_on, start_time, end_time, place, "
           "                     status, author_id, created_at, updated_at) "
           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)");
  PREPARE (insert_participant,
           "INSERT INTO meeting_participant (meeting_id, staff_id, name, organisation_id, ad_hoc, attended) "
           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  PREPARE (insert_item,
           "INSERT INTO agenda_item (meeting_id, position, case_id, reason, title, discussion, decision) "
           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  PREPARE (insert_task,
           "INSERT INTO task (case_id, agenda_item_id, what, staff_id, due_on, done_on, done_by, "
           "                  author_id, created_at) "
           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
  /* last: the schema locks a closed meeting */
  PREPARE (close_meeting,
           "UPDATE meeting SET status = 'closed', closed_at = ?2, closed_by = ?3, updated_at = ?2, "
           "version = version + 1 WHERE id = ?1");
  PREPARE (select_case,
           "SELECT y.first_name, y.last_name, y.gender, c.coordinator_id, c.young_person_id, c.closed_on "
           "FROM cases AS c JOIN young_person AS y ON y.id = c.young_person_id WHERE c.id = ?1");
  PREPARE (select_guardians,
           "SELECT name FROM guardian WHERE young_person_id = ?1 AND has_custody = 1 ORDER BY position");
#undef PREPARE
  return TRUE;
}

static void
release_statements (MtRun *run)
{
  TfStmt **all[] = { &run->insert_meeting, &run->insert_participant, &run->insert_item,
                     &run->insert_task, &run->close_meeting, &run->select_case,
                     &run->select_guardians };

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    if (*all[i] != NULL)
      {
        tf_stmt_release (*all[i]);
        *all[i] = NULL;
      }
}

/* The member organisations by code and their active staff: the fixed
 * members are invited to every taskforce meeting, the ad hoc
 * organisations' staff now and then. */
static gboolean
load_staff (MtRun   *run,
            GError **error)
{
  g_autoptr(TfStmt) orgs = tf_store_prepare (run->store, "SELECT id, code FROM organisation", error);
  g_autoptr(TfStmt) staff = NULL;
  int rc;

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
  run->members = g_array_new (FALSE, FALSE, sizeof (MtStaff));
  run->guests = g_array_new (FALSE, FALSE, sizeof (MtStaff));
  staff = tf_store_prepare (run->store,
    "SELECT s.id, s.organisation_id, s.role, o.fixed_member FROM staff_member AS s "
    "LEFT JOIN organisation AS o ON o.id = s.organisation_id WHERE s.active = 1 ORDER BY s.id", error);
  if (staff == NULL)
    return FALSE;
  while ((rc = sqlite3_step (staff)) == SQLITE_ROW)
    {
      MtStaff s = { sqlite3_column_int64 (staff, 0), -1, FALSE };
      gint64 org = sqlite3_column_int64 (staff, 1);

      s.coordinator = g_strcmp0 ((const char *) sqlite3_column_text (staff, 2), "coordinator") == 0;
      for (int o = 0; o < N_ORGS; o++)
        if (run->orgs[o] == org)
          {
            s.org = o;
            g_array_append_val (run->org_staff[o], s.id);
          }
      /* Staff without an organisation are the program's own users (the
       * person at the desk), not the taskforce's members */
      if (s.org < 0)
        continue;
      /* the coordinators always, whatever organisation they belong to */
      if (sqlite3_column_int (staff, 3) == 1 || s.coordinator)
        g_array_append_val (run->members, s);
      else
        g_array_append_val (run->guests, s);
      if (s.coordinator && run->chair == 0)
        run->chair = s.id;
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (run->store, error);
  if (run->chair == 0)
    run->chair = tf_session_get_staff_id (run->session);
  return TRUE;
}

static gint64
count_rows (MtRun      *run,
            const char *sql)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (run->store, sql, NULL);

  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return 0;
  return sqlite3_column_int64 (stmt, 0);
}

static gboolean
insert_series (MtRun      *run,
               MtSeries     *s,
               const char *start,
               const char *end,
               GError    **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (run->store,
    "INSERT INTO meeting_series (kind, first_date, start_time, end_time, every_days, place, created_at) "
    "VALUES (?1, ?2, ?3, ?4, 14, ?5, ?6)", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, s->kind, -1, SQLITE_STATIC);
  _tf_demo_cw_bind_day (stmt, 2, s->first);
  sqlite3_bind_text (stmt, 3, start, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, end, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, MT_PLACE, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, _tf_day_epoch (s->first - 14) + 9 * 3600);
  if (!tf_store_step_done (run->store, stmt, error))
    return FALSE;
  s->series_id = sqlite3_last_insert_rowid (tf_store_get_db (run->store));
  return TRUE;
}

/* One meeting of a series. Held ones get their minutes and are closed;
 * the next taskforce meeting (tomorrow) and the next screening meeting get
 * their agenda; later ones are only planned. */
static gboolean
write_series_meeting (MtRun   *run,
                      MtSeries  *s,
                      guint    k,
                      guint    cap,
                      GArray  *picked,
                      GError **error)
{
  gboolean screening = g_str_equal (s->kind, "screening");
  MtSlot *slot = &s->slots[k];
  MtMeeting m = { s->kind, s->series_id, 0, NULL, slot->day,
                  screening ? "10:00" : "13:00", screening ? "11:30" : "15:00", MT_PLACE,
                  slot->cancelled };
  gboolean held = slot->day < run->today && !slot->cancelled;
  gboolean agenda = held || slot->candidates != NULL || slot->day == run->today + 1;
  gint64 id, chair = 0;
  int position = 1;
  Rng rng;

  _tf_demo_rng_init (&rng, run->seed, (guint64) k * 2 + (screening ? 1 : 0), MT_STREAM_SERIES);
  if (!_tf_demo_mt_insert_meeting (run, &m, &id, error))
    return FALSE;
  if (!_tf_demo_mt_add_members (run, &rng, id, screening, held, &chair, error))
    return FALSE;
  if (slot->cancelled || !agenda)
    return TRUE;

  _tf_demo_mt_pick_cases (&rng, slot->candidates, cap, picked);
  if (!_tf_demo_mt_add_plain_item (run, id, position++, "Godkendelse af dagsorden", NULL,
                                   held ? "Godkendt." : NULL, error))
    return FALSE;
  if (!screening &&
      !_tf_demo_mt_add_plain_item (run, id, position++, "Godkendelse af referat fra sidste møde", NULL,
                                   held ? "Godkendt." : NULL, error))
    return FALSE;
  for (guint i = 0; i < picked->len; i++)
    {
      const MtCandidate *c = &g_array_index (picked, MtCandidate, i);

      if (!_tf_demo_mt_add_case_item (run, id, slot->day, position++, c->case_id,
                                      (MtReason) c->reason, held, error))
        return FALSE;
    }
  if (!screening &&
      !_tf_demo_mt_add_plain_item (run, id, position++, "Orientering fra aktørerne",
                                   held ? _tf_demo_rng_pick (&rng, &_tf_demo_mt_orientations) : NULL,
                                   held ? "Taget til efterretning." : NULL, error))
    return FALSE;
  if (!_tf_demo_mt_add_plain_item (run, id, position++, "Eventuelt", NULL,
                                   held ? _tf_demo_rng_pick (&rng, &_tf_demo_mt_any_other) : NULL, error))
    return FALSE;
  return !held || _tf_demo_mt_close (run, id, slot->day, chair, error);
}

static gboolean
record_audit (MtRun       *run,
              const char  *today_iso,
              GError     **error)
{
  g_autofree char *detail = NULL;

  /* today_iso is a validated YYYY-MM-DD: nothing here needs escaping */
  detail = g_strdup_printf ("{\"meetings\":%" G_GUINT64_FORMAT ",\"seed\":%u,\"today\":\"%s\""
                            ",\"agenda_items\":%" G_GUINT64_FORMAT ",\"tasks\":%" G_GUINT64_FORMAT
                            ",\"participants\":%" G_GUINT64_FORMAT "}",
                            run->n_meetings, run->seed, today_iso, run->n_items, run->n_tasks,
                            run->n_participants);
  return tf_audit_record (run->session, "demo-data", "meeting", 0, 0, detail, error);
}

static void
run_clear (MtRun *run)
{
  release_statements (run);
  for (int o = 0; o < N_ORGS; o++)
    g_clear_pointer (&run->org_staff[o], g_array_unref);
  g_clear_pointer (&run->members, g_array_unref);
  g_clear_pointer (&run->guests, g_array_unref);
}

static gboolean
fill (MtRun          *run,
      const char     *today_iso,
      TfDemoProgress  progress,
      gpointer        progress_data,
      GCancellable   *cancellable,
      GError        **error)
{
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(GArray) picked = g_array_new (FALSE, FALSE, sizeof (MtCandidate));
  gint32 tomorrow = run->today + 1;
  MtSeries taskforce = { 0 }, screening = { 0 };
  guint cap, total, done = 0;
  gboolean ok = FALSE;

  tx = tf_store_begin (run->store, error);
  if (tx == NULL)
    return FALSE;
  /* Read inside the transaction: another desk cannot add meetings between the check and the writes */
  if (count_rows (run, "SELECT count(*) FROM meeting") > 0)
    return TRUE;
  if (!load_staff (run, error))
    return FALSE;
  run->n_cases = count_rows (run, "SELECT count(*) FROM cases");
  run->want_due_today = TRUE;
  run->desk = tf_session_get_staff_id (run->session);
  /* tens of cases a meeting at most: 4 on a small store, 12 from 200 cases */
  cap = (guint) CLAMP (4 + run->n_cases / 25, 4, 12);

  /* Tomorrow's meeting is one of the series, so the first start reminds of it */
  _tf_demo_mt_series_init (&taskforce, "taskforce", tomorrow - 14 * SERIES_BACK,
               run->today + SERIES_AHEAD, run->today);
  _tf_demo_mt_series_init (&screening, "screening", taskforce.first + 7, run->today + SERIES_AHEAD, run->today);
  total = taskforce.n + screening.n;

  if (!_tf_demo_mt_load_taskforce (run, &taskforce, error) ||
      !_tf_demo_mt_load_screening (run, &screening, error) ||
      !prepare_statements (run, error) ||
      !insert_series (run, &taskforce, "13:00", "15:00", error) ||
      !insert_series (run, &screening, "10:00", "11:30", error))
    goto out;

  /* In the order they were held, so the items draw their streams in that order */
  for (guint k = 0; k < MAX (taskforce.n, screening.n); k++)
    {
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto out;
      if (k < taskforce.n && !write_series_meeting (run, &taskforce, k, cap, picked, error))
        goto out;
      if (k < screening.n && !write_series_meeting (run, &screening, k, cap, picked, error))
        goto out;
      done += (k < taskforce.n) + (k < screening.n);
      if (progress != NULL)
        progress (0.8 * done / total, progress_data);
    }

  if (!_tf_demo_mt_fill_network (run, cancellable, error) ||
      !record_audit (run, today_iso, error))
    goto out;
  release_statements (run);
  tf_transaction_changed (tx, "meeting", 0);
  tf_transaction_changed (tx, "task", 0);
  ok = tf_transaction_commit (tx, error);

out:
  release_statements (run);
  _tf_demo_mt_series_clear (&taskforce);
  _tf_demo_mt_series_clear (&screening);
  return ok;
}

/**
 * tf_demo_fill_meetings:
 *
 * Returns: %TRUE on success (also when the store had meetings already); on
 * error or cancellation nothing is written.
 */
gboolean
tf_demo_fill_meetings (TfSession      *session,
                       guint32         seed,
                       const char     *today_iso,
                       TfDemoProgress  progress,
                       gpointer        progress_data,
                       GCancellable   *cancellable,
                       GError        **error)
{
  MtRun run;
  g_autofree char *today_owned = NULL;
  gboolean ok;

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
                   "tf_demo_fill_meetings() runs its own transaction; it cannot run inside another");
      return FALSE;
    }

  if (progress != NULL)
    progress (0.0, progress_data);
  ok = fill (&run, today_iso, progress, progress_data, cancellable, error);
  run_clear (&run);
  if (ok && progress != NULL)
    progress (1.0, progress_data);
  return ok;
}
