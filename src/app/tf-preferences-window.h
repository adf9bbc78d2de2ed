/* tf-preferences-window.h — Preferences: the work-area plugins
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tf-application.h"

G_BEGIN_DECLS

#define TF_TYPE_PREFERENCES_WINDOW (tf_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (TfPreferencesWindow, tf_preferences_window, TF, PREFERENCES_WINDOW, AdwPreferencesWindow)

TfPreferencesWindow *tf_preferences_window_new (TfApplication *application);

G_END_DECLS
