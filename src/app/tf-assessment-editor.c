/* tf-assessment-editor.c — make a new assessment of a case, or edit one
 *
 * A new assessment starts from the latest one's scores and ticked factors,
 * so only what has moved is changed; every domain shows its previous score.
 * The core validates; each complaint is shown where it was made. A save
 * that meets another desk's newer version asks what to do, naming what
 * they changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-assessment-editor.h"
#include "tf-conflict-dialog.h"
#include "tf-domain-score-row.h"

struct _TfAssessmentEditor
{
  AdwWindow         parent_instance;

  /* Template widgets */
  AdwWindowTitle   *window_title;
  GtkRevealer      *error_revealer;
  GtkLabel         *error_label;
  AdwPreferencesGroup *assessment_group;
  AdwEntryRow      *date_row;
  AdwActionRow     *date_error;
  GtkSwitch        *took_part_switch;
  GtkListBox       *domains_list;
  GtkLabel         *scores_error_label;
  GtkListBox       *risk_list;
  GtkListBox       *protective_list;
  AdwActionRow     *risk_low_row;
  AdwActionRow     *risk_moderate_row;
  AdwActionRow     *risk_high_row;
  GtkCheckButton   *risk_low_check;
  GtkCheckButton   *risk_moderate_check;
  GtkCheckButton   *risk_high_check;
  AdwActionRow     *risk_error;
  GtkTextView      *reasoning_view;

  /* Owned */
  TfSession        *session;
  gint64            case_id;
  TfAssessment     *base;          /* what the form was filled from */
  GPtrArray        *score_rows;    /* of TfDomainScoreRow, unowned */
  GPtrArray        *factor_checks; /* of GtkCheckButton, with "factor-id" data */
};

G_DEFINE_FINAL_TYPE (TfAssessmentEditor, tf_assessment_editor, ADW_TYPE_WINDOW)

static const char * const risk_ids[] = { "low", "moderate", "high" };

/* Messages */

static void
show_banner (TfAssessmentEditor *self,
             const char         *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

static void
show_row_error (AdwActionRow *row,
                const char   *message)
{
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (row), message != NULL);
}

static void
clear_errors (TfAssessmentEditor *self)
{
  show_banner (self, NULL);
  show_row_error (self->date_error, NULL);
  show_row_error (self->risk_error, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->scores_error_label), FALSE);
  for (guint i = 0; i < self->score_rows->len; i++)
    tf_domain_score_row_set_error (g_ptr_array_index (self->score_rows, i), NULL);
}

static void
show_errors (TfAssessmentEditor *self,
             GHashTable         *errors)
{
  GtkWidget *first = NULL;
  const char *message;

  if ((message = g_hash_table_lookup (errors, "assessed-on")) != NULL)
    {
      show_row_error (self->date_error, message);
      first = GTK_WIDGET (self->date_row);
    }
  for (guint i = 0; i < self->score_rows->len; i++)
    {
      TfDomainScoreRow *row = g_ptr_array_index (self->score_rows, i);
      g_autofree char *key = g_strdup_printf ("score-%" G_GINT64_FORMAT,
                                              tf_assessment_domain_get_id (tf_domain_score_row_get_domain (row)));
      if ((message = g_hash_table_lookup (errors, key)) == NULL)
        continue;
      tf_domain_score_row_set_error (row, message);
      if (first == NULL)
        first = tf_domain_score_row_get_focus_widget (row);
    }
  if ((message = g_hash_table_lookup (errors, "scores")) != NULL)
    {
      gtk_label_set_label (self->scores_error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->scores_error_label), TRUE);
      if (first == NULL && self->score_rows->len > 0)
        first = tf_domain_score_row_get_focus_widget (g_ptr_array_index (self->score_rows, 0));
    }
  if ((message = g_hash_table_lookup (errors, "risk-level")) != NULL)
    {
      show_row_error (self->risk_error, message);
      if (first == NULL)
        first = GTK_WIDGET (self->risk_low_check);
    }
  /* Factors have no field of their own to point at. */
  show_banner (self, g_hash_table_lookup (errors, "factors"));
  if (first != NULL)
    gtk_widget_grab_focus (first);
}

