/* tf-report-sections.c — the sections the quarterly follow-up and the
 * August status share: the work, the young people's progression, the
 * economy and the placements estimate
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-report-figures-private.h"

/* The funnel's statuses in the order a case goes through them */
static const TfCaseStatus funnel_order[] = {
  TF_CASE_STATUS_REFERRED, TF_CASE_STATUS_RELEVANT, TF_CASE_STATUS_NOT_RELEVANT,
  TF_CASE_STATUS_OFFERED, TF_CASE_STATUS_ACCEPTED, TF_CASE_STATUS_DECLINED,
  TF_CASE_STATUS_IN_PROCESS, TF_CASE_STATUS_ACTIVE, TF_CASE_STATUS_PAUSED,
  TF_CASE_STATUS_CLOSED,
};

/* A count on a bar: hidden where the committee must not see it */
void
tf_figures_bar_count (TfBarSpec          *spec,
           guint               series,
           guint               category,
           const TfStatsCount *count)
{
  if (count->below_threshold)
    tf_bar_spec_set_hidden (spec, series, category);
  else
    tf_bar_spec_set_value (spec, series, category, count->n);
}

/* Adds the chart at the height its bars need, and the note when a value
 * is hidden */
void
tf_figures_add_bars (TfFigures *f,
          TfBarSpec *spec)
{
  tf_report_add_bar_chart (f->report, spec, 0);
  if (tf_bar_spec_has_hidden (spec))
    {
      g_autofree char *note = tf_stats_hidden_note (f->stats);

      tf_figures_note (f, note);
    }
}

static void
add_funnel_chart (TfFigures *f)
{
  const TfStatsFunnel *funnel = tf_stats_get_funnel (f->stats);
  g_autoptr(TfBarSpec) spec = tf_bar_spec_new (_("Cases that reached each status in the period"));
  const char *labels[G_N_ELEMENTS (funnel_order) + 1] = { NULL };
  guint series;

  for (guint i = 0; i < G_N_ELEMENTS (funnel_order); i++)
    labels[i] = tf_case_status_label (funnel_order[i]);
  tf_bar_spec_set_orientation (spec, TF_BAR_HORIZONTAL);
  tf_bar_spec_set_value_format (spec, TF_BAR_VALUE_COUNT);
  tf_bar_spec_set_value_label (spec, _("Cases"));
  tf_bar_spec_set_categories (spec, labels);
  series = tf_bar_spec_add_series (spec, _("Entered in the period"));
  for (guint i = 0; i < G_N_ELEMENTS (funnel_order); i++)
    tf_figures_bar_count (spec, series, i, &funnel->entered[funnel_order[i]]);
  tf_figures_add_bars (f, spec);
}

static void
add_funnel (TfFigures *f)
{
  const TfStatsFunnel *funnel = tf_stats_get_funnel (f->stats);
  TfFigureTable *t;

  tf_figures_subsection (f, _("From referral to closing"));
  t = tf_figure_table_new (_("Status"), _("Entered in the period"), _("At the period’s end"), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (funnel_order); i++)
    {
      TfCaseStatus s = funnel_order[i];
      TfFigureCell cells[] = {
        tf_figure_count (f, &funnel->entered[s]),
        tf_figure_count (f, &funnel->at_end[s]),
      };

      tf_figure_table_row (f, t, tf_case_status_label (s), cells);
    }
  tf_figure_table_end (f, t);
  tf_figures_note (f, _("Entered: cases that reached the status in the period, each case once. "
                        "At the period’s end: the cases at the status on its last day."));
  add_funnel_chart (f);

  t = tf_figure_table_new (_("Screening and closing"), _("Cases"), NULL);
  {
    TfFigureCell cells[] = { tf_figure_count (f, &funnel->screened) };

    tf_figure_table_row (f, t, _("Screened (judged relevant or not relevant)"), cells);
  }
  for (guint i = 0; i < funnel->closed_by_reason->len; i++)
    {
      const TfStatsCount *count = g_ptr_array_index (funnel->closed_by_reason, i);
      g_autofree char *label = g_strdup_printf (_("Closed: %s"), tf_closing_reason_label (count->id));
      TfFigureCell cells[] = { tf_figure_count (f, count) };

      tf_figure_table_row (f, t, label, cells);
    }
  tf_figure_table_end (f, t);
}

