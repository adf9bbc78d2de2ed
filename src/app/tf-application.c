/* tf-application.c — the Taskforce application
 *
 * Opens the store (the default one, the one GSettings names, or the one on
 * the command line), registers the person at the desk, and shows the main
 * window — or, when the store cannot be used, a window that says why. Other
 * desks' changes are noticed by polling the store every two seconds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "taskforce-gtk.h"
#include "tf-application.h"
#include "tf-case-window.h"
#include "tf-economy-window.h"
#include "tf-meeting-plan-dialog.h"
#include "tf-meeting-window.h"
#include "tf-notifier.h"
#include "tf-preferences-window.h"
#include "tf-store-error-window.h"
#include "tf-window.h"

/* How often to look for other desks' changes. */
#define POLL_SECONDS 2
/* How often to look for reminders that fell due while the program runs;
 * also how soon a new day's reminders come when it runs past midnight. */
#define REMINDER_SECONDS (30 * 60)

struct _TfApplication
{
  AdwApplication  parent_instance;

  char           *database_path;   /* from --database, absolute; NULL if not given */
  gint64          open_case_id;    /* from --case; 0 if not given */
  char           *open_page;       /* from --page */
  gint64          open_meeting_id; /* from --meeting; 0 if not given */
  GSettings      *settings;
  TfStore        *store;
  TfSession      *session;
  TfRegistry     *registry;        /* what the enabled work-area plugins contribute */
  TfPluginManager *plugins;
  guint           poll_source;
  TfNotifier     *notifier;
  guint           reminder_source;
  GCancellable   *check_cancellable;
};

G_DEFINE_FINAL_TYPE (TfApplication, tf_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the store in FILE instead of the default one"), N_("FILE") },
  { "case", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("Also open the window of the case with this number"), N_("NUMBER") },
  { "page", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --case: show this page of the case (for example “school”)"), N_("PAGE") },
  { "meeting", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("Also open the window of the meeting with this number"), N_("NUMBER") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { NULL }
};

/* Windows */

static GtkWindow *
find_window (TfApplication *self,
             GType          type)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;
  return NULL;
}

static void
show_store_error (TfApplication *self,
                  const char    *path,
                  const GError  *error)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  GtkWidget *window;

  g_message ("Cannot use the store %s: %s", path, error->message);

  /* The error window first, so the application never runs out of windows. */
  window = tf_store_error_window_new (GTK_APPLICATION (self), path, error);
  gtk_window_present (GTK_WINDOW (window));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
}

/* The store */

static char *
resolve_store_path (TfApplication *self)
{
  g_autofree char *configured = g_settings_get_string (self->settings, "database-path");

  if (self->database_path != NULL)
    return g_strdup (self->database_path);
  if (configured != NULL && *configured != '\0')
    return g_canonicalize_filename (configured, NULL);
  return tf_store_default_path ();
}

static gboolean
poll_store_cb (gpointer user_data)
{
  TfApplication *self = user_data;

  tf_store_check_external_changes (self->store);
  return G_SOURCE_CONTINUE;
}

static void
on_check_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  TfApplication *self = TF_APPLICATION (source);
  g_autoptr(GError) error = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error) ||
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  show_store_error (self, tf_store_get_path (self->store), error);
}

