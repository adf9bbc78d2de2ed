/* tf-demo-areas.c — demo data for the work areas in the registry
 *
 * After tf_demo_fill() has laid out the young people, their cases and the
 * cases' histories, this fills in what the work areas keep, for whichever
 * areas the enabled plugins registered. It knows no area by name: it reads
 * each area's forms, fields, sample values (Demo=) and indicators, and
 *
 *  - for most cases (about 85 %) that have no work-area data yet, for
 *    every area, writes records of the area's record forms: exactly one of
 *    a single form (the area's details card), 0–3 of the others, and never
 *    leaves an area empty;
 *  - for cases that reached the work (accepted, in process or active), adds
 *    0–2 of the area's interventions with a plausible status, period and
 *    cost (planned 5,000–60,000 kr., the actual cost within it);
 *  - measures each of the area's indicators monthly for 3–12 months,
 *    drifting from a start value towards better or, for some, worse.
 *
 * Field values come from the field's Demo= list; without one, numbers are
 * drawn within the bounds, yes/no at random, choices among the choice ids,
 * scales 0–10, staff among the staff of the organisations whose area is the
 * area's id (else among everyone). The text, choice and yes/no samples of
 * one record come from the same relative position in each list, so an area
 * file can keep its lists in step (a kind of contact and the text that fits
 * it); quantities are drawn on their own. The form's date field takes the
 * record's day, date fields before it in the file earlier days and those
 * after it later ones. Every record lies within the case's history.
 *
 * Deterministic: each case, area and indicator draws from its own random
 * stream, derived from the seed, the case id and the area's or indicator's
 * id, so the same seed on the same store gives the same rows whatever other
 * areas are enabled. Rows go in directly with prepared statements, a batch
 * of cases per transaction, with one audit event for the run.
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
#include "tf-demo-areas.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-store-private.h"

#define BATCH_SIZE            10000   /* cases per transaction: fewer WAL checkpoints */
#define STEP_SIZE             1000    /* cases between progress reports and cancel checks */
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

