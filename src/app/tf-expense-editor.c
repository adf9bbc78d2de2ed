/* tf-expense-editor.c — add or change one of the taskforce's other expenses
 *
 * The day is typed the Danish way (tf_parse_user_date), the amount in
 * kroner (tf_kroner_from_entry_text, the record editor's own rule), the
 * area and the organisation that paid are chosen from lists that start on
 * "Choose …" so nothing is guessed for the user. The young person is
 * optional and found among the cases by the case list's own SQL search,
 * of which only the first rows are shown. Every complaint stands under its
 * field (tf_expense_validate); a save that another desk beat shows the
 * conflict dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "taskforce-gtk.h"
#include "tf-expense-editor.h"

/* How many matching cases are listed; typing more narrows them. */
#define SHOWN_CASES 6

struct _TfExpenseEditor
{
  AdwWindow          parent_instance;

  /* Template widgets */
  AdwWindowTitle    *window_title;
  GtkButton         *save_button;
  GtkLabel          *error_label;
  AdwEntryRow       *day_row;
  AdwActionRow      *day_error;
  AdwComboRow       *area_row;
  AdwActionRow      *area_error;
  AdwComboRow       *organisation_row;
  AdwActionRow      *organisation_error;
  AdwEntryRow       *description_row;
  AdwActionRow      *description_error;
  AdwEntryRow       *amount_row;
  AdwActionRow      *amount_error;
  AdwActionRow      *case_row;
  GtkButton         *clear_case_button;
  GtkSearchEntry    *case_search;
  GtkListBox        *case_list;

  /* Owned */
  TfSession         *session;
  TfExpense         *expense;     /* the form's: new, or loaded with its version */
  TfExpense         *original;    /* as loaded, NULL for a new one */
  char              *default_day;
  GArray            *organisation_ids;  /* gint64 per organisation row; 0 first */
  gint64             case_id;
  TfCaseListModel   *cases;
  GtkSliceListModel *shown;
};

enum {
  PROP_0,
  PROP_SESSION,
  PROP_EXPENSE,
  PROP_DEFAULT_DAY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TfExpenseEditor, tf_expense_editor, ADW_TYPE_WINDOW)

static gboolean save (TfExpenseEditor *self);

static void
show_field_error (GtkWidget    *field,
                  AdwActionRow *error_row,
                  const char   *message)
{
  gtk_widget_set_visible (GTK_WIDGET (error_row), message != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (error_row), message ?: "");
  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
}

static void
show_error (TfExpenseEditor *self,
            const char      *message)
{
  gtk_label_set_text (self->error_label, message ?: "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
clear_errors (TfExpenseEditor *self)
{
  show_error (self, NULL);
  show_field_error (GTK_WIDGET (self->day_row), self->day_error, NULL);
  show_field_error (GTK_WIDGET (self->area_row), self->area_error, NULL);
  show_field_error (GTK_WIDGET (self->organisation_row), self->organisation_error, NULL);
  show_field_error (GTK_WIDGET (self->description_row), self->description_error, NULL);
  show_field_error (GTK_WIDGET (self->amount_row), self->amount_error, NULL);
}

/* Young person */

static void
set_case (TfExpenseEditor *self,
          gint64           case_id,
          const char      *name)
{
  self->case_id = case_id;
  adw_action_row_set_subtitle (self->case_row, case_id > 0 && name != NULL ? name : _("None"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_case_button), case_id > 0);
}

static GtkWidget *
case_row_new (gpointer item,
              gpointer user_data)
{
  TfCaseSummary *summary = item;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *cpr = NULL;
  g_autofree char *status = NULL;
  g_autofree char *subtitle = NULL;

  g_object_get (summary, "cpr-label", &cpr, "status-label", &status, NULL);
  subtitle = cpr != NULL && *cpr != '\0' ? g_strdup_printf ("%s · %s", cpr, status) : g_strdup (status);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tf_case_summary_get_name (summary));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "tf-case-id", GSIZE_TO_POINTER (tf_case_summary_get_case_id (summary)));
  g_object_set_data_full (G_OBJECT (row), "tf-name", g_strdup (tf_case_summary_get_name (summary)), g_free);
  return row;
}

