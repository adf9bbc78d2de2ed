/* tf-progression-page.c — the case window's page of charts over time
 *
 * Three cards from tf_progression_load(): the assessment domains (0–10,
 * over the red, yellow and green bands), the goals' progress (0–10), and
 * one small chart per indicator, since their units differ. All run from
 * the case's first value to today. Under the two shared charts a legend of
 * check buttons shows each series' line and marker and turns it on or off;
 * what is turned off stays off when the page reloads. A card without
 * values says where to make some instead.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "taskforce-gtk.h"
#include "tf-application.h"
#include "tf-progression-page.h"

#define KEY_WIDTH  28
#define KEY_HEIGHT 16

struct _TfProgressionPage
{
  TfCasePage   parent_instance;

  /* Template widgets */
  GtkWidget   *scrolled_window;
  GtkStack    *domain_stack;
  TfChart     *domain_chart;
  GtkFlowBox  *domain_legend;
  GtkLabel    *domain_empty;
  GtkStack    *goal_stack;
  TfChart     *goal_chart;
  GtkFlowBox  *goal_legend;
  GtkStack    *indicator_stack;
  GtkFlowBox  *indicator_box;

  /* Owned */
  TfRegistry  *registry;
  GHashTable  *hidden;       /* "kind:key" of series turned off */
  TfChartSpec *domain_spec;
  TfChartSpec *goal_spec;
};

enum {
  PROP_0,
  PROP_REGISTRY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TfProgressionPage, tf_progression_page, TF_TYPE_CASE_PAGE)

static char *
hidden_key (TfProgressionSeries *series)
{
  return g_strdup_printf ("%d:%s", tf_progression_series_get_kind (series),
                          tf_progression_series_get_key (series));
}

static TfChartSeries *
chart_series_for (TfProgressionPage   *self,
                  TfProgressionSeries *series)
{
  TfIndicator *indicator = NULL;
  TfChartSeries *chart_series;
  const TfIndicatorPoint *points;
  double min, max;
  guint n;

  if (tf_progression_series_get_kind (series) == TF_PROGRESSION_INDICATOR && self->registry != NULL)
    indicator = tf_registry_find_indicator (self->registry, tf_progression_series_get_key (series));
  /* an indicator's own series formats its values as the work area says */
  if (indicator != NULL)
    chart_series = tf_chart_series_new_for_indicator (indicator, NULL);
  else
    chart_series = tf_chart_series_new (tf_progression_series_get_title (series),
                                        tf_progression_series_get_unit (series),
                                        tf_progression_series_get_decimals (series));
  if (tf_progression_series_get_range (series, &min, &max) && max > min)
    tf_chart_series_set_range (chart_series, min, max);
  points = tf_progression_series_get_points (series, &n);
  tf_chart_series_set_points (chart_series, points, n);
  return chart_series;
}

/* Legend */

static void
draw_key (GtkDrawingArea *area,
          cairo_t        *cr,
          int             width,
          int             height,
          gpointer        user_data)
{
  TfChart *chart = user_data;
  TfChartStyle style;

  tf_chart_get_style (chart, &style);
  tf_chart_render_key (tf_chart_get_spec (chart),
                       GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (area), "series-index")),
                       cr, width, height, &style);
}

static void
on_legend_check_toggled_cb (GtkCheckButton    *check,
                            TfProgressionPage *self)
{
  TfChart *chart = g_object_get_data (G_OBJECT (check), "chart");
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "series-index"));
  const char *key = g_object_get_data (G_OBJECT (check), "hidden-key");
  gboolean active = gtk_check_button_get_active (check);

  tf_chart_spec_set_series_visible (tf_chart_get_spec (chart), index, active);
  if (active)
    g_hash_table_remove (self->hidden, key);
  else
    g_hash_table_add (self->hidden, g_strdup (key));
}

