/* tf-window-trace.c — the case list showing the cases behind a figure
 *
 * win.show-cases ("(sax)": a title that says which figure, and the case
 * ids) is how a number on the dashboard is traced to its cases: it switches
 * to the case list, clears the search and the filters that would hide some
 * of them, restricts the list (tf_case_list_model_set_only) and shows a bar
 * above it that names the figure, says how many cases the person's access
 * leaves out, and offers "Show All Cases" (win.show-all-cases). The sidebar's
 * counts, the footer and the empty state follow the restricted list, and
 * the restriction combines with any search or filter chosen afterwards.
 *
 * win.show-figures ("s": a period, "2025-Q2") goes the other way round from
 * a report: the overview shows that period, so a figure in the report can be
 * followed to its cases.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-dashboard-view.h"
#include "tf-window-private.h"

static char *
trace_text (TfWindow *self)
{
  guint shown = tf_case_list_model_count_only_in_scope (self->model);
  guint hidden = tf_case_list_model_count_only_hidden (self->model);
  g_autofree char *main_line = NULL;

  if (shown > 0)
    /* TRANSLATORS: above the case list; %s is a figure's title: "Active cases · Quarter 4 2026" */
    main_line = g_strdup_printf (ngettext ("Showing the %u case behind “%s”.",
                                           "Showing the %u cases behind “%s”.", shown),
                                 shown, self->trace_title);
  else if (hidden > 0)
    main_line = g_strdup_printf (_("None of the cases behind “%s” is within your access."),
                                 self->trace_title);
  else
    main_line = g_strdup_printf (_("No case is behind “%s”."), self->trace_title);
  if (hidden == 0 || shown == 0)
    return g_steal_pointer (&main_line);
  /* TRANSLATORS: after "Showing the 17 cases behind “…”." */
  return g_strdup_printf (ngettext ("%s %u more is outside your access and not shown.",
                                    "%s %u more are outside your access and not shown.", hidden),
                          main_line, hidden);
}

void
_tf_window_update_trace (TfWindow *self)
{
  gboolean restricted = self->model != NULL && tf_case_list_model_get_restricted (self->model);
  g_autofree char *text = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-all-cases", restricted);
  gtk_info_bar_set_revealed (self->trace_bar, restricted);
  if (!restricted)
    return;
  text = trace_text (self);
  gtk_label_set_label (self->trace_label, text);
  /* No dead end: the way out of an empty restricted list */
  adw_status_page_set_description (self->no_results_page,
    _("None of the cases behind the figure matches the search or the filters. "
      "Try another search, choose “All” under Filters, or choose “Show All Cases”."));
}

/* Exactly the figure's cases: nothing chosen before narrows them. */
static void
clear_narrowing (TfWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  /* The entry tells the model after a pause; the list is right at once. */
  tf_case_list_model_set_search (self->model, NULL);
  gtk_list_box_select_row (self->filter_list, GTK_LIST_BOX_ROW (self->filter_rows[0]));
  tf_case_list_model_set_status (self->model, NULL);
  gtk_check_button_set_active (self->follow_up_check, FALSE);
}

static void
show_cases_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);
  g_autoptr(GVariant) ids_variant = NULL;
  g_autoptr(GArray) ids = NULL;
  const gint64 *values;
  const char *title;
  gsize n;

  if (self->session == NULL)
    return;
  g_variant_get (parameter, "(&s@ax)", &title, &ids_variant);
  values = g_variant_get_fixed_array (ids_variant, &n, sizeof (gint64));
  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), n);
  g_array_append_vals (ids, values, n);

  _tf_window_show_view (self, "cases");
  clear_narrowing (self);
  g_free (self->trace_title);
  self->trace_title = g_strdup (title);
  tf_case_list_model_set_only (self->model, ids);
  /* The bar and the counts now, not after an idle: the person looks at once. */
  _tf_window_queue_update (self);
  _tf_window_update_trace (self);
  /* Keyboard users continue in the list, where the cases are. */
  gtk_widget_grab_focus (GTK_WIDGET (self->case_view));
}

static void
show_all_cases_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);

  if (self->model == NULL)
    return;
  tf_case_list_model_set_only (self->model, NULL);
  g_clear_pointer (&self->trace_title, g_free);
  _tf_window_update_trace (self);
  _tf_window_queue_update (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->case_view));
}

static void
show_figures_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TfWindow *self = TF_WINDOW (widget);
  GtkWidget *overview = _tf_window_get_view (self, "overview");
  g_autoptr(GError) error = NULL;
  g_autoptr(TfPeriod) period = tf_period_parse (g_variant_get_string (parameter, NULL), &error);

  if (!TF_IS_DASHBOARD_VIEW (overview))
    return;
  if (period == NULL)
    {
      _tf_window_add_error_toast (self, error->message);
      return;
    }
  tf_dashboard_view_set_period (TF_DASHBOARD_VIEW (overview), period);
  _tf_window_show_view (self, "overview");
}

void
_tf_window_class_trace_init (TfWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_bind_template_child (widget_class, TfWindow, trace_bar);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, trace_label);
  gtk_widget_class_install_action (widget_class, "win.show-cases", "(sax)", show_cases_action);
  gtk_widget_class_install_action (widget_class, "win.show-all-cases", NULL, show_all_cases_action);
  gtk_widget_class_install_action (widget_class, "win.show-figures", "s", show_figures_action);
}
