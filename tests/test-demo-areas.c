/* test-demo-areas.c — demo data for the work areas: present, valid, deterministic
 *
 * Fills a store with tf_demo_fill(), loads the six in-tree plugins from the
 * build tree (TASKFORCE_PLUGIN_PATH) and fills their areas with
 * tf_demo_fill_areas(). Like the filler, the checks read the areas, forms
 * and indicators from the registry; only a few spot checks name one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "taskforce.h"
#include "tf-demo-areas.h"
#include "tf-store-private.h"

#define TODAY         "2026-11-23"
#define YOUNG_PEOPLE  400
#define SEED          42

typedef struct
{
  char            *dir;
  TfStore         *store;
  TfSession       *session;
  TfRegistry      *registry;
  TfPluginManager *manager;
} Fixture;

static void
fixture_open_sized (Fixture            *f,
                    const char * const *disabled,
                    guint               young_people)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("tf-demo-areas-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "demo.db", NULL);
  f->store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->session = tf_session_new_for_login (f->store, "tester", "Test Person", &error);
  g_assert_no_error (error);
  f->registry = tf_registry_new ();
  f->manager = tf_plugin_manager_new (f->registry);
  tf_plugin_manager_load_all (f->manager, disabled);
  g_assert_true (tf_demo_fill (f->session, young_people, 1, SEED, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_open (Fixture            *f,
              const char * const *disabled)
{
  fixture_open_sized (f, disabled, YOUNG_PEOPLE);
}

static void
fixture_close (Fixture *f)
{
  g_autoptr(GDir) dir = NULL;
  const char *entry;

  g_clear_object (&f->manager);
  g_clear_object (&f->registry);
  g_clear_object (&f->session);
  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, entry, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static void
fill_areas (Fixture *f,
            guint32  seed)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tf_demo_fill_areas (f->session, f->registry, seed, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static gint64
count (Fixture    *f,
       const char *sql,
       const char *text)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (f->store, sql, NULL);

  g_assert_nonnull (stmt);
  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static void
hash_query (GChecksum  *checksum,
            Fixture    *f,
            const char *sql)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (f->store, sql, NULL);

  g_assert_nonnull (stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      for (int i = 0; i < sqlite3_column_count (stmt); i++)
        {
          const char *text = (const char *) sqlite3_column_text (stmt, i);

          g_checksum_update (checksum, (const guchar *) (text ? text : "\x01NULL"), -1);
          g_checksum_update (checksum, (const guchar *) "\x1f", 1);
        }
      g_checksum_update (checksum, (const guchar *) "\x1e", 1);
    }
}

static char *
areas_digest (Fixture    *f,
              const char *record_sql,
              const char *value_sql)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  hash_query (checksum, f, record_sql);
  hash_query (checksum, f, value_sql);
  return g_strdup (g_checksum_get_string (checksum));
}

#define ALL_RECORDS \
  "SELECT id, case_id, area, form, category, recorded_on, vals, status, starts_on, ends_on, " \
  "planned_cost, actual_cost, budget_area, author_id, created_at, updated_at, version " \
  "FROM record ORDER BY id"
#define ALL_VALUES \
  "SELECT id, case_id, area, indicator, measured_on, value, note, author_id, created_at " \
  "FROM indicator_value ORDER BY id"

/* ---------------------------------------------------------------------- */

