/* tf-demo-notes.c — what demo data says in words: reasons and journal notes
 *
 * The texts of a case: the reason for the referral, the reasons for its
 * status changes, and the journal notes written along its history, built
 * from the sentence templates of tf-demo-names.c. Text is built in fixed
 * buffers and notes go to the store many rows to one INSERT, because a
 * large run writes a million of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "tf-demo-private.h"

/* ---------------------------------------------------------------------- */
/* Text built in a fixed buffer */

static void
text_clear (Text *t)
{
  t->len = 0;
  t->buf[0] = '\0';
}

static void
text_append_len (Text       *t,
                 const char *s,
                 gsize       n)
{
  if (t->len + n >= TEXT_SIZE)
    n = TEXT_SIZE - 1 - t->len;
  memcpy (t->buf + t->len, s, n);
  t->len += n;
  t->buf[t->len] = '\0';
}

static void
text_append (Text       *t,
             const char *s)
{
  text_append_len (t, s, strlen (s));
}

static void
text_append_int (Text *t,
                 int   value)
{
  char num[16];
  int n = g_snprintf (num, sizeof num, "%d", value);

  text_append_len (t, num, (gsize) n);
}

static const char * const weekdays[] = { "mandag", "tirsdag", "onsdag", "torsdag", "fredag" };

/* Expands the placeholders of tf-demo-names.h. */
static void
text_append_template (Text          *t,
                      const char    *template,
                      const Subject *who,
                      Rng           *rng)
{
  const char *p = template;

  while (*p != '\0')
    {
      const char *brace = strchr (p, '{');

      if (brace == NULL || brace[1] == '\0' || brace[2] != '}')
        {
          text_append (t, p);
          return;
        }
      text_append_len (t, p, (gsize) (brace - p));
      switch (brace[1])
        {
        case 'n':
          text_append (t, who->first_name);
          break;
        case 'g':
          {
            gsize n = strlen (who->first_name);
            char last = n > 0 ? who->first_name[n - 1] : '\0';

            text_append (t, who->first_name);
            text_append (t, last == 's' || last == 'x' || last == 'z' ? "'" : "s");
          }
          break;
        case 'h':
          text_append (t, who->girl ? "hun" : "han");
          break;
        case 'H':
          text_append (t, who->girl ? "Hun" : "Han");
          break;
        case 'm':
          text_append (t, who->girl ? "hende" : "ham");
          break;
        case 's':
          text_append (t, who->girl ? "hendes" : "hans");
          break;
        case 'S':
          text_append (t, who->girl ? "Hendes" : "Hans");
          break;
        case 'p':
          text_append_int (t, _tf_demo_rng_range (rng, 5, 45));
          break;
        case 'd':
          text_append (t, weekdays[_tf_demo_rng_below (rng, G_N_ELEMENTS (weekdays))]);
          break;
        case 'r':
          text_append_int (t, _tf_demo_rng_range (rng, 2, 9));
          break;
        default:
          text_append_len (t, brace, 3);
          break;
        }
      p = brace + 3;
    }
}

static void
text_append_sentence (Text          *t,
                      const char    *template,
                      const Subject *who,
                      Rng           *rng)
{
  if (t->len > 0)
    text_append (t, " ");
  text_append_template (t, template, who, rng);
}

/* ---------------------------------------------------------------------- */
/* Reasons: the referral, and the case's status changes */

