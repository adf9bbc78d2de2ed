/* test-plugin-pages.c — the work-area plugins in a case window and in Preferences
 *
 * Loads the six in-tree plugins through the real plugin manager, opens a case
 * window on a demo store and checks that every area has its page with real
 * content, that switching a plugin off removes its page at once and on
 * brings it back, and that Preferences shows every plugin with its state.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "taskforce.h"
#include "taskforce-gtk.h"
#include "tf-demo-areas.h"

#include "tf-case-window.h"
#include "tf-plugin-row.h"

static const char *area_ids[] = { "authority", "family", "school", "job", "leisure", "adhoc" };

static char *tmpdir;
static TfSession *session;
static TfRegistry *registry;
static TfPluginManager *manager;

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

/* Collects the text of every label under @widget, to see what a page shows. */
static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

static GtkWidget *
find_area_page (GtkWidget  *widget,
                const char *area_id)
{
  if (TF_IS_AREA_PAGE (widget) &&
      g_strcmp0 (tf_area_get_id (tf_area_page_get_area (TF_AREA_PAGE (widget))), area_id) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_area_page (child, area_id);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The case with the most work-area records: a well-filled demo case. */
static gint64
busiest_case (void)
{
  g_autoptr(GListModel) cases = NULL;
  gint64 best = 0;
  guint best_n = 0;

  for (gint64 id = 1; id <= 40; id++)
    {
      g_autoptr(GListModel) records = tf_record_list_for_case (session, id, NULL, NULL, NULL);
      guint n = records ? g_list_model_get_n_items (records) : 0;
      if (n > best_n)
        best = id, best_n = n;
    }
  g_assert_cmpuint (best_n, >, 6);
  return best;
}

static void
test_six_filled_pages (void)
{
  gint64 case_id = busiest_case ();
  TfCaseWindow *window = tf_case_window_new (NULL, session, case_id);

  tf_case_window_set_registry (window, registry);
  gtk_window_present (GTK_WINDOW (window));
  spin (300);

  /* A page is built, and reads the store, only once someone turns to it */
  for (guint i = 0; i < G_N_ELEMENTS (area_ids); i++)
    g_assert_null (find_area_page (GTK_WIDGET (window), area_ids[i]));

  for (guint i = 0; i < G_N_ELEMENTS (area_ids); i++)
    {
      TfArea *area = tf_registry_find_area (registry, area_ids[i]);
      g_autoptr(GString) text = g_string_new (NULL);
      GtkWidget *page;

      g_assert_nonnull (area);
      g_assert_true (tf_case_window_show_page (window, area_ids[i]));
      spin (100);
      page = find_area_page (GTK_WIDGET (window), area_ids[i]);
      g_assert_nonnull (page);
      collect_text (page, text);
      /* The area's own title and organisation head the page... */
      g_assert_nonnull (strstr (text->str, tf_area_get_title (area)));
      g_assert_nonnull (strstr (text->str, tf_area_get_organisation (area)));
      /* ...and it shows what was recorded, not only headings: at least one
       * saved record ("Saved <date> · <author>") or a dated measurement. */
      if (strstr (text->str, "Saved ") == NULL && strstr (text->str, " on ") == NULL)
        g_error ("the %s page shows no recorded content:\n%s", area_ids[i], text->str);
    }
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static void
test_disable_removes_page (void)
{
  TfCaseWindow *window = tf_case_window_new (NULL, session, 1);
  g_autoptr(GError) error = NULL;

  tf_case_window_set_registry (window, registry);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  g_assert_true (tf_case_window_show_page (window, "school"));

  /* Off: the page leaves the open window at once, the others stay. */
  g_assert_true (tf_plugin_manager_set_enabled (manager, "school", FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (tf_case_window_show_page (window, "school"));
  g_assert_true (tf_case_window_show_page (window, "leisure"));
  g_assert_true (tf_case_window_show_page (window, "overview"));

  /* On again: it comes back, in its place. */
  g_assert_true (tf_plugin_manager_set_enabled (manager, "school", TRUE, &error));
  g_assert_true (tf_case_window_show_page (window, "school"));

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static void
test_preferences_rows (void)
{
  GListModel *plugins = tf_plugin_manager_get_plugins (manager);

  g_assert_cmpuint (g_list_model_get_n_items (plugins), >=, 6);
  for (guint i = 0; i < g_list_model_get_n_items (plugins); i++)
    {
      g_autoptr(TfPluginInfo) info = g_list_model_get_item (plugins, i);
      GtkWidget *row = g_object_ref_sink (tf_plugin_row_new (info));
      g_autoptr(GString) text = g_string_new (NULL);

      /* Name as the row's title; organisation and version below it. */
      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                       tf_plugin_info_get_name (info));
      g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)),
                                tf_plugin_info_get_version (info)));
      collect_text (row, text);
      g_assert_nonnull (strstr (text->str, tf_plugin_info_get_location (info)));
      g_object_unref (row);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(TfStore) store = NULL;
  int status;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  tmpdir = g_dir_make_tmp ("tf-plugin-pages-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  path = g_build_filename (tmpdir, "demo.db", NULL);
  store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  session = tf_session_new_for_login (store, "tester", "Tess Tester", &error);
  g_assert_no_error (error);

  registry = tf_registry_new ();
  manager = tf_plugin_manager_new (registry);
  tf_plugin_manager_load_all (manager, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (tf_registry_get_areas (registry)), ==, 6);

  g_assert_true (tf_demo_fill (session, 40, 3, 11, NULL, NULL, NULL, NULL, &error));
  g_assert_true (tf_demo_fill_areas (session, registry, 11, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_test_add_func ("/plugin-pages/six-filled-pages", test_six_filled_pages);
  g_test_add_func ("/plugin-pages/disable-removes-page", test_disable_removes_page);
  g_test_add_func ("/plugin-pages/preferences-rows", test_preferences_rows);
  status = g_test_run ();

  g_clear_object (&manager);
  g_clear_object (&registry);
  g_clear_object (&session);
  return status;
}
