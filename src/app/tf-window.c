/* tf-window.c — the main window: cases, meetings, overview and reports
 *
 * A view switcher in the header bar shows the cases, the meetings
 * (TfMeetingsView), the overview (TfDashboardView) or the reports
 * (TfReportsView); the page shown is remembered in GSettings ("view").
 * On the cases page: a sidebar of filters with counts, a search entry and a column view over
 * the paged TfCaseListModel. Searching, filtering and sorting all happen in
 * SQLite: the view never sorts or filters rows itself. An empty store shows
 * a welcome page instead. The actions live in tf-window-actions.c; the list
 * restricted to the cases behind a figure in tf-window-trace.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-application.h"
#include "tf-case-columns.h"
#include "tf-case-window.h"
#include "tf-dashboard-view.h"
#include "tf-meetings-view.h"
#include "tf-reports-view.h"
#include "tf-reminder-button.h"
#include "tf-window-private.h"

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TfWindow, tf_window, ADW_TYPE_APPLICATION_WINDOW)

/* The GSettings values of case-list-sort, indexed by TfCaseSort. */
static const char * const sort_ids[TF_N_CASE_SORTS] = {
  [TF_CASE_SORT_NAME] = "name",
  [TF_CASE_SORT_AGE] = "age",
  [TF_CASE_SORT_STATUS] = "status",
  [TF_CASE_SORT_COORDINATOR] = "coordinator",
  [TF_CASE_SORT_FOLLOW_UP] = "follow-up",
  [TF_CASE_SORT_SCHOOL] = "school",
};

/* Counts, footer and which page shows */

static void
update_counts (TfWindow *self)
{
  guint counts[TF_N_CASE_STATUSES] = { 0 };
  guint total = tf_case_list_model_count_by_status (self->model, counts);
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  guint follow_up = tf_case_list_model_count_follow_up (self->model);
  g_autofree char *footer = NULL;
  g_autofree char *follow_up_text = g_strdup_printf ("%u", follow_up);
  g_autofree char *follow_up_description = NULL;

  tf_filter_row_set_count (self->filter_rows[0], total);
  for (guint i = 0; i < TF_N_CASE_STATUSES; i++)
    tf_filter_row_set_count (self->filter_rows[i + 1], counts[i]);

  gtk_label_set_label (self->follow_up_count, follow_up_text);
  /* A screen reader reads the check box with its count: "Needs follow-up, 9 cases" */
  follow_up_description = g_strdup_printf (ngettext ("%u case", "%u cases", follow_up), follow_up);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->follow_up_check),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, follow_up_description,
                                  -1);

  footer = g_strdup_printf (ngettext ("%u young person", "%u young people", shown), shown);
  gtk_label_set_label (self->count_label, footer);
  /* No dead end: say which filter to loosen */
  adw_status_page_set_description (self->no_results_page,
    tf_case_list_model_get_follow_up (self->model)
      ? _("Try another name, CPR number or school, choose “All” under Filters, or turn off “Needs follow-up”.")
      : _("Try another name, CPR number or school, or choose “All” under Filters."));
  gtk_stack_set_visible_child_name (self->list_stack, shown > 0 ? "list" : "no-results");
  _tf_window_update_trace (self);
}

static void
update_main_page (TfWindow *self)
{
  /* While demo data is being filled in, the welcome page shows the progress. */
  gboolean welcome = self->demo_cancellable != NULL ||
                     tf_store_is_empty (tf_session_get_store (self->session));

  gtk_stack_set_visible_child_name (self->main_stack, welcome ? "welcome" : "cases");
}

static gboolean
update_idle_cb (gpointer user_data)
{
  TfWindow *self = user_data;

  self->update_idle = 0;
  update_main_page (self);
  update_counts (self);
  return G_SOURCE_REMOVE;
}

/* A save emits several "changed" signals and the model its own
 * "items-changed": count once for all of them. */
void
_tf_window_queue_update (TfWindow *self)
{
  if (self->update_idle == 0)
    self->update_idle = g_idle_add (update_idle_cb, self);
}

