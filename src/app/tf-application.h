/* tf-application.h — the Taskforce application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"
#include "tf-case-window.h"
#include "tf-meeting-window.h"

G_BEGIN_DECLS

#define TF_TYPE_APPLICATION (tf_application_get_type ())
G_DECLARE_FINAL_TYPE (TfApplication, tf_application, TF, APPLICATION, AdwApplication)

TfApplication *tf_application_new         (GApplicationFlags  flags);
/* The session on the open store, or %NULL when it could not be opened. */
TfSession     *tf_application_get_session (TfApplication     *self);
/* Presents the case's window, opening it if needed. */
TfCaseWindow  *tf_application_open_case   (TfApplication     *self,
                                           gint64             case_id);
/* Presents the meeting's window, opening it if needed. */
TfMeetingWindow *tf_application_open_meeting (TfApplication *self,
                                              gint64         meeting_id);
TfRegistry    *tf_application_get_registry (TfApplication    *self);
TfPluginManager *tf_application_get_plugin_manager (TfApplication *self);
gboolean       tf_application_set_plugin_enabled (TfApplication *self,
                                                  const char    *module,
                                                  gboolean       enabled,
                                                  GError       **error);

G_END_DECLS