static void
on_case_activated_cb (TfExpenseEditor *self,
                      GtkListBoxRow   *row)
{
  gint64 case_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "tf-case-id"));

  if (case_id > 0)
    set_case (self, case_id, g_object_get_data (G_OBJECT (row), "tf-name"));
}

static void
on_clear_case_cb (TfExpenseEditor *self)
{
  set_case (self, 0, NULL);
}

static void
on_case_search_changed_cb (TfExpenseEditor *self)
{
  tf_case_list_model_set_search (self->cases, gtk_editable_get_text (GTK_EDITABLE (self->case_search)));
}

/* Filling and reading */

static void
fill_form (TfExpenseEditor *self)
{
  TfExpense *expense = self->expense;
  const char * const *areas = tf_budget_area_ids ();
  g_autofree char *day = NULL;
  guint area_position = 0;
  guint organisation_position = 0;

  if (tf_expense_get_spent_on (expense) != NULL)
    {
      /* Shown as typed: "3.12.2025" */
      g_auto(GStrv) parts = g_strsplit (tf_expense_get_spent_on (expense), "-", 3);

      if (g_strv_length (parts) == 3)
        day = g_strdup_printf ("%d.%d.%s", (int) g_ascii_strtoll (parts[2], NULL, 10),
                               (int) g_ascii_strtoll (parts[1], NULL, 10), parts[0]);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->day_row), day ?: "");
  for (guint i = 0; areas[i] != NULL; i++)
    if (g_strcmp0 (areas[i], tf_expense_get_budget_area (expense)) == 0)
      area_position = i + 1;
  adw_combo_row_set_selected (self->area_row, area_position);
  for (guint i = 1; i < self->organisation_ids->len; i++)
    if (g_array_index (self->organisation_ids, gint64, i) == tf_expense_get_organisation_id (expense))
      organisation_position = i;
  adw_combo_row_set_selected (self->organisation_row, organisation_position);
  gtk_editable_set_text (GTK_EDITABLE (self->description_row), tf_expense_get_description (expense) ?: "");
  if (tf_expense_get_amount (expense) > 0)
    {
      g_autofree char *amount = tf_kroner_to_entry_text (tf_expense_get_amount (expense));

      gtk_editable_set_text (GTK_EDITABLE (self->amount_row), amount);
    }
  else
    gtk_editable_set_text (GTK_EDITABLE (self->amount_row), "");
  set_case (self, tf_expense_get_case_id (expense), tf_expense_get_young_person_name (expense));
}

/* Reads the form into the expense; parse errors go under their fields and
 * are returned in @parsed_bad so the core's message does not replace them. */
static void
read_form (TfExpenseEditor *self,
           GHashTable      *parsed_bad)
{
  const char * const *areas = tf_budget_area_ids ();
  const char *day_text = gtk_editable_get_text (GTK_EDITABLE (self->day_row));
  const char *amount_text = gtk_editable_get_text (GTK_EDITABLE (self->amount_row));
  guint area = adw_combo_row_get_selected (self->area_row);
  guint organisation = adw_combo_row_get_selected (self->organisation_row);
  g_autoptr(GError) error = NULL;
  g_autofree char *day = NULL;
  gboolean blank = FALSE;
  gint64 ore = 0;

  day = tf_parse_user_date (day_text, &error);
  if (day == NULL)
    {
      show_field_error (GTK_WIDGET (self->day_row), self->day_error,
                        error != NULL ? error->message : _("Type the day, for example 3.12.2025."));
      g_hash_table_add (parsed_bad, (gpointer) "spent-on");
    }
  tf_expense_set_spent_on (self->expense, day);

  tf_expense_set_budget_area (self->expense,
                              area >= 1 && area != GTK_INVALID_LIST_POSITION ? areas[area - 1] : NULL);
  tf_expense_set_organisation_id (self->expense,
                                  organisation != GTK_INVALID_LIST_POSITION && organisation < self->organisation_ids->len
                                  ? g_array_index (self->organisation_ids, gint64, organisation) : 0);
  tf_expense_set_description (self->expense, gtk_editable_get_text (GTK_EDITABLE (self->description_row)));
  if (!tf_kroner_from_entry_text (amount_text, &ore, &blank) && !blank)
    {
      show_field_error (GTK_WIDGET (self->amount_row), self->amount_error,
                        _("Type the amount in kroner, for example 1.250 or 1.250,50."));
      g_hash_table_add (parsed_bad, (gpointer) "amount");
      ore = 0;
    }
  tf_expense_set_amount (self->expense, ore);
  tf_expense_set_case_id (self->expense, self->case_id);
}

