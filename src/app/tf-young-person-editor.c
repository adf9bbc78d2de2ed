/* tf-young-person-editor.c — create a case for a new young person, or edit one
 *
 * The form pushes what is typed into a TfYoungPerson, asks the core to
 * validate it and shows each complaint directly under its field. Nothing is
 * written until every field is fine; a conflict with another desk's save is
 * a decision for the person at the desk, so it gets a dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "tf-guardian-row.h"
#include "tf-young-person-editor.h"

struct _TfYoungPersonEditor
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  AdwPreferencesPage  *page;
  AdwEntryRow         *first_name_row;
  AdwActionRow        *first_name_error;
  AdwEntryRow         *last_name_row;
  AdwActionRow        *last_name_error;
  AdwEntryRow         *cpr_row;
  AdwActionRow        *cpr_error;
  AdwEntryRow         *birth_date_row;
  AdwActionRow        *birth_date_error;
  AdwComboRow         *gender_row;
  AdwActionRow        *gender_error;
  AdwEntryRow         *phone_row;
  AdwActionRow        *phone_error;
  AdwEntryRow         *address_row;
  AdwEntryRow         *postcode_row;
  AdwActionRow        *postcode_error;
  AdwEntryRow         *city_row;
  AdwEntryRow         *school_row;
  AdwEntryRow         *school_class_row;
  AdwPreferencesGroup *guardians_group;
  AdwActionRow        *no_guardians_row;
  AdwPreferencesGroup *referral_group;
  AdwEntryRow         *referral_date_row;
  AdwActionRow        *referral_date_error;
  AdwComboRow         *referral_source_row;
  GtkTextView         *reason_view;

  /* Owned */
  TfSession           *session;
  gint64               young_person_id;
  TfYoungPerson       *young_person;
  /* The TfGuardianRows in form order (borrowed: the group owns them). */
  GPtrArray           *guardian_rows;
  /* The person at the desk may not see this young person's CPR number: the
   * field shows it masked, cannot be changed, and is never pushed back. */
  gboolean             cpr_locked;
};

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

#define FIELD(member) G_STRUCT_OFFSET (TfYoungPersonEditor, member)
#define WIDGET_AT(self, offset) (*(GtkWidget **) G_STRUCT_MEMBER_P ((self), (offset)))

/* Text fields that map one to one onto a TfYoungPerson property. */
static const struct {
  const char *property;
  gsize       entry;
} text_fields[] = {
  { "first-name", FIELD (first_name_row) },
  { "last-name", FIELD (last_name_row) },
  { "cpr", FIELD (cpr_row) },
  { "phone", FIELD (phone_row) },
  { "address", FIELD (address_row) },
  { "postcode", FIELD (postcode_row) },
  { "city", FIELD (city_row) },
  { "school", FIELD (school_row) },
  { "school-class", FIELD (school_class_row) },
};

/* Fields that can show a message, in form order, so "the first bad field"
 * is the one highest up. Keys are the core's validation field names. */
static const struct {
  const char *field;
  gsize       widget;
  gsize       error_row;
} error_fields[] = {
  { "first-name", FIELD (first_name_row), FIELD (first_name_error) },
  { "last-name", FIELD (last_name_row), FIELD (last_name_error) },
  { "cpr", FIELD (cpr_row), FIELD (cpr_error) },
  { "birth-date", FIELD (birth_date_row), FIELD (birth_date_error) },
  { "gender", FIELD (gender_row), FIELD (gender_error) },
  { "phone", FIELD (phone_row), FIELD (phone_error) },
  { "postcode", FIELD (postcode_row), FIELD (postcode_error) },
  { "referral-date", FIELD (referral_date_row), FIELD (referral_date_error) },
};

static gboolean
is_new (TfYoungPersonEditor *self)
{
  return self->young_person_id == 0;
}

/* ISO "2009-12-03" as a Dane types it: "3.12.2009". */
static char *
format_typed_date (const char *iso)
{
  int year, month, day;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &year, &month, &day) != 3)
    return g_strdup ("");
  return g_strdup_printf ("%d.%d.%d", day, month, year);
}

static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
show_banner (TfYoungPersonEditor *self,
             const char          *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

/* Guardians */

static void
update_no_guardians_row (TfYoungPersonEditor *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->no_guardians_row),
                          self->guardian_rows->len == 0);
}

static void
on_guardian_remove_requested_cb (TfGuardianRow       *row,
                                 TfYoungPersonEditor *self)
{
  g_ptr_array_remove (self->guardian_rows, row);
  adw_preferences_group_remove (self->guardians_group, GTK_WIDGET (row));
  update_no_guardians_row (self);
}

static TfGuardianRow *
append_guardian_row (TfYoungPersonEditor *self,
                     TfGuardian          *guardian)
{
  GtkWidget *row = tf_guardian_row_new (guardian);

  g_signal_connect_object (row, "remove-requested",
                           G_CALLBACK (on_guardian_remove_requested_cb), self, 0);
  adw_preferences_group_add (self->guardians_group, row);
  g_ptr_array_add (self->guardian_rows, row);
  update_no_guardians_row (self);
  return TF_GUARDIAN_ROW (row);
}

