/* tf-plan-editor.c — make or revise a case's action plan
 *
 * A revision starts from the newest version with everything filled in, so
 * nothing is typed twice; saving writes the next version. Complaints show
 * under the field they are about. When another desk saved a version first,
 * the conflict dialog says what they changed and lets the person choose.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-conflict-dialog.h"
#include "tf-goal-row.h"
#include "tf-plan-choices.h"
#include "tf-plan-editor.h"

struct _TfPlanEditor
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  AdwPreferencesPage  *page;
  AdwEntryRow         *made_on_row;
  AdwActionRow        *made_on_error;
  AdwEntryRow         *follow_up_row;
  AdwActionRow        *follow_up_error;
  GtkSwitch           *young_person_switch;
  GtkSwitch           *guardians_switch;
  GtkTextView         *young_person_words_view;
  GtkTextView         *guardians_words_view;
  GtkBox              *goals_box;
  GtkLabel            *goals_error;
  AdwPreferencesGroup *reasons_group;
  AdwEntryRow         *note_row;

  /* Owned */
  TfSession           *session;
  gint64               case_id;
  TfPlanChoices       *choices;
  TfActionPlan        *base;          /* the version the form started from; NULL for the first */
  GPtrArray           *goal_rows;     /* TfGoalRow, in order (borrowed) */
  GPtrArray           *red_domains;   /* TfPlanDomain red in the latest assessment */
  GPtrArray           *reason_rows;   /* AdwEntryRow per red domain (borrowed) */
  GPtrArray           *reason_errors; /* AdwActionRow per red domain (borrowed) */
  /* The follow-up date the form proposed, as typed; while the field still
   * holds it, a new meeting date moves it along (three months on). */
  char                *proposed_follow_up;
};

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TfPlanEditor, tf_plan_editor, ADW_TYPE_WINDOW)

static void
show_banner (TfPlanEditor *self,
             const char   *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
show_field_error (AdwActionRow *row,
                  const char   *message)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (row), message != NULL);
}

