/* tf-case-status.c — statuses, referral sources and genders: ids and labels
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-case-status.h"

typedef struct
{
  const char *id;
  const char *label;
} IdLabel;

static const IdLabel statuses[TF_N_CASE_STATUSES] = {
  { "referred", N_("Referred") },
  { "not-relevant", N_("Not relevant") },
  { "relevant", N_("Relevant") },
  { "offered", N_("Offered") },
  { "accepted", N_("Accepted") },
  { "declined", N_("Declined") },
  { "in-process", N_("In process") },
  { "active", N_("Active") },
  { "paused", N_("Paused") },
  { "closed", N_("Closed") },
};

static const IdLabel sources[TF_N_REFERRAL_SOURCES] = {
  { "school", N_("School") },
  { "parents", N_("Parents") },
  { "police", N_("Police") },
  { "ssp", N_("SSP") },
  { "notification", N_("Notification of concern") },
  { "young-person", N_("The young person") },
  { "other", N_("Other") },
};

static const IdLabel genders[TF_N_GENDERS] = {
  { "unspecified", N_("Not stated") },
  { "girl", N_("Girl") },
  { "boy", N_("Boy") },
  { "other", N_("Other") },
};

static int
find_id (const IdLabel *table,
         int            n,
         const char    *id)
{
  for (int i = 0; id != NULL && i < n; i++)
    if (g_str_equal (table[i].id, id))
      return i;
  return -1;
}

const char *
tf_case_status_to_id (TfCaseStatus status)
{
  g_return_val_if_fail (status < TF_N_CASE_STATUSES, NULL);
  return statuses[status].id;
}

int
tf_case_status_from_id (const char *id)
{
  return find_id (statuses, TF_N_CASE_STATUSES, id);
}

const char *
tf_case_status_label (TfCaseStatus status)
{
  g_return_val_if_fail (status < TF_N_CASE_STATUSES, NULL);
  return _(statuses[status].label);
}

const char *
tf_case_status_label_for_id (const char *id)
{
  int status = tf_case_status_from_id (id);

  return status < 0 ? "" : tf_case_status_label (status);
}

gboolean
tf_case_status_is_open (TfCaseStatus status)
{
  return status != TF_CASE_STATUS_CLOSED &&
         status != TF_CASE_STATUS_DECLINED &&
         status != TF_CASE_STATUS_NOT_RELEVANT;
}

const char *
tf_referral_source_to_id (TfReferralSource source)
{
  g_return_val_if_fail (source < TF_N_REFERRAL_SOURCES, NULL);
  return sources[source].id;
}

int
tf_referral_source_from_id (const char *id)
{
  return find_id (sources, TF_N_REFERRAL_SOURCES, id);
}

const char *
tf_referral_source_label (TfReferralSource source)
{
  g_return_val_if_fail (source < TF_N_REFERRAL_SOURCES, NULL);
  return _(sources[source].label);
}

const char *
tf_gender_to_id (TfGender gender)
{
  g_return_val_if_fail (gender < TF_N_GENDERS, NULL);
  return genders[gender].id;
}

int
tf_gender_from_id (const char *id)
{
  return find_id (genders, TF_N_GENDERS, id);
}

const char *
tf_gender_label (TfGender gender)
{
  g_return_val_if_fail (gender < TF_N_GENDERS, NULL);
  return _(genders[gender].label);
}

/* Closing reasons, screening reasons, motivation categories, risk levels */

static const IdLabel closing_reasons[] = {
  { "goals-reached", N_("Goals reached") },
  { "moved-away", N_("Moved away") },
  { "turned-18", N_("Turned 18") },
  { "transferred", N_("Transferred to another service") },
  { "declined-to-continue", N_("Declined to continue") },
};

static const IdLabel screening_reasons[] = {
  { "has-intervention", N_("Already receives a fitting intervention") },
  { "not-current", N_("The worry is no longer current") },
  { "other", N_("Other reason") },
};

static const IdLabel risk_levels[] = {
  { "low", N_("Low") },
  { "moderate", N_("Moderate") },
  { "high", N_("High") },
};

static const char *
label_for (const IdLabel *table,
           int            n,
           const char    *id)
{
  int i = find_id (table, n, id);

  return i < 0 ? NULL : _(table[i].label);
}

const char * const *
tf_closing_reason_ids (void)
{
  static const char * const ids[] = {
    "goals-reached", "moved-away", "turned-18", "transferred", "declined-to-continue", NULL
  };
  return ids;
}

const char *
tf_closing_reason_label (const char *id)
{
  return label_for (closing_reasons, G_N_ELEMENTS (closing_reasons), id);
}

const char * const *
tf_screening_reason_ids (void)
{
  static const char * const ids[] = { "has-intervention", "not-current", "other", NULL };
  return ids;
}

const char *
tf_screening_reason_label (const char *id)
{
  return label_for (screening_reasons, G_N_ELEMENTS (screening_reasons), id);
}

const char *
tf_motivation_label (int category)
{
  switch (category)
    {
    case 1: return _("1 · Motivated now");
    case 2: return _("2 · Can be motivated");
    case 3: return _("3 · Not motivated now");
    default: return NULL;
    }
}

const char * const *
tf_risk_level_ids (void)
{
  static const char * const ids[] = { "low", "moderate", "high", NULL };
  return ids;
}

const char *
tf_risk_level_label (const char *id)
{
  return label_for (risk_levels, G_N_ELEMENTS (risk_levels), id);
}

TfScoreBand
tf_score_band (int score)
{
  g_return_val_if_fail (score >= 0 && score <= 10, TF_SCORE_BAND_RED);

  if (score <= 3)
    return TF_SCORE_BAND_RED;
  if (score <= 6)
    return TF_SCORE_BAND_YELLOW;
  return TF_SCORE_BAND_GREEN;
}

const char *
tf_score_band_label (TfScoreBand band)
{
  switch (band)
    {
    case TF_SCORE_BAND_RED: return _("Serious concern");
    case TF_SCORE_BAND_YELLOW: return _("Some concern");
    case TF_SCORE_BAND_GREEN: return _("Doing well");
    default: g_return_val_if_reached (NULL);
    }
}
