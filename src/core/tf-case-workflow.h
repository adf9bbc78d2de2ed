/* tf-case-workflow.h — a case's way through the screening funnel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-case-status.h"
#include "tf-session.h"

G_BEGIN_DECLS

/* What a status change asks for. */
typedef struct
{
  TfCaseStatus  status;       /* the new status */
  const char   *valid_from;   /* ISO date the new status holds from; NULL for today */
  /* The closing reason id (tf_closing_reason_ids()) when closing, the
   * screening reason id (tf_screening_reason_ids()) when not relevant;
   * ignored for other statuses. */
  const char   *reason_code;
  /* The words; required when reason_code is "other". */
  const char   *reason;
  int           motivation;   /* 1–3; 0 leaves the category as it is */
} TfStatusChangeRequest;

/* The part of a request a refusal is about, so a form can show the message
 * next to its field. */
typedef enum
{
  TF_STATUS_FIELD_NONE,
  TF_STATUS_FIELD_STATUS,
  TF_STATUS_FIELD_DATE,
  TF_STATUS_FIELD_REASON_CODE,
  TF_STATUS_FIELD_REASON,
  TF_STATUS_FIELD_MOTIVATION,
} TfStatusField;

/* The statuses a case may move to from @from, in the funnel's order; *n_next
 * gets their number (0 for a closed case). */
TF_AVAILABLE_IN_ALL
const TfCaseStatus *tf_case_workflow_next    (TfCaseStatus  from,
                                              guint        *n_next);
TF_AVAILABLE_IN_ALL
gboolean            tf_case_workflow_allows  (TfCaseStatus  from,
                                              TfCaseStatus  to);

/* Checks @request against the case as stored, without writing. On a
 * refusal (TF_ERROR_INVALID) *field says which part to fix. */
TF_AVAILABLE_IN_ALL
gboolean            tf_case_check_status_change (TfSession                    *session,
                                                 gint64                        case_id,
                                                 const TfStatusChangeRequest  *request,
                                                 TfStatusField                *field,
                                                 GError                      **error);

/* Moves the case to a new status and keeps the change in its history.
 * TF_ERROR_CONFLICT when the case is no longer at @expected_version. */
TF_AVAILABLE_IN_ALL
gboolean            tf_case_change_status    (TfSession                    *session,
                                              gint64                        case_id,
                                              gint64                        expected_version,
                                              const TfStatusChangeRequest  *request,
                                              GError                      **error);

/* Checks a motivation change without writing; *field as above. */
TF_AVAILABLE_IN_ALL
gboolean            tf_case_check_motivation_change (TfSession      *session,
                                                     gint64          case_id,
                                                     int             category,
                                                     const char     *valid_from,
                                                     TfStatusField  *field,
                                                     GError        **error);

/* A new motivation category (1–3) from @valid_from (NULL for today) while the
 * status stays, with an optional note. Refused for a closed case. */
TF_AVAILABLE_IN_ALL
gboolean            tf_case_set_motivation   (TfSession   *session,
                                              gint64       case_id,
                                              gint64       expected_version,
                                              int          category,
                                              const char  *valid_from,
                                              const char  *note,
                                              GError     **error);

G_END_DECLS
