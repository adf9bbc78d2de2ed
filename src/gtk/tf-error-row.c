/* tf-error-row.c — a row under a field that says what to fix in it
 *
 * Hidden until there is something to say; the warning icon and the words
 * carry the message, the red only underlines it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-error-row.h"

struct _TfErrorRow
{
  AdwActionRow  parent_instance;

  char         *message;
};

G_DEFINE_FINAL_TYPE (TfErrorRow, tf_error_row, ADW_TYPE_ACTION_ROW)

static void
tf_error_row_finalize (GObject *object)
{
  TfErrorRow *self = TF_ERROR_ROW (object);

  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (tf_error_row_parent_class)->finalize (object);
}

static void
tf_error_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TF_TYPE_ERROR_ROW);

  G_OBJECT_CLASS (tf_error_row_parent_class)->dispose (object);
}

static void
tf_error_row_class_init (TfErrorRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_error_row_dispose;
  object_class->finalize = tf_error_row_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/gtk/tf-error-row.ui");
}

static void
tf_error_row_init (TfErrorRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tf_error_row_new (void)
{
  return g_object_new (TF_TYPE_ERROR_ROW, NULL);
}

void
tf_error_row_set_message (TfErrorRow *self,
                          const char *message)
{
  g_return_if_fail (TF_IS_ERROR_ROW (self));

  if (message != NULL && *message == '\0')
    message = NULL;
  g_free (self->message);
  self->message = g_strdup (message);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self), message != NULL);
}

const char *
tf_error_row_get_message (TfErrorRow *self)
{
  g_return_val_if_fail (TF_IS_ERROR_ROW (self), NULL);
  return self->message;
}
