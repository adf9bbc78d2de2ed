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
