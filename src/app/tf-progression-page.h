/* tf-progression-page.h — the case window's page of charts over time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tf-case-page.h"

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_PROGRESSION_PAGE (tf_progression_page_get_type ())
G_DECLARE_FINAL_TYPE (TfProgressionPage, tf_progression_page, TF, PROGRESSION_PAGE, TfCasePage)

/* Properties: "session" and "case-id" (construct-only), "registry" (the
 * work areas, for the indicators' titles and units; by default the running
 * TfApplication's). */
GtkWidget *tf_progression_page_new          (TfSession         *session,
                                             gint64             case_id);
void       tf_progression_page_set_registry (TfProgressionPage *self,
                                             TfRegistry        *registry);
/* Reads the case again now (it also does by itself when the store changes). */
void       tf_progression_page_reload       (TfProgressionPage *self);

G_END_DECLS
