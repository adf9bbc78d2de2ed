/* tf-status-dialog.h — move a case on in the funnel, or change its motivation category
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_STATUS_DIALOG (tf_status_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TfStatusDialog, tf_status_dialog, TF, STATUS_DIALOG, AdwWindow)

/* A modal window over @parent. With @motivation_only it changes the
 * motivation category alone; otherwise it offers the statuses the case may
 * move to next. Emits "saved" and closes once the change is stored. */
TfStatusDialog *tf_status_dialog_new          (GtkWindow   *parent,
                                               TfSession   *session,
                                               gint64       case_id,
                                               gboolean     motivation_only);

/* For tests: fill the form as a person would and press Save. @status_index
 * is the position in the offered statuses; @date_text as typed (NULL keeps
 * it); @reason_index the position in the reason combo shown (0 is
 * "Choose…"); @motivation_index in the motivation combo. */
void            tf_status_dialog_fill         (TfStatusDialog *self,
                                               guint           status_index,
                                               const char     *date_text,
                                               guint           reason_index,
                                               const char     *reason_text,
                                               guint           motivation_index);
gboolean        tf_status_dialog_save         (TfStatusDialog *self);
/* The message shown under a field, or NULL. */
const char     *tf_status_dialog_get_field_error (TfStatusDialog *self,
                                                  TfStatusField   field);
const char     *tf_status_dialog_get_date_error  (TfStatusDialog *self);

G_END_DECLS
