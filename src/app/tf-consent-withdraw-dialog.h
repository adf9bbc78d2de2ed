/* tf-consent-withdraw-dialog.h — withdraw a consent: the day and a note
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_CONSENT_WITHDRAW_DIALOG (tf_consent_withdraw_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TfConsentWithdrawDialog, tf_consent_withdraw_dialog, TF,
                      CONSENT_WITHDRAW_DIALOG, AdwWindow)

/* Emits "withdrawn" before it closes. */
TfConsentWithdrawDialog *tf_consent_withdraw_dialog_new (TfSession *session,
                                                         TfConsent *consent);

G_END_DECLS
