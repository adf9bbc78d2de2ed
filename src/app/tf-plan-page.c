/* tf-plan-page.c — the "Action Plan" page of a case window
 *
 * Shows the newest version of the plan made with the young person and the
 * family — dates, who took part and their words, the goals and whether
 * every red domain of the latest assessment is covered — and lets earlier
 * versions be read. Revise opens the editor on the newest version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "tf-plan-choices.h"
#include "tf-plan-editor.h"
#include "tf-plan-page.h"

struct _TfPlanPage
{
  TfCasePage     parent_instance;

  /* Template widgets */
  GtkStack      *stack;
  AdwComboRow   *version_row;
  GtkLabel      *old_version_label;
  AdwActionRow  *made_on_row;
  AdwActionRow  *follow_up_row;
  GtkImage      *overdue_icon;
  AdwActionRow  *author_row;
  AdwActionRow  *note_row;
  GtkListBox    *complete_list;
  GtkListBox    *goals_list;
  AdwActionRow  *young_person_row;
  AdwActionRow  *guardians_row;
  AdwActionRow  *young_person_words_row;
  AdwActionRow  *guardians_words_row;
  AdwPreferencesGroup *reasons_group;
  GtkListBox    *reasons_list;

  /* Owned */
  GListModel    *versions;     /* TfActionPlan summaries, newest first */
  gboolean       show_newest;  /* the pending reload is for a new version */
  gboolean       filling;      /* the version list is being replaced */
};

G_DEFINE_FINAL_TYPE (TfPlanPage, tf_plan_page, TF_TYPE_CASE_PAGE)

static void
set_value (AdwActionRow *row,
           const char   *text)
{
  adw_action_row_set_subtitle (row, text == NULL || *text == '\0' ? "—" : text);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static GtkWidget *
fact_row_new (const char *title,
              const char *subtitle,
              const char *icon_name)
{
  return g_object_new (ADW_TYPE_ACTION_ROW,
                       "title", title,
                       "subtitle", subtitle,
                       "icon-name", icon_name,
                       "use-markup", FALSE,
                       "activatable", FALSE,
                       "title-lines", 0,
                       "subtitle-lines", 0,
                       NULL);
}

/* Showing one version */

static void
show_follow_up (TfPlanPage   *self,
                TfActionPlan *plan,
                gboolean      newest)
{
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gint64 case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));
  const char *follow_up = tf_action_plan_get_next_follow_up (plan);
  g_autofree char *today = tf_today_iso ();
  g_autofree char *date = tf_format_date (follow_up);
  g_autofree char *text = NULL;
  g_autoptr(TfCase) kase = newest ? tf_case_load (session, case_id, NULL) : NULL;
  /* Only the plan in force of a case still open can be overdue; an old
   * version, or a closed case, is history. */
  gboolean overdue = kase != NULL && tf_case_status_is_open (tf_case_get_status (kase)) &&
                     follow_up != NULL && g_strcmp0 (follow_up, today) < 0;

  if (overdue)
    /* Translators: a follow-up date that has passed, "3. Dec 2025 (overdue)" */
    text = g_strdup_printf (_("%s (overdue)"), date);
  set_value (self->follow_up_row, overdue ? text : date);
  gtk_widget_set_visible (GTK_WIDGET (self->overdue_icon), overdue);
  if (overdue)
    gtk_widget_add_css_class (GTK_WIDGET (self->follow_up_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->follow_up_row), "error");
}

static void
show_completeness (TfPlanPage   *self,
                   TfActionPlan *plan)
{
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;

  clear_list (self->complete_list);
  if (!tf_action_plan_check_complete (session, plan, &missing, &error) && missing == NULL)
    {
      gtk_list_box_append (self->complete_list,
                           fact_row_new (_("Cannot check the plan against the assessment"),
                                         error->message, "dialog-error-symbolic"));
      return;
    }
  if (missing->len == 0)
    {
      gtk_list_box_append (self->complete_list,
                           fact_row_new (_("Complete"),
                                         _("Every red domain of the latest assessment has a goal or a reason."),
                                         "object-select-symbolic"));
      return;
    }
  for (guint i = 0; i < missing->len; i++)
    {
      TfPlanDomain *domain = g_ptr_array_index (missing, i);
      g_autofree char *date = tf_format_date (domain->assessed_on);
      /* Translators: "Behaviour and crime is red in the assessment of 3. Dec 2025 and has no goal or reason" */
      g_autofree char *text = g_strdup_printf (_("%s is red in the assessment of %s and has no goal or reason"),
                                               domain->title, date);
      GtkWidget *row = fact_row_new (text, NULL, "dialog-warning-symbolic");

      gtk_widget_add_css_class (row, "warning");
      gtk_list_box_append (self->complete_list, row);
    }
}

