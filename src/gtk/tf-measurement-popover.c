/* tf-measurement-popover.c — add one measurement of an indicator
 *
 * Date (today unless changed), value with a decimal comma, an optional note;
 * what the core refuses (a value outside the indicator's range, a date in
 * the future) is said right in the popover.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "tf-error-row.h"
#include "tf-gtk-util-private.h"
#include "tf-measurement-popover.h"

struct _TfMeasurementPopover
{
  GtkPopover   parent_instance;

  /* Template widgets */
  GtkLabel    *heading_label;
  AdwEntryRow *date_row;
  AdwEntryRow *value_row;
  AdwEntryRow *note_row;
  GtkLabel    *unit_label;
  TfErrorRow  *error_row;

  TfSession   *session;
  TfIndicator *indicator;
  gint64       case_id;
  char        *hint;        /* "From 0,0 % to 100,0 %" */
};

G_DEFINE_FINAL_TYPE (TfMeasurementPopover, tf_measurement_popover, GTK_TYPE_POPOVER)

enum {
  SIGNAL_ADDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (TfMeasurementPopover *self,
            AdwEntryRow          *row,
            const char           *message)
{
  tf_error_row_set_message (self->error_row, message);
  gtk_widget_remove_css_class (GTK_WIDGET (self->date_row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->value_row), "error");
  _tf_accessible_set_description (GTK_WIDGET (self->date_row), NULL);
  _tf_accessible_set_description (GTK_WIDGET (self->value_row), self->hint);
  if (row != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      _tf_accessible_set_description (GTK_WIDGET (row), message);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static void
on_date_row_changed_cb (GtkEditable          *editable,
                        TfMeasurementPopover *self)
{
  if (gtk_widget_has_css_class (GTK_WIDGET (self->date_row), "error"))
    show_error (self, NULL, NULL);
}

static void
on_value_row_changed_cb (GtkEditable          *editable,
                         TfMeasurementPopover *self)
{
  if (gtk_widget_has_css_class (GTK_WIDGET (self->value_row), "error"))
    show_error (self, NULL, NULL);
}

static void
set_today_if_empty (TfMeasurementPopover *self)
{
  if (*gtk_editable_get_text (GTK_EDITABLE (self->date_row)) == '\0')
    {
      g_autofree char *today = tf_today_iso ();
      g_autofree char *text = _tf_date_to_entry_text (today);

      gtk_editable_set_text (GTK_EDITABLE (self->date_row), text);
    }
}

static void
on_popover_show_cb (GtkPopover           *popover,
                    TfMeasurementPopover *self)
{
  set_today_if_empty (self);
  show_error (self, NULL, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->value_row));
}

/**
 * tf_measurement_popover_add:
 *
 * Reads the date and value and stores them; says what is wrong otherwise.
 *
 * Returns: %TRUE when the measurement was stored
 */
gboolean
tf_measurement_popover_add (TfMeasurementPopover *self)
{
  g_autofree char *iso = NULL;
  g_autofree char *note = NULL;
  g_autoptr(GError) error = NULL;
  double value = 0;
  gboolean blank = FALSE;

  g_return_val_if_fail (TF_IS_MEASUREMENT_POPOVER (self), FALSE);

  if (!_tf_date_from_entry_text (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &iso, &error))
    {
      show_error (self, self->date_row, error->message);
      return FALSE;
    }
  if (iso == NULL)
    {
      show_error (self, self->date_row, _("Enter the date of the measurement."));
      return FALSE;
    }
  if (!_tf_number_from_entry_text (gtk_editable_get_text (GTK_EDITABLE (self->value_row)), &value, &blank))
    {
      show_error (self, self->value_row,
                  blank ? _("Enter the value measured.") : _("Write a number, for example 12 or 12,5."));
      return FALSE;
    }

  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row))));
  if (!tf_indicator_add_value (self->session, self->indicator, self->case_id, iso, value,
                               *note != '\0' ? note : NULL, &error))
    {
      /* The core's message names the rule: the range or the date */
      show_error (self, g_error_matches (error, TF_ERROR, TF_ERROR_INVALID) ? self->value_row : NULL,
                  error->message);
      return FALSE;
    }

  show_error (self, NULL, NULL);
  gtk_editable_set_text (GTK_EDITABLE (self->value_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[SIGNAL_ADDED], 0);
  return TRUE;
}

