/* tf-assessment.h — a dated holistic assessment of a case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-session.h"

G_BEGIN_DECLS

#define TF_TYPE_ASSESSMENT (tf_assessment_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfAssessment, tf_assessment, TF, ASSESSMENT, GObject)

/* A new, unsaved assessment of @case_id dated today, with no scores. */
TF_AVAILABLE_IN_ALL
TfAssessment *tf_assessment_new                 (gint64        case_id);
/* A deep copy (scores and factor marks too), for an editor to work on. */
TF_AVAILABLE_IN_ALL
TfAssessment *tf_assessment_copy                (TfAssessment *self);

/* Read-only properties: "id" (0 until saved), "case-id", "version",
 * "assessed-on" (ISO), "risk-level" ("low", "moderate", "high" or NULL),
 * "reasoning", "young-person-took-part", "author-name". */
TF_AVAILABLE_IN_ALL
gint64        tf_assessment_get_id              (TfAssessment *self);
TF_AVAILABLE_IN_ALL
gint64        tf_assessment_get_case_id         (TfAssessment *self);
TF_AVAILABLE_IN_ALL
gint64        tf_assessment_get_version         (TfAssessment *self);
TF_AVAILABLE_IN_ALL
const char   *tf_assessment_get_assessed_on     (TfAssessment *self);
TF_AVAILABLE_IN_ALL
const char   *tf_assessment_get_risk_level      (TfAssessment *self);
TF_AVAILABLE_IN_ALL
const char   *tf_assessment_get_reasoning       (TfAssessment *self);
TF_AVAILABLE_IN_ALL
gboolean      tf_assessment_get_young_person_took_part (TfAssessment *self);
TF_AVAILABLE_IN_ALL
const char   *tf_assessment_get_author_name     (TfAssessment *self);

TF_AVAILABLE_IN_ALL
void          tf_assessment_set_assessed_on     (TfAssessment *self,
                                                 const char   *iso_date);
TF_AVAILABLE_IN_ALL
void          tf_assessment_set_risk_level      (TfAssessment *self,
                                                 const char   *risk_level);
TF_AVAILABLE_IN_ALL
void          tf_assessment_set_reasoning       (TfAssessment *self,
                                                 const char   *reasoning);
TF_AVAILABLE_IN_ALL
void          tf_assessment_set_young_person_took_part (TfAssessment *self,
                                                        gboolean      took_part);

/* Scores: per domain the professionals' @score and the young person's
 * @own_score, each 0–10 or -1 when not given, and a short @note. Setting
 * both to -1 with no note removes the domain's row. */
TF_AVAILABLE_IN_ALL
void          tf_assessment_set_score           (TfAssessment *self,
                                                 gint64        domain_id,
                                                 int           score,
                                                 int           own_score,
                                                 const char   *note);
/* FALSE when the assessment has no row for @domain_id (then both scores
 * read -1 and the note NULL). Any out argument may be NULL. */
TF_AVAILABLE_IN_ALL
gboolean      tf_assessment_get_score           (TfAssessment *self,
                                                 gint64        domain_id,
                                                 int          *score,
                                                 int          *own_score,
                                                 const char  **note);
/* The domains the assessment has rows for, in the order they were set or
 * loaded (loaded: the domains' position order). */
TF_AVAILABLE_IN_ALL
const gint64 *tf_assessment_get_scored_domains  (TfAssessment *self,
                                                 guint        *n_domains);
TF_AVAILABLE_IN_ALL
void          tf_assessment_clear_scores        (TfAssessment *self);

/* Risk and protective factors ticked */
TF_AVAILABLE_IN_ALL
void          tf_assessment_set_factor          (TfAssessment *self,
                                                 gint64        factor_id,
                                                 gboolean      marked);
TF_AVAILABLE_IN_ALL
gboolean      tf_assessment_has_factor          (TfAssessment *self,
                                                 gint64        factor_id);
TF_AVAILABLE_IN_ALL
const gint64 *tf_assessment_get_factors         (TfAssessment *self,
                                                 guint        *n_factors);

/* A case's assessments, newest first (GListModel of TfAssessment, with
 * their scores and factors). */
TF_AVAILABLE_IN_ALL
GListModel   *tf_assessment_list_for_case       (TfSession    *session,
                                                 gint64        case_id,
                                                 GError      **error);
TF_AVAILABLE_IN_ALL
TfAssessment *tf_assessment_load                (TfSession    *session,
                                                 gint64        id,
                                                 GError      **error);

/* Checks the rules without writing: a map of field → translated message,
 * empty when all is well. Fields: "assessed-on", "risk-level", "scores"
 * and "score-<domain id>". */
TF_AVAILABLE_IN_ALL
GHashTable   *tf_assessment_validate            (TfSession    *session,
                                                 TfAssessment *self);
/* Creates (id 0) or updates the assessment with its scores and factor marks
 * in one transaction. TF_ERROR_INVALID (the first rule broken, naming the
 * field) or TF_ERROR_CONFLICT (another desk saved a newer version since
 * this one was loaded); nothing is written then. On success @self holds its
 * id and new version. */
TF_AVAILABLE_IN_ALL
gboolean      tf_assessment_save                (TfSession    *session,
                                                 TfAssessment *self,
                                                 GError      **error);

/* A domain's latest score before an assessment, to show next to it. */
typedef struct
{
  gint64  domain_id;
  int     score;        /* -1 when not given */
  int     own_score;    /* -1 when not given */
  char   *assessed_on;  /* ISO */
} TfPreviousScore;

/* For an assessment of @case_id dated @before (ISO) with id @assessment_id
 * (0 for a new one): each domain's latest score from the assessments that
 * come before it (earlier date, or the same date and saved earlier). A map
 * from gint64* domain id to TfPreviousScore*. */
TF_AVAILABLE_IN_ALL
GHashTable   *tf_assessment_previous_scores     (TfSession    *session,
                                                 gint64        case_id,
                                                 const char   *before,
                                                 gint64        assessment_id,
                                                 GError      **error);

G_END_DECLS
