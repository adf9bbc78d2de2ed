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
#include "tf-reminder-button.h"
#include "tf-reminder-group.h"

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

/* Kinds whose first reminder gets its own notification before any other
 * kind's: what the person must act on today. A flood of another kind
 * (thousands of statutory deadlines from a work-area plugin) can then never
 * push a meeting tomorrow or a task due today into the summary. */
static const TfReminderKind first_kinds[] = {
  TF_REMINDER_MEETING_TOMORROW,
  TF_REMINDER_TASK_DUE_TODAY,
  TF_REMINDER_TASK_OVERDUE,
};

#define N_KINDS (TF_REMINDER_CONSENT_EXPIRING + 1)

static guint
kind_of (TfReminder *reminder)
{
  guint kind = tf_reminder_get_kind (reminder);

  return kind < N_KINDS ? kind : TF_REMINDER_DEADLINE;
}

/* Which of @reminders (most pressing first) get a notification of their
 * own when there are more than the burst: the first of each kind — the
 * kinds of first_kinds[] before the others, the others in the order of
 * their most pressing reminder — then the second of each, and so on, until
 * @n_slots are chosen. Returns a mask over the list. */
static gboolean *
choose_singles (GListModel *reminders,
                guint       n_slots)
{
  guint n = g_list_model_get_n_items (reminders);
  gboolean *chosen = g_new0 (gboolean, n);
  GArray *by_kind[N_KINDS] = { NULL };
  guint order[N_KINDS], n_order = 0, picked = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfReminder) reminder = g_list_model_get_item (reminders, i);
      guint kind = kind_of (reminder);

      if (by_kind[kind] == NULL)
        by_kind[kind] = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (by_kind[kind], i);
    }
  for (guint k = 0; k < G_N_ELEMENTS (first_kinds); k++)
    if (by_kind[first_kinds[k]] != NULL)
      order[n_order++] = first_kinds[k];
  /* The other kinds by their most pressing reminder. */
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfReminder) reminder = g_list_model_get_item (reminders, i);
      guint kind = kind_of (reminder);
      gboolean seen = FALSE;

      for (guint o = 0; o < n_order; o++)
        seen = seen || order[o] == kind;
      if (!seen)
        order[n_order++] = kind;
    }
  for (guint round = 0; picked < n_slots; round++)
    {
      gboolean any = FALSE;

      for (guint o = 0; o < n_order && picked < n_slots; o++)
        if (round < by_kind[order[o]]->len)
          {
            chosen[g_array_index (by_kind[order[o]], guint, round)] = TRUE;
            picked++;
            any = TRUE;
          }
      if (!any)
        break;
    }
  for (guint k = 0; k < N_KINDS; k++)
    if (by_kind[k] != NULL)
      g_array_unref (by_kind[k]);
  return chosen;
}

static void
show_reminders_cb (NotifyNotification *notification,
                   char               *action,
                   gpointer            user_data)
{
  TfNotifier *self = g_object_get_data (G_OBJECT (notification), "tf-notifier");

  if (self != NULL && self->application != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (self->application), "show-reminders", NULL);
}

/* "And 1,990 more reminders" with what they are: "1,987 statutory
 * deadlines, 3 upcoming tasks". */
