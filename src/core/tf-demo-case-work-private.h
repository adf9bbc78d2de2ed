/* tf-demo-case-work-private.h — what the parts of the case-work demo share
 *
 * tf_demo_fill_case_work() (tf-demo-case-work.c) loads the fixed lists and
 * runs the batches; tf-demo-case-work-rows.c writes one case's consents,
 * assessments and action plans; tf-demo-case-work-texts.c holds the Danish
 * words they are written in.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-demo-private.h"

G_BEGIN_DECLS

#define CW_N_DOMAINS        8     /* the built-in assessment domains */
#define CW_MAX_ASSESSMENTS  16
#define CW_MAX_PLANS        16
#define CW_MAX_GOALS        6
#define CW_MAX_GUARDIANS    4
#define CW_MAX_INTERVENTIONS 12

/* The built-in domains, in the schema's order */
enum
{
  DOMAIN_SCHOOL,
  DOMAIN_LEISURE,
  DOMAIN_FAMILY,
  DOMAIN_BEHAVIOUR,
  DOMAIN_EMOTIONAL,
  DOMAIN_SUBSTANCES,
  DOMAIN_NETWORK,
  DOMAIN_PRACTICAL,
};

extern const char * const _tf_demo_cw_domain_codes[CW_N_DOMAINS];

/* The member organisations by code, as the schema inserts them */
enum
{
  ORG_MYNDIGHED,
  ORG_FTI,
  ORG_FAMILIEHUSET,
  ORG_ALMENSKOLE,
  ORG_HELTIDSUNDERVISNINGEN,
  ORG_UNGEINDSATSEN,
  ORG_UNGDOMSKONSULENTERNE,
  ORG_UNGNORDDJURS,
  ORG_POLITI,
  ORG_RUSMIDDELCENTER,
  ORG_SSP,
  N_ORGS
};

extern const char * const _tf_demo_cw_org_codes[N_ORGS];

/* The built-in factors by code */
#define CW_N_FACTORS 16
extern const char * const _tf_demo_cw_factor_codes[CW_N_FACTORS];

/* ---------------------------------------------------------------------- */
/* Texts (tf-demo-case-work-texts.c) */

extern const TfDemoList _tf_demo_cw_domain_names;          /* lower case, by domain */
extern const TfDemoList _tf_demo_cw_goals[CW_N_DOMAINS];
extern const TfDemoList _tf_demo_cw_notes[CW_N_DOMAINS][3]; /* red, yellow, green */
extern const TfDemoList _tf_demo_cw_reasoning_first[3];     /* by risk level low, moderate, high */
extern const TfDemoList _tf_demo_cw_reasoning_better;
extern const TfDemoList _tf_demo_cw_reasoning_worse;
extern const TfDemoList _tf_demo_cw_reasoning_same;
extern const TfDemoList _tf_demo_cw_reasoning_protective;
extern const TfDemoList _tf_demo_cw_young_person_words;
extern const TfDemoList _tf_demo_cw_guardians_words;
extern const TfDemoList _tf_demo_cw_revision_notes;
extern const TfDemoList _tf_demo_cw_domain_reasons;
extern const TfDemoList _tf_demo_cw_consent_notes;
extern const TfDemoList _tf_demo_cw_withdrawn_notes;

typedef struct
{
  const char *first_name;
  gboolean    girl;
  const char *domain;         /* for {d} */
} CwWords;

/* Appends @template to @t with {n} the first name, {d} the domain, {han}
 * / {Han} / {ham} the pronoun. */
void         _tf_demo_cw_append      (Text           *t,
                                      const char     *template,
                                      const CwWords  *words);

/* ---------------------------------------------------------------------- */
/* The run */

typedef struct
{
  gint64       id;
  gint64       young_person_id;
  gint64       coordinator_id;     /* 0: none */
  TfCaseStatus status;
  gint32       referral;
  gint32       screened;           /* judged relevant on; -1 */
  gint32       accepted;           /* -1 if never */
  gint32       paused_from;        /* the current pause began; -1 */
  gint32       end;                /* closed on, or today */
  gboolean     open;
  char         closing[24];        /* closing reason id, or "" */
  char         first_name[64];
  gboolean     girl;
} CwCase;

typedef struct
{
  TfSession   *session;
  TfStore     *store;
  guint32      seed;
  gint32       today;

  gint64       domains[CW_N_DOMAINS];      /* 0: missing */
  gint64       factors[CW_N_FACTORS];      /* 0: missing */
  gint64       orgs[N_ORGS];               /* 0: missing */
  GArray      *org_staff[N_ORGS];          /* gint64 */
  gint64       fallback_staff;             /* the person at the desk; 0 */

  TfStmt      *select_history;
  TfStmt      *select_guardians;
  TfStmt      *select_interventions;
  TfStmt      *insert_consent;
  TfStmt      *insert_consent_org;
  TfStmt      *insert_assessment;
  TfStmt      *insert_score;
  TfStmt      *insert_mark;
  TfStmt      *insert_plan;
  TfStmt      *insert_goal;
  TfStmt      *set_goal_key;
  TfStmt      *insert_goal_intervention;
  TfStmt      *insert_domain_reason;

  guint64      n_cases;
  guint64      n_consents;
  guint64      n_assessments;
  guint64      n_plans;

  Text         text;
} CwRun;

typedef struct
{
  gint32 day;
  int    score[CW_N_DOMAINS];
  int    risk;                   /* 0 low, 1 moderate, 2 high */
} Assessment;

typedef enum
{
  TREND_IMPROVE,
  TREND_HOLD,
  TREND_WORSEN,
  TREND_STRONG,                  /* closed with the goals reached */
} Trend;

gint64       _tf_demo_cw_last_id     (CwRun          *run);
gint64       _tf_demo_cw_at_work_hours (Rng          *rng,
                                      gint32          day);
void         _tf_demo_cw_bind_day    (TfStmt         *stmt,
                                      int             column,
                                      gint32          day);
void         _tf_demo_cw_bind_author (CwRun          *run,
                                      TfStmt         *stmt,
                                      int             column,
                                      CwCase         *c);
/* The consents of a case from its acceptance on (tf-demo-case-work-consent.c) */
gboolean     _tf_demo_cw_write_consents (CwRun       *run,
                                      Rng            *rng,
                                      CwCase         *c,
                                      GError        **error);
/* The versions of its action plan (tf-demo-case-work-plans.c) */
gboolean     _tf_demo_cw_write_plans (CwRun          *run,
                                      Rng            *rng,
                                      CwCase         *c,
                                      Trend           trend,
                                      const Assessment *a,
                                      guint           n,
                                      GError        **error);

gboolean     _tf_demo_cw_step        (CwRun          *run,
                                      TfStmt         *stmt,
                                      GError        **error);
/* Completes @c from its history and writes its case work. */
gboolean     _tf_demo_cw_fill_case   (CwRun          *run,
                                      CwCase         *c,
                                      GError        **error);

G_END_DECLS