static void
on_store_changed_cb (TfStore    *store,
                     const char *entity,
                     gint64      id,
                     TfWindow   *self)
{
  _tf_window_queue_update (self);
}

static void
on_model_items_changed_cb (GListModel *model,
                           guint       position,
                           guint       removed,
                           guint       added,
                           TfWindow   *self)
{
  _tf_window_queue_update (self);
}

/* Filters */

static void
populate_filters (TfWindow *self)
{
  GtkWidget *row = tf_filter_row_new (NULL, _("All"));

  self->filter_rows[0] = TF_FILTER_ROW (row);
  gtk_list_box_append (self->filter_list, row);
  for (guint i = 0; i < TF_N_CASE_STATUSES; i++)
    {
      row = tf_filter_row_new (tf_case_status_to_id (i), tf_case_status_label (i));
      self->filter_rows[i + 1] = TF_FILTER_ROW (row);
      gtk_list_box_append (self->filter_list, row);
    }
  gtk_list_box_select_row (self->filter_list, GTK_LIST_BOX_ROW (self->filter_rows[0]));
}

/* "All" apart from the statuses. */
static void
update_filter_header (GtkListBoxRow *row,
                      GtkListBoxRow *before,
                      gpointer       user_data)
{
  gboolean wanted = before != NULL && tf_filter_row_get_status (TF_FILTER_ROW (before)) == NULL;

  if (!wanted)
    gtk_list_box_row_set_header (row, NULL);
  else if (gtk_list_box_row_get_header (row) == NULL)
    gtk_list_box_row_set_header (row, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
}

static void
on_filter_list_row_selected_cb (GtkListBox    *list,
                                GtkListBoxRow *row,
                                TfWindow      *self)
{
  if (row == NULL || self->model == NULL)
    return;
  tf_case_list_model_set_status (self->model, tf_filter_row_get_status (TF_FILTER_ROW (row)));
  _tf_window_queue_update (self);
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

/* "Needs follow-up" narrows whatever the status filter and search show. */
static void
on_follow_up_check_toggled_cb (GtkCheckButton *check,
                               TfWindow       *self)
{
  if (self->model == NULL)
    return;
  tf_case_list_model_set_follow_up (self->model, gtk_check_button_get_active (check));
  _tf_window_queue_update (self);
}

/* A click on the row beside the check box (on its count) toggles it too. */
static void
on_follow_up_list_row_activated_cb (GtkListBox    *list,
                                    GtkListBoxRow *row,
                                    TfWindow      *self)
{
  gtk_check_button_set_active (self->follow_up_check,
                               !gtk_check_button_get_active (self->follow_up_check));
}

/* Sorting
 *
 * A click on a column header puts that column first in the view's
 * GtkColumnViewSorter and emits "changed". GTK 4.8 has no public way to ask
 * that sorter which column is first (gtk_column_view_sorter_get_primary_sort_column
 * arrived in 4.10), but it does compare two items by asking its columns'
 * sorters in order, inverting the answer of a descending column. So each
 * sortable column gets a sorter that only records which column it is and
 * says "smaller": comparing two dummy objects then tells the primary column
 * and, from the sign, its direction. The rows themselves are sorted by
 * SQLite (tf_case_list_model_set_sort); no GtkSortListModel is involved. */

static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  TfSortProbe *probe = user_data;

  probe->window->probed_sort = probe->sort;
  return GTK_ORDERING_SMALLER;
}

static gboolean
read_view_sort (TfWindow   *self,
                TfCaseSort *sort,
                gboolean   *descending)
{
  g_autoptr(GObject) a = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) b = g_object_new (G_TYPE_OBJECT, NULL);
  GtkOrdering order;

  self->probed_sort = -1;
  order = gtk_sorter_compare (gtk_column_view_get_sorter (self->case_view), a, b);
  if (self->probed_sort < 0)
    return FALSE;
  *sort = self->probed_sort;
  *descending = order == GTK_ORDERING_LARGER;
  return TRUE;
}

