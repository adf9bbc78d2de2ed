/* tf-threshold-row.c — one effect indicator's threshold on the figures' settings page
 *
 * What the row shows — the scale, the unit, the default — is the core's
 * (TfStatsIndicator), so it says what the figures count with. It saves as
 * soon as the value changes, like the page's other spin button: every
 * value it can hold is one the core accepts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-threshold-row.h"

struct _TfThresholdRow
{
  AdwActionRow      parent_instance;

  TfSession        *session;
  TfStatsIndicator *indicator;   /* as last read */
  gboolean          editable;
  /* Set while the row puts the stored value into its spin button, so that
   * doing so is not taken for the person changing it. */
  guint             loading;
  GtkSpinButton    *spin;
  GtkWidget        *unit;        /* NULL when the indicator has none */
  GtkWidget        *reset;
};

G_DEFINE_FINAL_TYPE (TfThresholdRow, tf_threshold_row, ADW_TYPE_ACTION_ROW)

enum { SIGNAL_SAVED, SIGNAL_FAILED, N_SIGNALS };
static guint signals[N_SIGNALS];

gboolean
tf_spin_button_is_typed_in (GtkSpinButton *spin)
{
  g_autofree char *shown = g_strdup_printf ("%0.*f", gtk_spin_button_get_digits (spin),
                                            gtk_spin_button_get_value (spin));

  return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), shown) != 0;
}

/* The unit after the spin button follows its value: "1 point", "2 points" */
static void
update_unit_label (TfThresholdRow *self)
{
  g_autofree char *unit = tf_stats_indicator_dup_unit_label (self->indicator, gtk_spin_button_get_value (self->spin));

  if (self->unit != NULL)
    gtk_label_set_text (GTK_LABEL (self->unit), unit != NULL ? unit : "");
}

static void
load (TfThresholdRow *self,
      gboolean        keep_typed)
{
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (self->spin);
  double value = tf_stats_indicator_get_threshold (self->indicator);
  double default_threshold = tf_stats_indicator_get_default_threshold (self->indicator);
  g_autofree char *default_text = tf_stats_indicator_format_change (self->indicator, default_threshold);
  /* TRANSLATORS: where an indicator comes from and its default threshold:
   * "School · by default 5 %", "Assessment domain · by default 3 points" */
  g_autofree char *subtitle = g_strdup_printf (_("%s · by default %s"), tf_stats_indicator_get_group (self->indicator),
                                               default_text);

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_widget_set_sensitive (self->reset, tf_stats_indicator_get_threshold_is_set (self->indicator));
  if (keep_typed && tf_spin_button_is_typed_in (self->spin))
    return;
  self->loading++;
  /* A threshold set elsewhere may lie outside the steps the row offers */
  gtk_adjustment_set_upper (adjustment, MAX (value, gtk_adjustment_get_upper (adjustment)));
  gtk_adjustment_set_lower (adjustment, MIN (value, gtk_adjustment_get_lower (adjustment)));
  gtk_spin_button_set_value (self->spin, value);
  self->loading--;
  update_unit_label (self);
}

static void
on_value_changed_cb (GtkSpinButton  *spin,
                     TfThresholdRow *self)
{
  g_autoptr(GError) error = NULL;

  if (self->loading > 0)
    return;
  update_unit_label (self);
  if (!self->editable)
    {
      /* Refused before the core is asked: show what is stored */
      load (self, FALSE);
      return;
    }
  if (!tf_stats_indicator_threshold_set (self->session, tf_stats_indicator_get_key (self->indicator),
                                         gtk_spin_button_get_value (spin), &error))
    g_signal_emit (self, signals[SIGNAL_FAILED], 0, error->message);
  else
    g_signal_emit (self, signals[SIGNAL_SAVED], 0);
}

static void
on_reset_cb (GtkButton      *button,
             TfThresholdRow *self)
{
  g_autoptr(GError) error = NULL;

  if (!self->editable)
    return;
  /* 0 removes the coordinator's own: back to the default */
  if (!tf_stats_indicator_threshold_set (self->session, tf_stats_indicator_get_key (self->indicator), 0, &error))
    {
      g_signal_emit (self, signals[SIGNAL_FAILED], 0, error->message);
      return;
    }
  /* The reset is the person's choice: it wins over text typed in the spin
   * button (setting the value writes the text anew) */
  self->loading++;
  gtk_spin_button_set_value (self->spin, tf_stats_indicator_get_default_threshold (self->indicator));
  self->loading--;
  update_unit_label (self);
  gtk_widget_set_sensitive (self->reset, FALSE);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0);
}

static void
tf_threshold_row_dispose (GObject *object)
{
  TfThresholdRow *self = TF_THRESHOLD_ROW (object);

  g_clear_object (&self->session);
  g_clear_object (&self->indicator);
  G_OBJECT_CLASS (tf_threshold_row_parent_class)->dispose (object);
}

static void
tf_threshold_row_class_init (TfThresholdRowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tf_threshold_row_dispose;

  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_FAILED] = g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
tf_threshold_row_init (TfThresholdRow *self)
{
}

