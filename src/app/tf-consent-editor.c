/* tf-consent-editor.c — record a consent, or change one
 *
 * Who gave it, which member organisations may share information, from when
 * until when, and a note. The core checks the rules; each complaint shows
 * directly under its field. When another desk saved the same consent
 * first, the conflict dialog says what they changed and lets the person at
 * the desk choose.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "tf-conflict-dialog.h"
#include "tf-consent-editor.h"

struct _TfConsentEditor
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  AdwPreferencesPage  *page;
  GtkSwitch           *young_person_switch;
  GtkSwitch           *guardians_switch;
  AdwEntryRow         *guardian_names_row;
  AdwActionRow        *given_by_error;
  AdwPreferencesGroup *organisations_group;
  AdwEntryRow         *valid_from_row;
  AdwActionRow        *valid_from_error;
  AdwEntryRow         *valid_until_row;
  AdwActionRow        *valid_until_error;
  AdwEntryRow         *note_row;

  /* Built in code: one check button per member organisation */
  AdwActionRow        *organisations_error;
  GPtrArray           *organisation_checks;   /* of GtkCheckButton, borrowed */
  GArray              *organisation_ids;      /* of gint64, same order */

  /* Owned */
  TfSession           *session;
  gint64               case_id;
  gint64               consent_id;
  TfConsent           *original;              /* the version being edited */
};

enum {
  PROP_0,
  PROP_SESSION,
  PROP_CASE_ID,
  PROP_CONSENT_ID,
  N_PROPS
};

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TfConsentEditor, tf_consent_editor, ADW_TYPE_WINDOW)

/* Dates as a Danish user types them: "3.12.2025" */
static char *
typed_date (const char *iso)
{
  int year, month, day;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &year, &month, &day) != 3)
    return g_strdup ("");
  return g_strdup_printf ("%d.%d.%d", day, month, year);
}

/* Messages */

static void
show_banner (TfConsentEditor *self,
             const char      *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
show_field_error (GtkWidget    *field,
                  AdwActionRow *error_row,
                  const char   *message)
{
  gtk_widget_set_visible (GTK_WIDGET (error_row), message != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (error_row), message != NULL ? message : "");
  if (field == NULL)
    return;
  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
}

/* The field that holds each of the core's field names, and its error row. */
static void
field_widgets (TfConsentEditor  *self,
               const char       *field,
               GtkWidget       **widget,
               AdwActionRow    **error_row)
{
  *widget = NULL;
  *error_row = NULL;
  if (g_str_equal (field, "given-by"))
    *widget = GTK_WIDGET (self->young_person_switch), *error_row = self->given_by_error;
  else if (g_str_equal (field, "organisations"))
    *widget = self->organisation_checks->len > 0 ? self->organisation_checks->pdata[0] : NULL,
    *error_row = self->organisations_error;
  else if (g_str_equal (field, "valid-from"))
    *widget = GTK_WIDGET (self->valid_from_row), *error_row = self->valid_from_error;
  else if (g_str_equal (field, "valid-until"))
    *widget = GTK_WIDGET (self->valid_until_row), *error_row = self->valid_until_error;
}

/* In the form's order, so focus goes to the topmost complaint. */
static const char * const fields[] = { "given-by", "valid-from", "valid-until", "organisations" };

static void
clear_errors (TfConsentEditor *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *widget;
      AdwActionRow *error_row;

      field_widgets (self, fields[i], &widget, &error_row);
      show_field_error (widget, error_row, NULL);
    }
  show_banner (self, NULL);
}

/* Every message under its field; focus goes to the first bad field. */
static void
show_errors (TfConsentEditor *self,
             GHashTable      *errors)
{
  GtkWidget *first = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *message = g_hash_table_lookup (errors, fields[i]);
      GtkWidget *widget;
      AdwActionRow *error_row;

      field_widgets (self, fields[i], &widget, &error_row);
      /* The switches and checks are not tinted: the row below says it. */
      show_field_error (GTK_IS_EDITABLE (widget) ? widget : NULL, error_row, message);
      if (message != NULL && first == NULL)
        first = widget;
    }
  if (first != NULL)
    gtk_widget_grab_focus (first);
}

/* Form ↔ consent */

