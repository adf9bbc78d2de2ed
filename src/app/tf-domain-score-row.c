/* tf-domain-score-row.c — one domain's scores in the assessment editor
 *
 * The professionals' score and the young person's own side by side, the
 * previous score under the title, and, while scoring, what the band the
 * chosen score lies in means for this domain, so the scale reads the same
 * at every desk.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-domain-score-row.h"

struct _TfDomainScoreRow
{
  GtkListBoxRow       parent_instance;

  GtkLabel           *title_label;
  GtkLabel           *band_label;
  GtkLabel           *previous_label;
  GtkDropDown        *score_dropdown;
  GtkDropDown        *own_dropdown;
  GtkLabel           *band_text_label;
  GtkEntry           *note_entry;
  GtkLabel           *error_label;

  TfAssessmentDomain *domain;
};

G_DEFINE_FINAL_TYPE (TfDomainScoreRow, tf_domain_score_row, GTK_TYPE_LIST_BOX_ROW)

void
tf_band_chip_update (GtkLabel *label,
                     int       score)
{
  static const char * const classes[] = { "band-red", "band-yellow", "band-green", "band-none" };
  const char *css;

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (label), classes[i]);
  if (score < 0 || score > 10)
    {
      gtk_label_set_label (label, C_("score", "Not scored"));
      css = "band-none";
    }
  else
    {
      TfScoreBand band = tf_score_band (score);
      gtk_label_set_label (label, tf_score_band_label (band));
      css = classes[band];
    }
  gtk_widget_add_css_class (GTK_WIDGET (label), css);
}

static int
dropdown_score (GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  /* Item 0 is "Not scored", item n + 1 the score n. */
  return selected == GTK_INVALID_LIST_POSITION || selected == 0 ? -1 : (int) selected - 1;
}

static void
set_dropdown_score (GtkDropDown *dropdown,
                    int          score)
{
  gtk_drop_down_set_selected (dropdown, score >= 0 && score <= 10 ? (guint) score + 1 : 0);
}

static void
update_band (TfDomainScoreRow *self)
{
  int score = dropdown_score (self->score_dropdown);
  g_autofree char *text = NULL;

  tf_band_chip_update (self->band_label, score);
  if (score < 0)
    {
      /* Before a score is chosen, the whole scale. */
      text = g_strdup_printf (_("0–3: %s\n4–6: %s\n7–10: %s"),
                              tf_assessment_domain_get_low_text (self->domain),
                              tf_assessment_domain_get_mid_text (self->domain),
                              tf_assessment_domain_get_high_text (self->domain));
      gtk_widget_add_css_class (GTK_WIDGET (self->band_text_label), "dim-label");
    }
  else
    {
      static const char * const ranges[] = { "0–3", "4–6", "7–10" };
      /* Translators: "4–6 means: Attends most days but with gaps…" */
      text = g_strdup_printf (_("%s means: %s"), ranges[tf_score_band (score)],
                              tf_assessment_domain_get_band_text (self->domain, score));
      gtk_widget_remove_css_class (GTK_WIDGET (self->band_text_label), "dim-label");
    }
  gtk_label_set_label (self->band_text_label, text);
}

static void
on_score_changed_cb (GtkDropDown      *dropdown,
                     GParamSpec       *pspec,
                     TfDomainScoreRow *self)
{
  if (self->domain != NULL)
    update_band (self);
}

static void
tf_domain_score_row_dispose (GObject *object)
{
  TfDomainScoreRow *self = TF_DOMAIN_SCORE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_DOMAIN_SCORE_ROW);
  g_clear_object (&self->domain);
  G_OBJECT_CLASS (tf_domain_score_row_parent_class)->dispose (object);
}

static void
tf_domain_score_row_class_init (TfDomainScoreRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_domain_score_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-domain-score-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TfDomainScoreRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, TfDomainScoreRow, band_label);
  gtk_widget_class_bind_template_child (widget_class, TfDomainScoreRow, previous_label);
  gtk_widget_class_bind_template_child (widget_class, TfDomainScoreRow, score_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TfDomainScoreRow, own_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TfDomainScoreRow, band_text_label);
  gtk_widget_class_bind_template_child (widget_class, TfDomainScoreRow, note_entry);
  gtk_widget_class_bind_template_child (widget_class, TfDomainScoreRow, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_score_changed_cb);
}

