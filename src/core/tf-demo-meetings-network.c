/* tf-demo-meetings-network.c — network meetings around one family
 *
 * Some of the cases the taskforce worked with (accepted at some point) get
 * a network meeting every 2½–4 months from a few weeks after the
 * acceptance until the case closed: the coordinator, one of the member
 * organisations' staff, and the family — the guardians with custody and
 * often the young person — invited by name as ad hoc participants. An open
 * case may have its next one planned within three weeks.
 *
 * Only a share of the cases, at most about 120 on any store: a network
 * meeting is arranged around a family, and a store of 100,000 young
 * people would otherwise hold hundreds of thousands of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tf-demo-meetings-private.h"

#define NETWORK_CASES 120.0

typedef struct
{
  gint64 id;
  gint64 coordinator_id;
  gint32 accepted;
  gint32 end;               /* closed on; G_MAXINT32 while open */
} NetworkCase;

static const char * const times[][2] = {
  { "08:30", "09:30" }, { "14:00", "15:00" }, { "15:30", "16:30" },
};

static gboolean
load_cases (MtRun   *run,
            GArray  *out,
            GError **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (run->store,
    "SELECT c.id, c.coordinator_id, c.closed_on, "
    "       (SELECT min (h.valid_from) FROM case_status_history AS h "
    "        WHERE h.case_id = c.id AND h.kind = 'status' AND h.status = 'accepted') "
    "FROM cases AS c "
    "WHERE +c.status IN ('accepted', 'in-process', 'active', 'paused', 'closed') ORDER BY c.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      NetworkCase c = { sqlite3_column_int64 (stmt, 0), sqlite3_column_int64 (stmt, 1), 0, G_MAXINT32 };

      if (sqlite3_column_type (stmt, 3) == SQLITE_NULL ||
          !_tf_day_parse ((const char *) sqlite3_column_text (stmt, 3), &c.accepted))
        continue;
      if (sqlite3_column_type (stmt, 2) != SQLITE_NULL &&
          !_tf_day_parse ((const char *) sqlite3_column_text (stmt, 2), &c.end))
        c.end = G_MAXINT32;
      g_array_append_val (out, c);
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (run->store, error);
  return TRUE;
}

/* Monday to Friday */
static gint32
weekday_on_or_after (gint32 day)
{
  int wd = (int) (((day % 7) + 7 + 3) % 7);   /* 1970-01-01 was a Thursday; 0 is Monday */

  return wd >= 5 ? day + (7 - wd) : day;
}

/* The family by name: the guardians with custody, and often the young person */
static gboolean
add_family (MtRun   *run,
            Rng     *rng,
            gint64   meeting_id,
            gint64   young_person_id,
            const char *young_person,
            gboolean held,
            GError **error)
{
  TfStmt *select = run->select_guardians;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  int rc;

  sqlite3_bind_int64 (select, 1, young_person_id);
  while ((rc = sqlite3_step (select)) == SQLITE_ROW)
    g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (select, 0)));
  sqlite3_reset (select);
  if (rc != SQLITE_DONE)
    return tf_store_set_error (run->store, error);
  if (_tf_demo_rng_chance (rng, 0.6))
    g_ptr_array_add (names, g_strdup (young_person));

  for (guint i = 0; i < names->len; i++)
    if (!_tf_demo_mt_add_participant (run, meeting_id, 0, g_ptr_array_index (names, i), 0, TRUE,
                                      held ? (_tf_demo_rng_chance (rng, 0.1) ? 0 : 1) : -1, error))
      return FALSE;
  return TRUE;
}

static gboolean
write_network_meeting (MtRun             *run,
                       Rng               *rng,
                       const NetworkCase *c,
                       gint32             day,
                       GError           **error)
{
  TfStmt *select = run->select_case;
  g_autofree char *title = NULL;
  g_autofree char *young_person = NULL;
  gint64 young_person_id, meeting_id;
  gint64 coordinator = c->coordinator_id > 0 ? c->coordinator_id : run->chair;
  guint t = _tf_demo_rng_below (rng, G_N_ELEMENTS (times));
  gboolean held = day < run->today;
  MtMeeting m = { "network", 0, c->id, NULL, day, times[t][0], times[t][1],
                  _tf_demo_rng_pick (rng, &_tf_demo_mt_network_places), FALSE };

  sqlite3_bind_int64 (select, 1, c->id);
  if (sqlite3_step (select) != SQLITE_ROW)
    {
      sqlite3_reset (select);
      return tf_store_set_error (run->store, error);
    }
  young_person = g_strdup_printf ("%s %s", (const char *) sqlite3_column_text (select, 0),
                                  (const char *) sqlite3_column_text (select, 1));
  young_person_id = sqlite3_column_int64 (select, 4);
  sqlite3_reset (select);
  title = g_strdup_printf ("Netværksmøde om %s", young_person);
  m.title = title;

  if (!_tf_demo_mt_insert_meeting (run, &m, &meeting_id, error))
    return FALSE;
  if (coordinator > 0 &&
      !_tf_demo_mt_add_participant (run, meeting_id, coordinator, NULL, 0, FALSE, held ? 1 : -1, error))
    return FALSE;
  /* one of the member organisations around the young person */
  for (guint tries = 0; tries < 4 && run->members->len > 0; tries++)
    {
      const MtStaff *s = &g_array_index (run->members, MtStaff, _tf_demo_rng_below (rng, run->members->len));

      if (s->coordinator || s->id == coordinator || s->org < 0)
        continue;
      if (!_tf_demo_mt_add_participant (run, meeting_id, s->id, NULL, run->orgs[s->org], FALSE,
                                        held ? 1 : -1, error))
        return FALSE;
      break;
    }
  if (!add_family (run, rng, meeting_id, young_person_id, young_person, held, error))
    return FALSE;
  for (MtReason r = MT_NETWORK_FAMILY; r <= MT_NETWORK_AGREEMENTS; r++)
    if (!_tf_demo_mt_add_case_item (run, meeting_id, day, 1 + (int) (r - MT_NETWORK_FAMILY), c->id, r,
                                    held, error))
      return FALSE;
  return !held || _tf_demo_mt_close (run, meeting_id, day, coordinator, error);
}

gboolean
_tf_demo_mt_fill_network (MtRun         *run,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GArray) cases = g_array_new (FALSE, FALSE, sizeof (NetworkCase));
  double share;

  if (!load_cases (run, cases, error))
    return FALSE;
  if (cases->len == 0)
    return TRUE;
  share = MIN (0.5, NETWORK_CASES / cases->len);

  for (guint i = 0; i < cases->len; i++)
    {
      const NetworkCase *c = &g_array_index (cases, NetworkCase, i);
      gint32 last = MIN (c->end, run->today + 21);
      gint32 day;
      Rng rng;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      _tf_demo_rng_init (&rng, run->seed, (guint64) c->id, MT_STREAM_NETWORK);
      if (!_tf_demo_rng_chance (&rng, share))
        continue;
      for (day = weekday_on_or_after (c->accepted + _tf_demo_rng_range (&rng, 14, 40));
           day <= last;
           day = weekday_on_or_after (day + _tf_demo_rng_range (&rng, 75, 120)))
        {
          if (!write_network_meeting (run, &rng, c, day, error))
            return FALSE;
          /* one planned ahead at most */
          if (day >= run->today)
            break;
        }
    }
  return TRUE;
}