static void
fill_form (TfConsentEditor *self)
{
  TfConsent *consent = self->original;
  g_autofree char *from = typed_date (tf_consent_get_valid_from (consent));
  g_autofree char *until = typed_date (tf_consent_get_valid_until (consent));
  const char *names = tf_consent_get_guardian_names (consent);
  const char *note = tf_consent_get_note (consent);

  gtk_switch_set_active (self->young_person_switch, tf_consent_get_by_young_person (consent));
  gtk_switch_set_active (self->guardians_switch, tf_consent_get_by_guardians (consent));
  gtk_editable_set_text (GTK_EDITABLE (self->guardian_names_row), names != NULL ? names : "");
  for (guint i = 0; i < self->organisation_checks->len; i++)
    gtk_check_button_set_active (self->organisation_checks->pdata[i],
                                 tf_consent_covers_organisation (consent,
                                   g_array_index (self->organisation_ids, gint64, i)));
  gtk_editable_set_text (GTK_EDITABLE (self->valid_from_row), from);
  gtk_editable_set_text (GTK_EDITABLE (self->valid_until_row), until);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), note != NULL ? note : "");
}

/* Parses a typed date; a complaint goes to @errors under @field. */
static char *
parse_date (AdwEntryRow  *row,
            const char   *field,
            GHashTable   *errors)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GError) error = NULL;
  char *iso;

  if (*text == '\0')
    return NULL;   /* the core says which date is missing */
  iso = tf_parse_user_date (text, &error);
  if (iso == NULL)
    g_hash_table_insert (errors, (gpointer) field, g_strdup (error->message));
  return iso;
}

/* Saving */

static gboolean save (TfConsentEditor *self);

/* "Valid until: 1. mar. 2027 → 1. jun. 2027" for each field the other desk changed. */
static void
add_change (GPtrArray  *lines,
            const char *label,
            const char *before,
            const char *after)
{
  if (g_strcmp0 (before, after) == 0)
    return;
  /* Translators: a line of the conflict dialog: "Valid until: 1. mar. 2027 → 1. jun. 2027" */
  g_ptr_array_add (lines, g_strdup_printf (_("%s: %s → %s"), label,
                                           before != NULL && *before != '\0' ? before : "—",
                                           after != NULL && *after != '\0' ? after : "—"));
}

static char *
given_by (TfConsent *consent)
{
  if (tf_consent_get_by_young_person (consent) && tf_consent_get_by_guardians (consent))
    return g_strdup (_("the young person and the guardians"));
  if (tf_consent_get_by_young_person (consent))
    return g_strdup (_("the young person"));
  return g_strdup (_("the guardians"));
}

static char **
describe_changes (TfConsent *mine,
                  TfConsent *theirs)
{
  GPtrArray *lines = g_ptr_array_new ();
  g_autofree char *who_before = given_by (mine), *who_after = given_by (theirs);
  g_autofree char *from_before = tf_format_date (tf_consent_get_valid_from (mine));
  g_autofree char *from_after = tf_format_date (tf_consent_get_valid_from (theirs));
  g_autofree char *until_before = tf_format_date (tf_consent_get_valid_until (mine));
  g_autofree char *until_after = tf_format_date (tf_consent_get_valid_until (theirs));
  g_autofree char *orgs_before = g_strjoinv (", ", (char **) tf_consent_get_organisation_names (mine));
  g_autofree char *orgs_after = g_strjoinv (", ", (char **) tf_consent_get_organisation_names (theirs));
  g_autofree char *withdrawn = tf_format_date (tf_consent_get_withdrawn_on (theirs));

  add_change (lines, _("Given by"), who_before, who_after);
  add_change (lines, _("Guardians’ names"), tf_consent_get_guardian_names (mine),
              tf_consent_get_guardian_names (theirs));
  add_change (lines, _("Organisations"), orgs_before, orgs_after);
  add_change (lines, _("Valid from"), from_before, from_after);
  add_change (lines, _("Valid until"), until_before, until_after);
  add_change (lines, _("Note"), tf_consent_get_note (mine), tf_consent_get_note (theirs));
  if (tf_consent_get_withdrawn_on (theirs) != NULL)
    /* Translators: %s is a date */
    g_ptr_array_add (lines, g_strdup_printf (_("Withdrawn on %s"), withdrawn));
  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (lines, FALSE);
}

static gboolean
destroy_idle_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
on_conflict_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         TfConsentEditor  *self)
{
  g_autoptr(TfConsent) fresh = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, TF_CONFLICT_KEEP_EDITING) == 0)
    return;
  fresh = tf_consent_load (self->session, self->consent_id, &error);
  if (fresh == NULL)
    {
      show_banner (self, error->message);
      return;
    }
  /* Either way the form now builds on their version. */
  g_set_object (&self->original, fresh);
  if (g_strcmp0 (response, TF_CONFLICT_THEIRS) == 0)
    {
      clear_errors (self);
      fill_form (self);
    }
  else if (g_strcmp0 (response, TF_CONFLICT_MINE) == 0 && save (self))
    /* Not now: the dialog is ours and still in its "response" signal. */
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_idle_cb, g_object_ref (self), g_object_unref);
}

