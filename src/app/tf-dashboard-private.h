/* tf-dashboard-private.h — the dashboard's cards, built from the figures
 *
 * tf-dashboard-view.c chooses the period and counts; tf-dashboard-cards.c
 * and tf-dashboard-effect.c turn a TfStats and a TfEconomy into cards.
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
void        _tf_dashboard_add_count_row   (GtkWidget          *list,
                                           const char         *title,
                                           const char         *subtitle,
                                           const TfStatsCount *count);
void        _tf_dashboard_card_add_chart  (GtkWidget  *card,
                                           GtkWidget  *chart,
                                           int         height);
/* Puts @card in the grid (the grid's child is not focusable). */
void        _tf_dashboard_add_card        (TfDashboardGrid *grid,
                                           GtkWidget  *card);
/* The effect cards: one per indicator group. */
void        _tf_dashboard_add_effect_cards (TfDashboardGrid *grid,
                                            TfStats    *stats);

G_END_DECLS
