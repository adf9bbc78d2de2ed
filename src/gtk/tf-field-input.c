/* tf-field-input.c — one field of a TfFormView: its row, its value, its complaint
 *
 * The rows per field type, filling them from values and reading them back,
 * and the row under each field that says what to fix. TfFormView keeps one
 * TfFieldInput per field of its form.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "tf-field-input.h"
#include "tf-gtk-util-private.h"

void
_tf_field_input_free (TfFieldInput *input)
{
  g_clear_object (&input->field);
  g_clear_pointer (&input->hint, g_free);
  g_clear_pointer (&input->choice_ids, g_ptr_array_unref);
  g_clear_pointer (&input->staff_ids, g_array_unref);
  g_free (input);
}

/* Errors */

void
_tf_field_input_set_error (TfFieldInput *input,
                           const char   *message)
{
  tf_error_row_set_message (input->error_row, message);
  if (message != NULL)
    {
      gtk_widget_add_css_class (input->row, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (input->input),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      _tf_accessible_set_description (input->input, message);
    }
  else
    {
      gtk_widget_remove_css_class (input->row, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (input->input), GTK_ACCESSIBLE_STATE_INVALID);
      _tf_accessible_set_description (input->input, input->hint);
    }
}

/* A person changed something: the old complaint no longer applies. */
static void
field_input_changed (TfFieldInput *input)
{
  if (_tf_form_view_is_filling (input->view) || input->syncing)
    return;
  if (tf_error_row_get_message (input->error_row) != NULL)
    _tf_field_input_set_error (input, NULL);
  _tf_form_view_emit_changed (input->view);
}

static void
on_editable_changed_cb (GtkEditable *editable,
                        TfFieldInput  *input)
{
  field_input_changed (input);
}

static void
on_buffer_changed_cb (GtkTextBuffer *buffer,
                      TfFieldInput    *input)
{
  field_input_changed (input);
}

static void
on_switch_active_cb (GtkSwitch  *sw,
                     GParamSpec *pspec,
                     TfFieldInput *input)
{
  field_input_changed (input);
}

static void
on_combo_selected_cb (AdwComboRow *row,
                      GParamSpec  *pspec,
                      TfFieldInput  *input)
{
  field_input_changed (input);
}

/* Scale */

static void
scale_update_label (TfFieldInput *input)
{
  g_autofree char *text = NULL;

  if (input->scale_set)
    text = g_strdup_printf (_("%d / 10"), (int) lround (gtk_range_get_value (GTK_RANGE (input->input))));
  else
    text = g_strdup (_("Not set"));
  gtk_label_set_text (GTK_LABEL (input->value_label), text);
  /* a faded slider until someone chooses: its place at the start is no value */
  if (input->scale_set)
    gtk_widget_remove_css_class (input->input, "dim-label");
  else
    gtk_widget_add_css_class (input->input, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (input->input),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  -1);
}

static gboolean
on_scale_change_value_cb (GtkRange      *range,
                          GtkScrollType  scroll,
                          double         value,
                          TfFieldInput    *input)
{
  /* Also a click on the value it already shows counts as choosing it. */
  if (!input->syncing && !_tf_form_view_is_filling (input->view) && !input->scale_set)
    {
      input->scale_set = TRUE;
      scale_update_label (input);
      field_input_changed (input);
    }
  return FALSE;
}

static void
on_scale_value_changed_cb (GtkRange   *range,
                           TfFieldInput *input)
{
  if (!input->syncing && !_tf_form_view_is_filling (input->view))
    input->scale_set = TRUE;
  scale_update_label (input);
  field_input_changed (input);
}

/* Building the rows */

static GtkWidget *
required_label_new (void)
{
  GtkWidget *label = gtk_label_new (_("Required"));

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  /* The input says it is required; reading the word again adds nothing. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  return label;
}

/* "Required · help" for rows with a subtitle */
static char *
subtitle_for (TfField *field,
              gboolean mark_required)
{
  const char *help = tf_field_get_help (field);
  gboolean required = mark_required && tf_field_get_required (field);

  if (required && help != NULL && *help != '\0')
    return g_strdup_printf (_("Required · %s"), help);
  if (required)
    return g_strdup (_("Required"));
  return g_strdup (help);
}

/* Names the input after its field (rows name themselves by their title),
 * with the help as its description and whether it is required. */
static void
label_input (TfFieldInput *input,
             GtkWidget  *widget)
{
  const char *label = tf_field_get_label (input->field);

  if (!ADW_IS_ACTION_ROW (widget) && !ADW_IS_ENTRY_ROW (widget))
    _tf_accessible_set_label (widget, label);
  if (input->hint != NULL)
    _tf_accessible_set_description (widget, input->hint);
  if (tf_field_get_required (input->field))
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_REQUIRED, TRUE,
                                    -1);
}

static char *
format_bound (TfField *field,
              double   bound)
{
  if (tf_field_get_field_type (field) == TF_FIELD_MONEY)
    return tf_format_money ((gint64) llround (bound * 100));
  return _tf_number_to_entry_text (bound);
}

/* What an entry row's tooltip says: the help, and how to write the value */
static char *
entry_hint (TfField *field)
{
  const char *help = tf_field_get_help (field);
  g_autofree char *how = NULL;
  double min = 0, max = 0;
  gboolean has_min = tf_field_get_min (field, &min);
  gboolean has_max = tf_field_get_max (field, &max);

  switch (tf_field_get_field_type (field))
    {
    case TF_FIELD_DATE:
      how = g_strdup (_("Day, month and year, for example 3.12.2025"));
      break;

    case TF_FIELD_NUMBER:
    case TF_FIELD_MONEY:
      {
        g_autofree char *low = has_min ? format_bound (field, min) : NULL;
        g_autofree char *high = has_max ? format_bound (field, max) : NULL;

        if (has_min && has_max)
          /* Translators: the range a number field accepts, "From 1 to 20" */
          how = g_strdup_printf (_("From %s to %s"), low, high);
        else if (has_min)
          how = g_strdup_printf (_("At least %s"), low);
        else if (has_max)
          how = g_strdup_printf (_("At most %s"), high);
        break;
      }

    default:
      break;
    }

  if (help != NULL && *help != '\0' && how != NULL)
    return g_strdup_printf ("%s\n%s", help, how);
  if (how != NULL)
    return g_steal_pointer (&how);
  return g_strdup (help != NULL && *help != '\0' ? help : NULL);
}

static void
build_entry_row (TfFieldInput *input)
{
  TfField *field = input->field;
  GtkWidget *row = adw_entry_row_new ();
  GtkEditable *delegate;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tf_field_get_label (field));
  g_free (input->hint);
  input->hint = entry_hint (field);
  if (input->hint != NULL)
    gtk_widget_set_tooltip_text (row, input->hint);

  switch (input->type)
    {
    case TF_FIELD_DATE:
      if (tf_field_get_required (field))
        adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), required_label_new ());
      _tf_entry_row_add_calendar (ADW_ENTRY_ROW (row), tf_field_get_label (field));
      break;

    case TF_FIELD_MONEY:
      {
        GtkWidget *unit = gtk_label_new (_("kr."));

        gtk_widget_add_css_class (unit, "dim-label");
        adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_NUMBER);
        if (tf_field_get_required (field))
          adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), required_label_new ());
        adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), unit);
        break;
      }

    case TF_FIELD_NUMBER:
      adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_NUMBER);
      G_GNUC_FALLTHROUGH;
    case TF_FIELD_TEXT:
    default:
      if (tf_field_get_required (field))
        adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), required_label_new ());
      break;
    }

  input->row = row;
  input->input = row;
  label_input (input, row);
  delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));
  if (delegate != NULL)
    label_input (input, GTK_WIDGET (delegate));
  g_signal_connect (row, "changed", G_CALLBACK (on_editable_changed_cb), input);
}

