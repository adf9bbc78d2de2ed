/* tf-area-page.c — a work area's page in a case window, drawn from the area's data
 *
 * One generic page for every work area, whatever plugin declared it:
 *
 *   header          the area's icon, title and organisation
 *   details         per single record form, the current record's fields
 *   deadlines       the area's statutory deadlines for this case
 *   indicators      per indicator the latest value, a chart and the trend
 *   interventions   the area's interventions for this case, and a menu of
 *                   the intervention forms to start one
 *   records         per other record form, its records, newest first
 *
 * Sections the area declares nothing for are hidden; a section with nothing
 * in it yet says what to do next. The page follows the store: when a record
 * or measurement of this case changes (here or at another desk), it reloads
 * once the main loop is idle.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "tf-area-page.h"
#include "tf-deadline-row.h"
#include "tf-error-row.h"
#include "tf-gtk-util-private.h"
#include "tf-indicator-row.h"
#include "tf-record-editor.h"

/* A group of rows for one record form: its details card or its list */
typedef struct
{
  TfForm              *form;
  AdwPreferencesGroup *group;
  GtkListBox          *list;
  GtkWidget           *button;          /* Add, or Edit for a details card */
  GtkImage            *button_icon;
  GtkLabel            *button_label;
} FormSection;

struct _TfAreaPage
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkWidget           *scroller;
  GtkImage            *icon_image;
  GtkLabel            *title_label;
  GtkLabel            *organisation_label;
  GtkWidget           *error_list;
  TfErrorRow          *error_row;
  GtkBox              *details_box;
  AdwPreferencesGroup *deadlines_group;
  GtkListBox          *deadlines_list;
  AdwPreferencesGroup *indicators_group;
  GtkListBox          *indicators_list;
  AdwPreferencesGroup *interventions_group;
  GtkMenuButton       *add_intervention_button;
  GtkListBox          *interventions_list;
  GtkBox              *records_box;

  /* Construct properties */
  TfSession           *session;
  TfRegistry          *registry;
  TfArea              *area;
  gint64               case_id;

  GPtrArray           *details;         /* FormSection, single record forms */
  GPtrArray           *lists;           /* FormSection, other record forms */
  GPtrArray           *indicator_rows;  /* TfIndicatorRow, unowned */
  GHashTable          *records;         /* record id → TfRecord, as loaded */
  GArray              *staff_ids;       /* gint64, in the order given */
  GPtrArray           *staff_names;
  GHashTable          *staff;           /* staff id → name (in staff_names) */
  guint                reload_source;
};