static char *
dup_text_view (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
set_text_view (GtkTextView *view,
               const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

/* Red domains: a reason field shows only while no live goal works on it. */
static void
update_reasons (TfPlanEditor *self)
{
  gboolean any = FALSE;

  for (guint i = 0; i < self->red_domains->len; i++)
    {
      TfPlanDomain *domain = g_ptr_array_index (self->red_domains, i);
      gboolean covered = FALSE;

      for (guint k = 0; k < self->goal_rows->len && !covered; k++)
        {
          TfGoalRow *row = g_ptr_array_index (self->goal_rows, k);
          covered = tf_goal_row_get_domain_id (row) == domain->domain_id && !tf_goal_row_is_dropped (row);
        }
      gtk_widget_set_visible (g_ptr_array_index (self->reason_rows, i), !covered);
      if (covered)
        gtk_widget_set_visible (g_ptr_array_index (self->reason_errors, i), FALSE);
      any = any || !covered;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->reasons_group), any);
}

static void
renumber_goals (TfPlanEditor *self)
{
  for (guint i = 0; i < self->goal_rows->len; i++)
    tf_goal_row_set_number (g_ptr_array_index (self->goal_rows, i), i + 1);
}

static void
on_goal_remove_requested_cb (TfGoalRow    *row,
                             TfPlanEditor *self)
{
  g_ptr_array_remove (self->goal_rows, row);
  gtk_box_remove (self->goals_box, GTK_WIDGET (row));
  renumber_goals (self);
  update_reasons (self);
}

static TfGoalRow *
append_goal_row (TfPlanEditor *self,
                 TfPlanGoal   *goal)
{
  TfGoalRow *row = tf_goal_row_new (self->choices);

  if (goal != NULL)
    tf_goal_row_set_goal (row, goal);
  g_signal_connect_object (row, "remove-requested", G_CALLBACK (on_goal_remove_requested_cb), self, 0);
  g_signal_connect_object (row, "changed", G_CALLBACK (update_reasons), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->goals_box, GTK_WIDGET (row));
  g_ptr_array_add (self->goal_rows, row);
  renumber_goals (self);
  update_reasons (self);
  return row;
}

static void
clear_goal_rows (TfPlanEditor *self)
{
  while (self->goal_rows->len > 0)
    {
      GtkWidget *row = g_ptr_array_steal_index (self->goal_rows, self->goal_rows->len - 1);
      gtk_box_remove (self->goals_box, row);
    }
}

/* Fills the form from @plan (the newest version), or for a first plan with
 * today and a follow-up three months on. A revision is a new meeting: it is
 * dated today and keeps a follow-up date that has not passed. */
static void
fill_form (TfPlanEditor *self,
           TfActionPlan *plan)
{
  g_autofree char *today = tf_today_iso ();
  g_autofree char *in_three_months = tf_plan_add_months (today, 3);
  g_autofree char *made_on = tf_plan_typed_date (today);
  const char *kept = plan != NULL ? tf_action_plan_get_next_follow_up (plan) : NULL;
  g_autofree char *follow_up = tf_plan_typed_date (kept != NULL && g_strcmp0 (kept, today) >= 0
                                                   ? kept : in_three_months);
  GListModel *goals;

  /* The meeting date first: its change handler must not see a proposal yet. */
  g_clear_pointer (&self->proposed_follow_up, g_free);
  gtk_editable_set_text (GTK_EDITABLE (self->made_on_row), made_on);
  self->proposed_follow_up = g_strdup (follow_up);
  gtk_editable_set_text (GTK_EDITABLE (self->follow_up_row), follow_up);
  gtk_editable_set_text (GTK_EDITABLE (self->note_row), "");
  clear_goal_rows (self);
  for (guint i = 0; i < self->reason_rows->len; i++)
    {
      TfPlanDomain *domain = g_ptr_array_index (self->red_domains, i);
      const char *reason = plan != NULL ? tf_action_plan_get_domain_reason (plan, domain->domain_id) : NULL;
      gtk_editable_set_text (GTK_EDITABLE (g_ptr_array_index (self->reason_rows, i)),
                             reason != NULL ? reason : "");
    }

  if (plan == NULL)
    {
      gtk_switch_set_active (self->young_person_switch, TRUE);
      gtk_switch_set_active (self->guardians_switch, TRUE);
      set_text_view (self->young_person_words_view, NULL);
      set_text_view (self->guardians_words_view, NULL);
      append_goal_row (self, NULL);
      return;
    }
  gtk_switch_set_active (self->young_person_switch, tf_action_plan_get_young_person_took_part (plan));
  gtk_switch_set_active (self->guardians_switch, tf_action_plan_get_guardians_took_part (plan));
  set_text_view (self->young_person_words_view, tf_action_plan_get_young_person_words (plan));
  set_text_view (self->guardians_words_view, tf_action_plan_get_guardians_words (plan));
  goals = tf_action_plan_get_goals (plan);
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(TfPlanGoal) goal = g_list_model_get_item (goals, i);
      append_goal_row (self, goal);
    }
}

static void
build_reason_rows (TfPlanEditor *self)
{
  for (guint i = 0; i < self->red_domains->len; i++)
    {
      TfPlanDomain *domain = g_ptr_array_index (self->red_domains, i);
      /* Translators: the field for why a red assessment domain has no goal, "Why no goal: School and learning" */
      g_autofree char *title = g_strdup_printf (_("Why no goal: %s"), domain->title);
      GtkWidget *entry = g_object_new (ADW_TYPE_ENTRY_ROW, "title", title, "use-markup", FALSE, NULL);
      GtkWidget *error = g_object_new (ADW_TYPE_ACTION_ROW, "visible", FALSE, "activatable", FALSE,
                                       "use-markup", FALSE, "title-lines", 0,
                                       "icon-name", "dialog-warning-symbolic", NULL);

      gtk_widget_add_css_class (error, "field-error");
      gtk_widget_add_css_class (error, "error");
      adw_preferences_group_add (self->reasons_group, entry);
      adw_preferences_group_add (self->reasons_group, error);
      g_ptr_array_add (self->reason_rows, entry);
      g_ptr_array_add (self->reason_errors, error);
    }
}