static GtkWidget *
progress_widget (int progress)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *bar = gtk_level_bar_new_for_interval (0, 10);
  g_autofree char *number = progress >= 0 ? g_strdup_printf ("%d/10", progress) : g_strdup ("—");
  GtkWidget *label = gtk_label_new (number);
  g_autofree char *name = progress >= 0
    /* Translators: a goal's progress for a screen reader, "Progress 7 of 10" */
    ? g_strdup_printf (_("Progress %d of 10"), progress)
    : g_strdup (_("Progress not measured yet"));

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (bar, 96, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), MAX (progress, 0));
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_label_set_width_chars (GTK_LABEL (label), 5);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  gtk_box_append (GTK_BOX (box), bar);
  gtk_box_append (GTK_BOX (box), label);
  return box;
}

static char *
goal_details (TfPlanGoal *goal,
              GHashTable *domain_titles,
              GHashTable *intervention_titles)
{
  GString *text = g_string_new (NULL);
  g_autofree char *due = tf_format_date (tf_plan_goal_get_due_on (goal));
  int status = tf_plan_goal_get_status (goal);
  gint64 domain_id = tf_plan_goal_get_domain_id (goal);
  const gint64 *ids;
  guint n_ids;

  g_string_append (text, tf_plan_goal_get_organisation_name (goal) ? tf_plan_goal_get_organisation_name (goal) : "—");
  if (tf_plan_goal_get_staff_name (goal) != NULL)
    g_string_append_printf (text, ", %s", tf_plan_goal_get_staff_name (goal));
  /* Translators: "<responsible> · due 3. Dec 2025 · In progress" */
  g_string_append_printf (text, _(" · due %s"), due);
  if (status >= 0 && status < TF_N_GOAL_STATUSES)
    g_string_append_printf (text, " · %s", tf_goal_status_label (status));
  if (domain_id != 0 && g_hash_table_contains (domain_titles, &domain_id))
    /* Translators: the assessment domain a goal works on, "Works on: School and learning" */
    g_string_append_printf (text, _("\nWorks on: %s"),
                            (const char *) g_hash_table_lookup (domain_titles, &domain_id));

  ids = tf_plan_goal_get_intervention_ids (goal, &n_ids);
  if (n_ids > 0)
    /* Translators: followed by the interventions that serve a goal */
    g_string_append_printf (text, "\n%s ", _("Served by:"));
  for (guint i = 0; i < n_ids; i++)
    {
      const char *title = g_hash_table_lookup (intervention_titles, &ids[i]);

      g_string_append_printf (text, "%s%s", i > 0 ? "; " : "",
                              title != NULL ? title : _("an intervention that was removed"));
    }
  return g_string_free (text, FALSE);
}

static void
show_goals (TfPlanPage   *self,
            TfActionPlan *plan,
            GHashTable   *domain_titles)
{
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gint64 case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));
  g_autoptr(GHashTable) intervention_titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GListModel) interventions = tf_plan_list_interventions (session, case_id, NULL);
  GListModel *goals = tf_action_plan_get_goals (plan);

  for (guint i = 0; interventions != NULL && i < g_list_model_get_n_items (interventions); i++)
    {
      g_autoptr(TfRecord) record = g_list_model_get_item (interventions, i);
      gint64 id = tf_record_get_id (record);
      g_hash_table_insert (intervention_titles, g_memdup2 (&id, sizeof id), tf_plan_intervention_title (record));
    }

  clear_list (self->goals_list);
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(TfPlanGoal) goal = g_list_model_get_item (goals, i);
      g_autofree char *details = goal_details (goal, domain_titles, intervention_titles);
      GtkWidget *row = fact_row_new (tf_plan_goal_get_what (goal), details, NULL);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), progress_widget (tf_plan_goal_get_progress (goal)));
      gtk_list_box_append (self->goals_list, row);
    }
}

static void
show_reasons (TfPlanPage   *self,
              TfActionPlan *plan,
              GHashTable   *domain_titles)
{
  g_autoptr(GArray) ids = tf_action_plan_dup_reason_domain_ids (plan);

  clear_list (self->reasons_list);
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      const char *title = g_hash_table_lookup (domain_titles, &id);

      gtk_list_box_append (self->reasons_list,
                           fact_row_new (title != NULL ? title : "—",
                                         tf_action_plan_get_domain_reason (plan, id), NULL));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->reasons_group), ids->len > 0);
}

