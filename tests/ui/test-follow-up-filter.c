/* test-follow-up-filter.c — "Needs follow-up" in the main window's sidebar
 *
 * A store with three cases, two of which need follow-up (one because its
 * follow-up date passed, one because it had no assessment for 3 months).
 * The sidebar's check box shows their count, narrows the list and the
 * status counts, and combines with a status filter; the list's follow-up
 * cell shows the warning word and says why in its tooltip.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "taskforce.h"
#include "tf-store-private.h"

#include "tf-follow-up-label.h"
#include "tf-window-private.h"

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
add_case (TfSession  *session,
          const char *first,
          const char *cpr)
{
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  g_autoptr(GError) error = NULL;
  TfReferral referral = { "2025-01-10", "school", NULL, 0 };
  gint64 case_id = 0;

  g_object_set (person, "first-name", first, "last-name", "Holm", "cpr", cpr, NULL);
  g_assert_true (tf_young_person_save (session, person, &referral, &case_id, &error));
}

static void
find_labels (GtkWidget *widget,
             GPtrArray *found)
{
  if (TF_IS_FOLLOW_UP_LABEL (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_labels (child, found);
}

static void
test_follow_up_filter (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("tf-follow-up-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  g_autoptr(TfStore) store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_autoptr(TfSession) session = tf_session_new_for_login (store, "mette", "Mette Holm", &error);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  TfWindow *window;
  gboolean found_reason = FALSE;

  g_assert_no_error (error);
  add_case (session, "Emil", "120410-4233");
  add_case (session, "Sofie", "050311-4028");
  add_case (session, "Zakaria", "230909-4011");
  /* Emil: assessed today, nothing due. Sofie: her follow-up date passed.
   * Zakaria: referred in January 2025 and never assessed. */
  g_assert_cmpint (sqlite3_exec (tf_store_get_db (store),
    "UPDATE cases SET last_assessed_on = date ('now', 'localtime') "
    "  WHERE young_person_id IN (SELECT id FROM young_person WHERE first_name IN ('Emil', 'Sofie'));"
    "UPDATE cases SET next_follow_up = '2020-01-01', status = 'active' "
    "  WHERE young_person_id IN (SELECT id FROM young_person WHERE first_name = 'Sofie');",
    NULL, NULL, NULL), ==, SQLITE_OK);

  window = tf_window_new (NULL, session);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 700);
  gtk_window_present (GTK_WINDOW (window));
  spin (400);

  g_assert_cmpstr (gtk_label_get_label (window->follow_up_count), ==, "2");
  g_assert_cmpstr (gtk_check_button_get_label (window->follow_up_check), ==, "Needs follow-up");
  g_assert_cmpstr (gtk_label_get_label (window->count_label), ==, "3 young people");

  /* the cells say which and why */
  find_labels (GTK_WIDGET (window->case_view), labels);
  for (guint i = 0; i < labels->len; i++)
    {
      const char *reason = tf_follow_up_label_get_reason (g_ptr_array_index (labels, i));

      if (g_strcmp0 (reason, "The follow-up date 1. Jan 2020 has passed") == 0 ||
          g_strcmp0 (reason, "No assessment in the 3 months since the referral on 10. Jan 2025") == 0)
        {
          g_assert_true (tf_follow_up_label_get_overdue (g_ptr_array_index (labels, i)));
          found_reason = TRUE;
        }
    }
  g_assert_true (found_reason);

  /* on: the list and the status counts narrow to the two */
  gtk_check_button_set_active (window->follow_up_check, TRUE);
  spin (200);
  g_assert_true (tf_case_list_model_get_follow_up (window->model));
  g_assert_cmpstr (gtk_label_get_label (window->count_label), ==, "2 young people");
  {
    guint counts[TF_N_CASE_STATUSES];
    g_assert_cmpuint (tf_case_list_model_count_by_status (window->model, counts), ==, 2);
  }

  /* with the status "Active": Sofie alone */
  gtk_list_box_select_row (window->filter_list,
                           GTK_LIST_BOX_ROW (window->filter_rows[1 + TF_CASE_STATUS_ACTIVE]));
  spin (200);
  g_assert_cmpstr (gtk_label_get_label (window->count_label), ==, "1 young person");
  g_assert_cmpstr (gtk_label_get_label (window->follow_up_count), ==, "1");

  /* with "Closed": nothing, and the page says which filter to loosen */
  gtk_list_box_select_row (window->filter_list,
                           GTK_LIST_BOX_ROW (window->filter_rows[1 + TF_CASE_STATUS_CLOSED]));
  spin (200);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->list_stack), ==, "no-results");
  g_assert_nonnull (strstr (adw_status_page_get_description (window->no_results_page), "Needs follow-up"));
  gtk_list_box_select_row (window->filter_list,
                           GTK_LIST_BOX_ROW (window->filter_rows[1 + TF_CASE_STATUS_ACTIVE]));
  spin (200);

  /* a click on the row (its count) turns it off again */
  {
    GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (window->follow_up_check), GTK_TYPE_LIST_BOX_ROW);

    g_signal_emit_by_name (gtk_widget_get_parent (row), "row-activated", row);
  }
  spin (200);
  g_assert_false (gtk_check_button_get_active (window->follow_up_check));
  g_assert_false (tf_case_list_model_get_follow_up (window->model));
  g_assert_cmpstr (gtk_label_get_label (window->count_label), ==, "1 young person");

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
  g_clear_object (&session);
  g_clear_object (&store);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);
    g_unlink (wal);
    g_unlink (shm);
  }
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/follow-up-filter/sidebar", test_follow_up_filter);
  return g_test_run ();
}
