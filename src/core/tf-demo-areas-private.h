/* tf-demo-areas-private.h — what the parts of the work-area demo data share
 *
 * tf_demo_fill_areas() (tf-demo-areas.c) runs the batches; the parts it calls
 * are tf-demo-areas-rng.c (random streams and days),
 * tf-demo-areas-plan.c (the registry and the cases, read once into plain
 * arrays), tf-demo-areas-values.c (a record's field values) and
 * tf-demo-areas-rows.c (the records, interventions and measurements of one
 * case).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-day-private.h"

#include "tf-demo-areas.h"
#include "tf-store-private.h"

G_BEGIN_DECLS

#define SHARE_OF_CASES        0.85
#define MAX_RECORDS_PER_FORM  3
#define MAX_INTERVENTIONS     2
#define MIN_MONTHS            3
#define MAX_MONTHS            12
#define PLANNED_COST_MIN      5000    /* kroner */
#define PLANNED_COST_MAX      60000
#define LATER_DATE_SLACK      60      /* days past today for dates after the record's, open cases */

/* ---------------------------------------------------------------------- */
/* Random numbers: SplitMix64, one stream per case and purpose */

typedef struct
{
  guint64 state;
} Rng;

enum
{
  STREAM_CASE,        /* whether the case gets area data at all */
  STREAM_AREA,        /* an area's records and interventions for one case */
  STREAM_INDICATOR,   /* an indicator's measurements for one case */
};

guint64      _tf_demo_areas_hash_id         (const char *id);
void         _tf_demo_areas_rng_init        (Rng        *rng,
                                             guint32     seed,
                                             gint64      case_id,
                                             guint       stream,
                                             guint64     salt);
guint        _tf_demo_areas_rng_below       (Rng        *rng,
                                             guint       n);
int          _tf_demo_areas_rng_range       (Rng        *rng,
                                             int         lo,
                                             int         hi);
double       _tf_demo_areas_rng_unit        (Rng        *rng);
gboolean     _tf_demo_areas_rng_chance      (Rng        *rng,
                                             double      p);
guint        _tf_demo_areas_rng_weighted    (Rng         *rng,
                                             const guint *weights,
                                             guint        n);

/* ---------------------------------------------------------------------- */
/* The registry, read once into plain arrays */

typedef struct
{
  const char         *id;
  TfFieldType         type;
  gboolean            required;
  double              min;
  double              max;
  const char * const *demo;        /* the Demo= strings */
  guint               n_demo;
  double             *demo_numbers; /* NUMBER, MONEY (kroner), SCALE: the same, parsed */
  const char * const *choices;
  guint               n_choices;
  const char         *fallback;    /* a required text with no Demo= gets its label */
} FieldPlan;

typedef struct
{
  const char *id;
  const char *budget_area;
  gboolean    single;
  FieldPlan  *fields;
  guint       n_fields;
  int         date_index;          /* the form's date field, or -1 */
} FormPlan;

typedef struct
{
  const char *id;
  double      min;
  double      max;
  double      low;                 /* the Demo= range, else min..max */
  double      high;
  int         decimals;
  gboolean    higher_is_better;
} IndicatorPlan;

typedef struct
{
  TfArea        *area;             /* owned: keeps every string below alive */
  const char    *id;
  guint64        salt;
  FormPlan      *records;
  guint          n_records;
  FormPlan      *interventions;
  guint          n_interventions;
  IndicatorPlan *indicators;
  guint          n_indicators;
  GArray        *staff;            /* gint64: the area's own staff, else everyone */
} AreaPlan;

void         _tf_demo_areas_area_plan_init  (AreaPlan   *plan,
                                             TfArea     *area);
void         _tf_demo_areas_area_plan_clear (AreaPlan   *plan);

/* ---------------------------------------------------------------------- */
/* The cases, read once */

typedef struct
{
  gint64   id;
  gint32   start;        /* the referral */
  gint32   end;          /* closed, declined or not relevant on; else today */
  gint32   work_from;    /* accepted, in process or active on; -1 if never */
  gboolean open;         /* still runs today */
} CaseSpan;

typedef struct
{
  TfSession     *session;
  TfStore       *store;
  guint32        seed;
  gint32         today;

  AreaPlan      *areas;
  guint          n_areas;
  GArray        *cases;          /* CaseSpan */

  TfStmt        *insert_record;
  TfStmt        *insert_value;
  TfFormValues  *values;         /* the record being written */

  guint64        n_cases_filled;
  guint64        n_records;
  guint64        n_interventions;
  guint64        n_values;
} Run;

/* Each area's staff; with no staff in the store, the person at the desk. */
gboolean     _tf_demo_areas_load_staff      (Run        *run,
                                             GError    **error);
/* Each case's span from its referral date, its status and its history. */
gboolean     _tf_demo_areas_load_cases      (Run        *run,
                                             GError    **error);

/* ---------------------------------------------------------------------- */
/* Values */

gint64       _tf_demo_areas_pick_staff      (const AreaPlan *area,
                                             Rng            *rng);
double       _tf_demo_areas_round_to        (double          value,
                                             int             decimals);
/* Fills @run->values for one record of @form dated @day. */
void         _tf_demo_areas_fill_values     (Run            *run,
                                             const AreaPlan *area,
                                             const FormPlan *form,
                                             Rng            *rng,
                                             gint32          day,
                                             gint32          first,
                                             gint32          last);

/* ---------------------------------------------------------------------- */
/* Rows */

/* The records, interventions and measurements of one case, if it gets any. */
gboolean     _tf_demo_areas_fill_case       (Run            *run,
                                             const CaseSpan *span,
                                             GError        **error);

G_END_DECLS
