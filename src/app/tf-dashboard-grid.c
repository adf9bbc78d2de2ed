/* tf-dashboard-grid.c — the dashboard's cards in one or two columns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-dashboard-grid.h"

#define CARD_WIDTH 500
#define SPACING    18

struct _TfDashboardGrid
{
  GtkWidget parent_instance;
  guint     n_columns;
};

G_DEFINE_FINAL_TYPE (TfDashboardGrid, tf_dashboard_grid, GTK_TYPE_WIDGET)

static guint
columns_for (int width)
{
  return width >= 2 * CARD_WIDTH + SPACING ? 2 : 1;
}

/* Lays the cards out for @width: each to the shorter column. With
 * @allocate, allocates them too. Returns the height. */
static int
layout (TfDashboardGrid *self,
        int              width,
        gboolean         allocate)
{
  guint n = columns_for (width);
  int column_width = (width - (int) (n - 1) * SPACING) / (int) n;
  int heights[2] = { 0, 0 };

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      guint column = (n == 2 && heights[1] < heights[0]) ? 1 : 0;
      int min = 0, nat = 0;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, column_width, &min, &nat, NULL, NULL);
      if (heights[column] > 0)
        heights[column] += SPACING;
      if (allocate)
        {
          GtkAllocation box = { column * (column_width + SPACING), heights[column], column_width, nat };

          gtk_widget_size_allocate (child, &box, -1);
        }
      heights[column] += nat;
    }
  if (allocate)
    self->n_columns = n;
  return MAX (heights[0], heights[1]);
}

static GtkSizeRequestMode
tf_dashboard_grid_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
tf_dashboard_grid_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  TfDashboardGrid *self = TF_DASHBOARD_GRID (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 0;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int min = 0;

          if (gtk_widget_should_layout (child))
            gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
          *minimum = MAX (*minimum, min);
        }
      *natural = MAX (*minimum, 2 * CARD_WIDTH + SPACING);
      return;
    }
  *minimum = *natural = layout (self, for_size >= 0 ? for_size : 2 * CARD_WIDTH + SPACING, FALSE);
}

static void
tf_dashboard_grid_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  layout (TF_DASHBOARD_GRID (widget), width, TRUE);
}

static void
tf_dashboard_grid_dispose (GObject *object)
{
  tf_dashboard_grid_remove_all (TF_DASHBOARD_GRID (object));
  G_OBJECT_CLASS (tf_dashboard_grid_parent_class)->dispose (object);
}

static void
tf_dashboard_grid_class_init (TfDashboardGridClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_dashboard_grid_dispose;
  widget_class->get_request_mode = tf_dashboard_grid_get_request_mode;
  widget_class->measure = tf_dashboard_grid_measure;
  widget_class->size_allocate = tf_dashboard_grid_size_allocate;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
tf_dashboard_grid_init (TfDashboardGrid *self)
{
  self->n_columns = 1;
}

GtkWidget *
tf_dashboard_grid_new (void)
{
  return g_object_new (TF_TYPE_DASHBOARD_GRID, NULL);
}

void
tf_dashboard_grid_append (TfDashboardGrid *self,
                          GtkWidget       *card)
{
  g_return_if_fail (TF_IS_DASHBOARD_GRID (self));
  g_return_if_fail (GTK_IS_WIDGET (card));

  gtk_widget_insert_before (card, GTK_WIDGET (self), NULL);
}

void
tf_dashboard_grid_remove_all (TfDashboardGrid *self)
{
  GtkWidget *child;

  g_return_if_fail (TF_IS_DASHBOARD_GRID (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
}

guint
tf_dashboard_grid_get_n_columns (TfDashboardGrid *self)
{
  g_return_val_if_fail (TF_IS_DASHBOARD_GRID (self), 1);
  return self->n_columns;
}
