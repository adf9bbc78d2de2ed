/* tf-window.h — the main window: the case list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_WINDOW (tf_window_get_type ())
G_DECLARE_FINAL_TYPE (TfWindow, tf_window, TF, WINDOW, AdwApplicationWindow)

TfWindow  *tf_window_new         (GtkApplication *application,
                                  TfSession      *session);
TfSession *tf_window_get_session (TfWindow       *self);
void       tf_window_add_toast   (TfWindow       *self,
                                  const char     *title);

G_END_DECLS
