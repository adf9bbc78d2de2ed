/* tf-status-dialog.c — move a case on in the funnel, or change its motivation category
 *
 * Offers only the statuses the core's table allows from where the case is,
 * shows the closing or screening reason only when the chosen status needs
 * one, and puts the core's refusals under the field they are about. A
 * conflict with another desk's change gets the conflict dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-conflict-dialog.h"
#include "tf-status-dialog.h"

struct _TfStatusDialog
{
  AdwWindow       parent_instance;

  /* Template widgets */
  AdwWindowTitle *window_title;
  GtkRevealer    *error_revealer;
  GtkLabel       *error_label;
  AdwPreferencesPage *page;
  AdwPreferencesGroup *group;
  AdwComboRow    *status_row;
  AdwActionRow   *status_error;
  AdwEntryRow    *date_row;
  AdwActionRow   *date_error;
  AdwComboRow    *closing_row;
  AdwComboRow    *screening_row;
  AdwActionRow   *reason_code_error;
  AdwEntryRow    *reason_row;
  AdwActionRow   *reason_error;
  AdwComboRow    *motivation_row;
  AdwActionRow   *motivation_error;

  /* Owned */
  TfSession      *session;
  gint64          case_id;
  gboolean        motivation_only;
  TfCase         *kase;        /* as loaded: the version a save starts from */
  TfCaseStatus    next[TF_N_CASE_STATUSES];
  guint           n_next;
};

enum {
  PROP_0,
  PROP_SESSION,
  PROP_CASE_ID,
  PROP_MOTIVATION_ONLY,
  N_PROPS
};

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TfStatusDialog, tf_status_dialog, ADW_TYPE_WINDOW)

/* Messages */

static void
show_banner (TfStatusDialog *self,
             const char     *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
set_field_error (AdwActionRow *row,
                 const char   *message)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (row), message != NULL);
}

static void
clear_errors (TfStatusDialog *self)
{
  show_banner (self, NULL);
  set_field_error (self->status_error, NULL);
  set_field_error (self->date_error, NULL);
  set_field_error (self->reason_code_error, NULL);
  set_field_error (self->reason_error, NULL);
  set_field_error (self->motivation_error, NULL);
}

/* A refusal goes under its field; what has no field goes to the banner. */
static void
show_error (TfStatusDialog *self,
            TfStatusField   field,
            const char     *message)
{
  switch (field)
    {
    case TF_STATUS_FIELD_STATUS: set_field_error (self->status_error, message); break;
    case TF_STATUS_FIELD_DATE: set_field_error (self->date_error, message); break;
    case TF_STATUS_FIELD_REASON_CODE: set_field_error (self->reason_code_error, message); break;
    case TF_STATUS_FIELD_REASON: set_field_error (self->reason_error, message); break;
    case TF_STATUS_FIELD_MOTIVATION: set_field_error (self->motivation_error, message); break;
    case TF_STATUS_FIELD_NONE:
    default: show_banner (self, message); break;
    }
}

/* The form */

static gboolean
chosen_status (TfStatusDialog *self,
               TfCaseStatus   *status)
{
  guint i = adw_combo_row_get_selected (self->status_row);

  if (self->motivation_only || i >= self->n_next)
    return FALSE;
  *status = self->next[i];
  return TRUE;
}

/* The reason combos start with "Choose…" so that no reason is given by
 * accident; that first item is no code, and the core says what is missing. */
static const char *
reason_id_at (const char * const *ids,
              guint               selected)
{
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION ||
      selected > g_strv_length ((char **) ids))
    return NULL;
  return ids[selected - 1];
}

static const char *
chosen_reason_code (TfStatusDialog *self)
{
  TfCaseStatus status;

  if (!chosen_status (self, &status))
    return NULL;
  if (status == TF_CASE_STATUS_CLOSED)
    return reason_id_at (tf_closing_reason_ids (), adw_combo_row_get_selected (self->closing_row));
  if (status == TF_CASE_STATUS_NOT_RELEVANT)
    return reason_id_at (tf_screening_reason_ids (), adw_combo_row_get_selected (self->screening_row));
  return NULL;
}

/* The motivation combo lists "Not used" (or "Unchanged") first in a status
 * change, then the categories; in a motivation change only the categories. */
static int
chosen_motivation (TfStatusDialog *self)
{
  guint i = adw_combo_row_get_selected (self->motivation_row);

  if (i == GTK_INVALID_LIST_POSITION)
    return 0;
  return self->motivation_only ? (int) i + 1 : (int) i;
}

