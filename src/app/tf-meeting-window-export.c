/* tf-meeting-window-export.c — the minutes out of the program: a PDF file
 * (through the GTK-free report layer) and the printer (GtkPrintOperation)
 *
 * Both first save minutes still being typed in the item panel, so what goes
 * out is what the coordinator sees. Minutes that are not closed carry a
 * "draft" marking on every page (the report layer's doing).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "taskforce-gtk.h"
#include "tf-meeting-window-private.h"
#include "taskforce-report.h"

/* "Referat taskforcemøde 2026-11-24.pdf": sorts by day in a folder and
 * says what it is without opening it. */
static char *
suggested_file_name (TfMeetingWindow *self)
{
  g_autofree char *kind = g_utf8_strdown (tf_meeting_kind_label (tf_meeting_get_kind (self->meeting)), -1);

  /* Translators: the file name offered for exported minutes: "Minutes
   * taskforce meeting 2026-11-24.pdf"; the date stays in ISO form */
  return g_strdup_printf (_("Minutes %s %s.pdf"), kind, tf_meeting_get_held_on (self->meeting));
}

static void
on_export_response_cb (GtkNativeDialog *chooser,
                       int              response,
                       TfMeetingWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    goto out;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file != NULL ? g_file_get_path (file) : NULL;
  if (path == NULL)
    goto out;
  if (!tf_minutes_report_write_pdf (self->session, self->meeting_id, path, &error))
    {
      g_autofree char *text = g_strdup_printf ("%s %s", _("The minutes were not exported."), error->message);

      _tf_meeting_window_show_error (self, text);
      goto out;
    }
  _tf_meeting_window_hide_error (self);
  _tf_meeting_window_toast (self, _("Minutes exported"));
out:
  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TfMeetingWindow *self = TF_MEETING_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->meeting == NULL || !_tf_meeting_window_save_pending (self))
    return;
  chooser = gtk_file_chooser_native_new (_("Export Minutes"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = suggested_file_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  TfMeetingWindow *self = TF_MEETING_WINDOW (widget);
  g_autoptr(TfReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (self->meeting == NULL || !_tf_meeting_window_save_pending (self))
    return;
  report = tf_minutes_report_new (self->session, self->meeting_id, &error);
  if (report == NULL || !tf_report_print (report, GTK_WINDOW (self), &error))
    {
      g_autofree char *text = g_strdup_printf ("%s %s", _("The minutes were not printed."), error->message);

      _tf_meeting_window_show_error (self, text);
    }
}

void
_tf_meeting_window_install_export_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "meeting.export-minutes", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "meeting.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "meeting.print", NULL);
}
