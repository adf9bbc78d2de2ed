/* tf-budget-dialog.c — a year's budget and its split across the areas
 *
 * The total and the seven shares are typed in kroner. While typing, a line
 * under the split says how much is not split yet; on save the core's own
 * check (tf_budget_validate) decides, and its message stands under the
 * split. A year without a saved budget opens on the default and says so.
 * Only coordinators save (the core refuses others too); everyone else sees
 * the fields read-only with the reason. When another desk saved the year
 * first, the conflict dialog shows what they changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "taskforce-gtk.h"
#include "tf-budget-dialog.h"

#define N_AREAS 7

struct _TfBudgetDialog
{
  AdwWindow           parent_instance;

  /* Template widgets */
  AdwWindowTitle     *window_title;
  GtkButton          *cancel_button;
  GtkButton          *save_button;
  GtkLabel           *status_label;
  GtkLabel           *error_label;
  AdwPreferencesGroup *total_group;
  AdwEntryRow        *total_row;
  AdwPreferencesGroup *split_group;

  /* Built in code */
  AdwActionRow       *total_error;
  AdwEntryRow        *share_rows[N_AREAS];
  AdwActionRow       *share_errors[N_AREAS];
  AdwActionRow       *unallocated_row;
  AdwActionRow       *split_error;

  /* Owned */
  TfSession          *session;
  int                 year;
  TfBudget           *budget;    /* the form's, with the version it builds on */
  TfBudget           *original;  /* as loaded: what another desk's change is told against */
  gboolean            filling;
};

enum {
  PROP_0,
  PROP_SESSION,
  PROP_YEAR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TfBudgetDialog, tf_budget_dialog, ADW_TYPE_WINDOW)

static gboolean save (TfBudgetDialog *self);

static AdwActionRow *
field_error_row_new (void)
{
  GtkWidget *row = adw_action_row_new ();

  gtk_widget_set_visible (row, FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "dialog-warning-symbolic");
  gtk_widget_add_css_class (row, "field-error");
  gtk_widget_add_css_class (row, "error");
  return ADW_ACTION_ROW (row);
}

static void
show_field_error (GtkWidget    *field,
                  AdwActionRow *error_row,
                  const char   *message)
{
  gtk_widget_set_visible (GTK_WIDGET (error_row), message != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (error_row), message ?: "");
  if (field == NULL)
    return;
  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
}

static void
set_text (AdwEntryRow *row,
          gint64       ore)
{
  g_autofree char *text = tf_kroner_to_entry_text (ore);

  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/* The amount in @row: TRUE with *ore (blank is 0), or FALSE with the
 * complaint under the row. */
static gboolean
read_amount (AdwEntryRow  *row,
             AdwActionRow *error_row,
             gint64       *ore)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  gboolean blank = FALSE;

  *ore = 0;
  if (tf_kroner_from_entry_text (text, ore, &blank) || blank)
    {
      show_field_error (GTK_WIDGET (row), error_row, NULL);
      return TRUE;
    }
  show_field_error (GTK_WIDGET (row), error_row,
                    _("Type an amount in kroner, for example 120.000 or 120.000,50."));
  return FALSE;
}

/* Reads the form into @budget; FALSE when a field holds no amount. */
static gboolean
read_form (TfBudgetDialog *self,
           TfBudget       *budget)
{
  const char * const *areas = tf_budget_area_ids ();
  gboolean ok = TRUE;
  gint64 ore;

  if (read_amount (self->total_row, self->total_error, &ore))
    tf_budget_set_total (budget, ore);
  else
    ok = FALSE;
  for (guint i = 0; i < N_AREAS; i++)
    {
      if (read_amount (self->share_rows[i], self->share_errors[i], &ore))
        tf_budget_set_share (budget, areas[i], ore);
      else
        ok = FALSE;
    }
  return ok;
}

static void
update_unallocated (TfBudgetDialog *self)
{
  g_autoptr(TfBudget) draft = tf_budget_new_default (self->year);
  g_autofree char *money = NULL;
  g_autofree char *text = NULL;
  gint64 left;

  if (!read_form (self, draft))
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->unallocated_row),
                                     _("Unallocated: correct the amounts marked above"));
      return;
    }
  left = tf_budget_get_unallocated (draft);
  money = tf_format_money (left < 0 ? -left : left);
  if (left == 0)
    text = g_strdup (_("The split adds up to the total."));
  else if (left > 0)
    /* Translators: %s "10.000 kr." — the part of the total not split yet */
    text = g_strdup_printf (_("Unallocated: %s"), money);
  else
    /* Translators: %s "10.000 kr." — the shares are more than the total */
    text = g_strdup_printf (_("Split beyond the total: %s too much"), money);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->unallocated_row), text);
  if (left == 0)
    gtk_widget_remove_css_class (GTK_WIDGET (self->unallocated_row), "warning");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->unallocated_row), "warning");
}

