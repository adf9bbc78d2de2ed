/* tf-dashboard-card.h — one card of the dashboard's grid
 *
 * A bin whose natural width is a card's (500 px) whatever its content would
 * like: GtkFlowBox puts as many children on a line as their natural widths
 * allow, and a chart or a long wrapped sentence would otherwise ask for the
 * whole line. So two cards share a line from 1036 px and fold to one below
 * (in a 1024 px window), and a card grows to fill the line it gets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TF_TYPE_DASHBOARD_CARD (tf_dashboard_card_get_type ())
G_DECLARE_FINAL_TYPE (TfDashboardCard, tf_dashboard_card, TF, DASHBOARD_CARD, GtkWidget)

/* A card around @child (its content: heading, chart, rows). */
GtkWidget *tf_dashboard_card_new       (GtkWidget       *child);
GtkWidget *tf_dashboard_card_get_child (TfDashboardCard *self);

G_END_DECLS
