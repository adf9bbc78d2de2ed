/* tf-goal-row.c — one goal in the action plan's editor
 *
 * What, the assessment domain it works on, who is responsible (a member
 * organisation and a staff member), by when, status, progress 0–10 and the
 * case's interventions that serve it. The row keeps the goal's key so a
 * revision knows it as the same goal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-goal-row.h"

struct _TfGoalRow
{
  GtkBox          parent_instance;

  /* Template widgets */
  GtkLabel       *heading_label;
  GtkButton      *remove_button;
  AdwEntryRow    *what_row;
  AdwComboRow    *domain_row;
  AdwComboRow    *organisation_row;
  AdwComboRow    *staff_row;
  AdwEntryRow    *due_row;
  AdwComboRow    *status_row;
  GtkCheckButton *progress_check;
  GtkSpinButton  *progress_spin;
  AdwExpanderRow *interventions_row;
  GtkLabel       *error_label;

  /* Owned */
  TfPlanChoices  *choices;
  gint64          goal_key;
  GPtrArray      *checks;   /* GtkCheckButton per choices->interventions item (borrowed) */
};

enum {
  SIGNAL_REMOVE_REQUESTED,
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TfGoalRow, tf_goal_row, GTK_TYPE_BOX)

static void
on_remove_clicked_cb (GtkButton *button,
                      TfGoalRow *self)
{
  g_signal_emit (self, signals[SIGNAL_REMOVE_REQUESTED], 0);
}

static void
on_changed_cb (TfGoalRow *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
on_progress_check_cb (TfGoalRow *self)
{
  gtk_widget_set_sensitive (GTK_WIDGET (self->progress_spin),
                            gtk_check_button_get_active (self->progress_check));
}

static void
update_interventions_subtitle (TfGoalRow *self)
{
  guint n = 0;
  g_autofree char *text = NULL;

  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      n++;
  if (self->checks->len == 0)
    text = g_strdup (_("The case has no interventions yet."));
  else if (n == 0)
    text = g_strdup (_("None chosen"));
  else
    text = g_strdup_printf (ngettext ("%u chosen", "%u chosen", n), n);
  adw_expander_row_set_subtitle (self->interventions_row, text);
}

static void
build_interventions (TfGoalRow *self)
{
  GListModel *interventions = self->choices->interventions;

  for (guint i = 0; i < g_list_model_get_n_items (interventions); i++)
    {
      g_autoptr(TfRecord) record = g_list_model_get_item (interventions, i);
      g_autofree char *title = tf_plan_intervention_title (record);
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                     "title", title,
                                     "use-markup", FALSE,
                                     "activatable-widget", check,
                                     NULL);

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      g_signal_connect_object (check, "notify::active",
                               G_CALLBACK (update_interventions_subtitle), self, G_CONNECT_SWAPPED);
      adw_expander_row_add_row (self->interventions_row, row);
      g_ptr_array_add (self->checks, check);
    }
  /* Nothing to open when there is nothing to choose; the subtitle says so. */
  adw_expander_row_set_enable_expansion (self->interventions_row, self->checks->len > 0);
  update_interventions_subtitle (self);
}

void
tf_goal_row_set_number (TfGoalRow *self,
                        guint      number)
{
  g_autofree char *text = NULL;
  g_autofree char *remove_name = NULL;

  g_return_if_fail (TF_IS_GOAL_ROW (self));
  /* Translators: the heading above a goal's fields in the editor */
  text = g_strdup_printf (_("Goal %u"), number);
  gtk_label_set_label (self->heading_label, text);
  /* Which goal the trash button removes, for a screen reader. */
  remove_name = g_strdup_printf (_("Remove goal %u"), number);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_name, -1);
}

