/* tf-record-editor.c — add or edit one record or intervention of a case
 *
 * A modal window: Cancel and Save in the header bar (Escape, Ctrl+S), for an
 * intervention its status, period and costs, then the form's own fields in
 * a TfFormView. Saving validates first and shows each message under its
 * field; a record another desk saved meanwhile is not overwritten: the
 * person chooses between their version and the other desk's. Earlier
 * versions of a record are one click away in the header bar.
 *
 * The intervention's own fields (status, period, costs) are read, filled
 * and marked in tf-record-editor-intervention.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-conflict-dialog.h"
#include "tf-error-row.h"
#include "tf-form-view.h"
#include "tf-gtk-util-private.h"
#include "tf-record-editor-private.h"

G_DEFINE_FINAL_TYPE (TfRecordEditor, tf_record_editor, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_FORM,
  PROP_CASE_ID,
  PROP_RECORD,
  N_PROPS
};

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
is_intervention (TfRecordEditor *self)
{
  return tf_form_get_category (self->form) == TF_FORM_INTERVENTION;
}

/* The latest stored version of record @id, or NULL when it is gone. */
static TfRecord *
load_record (TfRecordEditor  *self,
             gint64           id,
             GError         **error)
{
  g_autoptr(GListModel) records = NULL;
  guint n;

  records = tf_record_list_for_case (self->session, self->case_id,
                                     tf_form_get_area_id (self->form),
                                     tf_form_get_id (self->form), error);
  if (records == NULL)
    return NULL;
  n = g_list_model_get_n_items (records);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfRecord) record = g_list_model_get_item (records, i);

      if (tf_record_get_id (record) == id)
        return g_steal_pointer (&record);
    }
  g_set_error_literal (error, TF_ERROR, TF_ERROR_NOT_FOUND,
                       _("This record no longer exists: someone has deleted it."));
  return NULL;
}

static void
show_banner (TfRecordEditor *self,
             const char     *message)
{
  tf_error_row_set_message (self->error_row, message);
  /* hidden too, so the box's spacing leaves no gap while all is well */
  gtk_widget_set_visible (GTK_WIDGET (self->error_revealer), message != NULL);
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
fill_from_record (TfRecordEditor *self)
{
  g_autofree char *subtitle = NULL;

  self->filling = TRUE;
  if (is_intervention (self))
    _tf_record_editor_fill_intervention (self);
  if (self->form_view != NULL)
    tf_form_view_set_values (self->form_view, tf_record_get_values (self->record));
  self->filling = FALSE;

  if (tf_record_get_id (self->record) == 0)
    subtitle = g_strdup (is_intervention (self) ? _("New intervention") : _("New record"));
  else
    {
      g_autofree char *date = tf_format_date (tf_record_get_date (self->record));
      const char *author = tf_record_get_author_name (self->record);

      if (author != NULL && *date != '\0')
        /* Translators: record date · who saved it last */
        subtitle = g_strdup_printf (_("%s · saved by %s"), date, author);
      else if (author != NULL)
        subtitle = g_strdup_printf (_("Saved by %s"), author);
      else
        subtitle = g_steal_pointer (&date);
    }
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_widget_set_visible (self->history_button, tf_record_get_id (self->record) != 0);
}

static void
apply_values (TfRecordEditor *self,
              TfFormValues   *values)
{
  TfFormValues *target = tf_record_get_values (self->record);
  GListModel *fields = tf_form_get_fields (self->form);
  guint n = g_list_model_get_n_items (fields);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfField) field = g_list_model_get_item (fields, i);
      const char *id = tf_field_get_id (field);

      tf_form_values_set_value (target, id, tf_form_values_get_value (values, id));
    }
}

/* Conflict with another desk */

static void
reload (TfRecordEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfRecord) fresh = load_record (self, tf_record_get_id (self->record), &error);

  if (fresh == NULL)
    {
      show_banner (self, error->message);
      return;
    }
  g_set_object (&self->record, fresh);
  g_clear_object (&self->loaded);
  self->loaded = load_record (self, tf_record_get_id (fresh), NULL);
  show_banner (self, NULL);
  fill_from_record (self);
}

static void
on_conflict_dialog_response_cb (AdwMessageDialog *dialog,
                                const char       *response,
                                TfRecordEditor   *self)
{
  TfRecord *fresh = g_object_get_data (G_OBJECT (dialog), "fresh");

  if (g_str_equal (response, TF_CONFLICT_THEIRS))
    reload (self);
  else if (g_str_equal (response, TF_CONFLICT_MINE))
    {
      /* Seen what they changed, keeps theirs: save over it */
      tf_record_rebase (self->record, fresh);
      g_set_object (&self->loaded, fresh);
      tf_record_editor_save (self);
    }
}

