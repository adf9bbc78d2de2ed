/* test-plugins.c — the six in-tree work-area plugins, loaded as the shell loads them
 *
 * Runs with TASKFORCE_PLUGIN_PATH pointing at <builddir>/plugins (one folder
 * per plugin, the module next to its .plugin file) and, through
 * G_TEST_OPTION_ISOLATE_DIRS, a fresh XDG_DATA_HOME, so no per-user plugin
 * gets in the way. Everything here goes through the public API only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "taskforce.h"

#define TODAY "2026-11-23"

static const struct
{
  const char *module;
  int         priority;
  const char *title;
} expected_areas[] = {
  { "authority", 10, "Authority" },
  { "family", 20, "Family and network" },
  { "school", 30, "School" },
  { "job", 40, "Job and education" },
  { "leisure", 50, "Leisure" },
  { "adhoc", 60, "Ad hoc" },
};

static const char * const budget_areas[] = { "mentor", "family", "network", "school", "leisure", "job", NULL };

typedef struct
{
  TfRegistry      *registry;
  TfPluginManager *manager;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->registry = tf_registry_new ();
  f->manager = tf_plugin_manager_new (f->registry);
  tf_plugin_manager_load_all (f->manager, NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->manager);
  g_clear_object (&f->registry);
}

static TfPluginInfo *
find_info (Fixture    *f,
           const char *module)
{
  GListModel *plugins = tf_plugin_manager_get_plugins (f->manager);

  for (guint i = 0; i < g_list_model_get_n_items (plugins); i++)
    {
      g_autoptr(TfPluginInfo) info = g_list_model_get_item (plugins, i);

      if (g_str_equal (tf_plugin_info_get_module (info), module))
        return info;  /* the model keeps it alive */
    }
  return NULL;
}

/* Every form of every area, in registry order (transfer container). */
static GPtrArray *
all_forms (Fixture *f)
{
  GListModel *areas = tf_registry_get_areas (f->registry);
  GPtrArray *forms = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(TfArea) area = g_list_model_get_item (areas, i);
      GListModel *model = tf_area_get_forms (area);

      for (guint j = 0; j < g_list_model_get_n_items (model); j++)
        g_ptr_array_add (forms, g_list_model_get_item (model, j));
    }
  return forms;
}

static void
test_plugins_load (Fixture       *f,
                   gconstpointer  data)
{
  GListModel *areas = tf_registry_get_areas (f->registry);

  for (guint i = 0; i < G_N_ELEMENTS (expected_areas); i++)
    {
      TfPluginInfo *info = find_info (f, expected_areas[i].module);

      g_assert_nonnull (info);
      if (tf_plugin_info_get_refused_reason (info) != NULL)
        g_error ("%s was refused: %s", expected_areas[i].module, tf_plugin_info_get_refused_reason (info));
      g_assert_true (tf_plugin_info_get_enabled (info));
      g_assert_true (tf_plugin_info_get_loaded (info));
      g_assert_cmpstr (tf_plugin_info_get_origin (info), ==, "development");
      /* The .plugin keys the shell shows in Preferences */
      g_assert_cmpstr (tf_plugin_info_get_name (info), ==, expected_areas[i].title);
      g_assert_cmpstr (tf_plugin_info_get_area_id (info), ==, expected_areas[i].module);
      g_assert_cmpstr (tf_plugin_info_get_version (info), ==, PACKAGE_VERSION);
      g_assert_nonnull (tf_plugin_info_get_description (info));
      g_assert_cmpuint (strlen (tf_plugin_info_get_description (info)), >, 20);
      g_assert_nonnull (tf_plugin_info_get_organisation (info));
      g_assert_cmpstr (tf_plugin_info_get_organisation (info), !=, "");
    }

  /* Six areas in priority order, each with a title, an organisation and an icon */
  g_assert_cmpuint (g_list_model_get_n_items (areas), ==, G_N_ELEMENTS (expected_areas));
  for (guint i = 0; i < G_N_ELEMENTS (expected_areas); i++)
    {
      g_autoptr(TfArea) area = g_list_model_get_item (areas, i);

      g_assert_cmpstr (tf_area_get_id (area), ==, expected_areas[i].module);
      g_assert_cmpint (tf_area_get_priority (area), ==, expected_areas[i].priority);
      g_assert_cmpstr (tf_area_get_title (area), ==, expected_areas[i].title);
      g_assert_nonnull (tf_area_get_organisation (area));
      g_assert_nonnull (tf_area_get_icon_name (area));
      g_assert_true (g_str_has_suffix (tf_area_get_icon_name (area), "-symbolic"));
    }
}

