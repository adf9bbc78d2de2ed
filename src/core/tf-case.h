/* tf-case.h — the taskforce's case on one young person
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-case-status.h"
#include "tf-session.h"

G_BEGIN_DECLS

#define TF_TYPE_CASE (tf_case_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfCase, tf_case, TF, CASE, GObject)

/* Read-only properties: "id", "young-person-id", "version" (int64),
 * "status" (id string), "referral-date", "referral-source",
 * "referral-reason", "coordinator-id" (int64), "coordinator-name",
 * "next-follow-up", "closed-on", "closing-reason" (strings), "motivation"
 * (int: 1–3, 0 when not recorded), "screening-reason" ("has-intervention",
 * "not-current", "other" or NULL), "last-assessed-on", "risk-level" ("low",
 * "moderate", "high" or NULL: the latest assessment's), "follow-up-due" (the
 * day an open case needs follow-up; NULL once it is no longer open). */

TF_AVAILABLE_IN_ALL
TfCase      *tf_case_load                  (TfSession  *session,
                                            gint64      case_id,
                                            GError    **error);
/* The newest case of a young person. */
TF_AVAILABLE_IN_ALL
TfCase      *tf_case_load_for_young_person (TfSession  *session,
                                            gint64      young_person_id,
                                            GError    **error);
TF_AVAILABLE_IN_ALL
gint64       tf_case_get_id                (TfCase     *self);
TF_AVAILABLE_IN_ALL
gint64       tf_case_get_young_person_id   (TfCase     *self);
TF_AVAILABLE_IN_ALL
TfCaseStatus tf_case_get_status            (TfCase     *self);
TF_AVAILABLE_IN_ALL
const char  *tf_case_get_referral_date     (TfCase     *self);
TF_AVAILABLE_IN_ALL
const char  *tf_case_get_referral_source   (TfCase     *self);
TF_AVAILABLE_IN_ALL
const char  *tf_case_get_referral_reason   (TfCase     *self);
TF_AVAILABLE_IN_ALL
gint64       tf_case_get_coordinator_id    (TfCase     *self);
TF_AVAILABLE_IN_ALL
const char  *tf_case_get_coordinator_name  (TfCase     *self);
TF_AVAILABLE_IN_ALL
const char  *tf_case_get_next_follow_up    (TfCase     *self);
TF_AVAILABLE_IN_ALL
const char  *tf_case_get_closed_on         (TfCase     *self);
TF_AVAILABLE_IN_ALL
const char  *tf_case_get_closing_reason    (TfCase     *self);
/* Goes up by one with every change to the case row; a save names the
 * version it started from (see TF_ERROR_CONFLICT). */
TF_AVAILABLE_IN_ALL
gint64       tf_case_get_version           (TfCase     *self);
TF_AVAILABLE_IN_ALL
int          tf_case_get_motivation        (TfCase     *self);
TF_AVAILABLE_IN_ALL
const char  *tf_case_get_screening_reason  (TfCase     *self);
TF_AVAILABLE_IN_ALL
const char  *tf_case_get_last_assessed_on  (TfCase     *self);
TF_AVAILABLE_IN_ALL
const char  *tf_case_get_risk_level        (TfCase     *self);
TF_AVAILABLE_IN_ALL
const char  *tf_case_get_follow_up_due     (TfCase     *self);
/* Why the case needs follow-up on @today (NULL: today), or NULL when it does not. */
TF_AVAILABLE_IN_ALL
char        *tf_case_dup_follow_up_reason  (TfCase     *self,
                                            const char *today);

/* The status history, oldest first: a GListModel of TfStatusChange. */
TF_AVAILABLE_IN_ALL
GListModel  *tf_case_list_history          (TfSession  *session,
                                            gint64      case_id,
                                            GError    **error);
/* Records in the audit log that the person at the desk opened the case. */
TF_AVAILABLE_IN_ALL
gboolean     tf_case_record_view           (TfSession  *session,
                                            gint64      case_id,
                                            GError    **error);

#define TF_TYPE_STATUS_CHANGE (tf_status_change_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfStatusChange, tf_status_change, TF, STATUS_CHANGE, GObject)

/* One row of a case's history: a status change, or (kind "motivation") a
 * new motivation category while the status stays. Read-only properties:
 * "id" (int64), "kind" ("status" or "motivation"), "status" (id; for a
 * motivation row the status the case had), "status-label", "valid-from"
 * (ISO), "staff-name", "reason" (the words), "reason-code" (closing or
 * screening reason id), "reason-label" (its translated label), "motivation"
 * (1–3, 0 when the row records none). */
TF_AVAILABLE_IN_ALL
const char  *tf_status_change_get_status     (TfStatusChange *self);
TF_AVAILABLE_IN_ALL
const char  *tf_status_change_get_valid_from (TfStatusChange *self);
TF_AVAILABLE_IN_ALL
const char  *tf_status_change_get_staff_name (TfStatusChange *self);
TF_AVAILABLE_IN_ALL
const char  *tf_status_change_get_reason     (TfStatusChange *self);
TF_AVAILABLE_IN_ALL
gint64       tf_status_change_get_id         (TfStatusChange *self);
TF_AVAILABLE_IN_ALL
gboolean     tf_status_change_is_motivation  (TfStatusChange *self);
TF_AVAILABLE_IN_ALL
int          tf_status_change_get_motivation (TfStatusChange *self);
TF_AVAILABLE_IN_ALL
const char  *tf_status_change_get_reason_code  (TfStatusChange *self);
/* Translated; NULL when the row has no reason code. */
TF_AVAILABLE_IN_ALL
const char  *tf_status_change_get_reason_label (TfStatusChange *self);

G_END_DECLS
