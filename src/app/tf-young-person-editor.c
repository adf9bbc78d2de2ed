/* tf-young-person-editor.c — create a case for a new young person, or edit one
 *
 * The form pushes what is typed into a TfYoungPerson, asks the core to
 * validate it and shows each complaint directly under its field. Nothing is
 * written until every field is fine; a conflict with another desk's save is
 * a decision for the person at the desk, so it gets a dialog.
 *
 * This file builds the window, saves and handles a conflict; the form
 * itself (fields ↔ young person, guardian rows, messages under the fields)
 * is in tf-young-person-editor-form.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-conflict-dialog.h"
#include "tf-guardian-row.h"
#include "tf-young-person-editor-private.h"

enum {
  PROP_0,
  PROP_SESSION,
  PROP_YOUNG_PERSON_ID,
  N_PROPS
};

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TfYoungPersonEditor, tf_young_person_editor, ADW_TYPE_WINDOW)

gboolean
_tf_young_person_editor_is_new (TfYoungPersonEditor *self)
{
  return self->young_person_id == 0;
}

/* Saving */

static void save_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter);

/* The other desk's version, kept while the conflict dialog is open */
static void
on_conflict_dialog_response_cb (AdwMessageDialog    *dialog,
                                const char          *response,
                                TfYoungPersonEditor *self)
{
  TfYoungPerson *fresh = g_object_get_data (G_OBJECT (dialog), "fresh");

  if (g_str_equal (response, TF_CONFLICT_THEIRS))
    {
      g_set_object (&self->young_person, fresh);
      g_set_object (&self->loaded, fresh);
      _tf_young_person_editor_clear_errors (self);
      _tf_young_person_editor_fill_form (self);
    }
  else if (g_str_equal (response, TF_CONFLICT_MINE))
    {
      /* Seen what they changed, keeps theirs: save over it */
      tf_young_person_rebase (self->young_person, fresh);
      g_set_object (&self->loaded, fresh);
      save_action (GTK_WIDGET (self), "editor.save", NULL);
    }
}