static GtkWidget *
legend_check_new (TfProgressionPage *self,
                  TfChart           *chart,
                  guint              index,
                  const char        *title,
                  char              *key)   /* transfer full */
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *area = gtk_drawing_area_new ();
  GtkWidget *label = gtk_label_new (title);

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), KEY_WIDTH);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), KEY_HEIGHT);
  gtk_widget_set_valign (area, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (area), "series-index", GUINT_TO_POINTER (index));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_key, chart, NULL);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 32);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), area);
  gtk_box_append (GTK_BOX (box), label);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);
  gtk_widget_set_tooltip_text (check, title);
  /* The key is a picture; a screen reader hears the series' name */
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);

  g_object_set_data (G_OBJECT (check), "chart", chart);
  g_object_set_data (G_OBJECT (check), "series-index", GUINT_TO_POINTER (index));
  g_object_set_data_full (G_OBJECT (check), "hidden-key", key, g_free);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), !g_hash_table_contains (self->hidden, key));
  g_signal_connect_object (check, "toggled", G_CALLBACK (on_legend_check_toggled_cb), self, 0);
  return check;
}

static void
remove_all (GtkFlowBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_flow_box_remove (box, child);
}

/* Fills one of the shared charts with the series of @kind. */
static void
show_shared (TfProgressionPage *self,
             GListModel        *all,
             TfProgressionKind  kind,
             TfChartSpec       *spec,
             TfChart           *chart,
             GtkFlowBox        *legend,
             GtkStack          *stack,
             const char        *from,
             const char        *today)
{
  remove_all (legend);
  tf_chart_spec_remove_all_series (spec);
  tf_chart_spec_set_date_range (spec, from, today);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(TfProgressionSeries) series = g_list_model_get_item (all, i);
      g_autoptr(TfChartSeries) chart_series = NULL;
      char *key;
      guint index;

      if (tf_progression_series_get_kind (series) != kind)
        continue;
      chart_series = chart_series_for (self, series);
      index = tf_chart_spec_add_series (spec, chart_series);
      key = hidden_key (series);
      tf_chart_spec_set_series_visible (spec, index, !g_hash_table_contains (self->hidden, key));
      gtk_flow_box_append (legend, legend_check_new (self, chart, index,
                                                     tf_chart_series_get_title (chart_series), key));
    }
  gtk_stack_set_visible_child_name (stack, tf_chart_spec_get_n_series (spec) > 0 ? "chart" : "empty");
}

static GtkWidget *
indicator_card_new (TfProgressionPage   *self,
                    TfProgressionSeries *series,
                    const char          *from,
                    const char          *today)
{
  g_autoptr(TfChartSeries) chart_series = chart_series_for (self, series);
  g_autoptr(TfChartSpec) spec = tf_chart_spec_new (tf_progression_series_get_title (series));
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (tf_progression_series_get_title (series));
  GtkWidget *chart;
  double min, max;

  tf_chart_spec_set_value_label (spec, tf_progression_series_get_unit (series));
  if (tf_chart_series_get_range (chart_series, &min, &max))
    tf_chart_spec_set_value_range (spec, min, max);
  tf_chart_spec_set_date_range (spec, from, today);
  tf_chart_spec_set_show_legend (spec, FALSE);   /* one series: the title says it */
  tf_chart_spec_add_series (spec, chart_series);
  chart = tf_chart_new (spec);
  gtk_widget_set_size_request (chart, -1, 200);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_set_margin_top (title, 12);
  gtk_widget_set_margin_start (title, 12);
  gtk_widget_set_margin_end (title, 12);
  gtk_widget_set_margin_start (chart, 12);
  gtk_widget_set_margin_end (chart, 12);
  gtk_widget_set_margin_bottom (chart, 12);
  gtk_box_append (GTK_BOX (card), title);
  gtk_box_append (GTK_BOX (card), chart);
  return card;
}

