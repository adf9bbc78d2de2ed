/* tf-threshold-row.h — one effect indicator's threshold on the figures' settings page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_THRESHOLD_ROW (tf_threshold_row_get_type ())
G_DECLARE_FINAL_TYPE (TfThresholdRow, tf_threshold_row, TF, THRESHOLD_ROW, AdwActionRow)

/* A row titled with @indicator's title, saying where it comes from and its
 * default; a spin button bounded by its scale (named "threshold:KEY"), its
 * unit after it (a label named "unit:KEY", none when it has no unit) and a
 * reset ("reset-KEY"). A change is saved through
 * tf_stats_indicator_threshold_set() at once; then the row emits "saved",
 * or "failed" (const char *message) when the core refuses. Not @editable:
 * the spin button is insensitive and the reset hidden. Every row's unit
 * label joins @unit_group, so the spin buttons stand in one column. */
GtkWidget        *tf_threshold_row_new           (TfSession        *session,
                                                  TfStatsIndicator *indicator,
                                                  gboolean          editable,
                                                  GtkSizeGroup     *unit_group);
TfStatsIndicator *tf_threshold_row_get_indicator (TfThresholdRow   *self);
/* A fresh reading of the same indicator (same key) into the row. With
 * @keep_typed, text the person typed into the spin button and has not
 * entered stays. */
void              tf_threshold_row_set_indicator (TfThresholdRow   *self,
                                                  TfStatsIndicator *indicator,
                                                  gboolean          keep_typed);

/* TRUE when @spin shows text the person typed and has not yet entered (a
 * spin button takes its text as the value only on Enter or leaving it).
 * Shared with the page's other spin button. */
gboolean          tf_spin_button_is_typed_in     (GtkSpinButton    *spin);

G_END_DECLS
