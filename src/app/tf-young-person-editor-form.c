/* tf-young-person-editor-form.c — the young person editor's form
 *
 * How the form's fields map onto a TfYoungPerson and back, the guardian
 * rows, and the messages shown under the fields when validation complains.
 * The window around it, saving and the conflict dialog are in
 * tf-young-person-editor.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "tf-young-person-editor-private.h"

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

/* ISO "2009-12-03" as a Dane types it: "3.12.2009". */
char *
_tf_young_person_editor_format_typed_date (const char *iso)
{
  int year, month, day;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &year, &month, &day) != 3)
    return g_strdup ("");
  return g_strdup_printf ("%d.%d.%d", day, month, year);
}

void
_tf_young_person_editor_set_entry_text (AdwEntryRow *row,
                                        const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

void
_tf_young_person_editor_show_banner (TfYoungPersonEditor *self,
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

TfGuardianRow *
_tf_young_person_editor_append_guardian_row (TfYoungPersonEditor *self,
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

void
_tf_young_person_editor_clear_errors (TfYoungPersonEditor *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (error_fields); i++)
    show_field_error (WIDGET_AT (self, error_fields[i].widget),
                      ADW_ACTION_ROW (WIDGET_AT (self, error_fields[i].error_row)),
                      NULL);
  for (guint i = 0; i < self->guardian_rows->len; i++)
    tf_guardian_row_clear_errors (g_ptr_array_index (self->guardian_rows, i));
  _tf_young_person_editor_show_banner (self, NULL);
}

/* Shows every message under its field and focuses the first bad field.
 * A message for a field the form does not show goes to the banner, so no
 * complaint is ever swallowed. */
void
_tf_young_person_editor_show_errors (TfYoungPersonEditor *self,
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
      _tf_young_person_editor_show_banner (self, text->str);
    }

  if (first != NULL)
    gtk_widget_grab_focus (first);
}

/* Form ↔ young person */

void
_tf_young_person_editor_fill_form (TfYoungPersonEditor *self)
{
  TfYoungPerson *yp = self->young_person;
  g_autofree char *birth = _tf_young_person_editor_format_typed_date (tf_young_person_get_birth_date (yp));
  const char *cpr = tf_young_person_get_cpr (yp);
  g_autofree char *cpr_text = NULL;
  GListModel *guardians = tf_young_person_get_guardians (yp);
  int gender = tf_gender_from_id (tf_young_person_get_gender (yp));
  char digits[11];

  for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (yp, text_fields[i].property, &value, NULL);
      _tf_young_person_editor_set_entry_text (ADW_ENTRY_ROW (WIDGET_AT (self, text_fields[i].entry)), value);
    }
  /* Shown the way it is written on the health card, or masked by the core
   * for someone who may not see it, and then not editable. */
  self->cpr_locked = cpr != NULL && !tf_access_may_see_cpr (self->session);
  if (self->cpr_locked)
    _tf_young_person_editor_set_entry_text (self->cpr_row, cpr);
  else if (cpr != NULL && tf_cpr_parse (cpr, digits, NULL, NULL))
    {
      cpr_text = tf_cpr_format (digits);
      _tf_young_person_editor_set_entry_text (self->cpr_row, cpr_text);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->cpr_row), !self->cpr_locked);
  /* After the CPR number, which fills the birth date as it is typed. */
  _tf_young_person_editor_set_entry_text (self->birth_date_row, birth);
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
      _tf_young_person_editor_append_guardian_row (self, copy);
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
GHashTable *
_tf_young_person_editor_push_and_validate (TfYoungPersonEditor  *self,
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
      g_autofree char *typed = _tf_young_person_editor_format_typed_date (tf_young_person_get_birth_date (self->young_person));
      _tf_young_person_editor_set_entry_text (self->birth_date_row, typed);
    }

  if (_tf_young_person_editor_is_new (self))
    {
      g_autoptr(GError) referral_error = NULL;
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->referral_date_row))));

      *out_referral_date = *text != '\0' ? tf_parse_user_date (text, &referral_error) : tf_today_iso ();
      if (referral_error != NULL)
        add_error (&errors, "referral-date", referral_error->message);
    }
  return errors;
}