static void
show_conflict (TfConsentEditor *self)
{
  g_autoptr(TfConsent) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) changes = NULL;
  g_autofree char *who_when = NULL;
  GtkWidget *dialog;

  fresh = tf_consent_load (self->session, self->consent_id, &error);
  if (fresh == NULL)
    {
      show_banner (self, error->message);
      return;
    }
  changes = describe_changes (self->original, fresh);
  who_when = tf_audit_describe_last_change (self->session, "consent", self->consent_id,
                                            tf_consent_get_case_id (fresh));
  dialog = tf_conflict_dialog_new (GTK_WINDOW (self), _("Someone else changed this consent"),
                                   who_when, (const char * const *) changes);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Validates and saves what the form holds; TRUE when saved (and "saved"
 * emitted). Complaints go under their fields, conflicts to the dialog. */
static gboolean
save (TfConsentEditor *self)
{
  g_autoptr(GHashTable) errors = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) rules = NULL;
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;
  TfConsentDraft draft = { 0 };
  gint64 id;

  clear_errors (self);
  for (guint i = 0; i < self->organisation_checks->len; i++)
    if (gtk_check_button_get_active (self->organisation_checks->pdata[i]))
      g_array_append_val (chosen, g_array_index (self->organisation_ids, gint64, i));
  from = parse_date (self->valid_from_row, "valid-from", errors);
  until = parse_date (self->valid_until_row, "valid-until", errors);

  draft.id = self->consent_id;
  draft.version = self->original != NULL ? tf_consent_get_version (self->original) : 0;
  draft.case_id = self->case_id;
  draft.by_young_person = gtk_switch_get_active (self->young_person_switch);
  draft.by_guardians = gtk_switch_get_active (self->guardians_switch);
  draft.guardian_names = draft.by_guardians ?
                         gtk_editable_get_text (GTK_EDITABLE (self->guardian_names_row)) : NULL;
  draft.valid_from = from;
  draft.valid_until = until;
  draft.note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));
  draft.organisation_ids = (const gint64 *) chosen->data;
  draft.n_organisations = chosen->len;

  /* What could not be read as a date wins over the rules' view of it. */
  rules = tf_consent_validate (self->session, &draft);
  if (rules != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, rules);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (!g_hash_table_contains (errors, key))
          g_hash_table_insert (errors, key, g_strdup (value));
    }
  if (g_hash_table_size (errors) > 0)
    {
      show_errors (self, errors);
      return FALSE;
    }

  id = tf_consent_save (self->session, &draft, &error);
  if (id == 0)
    {
      if (g_error_matches (error, TF_ERROR, TF_ERROR_CONFLICT))
        show_conflict (self);
      else
        show_banner (self, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, id);
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TfConsentEditor *self = TF_CONSENT_EDITOR (widget);

  if (self->session != NULL && save (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* Construction */

static void
add_organisations (TfConsentEditor *self)
{
  g_autoptr(GListModel) orgs = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  /* Above the checks, right under the heading: with a dozen organisations
   * a complaint below them could be out of sight. */
  self->organisations_error = g_object_new (ADW_TYPE_ACTION_ROW,
                                            "visible", FALSE,
                                            "activatable", FALSE,
                                            "use-markup", FALSE,
                                            "title-lines", 0,
                                            "icon-name", "dialog-warning-symbolic",
                                            NULL);
  gtk_widget_add_css_class (GTK_WIDGET (self->organisations_error), "field-error");
  gtk_widget_add_css_class (GTK_WIDGET (self->organisations_error), "error");
  adw_preferences_group_add (self->organisations_group, GTK_WIDGET (self->organisations_error));

  orgs = tf_organisation_list (self->session, &error);
  if (orgs == NULL)
    {
      show_banner (self, error->message);
      return;
    }
  n = g_list_model_get_n_items (orgs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfOrganisation) org = g_list_model_get_item (orgs, i);
      gint64 id = tf_organisation_get_id (org);
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                     "title", tf_organisation_get_name (org),
                                     "use-markup", FALSE,
                                     "activatable-widget", check,
                                     NULL);

      if (!tf_organisation_get_fixed_member (org))
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Ad hoc member"));
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      tf_organisation_get_name (org), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->organisations_group, row);
      g_ptr_array_add (self->organisation_checks, check);
      g_array_append_val (self->organisation_ids, id);
    }
}

