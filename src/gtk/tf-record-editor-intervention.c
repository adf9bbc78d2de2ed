/* tf-record-editor-intervention.c — the record editor's rows for an intervention
 *
 * Status, period and costs: filled from the record, read back into it (text
 * that is no date or amount becomes a message), and each row's message shown
 * under it and cleared as soon as the row is edited.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-error-row.h"
#include "tf-gtk-util-private.h"
#include "tf-record-editor-private.h"

typedef struct
{
  const char *field;
  gsize       row_offset;
  gsize       error_offset;
} InterventionField;

#define ROW(member) G_STRUCT_OFFSET (TfRecordEditor, member)

static const InterventionField intervention_fields[] = {
  { "status", ROW (status_row), ROW (status_error) },
  { "starts-on", ROW (starts_on_row), ROW (starts_on_error) },
  { "ends-on", ROW (ends_on_row), ROW (ends_on_error) },
  { "planned-cost", ROW (planned_cost_row), ROW (planned_cost_error) },
  { "actual-cost", ROW (actual_cost_row), ROW (actual_cost_error) },
};

#define MEMBER(self, offset) (G_STRUCT_MEMBER (gpointer, (self), (offset)))

gboolean
_tf_record_editor_is_intervention_field (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (intervention_fields); i++)
    if (g_str_equal (intervention_fields[i].field, key))
      return TRUE;
  return FALSE;
}

static void
set_intervention_error (TfRecordEditor          *self,
                        const InterventionField *f,
                        const char              *message)
{
  GtkWidget *row = MEMBER (self, f->row_offset);
  TfErrorRow *error_row = MEMBER (self, f->error_offset);

  tf_error_row_set_message (error_row, message);
  if (message != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      _tf_accessible_set_description (row, message);
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
      _tf_accessible_set_description (row, NULL);
    }
}

static void
clear_intervention_error (TfRecordEditor *self,
                          const char     *field)
{
  if (self->filling)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (intervention_fields); i++)
    if (g_str_equal (intervention_fields[i].field, field))
      set_intervention_error (self, &intervention_fields[i], NULL);
}

static void
on_status_row_selected_cb (AdwComboRow    *row,
                           GParamSpec     *pspec,
                           TfRecordEditor *self)
{
  clear_intervention_error (self, "status");
}

static void
on_starts_on_row_changed_cb (GtkEditable    *editable,
                             TfRecordEditor *self)
{
  clear_intervention_error (self, "starts-on");
}

static void
on_ends_on_row_changed_cb (GtkEditable    *editable,
                           TfRecordEditor *self)
{
  clear_intervention_error (self, "ends-on");
}

static void
on_planned_cost_row_changed_cb (GtkEditable    *editable,
                                TfRecordEditor *self)
{
  clear_intervention_error (self, "planned-cost");
}

static void
on_actual_cost_row_changed_cb (GtkEditable    *editable,
                               TfRecordEditor *self)
{
  clear_intervention_error (self, "actual-cost");
}

static void
set_cost_text (AdwEntryRow *row,
               gint64       ore)
{
  g_autofree char *text = ore != 0 ? _tf_kroner_to_entry_text (ore) : g_strdup ("");

  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* The intervention's rows as the record has them, without messages. */
void
_tf_record_editor_fill_intervention (TfRecordEditor *self)
{
  g_autofree char *starts = _tf_date_to_entry_text (tf_record_get_starts_on (self->record));
  g_autofree char *ends = _tf_date_to_entry_text (tf_record_get_ends_on (self->record));

  adw_combo_row_set_selected (self->status_row, tf_record_get_status (self->record));
  gtk_editable_set_text (GTK_EDITABLE (self->starts_on_row), starts);
  gtk_editable_set_text (GTK_EDITABLE (self->ends_on_row), ends);
  set_cost_text (self->planned_cost_row, tf_record_get_planned_cost (self->record));
  set_cost_text (self->actual_cost_row, tf_record_get_actual_cost (self->record));
  for (guint i = 0; i < G_N_ELEMENTS (intervention_fields); i++)
    set_intervention_error (self, &intervention_fields[i], NULL);
}

/* Reading the intervention's fields; complaints about unreadable text go
 * into @errors. */
void
_tf_record_editor_read_intervention (TfRecordEditor *self,
                                     GHashTable     *errors)
{
  g_autofree char *starts = NULL;
  g_autofree char *ends = NULL;
  g_autoptr(GError) error = NULL;
  guint status = adw_combo_row_get_selected (self->status_row);
  gint64 ore = 0;
  gboolean blank = FALSE;

  if (status < TF_N_INTERVENTION_STATUSES)
    tf_record_set_status (self->record, status);

  if (_tf_date_from_entry_text (gtk_editable_get_text (GTK_EDITABLE (self->starts_on_row)), &starts, &error))
    tf_record_set_starts_on (self->record, starts);
  else
    g_hash_table_insert (errors, g_strdup ("starts-on"), g_strdup (error->message));
  g_clear_error (&error);

  if (_tf_date_from_entry_text (gtk_editable_get_text (GTK_EDITABLE (self->ends_on_row)), &ends, &error))
    tf_record_set_ends_on (self->record, ends);
  else
    g_hash_table_insert (errors, g_strdup ("ends-on"), g_strdup (error->message));

  if (_tf_kroner_from_entry_text (gtk_editable_get_text (GTK_EDITABLE (self->planned_cost_row)), &ore, &blank) || blank)
    tf_record_set_planned_cost (self->record, blank ? 0 : ore);
  else
    g_hash_table_insert (errors, g_strdup ("planned-cost"),
                         g_strdup (_("Write an amount in kroner, for example 12.500 or 12.500,50.")));

  ore = 0;
  if (_tf_kroner_from_entry_text (gtk_editable_get_text (GTK_EDITABLE (self->actual_cost_row)), &ore, &blank) || blank)
    tf_record_set_actual_cost (self->record, blank ? 0 : ore);
  else
    g_hash_table_insert (errors, g_strdup ("actual-cost"),
                         g_strdup (_("Write an amount in kroner, for example 12.500 or 12.500,50.")));
}

/* Shows @errors' messages under the intervention's rows and clears the
 * others. Returns the first row with a message, to focus, or NULL. */
GtkWidget *
_tf_record_editor_show_intervention_errors (TfRecordEditor *self,
                                            GHashTable     *errors)
{
  GtkWidget *focus = NULL;

  for (gint i = G_N_ELEMENTS (intervention_fields) - 1; i >= 0; i--)
    {
      const char *message = g_hash_table_lookup (errors, intervention_fields[i].field);

      set_intervention_error (self, &intervention_fields[i], message);
      if (message != NULL)
        focus = MEMBER (self, intervention_fields[i].row_offset);
    }
  return focus;
}

/* The template's handlers for the intervention's rows keep their names here. */
void
_tf_record_editor_bind_intervention_callbacks (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_status_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_starts_on_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_ends_on_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_planned_cost_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_actual_cost_row_changed_cb);
}
