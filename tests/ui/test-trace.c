/* test-trace.c — from a number on the dashboard to the cases behind it
 *
 * On the hand-counted store of test-stats (tests/test-stats-fixture.h,
 * eight young people A–H in 2024–25): win.show-cases shows exactly the
 * given cases in the main window's case list with a bar that names the
 * figure, whatever search or filter was on before; the sidebar and the
 * footer count them; "Show All Cases" brings every case back; a session
 * whose access leaves some out is told how many. On the overview, a row
 * with one count opens its cases; a row with several opens a menu whose
 * entries open each count's cases; a row without cases opens nothing. The
 * reports view leads to the overview for the report's period. The figures
 * stand on 23 Nov 2026, as in test-stats.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "../test-stats-fixture.h"

#include "test-ui-helpers.h"
#include "tf-access-private.h"
#include "tf-dashboard-view.h"
#include "tf-reports-view.h"
#include "tf-window-private.h"

#define TODAY "2026-11-23"

static TfWindow *
open_window (Fixture *f)
{
  TfWindow *window = tf_window_new (NULL, f->session);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  spin (300);
  return window;
}

static void
show_cases (TfWindow   *window,
            const char *title,
            gint64      first,
            ...)
{
  GVariantBuilder ids;
  va_list args;

  g_variant_builder_init (&ids, G_VARIANT_TYPE ("ax"));
  va_start (args, first);
  for (gint64 id = first; id != 0; id = va_arg (args, gint64))
    g_variant_builder_add (&ids, "x", id);
  va_end (args);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-cases", "(sax)", title, &ids));
  spin (200);
}

/* The first names the case list shows, in its order: "Anton, Gustav". */
static char *
names_shown (TfWindow *window)
{
  GListModel *model = G_LIST_MODEL (window->model);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TfCaseSummary) summary = g_list_model_get_item (model, i);
      g_auto(GStrv) words = g_strsplit (tf_case_summary_get_name (summary), " ", 2);

      g_string_append_printf (names, "%s%s", i ? ", " : "", words[0]);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
assert_shown (TfWindow   *window,
              const char *expected)
{
  g_autofree char *names = names_shown (window);

  g_assert_cmpstr (names, ==, expected);
}

static const char *
visible_view (TfWindow *window)
{
  return adw_view_stack_get_visible_child_name (window->view_stack);
}

/* The count the sidebar's "All" shows. */
static char *
all_count (TfWindow *window)
{
  g_autofree char *text = text_of (GTK_WIDGET (window->filter_rows[0]));

  return g_strdup (g_strstrip (strchr (text, '\n') + 1));
}

/* win.show-cases shows exactly the given cases, with the bar; whatever was
 * searched or filtered before is cleared; "Show All Cases" ends it. */