static void
on_changed_cb (TfBudgetDialog *self)
{
  if (self->filling)
    return;
  /* The core's verdict is about what was saved; typing makes it stale. */
  show_field_error (NULL, self->split_error, NULL);
  update_unallocated (self);
}

static void
fill_form (TfBudgetDialog *self)
{
  const char * const *areas = tf_budget_area_ids ();

  self->filling = TRUE;
  set_text (self->total_row, tf_budget_get_total (self->budget));
  for (guint i = 0; i < N_AREAS; i++)
    set_text (self->share_rows[i], tf_budget_get_share (self->budget, areas[i]));
  self->filling = FALSE;
  show_field_error (NULL, self->split_error, NULL);
  update_unallocated (self);
}

static void
update_status (TfBudgetDialog *self)
{
  gboolean coordinator = tf_session_get_role (self->session) == TF_ROLE_COORDINATOR;
  GString *status = g_string_new (NULL);

  if (tf_budget_get_is_default (self->budget))
    {
      g_autofree char *money = tf_format_money (TF_BUDGET_DEFAULT_TOTAL);

      /* Translators: %d a year, %s "1.200.000 kr." */
      g_string_append_printf (status, _("Not saved yet: %d has no budget of its own, so the figures use the default of %s, split as the catalogue suggests."),
                              self->year, money);
    }
  if (!coordinator)
    {
      if (status->len > 0)
        g_string_append (status, "\n\n");
      g_string_append (status, _("Only a coordinator can change the budget. You can read it here."));
    }
  gtk_label_set_text (self->status_label, status->str);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), status->len > 0);
  g_string_free (status, TRUE);
}

/* Conflicts */

static char **
describe_changes (TfBudget *mine,
                  TfBudget *theirs)
{
  const char * const *areas = tf_budget_area_ids ();
  GPtrArray *lines = g_ptr_array_new ();

  if (tf_budget_get_total (mine) != tf_budget_get_total (theirs))
    {
      g_autofree char *before = tf_format_money (tf_budget_get_total (mine));
      g_autofree char *after = tf_format_money (tf_budget_get_total (theirs));

      /* Translators: "Total: 1.200.000 kr. → 1.300.000 kr." */
      g_ptr_array_add (lines, g_strdup_printf (_("Total: %s → %s"), before, after));
    }
  for (guint i = 0; areas[i] != NULL; i++)
    {
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;

      if (tf_budget_get_share (mine, areas[i]) == tf_budget_get_share (theirs, areas[i]))
        continue;
      before = tf_format_money (tf_budget_get_share (mine, areas[i]));
      after = tf_format_money (tf_budget_get_share (theirs, areas[i]));
      /* Translators: "Administration: 60.000 kr. → 70.000 kr." */
      g_ptr_array_add (lines, g_strdup_printf (_("%s: %s → %s"), tf_budget_area_label (areas[i]),
                                               before, after));
    }
  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (lines, FALSE);
}

static void
on_conflict_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         TfBudgetDialog   *self)
{
  TfBudget *fresh = g_object_get_data (G_OBJECT (dialog), "tf-fresh");

  g_set_object (&self->original, fresh);
  if (g_strcmp0 (response, TF_CONFLICT_THEIRS) == 0)
    {
      g_clear_object (&self->budget);
      self->budget = tf_budget_load_or_default (self->session, self->year, NULL);
      if (self->budget == NULL)
        self->budget = g_object_ref (fresh);
      update_status (self);
      fill_form (self);
    }
  else if (g_strcmp0 (response, TF_CONFLICT_MINE) == 0)
    {
      /* The form still holds mine; it goes on top of their version. */
      tf_budget_rebase (self->budget, fresh);
      if (save (self))
        tf_window_destroy_later (GTK_WINDOW (self));
    }
}

