/* tf-assessment-domain.h — one domain of the holistic assessment, scored 0–10
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tf-version.h"

G_BEGIN_DECLS

#define TF_TYPE_ASSESSMENT_DOMAIN (tf_assessment_domain_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfAssessmentDomain, tf_assessment_domain, TF, ASSESSMENT_DOMAIN, GObject)

/* Read-only properties: "id" (int64), "code", "title", "low-text",
 * "mid-text", "high-text", "builtin", "active". A built-in domain's title and
 * texts come translated from the program; a coordinator's own carry their
 * words from the store. */
TF_AVAILABLE_IN_ALL
gint64       tf_assessment_domain_get_id        (TfAssessmentDomain *self);
TF_AVAILABLE_IN_ALL
const char  *tf_assessment_domain_get_code      (TfAssessmentDomain *self);
TF_AVAILABLE_IN_ALL
const char  *tf_assessment_domain_get_title     (TfAssessmentDomain *self);
/* What a score 0–3 / 4–6 / 7–10 means for this domain */
TF_AVAILABLE_IN_ALL
const char  *tf_assessment_domain_get_low_text  (TfAssessmentDomain *self);
TF_AVAILABLE_IN_ALL
const char  *tf_assessment_domain_get_mid_text  (TfAssessmentDomain *self);
TF_AVAILABLE_IN_ALL
const char  *tf_assessment_domain_get_high_text (TfAssessmentDomain *self);
/* The text of the band @score (0–10) lies in */
TF_AVAILABLE_IN_ALL
const char  *tf_assessment_domain_get_band_text (TfAssessmentDomain *self,
                                                 int                 score);
TF_AVAILABLE_IN_ALL
gboolean     tf_assessment_domain_get_builtin   (TfAssessmentDomain *self);
TF_AVAILABLE_IN_ALL
gboolean     tf_assessment_domain_get_active    (TfAssessmentDomain *self);

/* Goes up by one with every change of its words; a change names the
 * version it started from (TF_ERROR_CONFLICT otherwise). */
TF_AVAILABLE_IN_ALL
gint64       tf_assessment_domain_get_version (TfAssessmentDomain *self);

G_END_DECLS
