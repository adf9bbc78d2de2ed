/* tf-expense.h — other expenses: what the taskforce pays beside interventions
 *
 * An expense has a day, a budget area (tf_budget_area_ids()), the member
 * organisation that paid, optionally the case it was for, what it was and
 * its amount in øre (more than 0). Changes are versioned and kept in
 * expense_history; a removal is a mark, audited, never a deletion.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-session.h"

G_BEGIN_DECLS

#define TF_TYPE_EXPENSE (tf_expense_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfExpense, tf_expense, TF, EXPENSE, GObject)

/* Properties (read-only; change them with the setters): "id", "version",
 * "spent-on" (ISO), "budget-area", "organisation-id", "organisation-name",
 * "case-id" (0: none), "young-person-name" (of the case, or NULL),
 * "description", "amount" (øre). */

/* A new expense (not yet saved). */
TF_AVAILABLE_IN_ALL
TfExpense  *tf_expense_new                    (void);
TF_AVAILABLE_IN_ALL
gint64      tf_expense_get_id                 (TfExpense   *self);
TF_AVAILABLE_IN_ALL
gint64      tf_expense_get_version            (TfExpense   *self);
TF_AVAILABLE_IN_ALL
const char *tf_expense_get_spent_on           (TfExpense   *self);
TF_AVAILABLE_IN_ALL
void        tf_expense_set_spent_on           (TfExpense   *self,
                                               const char  *iso_date);
TF_AVAILABLE_IN_ALL
const char *tf_expense_get_budget_area        (TfExpense   *self);
TF_AVAILABLE_IN_ALL
void        tf_expense_set_budget_area        (TfExpense   *self,
                                               const char  *area_id);
TF_AVAILABLE_IN_ALL
gint64      tf_expense_get_organisation_id    (TfExpense   *self);
TF_AVAILABLE_IN_ALL
void        tf_expense_set_organisation_id    (TfExpense   *self,
                                               gint64       organisation_id);
/* As loaded; NULL for an expense not read from the store. */
TF_AVAILABLE_IN_ALL
const char *tf_expense_get_organisation_name  (TfExpense   *self);
TF_AVAILABLE_IN_ALL
gint64      tf_expense_get_case_id            (TfExpense   *self);
TF_AVAILABLE_IN_ALL
void        tf_expense_set_case_id            (TfExpense   *self,
                                               gint64       case_id);
TF_AVAILABLE_IN_ALL
const char *tf_expense_get_young_person_name  (TfExpense   *self);
TF_AVAILABLE_IN_ALL
const char *tf_expense_get_description        (TfExpense   *self);
TF_AVAILABLE_IN_ALL
void        tf_expense_set_description        (TfExpense   *self,
                                               const char  *description);
TF_AVAILABLE_IN_ALL
gint64      tf_expense_get_amount             (TfExpense   *self);
TF_AVAILABLE_IN_ALL
void        tf_expense_set_amount             (TfExpense   *self,
                                               gint64       ore);

/**
 * tf_expense_validate:
 *
 * Returns: (transfer full) (nullable): field → message for the user, NULL
 * when valid. Fields: "spent-on" (a real day), "budget-area" (one of
 * tf_budget_area_ids()), "organisation", "description", "amount" (> 0).
 */
TF_AVAILABLE_IN_ALL
GHashTable *tf_expense_validate               (TfExpense   *self);

/* Validates (TF_ERROR_INVALID with the first message), checks that the
 * organisation and case exist, and writes with a version check
 * (TF_ERROR_CONFLICT), the earlier version kept in expense_history, audited
 * and signalled ("changed": "expense", its id) in one transaction. */
TF_AVAILABLE_IN_ALL
gboolean    tf_expense_save                   (TfSession   *session,
                                               TfExpense   *self,
                                               GError     **error);
/* Marks the expense removed (with the same version check, history and
 * audit); it no longer counts in the figures or lists. */
TF_AVAILABLE_IN_ALL
gboolean    tf_expense_remove                 (TfSession   *session,
                                               TfExpense   *self,
                                               GError     **error);
/* One expense; TF_ERROR_NOT_FOUND when there is none or it was removed. */
TF_AVAILABLE_IN_ALL
TfExpense  *tf_expense_load                   (TfSession   *session,
                                               gint64       id,
                                               GError     **error);
/* The expenses from @from_iso to @to_iso (both included; either NULL for
 * no bound), by day then id (GListModel of TfExpense). */
TF_AVAILABLE_IN_ALL
GListModel *tf_expense_list                   (TfSession   *session,
                                               const char  *from_iso,
                                               const char  *to_iso,
                                               GError     **error);
/* The expenses for one young person's case, newest first (GListModel of
 * TfExpense). */
TF_AVAILABLE_IN_ALL
GListModel *tf_expense_list_for_case          (TfSession   *session,
                                               gint64       case_id,
                                               GError     **error);
/* After a conflict the person chose to keep theirs: the next save
 * overwrites @newer. */
TF_AVAILABLE_IN_ALL
void        tf_expense_rebase                 (TfExpense   *self,
                                               TfExpense   *newer);

G_END_DECLS