/* The caseload as a line over the months: open cases and new referrals */
static void
add_caseload_chart (TfFigures *f,
                    GPtrArray *months)
{
  g_autoptr(TfChartSpec) spec = tf_chart_spec_new (_("Caseload by month"));
  g_autoptr(TfChartSeries) open = tf_chart_series_new (_("Open cases at the month’s end"), _("cases"), 0);
  g_autoptr(TfChartSeries) referrals = tf_chart_series_new (_("New referrals"), _("cases"), 0);
  g_autoptr(GArray) open_points = g_array_new (FALSE, TRUE, sizeof (TfIndicatorPoint));
  g_autoptr(GArray) referral_points = g_array_new (FALSE, TRUE, sizeof (TfIndicatorPoint));

  for (guint i = 0; i < months->len; i++)
    {
      TfStatsMonth *month = g_ptr_array_index (months, i);
      g_autoptr(TfPeriod) period = tf_period_parse (month->month, NULL);
      TfIndicatorPoint point = { { 0 }, 0 };

      /* Hidden counts and months not yet begun draw no point */
      if (period == NULL || g_strcmp0 (tf_period_get_first_day (period), f->as_of) > 0)
        continue;
      g_strlcpy (point.measured_on, tf_period_get_last_day (period), sizeof point.measured_on);
      if (g_strcmp0 (point.measured_on, f->as_of) > 0)
        g_strlcpy (point.measured_on, f->as_of, sizeof point.measured_on);
      if (!month->open_at_end.below_threshold)
        {
          point.value = month->open_at_end.n;
          g_array_append_val (open_points, point);
        }
      if (!month->new_referrals.below_threshold)
        {
          point.value = month->new_referrals.n;
          g_array_append_val (referral_points, point);
        }
    }
  tf_chart_series_set_points (open, (TfIndicatorPoint *) open_points->data, open_points->len);
  tf_chart_series_set_points (referrals, (TfIndicatorPoint *) referral_points->data, referral_points->len);
  tf_chart_spec_add_series (spec, open);
  tf_chart_spec_add_series (spec, referrals);
  tf_chart_spec_set_value_label (spec, _("Cases"));
  tf_chart_spec_set_date_range (spec, tf_period_get_first_day (f->period), tf_period_get_last_day (f->period));
  tf_chart_spec_set_empty_text (spec, _("No cases in the period"));
  tf_report_add_chart (f->report, spec, 190);
}

static void
add_caseload (TfFigures *f)
{
  GPtrArray *months = tf_stats_get_caseload (f->stats);
  TfFigureTable *t;

  tf_figures_subsection (f, _("Caseload"));
  t = tf_figure_table_new (_("Month"), _("Open cases at the month’s end"), _("New referrals"), NULL);
  for (guint i = 0; i < months->len; i++)
    {
      TfStatsMonth *month = g_ptr_array_index (months, i);
      g_autofree char *first_day = g_strdup_printf ("%s-01", month->month);
      TfFigureCell cells[2];

      /* a month not yet begun has no figures to give */
      if (g_strcmp0 (first_day, f->as_of) > 0)
        continue;
      cells[0] = tf_figure_count (f, &month->open_at_end);
      cells[1] = tf_figure_count (f, &month->new_referrals);
      tf_figure_table_row (f, t, month->label, cells);
    }
  tf_figure_table_end (f, t);
  if (months->len > 1)
    add_caseload_chart (f, months);
}

static void
add_legal_basis (TfFigures *f)
{
  GPtrArray *bases = tf_stats_get_active_by_legal_basis (f->stats);
  TfFigureTable *t;

  tf_figures_subsection (f, _("Active cases by legal basis"));
  t = tf_figure_table_new (_("Legal basis of the latest support decision"), _("Active cases"), NULL);
  tf_figure_table_set_widths (t, 3.0);
  for (guint i = 0; i < bases->len; i++)
    {
      const TfStatsCount *count = g_ptr_array_index (bases, i);
      TfFigureCell cells[] = { tf_figure_count (f, count) };

      tf_figure_table_row (f, t, count->label != NULL ? count->label : count->id, cells);
    }
  {
    TfFigureCell cells[] = { tf_figure_count (f, tf_stats_get_active_cases (f->stats)) };

    tf_figure_table_row (f, t, _("Active cases in all"), cells);
  }
  tf_figure_table_end (f, t);
}

