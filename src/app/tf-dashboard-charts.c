/* tf-dashboard-charts.c — the dashboard's charts, from the figures
 *
 * Bar charts (TfBarSpec drawn by TfBarChart): the chart widget gives the
 * spec's description to screen readers, the card around it has the heading
 * and a row with every number in words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>
#include <taskforce-gtk.h>

#include "tf-dashboard-charts.h"

int
_tf_dashboard_bars_height (guint n)
{
  /* The chart widget asks for what its labels need; this is the least. */
  return 60 + 28 * (int) MAX (n, 1);
}

static GtkWidget *
chart_for (TfBarSpec *spec)
{
  GtkWidget *chart = tf_bar_chart_new (spec);

  gtk_widget_set_hexpand (chart, TRUE);
  return chart;
}

/* A spec of young people counted. */
static TfBarSpec *
count_spec (const char       *title,
            TfBarOrientation  orientation)
{
  TfBarSpec *spec = tf_bar_spec_new (title);

  tf_bar_spec_set_orientation (spec, orientation);
  tf_bar_spec_set_value_format (spec, TF_BAR_VALUE_COUNT);
  tf_bar_spec_set_value_label (spec, _("young people"));
  tf_bar_spec_set_empty_text (spec, _("Nothing to count in the period"));
  return spec;
}

GtkWidget *
_tf_dashboard_funnel_chart (TfStats *stats)
{
  static const TfCaseStatus steps[] = {
    TF_CASE_STATUS_REFERRED, TF_CASE_STATUS_RELEVANT, TF_CASE_STATUS_NOT_RELEVANT,
    TF_CASE_STATUS_OFFERED, TF_CASE_STATUS_ACCEPTED, TF_CASE_STATUS_DECLINED,
    TF_CASE_STATUS_IN_PROCESS, TF_CASE_STATUS_ACTIVE, TF_CASE_STATUS_PAUSED, TF_CASE_STATUS_CLOSED,
  };
  const TfStatsFunnel *funnel = tf_stats_get_funnel (stats);
  g_autoptr(TfBarSpec) spec = count_spec (_("From referral to closing"), TF_BAR_HORIZONTAL);
  const char *labels[G_N_ELEMENTS (steps) + 1] = { NULL };
  guint series;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    labels[i] = tf_case_status_label (steps[i]);
  tf_bar_spec_set_categories (spec, labels);
  series = tf_bar_spec_add_series (spec, _("Reached the step in the period"));
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    tf_bar_spec_set_value (spec, series, i, funnel->entered[steps[i]].n);
  return chart_for (spec);
}

