/* tf-assessment-editor.h — make a new assessment of a case, or edit one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_ASSESSMENT_EDITOR (tf_assessment_editor_get_type ())
G_DECLARE_FINAL_TYPE (TfAssessmentEditor, tf_assessment_editor, TF, ASSESSMENT_EDITOR, AdwWindow)

/* @assessment_id 0 for a new assessment, which starts from the latest one's
 * scores and factors. The window closes itself once saved. */
TfAssessmentEditor *tf_assessment_editor_new (GtkWindow *parent,
                                              TfSession *session,
                                              gint64     case_id,
                                              gint64     assessment_id);

G_END_DECLS
