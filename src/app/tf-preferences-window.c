/* tf-preferences-window.c — Preferences: desktop notifications, the work-area plugins and the figures
 *
 * Lists every plugin the plugin manager found — loaded, switched off or
 * refused — with a row each, kept in step with the manager's list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-figures-preferences-page.h"
#include "tf-plugin-row.h"
#include "tf-preferences-window.h"

struct _TfPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets */
  GtkListBox           *plugin_list;
  AdwActionRow         *user_dir_row;
  GtkSwitch            *notifications_switch;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (TfPreferencesWindow, tf_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static GtkWidget *
create_plugin_row (gpointer item,
                   gpointer user_data)
{
  return tf_plugin_row_new (TF_PLUGIN_INFO (item));
}

static void
tf_preferences_window_dispose (GObject *object)
{
  TfPreferencesWindow *self = TF_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), TF_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (tf_preferences_window_parent_class)->dispose (object);
}

static void
tf_preferences_window_class_init (TfPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TfPreferencesWindow, plugin_list);
  gtk_widget_class_bind_template_child (widget_class, TfPreferencesWindow, user_dir_row);
  gtk_widget_class_bind_template_child (widget_class, TfPreferencesWindow, notifications_switch);
}

static void
tf_preferences_window_init (TfPreferencesWindow *self)
{
  g_autofree char *user_dir = tf_plugin_manager_user_dir ();

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_action_row_set_subtitle (self->user_dir_row, user_dir);
  /* The application reads the key each time it looks for reminders. */
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "notifications",
                   self->notifications_switch, "active", G_SETTINGS_BIND_DEFAULT);
}

/**
 * tf_preferences_window_new:
 *
 * Returns: (transfer floating): the preferences window
 */
TfPreferencesWindow *
tf_preferences_window_new (TfApplication *application)
{
  TfPreferencesWindow *self;
  TfSession *session;

  g_return_val_if_fail (TF_IS_APPLICATION (application), NULL);

  self = g_object_new (TF_TYPE_PREFERENCES_WINDOW, "application", application, NULL);
  gtk_list_box_bind_model (self->plugin_list,
                           tf_plugin_manager_get_plugins (tf_application_get_plugin_manager (application)),
                           create_plugin_row, NULL, NULL);
  /* The figures' settings are in the store: without one there is nothing to set */
  session = tf_application_get_session (application);
  if (session != NULL)
    adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                                ADW_PREFERENCES_PAGE (tf_figures_preferences_page_new (
                                  session, tf_application_get_registry (application))));
  return self;
}
