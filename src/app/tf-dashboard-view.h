/* tf-dashboard-view.h — the main window's "Overview" page: the taskforce's
 * figures for a chosen period, as cards with charts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_DASHBOARD_VIEW (tf_dashboard_view_get_type ())
G_DECLARE_FINAL_TYPE (TfDashboardView, tf_dashboard_view, TF, DASHBOARD_VIEW, GtkWidget)

/* @registry: the work areas' indicators and forms (may be NULL: then the
 * figures that come from the work areas are empty). */
GtkWidget  *tf_dashboard_view_new              (TfSession       *session,
                                                TfRegistry      *registry);
/* Shows @period (the dropdowns follow) and counts it again. */
void        tf_dashboard_view_set_period       (TfDashboardView *self,
                                                const TfPeriod  *period);
/* The period shown (transfer full). */
TfPeriod   *tf_dashboard_view_dup_period       (TfDashboardView *self);
/* The day the figures stand on (ISO; NULL for today), for tests and for
 * looking back. Counts again. */
void        tf_dashboard_view_set_today        (TfDashboardView *self,
                                                const char      *today_iso);
/* How long after the store's last change the figures are counted again
 * (2000 ms unless set; tests shorten it). */
void        tf_dashboard_view_set_change_delay (TfDashboardView *self,
                                                guint            ms);
/* Counts again now, in the background. */
void        tf_dashboard_view_reload           (TfDashboardView *self);
/* TRUE while a count runs or waits to run. */
gboolean    tf_dashboard_view_is_busy          (TfDashboardView *self);
/* The figures the cards show now (NULL before the first count). */
TfStats    *tf_dashboard_view_get_stats        (TfDashboardView *self);
TfEconomy  *tf_dashboard_view_get_economy      (TfDashboardView *self);
/* How many counts have reached the cards. */
guint       tf_dashboard_view_get_n_updates    (TfDashboardView *self);

G_END_DECLS