static void
test_demo_areas_content (void)
{
  Fixture f = { 0 };
  GListModel *areas;
  gint64 n_cases;

  fixture_open (&f, NULL);
  areas = tf_registry_get_areas (f.registry);
  g_assert_cmpuint (g_list_model_get_n_items (areas), ==, 6);
  fill_areas (&f, SEED);

  n_cases = count (&f, "SELECT count(*) FROM cases", NULL);
  g_assert_cmpint (n_cases, ==, YOUNG_PEOPLE);

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(TfArea) area = g_list_model_get_item (areas, i);
      const char *id = tf_area_get_id (area);
      GListModel *forms = tf_area_get_forms (area);
      gint64 with_content, with_interventions, working;

      /* Most cases have something on every area's page; not quite all */
      with_content = count (&f, "SELECT count(DISTINCT case_id) FROM record WHERE area = ?1", id);
      if (with_content < n_cases * 0.75 || with_content > n_cases * 0.95)
        g_error ("%s has content for %" G_GINT64_FORMAT " of %" G_GINT64_FORMAT " cases",
                 id, with_content, n_cases);

      /* A single form is the details card: exactly one per case that has any */
      for (guint j = 0; j < g_list_model_get_n_items (forms); j++)
        {
          g_autoptr(TfForm) form = g_list_model_get_item (forms, j);
          const char *form_id = tf_form_get_id (form);

          if (tf_form_get_single (form))
            {
              g_assert_cmpint (count (&f, "SELECT count(*) FROM (SELECT case_id FROM record WHERE form = ?1 "
                                          "GROUP BY case_id HAVING count(*) <> 1)", form_id), ==, 0);
              g_assert_cmpint (count (&f, "SELECT count(DISTINCT case_id) FROM record WHERE form = ?1", form_id),
                               ==, with_content);
            }
          else
            g_assert_cmpint (count (&f, "SELECT max(n) FROM (SELECT count(*) AS n FROM record "
                                        "WHERE form = ?1 GROUP BY case_id)", form_id), <=, 3);
          g_assert_cmpint (count (&f, "SELECT count(*) FROM record WHERE form = ?1", form_id), >, 0);
        }

      /* Interventions only for cases the taskforce worked with, at most two an area */
      working = count (&f, "SELECT count(DISTINCT case_id) FROM case_status_history "
                           "WHERE status IN ('accepted', 'active')", NULL);
      with_interventions = count (&f, "SELECT count(DISTINCT case_id) FROM record "
                                      "WHERE area = ?1 AND category = 'intervention'", id);
      g_assert_cmpint (with_interventions, >, working / 3);
      g_assert_cmpint (with_interventions, <=, working);
      g_assert_cmpint (count (&f, "SELECT max(n) FROM (SELECT count(*) AS n FROM record "
                                  "WHERE area = ?1 AND category = 'intervention' GROUP BY case_id)", id), <=, 2);
      g_assert_cmpint (count (&f, "SELECT count(*) FROM record AS r "
                                  "WHERE r.area = ?1 AND r.category = 'intervention' AND NOT EXISTS "
                                  "(SELECT 1 FROM case_status_history AS h WHERE h.case_id = r.case_id "
                                  " AND h.status IN ('accepted', 'in-process', 'active'))", id), ==, 0);

      /* Each indicator measured for most of those cases, monthly, 1–12 times */
      {
        GListModel *indicators = tf_area_get_indicators (area);

        for (guint j = 0; j < g_list_model_get_n_items (indicators); j++)
          {
            g_autoptr(TfIndicator) indicator = g_list_model_get_item (indicators, j);
            const char *indicator_id = tf_indicator_get_id (indicator);
            gint64 measured = count (&f, "SELECT count(DISTINCT case_id) FROM indicator_value "
                                         "WHERE indicator = ?1", indicator_id);

            g_assert_cmpint (measured, >, working / 2);
            g_assert_cmpint (count (&f, "SELECT max(n) FROM (SELECT count(*) AS n FROM indicator_value "
                                        "WHERE indicator = ?1 GROUP BY case_id)", indicator_id), <=, 12);
            g_assert_cmpint (count (&f, "SELECT count(*) FROM indicator_value WHERE indicator = ?1 "
                                        "AND area <> (SELECT area FROM indicator_value WHERE indicator = ?1 LIMIT 1)",
                                    indicator_id), ==, 0);
            /* A case that still runs was measured lately: a demo looks current. */
            g_assert_cmpint (count (&f, "SELECT count(*) FROM (SELECT max(v.measured_on) AS last "
                                        "FROM indicator_value AS v JOIN cases AS c ON c.id = v.case_id "
                                        "WHERE v.indicator = ?1 AND c.status IN ('active', 'in-process') "
                                        "GROUP BY v.case_id) WHERE last < date('now', '-62 days')",
                                    indicator_id), ==, 0);
          }
      }
    }

  /* Dates within the cases' histories, nothing measured in the future */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM record AS r JOIN cases AS c ON c.id = r.case_id "
                              "WHERE r.category = 'record' AND (r.recorded_on < c.referral_date "
                              "OR r.recorded_on > ?1 OR (c.closed_on IS NOT NULL AND r.recorded_on > c.closed_on))",
                          TODAY), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM indicator_value AS v JOIN cases AS c ON c.id = v.case_id "
                              "WHERE v.measured_on < c.referral_date OR v.measured_on > ?1 "
                              "OR (c.closed_on IS NOT NULL AND v.measured_on > c.closed_on)", TODAY), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM record AS r JOIN cases AS c ON c.id = r.case_id "
                              "WHERE r.category = 'intervention' AND (r.starts_on < c.referral_date "
                              "OR (c.closed_on IS NOT NULL AND coalesce(r.ends_on, r.starts_on) > c.closed_on))",
                          NULL), ==, 0);
  /* Only a planned intervention starts after today */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM record WHERE starts_on > ?1 AND status <> 'planned'", TODAY),
                   ==, 0);

  /* One audit event for the run */
  g_assert_cmpint (tf_audit_count (f.session, "demo-data", "record"), ==, 1);
  fixture_close (&f);
}