static void
check_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  /* Only waits on the check's mutex; never touches the main connection. */
  if (tf_store_wait_checked (TF_STORE (task_data), &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/* The store was opened without waiting for its integrity check, so the
 * window shows at once; if the check fails, the window gives way to one
 * that says so. */
static void
watch_store_check (TfApplication *self)
{
  g_autoptr(GTask) task = NULL;

  self->check_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->check_cancellable, on_check_done_cb, NULL);
  g_task_set_task_data (task, g_object_ref (self->store), g_object_unref);
  g_task_set_check_cancellable (task, TRUE);
  g_task_run_in_thread (task, check_thread);
}

static gboolean
open_store (TfApplication  *self,
            const char     *path,
            GError        **error)
{
  g_autoptr(TfStore) store = NULL;
  g_autoptr(TfSession) session = NULL;

  store = tf_store_open (path, TF_STORE_OPEN_DEFER_CHECK, error);
  if (store == NULL)
    return FALSE;
  session = tf_session_new_for_os_user (store, error);
  if (session == NULL)
    return FALSE;

  self->store = g_steal_pointer (&store);
  self->session = g_steal_pointer (&session);
  self->poll_source = g_timeout_add_seconds (POLL_SECONDS, poll_store_cb, self);
  return TRUE;
}

/* Reminders */

/* Sends what is due unless the user turned notifications off in
 * Preferences. tf_reminder_list_unsent() asks for today's date each time,
 * so the periodic look also picks up a new day. */
static void
send_reminders (TfApplication *self)
{
  if (self->session == NULL || !g_settings_get_boolean (self->settings, "notifications"))
    return;
  if (self->notifier == NULL)
    self->notifier = tf_notifier_new (G_APPLICATION (self));
  tf_notifier_send_due (self->notifier, self->session, self->registry);
}

static gboolean
reminder_tick_cb (gpointer user_data)
{
  send_reminders (user_data);
  return G_SOURCE_CONTINUE;
}

/* Turned on in Preferences: what is due now comes at once, not in up to
 * half an hour. */
static void
on_notifications_changed_cb (GSettings     *settings,
                             const char    *key,
                             TfApplication *self)
{
  if (self->reminder_source != 0)
    send_reminders (self);
}

static void
start_reminders (TfApplication *self)
{
  if (self->reminder_source != 0)
    return;
  send_reminders (self);
  self->reminder_source = g_timeout_add_seconds (REMINDER_SECONDS, reminder_tick_cb, self);
  g_signal_connect_object (self->settings, "changed::notifications",
                           G_CALLBACK (on_notifications_changed_cb), self, 0);
}

/* Meeting series */

/* Keeps every repeating series planned its half year ahead, once per start:
 * a program left unopened for months finds its meetings there. In an idle
 * after the first frame, so the writes never delay the window. */
static gboolean
extend_series_cb (gpointer user_data)
{
  TfApplication *self = user_data;
  g_autoptr(GError) error = NULL;

  if (self->session != NULL && tf_meeting_series_extend (self->session, NULL, &error) < 0)
    g_warning ("Could not plan the meeting series ahead: %s", error->message);
  return G_SOURCE_REMOVE;
}

/* Start-up measurement (bench/startup.sh) */

/* Once the main window's first frame — the case list with its rows — is
 * painted, the store's integrity check starts in the background: reading a
 * large file must not slow the start. With TASKFORCE_EXIT_AFTER_FIRST_FRAME
 * set (bench/startup.sh), the program quits there instead, so the wall time
 * of the process is "start to a visible, populated window". */
static void
on_first_frame_cb (GdkFrameClock *clock,
                   TfApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_cb, self);
  if (g_getenv ("TASKFORCE_EXIT_AFTER_FIRST_FRAME") != NULL)
    {
      g_application_quit (G_APPLICATION (self));
      return;
    }
  watch_store_check (self);
  /* After the first frame, never before: talking to the notification
   * server and listing reminders must not delay the window. */
  start_reminders (self);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, extend_series_cb, g_object_ref (self), g_object_unref);
}

static void
on_main_window_map_cb (GtkWidget     *window,
                       TfApplication *self)
{
  g_signal_handlers_disconnect_by_func (window, on_main_window_map_cb, self);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_first_frame_cb), self);
}

/* Plugins */

/* Every plugin found is loaded unless the user turned it off in Preferences. */
static void
load_plugins (TfApplication *self)
{
  g_auto(GStrv) disabled = g_settings_get_strv (self->settings, "disabled-plugins");

  self->registry = tf_registry_new ();
  self->plugins = tf_plugin_manager_new (self->registry);
  tf_plugin_manager_load_all (self->plugins, (const char * const *) disabled);
}

/* Actions */

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  TfApplication *self = user_data;
  GtkWindow *window = find_window (self, TF_TYPE_WINDOW);

  /* Closing, not just quitting, lets the main window save its size. */
  if (window != NULL)
    gtk_window_close (window);
  g_application_quit (G_APPLICATION (self));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  TfApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", _("Taskforce"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("Norddjurs Kommune"),
                        "comments", _("The shared desk of the taskforce for young people at risk of crime."),
                        "copyright", _("© Norddjurs Kommune"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  TfApplication *self = user_data;
  GtkWindow *window = find_window (self, TF_TYPE_PREFERENCES_WINDOW);

  if (window == NULL)
    {
      GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

      window = GTK_WINDOW (tf_preferences_window_new (self));
      gtk_window_set_transient_for (window, parent);
    }
  gtk_window_present (window);
}

/* app.open-case(x): also what a reminder's notification activates. */
static void
open_case_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  TfApplication *self = user_data;

  g_application_activate (G_APPLICATION (self));
  tf_application_open_case (self, g_variant_get_int64 (parameter));
}

/* app.plan-network-meeting(x): the case window's meetings page plans a
 * network meeting about its case over whichever window is active. */
static void
plan_network_meeting_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  TfApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (self->session == NULL)
    return;
  gtk_window_present (GTK_WINDOW (tf_meeting_plan_dialog_new (parent, self->session,
                                                              g_variant_get_int64 (parameter))));
}