static void
update_reason_rows (TfStatusDialog *self)
{
  TfCaseStatus status = TF_CASE_STATUS_REFERRED;
  gboolean has_status = chosen_status (self, &status);
  const char *code = chosen_reason_code (self);

  gtk_widget_set_visible (GTK_WIDGET (self->closing_row), has_status && status == TF_CASE_STATUS_CLOSED);
  gtk_widget_set_visible (GTK_WIDGET (self->screening_row),
                          has_status && status == TF_CASE_STATUS_NOT_RELEVANT);
  if (self->motivation_only)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reason_row), _("Note (optional)"));
  else if (g_strcmp0 (code, "other") == 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reason_row), _("Reason"));
  else
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->reason_row), _("Reason (optional)"));
}

static void
on_status_selected_cb (TfStatusDialog *self)
{
  set_field_error (self->status_error, NULL);
  set_field_error (self->reason_code_error, NULL);
  update_reason_rows (self);
}

static void
on_reason_selected_cb (TfStatusDialog *self)
{
  set_field_error (self->reason_code_error, NULL);
  update_reason_rows (self);
}

static GListModel *
labels_model (const char * const *ids,
              const char *      (*label) (const char *))
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, _("Choose…"));
  for (guint i = 0; ids[i] != NULL; i++)
    gtk_string_list_append (list, label (ids[i]));
  return G_LIST_MODEL (list);
}

/* Where the case is now, above the form, so the choice is made knowing it. */
static void
show_current (TfStatusDialog *self)
{
  g_autoptr(GListModel) history = tf_case_list_history (self->session, self->case_id, NULL);
  g_autofree char *since = NULL;
  g_autofree char *text = NULL;
  guint n = history != NULL ? g_list_model_get_n_items (history) : 0;

  for (guint i = n; i > 0 && since == NULL; i--)
    {
      g_autoptr(TfStatusChange) change = g_list_model_get_item (history, i - 1);

      if (!tf_status_change_is_motivation (change))
        since = tf_format_date (tf_status_change_get_valid_from (change));
    }
  if (since != NULL)
    /* Translators: above the status dialog's form: "The case is “Offered” since 3. dec. 2025." */
    text = g_strdup_printf (_("The case is “%s” since %s."),
                            tf_case_status_label (tf_case_get_status (self->kase)), since);
  else
    text = g_strdup_printf (_("The case is “%s”."), tf_case_status_label (tf_case_get_status (self->kase)));
  adw_preferences_group_set_description (self->group, text);
}

/* (Re)reads the case and offers what it may do from where it is now. */
static gboolean
load_case (TfStatusDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) motivations = gtk_string_list_new (NULL);
  const TfCaseStatus *next;
  int motivation;

  g_clear_object (&self->kase);
  self->kase = tf_case_load (self->session, self->case_id, &error);
  if (self->kase == NULL)
    {
      show_banner (self, error->message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->page), FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "status.save", FALSE);
      return FALSE;
    }

  show_current (self);
  next = tf_case_workflow_next (tf_case_get_status (self->kase), &self->n_next);
  for (guint i = 0; i < self->n_next; i++)
    {
      self->next[i] = next[i];
      gtk_string_list_append (statuses, tf_case_status_label (next[i]));
    }
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  motivation = tf_case_get_motivation (self->kase);
  if (!self->motivation_only)
    gtk_string_list_append (motivations, motivation > 0 ? _("Unchanged") : _("Not used"));
  for (int category = 1; category <= 3; category++)
    gtk_string_list_append (motivations, tf_motivation_label (category));
  adw_combo_row_set_model (self->motivation_row, G_LIST_MODEL (motivations));
  if (self->motivation_only && motivation > 0)
    adw_combo_row_set_selected (self->motivation_row, motivation - 1);

  if (self->n_next == 0 && !self->motivation_only)
    {
      show_banner (self, _("The case is closed. A closed case cannot change status; a new worry is a new referral."));
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "status.save", FALSE);
    }
  update_reason_rows (self);
  return TRUE;
}

/* Saving */

static gboolean save (TfStatusDialog *self, gint64 version);

static void
on_conflict_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         TfStatusDialog   *self)
{
  g_autoptr(TfCase) fresh = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, TF_CONFLICT_THEIRS) == 0)
    {
      /* Their change stands: offer what the case may do from there. */
      clear_errors (self);
      load_case (self);
    }
  else if (g_strcmp0 (response, TF_CONFLICT_MINE) == 0)
    {
      fresh = tf_case_load (self->session, self->case_id, &error);
      if (fresh == NULL)
        show_banner (self, error->message);
      else
        save (self, tf_case_get_version (fresh));
    }
}