static void
on_made_on_changed_cb (TfPlanEditor *self)
{
  g_autofree char *iso = tf_parse_user_date (gtk_editable_get_text (GTK_EDITABLE (self->made_on_row)), NULL);
  g_autofree char *later = tf_plan_add_months (iso, 3);

  if (later == NULL || self->proposed_follow_up == NULL ||
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->follow_up_row)), self->proposed_follow_up) != 0)
    return;
  g_free (self->proposed_follow_up);
  self->proposed_follow_up = tf_plan_typed_date (later);
  gtk_editable_set_text (GTK_EDITABLE (self->follow_up_row), self->proposed_follow_up);
}

/* Reading the form */

/* ISO from a typed date; an unreadable one leaves its message in @errors. */
static char *
parse_date_field (AdwEntryRow *row,
                  const char  *field,
                  GHashTable  *errors)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
  g_autoptr(GError) error = NULL;
  char *iso;

  if (*text == '\0')
    return NULL;
  iso = tf_parse_user_date (text, &error);
  if (iso == NULL)
    g_hash_table_insert (errors, g_strdup (field), g_strdup (error->message));
  return iso;
}

static TfActionPlan *
build_plan (TfPlanEditor *self,
            GHashTable   *errors)
{
  TfActionPlan *plan = tf_action_plan_new (self->case_id);
  g_autofree char *made_on = parse_date_field (self->made_on_row, "made-on", errors);
  g_autofree char *follow_up = parse_date_field (self->follow_up_row, "next-follow-up", errors);
  g_autofree char *young_person_words = dup_text_view (self->young_person_words_view);
  g_autofree char *guardians_words = dup_text_view (self->guardians_words_view);

  tf_action_plan_set_made_on (plan, made_on);
  tf_action_plan_set_next_follow_up (plan, follow_up);
  tf_action_plan_set_young_person_took_part (plan, gtk_switch_get_active (self->young_person_switch));
  tf_action_plan_set_guardians_took_part (plan, gtk_switch_get_active (self->guardians_switch));
  tf_action_plan_set_young_person_words (plan, young_person_words);
  tf_action_plan_set_guardians_words (plan, guardians_words);
  tf_action_plan_set_revision_note (plan, gtk_editable_get_text (GTK_EDITABLE (self->note_row)));
  for (guint i = 0; i < self->goal_rows->len; i++)
    {
      g_autofree char *due_error = NULL;
      g_autoptr(TfPlanGoal) goal = tf_goal_row_dup_goal (g_ptr_array_index (self->goal_rows, i), &due_error);

      if (due_error != NULL)
        g_hash_table_insert (errors, g_strdup_printf ("goal/%u/due-on", i), g_steal_pointer (&due_error));
      tf_action_plan_add_goal (plan, goal);
    }
  /* A reason only where it is asked for and written: an empty field leaves
   * the plan incomplete, which the page shows, but is no reason to refuse. */
  for (guint i = 0; i < self->reason_rows->len; i++)
    {
      TfPlanDomain *domain = g_ptr_array_index (self->red_domains, i);
      GtkWidget *row = g_ptr_array_index (self->reason_rows, i);
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

      if (gtk_widget_get_visible (row) && *text != '\0')
        tf_action_plan_set_domain_reason (plan, domain->domain_id, text);
    }
  return plan;
}

static void
clear_errors (TfPlanEditor *self)
{
  show_banner (self, NULL);
  show_field_error (self->made_on_error, NULL);
  show_field_error (self->follow_up_error, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->goals_error), FALSE);
  for (guint i = 0; i < self->goal_rows->len; i++)
    tf_goal_row_show_errors (g_ptr_array_index (self->goal_rows, i), NULL, i);
  for (guint i = 0; i < self->reason_errors->len; i++)
    show_field_error (g_ptr_array_index (self->reason_errors, i), NULL);
}

static void
show_errors (TfPlanEditor *self,
             GHashTable   *errors)
{
  const char *goals = g_hash_table_lookup (errors, "goals");

  show_field_error (self->made_on_error, g_hash_table_lookup (errors, "made-on"));
  show_field_error (self->follow_up_error, g_hash_table_lookup (errors, "next-follow-up"));
  gtk_label_set_label (self->goals_error, goals != NULL ? goals : "");
  gtk_widget_set_visible (GTK_WIDGET (self->goals_error), goals != NULL);
  for (guint i = 0; i < self->goal_rows->len; i++)
    tf_goal_row_show_errors (g_ptr_array_index (self->goal_rows, i), errors, i);
  for (guint i = 0; i < self->red_domains->len; i++)
    {
      TfPlanDomain *domain = g_ptr_array_index (self->red_domains, i);
      g_autofree char *field = g_strdup_printf ("reason/%" G_GINT64_FORMAT, domain->domain_id);
      show_field_error (g_ptr_array_index (self->reason_errors, i), g_hash_table_lookup (errors, field));
    }
  show_banner (self, _("The plan was not saved. Check the fields marked below."));
}

