/* tf-area-page-records.c — the area page's sections for its record forms
 *
 * A single record form gets a details card: the fields of its latest record,
 * with Edit (or Add before there is one). Any other record form gets a list
 * of its records, newest first, with Add. The sections are built once, when
 * the page is, and filled on every reload.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-area-page-private.h"
#include "tf-gtk-util-private.h"

void
_tf_area_page_form_section_free (FormSection *section)
{
  g_clear_object (&section->form);
  g_free (section);
}

static char *
format_value (TfAreaPage   *self,
              TfForm       *form,
              TfFormValues *values,
              TfField      *field)
{
  return _tf_format_field_value (form, values, field, self->staff, self->session);
}

/* "3. dec. 2025 · Mette Holm" */
static char *
dated_by (TfRecord *record)
{
  g_autofree char *date = tf_format_date (tf_record_get_date (record));
  const char *author = tf_record_get_author_name (record);

  if (*date != '\0' && author != NULL)
    return g_strdup_printf ("%s · %s", date, author);
  if (author != NULL)
    return g_strdup (author);
  return g_steal_pointer (&date);
}

FormSection *
_tf_area_page_form_section_new (TfAreaPage *self,
                                TfForm     *form)
{
  FormSection *section = g_new0 (FormSection, 1);
  g_autofree char *title = g_markup_escape_text (tf_form_get_title (form), -1);
  const char *description = tf_form_get_description (form);

  section->form = g_object_ref (form);
  section->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (section->group, title);
  if (description != NULL && *description != '\0')
    {
      g_autofree char *escaped = g_markup_escape_text (description, -1);

      adw_preferences_group_set_description (section->group, escaped);
    }

  section->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (section->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (section->list), "boxed-list");
  _tf_accessible_set_label (GTK_WIDGET (section->list), tf_form_get_title (form));
  adw_preferences_group_add (section->group, GTK_WIDGET (section->list));

  /* An icon and a word, as AdwButtonContent draws them; but AdwButtonContent
   * would name the button "Add" for screen readers, and "Add School
   * meeting" (set below) says what it adds. */
  section->button = gtk_button_new ();
  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

    section->button_icon = GTK_IMAGE (gtk_image_new ());
    section->button_label = GTK_LABEL (gtk_label_new (NULL));
    gtk_box_append (GTK_BOX (box), GTK_WIDGET (section->button_icon));
    gtk_box_append (GTK_BOX (box), GTK_WIDGET (section->button_label));
    gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
    gtk_button_set_child (GTK_BUTTON (section->button), box);
  }
  gtk_widget_set_valign (section->button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (section->button, "flat");
  adw_preferences_group_set_header_suffix (section->group, section->button);
  return section;
}

void
_tf_area_page_section_set_add (FormSection *section)
{
  g_autofree char *name = g_strdup_printf (_("Add %s"), tf_form_get_title (section->form));

  gtk_image_set_from_icon_name (section->button_icon, "list-add-symbolic");
  gtk_label_set_text (section->button_label, _("Add"));
  /* target before name: the button checks the pair when the name changes */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (section->button), NULL);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (section->button), "s", tf_form_get_id (section->form));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (section->button), "area-page.add-record");
  _tf_accessible_set_label (section->button, name);
  gtk_widget_set_tooltip_text (section->button, name);
}

static void
section_set_edit (FormSection *section,
                  TfRecord    *record)
{
  g_autofree char *name = g_strdup_printf (_("Edit %s"), tf_form_get_title (section->form));

  gtk_image_set_from_icon_name (section->button_icon, "document-edit-symbolic");
  gtk_label_set_text (section->button_label, _("Edit"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (section->button), NULL);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (section->button), "x", tf_record_get_id (record));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (section->button), "area-page.edit-record");
  _tf_accessible_set_label (section->button, name);
  gtk_widget_set_tooltip_text (section->button, name);
}