static void
show_conflict (TfStatusDialog *self)
{
  g_autoptr(TfCase) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *who = NULL;
  GtkWidget *dialog;

  fresh = tf_case_load (self->session, self->case_id, &error);
  if (fresh == NULL)
    {
      show_banner (self, error->message);
      return;
    }
  if (tf_case_get_status (fresh) != tf_case_get_status (self->kase))
    /* Translators: a line of what another desk changed: "Status: Offered → Accepted" */
    g_ptr_array_add (changes, g_strdup_printf (_("Status: %s → %s"),
                                               tf_case_status_label (tf_case_get_status (self->kase)),
                                               tf_case_status_label (tf_case_get_status (fresh))));
  if (tf_case_get_motivation (fresh) != tf_case_get_motivation (self->kase))
    g_ptr_array_add (changes, g_strdup_printf (_("Motivation category: %s → %s"),
                                               tf_case_get_motivation (self->kase) > 0
                                                 ? tf_motivation_label (tf_case_get_motivation (self->kase))
                                                 : _("Not used"),
                                               tf_case_get_motivation (fresh) > 0
                                                 ? tf_motivation_label (tf_case_get_motivation (fresh))
                                                 : _("Not used")));
  if (changes->len == 0)
    g_ptr_array_add (changes, g_strdup (_("Other details of the case")));
  g_ptr_array_add (changes, NULL);

  who = tf_audit_describe_last_change (self->session, "case", self->case_id, self->case_id);
  dialog = tf_conflict_dialog_new (GTK_WINDOW (self), _("Someone else changed this case"), who,
                                   (const char * const *) changes->pdata);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saves on top of @version; TRUE when stored (the dialog then closes). */
static gboolean
save (TfStatusDialog *self,
      gint64          version)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;
  const char *reason = gtk_editable_get_text (GTK_EDITABLE (self->reason_row));
  TfStatusField field = TF_STATUS_FIELD_NONE;
  gboolean saved;

  clear_errors (self);
  date = tf_parse_user_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &error);
  if (date == NULL)
    {
      show_error (self, TF_STATUS_FIELD_DATE, error->message);
      return FALSE;
    }

  if (self->motivation_only)
    {
      int category = chosen_motivation (self);

      saved = tf_case_check_motivation_change (self->session, self->case_id, category, date,
                                               &field, &error) &&
              tf_case_set_motivation (self->session, self->case_id, version, category, date,
                                      reason, &error);
    }
  else
    {
      TfStatusChangeRequest request = { 0 };

      if (!chosen_status (self, &request.status))
        {
          show_error (self, TF_STATUS_FIELD_STATUS, _("Choose the new status."));
          return FALSE;
        }
      request.valid_from = date;
      request.reason_code = chosen_reason_code (self);
      request.reason = reason;
      request.motivation = chosen_motivation (self);
      saved = tf_case_check_status_change (self->session, self->case_id, &request, &field, &error) &&
              tf_case_change_status (self->session, self->case_id, version, &request, &error);
    }

  if (!saved)
    {
      if (g_error_matches (error, TF_ERROR, TF_ERROR_CONFLICT))
        show_conflict (self);
      else
        show_error (self, field, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
  tf_window_destroy_later (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TfStatusDialog *self = TF_STATUS_DIALOG (widget);

  if (self->kase != NULL)
    save (self, tf_case_get_version (self->kase));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* Construction */

static char *
typed_date (const char *iso)
{
  int y, m, d;

  if (sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3)
    return g_strdup (iso);
  return g_strdup_printf ("%d.%d.%d", d, m, y);
}

static void
tf_status_dialog_constructed (GObject *object)
{
  TfStatusDialog *self = TF_STATUS_DIALOG (object);
  g_autoptr(GListModel) closing = labels_model (tf_closing_reason_ids (), tf_closing_reason_label);
  g_autoptr(GListModel) screening = labels_model (tf_screening_reason_ids (), tf_screening_reason_label);
  g_autofree char *today = tf_today_iso ();
  g_autofree char *typed = typed_date (today);
  const char *title = self->motivation_only ? _("Change Motivation Category") : _("Change Status");

  G_OBJECT_CLASS (tf_status_dialog_parent_class)->constructed (object);

  adw_combo_row_set_model (self->closing_row, closing);
  adw_combo_row_set_model (self->screening_row, screening);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), typed);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  gtk_widget_set_visible (GTK_WIDGET (self->status_row), !self->motivation_only);

  if (self->session == NULL)
    return;   /* only the template test builds one without a session */
  if (load_case (self))
    {
      g_autoptr(TfYoungPerson) person = tf_young_person_load (self->session,
                                                             tf_case_get_young_person_id (self->kase),
                                                             NULL);
      if (person != NULL)
        {
          g_autofree char *name = tf_young_person_dup_full_name (person);
          adw_window_title_set_subtitle (self->window_title, name);
        }
    }
}

static void
tf_status_dialog_dispose (GObject *object)
{
  TfStatusDialog *self = TF_STATUS_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_STATUS_DIALOG);
  g_clear_object (&self->kase);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tf_status_dialog_parent_class)->dispose (object);
}

