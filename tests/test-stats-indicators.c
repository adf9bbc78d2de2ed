/* test-stats-indicators.c — the effect indicators, their units and thresholds
 *
 * On test-stats' hand-counted store (tests/test-stats-fixture.h, with the
 * six in-tree work areas): tf_stats_list_indicators() lists what the stats
 * count, in their order, with the very thresholds the stats use (one
 * fixture, both paths); the default rule (the coordinator's, else the area
 * file's Threshold=, else 3 points on 0–10 scaled to the range); the unit
 * each change is written in; and a threshold set at another desk is read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>

#include "test-stats-fixture.h"

static TfStats *
compute (Fixture    *f,
         const char *period_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfPeriod) period = tf_period_parse (period_text, &error);
  TfStats *stats;

  g_assert_no_error (error);
  stats = tf_stats_compute (f->session, f->registry, period, "2025-12-31", &error);
  g_assert_no_error (error);
  return stats;
}

static GListModel *
list (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GListModel *indicators = tf_stats_list_indicators (f->session, f->registry, &error);

  g_assert_no_error (error);
  g_assert_nonnull (indicators);
  return indicators;
}

static TfStatsIndicator *
find (GListModel *indicators,
      const char *key)
{
  for (guint i = 0; i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(TfStatsIndicator) indicator = g_list_model_get_item (indicators, i);

      if (g_str_equal (tf_stats_indicator_get_key (indicator), key))
        return indicator;   /* the list keeps its reference */
    }
  return NULL;
}

/* Every indicator the list names is an effect of the stats with the same
 * key, position, direction, range and threshold, and the other way round. */
static void
assert_same_as_stats (Fixture *f)
{
  g_autoptr(GListModel) indicators = list (f);
  g_autoptr(TfStats) stats = compute (f, "2025-Q2");
  GPtrArray *effects = tf_stats_get_effects (stats);

  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, effects->len);
  for (guint i = 0; i < effects->len; i++)
    {
      g_autoptr(TfStatsIndicator) indicator = g_list_model_get_item (indicators, i);
      const TfStatsEffect *effect = g_ptr_array_index (effects, i);

      g_assert_cmpstr (tf_stats_indicator_get_key (indicator), ==, effect->key);
      g_assert_cmpstr (tf_stats_indicator_get_title (indicator), ==, effect->title);
      g_assert_cmpint (tf_stats_indicator_get_source (indicator), ==, effect->source);
      g_assert_cmpint (tf_stats_indicator_get_higher_is_better (indicator), ==, effect->higher_is_better);
      g_assert_cmpfloat (tf_stats_indicator_get_min (indicator), ==, effect->min);
      g_assert_cmpfloat (tf_stats_indicator_get_max (indicator), ==, effect->max);
      g_assert_cmpfloat (tf_stats_indicator_get_threshold (indicator), ==, effect->threshold);
      g_assert_cmpint (tf_stats_indicator_get_threshold_is_set (indicator), ==, effect->threshold_is_set);
    }
}

