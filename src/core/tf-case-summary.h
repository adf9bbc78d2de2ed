/* tf-case-summary.h — one row of the case list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tf-version.h"

G_BEGIN_DECLS

#define TF_TYPE_CASE_SUMMARY (tf_case_summary_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfCaseSummary, tf_case_summary, TF, CASE_SUMMARY, GObject)

/* Read-only properties, ready to show (already formatted and translated):
 *  "case-id", "young-person-id" (int64), "name" ("First Last"),
 *  "age" (int), "age-label" ("15"), "birth-date" (ISO),
 *  "cpr-label" ("120410-1234", or masked "120410-XXXX" when the person at the
 *  desk may not see it; "" when unknown), "status" (id), "status-label",
 *  "coordinator" (name or ""), "follow-up" (ISO or NULL), "follow-up-label"
 *  ("3. dec." / "i dag"), "follow-up-overdue" (boolean: the case needs
 *  follow-up — its follow-up date has come, or it had no assessment for 3
 *  months), "follow-up-warning" (the word to show with a warning icon:
 *  "Overdue", "No assessment"; NULL when none), "follow-up-reason" (the
 *  same in full, for a tooltip), "school". */
TF_AVAILABLE_IN_ALL
gint64      tf_case_summary_get_case_id         (TfCaseSummary *self);
TF_AVAILABLE_IN_ALL
gint64      tf_case_summary_get_young_person_id (TfCaseSummary *self);
TF_AVAILABLE_IN_ALL
const char *tf_case_summary_get_name            (TfCaseSummary *self);
TF_AVAILABLE_IN_ALL
const char *tf_case_summary_get_status          (TfCaseSummary *self);

G_END_DECLS
