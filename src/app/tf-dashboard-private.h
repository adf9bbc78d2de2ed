/* tf-dashboard-private.h — the dashboard's cards, built from the figures
 *
 * tf-dashboard-view.c chooses the period and counts; tf-dashboard-cards.c
 * and tf-dashboard-effect.c turn a TfStats and a TfEconomy into cards;
 * tf-dashboard-trace.c makes their numbers open the cases behind them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"
#include "tf-dashboard-grid.h"

G_BEGIN_DECLS

/* Replaces the cards in @grid with the figures of @stats and
 * @economy (@economy may be NULL when it could not be counted). */
void        _tf_dashboard_fill_cards      (TfDashboardGrid *grid,
                                           TfStats         *stats,
                                           TfEconomy       *economy);
/* TRUE when nothing at all happened in the stats' period. */
gboolean    _tf_dashboard_period_is_empty (TfStats    *stats);

/* Helpers shared by the card files. */
GtkWidget  *_tf_dashboard_card_new        (const char *name,
                                           const char *title,
                                           const char *description,
                                           GtkWidget **list);
GtkWidget  *_tf_dashboard_add_row         (GtkWidget  *list,
                                           const char *title,
                                           const char *subtitle,
                                           const char *value);
/* A row with @count's number that opens its cases (see below); @when
 * ("2nd quarter 2025") completes the title of the list it opens. */
GtkWidget  *_tf_dashboard_add_count_row   (GtkWidget          *list,
                                           const char         *title,
                                           const char         *subtitle,
                                           const char         *when,
                                           const TfStatsCount *count);
void        _tf_dashboard_card_add_chart  (GtkWidget  *card,
                                           GtkWidget  *chart,
                                           int         height);
/* Puts @card in the grid (the grid's child is not focusable). */
void        _tf_dashboard_add_card        (TfDashboardGrid *grid,
                                           GtkWidget  *card);
/* Tracing a number to its cases (tf-dashboard-trace.c). */

/* One of the counts a row shows, and what the row's menu calls it. */
typedef struct
{
  const char         *label;      /* "Open cases at the end" */
  const TfStatsCount *count;
} TfDashboardTrace;

/* win.show-cases's target for @count: (@title, its case ids). */
GVariant   *_tf_dashboard_trace_target    (const char         *title,
                                           const TfStatsCount *count);
/* Makes @row open @count's cases, titled "@what · @when", when it has any. */
void        _tf_dashboard_trace_row       (GtkWidget          *row,
                                           const char         *what,
                                           const char         *when,
                                           const TfStatsCount *count);
/* Makes @row open a menu of @traces, each entry opening its count's cases
 * titled "@prefix: label · @when" (no "@prefix: " when NULL). */
void        _tf_dashboard_trace_menu      (GtkWidget              *row,
                                           const char             *prefix,
                                           const char             *when,
                                           const TfDashboardTrace *traces,
                                           guint                   n_traces);

/* The effect cards: one per indicator group. */
void        _tf_dashboard_add_effect_cards (TfDashboardGrid *grid,
                                            TfStats    *stats);

G_END_DECLS
