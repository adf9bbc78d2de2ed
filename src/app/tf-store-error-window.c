/* tf-store-error-window.c — says why the store cannot be opened, instead of crashing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "taskforce.h"

#include "tf-store-error-window.h"

struct _TfStoreErrorWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwStatusPage        *status_page;
  GtkLabel             *path_label;
  GtkWidget            *quit_button;
};

G_DEFINE_FINAL_TYPE (TfStoreErrorWindow, tf_store_error_window, ADW_TYPE_APPLICATION_WINDOW)

static void
tf_store_error_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TF_TYPE_STORE_ERROR_WINDOW);

  G_OBJECT_CLASS (tf_store_error_window_parent_class)->dispose (object);
}

static void
tf_store_error_window_class_init (TfStoreErrorWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_store_error_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-store-error-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TfStoreErrorWindow, status_page);
  gtk_widget_class_bind_template_child (widget_class, TfStoreErrorWindow, path_label);
  gtk_widget_class_bind_template_child (widget_class, TfStoreErrorWindow, quit_button);
}

static void
tf_store_error_window_init (TfStoreErrorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* A heading that names the kind of trouble; the core's message says what to do. */
static const char *
title_for_error (const GError *error)
{
  if (error != NULL && error->domain == TF_ERROR)
    switch ((TfError) error->code)
      {
      case TF_ERROR_NEWER_SCHEMA:
        return _("The store was written by a newer Taskforce");
      case TF_ERROR_DAMAGED:
        return _("The store is damaged");
      case TF_ERROR_NOT_A_STORE:
        return _("This file is not a Taskforce store");
      case TF_ERROR_UNSAFE_LOCATION:
        return _("The store is on a network drive");
      case TF_ERROR_BUSY:
        return _("The store is busy");
      case TF_ERROR_DENIED:
        return _("You have no access to the store");
      default:
        break;
      }
  return _("Cannot open the store");
}

/**
 * tf_store_error_window_new:
 * @path: (nullable): the store that failed to open
 * @error: why
 *
 * Returns: (transfer none): a window that shows the error and a Quit button
 */
GtkWidget *
tf_store_error_window_new (GtkApplication *application,
                           const char     *path,
                           const GError   *error)
{
  TfStoreErrorWindow *self;
  g_autofree char *description = NULL;

  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  self = g_object_new (TF_TYPE_STORE_ERROR_WINDOW, "application", application, NULL);
  adw_status_page_set_title (self->status_page, title_for_error (error));
  /* The status page reads its description as markup. */
  if (error != NULL)
    description = g_markup_escape_text (error->message, -1);
  adw_status_page_set_description (self->status_page, description);
  /* Name the file, unless the message already does. */
  gtk_label_set_label (self->path_label, path != NULL ? path : "");
  gtk_widget_set_visible (GTK_WIDGET (self->path_label),
                          path != NULL && (error == NULL || strstr (error->message, path) == NULL));
  /* Else the selectable path takes the focus and shows up selected. */
  gtk_window_set_focus (GTK_WINDOW (self), self->quit_button);
  return GTK_WIDGET (self);
}
