/* tf-conflict-dialog.c — "someone else saved this first": what changed, and a choice
 *
 * Two desks may edit the same case. The store refuses the second save
 * (TF_ERROR_CONFLICT); this dialog tells that person who saved first, what
 * they changed, and lets them choose: keep editing, take the other version,
 * or save theirs over it. Nothing is overwritten without that choice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-conflict-dialog.h"

static char *
build_body (const char         *who_when,
            const char * const *changes)
{
  GString *body = g_string_new (NULL);
  guint n = changes != NULL ? g_strv_length ((char **) changes) : 0;

  if (who_when != NULL)
    /* Translators: %s is "Mette Holm, 3. dec. 2026 at 14:32" */
    g_string_append_printf (body, _("Saved by %s while you were editing."), who_when);
  else
    g_string_append (body, _("Another desk saved it while you were editing."));

  if (n > 0)
    {
      g_string_append_printf (body, "\n\n%s", _("They changed:"));
      for (guint i = 0; i < n; i++)
        g_string_append_printf (body, "\n• %s", changes[i]);
    }
  g_string_append_printf (body, "\n\n%s",
                          _("Use their version to drop your changes, or save yours over theirs."));
  return g_string_free (body, FALSE);
}

GtkWidget *
tf_conflict_dialog_new (GtkWindow          *parent,
                        const char         *heading,
                        const char         *who_when,
                        const char * const *changes)
{
  g_autofree char *body = build_body (who_when, changes);
  GtkWidget *dialog;

  g_return_val_if_fail (heading != NULL, NULL);

  dialog = adw_message_dialog_new (parent, heading, body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    TF_CONFLICT_KEEP_EDITING, _("_Keep Editing"),
                                    TF_CONFLICT_THEIRS, _("Use _Theirs"),
                                    TF_CONFLICT_MINE, _("_Save Mine"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), TF_CONFLICT_MINE,
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), TF_CONFLICT_KEEP_EDITING);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), TF_CONFLICT_KEEP_EDITING);
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  return dialog;
}

static gboolean
destroy_idle_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/**
 * tf_window_destroy_later:
 *
 * Destroys @window from an idle. For an editor that closes itself after a
 * save: that save may run inside its conflict dialog's "response" signal,
 * and the dialog (transient for the editor) must finish closing first.
 */
void
tf_window_destroy_later (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_idle_cb, g_object_ref (window), g_object_unref);
}