static void
add_interventions (TfFigures *f)
{
  GPtrArray *areas = tf_stats_get_interventions (f->stats);
  const TfStatsGroupActivities *groups = tf_stats_get_group_activities (f->stats);
  TfFigureTable *t;

  tf_figures_subsection (f, _("Interventions by area"));
  t = tf_figure_table_new (_("Area"), _("Started"), _("Running"), _("Young people"), NULL);
  for (guint i = 0; i < areas->len; i++)
    {
      TfStatsInterventionArea *area = g_ptr_array_index (areas, i);
      TfFigureCell cells[] = {
        tf_figure_count (f, &area->started),
        tf_figure_count (f, &area->running),
        tf_figure_count (f, &area->young_people),
      };

      tf_figure_table_row (f, t, area->label, cells);
    }
  tf_figure_table_end (f, t);
  tf_figures_note (f, _("Started: begun in the period. Running: under way at some time in the period. "
                        "Young people: how many had one running."));
  {
    g_autoptr(TfBarSpec) spec = tf_bar_spec_new (_("Interventions by area"));
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();
    guint started, running;

    for (guint i = 0; i < areas->len; i++)
      g_ptr_array_add (labels, ((TfStatsInterventionArea *) g_ptr_array_index (areas, i))->label);
    g_ptr_array_add (labels, NULL);
    tf_bar_spec_set_orientation (spec, TF_BAR_HORIZONTAL);
    tf_bar_spec_set_value_label (spec, _("Interventions"));
    tf_bar_spec_set_categories (spec, (const char * const *) labels->pdata);
    started = tf_bar_spec_add_series (spec, _("Started"));
    running = tf_bar_spec_add_series (spec, _("Running"));
    for (guint i = 0; i < areas->len; i++)
      {
        TfStatsInterventionArea *area = g_ptr_array_index (areas, i);

        tf_figures_bar_count (spec, started, i, &area->started);
        tf_figures_bar_count (spec, running, i, &area->running);
      }
    tf_figures_add_bars (f, spec);
  }

  tf_figures_subsection (f, _("Group activities"));
  t = tf_figure_table_new (_("Activity"), _("Number"), NULL);
  {
    TfFigureCell cells[] = { tf_figure_count (f, &groups->started) };

    tf_figure_table_row (f, t, _("Group activities started"), cells);
  }
  {
    TfFigureCell cells[] = { tf_figure_count (f, &groups->young_people) };

    tf_figure_table_row (f, t, _("Young people who started one"), cells);
  }
  for (guint i = 0; groups->by_kind != NULL && i < groups->by_kind->len; i++)
    {
      const TfStatsCount *count = g_ptr_array_index (groups->by_kind, i);
      TfFigureCell cells[] = { tf_figure_count (f, count) };

      tf_figure_table_row (f, t, count->label != NULL ? count->label : count->id, cells);
    }
  tf_figure_table_end (f, t);
}

static void
add_meetings (TfFigures *f)
{
  const TfStatsMeetings *meetings = tf_stats_get_meetings (f->stats);
  TfFigureTable *t;
  struct { const char *label; const TfStatsCount *count; } totals[] = {
    { N_("Meetings held in all"), &meetings->held },
    { N_("Decisions written"), &meetings->decisions },
    { N_("Tasks decided"), &meetings->tasks },
    { N_("Of these, done"), &meetings->tasks_done },
  };

  tf_figures_subsection (f, _("Meetings"));
  t = tf_figure_table_new (_("Meetings held"), _("Number"), NULL);
  for (guint i = 0; i < meetings->by_kind->len; i++)
    {
      const TfStatsCount *count = g_ptr_array_index (meetings->by_kind, i);
      TfFigureCell cells[] = { tf_figure_count (f, count) };

      tf_figure_table_row (f, t, count->label != NULL ? count->label : count->id, cells);
    }
  for (guint i = 0; i < G_N_ELEMENTS (totals); i++)
    {
      TfFigureCell cells[] = { tf_figure_count (f, totals[i].count) };

      tf_figure_table_row (f, t, _(totals[i].label), cells);
    }
  tf_figure_table_end (f, t);
}

