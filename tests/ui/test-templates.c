/* test-templates.c — every template-backed widget of the shell can be built
 *
 * Runs under G_DEBUG=fatal-criticals: a template that names a missing child,
 * callback, property or type aborts the test. Windows are also shown for a
 * moment, so the column view's list-item templates get built too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "taskforce.h"

#include "tf-application.h"
#include "tf-case-overview.h"
#include "tf-case-page-row.h"
#include "tf-case-window.h"
#include "tf-filter-row.h"
#include "tf-follow-up-label.h"
#include "tf-guardian-row.h"
#include "tf-note-row.h"
#include "tf-store-error-window.h"
#include "tf-window.h"
#include "tf-young-person-editor.h"

static char *tmpdir;
static TfSession *session;
static gint64 case_id;
static gint64 young_person_id;

static gboolean
quit_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Lets the main loop lay out and draw for a moment. */
static void
spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static void
show_and_destroy (GtkWidget *window)
{
  gtk_window_present (GTK_WINDOW (window));
  spin (300);
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  if (dir != NULL)
    g_dir_close (dir);
  g_rmdir (path);
}

static void
set_private_xdg_dirs (void)
{
  const char *names[] = { "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *dir = g_build_filename (tmpdir, names[i], NULL);

      g_mkdir_with_parents (dir, 0700);
      g_setenv (names[i], dir, TRUE);
    }
}

/* A store with one young person, a guardian, a case and a note. */
static void
make_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "templates.db", NULL);
  g_autoptr(TfStore) store = NULL;
  g_autoptr(TfYoungPerson) yp = tf_young_person_new ();
  g_autoptr(TfGuardian) guardian = tf_guardian_new ();
  TfReferral referral = { NULL, "school", "Absent from school for weeks", 0 };

  store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  session = tf_session_new_for_login (store, "tester", "Tess Tester", &error);
  g_assert_no_error (error);

  g_object_set (yp, "first-name", "Emil", "last-name", "Nørgaard & Søn",
                "cpr", "120410-4237", "gender", "boy", "city", "Grenaa",
                "postcode", "8500", "school", "Kattegatskolen", "school-class", "8.b", NULL);
  g_object_set (guardian, "name", "Mette Nørgaard", "relation", "mother",
                "phone", "20 12 34 56", "email", "mette@example.dk", NULL);
  tf_young_person_add_guardian (yp, guardian);
  g_assert_true (tf_young_person_save (session, yp, &referral, &case_id, &error));
  g_assert_no_error (error);
  young_person_id = tf_young_person_get_id (yp);
  g_assert_cmpint (tf_note_add (session, case_id, "Talked with the <school> & the mother.", &error), >, 0);
  g_assert_no_error (error);
}

static void
test_main_window (void)
{
  show_and_destroy (GTK_WIDGET (tf_window_new (NULL, session)));
  /* Without a session (as GtkBuilder or an inspector would make it). */
  show_and_destroy (g_object_new (TF_TYPE_WINDOW, NULL));
}

static GtkColumnView *
find_column_view (GtkWidget *widget)
{
  if (GTK_IS_COLUMN_VIEW (widget))
    return GTK_COLUMN_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkColumnView *found = find_column_view (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static TfCaseListModel *
case_list_model (GtkColumnView *view)
{
  GtkSelectionModel *selection = gtk_column_view_get_model (view);

  GListModel *shown = gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection));

  /* The window shows a slice of the case list until its first frame. */
  return TF_CASE_LIST_MODEL (gtk_slice_list_model_get_model (GTK_SLICE_LIST_MODEL (shown)));
}

/* The first frame gets only the rows that fit; every row is in the view
 * right after it. */
static void
test_main_window_first_rows (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmpdir, "many.db", NULL);
  g_autoptr(TfStore) store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_autoptr(TfSession) many = NULL;
  TfWindow *window;
  GtkColumnView *view;
  guint all, first;

  g_assert_no_error (error);
  many = tf_session_new_for_login (store, "tester", "Tess Tester", &error);
  g_assert_no_error (error);
  g_assert_true (tf_demo_fill (many, 150, 0, 3, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  window = tf_window_new (NULL, many);
  view = find_column_view (GTK_WIDGET (window));
  all = g_list_model_get_n_items (G_LIST_MODEL (case_list_model (view)));
  first = g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view)));
  g_assert_cmpuint (all, >=, 150);
  g_assert_cmpuint (first, >=, 25);
  g_assert_cmpuint (first, <, all);

  gtk_window_present (GTK_WINDOW (window));
  spin (300);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (view))), ==, all);
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