static void
test_order_and_sources (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) indicators = list (f);
  g_autoptr(GListModel) domains = tf_assessment_domain_list (f->session, FALSE, &error);
  g_autoptr(GPtrArray) area_indicators = tf_registry_list_indicators (f->registry);
  guint n_domains = g_list_model_get_n_items (domains);
  g_autoptr(GListModel) without_areas = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (n_domains, >, 0);
  g_assert_cmpuint (area_indicators->len, >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (indicators), ==, n_domains + 1 + area_indicators->len);

  /* The domains in position order, with their ids */
  for (guint i = 0; i < n_domains; i++)
    {
      g_autoptr(TfAssessmentDomain) domain = g_list_model_get_item (domains, i);
      g_autoptr(TfStatsIndicator) indicator = g_list_model_get_item (indicators, i);
      g_autofree char *key = g_strconcat ("domain:", tf_assessment_domain_get_code (domain), NULL);

      g_assert_cmpstr (tf_stats_indicator_get_key (indicator), ==, key);
      g_assert_cmpint (tf_stats_indicator_get_source (indicator), ==, TF_STATS_SOURCE_DOMAIN);
      g_assert_cmpint (tf_stats_indicator_get_domain_id (indicator), ==, tf_assessment_domain_get_id (domain));
      g_assert_cmpstr (tf_stats_indicator_get_group (indicator), ==, "Assessment domain");
      g_assert_true (tf_stats_indicator_is_score (indicator));
    }
  /* Then the goals, then the areas' indicators in the registry's order */
  {
    g_autoptr(TfStatsIndicator) goals = g_list_model_get_item (indicators, n_domains);

    g_assert_cmpstr (tf_stats_indicator_get_key (goals), ==, "goal-progress");
    g_assert_cmpint (tf_stats_indicator_get_source (goals), ==, TF_STATS_SOURCE_GOAL_PROGRESS);
    g_assert_cmpint (tf_stats_indicator_get_domain_id (goals), ==, 0);
    g_assert_true (tf_stats_indicator_is_score (goals));
  }
  for (guint i = 0; i < area_indicators->len; i++)
    {
      TfIndicator *area_indicator = g_ptr_array_index (area_indicators, i);
      g_autoptr(TfStatsIndicator) indicator = g_list_model_get_item (indicators, n_domains + 1 + i);
      TfArea *area = tf_registry_find_area (f->registry, tf_indicator_get_area_id (area_indicator));

      g_assert_cmpstr (tf_stats_indicator_get_key (indicator), ==, tf_indicator_get_id (area_indicator));
      g_assert_cmpint (tf_stats_indicator_get_source (indicator), ==, TF_STATS_SOURCE_INDICATOR);
      g_assert_cmpstr (tf_stats_indicator_get_group (indicator), ==, tf_area_get_title (area));
      g_assert_cmpstr (tf_stats_indicator_get_unit (indicator), ==, tf_indicator_get_unit (area_indicator));
      g_assert_cmpint (tf_stats_indicator_get_decimals (indicator), ==, tf_indicator_get_decimals (area_indicator));
      g_assert_false (tf_stats_indicator_is_score (indicator));
    }

  /* Without a registry: the domains and the goals only */
  without_areas = tf_stats_list_indicators (f->session, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (without_areas), ==, n_domains + 1);

  /* A retired domain is not counted, so not listed */
  {
    g_autoptr(TfAssessmentDomain) first = g_list_model_get_item (domains, 0);
    g_autoptr(GListModel) after = NULL;
    g_autofree char *key = g_strconcat ("domain:", tf_assessment_domain_get_code (first), NULL);

    g_assert_true (tf_assessment_domain_set_active (f->session, tf_assessment_domain_get_id (first), FALSE, &error));
    g_assert_no_error (error);
    after = list (f);
    g_assert_null (find (after, key));
    g_assert_cmpuint (g_list_model_get_n_items (after), ==, g_list_model_get_n_items (indicators) - 1);
    assert_same_as_stats (f);
  }
}

/* The defaults, one of each rule, and the list equal to the stats */
static void
test_defaults_as_stats (Fixture       *f,
                        gconstpointer  data)
{
  static const char area_file[] =
    "[Area]\nId=test\nTitle=Test\nIcon=x\n\n"
    "[Form note]\nTitle=Note\n\n[Field note/date]\nLabel=Date\nType=date\n\n"
    "[Indicator test-attendance]\nTitle=Attendance\nUnit=%\nHigherIsBetter=true\nMin=0\nMax=100\n\n"
    "[Indicator test-in-school]\nTitle=In school\nHigherIsBetter=true\nMax=1\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (area_file, sizeof area_file - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfArea) area = tf_area_new_from_bytes (bytes, &error);
  g_autoptr(GListModel) indicators = NULL;

  g_assert_no_error (error);
  g_assert_true (tf_registry_add_area (f->registry, area, &error));
  g_assert_no_error (error);
  indicators = list (f);

  /* 3 points on 0–10 for the domains and the goals */
  g_assert_cmpfloat (tf_stats_indicator_get_default_threshold (find (indicators, "domain:school")), ==, 3);
  g_assert_cmpfloat (tf_stats_indicator_get_threshold (find (indicators, "domain:school")), ==, 3);
  g_assert_false (tf_stats_indicator_get_threshold_is_set (find (indicators, "domain:school")));
  g_assert_cmpfloat (tf_stats_indicator_get_default_threshold (find (indicators, "goal-progress")), ==, 3);
  g_assert_cmpfloat (tf_stats_indicator_get_max (find (indicators, "goal-progress")), ==, 10);
  /* The area file's Threshold= (authority.area: concern-level 1, school.area: absence 5) */
  g_assert_cmpfloat (tf_stats_indicator_get_default_threshold (find (indicators, "concern-level")), ==, 1);
  g_assert_cmpfloat (tf_stats_indicator_get_default_threshold (find (indicators, "absence")), ==, 5);
  g_assert_false (tf_stats_indicator_get_higher_is_better (find (indicators, "absence")));
  /* No Threshold=: 3 on 0–10 scaled, 30 on 0–100 and 0,3 on 0–1 */
  g_assert_cmpfloat_with_epsilon (tf_stats_indicator_get_default_threshold (find (indicators, "test-attendance")),
                                  30, 1e-9);
  g_assert_cmpfloat_with_epsilon (tf_stats_indicator_get_default_threshold (find (indicators, "test-in-school")),
                                  0.3, 1e-9);
  assert_same_as_stats (f);

  /* The coordinator's own wins, the default stays what it was */
  g_assert_true (tf_stats_indicator_threshold_set (f->session, "domain:school", 5, &error));
  g_assert_true (tf_stats_indicator_threshold_set (f->session, "test-attendance", 12.5, &error));
  g_assert_no_error (error);
  g_clear_object (&indicators);
  indicators = list (f);
  g_assert_cmpfloat (tf_stats_indicator_get_threshold (find (indicators, "domain:school")), ==, 5);
  g_assert_true (tf_stats_indicator_get_threshold_is_set (find (indicators, "domain:school")));
  g_assert_cmpfloat (tf_stats_indicator_get_default_threshold (find (indicators, "domain:school")), ==, 3);
  g_assert_cmpfloat (tf_stats_indicator_get_threshold (find (indicators, "test-attendance")), ==, 12.5);
  assert_same_as_stats (f);

  /* Back to the default */
  g_assert_true (tf_stats_indicator_threshold_set (f->session, "domain:school", 0, &error));
  g_assert_no_error (error);
  g_clear_object (&indicators);
  indicators = list (f);
  g_assert_cmpfloat (tf_stats_indicator_get_threshold (find (indicators, "domain:school")), ==, 3);
  g_assert_false (tf_stats_indicator_get_threshold_is_set (find (indicators, "domain:school")));
  assert_same_as_stats (f);
  tf_registry_remove_area (f->registry, "test");
}