static void
on_view_sorter_changed_cb (GtkSorter       *sorter,
                           GtkSorterChange  change,
                           TfWindow        *self)
{
  TfCaseSort sort;
  gboolean descending;

  if (self->model == NULL || !read_view_sort (self, &sort, &descending))
    return;
  tf_case_list_model_set_sort (self->model, sort, descending);
  g_settings_set_string (self->settings, "case-list-sort", sort_ids[sort]);
  g_settings_set_boolean (self->settings, "case-list-sort-descending", descending);
}

static GtkColumnViewColumn *
column_for_sort (TfWindow   *self,
                 TfCaseSort  sort)
{
  switch (sort)
    {
    case TF_CASE_SORT_AGE:
      return self->age_column;
    case TF_CASE_SORT_STATUS:
      return self->status_column;
    case TF_CASE_SORT_COORDINATOR:
      return self->coordinator_column;
    case TF_CASE_SORT_FOLLOW_UP:
      return self->follow_up_column;
    case TF_CASE_SORT_SCHOOL:
      return self->school_column;
    case TF_CASE_SORT_NAME:
    case TF_N_CASE_SORTS:
    default:
      return self->name_column;
    }
}

static void
setup_sorting (TfWindow *self)
{
  for (guint i = 0; i < TF_N_CASE_SORTS; i++)
    {
      g_autoptr(GtkSorter) sorter = NULL;

      self->probes[i].window = self;
      self->probes[i].sort = i;
      sorter = GTK_SORTER (gtk_custom_sorter_new (probe_compare, &self->probes[i], NULL));
      gtk_column_view_column_set_sorter (column_for_sort (self, i), sorter);
    }
  g_signal_connect_object (gtk_column_view_get_sorter (self->case_view), "changed",
                           G_CALLBACK (on_view_sorter_changed_cb), self, 0);
}

static void
restore_sort (TfWindow *self)
{
  g_autofree char *id = g_settings_get_string (self->settings, "case-list-sort");
  gboolean descending = g_settings_get_boolean (self->settings, "case-list-sort-descending");
  TfCaseSort sort = TF_CASE_SORT_NAME;

  for (guint i = 0; i < TF_N_CASE_SORTS; i++)
    if (g_strcmp0 (id, sort_ids[i]) == 0)
      sort = i;
  /* Emits "changed", which hands the sort to the model. */
  gtk_column_view_sort_by_column (self->case_view, column_for_sort (self, sort),
                                  descending ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
}

/* Searching and opening */

static void
on_search_entry_search_changed_cb (GtkSearchEntry *entry,
                                   TfWindow       *self)
{
  if (self->model != NULL)
    tf_case_list_model_set_search (self->model, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Enter in the search entry opens the first match: type a CPR number,
 * press Enter, and the case is there. */
static void
on_search_entry_activate_cb (GtkSearchEntry *entry,
                             TfWindow       *self)
{
  g_autoptr(TfCaseSummary) first = NULL;

  if (self->model != NULL)
    first = g_list_model_get_item (G_LIST_MODEL (self->model), 0);
  if (first != NULL)
    _tf_window_open_case (self, tf_case_summary_get_case_id (first));
}

static void
on_case_view_activate_cb (GtkColumnView *view,
                          guint          position,
                          TfWindow      *self)
{
  g_autoptr(TfCaseSummary) summary =
    g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (view)), position);

  if (summary != NULL)
    _tf_window_open_case (self, tf_case_summary_get_case_id (summary));
}

/* A cell whose text is cut off shows it whole as a tooltip. One handler on
 * the view rather than a tooltip per cell: setting a widget's tooltip asks
 * the X server where the pointer is, and the view binds hundreds of cells
 * when it opens. */
static gboolean
on_case_view_query_tooltip_cb (GtkWidget  *view,
                               int         x,
                               int         y,
                               gboolean    keyboard_mode,
                               GtkTooltip *tooltip,
                               TfWindow   *self)
{
  GtkWidget *picked;

  if (keyboard_mode)
    return FALSE;
  picked = gtk_widget_pick (view, x, y, GTK_PICK_DEFAULT);
  if (!GTK_IS_LABEL (picked) ||
      !pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (picked))))
    return FALSE;
  gtk_tooltip_set_text (tooltip, gtk_label_get_text (GTK_LABEL (picked)));
  return TRUE;
}