/* Conflicts */

static void
add_change (GPtrArray  *lines,
            const char *field,
            const char *before,
            const char *after)
{
  if (g_strcmp0 (before, after) != 0)
    /* Translators: "Amount: 1.000 kr. → 1.200 kr." */
    g_ptr_array_add (lines, g_strdup_printf (_("%s: %s → %s"), field, before ?: "–", after ?: "–"));
}

static char **
describe_changes (TfExpense *before,
                  TfExpense *after)
{
  GPtrArray *lines = g_ptr_array_new ();
  g_autofree char *day_before = tf_format_date (tf_expense_get_spent_on (before));
  g_autofree char *day_after = tf_format_date (tf_expense_get_spent_on (after));
  g_autofree char *amount_before = tf_format_money (tf_expense_get_amount (before));
  g_autofree char *amount_after = tf_format_money (tf_expense_get_amount (after));

  add_change (lines, _("Day"), day_before, day_after);
  add_change (lines, _("Area"), tf_budget_area_label (tf_expense_get_budget_area (before)),
              tf_budget_area_label (tf_expense_get_budget_area (after)));
  add_change (lines, _("Paid by"), tf_expense_get_organisation_name (before),
              tf_expense_get_organisation_name (after));
  add_change (lines, _("Young person"), tf_expense_get_young_person_name (before),
              tf_expense_get_young_person_name (after));
  add_change (lines, _("What it was for"), tf_expense_get_description (before),
              tf_expense_get_description (after));
  add_change (lines, _("Amount"), amount_before, amount_after);
  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (lines, FALSE);
}

static void
on_conflict_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         TfExpenseEditor  *self)
{
  TfExpense *fresh = g_object_get_data (G_OBJECT (dialog), "tf-fresh");

  g_set_object (&self->original, fresh);
  if (g_strcmp0 (response, TF_CONFLICT_THEIRS) == 0)
    {
      /* A copy of theirs for the form to write into. */
      TfExpense *again = tf_expense_load (self->session, tf_expense_get_id (fresh), NULL);

      g_clear_object (&self->expense);
      self->expense = again != NULL ? again : g_object_ref (fresh);
      clear_errors (self);
      fill_form (self);
    }
  else if (g_strcmp0 (response, TF_CONFLICT_MINE) == 0)
    {
      tf_expense_rebase (self->expense, fresh);
      if (save (self))
        tf_window_destroy_later (GTK_WINDOW (self));
    }
}