/* Points for scores, the area file's unit for the others, none when it
 * gives none; numbers with a decimal comma. */
static void
test_units (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GListModel) indicators = list (f);
  TfStatsIndicator *school = find (indicators, "domain:school");
  TfStatsIndicator *goals = find (indicators, "goal-progress");
  TfStatsIndicator *absence = find (indicators, "absence");
  TfStatsIndicator *contacts = find (indicators, "police-contacts");
  g_autofree char *one_point = tf_stats_indicator_dup_unit_label (school, 1);
  g_autofree char *points = tf_stats_indicator_dup_unit_label (school, 3);
  g_autofree char *school_change = tf_stats_indicator_format_change (school, 3);
  g_autofree char *school_one = tf_stats_indicator_format_change (school, 1);
  g_autofree char *goals_change = tf_stats_indicator_format_change (goals, 2.5);
  g_autofree char *absence_unit = tf_stats_indicator_dup_unit_label (absence, 5);
  g_autofree char *absence_change = tf_stats_indicator_format_change (absence, 5);
  g_autofree char *absence_decimal = tf_stats_indicator_format_change (absence, 7.25);
  g_autofree char *contacts_unit = tf_stats_indicator_dup_unit_label (contacts, 1);
  g_autofree char *contacts_change = tf_stats_indicator_format_change (contacts, 1);

  g_assert_nonnull (contacts);
  g_assert_null (tf_stats_indicator_get_unit (school));
  g_assert_cmpstr (one_point, ==, "point");
  g_assert_cmpstr (points, ==, "points");
  g_assert_cmpstr (school_change, ==, "3 points");
  g_assert_cmpstr (school_one, ==, "1 point");
  g_assert_cmpstr (goals_change, ==, "2,5 points");
  g_assert_cmpstr (tf_stats_indicator_get_unit (absence), ==, "%");
  g_assert_cmpstr (absence_unit, ==, "%");
  g_assert_cmpstr (absence_change, ==, "5 %");
  g_assert_cmpstr (absence_decimal, ==, "7,25 %");
  g_assert_null (contacts_unit);
  g_assert_cmpstr (contacts_change, ==, "1");
}

/* A second desk (its own connection to the same file) sets a threshold;
 * the next list here reads it: nothing is cached between lists. */
static void
test_other_desk (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStore) other_store = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
  g_autoptr(TfSession) other = NULL;
  g_autoptr(GListModel) before = list (f);
  g_autoptr(GListModel) after = NULL;

  g_assert_no_error (error);
  other = tf_session_new_for_login (other_store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);
  g_assert_true (tf_stats_indicator_threshold_set (other, "goal-progress", 2, &error));
  g_assert_no_error (error);

  g_assert_cmpfloat (tf_stats_indicator_get_threshold (find (before, "goal-progress")), ==, 3);
  after = list (f);
  g_assert_cmpfloat (tf_stats_indicator_get_threshold (find (after, "goal-progress")), ==, 2);
  g_assert_true (tf_stats_indicator_get_threshold_is_set (find (after, "goal-progress")));
  assert_same_as_stats (f);
}

int
main (int   argc,
      char *argv[])
{
  /* English msgids and a C locale's numbers in the assertions */
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/stats-indicators/order-and-sources", test_order_and_sources);
  ADD ("/stats-indicators/defaults-as-stats", test_defaults_as_stats);
  ADD ("/stats-indicators/units", test_units);
  ADD ("/stats-indicators/other-desk", test_other_desk);
  return g_test_run ();
}
