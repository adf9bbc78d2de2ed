/* tf-figures-preferences-page.h — Preferences: the coordinator's settings for the figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_FIGURES_PREFERENCES_PAGE (tf_figures_preferences_page_get_type ())
G_DECLARE_FINAL_TYPE (TfFiguresPreferencesPage, tf_figures_preferences_page,
                      TF, FIGURES_PREFERENCES_PAGE, AdwPreferencesPage)

/* A page on @session's settings; @registry (may be NULL) gives the work
 * areas' indicators. Read-only unless the session is a coordinator's or an
 * administrator's. */
GtkWidget *tf_figures_preferences_page_new (TfSession  *session,
                                            TfRegistry *registry);

G_END_DECLS
