/* tf-assessment-catalogue.h — the domains and factors an assessment uses
 *
 * Eight domains and sixteen factors are built in; the coordinator (and the
 * administrator) may add their own, rename those, and retire any of them.
 * Nothing is ever deleted: old assessments keep referring to retired rows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-assessment-domain.h"
#include "tf-assessment-factor.h"
#include "tf-session.h"

G_BEGIN_DECLS

/* The domains in position order (GListModel of TfAssessmentDomain); the
 * retired ones too when @include_retired. */
TF_AVAILABLE_IN_ALL
GListModel *tf_assessment_domain_list     (TfSession   *session,
                                           gboolean     include_retired,
                                           GError     **error);
/* The factors of one @kind ("risk" or "protective"; NULL for both, risk
 * first) in position order (GListModel of TfAssessmentFactor). */
TF_AVAILABLE_IN_ALL
GListModel *tf_assessment_factor_list     (TfSession   *session,
                                           const char  *kind,
                                           gboolean     include_retired,
                                           GError     **error);

/* TRUE when the person at the desk may change the catalogue (a coordinator
 * or an administrator). Every change below fails with TF_ERROR_DENIED
 * otherwise. */
TF_AVAILABLE_IN_ALL
gboolean    tf_assessment_catalogue_may_edit (TfSession *session);

/* A new domain at the end. All four texts are required; the title must
 * differ from every other domain's. Returns its id or 0. */
TF_AVAILABLE_IN_ALL
gint64      tf_assessment_domain_add      (TfSession   *session,
                                           const char  *title,
                                           const char  *low_text,
                                           const char  *mid_text,
                                           const char  *high_text,
                                           GError     **error);
/* New words for a domain the coordinator added (built-in ones are the
 * program's and fail with TF_ERROR_INVALID). */
TF_AVAILABLE_IN_ALL
gboolean    tf_assessment_domain_update   (TfSession   *session,
                                           gint64       id,
                                           gint64       expected_version,
                                           const char  *title,
                                           const char  *low_text,
                                           const char  *mid_text,
                                           const char  *high_text,
                                           GError     **error);
/* Retires (@active FALSE) or brings back a domain, built-in or not. */
TF_AVAILABLE_IN_ALL
gboolean    tf_assessment_domain_set_active (TfSession *session,
                                             gint64     id,
                                             gboolean   active,
                                             GError   **error);

/* A new factor of @kind at the end of its list; returns its id or 0. */
TF_AVAILABLE_IN_ALL
gint64      tf_assessment_factor_add      (TfSession   *session,
                                           const char  *kind,
                                           const char  *title,
                                           GError     **error);
TF_AVAILABLE_IN_ALL
gboolean    tf_assessment_factor_rename   (TfSession   *session,
                                           gint64       id,
                                           gint64       expected_version,
                                           const char  *title,
                                           GError     **error);
TF_AVAILABLE_IN_ALL
gboolean    tf_assessment_factor_set_active (TfSession *session,
                                             gint64     id,
                                             gboolean   active,
                                             GError   **error);

G_END_DECLS