void
tf_goal_row_set_goal (TfGoalRow  *self,
                      TfPlanGoal *goal)
{
  g_autofree char *due = NULL;
  int status, progress;

  g_return_if_fail (TF_IS_GOAL_ROW (self));
  g_return_if_fail (TF_IS_PLAN_GOAL (goal));

  self->goal_key = tf_plan_goal_get_goal_key (goal);
  gtk_editable_set_text (GTK_EDITABLE (self->what_row),
                         tf_plan_goal_get_what (goal) ? tf_plan_goal_get_what (goal) : "");
  adw_combo_row_set_selected (self->domain_row,
                              tf_plan_choices_find (self->choices->domain_ids, tf_plan_goal_get_domain_id (goal)));
  adw_combo_row_set_selected (self->organisation_row,
                              tf_plan_choices_find (self->choices->organisation_ids,
                                                    tf_plan_goal_get_organisation_id (goal)));
  adw_combo_row_set_selected (self->staff_row,
                              tf_plan_choices_find (self->choices->staff_ids, tf_plan_goal_get_staff_id (goal)));
  due = tf_plan_typed_date (tf_plan_goal_get_due_on (goal));
  gtk_editable_set_text (GTK_EDITABLE (self->due_row), due);
  status = tf_plan_goal_get_status (goal);
  adw_combo_row_set_selected (self->status_row, status >= 0 && status < TF_N_GOAL_STATUSES ? status : 0);
  progress = tf_plan_goal_get_progress (goal);
  gtk_check_button_set_active (self->progress_check, progress >= 0);
  gtk_spin_button_set_value (self->progress_spin, MAX (progress, 0));

  for (guint i = 0; i < self->checks->len; i++)
    {
      g_autoptr(TfRecord) record = g_list_model_get_item (self->choices->interventions, i);
      gtk_check_button_set_active (g_ptr_array_index (self->checks, i),
                                   tf_plan_goal_has_intervention (goal, tf_record_get_id (record)));
    }
}

TfPlanGoal *
tf_goal_row_dup_goal (TfGoalRow  *self,
                      char      **due_error)
{
  TfPlanGoal *goal = tf_plan_goal_new ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GError) error = NULL;
  g_autofree char *due = NULL;
  const char *due_text = gtk_editable_get_text (GTK_EDITABLE (self->due_row));
  g_autofree char *stripped = g_strstrip (g_strdup (due_text));

  tf_plan_goal_set_goal_key (goal, self->goal_key);
  tf_plan_goal_set_what (goal, gtk_editable_get_text (GTK_EDITABLE (self->what_row)));
  tf_plan_goal_set_domain_id (goal, tf_goal_row_get_domain_id (self));
  tf_plan_goal_set_organisation_id (goal, g_array_index (self->choices->organisation_ids, gint64,
                                                         adw_combo_row_get_selected (self->organisation_row)));
  tf_plan_goal_set_staff_id (goal, g_array_index (self->choices->staff_ids, gint64,
                                                  adw_combo_row_get_selected (self->staff_row)));
  /* An empty field is the core's to name; one that cannot be read is ours. */
  if (*stripped != '\0')
    {
      due = tf_parse_user_date (due_text, &error);
      if (due == NULL && due_error != NULL)
        *due_error = g_strdup (error->message);
    }
  tf_plan_goal_set_due_on (goal, due);
  tf_plan_goal_set_status (goal, adw_combo_row_get_selected (self->status_row));
  tf_plan_goal_set_progress (goal, gtk_check_button_get_active (self->progress_check)
                                     ? gtk_spin_button_get_value_as_int (self->progress_spin) : -1);
  for (guint i = 0; i < self->checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->checks, i)))
      {
        g_autoptr(TfRecord) record = g_list_model_get_item (self->choices->interventions, i);
        gint64 id = tf_record_get_id (record);
        g_array_append_val (ids, id);
      }
  tf_plan_goal_set_intervention_ids (goal, (const gint64 *) ids->data, ids->len);
  return goal;
}

gint64
tf_goal_row_get_domain_id (TfGoalRow *self)
{
  guint selected;

  g_return_val_if_fail (TF_IS_GOAL_ROW (self), 0);
  selected = adw_combo_row_get_selected (self->domain_row);
  return selected < self->choices->domain_ids->len
           ? g_array_index (self->choices->domain_ids, gint64, selected) : 0;
}

