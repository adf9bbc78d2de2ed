/* tf-demo-private.h — what the parts of the demo-data generator share
 *
 * tf_demo_fill() (tf-demo.c) runs the batches; the parts it calls are
 * tf-demo-rng.c (random streams), tf-demo-plan.c (each case's plan and the
 * days it happens on), tf-demo-staff.c (organisations and staff),
 * tf-demo-people.c (young people, guardians, cases and their history) and
 * tf-demo-notes.c (reasons and journal notes). The word lists they draw
 * from are in tf-demo-names.h.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-day-private.h"

#include "tf-case-status.h"
#include "tf-demo-names.h"
#include "tf-session.h"
#include "tf-store-private.h"

G_BEGIN_DECLS

#define MIN_AGE                 12
#define MAX_AGE                 17
#define MAX_STEPS               12
#define TEXT_SIZE               1536
#define NOTE_ROWS               64    /* notes per INSERT: see _tf_demo_flush_notes() */

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
  STREAM_MOTIVATION,/* the motivation category and its changes */
  STREAM_CASE_WORK, /* consent, assessments, action plans (by case id) */
};

void         _tf_demo_rng_init        (Rng              *rng,
                                       guint32           seed,
                                       guint64           index,
                                       guint             stream);
guint        _tf_demo_rng_below       (Rng              *rng,
                                       guint             n);
int          _tf_demo_rng_range       (Rng              *rng,
                                       int               lo,
                                       int               hi);
double       _tf_demo_rng_unit        (Rng              *rng);
gboolean     _tf_demo_rng_chance      (Rng              *rng,
                                       double            p);
guint        _tf_demo_rng_weighted    (Rng              *rng,
                                       const guint      *weights,
                                       guint             n);
const char  *_tf_demo_rng_pick        (Rng              *rng,
                                       const TfDemoList *list);
const char  *_tf_demo_rng_pick_common (Rng              *rng,
                                       const TfDemoList *list);

/* ---------------------------------------------------------------------- */
/* Days (see tf-day-private.h) */

gint32       _tf_demo_add_years       (gint32            day,
                                       int               years);

/* ---------------------------------------------------------------------- */
/* Text built in a fixed buffer */

typedef struct
{
  char  buf[TEXT_SIZE];
  gsize len;
} Text;

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

/* ---------------------------------------------------------------------- */
/* The plan of one case: who, when, and its way through the funnel */

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
  int               motivation_step;  /* the step it was set at; -1: not used */
  int               motivation;       /* 1–3 at the screening */
  int               motivation_later; /* 1–3 when it changed later; else 0 */
  gint32            motivation_day;   /* the day it changed */
} CasePlan;

typedef struct
{
  guint32 seed;
  gint32  today;
  gint32  earliest;                   /* today - HISTORY_DAYS (tf-demo.c) */
  gint32  birth_lo[MAX_AGE - MIN_AGE + 1];
  gint32  birth_hi[MAX_AGE - MIN_AGE + 1];
} PlanContext;

void         _tf_demo_plan_case       (const PlanContext *ctx,
                                       guint64            index,
                                       CasePlan          *plan);

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

/* sqlite3_step() and reset; FALSE with @error set when the step failed. */
gboolean     _tf_demo_step                  (Run               *run,
                                             TfStmt            *stmt,
                                             GError           **error);

gboolean     _tf_demo_ensure_staff          (Run               *run,
                                             GError           **error);
guint        _tf_demo_pick_coordinator      (Run               *run,
                                             Rng               *rng);

/* The CPR numbers already in the store, so new ones differ from them. */
gboolean     _tf_demo_load_used_cprs        (Run               *run,
                                             GError           **error);
/* Young person number @index with guardians, case, history and notes. */
gboolean     _tf_demo_insert_young_person   (Run               *run,
                                             guint64            index,
                                             GError           **error);

void         _tf_demo_build_referral_reason (Rng               *rng,
                                             const CasePlan    *plan,
                                             const Subject     *who,
                                             Text              *t);
/* The reason written with step @step_index of the history, in @t; NULL
 * for a step that needs none. */
const char  *_tf_demo_history_reason        (Rng               *rng,
                                             const CasePlan    *plan,
                                             guint              step_index,
                                             const Subject     *who,
                                             Text              *t);
guint        _tf_demo_notes_for_case        (Run               *run,
                                             const CasePlan    *plan,
                                             guint64            index);
gboolean     _tf_demo_insert_notes          (Run               *run,
                                             Rng               *rng,
                                             const CasePlan    *plan,
                                             const Subject     *who,
                                             gint64             case_id,
                                             guint              coordinator,
                                             guint              n_notes,
                                             GError           **error);
/* Writes the notes still pending; tf_demo_fill() calls it at the end of a batch. */
gboolean     _tf_demo_flush_notes           (Run               *run,
                                             GError           **error);

G_END_DECLS