static void
show_conflict (TfExpenseEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfExpense) fresh = tf_expense_load (self->session, tf_expense_get_id (self->expense), &error);
  g_auto(GStrv) changes = NULL;
  g_autofree char *who_when = NULL;
  GtkWidget *dialog;

  if (fresh == NULL)
    {
      /* Removed at another desk: nothing to save on top of. */
      show_error (self, _("Someone else removed this expense. Cancel to see the list as it is now."));
      gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
      return;
    }
  changes = describe_changes (self->original, fresh);
  who_when = tf_audit_describe_last_change (self->session, "expense", tf_expense_get_id (fresh),
                                            tf_expense_get_case_id (fresh));
  dialog = tf_conflict_dialog_new (GTK_WINDOW (self), _("Someone else changed this expense"),
                                   who_when, (const char * const *) changes);
  g_object_set_data_full (G_OBJECT (dialog), "tf-fresh", g_object_ref (fresh), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saving */

static gboolean
save (TfExpenseEditor *self)
{
  g_autoptr(GHashTable) parsed_bad = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) invalid = NULL;
  g_autoptr(GError) error = NULL;
  static const char *fields[] = { "spent-on", "budget-area", "organisation", "description", "amount" };
  GtkWidget *widgets[] = {
    GTK_WIDGET (self->day_row), GTK_WIDGET (self->area_row), GTK_WIDGET (self->organisation_row),
    GTK_WIDGET (self->description_row), GTK_WIDGET (self->amount_row),
  };
  AdwActionRow *errors[] = {
    self->day_error, self->area_error, self->organisation_error, self->description_error, self->amount_error,
  };

  clear_errors (self);
  read_form (self, parsed_bad);
  invalid = tf_expense_validate (self->expense);
  for (guint i = 0; invalid != NULL && i < G_N_ELEMENTS (fields); i++)
    {
      const char *message = g_hash_table_lookup (invalid, fields[i]);

      if (message != NULL && !g_hash_table_contains (parsed_bad, fields[i]))
        show_field_error (widgets[i], errors[i], message);
    }
  if (invalid != NULL || g_hash_table_size (parsed_bad) > 0)
    return FALSE;

  if (tf_expense_save (self->session, self->expense, &error))
    return TRUE;
  if (g_error_matches (error, TF_ERROR, TF_ERROR_CONFLICT) && self->original != NULL)
    show_conflict (self);
  else
    show_error (self, error->message);
  return FALSE;
}

static void
on_save_clicked_cb (TfExpenseEditor *self)
{
  if (save (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

/* GObject */

static void
load_choices (TfExpenseEditor *self)
{
  const char * const *areas = tf_budget_area_ids ();
  g_autoptr(GtkStringList) area_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) organisation_names = gtk_string_list_new (NULL);
  g_autoptr(GListModel) organisations = NULL;
  g_autoptr(GError) error = NULL;
  gint64 none = 0;

  gtk_string_list_append (area_names, _("Choose an area"));
  for (guint i = 0; areas[i] != NULL; i++)
    gtk_string_list_append (area_names, tf_budget_area_label (areas[i]));
  adw_combo_row_set_model (self->area_row, G_LIST_MODEL (area_names));

  gtk_string_list_append (organisation_names, _("Choose an organisation"));
  g_array_append_val (self->organisation_ids, none);
  organisations = tf_organisation_list (self->session, &error);
  if (organisations == NULL)
    show_error (self, error->message);
  for (guint i = 0; organisations != NULL && i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr(TfOrganisation) organisation = g_list_model_get_item (organisations, i);
      gint64 id = tf_organisation_get_id (organisation);

      gtk_string_list_append (organisation_names, tf_organisation_get_name (organisation));
      g_array_append_val (self->organisation_ids, id);
    }
  adw_combo_row_set_model (self->organisation_row, G_LIST_MODEL (organisation_names));
}

static void
tf_expense_editor_constructed (GObject *object)
{
  TfExpenseEditor *self = TF_EXPENSE_EDITOR (object);

  G_OBJECT_CLASS (tf_expense_editor_parent_class)->constructed (object);

  load_choices (self);
  if (self->expense != NULL)
    {
      g_autoptr(GError) error = NULL;
      gint64 id = tf_expense_get_id (self->expense);

      /* Two fresh copies: one the form writes into, one to tell another
       * desk's changes against. */
      g_clear_object (&self->expense);
      self->expense = tf_expense_load (self->session, id, &error);
      self->original = tf_expense_load (self->session, id, NULL);
      if (self->expense == NULL)
        {
          show_error (self, error->message);
          gtk_widget_set_sensitive (GTK_WIDGET (self->save_button), FALSE);
          self->expense = tf_expense_new ();
        }
    }
  else
    {
      g_autofree char *today = tf_today_iso ();

      self->expense = tf_expense_new ();
      tf_expense_set_spent_on (self->expense, self->default_day != NULL ? self->default_day : today);
    }
  gtk_window_set_title (GTK_WINDOW (self), self->original != NULL ? _("Edit Expense") : _("New Expense"));
  adw_window_title_set_title (self->window_title, gtk_window_get_title (GTK_WINDOW (self)));
  fill_form (self);

  self->cases = tf_case_list_model_new (self->session);
  self->shown = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->cases)), 0, SHOWN_CASES);
  gtk_list_box_bind_model (self->case_list, G_LIST_MODEL (self->shown), case_row_new, self, NULL);
}