void
tf_figures_add_work (TfFigures *f)
{
  tf_figures_section (f, _("The work"));
  add_funnel (f);
  add_caseload (f);
  add_legal_basis (f);
  add_interventions (f);
  add_meetings (f);
}

/* An amount standing alone in a column of mixed units says "kr." */
static TfFigureCell
money_with_unit (gint64 ore)
{
  TfFigureCell cell = tf_figure_money (ore);
  char *text = g_strconcat (cell.text, " kr.", NULL);

  g_free (cell.text);
  cell.text = text;
  return cell;
}

static void
add_effects (TfFigures *f,
             gboolean   evaluation)
{
  GPtrArray *effects = tf_stats_get_effects (f->stats);
  TfFigureTable *t;

  tf_figures_subsection (f, _("Effect per indicator"));
  t = tf_figure_table_new (_("Indicator"), _("Improved"), _("Held"), _("Worsened"), _("Measured once"), NULL);
  tf_figure_table_set_widths (t, 2.6);
  for (guint i = 0; i < effects->len; i++)
    {
      TfStatsEffect *effect = g_ptr_array_index (effects, i);
      TfFigureCell cells[] = {
        tf_figure_count (f, &effect->improved),
        tf_figure_count (f, &effect->held),
        tf_figure_count (f, &effect->worsened),
        tf_figure_count (f, &effect->measured_once),
      };

      tf_figure_table_row (f, t, effect->title, cells);
    }
  tf_figure_table_end (f, t);
  tf_figures_note (f, _("Each young person’s latest value against their first, up to the period’s end. "
                        "A change counts when it passes the indicator’s threshold (by default 3 points "
                        "on a 0–10 scale); a smaller change counts as held."));

  if (!evaluation)
    return;
  /* The evaluation overview: improved, held and worsened stacked per
   * indicator, then the shares */
  tf_figures_subsection (f, _("Evaluation overview"));
  {
    g_autoptr(TfBarSpec) spec = tf_bar_spec_new (_("Effect per indicator: young people measured twice"));
    g_autoptr(GPtrArray) labels = g_ptr_array_new ();
    guint improved, held, worsened;

    for (guint i = 0; i < effects->len; i++)
      g_ptr_array_add (labels, ((TfStatsEffect *) g_ptr_array_index (effects, i))->title);
    g_ptr_array_add (labels, NULL);
    tf_bar_spec_set_orientation (spec, TF_BAR_HORIZONTAL);
    tf_bar_spec_set_stacked (spec, TRUE);
    tf_bar_spec_set_value_label (spec, _("Young people"));
    tf_bar_spec_set_categories (spec, (const char * const *) labels->pdata);
    improved = tf_bar_spec_add_series (spec, _("Improved"));
    held = tf_bar_spec_add_series (spec, _("Held"));
    worsened = tf_bar_spec_add_series (spec, _("Worsened"));
    for (guint i = 0; i < effects->len; i++)
      {
        TfStatsEffect *effect = g_ptr_array_index (effects, i);

        tf_figures_bar_count (spec, improved, i, &effect->improved);
        tf_figures_bar_count (spec, held, i, &effect->held);
        tf_figures_bar_count (spec, worsened, i, &effect->worsened);
      }
    tf_figures_add_bars (f, spec);
  }
  /* The share improved per indicator, for the committee's "did it
   * work" — only where enough were measured twice */
  t = tf_figure_table_new (_("Indicator"), _("Measured twice"), _("Share improved"), _("Share worsened"), NULL);
  tf_figure_table_set_widths (t, 2.6);
  for (guint i = 0; i < effects->len; i++)
    {
      TfStatsEffect *effect = g_ptr_array_index (effects, i);
      TfStatsCount measured = { 0 };
      TfFigureCell cells[3];

      measured.n = effect->improved.n + effect->held.n + effect->worsened.n;
      measured.below_threshold = tf_stats_is_below_threshold (f->stats, measured.n);
      cells[0] = tf_figure_count (f, &measured);
      if (measured.n == 0 || measured.below_threshold)
        {
          /* a share of too few would tell who improved */
          cells[1] = tf_figure_text ("—");
          cells[2] = tf_figure_text ("—");
        }
      else
        {
          cells[1] = tf_figure_number (100.0 * effect->improved.n / measured.n, 0, "%", "%");
          cells[2] = tf_figure_number (100.0 * effect->worsened.n / measured.n, 0, "%", "%");
        }
      tf_figure_table_row (f, t, effect->title, cells);
    }
  tf_figure_table_end (f, t);
  tf_figures_note (f, _("Shares are given only where enough young people were measured twice."));
}

