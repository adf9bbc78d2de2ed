/* tf-demo-meetings-agenda.c — which cases come on which series meeting's agenda
 *
 * A taskforce meeting takes the cases whose action plan's follow-up date, a
 * new assessment or a revised plan fell in the 14 days before it, [d - 14,
 * d); a screening meeting the cases the status history shows screened
 * (found relevant or not) in the 14 days up to it, (d - 14, d], and the next
 * planned one the cases still waiting. A case is only taken while it is
 * alive: referred by then and not closed before. A meeting called off for
 * the holidays hands its cases to the next one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-demo-meetings-private.h"

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

void
_tf_demo_mt_series_init (MtSeries     *s,
             const char *kind,
             gint32      first,
             gint32      until,
             gint32      today)
{
  s->kind = kind;
  s->first = first;
  s->n = (guint) ((until - first) / 14 + 1);
  s->slots = g_new0 (MtSlot, s->n);
  for (guint k = 0; k < s->n; k++)
    {
      s->slots[k].day = first + 14 * (gint32) k;
      /* only held ones: the planned ones ahead are not called off yet */
      s->slots[k].cancelled = s->slots[k].day < today && is_holiday (s->slots[k].day);
    }
}

void
_tf_demo_mt_series_clear (MtSeries *s)
{
  for (guint k = 0; k < s->n; k++)
    g_clear_pointer (&s->slots[k].candidates, g_array_unref);
  g_clear_pointer (&s->slots, g_free);
}

/* Puts a case due on @day on the agenda of meeting @k (or the next one
 * held, if that was called off), as long as the case is alive then and the
 * meeting gets an agenda at all (held, or the next one). */
static void
series_offer (MtSeries    *s,
              gint64     k,
              gint32     last_agenda_day,
              MtCandidate *c)
{
  while (k >= 0 && k < (gint64) s->n && s->slots[k].cancelled)
    k++;
  if (k < 0 || k >= (gint64) s->n)
    return;
  if (s->slots[k].day > last_agenda_day || s->slots[k].day < c->lo || s->slots[k].day > c->hi)
    return;
  if (s->slots[k].candidates == NULL)
    s->slots[k].candidates = g_array_new (FALSE, FALSE, sizeof (MtCandidate));
  g_array_append_val (s->slots[k].candidates, *c);
}

/* The taskforce's agendas: plan follow-up dates, assessments and revised
 * plans fall in the 14 days before a meeting, [d - 14, d). */
gboolean
_tf_demo_mt_load_taskforce (MtRun   *run,
                           MtSeries  *s,
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
      MtCandidate c = { sqlite3_column_int64 (plans, 0), column_day (plans, 4, run->today),
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
      MtCandidate c = { sqlite3_column_int64 (assessments, 0), column_day (assessments, 2, run->today),
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
gboolean
_tf_demo_mt_load_screening (MtRun   *run,
                           MtSeries  *s,
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
      MtCandidate c = { sqlite3_column_int64 (screened, 0), column_day (screened, 3, run->today),
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
      MtCandidate c = { sqlite3_column_int64 (waiting, 0), column_day (waiting, 1, run->today),
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
  const MtCandidate *x = a, *y = b;

  if (x->reason != y->reason)
    return x->reason < y->reason ? -1 : 1;
  return x->case_id < y->case_id ? -1 : x->case_id > y->case_id;
}

/* Draws the cases of one agenda: at most @cap of those due, one item a case. */
void
_tf_demo_mt_pick_cases (Rng    *rng,
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
      MtCandidate tmp = g_array_index (candidates, MtCandidate, j);
      gboolean seen = FALSE;

      g_array_index (candidates, MtCandidate, j) = g_array_index (candidates, MtCandidate, i);
      g_array_index (candidates, MtCandidate, i) = tmp;
      for (guint o = 0; o < out->len && !seen; o++)
        seen = g_array_index (out, MtCandidate, o).case_id == tmp.case_id;
      if (!seen)
        g_array_append_val (out, tmp);
    }
  g_array_sort (out, compare_candidates);
}