/* Building the form */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* The active domains, and retired ones this assessment already scored */
static void
build_domain_rows (TfAssessmentEditor *self,
                   GListModel         *domains,
                   GHashTable         *previous)
{
  guint n = g_list_model_get_n_items (domains);

  clear_list (self->domains_list);
  g_ptr_array_set_size (self->score_rows, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfAssessmentDomain) domain = g_list_model_get_item (domains, i);
      gint64 id = tf_assessment_domain_get_id (domain);
      TfDomainScoreRow *row;

      if (!tf_assessment_domain_get_active (domain) &&
          !tf_assessment_get_score (self->base, id, NULL, NULL, NULL))
        continue;
      row = tf_domain_score_row_new (domain);
      if (previous != NULL)
        tf_domain_score_row_set_previous (row, g_hash_table_lookup (previous, &id));
      gtk_list_box_append (self->domains_list, GTK_WIDGET (row));
      g_ptr_array_add (self->score_rows, row);
    }
}

static void
build_factor_rows (TfAssessmentEditor *self,
                   GListModel         *factors)
{
  guint n = g_list_model_get_n_items (factors);

  clear_list (self->risk_list);
  clear_list (self->protective_list);
  g_ptr_array_set_size (self->factor_checks, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfAssessmentFactor) factor = g_list_model_get_item (factors, i);
      gint64 id = tf_assessment_factor_get_id (factor);
      gboolean risk = g_strcmp0 (tf_assessment_factor_get_kind (factor), "risk") == 0;
      GtkWidget *check;
      GtkWidget *row;

      if (!tf_assessment_factor_get_active (factor) && !tf_assessment_has_factor (self->base, id))
        continue;
      check = g_object_new (GTK_TYPE_CHECK_BUTTON, "valign", GTK_ALIGN_CENTER, NULL);
      g_object_set_data_full (G_OBJECT (check), "factor-id", g_memdup2 (&id, sizeof id), g_free);
      row = g_object_new (ADW_TYPE_ACTION_ROW,
                          "title", tf_assessment_factor_get_title (factor),
                          "use-markup", FALSE,
                          "activatable-widget", check,
                          NULL);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      gtk_list_box_append (risk ? self->risk_list : self->protective_list, row);
      g_ptr_array_add (self->factor_checks, check);
    }
}

static char *
typed_date (const char *iso)
{
  int y, m, d;

  /* What a Danish user types: 3.12.2025 */
  if (iso == NULL || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3)
    return g_strdup ("");
  return g_strdup_printf ("%d.%d.%d", d, m, y);
}

/* Each domain's previous score as of the date typed: an assessment dated
 * back in time compares with what came before that date. */
static void
on_date_changed_cb (GtkEditable        *editable,
                    TfAssessmentEditor *self)
{
  g_autofree char *iso = tf_parse_user_date (gtk_editable_get_text (editable), NULL);
  g_autoptr(GHashTable) previous = NULL;

  if (iso == NULL || self->base == NULL)
    return;
  previous = tf_assessment_previous_scores (self->session, self->case_id, iso,
                                            tf_assessment_get_id (self->base), NULL);
  if (previous == NULL)
    return;
  for (guint i = 0; i < self->score_rows->len; i++)
    {
      TfDomainScoreRow *row = g_ptr_array_index (self->score_rows, i);
      gint64 id = tf_assessment_domain_get_id (tf_domain_score_row_get_domain (row));
      tf_domain_score_row_set_previous (row, g_hash_table_lookup (previous, &id));
    }
}

/* Puts @self->base's values into the form. */
static void
fill_form (TfAssessmentEditor *self)
{
  TfAssessment *a = self->base;
  g_autofree char *date = typed_date (tf_assessment_get_assessed_on (a));
  const char *risk = tf_assessment_get_risk_level (a);
  GtkCheckButton *risk_checks[] = { self->risk_low_check, self->risk_moderate_check, self->risk_high_check };
  const char *reasoning = tf_assessment_get_reasoning (a);

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
  gtk_switch_set_active (self->took_part_switch, tf_assessment_get_young_person_took_part (a));
  for (guint i = 0; i < self->score_rows->len; i++)
    {
      TfDomainScoreRow *row = g_ptr_array_index (self->score_rows, i);
      int score, own;
      const char *note;

      tf_assessment_get_score (a, tf_assessment_domain_get_id (tf_domain_score_row_get_domain (row)),
                               &score, &own, &note);
      tf_domain_score_row_set_scores (row, score, own, note);
    }
  for (guint i = 0; i < self->factor_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->factor_checks, i);
      gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (check), "factor-id");
      gtk_check_button_set_active (check, tf_assessment_has_factor (a, id));
    }
  for (guint i = 0; i < G_N_ELEMENTS (risk_ids); i++)
    gtk_check_button_set_active (risk_checks[i], g_strcmp0 (risk, risk_ids[i]) == 0);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->reasoning_view),
                            reasoning != NULL ? reasoning : "", -1);
}