G_DEFINE_FINAL_TYPE (TfAreaPage, tf_area_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_REGISTRY,
  PROP_AREA,
  PROP_CASE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
form_section_free (FormSection *section)
{
  g_clear_object (&section->form);
  g_free (section);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
row_new (const char *title,
         const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

/* A row that says the list is empty and what to do about it */
static GtkWidget *
empty_row_new (const char *title,
               const char *what_next)
{
  return row_new (title, what_next);
}

/* A row that opens the record in the editor */
static GtkWidget *
record_row_new (TfRecord   *record,
                const char *title,
                const char *subtitle,
                GtkWidget  *suffix)
{
  GtkWidget *row = row_new (title, subtitle);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  if (suffix != NULL)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", tf_record_get_id (record));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "area-page.edit-record");
  if (subtitle != NULL)
    _tf_accessible_set_description (row, subtitle);
  return row;
}

static void
show_error (TfAreaPage *self,
            const char *message)
{
  tf_error_row_set_message (self->error_row, message);
  gtk_widget_set_visible (self->error_list, message != NULL);
}

static char *
format_value (TfAreaPage   *self,
              TfForm       *form,
              TfFormValues *values,
              TfField      *field)
{
  return _tf_format_field_value (form, values, field, self->staff, self->session);
}

static char *
summarize (TfAreaPage   *self,
           TfForm       *form,
           TfFormValues *values)
{
  return _tf_summarize (form, values, self->staff, self->session);
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

/* Building the sections (once) */

static FormSection *
form_section_new (TfAreaPage *self,
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

static void
section_set_add (FormSection *section)
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

static void
build_sections (TfAreaPage *self)
{
  GListModel *forms = tf_area_get_forms (self->area);
  GListModel *indicators = tf_area_get_indicators (self->area);
  g_autoptr(GMenu) menu = g_menu_new ();
  guint n_forms = g_list_model_get_n_items (forms);
  guint n_indicators = g_list_model_get_n_items (indicators);
  guint n_interventions = 0;
  const char *organisation = tf_area_get_organisation (self->area);
  const char *icon = tf_area_get_icon_name (self->area);

  gtk_label_set_text (self->title_label, tf_area_get_title (self->area));
  gtk_label_set_text (self->organisation_label, organisation != NULL ? organisation : "");
  gtk_widget_set_visible (GTK_WIDGET (self->organisation_label), organisation != NULL && *organisation != '\0');
  gtk_image_set_from_icon_name (self->icon_image, icon);
  gtk_widget_set_visible (GTK_WIDGET (self->icon_image), icon != NULL && *icon != '\0');
  _tf_accessible_set_label (GTK_WIDGET (self), tf_area_get_title (self->area));

  for (guint i = 0; i < n_forms; i++)
    {
      g_autoptr(TfForm) form = g_list_model_get_item (forms, i);

      if (tf_form_get_category (form) == TF_FORM_INTERVENTION)
        {
          g_autoptr(GMenuItem) item = g_menu_item_new (tf_form_get_title (form), NULL);

          g_menu_item_set_action_and_target (item, "area-page.add-record", "s", tf_form_get_id (form));
          g_menu_append_item (menu, item);
          n_interventions++;
        }
      else
        {
          FormSection *section = form_section_new (self, form);

          if (tf_form_get_single (form))
            {
              g_ptr_array_add (self->details, section);
              gtk_box_append (self->details_box, GTK_WIDGET (section->group));
            }
          else
            {
              section_set_add (section);
              g_ptr_array_add (self->lists, section);
              gtk_box_append (self->records_box, GTK_WIDGET (section->group));
            }
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->details_box), self->details->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->records_box), self->lists->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->interventions_group), n_interventions > 0);
  gtk_menu_button_set_menu_model (self->add_intervention_button, G_MENU_MODEL (menu));

  for (guint i = 0; i < n_indicators; i++)
    {
      g_autoptr(TfIndicator) indicator = g_list_model_get_item (indicators, i);
      GtkWidget *row = tf_indicator_row_new (self->session, indicator, self->case_id);

      gtk_list_box_append (self->indicators_list, row);
      g_ptr_array_add (self->indicator_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->indicators_group), n_indicators > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->deadlines_group),
                          g_list_model_get_n_items (tf_area_get_deadline_rules (self->area)) > 0);
}

/* Filling them (on every reload) */

static void
fill_details (TfAreaPage  *self,
              FormSection *section,
              TfRecord    *latest)
{
  GListModel *fields = tf_form_get_fields (section->form);
  guint n = g_list_model_get_n_items (fields);

  clear_list (section->list);
  if (latest == NULL)
    {
      section_set_add (section);
      gtk_list_box_append (section->list,
                           empty_row_new (_("Nothing recorded yet"),
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
          row = row_new (label, value != NULL ? value : _("Not recorded"));
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
        }
      else
        {
          GtkWidget *value_label = gtk_label_new (value != NULL ? value : _("Not recorded"));

          row = row_new (label, NULL);
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
    GtkWidget *row = row_new (saved, NULL);

    gtk_widget_add_css_class (row, "dim-label");
    gtk_list_box_append (section->list, row);
  }
}

static void
fill_list (TfAreaPage  *self,
           FormSection *section,
           GPtrArray   *records)
{
  clear_list (section->list);
  if (records == NULL || records->len == 0)
    {
      gtk_list_box_append (section->list,
                           empty_row_new (_("None recorded yet"),
                                          _("Choose Add to record the first.")));
      return;
    }
  for (guint i = 0; i < records->len; i++)
    {
      TfRecord *record = g_ptr_array_index (records, i);
      g_autofree char *summary = summarize (self, section->form, tf_record_get_values (record));
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
      gtk_list_box_append (section->list, record_row_new (record, title, subtitle, NULL));
    }
}

static GtkWidget *
intervention_row_new (TfAreaPage *self,
                      TfRecord   *record)
{
  TfForm *form = tf_registry_find_form (self->registry, tf_record_get_form_id (record));
  g_autofree char *summary = form != NULL ? summarize (self, form, tf_record_get_values (record)) : g_strdup ("");
  const char *title = form != NULL ? tf_form_get_title (form) : tf_record_get_form_id (record);
  g_autofree char *starts = tf_format_date (tf_record_get_starts_on (record));
  g_autofree char *ends = tf_format_date (tf_record_get_ends_on (record));
  g_autofree char *period = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *planned = tf_format_money (tf_record_get_planned_cost (record));
  g_autofree char *actual = tf_format_money (tf_record_get_actual_cost (record));
  g_autofree char *planned_text = NULL;
  g_autofree char *actual_text = NULL;
  g_autofree char *description = NULL;
  GtkWidget *costs = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *planned_label, *actual_label;
  GtkWidget *row;

  if (*starts != '\0' && *ends != '\0')
    /* Translators: a period, "1. sep. 2025 – 31. dec. 2025" */
    period = g_strdup_printf (_("%s – %s"), starts, ends);
  else if (*starts != '\0')
    /* Translators: an open-ended period, "from 1. sep. 2025" */
    period = g_strdup_printf (_("from %s"), starts);
  else
    period = g_strdup ("");

  /* "Active · 1. sep. 2025 – 31. dec. 2025 · Lene Hansen · 4" */
  {
    GString *s = g_string_new (tf_intervention_status_label (tf_record_get_status (record)));

    if (*period != '\0')
      g_string_append_printf (s, " · %s", period);
    if (*summary != '\0')
      g_string_append_printf (s, " · %s", summary);
    subtitle = g_string_free (s, FALSE);
  }

  /* Translators: an intervention's planned cost, "Planned 12.000 kr." */
  planned_text = g_strdup_printf (_("Planned %s"), planned);
  /* Translators: an intervention's actual cost so far, "Spent 8.000 kr." */
  actual_text = g_strdup_printf (_("Spent %s"), actual);
  planned_label = gtk_label_new (planned_text);
  actual_label = gtk_label_new (actual_text);
  gtk_label_set_xalign (GTK_LABEL (planned_label), 1);
  gtk_label_set_xalign (GTK_LABEL (actual_label), 1);
  gtk_widget_add_css_class (planned_label, "caption");
  gtk_widget_add_css_class (actual_label, "caption");
  gtk_widget_add_css_class (planned_label, "dim-label");
  gtk_widget_add_css_class (planned_label, "numeric");
  gtk_widget_add_css_class (actual_label, "numeric");
  gtk_box_append (GTK_BOX (costs), planned_label);
  gtk_box_append (GTK_BOX (costs), actual_label);
  gtk_widget_set_valign (costs, GTK_ALIGN_CENTER);

  row = record_row_new (record, title, subtitle, costs);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

  description = g_strdup_printf ("%s. %s. %s", subtitle, planned_text, actual_text);
  _tf_accessible_set_description (row, description);
  return row;
}

static void
fill_interventions (TfAreaPage *self,
                    GPtrArray  *records)
{
  clear_list (self->interventions_list);
  if (records->len == 0)
    {
      gtk_list_box_append (self->interventions_list,
                           empty_row_new (_("No interventions yet"),
                                          _("Choose Add Intervention to start one from the catalogue.")));
      return;
    }
  for (guint i = 0; i < records->len; i++)
    gtk_list_box_append (self->interventions_list,
                         intervention_row_new (self, g_ptr_array_index (records, i)));
}

static void
fill_deadlines (TfAreaPage *self)
{
  g_autoptr(GListModel) deadlines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = tf_today_iso ();
  const char *area_id = tf_area_get_id (self->area);
  guint n, shown = 0;

  clear_list (self->deadlines_list);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->deadlines_group)))
    return;

  deadlines = tf_deadline_list_for_case (self->session, self->registry, self->case_id, &error);
  if (deadlines == NULL)
    {
      gtk_list_box_append (self->deadlines_list,
                           empty_row_new (_("The deadlines cannot be shown"), error->message));
      return;
    }
  n = g_list_model_get_n_items (deadlines);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfDeadline) deadline = g_list_model_get_item (deadlines, i);

      if (g_strcmp0 (tf_deadline_rule_get_area_id (tf_deadline_get_rule (deadline)), area_id) != 0)
        continue;
      gtk_list_box_append (self->deadlines_list, tf_deadline_row_new (deadline, today));
      shown++;
    }
  if (shown == 0)
    gtk_list_box_append (self->deadlines_list,
                         empty_row_new (_("No deadlines running"),
                                        _("A deadline starts when the record it counts from is saved.")));
}