static void
add_reoffending (TfFigures *f)
{
  const TfStatsReoffending *r = tf_stats_get_reoffending (f->stats);
  TfFigureTable *t;
  struct { const char *label; const TfStatsCount *count; } rows[] = {
    { N_("Young people followed 6 months after their first plan"), &r->followed },
    { N_("Young people whose plan is younger than 6 months"), &r->pending },
    { N_("Police contacts in the 6 months before the plan"), &r->contacts_before },
    { N_("Police contacts in the 6 months after the plan"), &r->contacts_after },
    { N_("Young people with police contact before"), &r->with_contacts_before },
    { N_("Young people with police contact after"), &r->with_contacts_after },
  };

  tf_figures_subsection (f, _("Re-offending"));
  t = tf_figure_table_new (_("Police contacts"), _("Number"), NULL);
  tf_figure_table_set_widths (t, 3.5);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      TfFigureCell cells[] = { tf_figure_count (f, rows[i].count) };

      tf_figure_table_row (f, t, _(rows[i].label), cells);
    }
  tf_figure_table_end (f, t);
}

void
tf_figures_add_progression (TfFigures *f,
                            gboolean   evaluation)
{
  tf_figures_section (f, _("The young people’s progression"));
  add_effects (f, evaluation);
  add_reoffending (f);
}

/* Returns whether the row's forecast passes its budget: the forecast is
 * then starred (the CSV's value stays a plain number) */
static gboolean
economy_row (TfFigures     *f,
             TfFigureTable *t,
             TfEconomyRow  *row)
{
  gboolean over = tf_economy_row_get_over_budget (row);
  TfFigureCell cells[] = {
    tf_economy_row_get_has_budget (row) ? tf_figure_money (tf_economy_row_get_budget (row))
                                        : tf_figure_text ("—"),
    tf_figure_money (tf_economy_row_get_spent (row)),
    tf_figure_money (tf_economy_row_get_committed (row)),
    tf_figure_money (tf_economy_row_get_left (row)),
    tf_figure_money (tf_economy_row_get_forecast (row)),
  };

  if (over)
    {
      char *starred = g_strconcat (cells[4].text, " *", NULL);

      g_free (cells[4].text);
      cells[4].text = starred;
    }
  tf_figure_table_row (f, t, tf_economy_row_get_label (row), cells);
  return over;
}

static void
add_economy_chart (TfFigures  *f,
                   GListModel *areas)
{
  g_autoptr(TfBarSpec) spec = tf_bar_spec_new (_("Budget, spent and forecast by area"));
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint budget, spent, forecast;

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      TfEconomyRow *row = g_list_model_get_item (areas, i);

      g_ptr_array_add (rows, row);
      g_ptr_array_add (labels, (gpointer) tf_economy_row_get_label (row));
    }
  g_ptr_array_add (labels, NULL);
  tf_bar_spec_set_orientation (spec, TF_BAR_HORIZONTAL);
  tf_bar_spec_set_value_format (spec, TF_BAR_VALUE_KRONER);
  tf_bar_spec_set_value_label (spec, _("kr."));
  tf_bar_spec_set_categories (spec, (const char * const *) labels->pdata);
  budget = tf_bar_spec_add_series (spec, _("Budget"));
  spent = tf_bar_spec_add_series (spec, _("Spent"));
  forecast = tf_bar_spec_add_series (spec, _("Forecast"));
  for (guint i = 0; i < rows->len; i++)
    {
      TfEconomyRow *row = g_ptr_array_index (rows, i);

      tf_bar_spec_set_value (spec, budget, i, tf_economy_row_get_budget (row));
      tf_bar_spec_set_value (spec, spent, i, tf_economy_row_get_spent (row));
      tf_bar_spec_set_value (spec, forecast, i, tf_economy_row_get_forecast (row));
    }
  tf_figures_add_bars (f, spec);
}

