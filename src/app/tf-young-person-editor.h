/* tf-young-person-editor.h — create a case for a new young person, or edit one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_YOUNG_PERSON_EDITOR (tf_young_person_editor_get_type ())
G_DECLARE_FINAL_TYPE (TfYoungPersonEditor, tf_young_person_editor, TF, YOUNG_PERSON_EDITOR, AdwWindow)

/* @young_person_id: 0 for a new young person (the editor then also asks for
 * the referral that opens their case). */
TfYoungPersonEditor *tf_young_person_editor_new (TfSession *session,
                                                 gint64     young_person_id);

G_END_DECLS