/* Saving */

static void save (TfPlanEditor *self);

static void
on_conflict_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         TfPlanEditor     *self)
{
  g_autoptr(TfActionPlan) theirs = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, TF_CONFLICT_KEEP_EDITING) == 0)
    return;
  theirs = tf_action_plan_load_current (self->session, self->case_id, &error);
  if (theirs == NULL)
    {
      show_banner (self, error != NULL ? error->message : _("The action plan no longer exists."));
      return;
    }
  /* Either way the newest version is now the one to build on. */
  g_set_object (&self->base, theirs);
  if (g_strcmp0 (response, TF_CONFLICT_THEIRS) == 0)
    {
      clear_errors (self);
      fill_form (self, theirs);
    }
  else if (g_strcmp0 (response, TF_CONFLICT_MINE) == 0)
    save (self);
}

static void
show_conflict (TfPlanEditor *self)
{
  g_autoptr(TfActionPlan) theirs = NULL;
  g_autoptr(TfActionPlan) empty = NULL;
  g_auto(GStrv) changes = NULL;
  g_autofree char *who = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *dialog;

  theirs = tf_action_plan_load_current (self->session, self->case_id, &error);
  if (theirs == NULL)
    {
      show_banner (self, error != NULL ? error->message : _("The action plan no longer exists."));
      return;
    }
  empty = tf_action_plan_new (self->case_id);
  changes = tf_action_plan_describe_changes (self->base != NULL ? self->base : empty, theirs);
  who = tf_audit_describe_last_change (self->session, "plan", tf_action_plan_get_id (theirs), self->case_id);
  dialog = tf_conflict_dialog_new (GTK_WINDOW (self), _("Someone else changed this action plan"),
                                   who, (const char * const *) changes);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save (TfPlanEditor *self)
{
  g_autoptr(GHashTable) errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) rules = NULL;
  g_autoptr(TfActionPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  gint64 base_version = self->base != NULL ? tf_action_plan_get_version (self->base) : 0;
  gint64 version = 0;

  clear_errors (self);
  plan = build_plan (self, errors);
  rules = tf_action_plan_validate (self->session, plan, &error);
  if (error != NULL)
    {
      show_banner (self, error->message);
      return;
    }
  /* What could not be read wins over what the core says of the empty field. */
  if (rules != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, rules);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (!g_hash_table_contains (errors, key))
          g_hash_table_insert (errors, g_strdup (key), g_strdup (value));
    }
  if (g_hash_table_size (errors) > 0)
    {
      show_errors (self, errors);
      return;
    }

  if (!tf_action_plan_save_revision (self->session, plan, base_version, &version, &error))
    {
      if (g_error_matches (error, TF_ERROR, TF_ERROR_CONFLICT))
        show_conflict (self);
      else
        show_banner (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, version);
  tf_window_destroy_later (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  save (TF_PLAN_EDITOR (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
add_goal_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TfPlanEditor *self = TF_PLAN_EDITOR (widget);

  if (self->choices != NULL)
    tf_goal_row_focus_what (append_goal_row (self, NULL));
}

/* Construction */

static gboolean
load (TfPlanEditor  *self,
      GError       **error)
{
  g_autoptr(TfActionPlan) nothing = NULL;
  g_autoptr(GPtrArray) red = NULL;
  g_autofree char *subtitle = NULL;

  self->choices = tf_plan_choices_load (self->session, self->case_id, error);
  if (self->choices == NULL)
    return FALSE;
  self->base = tf_action_plan_load_current (self->session, self->case_id, error);
  if (self->base == NULL && error != NULL && *error != NULL)
    return FALSE;

  /* A plan with nothing in it lacks every red domain: those are the red ones. */
  nothing = tf_action_plan_new (self->case_id);
  tf_action_plan_check_complete (self->session, nothing, &red, error);
  if (red == NULL)
    return FALSE;
  g_ptr_array_extend_and_steal (self->red_domains, g_steal_pointer (&red));
  build_reason_rows (self);

  if (self->base != NULL)
    {
      g_autofree char *version = tf_plan_version_title (self->base);
      gtk_window_set_title (GTK_WINDOW (self), _("Revise Action Plan"));
      adw_window_title_set_title (self->window_title, _("Revise Action Plan"));
      /* Translators: the editor's subtitle, "Starts from Version 3 · 1. Oct 2026" */
      subtitle = g_strdup_printf (_("Starts from %s"), version);
      adw_window_title_set_subtitle (self->window_title, subtitle);
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), _("Make Action Plan"));
      adw_window_title_set_title (self->window_title, _("Make Action Plan"));
    }
  fill_form (self, self->base);
  return TRUE;
}

static void
tf_plan_editor_dispose (GObject *object)
{
  TfPlanEditor *self = TF_PLAN_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_PLAN_EDITOR);
  g_clear_pointer (&self->choices, tf_plan_choices_unref);
  g_clear_object (&self->base);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (tf_plan_editor_parent_class)->dispose (object);
}

static void
tf_plan_editor_finalize (GObject *object)
{
  TfPlanEditor *self = TF_PLAN_EDITOR (object);

  g_ptr_array_unref (self->goal_rows);
  g_ptr_array_unref (self->red_domains);
  g_ptr_array_unref (self->reason_rows);
  g_ptr_array_unref (self->reason_errors);
  g_free (self->proposed_follow_up);
  G_OBJECT_CLASS (tf_plan_editor_parent_class)->finalize (object);
}

static void
tf_plan_editor_class_init (TfPlanEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_plan_editor_dispose;
  object_class->finalize = tf_plan_editor_finalize;

  /**
   * TfPlanEditor::saved:
   * @version: the version just written
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/dk/norddjurs/Taskforce/tf-plan-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TfPlanEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, TfPlanEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, TfPlanEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, TfPlanEditor, page);
  gtk_widget_class_bind_template_child (widget_class, TfPlanEditor, made_on_row);
  gtk_widget_class_bind_template_child (widget_class, TfPlanEditor, made_on_error);
  gtk_widget_class_bind_template_child (widget_class, TfPlanEditor, follow_up_row);
  gtk_widget_class_bind_template_child (widget_class, TfPlanEditor, follow_up_error);
  gtk_widget_class_bind_template_child (widget_class, TfPlanEditor, young_person_switch);
  gtk_widget_class_bind_template_child (widget_class, TfPlanEditor, guardians_switch);
  gtk_widget_class_bind_template_child (widget_class, TfPlanEditor, young_person_words_view);
  gtk_widget_class_bind_template_child (widget_class, TfPlanEditor, guardians_words_view);
  gtk_widget_class_bind_template_child (widget_class, TfPlanEditor, goals_box);
  gtk_widget_class_bind_template_child (widget_class, TfPlanEditor, goals_error);
  gtk_widget_class_bind_template_child (widget_class, TfPlanEditor, reasons_group);
  gtk_widget_class_bind_template_child (widget_class, TfPlanEditor, note_row);
  gtk_widget_class_bind_template_callback (widget_class, on_made_on_changed_cb);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.add-goal", NULL, add_goal_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);

  g_type_ensure (TF_TYPE_GOAL_ROW);
}

static void
tf_plan_editor_init (TfPlanEditor *self)
{
  self->goal_rows = g_ptr_array_new ();
  self->red_domains = g_ptr_array_new_with_free_func ((GDestroyNotify) tf_plan_domain_free);
  self->reason_rows = g_ptr_array_new ();
  self->reason_errors = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}

TfPlanEditor *
tf_plan_editor_new (GtkWindow *parent,
                    TfSession *session,
                    gint64     case_id)
{
  TfPlanEditor *self;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  self = g_object_new (TF_TYPE_PLAN_EDITOR, "transient-for", parent, NULL);
  self->session = g_object_ref (session);
  self->case_id = case_id;
  if (!load (self, &error))
    {
      /* Nothing to edit: say why, and offer nothing that would fail. */
      show_banner (self, error != NULL ? error->message : _("The action plan could not be read."));
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.add-goal", FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->page), FALSE);
    }
  return self;
}