static void
test_plugins_unload (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* Disabling a plugin takes its area, forms and indicators out again */
  for (guint i = 0; i < G_N_ELEMENTS (expected_areas); i++)
    {
      const char *module = expected_areas[i].module;

      g_assert_true (tf_plugin_manager_set_enabled (f->manager, module, FALSE, &error));
      g_assert_no_error (error);
      g_assert_null (tf_registry_find_area (f->registry, module));
    }
  g_assert_cmpuint (g_list_model_get_n_items (tf_registry_get_areas (f->registry)), ==, 0);
  g_assert_null (tf_registry_find_form (f->registry, "school-details"));
  g_assert_null (tf_registry_find_indicator (f->registry, "absence"));

  /* ... and enabling it brings them back */
  for (guint i = 0; i < G_N_ELEMENTS (expected_areas); i++)
    {
      g_assert_true (tf_plugin_manager_set_enabled (f->manager, expected_areas[i].module, TRUE, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (g_list_model_get_n_items (tf_registry_get_areas (f->registry)), ==,
                    G_N_ELEMENTS (expected_areas));
  g_assert_nonnull (tf_registry_find_form (f->registry, "school-details"));
  g_assert_nonnull (tf_registry_find_indicator (f->registry, "absence"));
}

static void
test_plugins_forms (Fixture       *f,
                    gconstpointer  data)
{
  GListModel *areas = tf_registry_get_areas (f->registry);
  gboolean seen_type[TF_FIELD_STAFF + 1] = { FALSE };

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(TfArea) area = g_list_model_get_item (areas, i);
      GListModel *forms = tf_area_get_forms (area);
      guint n_interventions = 0, n_records = 0;

      for (guint j = 0; j < g_list_model_get_n_items (forms); j++)
        {
          g_autoptr(TfForm) form = g_list_model_get_item (forms, j);
          GListModel *fields = tf_form_get_fields (form);
          const char *date_field = tf_form_get_date_field (form);

          g_assert_cmpstr (tf_form_get_area_id (form), ==, tf_area_get_id (area));
          g_assert_nonnull (tf_form_get_title (form));
          g_assert_nonnull (tf_form_get_description (form));
          g_assert_true (tf_registry_find_form (f->registry, tf_form_get_id (form)) == form);
          g_assert_cmpuint (g_list_model_get_n_items (fields), >=, 2);

          if (tf_form_get_category (form) == TF_FORM_INTERVENTION)
            {
              n_interventions++;
              g_assert_true (g_strv_contains (budget_areas, tf_form_get_budget_area (form)));
            }
          else
            {
              n_records++;
              /* Every record form is dated by a date field of its own */
              g_assert_nonnull (date_field);
              g_assert_nonnull (tf_form_find_field (form, date_field));
              g_assert_cmpint (tf_field_get_field_type (tf_form_find_field (form, date_field)), ==, TF_FIELD_DATE);
              g_assert_true (tf_field_get_required (tf_form_find_field (form, date_field)));
            }
          g_assert_cmpuint (g_strv_length ((char **) tf_form_get_summary_fields (form)), >=, 1);

          for (guint k = 0; k < g_list_model_get_n_items (fields); k++)
            {
              g_autoptr(TfField) field = g_list_model_get_item (fields, k);
              TfFieldType type = tf_field_get_field_type (field);
              const char * const *demo = tf_field_get_demo_values (field);

              seen_type[type] = TRUE;
              g_assert_nonnull (tf_field_get_label (field));
              /* Demo data needs sample values for everything it cannot make up */
              if (type != TF_FIELD_DATE && type != TF_FIELD_STAFF &&
                  (demo == NULL || demo[0] == NULL))
                g_error ("%s/%s has no Demo= values", tf_form_get_id (form), tf_field_get_id (field));
              if (type == TF_FIELD_CHOICE)
                g_assert_cmpuint (g_strv_length ((char **) tf_field_get_choice_ids (field)), >=, 2);
              if (type == TF_FIELD_NUMBER || type == TF_FIELD_MONEY)
                {
                  double min, max;

                  g_assert_true (tf_field_get_min (field, &min));
                  g_assert_true (tf_field_get_max (field, &max));
                  g_assert_cmpfloat (min, <, max);
                }
            }
        }

      if (n_interventions < 2 || n_interventions > 5)
        g_error ("%s has %u intervention forms", tf_area_get_id (area), n_interventions);
      g_assert_cmpuint (n_records, >=, 1);
    }

  /* Every field type is used by some plugin */
  for (guint t = TF_FIELD_TEXT; t <= TF_FIELD_STAFF; t++)
    if (!seen_type[t])
      g_error ("no plugin uses field type %u", t);
}

static void
test_plugins_budget_areas (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) forms = all_forms (f);

  /* Between them the areas offer an intervention for each budget area of
   * the intervention catalogue */
  for (guint b = 0; budget_areas[b] != NULL; b++)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < forms->len && !found; i++)
        found = g_strcmp0 (tf_form_get_budget_area (forms->pdata[i]), budget_areas[b]) == 0;
      if (!found)
        g_error ("no intervention for the budget area %s", budget_areas[b]);
    }
}

