/* tf-demo-meetings-rows.c — one meeting's rows: participants, agenda, minutes, tasks
 *
 * The schema locks a closed meeting (triggers refuse new items and
 * attendance), so a held meeting is written as it would be in the program:
 * the meeting planned, then its participants with their attendance and its
 * items with discussion and decision, then the tasks, and closed last.
 *
 * Each case item draws from its own stream (the seed and the item's
 * number), so its words and tasks do not shift when another item changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tf-demo-meetings-private.h"

static const char * const reason_ids[MT_N_REASONS] = {
  "follow-up", "plan-revision", "screening", "screening", "screening", "manual", "manual", "manual",
};

gboolean
_tf_demo_mt_step (MtRun   *run,
                  TfStmt  *stmt,
                  GError **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return tf_store_set_error (run->store, error);
  return TRUE;
}

static void
bind_id_or_null (TfStmt *stmt,
                 int     column,
                 gint64  id)
{
  if (id > 0)
    sqlite3_bind_int64 (stmt, column, id);
  else
    sqlite3_bind_null (stmt, column);
}

gboolean
_tf_demo_mt_insert_meeting (MtRun           *run,
                            const MtMeeting *m,
                            gint64          *out_id,
                            GError         **error)
{
  TfStmt *stmt = run->insert_meeting;
  /* made two weeks ahead, as the series' rows are */
  gint64 created = _tf_day_epoch (MIN (m->day - 14, run->today)) + 9 * 3600;

  sqlite3_bind_text (stmt, 1, m->kind, -1, SQLITE_STATIC);
  bind_id_or_null (stmt, 2, m->series_id);
  bind_id_or_null (stmt, 3, m->case_id);
  tf_stmt_bind_text_or_null (stmt, 4, m->title);
  _tf_demo_cw_bind_day (stmt, 5, m->day);
  sqlite3_bind_text (stmt, 6, m->start_time, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, m->end_time, -1, SQLITE_STATIC);
  tf_stmt_bind_text_or_null (stmt, 8, m->place);
  sqlite3_bind_text (stmt, 9, m->cancelled ? "cancelled" : "planned", -1, SQLITE_STATIC);
  bind_id_or_null (stmt, 10, run->chair);
  sqlite3_bind_int64 (stmt, 11, created);
  if (!_tf_demo_mt_step (run, stmt, error))
    return FALSE;
  *out_id = sqlite3_last_insert_rowid (tf_store_get_db (run->store));
  run->n_meetings++;
  return TRUE;
}

gboolean
_tf_demo_mt_add_participant (MtRun       *run,
                             gint64       meeting_id,
                             gint64       staff_id,
                             const char  *name,
                             gint64       org_id,
                             gboolean     ad_hoc,
                             int          attended,
                             GError     **error)
{
  TfStmt *stmt = run->insert_participant;

  sqlite3_bind_int64 (stmt, 1, meeting_id);
  bind_id_or_null (stmt, 2, staff_id);
  tf_stmt_bind_text_or_null (stmt, 3, name);
  bind_id_or_null (stmt, 4, org_id);
  sqlite3_bind_int (stmt, 5, ad_hoc ? 1 : 0);
  if (attended >= 0)
    sqlite3_bind_int (stmt, 6, attended);
  else
    sqlite3_bind_null (stmt, 6);
  run->n_participants++;
  return _tf_demo_mt_step (run, stmt, error);
}

