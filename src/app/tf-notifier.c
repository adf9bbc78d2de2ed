/* tf-notifier.c — sends the person at the desk's reminders as desktop notifications
 *
 * The one place that talks to libnotify. The core decides what is due and
 * what was already sent (tf-reminder.h); this file only shows it. A
 * reminder counts as sent only when the notification server took it: a
 * desk without a notification server loses nothing, the reminders stay
 * unsent for the next try.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <libnotify/notify.h>

#include "tf-notifier.h"

struct _TfNotifier
{
  GObject       parent_instance;

  GApplication *application;   /* weak: the application owns the notifier */
  /* The notifications shown and not yet closed: libnotify runs an action's
   * callback only while its NotifyNotification is alive. */
  GPtrArray    *shown;
};

G_DEFINE_FINAL_TYPE (TfNotifier, tf_notifier, G_TYPE_OBJECT)

static NotifyUrgency
urgency_for (TfReminderUrgency urgency)
{
  switch (urgency)
    {
    case TF_REMINDER_OVERDUE:
      return NOTIFY_URGENCY_CRITICAL;
    case TF_REMINDER_DUE:
      return NOTIFY_URGENCY_NORMAL;
    case TF_REMINDER_UPCOMING:
    default:
      return NOTIFY_URGENCY_LOW;
    }
}

static void
on_closed_cb (NotifyNotification *notification,
              TfNotifier         *self)
{
  g_ptr_array_remove (self->shown, notification);
}

static void
open_case_cb (NotifyNotification *notification,
              char               *action,
              gpointer            user_data)
{
  TfNotifier *self = g_object_get_data (G_OBJECT (notification), "tf-notifier");
  gint64 case_id = *(gint64 *) user_data;

  if (self == NULL || self->application == NULL || case_id <= 0)
    return;
  g_action_group_activate_action (G_ACTION_GROUP (self->application), "open-case",
                                  g_variant_new_int64 (case_id));
}

static void
open_main_window_cb (NotifyNotification *notification,
                     char               *action,
                     gpointer            user_data)
{
  TfNotifier *self = g_object_get_data (G_OBJECT (notification), "tf-notifier");

  if (self != NULL && self->application != NULL)
    g_application_activate (self->application);
}

/* Shows @notification and keeps it until the server closes it. FALSE when
 * no notification server took it. */
static gboolean
show (TfNotifier         *self,
      NotifyNotification *notification)
{
  g_autoptr(GError) error = NULL;

  g_object_set_data (G_OBJECT (notification), "tf-notifier", self);
  notify_notification_set_app_name (notification, "Taskforce");
  notify_notification_set_hint_string (notification, "desktop-entry", APP_ID);
  if (!notify_notification_show (notification, &error))
    {
      g_debug ("No notification server took the reminders: %s", error->message);
      return FALSE;
    }
  g_signal_connect_object (notification, "closed", G_CALLBACK (on_closed_cb), self, 0);
  g_ptr_array_add (self->shown, g_object_ref (notification));
  return TRUE;
}

static gboolean
show_reminder (TfNotifier *self,
               TfReminder *reminder)
{
  NotifyNotification *notification;
  gboolean shown;
  const char *body = tf_reminder_get_body (reminder);
  gint64 case_id = tf_reminder_get_case_id (reminder);

  notification = notify_notification_new (tf_reminder_get_title (reminder),
                                          body != NULL && *body != '\0' ? body : NULL,
                                          APP_ID);
  notify_notification_set_urgency (notification,
                                   urgency_for (tf_reminder_get_urgency (reminder)));
  if (case_id > 0)
    notify_notification_add_action (notification, "open", _("Open Case"),
                                    open_case_cb, g_memdup2 (&case_id, sizeof case_id),
                                    g_free);
  shown = show (self, notification);
  g_object_unref (notification);
  return shown;
}