void
_tf_area_page_fill_details (TfAreaPage  *self,
                            FormSection *section,
                            TfRecord    *latest)
{
  GListModel *fields = tf_form_get_fields (section->form);
  guint n = g_list_model_get_n_items (fields);

  _tf_area_page_clear_list (section->list);
  if (latest == NULL)
    {
      _tf_area_page_section_set_add (section);
      gtk_list_box_append (section->list,
                           _tf_area_page_empty_row_new (_("Nothing recorded yet"),
                                                        _("Choose Add to record it.")));
      return;
    }

  section_set_edit (section, latest);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfField) field = g_list_model_get_item (fields, i);
      g_autofree char *value = format_value (self, section->form, tf_record_get_values (latest), field);
      const char *label = tf_field_get_label (field);
      GtkWidget *row;

      if (tf_field_get_field_type (field) == TF_FIELD_LONG_TEXT)
        {
          /* long text reads best under its label, at full width */
          row = _tf_area_page_row_new (label, value != NULL ? value : _("Not recorded"));
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
        }
      else
        {
          GtkWidget *value_label = gtk_label_new (value != NULL ? value : _("Not recorded"));

          row = _tf_area_page_row_new (label, NULL);
          /* short values on one line; long ones wrap at about 40 characters */
          gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (value_label), PANGO_WRAP_WORD_CHAR);
          gtk_label_set_xalign (GTK_LABEL (value_label), 1);
          gtk_label_set_justify (GTK_LABEL (value_label), GTK_JUSTIFY_RIGHT);
          gtk_label_set_width_chars (GTK_LABEL (value_label),
                                     MIN (24, (int) g_utf8_strlen (gtk_label_get_text (GTK_LABEL (value_label)), -1)));
          gtk_label_set_max_width_chars (GTK_LABEL (value_label), 40);
          gtk_label_set_selectable (GTK_LABEL (value_label), TRUE);
          if (value == NULL)
            gtk_widget_add_css_class (value_label, "dim-label");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), value_label);
        }
      _tf_accessible_set_description (row, value != NULL ? value : _("Not recorded"));
      gtk_list_box_append (section->list, row);
    }

  {
    g_autofree char *by = dated_by (latest);
    /* Translators: who saved the details last, "Saved 3. dec. 2025 · Mette Holm" */
    g_autofree char *saved = g_strdup_printf (_("Saved %s"), by);
    GtkWidget *row = _tf_area_page_row_new (saved, NULL);

    gtk_widget_add_css_class (row, "dim-label");
    gtk_list_box_append (section->list, row);
  }
}

void
_tf_area_page_fill_list (TfAreaPage  *self,
                         FormSection *section,
                         GPtrArray   *records)
{
  _tf_area_page_clear_list (section->list);
  if (records == NULL || records->len == 0)
    {
      gtk_list_box_append (section->list,
                           _tf_area_page_empty_row_new (_("None recorded yet"),
                                                        _("Choose Add to record the first.")));
      return;
    }
  for (guint i = 0; i < records->len; i++)
    {
      TfRecord *record = g_ptr_array_index (records, i);
      g_autofree char *summary = _tf_area_page_summarize (self, section->form, tf_record_get_values (record));
      g_autofree char *date = tf_format_date (tf_record_get_date (record));
      const char *author = tf_record_get_author_name (record);
      g_autofree char *subtitle = NULL;
      const char *title;

      /* Listed like a journal: the date, then what the record says */
      if (*date != '\0')
        {
          title = date;
          if (*summary != '\0' && author != NULL)
            subtitle = g_strdup_printf ("%s · %s", summary, author);
          else
            subtitle = g_strdup (*summary != '\0' ? summary : author);
        }
      else
        {
          title = *summary != '\0' ? summary : tf_form_get_title (section->form);
          subtitle = g_strdup (author);
        }
      gtk_list_box_append (section->list, _tf_area_page_record_row_new (record, title, subtitle, NULL));
    }
}
