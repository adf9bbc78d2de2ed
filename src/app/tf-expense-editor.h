/* tf-expense-editor.h — add or change one of the taskforce's other expenses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_EXPENSE_EDITOR (tf_expense_editor_get_type ())
G_DECLARE_FINAL_TYPE (TfExpenseEditor, tf_expense_editor, TF, EXPENSE_EDITOR, AdwWindow)

/* Returns (transfer none): a modal editor over @parent — of @expense (it
 * is read again from the store; NULL for a new one, dated @default_day,
 * ISO, NULL for today). Present it; it closes itself once saved. */
TfExpenseEditor *tf_expense_editor_new (GtkWindow  *parent,
                                        TfSession  *session,
                                        TfExpense  *expense,
                                        const char *default_day);

G_END_DECLS