static void
test_plugins_indicators (Fixture       *f,
                         gconstpointer  data)
{
  GListModel *areas = tf_registry_get_areas (f->registry);
  TfIndicator *absence;

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(TfArea) area = g_list_model_get_item (areas, i);
      GListModel *indicators = tf_area_get_indicators (area);
      guint n = g_list_model_get_n_items (indicators);

      g_assert_cmpuint (n, >=, 1);
      g_assert_cmpuint (n, <=, 2);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(TfIndicator) indicator = g_list_model_get_item (indicators, j);
          double low, high;

          g_assert_cmpstr (tf_indicator_get_area_id (indicator), ==, tf_area_get_id (area));
          g_assert_nonnull (tf_indicator_get_title (indicator));
          g_assert_cmpfloat (tf_indicator_get_min (indicator), <, tf_indicator_get_max (indicator));
          g_assert_cmpfloat (tf_indicator_get_threshold (indicator), >, 0);
          g_assert_true (tf_indicator_get_demo_range (indicator, &low, &high));
          g_assert_cmpfloat (tf_indicator_get_min (indicator), <=, low);
          g_assert_cmpfloat (low, <, high);
          g_assert_cmpfloat (high, <=, tf_indicator_get_max (indicator));
        }
    }

  /* The direction is declared, and right */
  absence = tf_registry_find_indicator (f->registry, "absence");
  g_assert_nonnull (absence);
  g_assert_false (tf_indicator_get_higher_is_better (absence));
  g_assert_cmpstr (tf_indicator_get_unit (absence), ==, "%");
  g_assert_cmpint (tf_indicator_get_decimals (absence), ==, 1);
  g_assert_cmpfloat (tf_indicator_get_threshold (absence), ==, 5);
  g_assert_true (tf_indicator_get_higher_is_better (tf_registry_find_indicator (f->registry, "well-being")));
  g_assert_true (tf_indicator_get_higher_is_better (tf_registry_find_indicator (f->registry, "organised-leisure")));
  g_assert_true (tf_indicator_get_higher_is_better (tf_registry_find_indicator (f->registry, "in-education-or-job")));
  g_assert_false (tf_indicator_get_higher_is_better (tf_registry_find_indicator (f->registry, "police-contacts")));
  g_assert_false (tf_indicator_get_higher_is_better (tf_registry_find_indicator (f->registry, "drug-use")));
  g_assert_false (tf_indicator_get_higher_is_better (tf_registry_find_indicator (f->registry, "home-conflict")));
}

