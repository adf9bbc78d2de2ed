/* tf-dashboard-grid.h — the dashboard's cards in one or two columns
 *
 * Two columns when there is room for two cards of 500 px and the spacing
 * between them (a window wider than 1024 px), else one. Each card goes to
 * the shorter column, so cards of different heights leave no gaps. Much
 * cheaper to lay out than a GtkFlowBox of wrapping cards, which measures
 * every card many times over; that relayout is what the person waits for
 * on the main thread when new figures arrive.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TF_TYPE_DASHBOARD_GRID (tf_dashboard_grid_get_type ())
G_DECLARE_FINAL_TYPE (TfDashboardGrid, tf_dashboard_grid, TF, DASHBOARD_GRID, GtkWidget)

GtkWidget *tf_dashboard_grid_new        (void);
void       tf_dashboard_grid_append     (TfDashboardGrid *self,
                                         GtkWidget       *card);
void       tf_dashboard_grid_remove_all (TfDashboardGrid *self);
/* 1 or 2, as last laid out (for tests). */
guint      tf_dashboard_grid_get_n_columns (TfDashboardGrid *self);

G_END_DECLS
