/* tf-reminder-button.h — the main window's reminder list: a menu button
 * with a count and a popover of what the person at the desk should be
 * reminded of
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "taskforce.h"

G_BEGIN_DECLS

/* How many reminders of one kind show before the rest fold into one row. */
#define TF_REMINDER_BUTTON_SHOWN_PER_KIND 3

#define TF_TYPE_REMINDER_BUTTON (tf_reminder_button_get_type ())
G_DECLARE_FINAL_TYPE (TfReminderButton, tf_reminder_button, TF, REMINDER_BUTTON, GtkWidget)

GtkWidget  *tf_reminder_button_new          (void);
/* Without a session set, the button takes its window's (a TfWindow) and
 * the application's registry when it is first shown. */
void        tf_reminder_button_set_session  (TfReminderButton *self,
                                             TfSession        *session,
                                             TfRegistry       *registry);
/* Reads the reminders now (otherwise after the first frame, when the
 * popover opens and in an idle after store changes). */
void        tf_reminder_button_reload       (TfReminderButton *self);
/* Overdue and due today: what the badge counts. */
guint       tf_reminder_button_get_count    (TfReminderButton *self);
/* The rows of the list as shown: TfReminderGroup (headings, "and N more")
 * and TfReminder, as a GtkTreeListModel of GtkTreeListRow. */
GListModel *tf_reminder_button_get_model    (TfReminderButton *self);
void        tf_reminder_button_popup        (TfReminderButton *self);
/* Activates row @position of the list: opens the reminder's case or
 * meeting, or expands an "and N more" row. */
void        tf_reminder_button_activate_row (TfReminderButton *self,
                                             guint             position);

/* Presents @application's main window with its reminder list open: what
 * the notifications' "show all" action does. */
void        tf_reminder_button_show_in      (GtkApplication   *application);

G_END_DECLS
