/* test-figures-preferences.c — Preferences › Figures and reports
 *
 * On the store of test-stats (tests/test-stats-fixture.h, whose coordinator
 * is "mette"): what the page sets is what the core reads back
 * (tf_stats_setting_get, tf_stats_indicator_threshold_get); bad input is
 * refused under its field and changes nothing; a reset goes back to the
 * default; a caseworker sees the page and can change nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <adwaita.h>

#include "../test-stats-fixture.h"

#include "taskforce-gtk.h"
#include "tf-figures-preferences-page.h"

#include "test-ui-helpers.h"

/* The widget named @name (the page names its spin buttons and resets by
 * the setting's key). */
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
open_page (TfSession  *session,
           TfRegistry *registry,
           GtkWidget **page)
{
  GtkWidget *window = adw_preferences_window_new ();

  *page = tf_figures_preferences_page_new (session, registry);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (*page));
  gtk_window_set_default_size (GTK_WINDOW (window), 720, 900);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  return window;
}

/* With TF_TEST_LINGER_MS: time to look at the window (import -window
 * root), the first half at the top of the page, the second at its end. */
static void
linger (GtkWidget *page)
{
  const char *ms = g_getenv ("TF_TEST_LINGER_MS");
  GtkWidget *scrolled = find_nth_type (page, GTK_TYPE_SCROLLED_WINDOW, 0);
  GtkAdjustment *adjustment;

  if (ms == NULL)
    return;
  spin (atoi (ms) / 2);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  spin (atoi (ms) / 2);
}

/* gtk_widget_activate() on a button clicks only after its press animation */
static void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_signal_emit_by_name (button, "clicked");
}

static double
setting (TfSession  *session,
         const char *key,
         gboolean   *is_set)
{
  g_autoptr(GError) error = NULL;
  double value = -1;

  g_assert_true (tf_stats_setting_get (session, key, &value, is_set, &error));
  g_assert_no_error (error);
  return value;
}

/* Types @text in the entry row titled @title and applies it (the check mark) */
static GtkEditable *
type_and_apply (GtkWidget  *page,
                const char *title,
                const char *text)
{
  GtkEditable *row = find_entry_row (page, title);

  g_assert_nonnull (row);
  gtk_editable_set_text (row, text);
  g_signal_emit_by_name (row, "apply");
  return row;
}

static gboolean
error_shown (GtkWidget  *page,
             const char *needle)
{
  g_autofree char *text = text_of (page);

  return strstr (text, needle) != NULL;
}

#define COST "Cost of a placement per year (kr.)"
#define SHARE "Share expected to avoid a placement (%)"
#define YEARS "Years an avoided placement would have lasted"

