/* tf-case-page-row.c — one page in a case window's sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-case-page-row.h"

struct _TfCasePageRow
{
  GtkListBoxRow  parent_instance;

  /* Template widgets */
  GtkImage      *icon;
  GtkLabel      *title_label;

  char          *id;
  int            priority;
  gboolean       core;
};

G_DEFINE_FINAL_TYPE (TfCasePageRow, tf_case_page_row, GTK_TYPE_LIST_BOX_ROW)

static void
tf_case_page_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TF_TYPE_CASE_PAGE_ROW);

  G_OBJECT_CLASS (tf_case_page_row_parent_class)->dispose (object);
}

static void
tf_case_page_row_finalize (GObject *object)
{
  TfCasePageRow *self = TF_CASE_PAGE_ROW (object);

  g_free (self->id);

  G_OBJECT_CLASS (tf_case_page_row_parent_class)->finalize (object);
}

static void
tf_case_page_row_class_init (TfCasePageRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_case_page_row_dispose;
  object_class->finalize = tf_case_page_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-case-page-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TfCasePageRow, icon);
  gtk_widget_class_bind_template_child (widget_class, TfCasePageRow, title_label);
}

static void
tf_case_page_row_init (TfCasePageRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * tf_case_page_row_new:
 * @core: whether the page belongs to the core (listed before plugin pages)
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
tf_case_page_row_new (const char *id,
                      const char *title,
                      const char *icon_name,
                      int         priority,
                      gboolean    core)
{
  TfCasePageRow *self;

  g_return_val_if_fail (id != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (TF_TYPE_CASE_PAGE_ROW, NULL);
  self->id = g_strdup (id);
  self->priority = priority;
  self->core = core;
  gtk_label_set_label (self->title_label, title);
  gtk_image_set_from_icon_name (self->icon, icon_name);
  gtk_widget_set_visible (GTK_WIDGET (self->icon), icon_name != NULL);
  return GTK_WIDGET (self);
}

const char *
tf_case_page_row_get_id (TfCasePageRow *self)
{
  g_return_val_if_fail (TF_IS_CASE_PAGE_ROW (self), NULL);
  return self->id;
}

int
tf_case_page_row_get_priority (TfCasePageRow *self)
{
  g_return_val_if_fail (TF_IS_CASE_PAGE_ROW (self), 0);
  return self->priority;
}

gboolean
tf_case_page_row_get_core (TfCasePageRow *self)
{
  g_return_val_if_fail (TF_IS_CASE_PAGE_ROW (self), FALSE);
  return self->core;
}

const char *
tf_case_page_row_get_title (TfCasePageRow *self)
{
  g_return_val_if_fail (TF_IS_CASE_PAGE_ROW (self), NULL);
  return gtk_label_get_label (self->title_label);
}
