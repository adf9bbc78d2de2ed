/* test-progression.c — a case's course: domain scores, goal progress, indicators
 *
 * The assessment and plan rows are written with SQL as the schema has them
 * (their own modules are built alongside); indicator values through the
 * public API.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "taskforce.h"
#include "tf-store-private.h"

static const char area_text[] =
  "[Area]\n"
  "Id=school\n"
  "Title=School\n"
  "Icon=school-symbolic\n"
  "GettextDomain=taskforce\n"
  "\n"
  "[Indicator grades]\n"
  "Title=Grade average\n"
  "HigherIsBetter=true\n"
  "Min=-3\n"
  "Max=12\n"
  "Decimals=1\n"
  "\n"
  "[Indicator absence]\n"
  "Title=Absence\n"
  "Unit=%\n"
  "HigherIsBetter=false\n"
  "Min=0\n"
  "Max=100\n"
  "Decimals=1\n";

typedef struct
{
  char       *dir;
  TfStore    *store;
  TfSession  *session;
  TfRegistry *registry;
  gint64      case_id;
  gint64      other_case_id;
} Fixture;

static gint64
add_case (Fixture    *f,
          const char *first,
          const char *cpr)
{
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  g_autoptr(GError) error = NULL;
  TfReferral referral = { "2025-01-10", "school", NULL, 0 };
  gint64 case_id = 0;

  g_object_set (person, "first-name", first, "last-name", "Nørgaard", "cpr", cpr, NULL);
  g_assert_true (tf_young_person_save (f->session, person, &referral, &case_id, &error));
  g_assert_no_error (error);
  return case_id;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (area_text, sizeof area_text - 1);
  g_autoptr(TfArea) area = NULL;

  f->dir = g_dir_make_tmp ("tf-progression-XXXXXX", NULL);
  path = g_build_filename (f->dir, "taskforce.db", NULL);
  f->store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->session = tf_session_new_for_login (f->store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);
  f->registry = tf_registry_new ();
  area = tf_area_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_true (tf_registry_add_area (f->registry, area, &error));
  f->case_id = add_case (f, "Emil", "120410-4233");
  f->other_case_id = add_case (f, "Sofie", "050311-4028");
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_strdup (tf_store_get_path (f->store));
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_clear_object (&f->registry);
  g_clear_object (&f->session);
  g_clear_object (&f->store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
exec_sql (Fixture    *f,
          const char *format,
          ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  g_assert_cmpint (sqlite3_exec (tf_store_get_db (f->store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

/* An assessment of @case_id on @date; @scores is "code=score,…" ("-" for none). */
static void
add_assessment (Fixture    *f,
                gint64      case_id,
                const char *date,
                const char *scores)
{
  g_auto(GStrv) pairs = g_strsplit (scores, ",", -1);

  exec_sql (f, "INSERT INTO assessment (case_id, assessed_on, risk_level, created_at, updated_at) "
               "VALUES (%" G_GINT64_FORMAT ", '%s', 'moderate', 0, 0)", case_id, date);
  for (guint i = 0; pairs[i] != NULL; i++)
    {
      g_auto(GStrv) kv = g_strsplit (pairs[i], "=", 2);

      exec_sql (f, "INSERT INTO assessment_score (assessment_id, domain_id, score, own_score) "
                   "SELECT last_insert_rowid (), id, %s, 9 FROM assessment_domain WHERE code = '%s'",
                g_str_equal (kv[1], "-") ? "NULL" : kv[1], kv[0]);
    }
}

static char *
describe (TfProgressionSeries *series)
{
  g_autoptr(GString) text = g_string_new (NULL);
  const TfIndicatorPoint *points;
  guint n;

  points = tf_progression_series_get_points (series, &n);
  g_string_append_printf (text, "%d %s:", tf_progression_series_get_kind (series),
                          tf_progression_series_get_title (series));
  for (guint i = 0; i < n; i++)
    g_string_append_printf (text, " %s=%g", points[i].measured_on, points[i].value);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_series (GListModel *model,
               const char *expected)
{
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TfProgressionSeries) series = g_list_model_get_item (model, i);
      g_autofree char *text = describe (series);

      g_string_append_printf (all, "%s%s", i ? "\n" : "", text);
    }
  g_assert_cmpstr (all->str, ==, expected);
}

