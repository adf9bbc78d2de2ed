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
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-case-status.h"
#include "tf-cpr.h"
#include "tf-demo.h"
#include "tf-demo-names.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-store-private.h"

#define BATCH_SIZE              5000
#define DEFAULT_NOTES_PER_CASE  8
#define HISTORY_DAYS            730   /* referrals reach this far back */
#define MIN_AGE                 12
#define MAX_AGE                 17
#define MAX_STEPS               12
#define TEXT_SIZE               1536
#define NOTE_ROWS               64    /* notes per INSERT: see flush_notes() */

/* ---------------------------------------------------------------------- */
/* Random numbers: SplitMix64, one stream per young person and purpose */

typedef struct
{
  guint64 state;
} Rng;

enum
{
  STREAM_PLAN,      /* age, birth date, status path and dates */
  STREAM_DETAILS,   /* names, address, school, guardians, texts, notes */
};

static guint64
mix64 (guint64 z)
{
  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static void
rng_init (Rng     *rng,
          guint32  seed,
          guint64  index,
          guint    stream)
{
  guint64 base = mix64 ((guint64) seed + G_GUINT64_CONSTANT (0x5461736B666F7263));

  rng->state = mix64 (base + index * G_GUINT64_CONSTANT (0xD1B54A32D192ED03)
                      + (guint64) stream * G_GUINT64_CONSTANT (0x8CB92BA72F3D8DD7));
}

static guint64
rng_next (Rng *rng)
{
  rng->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return mix64 (rng->state);
}

/* 0 ≤ result < n */
static guint
rng_below (Rng   *rng,
           guint  n)
{
  return (guint) (((rng_next (rng) >> 32) * (guint64) n) >> 32);
}

/* lo ≤ result ≤ hi */
static int
rng_range (Rng *rng,
           int  lo,
           int  hi)
{
  if (hi <= lo)
    return lo;
  return lo + (int) rng_below (rng, (guint) (hi - lo + 1));
}

static double
rng_unit (Rng *rng)
{
  return (double) (rng_next (rng) >> 11) * (1.0 / 9007199254740992.0);
}

static gboolean
rng_chance (Rng    *rng,
            double  p)
{
  return rng_unit (rng) < p;
}

static guint
rng_weighted (Rng         *rng,
              const guint *weights,
              guint        n)
{
  guint total = 0, pick;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  pick = rng_below (rng, total);
  for (guint i = 0; i < n; i++)
    {
      if (pick < weights[i])
        return i;
      pick -= weights[i];
    }
  return n - 1;
}

static const char *
rng_pick (Rng              *rng,
          const TfDemoList *list)
{
  return list->items[rng_below (rng, list->n_items)];
}

/* Favours the front of a list, where the common names are. */
static const char *
rng_pick_common (Rng              *rng,
                 const TfDemoList *list)
{
  double u = rng_unit (rng);
  guint i = (guint) (list->n_items * u * (0.35 + 0.65 * u));

  return list->items[MIN (i, list->n_items - 1)];
}

/* ---------------------------------------------------------------------- */
/* Days since 1970-01-01 (proleptic Gregorian), without GDate per row */

static gint32
days_from_civil (int y,
                 int m,
                 int d)
{
  int era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void
civil_from_days (gint32  z,
                 int    *y,
                 int    *m,
                 int    *d)
{
  int era, doe, yoe, doy, mp;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yoe + era * 400 + (*m <= 2);
}

static gboolean
is_leap (int y)
{
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

/* The same day @years later (earlier when negative); 29 February becomes
 * 28 February in other years, as tf_age_on() counts birthdays. */
static gint32
add_years (gint32 day,
           int    years)
{
  int y, m, d;

  civil_from_days (day, &y, &m, &d);
  y += years;
  if (m == 2 && d == 29 && !is_leap (y))
    d = 28;
  return days_from_civil (y, m, d);
}

static void
format_day (gint32 day,
            char   out[11])
{
  int y, m, d;

  civil_from_days (day, &y, &m, &d);
  out[0] = '0' + (y / 1000) % 10;
  out[1] = '0' + (y / 100) % 10;
  out[2] = '0' + (y / 10) % 10;
  out[3] = '0' + y % 10;
  out[4] = '-';
  out[5] = '0' + m / 10;
  out[6] = '0' + m % 10;
  out[7] = '-';
  out[8] = '0' + d / 10;
  out[9] = '0' + d % 10;
  out[10] = '\0';
}

static gint64
epoch_of (gint32 day)
{
  return (gint64) day * 86400;
}

/* ---------------------------------------------------------------------- */
/* Text built in a fixed buffer */

typedef struct
{
  char  buf[TEXT_SIZE];
  gsize len;
} Text;

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

typedef struct
{
  gint64      case_id;
  gint64      written_at;
  gint64      author_id;
  const char *area;
  char        day[11];
  Text        body;
} PendingNote;

typedef struct
{
  const char *first_name;
  gboolean    girl;
} Subject;

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
          text_append_int (t, rng_range (rng, 5, 45));
          break;
        case 'd':
          text_append (t, weekdays[rng_below (rng, G_N_ELEMENTS (weekdays))]);
          break;
        case 'r':
          text_append_int (t, rng_range (rng, 2, 9));
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
/* The plan of one case: who, when, and its way through the funnel */

/* Today's status of the cases, in TfCaseStatus order. The funnel of seed
 * 003 (Aarhus, Knæk Kurven: 19 screened, 8 relevant; of 8 offered 3 said
 * yes, 2 no, 3 in process) screened families found from data; here the
 * worry comes from people who know the young person, so fewer are screened
 * out (about one in five) and one in ten offered declines. Two years in,
 * about a third of the cases are active, many closed, a few at each early
 * step, and referrals wait at most one screening meeting. */
static const guint status_weights[TF_N_CASE_STATUSES] = {
  [TF_CASE_STATUS_REFERRED] = 4,
  [TF_CASE_STATUS_NOT_RELEVANT] = 18,
  [TF_CASE_STATUS_RELEVANT] = 1,
  [TF_CASE_STATUS_OFFERED] = 2,
  [TF_CASE_STATUS_ACCEPTED] = 2,
  [TF_CASE_STATUS_DECLINED] = 8,
  [TF_CASE_STATUS_IN_PROCESS] = 4,
  [TF_CASE_STATUS_ACTIVE] = 34,
  [TF_CASE_STATUS_PAUSED] = 5,
  [TF_CASE_STATUS_CLOSED] = 22,
};

/* How long a case stays in its current status at most before it moves on
 * (days since the last step); -1: as long as it likes. A referral waits for
 * the next screening meeting (every 14 days). */
static const int status_max_tail[TF_N_CASE_STATUSES] = {
  [TF_CASE_STATUS_REFERRED] = 20,
  [TF_CASE_STATUS_NOT_RELEVANT] = -1,
  [TF_CASE_STATUS_RELEVANT] = 12,
  [TF_CASE_STATUS_OFFERED] = 18,
  [TF_CASE_STATUS_ACCEPTED] = 12,
  [TF_CASE_STATUS_DECLINED] = -1,
  [TF_CASE_STATUS_IN_PROCESS] = 40,
  [TF_CASE_STATUS_ACTIVE] = -1,
  [TF_CASE_STATUS_PAUSED] = 120,
  [TF_CASE_STATUS_CLOSED] = -1,
};

/* Who raised the worry, in TfReferralSource order: school most often. */
static const guint source_weights[TF_N_REFERRAL_SOURCES] = {
  [TF_REFERRAL_SCHOOL] = 32,
  [TF_REFERRAL_PARENTS] = 12,
  [TF_REFERRAL_POLICE] = 16,
  [TF_REFERRAL_SSP] = 10,
  [TF_REFERRAL_NOTIFICATION] = 20,
  [TF_REFERRAL_YOUNG_PERSON] = 3,
  [TF_REFERRAL_OTHER] = 7,
};

/* Ages 12–17 today; the target group leans to the older end. */
static const guint age_weights[MAX_AGE - MIN_AGE + 1] = { 5, 12, 20, 25, 22, 16 };

typedef enum
{
  NOT_RELEVANT_ALREADY_HAS_INTERVENTION,
  NOT_RELEVANT_WORRY_NOT_CURRENT,
  NOT_RELEVANT_OTHER,
} NotRelevantKind;

typedef struct
{
  TfGender          gender;
  int               age;
  gint32            birth;
  TfReferralSource  source;
  TfCaseStatus      status;
  guint             n_steps;
  TfCaseStatus      steps[MAX_STEPS];
  gint32            days[MAX_STEPS];
  guint             closing;          /* index in _tf_demo_closing_reasons */
  NotRelevantKind   not_relevant;
  gint32            work_start;       /* the day the work with the family began, if it has */
  gint32            end;              /* the last day notes are written */
  double            note_weight;
} CasePlan;

typedef struct
{
  guint32 seed;
  gint32  today;
  gint32  earliest;                   /* today - HISTORY_DAYS */
  gint32  birth_lo[MAX_AGE - MIN_AGE + 1];
  gint32  birth_hi[MAX_AGE - MIN_AGE + 1];
} PlanContext;

static void
plan_add (CasePlan     *plan,
          TfCaseStatus  status,
          int           duration)
{
  g_assert (plan->n_steps < MAX_STEPS);
  plan->steps[plan->n_steps] = status;
  plan->days[plan->n_steps] = duration;   /* days after the step before; made absolute later */
  plan->n_steps++;
}

static void
plan_case (const PlanContext *ctx,
           guint64            index,
           CasePlan          *plan)
{
  Rng rng;
  TfCaseStatus status;
  int span, avail, budget, tail_max, tail;
  gint32 earliest;
  guint age_index;

  rng_init (&rng, ctx->seed, index, STREAM_PLAN);
  memset (plan, 0, sizeof *plan);

  plan->gender = rng_chance (&rng, 0.30) ? TF_GENDER_GIRL : TF_GENDER_BOY;
  age_index = rng_weighted (&rng, age_weights, G_N_ELEMENTS (age_weights));
  plan->age = MIN_AGE + (int) age_index;
  plan->birth = rng_range (&rng, ctx->birth_lo[age_index], ctx->birth_hi[age_index]);
  plan->source = rng_weighted (&rng, source_weights, TF_N_REFERRAL_SOURCES);
  plan->status = status = rng_weighted (&rng, status_weights, TF_N_CASE_STATUSES);

  /* The path through the funnel, with the days each step took */
  plan_add (plan, TF_CASE_STATUS_REFERRED, 0);
  if (status == TF_CASE_STATUS_NOT_RELEVANT)
    {
      guint kind_weights[] = { 50, 35, 15 };

      plan_add (plan, TF_CASE_STATUS_NOT_RELEVANT, rng_range (&rng, 5, 28));
      plan->not_relevant = rng_weighted (&rng, kind_weights, G_N_ELEMENTS (kind_weights));
    }
  else if (status != TF_CASE_STATUS_REFERRED)
    {
      plan_add (plan, TF_CASE_STATUS_RELEVANT, rng_range (&rng, 5, 28));
      if (status != TF_CASE_STATUS_RELEVANT)
        plan_add (plan, TF_CASE_STATUS_OFFERED, rng_range (&rng, 1, 14));
      if (status == TF_CASE_STATUS_DECLINED)
        plan_add (plan, TF_CASE_STATUS_DECLINED, rng_range (&rng, 3, 21));
      else if (status >= TF_CASE_STATUS_ACCEPTED)
        {
          plan_add (plan, TF_CASE_STATUS_ACCEPTED, rng_range (&rng, 3, 21));
          if (status >= TF_CASE_STATUS_IN_PROCESS)
            plan_add (plan, TF_CASE_STATUS_IN_PROCESS, rng_range (&rng, 1, 14));
          if (status >= TF_CASE_STATUS_ACTIVE)
            {
              plan_add (plan, TF_CASE_STATUS_ACTIVE, rng_range (&rng, 10, 45));
              /* Some cases have rested a while and started again */
              if (rng_chance (&rng, status == TF_CASE_STATUS_ACTIVE ? 0.15 : 0.10))
                {
                  plan_add (plan, TF_CASE_STATUS_PAUSED, rng_range (&rng, 30, 240));
                  plan_add (plan, TF_CASE_STATUS_ACTIVE, rng_range (&rng, 14, 90));
                }
            }
          if (status == TF_CASE_STATUS_PAUSED)
            plan_add (plan, TF_CASE_STATUS_PAUSED, rng_range (&rng, 30, 240));
          else if (status == TF_CASE_STATUS_CLOSED)
            {
              guint weights[8];

              if (rng_chance (&rng, 0.20))
                {
                  plan_add (plan, TF_CASE_STATUS_PAUSED, rng_range (&rng, 30, 240));
                  plan_add (plan, TF_CASE_STATUS_CLOSED, rng_range (&rng, 14, 120));
                }
              else
                plan_add (plan, TF_CASE_STATUS_CLOSED, rng_range (&rng, 60, 420));
              for (guint i = 0; i < _tf_demo_n_closing_reasons; i++)
                weights[i] = _tf_demo_closing_reasons[i].weight;
              plan->closing = rng_weighted (&rng, weights, _tf_demo_n_closing_reasons);
            }
        }
    }

  /* Fit the history between the earliest referral (two years back, and
   * never before the young person was 11) and today. */
  earliest = MAX (ctx->earliest, add_years (plan->birth, 11));
  avail = ctx->today - earliest;
  span = 0;
  for (guint i = 1; i < plan->n_steps; i++)
    span += plan->days[i];
  budget = avail;
  if (span > budget)
    {
      int scaled = 0;

      for (guint i = 1; i < plan->n_steps; i++)
        {
          plan->days[i] = MAX (1, (int) ((gint64) plan->days[i] * budget / span));
          scaled += plan->days[i];
        }
      span = scaled;
      /* Rounding up to whole days may still overshoot by a few */
      while (span > budget)
        {
          guint longest = 1;

          for (guint i = 2; i < plan->n_steps; i++)
            if (plan->days[i] > plan->days[longest])
              longest = i;
          if (plan->days[longest] <= 1)
            break;
          plan->days[longest]--;
          span--;
        }
    }
  tail_max = status_max_tail[status] < 0 ? avail - span : MIN (status_max_tail[status], avail - span);
  tail = rng_range (&rng, 0, MAX (tail_max, 0));

  plan->days[0] = ctx->today - tail - span;
  for (guint i = 1; i < plan->n_steps; i++)
    plan->days[i] += plan->days[i - 1];

  /* Notes are written while the case is open; the member organisations
   * write once the work with the family has begun. */
  plan->end = tf_case_status_is_open (status) ? ctx->today : plan->days[plan->n_steps - 1];
  plan->work_start = G_MAXINT32;
  for (guint i = 0; i < plan->n_steps; i++)
    if (plan->steps[i] == TF_CASE_STATUS_IN_PROCESS)
      plan->work_start = plan->days[i];
  /* Longer cases get more notes */
  plan->note_weight = (0.3 + MIN (plan->end - plan->days[0], 540) / 120.0)
                      * (0.6 + 0.8 * rng_unit (&rng));
}

/* ---------------------------------------------------------------------- */
/* The run */

typedef struct
{
  gint64 id;
  char  *sort_key;
} StaffRow;

typedef struct
{
  TfSession   *session;
  TfStore     *store;
  PlanContext  plan;
  int          school_year;          /* the year the current school year began */

  StaffRow     staff[32];
  guint        coordinators[8];
  guint        coordinator_weights[8];
  guint        n_coordinators;
  /* staff indices per note source */
  guint        source_staff[16][4];
  guint        source_n_staff[16];
  guint        source_weights[16];
  const char  *source_area[16];

  GHashTable  *used_cpr;             /* gint64* → itself */

  guint64      notes_target;         /* total notes of this run */
  double       weight_total;
  double       weight_cumulative;
  guint64      notes_assigned;
  guint64      n_young_people;

  /* statements of the current transaction */
  TfStmt      *insert_young_person;
  TfStmt      *insert_guardian;
  TfStmt      *insert_case;
  TfStmt      *insert_history;
  TfStmt      *insert_note;
  TfStmt      *insert_notes;

  /* notes waiting for the next multi-row insert */
  PendingNote  pending[NOTE_ROWS];
  guint        n_pending;

  Text         text;
} Run;

static gboolean
step (Run     *run,
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

static const char *
organisation_area (const char *code)
{
  for (guint i = 0; i < _tf_demo_n_organisations; i++)
    if (g_str_equal (_tf_demo_organisations[i].code, code))
      return _tf_demo_organisations[i].area;
  return NULL;
}

/* Organisations and staff: added once per store, found again on later runs. */
static gboolean
ensure_staff (Run     *run,
              GError **error)
{
  gint64 org_ids[32];
  gint64 created_at = epoch_of (run->plan.earliest) + 8 * 3600;

  g_assert (_tf_demo_n_organisations <= G_N_ELEMENTS (org_ids));
  g_assert (_tf_demo_n_staff <= G_N_ELEMENTS (run->staff));
  g_assert (_tf_demo_n_note_sources <= G_N_ELEMENTS (run->source_weights));

  for (guint i = 0; i < _tf_demo_n_organisations; i++)
    {
      const TfDemoOrganisation *org = &_tf_demo_organisations[i];
      g_autoptr(TfStmt) insert = NULL;
      g_autoptr(TfStmt) select = NULL;

      insert = tf_store_prepare (run->store,
        "INSERT INTO organisation (code, name, area, fixed_member) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (code) DO NOTHING", error);
      if (insert == NULL)
        return FALSE;
      sqlite3_bind_text (insert, 1, org->code, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 2, org->name, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 3, org->area, -1, SQLITE_STATIC);
      sqlite3_bind_int (insert, 4, org->fixed_member ? 1 : 0);
      if (!tf_store_step_done (run->store, insert, error))
        return FALSE;

      select = tf_store_prepare (run->store, "SELECT id FROM organisation WHERE code = ?1", error);
      if (select == NULL)
        return FALSE;
      sqlite3_bind_text (select, 1, org->code, -1, SQLITE_STATIC);
      if (sqlite3_step (select) != SQLITE_ROW)
        return tf_store_set_error (run->store, error);
      org_ids[i] = sqlite3_column_int64 (select, 0);
    }

  for (guint i = 0; i < _tf_demo_n_staff; i++)
    {
      const TfDemoStaff *person = &_tf_demo_staff[i];
      g_autoptr(TfStmt) select = NULL;
      gint64 org_id = 0;

      for (guint j = 0; j < _tf_demo_n_organisations; j++)
        if (g_str_equal (_tf_demo_organisations[j].code, person->organisation_code))
          org_id = org_ids[j];

      run->staff[i].sort_key = tf_collate_key_da (person->name);

      select = tf_store_prepare (run->store,
        "SELECT id FROM staff_member WHERE login IS NULL AND name = ?1 AND organisation_id = ?2 "
        "ORDER BY id LIMIT 1", error);
      if (select == NULL)
        return FALSE;
      sqlite3_bind_text (select, 1, person->name, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (select, 2, org_id);
      if (sqlite3_step (select) == SQLITE_ROW)
        run->staff[i].id = sqlite3_column_int64 (select, 0);
      else
        {
          g_autoptr(TfStmt) insert = tf_store_prepare (run->store,
            "INSERT INTO staff_member (login, name, sort_key, organisation_id, role, created_at) "
            "VALUES (NULL, ?1, ?2, ?3, ?4, ?5)", error);

          if (insert == NULL)
            return FALSE;
          sqlite3_bind_text (insert, 1, person->name, -1, SQLITE_STATIC);
          sqlite3_bind_text (insert, 2, run->staff[i].sort_key, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (insert, 3, org_id);
          sqlite3_bind_text (insert, 4, person->role, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (insert, 5, created_at);
          if (!tf_store_step_done (run->store, insert, error))
            return FALSE;
          run->staff[i].id = sqlite3_last_insert_rowid (tf_store_get_db (run->store));
        }

      if (g_str_equal (person->role, "coordinator") && run->n_coordinators < G_N_ELEMENTS (run->coordinators))
        {
          /* UngNorddjurs coordinates most cases */
          run->coordinator_weights[run->n_coordinators] =
            g_str_equal (person->organisation_code, "ungnorddjurs") ? 40 : 20;
          run->coordinators[run->n_coordinators++] = i;
        }
    }
  g_assert (run->n_coordinators > 0);

  for (guint s = 0; s < _tf_demo_n_note_sources; s++)
    {
      const TfDemoNoteSource *source = &_tf_demo_note_sources[s];
      const char *area = organisation_area (source->organisation_code);

      run->source_weights[s] = source->weight;
      /* The coordinators' own notes belong to no work area */
      run->source_area[s] = g_strcmp0 (area, "coordination") == 0 ? NULL : area;
      for (guint i = 0; i < _tf_demo_n_staff && run->source_n_staff[s] < G_N_ELEMENTS (run->source_staff[s]); i++)
        if (g_str_equal (_tf_demo_staff[i].organisation_code, source->organisation_code))
          run->source_staff[s][run->source_n_staff[s]++] = i;
      g_assert (run->source_n_staff[s] > 0);
    }
  return TRUE;
}

static gboolean
load_used_cprs (Run     *run,
                GError **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (run->store,
    "SELECT cpr FROM young_person WHERE cpr IS NOT NULL", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 value = g_ascii_strtoll ((const char *) sqlite3_column_text (stmt, 0), NULL, 10);
      g_hash_table_add (run->used_cpr, g_memdup2 (&value, sizeof value));
    }
  return rc == SQLITE_DONE || tf_store_set_error (run->store, error);
}

/* A well-formed, unused CPR number for the birth date: the 7th digit gives
 * the right century (tf_cpr_century_year), the last digit follows the old
 * odd/even custom. Collisions move on to the next serial, deterministically. */
static gboolean
make_cpr (Run            *run,
          Rng            *rng,
          const CasePlan *plan,
          char            out[16])
{
  int y, m, d, yy;
  int allowed[10];
  guint n_allowed = 0, first, serial;
  int parity = plan->gender == TF_GENDER_BOY ? 1 : 0;

  civil_from_days (plan->birth, &y, &m, &d);
  yy = y % 100;
  for (int digit = 0; digit < 10; digit++)
    if (tf_cpr_century_year (yy, digit) == y)
      allowed[n_allowed++] = digit;
  if (n_allowed == 0)
    return FALSE;

  first = rng_below (rng, n_allowed);
  serial = rng_below (rng, 500);
  for (guint a = 0; a < n_allowed; a++)
    {
      int digit = allowed[(first + a) % n_allowed];

      for (guint s = 0; s < 500; s++)
        {
          /* 7 is prime to 500, so this visits every serial once */
          guint last3 = ((serial + s * 7) % 500) * 2 + (guint) parity;
          gint64 value = ((gint64) (d * 10000 + m * 100 + yy)) * 10000 + digit * 1000 + last3;

          if (!g_hash_table_contains (run->used_cpr, &value))
            {
              g_hash_table_add (run->used_cpr, g_memdup2 (&value, sizeof value));
              g_snprintf (out, 16, "%02d%02d%02d%d%03u", d, m, yy, digit, last3);
              return TRUE;
            }
        }
    }
  return FALSE;
}

static void
make_mobile (Rng  *rng,
             char  out[16])
{
  const char *prefix = _tf_demo_mobile_prefixes[rng_below (rng, _tf_demo_n_mobile_prefixes)];
  /* One draw per statement: the order of arguments is unspecified in C */
  guint a = rng_below (rng, 100);
  guint b = rng_below (rng, 100);
  guint c = rng_below (rng, 100);

  g_snprintf (out, 16, "%s %02u %02u %02u", prefix, a, b, c);
}

/* "mette.aagaard@eksempel.dk": lower-case ASCII, the way Danes spell their
 * names in addresses. eksempel.dk keeps the addresses fictional. */
static void
make_email (const char *first,
            const char *last,
            int         number,
            char        out[96])
{
  GString *s = g_string_sized_new (64);
  const char *parts[] = { first, ".", last };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    for (const char *p = parts[i]; *p != '\0'; p = g_utf8_next_char (p))
      {
        gunichar c = g_unichar_tolower (g_utf8_get_char (p));

        switch (c)
          {
          case 0xE6: g_string_append (s, "ae"); break;   /* æ */
          case 0xF8: g_string_append (s, "oe"); break;   /* ø */
          case 0xE5: g_string_append (s, "aa"); break;   /* å */
          case 0xE4: g_string_append (s, "ae"); break;   /* ä */
          case 0xF6: g_string_append (s, "oe"); break;   /* ö */
          case 0xE9: g_string_append_c (s, 'e'); break;  /* é */
          default:
            if (c < 128 && (g_ascii_isalnum ((char) c) || c == '.' || c == '-'))
              g_string_append_c (s, (char) c);
            break;
          }
      }
  if (number > 0)
    g_string_append_printf (s, "%d", number);
  g_string_append (s, "@eksempel.dk");
  g_strlcpy (out, s->str, 96);
  g_string_free (s, TRUE);
}

typedef struct
{
  const char *school;
  char        school_class[48];
} Schooling;

static void
choose_school (Run              *run,
               Rng              *rng,
               const CasePlan   *plan,
               const TfDemoTown *town,
               Schooling        *out)
{
  int y, m, d, grade;
  char letter;

  civil_from_days (plan->birth, &y, &m, &d);
  grade = run->school_year - y - 6;
  if (rng_chance (rng, 0.06))
    grade--;   /* started a year late or repeated one */
  letter = (char) ('a' + rng_below (rng, town->weight >= 50 ? 4 : 2));
  out->school_class[0] = '\0';

  if (grade >= 10 && plan->age >= 16 && (grade >= 11 || rng_chance (rng, 0.35)))
    {
      const TfDemoEducation *education;

      /* Out of school: most in a youth education, some in nothing yet */
      if (rng_chance (rng, 0.15))
        {
          out->school = NULL;
          return;
        }
      education = &_tf_demo_youth_education[rng_below (rng, _tf_demo_n_youth_education)];
      out->school = education->school;
      if (grade < 12 && g_str_equal (education->school_class, "2.g"))
        g_strlcpy (out->school_class, "1.g", sizeof out->school_class);
      else
        g_strlcpy (out->school_class, education->school_class, sizeof out->school_class);
    }
  else if (grade >= 10)
    {
      out->school = TF_DEMO_SCHOOL_TENTH;
      g_snprintf (out->school_class, sizeof out->school_class, "10.%c", letter);
    }
  else if (grade >= 7)
    {
      double u = rng_unit (rng);

      if (u < 0.08)
        {
          out->school = TF_DEMO_SCHOOL_FULL_TIME;
          g_snprintf (out->school_class, sizeof out->school_class, "%d. klasse", grade);
        }
      else if (u < 0.12)
        {
          out->school = TF_DEMO_SCHOOL_SPECIAL;
          g_snprintf (out->school_class, sizeof out->school_class, "%d. klasse", grade);
        }
      else
        {
          out->school = town->school_upper_alt != NULL && rng_chance (rng, 0.45)
                        ? town->school_upper_alt : town->school_upper;
          g_snprintf (out->school_class, sizeof out->school_class, "%d.%c", grade, letter);
        }
    }
  else
    {
      out->school = town->school_middle;
      g_snprintf (out->school_class, sizeof out->school_class, "%d.%c", MAX (grade, 5), letter);
    }
}

static guint
pick_coordinator (Run *run,
                  Rng *rng)
{
  return run->coordinators[rng_weighted (rng, run->coordinator_weights, run->n_coordinators)];
}

static gboolean
insert_guardian (Run         *run,
                 Rng         *rng,
                 gint64       young_person_id,
                 int          position,
                 const char  *first,
                 const char  *last,
                 const char  *relation,
                 gboolean     has_custody,
                 GError     **error)
{
  TfStmt *stmt = run->insert_guardian;
  char name[128], phone[16], email[96];

  g_snprintf (name, sizeof name, "%s %s", first, last);
  make_mobile (rng, phone);
  sqlite3_bind_int64 (stmt, 1, young_person_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, relation, -1, SQLITE_STATIC);
  if (rng_chance (rng, 0.95))
    sqlite3_bind_text (stmt, 5, phone, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 5);
  if (rng_chance (rng, 0.40))
    {
      make_email (first, last, rng_chance (rng, 0.3) ? rng_range (rng, 1, 99) : 0, email);
      sqlite3_bind_text (stmt, 6, email, -1, SQLITE_STATIC);
    }
  else
    sqlite3_bind_null (stmt, 6);
  sqlite3_bind_int (stmt, 7, has_custody ? 1 : 0);
  return step (run, stmt, error);
}

static gboolean
insert_guardians (Run         *run,
                  Rng         *rng,
                  gint64       young_person_id,
                  const char  *child_last,
                  GError     **error)
{
  double u = rng_unit (rng);
  const char *mother = rng_pick_common (rng, &_tf_demo_mother_names);
  const char *father = rng_pick_common (rng, &_tf_demo_father_names);
  const char *mother_last = rng_chance (rng, 0.65) ? child_last : rng_pick_common (rng, &_tf_demo_last_names);
  const char *father_last = rng_chance (rng, 0.85) ? child_last : rng_pick_common (rng, &_tf_demo_last_names);

  if (u < 0.58)
    {
      /* Both parents */
      return insert_guardian (run, rng, young_person_id, 1, mother, mother_last, "mother", TRUE, error) &&
             insert_guardian (run, rng, young_person_id, 2, father, father_last, "father", TRUE, error);
    }
  if (u < 0.79)
    return insert_guardian (run, rng, young_person_id, 1, mother, mother_last, "mother", TRUE, error);
  if (u < 0.92)
    return insert_guardian (run, rng, young_person_id, 1, father, father_last, "father", TRUE, error);

  /* In foster care: the parent keeps custody, the foster parent is the daily contact */
  {
    const char *foster = rng_chance (rng, 0.5) ? rng_pick_common (rng, &_tf_demo_mother_names)
                                               : rng_pick_common (rng, &_tf_demo_father_names);
    const char *foster_last = rng_pick_common (rng, &_tf_demo_last_names);

    return insert_guardian (run, rng, young_person_id, 1, mother, mother_last, "mother", TRUE, error) &&
           insert_guardian (run, rng, young_person_id, 2, foster, foster_last, "foster-parent", FALSE, error);
  }
}

static void
build_referral_reason (Rng            *rng,
                       const CasePlan *plan,
                       const Subject  *who,
                       Text           *t)
{
  const TfDemoList *groups[3] = { &_tf_demo_worries_school, &_tf_demo_worries_police, &_tf_demo_worries_home };
  guint weights[3];
  guint n_worries = rng_chance (rng, 0.55) ? 2 : 1;
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
  text_append_sentence (t, rng_pick (rng, &_tf_demo_referral_openings[plan->source]), who, rng);
  for (guint i = 0; i < n_worries; i++)
    {
      const char *worry = rng_pick (rng, groups[rng_weighted (rng, weights, 3)]);

      if (worry == previous)
        continue;
      text_append_sentence (t, worry, who, rng);
      previous = worry;
    }
}

static const char *
history_reason (Rng            *rng,
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
  text_append_template (t, rng_pick (rng, list), who, rng);
  return t->buf;
}

/* How many notes this case gets: the run's total spread over the cases by
 * their weights, so the average is exactly notes_per_case. */
static guint
notes_for_case (Run            *run,
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
      guint j = k + rng_below (rng, n_items - k);
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
static gboolean
flush_notes (Run     *run,
             GError **error)
{
  if (run->n_pending == NOTE_ROWS)
    {
      for (guint i = 0; i < NOTE_ROWS; i++)
        bind_note (run->insert_notes, 1 + 6 * (int) i, &run->pending[i]);
      if (!step (run, run->insert_notes, error))
        return FALSE;
    }
  else
    for (guint i = 0; i < run->n_pending; i++)
      {
        bind_note (run->insert_note, 1, &run->pending[i]);
        if (!step (run, run->insert_note, error))
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

static gboolean
insert_notes (Run            *run,
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
    days[i] = rng_range (rng, plan->days[0], plan->end);
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
          append_sentences (body, &_tf_demo_screening_notes, 1 + rng_below (rng, 2), who, rng);
        }
      else
        {
          guint s = rng_weighted (rng, run->source_weights, _tf_demo_n_note_sources);
          guint n_sentences = 1 + rng_weighted (rng, sentence_weights, G_N_ELEMENTS (sentence_weights));

          author = run->source_staff[s][rng_below (rng, run->source_n_staff[s])];
          area = run->source_area[s];
          append_sentences (body, &_tf_demo_note_sources[s].sentences, n_sentences, who, rng);
        }

      note->case_id = case_id;
      format_day (days[i], note->day);
      note->written_at = epoch_of (days[i]) + rng_range (rng, 8 * 3600, 16 * 3600);
      note->author_id = run->staff[author].id;
      note->area = area;
      if (run->n_pending == NOTE_ROWS && !flush_notes (run, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_young_person (Run      *run,
                     guint64   index,
                     GError  **error)
{
  CasePlan plan;
  Rng rng;
  Subject who;
  const TfDemoTown *town;
  guint town_weights[16];
  Schooling schooling;
  const char *first, *last, *street;
  char birth[11], referral[11], follow_up[11], closed_on[11];
  char cpr[16], phone[16], address[96];
  g_autofree char *name_for_key = NULL;
  g_autofree char *sort_key = NULL;
  gint64 young_person_id, case_id, created_at;
  guint coordinator;
  gboolean has_coordinator;
  gboolean is_open;
  Text reason;
  guint n_notes;

  plan_case (&run->plan, index, &plan);
  n_notes = notes_for_case (run, &plan, index);
  rng_init (&rng, run->plan.seed, index, STREAM_DETAILS);

  /* Who */
  first = rng_pick_common (&rng, plan.gender == TF_GENDER_GIRL ? &_tf_demo_girl_names : &_tf_demo_boy_names);
  last = rng_pick_common (&rng, &_tf_demo_last_names);
  who.first_name = first;
  who.girl = plan.gender == TF_GENDER_GIRL;
  name_for_key = g_strconcat (last, " ", first, NULL);
  sort_key = tf_collate_key_da (name_for_key);
  format_day (plan.birth, birth);
  format_day (plan.days[0], referral);

  /* Where */
  for (guint i = 0; i < _tf_demo_n_towns; i++)
    town_weights[i] = _tf_demo_towns[i].weight;
  town = &_tf_demo_towns[rng_weighted (&rng, town_weights, _tf_demo_n_towns)];
  street = rng_pick (&rng, &town->streets);
  if (town->flats && rng_chance (&rng, 0.35))
    {
      static const char * const floors[] = { "st. th.", "st. tv.", "1. th.", "1. tv.", "2. th.", "2. tv.", "3. mf." };
      int number = rng_range (&rng, 1, 140);
      const char *floor_side = floors[rng_below (&rng, G_N_ELEMENTS (floors))];

      g_snprintf (address, sizeof address, "%s %d, %s", street, number, floor_side);
    }
  else
    g_snprintf (address, sizeof address, "%s %d", street, rng_range (&rng, 1, 60));
  choose_school (run, &rng, &plan, town, &schooling);

  created_at = epoch_of (plan.days[0]) + rng_range (&rng, 8 * 3600, 15 * 3600);

  {
    TfStmt *stmt = run->insert_young_person;
    gboolean has_cpr = make_cpr (run, &rng, &plan, cpr);
    gboolean has_phone = plan.age >= 13 && rng_chance (&rng, 0.65);

    make_mobile (&rng, phone);
    sqlite3_bind_text (stmt, 1, first, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 2, last, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 3, sort_key, -1, SQLITE_STATIC);
    if (has_cpr)
      sqlite3_bind_text (stmt, 4, cpr, 10, SQLITE_STATIC);
    else
      sqlite3_bind_null (stmt, 4);
    sqlite3_bind_text (stmt, 5, birth, 10, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 6, tf_gender_to_id (plan.gender), -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 7, address, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 8, town->postcode, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 9, town->city, -1, SQLITE_STATIC);
    if (schooling.school != NULL)
      sqlite3_bind_text (stmt, 10, schooling.school, -1, SQLITE_STATIC);
    else
      sqlite3_bind_null (stmt, 10);
    if (schooling.school_class[0] != '\0')
      sqlite3_bind_text (stmt, 11, schooling.school_class, -1, SQLITE_STATIC);
    else
      sqlite3_bind_null (stmt, 11);
    if (has_phone)
      sqlite3_bind_text (stmt, 12, phone, -1, SQLITE_STATIC);
    else
      sqlite3_bind_null (stmt, 12);
    sqlite3_bind_int64 (stmt, 13, created_at);
    if (!step (run, stmt, error))
      return FALSE;
    young_person_id = sqlite3_last_insert_rowid (tf_store_get_db (run->store));
  }

  if (!insert_guardians (run, &rng, young_person_id, last, error))
    return FALSE;

  /* The case */
  coordinator = pick_coordinator (run, &rng);
  has_coordinator = plan.status != TF_CASE_STATUS_REFERRED;   /* given at the screening */
  is_open = tf_case_status_is_open (plan.status);
  build_referral_reason (&rng, &plan, &who, &reason);

  {
    TfStmt *stmt = run->insert_case;
    gint32 last_step = plan.days[plan.n_steps - 1];

    sqlite3_bind_int64 (stmt, 1, young_person_id);
    sqlite3_bind_text (stmt, 2, tf_case_status_to_id (plan.status), -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 3, referral, 10, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 4, tf_referral_source_to_id (plan.source), -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 5, reason.buf, (int) reason.len, SQLITE_STATIC);
    if (has_coordinator)
      sqlite3_bind_int64 (stmt, 6, run->staff[coordinator].id);
    else
      sqlite3_bind_null (stmt, 6);
    if (is_open)
      {
        /* Some follow-ups overdue, some today, most within two months */
        double u = rng_unit (&rng);
        int offset = u < 0.12 ? -rng_range (&rng, 1, 20) : u < 0.18 ? 0 : rng_range (&rng, 1, 60);
        gint32 day = run->plan.today + offset;

        if (day < last_step)
          day = run->plan.today;
        format_day (day, follow_up);
        sqlite3_bind_text (stmt, 7, follow_up, 10, SQLITE_STATIC);
      }
    else
      sqlite3_bind_null (stmt, 7);
    if (plan.status == TF_CASE_STATUS_CLOSED)
      {
        format_day (last_step, closed_on);
        sqlite3_bind_text (stmt, 8, closed_on, 10, SQLITE_STATIC);
        sqlite3_bind_text (stmt, 9, _tf_demo_closing_reasons[plan.closing].id, -1, SQLITE_STATIC);
      }
    else
      {
        sqlite3_bind_null (stmt, 8);
        sqlite3_bind_null (stmt, 9);
      }
    sqlite3_bind_text (stmt, 10, sort_key, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 11, birth, 10, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 12, has_coordinator ? run->staff[coordinator].sort_key : "", -1, SQLITE_STATIC);
    sqlite3_bind_int64 (stmt, 13, created_at);
    sqlite3_bind_int64 (stmt, 14, epoch_of (last_step) + rng_range (&rng, 9 * 3600, 15 * 3600));
    if (!step (run, stmt, error))
      return FALSE;
    case_id = sqlite3_last_insert_rowid (tf_store_get_db (run->store));
  }

  /* Its history, one row per step, each by the coordinator */
  for (guint i = 0; i < plan.n_steps; i++)
    {
      TfStmt *stmt = run->insert_history;
      char day[11];
      const char *why = history_reason (&rng, &plan, i, &who, &run->text);

      format_day (plan.days[i], day);
      sqlite3_bind_int64 (stmt, 1, case_id);
      sqlite3_bind_text (stmt, 2, tf_case_status_to_id (plan.steps[i]), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, day, 10, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 4, i == 0 ? created_at
                                          : epoch_of (plan.days[i]) + rng_range (&rng, 9 * 3600, 15 * 3600));
      sqlite3_bind_int64 (stmt, 5, run->staff[coordinator].id);
      if (why != NULL)
        sqlite3_bind_text (stmt, 6, why, -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (stmt, 6);
      if (!step (run, stmt, error))
        return FALSE;
    }

  return insert_notes (run, &rng, &plan, &who, case_id, coordinator, n_notes, error);
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
    "                   birth_date, coordinator_key, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)", error);
  if (run->insert_case == NULL)
    return FALSE;
  run->insert_history = tf_store_prepare (run->store,
    "INSERT INTO case_status_history (case_id, status, valid_from, changed_at, staff_id, reason) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
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
  *out = days_from_civil (y, m, d);
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
      run->plan.birth_hi[age - MIN_AGE] = add_years (run->plan.today, -age);
      run->plan.birth_lo[age - MIN_AGE] = add_years (run->plan.today, -(age + 1)) + 1;
    }
  civil_from_days (run->plan.today, &y, &m, &d);
  run->school_year = m >= 8 ? y : y - 1;
  run->used_cpr = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  run->n_young_people = young_people;
  run->notes_target = (guint64) young_people * (notes_per_case > 0 ? notes_per_case : DEFAULT_NOTES_PER_CASE);

  /* First pass: the note weights of all cases, so the notes add up exactly */
  for (guint64 i = 0; i < young_people; i++)
    {
      CasePlan plan;

      plan_case (&run->plan, i, &plan);
      run->weight_total += plan.note_weight;
    }

  if (!load_used_cprs (run, &local_error))
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
      if ((!any_committed && !ensure_staff (run, &local_error)) ||
          !prepare_statements (run, &local_error))
        {
          ok = FALSE;
          release_statements (run);
          break;
        }
      for (guint64 i = done; i < end && ok; i++)
        ok = insert_young_person (run, i, &local_error);
      if (ok)
        ok = flush_notes (run, &local_error);
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