static void
show_conflict (TfRecordEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfRecord) fresh = load_record (self, tf_record_get_id (self->record), &error);
  g_auto(GStrv) changes = NULL;
  g_autofree char *who = NULL;
  GtkWidget *dialog;

  if (fresh == NULL)
    {
      show_banner (self, error->message);
      return;
    }
  if (self->loaded != NULL)
    changes = _tf_record_describe_changes (self->form, self->loaded, fresh, self->staff);
  who = tf_audit_describe_last_change (self->session, "record", tf_record_get_id (fresh),
                                       tf_record_get_case_id (fresh));
  dialog = tf_conflict_dialog_new (GTK_WINDOW (self), _("Someone else changed this record"),
                                   who, (const char * const *) changes);
  g_object_set_data_full (G_OBJECT (dialog), "fresh", g_steal_pointer (&fresh), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_conflict_dialog_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* History */

static GtkWidget *
history_row_new (TfRecordEditor *self,
                 TfRecord       *version)
{
  TfForm *form = self->form;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *summary = _tf_summarize (form, tf_record_get_values (version), self->staff, self->session);
  g_autofree char *date = tf_format_date (tf_record_get_date (version));
  g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, tf_record_get_version (version));
  g_autofree char *subtitle = NULL;
  const char *author = tf_record_get_author_name (version);

  /* Translators: "Version 2 · 3. dec. 2025 · Mette Holm" */
  subtitle = g_strdup_printf (_("Version %s · %s · %s"),
                              number,
                              *date != '\0' ? date : _("no date"),
                              author != NULL ? author : _("unknown"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 *summary != '\0' ? summary : tf_form_get_title (form));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static GtkWidget *
message_row_new (const char *title,
                 const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
on_history_popover_show_cb (GtkPopover     *popover,
                            TfRecordEditor *self)
{
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *child;
  guint n;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->history_list))) != NULL)
    gtk_list_box_remove (self->history_list, child);

  versions = tf_record_list_history (self->session, tf_record_get_id (self->record), &error);
  if (versions == NULL)
    {
      gtk_list_box_append (self->history_list,
                           message_row_new (_("The earlier versions cannot be shown"), error->message));
      return;
    }
  n = g_list_model_get_n_items (versions);
  if (n == 0)
    gtk_list_box_append (self->history_list,
                         message_row_new (_("No earlier versions"),
                                          _("The record has not been changed since it was first saved.")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfRecord) version = g_list_model_get_item (versions, i);

      gtk_list_box_append (self->history_list, history_row_new (self, version));
    }
}

/* Saving */

/**
 * tf_record_editor_save:
 *
 * What Save does: validates, shows what to fix under each field, writes the
 * record, emits #TfRecordEditor::saved and closes the window. A conflict
 * with another desk is put to the person in a dialog.
 *
 * Returns: %TRUE when the record was saved
 */