static void
test_empty (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = tf_progression_load (f->session, f->registry, f->case_id, &error);
  g_autofree char *first = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
  first = tf_progression_first_date (model);
  g_assert_null (first);
}

static void
test_domains (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(TfProgressionSeries) school = NULL;
  g_autofree char *first = NULL;
  double min = -1, max = -1;

  /* a coordinator's own domain, after the built-in ones */
  exec_sql (f, "INSERT INTO assessment_domain (code, builtin, title, position) VALUES ('sleep', 0, 'Sleep', 9)");
  add_assessment (f, f->case_id, "2025-06-01", "school=7,family=5,network=-,sleep=4");
  add_assessment (f, f->case_id, "2025-02-01", "school=3,family=5,network=-");
  /* another case's scores stay out */
  add_assessment (f, f->other_case_id, "2025-01-15", "school=1,emotional=2");

  model = tf_progression_load (f->session, f->registry, f->case_id, &error);
  g_assert_no_error (error);
  /* Built-in titles from the program, in the domains' order, oldest value
   * first; a domain never scored has no series */
  assert_series (model,
                 "0 School and learning: 2025-02-01=3 2025-06-01=7\n"
                 "0 Family relations: 2025-02-01=5 2025-06-01=5\n"
                 "0 Sleep: 2025-06-01=4");
  school = g_list_model_get_item (model, 0);
  g_assert_cmpstr (tf_progression_series_get_key (school), ==, "school");
  g_assert_true (tf_progression_series_get_range (school, &min, &max));
  g_assert_cmpfloat (min, ==, 0);
  g_assert_cmpfloat (max, ==, 10);
  g_assert_null (tf_progression_series_get_unit (school));
  first = tf_progression_first_date (model);
  g_assert_cmpstr (first, ==, "2025-02-01");
}

static void
test_goals (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(TfProgressionSeries) goal = NULL;

  /* Version 1: two goals; the second has no progress yet */
  exec_sql (f, "INSERT INTO action_plan (id, case_id, version, made_on, created_at) "
               "VALUES (1, %" G_GINT64_FORMAT ", 1, '2025-02-10', 0)", f->case_id);
  exec_sql (f, "INSERT INTO plan_goal (id, plan_id, goal_key, position, what, progress) VALUES "
               "(100, 1, 100, 1, 'Go to school', 2), (101, 1, 101, 2, 'Play football', NULL)");
  /* Version 2: the first goal reworded, the second under way, a third */
  exec_sql (f, "INSERT INTO action_plan (id, case_id, version, made_on, created_at) "
               "VALUES (2, %" G_GINT64_FORMAT ", 2, '2025-05-10', 0)", f->case_id);
  exec_sql (f, "INSERT INTO plan_goal (id, plan_id, goal_key, position, what, progress) VALUES "
               "(200, 2, 101, 1, 'Play football', 3), (201, 2, 100, 2, 'Go to school every day', 5), "
               "(202, 2, 202, 3, 'Sleep before midnight', NULL)");
  /* Version 3 the same day: its progress replaces version 2's */
  exec_sql (f, "INSERT INTO action_plan (id, case_id, version, made_on, created_at) "
               "VALUES (3, %" G_GINT64_FORMAT ", 3, '2025-05-10', 0)", f->case_id);
  exec_sql (f, "INSERT INTO plan_goal (id, plan_id, goal_key, position, what, progress) VALUES "
               "(300, 3, 100, 1, 'Go to school every day', 7), (301, 3, 101, 2, 'Play football', 3)");
  /* another case's plan stays out */
  exec_sql (f, "INSERT INTO action_plan (id, case_id, version, made_on, created_at) "
               "VALUES (4, %" G_GINT64_FORMAT ", 1, '2025-02-10', 0)", f->other_case_id);
  exec_sql (f, "INSERT INTO plan_goal (id, plan_id, goal_key, position, what, progress) VALUES "
               "(400, 4, 400, 1, 'Not ours', 9)");

  model = tf_progression_load (f->session, f->registry, f->case_id, &error);
  g_assert_no_error (error);
  /* In the order first set, titled by the latest words; a goal never
   * given progress has no series */
  assert_series (model,
                 "1 Go to school every day: 2025-02-10=2 2025-05-10=7\n"
                 "1 Play football: 2025-05-10=3");
  goal = g_list_model_get_item (model, 0);
  g_assert_cmpstr (tf_progression_series_get_key (goal), ==, "100");
}

