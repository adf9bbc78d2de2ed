/* tf-sparkline.h — a small line chart of one series, the size of a line of text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(TF_GTK_INSIDE) && !defined(TF_COMPILATION)
# warning "Include <taskforce-gtk.h> instead of this header."
#endif

#include <gtk/gtk.h>

#include "tf-chart-series.h"

G_BEGIN_DECLS

#define TF_TYPE_SPARKLINE (tf_sparkline_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfSparkline, tf_sparkline, TF, SPARKLINE, GtkWidget)

TF_AVAILABLE_IN_ALL
GtkWidget     *tf_sparkline_new        (TfChartSeries *series);
TF_AVAILABLE_IN_ALL
TfChartSeries *tf_sparkline_get_series (TfSparkline   *self);
TF_AVAILABLE_IN_ALL
void           tf_sparkline_set_series (TfSparkline   *self,
                                        TfChartSeries *series);

G_END_DECLS
