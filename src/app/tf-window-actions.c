/* tf-window-actions.c — what the main window can do: new case, search,
 * plan a meeting, back up the store, fill it with demo data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-application.h"
#include "tf-demo-task.h"
#include "tf-meeting-plan-dialog.h"
#include "tf-window-private.h"
#include "tf-young-person-editor.h"

/* How many young people "Fill with demo data" creates. */
#define DEMO_YOUNG_PEOPLE 40

/* New case */

static void
on_editor_saved_cb (TfYoungPersonEditor *editor,
                    gint64               young_person_id,
                    gint64               case_id,
                    TfWindow            *self)
{
  tf_window_add_toast (self, _("Saved"));
  if (case_id > 0)
    _tf_window_open_case (self, case_id);
}

static void
new_case_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);
  TfYoungPersonEditor *editor;

  if (self->session == NULL)
    return;
  _tf_window_show_view (self, "cases");
  editor = tf_young_person_editor_new (self->session, 0);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (self));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

/* Search and filters */

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);

  _tf_window_show_view (self, "cases");
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
toggle_filters_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

/* Plan a meeting: from anywhere in the window, onto the meetings page */

static void
plan_meeting_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);

  if (self->session == NULL)
    return;
  _tf_window_show_view (self, "meetings");
  gtk_window_present (GTK_WINDOW (tf_meeting_plan_dialog_new (GTK_WINDOW (self), self->session, 0)));
}

/* Back up the store */

static void
on_backup_chooser_response_cb (GtkNativeDialog *dialog,
                               int              response,
                               TfWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL)
    path = g_file_get_path (file);

  /* The store is small and its handle belongs to this thread: SQLite's
   * online backup from here takes a moment and needs no worker. */
  if (file != NULL && path == NULL)
    _tf_window_add_error_toast (self, _("Choose a folder on this computer or on a mounted drive."));
  else if (path != NULL && !tf_store_backup (tf_session_get_store (self->session), path, NULL, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The backup failed: %s"), error->message);
      _tf_window_add_error_toast (self, message);
    }
  else if (path != NULL)
    tf_window_add_toast (self, _("Backup saved"));

  g_clear_object (&self->backup_chooser);
}

static void
back_up_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);
  g_autofree char *today = tf_today_iso ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->session == NULL || self->backup_chooser != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_("Back Up Store"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  /* Translators: the suggested file name of a backup; %s is today's date, 2025-12-03 */
  name = g_strdup_printf (_("taskforce-backup-%s.db"), today);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_backup_chooser_response_cb), self);
  self->backup_chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->backup_chooser);
}

/* Demo data */

static void
on_demo_progress (double   fraction,
                  gpointer user_data)
{
  TfWindow *self = user_data;

  gtk_progress_bar_set_fraction (self->demo_progress, fraction);
}

static void
set_filling (TfWindow *self,
             gboolean  filling)
{
  gtk_widget_set_visible (GTK_WIDGET (self->demo_progress), filling);
  gtk_progress_bar_set_fraction (self->demo_progress, 0.0);
  /* The worker holds the store's write lock in long stretches meanwhile. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.fill-demo-data", !filling);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-case", !filling);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back-up", !filling);
}

static void
on_demo_finished_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(TfWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok = tf_demo_task_run_finish (result, &error);

  /* The window was closed meanwhile (dispose cancelled and dropped the
   * cancellable): nothing left to update. */
  if (self->demo_cancellable == NULL || g_cancellable_is_cancelled (self->demo_cancellable))
    return;

  g_clear_object (&self->demo_cancellable);
  set_filling (self, FALSE);
  if (!ok)
    {
      g_autofree char *message = g_strdup_printf (_("Could not fill in demo data: %s"), error->message);
      _tf_window_add_error_toast (self, message);
    }
  else
    {
      g_autofree char *message = g_strdup_printf (ngettext ("Added demo data for %u young person",
                                                            "Added demo data for %u young people",
                                                            DEMO_YOUNG_PEOPLE),
                                                  DEMO_YOUNG_PEOPLE);
      /* The rows came through another connection: let this one notice. */
      tf_store_check_external_changes (tf_session_get_store (self->session));
      tf_window_add_toast (self, message);
    }
  _tf_window_queue_update (self);
}

/* The work areas the enabled plugins registered, so the demo fills them too */
static TfRegistry *
registry_of (TfWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  return TF_IS_APPLICATION (app) ? tf_application_get_registry (TF_APPLICATION (app)) : NULL;
}

static void
fill_demo_data_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);

  if (self->session == NULL || self->demo_cancellable != NULL)
    return;

  self->demo_cancellable = g_cancellable_new ();
  set_filling (self, TRUE);
  tf_demo_task_run_async (tf_store_get_path (tf_session_get_store (self->session)),
                          registry_of (self),
                          DEMO_YOUNG_PEOPLE, g_random_int (),
                          on_demo_progress, self,
                          self->demo_cancellable,
                          on_demo_finished_cb, g_object_ref (self));
}

void
_tf_window_class_actions_init (TfWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.new-case", NULL, new_case_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-filters", NULL, toggle_filters_action);
  gtk_widget_class_install_action (widget_class, "win.plan-meeting", NULL, plan_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.back-up", NULL, back_up_action);
  gtk_widget_class_install_action (widget_class, "win.fill-demo-data", NULL, fill_demo_data_action);

  /* Ctrl+N, Ctrl+F and Ctrl+M are application accels (see tf-application.c), so the
   * shortcuts window can show them. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "win.toggle-filters", NULL);
}
