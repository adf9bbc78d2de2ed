/* tf-case-history-page.c — the core "History" page of a case window
 *
 * A card with where the case is now (status, since when, why, motivation
 * category) and the buttons that move it on, then every row of its history,
 * newest first. It reads the case itself and reloads when the store says
 * the case changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "tf-application.h"
#include "tf-case-history-page.h"
#include "tf-referral-dialog.h"
#include "tf-status-dialog.h"

struct _TfCaseHistoryPage
{
  TfCasePage    parent_instance;

  /* Template widgets */
  GtkScrolledWindow *scrolled_window;
  AdwPreferencesGroup *status_group;
  AdwActionRow *status_row;
  AdwActionRow *since_row;
  AdwActionRow *reason_row;
  AdwActionRow *motivation_row;
  GtkListBox   *history_list;
  GtkWidget    *change_status_button;
  GtkWidget    *refer_again_button;

  gint64        young_person_id;
};

G_DEFINE_FINAL_TYPE (TfCaseHistoryPage, tf_case_history_page, TF_TYPE_CASE_PAGE)

/* An empty value shows as a dash, so a row never looks broken. */
static void
set_value (AdwActionRow *row,
           const char   *text)
{
  adw_action_row_set_subtitle (row, text != NULL && *text != '\0' ? text : "—");
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* "Goals reached: School every day since August" — either part may be missing. */
static char *
reason_text (TfStatusChange *change)
{
  const char *label = tf_status_change_get_reason_label (change);
  const char *words = tf_status_change_get_reason (change);

  if (label != NULL && words != NULL && *words != '\0')
    /* Translators: a reason's label and the words written with it */
    return g_strdup_printf (_("%s: %s"), label, words);
  if (label != NULL)
    return g_strdup (label);
  return g_strdup (words);
}

/* One history row: what happened as the title, then when and by whom, why,
 * and the motivation category recorded with it. The text is data, never
 * markup. */
static GtkWidget *
history_row_new (TfStatusChange *change)
{
  g_autofree char *date = tf_format_date (tf_status_change_get_valid_from (change));
  g_autofree char *reason = reason_text (change);
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  const char *who = tf_status_change_get_staff_name (change);
  const char *motivation = tf_motivation_label (tf_status_change_get_motivation (change));
  GString *details = g_string_new (date);

  if (who != NULL)
    g_string_append_printf (details, " · %s", who);
  if (reason != NULL && *reason != '\0')
    g_string_append_printf (details, "\n%s", reason);

  if (tf_status_change_is_motivation (change))
    /* Translators: a history row where only the motivation category changed */
    title = g_strdup_printf (_("Motivation category: %s"), motivation != NULL ? motivation : "—");
  else
    {
      title = g_strdup (tf_case_status_label_for_id (tf_status_change_get_status (change)));
      if (motivation != NULL)
        /* Translators: a history row's line with the category recorded with a status change */
        g_string_append_printf (details, "\n%s", motivation);
    }
  subtitle = g_string_free (details, FALSE);

  return g_object_new (ADW_TYPE_ACTION_ROW,
                       "title", title,
                       "subtitle", subtitle,
                       "use-markup", FALSE,
                       "activatable", FALSE,
                       "subtitle-lines", 0,
                       NULL);
}

static void
show_error (TfCaseHistoryPage *self,
            const char        *message)
{
  clear_list (self->history_list);
  gtk_list_box_append (self->history_list,
                       g_object_new (ADW_TYPE_ACTION_ROW,
                                     "title", _("Cannot show the history"),
                                     "subtitle", message,
                                     "use-markup", FALSE,
                                     "activatable", FALSE,
                                     "subtitle-lines", 0,
                                     NULL));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.change-status", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.change-motivation", FALSE);
}

