/* tf-case-status.h — where a case is in the taskforce's funnel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-version.h"

G_BEGIN_DECLS

typedef enum
{
  TF_CASE_STATUS_REFERRED,      /* henvist, waits for the screening meeting */
  TF_CASE_STATUS_NOT_RELEVANT,  /* vurderet ikke relevant */
  TF_CASE_STATUS_RELEVANT,      /* vurderet relevant */
  TF_CASE_STATUS_OFFERED,       /* tilbudt */
  TF_CASE_STATUS_ACCEPTED,      /* takket ja */
  TF_CASE_STATUS_DECLINED,      /* takket nej */
  TF_CASE_STATUS_IN_PROCESS,    /* i proces */
  TF_CASE_STATUS_ACTIVE,        /* aktiv */
  TF_CASE_STATUS_PAUSED,        /* sat i bero */
  TF_CASE_STATUS_CLOSED,        /* afsluttet */
  TF_N_CASE_STATUSES
} TfCaseStatus;

/* Stable ids as stored ("referred", "not-relevant", ...). */
TF_AVAILABLE_IN_ALL
const char  *tf_case_status_to_id    (TfCaseStatus status);
/* -1 for an unknown id. */
TF_AVAILABLE_IN_ALL
int          tf_case_status_from_id  (const char  *id);
/* Translated label ("Henvist"). */
TF_AVAILABLE_IN_ALL
const char  *tf_case_status_label    (TfCaseStatus status);
TF_AVAILABLE_IN_ALL
const char  *tf_case_status_label_for_id (const char *id);
/* Whether the case still takes the taskforce's time (not closed, declined or not relevant). */
TF_AVAILABLE_IN_ALL
gboolean     tf_case_status_is_open  (TfCaseStatus status);

typedef enum
{
  TF_REFERRAL_SCHOOL,
  TF_REFERRAL_PARENTS,
  TF_REFERRAL_POLICE,
  TF_REFERRAL_SSP,
  TF_REFERRAL_NOTIFICATION,
  TF_REFERRAL_YOUNG_PERSON,
  TF_REFERRAL_OTHER,
  TF_N_REFERRAL_SOURCES
} TfReferralSource;

TF_AVAILABLE_IN_ALL
const char  *tf_referral_source_to_id   (TfReferralSource source);
TF_AVAILABLE_IN_ALL
int          tf_referral_source_from_id (const char      *id);
TF_AVAILABLE_IN_ALL
const char  *tf_referral_source_label   (TfReferralSource source);

typedef enum
{
  TF_GENDER_UNSPECIFIED,
  TF_GENDER_GIRL,
  TF_GENDER_BOY,
  TF_GENDER_OTHER,
  TF_N_GENDERS
} TfGender;

TF_AVAILABLE_IN_ALL
const char  *tf_gender_to_id   (TfGender    gender);
TF_AVAILABLE_IN_ALL
int          tf_gender_from_id (const char *id);
TF_AVAILABLE_IN_ALL
const char  *tf_gender_label   (TfGender    gender);

/* Why a case was closed: "goals-reached", "moved-away", "turned-18",
 * "transferred", "declined-to-continue" (NULL-terminated, in that order). */
TF_AVAILABLE_IN_ALL
const char * const *tf_closing_reason_ids     (void);
/* Translated label, NULL for an unknown id. */
TF_AVAILABLE_IN_ALL
const char         *tf_closing_reason_label   (const char *id);

/* Why a screening found a case not relevant: "has-intervention",
 * "not-current", "other". */
TF_AVAILABLE_IN_ALL
const char * const *tf_screening_reason_ids   (void);
TF_AVAILABLE_IN_ALL
const char         *tf_screening_reason_label (const char *id);

/* The motivation category 1–3 ("1 · Motivated now"); NULL for anything else. */
TF_AVAILABLE_IN_ALL
const char         *tf_motivation_label       (int         category);

/* An assessment's overall risk: "low", "moderate", "high". */
TF_AVAILABLE_IN_ALL
const char * const *tf_risk_level_ids         (void);
TF_AVAILABLE_IN_ALL
const char         *tf_risk_level_label       (const char *id);

/* An assessment score 0–10 reads as a band: 0 is the gravest concern, 10
 * doing well. Red 0–3, yellow 4–6, green 7–10. Colour is never the only
 * signal: show the band's label (or an icon) with it. */
typedef enum
{
  TF_SCORE_BAND_RED,
  TF_SCORE_BAND_YELLOW,
  TF_SCORE_BAND_GREEN,
} TfScoreBand;

TF_AVAILABLE_IN_ALL
TfScoreBand         tf_score_band             (int         score);
/* "Serious concern", "Some concern", "Doing well" */
TF_AVAILABLE_IN_ALL
const char         *tf_score_band_label       (TfScoreBand band);

G_END_DECLS
