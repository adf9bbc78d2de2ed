/* test-progression-page.c — the case window's progression page, driven as a user would
 *
 * A temporary store with a case that has assessments, a plan and a
 * measurement, and one that has none. Checks the charts' contents and
 * words, the legend's check buttons (and that what is turned off stays off
 * when the page reloads), the tooltip of a value, the empty states' advice
 * and that the charts follow dark mode. With TF_TEST_SCREENSHOT=<file.png>
 * the filled page is saved as a picture.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "taskforce.h"
#include "taskforce-gtk.h"
#include "tf-store-private.h"

#include "tf-progression-page.h"

static const char area_text[] =
  "[Area]\n"
  "Id=school\n"
  "Title=School\n"
  "Icon=school-symbolic\n"
  "GettextDomain=taskforce\n"
  "\n"
  "[Indicator absence]\n"
  "Title=Absence\n"
  "Unit=%\n"
  "HigherIsBetter=false\n"
  "Min=0\n"
  "Max=100\n"
  "Decimals=1\n";

static char *tmpdir;
static TfStore *store;
static TfSession *session;
static TfRegistry *registry;
static gint64 filled_case, empty_case;

static gboolean
quit_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
exec_sql (const char *sql)
{
  g_assert_cmpint (sqlite3_exec (tf_store_get_db (store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

static gint64
add_case (const char *first,
          const char *cpr)
{
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  g_autoptr(GError) error = NULL;
  TfReferral referral = { "2025-01-10", "school", NULL, 0 };
  gint64 case_id = 0;

  g_object_set (person, "first-name", first, "last-name", "Nørgaard", "cpr", cpr, NULL);
  g_assert_true (tf_young_person_save (session, person, &referral, &case_id, &error));
  return case_id;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, found);
}

static char *
shown_text (GtkWidget *widget)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  GString *text = g_string_new (NULL);

  collect (widget, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    g_string_append_printf (text, "%s\n", gtk_label_get_text (g_ptr_array_index (labels, i)));
  return g_string_free (text, FALSE);
}

static GtkWidget *
show_page (gint64 case_id)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = tf_progression_page_new (session, case_id);

  tf_progression_page_set_registry (TF_PROGRESSION_PAGE (page), registry);
  tf_progression_page_reload (TF_PROGRESSION_PAGE (page));
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 1500);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (300);
  return window;
}

static void
save_picture (GtkWidget  *widget,
              const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node, NULL);
  gdk_texture_save_to_png (texture, path);
}

static void
test_filled (void)
{
  GtkWidget *window = show_page (filled_case);
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autofree char *domains = NULL;
  g_autofree char *goals = NULL;
  g_autofree char *indicator = NULL;
  g_autofree char *after_toggle = NULL;
  g_autofree char *after_reload = NULL;
  g_autofree char *tooltip = NULL;
  TfChart *domain_chart;

  if (g_getenv ("TF_TEST_SCREENSHOT") != NULL)
    save_picture (window, g_getenv ("TF_TEST_SCREENSHOT"));

  /* the domains, the goals and one chart for the one indicator */
  collect (window, TF_TYPE_CHART, charts);
  g_assert_cmpuint (charts->len, ==, 3);
  domain_chart = g_ptr_array_index (charts, 0);
  domains = tf_chart_spec_describe (tf_chart_get_spec (domain_chart));
  g_assert_cmpstr (domains, ==, "School and learning: 3 → 7; Family relations: 5 → 4");
  goals = tf_chart_spec_describe (tf_chart_get_spec (g_ptr_array_index (charts, 1)));
  g_assert_cmpstr (goals, ==, "Go to school every day: 2 → 6");
  indicator = tf_chart_spec_describe (tf_chart_get_spec (g_ptr_array_index (charts, 2)));
  g_assert_cmpstr (indicator, ==, "Absence: 30,0 % → 12,5 %");
  g_assert_cmpstr (tf_chart_spec_get_title (tf_chart_get_spec (domain_chart)), ==, "Assessment domains");
  /* the charts run to today */
  {
    g_autofree char *today = tf_today_iso ();
    g_assert_cmpstr (tf_chart_spec_get_date_to (tf_chart_get_spec (domain_chart)), ==, today);
    g_assert_cmpstr (tf_chart_spec_get_date_from (tf_chart_get_spec (domain_chart)), ==, "2025-02-01");
  }

  /* a tooltip names the value under the pointer */
  for (int y = 0; y < gtk_widget_get_height (GTK_WIDGET (domain_chart)) && tooltip == NULL; y += 2)
    for (int x = 0; x < gtk_widget_get_width (GTK_WIDGET (domain_chart)) && tooltip == NULL; x += 2)
      tooltip = tf_chart_describe_at (domain_chart, x, y);
  g_assert_nonnull (tooltip);
  g_assert_true (g_str_has_prefix (tooltip, "School and learning\n") ||
                 g_str_has_prefix (tooltip, "Family relations\n"));

  /* one check button per domain and goal, named by its series */
  collect (window, GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, ==, 3);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (g_ptr_array_index (checks, 0)), ==, "School and learning");
  gtk_check_button_set_active (g_ptr_array_index (checks, 0), FALSE);
  after_toggle = tf_chart_spec_describe (tf_chart_get_spec (domain_chart));
  g_assert_cmpstr (after_toggle, ==, "Family relations: 5 → 4");
  /* what was turned off stays off when the case changes */
  tf_progression_page_reload (TF_PROGRESSION_PAGE (gtk_window_get_child (GTK_WINDOW (window))));
  spin (50);
  after_reload = tf_chart_spec_describe (tf_chart_get_spec (domain_chart));
  g_assert_cmpstr (after_reload, ==, "Family relations: 5 → 4");
  g_ptr_array_set_size (checks, 0);
  collect (window, GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_false (gtk_check_button_get_active (g_ptr_array_index (checks, 0)));
  gtk_check_button_set_active (g_ptr_array_index (checks, 0), TRUE);

  /* dark mode: the chart draws in the theme's light text and lighter colours */
  {
    TfChartStyle style;

    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
    spin (100);
    tf_chart_get_style (domain_chart, &style);
    g_assert_true (style.dark);
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_LIGHT);
    spin (100);
    tf_chart_get_style (domain_chart, &style);
    g_assert_false (style.dark);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_follows_store (void)
{
  GtkWidget *window = show_page (empty_case);
  g_autoptr(GPtrArray) charts = g_ptr_array_new ();
  g_autofree char *text = shown_text (window);
  g_autoptr(GError) error = NULL;

  /* Nothing yet: each card says where to make some */
  collect (window, TF_TYPE_CHART, charts);
  g_assert_cmpuint (charts->len, ==, 0);
  g_assert_nonnull (strstr (text, "No assessments yet — make one on the Assessment page."));
  g_assert_nonnull (strstr (text, "set goals and their progress on the Action plan page"));
  g_assert_nonnull (strstr (text, "add measurements on the work-area pages"));

  /* A measurement saved elsewhere shows without reopening the page */
  g_assert_true (tf_indicator_add_value (session, tf_registry_find_indicator (registry, "absence"),
                                         empty_case, "2025-03-01", 20, NULL, &error));
  g_assert_no_error (error);
  spin (200);
  collect (window, TF_TYPE_CHART, charts);
  g_assert_cmpuint (charts->len, ==, 1);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (area_text, sizeof area_text - 1);
  g_autoptr(TfArea) area = NULL;
  g_autofree char *sql = NULL;
  int status;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  tmpdir = g_dir_make_tmp ("tf-progression-page-XXXXXX", NULL);
  path = g_build_filename (tmpdir, "test.db", NULL);
  store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  session = tf_session_new_for_login (store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);
  registry = tf_registry_new ();
  area = tf_area_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_true (tf_registry_add_area (registry, area, &error));

  filled_case = add_case ("Emil", "120410-4233");
  empty_case = add_case ("Sofie", "050311-4028");
  sql = g_strdup_printf (
    "INSERT INTO assessment (id, case_id, assessed_on, risk_level, created_at, updated_at) VALUES "
    "  (1, %1$" G_GINT64_FORMAT ", '2025-02-01', 'high', 0, 0), (2, %1$" G_GINT64_FORMAT ", '2025-06-01', 'moderate', 0, 0);"
    "INSERT INTO assessment_score (assessment_id, domain_id, score) "
    "  SELECT 1, id, CASE code WHEN 'school' THEN 3 ELSE 5 END FROM assessment_domain WHERE code IN ('school', 'family');"
    "INSERT INTO assessment_score (assessment_id, domain_id, score) "
    "  SELECT 2, id, CASE code WHEN 'school' THEN 7 ELSE 4 END FROM assessment_domain WHERE code IN ('school', 'family');"
    "INSERT INTO action_plan (id, case_id, version, made_on, created_at) VALUES "
    "  (1, %1$" G_GINT64_FORMAT ", 1, '2025-02-10', 0), (2, %1$" G_GINT64_FORMAT ", 2, '2025-05-10', 0);"
    "INSERT INTO plan_goal (id, plan_id, goal_key, position, what, progress) VALUES "
    "  (10, 1, 10, 1, 'Go to school', 2), (20, 2, 10, 1, 'Go to school every day', 6);",
    filled_case);
  exec_sql (sql);
  g_assert_true (tf_indicator_add_value (session, tf_registry_find_indicator (registry, "absence"),
                                         filled_case, "2025-03-01", 30, NULL, &error));
  g_assert_true (tf_indicator_add_value (session, tf_registry_find_indicator (registry, "absence"),
                                         filled_case, "2025-05-01", 12.5, NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/progression-page/filled", test_filled);
  g_test_add_func ("/progression-page/follows-store", test_follows_store);
  status = g_test_run ();

  g_clear_object (&registry);
  g_clear_object (&session);
  g_clear_object (&store);
  g_unlink (path);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_rmdir (tmpdir);
  return status;
}