static void
fill_indicators (TfAreaPage *self)
{
  for (guint i = 0; i < self->indicator_rows->len; i++)
    {
      TfIndicatorRow *row = g_ptr_array_index (self->indicator_rows, i);
      TfIndicator *indicator = tf_indicator_row_get_indicator (row);
      g_autoptr(GArray) points = NULL;
      g_autoptr(GError) error = NULL;

      points = tf_indicator_list_values (self->session, tf_indicator_get_id (indicator),
                                         self->case_id, &error);
      if (points == NULL)
        g_warning ("Cannot list the values of %s: %s", tf_indicator_get_id (indicator), error->message);
      tf_indicator_row_set_points (row, points);
    }
}

/**
 * tf_area_page_reload:
 *
 * Reads the case's records, deadlines and measurements for the area from
 * the store again. The page does this by itself when the store says they
 * changed.
 */
void
tf_area_page_reload (TfAreaPage *self)
{
  g_autoptr(GListModel) records = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) by_form = NULL;
  g_autoptr(GPtrArray) interventions = NULL;
  guint n;

  g_return_if_fail (TF_IS_AREA_PAGE (self));

  g_clear_handle_id (&self->reload_source, g_source_remove);

  records = tf_record_list_for_case (self->session, self->case_id,
                                     tf_area_get_id (self->area), NULL, &error);
  if (records == NULL)
    {
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);

  by_form = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  interventions = g_ptr_array_new_with_free_func (g_object_unref);
  g_hash_table_remove_all (self->records);
  n = g_list_model_get_n_items (records);
  for (guint i = 0; i < n; i++)
    {
      TfRecord *record = g_list_model_get_item (records, i);
      TfForm *form = tf_registry_find_form (self->registry, tf_record_get_form_id (record));
      gint64 *id = g_new (gint64, 1);

      *id = tf_record_get_id (record);
      g_hash_table_insert (self->records, id, g_object_ref (record));

      if (form != NULL && tf_form_get_category (form) == TF_FORM_INTERVENTION)
        g_ptr_array_add (interventions, record);
      else
        {
          /* newest first, as the store lists them */
          GPtrArray *list = g_hash_table_lookup (by_form, tf_record_get_form_id (record));

          if (list == NULL)
            {
              list = g_ptr_array_new_with_free_func (g_object_unref);
              g_hash_table_insert (by_form, (gpointer) tf_record_get_form_id (record), list);
            }
          g_ptr_array_add (list, record);
        }
    }

  for (guint i = 0; i < self->details->len; i++)
    {
      FormSection *section = g_ptr_array_index (self->details, i);
      GPtrArray *list = g_hash_table_lookup (by_form, tf_form_get_id (section->form));

      fill_details (self, section, list != NULL && list->len > 0 ? g_ptr_array_index (list, 0) : NULL);
    }
  for (guint i = 0; i < self->lists->len; i++)
    {
      FormSection *section = g_ptr_array_index (self->lists, i);

      fill_list (self, section, g_hash_table_lookup (by_form, tf_form_get_id (section->form)));
    }
  if (gtk_widget_get_visible (GTK_WIDGET (self->interventions_group)))
    fill_interventions (self, interventions);
  fill_deadlines (self);
  fill_indicators (self);
}

