/* tf-area-page-rows.c — the rows the area page's lists are made of
 *
 * Plain rows, rows that say a list is empty and what to do next, rows that
 * open a record in the editor, and an intervention's row with its status,
 * period and costs. Each is built afresh on every reload.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-area-page-private.h"
#include "tf-gtk-util-private.h"

void
_tf_area_page_clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

GtkWidget *
_tf_area_page_row_new (const char *title,
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
GtkWidget *
_tf_area_page_empty_row_new (const char *title,
                             const char *what_next)
{
  return _tf_area_page_row_new (title, what_next);
}

/* A row that opens the record in the editor */
GtkWidget *
_tf_area_page_record_row_new (TfRecord   *record,
                              const char *title,
                              const char *subtitle,
                              GtkWidget  *suffix)
{
  GtkWidget *row = _tf_area_page_row_new (title, subtitle);
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

char *
_tf_area_page_summarize (TfAreaPage   *self,
                         TfForm       *form,
                         TfFormValues *values)
{
  return _tf_summarize (form, values, self->staff, self->session);
}

GtkWidget *
_tf_area_page_intervention_row_new (TfAreaPage *self,
                                    TfRecord   *record)
{
  TfForm *form = tf_registry_find_form (self->registry, tf_record_get_form_id (record));
  g_autofree char *summary = form != NULL ? _tf_area_page_summarize (self, form, tf_record_get_values (record))
                                          : g_strdup ("");
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

  row = _tf_area_page_record_row_new (record, title, subtitle, costs);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 2);

  description = g_strdup_printf ("%s. %s. %s", subtitle, planned_text, actual_text);
  _tf_accessible_set_description (row, description);
  return row;
}