void
_tf_demo_build_referral_reason (Rng            *rng,
                                const CasePlan *plan,
                                const Subject  *who,
                                Text           *t)
{
  const TfDemoList *groups[3] = { &_tf_demo_worries_school, &_tf_demo_worries_police, &_tf_demo_worries_home };
  guint weights[3];
  guint n_worries = _tf_demo_rng_chance (rng, 0.55) ? 2 : 1;
  const char *previous = NULL;

  switch (plan->source)
    {
    case TF_REFERRAL_SCHOOL:       weights[0] = 7; weights[1] = 1; weights[2] = 2; break;
    case TF_REFERRAL_POLICE:       weights[0] = 0; weights[1] = 8; weights[2] = 2; break;
    case TF_REFERRAL_SSP:          weights[0] = 1; weights[1] = 5; weights[2] = 4; break;
    case TF_REFERRAL_PARENTS:
    case TF_REFERRAL_YOUNG_PERSON: weights[0] = 2; weights[1] = 1; weights[2] = 7; break;
    case TF_REFERRAL_NOTIFICATION:
    case TF_REFERRAL_OTHER:
    default:                       weights[0] = 3; weights[1] = 3; weights[2] = 4; break;
    }

  text_clear (t);
  text_append_sentence (t, _tf_demo_rng_pick (rng, &_tf_demo_referral_openings[plan->source]), who, rng);
  for (guint i = 0; i < n_worries; i++)
    {
      const char *worry = _tf_demo_rng_pick (rng, groups[_tf_demo_rng_weighted (rng, weights, 3)]);

      if (worry == previous)
        continue;
      text_append_sentence (t, worry, who, rng);
      previous = worry;
    }
}

const char *
_tf_demo_history_reason (Rng            *rng,
                         const CasePlan *plan,
                         guint           step_index,
                         const Subject  *who,
                         Text           *t)
{
  TfCaseStatus status = plan->steps[step_index];
  const TfDemoList *list = NULL;

  switch (status)
    {
    case TF_CASE_STATUS_NOT_RELEVANT:
      list = plan->not_relevant == NOT_RELEVANT_ALREADY_HAS_INTERVENTION ? &_tf_demo_reasons_already_has_intervention
           : plan->not_relevant == NOT_RELEVANT_WORRY_NOT_CURRENT ? &_tf_demo_reasons_worry_not_current
           : &_tf_demo_reasons_not_relevant_other;
      break;
    case TF_CASE_STATUS_DECLINED:
      list = &_tf_demo_reasons_declined;
      break;
    case TF_CASE_STATUS_PAUSED:
      list = &_tf_demo_reasons_paused;
      break;
    case TF_CASE_STATUS_ACTIVE:
      if (step_index > 0 && plan->steps[step_index - 1] == TF_CASE_STATUS_PAUSED)
        list = &_tf_demo_reasons_resumed;
      break;
    case TF_CASE_STATUS_CLOSED:
      list = &_tf_demo_closing_reasons[plan->closing].texts;
      break;
    default:
      break;
    }
  if (list == NULL)
    return NULL;
  text_clear (t);
  text_append_template (t, _tf_demo_rng_pick (rng, list), who, rng);
  return t->buf;
}

/* ---------------------------------------------------------------------- */
/* Journal notes */

/* How many notes this case gets: the run's total spread over the cases by
 * their weights, so the average is exactly notes_per_case. */
guint
_tf_demo_notes_for_case (Run            *run,
                         const CasePlan *plan,
                         guint64         index)
{
  guint64 target;
  guint n;

  run->weight_cumulative += plan->note_weight;
  if (index + 1 >= run->n_young_people || run->weight_total <= 0)
    target = run->notes_target;
  else
    target = MIN (run->notes_target,
                  (guint64) floor ((double) run->notes_target * run->weight_cumulative / run->weight_total));
  n = (guint) (target > run->notes_assigned ? target - run->notes_assigned : 0);
  run->notes_assigned += n;
  return n;
}

/* Up to @n different sentences of @list, in random order. */
static void
append_sentences (Text             *t,
                  const TfDemoList *list,
                  guint             n,
                  const Subject    *who,
                  Rng              *rng)
{
  guint order[32];
  guint n_items = MIN (list->n_items, G_N_ELEMENTS (order));

  n = MIN (n, n_items);
  for (guint i = 0; i < n_items; i++)
    order[i] = i;
  for (guint k = 0; k < n; k++)
    {
      guint j = k + _tf_demo_rng_below (rng, n_items - k);
      guint tmp = order[k];

      order[k] = order[j];
      order[j] = tmp;
      text_append_sentence (t, list->items[order[k]], who, rng);
    }
}

