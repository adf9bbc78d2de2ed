/* tf-bar-chart.h — a bar chart, drawn by libtaskforce-chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(TF_GTK_INSIDE) && !defined(TF_COMPILATION)
# warning "Include <taskforce-gtk.h> instead of this header."
#endif

#include <gtk/gtk.h>

#include "tf-bar-spec.h"

G_BEGIN_DECLS

#define TF_TYPE_BAR_CHART (tf_bar_chart_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfBarChart, tf_bar_chart, TF, BAR_CHART, GtkWidget)

TF_AVAILABLE_IN_ALL
GtkWidget *tf_bar_chart_new         (TfBarSpec    *spec);
TF_AVAILABLE_IN_ALL
TfBarSpec *tf_bar_chart_get_spec    (TfBarChart   *self);
TF_AVAILABLE_IN_ALL
void       tf_bar_chart_set_spec    (TfBarChart   *self,
                                     TfBarSpec    *spec);
/* The colours and font the chart draws with now (they follow the theme). */
TF_AVAILABLE_IN_ALL
void       tf_bar_chart_get_style   (TfBarChart   *self,
                                     TfChartStyle *style);
/* What the tooltip says at (@x, @y), or NULL outside every category:
 * "Support for the family\nBudget: 200.000 kr.\nSpent: 95.500 kr."
 * (transfer full). */
TF_AVAILABLE_IN_ALL
char      *tf_bar_chart_describe_at (TfBarChart   *self,
                                     double        x,
                                     double        y);

G_END_DECLS
