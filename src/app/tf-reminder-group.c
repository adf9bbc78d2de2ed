/* tf-reminder-group.c — a heading or an "and N more" row in the reminder list
 *
 * The reminder button's list and the notifier's summary both count
 * reminders by kind; the words for those counts live here so both say the
 * same thing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-reminder-group.h"

struct _TfReminderGroup
{
  GObject            parent_instance;

  char              *title;
  GListModel        *reminders;   /* NULL for a heading */
  TfReminderUrgency  urgency;
};

G_DEFINE_FINAL_TYPE (TfReminderGroup, tf_reminder_group, G_TYPE_OBJECT)

static void
tf_reminder_group_finalize (GObject *object)
{
  TfReminderGroup *self = TF_REMINDER_GROUP (object);

  g_free (self->title);
  g_clear_object (&self->reminders);

  G_OBJECT_CLASS (tf_reminder_group_parent_class)->finalize (object);
}

static void
tf_reminder_group_class_init (TfReminderGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_reminder_group_finalize;
}

static void
tf_reminder_group_init (TfReminderGroup *self)
{
}

const char *
tf_reminder_urgency_heading (TfReminderUrgency urgency)
{
  switch (urgency)
    {
    case TF_REMINDER_OVERDUE:
      /* Translators: a heading in the reminder list */
      return _("Overdue");
    case TF_REMINDER_DUE:
      /* Translators: a heading in the reminder list: due today */
      return _("Today");
    case TF_REMINDER_UPCOMING:
    default:
      /* Translators: a heading in the reminder list */
      return _("Upcoming");
    }
}

/* The count with the locale's thousands separator: "1,987", "1.987". */
static char *
format_count (guint n)
{
  return g_strdup_printf ("%'u", n);
}

char *
tf_reminder_kind_count_text (TfReminderKind kind,
                             guint          n)
{
  g_autofree char *count = format_count (n);

  switch (kind)
    {
    case TF_REMINDER_MEETING_TOMORROW:
      /* Translators: %s is a number like "1,987"; in "And 12 more: …" */
      return g_strdup_printf (ngettext ("%s meeting tomorrow", "%s meetings tomorrow", n), count);
    case TF_REMINDER_TASK_DUE_TODAY:
      return g_strdup_printf (ngettext ("%s task due today", "%s tasks due today", n), count);
    case TF_REMINDER_TASK_OVERDUE:
      return g_strdup_printf (ngettext ("%s overdue task", "%s overdue tasks", n), count);
    case TF_REMINDER_TASK_UPCOMING:
      return g_strdup_printf (ngettext ("%s upcoming task", "%s upcoming tasks", n), count);
    case TF_REMINDER_PLAN_FOLLOW_UP:
      return g_strdup_printf (ngettext ("%s follow-up date", "%s follow-up dates", n), count);
    case TF_REMINDER_DEADLINE:
      return g_strdup_printf (ngettext ("%s statutory deadline", "%s statutory deadlines", n), count);
    case TF_REMINDER_CONSENT_EXPIRING:
    default:
      return g_strdup_printf (ngettext ("%s consent running out", "%s consents running out", n), count);
    }
}

char *
tf_reminder_kind_more_text (TfReminderKind kind,
                            guint          n)
{
  g_autofree char *count = format_count (n);

  switch (kind)
    {
    case TF_REMINDER_MEETING_TOMORROW:
      /* Translators: %s is a number like "1,987"; a row that folds the
       * rest of one kind of reminder */
      return g_strdup_printf (ngettext ("and %s more meeting tomorrow", "and %s more meetings tomorrow", n), count);
    case TF_REMINDER_TASK_DUE_TODAY:
      return g_strdup_printf (ngettext ("and %s more task due today", "and %s more tasks due today", n), count);
    case TF_REMINDER_TASK_OVERDUE:
      return g_strdup_printf (ngettext ("and %s more overdue task", "and %s more overdue tasks", n), count);
    case TF_REMINDER_TASK_UPCOMING:
      return g_strdup_printf (ngettext ("and %s more upcoming task", "and %s more upcoming tasks", n), count);
    case TF_REMINDER_PLAN_FOLLOW_UP:
      return g_strdup_printf (ngettext ("and %s more follow-up date", "and %s more follow-up dates", n), count);
    case TF_REMINDER_DEADLINE:
      return g_strdup_printf (ngettext ("and %s more statutory deadline", "and %s more statutory deadlines", n), count);
    case TF_REMINDER_CONSENT_EXPIRING:
    default:
      return g_strdup_printf (ngettext ("and %s more consent running out", "and %s more consents running out", n), count);
    }
}

