/* tf-consent-withdraw-dialog.c — withdraw a consent: the day and a note
 *
 * The day defaults to today; the core refuses a day before the consent
 * started, in the future, or a second withdrawal, and the complaint shows
 * under the day. A conflict (the consent changed at another desk) goes to
 * the banner: withdrawing what someone just changed deserves a fresh look.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-consent-withdraw-dialog.h"

struct _TfConsentWithdrawDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  AdwPreferencesGroup *group;
  AdwEntryRow         *date_row;
  AdwActionRow        *date_error;
  AdwEntryRow         *note_row;

  /* Owned */
  TfSession           *session;
  TfConsent           *consent;
};

enum {
  SIGNAL_WITHDRAWN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TfConsentWithdrawDialog, tf_consent_withdraw_dialog, ADW_TYPE_WINDOW)

static void
show_date_error (TfConsentWithdrawDialog *self,
                 const char              *message)
{
  gtk_widget_set_visible (GTK_WIDGET (self->date_error), message != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_error), message ? message : "");
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->date_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
}

static void
show_banner (TfConsentWithdrawDialog *self,
             const char              *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TfConsentWithdrawDialog *self = TF_CONSENT_WITHDRAW_DIALOG (widget);
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = NULL;

  show_date_error (self, NULL);
  show_banner (self, NULL);
  if (*typed != '\0')
    {
      iso = tf_parse_user_date (typed, &error);
      if (iso == NULL)
        {
          show_date_error (self, error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
          return;
        }
    }
  if (!tf_consent_withdraw (self->session, tf_consent_get_id (self->consent),
                            tf_consent_get_version (self->consent), iso,
                            gtk_editable_get_text (GTK_EDITABLE (self->note_row)), &error))
    {
      if (g_error_matches (error, TF_ERROR, TF_ERROR_INVALID))
        {
          show_date_error (self, error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
        }
      else
        show_banner (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_WITHDRAWN], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
tf_consent_withdraw_dialog_dispose (GObject *object)
{
  TfConsentWithdrawDialog *self = TF_CONSENT_WITHDRAW_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_CONSENT_WITHDRAW_DIALOG);
  g_clear_object (&self->consent);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tf_consent_withdraw_dialog_parent_class)->dispose (object);
}

static void
tf_consent_withdraw_dialog_class_init (TfConsentWithdrawDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_consent_withdraw_dialog_dispose;

  /**
   * TfConsentWithdrawDialog::withdrawn:
   *
   * Emitted after the consent was withdrawn, just before the dialog closes.
   */
  signals[SIGNAL_WITHDRAWN] =
    g_signal_new ("withdrawn", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-consent-withdraw-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TfConsentWithdrawDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, TfConsentWithdrawDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, TfConsentWithdrawDialog, group);
  gtk_widget_class_bind_template_child (widget_class, TfConsentWithdrawDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, TfConsentWithdrawDialog, date_error);
  gtk_widget_class_bind_template_child (widget_class, TfConsentWithdrawDialog, note_row);

  gtk_widget_class_install_action (widget_class, "withdraw.withdraw", NULL, withdraw_action);
  gtk_widget_class_install_action (widget_class, "withdraw.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "withdraw.cancel", NULL);
}

static void
tf_consent_withdraw_dialog_init (TfConsentWithdrawDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * tf_consent_withdraw_dialog_new:
 *
 * Returns: (transfer none): a new dialog; present it
 */
TfConsentWithdrawDialog *
tf_consent_withdraw_dialog_new (TfSession *session,
                                TfConsent *consent)
{
  TfConsentWithdrawDialog *self;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%-d.%-m.%Y");
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;
  g_autofree char *description = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (TF_IS_CONSENT (consent), NULL);

  self = g_object_new (TF_TYPE_CONSENT_WITHDRAW_DIALOG, NULL);
  self->session = g_object_ref (session);
  self->consent = g_object_ref (consent);

  from = tf_format_date (tf_consent_get_valid_from (consent));
  until = tf_format_date (tf_consent_get_valid_until (consent));
  /* Translators: "The consent of 1. feb. 2025 – 31. jan. 2026 no longer holds from the day you write." */
  description = g_strdup_printf (_("The consent of %s – %s no longer holds from the day you write. "
                                   "It stays in the case's history."), from, until);
  adw_preferences_group_set_description (self->group, description);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  return self;
}