static void
setup_new (TfConsentEditor *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) next_year = g_date_time_add_years (now, 1);
  g_autoptr(GDateTime) until = g_date_time_add_days (next_year, -1);
  g_autofree char *from_text = g_date_time_format (now, "%-d.%-m.%Y");
  g_autofree char *until_text = g_date_time_format (until, "%-d.%-m.%Y");

  gtk_window_set_title (GTK_WINDOW (self), _("Record Consent"));
  adw_window_title_set_title (self->window_title, _("Record Consent"));
  /* A consent usually runs for a year from the day it is given. */
  gtk_editable_set_text (GTK_EDITABLE (self->valid_from_row), from_text);
  gtk_editable_set_text (GTK_EDITABLE (self->valid_until_row), until_text);
  gtk_switch_set_active (self->young_person_switch, TRUE);
}

static void
setup_existing (TfConsentEditor *self)
{
  g_autoptr(GError) error = NULL;

  gtk_window_set_title (GTK_WINDOW (self), _("Edit Consent"));
  adw_window_title_set_title (self->window_title, _("Edit Consent"));
  self->original = tf_consent_load (self->session, self->consent_id, &error);
  if (self->original == NULL)
    {
      show_banner (self, error->message);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->page), FALSE);
      return;
    }
  self->case_id = tf_consent_get_case_id (self->original);
  fill_form (self);
}

static void
tf_consent_editor_constructed (GObject *object)
{
  TfConsentEditor *self = TF_CONSENT_EDITOR (object);

  G_OBJECT_CLASS (tf_consent_editor_parent_class)->constructed (object);

  if (self->session == NULL)
    return;   /* only the template test builds one without a session */
  add_organisations (self);
  if (self->consent_id == 0)
    setup_new (self);
  else
    setup_existing (self);
}

static void
tf_consent_editor_dispose (GObject *object)
{
  TfConsentEditor *self = TF_CONSENT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_CONSENT_EDITOR);
  g_clear_object (&self->original);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tf_consent_editor_parent_class)->dispose (object);
}

static void
tf_consent_editor_finalize (GObject *object)
{
  TfConsentEditor *self = TF_CONSENT_EDITOR (object);

  g_ptr_array_unref (self->organisation_checks);
  g_array_unref (self->organisation_ids);

  G_OBJECT_CLASS (tf_consent_editor_parent_class)->finalize (object);
}

static void
tf_consent_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TfConsentEditor *self = TF_CONSENT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SESSION: g_value_set_object (value, self->session); break;
    case PROP_CASE_ID: g_value_set_int64 (value, self->case_id); break;
    case PROP_CONSENT_ID: g_value_set_int64 (value, self->consent_id); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_consent_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TfConsentEditor *self = TF_CONSENT_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SESSION: self->session = g_value_dup_object (value); break;
    case PROP_CASE_ID: self->case_id = g_value_get_int64 (value); break;
    case PROP_CONSENT_ID: self->consent_id = g_value_get_int64 (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_consent_editor_class_init (TfConsentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = tf_consent_editor_constructed;
  object_class->dispose = tf_consent_editor_dispose;
  object_class->finalize = tf_consent_editor_finalize;
  object_class->get_property = tf_consent_editor_get_property;
  object_class->set_property = tf_consent_editor_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION, flags);
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_CONSENT_ID] =
    g_param_spec_int64 ("consent-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TfConsentEditor::saved:
   * @consent_id: the saved consent's id
   *
   * Emitted after a successful save, just before the editor closes.
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-consent-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TfConsentEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, TfConsentEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, TfConsentEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, TfConsentEditor, page);
  gtk_widget_class_bind_template_child (widget_class, TfConsentEditor, young_person_switch);
  gtk_widget_class_bind_template_child (widget_class, TfConsentEditor, guardians_switch);
  gtk_widget_class_bind_template_child (widget_class, TfConsentEditor, guardian_names_row);
  gtk_widget_class_bind_template_child (widget_class, TfConsentEditor, given_by_error);
  gtk_widget_class_bind_template_child (widget_class, TfConsentEditor, organisations_group);
  gtk_widget_class_bind_template_child (widget_class, TfConsentEditor, valid_from_row);
  gtk_widget_class_bind_template_child (widget_class, TfConsentEditor, valid_from_error);
  gtk_widget_class_bind_template_child (widget_class, TfConsentEditor, valid_until_row);
  gtk_widget_class_bind_template_child (widget_class, TfConsentEditor, valid_until_error);
  gtk_widget_class_bind_template_child (widget_class, TfConsentEditor, note_row);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
tf_consent_editor_init (TfConsentEditor *self)
{
  self->organisation_checks = g_ptr_array_new ();
  self->organisation_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * tf_consent_editor_new:
 *
 * Returns: (transfer none): a new editor window; present it
 */
TfConsentEditor *
tf_consent_editor_new (TfSession *session,
                       gint64     case_id,
                       gint64     consent_id)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  return g_object_new (TF_TYPE_CONSENT_EDITOR,
                       "session", session,
                       "case-id", case_id,
                       "consent-id", consent_id,
                       NULL);
}
