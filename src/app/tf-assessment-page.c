/* tf-assessment-page.c — the core "Assessment" page of a case window
 *
 * The latest assessment first: each domain's score with its band in colour
 * and in words, the young person's own score beside it and the change since
 * the domain was last scored; then the overall judgement, and the earlier
 * assessments to open one by one. It reads what it shows itself and follows
 * the store's "changed" signal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "tf-assessment-editor.h"
#include "tf-assessment-page.h"
#include "tf-catalogue-dialog.h"
#include "tf-domain-score-row.h"

struct _TfAssessmentPage
{
  TfCasePage           parent_instance;

  /* Template widgets */
  GtkScrolledWindow   *scrolled_window;
  GtkWidget           *catalogue_button;
  AdwStatusPage       *empty_page;
  GtkLabel            *load_error_label;
  AdwPreferencesGroup *latest_group;
  GtkListBox          *latest_list;
  AdwPreferencesGroup *summary_group;
  AdwActionRow        *risk_row;
  AdwActionRow        *risk_factors_row;
  AdwActionRow        *protective_factors_row;
  AdwActionRow        *reasoning_row;
  AdwPreferencesGroup *earlier_group;
  GtkListBox          *earlier_list;

  /* Owned */
  gint64               latest_id;
};

G_DEFINE_FINAL_TYPE (TfAssessmentPage, tf_assessment_page, TF_TYPE_CASE_PAGE)

/* Helpers */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
set_value (AdwActionRow *row,
           const char   *text)
{
  adw_action_row_set_subtitle (row, text == NULL || *text == '\0' ? "—" : text);
}

static GtkWidget *
small_label (const char *text,
             const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* "↑ 2", "↓ 1" or "=" against the domain's previous score, with the words
 * in a tooltip and for screen readers. */
static GtkWidget *
change_label (int                    score,
              const TfPreviousScore *previous)
{
  g_autofree char *text = NULL;
  g_autofree char *words = NULL;
  g_autofree char *date = NULL;
  GtkWidget *label;
  int delta;

  if (previous == NULL || previous->score < 0 || score < 0)
    return NULL;
  date = tf_format_date (previous->assessed_on);
  delta = score - previous->score;
  if (delta > 0)
    {
      text = g_strdup_printf ("↑ %d", delta);
      /* Translators: "Up 2 since 3. dec. 2025" */
      words = g_strdup_printf (_("Up %d since %s"), delta, date);
    }
  else if (delta < 0)
    {
      text = g_strdup_printf ("↓ %d", -delta);
      words = g_strdup_printf (_("Down %d since %s"), -delta, date);
    }
  else
    {
      text = g_strdup ("=");
      words = g_strdup_printf (_("Unchanged since %s"), date);
    }
  label = small_label (text, "numeric");
  gtk_widget_set_size_request (label, 36, -1);
  gtk_widget_set_tooltip_text (label, words);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, words, -1);
  return label;
}

/* One domain of an assessment: title and note, then score, band chip, the
 * young person's own score and (for the latest) the change. */
static GtkWidget *
score_row_new (TfAssessmentDomain    *domain,
               TfAssessment          *assessment,
               const TfPreviousScore *previous)
{
  gint64 id = tf_assessment_domain_get_id (domain);
  GtkWidget *row;
  GtkWidget *chip;
  GtkWidget *label;
  GtkWidget *change;
  g_autofree char *score_text = NULL;
  g_autofree char *own_text = NULL;
  const char *note;
  int score, own;

  tf_assessment_get_score (assessment, id, &score, &own, &note);
  row = g_object_new (ADW_TYPE_ACTION_ROW,
                      "title", tf_assessment_domain_get_title (domain),
                      "subtitle", note != NULL ? note : "",
                      "use-markup", FALSE,
                      "activatable", FALSE,
                      "subtitle-lines", 0,
                      NULL);
  /* Fixed widths, so the scores, chips and own scores line up in columns */
  score_text = score >= 0 ? g_strdup_printf ("%d", score) : g_strdup ("—");
  label = small_label (score_text, "score-number");
  gtk_label_set_width_chars (GTK_LABEL (label), 2);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  chip = small_label (NULL, "band-chip");
  tf_band_chip_update (GTK_LABEL (chip), score);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), chip);
  /* Translators: the young person's own score, "Own 7" */
  own_text = own >= 0 ? g_strdup_printf (_("Own %d"), own) : g_strdup (_("Own —"));
  label = small_label (own_text, "dim-label");
  gtk_label_set_width_chars (GTK_LABEL (label), 7);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  change = change_label (score, previous);
  if (change == NULL)
    {
      /* Nothing to compare with: keep the column's place. */
      change = small_label (NULL, NULL);
      gtk_widget_set_size_request (change, 36, -1);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), change);
  return row;
}

static TfAssessmentDomain *
find_domain (GListModel *domains,
             gint64      id)
{
  guint n = g_list_model_get_n_items (domains);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfAssessmentDomain) domain = g_list_model_get_item (domains, i);
      if (tf_assessment_domain_get_id (domain) == id)
        return g_steal_pointer (&domain);
    }
  return NULL;
}