static void
build_long_text_row (TfFieldInput *input)
{
  TfField *field = input->field;
  const char *help = tf_field_get_help (field);
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (tf_field_get_label (field));
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *view = gtk_text_view_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tf_field_get_label (field));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 12);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (heading), title);
  if (tf_field_get_required (field))
    gtk_box_append (GTK_BOX (heading), required_label_new ());
  gtk_box_append (GTK_BOX (box), heading);

  if (help != NULL && *help != '\0')
    {
      GtkWidget *help_label = gtk_label_new (help);

      gtk_label_set_xalign (GTK_LABEL (help_label), 0);
      gtk_label_set_wrap (GTK_LABEL (help_label), TRUE);
      gtk_widget_add_css_class (help_label, "dim-label");
      gtk_widget_add_css_class (help_label, "caption");
      gtk_box_append (GTK_BOX (box), help_label);
    }

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 8);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 8);
  gtk_widget_set_size_request (view, -1, 96);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  gtk_box_append (GTK_BOX (box), frame);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  input->row = row;
  input->input = view;
  _tf_accessible_set_label (row, tf_field_get_label (field));
  label_input (input, view);
  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "changed",
                    G_CALLBACK (on_buffer_changed_cb), input);
}

static void
build_boolean_row (TfFieldInput *input)
{
  TfField *field = input->field;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *sw = gtk_switch_new ();
  g_autofree char *subtitle = subtitle_for (field, FALSE);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tf_field_get_label (field));
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (sw, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), sw);

  input->row = row;
  input->input = sw;
  label_input (input, sw);
  g_signal_connect (sw, "notify::active", G_CALLBACK (on_switch_active_cb), input);
}

