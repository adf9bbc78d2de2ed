/* tf-domain-score-row.h — one domain's scores in the assessment editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_DOMAIN_SCORE_ROW (tf_domain_score_row_get_type ())
G_DECLARE_FINAL_TYPE (TfDomainScoreRow, tf_domain_score_row, TF, DOMAIN_SCORE_ROW, GtkListBoxRow)

TfDomainScoreRow   *tf_domain_score_row_new          (TfAssessmentDomain    *domain);
TfAssessmentDomain *tf_domain_score_row_get_domain   (TfDomainScoreRow      *self);
/* Scores 0–10 or -1 for "not scored" */
void                tf_domain_score_row_set_scores   (TfDomainScoreRow      *self,
                                                      int                    score,
                                                      int                    own_score,
                                                      const char            *note);
void                tf_domain_score_row_get_scores   (TfDomainScoreRow      *self,
                                                      int                   *score,
                                                      int                   *own_score,
                                                      char                 **note);
/* The domain's latest earlier score, or NULL when it has none */
void                tf_domain_score_row_set_previous (TfDomainScoreRow      *self,
                                                      const TfPreviousScore *previous);
/* A complaint under the scores; NULL clears it. */
void                tf_domain_score_row_set_error    (TfDomainScoreRow      *self,
                                                      const char            *message);
GtkWidget          *tf_domain_score_row_get_focus_widget (TfDomainScoreRow  *self);

/* Sets the band chip's word and colour class on @label for @score (-1:
 * "Not scored", no colour). Shared with the assessment page. */
void                tf_band_chip_update              (GtkLabel              *label,
                                                      int                    score);

G_END_DECLS