void
_tf_window_open_case (TfWindow *self,
                      gint64    case_id)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (TF_IS_APPLICATION (application))
    tf_application_open_case (TF_APPLICATION (application), case_id);
  else
    gtk_window_present (GTK_WINDOW (tf_case_window_new (NULL, self->session, case_id)));
}

/* The header's case controls (filters, new case, search) belong to the
 * case list: they show only on the cases page, and the filters and search
 * only once there are cases. */
static void
update_case_controls (TfWindow *self)
{
  gboolean on_cases = g_strcmp0 (adw_view_stack_get_visible_child_name (self->view_stack), "cases") == 0;
  gboolean list = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "cases") == 0;

  gtk_widget_set_visible (GTK_WIDGET (self->new_case_button), on_cases);
  gtk_widget_set_visible (GTK_WIDGET (self->sidebar_button), on_cases && list);
  gtk_widget_set_visible (GTK_WIDGET (self->search_button), on_cases && list);
  /* Ctrl+F still works from the meetings page: it goes to the cases. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", list);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.toggle-filters", on_cases && list);
  /* Typing searches the cases only where the case list shows. */
  gtk_search_bar_set_key_capture_widget (self->search_bar, on_cases ? GTK_WIDGET (self) : NULL);
}

static void
on_main_stack_visible_child_name_cb (GtkStack   *stack,
                                     GParamSpec *pspec,
                                     TfWindow   *self)
{
  update_case_controls (self);
}

static void
on_view_stack_visible_child_name_cb (AdwViewStack *stack,
                                     GParamSpec   *pspec,
                                     TfWindow     *self)
{
  const char *name = adw_view_stack_get_visible_child_name (stack);

  if (name != NULL)
    _tf_window_get_view (self, name);
  update_case_controls (self);
  /* Only the pages a session adds are worth remembering (not the template
   * test's), and only once the window has restored the last one. */
  if (self->session != NULL && self->views_added && name != NULL)
    g_settings_set_string (self->settings, "view", name);
}

void
_tf_window_show_view (TfWindow   *self,
                      const char *name)
{
  if (adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/* Window state */

static void
restore_window_state (TfWindow *self)
{
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static gboolean
tf_window_close_request (GtkWindow *window)
{
  TfWindow *self = TF_WINDOW (window);
  gboolean maximized = gtk_window_is_maximized (window);
  int width, height;

  /* A maximized window's size says nothing about the size to restore to. */
  if (!maximized)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized", maximized);

  return GTK_WINDOW_CLASS (tf_window_parent_class)->close_request (window);
}

/* GObject */

/* Rows that fit in the window as it opens (a row is 20 px or more tall);
 * every row more costs start-up time. */
static guint
first_frame_rows (TfWindow *self)
{
  int width = 0, height = 0;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  return MAX (height, 720) / 20 + 1;
}

static gboolean
show_all_rows_cb (gpointer user_data)
{
  g_autoptr(TfWindow) self = user_data;

  tf_case_list_model_read_all (self->model);
  gtk_slice_list_model_set_size (self->first_rows, G_MAXUINT);
  return G_SOURCE_REMOVE;
}

/* After the first frame is on screen, not during it. */
static void
on_first_paint_cb (GdkFrameClock *clock,
                   TfWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_paint_cb, self);
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, show_all_rows_cb, g_object_ref (self), NULL);
}

static void
on_map_cb (GtkWidget *widget,
           gpointer   user_data)
{
  g_signal_handlers_disconnect_by_func (widget, on_map_cb, user_data);
  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (on_first_paint_cb), widget, 0);
}