static void
build_combo_row (TfFieldInput *input)
{
  TfField *field = input->field;
  GtkWidget *row = adw_combo_row_new ();
  g_autofree char *subtitle = subtitle_for (field, TRUE);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tf_field_get_label (field));
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  input->row = row;
  input->input = row;
  if (input->type == TF_FIELD_CHOICE)
    input->choice_ids = g_ptr_array_new_with_free_func (g_free);
  else
    input->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  label_input (input, row);
  g_signal_connect (row, "notify::selected", G_CALLBACK (on_combo_selected_cb), input);
}

static void
build_scale_row (TfFieldInput *input)
{
  TfField *field = input->field;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *scale;
  g_autofree char *subtitle = subtitle_for (field, TRUE);
  double low = 0, high = 10;

  if (tf_field_get_min (field, &low))
    low = CLAMP (round (low), 0, 10);
  if (tf_field_get_max (field, &high))
    high = CLAMP (round (high), low, 10);
  if (high <= low)
    high = low + 1;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tf_field_get_label (field));
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, low, high, 1);
  gtk_scale_set_draw_value (GTK_SCALE (scale), FALSE);
  gtk_scale_set_digits (GTK_SCALE (scale), 0);
  gtk_range_set_round_digits (GTK_RANGE (scale), 0);
  for (int i = (int) low; i <= (int) high; i++)
    gtk_scale_add_mark (GTK_SCALE (scale), i, GTK_POS_BOTTOM, NULL);
  gtk_widget_set_size_request (scale, 200, -1);
  gtk_widget_set_valign (scale, GTK_ALIGN_CENTER);

  input->value_label = gtk_label_new (NULL);
  gtk_label_set_width_chars (GTK_LABEL (input->value_label), 7);
  gtk_label_set_xalign (GTK_LABEL (input->value_label), 1);
  gtk_widget_add_css_class (input->value_label, "numeric");
  /* The slider reports its value itself */
  gtk_accessible_update_state (GTK_ACCESSIBLE (input->value_label),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);

  gtk_box_append (GTK_BOX (box), scale);
  gtk_box_append (GTK_BOX (box), input->value_label);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);

  input->row = row;
  input->input = scale;
  label_input (input, scale);
  g_signal_connect (scale, "change-value", G_CALLBACK (on_scale_change_value_cb), input);
  g_signal_connect (scale, "value-changed", G_CALLBACK (on_scale_value_changed_cb), input);
  scale_update_label (input);
}

/* Values into widgets */

static void
fill_choice (TfFieldInput *input,
             GVariant   *value)
{
  const char * const *ids = tf_field_get_choice_ids (input->field);
  const char *current = value != NULL && g_variant_is_of_type (value, G_VARIANT_TYPE_STRING)
                        ? g_variant_get_string (value, NULL) : NULL;
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  guint selected = 0;

  g_ptr_array_set_size (input->choice_ids, 0);
  /* "Not chosen" when the field may stay empty, or is empty still: never
   * pick the first choice on somebody's behalf. */
  if (!tf_field_get_required (input->field) || current == NULL)
    {
      gtk_string_list_append (items, _("Not chosen"));
      g_ptr_array_add (input->choice_ids, NULL);
    }
  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      if (g_strcmp0 (ids[i], current) == 0)
        selected = input->choice_ids->len;
      gtk_string_list_append (items, tf_field_get_choice_label (input->field, ids[i]));
      g_ptr_array_add (input->choice_ids, g_strdup (ids[i]));
    }
  if (current != NULL && !tf_field_get_choice_label (input->field, current))
    {
      /* A choice the form no longer has: shown as it is, not lost silently */
      selected = input->choice_ids->len;
      gtk_string_list_append (items, current);
      g_ptr_array_add (input->choice_ids, g_strdup (current));
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (input->row), G_LIST_MODEL (items));
  adw_combo_row_set_selected (ADW_COMBO_ROW (input->row), selected);
}

