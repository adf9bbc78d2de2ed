/* tf-consent-page.c — the core "Consent" page of a case window
 *
 * A status card that says in words (and with an icon, never colour alone)
 * whether information may be shared today and until when; a button to
 * record a consent; every consent of the case, newest first, with Edit and
 * Withdraw. The page reads what it shows itself and follows the store, so
 * a consent saved at another desk shows here too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "tf-consent-editor.h"
#include "tf-consent-page.h"
#include "tf-consent-withdraw-dialog.h"

struct _TfConsentPage
{
  TfCasePage    parent_instance;

  /* Template widgets */
  GtkWidget    *scrolled_window;
  AdwActionRow *status_row;
  GtkImage     *status_icon;
  GtkListBox   *consents_list;
  GtkLabel     *no_consents_label;

  /* Owned */
  char         *status;
};

G_DEFINE_FINAL_TYPE (TfConsentPage, tf_consent_page, TF_TYPE_CASE_PAGE)

/* Words */

/* "Valid consent until 12. mar. 2027" and friends; the icon says the same. */
static char *
status_text (const TfConsentState *state,
             const char          **icon_name,
             const char          **style)
{
  g_autofree char *until = NULL;

  if (!state->valid)
    {
      *icon_name = "action-unavailable-symbolic";
      *style = "error";
      return g_strdup (_("No valid consent"));
    }
  until = tf_format_date (state->valid_until);
  if (!state->runs_out_soon)
    {
      *icon_name = "emblem-ok-symbolic";
      *style = "success";
      /* Translators: %s is a date like "12. mar. 2027" */
      return g_strdup_printf (_("Valid consent until %s"), until);
    }
  *icon_name = "alarm-symbolic";
  *style = "warning";
  if (state->days_left == 0)
    /* Translators: %s is a date like "12. mar. 2027" (today) */
    return g_strdup_printf (_("Valid consent runs out today, %s"), until);
  /* Translators: "Valid consent until 12. mar. 2027 — runs out in 9 days" */
  return g_strdup_printf (ngettext ("Valid consent until %s — runs out in %d day",
                                    "Valid consent until %s — runs out in %d days",
                                    state->days_left),
                          until, state->days_left);
}

static char *
status_details (const TfConsentState *state)
{
  g_autofree char *names = NULL;
  g_autofree char *next = NULL;

  if (state->valid)
    {
      names = g_strjoinv (", ", state->organisation_names);
      /* Translators: %s lists member organisations */
      return g_strdup_printf (_("May share information: %s"), names);
    }
  if (state->next_from != NULL)
    {
      next = tf_format_date (state->next_from);
      /* Translators: %s is a date */
      return g_strdup_printf (_("The next consent holds from %s. Until then no information may be shared."),
                              next);
    }
  return g_strdup (_("No information may be shared until a consent is recorded."));
}

char *
tf_consent_header_text (TfSession *session,
                        gint64     case_id)
{
  g_auto(TfConsentState) state = { 0 };
  g_autofree char *today = tf_today_iso ();
  g_autofree char *until = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_consent_state_for_case (session, case_id, today, &state, NULL) || !state.valid)
    /* Translators: in the case window's header */
    return g_strdup (_("No consent"));
  until = tf_format_date_short (state.valid_until, today);
  if (state.runs_out_soon && state.days_left == 0)
    /* Translators: in the case window's header, on the consent's last day */
    return g_strdup (_("Consent until today"));
  if (state.runs_out_soon)
    /* Translators: in the case window's header: "Consent until 12. mar. (in 9 days)" */
    return g_strdup_printf (ngettext ("Consent until %s (in %d day)",
                                      "Consent until %s (in %d days)", state.days_left),
                            until, state.days_left);
  /* Translators: in the case window's header: "Consent until 12. mar." */
  return g_strdup_printf (_("Consent until %s"), until);
}

static char *
given_by_text (TfConsent *consent)
{
  const char *names = tf_consent_get_guardian_names (consent);
  const char *who;

  if (tf_consent_get_by_young_person (consent) && tf_consent_get_by_guardians (consent))
    who = _("Given by the young person and the guardians");
  else if (tf_consent_get_by_young_person (consent))
    who = _("Given by the young person");
  else
    who = _("Given by the guardians");
  if (names == NULL || !tf_consent_get_by_guardians (consent))
    return g_strdup (who);
  /* Translators: "Given by the guardians (Hanne Nørgaard)" */
  return g_strdup_printf (_("%s (%s)"), who, names);
}

