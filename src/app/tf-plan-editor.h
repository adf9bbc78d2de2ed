/* tf-plan-editor.h — make or revise a case's action plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_PLAN_EDITOR (tf_plan_editor_get_type ())
G_DECLARE_FINAL_TYPE (TfPlanEditor, tf_plan_editor, TF, PLAN_EDITOR, AdwWindow)

/* Starts from the case's newest version (or an empty plan when it has
 * none). Signal "saved" (gint64 version) before it closes.
 * Returns: (transfer none): the editor; present it. */
TfPlanEditor *tf_plan_editor_new (GtkWindow *parent,
                                  TfSession *session,
                                  gint64     case_id);

G_END_DECLS
