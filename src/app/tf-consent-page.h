/* tf-consent-page.h — the core "Consent" page of a case window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tf-case-page.h"

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_CONSENT_PAGE (tf_consent_page_get_type ())
G_DECLARE_FINAL_TYPE (TfConsentPage, tf_consent_page, TF, CONSENT_PAGE, TfCasePage)

GtkWidget  *tf_consent_page_new          (TfSession     *session,
                                          gint64         case_id);
/* The status line at the top of the page ("Valid consent until 12. mar.
 * 2027"), for tests and the header. */
const char *tf_consent_page_get_status   (TfConsentPage *self);

/* For the case window's header: "Consent until 12. mar.", "Consent until
 * 12. mar. (9 days left)" or "No consent". Never NULL. */
char       *tf_consent_header_text       (TfSession     *session,
                                          gint64         case_id);

G_END_DECLS