static void
test_show_cases (Fixture       *f,
                 gconstpointer  data)
{
  TfWindow *window = open_window (f);
  g_autofree char *count = NULL;

  g_assert_false (gtk_info_bar_get_revealed (window->trace_bar));
  /* Something searched and a status chosen, on another page */
  gtk_editable_set_text (GTK_EDITABLE (window->search_entry), "zzz");
  tf_case_list_model_set_search (window->model, "zzz");
  gtk_list_box_select_row (window->filter_list, GTK_LIST_BOX_ROW (window->filter_rows[1 + TF_CASE_STATUS_CLOSED]));
  gtk_check_button_set_active (window->follow_up_check, TRUE);
  adw_view_stack_set_visible_child_name (window->view_stack, "meetings");
  spin (200);

  show_cases (window, "Active cases · Quarter 2 2025", f->g, f->a, (gint64) 0);
  g_assert_cmpstr (visible_view (window), ==, "cases");
  assert_shown (window, "Anton, Gustav");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (window->search_entry)), ==, "");
  g_assert_null (tf_case_list_model_get_status (window->model));
  g_assert_false (tf_case_list_model_get_follow_up (window->model));
  g_assert_true (gtk_info_bar_get_revealed (window->trace_bar));
  g_assert_cmpstr (gtk_label_get_label (window->trace_label), ==,
                   "Showing the 2 cases behind “Active cases · Quarter 2 2025”.");
  /* The footer and the sidebar count them */
  g_assert_cmpstr (gtk_label_get_label (window->count_label), ==, "2 young people");
  count = all_count (window);
  g_assert_cmpstr (count, ==, "2");
  g_assert_true (gtk_widget_is_visible (find_button_labelled (GTK_WIDGET (window->trace_bar), "Show All Cases")));

  /* A search inside them; nothing found says how to get out */
  tf_case_list_model_set_search (window->model, "bilal");
  spin (200);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->list_stack), ==, "no-results");
  g_assert_nonnull (strstr (adw_status_page_get_description (window->no_results_page), "Show All Cases"));
  tf_case_list_model_set_search (window->model, NULL);
  spin (200);

  /* Another figure replaces the first */
  show_cases (window, "New referrals · Quarter 2 2025", f->b, f->c, f->e, f->f, (gint64) 0);
  assert_shown (window, "Bilal, Carl, Emil, Frederik");
  g_assert_nonnull (strstr (gtk_label_get_label (window->trace_label), "4 cases behind “New referrals"));

  /* "Show All Cases": every case, no bar */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-all-cases", NULL));
  spin (200);
  g_assert_false (tf_case_list_model_get_restricted (window->model));
  g_assert_false (gtk_info_bar_get_revealed (window->trace_bar));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->model)), ==, 8);
  g_assert_cmpstr (gtk_label_get_label (window->count_label), ==, "8 young people");
  g_clear_pointer (&count, g_free);
  count = all_count (window);
  g_assert_cmpstr (count, ==, "8");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Under a scope that leaves cases out, they never show, and the bar says
 * how many were left out. */
static void
test_scope (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSession) lars = tf_session_new_for_login (f->store, "lars", "Lars Pedersen", &error);
  g_autofree char *sql = NULL;
  TfWindow *window;

  g_assert_no_error (error);
  /* Lars coordinates Anton's case; Mette sees only her own */
  sql = g_strdup_printf ("UPDATE cases SET coordinator_id = %" G_GINT64_FORMAT " WHERE id = %" G_GINT64_FORMAT,
                         tf_session_get_staff_id (lars), f->a);
  exec_sql (f, sql);
  _tf_access_narrow_case_scope (f->session, tf_session_get_staff_id (f->session));
  window = open_window (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->model)), ==, 7);

  show_cases (window, "Active cases · Quarter 2 2025", f->a, f->g, (gint64) 0);
  assert_shown (window, "Gustav");
  g_assert_cmpstr (gtk_label_get_label (window->trace_label), ==,
                   "Showing the 1 case behind “Active cases · Quarter 2 2025”. "
                   "1 more is outside your access and not shown.");
  g_assert_cmpstr (gtk_label_get_label (window->count_label), ==, "1 young person");

  /* None of them within reach */
  show_cases (window, "Referred · Quarter 1 2025", f->a, (gint64) 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->model)), ==, 0);
  g_assert_cmpstr (gtk_label_get_label (window->trace_label), ==,
                   "None of the cases behind “Referred · Quarter 1 2025” is within your access.");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->list_stack), ==, "no-results");
  gtk_window_destroy (GTK_WINDOW (window));
}

static TfDashboardView *
show_overview (TfWindow   *window,
               const char *period_text)
{
  TfDashboardView *view = TF_DASHBOARD_VIEW (_tf_window_get_view (window, "overview"));
  g_autoptr(TfPeriod) period = tf_period_parse (period_text, NULL);
  guint n = tf_dashboard_view_get_n_updates (view);

  adw_view_stack_set_visible_child_name (window->view_stack, "overview");
  tf_dashboard_view_set_change_delay (view, 50);
  tf_dashboard_view_set_today (view, TODAY);
  tf_dashboard_view_set_period (view, period);
  while (tf_dashboard_view_get_n_updates (view) <= n || tf_dashboard_view_is_busy (view))
    g_main_context_iteration (NULL, TRUE);
  return view;
}

