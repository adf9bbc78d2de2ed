/* tf-guardian-row.c — one guardian in the young person editor
 *
 * An expander with the guardian's fields. It edits a TfGuardian of its own;
 * the editor collects them on Save with tf_guardian_row_apply().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-guardian-row.h"

struct _TfGuardianRow
{
  AdwExpanderRow  parent_instance;

  /* Template widgets */
  GtkButton      *remove_button;
  AdwEntryRow    *name_row;
  AdwActionRow   *name_error;
  AdwComboRow    *relation_row;
  AdwEntryRow    *phone_row;
  AdwActionRow   *phone_error;
  AdwEntryRow    *email_row;
  AdwActionRow   *email_error;
  GtkSwitch      *custody_switch;

  TfGuardian     *guardian;
};

enum {
  SIGNAL_REMOVE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TfGuardianRow, tf_guardian_row, ADW_TYPE_EXPANDER_ROW)

static void
on_name_row_changed_cb (GtkEditable   *editable,
                        TfGuardianRow *self)
{
  const char *name = gtk_editable_get_text (editable);
  g_autofree char *remove_label = NULL;

  if (name == NULL || *name == '\0')
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), _("New guardian"));
      remove_label = g_strdup (_("Remove guardian"));
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), name);
      /* Translators: accessible name of the button that removes a guardian */
      remove_label = g_strdup_printf (_("Remove %s"), name);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label,
                                  -1);
}

static void
on_remove_button_clicked_cb (GtkButton     *button,
                             TfGuardianRow *self)
{
  g_signal_emit (self, signals[SIGNAL_REMOVE_REQUESTED], 0);
}

static void
tf_guardian_row_dispose (GObject *object)
{
  TfGuardianRow *self = TF_GUARDIAN_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), TF_TYPE_GUARDIAN_ROW);
  g_clear_object (&self->guardian);

  G_OBJECT_CLASS (tf_guardian_row_parent_class)->dispose (object);
}