static void
fill_staff (TfFieldInput *input,
            gint64      current)
{
  GArray *staff_ids = NULL;
  GPtrArray *staff_names = NULL;
  g_autoptr(GtkStringList) items = gtk_string_list_new (NULL);
  gint64 none = 0;
  guint selected = 0;
  gboolean found = FALSE;

  _tf_form_view_get_staff (input->view, &staff_ids, &staff_names);
  g_array_set_size (input->staff_ids, 0);
  if (!tf_field_get_required (input->field) || current <= 0)
    {
      gtk_string_list_append (items, _("Not chosen"));
      g_array_append_val (input->staff_ids, none);
    }
  for (guint i = 0; i < staff_ids->len; i++)
    {
      gint64 id = g_array_index (staff_ids, gint64, i);

      if (id == current)
        {
          selected = input->staff_ids->len;
          found = TRUE;
        }
      gtk_string_list_append (items, g_ptr_array_index (staff_names, i));
      g_array_append_val (input->staff_ids, id);
    }
  if (current > 0 && !found)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, current);
      /* Translators: a staff member the program cannot name, by number */
      g_autofree char *name = g_strdup_printf (_("Staff member no. %s"), number);

      selected = input->staff_ids->len;
      gtk_string_list_append (items, name);
      g_array_append_val (input->staff_ids, current);
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (input->row), G_LIST_MODEL (items));
  adw_combo_row_set_selected (ADW_COMBO_ROW (input->row), selected);
}

static gint64
selected_staff (TfFieldInput *input)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (input->row));

  if (selected == GTK_INVALID_LIST_POSITION || selected >= input->staff_ids->len)
    return 0;
  return g_array_index (input->staff_ids, gint64, selected);
}

void
_tf_field_input_fill (TfFieldInput *input,
                      TfFormValues *values)
{
  const char *id = tf_field_get_id (input->field);
  GVariant *value = values != NULL ? tf_form_values_get_value (values, id) : NULL;

  switch (input->type)
    {
    case TF_FIELD_TEXT:
      {
        /* a value of the wrong type reads as no text, not as a crash */
        const char *text = value != NULL ? tf_form_values_get_string (values, id) : NULL;

        gtk_editable_set_text (GTK_EDITABLE (input->input), text != NULL ? text : "");
        break;
      }

    case TF_FIELD_LONG_TEXT:
      {
        const char *text = value != NULL ? tf_form_values_get_string (values, id) : NULL;

        gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (input->input)),
                                  text != NULL ? text : "", -1);
        break;
      }

    case TF_FIELD_DATE:
      {
        g_autofree char *text = _tf_date_to_entry_text (value != NULL ? tf_form_values_get_string (values, id) : NULL);

        gtk_editable_set_text (GTK_EDITABLE (input->input), text);
        break;
      }

    case TF_FIELD_NUMBER:
      {
        g_autofree char *text = value != NULL ? _tf_number_to_entry_text (tf_form_values_get_number (values, id)) : NULL;

        gtk_editable_set_text (GTK_EDITABLE (input->input), text != NULL ? text : "");
        break;
      }

    case TF_FIELD_MONEY:
      {
        g_autofree char *text = value != NULL ? _tf_kroner_to_entry_text (tf_form_values_get_integer (values, id)) : NULL;

        gtk_editable_set_text (GTK_EDITABLE (input->input), text != NULL ? text : "");
        break;
      }

    case TF_FIELD_BOOLEAN:
      gtk_switch_set_active (GTK_SWITCH (input->input),
                             value != NULL && tf_form_values_get_boolean (values, id));
      break;

    case TF_FIELD_CHOICE:
      fill_choice (input, value);
      break;

    case TF_FIELD_STAFF:
      fill_staff (input, value != NULL ? tf_form_values_get_integer (values, id) : 0);
      break;

    case TF_FIELD_SCALE:
      {
        GtkAdjustment *adjustment = gtk_range_get_adjustment (GTK_RANGE (input->input));

        input->scale_set = value != NULL;
        gtk_range_set_value (GTK_RANGE (input->input),
                             value != NULL ? (double) tf_form_values_get_integer (values, id)
                                           : gtk_adjustment_get_lower (adjustment));
        scale_update_label (input);
        break;
      }

    default:
      g_assert_not_reached ();
    }
}

/* Widgets into values */

/* Reads one field into @values; returns the complaint about what was typed
 * when it cannot be read at all (a date that is no date, ...). */