static void
show_conflict_dialog (TfYoungPersonEditor *self)
{
  g_autoptr(TfYoungPerson) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) changes = NULL;
  g_autofree char *who = NULL;
  GtkWidget *dialog;

  fresh = tf_young_person_load (self->session, self->young_person_id, &error);
  if (fresh == NULL)
    {
      _tf_young_person_editor_show_banner (self, error->message);
      return;
    }
  if (self->loaded != NULL)
    changes = tf_young_person_describe_changes (self->loaded, fresh);
  who = tf_audit_describe_last_change (self->session, "young-person", self->young_person_id, 0);
  dialog = tf_conflict_dialog_new (GTK_WINDOW (self), _("Someone else changed this young person"),
                                   who, (const char * const *) changes);
  g_object_set_data_full (G_OBJECT (dialog), "fresh", g_steal_pointer (&fresh), g_object_unref);
  g_signal_connect_object (dialog, "response",
                           G_CALLBACK (on_conflict_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
save (TfYoungPersonEditor  *self,
      const char           *referral_date,
      gint64               *out_case_id,
      GError              **error)
{
  g_autofree char *reason = NULL;
  TfReferral referral = { 0 };
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  guint source;

  if (!_tf_young_person_editor_is_new (self))
    return tf_young_person_save (self->session, self->young_person, NULL, out_case_id, error);

  buffer = gtk_text_view_get_buffer (self->reason_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  reason = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  source = adw_combo_row_get_selected (self->referral_source_row);

  referral.referral_date = referral_date;
  referral.referral_source = tf_referral_source_to_id (source < TF_N_REFERRAL_SOURCES ? source : TF_REFERRAL_OTHER);
  referral.referral_reason = *reason != '\0' ? reason : NULL;
  referral.coordinator_id = 0;
  return tf_young_person_save (self->session, self->young_person, &referral, out_case_id, error);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TfYoungPersonEditor *self = TF_YOUNG_PERSON_EDITOR (widget);
  g_autoptr(GHashTable) errors = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *referral_date = NULL;
  gint64 case_id = 0;

  if (self->young_person == NULL)
    return;

  _tf_young_person_editor_clear_errors (self);
  errors = _tf_young_person_editor_push_and_validate (self, &referral_date);
  if (errors != NULL)
    {
      _tf_young_person_editor_show_errors (self, errors);
      return;
    }

  if (!save (self, referral_date, &case_id, &error))
    {
      if (g_error_matches (error, TF_ERROR, TF_ERROR_CONFLICT))
        show_conflict_dialog (self);
      else
        _tf_young_person_editor_show_banner (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0,
                 tf_young_person_get_id (self->young_person), case_id);
  tf_window_destroy_later (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
add_guardian_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TfYoungPersonEditor *self = TF_YOUNG_PERSON_EDITOR (widget);
  TfGuardianRow *row = _tf_young_person_editor_append_guardian_row (self, NULL);

  gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* Template callbacks */

static void
on_cpr_row_changed_cb (GtkEditable         *editable,
                       TfYoungPersonEditor *self)
{
  g_autofree char *typed = NULL;
  char digits[11];
  GDate date;

  /* A valid CPR number says when the young person was born. */
  g_date_clear (&date, 1);
  if (!tf_cpr_parse (gtk_editable_get_text (editable), digits, &date, NULL))
    return;
  typed = g_strdup_printf ("%d.%d.%d", g_date_get_day (&date),
                           g_date_get_month (&date), g_date_get_year (&date));
  _tf_young_person_editor_set_entry_text (self->birth_date_row, typed);
}

static void
on_birth_date_focus_leave_cb (GtkEventControllerFocus *controller,
                              TfYoungPersonEditor     *self)
{
  g_autofree char *iso = NULL;
  g_autofree char *typed = NULL;

  /* Show what was understood: "3/12-09" becomes "3.12.2009". */
  iso = tf_parse_user_date (gtk_editable_get_text (GTK_EDITABLE (self->birth_date_row)), NULL);
  if (iso == NULL)
    return;
  typed = _tf_young_person_editor_format_typed_date (iso);
  _tf_young_person_editor_set_entry_text (self->birth_date_row, typed);
}

/* Construction */

static GListModel *
gender_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < TF_N_GENDERS; i++)
    gtk_string_list_append (list, tf_gender_label (i));
  return G_LIST_MODEL (list);
}

static GListModel *
referral_source_model (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < TF_N_REFERRAL_SOURCES; i++)
    gtk_string_list_append (list, tf_referral_source_label (i));
  return G_LIST_MODEL (list);
}

static void
setup_new (TfYoungPersonEditor *self)
{
  g_autofree char *today = tf_today_iso ();
  g_autofree char *typed = _tf_young_person_editor_format_typed_date (today);

  self->young_person = tf_young_person_new ();
  gtk_window_set_title (GTK_WINDOW (self), _("New Case"));
  adw_window_title_set_title (self->window_title, _("New Case"));
  _tf_young_person_editor_set_entry_text (self->referral_date_row, typed);
  gtk_widget_set_visible (GTK_WIDGET (self->referral_group), TRUE);
}

static void
setup_existing (TfYoungPersonEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Young Person"));
  adw_window_title_set_title (self->window_title, _("Edit Young Person"));
  gtk_widget_set_visible (GTK_WIDGET (self->referral_group), FALSE);

  self->young_person = tf_young_person_load (self->session, self->young_person_id, &error);
  if (self->young_person == NULL)
    {
      _tf_young_person_editor_show_banner (self, error->message);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->page), FALSE);
      return;
    }
  self->loaded = tf_young_person_load (self->session, self->young_person_id, NULL);
  name = tf_young_person_dup_full_name (self->young_person);
  adw_window_title_set_subtitle (self->window_title, name);
  _tf_young_person_editor_fill_form (self);
}

static void
tf_young_person_editor_constructed (GObject *object)
{
  TfYoungPersonEditor *self = TF_YOUNG_PERSON_EDITOR (object);
  g_autoptr(GListModel) genders = gender_model ();
  g_autoptr(GListModel) sources = referral_source_model ();

  G_OBJECT_CLASS (tf_young_person_editor_parent_class)->constructed (object);

  adw_combo_row_set_model (self->gender_row, genders);
  adw_combo_row_set_model (self->referral_source_row, sources);

  if (self->session == NULL)
    {
      /* Only the template test builds an editor without a session. */
      self->young_person = tf_young_person_new ();
      return;
    }
  if (_tf_young_person_editor_is_new (self))
    setup_new (self);
  else
    setup_existing (self);
}

static void
tf_young_person_editor_dispose (GObject *object)
{
  TfYoungPersonEditor *self = TF_YOUNG_PERSON_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_YOUNG_PERSON_EDITOR);
  g_clear_object (&self->young_person);
  g_clear_object (&self->loaded);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tf_young_person_editor_parent_class)->dispose (object);
}