static GHashTable *
load_domain_titles (TfPlanPage *self)
{
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  GHashTable *titles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  g_autoptr(GPtrArray) domains = tf_action_plan_list_domains (session, NULL);

  for (guint i = 0; domains != NULL && i < domains->len; i++)
    {
      TfPlanDomain *domain = g_ptr_array_index (domains, i);
      g_hash_table_insert (titles, g_memdup2 (&domain->domain_id, sizeof (gint64)), g_strdup (domain->title));
    }
  return titles;
}

static void
show_plan (TfPlanPage   *self,
           TfActionPlan *plan,
           gboolean      newest)
{
  g_autoptr(GHashTable) domain_titles = load_domain_titles (self);
  g_autofree char *made_on = tf_format_date (tf_action_plan_get_made_on (plan));
  g_autoptr(GDateTime) saved = g_date_time_new_from_unix_local (tf_action_plan_get_created_at (plan));
  g_autofree char *saved_day = saved != NULL ? g_date_time_format (saved, "%Y-%m-%d") : NULL;
  g_autofree char *saved_date = tf_format_date (saved_day);
  g_autofree char *author = NULL;
  const char *note = tf_action_plan_get_revision_note (plan);

  gtk_widget_set_visible (GTK_WIDGET (self->old_version_label), !newest);
  set_value (self->made_on_row, made_on);
  show_follow_up (self, plan, newest);
  /* Translators: who saved a version and when, "Mette Holm, 3. Dec 2025" */
  author = g_strdup_printf (_("%s, %s"), tf_action_plan_get_author_name (plan) ? tf_action_plan_get_author_name (plan) : "—",
                            saved_date);
  set_value (self->author_row, author);
  set_value (self->note_row, note);
  gtk_widget_set_visible (GTK_WIDGET (self->note_row), note != NULL);

  set_value (self->young_person_row, tf_action_plan_get_young_person_took_part (plan)
                                       ? _("Took part") : _("Did not take part"));
  set_value (self->guardians_row, tf_action_plan_get_guardians_took_part (plan)
                                    ? _("Took part") : _("Did not take part"));
  set_value (self->young_person_words_row, tf_action_plan_get_young_person_words (plan));
  set_value (self->guardians_words_row, tf_action_plan_get_guardians_words (plan));

  show_completeness (self, plan);
  show_goals (self, plan, domain_titles);
  show_reasons (self, plan, domain_titles);
}

static void
show_selected (TfPlanPage *self)
{
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gint64 case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));
  g_autoptr(TfActionPlan) summary = NULL;
  g_autoptr(TfActionPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  guint selected = adw_combo_row_get_selected (self->version_row);

  if (self->versions == NULL || selected >= g_list_model_get_n_items (self->versions))
    return;
  summary = g_list_model_get_item (self->versions, selected);
  plan = tf_action_plan_load_version (session, case_id, tf_action_plan_get_version (summary), &error);
  if (plan == NULL)
    {
      g_warning ("Could not read version %" G_GINT64_FORMAT " of the action plan: %s",
                 tf_action_plan_get_version (summary), error->message);
      return;
    }
  show_plan (self, plan, selected == 0);
}

static void
on_version_selected_cb (TfPlanPage *self)
{
  if (!self->filling)
    show_selected (self);
}

/* Shows the version read before (@keep_version), or the newest for 0. */
static void
reload (TfPlanPage *self,
        gint64      keep_version)
{
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gint64 case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));
  g_autoptr(GtkStringList) titles = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;
  guint selected = 0;
  guint n;

  g_clear_object (&self->versions);
  self->versions = tf_action_plan_list_versions (session, case_id, &error);
  n = self->versions != NULL ? g_list_model_get_n_items (self->versions) : 0;
  if (self->versions == NULL)
    adw_status_page_set_description (ADW_STATUS_PAGE (gtk_stack_get_child_by_name (self->stack, "empty")),
                                     error->message);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "plan" : "empty");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfActionPlan) version = g_list_model_get_item (self->versions, i);
      g_autofree char *title = tf_plan_version_title (version);
      gtk_string_list_append (titles, title);
      if (tf_action_plan_get_version (version) == keep_version)
        selected = i;
    }
  self->filling = TRUE;
  adw_combo_row_set_model (self->version_row, G_LIST_MODEL (titles));
  adw_combo_row_set_selected (self->version_row, selected);
  self->filling = FALSE;
  gtk_widget_set_sensitive (GTK_WIDGET (self->version_row), n > 1);
  show_selected (self);
}

