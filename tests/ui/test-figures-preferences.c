/* test-figures-preferences.c — Preferences › Figures and reports
 *
 * On the store of test-stats (tests/test-stats-fixture.h, whose coordinator
 * is "mette"): what the page sets is what the core reads back
 * (tf_stats_setting_get, tf_stats_indicator_threshold_get); bad input is
 * refused under its field and changes nothing; a reset goes back to the
 * default; a caseworker sees the page and can change nothing. Each
 * indicator's row shows the threshold the stats use, in the indicator's
 * own unit; the page follows changes made in another window or at another
 * desk (a second connection to the same file) without taking text the
 * person is typing.
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

/* The page reloads in an idle: run the main loop until @cond holds (at
 * most 5 s, for a loaded machine). */
#define WAIT_FOR(cond) \
  G_STMT_START { for (guint wait_ = 0; wait_ < 250 && !(cond); wait_++) spin (20); } G_STMT_END

/* An area of the test's own: one indicator without Threshold= on 0–1
 * (default 0,3) and one with a unit of its own. */
static TfArea *
add_test_area (Fixture *f)
{
  static const char area_file[] =
    "[Area]\nId=test\nTitle=Test area\nIcon=x\n\n"
    "[Form note]\nTitle=Note\n\n[Field note/date]\nLabel=Date\nType=date\n\n"
    "[Indicator test-in-school]\nTitle=In school\nHigherIsBetter=true\nMax=1\n\n"
    "[Indicator test-days]\nTitle=Days absent\nUnit=days\nHigherIsBetter=false\nMax=200\nThreshold=10\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (area_file, sizeof area_file - 1);
  g_autoptr(GError) error = NULL;
  TfArea *area = tf_area_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_true (tf_registry_add_area (f->registry, area, &error));
  g_assert_no_error (error);
  return area;
}

static const char *
subtitle_of (GtkWidget *page,
             const char *key)
{
  g_autofree char *name = g_strconcat ("threshold:", key, NULL);
  GtkWidget *spin_button = find_named (page, name);

  g_assert_nonnull (spin_button);
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (gtk_widget_get_ancestor (spin_button, ADW_TYPE_ACTION_ROW)));
}

static const char *
unit_of (GtkWidget  *page,
         const char *key)
{
  g_autofree char *name = g_strconcat ("unit:", key, NULL);
  GtkWidget *label = find_named (page, name);

  return label != NULL ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

/* One fixture, both paths: every effect the stats count has a row whose
 * spin button holds the stats' threshold, and no row is extra. */
static void
test_thresholds_as_stats (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(TfArea) area = add_test_area (f);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfPeriod) period = tf_period_parse ("2025", &error);
  g_autoptr(TfStats) stats = NULL;
  GtkWidget *page;
  GtkWidget *window;
  GPtrArray *effects;
  guint n_spins = 0;

  g_assert_true (tf_stats_indicator_threshold_set (f->session, "concern-level", 2, &error));
  /* Below the row's smallest step (0,5): shown as it is, not rounded up */
  g_assert_true (tf_stats_indicator_threshold_set (f->session, "domain:family", 0.25, &error));
  g_assert_no_error (error);
  window = open_page (f->session, f->registry, &page);
  stats = tf_stats_compute (f->session, f->registry, period, "2025-12-31", &error);
  g_assert_no_error (error);
  effects = tf_stats_get_effects (stats);
  for (guint i = 0; i < effects->len; i++)
    {
      const TfStatsEffect *effect = g_ptr_array_index (effects, i);
      g_autofree char *name = g_strconcat ("threshold:", effect->key, NULL);
      g_autofree char *reset = g_strconcat ("reset-", effect->key, NULL);
      GtkWidget *spin_button = find_named (page, name);

      g_assert_nonnull (spin_button);
      g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin_button)), effect->threshold, 1e-9);
      g_assert_cmpint (gtk_widget_get_sensitive (find_named (page, reset)), ==, effect->threshold_is_set);
    }
  for (GtkWidget *w = find_nth_type (page, GTK_TYPE_SPIN_BUTTON, n_spins); w != NULL;
       w = find_nth_type (page, GTK_TYPE_SPIN_BUTTON, ++n_spins))
    ;
  g_assert_cmpuint (n_spins, ==, effects->len + 1);   /* and the anonymity threshold */

  /* The defaults the rows state are the stats' too */
  g_assert_cmpstr (subtitle_of (page, "domain:school"), ==, "Assessment domain · by default 3 points");
  g_assert_cmpstr (subtitle_of (page, "concern-level"), ==, "Authority · by default 1");
  g_assert_cmpstr (subtitle_of (page, "test-in-school"), ==, "Test area · by default 0,3");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_named (page, "threshold:test-in-school"))), ==, "0.3");
  gtk_window_destroy (GTK_WINDOW (window));
  tf_registry_remove_area (f->registry, "test");
}