static void
tf_domain_score_row_init (TfDomainScoreRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

TfDomainScoreRow *
tf_domain_score_row_new (TfAssessmentDomain *domain)
{
  TfDomainScoreRow *self = g_object_new (TF_TYPE_DOMAIN_SCORE_ROW, NULL);
  const char *title = tf_assessment_domain_get_title (domain);
  g_autofree char *shown = NULL;
  g_autofree char *score_name = NULL;
  g_autofree char *own_name = NULL;
  g_autofree char *note_name = NULL;

  self->domain = g_object_ref (domain);
  if (tf_assessment_domain_get_active (domain))
    shown = g_strdup (title);
  else
    /* Translators: a domain the coordinator retired, still scored in an old assessment */
    shown = g_strdup_printf (_("%s (retired)"), title);
  gtk_label_set_label (self->title_label, shown);

  /* Eight rows have the same field labels; a screen reader needs the domain too. */
  /* Translators: accessible names, "School and learning: professionals' score" */
  score_name = g_strdup_printf (_("%s: professionals' score"), title);
  own_name = g_strdup_printf (_("%s: young person's own score"), title);
  note_name = g_strdup_printf (_("%s: note"), title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->score_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, score_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->own_dropdown),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, own_name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->note_entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, note_name, -1);
  tf_domain_score_row_set_previous (self, NULL);
  update_band (self);
  return self;
}

TfAssessmentDomain *
tf_domain_score_row_get_domain (TfDomainScoreRow *self)
{
  g_return_val_if_fail (TF_IS_DOMAIN_SCORE_ROW (self), NULL);
  return self->domain;
}

void
tf_domain_score_row_set_scores (TfDomainScoreRow *self,
                                int               score,
                                int               own_score,
                                const char       *note)
{
  g_return_if_fail (TF_IS_DOMAIN_SCORE_ROW (self));

  set_dropdown_score (self->score_dropdown, score);
  set_dropdown_score (self->own_dropdown, own_score);
  gtk_editable_set_text (GTK_EDITABLE (self->note_entry), note != NULL ? note : "");
  update_band (self);
}

void
tf_domain_score_row_get_scores (TfDomainScoreRow  *self,
                                int               *score,
                                int               *own_score,
                                char             **note)
{
  g_return_if_fail (TF_IS_DOMAIN_SCORE_ROW (self));

  *score = dropdown_score (self->score_dropdown);
  *own_score = dropdown_score (self->own_dropdown);
  *note = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_entry)));
}

void
tf_domain_score_row_set_previous (TfDomainScoreRow      *self,
                                  const TfPreviousScore *previous)
{
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (TF_IS_DOMAIN_SCORE_ROW (self));

  if (previous == NULL)
    {
      gtk_label_set_label (self->previous_label, _("No earlier score"));
      return;
    }
  date = tf_format_date (previous->assessed_on);
  if (previous->score >= 0 && previous->own_score >= 0)
    /* Translators: "Previous: 4 (own score 6) on 3. dec. 2025" */
    text = g_strdup_printf (_("Previous: %d (own score %d) on %s"),
                            previous->score, previous->own_score, date);
  else if (previous->score >= 0)
    text = g_strdup_printf (_("Previous: %d on %s"), previous->score, date);
  else
    text = g_strdup_printf (_("Previous: own score %d on %s"), previous->own_score, date);
  gtk_label_set_label (self->previous_label, text);
}

void
tf_domain_score_row_set_error (TfDomainScoreRow *self,
                               const char       *message)
{
  g_return_if_fail (TF_IS_DOMAIN_SCORE_ROW (self));

  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

GtkWidget *
tf_domain_score_row_get_focus_widget (TfDomainScoreRow *self)
{
  g_return_val_if_fail (TF_IS_DOMAIN_SCORE_ROW (self), NULL);
  return GTK_WIDGET (self->score_dropdown);
}