gboolean
_tf_demo_mt_add_members (MtRun     *run,
                         Rng       *rng,
                         gint64     meeting_id,
                         gboolean   screening,
                         gboolean   held,
                         gint64    *out_chair,
                         GError   **error)
{
  gint64 first_coordinator = 0, present = 0;

  for (guint i = 0; i < run->members->len; i++)
    {
      const MtStaff *s = &g_array_index (run->members, MtStaff, i);
      int attended = -1;

      if (screening && !s->coordinator && s->org != ORG_MYNDIGHED)
        continue;
      /* mostly there; now and then ill */
      if (held)
        attended = _tf_demo_rng_chance (rng, s->coordinator ? 0.05 : 0.1) ? 0 : 1;
      /* the first coordinator present chairs (and closes) it */
      if (s->coordinator && first_coordinator == 0)
        first_coordinator = s->id;
      if (s->coordinator && present == 0 && attended != 0)
        present = s->id;
      if (!_tf_demo_mt_add_participant (run, meeting_id, s->id, NULL, s->org >= 0 ? run->orgs[s->org] : 0,
                                        FALSE, attended, error))
        return FALSE;
    }
  *out_chair = present != 0 ? present : first_coordinator != 0 ? first_coordinator : run->chair;

  /* Now and then someone from outside for a case: police, SSP, the
   * substance abuse centre, or a named person */
  if (!screening && _tf_demo_rng_chance (rng, 0.3))
    {
      if (run->guests->len > 0 && _tf_demo_rng_chance (rng, 0.7))
        {
          const MtStaff *g = &g_array_index (run->guests, MtStaff,
                                             _tf_demo_rng_below (rng, run->guests->len));

          if (!_tf_demo_mt_add_participant (run, meeting_id, g->id, NULL,
                                            g->org >= 0 ? run->orgs[g->org] : 0, TRUE,
                                            held ? 1 : -1, error))
            return FALSE;
        }
      else if (!_tf_demo_mt_add_participant (run, meeting_id, 0,
                                             _tf_demo_rng_pick (rng, &_tf_demo_mt_named_guests), 0,
                                             TRUE, held ? 1 : -1, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_tf_demo_mt_add_plain_item (MtRun       *run,
                            gint64       meeting_id,
                            int          position,
                            const char  *title,
                            const char  *discussion,
                            const char  *decision,
                            GError     **error)
{
  TfStmt *stmt = run->insert_item;

  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_null (stmt, 3);
  sqlite3_bind_text (stmt, 4, "manual", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, title, -1, SQLITE_STATIC);
  tf_stmt_bind_text_or_null (stmt, 6, discussion);
  tf_stmt_bind_text_or_null (stmt, 7, decision);
  run->n_items++;
  return _tf_demo_mt_step (run, stmt, error);
}

/* The staff member a task of @org goes to; the case's coordinator for -1 */
static gint64
task_staff (MtRun   *run,
            Rng     *rng,
            int      org,
            gint64   coordinator)
{
  if (org >= 0 && org < N_ORGS && run->org_staff[org]->len > 0)
    return g_array_index (run->org_staff[org], gint64, _tf_demo_rng_below (rng, run->org_staff[org]->len));
  return coordinator > 0 ? coordinator : run->chair;
}

static gboolean
add_task (MtRun          *run,
          Rng            *rng,
          gint64          case_id,
          gint64          item_id,
          gint32          day,
          gint32          closed,
          const char     *what,
          gint64          staff,
          GError        **error)
{
  TfStmt *stmt = run->insert_task;
  gint32 due = day + 7 * _tf_demo_rng_range (rng, 1, 4);
  gint32 done = -1;

  /* Long done by now, a few of the recent ones overdue, the rest open;
   * the first task that can be is due today, so the first start reminds. */
  if (run->want_due_today && closed == G_MAXINT32 && day < run->today && run->today - day <= 28)
    {
      due = run->today;
      run->want_due_today = FALSE;
      /* The person trying the demo is who the first start reminds: the
       * task due today and a couple of overdue ones are theirs. */
      if (run->desk > 0)
        staff = run->desk;
    }
  else if (due < run->today - 21)
    done = due - _tf_demo_rng_range (rng, 0, 6);
  else if (due < run->today)
    {
      if (!_tf_demo_rng_chance (rng, 0.2))
        done = due - _tf_demo_rng_range (rng, 0, 6);
      else if (run->desk > 0 && closed == G_MAXINT32 && run->desk_overdue < 2)
        {
          staff = run->desk;
          run->desk_overdue++;
        }
    }
  else if (_tf_demo_rng_chance (rng, 0.15))
    done = run->today - _tf_demo_rng_range (rng, 0, 5);
  /* a case closed since: its open tasks were wound up with it */
  if (done < 0 && closed < run->today)
    done = MIN (due, closed);
  if (done >= 0)
    done = CLAMP (done, day + 1, run->today);

  sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_int64 (stmt, 2, item_id);
  sqlite3_bind_text (stmt, 3, what, -1, SQLITE_TRANSIENT);
  bind_id_or_null (stmt, 4, staff);
  _tf_demo_cw_bind_day (stmt, 5, due);
  if (done >= 0)
    {
      _tf_demo_cw_bind_day (stmt, 6, done);
      bind_id_or_null (stmt, 7, staff);
    }
  else
    {
      sqlite3_bind_null (stmt, 6);
      sqlite3_bind_null (stmt, 7);
    }
  bind_id_or_null (stmt, 8, run->chair);
  sqlite3_bind_int64 (stmt, 9, _tf_day_epoch (day) + 15 * 3600);
  run->n_tasks++;
  return _tf_demo_mt_step (run, stmt, error);
}

gboolean
_tf_demo_mt_add_case_item (MtRun      *run,
                           gint64      meeting_id,
                           gint32      day,
                           int         position,
                           gint64      case_id,
                           MtReason    reason,
                           gboolean    held,
                           GError    **error)
{
  static const char * const title_words[MT_N_REASONS] = {
    "Opfølgning", "Revision af handleplan", "Screening", "Screening", "Screening",
    "Status fra familien", "Status fra skole og fritid", "Aftaler og næste skridt",
  };
  TfStmt *select = run->select_case;
  TfStmt *stmt = run->insert_item;
  g_autofree char *first = NULL;
  g_autofree char *title = NULL;
  CwWords words = { NULL, FALSE, NULL };
  gint64 coordinator = 0, item_id;
  gint32 closed = G_MAXINT32;
  const MtDecision *decision = NULL;
  Rng rng;
  guint n_tasks;

  _tf_demo_rng_init (&rng, run->seed, run->item_number++, MT_STREAM_ITEM);

  sqlite3_bind_int64 (select, 1, case_id);
  if (sqlite3_step (select) != SQLITE_ROW)
    {
      sqlite3_reset (select);
      return tf_store_set_error (run->store, error);
    }
  first = g_strdup ((const char *) sqlite3_column_text (select, 0));
  if (reason >= MT_NETWORK_FAMILY)
    title = g_strdup (title_words[reason]);
  else
    title = g_strdup_printf ("%s: %s %s", title_words[reason], first,
                             (const char *) sqlite3_column_text (select, 1));
  words.first_name = first;
  words.girl = g_strcmp0 ((const char *) sqlite3_column_text (select, 2), "girl") == 0;
  coordinator = sqlite3_column_int64 (select, 3);
  if (sqlite3_column_type (select, 5) != SQLITE_NULL &&
      !_tf_day_parse ((const char *) sqlite3_column_text (select, 5), &closed))
    closed = G_MAXINT32;
  sqlite3_reset (select);

  run->text.len = 0;
  run->text.buf[0] = '\0';
  run->text2.len = 0;
  run->text2.buf[0] = '\0';
  if (held)
    {
      const MtDecisionList *list = &_tf_demo_mt_decisions[reason];

      _tf_demo_cw_append (&run->text, _tf_demo_rng_pick (&rng, &_tf_demo_mt_discussions[reason]), &words);
      decision = &list->items[_tf_demo_rng_below (&rng, list->n_items)];
      _tf_demo_cw_append (&run->text2, decision->decision, &words);
    }

  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_int64 (stmt, 3, case_id);
  sqlite3_bind_text (stmt, 4, reason_ids[reason], -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, title, -1, SQLITE_TRANSIENT);
  tf_stmt_bind_text_or_null (stmt, 6, held ? run->text.buf : NULL);
  tf_stmt_bind_text_or_null (stmt, 7, held ? run->text2.buf : NULL);
  if (!_tf_demo_mt_step (run, stmt, error))
    return FALSE;
  item_id = sqlite3_last_insert_rowid (tf_store_get_db (run->store));
  run->n_items++;
  if (!held)
    return TRUE;

  /* 0–2 tasks: the one the decision names, and sometimes one more */
  n_tasks = decision->task != NULL ? 1 : 0;
  if (_tf_demo_rng_chance (&rng, decision->task != NULL ? 0.3 : 0.4))
    n_tasks++;
  for (guint t = 0; t < n_tasks; t++)
    {
      const MtDecision *task = t == 0 && decision->task != NULL
        ? decision
        : &_tf_demo_mt_extra_tasks.items[_tf_demo_rng_below (&rng, _tf_demo_mt_extra_tasks.n_items)];

      run->text.len = 0;
      _tf_demo_cw_append (&run->text, task->task, &words);
      if (!add_task (run, &rng, case_id, item_id, day, closed, run->text.buf,
                     task_staff (run, &rng, task->org, coordinator), error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_tf_demo_mt_close (MtRun    *run,
                   gint64    meeting_id,
                   gint32    day,
                   gint64    closed_by,
                   GError  **error)
{
  TfStmt *stmt = run->close_meeting;
  gint64 at = _tf_day_epoch (day) + 15 * 3600 + 20 * 60;

  sqlite3_bind_int64 (stmt, 1, meeting_id);
  sqlite3_bind_int64 (stmt, 2, at);
  bind_id_or_null (stmt, 3, closed_by);
  return _tf_demo_mt_step (run, stmt, error);
}