static gboolean
reload_idle_cb (gpointer data)
{
  TfAreaPage *self = TF_AREA_PAGE (data);

  self->reload_source = 0;
  tf_area_page_reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (TfStore    *store,
                     const char *entity,
                     gint64      id,
                     TfAreaPage *self)
{
  /* NULL: another desk wrote to the store, anything may have changed. A
   * young person's birth date starts deadlines; their id is not the case's,
   * so any change to a young person reloads (it is cheap). */
  if (entity != NULL
      && !((g_str_equal (entity, "record") || g_str_equal (entity, "indicator-value")
            || g_str_equal (entity, "case"))
           && id == self->case_id)
      && !g_str_equal (entity, "young-person"))
    return;
  /* Once, after the writes of this turn of the main loop: never while a
   * popover or editor that caused the change is still in its handler */
  if (self->reload_source == 0)
    self->reload_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reload_idle_cb, self, NULL);
}

/* Actions */

static void
on_editor_saved_cb (TfRecordEditor *editor,
                    TfRecord       *record,
                    TfAreaPage     *self)
{
  _tf_widget_show_toast (GTK_WIDGET (self), _("Saved"));
}

static void
open_editor (TfAreaPage *self,
             TfForm     *form,
             TfRecord   *record)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  TfRecordEditor *editor;
  editor = tf_record_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 self->session, form, self->case_id, record);
  if (self->staff_ids->len > 0)
    tf_record_editor_set_staff (editor, (const gint64 *) (gpointer) self->staff_ids->data,
                                (const char * const *) self->staff_names->pdata,
                                self->staff_ids->len);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_record_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TfAreaPage *self = TF_AREA_PAGE (widget);
  TfForm *form = tf_registry_find_form (self->registry, g_variant_get_string (parameter, NULL));

  g_return_if_fail (form != NULL);
  open_editor (self, form, NULL);
}

