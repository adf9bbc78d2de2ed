/* tf-dashboard-effect.c — the dashboard's effect cards
 *
 * One card per group of indicators — the assessment domains, the action
 * plans' goal progress, the work areas' indicators — with a stacked bar per
 * indicator (improved, held, worsened) and a row per indicator saying the
 * three numbers and the threshold a change must pass to count; the row's
 * menu opens the young people's cases behind each number.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-dashboard-charts.h"
#include "tf-dashboard-private.h"

static char *
threshold_text (const TfStatsEffect *effect)
{
  /* TRANSLATORS: "A change counts from 3 points, higher is better; 2 measured once";
   * the first %s is the threshold in the indicator's unit ("3 points", "5 %") */
  if (effect->higher_is_better)
    return g_strdup_printf (ngettext ("A change counts from %s, higher is better; %d measured once",
                                      "A change counts from %s, higher is better; %d measured once",
                                      effect->measured_once.n),
                            effect->threshold_label, (int) effect->measured_once.n);
  return g_strdup_printf (ngettext ("A change counts from %s, lower is better; %d measured once",
                                    "A change counts from %s, lower is better; %d measured once",
                                    effect->measured_once.n),
                          effect->threshold_label, (int) effect->measured_once.n);
}

static GtkWidget *
effect_card (const char *name,
             const char *title,
             const char *description,
             const char *when,
             GPtrArray  *effects)
{
  GtkWidget *list;
  GtkWidget *card = _tf_dashboard_card_new (name, title, description, &list);

  _tf_dashboard_card_add_chart (card, _tf_dashboard_effect_chart (title, effects),
                                _tf_dashboard_bars_height (effects->len) + 30);
  for (guint i = 0; i < effects->len; i++)
    {
      const TfStatsEffect *effect = g_ptr_array_index (effects, i);
      g_autofree char *subtitle = threshold_text (effect);
      /* TRANSLATORS: young people: "3 improved, 1 held, 0 worsened" */
      g_autofree char *value = g_strdup_printf (_("%d improved, %d held, %d worsened"),
                                                (int) effect->improved.n, (int) effect->held.n,
                                                (int) effect->worsened.n);

      GtkWidget *row = _tf_dashboard_add_row (list, effect->title, subtitle, value);
      TfDashboardTrace traces[] = {
        { _("Improved"), &effect->improved },
        { _("Held"), &effect->held },
        { _("Worsened"), &effect->worsened },
        { _("Measured once"), &effect->measured_once },
      };

      _tf_dashboard_trace_menu (row, effect->title, when, traces, G_N_ELEMENTS (traces));
    }
  return card;
}

void
_tf_dashboard_add_effect_cards (TfDashboardGrid *grid,
                                TfStats    *stats)
{
  GPtrArray *effects = tf_stats_get_effects (stats);
  g_autoptr(GPtrArray) domains = g_ptr_array_new ();
  g_autoptr(GPtrArray) goals = g_ptr_array_new ();
  g_autoptr(GPtrArray) indicators = g_ptr_array_new ();
  g_autofree char *when = tf_period_get_label (tf_stats_get_period (stats));

  for (guint i = 0; i < effects->len; i++)
    {
      TfStatsEffect *effect = g_ptr_array_index (effects, i);

      switch (effect->source)
        {
        case TF_STATS_SOURCE_DOMAIN:
          g_ptr_array_add (domains, effect);
          break;
        case TF_STATS_SOURCE_GOAL_PROGRESS:
          g_ptr_array_add (goals, effect);
          break;
        case TF_STATS_SOURCE_INDICATOR:
        default:
          g_ptr_array_add (indicators, effect);
          break;
        }
    }

  _tf_dashboard_add_card (grid,
    effect_card ("effect-domains", _("Effect: Assessment Domains"),
                 _("Young people whose latest score, against their first, improved, held or worsened."),
                 when, domains));
  _tf_dashboard_add_card (grid,
    effect_card ("effect-goals", _("Effect: Goal Progress"),
                 _("The action plans’ goals: the latest plan’s progress against the first."),
                 when, goals));
  if (indicators->len > 0)
    _tf_dashboard_add_card (grid,
      effect_card ("effect-indicators", _("Effect: Work Area Indicators"),
                   _("What the work areas measure, the latest value against the first."),
                   when, indicators));
}
