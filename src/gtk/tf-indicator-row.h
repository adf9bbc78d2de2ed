/* tf-indicator-row.h — one indicator of a case: latest value, chart, trend (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

typedef enum
{
  TF_TREND_NONE,       /* fewer than two values */
  TF_TREND_BETTER,
  TF_TREND_WORSE,
  TF_TREND_UNCHANGED,
} TfTrend;

#define TF_TYPE_INDICATOR_ROW (tf_indicator_row_get_type ())
G_DECLARE_FINAL_TYPE (TfIndicatorRow, tf_indicator_row, TF, INDICATOR_ROW, AdwActionRow)

GtkWidget   *tf_indicator_row_new           (TfSession      *session,
                                             TfIndicator    *indicator,
                                             gint64          case_id);
TfIndicator *tf_indicator_row_get_indicator (TfIndicatorRow *self);
/* The values, oldest first (GArray of TfIndicatorPoint). */
void         tf_indicator_row_set_points    (TfIndicatorRow *self,
                                             GArray         *points);
TfTrend      tf_indicator_row_get_trend     (TfIndicatorRow *self);

/* The latest value against the first, as the indicator judges it. */
TfTrend      _tf_indicator_trend            (TfIndicator            *indicator,
                                             const TfIndicatorPoint *points,
                                             guint                   n_points);

G_END_DECLS