static void
clear_guardian_rows (TfYoungPersonEditor *self)
{
  while (self->guardian_rows->len > 0)
    on_guardian_remove_requested_cb (g_ptr_array_index (self->guardian_rows, 0), self);
}

/* Errors under the fields */

static void
show_field_error (GtkWidget    *field,
                  AdwActionRow *error_row,
                  const char   *message)
{
  gtk_widget_set_visible (GTK_WIDGET (error_row), message != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (error_row),
                                 message != NULL ? message : "");
  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
}

static void
clear_errors (TfYoungPersonEditor *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (error_fields); i++)
    show_field_error (WIDGET_AT (self, error_fields[i].widget),
                      ADW_ACTION_ROW (WIDGET_AT (self, error_fields[i].error_row)),
                      NULL);
  for (guint i = 0; i < self->guardian_rows->len; i++)
    tf_guardian_row_clear_errors (g_ptr_array_index (self->guardian_rows, i));
  show_banner (self, NULL);
}

/* Shows every message under its field and focuses the first bad field.
 * A message for a field the form does not show goes to the banner, so no
 * complaint is ever swallowed. */
static void
show_errors (TfYoungPersonEditor *self,
             GHashTable          *errors)
{
  g_autoptr(GHashTable) unshown = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;
  GtkWidget *first = NULL;

  g_hash_table_iter_init (&iter, errors);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (unshown, key, value);

  for (guint i = 0; i < G_N_ELEMENTS (error_fields); i++)
    {
      const char *message = g_hash_table_lookup (errors, error_fields[i].field);
      GtkWidget *field = WIDGET_AT (self, error_fields[i].widget);

      show_field_error (field, ADW_ACTION_ROW (WIDGET_AT (self, error_fields[i].error_row)),
                        message);
      g_hash_table_remove (unshown, error_fields[i].field);
      if (message != NULL && first == NULL)
        first = field;
    }

  for (guint i = 0; i < self->guardian_rows->len; i++)
    {
      GtkWidget *bad = tf_guardian_row_show_errors (g_ptr_array_index (self->guardian_rows, i),
                                                    errors, i);
      const char *suffixes[] = { "name", "phone", "email" };

      for (guint j = 0; j < G_N_ELEMENTS (suffixes); j++)
        {
          g_autofree char *field = g_strdup_printf ("guardian-%u-%s", i, suffixes[j]);
          g_hash_table_remove (unshown, field);
        }
      if (bad != NULL && first == NULL)
        first = bad;
    }

  if (g_hash_table_size (unshown) > 0)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      g_hash_table_iter_init (&iter, unshown);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", (const char *) value);
      show_banner (self, text->str);
    }

  if (first != NULL)
    gtk_widget_grab_focus (first);
}

/* Form ↔ young person */

static void
fill_form (TfYoungPersonEditor *self)
{
  TfYoungPerson *yp = self->young_person;
  g_autofree char *birth = format_typed_date (tf_young_person_get_birth_date (yp));
  const char *cpr = tf_young_person_get_cpr (yp);
  g_autofree char *cpr_text = NULL;
  GListModel *guardians = tf_young_person_get_guardians (yp);
  int gender = tf_gender_from_id (tf_young_person_get_gender (yp));
  char digits[11];

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (yp, text_fields[i].property, &value, NULL);
      set_entry_text (ADW_ENTRY_ROW (WIDGET_AT (self, text_fields[i].entry)), value);
    }
  /* Shown the way it is written on the health card, or masked by the core
   * for someone who may not see it, and then not editable. */
  self->cpr_locked = cpr != NULL && !tf_access_may_see_cpr (self->session);
  if (self->cpr_locked)
    set_entry_text (self->cpr_row, cpr);
  else if (cpr != NULL && tf_cpr_parse (cpr, digits, NULL, NULL))
    {
      cpr_text = tf_cpr_format (digits);
      set_entry_text (self->cpr_row, cpr_text);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->cpr_row), !self->cpr_locked);
  /* After the CPR number, which fills the birth date as it is typed. */
  set_entry_text (self->birth_date_row, birth);
  adw_combo_row_set_selected (self->gender_row, gender >= 0 ? (guint) gender : TF_GENDER_UNSPECIFIED);

  clear_guardian_rows (self);
  for (guint i = 0; i < g_list_model_get_n_items (guardians); i++)
    {
      g_autoptr(TfGuardian) guardian = g_list_model_get_item (guardians, i);
      g_autoptr(TfGuardian) copy = NULL;

      /* The rows edit copies, so Cancel leaves the loaded person untouched. */
      copy = g_object_new (TF_TYPE_GUARDIAN,
                           "name", tf_guardian_get_name (guardian),
                           "relation", tf_guardian_get_relation (guardian),
                           "phone", tf_guardian_get_phone (guardian),
                           "email", tf_guardian_get_email (guardian),
                           "has-custody", tf_guardian_get_has_custody (guardian),
                           NULL);
      append_guardian_row (self, copy);
    }
}

