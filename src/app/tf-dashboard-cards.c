/* tf-dashboard-cards.c — the dashboard's cards, from a TfStats and a TfEconomy
 *
 * Each card is a heading, a line that says what is counted, a chart where
 * a picture helps, and a boxed list with every number beside its words, so
 * a screen reader (and a person who prints nothing) reads the same figures
 * the chart draws. Cards are rebuilt whole on every count: a count is seconds
 * apart at most, and a rebuilt card never shows a stale number beside a new one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <taskforce-gtk.h>

#include "tf-dashboard-charts.h"
#include "tf-dashboard-private.h"

/* Wide enough for a chart with Danish labels (see tf-dashboard-grid.h for
 * how the grid folds to one column). */
#define CARD_WIDTH 480

/* Helpers */

GtkWidget *
_tf_dashboard_card_new (const char  *name,
                        const char  *title,
                        const char  *description,
                        GtkWidget  **list)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (title);

  gtk_widget_set_name (card, name);
  gtk_widget_set_size_request (card, CARD_WIDTH, -1);
  gtk_widget_set_margin_top (card, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_RELATION_LABELLED_BY, heading, NULL, -1);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (card), heading);

  if (description != NULL)
    {
      GtkWidget *label = gtk_label_new (description);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (card), label);
    }

  if (list != NULL)
    {
      *list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (*list), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (*list, "boxed-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (*list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      gtk_box_append (GTK_BOX (card), *list);
    }
  return card;
}

GtkWidget *
_tf_dashboard_add_row (GtkWidget  *list,
                       const char *title,
                       const char *subtitle,
                       const char *value)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (value);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_add_css_class (label, "numeric");
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  /* The row reads "Active cases, 12" as one. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, value, -1);
  /* for the description of a row that opens its cases */
  g_object_set_data_full (G_OBJECT (row), "tf-dashboard-value", g_strdup (value), g_free);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return row;
}

static char *
count_text (const TfStatsCount *count)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, count->n);
}

GtkWidget *
_tf_dashboard_add_count_row (GtkWidget          *list,
                             const char         *title,
                             const char         *subtitle,
                             const char         *when,
                             const TfStatsCount *count)
{
  g_autofree char *text = count_text (count);
  GtkWidget *row = _tf_dashboard_add_row (list, title, subtitle, text);

  _tf_dashboard_trace_row (row, title, when, count);
  return row;
}

/* "2nd quarter 2025": what completes a figure's title. */
static char *
period_label (TfStats *stats)
{
  return tf_period_get_label (tf_stats_get_period (stats));
}

void
_tf_dashboard_card_add_chart (GtkWidget *card,
                              GtkWidget *chart,
                              int        height)
{
  GtkWidget *list = gtk_widget_get_last_child (card);

  gtk_widget_set_size_request (chart, -1, height);
  gtk_widget_set_hexpand (chart, TRUE);
  gtk_widget_set_margin_top (chart, 6);
  gtk_widget_set_margin_bottom (chart, 6);
  /* Above the list of numbers, below the heading and its description. */
  if (GTK_IS_LIST_BOX (list))
    gtk_box_insert_child_after (GTK_BOX (card), chart, gtk_widget_get_prev_sibling (list));
  else
    gtk_box_append (GTK_BOX (card), chart);
}

static void
add_card (TfDashboardGrid *grid,
          GtkWidget       *card)
{
  tf_dashboard_grid_append (grid, card);
}

gboolean
_tf_dashboard_period_is_empty (TfStats *stats)
{
  const TfStatsFunnel *funnel = tf_stats_get_funnel (stats);
  GPtrArray *areas = tf_stats_get_interventions (stats);

  for (guint i = 0; i < TF_N_CASE_STATUSES; i++)
    if (funnel->entered[i].n > 0 || funnel->at_end[i].n > 0)
      return FALSE;
  for (guint i = 0; i < areas->len; i++)
    if (((TfStatsInterventionArea *) g_ptr_array_index (areas, i))->running.n > 0)
      return FALSE;
  return tf_stats_get_meetings (stats)->held.n == 0 &&
         tf_stats_get_group_activities (stats)->started.n == 0;
}

/* The cards */