/* The views after the cases are built the first time they are shown, not
 * at start: the start shows one view, and building the other three (their
 * templates, lists and charts) is time the first frame would wait for.
 * Each page holds an AdwBin until then. */
static GtkWidget *
make_view (TfWindow   *self,
           const char *name)
{
  if (g_str_equal (name, "meetings"))
    return tf_meetings_view_new (self->session);
  if (g_str_equal (name, "overview"))
    {
      /* The dashboard counts the work areas' indicators too: it needs the
       * application's registry (none in tests that run without one). */
      GApplication *app = g_application_get_default ();
      TfRegistry *registry = TF_IS_APPLICATION (app) ? tf_application_get_registry (TF_APPLICATION (app)) : NULL;

      return tf_dashboard_view_new (self->session, registry);
    }
  if (g_str_equal (name, "reports"))
    return tf_reports_view_new (self->session);
  return NULL;
}

GtkWidget *
_tf_window_get_view (TfWindow   *self,
                     const char *name)
{
  GtkWidget *page = adw_view_stack_get_child_by_name (self->view_stack, name);
  GtkWidget *view;

  if (!ADW_IS_BIN (page))
    return page;
  view = adw_bin_get_child (ADW_BIN (page));
  if (view == NULL && self->session != NULL)
    {
      view = make_view (self, name);
      adw_bin_set_child (ADW_BIN (page), view);
    }
  return view;
}

static void
add_lazy_page (TfWindow   *self,
               const char *name,
               const char *title,
               const char *icon_name)
{
  AdwViewStackPage *page = adw_view_stack_add_titled (self->view_stack, adw_bin_new (), name, title);

  adw_view_stack_page_set_icon_name (page, icon_name);
}

/* The views after the cases, in UI.md's order: Sager · Møder · Overblik ·
 * Rapporter; then the one shown last time. */
static void
add_views (TfWindow *self)
{
  g_autofree char *view = g_settings_get_string (self->settings, "view");

  add_lazy_page (self, "meetings", _("Meetings"), "x-office-calendar-symbolic");
  add_lazy_page (self, "overview", _("Overview"), "view-grid-symbolic");
  add_lazy_page (self, "reports", _("Reports"), "x-office-document-symbolic");
  _tf_window_show_view (self, view);
  /* From here on a page change is the user's, and remembered. */
  self->views_added = TRUE;
}

static void
tf_window_constructed (GObject *object)
{
  TfWindow *self = TF_WINDOW (object);
  g_autoptr(GtkSelectionModel) selection = NULL;

  G_OBJECT_CLASS (tf_window_parent_class)->constructed (object);

  restore_window_state (self);
  if (self->session == NULL)
    return;   /* only the template test builds one without a session */

  self->model = tf_case_list_model_new (self->session);
  /* GTK 4.8's list view makes widgets for 200 rows at once; the first frame
   * needs only those that fit on screen, so the view sees a slice of the
   * list until then and the whole list right after (see on_first_paint_cb). */
  self->first_rows = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->model)), 0,
                                              first_frame_rows (self));
  selection = GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (self->first_rows)));
  g_signal_connect (self, "map", G_CALLBACK (on_map_cb), NULL);
  gtk_column_view_set_model (self->case_view, selection);
  g_signal_connect_object (self->model, "items-changed",
                           G_CALLBACK (on_model_items_changed_cb), self, 0);
  g_signal_connect_object (tf_session_get_store (self->session), "changed",
                           G_CALLBACK (on_store_changed_cb), self, 0);

  populate_filters (self);
  restore_sort (self);
  update_main_page (self);
  update_counts (self);
  add_views (self);
  /* The stack may already show the right page, so no notify will come. */
  update_case_controls (self);
}