static void
bind_note (TfStmt            *stmt,
           int                first,
           const PendingNote *note)
{
  sqlite3_bind_int64 (stmt, first, note->case_id);
  sqlite3_bind_text (stmt, first + 1, note->day, 10, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, first + 2, note->written_at);
  sqlite3_bind_int64 (stmt, first + 3, note->author_id);
  if (note->area != NULL)
    sqlite3_bind_text (stmt, first + 4, note->area, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, first + 4);
  sqlite3_bind_text (stmt, first + 5, note->body.buf, (int) note->body.len, SQLITE_STATIC);
}

/* Writes the pending notes. Many rows to one INSERT: the note_fts trigger
 * makes every INSERT a statement transaction, and FTS5 writes its pending
 * index data at each one, so one statement per note would make a million
 * tiny index segments to merge. A full set goes in one statement, a rest
 * (at the end of a batch) row by row. */
gboolean
_tf_demo_flush_notes (Run     *run,
                      GError **error)
{
  if (run->n_pending == NOTE_ROWS)
    {
      for (guint i = 0; i < NOTE_ROWS; i++)
        bind_note (run->insert_notes, 1 + 6 * (int) i, &run->pending[i]);
      if (!_tf_demo_step (run, run->insert_notes, error))
        return FALSE;
    }
  else
    for (guint i = 0; i < run->n_pending; i++)
      {
        bind_note (run->insert_note, 1, &run->pending[i]);
        if (!_tf_demo_step (run, run->insert_note, error))
          return FALSE;
      }
  run->n_pending = 0;
  return TRUE;
}

static int
compare_days (gconstpointer a,
              gconstpointer b)
{
  gint32 x = *(const gint32 *) a, y = *(const gint32 *) b;

  return (x > y) - (x < y);
}

gboolean
_tf_demo_insert_notes (Run            *run,
                       Rng            *rng,
                       const CasePlan *plan,
                       const Subject  *who,
                       gint64          case_id,
                       guint           coordinator,
                       guint           n_notes,
                       GError        **error)
{
  static const guint sentence_weights[] = { 35, 35, 20, 10 };
  gint32 stack_days[64];
  g_autofree gint32 *heap_days = NULL;
  gint32 *days = stack_days;

  if (n_notes == 0)
    return TRUE;
  if (n_notes > G_N_ELEMENTS (stack_days))
    days = heap_days = g_new (gint32, n_notes);

  /* The first on the referral date, the rest along the case's history */
  days[0] = plan->days[0];
  for (guint i = 1; i < n_notes; i++)
    days[i] = _tf_demo_rng_range (rng, plan->days[0], plan->end);
  qsort (days + 1, n_notes - 1, sizeof (gint32), compare_days);

  for (guint i = 0; i < n_notes; i++)
    {
      guint author;
      const char *area;

      PendingNote *note = &run->pending[run->n_pending++];
      Text *body = &note->body;

      text_clear (body);
      if (i == 0)
        {
          author = coordinator;
          area = NULL;
          append_sentences (body, &_tf_demo_first_notes, 1, who, rng);
        }
      else if (days[i] < plan->work_start)
        {
          /* Screening, offer and reply: the coordinator's */
          author = coordinator;
          area = NULL;
          append_sentences (body, &_tf_demo_screening_notes, 1 + _tf_demo_rng_below (rng, 2), who, rng);
        }
      else
        {
          guint s = _tf_demo_rng_weighted (rng, run->source_weights, _tf_demo_n_note_sources);
          guint n_sentences = 1 + _tf_demo_rng_weighted (rng, sentence_weights, G_N_ELEMENTS (sentence_weights));

          author = run->source_staff[s][_tf_demo_rng_below (rng, run->source_n_staff[s])];
          area = run->source_area[s];
          append_sentences (body, &_tf_demo_note_sources[s].sentences, n_sentences, who, rng);
        }

      note->case_id = case_id;
      _tf_day_format (days[i], note->day);
      note->written_at = _tf_day_epoch (days[i]) + _tf_demo_rng_range (rng, 8 * 3600, 16 * 3600);
      note->author_id = run->staff[author].id;
      note->area = area;
      if (run->n_pending == NOTE_ROWS && !_tf_demo_flush_notes (run, error))
        return FALSE;
    }
  return TRUE;
}
