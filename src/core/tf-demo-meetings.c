/* tf-demo-meetings.c — demo data for meetings: series, agendas, minutes, tasks
 *
 * After the cases, their histories and their case work are in the store,
 * this lays out what the taskforce did with them over two years: a
 * taskforce meeting every 14 days, a screening meeting on the weeks in
 * between (screening is its own series, not items on the taskforce's
 * agenda, as the issue describes them: "screening meetings and network
 * meetings around one family happen in between"), and network meetings
 * around some families (tf-demo-meetings-network.c). The rows of one
 * meeting are in tf-demo-meetings-rows.c, the words in -texts.c.
 *
 * The agendas follow the store: a taskforce meeting takes the cases whose
 * action plan's follow-up date, a new assessment or a revised plan fell in
 * the 14 days before it; a screening meeting the cases the history shows
 * screened (found relevant or not) in the 14 days up to it. Only cases
 * referred by then and not closed before are taken, at most 4–12 a meeting
 * by the store's size, drawn at random from those due: on a large store a
 * meeting could never see them all.
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

typedef struct
{
  gint64 case_id;
  gint32 lo;                 /* referred on */
  gint32 hi;                 /* closed on; G_MAXINT32 while open */
  guint8 reason;             /* MtReason */
} Candidate;

typedef struct
{
  gint32   day;
  gboolean cancelled;
  GArray  *candidates;       /* Candidate; NULL until one comes */
} Slot;

typedef struct
{
  const char *kind;
  gint64      series_id;
  gint32      first;
  guint       n;
  Slot       *slots;
} Series;

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

static gint32
column_day (TfStmt *stmt,
            int     column,
            gint32  otherwise)
{
  gint32 day;

  if (sqlite3_column_type (stmt, column) == SQLITE_NULL ||
      !_tf_day_parse ((const char *) sqlite3_column_text (stmt, column), &day))
    return otherwise;
  return day;
}

/* Holidays: no meeting in the summer weeks nor over Christmas */
static gboolean
is_holiday (gint32 day)
{
  int y, m, d;

  _tf_day_to_civil (day, &y, &m, &d);
  return (m == 7 && d >= 8) || (m == 12 && d >= 22) || (m == 1 && d <= 2);
}

static void
series_init (Series     *s,
             const char *kind,
             gint32      first,
             gint32      until,
             gint32      today)
{
  s->kind = kind;
  s->first = first;
  s->n = (guint) ((until - first) / 14 + 1);
  s->slots = g_new0 (Slot, s->n);
  for (guint k = 0; k < s->n; k++)
    {
      s->slots[k].day = first + 14 * (gint32) k;
      /* only held ones: the planned ones ahead are not called off yet */
      s->slots[k].cancelled = s->slots[k].day < today && is_holiday (s->slots[k].day);
    }
}

static void
series_clear (Series *s)
{
  for (guint k = 0; k < s->n; k++)
    g_clear_pointer (&s->slots[k].candidates, g_array_unref);
  g_clear_pointer (&s->slots, g_free);
}

/* Puts a case due on @day on the agenda of meeting @k (or the next one
 * held, if that was called off), as long as the case is alive then and the
 * meeting gets an agenda at all (held, or the next one). */
static void
series_offer (Series    *s,
              gint64     k,
              gint32     last_agenda_day,
              Candidate *c)
{
  while (k >= 0 && k < (gint64) s->n && s->slots[k].cancelled)
    k++;
  if (k < 0 || k >= (gint64) s->n)
    return;
  if (s->slots[k].day > last_agenda_day || s->slots[k].day < c->lo || s->slots[k].day > c->hi)
    return;
  if (s->slots[k].candidates == NULL)
    s->slots[k].candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  g_array_append_val (s->slots[k].candidates, *c);
}

/* The taskforce's agendas: plan follow-up dates, assessments and revised
 * plans fall in the 14 days before a meeting, [d - 14, d). */
