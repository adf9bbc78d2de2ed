/* tf-reminder-private.h — making reminders (tf-reminder-list.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-reminder.h"

G_BEGIN_DECLS

/* Takes @key, @title and @body; copies @date. */
TfReminder *_tf_reminder_new      (TfReminderKind     kind,
                                   TfReminderUrgency  urgency,
                                   char              *key,
                                   gint64             case_id,
                                   gint64             meeting_id,
                                   char              *title,
                                   char              *body,
                                   const char        *date);
void        _tf_reminder_set_sent (TfReminder        *self,
                                   gboolean           sent);
/* Overdue first, then due, then upcoming; by date, then key. */
gint        _tf_reminder_compare  (gconstpointer      a,
                                   gconstpointer      b);

G_END_DECLS
