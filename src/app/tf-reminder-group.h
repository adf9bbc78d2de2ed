/* tf-reminder-group.h — a heading or an "and N more" row in the reminder list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_REMINDER_GROUP (tf_reminder_group_get_type ())
G_DECLARE_FINAL_TYPE (TfReminderGroup, tf_reminder_group, TF, REMINDER_GROUP, GObject)

/* A heading ("Overdue", "Today", "Upcoming"): no reminders under it. */
TfReminderGroup *tf_reminder_group_new_heading (TfReminderUrgency urgency);
/* "and 1,987 more statutory deadlines": @reminders (TfReminder, all of
 * @kind) are what it holds and shows when expanded. */
TfReminderGroup *tf_reminder_group_new_more    (TfReminderKind    kind,
                                                GListModel       *reminders);
const char      *tf_reminder_group_get_title   (TfReminderGroup  *self);
/* NULL for a heading */
GListModel      *tf_reminder_group_get_reminders (TfReminderGroup *self);
TfReminderUrgency tf_reminder_group_get_urgency (TfReminderGroup *self);

/* "Overdue", "Today", "Upcoming" */
const char      *tf_reminder_urgency_heading   (TfReminderUrgency urgency);
/* "1,987 statutory deadlines", "1 task due today" */
char            *tf_reminder_kind_count_text   (TfReminderKind    kind,
                                                guint             n);
/* "and 1,987 more statutory deadlines" */
char            *tf_reminder_kind_more_text    (TfReminderKind    kind,
                                                guint             n);

/**
 * tf_reminder_list_group:
 * @reminders: a GListModel of TfReminder, most pressing first
 *   (tf_reminder_list()'s order)
 * @shown_per_kind: how many reminders of one kind and urgency show before
 *   the rest fold into one "and N more" group
 *
 * The reminder list as it shows: under each urgency's heading, the first
 * @shown_per_kind reminders of each kind in the list's order, then one
 * TfReminderGroup per kind that had more. A flood of one kind (thousands of
 * statutory deadlines from a plugin) thus costs one row, and a meeting
 * tomorrow stays in sight.
 *
 * Returns: (transfer full): a GListStore of TfReminderGroup and TfReminder
 */
GListModel      *tf_reminder_list_group        (GListModel       *reminders,
                                                guint             shown_per_kind);

G_END_DECLS
