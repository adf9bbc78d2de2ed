/* tf-assessment-factor.h — a risk or protective factor to tick in an assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tf-version.h"

G_BEGIN_DECLS

#define TF_TYPE_ASSESSMENT_FACTOR (tf_assessment_factor_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfAssessmentFactor, tf_assessment_factor, TF, ASSESSMENT_FACTOR, GObject)

/* Read-only properties: "id" (int64), "kind" ("risk" or "protective"),
 * "code", "title" (translated for a built-in factor), "builtin", "active". */
TF_AVAILABLE_IN_ALL
gint64       tf_assessment_factor_get_id      (TfAssessmentFactor *self);
TF_AVAILABLE_IN_ALL
const char  *tf_assessment_factor_get_kind    (TfAssessmentFactor *self);
TF_AVAILABLE_IN_ALL
const char  *tf_assessment_factor_get_code    (TfAssessmentFactor *self);
TF_AVAILABLE_IN_ALL
const char  *tf_assessment_factor_get_title   (TfAssessmentFactor *self);
TF_AVAILABLE_IN_ALL
gboolean     tf_assessment_factor_get_builtin (TfAssessmentFactor *self);
TF_AVAILABLE_IN_ALL
gboolean     tf_assessment_factor_get_active  (TfAssessmentFactor *self);

/* Goes up by one with every change of its words; a change names the
 * version it started from (TF_ERROR_CONFLICT otherwise). */
TF_AVAILABLE_IN_ALL
gint64       tf_assessment_factor_get_version (TfAssessmentFactor *self);

G_END_DECLS
