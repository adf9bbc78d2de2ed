/* tf-plugin-row.c — one plugin in Preferences: who made it, where it was found, on or off
 *
 * The switch asks the application to load or unload the plugin at once; the
 * row follows the plugin's state (a plugin that is switched on but refused
 * shows why).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-application.h"
#include "tf-plugin-row.h"

struct _TfPluginRow
{
  AdwExpanderRow  parent_instance;

  /* Template widgets */
  GtkImage       *refused_icon;
  GtkSwitch      *enabled_switch;
  AdwActionRow   *description_row;
  AdwActionRow   *location_row;
  AdwActionRow   *refused_row;

  /* Owned */
  TfPluginInfo   *info;
  gboolean        updating;
};

G_DEFINE_FINAL_TYPE (TfPluginRow, tf_plugin_row, ADW_TYPE_EXPANDER_ROW)

static void
update (TfPluginRow *self)
{
  TfPluginInfo *info = self->info;
  const char *reason = tf_plugin_info_get_refused_reason (info);
  const char *organisation = tf_plugin_info_get_organisation (info);
  const char *version = tf_plugin_info_get_version (info);
  g_autofree char *subtitle = NULL;
  g_autofree char *location = NULL;
  g_autofree char *switch_label = NULL;

  if (organisation != NULL && version != NULL)
    subtitle = g_strdup_printf (_("%s · version %s"), organisation, version);
  else
    subtitle = g_strdup (organisation ? organisation : "");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), tf_plugin_info_get_name (info));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);

  adw_action_row_set_subtitle (self->description_row,
                               tf_plugin_info_get_description (info) ? tf_plugin_info_get_description (info) : "");
  location = g_strdup_printf ("%s (%s)", tf_plugin_info_get_location (info),
                              tf_plugin_info_get_origin_label (info));
  adw_action_row_set_subtitle (self->location_row, location);

  gtk_widget_set_visible (GTK_WIDGET (self->refused_icon), reason != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->refused_row), reason != NULL);
  adw_action_row_set_subtitle (self->refused_row, reason ? reason : "");

  self->updating = TRUE;
  gtk_switch_set_active (self->enabled_switch,
                         tf_plugin_info_get_enabled (info) && reason == NULL);
  self->updating = FALSE;

  switch_label = g_strdup_printf (_("Use %s"), tf_plugin_info_get_name (info));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->enabled_switch),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, switch_label, -1);
}

static void
on_enabled_switch_notify_active_cb (TfPluginRow *self)
{
  GApplication *app = g_application_get_default ();
  g_autoptr(GError) error = NULL;
  gboolean active = gtk_switch_get_active (self->enabled_switch);

  if (self->updating || !TF_IS_APPLICATION (app))
    return;
  /* A refused plugin cannot be switched on: the row shows the reason. */
  if (!tf_application_set_plugin_enabled (TF_APPLICATION (app), tf_plugin_info_get_module (self->info),
                                          active, &error))
    g_message ("Plugin %s: %s", tf_plugin_info_get_module (self->info), error->message);
  update (self);
  if (error != NULL)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
}

static void
tf_plugin_row_dispose (GObject *object)
{
  TfPluginRow *self = TF_PLUGIN_ROW (object);

  if (self->info != NULL)
    g_signal_handlers_disconnect_by_data (self->info, self);
  g_clear_object (&self->info);
  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_PLUGIN_ROW);

  G_OBJECT_CLASS (tf_plugin_row_parent_class)->dispose (object);
}

static void
tf_plugin_row_class_init (TfPluginRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_plugin_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/dk/norddjurs/Taskforce/tf-plugin-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TfPluginRow, refused_icon);
  gtk_widget_class_bind_template_child (widget_class, TfPluginRow, enabled_switch);
  gtk_widget_class_bind_template_child (widget_class, TfPluginRow, description_row);
  gtk_widget_class_bind_template_child (widget_class, TfPluginRow, location_row);
  gtk_widget_class_bind_template_child (widget_class, TfPluginRow, refused_row);
  gtk_widget_class_bind_template_callback (widget_class, on_enabled_switch_notify_active_cb);
}

static void
tf_plugin_row_init (TfPluginRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tf_plugin_row_new (TfPluginInfo *info)
{
  TfPluginRow *self;

  g_return_val_if_fail (TF_IS_PLUGIN_INFO (info), NULL);

  self = g_object_new (TF_TYPE_PLUGIN_ROW, NULL);
  self->info = g_object_ref (info);
  g_signal_connect_object (info, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  update (self);
  return GTK_WIDGET (self);
}

TfPluginInfo *
tf_plugin_row_get_info (TfPluginRow *self)
{
  g_return_val_if_fail (TF_IS_PLUGIN_ROW (self), NULL);
  return self->info;
}
