/* tf-form-view.c — draws any form a work area declares, and reads it back
 *
 * Forms are data (tf-form.h): a plugin declares fields in its area file and
 * this one view draws them all, one row per field in an AdwPreferencesGroup:
 *
 *   text, date, number, money  AdwEntryRow (dates typed the Danish way,
 *                              numbers with a decimal comma, kroner)
 *   long text                  a row with a framed GtkTextView
 *   yes/no                     AdwActionRow with a GtkSwitch
 *   choice, staff member       AdwComboRow ("Not chosen" while none is)
 *   0–10 scale                 AdwActionRow with a GtkScale and its value
 *
 * Under every field row sits a hidden TfErrorRow; tf_form_view_collect()
 * reads the widgets, validates with tf_form_validate() and shows what to fix
 * right under the field concerned. The rows of one field, and reading and
 * writing its value, are a TfFieldInput (tf-field-input.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "tf-error-row.h"
#include "tf-field-input.h"
#include "tf-form-view.h"
#include "tf-gtk-util-private.h"

struct _TfFormView
{
  GtkWidget            parent_instance;

  /* Template widgets */
  AdwPreferencesGroup *group;

  TfForm              *form;
  TfFormValues        *values;      /* as given; collect () makes new ones */
  GPtrArray           *inputs;      /* TfFieldInput, in form order */
  GArray              *staff_ids;   /* gint64 */
  GPtrArray           *staff_names; /* char * */
  guint                filling;
};

G_DEFINE_FINAL_TYPE (TfFormView, tf_form_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_FORM,
  PROP_VALUES,
  N_PROPS
};

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static TfFieldInput *
find_input (TfFormView *self,
            const char *field_id)
{
  for (guint i = 0; self->inputs != NULL && i < self->inputs->len; i++)
    {
      TfFieldInput *input = g_ptr_array_index (self->inputs, i);

      if (g_strcmp0 (tf_field_get_id (input->field), field_id) == 0)
        return input;
    }
  return NULL;
}

static void
build_rows (TfFormView *self)
{
  GListModel *fields = tf_form_get_fields (self->form);
  guint n = g_list_model_get_n_items (fields);
  g_autofree char *title = g_markup_escape_text (tf_form_get_title (self->form), -1);
  const char *description = tf_form_get_description (self->form);

  adw_preferences_group_set_title (self->group, title);
  if (description != NULL && *description != '\0')
    {
      g_autofree char *escaped = g_markup_escape_text (description, -1);

      adw_preferences_group_set_description (self->group, escaped);
    }
  _tf_accessible_set_label (GTK_WIDGET (self), tf_form_get_title (self->form));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfField) field = g_list_model_get_item (fields, i);
      TfFieldInput *input = _tf_field_input_new (self, field);

      adw_preferences_group_add (self->group, input->row);
      adw_preferences_group_add (self->group, GTK_WIDGET (input->error_row));
      g_ptr_array_add (self->inputs, input);
    }
}

/* What the inputs ask of their view */

gboolean
_tf_form_view_is_filling (TfFormView *self)
{
  return self->filling > 0;
}

void
_tf_form_view_emit_changed (TfFormView *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

void
_tf_form_view_get_staff (TfFormView  *self,
                         GArray     **ids,
                         GPtrArray  **names)
{
  *ids = self->staff_ids;
  *names = self->staff_names;
}

/* GObject */

static void
tf_form_view_constructed (GObject *object)
{
  TfFormView *self = TF_FORM_VIEW (object);

  G_OBJECT_CLASS (tf_form_view_parent_class)->constructed (object);

  g_return_if_fail (TF_IS_FORM (self->form));

  build_rows (self);
  tf_form_view_set_values (self, self->values);
}

static void
tf_form_view_dispose (GObject *object)
{
  TfFormView *self = TF_FORM_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_FORM_VIEW);
  g_clear_pointer (&self->inputs, g_ptr_array_unref);

  G_OBJECT_CLASS (tf_form_view_parent_class)->dispose (object);
}

static void
tf_form_view_finalize (GObject *object)
{
  TfFormView *self = TF_FORM_VIEW (object);

  g_clear_object (&self->form);
  g_clear_object (&self->values);
  g_clear_pointer (&self->staff_ids, g_array_unref);
  g_clear_pointer (&self->staff_names, g_ptr_array_unref);

  G_OBJECT_CLASS (tf_form_view_parent_class)->finalize (object);
}