char *
_tf_field_input_read (TfFieldInput *input,
                      TfFormValues *values)
{
  const char *id = tf_field_get_id (input->field);

  switch (input->type)
    {
    case TF_FIELD_TEXT:
      {
        g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (input->input))));

        tf_form_values_set_string (values, id, text);
        return NULL;
      }

    case TF_FIELD_LONG_TEXT:
      {
        GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (input->input));
        GtkTextIter start, end;
        g_autofree char *text = NULL;

        gtk_text_buffer_get_bounds (buffer, &start, &end);
        text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
        /* Trailing blank lines go; what is written is kept as written */
        g_strchomp (text);
        tf_form_values_set_string (values, id, text);
        return NULL;
      }

    case TF_FIELD_DATE:
      {
        g_autofree char *iso = NULL;
        g_autoptr(GError) error = NULL;

        if (!_tf_date_from_entry_text (gtk_editable_get_text (GTK_EDITABLE (input->input)), &iso, &error))
          return g_strdup (error->message);
        tf_form_values_set_string (values, id, iso);
        return NULL;
      }

    case TF_FIELD_NUMBER:
      {
        double number = 0;
        gboolean blank = FALSE;

        if (_tf_number_from_entry_text (gtk_editable_get_text (GTK_EDITABLE (input->input)), &number, &blank))
          tf_form_values_set_number (values, id, number);
        else if (!blank)
          return g_strdup (_("Write a number, for example 12 or 12,5."));
        return NULL;
      }

    case TF_FIELD_MONEY:
      {
        gint64 ore = 0;
        gboolean blank = FALSE;

        if (_tf_kroner_from_entry_text (gtk_editable_get_text (GTK_EDITABLE (input->input)), &ore, &blank))
          tf_form_values_set_integer (values, id, ore);
        else if (!blank)
          return g_strdup (_("Write an amount in kroner, for example 12.500 or 12.500,50."));
        return NULL;
      }

    case TF_FIELD_BOOLEAN:
      tf_form_values_set_boolean (values, id, gtk_switch_get_active (GTK_SWITCH (input->input)));
      return NULL;

    case TF_FIELD_CHOICE:
      {
        guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (input->row));

        if (selected != GTK_INVALID_LIST_POSITION && selected < input->choice_ids->len)
          tf_form_values_set_string (values, id, g_ptr_array_index (input->choice_ids, selected));
        return NULL;
      }

    case TF_FIELD_STAFF:
      {
        gint64 staff_id = selected_staff (input);

        if (staff_id > 0)
          tf_form_values_set_integer (values, id, staff_id);
        return NULL;
      }

    case TF_FIELD_SCALE:
      if (input->scale_set)
        tf_form_values_set_integer (values, id, lround (gtk_range_get_value (GTK_RANGE (input->input))));
      return NULL;

    default:
      g_assert_not_reached ();
    }
  return NULL;
}

/* Rows for one field: its row, and the row that says what to fix in it */
TfFieldInput *
_tf_field_input_new (TfFormView *view,
                     TfField    *field)
{
  TfFieldInput *input = g_new0 (TfFieldInput, 1);

  input->view = view;
  input->field = g_object_ref (field);
  input->type = tf_field_get_field_type (field);
  if (tf_field_get_help (field) != NULL && *tf_field_get_help (field) != '\0')
    input->hint = g_strdup (tf_field_get_help (field));
  switch (input->type)
    {
    case TF_FIELD_LONG_TEXT:
      build_long_text_row (input);
      break;

    case TF_FIELD_BOOLEAN:
      build_boolean_row (input);
      break;

    case TF_FIELD_CHOICE:
    case TF_FIELD_STAFF:
      build_combo_row (input);
      break;

    case TF_FIELD_SCALE:
      build_scale_row (input);
      break;

    case TF_FIELD_TEXT:
    case TF_FIELD_DATE:
    case TF_FIELD_NUMBER:
    case TF_FIELD_MONEY:
    default:
      build_entry_row (input);
      break;
    }
  input->error_row = TF_ERROR_ROW (tf_error_row_new ());
  return input;
}

const char *
_tf_field_input_get_error (TfFieldInput *input)
{
  return tf_error_row_get_message (input->error_row);
}

/* The staff list changed: offer the new one, keep the choice */
void
_tf_field_input_refill_staff (TfFieldInput *input)
{
  g_assert (input->type == TF_FIELD_STAFF);

  input->syncing = TRUE;
  fill_staff (input, selected_staff (input));
  input->syncing = FALSE;
}