/* Writes the form into @target. FALSE (with the date's complaint shown)
 * when the date cannot be read. */
static gboolean
push_form (TfAssessmentEditor *self,
           TfAssessment       *target)
{
  GtkCheckButton *risk_checks[] = { self->risk_low_check, self->risk_moderate_check, self->risk_high_check };
  const char *risk = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *iso = tf_parse_user_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), &error);
  g_autofree char *reasoning = NULL;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->reasoning_view);
  GtkTextIter start, end;

  if (iso == NULL)
    {
      show_row_error (self->date_error, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
      return FALSE;
    }
  tf_assessment_set_assessed_on (target, iso);
  tf_assessment_set_young_person_took_part (target, gtk_switch_get_active (self->took_part_switch));
  tf_assessment_clear_scores (target);
  for (guint i = 0; i < self->score_rows->len; i++)
    {
      TfDomainScoreRow *row = g_ptr_array_index (self->score_rows, i);
      g_autofree char *note = NULL;
      int score, own;

      tf_domain_score_row_get_scores (row, &score, &own, &note);
      tf_assessment_set_score (target, tf_assessment_domain_get_id (tf_domain_score_row_get_domain (row)),
                               score, own, note);
    }
  for (guint i = 0; i < self->factor_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->factor_checks, i);
      gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (check), "factor-id");
      tf_assessment_set_factor (target, id, gtk_check_button_get_active (check));
    }
  for (guint i = 0; i < G_N_ELEMENTS (risk_ids); i++)
    if (gtk_check_button_get_active (risk_checks[i]))
      risk = risk_ids[i];
  tf_assessment_set_risk_level (target, risk);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  reasoning = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  tf_assessment_set_reasoning (target, reasoning);
  return TRUE;
}

/* Saving */

static const char *
domain_title (TfAssessmentEditor *self,
              gint64              id)
{
  for (guint i = 0; i < self->score_rows->len; i++)
    {
      TfAssessmentDomain *domain = tf_domain_score_row_get_domain (g_ptr_array_index (self->score_rows, i));
      if (tf_assessment_domain_get_id (domain) == id)
        return tf_assessment_domain_get_title (domain);
    }
  return NULL;
}

static char *
score_text (int score)
{
  return score >= 0 ? g_strdup_printf ("%d", score) : g_strdup (C_("score", "Not scored"));
}

/* What the other desk changed between @mine (as loaded) and @theirs, as
 * "School and learning: 4 → 6" lines. */
static GStrv
describe_changes (TfAssessmentEditor *self,
                  TfAssessment       *mine,
                  TfAssessment       *theirs)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  if (g_strcmp0 (tf_assessment_get_assessed_on (mine), tf_assessment_get_assessed_on (theirs)) != 0)
    {
      g_autofree char *before = tf_format_date (tf_assessment_get_assessed_on (mine));
      g_autofree char *after = tf_format_date (tf_assessment_get_assessed_on (theirs));
      g_ptr_array_add (lines, g_strdup_printf (_("Date: %s → %s"), before, after));
    }
  if (g_strcmp0 (tf_assessment_get_risk_level (mine), tf_assessment_get_risk_level (theirs)) != 0)
    g_ptr_array_add (lines, g_strdup_printf (_("Overall risk level: %s → %s"),
                                                 tf_risk_level_label (tf_assessment_get_risk_level (mine)),
                                                 tf_risk_level_label (tf_assessment_get_risk_level (theirs))));
  for (guint i = 0; i < self->score_rows->len; i++)
    {
      gint64 id = tf_assessment_domain_get_id (tf_domain_score_row_get_domain (g_ptr_array_index (self->score_rows, i)));
      int a, b, own_a, own_b;

      tf_assessment_get_score (mine, id, &a, &own_a, NULL);
      tf_assessment_get_score (theirs, id, &b, &own_b, NULL);
      if (a != b)
        {
          g_autofree char *before = score_text (a);
          g_autofree char *after = score_text (b);
          /* Translators: "School and learning: 4 → 6" */
          g_ptr_array_add (lines, g_strdup_printf (_("%s: %s → %s"), domain_title (self, id), before, after));
        }
      if (own_a != own_b)
        {
          g_autofree char *before = score_text (own_a);
          g_autofree char *after = score_text (own_b);
          g_ptr_array_add (lines, g_strdup_printf (_("%s, own score: %s → %s"),
                                                       domain_title (self, id), before, after));
        }
    }
  if (g_strcmp0 (tf_assessment_get_reasoning (mine), tf_assessment_get_reasoning (theirs)) != 0)
    g_ptr_array_add (lines, g_strdup (_("The reasoning")));
  g_ptr_array_add (lines, NULL);
  return (GStrv) g_ptr_array_free (lines, FALSE);
}