static GtkWidget *
key_figures_card (TfStats *stats)
{
  const TfStatsFunnel *funnel = tf_stats_get_funnel (stats);
  const TfStatsMeetings *meetings = tf_stats_get_meetings (stats);
  g_autofree char *period = tf_period_get_label (tf_stats_get_period (stats));
  g_autofree char *tasks = NULL;
  g_autofree char *description = g_strdup_printf (_("The taskforce’s work in %s."), period);
  GtkWidget *list;
  GtkWidget *card = _tf_dashboard_card_new ("key-figures", _("Key Figures"), description, &list);
  gint64 open = MAX (0, meetings->tasks.n - meetings->tasks_done.n);
  GtkWidget *row;
  TfDashboardTrace traces[] = {
    { _("Tasks decided"), &meetings->tasks },
    { _("Tasks done"), &meetings->tasks_done },
  };

  _tf_dashboard_add_count_row (list, _("Active cases"), _("Active at the end of the period"), period,
                               tf_stats_get_active_cases (stats));
  _tf_dashboard_add_count_row (list, _("New referrals"), _("Referred in the period"), period,
                               &funnel->entered[TF_CASE_STATUS_REFERRED]);
  _tf_dashboard_add_count_row (list, _("Meetings held"), _("Taskforce, screening and network meetings"), period,
                               &meetings->held);
  /* TRANSLATORS: tasks decided at the period's meetings: "4 done, 2 open" */
  tasks = g_strdup_printf (_("%d done, %d open"),
                           (int) meetings->tasks_done.n, (int) open);
  row = _tf_dashboard_add_row (list, _("Tasks from the meetings"), _("Decided at the meetings held"), tasks);
  _tf_dashboard_trace_menu (row, NULL, period, traces, G_N_ELEMENTS (traces));
  return card;
}

static GtkWidget *
funnel_card (TfStats *stats)
{
  const TfStatsFunnel *funnel = tf_stats_get_funnel (stats);
  g_autofree char *period = period_label (stats);
  GtkWidget *list;
  GtkWidget *card = _tf_dashboard_card_new ("funnel", _("From Referral to Closing"),
                                            _("Young people who reached each step in the period, each counted once a step."),
                                            &list);

  _tf_dashboard_card_add_chart (card, _tf_dashboard_funnel_chart (stats), 300);
  _tf_dashboard_add_count_row (list, _("Referred"), NULL, period, &funnel->entered[TF_CASE_STATUS_REFERRED]);
  _tf_dashboard_add_count_row (list, _("Screened"), _("Judged relevant or not relevant"), period,
                               &funnel->screened);
  for (TfCaseStatus status = TF_CASE_STATUS_NOT_RELEVANT; status < TF_N_CASE_STATUSES; status++)
    {
      g_autofree char *at_end = g_strdup_printf (_("%d at this step at the end of the period"),
                                                 (int) funnel->at_end[status].n);
      g_autofree char *text = count_text (&funnel->entered[status]);
      GtkWidget *row = _tf_dashboard_add_row (list, tf_case_status_label (status), at_end, text);
      TfDashboardTrace traces[] = {
        { _("Reached the step in the period"), &funnel->entered[status] },
        { _("At the step at the end of the period"), &funnel->at_end[status] },
      };

      _tf_dashboard_trace_menu (row, tf_case_status_label (status), period, traces, G_N_ELEMENTS (traces));
    }
  for (guint i = 0; i < funnel->closed_by_reason->len; i++)
    {
      TfStatsCount *count = g_ptr_array_index (funnel->closed_by_reason, i);
      /* TRANSLATORS: a closing reason under "Closed": "Closed: goals reached" */
      g_autofree char *title = g_strdup_printf (_("Closed: %s"), count->label);

      if (count->n > 0)
        _tf_dashboard_add_count_row (list, title, NULL, period, count);
    }
  return card;
}

static GtkWidget *
caseload_card (TfStats *stats)
{
  GPtrArray *months = tf_stats_get_caseload (stats);
  GtkWidget *list;
  GtkWidget *card = _tf_dashboard_card_new ("caseload", _("Caseload"),
                                            _("Open cases at the end of each month, and new referrals in it."),
                                            &list);

  _tf_dashboard_card_add_chart (card, _tf_dashboard_caseload_chart (stats), 240);
  for (guint i = 0; i < months->len; i++)
    {
      TfStatsMonth *month = g_ptr_array_index (months, i);
      g_autofree char *open = g_strdup_printf (ngettext ("%d open case", "%d open cases",
                                                         month->open_at_end.n), (int) month->open_at_end.n);
      g_autofree char *referrals = g_strdup_printf (ngettext ("%d new referral", "%d new referrals",
                                                              month->new_referrals.n),
                                                    (int) month->new_referrals.n);

      GtkWidget *row = _tf_dashboard_add_row (list, month->label, referrals, open);
      TfDashboardTrace traces[] = {
        { _("Open cases at the end"), &month->open_at_end },
        { _("New referrals"), &month->new_referrals },
      };

      _tf_dashboard_trace_menu (row, NULL, month->label, traces, G_N_ELEMENTS (traces));
    }
  return card;
}