static void
test_coordinator_sets (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *page;
  GtkWidget *window = open_page (f->session, f->registry, &page);
  GtkSpinButton *anonymity = GTK_SPIN_BUTTON (find_named (page, "anonymity-threshold"));
  GtkEditable *cost;
  gboolean is_set = TRUE;

  g_assert_nonnull (anonymity);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (anonymity)));
  g_assert_cmpfloat (gtk_spin_button_get_value (anonymity), ==, 5);
  g_assert_false (error_shown (page, "Only a coordinator"));

  /* The threshold: saved as soon as it changes */
  gtk_spin_button_set_value (anonymity, 7);
  g_assert_cmpfloat (setting (f->session, "anonymity-threshold", &is_set), ==, 7);
  g_assert_true (is_set);

  /* The cost, as a Dane types it: 850.000 kr. */
  g_assert_cmpfloat (setting (f->session, "placement-cost-per-year", &is_set), ==, 0);
  g_assert_false (is_set);
  cost = type_and_apply (page, COST, "850.000");
  g_assert_cmpfloat (setting (f->session, "placement-cost-per-year", &is_set), ==, 850000);
  g_assert_true (is_set);
  g_assert_cmpstr (gtk_editable_get_text (cost), ==, "850.000");

  /* The share, with a decimal comma */
  type_and_apply (page, SHARE, "12,5");
  g_assert_cmpfloat (setting (f->session, "placement-share-avoided", &is_set), ==, 12.5);
  g_assert_true (is_set);

  type_and_apply (page, YEARS, "2");
  g_assert_cmpfloat (setting (f->session, "placement-years", NULL), ==, 2);

  /* The estimate now has what it needs */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TfPeriod) period = tf_period_parse ("2025", &error);
    g_autoptr(TfStats) stats = tf_stats_compute (f->session, f->registry, period, "2025-12-31", &error);

    g_assert_no_error (error);
    g_assert_true (tf_stats_get_placements (stats)->configured);
    g_assert_cmpfloat (tf_stats_get_placements (stats)->cost_per_year, ==, 850000);
    g_assert_cmpint (tf_stats_get_anonymity_threshold (stats), ==, 7);
  }
  screenshot (window, "figures-preferences.png");
  linger (page);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *page;
  GtkWidget *window = open_page (f->session, f->registry, &page);
  g_autoptr(GError) error = NULL;
  GtkEditable *row;

  g_assert_true (tf_stats_setting_set (f->session, "placement-cost-per-year", 500000, &error));
  g_assert_true (tf_stats_setting_set (f->session, "placement-share-avoided", 10, &error));
  g_assert_no_error (error);

  row = type_and_apply (page, COST, "mange penge");
  g_assert_true (error_shown (page, "Type an amount in kroner"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_cmpfloat (setting (f->session, "placement-cost-per-year", NULL), ==, 500000);

  /* Typing again takes the complaint away */
  gtk_editable_set_text (row, "6");
  g_assert_false (error_shown (page, "Type an amount in kroner"));

  /* Out of the core's range: refused, with the field's own sentence */
  type_and_apply (page, SHARE, "150");
  g_assert_true (error_shown (page, "Type a per cent from 0 to 100"));
  g_assert_cmpfloat (setting (f->session, "placement-share-avoided", NULL), ==, 10);
  type_and_apply (page, SHARE, "1,2,3");
  g_assert_true (error_shown (page, "Type a per cent from 0 to 100"));
  g_assert_cmpfloat (setting (f->session, "placement-share-avoided", NULL), ==, 10);

  type_and_apply (page, YEARS, "0");
  g_assert_true (error_shown (page, "Type a number of years"));
  g_assert_cmpfloat (setting (f->session, "placement-years", NULL), ==, 1);

  /* A good value clears the complaint */
  type_and_apply (page, YEARS, "1,5");
  g_assert_false (error_shown (page, "Type a number of years"));
  g_assert_cmpfloat (setting (f->session, "placement-years", NULL), ==, 1.5);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_reset (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *page;
  GtkWidget *window = open_page (f->session, f->registry, &page);
  GtkSpinButton *anonymity = GTK_SPIN_BUTTON (find_named (page, "anonymity-threshold"));
  GtkWidget *reset = find_named (page, "reset-anonymity-threshold");
  gboolean is_set = TRUE;

  g_assert_false (gtk_widget_get_sensitive (reset));   /* nothing to reset yet */
  gtk_spin_button_set_value (anonymity, 3);
  g_assert_true (gtk_widget_get_sensitive (reset));
  click (reset);
  g_assert_cmpfloat (setting (f->session, "anonymity-threshold", &is_set), ==, 5);
  g_assert_false (is_set);
  g_assert_cmpfloat (gtk_spin_button_get_value (anonymity), ==, 5);
  g_assert_false (gtk_widget_get_sensitive (reset));

  type_and_apply (page, COST, "850.000");
  g_assert_true (setting (f->session, "placement-cost-per-year", &is_set) == 850000 && is_set);
  click (find_named (page, "reset-placement-cost-per-year"));
  setting (f->session, "placement-cost-per-year", &is_set);
  g_assert_false (is_set);
  g_assert_cmpstr (gtk_editable_get_text (find_entry_row (page, COST)), ==, "");

  type_and_apply (page, YEARS, "3");
  click (find_named (page, "reset-placement-years"));
  g_assert_cmpfloat (setting (f->session, "placement-years", &is_set), ==, 1);
  g_assert_false (is_set);
  g_assert_cmpstr (gtk_editable_get_text (find_entry_row (page, YEARS)), ==, "1");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_indicator_thresholds (Fixture       *f,
                           gconstpointer  data)
{
  GtkWidget *page;
  GtkWidget *window = open_page (f->session, f->registry, &page);
  g_autoptr(GPtrArray) indicators = tf_registry_list_indicators (f->registry);
  g_autoptr(GError) error = NULL;
  g_autofree char *plugin_key = NULL;
  GtkSpinButton *goal = GTK_SPIN_BUTTON (find_named (page, "threshold:goal-progress"));
  GtkSpinButton *school = GTK_SPIN_BUTTON (find_named (page, "threshold:domain:school"));
  GtkSpinButton *plugin;
  double threshold = 0;

  /* Every indicator the stats count has a row: domains, goals, the areas' */
  g_assert_nonnull (goal);
  g_assert_nonnull (school);
  g_assert_cmpuint (indicators->len, >, 0);
  plugin_key = g_strconcat ("threshold:", tf_indicator_get_id (g_ptr_array_index (indicators, 0)), NULL);
  plugin = GTK_SPIN_BUTTON (find_named (page, plugin_key));
  g_assert_nonnull (plugin);

  g_assert_cmpfloat (gtk_spin_button_get_value (goal), ==, 3);   /* the default */
  g_assert_false (tf_stats_indicator_threshold_get (f->session, "goal-progress", &threshold, &error));
  g_assert_no_error (error);

  gtk_spin_button_set_value (goal, 2);
  g_assert_true (tf_stats_indicator_threshold_get (f->session, "goal-progress", &threshold, &error));
  g_assert_cmpfloat (threshold, ==, 2);
  gtk_spin_button_set_value (school, 4.5);
  g_assert_true (tf_stats_indicator_threshold_get (f->session, "domain:school", &threshold, &error));
  g_assert_cmpfloat (threshold, ==, 4.5);

  /* The stats use it */
  {
    g_autoptr(TfPeriod) period = tf_period_parse ("2025", &error);
    g_autoptr(TfStats) stats = tf_stats_compute (f->session, f->registry, period, "2025-12-31", &error);
    const TfStatsEffect *effect;

    g_assert_no_error (error);
    effect = tf_stats_find_effect (stats, "goal-progress");
    g_assert_true (effect->threshold_is_set);
    g_assert_cmpfloat (effect->threshold, ==, 2);
  }

  /* Reset: no threshold of the coordinator's, the default shows again */
  click (find_named (page, "reset-goal-progress"));
  g_assert_false (tf_stats_indicator_threshold_get (f->session, "goal-progress", &threshold, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (gtk_spin_button_get_value (goal), ==, 3);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every control a person can reach has a name a screen reader says. */
static void
check_names (GtkWidget *widget)
{
  if ((GTK_IS_SPIN_BUTTON (widget) || ADW_IS_ENTRY_ROW (widget) ||
       (GTK_IS_BUTTON (widget) && gtk_widget_get_name (widget) != NULL &&
        g_str_has_prefix (gtk_widget_get_name (widget), "reset-"))) &&
      !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    g_error ("%s (%s) has no accessible name", G_OBJECT_TYPE_NAME (widget), gtk_widget_get_name (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_names (child);
}

static void
test_accessible_names (Fixture       *f,
                       gconstpointer  data)
{
  GtkWidget *page;
  GtkWidget *window = open_page (f->session, f->registry, &page);

  check_names (page);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_caseworker_read_only (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(TfSession) caseworker = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *page;
  GtkWidget *window;
  GtkSpinButton *anonymity;
  GtkEditable *cost;
  double threshold = 0;
  gboolean is_set = TRUE;

  caseworker = tf_session_new_for_login (f->store, "lars", "Lars Berg", &error);
  g_assert_no_error (error);
  exec_sql (f, "UPDATE staff_member SET role = 'caseworker' WHERE login = 'lars'");
  g_clear_object (&caseworker);
  caseworker = tf_session_new_for_login (f->store, "lars", "Lars Berg", &error);
  g_assert_no_error (error);
  g_assert_cmpint (tf_session_get_role (caseworker), ==, TF_ROLE_CASEWORKER);

  window = open_page (caseworker, f->registry, &page);
  g_assert_true (error_shown (page, "Only a coordinator can change the settings of the figures"));
  anonymity = GTK_SPIN_BUTTON (find_named (page, "anonymity-threshold"));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (anonymity)));
  g_assert_false (gtk_widget_get_visible (find_named (page, "reset-anonymity-threshold")));
  cost = find_entry_row (page, COST);
  g_assert_false (gtk_editable_get_editable (cost));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (cost)));
  g_assert_false (gtk_widget_is_sensitive (find_named (page, "threshold:goal-progress")));

  /* Even if a change got through to the widgets, nothing reaches the store */
  gtk_spin_button_set_value (anonymity, 9);
  type_and_apply (page, COST, "850.000");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_named (page, "threshold:goal-progress")), 2);
  click (find_named (page, "reset-anonymity-threshold"));
  g_assert_cmpfloat (setting (f->session, "anonymity-threshold", &is_set), ==, 5);
  g_assert_false (is_set);
  setting (f->session, "placement-cost-per-year", &is_set);
  g_assert_false (is_set);
  g_assert_false (tf_stats_indicator_threshold_get (f->session, "goal-progress", &threshold, &error));
  g_assert_no_error (error);
  /* and the widgets show what is stored, not what was tried */
  g_assert_cmpfloat (gtk_spin_button_get_value (anonymity), ==, 5);
  g_assert_cmpstr (gtk_editable_get_text (cost), ==, "");

  /* And the core refuses the caseworker on its own */
  g_assert_false (tf_stats_setting_set (caseworker, "anonymity-threshold", 9, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_DENIED);
  screenshot (window, "figures-preferences-caseworker.png");
  linger (page);
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

  g_test_add ("/figures-preferences/coordinator-sets", Fixture, NULL,
              fixture_setup, test_coordinator_sets, fixture_teardown);
  g_test_add ("/figures-preferences/bad-input", Fixture, NULL,
              fixture_setup, test_bad_input, fixture_teardown);
  g_test_add ("/figures-preferences/reset", Fixture, NULL,
              fixture_setup, test_reset, fixture_teardown);
  g_test_add ("/figures-preferences/indicator-thresholds", Fixture, NULL,
              fixture_setup, test_indicator_thresholds, fixture_teardown);
  g_test_add ("/figures-preferences/accessible-names", Fixture, NULL,
              fixture_setup, test_accessible_names, fixture_teardown);
  g_test_add ("/figures-preferences/caseworker-read-only", Fixture, NULL,
              fixture_setup, test_caseworker_read_only, fixture_teardown);
  return g_test_run ();
}
