/* test-preferences.c — the Preferences switch for desktop notifications
 *
 * The switch shows and sets the "notifications" key the application reads
 * each time it looks for reminders to send.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "tf-application.h"
#include "tf-preferences-window.h"

static GtkSwitch *
find_switch (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkSwitch *found;

      if (GTK_IS_SWITCH (child))
        return GTK_SWITCH (child);
      if ((found = find_switch (child)) != NULL)
        return found;
    }
  return NULL;
}

static void
test_notifications_switch (void)
{
  g_autoptr(TfApplication) application = tf_application_new (G_APPLICATION_NON_UNIQUE);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  GtkWidget *window;
  GtkSwitch *sw;
  g_autofree char *label = NULL;

  /* startup loads the plugins the window lists */
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_settings_get_boolean (settings, "notifications"));
  window = GTK_WIDGET (tf_preferences_window_new (application));
  gtk_window_present (GTK_WINDOW (window));
  sw = find_switch (window);
  g_assert_nonnull (sw);
  g_assert_true (gtk_switch_get_active (sw));

  /* Off in the window: off in the settings, and the other way round. */
  gtk_switch_set_active (sw, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "notifications"));
  g_settings_set_boolean (settings, "notifications", TRUE);
  g_assert_true (gtk_switch_get_active (sw));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: skipping (run under xvfb-run).\n");
      return 77;
    }
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/preferences/notifications-switch", test_notifications_switch);
  return g_test_run ();
}