static void
on_add_button_clicked_cb (GtkButton            *button,
                          TfMeasurementPopover *self)
{
  tf_measurement_popover_add (self);
}

static void
label_entry_row (AdwEntryRow *row)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));

  /* the row names itself by its title; the text inside needs the name too */
  if (delegate != NULL)
    _tf_accessible_set_label (GTK_WIDGET (delegate), title);
}

static void
tf_measurement_popover_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TF_TYPE_MEASUREMENT_POPOVER);

  G_OBJECT_CLASS (tf_measurement_popover_parent_class)->dispose (object);
}

static void
tf_measurement_popover_finalize (GObject *object)
{
  TfMeasurementPopover *self = TF_MEASUREMENT_POPOVER (object);

  g_clear_object (&self->session);
  g_clear_object (&self->indicator);
  g_clear_pointer (&self->hint, g_free);

  G_OBJECT_CLASS (tf_measurement_popover_parent_class)->finalize (object);
}

static void
tf_measurement_popover_class_init (TfMeasurementPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_measurement_popover_dispose;
  object_class->finalize = tf_measurement_popover_finalize;

  /**
   * TfMeasurementPopover::added:
   *
   * A measurement was stored (the popover has closed).
   */
  signals[SIGNAL_ADDED] =
    g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/gtk/tf-measurement-popover.ui");
  gtk_widget_class_bind_template_child (widget_class, TfMeasurementPopover, heading_label);
  gtk_widget_class_bind_template_child (widget_class, TfMeasurementPopover, date_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeasurementPopover, value_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeasurementPopover, note_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeasurementPopover, unit_label);
  gtk_widget_class_bind_template_child (widget_class, TfMeasurementPopover, error_row);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_date_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_value_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_button_clicked_cb);

  g_type_ensure (TF_TYPE_ERROR_ROW);
}

static void
tf_measurement_popover_init (TfMeasurementPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  label_entry_row (self->date_row);
  label_entry_row (self->value_row);
  label_entry_row (self->note_row);
  _tf_entry_row_add_calendar (self->date_row, _("Measured on"));
  set_today_if_empty (self);
}

GtkWidget *
tf_measurement_popover_new (TfSession   *session,
                            TfIndicator *indicator,
                            gint64       case_id)
{
  TfMeasurementPopover *self;
  const char *unit;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (TF_IS_INDICATOR (indicator), NULL);

  self = g_object_new (TF_TYPE_MEASUREMENT_POPOVER, NULL);
  self->session = g_object_ref (session);
  self->indicator = g_object_ref (indicator);
  self->case_id = case_id;

  /* Translators: %s is the indicator, e.g. "Absence" */
  heading = g_strdup_printf (_("Add a Measurement of %s"), tf_indicator_get_title (indicator));
  gtk_label_set_text (self->heading_label, heading);
  _tf_accessible_set_label (GTK_WIDGET (self), heading);

  unit = tf_indicator_get_unit (indicator);
  gtk_label_set_text (self->unit_label, unit != NULL ? unit : "");
  gtk_widget_set_visible (GTK_WIDGET (self->unit_label), unit != NULL && *unit != '\0');
  if (tf_indicator_get_max (indicator) > tf_indicator_get_min (indicator))
    {
      g_autofree char *low = tf_indicator_format_value (indicator, tf_indicator_get_min (indicator));
      g_autofree char *high = tf_indicator_format_value (indicator, tf_indicator_get_max (indicator));
      /* Translators: "From 0,0 % to 100,0 %" */
      self->hint = g_strdup_printf (_("From %s to %s"), low, high);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->value_row), self->hint);
      _tf_accessible_set_description (GTK_WIDGET (self->value_row), self->hint);
    }
  return GTK_WIDGET (self);
}