static TfDeadlineRule *
find_rule (GPtrArray  *rules,
           const char *id)
{
  for (guint i = 0; i < rules->len; i++)
    if (g_str_equal (tf_deadline_rule_get_id (rules->pdata[i]), id))
      return rules->pdata[i];
  return NULL;
}

/* FORM/FIELD names a required date field of a record form. */
static void
assert_date_reference (Fixture    *f,
                       const char *form_id,
                       const char *field_id)
{
  TfForm *form = tf_registry_find_form (f->registry, form_id);
  TfField *field;

  g_assert_nonnull (form);
  g_assert_cmpint (tf_form_get_category (form), ==, TF_FORM_RECORD);
  field = tf_form_find_field (form, field_id);
  g_assert_nonnull (field);
  g_assert_cmpint (tf_field_get_field_type (field), ==, TF_FIELD_DATE);
  g_assert_true (tf_field_get_required (field));
}

static void
test_plugins_deadlines (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) rules = tf_registry_list_deadline_rules (f->registry);
  TfDeadlineRule *rule;
  g_autofree char *due = NULL;

  /* Barnets lov § 91: the child's plan within 3 months of the decision */
  rule = find_rule (rules, "action-plan");
  g_assert_nonnull (rule);
  g_assert_cmpstr (tf_deadline_rule_get_area_id (rule), ==, "authority");
  g_assert_false (tf_deadline_rule_get_from_birthday (rule));
  g_assert_cmpstr (tf_deadline_rule_get_from_form (rule), ==, "legal-decision");
  g_assert_cmpstr (tf_deadline_rule_get_from_field (rule), ==, "date");
  g_assert_cmpint (tf_deadline_rule_get_years (rule), ==, 0);
  g_assert_cmpint (tf_deadline_rule_get_months (rule), ==, 3);
  g_assert_cmpint (tf_deadline_rule_get_days (rule), ==, 0);
  g_assert_cmpstr (tf_deadline_rule_get_done_by_form (rule), ==, "action-plan");
  g_assert_cmpstr (tf_deadline_rule_get_done_by_field (rule), ==, "date");
  assert_date_reference (f, "legal-decision", "date");
  assert_date_reference (f, "action-plan", "date");
  due = tf_deadline_rule_compute_due_on (rule, "2025-11-30");
  g_assert_cmpstr (due, ==, "2026-02-28");

  /* § 95: the first follow-up at the latest 3 months after support starts */
  rule = find_rule (rules, "first-follow-up");
  g_assert_nonnull (rule);
  g_assert_cmpstr (tf_deadline_rule_get_area_id (rule), ==, "authority");
  g_assert_cmpstr (tf_deadline_rule_get_from_form (rule), ==, "legal-decision");
  g_assert_cmpstr (tf_deadline_rule_get_from_field (rule), ==, "support-starts");
  g_assert_cmpint (tf_deadline_rule_get_months (rule), ==, 3);
  g_assert_cmpstr (tf_deadline_rule_get_done_by_form (rule), ==, "follow-up");
  g_assert_cmpstr (tf_deadline_rule_get_done_by_field (rule), ==, "date");
  assert_date_reference (f, "legal-decision", "support-starts");
  assert_date_reference (f, "follow-up", "date");

  /* § 108: a youth plan from the age of 16 */
  rule = find_rule (rules, "youth-plan");
  g_assert_nonnull (rule);
  g_assert_cmpstr (tf_deadline_rule_get_area_id (rule), ==, "authority");
  g_assert_true (tf_deadline_rule_get_from_birthday (rule));
  g_assert_null (tf_deadline_rule_get_from_form (rule));
  g_assert_cmpint (tf_deadline_rule_get_years (rule), ==, 16);
  g_assert_cmpint (tf_deadline_rule_get_months (rule), ==, 0);
  g_assert_cmpstr (tf_deadline_rule_get_done_by_form (rule), ==, "youth-plan");
  assert_date_reference (f, "youth-plan", "date");

  g_assert_cmpuint (rules->len, ==, 3);
}