static GtkWidget *
legal_basis_card (TfStats *stats)
{
  GPtrArray *bases = tf_stats_get_active_by_legal_basis (stats);
  g_autofree char *period = period_label (stats);
  GtkWidget *list;
  GtkWidget *card = _tf_dashboard_card_new ("legal-basis", _("Active Cases by Legal Basis"),
                                            _("The legal basis of each active case’s latest support decision."),
                                            &list);

  _tf_dashboard_card_add_chart (card, _tf_dashboard_counts_chart (_("Active cases by legal basis"), bases),
                                _tf_dashboard_bars_height (bases->len));
  for (guint i = 0; i < bases->len; i++)
    {
      TfStatsCount *count = g_ptr_array_index (bases, i);

      _tf_dashboard_add_count_row (list, count->label != NULL ? count->label : count->id, NULL, period, count);
    }
  return card;
}

static GtkWidget *
interventions_card (TfStats *stats)
{
  GPtrArray *areas = tf_stats_get_interventions (stats);
  g_autofree char *period = period_label (stats);
  GtkWidget *list;
  GtkWidget *card = _tf_dashboard_card_new ("interventions", _("Interventions by Area"),
                                            _("Interventions running in the period, by the budget’s areas."),
                                            &list);

  _tf_dashboard_card_add_chart (card, _tf_dashboard_interventions_chart (stats),
                                _tf_dashboard_bars_height (areas->len));
  for (guint i = 0; i < areas->len; i++)
    {
      TfStatsInterventionArea *area = g_ptr_array_index (areas, i);
      /* TRANSLATORS: "3 started in the period, for 5 young people" */
      g_autofree char *subtitle = g_strdup_printf (_("%d started in the period, for %d young people"),
                                                   (int) area->started.n, (int) area->young_people.n);
      g_autofree char *running = g_strdup_printf (ngettext ("%d running", "%d running",
                                                            area->running.n), (int) area->running.n);

      GtkWidget *row = _tf_dashboard_add_row (list, area->label, subtitle, running);
      TfDashboardTrace traces[] = {
        { _("Running"), &area->running },
        { _("Started"), &area->started },
        { _("Young people"), &area->young_people },
      };

      _tf_dashboard_trace_menu (row, area->label, period, traces, G_N_ELEMENTS (traces));
    }
  return card;
}

static GtkWidget *
group_activities_card (TfStats *stats)
{
  const TfStatsGroupActivities *groups = tf_stats_get_group_activities (stats);
  g_autofree char *period = period_label (stats);
  GtkWidget *list;
  GtkWidget *card = _tf_dashboard_card_new ("group-activities", _("Group Activities"),
                                            _("Leisure and group activities the young people started in the period."),
                                            &list);

  if (groups->by_kind->len > 0)
    _tf_dashboard_card_add_chart (card, _tf_dashboard_counts_chart (_("Group activities by kind"), groups->by_kind),
                                  _tf_dashboard_bars_height (groups->by_kind->len));
  _tf_dashboard_add_count_row (list, _("Activities started"), NULL, period, &groups->started);
  _tf_dashboard_add_count_row (list, _("Young people taking part"), NULL, period, &groups->young_people);
  for (guint i = 0; i < groups->by_kind->len; i++)
    {
      TfStatsCount *count = g_ptr_array_index (groups->by_kind, i);

      _tf_dashboard_add_count_row (list, count->label != NULL ? count->label : count->id, NULL, period, count);
    }
  return card;
}