static void
test_demo_areas_valid (void)
{
  Fixture f = { 0 };
  TfStmt *stmt;
  guint n_rows = 0;
  gint64 first_case;

  fixture_open (&f, NULL);
  fill_areas (&f, SEED);

  /* Every row's values validate against its form, as the record store
   * would validate a person's entry */
  stmt = tf_store_prepare (f.store,
    "SELECT form, vals, category, status, starts_on, ends_on, planned_cost, actual_cost, budget_area, "
    "       author_id, area FROM record ORDER BY id", NULL);
  g_assert_nonnull (stmt);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *form_id = (const char *) sqlite3_column_text (stmt, 0);
      TfForm *form = tf_registry_find_form (f.registry, form_id);
      g_autoptr(GError) error = NULL;
      g_autoptr(TfFormValues) values = NULL;
      g_autoptr(GHashTable) errors = NULL;

      g_assert_nonnull (form);
      g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 10), ==, tf_form_get_area_id (form));
      values = tf_form_values_new_from_json ((const char *) sqlite3_column_text (stmt, 1), &error);
      g_assert_no_error (error);
      errors = tf_form_validate (form, values);
      if (errors != NULL)
        g_error ("demo values of %s do not validate: %s", form_id, (const char *) sqlite3_column_text (stmt, 1));
      g_assert_cmpint (sqlite3_column_type (stmt, 9), ==, SQLITE_INTEGER);

      if (tf_form_get_category (form) == TF_FORM_INTERVENTION)
        {
          const char *status = (const char *) sqlite3_column_text (stmt, 3);
          const char *ends_on = (const char *) sqlite3_column_text (stmt, 5);
          gint64 planned = sqlite3_column_int64 (stmt, 6);
          gint64 actual = sqlite3_column_int64 (stmt, 7);

          g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, "intervention");
          g_assert_cmpint (tf_intervention_status_from_id (status), >=, 0);
          g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 8), ==, tf_form_get_budget_area (form));
          /* 5,000–60,000 kr. planned; never more spent than planned */
          g_assert_cmpint (planned, >=, 500000);
          g_assert_cmpint (planned, <=, 6000000);
          g_assert_cmpint (actual, >=, 0);
          g_assert_cmpint (actual, <=, planned);
          if (g_str_equal (status, "planned"))
            g_assert_cmpint (actual, ==, 0);
          if (g_str_equal (status, "completed") || g_str_equal (status, "stopped"))
            {
              g_assert_nonnull (ends_on);
              g_assert_cmpint (actual, >, 0);
            }
          if (ends_on != NULL)
            g_assert_cmpstr (ends_on, >=, (const char *) sqlite3_column_text (stmt, 4));
        }
      else
        {
          g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 2), ==, "record");
          g_assert_cmpint (sqlite3_column_type (stmt, 3), ==, SQLITE_NULL);
        }
      n_rows++;
    }
  tf_stmt_release (stmt);
  g_assert_cmpuint (n_rows, >, YOUNG_PEOPLE * 6);

  /* Through the public API too: the record store reads them back valid */
  first_case = count (&f, "SELECT min(case_id) FROM record WHERE category = 'intervention'", NULL);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) records = tf_record_list_for_case (f.session, first_case, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (records), >, 0);
    for (guint i = 0; i < g_list_model_get_n_items (records); i++)
      {
        g_autoptr(TfRecord) record = g_list_model_get_item (records, i);
        TfForm *form = tf_registry_find_form (f.registry, tf_record_get_form_id (record));
        g_autoptr(GHashTable) errors = tf_record_validate (record, form);

        g_assert_null (errors);
      }
  }

  /* Indicator values within each indicator's bounds and decimals */
  {
    g_autoptr(GPtrArray) indicators = tf_registry_list_indicators (f.registry);

    for (guint i = 0; i < indicators->len; i++)
      {
        TfIndicator *indicator = indicators->pdata[i];
        g_autoptr(TfStmt) values = tf_store_prepare (f.store,
          "SELECT value FROM indicator_value WHERE indicator = ?1", NULL);
        double scale = pow (10, tf_indicator_get_decimals (indicator));

        sqlite3_bind_text (values, 1, tf_indicator_get_id (indicator), -1, SQLITE_TRANSIENT);
        while (sqlite3_step (values) == SQLITE_ROW)
          {
            double value = sqlite3_column_double (values, 0);

            g_assert_cmpfloat (value, >=, tf_indicator_get_min (indicator));
            g_assert_cmpfloat (value, <=, tf_indicator_get_max (indicator));
            g_assert_cmpfloat (fabs (value * scale - round (value * scale)), <, 1e-6);
          }
      }
  }

  /* Some drift towards better, some towards worse: compare first and last */
  g_assert_cmpint (count (&f, "SELECT count(*) FROM (SELECT case_id, indicator, "
                              "  (SELECT value FROM indicator_value AS a WHERE a.case_id = v.case_id "
                              "   AND a.indicator = v.indicator ORDER BY measured_on LIMIT 1) AS first, "
                              "  (SELECT value FROM indicator_value AS b WHERE b.case_id = v.case_id "
                              "   AND b.indicator = v.indicator ORDER BY measured_on DESC LIMIT 1) AS last "
                              "  FROM indicator_value AS v WHERE indicator = ?1 GROUP BY case_id, indicator) "
                              "WHERE last < first", "absence"), >, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM (SELECT case_id, indicator, "
                              "  (SELECT value FROM indicator_value AS a WHERE a.case_id = v.case_id "
                              "   AND a.indicator = v.indicator ORDER BY measured_on LIMIT 1) AS first, "
                              "  (SELECT value FROM indicator_value AS b WHERE b.case_id = v.case_id "
                              "   AND b.indicator = v.indicator ORDER BY measured_on DESC LIMIT 1) AS last "
                              "  FROM indicator_value AS v WHERE indicator = ?1 GROUP BY case_id, indicator) "
                              "WHERE last > first", "absence"), >, 0);

  /* Staff fields name real staff members */
  {
    g_autoptr(GPtrArray) forms = g_ptr_array_new_with_free_func (g_object_unref);
    GListModel *areas = tf_registry_get_areas (f.registry);
    guint n_staff_fields = 0;

    for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
      {
        g_autoptr(TfArea) area = g_list_model_get_item (areas, i);
        GListModel *model = tf_area_get_forms (area);

        for (guint j = 0; j < g_list_model_get_n_items (model); j++)
          g_ptr_array_add (forms, g_list_model_get_item (model, j));
      }
    for (guint i = 0; i < forms->len; i++)
      {
        GListModel *fields = tf_form_get_fields (forms->pdata[i]);

        for (guint j = 0; j < g_list_model_get_n_items (fields); j++)
          {
            g_autoptr(TfField) field = g_list_model_get_item (fields, j);
            g_autoptr(TfStmt) check = NULL;

            if (tf_field_get_field_type (field) != TF_FIELD_STAFF)
              continue;
            check = tf_store_prepare (f.store,
              "SELECT count(*), count(s.id) FROM record AS r "
              "LEFT JOIN staff_member AS s ON s.id = json_extract (r.vals, '$.\"' || ?2 || '\"') "
              "WHERE r.form = ?1 AND json_extract (r.vals, '$.\"' || ?2 || '\"') IS NOT NULL", NULL);
            g_assert_nonnull (check);
            sqlite3_bind_text (check, 1, tf_form_get_id (forms->pdata[i]), -1, SQLITE_TRANSIENT);
            sqlite3_bind_text (check, 2, tf_field_get_id (field), -1, SQLITE_TRANSIENT);
            g_assert_cmpint (sqlite3_step (check), ==, SQLITE_ROW);
            g_assert_cmpint (sqlite3_column_int64 (check, 0), >, 0);
            g_assert_cmpint (sqlite3_column_int64 (check, 1), ==, sqlite3_column_int64 (check, 0));
            n_staff_fields++;
          }
      }
    g_assert_cmpuint (n_staff_fields, >, 0);
  }

  /* The deadlines of a demo case can be worked out */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) deadlines = NULL;
    gint64 with_decision = count (&f, "SELECT min(case_id) FROM record WHERE form = ?1", "legal-decision");

    deadlines = tf_deadline_list_for_case (f.session, f.registry, with_decision, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (deadlines), >=, 2);
  }
  fixture_close (&f);
}

