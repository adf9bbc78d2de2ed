/* test-reports-view.c — the main window's "Reports" page: the period
 * checked against the report chosen, the monthly texts starting from last
 * month's and saved, a conflict answered with the dialog, read-only for a
 * caseworker, and the report written as PDF and CSV. With
 * TF_TEST_SCREENSHOTS=<dir> it saves a PNG of the page there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <adwaita.h>

#include "taskforce.h"

#include "tf-reports-view.h"
#include "tf-store-private.h"

static char *tmpdir;
static TfStore *store;
static TfSession *coordinator;

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
screenshot (GtkWidget  *widget,
            const char *name)
{
  const char *dir = g_getenv ("TF_TEST_SCREENSHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

static GtkWidget *
show (TfSession *session,
      GtkWidget **window)
{
  GtkWidget *view = tf_reports_view_new (session);

  *window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (*window), 900, 1000);
  gtk_window_set_child (GTK_WINDOW (*window), view);
  gtk_window_present (GTK_WINDOW (*window));
  spin (100);
  return view;
}

/* The visible windows other than @except: the conflict dialog */
static GtkWindow *
other_window (GtkWidget *except)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (GTK_WIDGET (w) != except && gtk_widget_get_visible (GTK_WIDGET (w)))
        return w;
    }
  return NULL;
}

