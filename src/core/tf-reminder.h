/* tf-reminder.h — what the person at the desk should be reminded of today
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-registry.h"
#include "tf-session.h"

G_BEGIN_DECLS

typedef enum
{
  TF_REMINDER_MEETING_TOMORROW,
  TF_REMINDER_TASK_DUE_TODAY,
  TF_REMINDER_TASK_OVERDUE,
  TF_REMINDER_TASK_UPCOMING,
  TF_REMINDER_PLAN_FOLLOW_UP,
  TF_REMINDER_DEADLINE,
  TF_REMINDER_CONSENT_EXPIRING,
} TfReminderKind;

#define TF_TYPE_REMINDER_KIND (tf_reminder_kind_get_type ())
TF_AVAILABLE_IN_ALL
GType tf_reminder_kind_get_type (void) G_GNUC_CONST;

/* In the order the list shows them: the most pressing first. */
typedef enum
{
  TF_REMINDER_OVERDUE,
  TF_REMINDER_DUE,
  TF_REMINDER_UPCOMING,
} TfReminderUrgency;

#define TF_TYPE_REMINDER_URGENCY (tf_reminder_urgency_get_type ())
TF_AVAILABLE_IN_ALL
GType tf_reminder_urgency_get_type (void) G_GNUC_CONST;

/* How far ahead open tasks show as upcoming, and consents as running out. */
#define TF_REMINDER_TASK_DAYS 7
#define TF_REMINDER_CONSENT_DAYS 14
/* How far ahead an open statutory deadline shows as upcoming. */
#define TF_REMINDER_DEADLINE_DAYS 7

#define TF_TYPE_REMINDER (tf_reminder_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfReminder, tf_reminder, TF, REMINDER, GObject)

/* Read-only properties: "key", "title", "body", "date" (string), "kind"
 * (TfReminderKind), "urgency" (TfReminderUrgency), "case-id",
 * "meeting-id" (int64), "sent" (boolean). */

/* Names this reminder instance across calls and starts, e.g.
 * "task-due:42:2026-11-23"; what reminder_sent records. */
TF_AVAILABLE_IN_ALL
const char        *tf_reminder_get_key        (TfReminder *self);
TF_AVAILABLE_IN_ALL
TfReminderKind     tf_reminder_get_kind       (TfReminder *self);
TF_AVAILABLE_IN_ALL
TfReminderUrgency  tf_reminder_get_urgency    (TfReminder *self);
/* The case it is about, 0 for none (a taskforce meeting, a task without a case). */
TF_AVAILABLE_IN_ALL
gint64             tf_reminder_get_case_id    (TfReminder *self);
/* The meeting of a meeting reminder, else 0. */
TF_AVAILABLE_IN_ALL
gint64             tf_reminder_get_meeting_id (TfReminder *self);
/* One line, translated: "Task due today: Call the school — Emil Nørgaard". */
TF_AVAILABLE_IN_ALL
const char        *tf_reminder_get_title      (TfReminder *self);
/* A sentence or two more, translated; may be "". */
TF_AVAILABLE_IN_ALL
const char        *tf_reminder_get_body       (TfReminder *self);
/* The day it concerns (ISO): the meeting's, the due date, the consent's last day. */
TF_AVAILABLE_IN_ALL
const char        *tf_reminder_get_date       (TfReminder *self);
/* Already sent to the staff member it was listed for. */
TF_AVAILABLE_IN_ALL
gboolean           tf_reminder_get_sent       (TfReminder *self);

/**
 * tf_reminder_list:
 * @registry: (nullable): the work areas whose statutory deadlines count;
 *   %NULL for none
 * @today: (nullable): ISO; %NULL for the local date
 *
 * The reminders of the person at the desk on @today: meetings tomorrow they
 * are invited to (a coordinator: every meeting tomorrow); their open tasks
 * due today, overdue, or due within %TF_REMINDER_TASK_DAYS days; follow-up
 * dates reached, open statutory deadlines due within
 * %TF_REMINDER_DEADLINE_DAYS days, and consents running out within
 * %TF_REMINDER_CONSENT_DAYS days on the open cases they coordinate.
 * Overdue first, then due, then upcoming, each by date.
 *
 * Returns: (transfer full): a GListModel of TfReminder, %NULL on failure
 */
TF_AVAILABLE_IN_ALL
GListModel *tf_reminder_list        (TfSession   *session,
                                     TfRegistry  *registry,
                                     const char  *today,
                                     GError     **error);
/* Those of tf_reminder_list() not yet sent to this staff member: what the
 * notification sender sends. */
TF_AVAILABLE_IN_ALL
GListModel *tf_reminder_list_unsent (TfSession   *session,
                                     TfRegistry  *registry,
                                     const char  *today,
                                     GError     **error);
/* Records @keys (NULL-terminated) as sent to this staff member, all in one
 * transaction; a key sent before stays as it was. */
TF_AVAILABLE_IN_ALL
gboolean    tf_reminder_mark_sent   (TfSession           *session,
                                     const char * const  *keys,
                                     GError             **error);

G_END_DECLS
