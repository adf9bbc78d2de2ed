/* tf-error-row.h — a row under a field that says what to fix in it (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TF_TYPE_ERROR_ROW (tf_error_row_get_type ())
G_DECLARE_FINAL_TYPE (TfErrorRow, tf_error_row, TF, ERROR_ROW, AdwActionRow)

GtkWidget  *tf_error_row_new         (void);
/* Shows the row with @message, or hides it for NULL. */
void        tf_error_row_set_message (TfErrorRow *self,
                                      const char *message);
const char *tf_error_row_get_message (TfErrorRow *self);

G_END_DECLS