static gboolean
show_summary (TfNotifier *self,
              GListModel *reminders,
              gboolean   *chosen)
{
  NotifyNotification *notification;
  gboolean shown;
  guint n = g_list_model_get_n_items (reminders), n_more = 0;
  guint counts[N_KINDS] = { 0 }, order[N_KINDS], n_order = 0;
  g_autofree char *summary = NULL;
  g_autofree char *count = NULL;
  g_autofree char *kinds = NULL;
  g_autofree char *body = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfReminder) reminder = NULL;
      guint kind;

      if (chosen[i])
        continue;
      reminder = g_list_model_get_item (reminders, i);
      kind = kind_of (reminder);
      if (counts[kind]++ == 0)
        order[n_order++] = kind;
      n_more++;
    }
  for (guint o = 0; o < n_order; o++)
    g_ptr_array_add (parts, tf_reminder_kind_count_text (order[o], counts[order[o]]));
  g_ptr_array_add (parts, NULL);
  kinds = g_strjoinv (", ", (char **) parts->pdata);

  count = g_strdup_printf ("%'u", n_more);
  /* Translators: the last desktop notification when many reminders fall due
   * at once; %s is a number like "1,990". The program lists them all. */
  summary = g_strdup_printf (ngettext ("And %s more reminder",
                                       "And %s more reminders", n_more), count);
  /* Translators: %s lists the reminders by kind: "1,987 statutory
   * deadlines, 3 upcoming tasks" */
  body = g_strdup_printf (_("%s. Open the reminder list in Taskforce to see them all."), kinds);
  notification = notify_notification_new (summary, body, APP_ID);
  notify_notification_set_urgency (notification, NOTIFY_URGENCY_NORMAL);
  notify_notification_add_action (notification, "open", _("Show Reminders"),
                                  show_reminders_cb, NULL, NULL);
  shown = show (self, notification);
  g_object_unref (notification);
  return shown;
}

/**
 * tf_notifier_send_due:
 *
 * Lists the unsent reminders, shows them (a burst of more than
 * %TF_NOTIFIER_BURST as the most pressing of each kind and one that counts
 * the rest by kind), and records as sent those the server took — the
 * counted rest with the counting notification.
 */
guint
tf_notifier_send_due (TfNotifier *self,
                      TfSession  *session,
                      TfRegistry *registry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) reminders = NULL;
  g_autoptr(GPtrArray) sent = NULL;
  g_autofree gboolean *chosen = NULL;
  gboolean stopped = FALSE;
  guint n;

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

  if (n > TF_NOTIFIER_BURST)
    chosen = choose_singles (reminders, TF_NOTIFIER_BURST - 1);
  else
    {
      chosen = g_new (gboolean, n);
      for (guint i = 0; i < n; i++)
        chosen[i] = TRUE;
    }

  /* The chosen ones in the list's order: most pressing first. */
  sent = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n && !stopped; i++)
    {
      g_autoptr(TfReminder) reminder = NULL;

      if (!chosen[i])
        continue;
      reminder = g_list_model_get_item (reminders, i);
      if (!show_reminder (self, reminder))
        stopped = TRUE;   /* no server: do not knock n times */
      else
        g_ptr_array_add (sent, g_strdup (tf_reminder_get_key (reminder)));
    }
  /* The summary covers the rest, and they count as sent once the server
   * took it. That is deliberate: the summary names them and leads to the
   * reminder list in the program, which keeps showing every one of them
   * until it is dealt with. Leaving them unsent would send the same flood
   * again — one by one, crowding out what is new — at every start and
   * every half hour, which is exactly what the summary is there to stop. */
  if (!stopped && n > TF_NOTIFIER_BURST && show_summary (self, reminders, chosen))
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(TfReminder) reminder = NULL;

        if (chosen[i])
          continue;
        reminder = g_list_model_get_item (reminders, i);
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

/* app.show-reminders: the summary notification's action. */
static void
show_reminders_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GApplication *application = g_application_get_default ();

  if (GTK_IS_APPLICATION (application))
    tf_reminder_button_show_in (GTK_APPLICATION (application));
}

TfNotifier *
tf_notifier_new (GApplication *application)
{
  TfNotifier *self;

  g_return_val_if_fail (G_IS_APPLICATION (application), NULL);

  /* Once per process; the name the server shows as the sender. */
  if (!notify_is_initted ())
    notify_init ("Taskforce");
  if (g_action_map_lookup_action (G_ACTION_MAP (application), "show-reminders") == NULL)
    {
      g_autoptr(GSimpleAction) action = g_simple_action_new ("show-reminders", NULL);

      g_signal_connect (action, "activate", G_CALLBACK (show_reminders_action), NULL);
      g_action_map_add_action (G_ACTION_MAP (application), G_ACTION (action));
    }
  self = g_object_new (TF_TYPE_NOTIFIER, NULL);
  g_set_weak_pointer (&self->application, application);
  return self;
}