static gboolean
load_taskforce_candidates (MtRun   *run,
                           Series  *s,
                           GError **error)
{
  g_autoptr(TfStmt) plans = tf_store_prepare (run->store,
    "SELECT p.case_id, p.version, p.made_on, p.next_follow_up, c.referral_date, c.closed_on "
    "FROM action_plan AS p JOIN cases AS c ON c.id = p.case_id ORDER BY p.id", error);
  g_autoptr(TfStmt) assessments = NULL;
  int rc;

  if (plans == NULL)
    return FALSE;
  while ((rc = sqlite3_step (plans)) == SQLITE_ROW)
    {
      Candidate c = { sqlite3_column_int64 (plans, 0), column_day (plans, 4, run->today),
                      column_day (plans, 5, G_MAXINT32), MT_FOLLOW_UP };
      gint32 made = column_day (plans, 2, G_MININT32 / 2);
      gint32 follow_up = column_day (plans, 3, G_MININT32 / 2);

      if (follow_up > G_MININT32 / 2)
        series_offer (s, (follow_up - s->first + 14 * 1000) / 14 - 1000 + 1, run->today + 1, &c);
      if (sqlite3_column_int (plans, 1) > 1 && made > G_MININT32 / 2)
        {
          c.reason = MT_PLAN_REVISION;
          series_offer (s, (made - s->first + 14 * 1000) / 14 - 1000 + 1, run->today + 1, &c);
        }
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (run->store, error);

  assessments = tf_store_prepare (run->store,
    "SELECT a.case_id, a.assessed_on, c.referral_date, c.closed_on "
    "FROM assessment AS a JOIN cases AS c ON c.id = a.case_id ORDER BY a.id", error);
  if (assessments == NULL)
    return FALSE;
  while ((rc = sqlite3_step (assessments)) == SQLITE_ROW)
    {
      Candidate c = { sqlite3_column_int64 (assessments, 0), column_day (assessments, 2, run->today),
                      column_day (assessments, 3, G_MAXINT32), MT_FOLLOW_UP };
      gint32 day = column_day (assessments, 1, G_MININT32 / 2);

      if (day > G_MININT32 / 2)
        series_offer (s, (day - s->first + 14 * 1000) / 14 - 1000 + 1, run->today + 1, &c);
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (run->store, error);
  return TRUE;
}

/* The screening meetings' agendas: the history's screening decisions in
 * the 14 days up to a meeting, (d - 14, d]; the next planned one lists the
 * cases still waiting. */
static gboolean
load_screening_candidates (MtRun   *run,
                           Series  *s,
                           GError **error)
{
  g_autoptr(TfStmt) screened = tf_store_prepare (run->store,
    "SELECT h.case_id, h.status, h.valid_from, c.referral_date, c.closed_on "
    "FROM case_status_history AS h JOIN cases AS c ON c.id = h.case_id "
    "WHERE h.kind = 'status' AND h.status IN ('relevant', 'not-relevant') ORDER BY h.id", error);
  g_autoptr(TfStmt) waiting = NULL;
  gint64 next = -1;
  int rc;

  if (screened == NULL)
    return FALSE;
  while ((rc = sqlite3_step (screened)) == SQLITE_ROW)
    {
      Candidate c = { sqlite3_column_int64 (screened, 0), column_day (screened, 3, run->today),
                      column_day (screened, 4, G_MAXINT32), MT_SCREEN_RELEVANT };
      gint32 day = column_day (screened, 2, G_MININT32 / 2);

      if (g_strcmp0 ((const char *) sqlite3_column_text (screened, 1), "not-relevant") == 0)
        {
          c.reason = MT_SCREEN_NOT_RELEVANT;
          /* the screening is the last day of such a case */
          c.hi = G_MAXINT32;
        }
      if (day > G_MININT32 / 2)
        series_offer (s, (day - s->first + 13 + 14 * 1000) / 14 - 1000, run->today - 1, &c);
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (run->store, error);

  for (guint k = 0; k < s->n && next < 0; k++)
    if (s->slots[k].day >= run->today)
      next = k;
  if (next < 0)
    return TRUE;
  waiting = tf_store_prepare (run->store,
    "SELECT id, referral_date FROM cases WHERE status = 'referred' ORDER BY id", error);
  if (waiting == NULL)
    return FALSE;
  while ((rc = sqlite3_step (waiting)) == SQLITE_ROW)
    {
      Candidate c = { sqlite3_column_int64 (waiting, 0), column_day (waiting, 1, run->today),
                      G_MAXINT32, MT_SCREEN_WAITING };

      series_offer (s, next, s->slots[next].day, &c);
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (run->store, error);
  return TRUE;
}

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *x = a, *y = b;

  if (x->reason != y->reason)
    return x->reason < y->reason ? -1 : 1;
  return x->case_id < y->case_id ? -1 : x->case_id > y->case_id;
}

/* Draws the cases of one agenda: at most @cap of those due, one item a case. */
static void
pick_cases (Rng    *rng,
            GArray *candidates,
            guint   cap,
            GArray *out)
{
  guint want;

  g_array_set_size (out, 0);
  if (candidates == NULL)
    return;
  want = (guint) _tf_demo_rng_range (rng, (int) (cap * 2 / 3), (int) cap);
  for (guint i = 0; i < candidates->len && out->len < want; i++)
    {
      guint j = i + _tf_demo_rng_below (rng, candidates->len - i);
      Candidate tmp = g_array_index (candidates, Candidate, j);
      gboolean seen = FALSE;

      g_array_index (candidates, Candidate, j) = g_array_index (candidates, Candidate, i);
      g_array_index (candidates, Candidate, i) = tmp;
      for (guint o = 0; o < out->len && !seen; o++)
        seen = g_array_index (out, Candidate, o).case_id == tmp.case_id;
      if (!seen)
        g_array_append_val (out, tmp);
    }
  g_array_sort (out, compare_candidates);
}

static gboolean
insert_series (MtRun      *run,
               Series     *s,
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
                      Series  *s,
                      guint    k,
                      guint    cap,
                      GArray  *picked,
                      GError **error)
{
  gboolean screening = g_str_equal (s->kind, "screening");
  Slot *slot = &s->slots[k];
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

  pick_cases (&rng, slot->candidates, cap, picked);
  if (!_tf_demo_mt_add_plain_item (run, id, position++, "Godkendelse af dagsorden", NULL,
                                   held ? "Godkendt." : NULL, error))
    return FALSE;
  if (!screening &&
      !_tf_demo_mt_add_plain_item (run, id, position++, "Godkendelse af referat fra sidste møde", NULL,
                                   held ? "Godkendt." : NULL, error))
    return FALSE;
  for (guint i = 0; i < picked->len; i++)
    {
      const Candidate *c = &g_array_index (picked, Candidate, i);

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
  g_autoptr(GArray) picked = g_array_new (FALSE, FALSE, sizeof (Candidate));
  gint32 tomorrow = run->today + 1;
  Series taskforce = { 0 }, screening = { 0 };
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
  /* tens of cases a meeting at most: 4 on a small store, 12 from 200 cases */
  cap = (guint) CLAMP (4 + run->n_cases / 25, 4, 12);

  /* Tomorrow's meeting is one of the series, so the first start reminds of it */
  series_init (&taskforce, "taskforce", tomorrow - 14 * SERIES_BACK,
               run->today + SERIES_AHEAD, run->today);
  series_init (&screening, "screening", taskforce.first + 7, run->today + SERIES_AHEAD, run->today);
  total = taskforce.n + screening.n;

  if (!load_taskforce_candidates (run, &taskforce, error) ||
      !load_screening_candidates (run, &screening, error) ||
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
  series_clear (&taskforce);
  series_clear (&screening);
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
