/* tf-guardian-row.h — one guardian in the young person editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_GUARDIAN_ROW (tf_guardian_row_get_type ())
G_DECLARE_FINAL_TYPE (TfGuardianRow, tf_guardian_row, TF, GUARDIAN_ROW, AdwExpanderRow)

GtkWidget  *tf_guardian_row_new          (TfGuardian    *guardian);
TfGuardian *tf_guardian_row_get_guardian (TfGuardianRow *self);
void        tf_guardian_row_apply        (TfGuardianRow *self);
void        tf_guardian_row_clear_errors (TfGuardianRow *self);
GtkWidget  *tf_guardian_row_show_errors  (TfGuardianRow *self,
                                          GHashTable    *errors,
                                          guint          index);

G_END_DECLS