static void
tf_progression_page_real_reload (TfCasePage *page)
{
  TfProgressionPage *self = TF_PROGRESSION_PAGE (page);
  TfSession *session = tf_case_page_get_session (TF_CASE_PAGE (self));
  gint64 case_id = tf_case_page_get_case_id (TF_CASE_PAGE (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autofree char *today = tf_today_iso ();
  g_autofree char *from = NULL;
  guint indicators = 0;

  all = tf_progression_load (session, self->registry, case_id, &error);
  if (all == NULL)
    {
      /* say so where the charts would be, rather than show stale ones */
      gtk_label_set_label (self->domain_empty, error->message);
      gtk_stack_set_visible_child_name (self->domain_stack, "empty");
      gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->goal_stack)), FALSE);
      gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->indicator_stack)), FALSE);
      return;
    }
  gtk_label_set_label (self->domain_empty, _("No assessments yet — make one on the Assessment page."));
  from = tf_progression_first_date (all);

  show_shared (self, all, TF_PROGRESSION_DOMAIN, self->domain_spec, self->domain_chart,
               self->domain_legend, self->domain_stack, from, today);
  show_shared (self, all, TF_PROGRESSION_GOAL, self->goal_spec, self->goal_chart,
               self->goal_legend, self->goal_stack, from, today);

  remove_all (self->indicator_box);
  for (guint i = 0; i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(TfProgressionSeries) series = g_list_model_get_item (all, i);

      if (tf_progression_series_get_kind (series) != TF_PROGRESSION_INDICATOR)
        continue;
      gtk_flow_box_append (self->indicator_box, indicator_card_new (self, series, from, today));
      indicators++;
    }
  gtk_stack_set_visible_child_name (self->indicator_stack, indicators > 0 ? "chart" : "empty");
}

void
tf_progression_page_reload (TfProgressionPage *self)
{
  g_return_if_fail (TF_IS_PROGRESSION_PAGE (self));

  tf_case_page_reload (TF_CASE_PAGE (self));
}

/* Assessments, plans and measurements all carry the case's id when they
 * change; the page reads them in three small queries, so any change to the
 * case reloads it. */
static gboolean
tf_progression_page_is_relevant (TfCasePage *page,
                                 const char *entity,
                                 gint64      id)
{
  /* the catalogue names the domains' series */
  return entity == NULL || id == tf_case_page_get_case_id (page) ||
         g_strcmp0 (entity, "assessment-catalogue") == 0;
}