static void
edit_record_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TfAreaPage *self = TF_AREA_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  TfRecord *record = g_hash_table_lookup (self->records, &id);
  TfForm *form;

  if (record == NULL)
    return;
  form = tf_registry_find_form (self->registry, tf_record_get_form_id (record));
  if (form == NULL)
    {
      show_error (self, _("The form of this record is not available: its work area plugin may be switched off."));
      return;
    }
  open_editor (self, form, record);
}

/* GObject */

static void
tf_area_page_constructed (GObject *object)
{
  TfAreaPage *self = TF_AREA_PAGE (object);

  G_OBJECT_CLASS (tf_area_page_parent_class)->constructed (object);

  g_return_if_fail (TF_IS_SESSION (self->session));
  g_return_if_fail (TF_IS_REGISTRY (self->registry));
  g_return_if_fail (TF_IS_AREA (self->area));

  build_sections (self);
  g_signal_connect_object (tf_session_get_store (self->session), "changed",
                           G_CALLBACK (on_store_changed_cb), self, 0);
  tf_area_page_reload (self);
}

static void
tf_area_page_dispose (GObject *object)
{
  TfAreaPage *self = TF_AREA_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_AREA_PAGE);
  g_clear_pointer (&self->details, g_ptr_array_unref);
  g_clear_pointer (&self->lists, g_ptr_array_unref);
  g_clear_pointer (&self->indicator_rows, g_ptr_array_unref);
  g_clear_pointer (&self->records, g_hash_table_unref);

  G_OBJECT_CLASS (tf_area_page_parent_class)->dispose (object);
}

static void
tf_area_page_finalize (GObject *object)
{
  TfAreaPage *self = TF_AREA_PAGE (object);

  g_clear_object (&self->session);
  g_clear_object (&self->registry);
  g_clear_object (&self->area);
  g_clear_pointer (&self->staff, g_hash_table_unref);
  g_clear_pointer (&self->staff_ids, g_array_unref);
  g_clear_pointer (&self->staff_names, g_ptr_array_unref);

  G_OBJECT_CLASS (tf_area_page_parent_class)->finalize (object);
}