TfReminderGroup *
tf_reminder_group_new_heading (TfReminderUrgency urgency)
{
  TfReminderGroup *self = g_object_new (TF_TYPE_REMINDER_GROUP, NULL);

  self->urgency = urgency;
  self->title = g_strdup (tf_reminder_urgency_heading (urgency));
  return self;
}

TfReminderGroup *
tf_reminder_group_new_more (TfReminderKind  kind,
                            GListModel     *reminders)
{
  TfReminderGroup *self = g_object_new (TF_TYPE_REMINDER_GROUP, NULL);
  g_autoptr(TfReminder) first = g_list_model_get_item (reminders, 0);

  self->reminders = g_object_ref (reminders);
  self->urgency = first != NULL ? tf_reminder_get_urgency (first) : TF_REMINDER_UPCOMING;
  self->title = tf_reminder_kind_more_text (kind, g_list_model_get_n_items (reminders));
  return self;
}

const char *
tf_reminder_group_get_title (TfReminderGroup *self)
{
  g_return_val_if_fail (TF_IS_REMINDER_GROUP (self), NULL);
  return self->title;
}

GListModel *
tf_reminder_group_get_reminders (TfReminderGroup *self)
{
  g_return_val_if_fail (TF_IS_REMINDER_GROUP (self), NULL);
  return self->reminders;
}

TfReminderUrgency
tf_reminder_group_get_urgency (TfReminderGroup *self)
{
  g_return_val_if_fail (TF_IS_REMINDER_GROUP (self), TF_REMINDER_UPCOMING);
  return self->urgency;
}

#define N_KINDS (TF_REMINDER_CONSENT_EXPIRING + 1)

GListModel *
tf_reminder_list_group (GListModel *reminders,
                        guint       shown_per_kind)
{
  GListStore *out = g_list_store_new (G_TYPE_OBJECT);
  guint n = g_list_model_get_n_items (reminders);
  guint i = 0;

  /* The list comes ordered by urgency: one section per run. */
  while (i < n)
    {
      g_autoptr(TfReminder) head = g_list_model_get_item (reminders, i);
      TfReminderUrgency urgency = tf_reminder_get_urgency (head);
      g_autoptr(TfReminderGroup) heading = tf_reminder_group_new_heading (urgency);
      GListStore *rest[N_KINDS] = { NULL };
      guint shown[N_KINDS] = { 0 };

      g_list_store_append (out, heading);
      for (; i < n; i++)
        {
          g_autoptr(TfReminder) reminder = g_list_model_get_item (reminders, i);
          guint kind = tf_reminder_get_kind (reminder);

          if (tf_reminder_get_urgency (reminder) != urgency)
            break;
          if (kind >= N_KINDS)
            kind = TF_REMINDER_DEADLINE;
          if (shown[kind] < shown_per_kind)
            {
              shown[kind]++;
              g_list_store_append (out, reminder);
              continue;
            }
          if (rest[kind] == NULL)
            rest[kind] = g_list_store_new (TF_TYPE_REMINDER);
          g_list_store_append (rest[kind], reminder);
        }
      for (guint k = 0; k < N_KINDS; k++)
        if (rest[k] != NULL)
          {
            g_autoptr(TfReminderGroup) more = tf_reminder_group_new_more (k, G_LIST_MODEL (rest[k]));

            g_list_store_append (out, more);
            g_object_unref (rest[k]);
          }
    }
  return G_LIST_MODEL (out);
}
