/* tf-case-window.h — one young person's case, in a window of its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_CASE_WINDOW (tf_case_window_get_type ())
G_DECLARE_FINAL_TYPE (TfCaseWindow, tf_case_window, TF, CASE_WINDOW, AdwWindow)

TfCaseWindow *tf_case_window_new         (GtkApplication *application,
                                          TfSession      *session,
                                          gint64          case_id);
gint64        tf_case_window_get_case_id (TfCaseWindow   *self);
TfSession    *tf_case_window_get_session (TfCaseWindow   *self);

/* Pages: the core's come first, then a separator, then the ones added here,
 * in order of @priority (lower first). @id must be unique in the window. */
void          tf_case_window_add_page    (TfCaseWindow   *self,
                                          GtkWidget      *page,
                                          const char     *id,
                                          const char     *title,
                                          const char     *icon_name,
                                          int             priority);
void          tf_case_window_remove_page (TfCaseWindow   *self,
                                          const char     *id);
void          tf_case_window_set_registry (TfCaseWindow  *self,
                                           TfRegistry    *registry);
gboolean      tf_case_window_show_page   (TfCaseWindow   *self,
                                          const char     *id);

G_END_DECLS