static void
tf_plan_page_reload (TfCasePage *page)
{
  TfPlanPage *self = TF_PLAN_PAGE (page);
  gint64 keep = 0;
  guint selected = adw_combo_row_get_selected (self->version_row);

  /* Someone reading an old version keeps reading it while other things
   * change; a new version of the plan is shown at once. */
  if (!self->show_newest && self->versions != NULL && selected < g_list_model_get_n_items (self->versions))
    {
      g_autoptr(TfActionPlan) summary = g_list_model_get_item (self->versions, selected);
      keep = tf_action_plan_get_version (summary);
    }
  self->show_newest = FALSE;
  reload (self, keep);
}

static gboolean
tf_plan_page_is_relevant (TfCasePage *page,
                          const char *entity,
                          gint64      id)
{
  /* The plan itself, the assessment it is checked against, the
   * interventions its goals name, the case whose status decides "overdue". */
  static const char * const entities[] = { "plan", "assessment", "record", "case", NULL };
  TfPlanPage *self = TF_PLAN_PAGE (page);

  /* NULL: anything may have changed (another desk wrote to the file) */
  if (entity == NULL)
    return TRUE;
  if (id != tf_case_page_get_case_id (page) || !g_strv_contains (entities, entity))
    return FALSE;
  /* Noted here, where the entity is known, for the reload to come. */
  if (g_str_equal (entity, "plan"))
    self->show_newest = TRUE;
  return TRUE;
}

gboolean
tf_plan_page_select_version (TfPlanPage *self,
                             gint64      version)
{
  g_return_val_if_fail (TF_IS_PLAN_PAGE (self), FALSE);

  for (guint i = 0; self->versions != NULL && i < g_list_model_get_n_items (self->versions); i++)
    {
      g_autoptr(TfActionPlan) summary = g_list_model_get_item (self->versions, i);

      if (tf_action_plan_get_version (summary) == version)
        {
          adw_combo_row_set_selected (self->version_row, i);
          return TRUE;
        }
    }
  return FALSE;
}

static void
revise_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  TfPlanPage *self = TF_PLAN_PAGE (widget);
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gint64 case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));
  GtkRoot *root = gtk_widget_get_root (widget);
  TfPlanEditor *editor;

  if (session == NULL)
    return;
  editor = tf_plan_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, session, case_id);
  gtk_window_present (GTK_WINDOW (editor));
}

/* GObject */

static void
tf_plan_page_dispose (GObject *object)
{
  TfPlanPage *self = TF_PLAN_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_PLAN_PAGE);
  g_clear_object (&self->versions);
  G_OBJECT_CLASS (tf_plan_page_parent_class)->dispose (object);
}

static void
tf_plan_page_class_init (TfPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TfCasePageClass *page_class = TF_CASE_PAGE_CLASS (klass);

  object_class->dispose = tf_plan_page_dispose;

  page_class->reload = tf_plan_page_reload;
  page_class->is_relevant = tf_plan_page_is_relevant;

  gtk_widget_class_set_template_from_resource (widget_class, "/dk/norddjurs/Taskforce/tf-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TfPlanPage, stack);
  gtk_widget_class_bind_template_child (widget_class, TfPlanPage, version_row);
  gtk_widget_class_bind_template_child (widget_class, TfPlanPage, old_version_label);
  gtk_widget_class_bind_template_child (widget_class, TfPlanPage, made_on_row);
  gtk_widget_class_bind_template_child (widget_class, TfPlanPage, follow_up_row);
  gtk_widget_class_bind_template_child (widget_class, TfPlanPage, overdue_icon);
  gtk_widget_class_bind_template_child (widget_class, TfPlanPage, author_row);
  gtk_widget_class_bind_template_child (widget_class, TfPlanPage, note_row);
  gtk_widget_class_bind_template_child (widget_class, TfPlanPage, complete_list);
  gtk_widget_class_bind_template_child (widget_class, TfPlanPage, goals_list);
  gtk_widget_class_bind_template_child (widget_class, TfPlanPage, young_person_row);
  gtk_widget_class_bind_template_child (widget_class, TfPlanPage, guardians_row);
  gtk_widget_class_bind_template_child (widget_class, TfPlanPage, young_person_words_row);
  gtk_widget_class_bind_template_child (widget_class, TfPlanPage, guardians_words_row);
  gtk_widget_class_bind_template_child (widget_class, TfPlanPage, reasons_group);
  gtk_widget_class_bind_template_child (widget_class, TfPlanPage, reasons_list);
  gtk_widget_class_bind_template_callback (widget_class, on_version_selected_cb);
  gtk_widget_class_install_action (widget_class, "plan.revise", NULL, revise_action);
}

static void
tf_plan_page_init (TfPlanPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tf_plan_page_new (TfSession *session,
                  gint64     case_id)
{
  return g_object_new (TF_TYPE_PLAN_PAGE, "session", session, "case-id", case_id, NULL);
}