void
tf_progression_page_set_registry (TfProgressionPage *self,
                                  TfRegistry        *registry)
{
  g_return_if_fail (TF_IS_PROGRESSION_PAGE (self));
  g_return_if_fail (registry == NULL || TF_IS_REGISTRY (registry));

  if (self->registry == registry)
    return;
  if (self->registry != NULL)
    g_signal_handlers_disconnect_by_data (self->registry, self);
  g_set_object (&self->registry, registry);
  /* a work area enabled or disabled: its indicators get or lose their titles */
  if (registry != NULL)
    {
      g_signal_connect_object (registry, "area-added", G_CALLBACK (tf_case_page_queue_reload),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (registry, "area-removed", G_CALLBACK (tf_case_page_queue_reload),
                               self, G_CONNECT_SWAPPED);
    }
  /* (nothing is queued for a page without a session) */
  tf_case_page_queue_reload (TF_CASE_PAGE (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGISTRY]);
}

/* GObject */

static void
tf_progression_page_constructed (GObject *object)
{
  TfProgressionPage *self = TF_PROGRESSION_PAGE (object);
  GApplication *application = g_application_get_default ();

  /* Before chaining up: the base class reads the page there, and the
   * indicators need the registry for their titles. */
  if (tf_case_page_get_session (TF_CASE_PAGE (self)) != NULL &&
      self->registry == NULL && TF_IS_APPLICATION (application))
    tf_progression_page_set_registry (self, tf_application_get_registry (TF_APPLICATION (application)));

  G_OBJECT_CLASS (tf_progression_page_parent_class)->constructed (object);
}

static void
tf_progression_page_dispose (GObject *object)
{
  TfProgressionPage *self = TF_PROGRESSION_PAGE (object);

  if (self->registry != NULL)
    g_signal_handlers_disconnect_by_data (self->registry, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_PROGRESSION_PAGE);
  g_clear_object (&self->registry);
  g_clear_object (&self->domain_spec);
  g_clear_object (&self->goal_spec);
  g_clear_pointer (&self->hidden, g_hash_table_unref);

  G_OBJECT_CLASS (tf_progression_page_parent_class)->dispose (object);
}

static void
tf_progression_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  TfProgressionPage *self = TF_PROGRESSION_PAGE (object);

  switch (prop_id)
    {
    case PROP_REGISTRY: g_value_set_object (value, self->registry); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_progression_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  TfProgressionPage *self = TF_PROGRESSION_PAGE (object);

  switch (prop_id)
    {
    case PROP_REGISTRY: tf_progression_page_set_registry (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_progression_page_class_init (TfProgressionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  TfCasePageClass *page_class = TF_CASE_PAGE_CLASS (klass);

  object_class->constructed = tf_progression_page_constructed;
  object_class->dispose = tf_progression_page_dispose;
  object_class->get_property = tf_progression_page_get_property;
  object_class->set_property = tf_progression_page_set_property;

  page_class->reload = tf_progression_page_real_reload;
  page_class->is_relevant = tf_progression_page_is_relevant;

  properties[PROP_REGISTRY] =
    g_param_spec_object ("registry", NULL, NULL, TF_TYPE_REGISTRY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (TF_TYPE_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-progression-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TfProgressionPage, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, TfProgressionPage, domain_stack);
  gtk_widget_class_bind_template_child (widget_class, TfProgressionPage, domain_chart);
  gtk_widget_class_bind_template_child (widget_class, TfProgressionPage, domain_legend);
  gtk_widget_class_bind_template_child (widget_class, TfProgressionPage, domain_empty);
  gtk_widget_class_bind_template_child (widget_class, TfProgressionPage, goal_stack);
  gtk_widget_class_bind_template_child (widget_class, TfProgressionPage, goal_chart);
  gtk_widget_class_bind_template_child (widget_class, TfProgressionPage, goal_legend);
  gtk_widget_class_bind_template_child (widget_class, TfProgressionPage, indicator_stack);
  gtk_widget_class_bind_template_child (widget_class, TfProgressionPage, indicator_box);
}

static void
tf_progression_page_init (TfProgressionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->hidden = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  self->domain_spec = tf_chart_spec_new (_("Assessment domains"));
  tf_chart_spec_set_value_range (self->domain_spec, 0, 10);
  tf_chart_spec_set_value_label (self->domain_spec, _("Score"));
  /* the bands of tf_score_band(): red 0–3, yellow 4–6, green 7–10 */
  tf_chart_spec_add_band (self->domain_spec, 0, 3.5, TF_CHART_BAND_RED,
                          tf_score_band_label (TF_SCORE_BAND_RED));
  tf_chart_spec_add_band (self->domain_spec, 3.5, 6.5, TF_CHART_BAND_YELLOW,
                          tf_score_band_label (TF_SCORE_BAND_YELLOW));
  tf_chart_spec_add_band (self->domain_spec, 6.5, 10, TF_CHART_BAND_GREEN,
                          tf_score_band_label (TF_SCORE_BAND_GREEN));
  /* the check buttons below are the legend */
  tf_chart_spec_set_show_legend (self->domain_spec, FALSE);
  tf_chart_spec_set_empty_text (self->domain_spec, _("Every domain is turned off"));
  tf_chart_set_spec (self->domain_chart, self->domain_spec);

  self->goal_spec = tf_chart_spec_new (_("Goal progress"));
  tf_chart_spec_set_value_range (self->goal_spec, 0, 10);
  tf_chart_spec_set_value_label (self->goal_spec, _("Progress"));
  tf_chart_spec_set_show_legend (self->goal_spec, FALSE);
  tf_chart_spec_set_empty_text (self->goal_spec, _("Every goal is turned off"));
  tf_chart_set_spec (self->goal_chart, self->goal_spec);
}

/**
 * tf_progression_page_new:
 *
 * Returns: (transfer floating): the page
 */
GtkWidget *
tf_progression_page_new (TfSession *session,
                         gint64     case_id)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  return g_object_new (TF_TYPE_PROGRESSION_PAGE, "session", session, "case-id", case_id, NULL);
}
