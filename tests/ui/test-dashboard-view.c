/* test-dashboard-view.c — the main window's "Overview" page (TfDashboardView)
 *
 * On the hand-counted store of test-stats (tests/test-stats-fixture.h,
 * eight young people in 2024–25) the cards show the numbers counted by hand
 * there; choosing another period counts again; a change in the store counts
 * again; the economy's warning shows exactly when the forecast passes the
 * budget; the main window's switcher has the page. The figures stand on
 * 23 Nov 2026, as in test-stats.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "../test-stats-fixture.h"

#include <taskforce-gtk.h>

#include "tf-dashboard-grid.h"
#include "tf-dashboard-view.h"
#include "tf-window.h"

#define TODAY "2026-11-23"

static gboolean
watchdog_cb (gpointer data)
{
  g_error ("The dashboard did not update within 30 s");
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the view has shown @n counts and is idle. */
static void
wait_updates (TfDashboardView *view,
              guint            n)
{
  guint watchdog = g_timeout_add_seconds (30, watchdog_cb, NULL);

  while (tf_dashboard_view_get_n_updates (view) < n || tf_dashboard_view_is_busy (view))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (watchdog);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_numeric_label (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "numeric"))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_numeric_label (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The number beside @title in the card @card_name. */
static const char *
row_value (GtkWidget  *view,
           const char *card_name,
           const char *title)
{
  GtkWidget *card = find_named (view, card_name);
  GtkWidget *row;

  g_assert_nonnull (card);
  row = find_row (card, title);
  if (row == NULL)
    g_error ("No row “%s” in the card %s", title, card_name);
  return gtk_label_get_label (GTK_LABEL (find_numeric_label (row)));
}

/* The view for 2025-Q2 in a window of its own, first count done. */
static TfDashboardView *
show_view (Fixture    *f,
           GtkWidget **window)
{
  g_autoptr(TfPeriod) q2 = tf_period_new (TF_PERIOD_QUARTER, 2025, 2);
  TfDashboardView *view = TF_DASHBOARD_VIEW (tf_dashboard_view_new (f->session, f->registry));

  *window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (*window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (*window), GTK_WIDGET (view));
  tf_dashboard_view_set_change_delay (view, 50);
  tf_dashboard_view_set_today (view, TODAY);
  tf_dashboard_view_set_period (view, q2);
  gtk_window_present (GTK_WINDOW (*window));
  wait_updates (view, 1);
  return view;
}

/* Every card shows the figures counted by hand in test-stats-fixture.h. */
static void
test_cards_show_figures (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *window;
  TfDashboardView *view = show_view (f, &window);
  GtkWidget *w = GTK_WIDGET (view);

  /* Active at the end of Q2: A and G (B paused, D closed) */
  g_assert_cmpstr (row_value (w, "key-figures", "Active cases"), ==, "2");
  /* Referred in Q2: B, C, E, F */
  g_assert_cmpstr (row_value (w, "key-figures", "New referrals"), ==, "4");
  /* Held in Q2: meetings 1, 2 and 5 (3 cancelled, 4 in July) */
  g_assert_cmpstr (row_value (w, "key-figures", "Meetings held"), ==, "3");
  /* Tasks of items 1 and 3: two done, "Book møde" open */
  g_assert_cmpstr (row_value (w, "key-figures", "Tasks from the meetings"), ==, "2 done, 1 open");

  /* The funnel: screened B (relevant), C (not relevant), E (relevant) */
  g_assert_cmpstr (row_value (w, "funnel", "Referred"), ==, "4");
  g_assert_cmpstr (row_value (w, "funnel", "Screened"), ==, "3");
  g_assert_cmpstr (row_value (w, "funnel", "Declined"), ==, "1");
  g_assert_cmpstr (row_value (w, "funnel", "Closed: Goals reached"), ==, "1");

  /* The caseload: April ends with A, B, F… open (test-stats: 4 each month) */
  g_assert_cmpstr (row_value (w, "caseload", "April 2025"), ==, "4 open cases");
  g_assert_nonnull (find_row (find_named (w, "caseload"), "June 2025"));

  /* Legal basis: A's latest decision is § 30; G has none before July */
  g_assert_cmpstr (row_value (w, "legal-basis", "Early preventive intervention (Barnets lov § 30)"), ==, "1");

  /* Effect on the school domain: A improved, B held, G worsened (in Q2) */
  g_assert_nonnull (find_named (w, "effect-domains"));
  g_assert_nonnull (find_named (w, "effect-goals"));
  g_assert_nonnull (find_named (w, "reoffending"));
  g_assert_nonnull (find_named (w, "placements"));
  g_assert_nonnull (find_named (w, "economy"));
  g_assert_nonnull (find_named (w, "group-activities"));
  g_assert_nonnull (find_named (w, "interventions"));

  /* Two columns of cards in a 1280 px window; one in a 1024 px window */
  {
    TfDashboardGrid *grid = TF_DASHBOARD_GRID (find_type (w, TF_TYPE_DASHBOARD_GRID));
    gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    while (tf_dashboard_grid_get_n_columns (grid) != 2 && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, FALSE);
    g_assert_cmpuint (tf_dashboard_grid_get_n_columns (grid), ==, 2);
    gtk_window_set_default_size (GTK_WINDOW (window), 1024, 700);
    end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
    while (tf_dashboard_grid_get_n_columns (grid) != 1 && g_get_monotonic_time () < end)
      g_main_context_iteration (NULL, FALSE);
    g_assert_cmpuint (tf_dashboard_grid_get_n_columns (grid), ==, 1);
  }

  /* The placements estimate without unit costs says what to do */
  g_assert_nonnull (find_row (find_named (w, "placements"), "No unit costs set"));

  /* What the cards show is what the one aggregate layer counted */
  g_assert_cmpint (tf_stats_get_active_cases (tf_dashboard_view_get_stats (view))->n, ==, 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Choosing another period in the dropdowns counts that period. */
static void
test_period_change_recounts (Fixture       *f,
                             gconstpointer  data)
{
  GtkWidget *window;
  TfDashboardView *view = show_view (f, &window);
  GtkDropDown *kind = GTK_DROP_DOWN (find_type (GTK_WIDGET (view), GTK_TYPE_DROP_DOWN));
  g_autoptr(TfPeriod) period = NULL;
  g_autofree char *text = NULL;

  /* The years offered: from D's referral in 2024 to the year of the day
   * the figures stand on */
  {
    GtkDropDown *years = GTK_DROP_DOWN (gtk_widget_get_next_sibling (GTK_WIDGET (kind)));
    GListModel *model = gtk_drop_down_get_model (years);

    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), ==, "2024");
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), 2), ==, "2026");
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), gtk_drop_down_get_selected (years)), ==, "2025");
  }

  /* The first dropdown is the length: Year */
  gtk_drop_down_set_selected (kind, TF_PERIOD_YEAR);
  wait_updates (view, 2);
  period = tf_dashboard_view_dup_period (view);
  text = tf_period_to_string (period);
  g_assert_cmpstr (text, ==, "2025");
  /* Referred in 2025: A, B, C, E, F, G, H (D in 2024) */
  g_assert_cmpstr (row_value (GTK_WIDGET (view), "key-figures", "New referrals"), ==, "7");
  g_assert_nonnull (find_row (find_named (GTK_WIDGET (view), "caseload"), "December 2025"));

  /* Back to a quarter keeps the year; the month view of May */
  {
    g_autoptr(TfPeriod) may = tf_period_new (TF_PERIOD_MONTH, 2025, 5);

    tf_dashboard_view_set_period (view, may);
    wait_updates (view, 3);
    /* Referred in May: E */
    g_assert_cmpstr (row_value (GTK_WIDGET (view), "key-figures", "New referrals"), ==, "1");
    /* A month shows its quarter's economy */
    g_assert_cmpint (tf_economy_get_quarter (tf_dashboard_view_get_economy (view)), ==, 2);
  }

  /* A period with nothing in it says so, and what to do */
  {
    g_autoptr(TfPeriod) empty = tf_period_new (TF_PERIOD_QUARTER, 2023, 1);
    GtkWidget *note = find_named (GTK_WIDGET (view), "period-note");

    g_assert_false (gtk_widget_get_visible (note));
    tf_dashboard_view_set_period (view, empty);
    wait_updates (view, 4);
    g_assert_true (gtk_widget_get_visible (note));
    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (note)), "Choose another period"));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A save anywhere counts again, once, after the changes settle. */