static GtkWidget *
reoffending_card (TfStats *stats)
{
  const TfStatsReoffending *re = tf_stats_get_reoffending (stats);
  g_autofree char *when = period_label (stats);
  GtkWidget *list;
  GtkWidget *card = _tf_dashboard_card_new ("reoffending", _("Re-offending"),
                                            _("Police contacts in the 6 months before and after each young person’s first action plan."),
                                            &list);

  _tf_dashboard_card_add_chart (card, _tf_dashboard_reoffending_chart (stats), 200);
  _tf_dashboard_add_count_row (list, _("Young people followed"), _("Their plan is 6 months old or more"), when,
                               &re->followed);
  _tf_dashboard_add_count_row (list, _("Police contacts before"), _("In the 6 months before the plan"), when,
                               &re->contacts_before);
  _tf_dashboard_add_count_row (list, _("Police contacts after"), _("In the 6 months after the plan"), when,
                               &re->contacts_after);
  _tf_dashboard_add_count_row (list, _("Young people with contacts before"), NULL, when, &re->with_contacts_before);
  _tf_dashboard_add_count_row (list, _("Young people with contacts after"), NULL, when, &re->with_contacts_after);
  _tf_dashboard_add_count_row (list, _("Not yet followed"), _("Their plan is younger than 6 months"), when,
                               &re->pending);
  return card;
}

static GtkWidget *
placements_card (TfStats *stats)
{
  const TfStatsPlacements *p = tf_stats_get_placements (stats);
  GtkWidget *list;
  GtkWidget *card = _tf_dashboard_card_new ("placements", _("Placements Avoided — Estimate"),
                                            _("An estimate, not a count: the young people worked with × the share "
                                              "expected to avoid a placement × what a placement costs a year × the years it would last."),
                                            &list);
  g_autofree char *share = NULL;
  g_autofree char *cost = NULL;
  g_autofree char *years = NULL;
  g_autofree char *avoided = NULL;
  g_autofree char *value = NULL;
  g_autofree char *when = NULL;

  if (!p->configured)
    {
      _tf_dashboard_add_row (list, _("No unit costs set"),
                             _("A coordinator sets what a placement costs a year and the share expected to be "
                               "avoided (the figures’ settings, in Preferences); then the estimate shows here."),
                             "–");
      return card;
    }
  share = g_strdup_printf (_("%.0f %%"), p->share_avoided);
  cost = tf_format_money ((gint64) (p->cost_per_year * 100));
  years = g_strdup_printf (ngettext ("%.1f year", "%.1f years", p->years == 1 ? 1 : 2), p->years);
  avoided = g_strdup_printf ("%.1f", p->placements_avoided);
  value = tf_format_money ((gint64) (p->value * 100));

  when = period_label (stats);
  _tf_dashboard_add_count_row (list, _("Young people worked with"), _("Active or paused in the period"), when,
                               &p->young_people);
  _tf_dashboard_add_row (list, _("Share expected to avoid a placement"), _("Assumption"), share);
  _tf_dashboard_add_row (list, _("Cost of a placement a year"), _("Assumption"), cost);
  _tf_dashboard_add_row (list, _("Length of a placement avoided"), _("Assumption"), years);
  _tf_dashboard_add_row (list, _("Placements avoided (estimate)"), NULL, avoided);
  _tf_dashboard_add_row (list, _("Value (estimate)"), NULL, value);
  return card;
}

static void
open_economy_cb (GtkButton *button,
                 gpointer   user_data)
{
  gtk_widget_activate_action (GTK_WIDGET (button), "app.show-economy", NULL);
}

