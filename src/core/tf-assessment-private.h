/* tf-assessment-private.h — how the catalogue builds its rows (core only)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-assessment-domain.h"
#include "tf-assessment-factor.h"
#include "tf-assessment.h"

G_BEGIN_DECLS

/* Takes copies of the strings */
TfAssessmentDomain *_tf_assessment_domain_new (gint64      id,
                                               const char *code,
                                               const char *title,
                                               const char *low_text,
                                               const char *mid_text,
                                               const char *high_text,
                                               gboolean    builtin,
                                               gboolean    active);
TfAssessmentFactor *_tf_assessment_factor_new (gint64      id,
                                               const char *kind,
                                               const char *code,
                                               const char *title,
                                               gboolean    builtin,
                                               gboolean    active);

void                _tf_assessment_domain_set_version (TfAssessmentDomain *self,
                                                       gint64              version);
void                _tf_assessment_factor_set_version (TfAssessmentFactor *self,
                                                       gint64              version);

/* After a save: the row's id, its new version and (for a new one) author */
void                _tf_assessment_set_saved  (TfAssessment *self,
                                               gint64        id,
                                               gint64        version,
                                               const char   *author_name);

/* The translated title of an assessment domain: the program's own for a
 * built-in code, else @title as the coordinator wrote it. For modules that
 * read domain rows with their own SQL (plans, progression). */
const char  *_tf_assessment_domain_title (const char *code,
                                          gboolean    builtin,
                                          const char *title);

G_END_DECLS