static void
tf_form_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TfFormView *self = TF_FORM_VIEW (object);

  switch (prop_id)
    {
    case PROP_FORM:
      g_value_set_object (value, self->form);
      break;

    case PROP_VALUES:
      g_value_set_object (value, self->values);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_form_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TfFormView *self = TF_FORM_VIEW (object);

  switch (prop_id)
    {
    case PROP_FORM:
      self->form = g_value_dup_object (value);
      break;

    case PROP_VALUES:
      self->values = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_form_view_class_init (TfFormViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tf_form_view_constructed;
  object_class->dispose = tf_form_view_dispose;
  object_class->finalize = tf_form_view_finalize;
  object_class->get_property = tf_form_view_get_property;
  object_class->set_property = tf_form_view_set_property;

  /**
   * TfFormView:form:
   *
   * The form drawn (construct-only).
   */
  properties[PROP_FORM] =
    g_param_spec_object ("form", NULL, NULL, TF_TYPE_FORM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * TfFormView:values:
   *
   * The values shown when the view was made (construct-only, may be %NULL
   * for an empty form). tf_form_view_collect() returns new values.
   */
  properties[PROP_VALUES] =
    g_param_spec_object ("values", NULL, NULL, TF_TYPE_FORM_VALUES,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TfFormView::changed:
   *
   * Someone changed a value in the form (not emitted for changes made
   * through tf_form_view_set_values()).
   */
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/gtk/tf-form-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TfFormView, group);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  g_type_ensure (TF_TYPE_ERROR_ROW);
}

static void
tf_form_view_init (TfFormView *self)
{
  self->inputs = g_ptr_array_new_with_free_func ((GDestroyNotify) _tf_field_input_free);
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->staff_names = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * tf_form_view_new:
 * @form: the form to draw
 * @values: (nullable): the values to show, %NULL for an empty form
 *
 * Returns: (transfer floating): a view with one row per field of @form
 */
GtkWidget *
tf_form_view_new (TfForm       *form,
                  TfFormValues *values)
{
  g_return_val_if_fail (TF_IS_FORM (form), NULL);
  g_return_val_if_fail (values == NULL || TF_IS_FORM_VALUES (values), NULL);

  return g_object_new (TF_TYPE_FORM_VIEW, "form", form, "values", values, NULL);
}

/**
 * tf_form_view_get_form:
 *
 * Returns: (transfer none): the form drawn
 */
TfForm *
tf_form_view_get_form (TfFormView *self)
{
  g_return_val_if_fail (TF_IS_FORM_VIEW (self), NULL);
  return self->form;
}

/**
 * tf_form_view_set_values:
 * @values: (nullable): values to show instead, %NULL to empty the form
 *
 * Shows @values in the widgets and hides any error shown.
 */
void
tf_form_view_set_values (TfFormView   *self,
                         TfFormValues *values)
{
  g_return_if_fail (TF_IS_FORM_VIEW (self));
  g_return_if_fail (values == NULL || TF_IS_FORM_VALUES (values));

  if (values != self->values)
    {
      g_clear_object (&self->values);
      self->values = values != NULL ? g_object_ref (values) : NULL;
    }

  self->filling++;
  for (guint i = 0; i < self->inputs->len; i++)
    {
      TfFieldInput *input = g_ptr_array_index (self->inputs, i);

      _tf_field_input_fill (input, values);
      _tf_field_input_set_error (input, NULL);
    }
  self->filling--;
}

/**
 * tf_form_view_set_staff:
 * @ids: (array length=n_staff): staff member ids
 * @names: (array length=n_staff): their names, in the same order
 * @n_staff: how many
 *
 * The staff members a staff field offers, in the order given. A field whose
 * value is nobody in the list keeps it, shown by number.
 */
void
tf_form_view_set_staff (TfFormView         *self,
                        const gint64       *ids,
                        const char * const *names,
                        guint               n_staff)
{
  g_return_if_fail (TF_IS_FORM_VIEW (self));
  g_return_if_fail (n_staff == 0 || (ids != NULL && names != NULL));

  g_array_set_size (self->staff_ids, 0);
  g_ptr_array_set_size (self->staff_names, 0);
  for (guint i = 0; i < n_staff; i++)
    {
      g_array_append_val (self->staff_ids, ids[i]);
      g_ptr_array_add (self->staff_names, g_strdup (names[i]));
    }

  for (guint i = 0; i < self->inputs->len; i++)
    {
      TfFieldInput *input = g_ptr_array_index (self->inputs, i);

      if (input->type != TF_FIELD_STAFF)
        continue;
      /* keeps the choice; not a change anybody made */
      _tf_field_input_refill_staff (input);
    }
}

static TfFieldInput *
first_input_with_error (TfFormView *self)
{
  for (guint i = 0; i < self->inputs->len; i++)
    {
      TfFieldInput *input = g_ptr_array_index (self->inputs, i);

      if (_tf_field_input_get_error (input) != NULL)
        return input;
    }
  return NULL;
}

/**
 * tf_form_view_collect:
 * @error: TF_ERROR_INVALID with the first field's message when a value
 *   cannot be read or breaks the form's rules
 *
 * Reads every field and validates the values with tf_form_validate(). When
 * something is wrong, each message is shown right under its field, the
 * first such field gets the keyboard focus, and %NULL is returned.
 *
 * Returns: (transfer full) (nullable): the values as entered
 */
TfFormValues *
tf_form_view_collect (TfFormView  *self,
                      GError     **error)
{
  g_autoptr(TfFormValues) values = NULL;
  g_autoptr(GHashTable) problems = NULL;
  g_autoptr(GHashTable) unreadable = NULL;

  g_return_val_if_fail (TF_IS_FORM_VIEW (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  values = tf_form_values_new ();
  unreadable = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < self->inputs->len; i++)
    {
      TfFieldInput *input = g_ptr_array_index (self->inputs, i);
      char *message = _tf_field_input_read (input, values);

      if (message != NULL)
        g_hash_table_insert (unreadable, g_strdup (tf_field_get_id (input->field)), message);
    }

  /* What cannot be read is the first thing to fix in a field; the form's
   * rules speak for the rest. */
  problems = tf_form_validate (self->form, values);
  if (problems != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, problems);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (!g_hash_table_contains (unreadable, key))
          g_hash_table_insert (unreadable, g_strdup (key), g_strdup (value));
    }

  if (g_hash_table_size (unreadable) > 0)
    {
      TfFieldInput *first;

      tf_form_view_show_errors (self, unreadable);
      first = first_input_with_error (self);
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           first != NULL ? _tf_field_input_get_error (first)
                                         : _("The form cannot be saved as it is."));
      return NULL;
    }

  tf_form_view_clear_errors (self);
  return g_steal_pointer (&values);
}

/**
 * tf_form_view_show_errors:
 * @errors: (nullable): field id → message, as tf_form_validate() and
 *   tf_record_validate() return them
 *
 * Shows each message under its field, hides earlier ones, and moves the
 * keyboard focus to the first field with a message. Keys that are not
 * fields of this form are left for the caller.
 *
 * Returns: %TRUE when a message was shown
 */
gboolean
tf_form_view_show_errors (TfFormView *self,
                          GHashTable *errors)
{
  TfFieldInput *first;

  g_return_val_if_fail (TF_IS_FORM_VIEW (self), FALSE);

  for (guint i = 0; i < self->inputs->len; i++)
    {
      TfFieldInput *input = g_ptr_array_index (self->inputs, i);
      const char *message = errors != NULL ? g_hash_table_lookup (errors, tf_field_get_id (input->field)) : NULL;

      _tf_field_input_set_error (input, message);
    }

  first = first_input_with_error (self);
  if (first == NULL)
    return FALSE;
  gtk_widget_grab_focus (first->input);
  return TRUE;
}

/**
 * tf_form_view_clear_errors:
 *
 * Hides every message shown under a field.
 */
void
tf_form_view_clear_errors (TfFormView *self)
{
  g_return_if_fail (TF_IS_FORM_VIEW (self));

  for (guint i = 0; i < self->inputs->len; i++)
    _tf_field_input_set_error (g_ptr_array_index (self->inputs, i), NULL);
}

/**
 * tf_form_view_get_error:
 *
 * Returns: (transfer none) (nullable): the message shown under @field_id
 */
const char *
tf_form_view_get_error (TfFormView *self,
                        const char *field_id)
{
  TfFieldInput *input;

  g_return_val_if_fail (TF_IS_FORM_VIEW (self), NULL);

  input = find_input (self, field_id);
  return input != NULL ? _tf_field_input_get_error (input) : NULL;
}

/**
 * tf_form_view_get_field_widget:
 *
 * The widget that holds @field_id's value: a #GtkEditable (AdwEntryRow) for
 * text, dates, numbers and money, a #GtkTextView for long text, a #GtkSwitch,
 * an #AdwComboRow for choices and staff, a #GtkScale for a scale.
 *
 * Returns: (transfer none) (nullable): the widget, %NULL for no such field
 */
GtkWidget *
tf_form_view_get_field_widget (TfFormView *self,
                               const char *field_id)
{
  TfFieldInput *input;

  g_return_val_if_fail (TF_IS_FORM_VIEW (self), NULL);

  input = find_input (self, field_id);
  return input != NULL ? input->input : NULL;
}

/**
 * tf_form_view_get_field_row:
 *
 * Returns: (transfer none) (nullable): the row that shows @field_id; the
 *   row right after it in the group tells what to fix in it
 */
GtkWidget *
tf_form_view_get_field_row (TfFormView *self,
                            const char *field_id)
{
  TfFieldInput *input;

  g_return_val_if_fail (TF_IS_FORM_VIEW (self), NULL);

  input = find_input (self, field_id);
  return input != NULL ? input->row : NULL;
}