gboolean
tf_record_editor_save (TfRecordEditor *self)
{
  g_autoptr(GHashTable) unreadable = NULL;
  g_autoptr(GHashTable) problems = NULL;
  g_autoptr(TfFormValues) values = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *focus = NULL;
  GString *others = NULL;

  g_return_val_if_fail (TF_IS_RECORD_EDITOR (self), FALSE);

  if (self->record == NULL || self->form_view == NULL)
    return FALSE;

  show_banner (self, NULL);
  unreadable = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (is_intervention (self))
    _tf_record_editor_read_intervention (self, unreadable);

  /* The form view shows its own fields' complaints and focuses the first */
  values = tf_form_view_collect (self->form_view, NULL);
  if (values != NULL)
    apply_values (self, values);

  problems = tf_record_validate (self->record, self->form);
  if (problems != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, problems);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          if (g_hash_table_contains (unreadable, key))
            continue;
          if (_tf_record_editor_is_intervention_field (key) || values != NULL)
            g_hash_table_insert (unreadable, g_strdup (key), g_strdup (value));
        }
    }

  /* The view shows the messages for its fields and focuses the first;
   * the intervention's fields come above it, so they take the focus after. */
  if (values != NULL)
    tf_form_view_show_errors (self->form_view, unreadable);

  if (is_intervention (self))
    focus = _tf_record_editor_show_intervention_errors (self, unreadable);

  /* Anything that is no field shown here goes into the banner */
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, unreadable);
    while (g_hash_table_iter_next (&iter, &key, &value))
      if (!_tf_record_editor_is_intervention_field (key) && tf_form_find_field (self->form, key) == NULL)
        {
          if (others == NULL)
            others = g_string_new (NULL);
          else
            g_string_append_c (others, '\n');
          g_string_append (others, value);
        }
  }
  if (others != NULL)
    {
      g_autofree char *text = g_string_free (others, FALSE);

      show_banner (self, text);
    }

  if (values == NULL || g_hash_table_size (unreadable) > 0)
    {
      if (focus != NULL)
        gtk_widget_grab_focus (focus);
      return FALSE;
    }

  if (!tf_record_save (self->session, self->record, self->form, &error))
    {
      if (g_error_matches (error, TF_ERROR, TF_ERROR_CONFLICT))
        show_conflict (self);
      else
        show_banner (self, error->message);
      return FALSE;
    }

  g_signal_emit (self, signals[SIGNAL_SAVED], 0, self->record);
  tf_window_destroy_later (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  tf_record_editor_save (TF_RECORD_EDITOR (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

/* GObject */

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
tf_record_editor_constructed (GObject *object)
{
  TfRecordEditor *self = TF_RECORD_EDITOR (object);
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  G_OBJECT_CLASS (tf_record_editor_parent_class)->constructed (object);

  g_return_if_fail (TF_IS_SESSION (self->session));
  g_return_if_fail (TF_IS_FORM (self->form));

  gtk_window_set_title (GTK_WINDOW (self), tf_form_get_title (self->form));
  adw_window_title_set_title (self->window_title, tf_form_get_title (self->form));

  for (guint i = 0; i < TF_N_INTERVENTION_STATUSES; i++)
    gtk_string_list_append (statuses, tf_intervention_status_label (i));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  label_entry_row (self->starts_on_row);
  label_entry_row (self->ends_on_row);
  _tf_entry_row_add_calendar (self->starts_on_row, _("Starts on"));
  _tf_entry_row_add_calendar (self->ends_on_row, _("Ends on"));
  label_entry_row (self->planned_cost_row);
  label_entry_row (self->actual_cost_row);
  gtk_widget_set_visible (GTK_WIDGET (self->intervention_group), is_intervention (self));

  /* Edit a copy of our own, as the store has it now */
  if (self->record != NULL && tf_record_get_id (self->record) != 0)
    {
      g_autoptr(TfRecord) fresh = load_record (self, tf_record_get_id (self->record), &error);

      g_clear_object (&self->record);
      self->record = g_steal_pointer (&fresh);
      if (self->record != NULL)
        self->loaded = load_record (self, tf_record_get_id (self->record), NULL);
    }
  else
    {
      g_clear_object (&self->record);
      self->record = tf_record_new (self->form, self->case_id);
      if (is_intervention (self))
        {
          g_autofree char *today = tf_today_iso ();

          tf_record_set_starts_on (self->record, today);
        }
    }

  if (self->record == NULL)
    {
      show_banner (self, error->message);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->intervention_group), FALSE);
      return;
    }

  self->form_view = TF_FORM_VIEW (tf_form_view_new (self->form, tf_record_get_values (self->record)));
  adw_bin_set_child (self->form_bin, GTK_WIDGET (self->form_view));
  fill_from_record (self);
}

static void
tf_record_editor_dispose (GObject *object)
{
  TfRecordEditor *self = TF_RECORD_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_RECORD_EDITOR);
  self->form_view = NULL;

  G_OBJECT_CLASS (tf_record_editor_parent_class)->dispose (object);
}

static void
tf_record_editor_finalize (GObject *object)
{
  TfRecordEditor *self = TF_RECORD_EDITOR (object);

  g_clear_object (&self->session);
  g_clear_object (&self->form);
  g_clear_object (&self->record);
  g_clear_object (&self->loaded);
  g_clear_pointer (&self->staff, g_hash_table_unref);

  G_OBJECT_CLASS (tf_record_editor_parent_class)->finalize (object);
}