GtkWidget *
tf_threshold_row_new (TfSession        *session,
                      TfStatsIndicator *indicator,
                      gboolean          editable,
                      GtkSizeGroup     *unit_group)
{
  TfThresholdRow *self;
  const char *key;
  const char *title;
  double range, step, default_threshold, upper, lower;
  guint digits;
  g_autofree char *unit = NULL;
  g_autofree char *one = NULL;
  g_autofree char *spin_label = NULL;
  g_autofree char *name = NULL;
  g_autofree char *reset_name = NULL;
  g_autofree char *reset_label = NULL;
  GtkWidget *unit_label;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (TF_IS_STATS_INDICATOR (indicator), NULL);
  g_return_val_if_fail (GTK_IS_SIZE_GROUP (unit_group), NULL);

  self = g_object_new (TF_TYPE_THRESHOLD_ROW, "use-markup", FALSE, NULL);
  self->session = g_object_ref (session);
  self->indicator = g_object_ref (indicator);
  self->editable = editable;
  key = tf_stats_indicator_get_key (indicator);
  title = tf_stats_indicator_get_title (indicator);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);

  /* Steps of a twentieth of the scale or so; the default must fit and show
   * as it is (0,3 on a 0–1 scale) */
  range = MAX (tf_stats_indicator_get_max (indicator) - tf_stats_indicator_get_min (indicator), 1);
  step = range <= 10 ? 0.5 : range <= 100 ? 1 : (double) (gint64) (range / 100);
  default_threshold = tf_stats_indicator_get_default_threshold (indicator);
  upper = MAX (range, default_threshold);
  lower = MIN (step, default_threshold);
  digits = step < 1 ? 1 : 0;
  for (double scale = digits == 0 ? 1 : 10; digits < 2; digits++, scale *= 10)
    {
      double scaled = default_threshold * scale;

      if (ABS (scaled - (double) (gint64) (scaled + 0.5)) < 1e-9)
        break;
    }
  self->spin = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (lower, upper, step));
  name = g_strconcat ("threshold:", key, NULL);
  gtk_widget_set_name (GTK_WIDGET (self->spin), name);
  gtk_spin_button_set_digits (self->spin, digits);
  gtk_spin_button_set_numeric (self->spin, TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->spin), GTK_ALIGN_CENTER);
  gtk_widget_set_sensitive (GTK_WIDGET (self->spin), editable);
  /* The unit in the accessible name is the plural one: it names the spin
   * button's unit, not a value */
  unit = tf_stats_indicator_dup_unit_label (indicator, 2);
  if (unit != NULL)
    /* TRANSLATORS: a threshold spin button's name: "Threshold for School, in points", "…, in %" */
    spin_label = g_strdup_printf (_("Threshold for %s, in %s"), title, unit);
  else
    spin_label = g_strdup_printf (_("Threshold for %s"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin), GTK_ACCESSIBLE_PROPERTY_LABEL, spin_label, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), GTK_WIDGET (self->spin));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self), GTK_WIDGET (self->spin));

  /* Every row has the unit's place, as wide as its widest form ("points") */
  one = tf_stats_indicator_dup_unit_label (indicator, 1);
  unit_label = gtk_label_new (unit);
  if (unit != NULL)
    {
      g_autofree char *unit_name = g_strconcat ("unit:", key, NULL);

      self->unit = unit_label;
      gtk_label_set_width_chars (GTK_LABEL (unit_label), MAX (g_utf8_strlen (unit, -1), g_utf8_strlen (one, -1)));
      gtk_widget_set_name (unit_label, unit_name);
    }
  gtk_label_set_xalign (GTK_LABEL (unit_label), 0);
  gtk_widget_add_css_class (unit_label, "dim-label");
  gtk_size_group_add_widget (unit_group, unit_label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), unit_label);

  self->reset = gtk_button_new_from_icon_name ("edit-undo-symbolic");
  reset_name = g_strconcat ("reset-", key, NULL);
  reset_label = g_strdup_printf (_("Reset the threshold for %s to the default"), title);
  gtk_widget_set_name (self->reset, reset_name);
  gtk_widget_set_valign (self->reset, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->reset, _("Reset to the default"));
  gtk_widget_add_css_class (self->reset, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->reset), GTK_ACCESSIBLE_PROPERTY_LABEL, reset_label, -1);
  gtk_widget_set_visible (self->reset, editable);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), self->reset);

  load (self, FALSE);
  g_signal_connect_object (self->spin, "value-changed", G_CALLBACK (on_value_changed_cb), self, 0);
  g_signal_connect_object (self->reset, "clicked", G_CALLBACK (on_reset_cb), self, 0);
  return GTK_WIDGET (self);
}

TfStatsIndicator *
tf_threshold_row_get_indicator (TfThresholdRow *self)
{
  g_return_val_if_fail (TF_IS_THRESHOLD_ROW (self), NULL);
  return self->indicator;
}

void
tf_threshold_row_set_indicator (TfThresholdRow   *self,
                                TfStatsIndicator *indicator,
                                gboolean          keep_typed)
{
  g_return_if_fail (TF_IS_THRESHOLD_ROW (self));
  g_return_if_fail (TF_IS_STATS_INDICATOR (indicator));
  g_return_if_fail (g_str_equal (tf_stats_indicator_get_key (indicator), tf_stats_indicator_get_key (self->indicator)));

  g_set_object (&self->indicator, indicator);
  load (self, keep_typed);
}