static void
tf_window_dispose (GObject *object)
{
  TfWindow *self = TF_WINDOW (object);

  g_cancellable_cancel (self->demo_cancellable);
  g_clear_object (&self->demo_cancellable);
  g_clear_handle_id (&self->update_idle, g_source_remove);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (tf_session_get_store (self->session), self);
  if (self->backup_chooser != NULL)
    gtk_native_dialog_destroy (self->backup_chooser);
  g_clear_object (&self->backup_chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_WINDOW);

  g_clear_object (&self->model);
  g_clear_object (&self->session);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->trace_title, g_free);

  G_OBJECT_CLASS (tf_window_parent_class)->dispose (object);
}

static void
tf_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TfWindow *self = TF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  TfWindow *self = TF_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_window_class_init (TfWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = tf_window_constructed;
  object_class->dispose = tf_window_dispose;
  object_class->get_property = tf_window_get_property;
  object_class->set_property = tf_window_set_property;
  window_class->close_request = tf_window_close_request;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The template and its column factories name these types. */
  g_type_ensure (TF_TYPE_CASE_SUMMARY);
  g_type_ensure (TF_TYPE_REMINDER_BUTTON);
  gtk_widget_class_set_template_from_resource (widget_class, "/dk/norddjurs/Taskforce/tf-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TfWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, new_case_button);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, demo_button);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, demo_progress);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, filter_list);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, follow_up_check);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, follow_up_count);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, no_results_page);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, case_view);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, name_column);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, cpr_column);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, age_column);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, status_column);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, coordinator_column);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, follow_up_column);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, school_column);
  gtk_widget_class_bind_template_child (widget_class, TfWindow, count_label);
  gtk_widget_class_bind_template_callback (widget_class, on_main_stack_visible_child_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_view_stack_visible_child_name_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_list_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_follow_up_check_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_follow_up_list_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_case_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_case_view_query_tooltip_cb);

  _tf_window_class_actions_init (klass);
  _tf_window_class_trace_init (klass);
}

static void
tf_window_init (TfWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  self->probed_sort = -1;
  tf_case_column_show_text (self->name_column, "name", 12);
  tf_case_column_show_text (self->cpr_column, "cpr-label", -1);
  tf_case_column_show_text (self->age_column, "age-label", -1);
  tf_case_column_show_text (self->status_column, "status-label", -1);
  tf_case_column_show_text (self->coordinator_column, "coordinator", -1);
  tf_case_column_show_follow_up (self->follow_up_column);
  tf_case_column_show_text (self->school_column, "school", -1);
  setup_sorting (self);
  gtk_list_box_set_header_func (self->filter_list, update_filter_header, NULL, NULL);
  /* Typing anywhere in the window searches; Escape in the entry ends it.
   * The entry sits in a clamp, so the bar cannot find it by itself. */
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_search_bar_set_key_capture_widget (self->search_bar, GTK_WIDGET (self));
}

/**
 * tf_window_new:
 * @application: (nullable): the application
 * @session: the person at the desk, on the store to show
 *
 * Returns: (transfer none): a new main window
 */
TfWindow *
tf_window_new (GtkApplication *application,
               TfSession      *session)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  return g_object_new (TF_TYPE_WINDOW,
                       "application", application,
                       "session", session,
                       NULL);
}

/**
 * tf_window_get_session:
 *
 * Returns: (transfer none): the window's session
 */
TfSession *
tf_window_get_session (TfWindow *self)
{
  g_return_val_if_fail (TF_IS_WINDOW (self), NULL);
  return self->session;
}

/**
 * tf_window_add_toast:
 * @title: plain text (not markup)
 *
 * Shows a short message at the bottom of the window.
 */
void
tf_window_add_toast (TfWindow   *self,
                     const char *title)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (TF_IS_WINDOW (self));

  /* Toast titles are markup. */
  escaped = g_markup_escape_text (title, -1);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (escaped));
}

/* An error stays until dismissed: it may need reading twice. */
void
_tf_window_add_error_toast (TfWindow   *self,
                            const char *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *toast = adw_toast_new (escaped);

  adw_toast_set_timeout (toast, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