static void
tf_case_history_page_reload (TfCasePage *page)
{
  TfCaseHistoryPage *self = TF_CASE_HISTORY_PAGE (page);
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gint64 case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(TfCase) kase = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(TfStatusChange) current = NULL;
  g_autofree char *since = NULL;
  g_autofree char *reason = NULL;
  TfCaseStatus status;
  gboolean closed;
  guint n;

  kase = tf_case_load (session, case_id, &error);
  if (kase != NULL)
    history = tf_case_list_history (session, case_id, &error);
  if (history == NULL)
    {
      show_error (self, error->message);
      return;
    }

  status = tf_case_get_status (kase);
  closed = status == TF_CASE_STATUS_CLOSED;
  set_value (self->status_row, tf_case_status_label (status));
  set_value (self->motivation_row, tf_motivation_label (tf_case_get_motivation (kase)));
  if (tf_case_get_motivation (kase) == 0)
    adw_action_row_set_subtitle (self->motivation_row, _("Not used"));

  /* The current status holds since its newest status row. */
  clear_list (self->history_list);
  n = g_list_model_get_n_items (history);
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(TfStatusChange) change = g_list_model_get_item (history, i - 1);

      if (current == NULL && !tf_status_change_is_motivation (change))
        current = g_object_ref (change);
      gtk_list_box_append (self->history_list, history_row_new (change));
    }
  if (current != NULL)
    {
      since = tf_format_date (tf_status_change_get_valid_from (current));
      reason = reason_text (current);
    }
  /* Cases closed before the history kept reason codes have the code on the
   * case row only. */
  if (current != NULL && tf_status_change_get_reason_code (current) == NULL &&
      (closed || status == TF_CASE_STATUS_NOT_RELEVANT))
    {
      const char *label = closed ? tf_closing_reason_label (tf_case_get_closing_reason (kase))
                                 : tf_screening_reason_label (tf_case_get_screening_reason (kase));

      if (label != NULL && reason != NULL && *reason != '\0')
        {
          g_autofree char *words = g_steal_pointer (&reason);
          reason = g_strdup_printf (_("%s: %s"), label, words);
        }
      else if (label != NULL)
        {
          g_free (reason);
          reason = g_strdup (label);
        }
    }
  set_value (self->since_row, since);
  set_value (self->reason_row, reason);
  gtk_widget_set_visible (GTK_WIDGET (self->reason_row), reason != NULL && *reason != '\0');

  /* A closed case is final: nothing more to change, and the card says why
   * the buttons do nothing. */
  adw_preferences_group_set_description (self->status_group,
                                         closed ? _("A closed case cannot change; a new worry is a new referral.")
                                                : NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.change-status", !closed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.change-motivation", !closed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.refer-again", closed);
  gtk_widget_set_visible (self->change_status_button, !closed);
  gtk_widget_set_visible (self->refer_again_button, closed);
  self->young_person_id = tf_case_get_young_person_id (kase);
}

/* Actions */

static void
open_dialog (TfCaseHistoryPage *self,
             gboolean           motivation_only)
{
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gint64 case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  TfStatusDialog *dialog;

  dialog = tf_status_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 session, case_id, motivation_only);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
change_status_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  open_dialog (TF_CASE_HISTORY_PAGE (widget), FALSE);
}

static void
change_motivation_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  open_dialog (TF_CASE_HISTORY_PAGE (widget), TRUE);
}

static void
on_referral_saved_cb (TfReferralDialog  *dialog,
                      gint64             case_id,
                      TfCaseHistoryPage *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));

  /* The new case gets its own window, as a new case from "New Case" does */
  if (TF_IS_APPLICATION (app))
    tf_application_open_case (TF_APPLICATION (app), case_id);
}

static void
refer_again_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TfCaseHistoryPage *self = TF_CASE_HISTORY_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  TfReferralDialog *dialog;

  if (self->young_person_id == 0)
    return;
  dialog = tf_referral_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   tf_case_page_get_session (TF_CASE_PAGE (self)),
                                   self->young_person_id);
  g_signal_connect_object (dialog, "saved", G_CALLBACK (on_referral_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Construction */

static void
tf_case_history_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TF_TYPE_CASE_HISTORY_PAGE);

  G_OBJECT_CLASS (tf_case_history_page_parent_class)->dispose (object);
}

static void
tf_case_history_page_class_init (TfCaseHistoryPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TfCasePageClass *page_class = TF_CASE_PAGE_CLASS (klass);

  object_class->dispose = tf_case_history_page_dispose;

  page_class->reload = tf_case_history_page_reload;
  tf_case_page_class_set_entities (page_class, (const char *[]) { "case", NULL });

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-case-history-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TfCaseHistoryPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, TfCaseHistoryPage, status_group);
  gtk_widget_class_bind_template_child (widget_class, TfCaseHistoryPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseHistoryPage, since_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseHistoryPage, reason_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseHistoryPage, motivation_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseHistoryPage, history_list);
  gtk_widget_class_bind_template_child (widget_class, TfCaseHistoryPage, change_status_button);
  gtk_widget_class_bind_template_child (widget_class, TfCaseHistoryPage, refer_again_button);

  gtk_widget_class_install_action (widget_class, "history.change-status", NULL, change_status_action);
  gtk_widget_class_install_action (widget_class, "history.refer-again", NULL, refer_again_action);
  gtk_widget_class_install_action (widget_class, "history.change-motivation", NULL,
                                   change_motivation_action);
}

static void
tf_case_history_page_init (TfCaseHistoryPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkListBox *
tf_case_history_page_get_history_list (TfCaseHistoryPage *self)
{
  g_return_val_if_fail (TF_IS_CASE_HISTORY_PAGE (self), NULL);
  return self->history_list;
}