/* ---------------------------------------------------------------------- */
/* The declared sample values are valid values of their forms */

typedef struct
{
  char      *dir;
  TfStore   *store;
  TfSession *session;
  gint64     case_id;
} Store;

static void
store_open (Store *s)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GListModel) cases = NULL;

  s->dir = g_dir_make_tmp ("tf-plugins-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (s->dir, "plugins.db", NULL);
  s->store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  s->session = tf_session_new_for_login (s->store, "tester", "Test Person", &error);
  g_assert_no_error (error);
  /* One young person with one case to keep the records */
  g_assert_true (tf_demo_fill (s->session, 1, 1, 7, TODAY, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  s->case_id = 1;
}

static void
store_close (Store *s)
{
  g_autoptr(GDir) dir = NULL;
  const char *entry;

  g_clear_object (&s->session);
  g_clear_object (&s->store);
  dir = g_dir_open (s->dir, 0, NULL);
  while (dir != NULL && (entry = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (s->dir, entry, NULL);
      g_unlink (path);
    }
  g_rmdir (s->dir);
  g_clear_pointer (&s->dir, g_free);
}

/* Sets @field to the sample value @text the way a person's entry would be:
 * through the public setters for the field's type. */
static void
set_sample (TfFormValues *values,
            TfField      *field,
            const char   *text,
            gint64        staff_id)
{
  const char *id = tf_field_get_id (field);

  switch (tf_field_get_field_type (field))
    {
    case TF_FIELD_TEXT:
    case TF_FIELD_LONG_TEXT:
    case TF_FIELD_CHOICE:
    case TF_FIELD_DATE:
      tf_form_values_set_string (values, id, text);
      break;
    case TF_FIELD_NUMBER:
      tf_form_values_set_number (values, id, g_ascii_strtod (text, NULL));
      break;
    case TF_FIELD_MONEY:
      tf_form_values_set_integer (values, id, (gint64) llround (g_ascii_strtod (text, NULL) * 100));
      break;
    case TF_FIELD_SCALE:
      tf_form_values_set_integer (values, id, g_ascii_strtoll (text, NULL, 10));
      break;
    case TF_FIELD_BOOLEAN:
      g_assert_true (g_str_equal (text, "true") || g_str_equal (text, "false"));
      tf_form_values_set_boolean (values, id, g_str_equal (text, "true"));
      break;
    case TF_FIELD_STAFF:
      tf_form_values_set_integer (values, id, staff_id);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* The first sample value of every field (a date or the staff member for
 * the fields that have none). */
static TfFormValues *
sample_values (TfForm *form,
               gint64  staff_id)
{
  GListModel *fields = tf_form_get_fields (form);
  TfFormValues *values = tf_form_values_new ();

  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(TfField) field = g_list_model_get_item (fields, i);
      const char * const *demo = tf_field_get_demo_values (field);

      if (demo != NULL && demo[0] != NULL)
        set_sample (values, field, demo[0], staff_id);
      else if (tf_field_get_field_type (field) == TF_FIELD_DATE)
        set_sample (values, field, "2026-05-04", staff_id);
      else if (tf_field_get_field_type (field) == TF_FIELD_STAFF)
        set_sample (values, field, NULL, staff_id);
      else
        g_error ("%s/%s has no Demo= values", tf_form_get_id (form), tf_field_get_id (field));
    }
  return values;
}

static void
assert_valid (TfForm       *form,
              TfFormValues *values,
              const char   *what)
{
  g_autoptr(GHashTable) errors = tf_form_validate (form, values);

  if (errors != NULL)
    {
      GHashTableIter iter;
      gpointer key, message;

      g_hash_table_iter_init (&iter, errors);
      while (g_hash_table_iter_next (&iter, &key, &message))
        g_printerr ("%s/%s: %s\n", tf_form_get_id (form), (const char *) key, (const char *) message);
      g_error ("the sample values of %s are not valid (%s)", tf_form_get_id (form), what);
    }
}

static void
test_plugins_demo_values_valid (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GPtrArray) forms = all_forms (f);
  Store s = { 0 };
  gint64 staff_id;
  guint n_saved = 0;

  store_open (&s);
  staff_id = tf_session_get_staff_id (s.session);
  g_assert_cmpint (staff_id, >, 0);

  for (guint i = 0; i < forms->len; i++)
    {
      TfForm *form = forms->pdata[i];
      GListModel *fields = tf_form_get_fields (form);
      g_autoptr(TfFormValues) values = sample_values (form, staff_id);
      g_autoptr(TfRecord) record = NULL;
      g_autoptr(GHashTable) errors = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *summary = NULL;

      assert_valid (form, values, "first sample of every field");

      /* Every sample value of every field, one at a time */
      for (guint j = 0; j < g_list_model_get_n_items (fields); j++)
        {
          g_autoptr(TfField) field = g_list_model_get_item (fields, j);
          const char * const *demo = tf_field_get_demo_values (field);

          for (guint k = 0; demo != NULL && demo[k] != NULL; k++)
            {
              g_autoptr(TfFormValues) copy = tf_form_values_copy (values);
              g_autofree char *what = g_strdup_printf ("%s = “%s”", tf_field_get_id (field), demo[k]);

              set_sample (copy, field, demo[k], staff_id);
              assert_valid (form, copy, what);
            }
        }

      /* The summary line reads as something */
      summary = tf_form_summarize (form, values);
      g_assert_nonnull (summary);
      g_assert_cmpstr (summary, !=, "");

      /* And the record store takes it, as a person's save would */
      record = tf_record_new (form, s.case_id);
      {
        GListModel *model = tf_form_get_fields (form);

        for (guint j = 0; j < g_list_model_get_n_items (model); j++)
          {
            g_autoptr(TfField) field = g_list_model_get_item (model, j);
            const char *id = tf_field_get_id (field);
            GVariant *value = tf_form_values_get_value (values, id);

            if (value != NULL)
              tf_form_values_set_value (tf_record_get_values (record), id, value);
          }
      }
      if (tf_form_get_category (form) == TF_FORM_INTERVENTION)
        {
          tf_record_set_status (record, TF_INTERVENTION_ACTIVE);
          tf_record_set_starts_on (record, "2026-05-04");
          tf_record_set_planned_cost (record, 2500000);
          tf_record_set_actual_cost (record, 1000000);
        }
      errors = tf_record_validate (record, form);
      g_assert_null (errors);
      g_assert_true (tf_record_save (s.session, record, form, &error));
      g_assert_no_error (error);
      n_saved++;
    }

  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) saved = tf_record_list_for_case (s.session, s.case_id, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (saved), ==, n_saved);
  }
  store_close (&s);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/plugins/load", Fixture, NULL, fixture_setup, test_plugins_load, fixture_teardown);
  g_test_add ("/plugins/unload", Fixture, NULL, fixture_setup, test_plugins_unload, fixture_teardown);
  g_test_add ("/plugins/forms", Fixture, NULL, fixture_setup, test_plugins_forms, fixture_teardown);
  g_test_add ("/plugins/budget-areas", Fixture, NULL, fixture_setup, test_plugins_budget_areas, fixture_teardown);
  g_test_add ("/plugins/indicators", Fixture, NULL, fixture_setup, test_plugins_indicators, fixture_teardown);
  g_test_add ("/plugins/deadlines", Fixture, NULL, fixture_setup, test_plugins_deadlines, fixture_teardown);
  g_test_add ("/plugins/demo-values-valid", Fixture, NULL, fixture_setup, test_plugins_demo_values_valid,
              fixture_teardown);

  return g_test_run ();
}