static void
test_demo_areas_deterministic (void)
{
  Fixture a = { 0 }, b = { 0 }, c = { 0 };
  g_autofree char *digest_a = NULL;
  g_autofree char *digest_b = NULL;
  g_autofree char *digest_c = NULL;
  g_autofree char *json_a = NULL;
  g_autofree char *json_b = NULL;

  fixture_open (&a, NULL);
  fill_areas (&a, SEED);
  fixture_open (&b, NULL);
  fill_areas (&b, SEED);
  fixture_open (&c, NULL);
  fill_areas (&c, SEED + 1);

  /* created_at is laid out from the record's day, not the clock */
  digest_a = areas_digest (&a, ALL_RECORDS, ALL_VALUES);
  digest_b = areas_digest (&b, ALL_RECORDS, ALL_VALUES);
  digest_c = areas_digest (&c, ALL_RECORDS, ALL_VALUES);
  g_assert_cmpstr (digest_a, ==, digest_b);
  g_assert_cmpstr (digest_a, !=, digest_c);

  /* The same JSON, byte for byte */
  json_a = g_strdup_printf ("%" G_GINT64_FORMAT, count (&a, "SELECT sum(length(vals)) FROM record", NULL));
  json_b = g_strdup_printf ("%" G_GINT64_FORMAT, count (&b, "SELECT sum(length(vals)) FROM record", NULL));
  g_assert_cmpstr (json_a, ==, json_b);

  fixture_close (&a);
  fixture_close (&b);
  fixture_close (&c);
}

