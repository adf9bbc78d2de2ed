/* tf-guardian.h — a parent or other guardian of a young person
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tf-version.h"

G_BEGIN_DECLS

#define TF_TYPE_GUARDIAN (tf_guardian_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfGuardian, tf_guardian, TF, GUARDIAN, GObject)

/* Properties (all read-write strings unless noted): "name", "relation"
 * ("mother", "father", "parent", "foster-parent", "other"), "phone", "email",
 * "has-custody" (boolean). */
TF_AVAILABLE_IN_ALL
TfGuardian *tf_guardian_new            (void);
TF_AVAILABLE_IN_ALL
const char *tf_guardian_get_name       (TfGuardian *self);
TF_AVAILABLE_IN_ALL
const char *tf_guardian_get_relation   (TfGuardian *self);
TF_AVAILABLE_IN_ALL
const char *tf_guardian_get_phone      (TfGuardian *self);
TF_AVAILABLE_IN_ALL
const char *tf_guardian_get_email      (TfGuardian *self);
TF_AVAILABLE_IN_ALL
gboolean    tf_guardian_get_has_custody (TfGuardian *self);
/* Translated label of a relation id ("Mor"). */
TF_AVAILABLE_IN_ALL
const char *tf_guardian_relation_label (const char *relation);
/* The relation ids in display order, NULL-terminated. */
TF_AVAILABLE_IN_ALL
const char * const *tf_guardian_relation_ids (void);

G_END_DECLS