static void
test_store_change_recounts (Fixture       *f,
                            gconstpointer  data)
{
  GtkWidget *window;
  TfDashboardView *view = show_view (f, &window);
  guint before = tf_dashboard_view_get_n_updates (view);

  new_case (f, "Ivan", "2025-05-15");
  new_case (f, "Jonas", "2025-06-02");
  wait_updates (view, before + 1);
  /* Two saves close together: one count */
  g_assert_cmpuint (tf_dashboard_view_get_n_updates (view), ==, before + 1);
  g_assert_cmpstr (row_value (GTK_WIDGET (view), "key-figures", "New referrals"), ==, "6");

  /* The coordinator sets the unit costs: the estimate shows, as an estimate */
  {
    g_autoptr(GError) error = NULL;
    guint n = tf_dashboard_view_get_n_updates (view);

    g_assert_true (tf_stats_setting_set (f->session, "placement-cost-per-year", 1000000, &error));
    g_assert_no_error (error);
    g_assert_true (tf_stats_setting_set (f->session, "placement-share-avoided", 10, &error));
    g_assert_no_error (error);
    wait_updates (view, n + 1);
    g_assert_null (find_row (find_named (GTK_WIDGET (view), "placements"), "No unit costs set"));
    g_assert_cmpstr (row_value (GTK_WIDGET (view), "placements", "Share expected to avoid a placement"), ==, "10 %");
    g_assert_nonnull (find_row (find_named (GTK_WIDGET (view), "placements"), "Value (estimate)"));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
add_expense (Fixture    *f,
             const char *spent_on,
             gint64      ore)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfExpense) expense = tf_expense_new ();
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (tf_store_get_db (f->store), "SELECT min(id) FROM organisation",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  tf_expense_set_organisation_id (expense, sqlite3_column_int64 (stmt, 0));
  sqlite3_finalize (stmt);
  tf_expense_set_spent_on (expense, spent_on);
  tf_expense_set_budget_area (expense, "mentor");
  tf_expense_set_description (expense, "Mentortimer");
  tf_expense_set_amount (expense, ore);
  g_assert_true (tf_expense_save (f->session, expense, &error));
  g_assert_no_error (error);
}

/* The warning shows exactly when the forecast passes the budget: Q2's
 * mentor share is a fourth of 360.000 kr.; Q2 is over on the day the
 * figures stand on, so its forecast is what was spent. */
static void
test_economy_warning (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *window;
  TfDashboardView *view = show_view (f, &window);
  GtkWidget *warning = find_named (GTK_WIDGET (view), "economy-warning");
  guint n;

  g_assert_nonnull (warning);
  g_assert_false (gtk_widget_get_visible (warning));
  g_assert_cmpstr (row_value (GTK_WIDGET (view), "economy", "Budget"), ==, "300.000 kr.");

  /* Exactly the mentor budget: not past it */
  n = tf_dashboard_view_get_n_updates (view);
  add_expense (f, "2025-05-01", (gint64) 90000 * 100);
  wait_updates (view, n + 1);
  warning = find_named (GTK_WIDGET (view), "economy-warning");
  g_assert_false (tf_economy_get_has_warning (tf_dashboard_view_get_economy (view)));
  g_assert_false (gtk_widget_get_visible (warning));
  g_assert_cmpstr (row_value (GTK_WIDGET (view), "economy", "Spent"), ==, "90.000 kr.");

  /* One krone more: past it, and the card says so */
  n = tf_dashboard_view_get_n_updates (view);
  add_expense (f, "2025-06-01", 100);
  wait_updates (view, n + 1);
  warning = find_named (GTK_WIDGET (view), "economy-warning");
  g_assert_true (tf_economy_get_has_warning (tf_dashboard_view_get_economy (view)));
  g_assert_true (gtk_widget_get_visible (warning));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
show_economy_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       data)
{
  (*(int *) data)++;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The main window's switcher has the page, with a title and an icon. */
static void
test_in_switcher (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GtkApplication) app = gtk_application_new ("dk.norddjurs.Taskforce.TestDashboard",
                                                       G_APPLICATION_NON_UNIQUE);
  g_autoptr(GError) error = NULL;
  TfWindow *window;
  AdwViewStack *stack;
  GtkWidget *page;
  AdwViewStackPage *stack_page;
  g_autoptr(GSimpleAction) show_economy = NULL;
  GtkWidget *button;
  int economy_shown = 0;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  show_economy = g_simple_action_new ("show-economy", NULL);
  g_signal_connect (show_economy, "activate", G_CALLBACK (show_economy_cb), &economy_shown);
  g_action_map_add_action (G_ACTION_MAP (app), G_ACTION (show_economy));
  window = tf_window_new (app, f->session);
  gtk_window_present (GTK_WINDOW (window));
  stack = ADW_VIEW_STACK (find_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  stack_page = adw_view_stack_get_page (stack, adw_view_stack_get_child_by_name (stack, "overview"));
  g_assert_cmpstr (adw_view_stack_page_get_title (stack_page), ==, "Overview");
  g_assert_nonnull (adw_view_stack_page_get_icon_name (stack_page));

  /* Built when first shown; shown, it counts the current quarter by itself */
  adw_view_stack_set_visible_child_name (stack, "overview");
  page = adw_bin_get_child (ADW_BIN (adw_view_stack_get_child_by_name (stack, "overview")));
  g_assert_true (TF_IS_DASHBOARD_VIEW (page));
  wait_updates (TF_DASHBOARD_VIEW (page), 1);
  g_assert_nonnull (tf_dashboard_view_get_stats (TF_DASHBOARD_VIEW (page)));

  /* "Open Economy" asks the application for its economy window */
  button = find_button (page, "_Open Economy");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpint (economy_shown, ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every dropdown and button of the page has a name for a screen reader. */
static void
collect_unnamed (GtkWidget *widget,
                 GPtrArray *unnamed)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if ((GTK_IS_DROP_DOWN (widget) || GTK_IS_BUTTON (widget) || TF_IS_DASHBOARD_GRID (widget)) &&
      !(GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL) &&
      !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL) &&
      !gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    g_ptr_array_add (unnamed, widget);
  /* A dropdown's own button is named by the dropdown. */
  if (GTK_IS_DROP_DOWN (widget))
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, unnamed);
}

static void
collect_type (GtkWidget *widget,
              GType      type,
              GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_type (child, type, found);
}

static void
test_accessible_names (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *window;
  TfDashboardView *view = show_view (f, &window);
  g_autoptr(GPtrArray) unnamed = g_ptr_array_new ();
  GtkWidget *grid = find_type (GTK_WIDGET (view), TF_TYPE_DASHBOARD_GRID);
  GPtrArray *charts;
  guint cards = 0;

  collect_unnamed (GTK_WIDGET (view), unnamed);
  for (guint i = 0; i < unnamed->len; i++)
    g_printerr ("Unnamed: %s\n", G_OBJECT_TYPE_NAME (g_ptr_array_index (unnamed, i)));
  g_assert_cmpuint (unnamed->len, ==, 0);

  /* Every card is named by its heading */
  for (GtkWidget *child = gtk_widget_get_first_child (grid); child != NULL;
       child = gtk_widget_get_next_sibling (child), cards++)
    g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (child),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_assert_cmpuint (cards, >=, 10);

  /* Every chart has a title and says what it shows in words */
  charts = g_ptr_array_new ();
  collect_type (GTK_WIDGET (view), TF_TYPE_BAR_CHART, charts);
  g_assert_cmpuint (charts->len, >=, 9);
  for (guint i = 0; i < charts->len; i++)
    {
      GtkAccessible *chart = g_ptr_array_index (charts, i);
      TfBarSpec *spec = tf_bar_chart_get_spec (TF_BAR_CHART (chart));

      g_assert_nonnull (tf_bar_spec_get_title (spec));
      g_assert_nonnull (tf_bar_spec_get_value_label (spec));
      g_assert_true (gtk_test_accessible_has_property (chart, GTK_ACCESSIBLE_PROPERTY_LABEL));
      g_assert_true (gtk_test_accessible_has_property (chart, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
    }
  g_ptr_array_unref (charts);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* An empty store says what to do instead of showing zeros. */
static void
test_empty_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tf-dashboard-empty-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(TfStore) store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_autoptr(TfSession) session = NULL;
  TfDashboardView *view;
  GtkWidget *window;
  GtkStack *stack;

  g_assert_no_error (error);
  session = tf_session_new_for_login (store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);
  view = TF_DASHBOARD_VIEW (tf_dashboard_view_new (session, NULL));
  window = gtk_window_new ();
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  wait_updates (view, 1);
  stack = GTK_STACK (find_named (GTK_WIDGET (view), "dashboard-content"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A 10 ms ticker: the longest gap between its ticks is how long typing
 * would have waited. */
typedef struct
{
  gint64 last;
  gint64 longest;
} Ticks;

static gboolean
tick_cb (gpointer data)
{
  Ticks *ticks = data;
  gint64 now = g_get_monotonic_time ();

  ticks->longest = MAX (ticks->longest, now - ticks->last);
  ticks->last = now;
  return G_SOURCE_CONTINUE;
}

/* With TF_DASHBOARD_TIMING_STORE=<a store> (say 20,000 young people from
 * `taskforce demo-data`): how long from choosing a period to the cards
 * showing its figures, while the main loop stays free. */
static void
test_timing (void)
{
  const char *path = g_getenv ("TF_DASHBOARD_TIMING_STORE");
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStore) store = NULL;
  g_autoptr(TfSession) session = NULL;
  g_autoptr(TfRegistry) registry = tf_registry_new ();
  g_autoptr(TfPluginManager) manager = tf_plugin_manager_new (registry);
  static const char * const periods[] = { "2026-Q3", "2026", "2026-10", "2025" };
  TfDashboardView *view;
  GtkWidget *window;

  if (path == NULL)
    {
      g_test_skip ("TF_DASHBOARD_TIMING_STORE is not set");
      return;
    }
  store = tf_store_open (path, TF_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  session = tf_session_new_for_os_user (store, &error);
  g_assert_no_error (error);
  tf_plugin_manager_load_all (manager, NULL);
  view = TF_DASHBOARD_VIEW (tf_dashboard_view_new (session, registry));
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  wait_updates (view, 1);
  for (guint i = 0; i < G_N_ELEMENTS (periods); i++)
    {
      g_autoptr(TfPeriod) period = tf_period_parse (periods[i], &error);
      guint n = tf_dashboard_view_get_n_updates (view);
      gint64 start = g_get_monotonic_time ();
      Ticks ticks = { start, 0 };
      guint ticker = g_timeout_add (10, tick_cb, &ticks);

      g_assert_no_error (error);
      tf_dashboard_view_set_period (view, period);
      while (tf_dashboard_view_get_n_updates (view) <= n || tf_dashboard_view_is_busy (view))
        g_main_context_iteration (NULL, TRUE);
      g_printerr ("%s: cards updated after %.0f ms; the main loop answered within %.0f ms throughout\n",
                  periods[i], (g_get_monotonic_time () - start) / 1000.0, ticks.longest / 1000.0);
      g_source_remove (ticker);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/dashboard/cards-show-figures", Fixture, NULL, fixture_setup, test_cards_show_figures, fixture_teardown);
  g_test_add ("/dashboard/period-change-recounts", Fixture, NULL, fixture_setup, test_period_change_recounts,
              fixture_teardown);
  g_test_add ("/dashboard/store-change-recounts", Fixture, NULL, fixture_setup, test_store_change_recounts,
              fixture_teardown);
  g_test_add ("/dashboard/economy-warning", Fixture, NULL, fixture_setup, test_economy_warning, fixture_teardown);
  g_test_add ("/dashboard/in-switcher", Fixture, NULL, fixture_setup, test_in_switcher, fixture_teardown);
  g_test_add ("/dashboard/accessible-names", Fixture, NULL, fixture_setup, test_accessible_names, fixture_teardown);
  g_test_add_func ("/dashboard/empty-store", test_empty_store);
  g_test_add_func ("/dashboard/timing", test_timing);
  return g_test_run ();
}