static void
tf_area_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TfAreaPage *self = TF_AREA_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_REGISTRY:
      g_value_set_object (value, self->registry);
      break;

    case PROP_AREA:
      g_value_set_object (value, self->area);
      break;

    case PROP_CASE_ID:
      g_value_set_int64 (value, self->case_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_area_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TfAreaPage *self = TF_AREA_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    case PROP_REGISTRY:
      self->registry = g_value_dup_object (value);
      break;

    case PROP_AREA:
      self->area = g_value_dup_object (value);
      break;

    case PROP_CASE_ID:
      self->case_id = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_area_page_class_init (TfAreaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tf_area_page_constructed;
  object_class->dispose = tf_area_page_dispose;
  object_class->finalize = tf_area_page_finalize;
  object_class->get_property = tf_area_page_get_property;
  object_class->set_property = tf_area_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGISTRY] =
    g_param_spec_object ("registry", NULL, NULL, TF_TYPE_REGISTRY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AREA] =
    g_param_spec_object ("area", NULL, NULL, TF_TYPE_AREA,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/gtk/tf-area-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, icon_image);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, organisation_label);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, error_list);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, error_row);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, details_box);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, deadlines_group);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, deadlines_list);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, indicators_group);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, indicators_list);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, interventions_group);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, add_intervention_button);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, interventions_list);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, records_box);

  gtk_widget_class_install_action (widget_class, "area-page.add-record", "s", add_record_action);
  gtk_widget_class_install_action (widget_class, "area-page.edit-record", "x", edit_record_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  g_type_ensure (TF_TYPE_ERROR_ROW);
}

static void
tf_area_page_init (TfAreaPage *self)
{
  self->details = g_ptr_array_new_with_free_func ((GDestroyNotify) form_section_free);
  self->lists = g_ptr_array_new_with_free_func ((GDestroyNotify) form_section_free);
  self->indicator_rows = g_ptr_array_new ();
  self->records = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->staff = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->staff_names = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * tf_area_page_new:
 * @session: who is at the desk
 * @registry: the enabled areas' forms (records name their form by id)
 * @area: the work area drawn
 * @case_id: the case shown
 *
 * Returns: (transfer floating): the page, for tf_case_window_add_page()
 */
TfAreaPage *
tf_area_page_new (TfSession  *session,
                  TfRegistry *registry,
                  TfArea     *area,
                  gint64      case_id)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (TF_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (TF_IS_AREA (area), NULL);
  g_return_val_if_fail (case_id > 0, NULL);

  return g_object_new (TF_TYPE_AREA_PAGE,
                       "session", session,
                       "registry", registry,
                       "area", area,
                       "case-id", case_id,
                       NULL);
}

/**
 * tf_area_page_get_area:
 *
 * Returns: (transfer none): the area drawn
 */
TfArea *
tf_area_page_get_area (TfAreaPage *self)
{
  g_return_val_if_fail (TF_IS_AREA_PAGE (self), NULL);
  return self->area;
}

gint64
tf_area_page_get_case_id (TfAreaPage *self)
{
  g_return_val_if_fail (TF_IS_AREA_PAGE (self), 0);
  return self->case_id;
}

/**
 * tf_area_page_set_staff:
 * @ids: (array length=n_staff): staff member ids
 * @names: (array length=n_staff): their names
 *
 * Names for staff fields, shown on the page and offered in its editors.
 */
void
tf_area_page_set_staff (TfAreaPage         *self,
                        const gint64       *ids,
                        const char * const *names,
                        guint               n_staff)
{
  g_return_if_fail (TF_IS_AREA_PAGE (self));
  g_return_if_fail (n_staff == 0 || (ids != NULL && names != NULL));

  g_hash_table_remove_all (self->staff);
  g_array_set_size (self->staff_ids, 0);
  g_ptr_array_set_size (self->staff_names, 0);
  for (guint i = 0; i < n_staff; i++)
    {
      char *name = g_strdup (names[i]);

      g_array_append_val (self->staff_ids, ids[i]);
      g_ptr_array_add (self->staff_names, name);
      g_hash_table_insert (self->staff, g_memdup2 (&ids[i], sizeof (gint64)), name);
    }
  tf_area_page_reload (self);
}