static gboolean
show_more (TfNotifier *self,
           guint       n_more)
{
  NotifyNotification *notification;
  gboolean shown;
  g_autofree char *summary = NULL;

  /* Translators: the last desktop notification when many reminders fall due
   * at once; the program lists them all. */
  summary = g_strdup_printf (ngettext ("And %u more reminder",
                                       "And %u more reminders", n_more), n_more);
  notification = notify_notification_new (summary,
                                          _("Open Taskforce to see them all."),
                                          APP_ID);
  notify_notification_set_urgency (notification, NOTIFY_URGENCY_NORMAL);
  notify_notification_add_action (notification, "open", _("Open Taskforce"),
                                  open_main_window_cb, NULL, NULL);
  shown = show (self, notification);
  g_object_unref (notification);
  return shown;
}

/**
 * tf_notifier_send_due:
 *
 * Lists the unsent reminders, shows them (a burst of more than
 * %TF_NOTIFIER_BURST as the most urgent few and one that counts the rest),
 * and records as sent those the server took — the counted rest with the
 * counting notification.
 */
guint
tf_notifier_send_due (TfNotifier *self,
                      TfSession  *session,
                      TfRegistry *registry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) reminders = NULL;
  g_autoptr(GPtrArray) sent = NULL;
  guint n, n_single;

  g_return_val_if_fail (TF_IS_NOTIFIER (self), 0);
  g_return_val_if_fail (TF_IS_SESSION (session), 0);

  reminders = tf_reminder_list_unsent (session, registry, NULL, &error);
  if (reminders == NULL)
    {
      g_warning ("Cannot list the reminders: %s", error->message);
      return 0;
    }
  n = g_list_model_get_n_items (reminders);
  if (n == 0)
    return 0;

  /* The list comes most pressing first. */
  n_single = n > TF_NOTIFIER_BURST ? TF_NOTIFIER_BURST - 1 : n;
  sent = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_single; i++)
    {
      g_autoptr(TfReminder) reminder = g_list_model_get_item (reminders, i);

      if (!show_reminder (self, reminder))
        break;   /* no server: do not knock n times */
      g_ptr_array_add (sent, g_strdup (tf_reminder_get_key (reminder)));
    }
  if (sent->len == n_single && n > n_single && show_more (self, n - n_single))
    for (guint i = n_single; i < n; i++)
      {
        g_autoptr(TfReminder) reminder = g_list_model_get_item (reminders, i);

        g_ptr_array_add (sent, g_strdup (tf_reminder_get_key (reminder)));
      }

  if (sent->len == 0)
    return 0;
  g_ptr_array_add (sent, NULL);
  if (!tf_reminder_mark_sent (session, (const char * const *) sent->pdata, &error))
    {
      g_warning ("Cannot record the reminders as sent: %s", error->message);
      return 0;
    }
  return sent->len - 1;
}

static void
tf_notifier_dispose (GObject *object)
{
  TfNotifier *self = TF_NOTIFIER (object);

  g_clear_weak_pointer (&self->application);
  if (self->shown != NULL)
    for (guint i = 0; i < self->shown->len; i++)
      g_signal_handlers_disconnect_by_func (self->shown->pdata[i], on_closed_cb, self);
  g_clear_pointer (&self->shown, g_ptr_array_unref);

  G_OBJECT_CLASS (tf_notifier_parent_class)->dispose (object);
}

static void
tf_notifier_class_init (TfNotifierClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tf_notifier_dispose;
}

static void
tf_notifier_init (TfNotifier *self)
{
  self->shown = g_ptr_array_new_with_free_func (g_object_unref);
}

TfNotifier *
tf_notifier_new (GApplication *application)
{
  TfNotifier *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);

  /* Once per process; the name the server shows as the sender. */
  if (!notify_is_initted ())
    notify_init ("Taskforce");
  self = g_object_new (TF_TYPE_NOTIFIER, NULL);
  g_set_weak_pointer (&self->application, application);
  return self;
}
