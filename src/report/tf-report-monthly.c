/* tf-report-monthly.c — the monthly orientation to the committee in its
 * fixed template
 *
 * The seed's template (003): under three headings — personnel and
 * organisation, strategies and development, the status of each
 * intervention — only what is new. The coordinator's texts are kept per
 * month (TfReportText) and start from last month's; the figures are filled
 * in from TfStats, each with its change since last month marked with an
 * arrow and in words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-report-figures-private.h"

static gboolean
add_text (TfFigures   *f,
          const char  *month,
          const char  *heading,
          GError     **error)
{
  g_autoptr(TfReportText) text = tf_report_text_load (f->session, month, heading, error);

  if (text == NULL)
    return FALSE;
  if (*text->body == '\0')
    {
      tf_figures_note (f, _("Nothing new this month."));
      return TRUE;
    }
  tf_figures_paragraph (f, text->body);
  if (text->carried_from != NULL)
    {
      g_autoptr(TfPeriod) from = tf_period_parse (text->carried_from, NULL);
      g_autofree char *from_label = from != NULL ? tf_period_get_label (from) : g_strdup (text->carried_from);
      g_autofree char *note = g_strdup_printf (_("The text is unchanged since %s."), from_label);

      tf_figures_note (f, note);
    }
  return TRUE;
}

/* The figure this month, and its change since last month */
static void
change_row (TfFigures          *f,
            TfFigureTable      *t,
            const char         *label,
            const TfStatsCount *now,
            const TfStatsCount *before,
            const char         *before_label)
{
  TfFigureCell cells[] = {
    tf_figure_count (f, now),
    tf_figure_change (f, now, before, before_label),
  };

  tf_figure_table_row (f, t, label, cells);
}

static void
add_key_figures (TfFigures  *f,
                 TfStats    *before,
                 const char *month_label,
                 const char *before_label)
{
  const TfStatsFunnel *now_funnel = tf_stats_get_funnel (f->stats);
  const TfStatsFunnel *before_funnel = tf_stats_get_funnel (before);
  TfStatsMonth *now_month = g_ptr_array_index (tf_stats_get_caseload (f->stats), 0);
  TfStatsMonth *before_month = g_ptr_array_index (tf_stats_get_caseload (before), 0);
  g_autofree char *change_title = g_strdup_printf (_("Change since %s"), before_label);
  TfFigureTable *t;
  struct { const char *label; TfCaseStatus status; } entered[] = {
    { N_("Referred"), TF_CASE_STATUS_REFERRED },
    { N_("Offered a course"), TF_CASE_STATUS_OFFERED },
    { N_("Accepted"), TF_CASE_STATUS_ACCEPTED },
    { N_("Closed"), TF_CASE_STATUS_CLOSED },
  };

  tf_figures_section (f, _("Key figures"));
  t = tf_figure_table_new (_("Figure"), month_label, change_title, NULL);
  tf_figure_table_set_widths (t, 1.5);
  tf_figure_table_set_value_width (t, 0, 0.7);
  tf_figure_table_set_value_width (t, 1, 1.6);
  for (guint i = 0; i < G_N_ELEMENTS (entered); i++)
    change_row (f, t, _(entered[i].label), &now_funnel->entered[entered[i].status],
                &before_funnel->entered[entered[i].status], before_label);
  change_row (f, t, _("Screened"), &now_funnel->screened, &before_funnel->screened, before_label);
  change_row (f, t, _("Open cases at the month’s end"), &now_month->open_at_end,
              &before_month->open_at_end, before_label);
  change_row (f, t, _("Active cases at the month’s end"), tf_stats_get_active_cases (f->stats),
              tf_stats_get_active_cases (before), before_label);
  change_row (f, t, _("Meetings held"), &tf_stats_get_meetings (f->stats)->held,
              &tf_stats_get_meetings (before)->held, before_label);
  change_row (f, t, _("Group activities started"), &tf_stats_get_group_activities (f->stats)->started,
              &tf_stats_get_group_activities (before)->started, before_label);
  tf_figure_table_end (f, t);
  tf_figures_note (f, _("A change is not shown where either month’s count is hidden: it would give the "
                        "hidden count away."));

  /* The month against the one before, for the eye */
  {
    g_autoptr(TfBarSpec) spec = tf_bar_spec_new (_("This month and last month"));
    const char *labels[G_N_ELEMENTS (entered) + 3] = { NULL };
    guint was, is;

    for (guint i = 0; i < G_N_ELEMENTS (entered); i++)
      labels[i] = _(entered[i].label);
    labels[G_N_ELEMENTS (entered)] = _("Screened");
    labels[G_N_ELEMENTS (entered) + 1] = _("Meetings held");
    tf_bar_spec_set_orientation (spec, TF_BAR_HORIZONTAL);
    tf_bar_spec_set_value_label (spec, _("Number"));
    tf_bar_spec_set_categories (spec, labels);
    was = tf_bar_spec_add_series (spec, before_label);
    is = tf_bar_spec_add_series (spec, month_label);
    for (guint i = 0; i < G_N_ELEMENTS (entered); i++)
      {
        tf_figures_bar_count (spec, was, i, &before_funnel->entered[entered[i].status]);
        tf_figures_bar_count (spec, is, i, &now_funnel->entered[entered[i].status]);
      }
    tf_figures_bar_count (spec, was, G_N_ELEMENTS (entered), &before_funnel->screened);
    tf_figures_bar_count (spec, is, G_N_ELEMENTS (entered), &now_funnel->screened);
    tf_figures_bar_count (spec, was, G_N_ELEMENTS (entered) + 1, &tf_stats_get_meetings (before)->held);
    tf_figures_bar_count (spec, is, G_N_ELEMENTS (entered) + 1, &tf_stats_get_meetings (f->stats)->held);
    tf_figures_add_bars (f, spec);
  }
}