/* app.open-meeting(x): from the meetings view, and for a reminder of a
 * meeting. */
static void
open_meeting_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  TfApplication *self = user_data;

  g_application_activate (G_APPLICATION (self));
  tf_application_open_meeting (self, g_variant_get_int64 (parameter));
}

/* app.show-economy: one economy window for the whole taskforce. */
static void
show_economy_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  TfApplication *self = user_data;
  GtkWindow *window;

  if (self->session == NULL)
    return;
  window = find_window (self, TF_TYPE_ECONOMY_WINDOW);
  if (window == NULL)
    window = GTK_WINDOW (tf_economy_window_new (GTK_APPLICATION (self), self->session, NULL));
  gtk_window_present (window);
}

static const GActionEntry app_entries[] = {
  { "open-case", open_case_action, "x" },
  { "quit", quit_action },
  { "about", about_action },
  { "preferences", preferences_action },
  { "plan-network-meeting", plan_network_meeting_action, "x" },
  { "open-meeting", open_meeting_action, "x" },
  { "show-economy", show_economy_action },
};

static void
set_accels (GtkApplication *application)
{
  static const struct { const char *action; const char *accels[2]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.new-case", { "<Control>n", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.plan-meeting", { "<Control>m", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (application, accels[i].action, accels[i].accels);
}

/* GApplication */

static int
tf_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  TfApplication *self = TF_APPLICATION (application);
  g_autofree char *path = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("taskforce %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }
  g_variant_dict_lookup (options, "case", "x", &self->open_case_id);
  g_variant_dict_lookup (options, "page", "s", &self->open_page);
  g_variant_dict_lookup (options, "meeting", "x", &self->open_meeting_id);
  if (g_variant_dict_lookup (options, "database", "^ay", &path))
    {
      g_free (self->database_path);
      self->database_path = g_canonicalize_filename (path, NULL);
    }
  return -1;
}

static void
tf_application_startup (GApplication *application)
{
  TfApplication *self = TF_APPLICATION (application);

  G_APPLICATION_CLASS (tf_application_parent_class)->startup (application);

  self->settings = g_settings_new (APP_ID);
  load_plugins (self);
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_entries,
                                   G_N_ELEMENTS (app_entries), self);
  set_accels (GTK_APPLICATION (self));
  gtk_window_set_default_icon_name (APP_ID);
  /* the case window's sidebar names one of them before any page is built */
  tf_gtk_ensure_icons (gdk_display_get_default ());
}

static void
tf_application_activate (GApplication *application)
{
  TfApplication *self = TF_APPLICATION (application);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  GtkWindow *window;

  window = find_window (self, TF_TYPE_WINDOW);
  if (window == NULL)
    window = find_window (self, TF_TYPE_STORE_ERROR_WINDOW);
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  path = resolve_store_path (self);
  if (self->session == NULL && !open_store (self, path, &error))
    {
      show_store_error (self, path, error);
      return;
    }
  window = GTK_WINDOW (tf_window_new (GTK_APPLICATION (self), self->session));
  g_signal_connect (window, "map", G_CALLBACK (on_main_window_map_cb), self);
  gtk_window_present (window);
  if (self->open_case_id > 0)
    {
      TfCaseWindow *case_window = tf_application_open_case (self, self->open_case_id);

      if (self->open_page != NULL && case_window != NULL)
        tf_case_window_show_page (case_window, self->open_page);
    }
  if (self->open_meeting_id > 0)
    tf_application_open_meeting (self, self->open_meeting_id);
}

static void
tf_application_shutdown (GApplication *application)
{
  TfApplication *self = TF_APPLICATION (application);

  g_clear_handle_id (&self->poll_source, g_source_remove);
  g_clear_handle_id (&self->reminder_source, g_source_remove);
  g_cancellable_cancel (self->check_cancellable);

  G_APPLICATION_CLASS (tf_application_parent_class)->shutdown (application);
}

static void
tf_application_finalize (GObject *object)
{
  TfApplication *self = TF_APPLICATION (object);

  g_clear_handle_id (&self->poll_source, g_source_remove);
  g_clear_handle_id (&self->reminder_source, g_source_remove);
  g_clear_object (&self->check_cancellable);
  g_clear_object (&self->notifier);
  g_clear_object (&self->session);
  /* Unloading the plugins takes their areas out of the registry. */
  g_clear_object (&self->plugins);
  g_clear_object (&self->registry);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_free (self->database_path);
  g_free (self->open_page);

  G_OBJECT_CLASS (tf_application_parent_class)->finalize (object);
}

static void
tf_application_class_init (TfApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = tf_application_finalize;
  app_class->handle_local_options = tf_application_handle_local_options;
  app_class->startup = tf_application_startup;
  app_class->activate = tf_application_activate;
  app_class->shutdown = tf_application_shutdown;
}

static void
tf_application_init (TfApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[COMMAND]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("The shared desk of the taskforce for young people at risk of crime."));
  g_application_set_option_context_description (G_APPLICATION (self),
    _("Commands (run without a display):\n"
      "  demo-data   Fill a store with fictional demo data\n"
      "  backup      Copy a store to a backup file\n"
      "  restore     Replace a store with a backup\n"
      "\n"
      "Run “taskforce COMMAND --help” for a command’s options."));
}

