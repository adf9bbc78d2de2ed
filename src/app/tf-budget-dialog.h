/* tf-budget-dialog.h — a year's budget and its split across the areas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_BUDGET_DIALOG (tf_budget_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TfBudgetDialog, tf_budget_dialog, TF, BUDGET_DIALOG, AdwWindow)

/* Returns (transfer none): a modal dialog over @parent for @year; present
 * it. Coordinators can save; everyone else sees the budget read-only. */
TfBudgetDialog *tf_budget_dialog_new (GtkWindow *parent,
                                      TfSession *session,
                                      int        year);

G_END_DECLS