static guint64
mix64 (guint64 z)
{
  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

/* FNV-1a: a hash of an id that stays the same between runs and builds. */
static guint64
hash_id (const char *id)
{
  guint64 h = G_GUINT64_CONSTANT (0xCBF29CE484222325);

  for (const guchar *p = (const guchar *) id; *p != '\0'; p++)
    h = (h ^ *p) * G_GUINT64_CONSTANT (0x100000001B3);
  return h;
}

static void
rng_init (Rng     *rng,
          guint32  seed,
          gint64   case_id,
          guint    stream,
          guint64  salt)
{
  guint64 base = mix64 ((guint64) seed + G_GUINT64_CONSTANT (0x41726561734465));

  rng->state = mix64 (base + (guint64) case_id * G_GUINT64_CONSTANT (0xD1B54A32D192ED03)
                      + (guint64) stream * G_GUINT64_CONSTANT (0x8CB92BA72F3D8DD7)
                      + mix64 (salt));
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

/* ---------------------------------------------------------------------- */
/* Days since 1970-01-01 (proleptic Gregorian) */

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

static void
format_day (gint32 day,
            char   out[11])
{
  int y, m, d;

  civil_from_days (day, &y, &m, &d);
  g_snprintf (out, 11, "%04d-%02d-%02d", y, m, d);
}

static gboolean
parse_day (const char *iso,
           gint32     *out)
{
  int y, m, d;

  if (iso == NULL || !tf_iso_date_is_valid (iso) || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return FALSE;
  *out = days_from_civil (y, m, d);
  return TRUE;
}

static gint64
epoch_of (gint32 day)
{
  return (gint64) day * 86400;
}

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

static void
field_plan_init (FieldPlan *plan,
                 TfField   *field)
{
  const char * const *demo = tf_field_get_demo_values (field);
  double min = 0, max = 10;

  plan->id = tf_field_get_id (field);
  plan->type = tf_field_get_field_type (field);
  plan->required = tf_field_get_required (field);
  plan->demo = demo;
  plan->n_demo = demo != NULL ? g_strv_length ((char **) demo) : 0;

  switch (plan->type)
    {
    case TF_FIELD_MONEY:
      max = 10000;
      break;
    case TF_FIELD_NUMBER:
    case TF_FIELD_SCALE:
    default:
      break;
    }
  tf_field_get_min (field, &min);
  tf_field_get_max (field, &max);
  if (plan->type == TF_FIELD_SCALE)
    {
      min = MAX (min, 0);
      max = MIN (max, 10);
    }
  plan->min = min;
  plan->max = MAX (min, max);

  if (plan->n_demo > 0 &&
      (plan->type == TF_FIELD_NUMBER || plan->type == TF_FIELD_MONEY || plan->type == TF_FIELD_SCALE))
    {
      plan->demo_numbers = g_new (double, plan->n_demo);
      for (guint i = 0; i < plan->n_demo; i++)
        plan->demo_numbers[i] = g_ascii_strtod (demo[i], NULL);
    }

  if (plan->type == TF_FIELD_CHOICE)
    {
      plan->choices = tf_field_get_choice_ids (field);
      plan->n_choices = plan->choices != NULL ? g_strv_length ((char **) plan->choices) : 0;
    }
  if ((plan->type == TF_FIELD_TEXT || plan->type == TF_FIELD_LONG_TEXT) && plan->n_demo == 0)
    plan->fallback = tf_field_get_label (field);
}

static void
form_plan_init (FormPlan *plan,
                TfForm   *form)
{
  GListModel *fields = tf_form_get_fields (form);
  const char *date_field = tf_form_get_date_field (form);

  plan->id = tf_form_get_id (form);
  plan->budget_area = tf_form_get_budget_area (form);
  plan->single = tf_form_get_single (form);
  plan->n_fields = g_list_model_get_n_items (fields);
  plan->fields = g_new0 (FieldPlan, plan->n_fields);
  plan->date_index = -1;
  for (guint i = 0; i < plan->n_fields; i++)
    {
      g_autoptr(TfField) field = g_list_model_get_item (fields, i);

      field_plan_init (&plan->fields[i], field);
      if (date_field != NULL && g_str_equal (date_field, plan->fields[i].id) &&
          plan->fields[i].type == TF_FIELD_DATE)
        plan->date_index = (int) i;
    }
}

static void
form_plans_free (FormPlan *plans,
                 guint     n)
{
  for (guint i = 0; i < n; i++)
    {
      for (guint j = 0; j < plans[i].n_fields; j++)
        g_free (plans[i].fields[j].demo_numbers);
      g_free (plans[i].fields);
    }
  g_free (plans);
}

static void
indicator_plan_init (IndicatorPlan *plan,
                     TfIndicator   *indicator)
{
  double low, high;

  plan->id = tf_indicator_get_id (indicator);
  plan->min = tf_indicator_get_min (indicator);
  plan->max = tf_indicator_get_max (indicator);
  plan->decimals = tf_indicator_get_decimals (indicator);
  plan->higher_is_better = tf_indicator_get_higher_is_better (indicator);
  if (!tf_indicator_get_demo_range (indicator, &low, &high))
    {
      low = plan->min;
      high = plan->max;
    }
  plan->low = CLAMP (MIN (low, high), plan->min, plan->max);
  plan->high = CLAMP (MAX (low, high), plan->min, plan->max);
}

static void
area_plan_clear (AreaPlan *plan)
{
  form_plans_free (plan->records, plan->n_records);
  form_plans_free (plan->interventions, plan->n_interventions);
  g_free (plan->indicators);
  g_clear_pointer (&plan->staff, g_array_unref);
  g_clear_object (&plan->area);
}

static void
area_plan_init (AreaPlan *plan,
                TfArea   *area)
{
  GListModel *forms = tf_area_get_forms (area);
  GListModel *indicators = tf_area_get_indicators (area);
  guint n_forms = g_list_model_get_n_items (forms);

  plan->area = g_object_ref (area);
  plan->id = tf_area_get_id (area);
  plan->salt = hash_id (plan->id);
  plan->records = g_new0 (FormPlan, n_forms);
  plan->interventions = g_new0 (FormPlan, n_forms);
  for (guint i = 0; i < n_forms; i++)
    {
      g_autoptr(TfForm) form = g_list_model_get_item (forms, i);

      if (tf_form_get_category (form) == TF_FORM_INTERVENTION)
        form_plan_init (&plan->interventions[plan->n_interventions++], form);
      else
        form_plan_init (&plan->records[plan->n_records++], form);
    }

  plan->n_indicators = g_list_model_get_n_items (indicators);
  plan->indicators = g_new0 (IndicatorPlan, plan->n_indicators);
  for (guint i = 0; i < plan->n_indicators; i++)
    {
      g_autoptr(TfIndicator) indicator = g_list_model_get_item (indicators, i);

      indicator_plan_init (&plan->indicators[i], indicator);
    }
  plan->staff = g_array_new (FALSE, FALSE, sizeof (gint64));
}

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

static gboolean
load_staff (Run     *run,
            GError **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (run->store,
    "SELECT s.id, o.area FROM staff_member AS s "
    "LEFT JOIN organisation AS o ON o.id = s.organisation_id "
    "WHERE s.active = 1 ORDER BY s.id", error);
  g_autoptr(GArray) everyone = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *area = (const char *) sqlite3_column_text (stmt, 1);

      g_array_append_val (everyone, id);
      for (guint i = 0; i < run->n_areas; i++)
        if (area != NULL && g_str_equal (area, run->areas[i].id))
          g_array_append_val (run->areas[i].staff, id);
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (run->store, error);

  /* A store with no staff yet: the person at the desk did it all */
  if (everyone->len == 0)
    {
      gint64 id = tf_session_get_staff_id (run->session);

      if (id > 0)
        g_array_append_val (everyone, id);
    }
  for (guint i = 0; i < run->n_areas; i++)
    if (run->areas[i].staff->len == 0)
      g_array_append_vals (run->areas[i].staff, everyone->data, everyone->len);
  return TRUE;
}

static gboolean
status_starts_work (const char *status)
{
  return g_str_equal (status, "accepted") || g_str_equal (status, "in-process") ||
         g_str_equal (status, "active");
}

/* Each case's span from its referral date, its status and its history. */
static gboolean
load_cases (Run     *run,
            GError **error)
{
  g_autoptr(TfStmt) cases = NULL;
  g_autoptr(TfStmt) history = NULL;
  gint64 history_case = 0;
  gboolean history_done = FALSE;
  int rc;

  /* A case that already has work-area data (from an earlier run, or from
   * people) is left as it is, so a second run never doubles a details card */
  cases = tf_store_prepare (run->store,
    "SELECT c.id, c.referral_date, c.status, c.closed_on FROM cases AS c "
    "WHERE NOT EXISTS (SELECT 1 FROM record AS r WHERE r.case_id = c.id) "
    "AND NOT EXISTS (SELECT 1 FROM indicator_value AS v WHERE v.case_id = c.id) "
    "ORDER BY c.id", error);
  if (cases == NULL)
    return FALSE;
  history = tf_store_prepare (run->store,
    "SELECT case_id, status, valid_from FROM case_status_history "
    "ORDER BY case_id, valid_from, id", error);
  if (history == NULL)
    return FALSE;

  /* Both in case order: walk them side by side */
  rc = sqlite3_step (history);
  if (rc == SQLITE_ROW)
    history_case = sqlite3_column_int64 (history, 0);
  else if (rc == SQLITE_DONE)
    history_done = TRUE;
  else
    return tf_store_set_error (run->store, error);

  while ((rc = sqlite3_step (cases)) == SQLITE_ROW)
    {
      CaseSpan span = { 0 };
      const char *status = (const char *) sqlite3_column_text (cases, 2);
      int status_value = tf_case_status_from_id (status);
      gint32 last_step, closed_on;

      span.id = sqlite3_column_int64 (cases, 0);
      if (!parse_day ((const char *) sqlite3_column_text (cases, 1), &span.start))
        span.start = run->today;
      span.start = MIN (span.start, run->today);
      span.work_from = -1;
      last_step = span.start;

      while (!history_done && history_case <= span.id)
        {
          if (history_case == span.id)
            {
              gint32 day;

              if (parse_day ((const char *) sqlite3_column_text (history, 2), &day))
                {
                  last_step = MAX (last_step, day);
                  if (span.work_from < 0 &&
                      status_starts_work ((const char *) sqlite3_column_text (history, 1)))
                    span.work_from = day;
                }
            }
          rc = sqlite3_step (history);
          if (rc == SQLITE_ROW)
            history_case = sqlite3_column_int64 (history, 0);
          else if (rc == SQLITE_DONE)
            history_done = TRUE;
          else
            return tf_store_set_error (run->store, error);
        }

      span.open = status_value >= 0 && tf_case_status_is_open ((TfCaseStatus) status_value);
      if (span.open)
        span.end = run->today;
      else if (parse_day ((const char *) sqlite3_column_text (cases, 3), &closed_on))
        span.end = closed_on;
      else
        span.end = last_step;
      span.end = CLAMP (span.end, span.start, run->today);
      if (span.work_from >= 0)
        span.work_from = CLAMP (span.work_from, span.start, span.end);
      else if (span.open && status_value >= 0 && status_starts_work (status))
        span.work_from = span.start;   /* no history rows: the case's own status says so */
      g_array_append_val (run->cases, span);
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (run->store, error);
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Values */

static gint64
pick_staff (const AreaPlan *area,
            Rng            *rng)
{
  if (area->staff->len == 0)
    return 0;
  return g_array_index (area->staff, gint64, rng_below (rng, area->staff->len));
}

static double
round_to (double value,
          int    decimals)
{
  double scale = pow (10, decimals);

  return round (value * scale) / scale;
}

/* A field's value; dates are handled by the caller. FALSE: left empty.
 *
 * Text, choice and yes/no sample values are taken at the record's @position
 * (0 ≤ position < 1) in each list, so the lists of one form line up: the
 * value a third of the way down one list comes with the value a third of
 * the way down the next, and an area file keeps a sample record coherent
 * (a kind of contact with the text that fits it). Quantities are drawn on
 * their own, for a spread. */
static gboolean
set_field (TfFormValues    *values,
           const FieldPlan *field,
           const AreaPlan  *area,
           Rng             *rng,
           double           position)
{
  gboolean aligned = field->type == TF_FIELD_TEXT || field->type == TF_FIELD_LONG_TEXT ||
                     field->type == TF_FIELD_CHOICE || field->type == TF_FIELD_BOOLEAN;
  guint pick = 0;

  if (field->n_demo > 0)
    pick = aligned ? MIN ((guint) (position * field->n_demo), field->n_demo - 1)
                   : rng_below (rng, field->n_demo);

  switch (field->type)
    {
    case TF_FIELD_TEXT:
    case TF_FIELD_LONG_TEXT:
      if (field->n_demo > 0)
        tf_form_values_set_string (values, field->id, field->demo[pick]);
      else if (field->required && field->fallback != NULL)
        tf_form_values_set_string (values, field->id, field->fallback);
      else
        return FALSE;
      return TRUE;

    case TF_FIELD_NUMBER:
      if (field->n_demo > 0)
        tf_form_values_set_number (values, field->id, field->demo_numbers[pick]);
      else
        tf_form_values_set_number (values, field->id,
                                   rng_range (rng, (int) ceil (field->min), (int) floor (field->max)));
      return TRUE;

    case TF_FIELD_MONEY:
      {
        gint64 kroner;

        if (field->n_demo > 0)
          {
            tf_form_values_set_integer (values, field->id, (gint64) llround (field->demo_numbers[pick] * 100));
            return TRUE;
          }
        /* Round amounts, as people budget them */
        kroner = rng_range (rng, (int) ceil (field->min / 50), (int) floor (field->max / 50)) * 50;
        tf_form_values_set_integer (values, field->id, kroner * 100);
        return TRUE;
      }

    case TF_FIELD_SCALE:
      if (field->n_demo > 0)
        tf_form_values_set_integer (values, field->id, (gint64) llround (field->demo_numbers[pick]));
      else
        tf_form_values_set_integer (values, field->id,
                                    rng_range (rng, (int) ceil (field->min), (int) floor (field->max)));
      return TRUE;

    case TF_FIELD_BOOLEAN:
      if (field->n_demo > 0)
        tf_form_values_set_boolean (values, field->id, g_str_equal (field->demo[pick], "true"));
      else
        tf_form_values_set_boolean (values, field->id, rng_chance (rng, 0.5));
      return TRUE;

    case TF_FIELD_CHOICE:
      if (field->n_demo > 0)
        tf_form_values_set_string (values, field->id, field->demo[pick]);
      else if (field->n_choices > 0)
        tf_form_values_set_string (values, field->id,
                                   field->choices[MIN ((guint) (position * field->n_choices), field->n_choices - 1)]);
      else
        return FALSE;
      return TRUE;

    case TF_FIELD_STAFF:
      {
        gint64 staff = pick_staff (area, rng);

        if (staff <= 0)
          return FALSE;
        tf_form_values_set_integer (values, field->id, staff);
        return TRUE;
      }

    case TF_FIELD_DATE:
    default:
      return FALSE;
    }
}

/* Fills @run->values for one record dated @day. Date fields before the
 * form's date field take earlier days (not before @first), those after it
 * later ones (not after @last), in file order. */
static void
fill_values (Run            *run,
             const AreaPlan *area,
             const FormPlan *form,
             Rng            *rng,
             gint32          day,
             gint32          first,
             gint32          last)
{
  TfFormValues *values;
  gint32 later = day, earlier = day;
  double position = rng_unit (rng);
  char iso[11];

  g_clear_object (&run->values);
  values = run->values = tf_form_values_new ();

  /* Earlier dates, walking back from the date field */
  for (int i = form->date_index - 1; i >= 0; i--)
    {
      const FieldPlan *field = &form->fields[i];

      if (field->type != TF_FIELD_DATE || (!field->required && rng_chance (rng, 0.2)))
        continue;
      earlier -= rng_range (rng, 0, 30);   /* not inside MAX (): it evaluates twice */
      earlier = MAX (first, earlier);
      format_day (earlier, iso);
      tf_form_values_set_string (values, field->id, iso);
    }

  for (guint i = 0; i < form->n_fields; i++)
    {
      const FieldPlan *field = &form->fields[i];

      if (field->type == TF_FIELD_DATE)
        {
          if ((int) i == form->date_index)
            {
              format_day (day, iso);
              tf_form_values_set_string (values, field->id, iso);
            }
          else if ((int) i > form->date_index)
            {
              if (!field->required && rng_chance (rng, 0.2))
                continue;
              later += rng_range (rng, 0, 60);
              later = MIN (last, later);
              format_day (later, iso);
              tf_form_values_set_string (values, field->id, iso);
            }
          continue;
        }
      /* Optional fields are now and then left empty, as people do */
      if (!field->required && rng_chance (rng, 0.15))
        continue;
      set_field (values, field, area, rng, position);
    }
}

/* ---------------------------------------------------------------------- */
/* Rows */

static gboolean
step (Run     *run,
      TfStmt  *stmt,
      GError **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return tf_store_set_error (run->store, error);
  return TRUE;
}

typedef struct
{
  const char  *status;        /* NULL for a record */
  gint32       starts_on;
  gint32       ends_on;       /* -1: open */
  gint64       planned_cost;  /* øre */
  gint64       actual_cost;
} InterventionRow;

static gboolean
insert_record (Run                   *run,
               const AreaPlan        *area,
               const FormPlan        *form,
               const CaseSpan        *span,
               Rng                   *rng,
               gint32                 day,
               const InterventionRow *intervention,
               GError               **error)
{
  TfStmt *stmt = run->insert_record;
  g_autofree char *json = NULL;
  char recorded_on[11], starts_on[11], ends_on[11];
  gint32 last, created_day;
  const char *value;
  gint64 author, created_at;

  /* Later dates run to the case's end, or a little past today while it runs */
  last = span->open ? run->today + LATER_DATE_SLACK : span->end;
  fill_values (run, area, form, rng, day, span->start, MAX (last, day));
  json = tf_form_values_to_json (run->values);

  /* Dated as the record store dates it: the date field, else the start */
  value = form->date_index >= 0 ? tf_form_values_get_string (run->values, form->fields[form->date_index].id)
                                : NULL;
  if (value != NULL)
    g_strlcpy (recorded_on, value, sizeof recorded_on);
  else
    format_day (intervention != NULL ? intervention->starts_on : day, recorded_on);

  author = pick_staff (area, rng);
  created_day = MIN (intervention != NULL ? intervention->starts_on : day, run->today);
  created_at = epoch_of (created_day) + rng_range (rng, 8 * 3600, 16 * 3600);

  sqlite3_bind_int64 (stmt, 1, span->id);
  sqlite3_bind_text (stmt, 2, area->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, form->id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, intervention != NULL ? "intervention" : "record", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, recorded_on, 10, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, json, -1, SQLITE_STATIC);
  if (intervention != NULL)
    {
      format_day (intervention->starts_on, starts_on);
      sqlite3_bind_text (stmt, 7, intervention->status, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 8, starts_on, 10, SQLITE_STATIC);
      if (intervention->ends_on >= 0)
        {
          format_day (intervention->ends_on, ends_on);
          sqlite3_bind_text (stmt, 9, ends_on, 10, SQLITE_STATIC);
        }
      else
        sqlite3_bind_null (stmt, 9);
      sqlite3_bind_int64 (stmt, 10, intervention->planned_cost);
      sqlite3_bind_int64 (stmt, 11, intervention->actual_cost);
      tf_stmt_bind_text_or_null (stmt, 12, form->budget_area);
    }
  else
    for (int i = 7; i <= 12; i++)
      sqlite3_bind_null (stmt, i);
  if (author > 0)
    sqlite3_bind_int64 (stmt, 13, author);
  else
    sqlite3_bind_null (stmt, 13);
  sqlite3_bind_int64 (stmt, 14, created_at);

  if (!step (run, stmt, error))
    return FALSE;
  if (intervention != NULL)
    run->n_interventions++;
  else
    run->n_records++;
  return TRUE;
}

static gboolean
insert_records (Run            *run,
                const AreaPlan *area,
                const CaseSpan *span,
                Rng            *rng,
                GError        **error)
{
  static const guint count_weights[MAX_RECORDS_PER_FORM + 1] = { 40, 38, 15, 7 };
  guint written = 0;

  for (guint f = 0; f < area->n_records; f++)
    {
      const FormPlan *form = &area->records[f];
      guint n = form->single ? 1 : rng_weighted (rng, count_weights, G_N_ELEMENTS (count_weights));

      for (guint k = 0; k < n; k++)
        {
          /* The details card is filled in soon after the referral */
          gint32 day = form->single ? span->start + rng_range (rng, 0, 30)
                                    : rng_range (rng, span->start, span->end);

          day = MIN (day, span->end);

          if (!insert_record (run, area, form, span, rng, day, NULL, error))
            return FALSE;
          written++;
        }
    }

  /* Every area has something to show for the case */
  if (written == 0 && area->n_records > 0)
    {
      const FormPlan *form = &area->records[rng_below (rng, area->n_records)];

      return insert_record (run, area, form, span, rng, rng_range (rng, span->start, span->end), NULL, error);
    }
  return TRUE;
}

/* Status, period and cost of one intervention within the case's work. */
static void
plan_intervention (Run             *run,
                   const CaseSpan  *span,
                   Rng             *rng,
                   InterventionRow *row)
{
  enum { PLANNED, ACTIVE, COMPLETED, STOPPED };
  static const char * const ids[] = { "planned", "active", "completed", "stopped" };
  static const guint open_weights[] = { 12, 50, 26, 12 };
  static const guint closed_weights[] = { 0, 0, 75, 25 };
  gint32 from = span->work_from, to = span->end;
  guint status = rng_weighted (rng, span->open ? open_weights : closed_weights, 4);
  gint64 planned_kroner;

  /* Too short a stretch for something to have run its course */
  if (status >= COMPLETED && to - from < 14)
    status = span->open ? ACTIVE : STOPPED;

  planned_kroner = (gint64) rng_range (rng, PLANNED_COST_MIN / 500, PLANNED_COST_MAX / 500) * 500;
  row->status = ids[status];
  row->planned_cost = planned_kroner * 100;
  row->ends_on = -1;

  switch (status)
    {
    case PLANNED:
      /* Agreed at the last meeting, starting within the month */
      row->starts_on = run->today + rng_range (rng, 1, 28);
      row->actual_cost = 0;
      break;

    case ACTIVE:
      row->starts_on = rng_range (rng, from, MAX (from, to - 7));
      {
        /* Spent so far, as if a year's plan were paid month by month */
        double elapsed = MIN (1.0, (to - row->starts_on) / 365.0);

        row->actual_cost = (gint64) (row->planned_cost * elapsed * (0.6 + 0.4 * rng_unit (rng)));
      }
      break;

    case COMPLETED:
    case STOPPED:
    default:
      {
        int max_length = status == COMPLETED ? 240 : 120;
        int min_length = status == COMPLETED ? 30 : 14;
        int length;

        row->starts_on = rng_range (rng, from, MAX (from, to - min_length));
        length = rng_range (rng, min_length, max_length);
        row->ends_on = MIN (to, row->starts_on + length);
        row->actual_cost = (gint64) (row->planned_cost *
                                     (status == COMPLETED ? 0.6 + 0.4 * rng_unit (rng)
                                                          : 0.1 + 0.6 * rng_unit (rng)));
      }
      break;
    }
  /* Whole kroner, never more than planned */
  row->actual_cost = MIN (row->planned_cost, row->actual_cost / 100 * 100);
}

static gboolean
insert_interventions (Run            *run,
                      const AreaPlan *area,
                      const CaseSpan *span,
                      Rng            *rng,
                      GError        **error)
{
  static const guint count_weights[MAX_INTERVENTIONS + 1] = { 40, 42, 18 };
  guint n, first;

  if (area->n_interventions == 0 || span->work_from < 0)
    return TRUE;

  n = rng_weighted (rng, count_weights, G_N_ELEMENTS (count_weights));
  first = rng_below (rng, area->n_interventions);
  for (guint k = 0; k < n; k++)
    {
      /* Different kinds when the area has them */
      const FormPlan *form = &area->interventions[(first + k) % area->n_interventions];
      InterventionRow row;

      plan_intervention (run, span, rng, &row);
      if (!insert_record (run, area, form, span, rng, row.starts_on, &row, error))
        return FALSE;
    }
  return TRUE;
}

/* The same day of the month @months later; the 29th–31st become the 28th. */
static gint32
add_months (gint32 day,
            int    months)
{
  int y, m, d;

  civil_from_days (day, &y, &m, &d);
  m += months;
  y += (m - 1) / 12;
  m = (m - 1) % 12 + 1;
  return days_from_civil (y, m, MIN (d, 28));
}

static gboolean
insert_indicator_values (Run                 *run,
                         const AreaPlan      *area,
                         const IndicatorPlan *indicator,
                         const CaseSpan      *span,
                         GError             **error)
{
  TfStmt *stmt = run->insert_value;
  Rng rng;
  int months;
  gint32 first;
  double range, start, target, noise, better;

  if (span->work_from < 0)
    return TRUE;

  rng_init (&rng, run->seed, span->id, STREAM_INDICATOR, hash_id (indicator->id));
  months = rng_range (&rng, MIN_MONTHS, MAX_MONTHS);
  first = span->work_from + rng_range (&rng, 0, 20);
  if (first > span->end)
    return TRUE;

  /* Most young people move the right way; some slide */
  range = indicator->high - indicator->low;
  better = indicator->higher_is_better ? 1.0 : -1.0;
  if (rng_chance (&rng, 0.65))
    {
      double u = rng_unit (&rng);

      start = indicator->higher_is_better ? indicator->low + range * 0.6 * u
                                          : indicator->high - range * 0.6 * u;
      target = start + better * range * (0.25 + 0.45 * rng_unit (&rng));
    }
  else
    {
      double u = rng_unit (&rng);

      start = indicator->higher_is_better ? indicator->high - range * 0.6 * u
                                          : indicator->low + range * 0.6 * u;
      target = start - better * range * (0.15 + 0.25 * rng_unit (&rng));
    }
  noise = MAX (range * 0.08, indicator->decimals == 0 ? 0.0 : pow (10, -indicator->decimals));

  for (int i = 0; i < months; i++)
    {
      gint32 day = add_months (first, i);
      double t = months > 1 ? (double) i / (months - 1) : 0.0;
      double value = start + (target - start) * t + noise * (2 * rng_unit (&rng) - 1);
      char measured_on[11];
      gint64 author = pick_staff (area, &rng);

      if (day > span->end)
        break;
      value = round_to (CLAMP (value, indicator->min, indicator->max), indicator->decimals);
      value = CLAMP (value, indicator->min, indicator->max);

      format_day (day, measured_on);
      sqlite3_bind_int64 (stmt, 1, span->id);
      sqlite3_bind_text (stmt, 2, area->id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, indicator->id, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, measured_on, 10, SQLITE_STATIC);
      sqlite3_bind_double (stmt, 5, value);
      if (author > 0)
        sqlite3_bind_int64 (stmt, 6, author);
      else
        sqlite3_bind_null (stmt, 6);
      sqlite3_bind_int64 (stmt, 7, epoch_of (day) + rng_range (&rng, 8 * 3600, 16 * 3600));
      if (!step (run, stmt, error))
        return FALSE;
      run->n_values++;
    }
  return TRUE;
}

static gboolean
fill_case (Run            *run,
           const CaseSpan *span,
           GError        **error)
{
  Rng rng;

  rng_init (&rng, run->seed, span->id, STREAM_CASE, 0);
  if (!rng_chance (&rng, SHARE_OF_CASES))
    return TRUE;

  for (guint a = 0; a < run->n_areas; a++)
    {
      const AreaPlan *area = &run->areas[a];
      Rng area_rng;

      rng_init (&area_rng, run->seed, span->id, STREAM_AREA, area->salt);
      if (!insert_records (run, area, span, &area_rng, error) ||
          !insert_interventions (run, area, span, &area_rng, error))
        return FALSE;
      for (guint i = 0; i < area->n_indicators; i++)
        if (!insert_indicator_values (run, area, &area->indicators[i], span, error))
          return FALSE;
    }
  run->n_cases_filled++;
  return TRUE;
}

static gboolean
prepare_statements (Run     *run,
                    GError **error)
{
  run->insert_record = tf_store_prepare (run->store,
    "INSERT INTO record (case_id, area, form, category, recorded_on, vals, status, starts_on, "
    "                    ends_on, planned_cost, actual_cost, budget_area, author_id, "
    "                    created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)", error);
  if (run->insert_record == NULL)
    return FALSE;
  run->insert_value = tf_store_prepare (run->store,
    "INSERT INTO indicator_value (case_id, area, indicator, measured_on, value, author_id, created_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
  return run->insert_value != NULL;
}

static void
release_statements (Run *run)
{
  if (run->insert_record != NULL)
    tf_stmt_release (run->insert_record);
  if (run->insert_value != NULL)
    tf_stmt_release (run->insert_value);
  run->insert_record = NULL;
  run->insert_value = NULL;
}

static gboolean
record_audit (Run         *run,
              const char  *today_iso,
              gboolean     completed,
              GError     **error)
{
  g_autoptr(GString) detail = g_string_new ("{\"areas\":[");

  /* Area ids are checked by the area parser (letters, digits and dashes),
   * and today_iso is a validated YYYY-MM-DD: nothing here needs escaping. */
  for (guint i = 0; i < run->n_areas; i++)
    g_string_append_printf (detail, "%s\"%s\"", i > 0 ? "," : "", run->areas[i].id);
  g_string_append_printf (detail,
                          "],\"seed\":%u,\"today\":\"%s\",\"cases\":%" G_GUINT64_FORMAT
                          ",\"records\":%" G_GUINT64_FORMAT ",\"interventions\":%" G_GUINT64_FORMAT
                          ",\"indicator_values\":%" G_GUINT64_FORMAT "%s}",
                          run->seed, today_iso, run->n_cases_filled, run->n_records,
                          run->n_interventions, run->n_values, completed ? "" : ",\"completed\":false");
  return tf_audit_record (run->session, "demo-data", "record", 0, 0, detail->str, error);
}

/* The indexes on record and indicator_value take rows in form and indicator
 * order, not case order: with SQLite's default 2 MB page cache a large
 * store reads most of an index page back from disk for every row. A larger
 * cache for the run keeps them in memory; the old size comes back after. */
static gboolean
enlarge_cache (Run     *run,
               int     *old_size,
               GError **error)
{
  g_autoptr(TfStmt) get = tf_store_prepare (run->store, "PRAGMA cache_size", error);
  g_autoptr(TfStmt) set = NULL;

  if (get == NULL)
    return FALSE;
  if (sqlite3_step (get) != SQLITE_ROW)
    return tf_store_set_error (run->store, error);
  *old_size = sqlite3_column_int (get, 0);
  set = tf_store_prepare (run->store, "PRAGMA cache_size = -262144", error);   /* 256 MiB */
  return set != NULL && tf_store_step_done (run->store, set, error);
}

static void
restore_cache (Run *run,
               int  old_size)
{
  g_autoptr(GError) error = NULL;
  /* A number SQLite gave us, not text from anyone: safe to put in the SQL */
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %d", old_size);
  g_autoptr(TfStmt) set = tf_store_prepare (run->store, sql, &error);

  if (set == NULL || !tf_store_step_done (run->store, set, &error))
    g_warning ("Cannot restore the page cache size: %s", error->message);
}

static void
run_clear (Run *run)
{
  release_statements (run);
  for (guint i = 0; i < run->n_areas; i++)
    area_plan_clear (&run->areas[i]);
  g_free (run->areas);
  g_clear_pointer (&run->cases, g_array_unref);
  g_clear_object (&run->values);
}

/**
 * tf_demo_fill_areas:
 *
 * Returns: %TRUE on success; on error or cancellation the batches committed
 * so far stay (and are recorded in the audit log), the current one is
 * rolled back.
 */
gboolean
tf_demo_fill_areas (TfSession      *session,
                    TfRegistry     *registry,
                    guint32         seed,
                    const char     *today_iso,
                    TfDemoProgress  progress,
                    gpointer        progress_data,
                    GCancellable   *cancellable,
                    GError        **error)
{
  Run run = { 0 };
  g_autofree char *today_owned = NULL;
  g_autoptr(GError) local_error = NULL;
  GListModel *areas;
  guint done = 0;
  gboolean any_committed = FALSE;
  gboolean ok = TRUE;
  gboolean cache_enlarged = FALSE;
  int old_cache_size = 0;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (TF_IS_REGISTRY (registry), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (today_iso == NULL)
    today_iso = today_owned = tf_today_iso ();
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (!tf_access_check_store (session, TF_ACCESS_CREATE, error))
    return FALSE;

  run.session = session;
  run.store = tf_session_get_store (session);
  run.seed = seed;
  if (!parse_day (today_iso, &run.today))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("%s is not a valid date."), today_iso);
      return FALSE;
    }

  areas = tf_registry_get_areas (registry);
  run.n_areas = g_list_model_get_n_items (areas);
  run.areas = g_new0 (AreaPlan, run.n_areas);
  for (guint i = 0; i < run.n_areas; i++)
    {
      g_autoptr(TfArea) area = g_list_model_get_item (areas, i);

      area_plan_init (&run.areas[i], area);
    }
  run.cases = g_array_new (FALSE, FALSE, sizeof (CaseSpan));

  if (!load_staff (&run, &local_error) || !load_cases (&run, &local_error) ||
      !(cache_enlarged = enlarge_cache (&run, &old_cache_size, &local_error)))
    {
      ok = FALSE;
      goto out;
    }

  if (progress != NULL)
    progress (0.0, progress_data);

  do
    {
      g_autoptr(TfTransaction) tx = NULL;
      guint end = MIN (done + BATCH_SIZE, run.cases->len);

      if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
        {
          ok = FALSE;
          break;
        }
      tx = tf_store_begin (run.store, &local_error);
      if (tx == NULL || !prepare_statements (&run, &local_error))
        {
          ok = FALSE;
          release_statements (&run);
          break;
        }
      for (guint i = done; i < end && ok; i++)
        {
          /* Within the batch too: a cancel rolls back only the batch at hand */
          if (i > done && (i - done) % STEP_SIZE == 0)
            {
              if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
                {
                  ok = FALSE;
                  break;
                }
              if (progress != NULL)
                progress ((double) i / run.cases->len, progress_data);
            }
          ok = fill_case (&run, &g_array_index (run.cases, CaseSpan, i), &local_error);
        }
      release_statements (&run);
      if (!ok)
        break;

      tf_transaction_changed (tx, "record", 0);
      if (end == run.cases->len && !record_audit (&run, today_iso, TRUE, &local_error))
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
        progress (run.cases->len > 0 ? (double) done / run.cases->len : 1.0, progress_data);
    }
  while (done < run.cases->len);

  /* Stopped half-way: what was committed is still recorded in the audit log */
  if (!ok && any_committed)
    {
      g_autoptr(GError) audit_error = NULL;
      g_autoptr(TfTransaction) tx = tf_store_begin (run.store, &audit_error);

      if (tx == NULL ||
          !record_audit (&run, today_iso, FALSE, &audit_error) ||
          !tf_transaction_commit (tx, &audit_error))
        g_warning ("Cannot record the partial demo data in the audit log: %s", audit_error->message);
    }

out:
  if (cache_enlarged)
    restore_cache (&run, old_cache_size);
  run_clear (&run);
  if (!ok)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