static void
add_error (GHashTable **errors,
           const char  *field,
           const char  *message)
{
  if (*errors == NULL)
    *errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_replace (*errors, g_strdup (field), g_strdup (message));
}

static void
push_guardians (TfYoungPersonEditor *self)
{
  GListModel *guardians = tf_young_person_get_guardians (self->young_person);

  while (g_list_model_get_n_items (guardians) > 0)
    tf_young_person_remove_guardian (self->young_person, 0);
  for (guint i = 0; i < self->guardian_rows->len; i++)
    {
      TfGuardianRow *row = g_ptr_array_index (self->guardian_rows, i);

      tf_guardian_row_apply (row);
      tf_young_person_add_guardian (self->young_person, tf_guardian_row_get_guardian (row));
    }
}

/* Pushes the form into the young person and validates it.
 * Returns: (transfer full) (nullable): field → message, or %NULL when all is well */
static GHashTable *
push_and_validate (TfYoungPersonEditor  *self,
                   char                **out_referral_date)
{
  GHashTable *errors = NULL;
  g_autoptr(GError) date_error = NULL;
  g_autofree char *birth_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->birth_date_row))));
  g_autofree char *birth_date = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      if (self->cpr_locked && g_str_equal (text_fields[i].property, "cpr"))
        continue;
      g_object_set (self->young_person, text_fields[i].property,
                    gtk_editable_get_text (GTK_EDITABLE (WIDGET_AT (self, text_fields[i].entry))),
                    NULL);
    }
  if (*birth_text != '\0')
    birth_date = tf_parse_user_date (birth_text, &date_error);
  g_object_set (self->young_person,
                "birth-date", birth_date != NULL ? birth_date : "",
                "gender", tf_gender_to_id (adw_combo_row_get_selected (self->gender_row)),
                NULL);
  push_guardians (self);

  errors = tf_young_person_validate (self->young_person);
  if (date_error != NULL)
    add_error (&errors, "birth-date", date_error->message);
  else if (*birth_text == '\0')
    {
      /* The core took the birth date from the CPR number: show it. */
      g_autofree char *typed = format_typed_date (tf_young_person_get_birth_date (self->young_person));
      set_entry_text (self->birth_date_row, typed);
    }

  if (is_new (self))
    {
      g_autoptr(GError) referral_error = NULL;
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->referral_date_row))));

      *out_referral_date = *text != '\0' ? tf_parse_user_date (text, &referral_error) : tf_today_iso ();
      if (referral_error != NULL)
        add_error (&errors, "referral-date", referral_error->message);
    }
  return errors;
}

/* Saving */

static void
on_conflict_dialog_response_cb (AdwMessageDialog    *dialog,
                                const char          *response,
                                TfYoungPersonEditor *self)
{
  g_autoptr(TfYoungPerson) fresh = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "reload") != 0)
    return;

  fresh = tf_young_person_load (self->session, self->young_person_id, &error);
  if (fresh == NULL)
    {
      show_banner (self, error->message);
      return;
    }
  g_set_object (&self->young_person, fresh);
  clear_errors (self);
  fill_form (self);
}

static void
show_conflict_dialog (TfYoungPersonEditor *self)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                   _("Someone else changed this young person"),
                                   _("Another desk saved changes to this young person while you were editing. "
                                     "Reload to see their version; what you typed here is then lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "keep", _("_Keep Editing"),
                                    "reload", _("_Reload"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reload",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "keep");
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

  if (!is_new (self))
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

  clear_errors (self);
  errors = push_and_validate (self, &referral_date);
  if (errors != NULL)
    {
      show_errors (self, errors);
      return;
    }

  if (!save (self, referral_date, &case_id, &error))
    {
      if (g_error_matches (error, TF_ERROR, TF_ERROR_CONFLICT))
        show_conflict_dialog (self);
      else
        show_banner (self, error->message);
      return;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0,
                 tf_young_person_get_id (self->young_person), case_id);
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
add_guardian_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TfYoungPersonEditor *self = TF_YOUNG_PERSON_EDITOR (widget);
  TfGuardianRow *row = append_guardian_row (self, NULL);

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
  set_entry_text (self->birth_date_row, typed);
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
  typed = format_typed_date (iso);
  set_entry_text (self->birth_date_row, typed);
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
  g_autofree char *typed = format_typed_date (today);

  self->young_person = tf_young_person_new ();
  gtk_window_set_title (GTK_WINDOW (self), _("New Case"));
  adw_window_title_set_title (self->window_title, _("New Case"));
  set_entry_text (self->referral_date_row, typed);
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
      show_banner (self, error->message);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->page), FALSE);
      return;
    }
  name = tf_young_person_dup_full_name (self->young_person);
  adw_window_title_set_subtitle (self->window_title, name);
  fill_form (self);
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
  if (is_new (self))
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
