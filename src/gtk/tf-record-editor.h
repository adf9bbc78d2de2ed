/* tf-record-editor.h — add or edit one record or intervention of a case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(TF_GTK_INSIDE) && !defined(TF_COMPILATION)
# warning "Include <taskforce-gtk.h> instead of this header."
#endif

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_RECORD_EDITOR (tf_record_editor_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfRecordEditor, tf_record_editor, TF, RECORD_EDITOR, AdwWindow)

TF_AVAILABLE_IN_ALL
TfRecordEditor *tf_record_editor_new        (GtkWindow          *parent,
                                             TfSession          *session,
                                             TfForm             *form,
                                             gint64              case_id,
                                             TfRecord           *record);
TF_AVAILABLE_IN_ALL
TfRecord       *tf_record_editor_get_record (TfRecordEditor     *self);
TF_AVAILABLE_IN_ALL
GtkWidget      *tf_record_editor_get_form_view (TfRecordEditor *self);
TF_AVAILABLE_IN_ALL
void            tf_record_editor_set_staff  (TfRecordEditor     *self,
                                             const gint64       *ids,
                                             const char * const *names,
                                             guint               n_staff);
TF_AVAILABLE_IN_ALL
gboolean        tf_record_editor_save       (TfRecordEditor     *self);

G_END_DECLS