static void save_onto (TfAssessmentEditor *self,
                       TfAssessment       *target);

static void
on_conflict_response_cb (AdwMessageDialog   *dialog,
                         const char         *response,
                         TfAssessmentEditor *self)
{
  TfAssessment *fresh = g_object_get_data (G_OBJECT (dialog), "fresh");

  if (g_strcmp0 (response, TF_CONFLICT_THEIRS) == 0)
    {
      g_set_object (&self->base, fresh);
      clear_errors (self);
      fill_form (self);
    }
  else if (g_strcmp0 (response, TF_CONFLICT_MINE) == 0)
    {
      /* Mine, written over their version: the form onto a copy of theirs */
      g_autoptr(TfAssessment) target = tf_assessment_copy (fresh);
      g_set_object (&self->base, fresh);
      save_onto (self, target);
    }
}

static void
show_conflict (TfAssessmentEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfAssessment) fresh = tf_assessment_load (self->session, tf_assessment_get_id (self->base), &error);
  g_autofree char *who = NULL;
  g_auto(GStrv) changes = NULL;
  GtkWidget *dialog;

  if (fresh == NULL)
    {
      show_banner (self, error->message);
      return;
    }
  who = tf_audit_describe_last_change (self->session, "assessment", tf_assessment_get_id (fresh), self->case_id);
  changes = describe_changes (self, self->base, fresh);
  dialog = tf_conflict_dialog_new (GTK_WINDOW (self), _("Someone else changed this assessment"),
                                   who, (const char * const *) changes);
  g_object_set_data_full (G_OBJECT (dialog), "fresh", g_steal_pointer (&fresh), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_onto (TfAssessmentEditor *self,
           TfAssessment       *target)
{
  g_autoptr(GHashTable) errors = NULL;
  g_autoptr(GError) error = NULL;

  clear_errors (self);
  if (!push_form (self, target))
    return;
  errors = tf_assessment_validate (self->session, target);
  if (g_hash_table_size (errors) > 0)
    {
      show_errors (self, errors);
      return;
    }
  if (!tf_assessment_save (self->session, target, &error))
    {
      if (g_error_matches (error, TF_ERROR, TF_ERROR_CONFLICT))
        show_conflict (self);
      else
        show_banner (self, error->message);
      return;
    }
  /* The store's "changed" signal brings the page up to date. */
  tf_window_destroy_later (GTK_WINDOW (self));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TfAssessmentEditor *self = TF_ASSESSMENT_EDITOR (widget);
  g_autoptr(TfAssessment) target = NULL;

  if (self->base == NULL)
    return;
  target = tf_assessment_copy (self->base);
  save_onto (self, target);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* GObject */

static void
tf_assessment_editor_dispose (GObject *object)
{
  TfAssessmentEditor *self = TF_ASSESSMENT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_ASSESSMENT_EDITOR);
  g_clear_object (&self->session);
  g_clear_object (&self->base);
  G_OBJECT_CLASS (tf_assessment_editor_parent_class)->dispose (object);
}

static void
tf_assessment_editor_finalize (GObject *object)
{
  TfAssessmentEditor *self = TF_ASSESSMENT_EDITOR (object);

  g_ptr_array_unref (self->score_rows);
  g_ptr_array_unref (self->factor_checks);
  G_OBJECT_CLASS (tf_assessment_editor_parent_class)->finalize (object);
}

static void
tf_assessment_editor_class_init (TfAssessmentEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_assessment_editor_dispose;
  object_class->finalize = tf_assessment_editor_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-assessment-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentEditor, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentEditor, assessment_group);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentEditor, date_error);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentEditor, took_part_switch);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentEditor, domains_list);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentEditor, scores_error_label);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentEditor, risk_list);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentEditor, protective_list);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentEditor, risk_low_row);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentEditor, risk_moderate_row);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentEditor, risk_high_row);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentEditor, risk_low_check);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentEditor, risk_moderate_check);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentEditor, risk_high_check);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentEditor, risk_error);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentEditor, reasoning_view);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
}