static void
tf_status_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TfStatusDialog *self = TF_STATUS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION: g_value_set_object (value, self->session); break;
    case PROP_CASE_ID: g_value_set_int64 (value, self->case_id); break;
    case PROP_MOTIVATION_ONLY: g_value_set_boolean (value, self->motivation_only); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_status_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TfStatusDialog *self = TF_STATUS_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION: self->session = g_value_dup_object (value); break;
    case PROP_CASE_ID: self->case_id = g_value_get_int64 (value); break;
    case PROP_MOTIVATION_ONLY: self->motivation_only = g_value_get_boolean (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_status_dialog_class_init (TfStatusDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = tf_status_dialog_constructed;
  object_class->dispose = tf_status_dialog_dispose;
  object_class->get_property = tf_status_dialog_get_property;
  object_class->set_property = tf_status_dialog_set_property;

  properties[PROP_SESSION] = g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION, flags);
  properties[PROP_CASE_ID] = g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_MOTIVATION_ONLY] = g_param_spec_boolean ("motivation-only", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TfStatusDialog::saved:
   *
   * Emitted after the change is stored, just before the dialog closes.
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-status-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TfStatusDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TfStatusDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, TfStatusDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, TfStatusDialog, page);
  gtk_widget_class_bind_template_child (widget_class, TfStatusDialog, group);
  gtk_widget_class_bind_template_child (widget_class, TfStatusDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, TfStatusDialog, status_error);
  gtk_widget_class_bind_template_child (widget_class, TfStatusDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, TfStatusDialog, date_error);
  gtk_widget_class_bind_template_child (widget_class, TfStatusDialog, closing_row);
  gtk_widget_class_bind_template_child (widget_class, TfStatusDialog, screening_row);
  gtk_widget_class_bind_template_child (widget_class, TfStatusDialog, reason_code_error);
  gtk_widget_class_bind_template_child (widget_class, TfStatusDialog, reason_row);
  gtk_widget_class_bind_template_child (widget_class, TfStatusDialog, reason_error);
  gtk_widget_class_bind_template_child (widget_class, TfStatusDialog, motivation_row);
  gtk_widget_class_bind_template_child (widget_class, TfStatusDialog, motivation_error);
  gtk_widget_class_bind_template_callback (widget_class, on_status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reason_selected_cb);

  gtk_widget_class_install_action (widget_class, "status.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "status.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "status.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "status.cancel", NULL);
}

static void
tf_status_dialog_init (TfStatusDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

TfStatusDialog *
tf_status_dialog_new (GtkWindow *parent,
                      TfSession *session,
                      gint64     case_id,
                      gboolean   motivation_only)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  return g_object_new (TF_TYPE_STATUS_DIALOG,
                       "transient-for", parent,
                       "session", session,
                       "case-id", case_id,
                       "motivation-only", motivation_only,
                       NULL);
}

/* For tests */

void
tf_status_dialog_fill (TfStatusDialog *self,
                       guint           status_index,
                       const char     *date_text,
                       guint           reason_index,
                       const char     *reason_text,
                       guint           motivation_index)
{
  g_return_if_fail (TF_IS_STATUS_DIALOG (self));

  if (!self->motivation_only)
    adw_combo_row_set_selected (self->status_row, status_index);
  if (date_text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->date_row), date_text);
  adw_combo_row_set_selected (self->closing_row, reason_index);
  adw_combo_row_set_selected (self->screening_row, reason_index);
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), reason_text != NULL ? reason_text : "");
  adw_combo_row_set_selected (self->motivation_row, motivation_index);
}

gboolean
tf_status_dialog_save (TfStatusDialog *self)
{
  g_return_val_if_fail (TF_IS_STATUS_DIALOG (self), FALSE);

  return self->kase != NULL && save (self, tf_case_get_version (self->kase));
}

const char *
tf_status_dialog_get_field_error (TfStatusDialog *self,
                                  TfStatusField   field)
{
  AdwActionRow *row;

  g_return_val_if_fail (TF_IS_STATUS_DIALOG (self), NULL);

  switch (field)
    {
    case TF_STATUS_FIELD_STATUS: row = self->status_error; break;
    case TF_STATUS_FIELD_DATE: row = self->date_error; break;
    case TF_STATUS_FIELD_REASON_CODE: row = self->reason_code_error; break;
    case TF_STATUS_FIELD_REASON: row = self->reason_error; break;
    case TF_STATUS_FIELD_MOTIVATION: row = self->motivation_error; break;
    case TF_STATUS_FIELD_NONE:
    default:
      return gtk_revealer_get_reveal_child (self->error_revealer)
             ? gtk_label_get_text (self->error_label) : NULL;
    }
  if (!gtk_widget_get_visible (GTK_WIDGET (row)))
    return NULL;
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
}

const char *
tf_status_dialog_get_date_error (TfStatusDialog *self)
{
  return tf_status_dialog_get_field_error (self, TF_STATUS_FIELD_DATE);
}