static void
assert_label (GtkWidget  *widget,
              const char *label)
{
  g_autofree char *message = NULL;

  g_assert_nonnull (widget);
  message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  if (message != NULL)
    g_error ("%s", message);
}

/* Points for scores (plural by the value), the area file's unit for the
 * others, no unit where the file gives none. */
static void
test_units (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(TfArea) area = add_test_area (f);
  GtkWidget *page;
  GtkWidget *window = open_page (f->session, f->registry, &page);
  GtkSpinButton *school = GTK_SPIN_BUTTON (find_named (page, "threshold:domain:school"));

  g_assert_cmpstr (unit_of (page, "domain:school"), ==, "points");
  g_assert_cmpstr (unit_of (page, "goal-progress"), ==, "points");
  g_assert_cmpstr (unit_of (page, "absence"), ==, "%");
  g_assert_cmpstr (unit_of (page, "test-days"), ==, "days");
  g_assert_null (unit_of (page, "police-contacts"));
  g_assert_cmpstr (subtitle_of (page, "absence"), ==, "School · by default 5 %");
  g_assert_cmpstr (subtitle_of (page, "test-days"), ==, "Test area · by default 10 days");
  g_assert_cmpstr (subtitle_of (page, "goal-progress"), ==, "Action plan · by default 3 points");

  /* One point */
  gtk_spin_button_set_value (school, 1);
  g_assert_cmpstr (unit_of (page, "domain:school"), ==, "point");

  /* The spin buttons' names say the unit */
  assert_label (find_named (page, "threshold:absence"), "Threshold for Absence, in %");
  assert_label (find_named (page, "threshold:domain:school"), "Threshold for School and learning, in points");
  assert_label (find_named (page, "threshold:police-contacts"), "Threshold for Police contacts in the period");
  screenshot (window, "figures-preferences-units.png");
  linger (page);
  gtk_window_destroy (GTK_WINDOW (window));
  tf_registry_remove_area (f->registry, "test");
}

/* Another desk: its own connection to the same file. The application
 * notices its commits by polling (tf_store_check_external_changes()). */