static void
tf_expense_editor_dispose (GObject *object)
{
  TfExpenseEditor *self = TF_EXPENSE_EDITOR (object);

  if (self->case_list != NULL)
    gtk_list_box_bind_model (self->case_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_EXPENSE_EDITOR);
  g_clear_object (&self->shown);
  g_clear_object (&self->cases);
  g_clear_object (&self->expense);
  g_clear_object (&self->original);
  g_clear_object (&self->session);
  g_clear_pointer (&self->default_day, g_free);
  g_clear_pointer (&self->organisation_ids, g_array_unref);

  G_OBJECT_CLASS (tf_expense_editor_parent_class)->dispose (object);
}

static void
tf_expense_editor_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TfExpenseEditor *self = TF_EXPENSE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_EXPENSE:
      g_value_set_object (value, self->expense);
      break;
    case PROP_DEFAULT_DAY:
      g_value_set_string (value, self->default_day);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_expense_editor_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TfExpenseEditor *self = TF_EXPENSE_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_EXPENSE:
      self->expense = g_value_dup_object (value);
      break;
    case PROP_DEFAULT_DAY:
      self->default_day = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_expense_editor_class_init (TfExpenseEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tf_expense_editor_constructed;
  object_class->dispose = tf_expense_editor_dispose;
  object_class->get_property = tf_expense_editor_get_property;
  object_class->set_property = tf_expense_editor_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPENSE] =
    g_param_spec_object ("expense", NULL, NULL, TF_TYPE_EXPENSE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DEFAULT_DAY] =
    g_param_spec_string ("default-day", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-expense-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TfExpenseEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, TfExpenseEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, TfExpenseEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, TfExpenseEditor, day_row);
  gtk_widget_class_bind_template_child (widget_class, TfExpenseEditor, day_error);
  gtk_widget_class_bind_template_child (widget_class, TfExpenseEditor, area_row);
  gtk_widget_class_bind_template_child (widget_class, TfExpenseEditor, area_error);
  gtk_widget_class_bind_template_child (widget_class, TfExpenseEditor, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, TfExpenseEditor, organisation_error);
  gtk_widget_class_bind_template_child (widget_class, TfExpenseEditor, description_row);
  gtk_widget_class_bind_template_child (widget_class, TfExpenseEditor, description_error);
  gtk_widget_class_bind_template_child (widget_class, TfExpenseEditor, amount_row);
  gtk_widget_class_bind_template_child (widget_class, TfExpenseEditor, amount_error);
  gtk_widget_class_bind_template_child (widget_class, TfExpenseEditor, case_row);
  gtk_widget_class_bind_template_child (widget_class, TfExpenseEditor, clear_case_button);
  gtk_widget_class_bind_template_child (widget_class, TfExpenseEditor, case_search);
  gtk_widget_class_bind_template_child (widget_class, TfExpenseEditor, case_list);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_case_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_case_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_case_activated_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tf_expense_editor_init (TfExpenseEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->organisation_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

TfExpenseEditor *
tf_expense_editor_new (GtkWindow  *parent,
                       TfSession  *session,
                       TfExpense  *expense,
                       const char *default_day)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (expense == NULL || TF_IS_EXPENSE (expense), NULL);

  return g_object_new (TF_TYPE_EXPENSE_EDITOR, "transient-for", parent, "session", session,
                       "expense", expense, "default-day", default_day, NULL);
}
