/* tf-measurement-popover.h — add one measurement of an indicator (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_MEASUREMENT_POPOVER (tf_measurement_popover_get_type ())
G_DECLARE_FINAL_TYPE (TfMeasurementPopover, tf_measurement_popover, TF, MEASUREMENT_POPOVER, GtkPopover)

GtkWidget *tf_measurement_popover_new (TfSession   *session,
                                       TfIndicator *indicator,
                                       gint64       case_id);
/* What the Add button does; TRUE when the value was stored. */
gboolean   tf_measurement_popover_add (TfMeasurementPopover *self);

G_END_DECLS
