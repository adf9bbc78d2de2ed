/* tf-dashboard-card.c — one card of the dashboard's grid
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-dashboard-card.h"

/* Two cards and the grid's spacing need more than the 1000 px a 1024 px
 * window leaves for them. */
#define CARD_NATURAL_WIDTH 500

struct _TfDashboardCard
{
  GtkWidget  parent_instance;
  GtkWidget *child;
};

G_DEFINE_FINAL_TYPE (TfDashboardCard, tf_dashboard_card, GTK_TYPE_WIDGET)

static GtkSizeRequestMode
tf_dashboard_card_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
tf_dashboard_card_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  TfDashboardCard *self = TF_DASHBOARD_CARD (widget);

  *minimum = *natural = 0;
  if (self->child == NULL)
    return;
  gtk_widget_measure (self->child, orientation, for_size, minimum, natural, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, MIN (*natural, CARD_NATURAL_WIDTH));
}

static void
tf_dashboard_card_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  TfDashboardCard *self = TF_DASHBOARD_CARD (widget);

  if (self->child != NULL)
    gtk_widget_allocate (self->child, width, height, baseline, NULL);
}

static void
tf_dashboard_card_dispose (GObject *object)
{
  TfDashboardCard *self = TF_DASHBOARD_CARD (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);
  G_OBJECT_CLASS (tf_dashboard_card_parent_class)->dispose (object);
}

static void
tf_dashboard_card_class_init (TfDashboardCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_dashboard_card_dispose;
  widget_class->get_request_mode = tf_dashboard_card_get_request_mode;
  widget_class->measure = tf_dashboard_card_measure;
  widget_class->size_allocate = tf_dashboard_card_size_allocate;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
tf_dashboard_card_init (TfDashboardCard *self)
{
}

GtkWidget *
tf_dashboard_card_new (GtkWidget *child)
{
  TfDashboardCard *self;

  g_return_val_if_fail (GTK_IS_WIDGET (child), NULL);

  self = g_object_new (TF_TYPE_DASHBOARD_CARD, NULL);
  self->child = child;
  gtk_widget_set_parent (child, GTK_WIDGET (self));
  return GTK_WIDGET (self);
}

GtkWidget *
tf_dashboard_card_get_child (TfDashboardCard *self)
{
  g_return_val_if_fail (TF_IS_DASHBOARD_CARD (self), NULL);
  return self->child;
}