gboolean
tf_goal_row_is_dropped (TfGoalRow *self)
{
  g_return_val_if_fail (TF_IS_GOAL_ROW (self), FALSE);
  return adw_combo_row_get_selected (self->status_row) == TF_GOAL_DROPPED;
}

gboolean
tf_goal_row_show_errors (TfGoalRow  *self,
                         GHashTable *errors,
                         guint       index)
{
  static const char *fields[] = { "what", "organisation", "staff", "domain", "due-on",
                                  "status", "progress", "interventions", "key" };
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (TF_IS_GOAL_ROW (self), FALSE);

  for (guint i = 0; errors != NULL && i < G_N_ELEMENTS (fields); i++)
    {
      g_autofree char *field = g_strdup_printf ("goal/%u/%s", index, fields[i]);
      const char *message = g_hash_table_lookup (errors, field);

      if (message != NULL)
        g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", message);
    }
  gtk_label_set_label (self->error_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), text->len > 0);
  return text->len > 0;
}

void
tf_goal_row_focus_what (TfGoalRow *self)
{
  g_return_if_fail (TF_IS_GOAL_ROW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->what_row));
}

static void
tf_goal_row_dispose (GObject *object)
{
  TfGoalRow *self = TF_GOAL_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_GOAL_ROW);
  g_clear_pointer (&self->choices, tf_plan_choices_unref);
  G_OBJECT_CLASS (tf_goal_row_parent_class)->dispose (object);
}

static void
tf_goal_row_finalize (GObject *object)
{
  TfGoalRow *self = TF_GOAL_ROW (object);

  g_ptr_array_unref (self->checks);
  G_OBJECT_CLASS (tf_goal_row_parent_class)->finalize (object);
}

static void
tf_goal_row_class_init (TfGoalRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_goal_row_dispose;
  object_class->finalize = tf_goal_row_finalize;

  signals[SIGNAL_REMOVE_REQUESTED] =
    g_signal_new ("remove-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/dk/norddjurs/Taskforce/tf-goal-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TfGoalRow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, TfGoalRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, TfGoalRow, what_row);
  gtk_widget_class_bind_template_child (widget_class, TfGoalRow, domain_row);
  gtk_widget_class_bind_template_child (widget_class, TfGoalRow, organisation_row);
  gtk_widget_class_bind_template_child (widget_class, TfGoalRow, staff_row);
  gtk_widget_class_bind_template_child (widget_class, TfGoalRow, due_row);
  gtk_widget_class_bind_template_child (widget_class, TfGoalRow, status_row);
  gtk_widget_class_bind_template_child (widget_class, TfGoalRow, progress_check);
  gtk_widget_class_bind_template_child (widget_class, TfGoalRow, progress_spin);
  gtk_widget_class_bind_template_child (widget_class, TfGoalRow, interventions_row);
  gtk_widget_class_bind_template_child (widget_class, TfGoalRow, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_progress_check_cb);
}

static void
tf_goal_row_init (TfGoalRow *self)
{
  self->checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

TfGoalRow *
tf_goal_row_new (TfPlanChoices *choices)
{
  TfGoalRow *self;
  GtkStringList *statuses = gtk_string_list_new (NULL);

  g_return_val_if_fail (choices != NULL, NULL);

  self = g_object_new (TF_TYPE_GOAL_ROW, NULL);
  self->choices = tf_plan_choices_ref (choices);
  for (guint i = 0; i < TF_N_GOAL_STATUSES; i++)
    gtk_string_list_append (statuses, tf_goal_status_label (i));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));
  g_object_unref (statuses);
  adw_combo_row_set_model (self->domain_row, G_LIST_MODEL (choices->domains));
  adw_combo_row_set_model (self->organisation_row, G_LIST_MODEL (choices->organisations));
  adw_combo_row_set_model (self->staff_row, G_LIST_MODEL (choices->staff));
  build_interventions (self);
  return self;
}