static GtkWidget *
economy_card (TfEconomy *economy)
{
  g_autofree char *period = NULL;
  g_autofree char *description = NULL;
  TfEconomyRow *total;
  GtkWidget *list;
  GtkWidget *card;
  GtkWidget *button;
  GtkWidget *warning;
  struct { const char *title; const char *subtitle; gint64 ore; } lines[5];

  if (economy == NULL)
    {
      card = _tf_dashboard_card_new ("economy", _("Economy"), NULL, &list);
      _tf_dashboard_add_row (list, _("The economy could not be counted"),
                             _("The budget or an expense could not be read; try again later."), "–");
      return card;
    }

  period = tf_economy_dup_period_label (economy);
  /* TRANSLATORS: "Spent and committed in Q2 2025 against the budget" */
  description = g_strdup_printf (_("Spent and committed in %s against the budget, and the forecast to the end of the period."),
                                 period);
  card = _tf_dashboard_card_new ("economy", _("Economy"), description, &list);
  total = tf_economy_get_total (economy);

  /* The warning first: it is what the coordinator must act on. */
  warning = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  gtk_widget_set_name (warning, "economy-warning");
  gtk_widget_add_css_class (warning, "warning");
  gtk_box_append (GTK_BOX (warning), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  if (tf_economy_get_has_warning (economy))
  {
    g_auto(GStrv) warnings = g_strsplit (tf_economy_get_warning (economy), "\n", -1);
    guint more = g_strv_length (warnings) - 1;
    g_autofree char *text = more == 0 ? g_strdup (warnings[0])
      : g_strdup_printf (ngettext ("%s %u budget area passes its budget too: see the economy.",
                                   "%s %u budget areas pass their budgets too: see the economy.", more),
                         warnings[0], more);
    GtkWidget *label = gtk_label_new (text);

    gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    gtk_label_set_xalign (GTK_LABEL (label), 0);
    gtk_widget_set_hexpand (label, TRUE);
    gtk_box_append (GTK_BOX (warning), label);
  }
  gtk_accessible_update_property (GTK_ACCESSIBLE (warning), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Over budget"), -1);
  gtk_widget_set_visible (warning, tf_economy_get_has_warning (economy));
  gtk_box_insert_child_after (GTK_BOX (card), warning, gtk_widget_get_prev_sibling (list));

  _tf_dashboard_card_add_chart (card, _tf_dashboard_economy_chart (economy),
                                _tf_dashboard_bars_height (g_list_model_get_n_items (tf_economy_get_by_area (economy))) + 40);

  lines[0].title = _("Budget"); lines[0].ore = tf_economy_row_get_budget (total);
  lines[0].subtitle = tf_budget_get_is_default (tf_economy_get_budget (economy))
                      ? _("The default: no budget is saved for the year") : NULL;
  lines[1].title = _("Spent"); lines[1].subtitle = NULL; lines[1].ore = tf_economy_row_get_spent (total);
  lines[2].title = _("Committed"); lines[2].subtitle = _("Planned on interventions, not yet spent");
  lines[2].ore = tf_economy_row_get_committed (total);
  lines[3].title = _("Left"); lines[3].subtitle = NULL; lines[3].ore = tf_economy_row_get_left (total);
  lines[4].title = _("Forecast"); lines[4].subtitle = _("Spent and committed, and the pace of other spending to the end of the period");
  lines[4].ore = tf_economy_row_get_forecast (total);
  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      /* Whole kroner, as on the chart: øre are the economy window's detail. */
      gint64 kroner = lines[i].ore >= 0 ? (lines[i].ore + 50) / 100 : -((-lines[i].ore + 50) / 100);
      g_autofree char *money = tf_format_money (kroner * 100);

      _tf_dashboard_add_row (list, lines[i].title, lines[i].subtitle, money);
    }

  /* The economy window is the application's (app.show-economy); a button
   * that could do nothing is not shown. */
  if (G_IS_ACTION_GROUP (g_application_get_default ()) &&
      g_action_group_has_action (G_ACTION_GROUP (g_application_get_default ()), "show-economy"))
    {
      button = gtk_button_new_with_mnemonic (_("_Open Economy"));
      gtk_widget_set_halign (button, GTK_ALIGN_END);
      gtk_widget_set_margin_top (button, 6);
      g_signal_connect (button, "clicked", G_CALLBACK (open_economy_cb), NULL);
      gtk_box_append (GTK_BOX (card), button);
    }
  return card;
}

void
_tf_dashboard_fill_cards (TfDashboardGrid *grid,
                          TfStats         *stats,
                          TfEconomy       *economy)
{
  tf_dashboard_grid_remove_all (grid);

  /* Most wanted first; the grid puts each card in the shorter column. */
  add_card (grid, key_figures_card (stats));
  add_card (grid, caseload_card (stats));
  add_card (grid, economy_card (economy));
  add_card (grid, funnel_card (stats));
  add_card (grid, legal_basis_card (stats));
  add_card (grid, interventions_card (stats));
  add_card (grid, group_activities_card (stats));
  add_card (grid, reoffending_card (stats));
  _tf_dashboard_add_effect_cards (grid, stats);
  add_card (grid, placements_card (stats));
}

void
_tf_dashboard_add_card (TfDashboardGrid *grid,
                        GtkWidget  *card)
{
  add_card (grid, card);
}
