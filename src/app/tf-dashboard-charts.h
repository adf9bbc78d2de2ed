/* tf-dashboard-charts.h — the dashboard's charts, from the figures
 *
 * Every chart has a title, a value axis with its unit and an accessible
 * description (the chart widgets give the one their spec describes).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "taskforce.h"

G_BEGIN_DECLS

/* A height for @n horizontal bars with their labels. */
int         _tf_dashboard_bars_height         (guint       n);
/* The funnel: young people who reached each step, horizontal bars. */
GtkWidget  *_tf_dashboard_funnel_chart        (TfStats    *stats);
/* Open cases at each month's end and new referrals, vertical bars. */
GtkWidget  *_tf_dashboard_caseload_chart      (TfStats    *stats);
/* One horizontal bar per TfStatsCount of @counts, in young people. */
GtkWidget  *_tf_dashboard_counts_chart        (const char *title,
                                               GPtrArray  *counts);
/* Running interventions per budget area. */
GtkWidget  *_tf_dashboard_interventions_chart (TfStats    *stats);
/* Police contacts before and after the plans. */
GtkWidget  *_tf_dashboard_reoffending_chart   (TfStats    *stats);
/* Improved / held / worsened, stacked, one bar per TfStatsEffect of @effects. */
GtkWidget  *_tf_dashboard_effect_chart        (const char *title,
                                               GPtrArray  *effects);
/* Spent and committed by budget area against each area's budget. */
GtkWidget  *_tf_dashboard_economy_chart       (TfEconomy  *economy);

G_END_DECLS
