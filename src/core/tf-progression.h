/* tf-progression.h — a case's course over time, as series of dated values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-indicator-value.h"
#include "tf-registry.h"
#include "tf-session.h"

G_BEGIN_DECLS

typedef enum
{
  TF_PROGRESSION_DOMAIN,      /* an assessment domain: the professionals' score 0–10 */
  TF_PROGRESSION_GOAL,        /* a goal of the action plan: its progress 0–10 */
  TF_PROGRESSION_INDICATOR,   /* what a work area measures, in its unit */
} TfProgressionKind;

#define TF_TYPE_PROGRESSION_SERIES (tf_progression_series_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfProgressionSeries, tf_progression_series, TF, PROGRESSION_SERIES, GObject)

TF_AVAILABLE_IN_ALL
TfProgressionKind       tf_progression_series_get_kind     (TfProgressionSeries *self);
/* The domain's code, the goal's key (as text) or the indicator's id. */
TF_AVAILABLE_IN_ALL
const char             *tf_progression_series_get_key      (TfProgressionSeries *self);
/* Translated: "School and learning", the goal's latest words, "Absence". */
TF_AVAILABLE_IN_ALL
const char             *tf_progression_series_get_title    (TfProgressionSeries *self);
/* The indicator's unit ("%"), or NULL. */
TF_AVAILABLE_IN_ALL
const char             *tf_progression_series_get_unit     (TfProgressionSeries *self);
TF_AVAILABLE_IN_ALL
int                     tf_progression_series_get_decimals (TfProgressionSeries *self);
/* The values the measure can take (0–10 for scores and progress); FALSE for
 * an indicator no enabled work area declares any more. */
TF_AVAILABLE_IN_ALL
gboolean                tf_progression_series_get_range    (TfProgressionSeries *self,
                                                            double              *min,
                                                            double              *max);
/* Oldest first; never empty. */
TF_AVAILABLE_IN_ALL
const TfIndicatorPoint *tf_progression_series_get_points   (TfProgressionSeries *self,
                                                            guint               *n_points);

/* Every series of the case that has a value (GListModel of
 * TfProgressionSeries): the assessment domains in their order, then the
 * goals in the order they were first set, then the indicators in the work
 * areas' order. @registry (nullable) gives the indicators' titles and units;
 * an indicator it does not know is titled by its id. */
TF_AVAILABLE_IN_ALL
GListModel             *tf_progression_load                (TfSession   *session,
                                                            TfRegistry  *registry,
                                                            gint64       case_id,
                                                            GError     **error);
/* The first day any series of @series (from tf_progression_load()) has a
 * value — where the charts of the case start — or NULL (transfer full). */
TF_AVAILABLE_IN_ALL
char                   *tf_progression_first_date          (GListModel  *series);

G_END_DECLS