/* The action row titled @title in the card named @card. */
static GtkWidget *
card_row (GtkWidget  *view,
          const char *card,
          const char *title)
{
  GtkWidget *box = NULL;
  guint n = 0;

  for (GtkWidget *w; (w = find_nth_type (view, GTK_TYPE_BOX, n)) != NULL; n++)
    if (g_strcmp0 (gtk_widget_get_name (w), card) == 0)
      {
        box = w;
        break;
      }
  g_assert_nonnull (box);
  for (n = 0;; n++)
    {
      GtkWidget *row = find_nth_type (box, ADW_TYPE_ACTION_ROW, n);

      if (row == NULL)
        g_error ("No row “%s” in the card %s", title, card);
      if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0)
        return row;
    }
}

/* A row with one count: a click or Enter opens exactly its cases. */
static void
test_dashboard_row (Fixture       *f,
                    gconstpointer  data)
{
  TfWindow *window = open_window (f);
  TfDashboardView *view = show_overview (window, "2025-Q2");
  GtkWidget *row = card_row (GTK_WIDGET (view), "key-figures", "Active cases");
  g_autofree char *description = NULL;
  GVariant *target;

  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==, "win.show-cases");
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));
  g_assert_true (g_variant_is_of_type (target, G_VARIANT_TYPE ("(sax)")));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==, "Show the cases behind the figure");

  /* Enter on the focused row (its "activate" key binding) */
  g_signal_emit_by_name (row, "activate");
  spin (300);
  g_assert_cmpstr (visible_view (window), ==, "cases");
  /* Active at the end of Q2: A and G */
  assert_shown (window, "Anton, Gustav");
  g_assert_cmpstr (gtk_label_get_label (window->trace_label), ==,
                   "Showing the 2 cases behind “Active cases · Quarter 2 2025”.");

  /* New referrals in Q2: B, C, E, F */
  adw_view_stack_set_visible_child_name (window->view_stack, "overview");
  g_signal_emit_by_name (card_row (GTK_WIDGET (view), "key-figures", "New referrals"), "activate");
  spin (300);
  assert_shown (window, "Bilal, Carl, Emil, Frederik");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The menu of a row with two counts: its second entry opens the second
 * count's cases. */
static void
test_dashboard_menu (Fixture       *f,
                     gconstpointer  data)
{
  TfWindow *window = open_window (f);
  TfDashboardView *view = show_overview (window, "2025-Q2");
  GtkWidget *row = card_row (GTK_WIDGET (view), "caseload", "April 2025");
  GtkWidget *button = find_nth_type (row, GTK_TYPE_MENU_BUTTON, 0);
  GMenuModel *menu;
  g_autofree char *label = NULL;
  g_autofree char *action = NULL;
  g_autoptr(GVariant) target = NULL;

  g_assert_nonnull (button);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));
  g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 2);
  g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_cmpstr (label, ==, "Open cases at the end (4)");
  g_clear_pointer (&label, g_free);
  g_assert_true (g_menu_model_get_item_attribute (menu, 1, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  /* Referred in April: B and C */
  g_assert_cmpstr (label, ==, "New referrals (2)");
  g_assert_true (g_menu_model_get_item_attribute (menu, 1, G_MENU_ATTRIBUTE_ACTION, "s", &action));
  g_assert_cmpstr (action, ==, "win.show-cases");
  target = g_menu_model_get_item_attribute_value (menu, 1, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE ("(sax)"));
  g_assert_nonnull (target);

  /* Enter on the row pops the menu up */
  g_signal_emit_by_name (row, "activate");
  spin (200);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)))));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));

  /* What the second entry does */
  g_assert_true (gtk_widget_activate_action_variant (button, action, target));
  spin (300);
  g_assert_cmpstr (visible_view (window), ==, "cases");
  assert_shown (window, "Bilal, Carl");
  g_assert_cmpstr (gtk_label_get_label (window->trace_label), ==,
                   "Showing the 2 cases behind “New referrals · April 2025”.");

  /* And back to every case */
  g_signal_emit_by_name (find_button_labelled (GTK_WIDGET (window->trace_bar), "Show All Cases"), "clicked");
  spin (200);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (window->model)), ==, 8);
  g_assert_false (gtk_info_bar_get_revealed (window->trace_bar));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every row that opens something has cases behind it; no other row opens
 * anything; a period with nothing in it has no row to open. */