/* An area's demo data does not depend on which other areas are enabled. */
static void
test_demo_areas_independent (void)
{
  const char * const disabled[] = { "authority", "family", "job", "leisure", "adhoc", NULL };
  Fixture all = { 0 }, one = { 0 };
  g_autofree char *digest_all = NULL;
  g_autofree char *digest_one = NULL;

#define SCHOOL_RECORDS \
  "SELECT case_id, form, recorded_on, vals, status, starts_on, ends_on, planned_cost, actual_cost, author_id " \
  "FROM record WHERE area = 'school' ORDER BY case_id, id"
#define SCHOOL_VALUES \
  "SELECT case_id, indicator, measured_on, value, author_id FROM indicator_value " \
  "WHERE area = 'school' ORDER BY case_id, id"

  fixture_open (&all, NULL);
  fill_areas (&all, SEED);
  fixture_open (&one, disabled);
  g_assert_cmpuint (g_list_model_get_n_items (tf_registry_get_areas (one.registry)), ==, 1);
  fill_areas (&one, SEED);

  digest_all = areas_digest (&all, SCHOOL_RECORDS, SCHOOL_VALUES);
  digest_one = areas_digest (&one, SCHOOL_RECORDS, SCHOOL_VALUES);
  g_assert_cmpstr (digest_all, ==, digest_one);
  g_assert_cmpint (count (&one, "SELECT count(*) FROM record WHERE area <> 'school'", NULL), ==, 0);

  fixture_close (&all);
  fixture_close (&one);
}

