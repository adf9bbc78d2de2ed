/* tf-referral-dialog.c — a new worry about a young person whose case was closed
 *
 * The young person's details are already known, so only the referral is
 * asked for: who raised the worry, when, and what it is about. The core
 * makes the new case (tf_young_person_refer_again()); any refusal is shown
 * under the date, where the dialog's only free-form field is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-referral-dialog.h"

struct _TfReferralDialog
{
  AdwWindow       parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  AdwComboRow    *source_row;
  AdwEntryRow    *date_row;
  AdwActionRow   *date_error;
  GtkTextView    *reason_view;

  TfSession      *session;
  gint64          young_person_id;
};

G_DEFINE_FINAL_TYPE (TfReferralDialog, tf_referral_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (TfReferralDialog *self,
            const char       *message)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_error), message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->date_error), message != NULL);
}

gboolean
_tf_referral_dialog_save (TfReferralDialog *self)
{
  g_autofree char *date = NULL;
  g_autofree char *reason = NULL;
  g_autoptr(GError) error = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->reason_view);
  GtkTextIter start, end;
  TfReferral referral = { 0 };
  guint source = adw_combo_row_get_selected (self->source_row);
  gint64 case_id = 0;

  date = tf_parse_user_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &error);
  if (date == NULL)
    {
      show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return FALSE;
    }
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  reason = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  referral.referral_date = date;
  referral.referral_source = tf_referral_source_to_id (source < TF_N_REFERRAL_SOURCES ? source
                                                                                      : TF_REFERRAL_OTHER);
  referral.referral_reason = reason;
  if (!tf_young_person_refer_again (self->session, self->young_person_id, &referral, &case_id, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  show_error (self, NULL);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, case_id);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

const char *
_tf_referral_dialog_get_error (TfReferralDialog *self)
{
  if (!gtk_widget_get_visible (GTK_WIDGET (self->date_error)))
    return NULL;
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self->date_error));
}

void
_tf_referral_dialog_fill (TfReferralDialog *self,
                          guint             source,
                          const char       *date_text,
                          const char       *reason)
{
  adw_combo_row_set_selected (self->source_row, source);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date_text);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->reason_view), reason, -1);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  _tf_referral_dialog_save (TF_REFERRAL_DIALOG (widget));
}

static void
tf_referral_dialog_dispose (GObject *object)
{
  TfReferralDialog *self = TF_REFERRAL_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_REFERRAL_DIALOG);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tf_referral_dialog_parent_class)->dispose (object);
}

static void
tf_referral_dialog_class_init (TfReferralDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_referral_dialog_dispose;

  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-referral-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TfReferralDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TfReferralDialog, source_row);
  gtk_widget_class_bind_template_child (widget_class, TfReferralDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, TfReferralDialog, date_error);
  gtk_widget_class_bind_template_child (widget_class, TfReferralDialog, reason_view);

  gtk_widget_class_install_action (widget_class, "referral.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "referral.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tf_referral_dialog_init (TfReferralDialog *self)
{
  g_autoptr(GtkStringList) sources = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%-d.%-m.%Y");

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < TF_N_REFERRAL_SOURCES; i++)
    gtk_string_list_append (sources, tf_referral_source_label (i));
  adw_combo_row_set_model (self->source_row, G_LIST_MODEL (sources));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
}

TfReferralDialog *
tf_referral_dialog_new (GtkWindow *parent,
                        TfSession *session,
                        gint64     young_person_id)
{
  TfReferralDialog *self;
  g_autoptr(TfYoungPerson) person = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  self = g_object_new (TF_TYPE_REFERRAL_DIALOG, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  self->young_person_id = young_person_id;
  person = tf_young_person_load (session, young_person_id, NULL);
  if (person != NULL)
    {
      g_autofree char *name = tf_young_person_dup_full_name (person);

      adw_window_title_set_subtitle (self->window_title, name);
    }
  return self;
}