static void
tf_guardian_row_class_init (TfGuardianRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_guardian_row_dispose;

  /**
   * TfGuardianRow::remove-requested:
   *
   * The person at the desk clicked the row's remove button.
   */
  signals[SIGNAL_REMOVE_REQUESTED] =
    g_signal_new ("remove-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-guardian-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TfGuardianRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, TfGuardianRow, name_row);
  gtk_widget_class_bind_template_child (widget_class, TfGuardianRow, name_error);
  gtk_widget_class_bind_template_child (widget_class, TfGuardianRow, relation_row);
  gtk_widget_class_bind_template_child (widget_class, TfGuardianRow, phone_row);
  gtk_widget_class_bind_template_child (widget_class, TfGuardianRow, phone_error);
  gtk_widget_class_bind_template_child (widget_class, TfGuardianRow, email_row);
  gtk_widget_class_bind_template_child (widget_class, TfGuardianRow, email_error);
  gtk_widget_class_bind_template_child (widget_class, TfGuardianRow, custody_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_name_row_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_button_clicked_cb);
}

static void
tf_guardian_row_init (TfGuardianRow *self)
{
  g_autoptr(GtkStringList) relations = gtk_string_list_new (NULL);
  const char * const *ids = tf_guardian_relation_ids ();

  gtk_widget_init_template (GTK_WIDGET (self));

  /* The labels come from the core, which owns the list of relations. */
  for (guint i = 0; ids[i] != NULL; i++)
    gtk_string_list_append (relations, tf_guardian_relation_label (ids[i]));
  adw_combo_row_set_model (self->relation_row, G_LIST_MODEL (relations));
  on_name_row_changed_cb (GTK_EDITABLE (self->name_row), self);
}

static guint
relation_position (const char *relation)
{
  const char * const *ids = tf_guardian_relation_ids ();

  for (guint i = 0; ids[i] != NULL; i++)
    if (g_strcmp0 (ids[i], relation) == 0)
      return i;
  return 0;
}

static void
set_entry_text (AdwEntryRow *row,
                const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/**
 * tf_guardian_row_new:
 * @guardian: (nullable): the guardian to edit; %NULL for a new one
 *
 * Returns: (transfer floating): a row editing a copy of @guardian's fields
 */
GtkWidget *
tf_guardian_row_new (TfGuardian *guardian)
{
  TfGuardianRow *self;

  g_return_val_if_fail (guardian == NULL || TF_IS_GUARDIAN (guardian), NULL);

  self = g_object_new (TF_TYPE_GUARDIAN_ROW, NULL);
  self->guardian = guardian != NULL ? g_object_ref (guardian) : tf_guardian_new ();
  set_entry_text (self->name_row, tf_guardian_get_name (self->guardian));
  set_entry_text (self->phone_row, tf_guardian_get_phone (self->guardian));
  set_entry_text (self->email_row, tf_guardian_get_email (self->guardian));
  adw_combo_row_set_selected (self->relation_row,
                              relation_position (tf_guardian_get_relation (self->guardian)));
  gtk_switch_set_active (self->custody_switch, tf_guardian_get_has_custody (self->guardian));
  /* A saved guardian is known; a new one needs filling in. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), guardian == NULL);
  return GTK_WIDGET (self);
}

/**
 * tf_guardian_row_get_guardian:
 *
 * Returns: (transfer none): the guardian; call tf_guardian_row_apply() first
 */
TfGuardian *
tf_guardian_row_get_guardian (TfGuardianRow *self)
{
  g_return_val_if_fail (TF_IS_GUARDIAN_ROW (self), NULL);
  return self->guardian;
}

/* Pushes what is typed into the row's TfGuardian. */
void
tf_guardian_row_apply (TfGuardianRow *self)
{
  const char * const *ids = tf_guardian_relation_ids ();
  guint position;

  g_return_if_fail (TF_IS_GUARDIAN_ROW (self));

  position = adw_combo_row_get_selected (self->relation_row);
  if (position >= g_strv_length ((char **) ids))
    position = 0;
  g_object_set (self->guardian,
                "name", gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                "relation", ids[position],
                "phone", gtk_editable_get_text (GTK_EDITABLE (self->phone_row)),
                "email", gtk_editable_get_text (GTK_EDITABLE (self->email_row)),
                "has-custody", gtk_switch_get_active (self->custody_switch),
                NULL);
}

static void
show_error (AdwEntryRow  *entry,
            AdwActionRow *error_row,
            const char   *message)
{
  gtk_widget_set_visible (GTK_WIDGET (error_row), message != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (error_row), message != NULL ? message : "");
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
}

void
tf_guardian_row_clear_errors (TfGuardianRow *self)
{
  g_return_if_fail (TF_IS_GUARDIAN_ROW (self));

  show_error (self->name_row, self->name_error, NULL);
  show_error (self->phone_row, self->phone_error, NULL);
  show_error (self->email_row, self->email_error, NULL);
}

/**
 * tf_guardian_row_show_errors:
 * @errors: field name → message, as from tf_young_person_validate()
 * @index: which guardian of the young person this row is
 *
 * Shows the messages for this guardian's fields under the fields.
 *
 * Returns: (transfer none) (nullable): the first bad field, to focus
 */
GtkWidget *
tf_guardian_row_show_errors (TfGuardianRow *self,
                             GHashTable    *errors,
                             guint          index)
{
  struct { const char *suffix; AdwEntryRow *entry; AdwActionRow *error; } fields[] = {
    { "name", self->name_row, self->name_error },
    { "phone", self->phone_row, self->phone_error },
    { "email", self->email_row, self->email_error },
  };
  GtkWidget *first = NULL;

  g_return_val_if_fail (TF_IS_GUARDIAN_ROW (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *key = g_strdup_printf ("guardian-%u-%s", index, fields[i].suffix);
      const char *message = errors != NULL ? g_hash_table_lookup (errors, key) : NULL;

      show_error (fields[i].entry, fields[i].error, message);
      if (message != NULL && first == NULL)
        first = GTK_WIDGET (fields[i].entry);
    }
  if (first != NULL)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  return first;
}
