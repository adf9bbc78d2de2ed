/* tf-referral-dialog.h — a new worry about a young person whose case was closed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_REFERRAL_DIALOG (tf_referral_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TfReferralDialog, tf_referral_dialog, TF, REFERRAL_DIALOG, AdwWindow)

/* Signal "saved" (gint64 new case id) once the new case exists; the dialog
 * then closes. */
TfReferralDialog *tf_referral_dialog_new (GtkWindow *parent,
                                          TfSession *session,
                                          gint64     young_person_id);

/* For tests: fill the form as a person would, then save (FALSE and the
 * message under its field or in a toast-like banner when refused). */
void              _tf_referral_dialog_fill (TfReferralDialog *self,
                                            guint             source,
                                            const char       *date_text,
                                            const char       *reason);
gboolean          _tf_referral_dialog_save (TfReferralDialog *self);
const char       *_tf_referral_dialog_get_error (TfReferralDialog *self);

G_END_DECLS