GtkWidget *
_tf_dashboard_caseload_chart (TfStats *stats)
{
  GPtrArray *months = tf_stats_get_caseload (stats);
  g_autoptr(TfBarSpec) spec = count_spec (_("Caseload by month"), TF_BAR_VERTICAL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint open, referrals;

  tf_bar_spec_set_value_label (spec, _("cases"));
  for (guint i = 0; i < months->len; i++)
    {
      TfStatsMonth *month = g_ptr_array_index (months, i);
      int year = 0, number = 0;
      g_autoptr(GDateTime) first = NULL;

      /* "Apr": twelve full month names do not fit under the bars. */
      if (sscanf (month->month, "%d-%d", &year, &number) == 2)
        first = g_date_time_new_local (year, number, 1, 0, 0, 0);
      g_ptr_array_add (labels, first != NULL ? g_date_time_format (first, "%b") : g_strdup (month->month));
    }
  g_ptr_array_add (labels, NULL);
  tf_bar_spec_set_categories (spec, (const char * const *) labels->pdata);
  open = tf_bar_spec_add_series (spec, _("Open cases at the month’s end"));
  referrals = tf_bar_spec_add_series (spec, _("New referrals"));
  for (guint i = 0; i < months->len; i++)
    {
      TfStatsMonth *month = g_ptr_array_index (months, i);

      tf_bar_spec_set_value (spec, open, i, month->open_at_end.n);
      tf_bar_spec_set_value (spec, referrals, i, month->new_referrals.n);
    }
  return chart_for (spec);
}

GtkWidget *
_tf_dashboard_counts_chart (const char *title,
                            GPtrArray  *counts)
{
  g_autoptr(TfBarSpec) spec = count_spec (title, TF_BAR_HORIZONTAL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint series;

  for (guint i = 0; i < counts->len; i++)
    {
      TfStatsCount *count = g_ptr_array_index (counts, i);

      g_ptr_array_add (labels, count->label != NULL ? count->label : count->id);
    }
  g_ptr_array_add (labels, NULL);
  tf_bar_spec_set_categories (spec, (const char * const *) labels->pdata);
  series = tf_bar_spec_add_series (spec, title);
  for (guint i = 0; i < counts->len; i++)
    tf_bar_spec_set_value (spec, series, i, ((TfStatsCount *) g_ptr_array_index (counts, i))->n);
  return chart_for (spec);
}

GtkWidget *
_tf_dashboard_interventions_chart (TfStats *stats)
{
  GPtrArray *areas = tf_stats_get_interventions (stats);
  g_autoptr(TfBarSpec) spec = count_spec (_("Interventions by area"), TF_BAR_HORIZONTAL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint running, started;

  tf_bar_spec_set_value_label (spec, _("interventions"));
  for (guint i = 0; i < areas->len; i++)
    g_ptr_array_add (labels, ((TfStatsInterventionArea *) g_ptr_array_index (areas, i))->label);
  g_ptr_array_add (labels, NULL);
  tf_bar_spec_set_categories (spec, (const char * const *) labels->pdata);
  running = tf_bar_spec_add_series (spec, _("Running"));
  started = tf_bar_spec_add_series (spec, _("Started in the period"));
  for (guint i = 0; i < areas->len; i++)
    {
      TfStatsInterventionArea *area = g_ptr_array_index (areas, i);

      tf_bar_spec_set_value (spec, running, i, area->running.n);
      tf_bar_spec_set_value (spec, started, i, area->started.n);
    }
  return chart_for (spec);
}

GtkWidget *
_tf_dashboard_reoffending_chart (TfStats *stats)
{
  const TfStatsReoffending *re = tf_stats_get_reoffending (stats);
  g_autoptr(TfBarSpec) spec = count_spec (_("Police contacts before and after the plan"), TF_BAR_HORIZONTAL);
  const char *labels[] = { _("6 months before the plan"), _("6 months after the plan"), NULL };
  guint contacts, people;

  tf_bar_spec_set_value_label (spec, _("police contacts and young people"));
  tf_bar_spec_set_categories (spec, labels);
  contacts = tf_bar_spec_add_series (spec, _("Police contacts"));
  people = tf_bar_spec_add_series (spec, _("Young people with a contact"));
  tf_bar_spec_set_value (spec, contacts, 0, re->contacts_before.n);
  tf_bar_spec_set_value (spec, contacts, 1, re->contacts_after.n);
  tf_bar_spec_set_value (spec, people, 0, re->with_contacts_before.n);
  tf_bar_spec_set_value (spec, people, 1, re->with_contacts_after.n);
  return chart_for (spec);
}

GtkWidget *
_tf_dashboard_effect_chart (const char *title,
                            GPtrArray  *effects)
{
  g_autoptr(TfBarSpec) spec = count_spec (title, TF_BAR_HORIZONTAL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  guint improved, held, worsened;

  tf_bar_spec_set_stacked (spec, TRUE);
  tf_bar_spec_set_empty_text (spec, _("No young person has been measured twice yet"));
  for (guint i = 0; i < effects->len; i++)
    g_ptr_array_add (labels, ((TfStatsEffect *) g_ptr_array_index (effects, i))->title);
  g_ptr_array_add (labels, NULL);
  tf_bar_spec_set_categories (spec, (const char * const *) labels->pdata);
  improved = tf_bar_spec_add_series (spec, _("Improved"));
  held = tf_bar_spec_add_series (spec, _("Held"));
  worsened = tf_bar_spec_add_series (spec, _("Worsened"));
  for (guint i = 0; i < effects->len; i++)
    {
      TfStatsEffect *effect = g_ptr_array_index (effects, i);

      tf_bar_spec_set_value (spec, improved, i, effect->improved.n);
      tf_bar_spec_set_value (spec, held, i, effect->held.n);
      tf_bar_spec_set_value (spec, worsened, i, effect->worsened.n);
    }
  return chart_for (spec);
}

GtkWidget *
_tf_dashboard_economy_chart (TfEconomy *economy)
{
  GListModel *areas = tf_economy_get_by_area (economy);
  guint n = g_list_model_get_n_items (areas);
  g_autoptr(TfBarSpec) spec = tf_bar_spec_new (_("Spent and committed by area against the budget"));
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint budget, used, forecast;

  tf_bar_spec_set_orientation (spec, TF_BAR_HORIZONTAL);
  tf_bar_spec_set_value_format (spec, TF_BAR_VALUE_KRONER);
  tf_bar_spec_set_value_label (spec, _("kr."));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfEconomyRow) row = g_list_model_get_item (areas, i);

      g_ptr_array_add (labels, g_strdup (tf_economy_row_get_label (row)));
    }
  g_ptr_array_add (labels, NULL);
  tf_bar_spec_set_categories (spec, (const char * const *) labels->pdata);
  budget = tf_bar_spec_add_series (spec, _("Budget"));
  used = tf_bar_spec_add_series (spec, _("Spent and committed"));
  forecast = tf_bar_spec_add_series (spec, _("Forecast"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfEconomyRow) row = g_list_model_get_item (areas, i);

      tf_bar_spec_set_value (spec, budget, i, tf_economy_row_get_budget (row));
      tf_bar_spec_set_value (spec, used, i, tf_economy_row_get_spent (row) + tf_economy_row_get_committed (row));
      tf_bar_spec_set_value (spec, forecast, i, tf_economy_row_get_forecast (row));
    }
  return chart_for (spec);
}