static void
tf_young_person_editor_finalize (GObject *object)
{
  TfYoungPersonEditor *self = TF_YOUNG_PERSON_EDITOR (object);

  g_ptr_array_unref (self->guardian_rows);

  G_OBJECT_CLASS (tf_young_person_editor_parent_class)->finalize (object);
}

static void
tf_young_person_editor_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TfYoungPersonEditor *self = TF_YOUNG_PERSON_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_YOUNG_PERSON_ID:
      g_value_set_int64 (value, self->young_person_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_young_person_editor_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TfYoungPersonEditor *self = TF_YOUNG_PERSON_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_YOUNG_PERSON_ID:
      self->young_person_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_young_person_editor_class_init (TfYoungPersonEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tf_young_person_editor_constructed;
  object_class->dispose = tf_young_person_editor_dispose;
  object_class->finalize = tf_young_person_editor_finalize;
  object_class->get_property = tf_young_person_editor_get_property;
  object_class->set_property = tf_young_person_editor_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YOUNG_PERSON_ID] =
    g_param_spec_int64 ("young-person-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TfYoungPersonEditor::saved:
   * @young_person_id: the young person's id
   * @case_id: the id of the case opened for a new young person, else 0
   *
   * Emitted after a successful save, just before the editor closes.
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-young-person-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, page);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, first_name_row);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, first_name_error);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, last_name_row);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, last_name_error);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, cpr_row);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, cpr_error);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, birth_date_row);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, birth_date_error);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, gender_row);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, gender_error);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, phone_row);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, phone_error);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, postcode_row);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, postcode_error);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, city_row);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, school_row);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, school_class_row);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, guardians_group);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, no_guardians_row);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, referral_group);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, referral_date_row);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, referral_date_error);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, referral_source_row);
  gtk_widget_class_bind_template_child (widget_class, TfYoungPersonEditor, reason_view);
  gtk_widget_class_bind_template_callback (widget_class, on_cpr_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_birth_date_focus_leave_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.add-guardian", NULL, add_guardian_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);

  g_type_ensure (TF_TYPE_GUARDIAN_ROW);
}

static void
tf_young_person_editor_init (TfYoungPersonEditor *self)
{
  self->guardian_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * tf_young_person_editor_new:
 * @young_person_id: 0 for a new young person
 *
 * Returns: (transfer none): a new editor window; present it
 */
TfYoungPersonEditor *
tf_young_person_editor_new (TfSession *session,
                            gint64     young_person_id)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  return g_object_new (TF_TYPE_YOUNG_PERSON_EDITOR,
                       "session", session,
                       "young-person-id", young_person_id,
                       NULL);
}
