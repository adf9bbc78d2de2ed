/* tf-follow-up-label.c — a case's next follow-up in the case list
 *
 * The date, and when the case needs follow-up a warning icon, a word
 * ("Overdue", "No assessment") in the "error" colour as well: colour is
 * never the only signal. The tooltip says why in full. Made in code, not
 * from a template: the case list makes one per row.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-follow-up-label.h"

struct _TfFollowUpLabel
{
  GtkWidget  parent_instance;

  GtkLabel  *label;
  GtkImage  *overdue_icon;
  GtkLabel  *warning_label;

  gboolean   overdue;
  char      *reason;
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
  TfFollowUpLabel *self = TF_FOLLOW_UP_LABEL (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (tf_follow_up_label_parent_class)->dispose (object);
}

static void
tf_follow_up_label_finalize (GObject *object)
{
  g_free (TF_FOLLOW_UP_LABEL (object)->reason);

  G_OBJECT_CLASS (tf_follow_up_label_parent_class)->finalize (object);
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
  object_class->finalize = tf_follow_up_label_finalize;
  object_class->get_property = tf_follow_up_label_get_property;
  object_class->set_property = tf_follow_up_label_set_property;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_OVERDUE] =
    g_param_spec_boolean ("overdue", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

/* Asked only when the pointer rests on the warning: a tooltip set up front
 * would cost a round trip to the display server per row. */
static gboolean
on_warning_query_tooltip_cb (GtkWidget       *widget,
                             int              x,
                             int              y,
                             gboolean         keyboard_mode,
                             GtkTooltip      *tooltip,
                             TfFollowUpLabel *self)
{
  gtk_tooltip_set_text (tooltip, self->reason != NULL ? self->reason : _("The follow-up is overdue"));
  return TRUE;
}


static void
tf_follow_up_label_init (TfFollowUpLabel *self)
{
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *warning = gtk_label_new (NULL);

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_parent (label, GTK_WIDGET (self));
  self->label = GTK_LABEL (label);

  gtk_widget_set_visible (icon, FALSE);
  gtk_widget_set_has_tooltip (icon, TRUE);
  g_signal_connect (icon, "query-tooltip", G_CALLBACK (on_warning_query_tooltip_cb), self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Needs follow-up"),
                                  -1);
  gtk_widget_set_parent (icon, GTK_WIDGET (self));
  self->overdue_icon = GTK_IMAGE (icon);

  /* Only the warning is red: the date beside it may still lie ahead when
   * what is missing is an assessment. */
  gtk_widget_add_css_class (icon, "error");
  gtk_widget_add_css_class (warning, "error");
  gtk_widget_set_visible (warning, FALSE);
  gtk_label_set_xalign (GTK_LABEL (warning), 0);
  gtk_widget_set_has_tooltip (warning, TRUE);
  g_signal_connect (warning, "query-tooltip", G_CALLBACK (on_warning_query_tooltip_cb), self);
  gtk_widget_set_parent (warning, GTK_WIDGET (self));
  self->warning_label = GTK_LABEL (warning);
}

GtkWidget *
tf_follow_up_label_new (void)
{
  return g_object_new (TF_TYPE_FOLLOW_UP_LABEL, NULL);
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
  gtk_widget_set_visible (GTK_WIDGET (self->warning_label),
                          overdue && *gtk_label_get_label (self->warning_label) != '\0');
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OVERDUE]);
}

gboolean
tf_follow_up_label_get_overdue (TfFollowUpLabel *self)
{
  g_return_val_if_fail (TF_IS_FOLLOW_UP_LABEL (self), FALSE);
  return self->overdue;
}

/**
 * tf_follow_up_label_set_warning:
 * @word: (nullable): shown beside the icon ("No assessment")
 * @reason: (nullable): why, in full, for the tooltip and screen readers
 *
 * Says why the case needs follow-up; shown while it is overdue.
 */
void
tf_follow_up_label_set_warning (TfFollowUpLabel *self,
                                const char      *word,
                                const char      *reason)
{
  g_return_if_fail (TF_IS_FOLLOW_UP_LABEL (self));

  gtk_label_set_label (self->warning_label, word != NULL ? word : "");
  gtk_widget_set_visible (GTK_WIDGET (self->warning_label),
                          self->overdue && word != NULL && *word != '\0');
  if (g_strcmp0 (self->reason, reason) == 0)
    return;
  g_free (self->reason);
  self->reason = g_strdup (reason);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->overdue_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  reason != NULL ? reason : _("Needs follow-up"),
                                  -1);
}

const char *
tf_follow_up_label_get_reason (TfFollowUpLabel *self)
{
  g_return_val_if_fail (TF_IS_FOLLOW_UP_LABEL (self), NULL);
  return self->reason;
}
