/* tf-stats-settings.h — the coordinator's settings for the figures
 *
 * Stored in the store (schema 6), so every desk computes the same figures:
 *
 *   "anonymity-threshold"      counts below it are hidden for the committee (5)
 *   "placement-cost-per-year"  kroner a placement outside the home costs a year (not set)
 *   "placement-share-avoided"  per cent of the young people worked with whose
 *                              placement is expected to be avoided (not set)
 *   "placement-years"          years an avoided placement would have lasted (1)
 *
 * and, per indicator, the change that counts as improved or worsened
 * (key "domain:<code>", "goal-progress" or a work area's indicator id).
 * Only a coordinator (or an administrator) changes them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-session.h"

G_BEGIN_DECLS

/* The keys above (NULL-terminated). */
TF_AVAILABLE_IN_ALL
const char * const *tf_stats_setting_keys (void);
/* Translated label, NULL for an unknown key. */
TF_AVAILABLE_IN_ALL
const char *tf_stats_setting_label        (const char  *key);

/* *value gets the stored value, or the default; *is_set (may be NULL) says
 * which. A setting without a default that is not set reads 0, is_set FALSE. */
TF_AVAILABLE_IN_ALL
gboolean    tf_stats_setting_get          (TfSession   *session,
                                           const char  *key,
                                           double      *value,
                                           gboolean    *is_set,
                                           GError     **error);
/* Refused (TF_ERROR_INVALID) for an unknown key or a value out of range:
 * the threshold 1–100 (whole), the cost 0 or more, the share 0–100, the
 * years above 0 and at most 18. TF_ERROR_DENIED for a caseworker. */
TF_AVAILABLE_IN_ALL
gboolean    tf_stats_setting_set          (TfSession   *session,
                                           const char  *key,
                                           double       value,
                                           GError     **error);
/* Back to the default. */
TF_AVAILABLE_IN_ALL
gboolean    tf_stats_setting_reset        (TfSession   *session,
                                           const char  *key,
                                           GError     **error);

/* The coordinator's threshold for @indicator_key; FALSE (and *threshold
 * untouched) when none is set. */
TF_AVAILABLE_IN_ALL
gboolean    tf_stats_indicator_threshold_get (TfSession   *session,
                                              const char  *indicator_key,
                                              double      *threshold,
                                              GError     **error);
/* @threshold > 0 sets it; 0 removes it (back to the default). */
TF_AVAILABLE_IN_ALL
gboolean    tf_stats_indicator_threshold_set (TfSession   *session,
                                              const char  *indicator_key,
                                              double       threshold,
                                              GError     **error);

G_END_DECLS