static void
test_other_desk (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStore) other_store = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
  g_autoptr(TfSession) other = NULL;
  GtkWidget *page;
  GtkWidget *window = open_page (f->session, f->registry, &page);
  GtkSpinButton *anonymity = GTK_SPIN_BUTTON (find_named (page, "anonymity-threshold"));
  GtkSpinButton *school = GTK_SPIN_BUTTON (find_named (page, "threshold:domain:school"));
  GtkSpinButton *goal = GTK_SPIN_BUTTON (find_named (page, "threshold:goal-progress"));
  GtkEditable *years;
  double threshold = 0;

  g_assert_no_error (error);
  other = tf_session_new_for_login (other_store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);

  g_assert_true (tf_stats_setting_set (other, "anonymity-threshold", 8, &error));
  g_assert_true (tf_stats_setting_set (other, "placement-cost-per-year", 600000, &error));
  g_assert_true (tf_stats_indicator_threshold_set (other, "domain:school", 4, &error));
  g_assert_no_error (error);
  tf_store_check_external_changes (f->store);
  WAIT_FOR (gtk_spin_button_get_value (anonymity) == 8);
  g_assert_cmpfloat (gtk_spin_button_get_value (anonymity), ==, 8);
  g_assert_true (gtk_widget_get_sensitive (find_named (page, "reset-anonymity-threshold")));
  g_assert_cmpstr (gtk_editable_get_text (find_entry_row (page, COST)), ==, "600.000");
  g_assert_true (gtk_widget_get_sensitive (find_named (page, "reset-placement-cost-per-year")));
  g_assert_cmpfloat (gtk_spin_button_get_value (school), ==, 4);
  g_assert_true (gtk_widget_get_sensitive (find_named (page, "reset-domain:school")));

  /* Text the person is typing stays while the other desk's changes come in */
  years = find_entry_row (page, YEARS);
  gtk_editable_set_text (years, "7");
  gtk_editable_set_text (GTK_EDITABLE (goal), "6");
  g_assert_true (tf_stats_setting_set (other, "placement-years", 3, &error));
  g_assert_true (tf_stats_setting_set (other, "placement-share-avoided", 20, &error));
  g_assert_true (tf_stats_indicator_threshold_set (other, "goal-progress", 2, &error));
  g_assert_true (tf_stats_indicator_threshold_set (other, "domain:school", 0, &error));
  g_assert_no_error (error);
  tf_store_check_external_changes (f->store);
  WAIT_FOR (g_str_equal (gtk_editable_get_text (find_entry_row (page, SHARE)), "20"));
  g_assert_cmpstr (gtk_editable_get_text (years), ==, "7");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (goal)), ==, "6");
  g_assert_true (gtk_widget_get_sensitive (find_named (page, "reset-goal-progress")));
  g_assert_cmpstr (gtk_editable_get_text (find_entry_row (page, SHARE)), ==, "20");
  g_assert_cmpfloat (gtk_spin_button_get_value (school), ==, 3);
  g_assert_false (gtk_widget_get_sensitive (find_named (page, "reset-domain:school")));
  /* and what the person then applies is what is saved */
  g_signal_emit_by_name (years, "apply");
  g_assert_cmpfloat (setting (f->session, "placement-years", NULL), ==, 7);
  gtk_spin_button_update (goal);
  g_assert_true (tf_stats_indicator_threshold_get (f->session, "goal-progress", &threshold, &error));
  g_assert_cmpfloat (threshold, ==, 6);

  /* Another window on this desk: the same store announces the change */
  g_assert_true (tf_stats_setting_set (f->session, "anonymity-threshold", 4, &error));
  g_assert_no_error (error);
  WAIT_FOR (gtk_spin_button_get_value (anonymity) == 4);
  g_assert_cmpfloat (gtk_spin_button_get_value (anonymity), ==, 4);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A domain added in the catalogue, a work area switched on or off: the
 * rows follow, as the stats do. */
static void
test_rows_follow_indicators (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfArea) area = NULL;
  GtkWidget *page;
  GtkWidget *window = open_page (f->session, f->registry, &page);
  gint64 domain_id;

  g_assert_null (find_named (page, "threshold:test-days"));
  g_assert_null (find_row_titled (page, "Friends"));
  domain_id = tf_assessment_domain_add (f->session, "Friends", "Alone", "Some friends", "Good friends", &error);
  g_assert_no_error (error);
  g_assert_cmpint (domain_id, >, 0);
  area = add_test_area (f);
  WAIT_FOR (find_named (page, "threshold:test-days") != NULL);
  g_assert_nonnull (find_row_titled (page, "Friends"));
  g_assert_nonnull (find_named (page, "threshold:test-days"));

  g_assert_true (tf_assessment_domain_set_active (f->session, domain_id, FALSE, &error));
  g_assert_no_error (error);
  tf_registry_remove_area (f->registry, "test");
  WAIT_FOR (find_named (page, "threshold:test-days") == NULL);
  g_assert_null (find_row_titled (page, "Friends"));
  g_assert_null (find_named (page, "threshold:test-days"));
  g_assert_nonnull (find_named (page, "threshold:goal-progress"));
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
  g_test_add ("/figures-preferences/thresholds-as-stats", Fixture, NULL,
              fixture_setup, test_thresholds_as_stats, fixture_teardown);
  g_test_add ("/figures-preferences/units", Fixture, NULL,
              fixture_setup, test_units, fixture_teardown);
  g_test_add ("/figures-preferences/other-desk", Fixture, NULL,
              fixture_setup, test_other_desk, fixture_teardown);
  g_test_add ("/figures-preferences/rows-follow-indicators", Fixture, NULL,
              fixture_setup, test_rows_follow_indicators, fixture_teardown);
  g_test_add ("/figures-preferences/accessible-names", Fixture, NULL,
              fixture_setup, test_accessible_names, fixture_teardown);
  g_test_add ("/figures-preferences/caseworker-read-only", Fixture, NULL,
              fixture_setup, test_caseworker_read_only, fixture_teardown);
  return g_test_run ();
}