/* Where a consent stands today, in one or two words. */
static const char *
consent_state_label (TfConsent  *consent,
                     const char *today)
{
  if (tf_consent_get_withdrawn_on (consent) != NULL)
    return _("Withdrawn");
  if (tf_consent_is_valid_on (consent, today))
    return _("Valid now");
  if (g_strcmp0 (today, tf_consent_get_valid_from (consent)) < 0)
    return _("Not started");
  return _("Ran out");
}

static GtkWidget *
row_button (const char *label,
            const char *action,
            gint64      consent_id)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), g_variant_new_int64 (consent_id));
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static GtkWidget *
consent_row_new (TfConsent  *consent,
                 const char *today)
{
  g_autofree char *title = given_by_text (consent);
  g_autofree char *from = tf_format_date (tf_consent_get_valid_from (consent));
  g_autofree char *until = tf_format_date (tf_consent_get_valid_until (consent));
  g_autofree char *orgs = g_strjoinv (", ", (char **) tf_consent_get_organisation_names (consent));
  GString *subtitle = g_string_new (NULL);
  const char *note = tf_consent_get_note (consent);
  const char *withdrawn_on = tf_consent_get_withdrawn_on (consent);
  const char *author = tf_consent_get_author_name (consent);
  GtkWidget *row, *state;

  /* Translators: a consent's period, "1. feb. 2025 – 31. jan. 2026" */
  g_string_append_printf (subtitle, _("%s – %s"), from, until);
  g_string_append_printf (subtitle, "\n%s", orgs);
  if (note != NULL)
    g_string_append_printf (subtitle, "\n%s", note);
  if (withdrawn_on != NULL)
    {
      g_autofree char *date = tf_format_date (withdrawn_on);
      const char *why = tf_consent_get_withdrawn_note (consent);

      g_string_append (subtitle, "\n");
      if (why != NULL)
        /* Translators: "Withdrawn on 3. mar. 2025: called the school" */
        g_string_append_printf (subtitle, _("Withdrawn on %s: %s"), date, why);
      else
        g_string_append_printf (subtitle, _("Withdrawn on %s"), date);
    }
  if (author != NULL)
    {
      g_string_append (subtitle, "\n");
      /* Translators: who recorded a consent */
      g_string_append_printf (subtitle, _("Recorded by %s"), author);
    }

  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", title,
                      "subtitle", subtitle->str,
                      "use-markup", FALSE,
                      "activatable", FALSE,
                      "subtitle-lines", 0,
                      NULL);
  g_string_free (subtitle, TRUE);

  state = gtk_label_new (consent_state_label (consent, today));
  gtk_widget_set_valign (state, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (state, "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), state);
  if (withdrawn_on == NULL)
    {
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 row_button (_("Edit"), "consent.edit", tf_consent_get_id (consent)));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 row_button (_("Withdraw…"), "consent.withdraw",
                                             tf_consent_get_id (consent)));
    }
  return row;
}

/* Loading */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
show_status (TfConsentPage *self,
             const char    *today)
{
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gint64 case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));
  g_auto(TfConsentState) state = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *details = NULL;
  const char *icon_name = "dialog-error-symbolic", *style = "error";
  static const char * const styles[] = { "success", "warning", "error" };

  g_clear_pointer (&self->status, g_free);
  if (!tf_consent_state_for_case (session, case_id, today, &state, &error))
    {
      self->status = g_strdup (_("Cannot show the consent"));
      details = g_strdup (error->message);
    }
  else
    {
      self->status = status_text (&state, &icon_name, &style);
      details = status_details (&state);
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), self->status);
  adw_action_row_set_subtitle (self->status_row, details);
  gtk_image_set_from_icon_name (self->status_icon, icon_name);
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), styles[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), style);
}

