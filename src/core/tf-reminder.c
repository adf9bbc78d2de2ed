/* tf-reminder.c — one reminder: what it is about, its words, and whether it
 * went out
 *
 * Working out which reminders are due is in tf-reminder-list.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tf-reminder-private.h"

struct _TfReminder
{
  GObject            parent_instance;

  char              *key;
  TfReminderKind     kind;
  TfReminderUrgency  urgency;
  gint64             case_id;
  gint64             meeting_id;
  char              *title;
  char              *body;
  char              *date;
  gboolean           sent;
};

G_DEFINE_FINAL_TYPE (TfReminder, tf_reminder, G_TYPE_OBJECT)

G_DEFINE_ENUM_TYPE (TfReminderKind, tf_reminder_kind,
  G_DEFINE_ENUM_VALUE (TF_REMINDER_MEETING_TOMORROW, "meeting-tomorrow"),
  G_DEFINE_ENUM_VALUE (TF_REMINDER_TASK_DUE_TODAY, "task-due-today"),
  G_DEFINE_ENUM_VALUE (TF_REMINDER_TASK_OVERDUE, "task-overdue"),
  G_DEFINE_ENUM_VALUE (TF_REMINDER_TASK_UPCOMING, "task-upcoming"),
  G_DEFINE_ENUM_VALUE (TF_REMINDER_PLAN_FOLLOW_UP, "plan-follow-up"),
  G_DEFINE_ENUM_VALUE (TF_REMINDER_DEADLINE, "deadline"),
  G_DEFINE_ENUM_VALUE (TF_REMINDER_CONSENT_EXPIRING, "consent-expiring"))

G_DEFINE_ENUM_TYPE (TfReminderUrgency, tf_reminder_urgency,
  G_DEFINE_ENUM_VALUE (TF_REMINDER_OVERDUE, "overdue"),
  G_DEFINE_ENUM_VALUE (TF_REMINDER_DUE, "due"),
  G_DEFINE_ENUM_VALUE (TF_REMINDER_UPCOMING, "upcoming"))

enum {
  PROP_0,
  PROP_KEY,
  PROP_KIND,
  PROP_URGENCY,
  PROP_CASE_ID,
  PROP_MEETING_ID,
  PROP_TITLE,
  PROP_BODY,
  PROP_DATE,
  PROP_SENT,
  N_PROPS
};

static void
tf_reminder_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TfReminder *self = TF_REMINDER (object);

  switch (prop_id)
    {
    case PROP_KEY: g_value_set_string (value, self->key); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_URGENCY: g_value_set_enum (value, self->urgency); break;
    case PROP_CASE_ID: g_value_set_int64 (value, self->case_id); break;
    case PROP_MEETING_ID: g_value_set_int64 (value, self->meeting_id); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_BODY: g_value_set_string (value, self->body); break;
    case PROP_DATE: g_value_set_string (value, self->date); break;
    case PROP_SENT: g_value_set_boolean (value, self->sent); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_reminder_finalize (GObject *object)
{
  TfReminder *self = TF_REMINDER (object);

  g_free (self->key);
  g_free (self->title);
  g_free (self->body);
  g_free (self->date);
  G_OBJECT_CLASS (tf_reminder_parent_class)->finalize (object);
}

static void
tf_reminder_class_init (TfReminderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tf_reminder_get_property;
  object_class->finalize = tf_reminder_finalize;
  g_object_class_install_property (object_class, PROP_KEY,
    g_param_spec_string ("key", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_KIND,
    g_param_spec_enum ("kind", NULL, NULL, TF_TYPE_REMINDER_KIND,
                       TF_REMINDER_MEETING_TOMORROW, ro));
  g_object_class_install_property (object_class, PROP_URGENCY,
    g_param_spec_enum ("urgency", NULL, NULL, TF_TYPE_REMINDER_URGENCY,
                       TF_REMINDER_UPCOMING, ro));
  g_object_class_install_property (object_class, PROP_CASE_ID,
    g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_MEETING_ID,
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_TITLE,
    g_param_spec_string ("title", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_BODY,
    g_param_spec_string ("body", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_DATE,
    g_param_spec_string ("date", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_SENT,
    g_param_spec_boolean ("sent", NULL, NULL, FALSE, ro));
}

static void
tf_reminder_init (TfReminder *self)
{
  self->urgency = TF_REMINDER_UPCOMING;
}

TfReminder *
_tf_reminder_new (TfReminderKind     kind,
                  TfReminderUrgency  urgency,
                  char              *key,
                  gint64             case_id,
                  gint64             meeting_id,
                  char              *title,
                  char              *body,
                  const char        *date)
{
  TfReminder *self = g_object_new (TF_TYPE_REMINDER, NULL);

  self->kind = kind;
  self->urgency = urgency;
  self->key = key;
  self->case_id = MAX (case_id, 0);
  self->meeting_id = MAX (meeting_id, 0);
  self->title = title;
  self->body = body != NULL ? body : g_strdup ("");
  self->date = g_strdup (date);
  return self;
}

void
_tf_reminder_set_sent (TfReminder *self,
                       gboolean    sent)
{
  self->sent = sent;
}

gint
_tf_reminder_compare (gconstpointer a,
                      gconstpointer b)
{
  TfReminder *x = *(TfReminder **) a;
  TfReminder *y = *(TfReminder **) b;
  int by_date;

  if (x->urgency != y->urgency)
    return x->urgency < y->urgency ? -1 : 1;
  by_date = g_strcmp0 (x->date, y->date);
  if (by_date != 0)
    return by_date;
  return g_strcmp0 (x->key, y->key);
}

/* Getters */

const char *
tf_reminder_get_key (TfReminder *self)
{
  g_return_val_if_fail (TF_IS_REMINDER (self), NULL);
  return self->key;
}

TfReminderKind
tf_reminder_get_kind (TfReminder *self)
{
  g_return_val_if_fail (TF_IS_REMINDER (self), TF_REMINDER_MEETING_TOMORROW);
  return self->kind;
}

TfReminderUrgency
tf_reminder_get_urgency (TfReminder *self)
{
  g_return_val_if_fail (TF_IS_REMINDER (self), TF_REMINDER_UPCOMING);
  return self->urgency;
}

gint64
tf_reminder_get_case_id (TfReminder *self)
{
  g_return_val_if_fail (TF_IS_REMINDER (self), 0);
  return self->case_id;
}

gint64
tf_reminder_get_meeting_id (TfReminder *self)
{
  g_return_val_if_fail (TF_IS_REMINDER (self), 0);
  return self->meeting_id;
}

const char *
tf_reminder_get_title (TfReminder *self)
{
  g_return_val_if_fail (TF_IS_REMINDER (self), NULL);
  return self->title;
}

const char *
tf_reminder_get_body (TfReminder *self)
{
  g_return_val_if_fail (TF_IS_REMINDER (self), NULL);
  return self->body;
}

const char *
tf_reminder_get_date (TfReminder *self)
{
  g_return_val_if_fail (TF_IS_REMINDER (self), NULL);
  return self->date;
}

gboolean
tf_reminder_get_sent (TfReminder *self)
{
  g_return_val_if_fail (TF_IS_REMINDER (self), FALSE);
  return self->sent;
}
