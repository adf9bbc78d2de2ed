/* tf-consent-editor.h — record a consent, or change one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_CONSENT_EDITOR (tf_consent_editor_get_type ())
G_DECLARE_FINAL_TYPE (TfConsentEditor, tf_consent_editor, TF, CONSENT_EDITOR, AdwWindow)

/* @consent_id: 0 to record a new consent for @case_id. Emits "saved"
 * (gint64 consent id) before it closes. */
TfConsentEditor *tf_consent_editor_new (TfSession *session,
                                        gint64     case_id,
                                        gint64     consent_id);

G_END_DECLS