/**
 * tf_application_new:
 * @flags: %G_APPLICATION_NON_UNIQUE when running on a store named on the
 *   command line (another store is another desk)
 *
 * Returns: (transfer full): the application
 */
TfApplication *
tf_application_new (GApplicationFlags flags)
{
  return g_object_new (TF_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", flags,
                       "resource-base-path", "/dk/norddjurs/Taskforce",
                       NULL);
}

/**
 * tf_application_get_session:
 *
 * Returns: (transfer none) (nullable): the session, once the store is open
 */
TfSession *
tf_application_get_session (TfApplication *self)
{
  g_return_val_if_fail (TF_IS_APPLICATION (self), NULL);
  return self->session;
}

TfCaseWindow *
tf_application_open_case (TfApplication *self,
                          gint64         case_id)
{
  g_return_val_if_fail (TF_IS_APPLICATION (self), NULL);

  /* One window per case: a second request presents the first window. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (TF_IS_CASE_WINDOW (l->data) &&
        tf_case_window_get_case_id (TF_CASE_WINDOW (l->data)) == case_id)
      {
        gtk_window_present (GTK_WINDOW (l->data));
        return l->data;
      }
  if (self->session != NULL)
    {
      TfCaseWindow *window = tf_case_window_new (GTK_APPLICATION (self), self->session, case_id);

      tf_case_window_set_registry (window, self->registry);
      gtk_window_present (GTK_WINDOW (window));
      return window;
    }
  return NULL;
}

/**
 * tf_application_open_meeting:
 *
 * Presents the meeting's window, opening it if needed: one window per
 * meeting.
 *
 * Returns: (transfer none) (nullable): the window, %NULL before the store
 *   is open
 */
TfMeetingWindow *
tf_application_open_meeting (TfApplication *self,
                             gint64         meeting_id)
{
  TfMeetingWindow *window;

  g_return_val_if_fail (TF_IS_APPLICATION (self), NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (TF_IS_MEETING_WINDOW (l->data) &&
        tf_meeting_window_get_meeting_id (TF_MEETING_WINDOW (l->data)) == meeting_id)
      {
        gtk_window_present (GTK_WINDOW (l->data));
        return l->data;
      }
  if (self->session == NULL)
    return NULL;
  window = tf_meeting_window_new (GTK_APPLICATION (self), self->session, meeting_id);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/**
 * tf_application_get_registry:
 *
 * Returns: (transfer none): what the enabled work-area plugins contribute
 */
TfRegistry *
tf_application_get_registry (TfApplication *self)
{
  g_return_val_if_fail (TF_IS_APPLICATION (self), NULL);
  return self->registry;
}

/**
 * tf_application_get_plugin_manager:
 *
 * Returns: (transfer none): the plugin manager
 */
TfPluginManager *
tf_application_get_plugin_manager (TfApplication *self)
{
  g_return_val_if_fail (TF_IS_APPLICATION (self), NULL);
  return self->plugins;
}

/**
 * tf_application_set_plugin_enabled:
 *
 * Loads or unloads a plugin now — its page appears in or leaves every open
 * case window — and remembers the choice.
 */
gboolean
tf_application_set_plugin_enabled (TfApplication  *self,
                                   const char     *module,
                                   gboolean        enabled,
                                   GError        **error)
{
  g_auto(GStrv) old = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) disabled = NULL;
  gboolean ok;

  g_return_val_if_fail (TF_IS_APPLICATION (self), FALSE);

  ok = tf_plugin_manager_set_enabled (self->plugins, module, enabled, error);
  old = g_settings_get_strv (self->settings, "disabled-plugins");
  for (guint i = 0; old[i] != NULL; i++)
    if (!g_str_equal (old[i], module))
      g_strv_builder_add (builder, old[i]);
  if (!enabled)
    g_strv_builder_add (builder, module);
  disabled = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "disabled-plugins", (const char * const *) disabled);
  return ok;
}