static void
tf_consent_page_reload (TfCasePage *page)
{
  TfConsentPage *self = TF_CONSENT_PAGE (page);
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gint64 case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));
  g_autoptr(GListModel) consents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = tf_today_iso ();
  guint n = 0;

  if (session == NULL)
    return;
  show_status (self, today);
  clear_list (self->consents_list);
  consents = tf_consent_list_for_case (session, case_id, &error);
  if (consents == NULL)
    gtk_list_box_append (self->consents_list,
                         g_object_new (ADW_TYPE_ACTION_ROW, "title", _("Cannot show the consents"),
                                       "subtitle", error->message, "use-markup", FALSE, NULL));
  else
    n = g_list_model_get_n_items (consents);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfConsent) consent = g_list_model_get_item (consents, i);

      gtk_list_box_append (self->consents_list, consent_row_new (consent, today));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->consents_list), consents == NULL || n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_consents_label), consents != NULL && n == 0);
}

/* Actions */

static void
add_toast (TfConsentPage *self,
           const char    *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
}

static void
on_saved_cb (GtkWidget     *window,
             gint64         consent_id,
             TfConsentPage *self)
{
  add_toast (self, _("Saved"));
}

static void
on_withdrawn_cb (GtkWidget     *dialog,
                 TfConsentPage *self)
{
  add_toast (self, _("Consent withdrawn"));
}

static void
present_transient (TfConsentPage *self,
                   GtkWindow     *window)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (window, GTK_WINDOW (root));
  gtk_window_present (window);
}

static void
open_editor (TfConsentPage *self,
             gint64         consent_id)
{
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gint64 case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));
  TfConsentEditor *editor = tf_consent_editor_new (session, case_id, consent_id);

  g_signal_connect_object (editor, "saved", G_CALLBACK (on_saved_cb), self, 0);
  present_transient (self, GTK_WINDOW (editor));
}

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_editor (TF_CONSENT_PAGE (widget), 0);
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  open_editor (TF_CONSENT_PAGE (widget), g_variant_get_int64 (parameter));
}

static void
withdraw_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TfConsentPage *self = TF_CONSENT_PAGE (widget);
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  g_autoptr(TfConsent) consent = NULL;
  g_autoptr(GError) error = NULL;
  TfConsentWithdrawDialog *dialog;

  consent = tf_consent_load (session, g_variant_get_int64 (parameter), &error);
  if (consent == NULL)
    {
      add_toast (self, error->message);
      return;
    }
  dialog = tf_consent_withdraw_dialog_new (session, consent);
  g_signal_connect_object (dialog, "withdrawn", G_CALLBACK (on_withdrawn_cb), self, 0);
  present_transient (self, GTK_WINDOW (dialog));
}

/* GObject */

static void
tf_consent_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TF_TYPE_CONSENT_PAGE);

  G_OBJECT_CLASS (tf_consent_page_parent_class)->dispose (object);
}

static void
tf_consent_page_finalize (GObject *object)
{
  TfConsentPage *self = TF_CONSENT_PAGE (object);

  g_free (self->status);

  G_OBJECT_CLASS (tf_consent_page_parent_class)->finalize (object);
}

static void
tf_consent_page_class_init (TfConsentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TfCasePageClass *page_class = TF_CASE_PAGE_CLASS (klass);

  object_class->dispose = tf_consent_page_dispose;
  object_class->finalize = tf_consent_page_finalize;

  page_class->reload = tf_consent_page_reload;
  tf_case_page_class_set_entities (page_class, (const char *[]) { "consent", NULL });

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-consent-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TfConsentPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, TfConsentPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, TfConsentPage, status_icon);
  gtk_widget_class_bind_template_child (widget_class, TfConsentPage, consents_list);
  gtk_widget_class_bind_template_child (widget_class, TfConsentPage, no_consents_label);

  gtk_widget_class_install_action (widget_class, "consent.record", NULL, record_action);
  gtk_widget_class_install_action (widget_class, "consent.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "consent.withdraw", "x", withdraw_action);
}

static void
tf_consent_page_init (TfConsentPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * tf_consent_page_new:
 *
 * Returns: (transfer floating): a new consent page for the case
 */
GtkWidget *
tf_consent_page_new (TfSession *session,
                     gint64     case_id)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  return g_object_new (TF_TYPE_CONSENT_PAGE, "session", session, "case-id", case_id, NULL);
}

const char *
tf_consent_page_get_status (TfConsentPage *self)
{
  g_return_val_if_fail (TF_IS_CONSENT_PAGE (self), NULL);
  return self->status;
}
