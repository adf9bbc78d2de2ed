/* tf-notifier.h — sends the person at the desk's reminders as desktop notifications
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "taskforce.h"

G_BEGIN_DECLS

/* At most this many notifications at once; beyond it, TF_NOTIFIER_BURST - 1
 * individually — the most pressing of each kind, a meeting tomorrow and
 * tasks due today or overdue first — and one that counts the rest by kind
 * and opens the reminder list (app.show-reminders). */
#define TF_NOTIFIER_BURST 5

#define TF_TYPE_NOTIFIER (tf_notifier_get_type ())
G_DECLARE_FINAL_TYPE (TfNotifier, tf_notifier, TF, NOTIFIER, GObject)

/* @application receives "open-case" (int64) and activate from the
 * notifications' actions. */
TfNotifier *tf_notifier_new      (GApplication *application);
/* Sends the reminders not yet sent and records those the notification
 * server took as sent. Returns how many reminders were recorded as sent. */
guint       tf_notifier_send_due (TfNotifier   *self,
                                  TfSession    *session,
                                  TfRegistry   *registry);

G_END_DECLS