static void
test_indicators (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GListModel) bare = NULL;
  g_autoptr(TfProgressionSeries) absence = NULL;
  g_autoptr(TfProgressionSeries) unknown = NULL;
  TfIndicator *absence_indicator = tf_registry_find_indicator (f->registry, "absence");
  TfIndicator *grades_indicator = tf_registry_find_indicator (f->registry, "grades");
  double min = -1, max = -1;

  g_assert_nonnull (absence_indicator);
  g_assert_true (tf_indicator_add_value (f->session, absence_indicator, f->case_id, "2025-05-01", 12.5, NULL, &error));
  g_assert_true (tf_indicator_add_value (f->session, absence_indicator, f->case_id, "2025-03-01", 30, NULL, &error));
  g_assert_true (tf_indicator_add_value (f->session, grades_indicator, f->case_id, "2025-04-01", 4, NULL, &error));
  g_assert_true (tf_indicator_add_value (f->session, grades_indicator, f->other_case_id, "2025-04-01", 10, NULL, &error));
  g_assert_no_error (error);
  /* measured by a work area that is no longer enabled */
  exec_sql (f, "INSERT INTO indicator_value (case_id, area, indicator, measured_on, value, created_at) "
               "VALUES (%" G_GINT64_FORMAT ", 'gone', 'aaa-old', '2025-01-20', 2, 0)", f->case_id);
  add_assessment (f, f->case_id, "2025-02-01", "school=3");

  model = tf_progression_load (f->session, f->registry, f->case_id, &error);
  g_assert_no_error (error);
  /* After the domains; in the area file's order, the unknown one last */
  assert_series (model,
                 "0 School and learning: 2025-02-01=3\n"
                 "2 Grade average: 2025-04-01=4\n"
                 "2 Absence: 2025-03-01=30 2025-05-01=12.5\n"
                 "2 aaa-old: 2025-01-20=2");
  absence = g_list_model_get_item (model, 2);
  g_assert_cmpstr (tf_progression_series_get_unit (absence), ==, "%");
  g_assert_cmpint (tf_progression_series_get_decimals (absence), ==, 1);
  g_assert_true (tf_progression_series_get_range (absence, &min, &max));
  g_assert_cmpfloat (max, ==, 100);
  unknown = g_list_model_get_item (model, 3);
  g_assert_false (tf_progression_series_get_range (unknown, NULL, NULL));
  {
    g_autofree char *first = tf_progression_first_date (model);
    g_assert_cmpstr (first, ==, "2025-01-20");
  }

  /* Without the registry the values are there, under their ids */
  bare = tf_progression_load (f->session, NULL, f->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (bare), ==, 4);
  {
    g_autoptr(TfProgressionSeries) series = g_list_model_get_item (bare, 1);
    g_assert_cmpstr (tf_progression_series_get_title (series), ==, "aaa-old");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/progression/empty", test_empty);
  ADD ("/progression/domains", test_domains);
  ADD ("/progression/goals", test_goals);
  ADD ("/progression/indicators", test_indicators);
#undef ADD

  return g_test_run ();
}