static void
check_rows (GtkWidget *widget,
            guint     *n_open)
{
  if (ADW_IS_ACTION_ROW (widget))
    {
      const char *action = gtk_actionable_get_action_name (GTK_ACTIONABLE (widget));
      GtkWidget *button = find_nth_type (widget, GTK_TYPE_MENU_BUTTON, 0);
      gboolean activatable = gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget));

      g_assert_true (activatable == (action != NULL || button != NULL));
      if (action != NULL)
        {
          GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
          g_autoptr(GVariant) ids = g_variant_get_child_value (target, 1);

          g_assert_cmpuint (g_variant_n_children (ids), >, 0);
        }
      if (button != NULL)
        g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL));
      *n_open += activatable;
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_rows (child, n_open);
}

static void
test_rows_without_cases (Fixture       *f,
                         gconstpointer  data)
{
  TfWindow *window = open_window (f);
  TfDashboardView *view = show_overview (window, "2025-Q2");
  guint n_open = 0;

  check_rows (GTK_WIDGET (view), &n_open);
  g_assert_cmpuint (n_open, >=, 10);
  /* Closed by reason "goals reached" in Q2: D */
  g_assert_nonnull (gtk_actionable_get_action_name (GTK_ACTIONABLE (card_row (GTK_WIDGET (view), "funnel",
                                                                             "Closed: Goals reached"))));

  view = show_overview (window, "2023-Q1");
  n_open = 0;
  check_rows (GTK_WIDGET (view), &n_open);
  g_assert_cmpuint (n_open, ==, 0);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* "See the Figures in Overview": the report's period on the overview. */
static void
test_reports_to_overview (Fixture       *f,
                          gconstpointer  data)
{
  TfWindow *window = open_window (f);
  TfReportsView *reports = TF_REPORTS_VIEW (_tf_window_get_view (window, "reports"));
  TfDashboardView *view = TF_DASHBOARD_VIEW (_tf_window_get_view (window, "overview"));
  g_autoptr(TfPeriod) period = NULL;
  g_autofree char *text = NULL;
  GtkWidget *button;

  adw_view_stack_set_visible_child_name (window->view_stack, "reports");
  tf_reports_view_set_report (reports, TF_COMMITTEE_REPORT_QUARTERLY, "2025-Q2");
  button = find_button_labelled (GTK_WIDGET (reports), "See the Figures in _Overview");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  spin (200);
  g_assert_cmpstr (visible_view (window), ==, "overview");
  period = tf_dashboard_view_dup_period (view);
  text = tf_period_to_string (period);
  g_assert_cmpstr (text, ==, "2025-Q2");

  /* A wrong period: the button cannot be pressed */
  adw_view_stack_set_visible_child_name (window->view_stack, "reports");
  tf_reports_view_set_report (reports, TF_COMMITTEE_REPORT_QUARTERLY, "2025-Q7");
  g_assert_false (gtk_widget_is_sensitive (button));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: skipping (run under xvfb-run).\n");
      return 77;
    }
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/trace/show-cases", test_show_cases);
  ADD ("/trace/scope", test_scope);
  ADD ("/trace/reports-to-overview", test_reports_to_overview);
  ADD ("/trace/dashboard-row", test_dashboard_row);
  ADD ("/trace/dashboard-menu", test_dashboard_menu);
  ADD ("/trace/rows-without-cases", test_rows_without_cases);
#undef ADD
  return g_test_run ();
}