/* A second run leaves the cases that have area data as they are. */
static void
test_demo_areas_twice (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  GListModel *areas;
  gint64 records, filled;

  fixture_open (&f, NULL);
  fill_areas (&f, SEED);
  records = count (&f, "SELECT count(*) FROM record", NULL);
  filled = count (&f, "SELECT count(DISTINCT case_id) FROM record", NULL);

  /* The same seed again: the same cases are chosen, and they are all done */
  fill_areas (&f, SEED);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM record", NULL), ==, records);

  /* More young people: only their cases get area data */
  g_assert_true (tf_demo_fill (f.session, 100, 1, SEED + 1, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  fill_areas (&f, SEED + 1);
  g_assert_cmpint (count (&f, "SELECT count(DISTINCT case_id) FROM record", NULL), >, filled + 50);
  /* Still one details card per case */
  areas = tf_registry_get_areas (f.registry);
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(TfArea) area = g_list_model_get_item (areas, i);
      GListModel *forms = tf_area_get_forms (area);

      for (guint j = 0; j < g_list_model_get_n_items (forms); j++)
        {
          g_autoptr(TfForm) form = g_list_model_get_item (forms, j);

          if (tf_form_get_single (form))
            g_assert_cmpint (count (&f, "SELECT count(*) FROM (SELECT case_id FROM record WHERE form = ?1 "
                                        "GROUP BY case_id HAVING count(*) > 1)", tf_form_get_id (form)), ==, 0);
        }
    }
  g_assert_cmpint (tf_audit_count (f.session, "demo-data", "record"), ==, 3);
  fixture_close (&f);
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  GArray *log = user_data;

  g_array_append_val (log, fraction);
}

static void
test_demo_areas_progress (void)
{
  Fixture f = { 0 };
  g_autoptr(GArray) log = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;

  fixture_open (&f, NULL);
  g_assert_true (tf_demo_fill_areas (f.session, f.registry, SEED, TODAY, on_progress, log, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (log->len, >=, 2);
  g_assert_cmpfloat (g_array_index (log, double, 0), ==, 0.0);
  g_assert_cmpfloat (g_array_index (log, double, log->len - 1), ==, 1.0);
  for (guint i = 1; i < log->len; i++)
    g_assert_cmpfloat (g_array_index (log, double, i), >=, g_array_index (log, double, i - 1));
  fixture_close (&f);
}

static void
test_demo_areas_cancel (void)
{
  Fixture f = { 0 };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;

  fixture_open (&f, NULL);
  g_cancellable_cancel (cancellable);
  g_assert_false (tf_demo_fill_areas (f.session, f.registry, SEED, TODAY, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM record", NULL), ==, 0);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM indicator_value", NULL), ==, 0);
  g_assert_cmpint (tf_audit_count (f.session, "demo-data", "record"), ==, 0);
  fixture_close (&f);
}

static void
test_demo_areas_invalid_day (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;

  fixture_open (&f, NULL);
  g_assert_false (tf_demo_fill_areas (f.session, f.registry, SEED, "2026-02-30", NULL, NULL, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM record", NULL), ==, 0);
  fixture_close (&f);
}

/* No plugins at all: nothing to fill, and that is no error. */
static void
test_demo_areas_no_areas (void)
{
  const char * const disabled[] = { "authority", "family", "school", "job", "leisure", "adhoc", NULL };
  Fixture f = { 0 };

  fixture_open (&f, disabled);
  g_assert_cmpuint (g_list_model_get_n_items (tf_registry_get_areas (f.registry)), ==, 0);
  fill_areas (&f, SEED);
  g_assert_cmpint (count (&f, "SELECT count(*) FROM record", NULL), ==, 0);
  g_assert_cmpint (tf_audit_count (f.session, "demo-data", "record"), ==, 1);
  fixture_close (&f);
}

/* The economy at the demo's default size and at a larger municipality's:
 * this year's budget is 1.200.000 kr. per 40 young people (or a little
 * more, granted when the year's pace runs ahead of it), and every full
 * past year spent 70–110 % of its budget — not the five times over that a
 * fixed budget gave a large store. */
static void
test_demo_areas_economy_scale (void)
{
  static const guint sizes[] = { 40, 300 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      Fixture f = { 0 };
      g_autoptr(GError) error = NULL;
      gint64 first_year;

      fixture_open_sized (&f, NULL, sizes[i]);
      fill_areas (&f, SEED);
      g_assert_true (tf_demo_fill_economy (f.session, SEED, TODAY, NULL, NULL, NULL, &error));
      g_assert_no_error (error);

      first_year = count (&f, "SELECT min (year) FROM budget", NULL);
      g_assert_cmpint (first_year, <, 2026);
      {
        g_autoptr(TfBudget) budget = tf_budget_load (f.session, 2026, &error);

        g_assert_no_error (error);
        g_assert_cmpint (tf_budget_get_total (budget), >=, (gint64) sizes[i] * 3000000);
        g_assert_cmpint (tf_budget_get_total (budget), <=, (gint64) sizes[i] * 3000000 * 3 / 2);
      }
      /* The first year began with the first referral: not a full year */
      for (gint64 year = first_year + 1; year < 2026; year++)
        {
          g_autoptr(TfEconomy) economy = tf_economy_compute (f.session, (int) year, 0, TODAY, &error);
          gint64 spent, total;

          g_assert_no_error (error);
          g_assert_false (tf_budget_get_is_default (tf_economy_get_budget (economy)));
          spent = tf_economy_row_get_spent (tf_economy_get_total (economy));
          total = tf_budget_get_total (tf_economy_get_budget (economy));
          g_test_message ("%u young people, %" G_GINT64_FORMAT ": %" G_GINT64_FORMAT " of %" G_GINT64_FORMAT,
                          sizes[i], year, spent, total);
          g_assert_cmpint (spent, >=, total * 70 / 100);
          g_assert_cmpint (spent, <=, total * 110 / 100);
        }
      fixture_close (&f);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/demo-areas/content", test_demo_areas_content);
  g_test_add_func ("/demo-areas/valid", test_demo_areas_valid);
  g_test_add_func ("/demo-areas/deterministic", test_demo_areas_deterministic);
  g_test_add_func ("/demo-areas/independent", test_demo_areas_independent);
  g_test_add_func ("/demo-areas/twice", test_demo_areas_twice);
  g_test_add_func ("/demo-areas/progress", test_demo_areas_progress);
  g_test_add_func ("/demo-areas/cancel", test_demo_areas_cancel);
  g_test_add_func ("/demo-areas/invalid-day", test_demo_areas_invalid_day);
  g_test_add_func ("/demo-areas/no-areas", test_demo_areas_no_areas);
  g_test_add_func ("/demo-areas/economy-scale", test_demo_areas_economy_scale);

  return g_test_run ();
}