static void
tf_assessment_editor_init (TfAssessmentEditor *self)
{
  AdwActionRow *risk_rows[] = { NULL, NULL, NULL };

  gtk_widget_init_template (GTK_WIDGET (self));
  self->score_rows = g_ptr_array_new ();
  self->factor_checks = g_ptr_array_new ();
  risk_rows[0] = self->risk_low_row;
  risk_rows[1] = self->risk_moderate_row;
  risk_rows[2] = self->risk_high_row;
  for (guint i = 0; i < G_N_ELEMENTS (risk_ids); i++)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (risk_rows[i]), tf_risk_level_label (risk_ids[i]));
}

static gboolean
model_has_id (GListModel *model,
              gint64      id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 item_id = TF_IS_ASSESSMENT_DOMAIN (item)
                       ? tf_assessment_domain_get_id (TF_ASSESSMENT_DOMAIN (item))
                       : tf_assessment_factor_get_id (TF_ASSESSMENT_FACTOR (item));
      if (item_id == id)
        return TRUE;
    }
  return FALSE;
}

/* For a new assessment: the latest one's scores and factors, not its date,
 * risk level, notes or reasoning, which are this meeting's to decide. */
static TfAssessment *
start_from_latest (TfAssessmentEditor *self,
                   char              **latest_date)
{
  TfAssessment *fresh = tf_assessment_new (self->case_id);
  g_autoptr(GListModel) list = tf_assessment_list_for_case (self->session, self->case_id, NULL);
  /* Only what is still in use: a retired domain or factor gets nothing new. */
  g_autoptr(GListModel) domains = tf_assessment_domain_list (self->session, FALSE, NULL);
  g_autoptr(GListModel) factors = tf_assessment_factor_list (self->session, NULL, FALSE, NULL);
  g_autoptr(TfAssessment) latest = NULL;
  const gint64 *ids;
  guint n;

  if (list == NULL || g_list_model_get_n_items (list) == 0 || domains == NULL || factors == NULL)
    return fresh;
  latest = g_list_model_get_item (list, 0);
  ids = tf_assessment_get_scored_domains (latest, &n);
  for (guint i = 0; i < n; i++)
    {
      int score, own;
      if (!model_has_id (domains, ids[i]))
        continue;
      tf_assessment_get_score (latest, ids[i], &score, &own, NULL);
      tf_assessment_set_score (fresh, ids[i], score, own, NULL);
    }
  ids = tf_assessment_get_factors (latest, &n);
  for (guint i = 0; i < n; i++)
    if (model_has_id (factors, ids[i]))
      tf_assessment_set_factor (fresh, ids[i], TRUE);
  *latest_date = g_strdup (tf_assessment_get_assessed_on (latest));
  return fresh;
}

TfAssessmentEditor *
tf_assessment_editor_new (GtkWindow *parent,
                          TfSession *session,
                          gint64     case_id,
                          gint64     assessment_id)
{
  TfAssessmentEditor *self = g_object_new (TF_TYPE_ASSESSMENT_EDITOR,
                                           "transient-for", parent, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) domains = NULL;
  g_autoptr(GListModel) factors = NULL;
  g_autoptr(GHashTable) previous = NULL;
  g_autofree char *latest_date = NULL;

  self->session = g_object_ref (session);
  self->case_id = case_id;
  if (assessment_id > 0)
    {
      self->base = tf_assessment_load (session, assessment_id, &error);
      adw_window_title_set_title (self->window_title, _("Edit Assessment"));
    }
  else
    {
      self->base = start_from_latest (self, &latest_date);
      adw_window_title_set_title (self->window_title, _("New Assessment"));
    }
  if (self->base == NULL)
    {
      show_banner (self, error->message);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
      return self;
    }
  if (latest_date != NULL)
    {
      g_autofree char *shown = tf_format_date (latest_date);
      /* Translators: %s is a date, "3. dec. 2025" */
      g_autofree char *text = g_strdup_printf (_("Scores and factors start from the assessment of %s. "
                                                 "Change what has moved since then."), shown);
      adw_preferences_group_set_description (self->assessment_group, text);
    }

  domains = tf_assessment_domain_list (session, TRUE, &error);
  factors = domains != NULL ? tf_assessment_factor_list (session, NULL, TRUE, &error) : NULL;
  previous = factors != NULL
             ? tf_assessment_previous_scores (session, case_id, tf_assessment_get_assessed_on (self->base),
                                              tf_assessment_get_id (self->base), &error)
             : NULL;
  if (previous == NULL)
    {
      show_banner (self, error->message);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", FALSE);
      return self;
    }
  build_domain_rows (self, domains, previous);
  build_factor_rows (self, factors);
  fill_form (self);
  g_signal_connect_object (self->date_row, "changed", G_CALLBACK (on_date_changed_cb), self, 0);
  return self;
}
