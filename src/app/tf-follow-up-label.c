/* tf-follow-up-label.c — a case's next follow-up in the case list
 *
 * The date, and when it has passed a warning icon and the "error" colour as
 * well: colour is never the only signal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-follow-up-label.h"

struct _TfFollowUpLabel
{
  GtkWidget  parent_instance;

  /* Template widgets */
  GtkWidget *box;
  GtkLabel  *label;
  GtkImage  *overdue_icon;

  gboolean   overdue;
};

enum {
  PROP_0,
  PROP_LABEL,
  PROP_OVERDUE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TfFollowUpLabel, tf_follow_up_label, GTK_TYPE_WIDGET)

static void
tf_follow_up_label_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TF_TYPE_FOLLOW_UP_LABEL);

  G_OBJECT_CLASS (tf_follow_up_label_parent_class)->dispose (object);
}

static void
tf_follow_up_label_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TfFollowUpLabel *self = TF_FOLLOW_UP_LABEL (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, tf_follow_up_label_get_label (self));
      break;
    case PROP_OVERDUE:
      g_value_set_boolean (value, self->overdue);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_follow_up_label_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TfFollowUpLabel *self = TF_FOLLOW_UP_LABEL (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      tf_follow_up_label_set_label (self, g_value_get_string (value));
      break;
    case PROP_OVERDUE:
      tf_follow_up_label_set_overdue (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_follow_up_label_class_init (TfFollowUpLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_follow_up_label_dispose;
  object_class->get_property = tf_follow_up_label_get_property;
  object_class->set_property = tf_follow_up_label_set_property;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OVERDUE] =
    g_param_spec_boolean ("overdue", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-follow-up-label.ui");
  /* Bound so that dispose_template() unparents it. */
  gtk_widget_class_bind_template_child (widget_class, TfFollowUpLabel, box);
  gtk_widget_class_bind_template_child (widget_class, TfFollowUpLabel, label);
  gtk_widget_class_bind_template_child (widget_class, TfFollowUpLabel, overdue_icon);
}

static void
tf_follow_up_label_init (TfFollowUpLabel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
tf_follow_up_label_set_label (TfFollowUpLabel *self,
                              const char      *label)
{
  g_return_if_fail (TF_IS_FOLLOW_UP_LABEL (self));

  if (g_strcmp0 (label, gtk_label_get_label (self->label)) == 0)
    return;
  gtk_label_set_label (self->label, label != NULL ? label : "");
  /* An empty cell says nothing rather than "GtkLabel" to a screen reader. */
  gtk_widget_set_visible (GTK_WIDGET (self->label), label != NULL && *label != '\0');
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LABEL]);
}

const char *
tf_follow_up_label_get_label (TfFollowUpLabel *self)
{
  g_return_val_if_fail (TF_IS_FOLLOW_UP_LABEL (self), NULL);
  return gtk_label_get_label (self->label);
}

void
tf_follow_up_label_set_overdue (TfFollowUpLabel *self,
                                gboolean         overdue)
{
  g_return_if_fail (TF_IS_FOLLOW_UP_LABEL (self));

  overdue = !!overdue;
  if (self->overdue == overdue)
    return;
  self->overdue = overdue;
  gtk_widget_set_visible (GTK_WIDGET (self->overdue_icon), overdue);
  if (overdue)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERDUE]);
}

gboolean
tf_follow_up_label_get_overdue (TfFollowUpLabel *self)
{
  g_return_val_if_fail (TF_IS_FOLLOW_UP_LABEL (self), FALSE);
  return self->overdue;
}
