/* tf-record.h — what a work area records about a young person, and interventions
 *
 * One generic store for every form a plugin declares: the core keeps kind,
 * case, area, date, JSON values, version, history and audit. Plugins never
 * write SQL and need no schema of their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-form.h"
#include "tf-session.h"

G_BEGIN_DECLS

typedef enum
{
  TF_INTERVENTION_PLANNED,
  TF_INTERVENTION_ACTIVE,
  TF_INTERVENTION_COMPLETED,
  TF_INTERVENTION_STOPPED,
  TF_N_INTERVENTION_STATUSES
} TfInterventionStatus;

TF_AVAILABLE_IN_ALL
const char *tf_intervention_status_to_id   (TfInterventionStatus status);
TF_AVAILABLE_IN_ALL
int         tf_intervention_status_from_id (const char *id);
TF_AVAILABLE_IN_ALL
const char *tf_intervention_status_label   (TfInterventionStatus status);

#define TF_TYPE_RECORD (tf_record_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfRecord, tf_record, TF, RECORD, GObject)

/* A new record of @form for @case_id (not yet saved). */
TF_AVAILABLE_IN_ALL
TfRecord     *tf_record_new                (TfForm       *form,
                                            gint64        case_id);
TF_AVAILABLE_IN_ALL
gint64        tf_record_get_id             (TfRecord     *self);
TF_AVAILABLE_IN_ALL
gint64        tf_record_get_case_id        (TfRecord     *self);
TF_AVAILABLE_IN_ALL
gint64        tf_record_get_version        (TfRecord     *self);
TF_AVAILABLE_IN_ALL
const char   *tf_record_get_form_id        (TfRecord     *self);
TF_AVAILABLE_IN_ALL
const char   *tf_record_get_area_id        (TfRecord     *self);
/* The record's date (from the form's date field), ISO. */
TF_AVAILABLE_IN_ALL
const char   *tf_record_get_date           (TfRecord     *self);
TF_AVAILABLE_IN_ALL
const char   *tf_record_get_author_name    (TfRecord     *self);
/* The values; edit them in place, then tf_record_save(). */
TF_AVAILABLE_IN_ALL
TfFormValues *tf_record_get_values         (TfRecord     *self);

/* Interventions only (TF_FORM_INTERVENTION): status, period, cost in øre. */
TF_AVAILABLE_IN_ALL
TfInterventionStatus tf_record_get_status  (TfRecord     *self);
TF_AVAILABLE_IN_ALL
void          tf_record_set_status         (TfRecord     *self,
                                            TfInterventionStatus status);
TF_AVAILABLE_IN_ALL
const char   *tf_record_get_starts_on      (TfRecord     *self);
TF_AVAILABLE_IN_ALL
void          tf_record_set_starts_on      (TfRecord     *self,
                                            const char   *iso_date);
TF_AVAILABLE_IN_ALL
const char   *tf_record_get_ends_on        (TfRecord     *self);
TF_AVAILABLE_IN_ALL
void          tf_record_set_ends_on        (TfRecord     *self,
                                            const char   *iso_date);
TF_AVAILABLE_IN_ALL
gint64        tf_record_get_planned_cost   (TfRecord     *self);
TF_AVAILABLE_IN_ALL
void          tf_record_set_planned_cost   (TfRecord     *self,
                                            gint64        ore);
TF_AVAILABLE_IN_ALL
gint64        tf_record_get_actual_cost    (TfRecord     *self);
TF_AVAILABLE_IN_ALL
void          tf_record_set_actual_cost    (TfRecord     *self,
                                            gint64        ore);

/**
 * tf_record_validate:
 *
 * The form's rules plus, for interventions, the period and costs.
 * Returns: (transfer full) (nullable): field → message, NULL when valid.
 * Intervention fields are "status", "starts-on", "ends-on",
 * "planned-cost", "actual-cost".
 */
TF_AVAILABLE_IN_ALL
GHashTable   *tf_record_validate           (TfRecord     *self,
                                            TfForm       *form);
/* Validates and writes (insert or update with a version check), keeps the
 * previous values in the history, and audits — in one transaction.
 * TF_ERROR_INVALID, TF_ERROR_CONFLICT as for young people. */
TF_AVAILABLE_IN_ALL
gboolean      tf_record_save               (TfSession    *session,
                                            TfRecord     *self,
                                            TfForm       *form,
                                            GError      **error);
TF_AVAILABLE_IN_ALL
gboolean      tf_record_delete             (TfSession    *session,
                                            TfRecord     *self,
                                            GError      **error);
/* Records of a case, newest first; @form_id and @area_id narrow it (either
 * may be NULL). GListModel of TfRecord. */
TF_AVAILABLE_IN_ALL
GListModel   *tf_record_list_for_case      (TfSession    *session,
                                            gint64        case_id,
                                            const char   *area_id,
                                            const char   *form_id,
                                            GError      **error);
/* Earlier versions of a record, newest first (GListModel of TfRecord with
 * the values and author of each version). */
TF_AVAILABLE_IN_ALL
GListModel   *tf_record_list_history       (TfSession    *session,
                                            gint64        record_id,
                                            GError      **error);

/* After a conflict the person chose to keep theirs: the next save overwrites @newer. */
TF_AVAILABLE_IN_ALL
void          tf_record_rebase             (TfRecord     *self,
                                            TfRecord     *newer);

G_END_DECLS