static void
tf_record_editor_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TfRecordEditor *self = TF_RECORD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_FORM:
      g_value_set_object (value, self->form);
      break;

    case PROP_CASE_ID:
      g_value_set_int64 (value, self->case_id);
      break;

    case PROP_RECORD:
      g_value_set_object (value, self->record);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_record_editor_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TfRecordEditor *self = TF_RECORD_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    case PROP_FORM:
      self->form = g_value_dup_object (value);
      break;

    case PROP_CASE_ID:
      self->case_id = g_value_get_int64 (value);
      break;

    case PROP_RECORD:
      self->record = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_record_editor_class_init (TfRecordEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tf_record_editor_constructed;
  object_class->dispose = tf_record_editor_dispose;
  object_class->finalize = tf_record_editor_finalize;
  object_class->get_property = tf_record_editor_get_property;
  object_class->set_property = tf_record_editor_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FORM] =
    g_param_spec_object ("form", NULL, NULL, TF_TYPE_FORM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * TfRecordEditor:record:
   *
   * The record edited. Given at construction (%NULL for a new one), it
   * names the record; the editor loads its latest version and works on
   * that copy, which is what this property returns afterwards.
   */
  properties[PROP_RECORD] =
    g_param_spec_object ("record", NULL, NULL, TF_TYPE_RECORD,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TfRecordEditor::saved:
   * @record: the record as saved
   *
   * The record was written to the store; the window closes next.
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, TF_TYPE_RECORD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/gtk/tf-record-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TfRecordEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, TfRecordEditor, history_button);
  gtk_widget_class_bind_template_child (widget_class, TfRecordEditor, history_list);
  gtk_widget_class_bind_template_child (widget_class, TfRecordEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, TfRecordEditor, error_row);
  gtk_widget_class_bind_template_child (widget_class, TfRecordEditor, intervention_group);
  gtk_widget_class_bind_template_child (widget_class, TfRecordEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, TfRecordEditor, status_error);
  gtk_widget_class_bind_template_child (widget_class, TfRecordEditor, starts_on_row);
  gtk_widget_class_bind_template_child (widget_class, TfRecordEditor, starts_on_error);
  gtk_widget_class_bind_template_child (widget_class, TfRecordEditor, ends_on_row);
  gtk_widget_class_bind_template_child (widget_class, TfRecordEditor, ends_on_error);
  gtk_widget_class_bind_template_child (widget_class, TfRecordEditor, planned_cost_row);
  gtk_widget_class_bind_template_child (widget_class, TfRecordEditor, planned_cost_error);
  gtk_widget_class_bind_template_child (widget_class, TfRecordEditor, actual_cost_row);
  gtk_widget_class_bind_template_child (widget_class, TfRecordEditor, actual_cost_error);
  gtk_widget_class_bind_template_child (widget_class, TfRecordEditor, form_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_history_popover_show_cb);
  _tf_record_editor_bind_intervention_callbacks (widget_class);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);

  g_type_ensure (TF_TYPE_ERROR_ROW);
}

static void
tf_record_editor_init (TfRecordEditor *self)
{
  self->staff = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * tf_record_editor_new:
 * @parent: (nullable): the window it is modal to
 * @session: who is at the desk
 * @form: the record's form
 * @case_id: the case the record belongs to
 * @record: (nullable): the record to edit, %NULL to add one
 *
 * Returns: (transfer none): the editor; present it with gtk_window_present()
 */
TfRecordEditor *
tf_record_editor_new (GtkWindow *parent,
                      TfSession *session,
                      TfForm    *form,
                      gint64     case_id,
                      TfRecord  *record)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (TF_IS_FORM (form), NULL);
  g_return_val_if_fail (record == NULL || TF_IS_RECORD (record), NULL);
  g_return_val_if_fail (record == NULL || g_strcmp0 (tf_record_get_form_id (record), tf_form_get_id (form)) == 0, NULL);

  return g_object_new (TF_TYPE_RECORD_EDITOR,
                       "transient-for", parent,
                       "session", session,
                       "form", form,
                       "case-id", record != NULL ? tf_record_get_case_id (record) : case_id,
                       "record", record,
                       NULL);
}

/**
 * tf_record_editor_get_record:
 *
 * Returns: (transfer none) (nullable): the editor's copy of the record
 *   (saved or not), %NULL when the record no longer exists
 */
TfRecord *
tf_record_editor_get_record (TfRecordEditor *self)
{
  g_return_val_if_fail (TF_IS_RECORD_EDITOR (self), NULL);
  return self->record;
}

/**
 * tf_record_editor_get_form_view:
 *
 * Returns: (transfer none) (nullable): the #TfFormView with the form's fields
 */
GtkWidget *
tf_record_editor_get_form_view (TfRecordEditor *self)
{
  g_return_val_if_fail (TF_IS_RECORD_EDITOR (self), NULL);
  return GTK_WIDGET (self->form_view);
}

/**
 * tf_record_editor_set_staff:
 * @ids: (array length=n_staff): staff member ids
 * @names: (array length=n_staff): their names
 *
 * The staff members the form's staff fields offer; see
 * tf_form_view_set_staff().
 */
void
tf_record_editor_set_staff (TfRecordEditor     *self,
                            const gint64       *ids,
                            const char * const *names,
                            guint               n_staff)
{
  g_return_if_fail (TF_IS_RECORD_EDITOR (self));
  g_return_if_fail (n_staff == 0 || (ids != NULL && names != NULL));

  g_hash_table_remove_all (self->staff);
  for (guint i = 0; i < n_staff; i++)
    g_hash_table_insert (self->staff, g_memdup2 (&ids[i], sizeof (gint64)), g_strdup (names[i]));
  if (self->form_view != NULL)
    tf_form_view_set_staff (self->form_view, ids, names, n_staff);
}