static TfStatsInterventionArea *
find_area (TfStats    *stats,
           const char *id)
{
  GPtrArray *areas = tf_stats_get_interventions (stats);

  for (guint i = 0; i < areas->len; i++)
    {
      TfStatsInterventionArea *area = g_ptr_array_index (areas, i);

      if (g_strcmp0 (area->id, id) == 0)
        return area;
    }
  return NULL;
}

static gboolean
add_interventions (TfFigures   *f,
                   TfStats     *before,
                   const char  *month,
                   const char  *month_label,
                   const char  *before_label,
                   GError     **error)
{
  const char * const *headings = tf_report_text_headings ();
  g_autofree char *change_title = g_strdup_printf (_("Change since %s"), before_label);

  tf_figures_section (f, _("Status of the interventions"));
  for (guint i = 0; headings[i] != NULL; i++)
    {
      const char *area_id;
      TfStatsInterventionArea *now, *was;
      TfFigureTable *t;

      if (!g_str_has_prefix (headings[i], "intervention:"))
        continue;
      area_id = headings[i] + strlen ("intervention:");
      tf_figures_subsection (f, tf_report_text_heading_label (headings[i]));
      if (!add_text (f, month, headings[i], error))
        return FALSE;
      now = find_area (f->stats, area_id);
      was = find_area (before, area_id);
      if (now == NULL || was == NULL)
        continue;
      t = tf_figure_table_new (tf_report_text_heading_label (headings[i]), month_label, change_title, NULL);
      tf_figure_table_set_widths (t, 1.5);
      tf_figure_table_set_value_width (t, 0, 0.7);
      tf_figure_table_set_value_width (t, 1, 1.6);
      change_row (f, t, _("Interventions started"), &now->started, &was->started, before_label);
      change_row (f, t, _("Interventions running"), &now->running, &was->running, before_label);
      change_row (f, t, _("Young people with one running"), &now->young_people, &was->young_people, before_label);
      tf_figure_table_end (f, t);
    }
  return TRUE;
}

TfFigures *
tf_figures_build_monthly (TfSession       *session,
                          TfRegistry      *registry,
                          const TfPeriod  *period,
                          const char      *today,
                          GError         **error)
{
  g_autoptr(TfFigures) f = NULL;
  g_autoptr(TfPeriod) previous = NULL;
  g_autoptr(TfStats) before = NULL;
  g_autofree char *label = NULL;
  g_autofree char *before_label = NULL;
  g_autofree char *title = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *before_as_of = NULL;
  g_autofree char *month = NULL;

  if (!tf_committee_report_check_period (TF_COMMITTEE_REPORT_MONTHLY, period, error))
    return NULL;
  label = tf_period_get_label (period);
  title = g_strdup_printf (_("Monthly orientation, %s"), label);
  as_of = tf_figures_as_of (period, tf_period_get_last_day (period), today);
  /* The economy: the year so far, as of the month's end */
  f = tf_figures_new (session, registry, period, today, as_of, tf_period_get_year (period), 0, title, error);
  if (f == NULL)
    return NULL;
  previous = tf_period_previous (period);
  before_label = tf_period_get_label (previous);
  before_as_of = tf_figures_as_of (previous, tf_period_get_last_day (previous), f->today);
  before = tf_stats_compute (session, f->registry, previous, before_as_of, error);
  if (before == NULL)
    return NULL;
  month = tf_period_to_string (period);

  tf_figures_add_front (f, _("Monthly orientation on the crime prevention work"), label,
    _("Once a month the committee is told what is new in the crime prevention work, in a fixed "
      "template: personnel and organisation, strategies and development, and the status of each "
      "intervention. Only what is new since last month is written; where a heading has "
      "nothing new, it says so.\n\n"
      "The figures are counted for the month from the cases in the taskforce’s program. A figure "
      "that changed since last month is marked with ▲ (up) or ▼ (down) and the change in words."));
  add_key_figures (f, before, label, before_label);
  tf_figures_section (f, tf_report_text_heading_label ("personnel"));
  if (!add_text (f, month, "personnel", error))
    return NULL;
  tf_figures_section (f, tf_report_text_heading_label ("strategies"));
  if (!add_text (f, month, "strategies", error))
    return NULL;
  if (!add_interventions (f, before, month, label, before_label, error))
    return NULL;
  tf_figures_add_economy (f);
  return g_steal_pointer (&f);
}

TfReport *
tf_report_monthly_new (TfSession       *session,
                       TfRegistry      *registry,
                       const TfPeriod  *period,
                       const char      *today,
                       GError         **error)
{
  g_autoptr(TfFigures) f = tf_figures_build_monthly (session, registry, period, today, error);

  return f != NULL ? tf_figures_steal_report (f) : NULL;
}
