/* tf-demo-areas-plan.c — the registry and the cases, read once into plain arrays
 *
 * Before the first row is written, each area's forms, fields, sample values
 * and indicators are copied into plain structs, each area gets the staff who
 * may author its rows, and each case without work-area data gets its span:
 * from the referral to its end, and the day the work began, if it has.
 * The batches then run over arrays, not over GObjects and queries.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-case-status.h"
#include "tf-demo-areas-private.h"


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

void
_tf_demo_areas_area_plan_clear (AreaPlan *plan)
{
  form_plans_free (plan->records, plan->n_records);
  form_plans_free (plan->interventions, plan->n_interventions);
  g_free (plan->indicators);
  g_clear_pointer (&plan->staff, g_array_unref);
  g_clear_object (&plan->area);
}

void
_tf_demo_areas_area_plan_init (AreaPlan *plan,
                               TfArea   *area)
{
  GListModel *forms = tf_area_get_forms (area);
  GListModel *indicators = tf_area_get_indicators (area);
  guint n_forms = g_list_model_get_n_items (forms);

  plan->area = g_object_ref (area);
  plan->id = tf_area_get_id (area);
  plan->salt = _tf_demo_areas_hash_id (plan->id);
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

gboolean
_tf_demo_areas_load_staff (Run     *run,
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
  /* "in-process" is still waiting for the family's answer */
  return g_str_equal (status, "accepted") || g_str_equal (status, "active");
}

/* Each case's span from its referral date, its status and its history. */
gboolean
_tf_demo_areas_load_cases (Run     *run,
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
      if (!_tf_day_parse ((const char *) sqlite3_column_text (cases, 1), &span.start))
        span.start = run->today;
      span.start = MIN (span.start, run->today);
      span.work_from = -1;
      last_step = span.start;

      while (!history_done && history_case <= span.id)
        {
          if (history_case == span.id)
            {
              gint32 day;

              if (_tf_day_parse ((const char *) sqlite3_column_text (history, 2), &day))
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
      else if (_tf_day_parse ((const char *) sqlite3_column_text (cases, 3), &closed_on))
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