static void
show_conflict (TfBudgetDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfBudget) fresh = tf_budget_load (self->session, self->year, &error);
  g_auto(GStrv) changes = NULL;
  g_autofree char *who_when = NULL;
  GtkWidget *dialog;

  if (fresh == NULL)
    {
      gtk_label_set_text (self->error_label, error != NULL ? error->message
                          : _("Someone else changed this budget, but it cannot be read now. Close and open it again."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }
  /* What they changed compared with what this dialog opened on. */
  changes = describe_changes (self->original, fresh);
  who_when = tf_audit_describe_last_change (self->session, "budget", self->year, 0);
  dialog = tf_conflict_dialog_new (GTK_WINDOW (self), _("Someone else changed this budget"),
                                   who_when, (const char * const *) changes);
  g_object_set_data_full (G_OBJECT (dialog), "tf-fresh", g_object_ref (fresh), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saving */

static gboolean
save (TfBudgetDialog *self)
{
  g_autoptr(GError) error = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  show_field_error (NULL, self->split_error, NULL);
  if (!read_form (self, self->budget))
    return FALSE;
  if (!tf_budget_validate (self->budget, &error))
    {
      show_field_error (NULL, self->split_error, error->message);
      return FALSE;
    }
  if (tf_budget_save (self->session, self->budget, &error))
    return TRUE;
  if (g_error_matches (error, TF_ERROR, TF_ERROR_CONFLICT))
    show_conflict (self);
  else if (g_error_matches (error, TF_ERROR, TF_ERROR_INVALID))
    show_field_error (NULL, self->split_error, error->message);
  else
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
    }
  return FALSE;
}

static void
on_save_clicked_cb (TfBudgetDialog *self)
{
  if (save (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

/* GObject */

static void
tf_budget_dialog_constructed (GObject *object)
{
  TfBudgetDialog *self = TF_BUDGET_DIALOG (object);
  gboolean coordinator = tf_session_get_role (self->session) == TF_ROLE_COORDINATOR;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;

  G_OBJECT_CLASS (tf_budget_dialog_parent_class)->constructed (object);

  /* Translators: the budget dialog's title; %d a year */
  title = g_strdup_printf (_("Budget for %d"), self->year);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);

  self->budget = tf_budget_load_or_default (self->session, self->year, &error);
  if (self->budget == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      self->budget = tf_budget_new_default (self->year);
      coordinator = FALSE;
    }
  self->original = tf_budget_load_or_default (self->session, self->year, NULL);
  if (self->original == NULL)
    self->original = tf_budget_new_default (self->year);

  gtk_editable_set_editable (GTK_EDITABLE (self->total_row), coordinator);
  for (guint i = 0; i < N_AREAS; i++)
    gtk_editable_set_editable (GTK_EDITABLE (self->share_rows[i]), coordinator);
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), coordinator);
  if (!coordinator)
    gtk_button_set_label (self->cancel_button, _("_Close"));
  update_status (self);
  fill_form (self);
}

static void
tf_budget_dialog_dispose (GObject *object)
{
  TfBudgetDialog *self = TF_BUDGET_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_BUDGET_DIALOG);
  g_clear_object (&self->budget);
  g_clear_object (&self->original);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tf_budget_dialog_parent_class)->dispose (object);
}

static void
tf_budget_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TfBudgetDialog *self = TF_BUDGET_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_budget_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TfBudgetDialog *self = TF_BUDGET_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_YEAR:
      self->year = g_value_get_int (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_budget_dialog_class_init (TfBudgetDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tf_budget_dialog_constructed;
  object_class->dispose = tf_budget_dialog_dispose;
  object_class->get_property = tf_budget_dialog_get_property;
  object_class->set_property = tf_budget_dialog_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL, 2000, 2999, 2025,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-budget-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TfBudgetDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TfBudgetDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, TfBudgetDialog, save_button);
  gtk_widget_class_bind_template_child (widget_class, TfBudgetDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, TfBudgetDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, TfBudgetDialog, total_group);
  gtk_widget_class_bind_template_child (widget_class, TfBudgetDialog, total_row);
  gtk_widget_class_bind_template_child (widget_class, TfBudgetDialog, split_group);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tf_budget_dialog_init (TfBudgetDialog *self)
{
  const char * const *areas = tf_budget_area_ids ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->total_error = field_error_row_new ();
  adw_preferences_group_add (self->total_group, GTK_WIDGET (self->total_error));
  for (guint i = 0; i < N_AREAS; i++)
    {
      g_autofree char *title = NULL;

      g_assert (areas[i] != NULL);
      /* Translators: a share's field: "Administration (kr.)" */
      title = g_strdup_printf (_("%s (kr.)"), tf_budget_area_label (areas[i]));
      self->share_rows[i] = ADW_ENTRY_ROW (adw_entry_row_new ());
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->share_rows[i]), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->share_rows[i]), title);
      gtk_widget_set_name (GTK_WIDGET (self->share_rows[i]), areas[i]);
      g_signal_connect_swapped (self->share_rows[i], "changed", G_CALLBACK (on_changed_cb), self);
      adw_preferences_group_add (self->split_group, GTK_WIDGET (self->share_rows[i]));
      self->share_errors[i] = field_error_row_new ();
      adw_preferences_group_add (self->split_group, GTK_WIDGET (self->share_errors[i]));
    }
  self->unallocated_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->unallocated_row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->unallocated_row), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->unallocated_row), "budget-unallocated");
  adw_preferences_group_add (self->split_group, GTK_WIDGET (self->unallocated_row));
  self->split_error = field_error_row_new ();
  adw_preferences_group_add (self->split_group, GTK_WIDGET (self->split_error));
}

TfBudgetDialog *
tf_budget_dialog_new (GtkWindow *parent,
                      TfSession *session,
                      int        year)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  return g_object_new (TF_TYPE_BUDGET_DIALOG, "transient-for", parent,
                       "session", session, "year", year, NULL);
}