void
tf_figures_add_economy (TfFigures *f)
{
  GListModel *areas = tf_economy_get_by_area (f->economy);
  g_autofree char *period = tf_economy_dup_period_label (f->economy);
  g_autofree char *heading = g_strdup_printf (_("Budget and spending, %s"), period);
  g_autofree char *as_of = tf_format_date (tf_economy_get_as_of (f->economy));
  g_autofree char *note = NULL;
  TfFigureTable *t;
  gboolean over = FALSE;

  tf_figures_section (f, _("Economy"));
  tf_figures_subsection (f, heading);
  t = tf_figure_table_new (_("Area (amounts in kr.)"), _("Budget"), _("Spent"), _("Committed"), _("Left"),
                           _("Forecast"), NULL);
  tf_figure_table_set_widths (t, 2.0);
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(TfEconomyRow) row = g_list_model_get_item (areas, i);

      over |= economy_row (f, t, row);
    }
  over |= economy_row (f, t, tf_economy_get_total (f->economy));
  tf_figure_table_end (f, t);
  if (over)
    tf_figures_note (f, _("* The forecast passes the budget."));
  note = g_strdup_printf (_("Amounts in whole kroner as of %s. Committed: planned costs of interventions not yet "
                            "spent. Left: budget less spent and committed. Forecast: spent and committed "
                            "plus the rate so far to the period’s end."), as_of);
  tf_figures_note (f, note);
  if (tf_economy_get_has_warning (f->economy))
    {
      /* The whole's line (or the first area's); the areas are starred above */
      g_auto(GStrv) lines = g_strsplit (tf_economy_get_warning (f->economy), "\n", 2);

      tf_figures_paragraph (f, lines[0]);
    }
  add_economy_chart (f, areas);
}

void
tf_figures_add_placements (TfFigures *f)
{
  const TfStatsPlacements *p = tf_stats_get_placements (f->stats);
  TfFigureTable *t;

  tf_figures_section (f, _("Placements avoided — an estimate"));
  if (!p->configured)
    {
      tf_figures_paragraph (f, _("No estimate: the coordinator has not yet set what a placement costs "
                                 "and the share of placements expected to be avoided."));
      return;
    }
  tf_figures_paragraph (f, _("This is an ESTIMATE, not a count: no one can know which placements did not "
                             "happen. It multiplies the young people worked with in the period by the "
                             "coordinator’s assumptions below."));
  t = tf_figure_table_new (_("Estimate and its assumptions"), _("Value"), NULL);
  tf_figure_table_set_widths (t, 3.0);
  {
    TfFigureCell cells[] = { tf_figure_count (f, &p->young_people) };
    tf_figure_table_row (f, t, _("Young people worked with in the period"), cells);
  }
  {
    TfFigureCell cells[] = { tf_figure_number (p->share_avoided, 0, "%", "%") };
    tf_figure_table_row (f, t, _("Assumed share whose placement is avoided"), cells);
  }
  {
    TfFigureCell cells[] = { money_with_unit ((gint64) (p->cost_per_year * 100)) };
    tf_figure_table_row (f, t, _("Assumed cost of a placement a year"), cells);
  }
  {
    TfFigureCell cells[] = { tf_figure_number (p->years, 1, _("years"), _("years")) };
    tf_figure_table_row (f, t, _("Assumed years a placement would last"), cells);
  }
  if (p->young_people.below_threshold)
    {
      /* the estimate would give the hidden count away */
      TfFigureCell a[] = { tf_figure_text (_("not shown")) };
      TfFigureCell b[] = { tf_figure_text (_("not shown")) };

      a[0].hidden = TRUE;
      tf_figure_table_row (f, t, _("Estimated placements avoided"), a);
      tf_figure_table_row (f, t, _("Estimated value"), b);
    }
  else
    {
      TfFigureCell a[] = { tf_figure_number (p->placements_avoided, 1, _("placements"), NULL) };
      TfFigureCell b[] = { money_with_unit ((gint64) (p->value * 100)) };

      tf_figure_table_row (f, t, _("Estimated placements avoided"), a);
      tf_figure_table_row (f, t, _("Estimated value"), b);
    }
  tf_figure_table_end (f, t);
}