/* The titles of the ticked factors of @kind, joined by commas */
static char *
factor_titles (TfAssessment *assessment,
               GListModel   *factors,
               const char   *kind)
{
  GString *text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (factors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfAssessmentFactor) factor = g_list_model_get_item (factors, i);
      if (g_strcmp0 (tf_assessment_factor_get_kind (factor), kind) != 0 ||
          !tf_assessment_has_factor (assessment, tf_assessment_factor_get_id (factor)))
        continue;
      g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", tf_assessment_factor_get_title (factor));
    }
  return g_string_free (text, FALSE);
}

/* "Risk level: Moderate · Mette Holm · The young person took part" */
static char *
describe_meta (TfAssessment *assessment)
{
  const char *risk = tf_risk_level_label (tf_assessment_get_risk_level (assessment));
  const char *author = tf_assessment_get_author_name (assessment);
  GString *text = g_string_new (NULL);

  /* Translators: the overall risk level of an assessment, "Risk level: Moderate" */
  g_string_append_printf (text, _("Risk level: %s"), risk != NULL ? risk : "—");
  if (author != NULL)
    g_string_append_printf (text, " · %s", author);
  g_string_append_printf (text, " · %s", tf_assessment_get_young_person_took_part (assessment)
                                         ? _("The young person took part")
                                         : _("The young person did not take part"));
  return g_string_free (text, FALSE);
}

/* Showing */

static void
show_latest (TfAssessmentPage *self,
             TfAssessment     *latest,
             GListModel       *domains,
             GListModel       *factors)
{
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gint64 case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));
  g_autofree char *date = tf_format_date (tf_assessment_get_assessed_on (latest));
  g_autofree char *title = g_strdup_printf (_("Assessment of %s"), date);
  g_autofree char *meta = describe_meta (latest);
  g_autofree char *risks = factor_titles (latest, factors, "risk");
  g_autofree char *protective = factor_titles (latest, factors, "protective");
  g_autoptr(GHashTable) previous = NULL;
  const gint64 *ids;
  guint n;

  previous = tf_assessment_previous_scores (session, case_id,
                                            tf_assessment_get_assessed_on (latest),
                                            tf_assessment_get_id (latest), NULL);
  adw_preferences_group_set_title (self->latest_group, title);
  adw_preferences_group_set_description (self->latest_group, meta);
  ids = tf_assessment_get_scored_domains (latest, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfAssessmentDomain) domain = find_domain (domains, ids[i]);
      if (domain != NULL)
        gtk_list_box_append (self->latest_list,
                             score_row_new (domain, latest,
                                            previous != NULL ? g_hash_table_lookup (previous, &ids[i]) : NULL));
    }
  set_value (self->risk_row, tf_risk_level_label (tf_assessment_get_risk_level (latest)));
  set_value (self->risk_factors_row, risks);
  set_value (self->protective_factors_row, protective);
  set_value (self->reasoning_row, tf_assessment_get_reasoning (latest));
}

static void
add_earlier (TfAssessmentPage *self,
             TfAssessment     *assessment,
             GListModel       *domains,
             GListModel       *factors)
{
  g_autofree char *date = tf_format_date (tf_assessment_get_assessed_on (assessment));
  g_autofree char *meta = describe_meta (assessment);
  g_autofree char *risks = factor_titles (assessment, factors, "risk");
  g_autofree char *protective = factor_titles (assessment, factors, "protective");
  const char *reasoning = tf_assessment_get_reasoning (assessment);
  struct { const char *title; const char *value; } facts[] = {
    { _("Risk factors"), risks },
    { _("Protective factors"), protective },
    { _("Reasoning"), reasoning },
  };
  g_autofree char *edit_name = NULL;
  GtkWidget *expander;
  GtkWidget *edit;
  const gint64 *ids;
  guint n;

  expander = g_object_new (ADW_TYPE_EXPANDER_ROW,
                           "title", date,
                           "subtitle", meta,
                           "use-markup", FALSE,
                           NULL);
  /* Translators: accessible name of a button, "Edit the assessment of 3. dec. 2025" */
  edit_name = g_strdup_printf (_("Edit the assessment of %s"), date);
  edit = g_object_new (GTK_TYPE_BUTTON,
                       "label", _("Edit"),
                       "valign", GTK_ALIGN_CENTER,
                       "action-name", "assessment.edit-id",
                       "action-target", g_variant_new_int64 (tf_assessment_get_id (assessment)),
                       NULL);
  gtk_widget_add_css_class (edit, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (edit), GTK_ACCESSIBLE_PROPERTY_LABEL, edit_name, -1);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), edit);

  ids = tf_assessment_get_scored_domains (assessment, &n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfAssessmentDomain) domain = find_domain (domains, ids[i]);
      if (domain != NULL)
        adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), score_row_new (domain, assessment, NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      if (facts[i].value == NULL || *facts[i].value == '\0')
        continue;
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                g_object_new (ADW_TYPE_ACTION_ROW,
                                              "title", facts[i].title,
                                              "subtitle", facts[i].value,
                                              "use-markup", FALSE,
                                              "activatable", FALSE,
                                              "subtitle-lines", 0,
                                              "css-classes", (const char *[]) { "property", NULL },
                                              NULL));
    }
  gtk_list_box_append (self->earlier_list, expander);
}

