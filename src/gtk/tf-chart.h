/* tf-chart.h — a line chart of several series, drawn by libtaskforce-chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(TF_GTK_INSIDE) && !defined(TF_COMPILATION)
# warning "Include <taskforce-gtk.h> instead of this header."
#endif

#include <gtk/gtk.h>

#include "tf-chart-render.h"
#include "tf-chart-spec.h"

G_BEGIN_DECLS

#define TF_TYPE_CHART (tf_chart_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfChart, tf_chart, TF, CHART, GtkWidget)

TF_AVAILABLE_IN_ALL
GtkWidget   *tf_chart_new         (TfChartSpec *spec);
TF_AVAILABLE_IN_ALL
TfChartSpec *tf_chart_get_spec    (TfChart     *self);
TF_AVAILABLE_IN_ALL
void         tf_chart_set_spec    (TfChart     *self,
                                   TfChartSpec *spec);
/* The colours and font the chart draws with now (they follow the theme). */
TF_AVAILABLE_IN_ALL
void         tf_chart_get_style   (TfChart     *self,
                                   TfChartStyle *style);
/* What the tooltip says at (@x, @y), or NULL when no value is near:
 * "School and learning\n3. dec. 2025: 7" (transfer full). */
TF_AVAILABLE_IN_ALL
char        *tf_chart_describe_at (TfChart     *self,
                                   double       x,
                                   double       y);

G_END_DECLS