static void
test_period_checked (void)
{
  GtkWidget *window;
  TfReportsView *view = TF_REPORTS_VIEW (show (coordinator, &window));

  /* The default is a period of the right kind */
  g_assert_null (tf_reports_view_get_period_error (view));
  tf_reports_view_set_report (view, TF_COMMITTEE_REPORT_QUARTERLY, "2025-03");
  g_assert_nonnull (tf_reports_view_get_period_error (view));
  g_assert_nonnull (strstr (tf_reports_view_get_period_error (view), "2025-Q2"));
  tf_reports_view_set_report (view, TF_COMMITTEE_REPORT_QUARTERLY, "2025-Q7");
  g_assert_nonnull (tf_reports_view_get_period_error (view));
  tf_reports_view_set_report (view, TF_COMMITTEE_REPORT_QUARTERLY, "2025-Q2");
  g_assert_null (tf_reports_view_get_period_error (view));
  tf_reports_view_set_report (view, TF_COMMITTEE_REPORT_AUGUST, "2025");
  g_assert_null (tf_reports_view_get_period_error (view));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_texts_saved_and_carried (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfReportText) saved = NULL;
  g_autofree char *carried = NULL;
  GtkWidget *window;
  TfReportsView *view = TF_REPORTS_VIEW (show (coordinator, &window));

  tf_reports_view_set_report (view, TF_COMMITTEE_REPORT_MONTHLY, "2025-02");
  g_assert_null (tf_reports_view_get_period_error (view));
  tf_reports_view_set_text (view, "personnel", "To nye mentorer er ansat.");
  g_assert_true (tf_reports_view_save_texts (view));
  saved = tf_report_text_load (coordinator, "2025-02", "personnel", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (saved->body, ==, "To nye mentorer er ansat.");
  g_assert_cmpint (saved->version, ==, 1);

  /* March starts from February's */
  tf_reports_view_set_report (view, TF_COMMITTEE_REPORT_MONTHLY, "2025-03");
  carried = tf_reports_view_dup_text (view, "personnel");
  g_assert_cmpstr (carried, ==, "To nye mentorer er ansat.");

  /* Typed but not saved: another month does not wipe it out, and the
   * save goes to the month the texts are of */
  {
    g_autofree char *kept = NULL;
    g_autoptr(TfReportText) march = NULL;

    tf_reports_view_set_text (view, "strategies", "Marts: ny strategi.");
    tf_reports_view_set_report (view, TF_COMMITTEE_REPORT_MONTHLY, "2025-04");
    kept = tf_reports_view_dup_text (view, "strategies");
    g_assert_cmpstr (kept, ==, "Marts: ny strategi.");
    g_assert_true (tf_reports_view_save_texts (view));
    march = tf_report_text_load (coordinator, "2025-03", "strategies", &error);
    g_assert_cmpstr (march->body, ==, "Marts: ny strategi.");
    g_assert_cmpint (march->version, ==, 1);
    /* saved, April's texts come: March's as their start */
    g_clear_pointer (&kept, g_free);
    kept = tf_reports_view_dup_text (view, "strategies");
    g_assert_cmpstr (kept, ==, "Marts: ny strategi.");
    tf_reports_view_set_report (view, TF_COMMITTEE_REPORT_MONTHLY, "2025-03");
  }
  spin (50);
  screenshot (window, "reports-view.png");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_conflict (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfReportText) text = NULL;
  GtkWidget *window;
  TfReportsView *view = TF_REPORTS_VIEW (show (coordinator, &window));
  GtkWindow *dialog;

  tf_reports_view_set_report (view, TF_COMMITTEE_REPORT_MONTHLY, "2025-05");
  tf_reports_view_set_text (view, "strategies", "Mine");
  /* Another desk saves May's strategies first */
  g_assert_true (tf_report_text_save (coordinator, "2025-05", "strategies", "Theirs", 0, NULL, &error));
  g_assert_no_error (error);
  spin (50);
  g_assert_false (tf_reports_view_save_texts (view));
  spin (100);
  dialog = other_window (window);
  g_assert_nonnull (dialog);
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  /* "Save mine" puts mine on top of theirs */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "mine");
  spin (100);
  text = tf_report_text_load (coordinator, "2025-05", "strategies", &error);
  g_assert_cmpstr (text->body, ==, "Mine");
  g_assert_cmpint (text->version, ==, 2);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_caseworker_read_only (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSession) caseworker = tf_session_new_for_login (store, "jens", "Jens Berg", &error);
  g_autoptr(TfReportText) text = NULL;
  GtkWidget *window;
  TfReportsView *view;

  g_assert_no_error (error);
  view = TF_REPORTS_VIEW (show (caseworker, &window));
  tf_reports_view_set_report (view, TF_COMMITTEE_REPORT_MONTHLY, "2025-06");
  tf_reports_view_set_text (view, "personnel", "Forsøg");
  g_assert_false (tf_reports_view_save_texts (view));
  text = tf_report_text_load (caseworker, "2025-06", "personnel", &error);
  g_assert_cmpstr (text->body, !=, "Forsøg");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_write (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pdf = g_build_filename (tmpdir, "q.pdf", NULL);
  g_autofree char *csv = g_build_filename (tmpdir, "q.csv", NULL);
  g_autofree char *contents = NULL;
  GtkWidget *window;
  TfReportsView *view = TF_REPORTS_VIEW (show (coordinator, &window));

  tf_reports_view_set_report (view, TF_COMMITTEE_REPORT_QUARTERLY, "2025-Q2");
  g_assert_true (tf_reports_view_write (view, pdf, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
  g_clear_pointer (&contents, g_free);
  g_assert_true (tf_reports_view_write (view, csv, &error));
  g_assert_true (g_file_get_contents (csv, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF" "Section;Figure;Value;Unit\r\n"));
  /* A bad period writes nothing */
  g_unlink (pdf);
  tf_reports_view_set_report (view, TF_COMMITTEE_REPORT_QUARTERLY, "2025");
  g_assert_false (tf_reports_view_write (view, pdf, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_unlink (csv);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  tmpdir = g_dir_make_tmp ("tf-reports-view-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  path = g_build_filename (tmpdir, "reports.db", NULL);
  store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  coordinator = tf_session_new_for_login (store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);
  sqlite3_exec (tf_store_get_db (store), "UPDATE staff_member SET role = 'coordinator' WHERE login = 'mette'",
                NULL, NULL, NULL);
  g_clear_object (&coordinator);
  coordinator = tf_session_new_for_login (store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);

  g_test_add_func ("/reports-view/period-checked", test_period_checked);
  g_test_add_func ("/reports-view/texts-saved-and-carried", test_texts_saved_and_carried);
  g_test_add_func ("/reports-view/conflict", test_conflict);
  g_test_add_func ("/reports-view/caseworker-read-only", test_caseworker_read_only);
  g_test_add_func ("/reports-view/write", test_write);
  status = g_test_run ();

  g_clear_object (&coordinator);
  g_clear_object (&store);
  return status;
}