/* A click on a column header sorts in SQLite and is remembered. */
static void
test_main_window_sort (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  TfWindow *window;
  GtkColumnView *view;
  g_autoptr(GtkColumnViewColumn) age = NULL;
  g_autoptr(GtkColumnViewColumn) school = NULL;
  g_autofree char *sort = NULL;

  /* The saved sort comes back. */
  g_settings_set_string (settings, "case-list-sort", "status");
  g_settings_set_boolean (settings, "case-list-sort-descending", TRUE);
  window = tf_window_new (NULL, session);
  view = find_column_view (GTK_WIDGET (window));
  g_assert_nonnull (view);
  g_assert_cmpint (tf_case_list_model_get_sort (case_list_model (view)), ==, TF_CASE_SORT_STATUS);
  g_assert_true (tf_case_list_model_get_descending (case_list_model (view)));

  /* Columns: Name, CPR number, Age, Status, Coordinator, Follow-up, School. */
  age = g_list_model_get_item (gtk_column_view_get_columns (view), 2);
  g_assert_cmpstr (gtk_column_view_column_get_title (age), ==, "Age");
  gtk_column_view_sort_by_column (view, age, GTK_SORT_ASCENDING);
  g_assert_cmpint (tf_case_list_model_get_sort (case_list_model (view)), ==, TF_CASE_SORT_AGE);
  g_assert_false (tf_case_list_model_get_descending (case_list_model (view)));
  gtk_column_view_sort_by_column (view, age, GTK_SORT_DESCENDING);
  g_assert_true (tf_case_list_model_get_descending (case_list_model (view)));
  sort = g_settings_get_string (settings, "case-list-sort");
  g_assert_cmpstr (sort, ==, "age");
  g_assert_true (g_settings_get_boolean (settings, "case-list-sort-descending"));

  /* The school column sorts too. */
  school = g_list_model_get_item (gtk_column_view_get_columns (view), 6);
  g_assert_cmpstr (gtk_column_view_column_get_title (school), ==, "School");
  gtk_column_view_sort_by_column (view, school, GTK_SORT_ASCENDING);
  g_assert_cmpint (tf_case_list_model_get_sort (case_list_model (view)), ==, TF_CASE_SORT_SCHOOL);
  g_free (sort);
  sort = g_settings_get_string (settings, "case-list-sort");
  g_assert_cmpstr (sort, ==, "school");

  show_and_destroy (GTK_WIDGET (window));
  g_settings_reset (settings, "case-list-sort");
  g_settings_reset (settings, "case-list-sort-descending");
}

static void
test_case_window (void)
{
  TfCaseWindow *window = tf_case_window_new (NULL, session, case_id);

  gtk_window_present (GTK_WINDOW (window));
  tf_case_window_add_page (window, gtk_label_new ("Second"), "second", "Second", "user-info-symbolic", 20);
  tf_case_window_add_page (window, gtk_label_new ("First"), "first", "First", NULL, 10);
  spin (200);
  tf_case_window_remove_page (window, "first");
  tf_case_window_remove_page (window, "overview");   /* a core page stays */
  tf_case_window_remove_page (window, "no-such-page");
  show_and_destroy (GTK_WIDGET (window));

  /* A case that does not exist shows an error page, not a crash. */
  show_and_destroy (GTK_WIDGET (tf_case_window_new (NULL, session, 999999)));
}

static void
test_editor (void)
{
  show_and_destroy (GTK_WIDGET (tf_young_person_editor_new (session, 0)));
  show_and_destroy (GTK_WIDGET (tf_young_person_editor_new (session, young_person_id)));
}

static void
test_store_error_window (void)
{
  g_autoptr(GError) error = g_error_new_literal (TF_ERROR, TF_ERROR_NEWER_SCHEMA,
                                                 "Made by a <newer> program & more");

  show_and_destroy (tf_store_error_window_new (NULL, "/tmp/x.db", error));
}

static void
test_rows (void)
{
  GtkWidget *widgets[] = {
    tf_filter_row_new (NULL, "All"),
    tf_filter_row_new ("active", "Active"),
    tf_case_page_row_new ("overview", "Overview", "view-grid-symbolic", 0, TRUE),
    tf_note_row_new (NULL),
    tf_guardian_row_new (NULL),
    g_object_new (TF_TYPE_FOLLOW_UP_LABEL, "label", "3. dec.", "overdue", TRUE, NULL),
    tf_case_overview_new (session),
  };

  tf_filter_row_set_count (TF_FILTER_ROW (widgets[0]), 312);
  for (guint i = 0; i < G_N_ELEMENTS (widgets); i++)
    {
      g_object_ref_sink (widgets[i]);
      g_object_unref (widgets[i]);
    }
}

static void
test_help_overlay (void)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/dk/norddjurs/Taskforce/gtk/help-overlay.ui");
  GObject *overlay = gtk_builder_get_object (builder, "help_overlay");

  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static void
test_application_type (void)
{
  g_autoptr(TfApplication) application = tf_application_new (G_APPLICATION_NON_UNIQUE);

  g_assert_true (TF_IS_APPLICATION (application));
  g_assert_null (tf_application_get_session (application));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: skipping (run under xvfb-run).\n");
      return 77;
    }

  tmpdir = g_dir_make_tmp ("taskforce-templates-XXXXXX", NULL);
  set_private_xdg_dirs ();
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  g_test_init (&argc, &argv, NULL);
  adw_init ();
  make_store ();

  g_test_add_func ("/templates/main-window", test_main_window);
  g_test_add_func ("/templates/main-window-sort", test_main_window_sort);
  g_test_add_func ("/templates/main-window-first-rows", test_main_window_first_rows);
  g_test_add_func ("/templates/case-window", test_case_window);
  g_test_add_func ("/templates/editor", test_editor);
  g_test_add_func ("/templates/store-error-window", test_store_error_window);
  g_test_add_func ("/templates/rows", test_rows);
  g_test_add_func ("/templates/help-overlay", test_help_overlay);
  g_test_add_func ("/templates/application", test_application_type);

  status = g_test_run ();

  g_clear_object (&session);
  remove_tree (tmpdir);
  g_free (tmpdir);
  return status;
}