static void
tf_assessment_page_reload (TfCasePage *page)
{
  TfAssessmentPage *self = TF_ASSESSMENT_PAGE (page);
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gint64 case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GListModel) domains = NULL;
  g_autoptr(GListModel) factors = NULL;
  g_autoptr(TfAssessment) latest = NULL;
  guint n = 0;

  clear_list (self->latest_list);
  clear_list (self->earlier_list);
  self->latest_id = 0;
  gtk_widget_set_visible (self->catalogue_button, tf_assessment_catalogue_may_edit (session));

  list = tf_assessment_list_for_case (session, case_id, &error);
  domains = list != NULL ? tf_assessment_domain_list (session, TRUE, &error) : NULL;
  factors = domains != NULL ? tf_assessment_factor_list (session, NULL, TRUE, &error) : NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->load_error_label), factors == NULL);
  if (factors == NULL)
    gtk_label_set_label (self->load_error_label, error->message);
  else
    n = g_list_model_get_n_items (list);

  gtk_widget_set_visible (GTK_WIDGET (self->empty_page), factors != NULL && n == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->latest_group), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_group), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->earlier_group), n > 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "assessment.edit", n > 0);
  if (n == 0)
    return;

  latest = g_list_model_get_item (list, 0);
  self->latest_id = tf_assessment_get_id (latest);
  show_latest (self, latest, domains, factors);
  for (guint i = 1; i < n; i++)
    {
      g_autoptr(TfAssessment) earlier = g_list_model_get_item (list, i);
      add_earlier (self, earlier, domains, factors);
    }
}

/* The case's own assessments, and the catalogue of domains and factors
 * every assessment is read against, whichever case it changed for. */
static gboolean
tf_assessment_page_is_relevant (TfCasePage *page,
                                const char *entity,
                                gint64      id)
{
  /* NULL: anything may have changed (another desk wrote to the file) */
  return entity == NULL ||
         (g_strcmp0 (entity, "assessment") == 0 && id == tf_case_page_get_case_id (page)) ||
         g_strcmp0 (entity, "assessment-catalogue") == 0;
}

/* Actions */

static GtkWindow *
parent_window (TfAssessmentPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  TfAssessmentPage *self = TF_ASSESSMENT_PAGE (widget);
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gint64 case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));

  gtk_window_present (GTK_WINDOW (tf_assessment_editor_new (parent_window (self), session,
                                                            case_id, 0)));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TfAssessmentPage *self = TF_ASSESSMENT_PAGE (widget);
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gint64 case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));

  if (self->latest_id > 0)
    gtk_window_present (GTK_WINDOW (tf_assessment_editor_new (parent_window (self), session,
                                                              case_id, self->latest_id)));
}

static void
edit_id_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  TfAssessmentPage *self = TF_ASSESSMENT_PAGE (widget);
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gint64 case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));

  gtk_window_present (GTK_WINDOW (tf_assessment_editor_new (parent_window (self), session,
                                                            case_id, g_variant_get_int64 (parameter))));
}

static void
catalogue_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  TfAssessmentPage *self = TF_ASSESSMENT_PAGE (widget);
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));

  gtk_window_present (GTK_WINDOW (tf_catalogue_dialog_new (parent_window (self), session)));
}

/* GObject */

static void
tf_assessment_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TF_TYPE_ASSESSMENT_PAGE);
  G_OBJECT_CLASS (tf_assessment_page_parent_class)->dispose (object);
}

static void
tf_assessment_page_class_init (TfAssessmentPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TfCasePageClass *page_class = TF_CASE_PAGE_CLASS (klass);

  object_class->dispose = tf_assessment_page_dispose;

  page_class->reload = tf_assessment_page_reload;
  page_class->is_relevant = tf_assessment_page_is_relevant;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-assessment-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentPage, catalogue_button);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentPage, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentPage, load_error_label);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentPage, latest_group);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentPage, latest_list);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentPage, summary_group);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentPage, risk_row);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentPage, risk_factors_row);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentPage, protective_factors_row);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentPage, reasoning_row);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentPage, earlier_group);
  gtk_widget_class_bind_template_child (widget_class, TfAssessmentPage, earlier_list);

  gtk_widget_class_install_action (widget_class, "assessment.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "assessment.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "assessment.edit-id", "x", edit_id_action);
  gtk_widget_class_install_action (widget_class, "assessment.catalogue", NULL, catalogue_action);
}

static void
tf_assessment_page_init (TfAssessmentPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tf_assessment_page_new (TfSession *session,
                        gint64     case_id)
{
  return g_object_new (TF_TYPE_ASSESSMENT_PAGE, "session", session, "case-id", case_id, NULL);
}
