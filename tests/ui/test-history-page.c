/* test-history-page.c — the History page of a case window and its status dialog
 *
 * Opens a case window on a temporary store, finds the History page, moves
 * the case on through the status dialog's own save path (a refused date
 * shown under its field, then a good one), and lets a second desk change
 * the case under an open dialog to see the conflict dialog and "save mine".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "taskforce.h"

#include "tf-case-history-page.h"
#include "tf-case-window.h"
#include "tf-conflict-dialog.h"
#include "tf-referral-dialog.h"
#include "tf-status-dialog.h"

static char *tmpdir;
static TfSession *session;
static gint64 case_id;

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

static char *
day_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%-d.%-m.%Y");
}

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
find_history_page (GtkWidget *widget)
{
  if (TF_IS_CASE_HISTORY_PAGE (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_history_page (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The titles of the history rows, top to bottom. */
static char *
history_titles (TfCaseHistoryPage *page)
{
  GString *text = g_string_new (NULL);
  GtkListBox *list = tf_case_history_page_get_history_list (page);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    g_string_append_printf (text, "%s|", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  return g_string_free (text, FALSE);
}

static gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static void
test_page_and_dialog (void)
{
  TfCaseWindow *window = tf_case_window_new (NULL, session, case_id);
  g_autoptr(TfStatusDialog) dialog = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *titles = NULL;
  g_autofree char *future = day_from_today (3);
  g_autofree char *earlier = day_from_today (-10);
  g_autofree char *today = day_from_today (0);
  TfCaseHistoryPage *page;

  gtk_window_present (GTK_WINDOW (window));
  spin (200);
  g_assert_true (tf_case_window_show_page (window, "history"));
  spin (100);
  page = TF_CASE_HISTORY_PAGE (find_history_page (GTK_WIDGET (window)));
  g_assert_nonnull (page);

  /* The case as opened: referred, its one history row. */
  collect_text (GTK_WIDGET (page), text);
  g_assert_nonnull (strstr (text->str, "Current status"));
  g_assert_nonnull (strstr (text->str, "Referred"));
  g_assert_nonnull (strstr (text->str, "Not used"));
  titles = history_titles (page);
  g_assert_cmpstr (titles, ==, "Referred|");
  g_clear_pointer (&titles, g_free);

  /* A date in the future is refused under the date field; nothing saved. */
  dialog = g_object_ref_sink (tf_status_dialog_new (GTK_WINDOW (window), session, case_id, FALSE));
  gtk_window_present (GTK_WINDOW (dialog));
  spin (100);
  tf_status_dialog_fill (dialog, 0, future, 0, "Agreed at the screening meeting", 2);
  g_assert_false (tf_status_dialog_save (dialog));
  g_assert_nonnull (tf_status_dialog_get_date_error (dialog));
  g_assert_nonnull (strstr (tf_status_dialog_get_date_error (dialog), "future"));
  tf_status_dialog_fill (dialog, 0, "31.2.2026", 0, NULL, 0);
  g_assert_false (tf_status_dialog_save (dialog));
  g_assert_nonnull (tf_status_dialog_get_date_error (dialog));

  /* A good date: relevant, with motivation category 2, and the dialog closes. */
  tf_status_dialog_fill (dialog, 0, earlier, 0, "Agreed at the screening meeting", 2);
  g_assert_true (tf_status_dialog_save (dialog));
  g_clear_object (&dialog);
  spin (200);
  titles = history_titles (page);
  g_assert_cmpstr (titles, ==, "Relevant|Referred|");
  g_clear_pointer (&titles, g_free);
  g_string_truncate (text, 0);
  collect_text (GTK_WIDGET (page), text);
  g_assert_nonnull (strstr (text->str, "2 · Can be motivated"));
  g_assert_nonnull (strstr (text->str, "Agreed at the screening meeting"));

  /* Another desk changes the case while this dialog is open: the conflict
   * dialog says what changed, and "save mine" stores on top of it. */
  dialog = g_object_ref_sink (tf_status_dialog_new (GTK_WINDOW (window), session, case_id, FALSE));
  gtk_window_present (GTK_WINDOW (dialog));
  spin (100);
  {
    g_autoptr(TfCase) kase = tf_case_load (session, case_id, &error);
    g_assert_no_error (error);
    g_assert_true (tf_case_set_motivation (session, case_id, tf_case_get_version (kase), 1,
                                           NULL, "Other desk", &error));
    g_assert_no_error (error);
  }
  tf_status_dialog_fill (dialog, 0, today, 0, NULL, 0);   /* offered */
  g_assert_false (tf_status_dialog_save (dialog));
  spin (100);
  {
    AdwMessageDialog *conflict = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

    g_assert_nonnull (conflict);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (conflict), "Motivation category"));
    adw_message_dialog_response (conflict, TF_CONFLICT_MINE);
  }
  spin (200);
  g_clear_object (&dialog);
  titles = history_titles (page);
  g_assert_cmpstr (titles, ==, "Offered|Motivation category: 1 · Motivated now|Relevant|Referred|");

  /* The motivation dialog changes only the category. */
  dialog = g_object_ref_sink (tf_status_dialog_new (GTK_WINDOW (window), session, case_id, TRUE));
  tf_status_dialog_fill (dialog, 0, NULL, 0, "Wants to start football", 2);
  g_assert_true (tf_status_dialog_save (dialog));
  g_clear_object (&dialog);
  spin (200);
  g_string_truncate (text, 0);
  collect_text (GTK_WIDGET (page), text);
  g_assert_nonnull (strstr (text->str, "Motivation category: 3 · Not motivated now"));
  g_assert_nonnull (strstr (text->str, "Wants to start football"));

  /* On to active through the core, then closed through the dialog: the
   * closing reason combo is the one that counts. */
  {
    static const TfCaseStatus path[] = { TF_CASE_STATUS_ACCEPTED, TF_CASE_STATUS_ACTIVE };

    for (guint i = 0; i < G_N_ELEMENTS (path); i++)
      {
        g_autoptr(TfCase) kase = tf_case_load (session, case_id, &error);
        TfStatusChangeRequest request = { path[i], NULL, NULL, NULL, 0 };

        g_assert_true (tf_case_change_status (session, case_id, tf_case_get_version (kase),
                                              &request, &error));
        g_assert_no_error (error);
      }
  }
  dialog = g_object_ref_sink (tf_status_dialog_new (GTK_WINDOW (window), session, case_id, FALSE));
  /* No reason chosen: refused under the reason combo. */
  tf_status_dialog_fill (dialog, 1, today, 0, "Now with the youth service", 0);   /* closed, "Choose…" */
  g_assert_false (tf_status_dialog_save (dialog));
  g_assert_nonnull (tf_status_dialog_get_field_error (dialog, TF_STATUS_FIELD_REASON_CODE));
  tf_status_dialog_fill (dialog, 1, today, 4, "Now with the youth service", 0);   /* closed, transferred */
  g_assert_true (tf_status_dialog_save (dialog));
  g_clear_object (&dialog);
  spin (200);
  g_string_truncate (text, 0);
  collect_text (GTK_WIDGET (page), text);
  g_assert_nonnull (strstr (text->str, "Transferred to another service: Now with the youth service"));
  g_assert_nonnull (strstr (text->str, "A closed case cannot change"));
  /* The buttons are off: their action opens no dialog. */
  gtk_widget_activate_action (GTK_WIDGET (page), "history.change-status", NULL);
  spin (50);
  g_assert_null (find_toplevel (TF_TYPE_STATUS_DIALOG));

  /* A new worry after the closing: a new case for the same young person */
  {
    TfReferralDialog *referral;
    g_autoptr(TfCase) closed = tf_case_load (session, case_id, &error);
    g_autoptr(TfCase) newest = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "history.refer-again", NULL));
    spin (50);
    referral = TF_REFERRAL_DIALOG (find_toplevel (TF_TYPE_REFERRAL_DIALOG));
    g_assert_nonnull (referral);
    _tf_referral_dialog_fill (referral, TF_REFERRAL_POLICE, "1.1.2020", "Seen with the old group again");
    g_assert_false (_tf_referral_dialog_save (referral));
    g_assert_nonnull (strstr (_tf_referral_dialog_get_error (referral), "before the last case was closed"));
    _tf_referral_dialog_fill (referral, TF_REFERRAL_POLICE, today, "Seen with the old group again");
    g_assert_true (_tf_referral_dialog_save (referral));
    spin (100);
    g_assert_null (find_toplevel (TF_TYPE_REFERRAL_DIALOG));
    newest = tf_case_load_for_young_person (session, tf_case_get_young_person_id (closed), &error);
    g_assert_no_error (error);
    g_assert_cmpint (tf_case_get_id (newest), !=, case_id);
    g_assert_cmpint (tf_case_get_status (newest), ==, TF_CASE_STATUS_REFERRED);
    g_assert_cmpstr (tf_case_get_referral_reason (newest), ==, "Seen with the old group again");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

/* Not relevant for "other reason" needs the words, under the reason field. */
static void
test_screening_reason (void)
{
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  g_autoptr(TfStatusDialog) dialog = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TfCase) kase = NULL;
  TfReferral referral = { NULL, "police", NULL, 0 };
  gint64 second = 0;

  g_object_set (person, "first-name", "Sara", "last-name", "Holm", "cpr", "050311-4028",
                "gender", "girl", NULL);
  g_assert_true (tf_young_person_save (session, person, &referral, &second, &error));
  g_assert_no_error (error);

  dialog = g_object_ref_sink (tf_status_dialog_new (NULL, session, second, FALSE));
  tf_status_dialog_fill (dialog, 1, NULL, 3, "  ", 0);   /* not relevant, other reason */
  g_assert_false (tf_status_dialog_save (dialog));
  g_assert_nonnull (tf_status_dialog_get_field_error (dialog, TF_STATUS_FIELD_REASON));
  g_assert_null (tf_status_dialog_get_date_error (dialog));
  kase = tf_case_load (session, second, &error);
  g_assert_cmpint (tf_case_get_status (kase), ==, TF_CASE_STATUS_REFERRED);

  tf_status_dialog_fill (dialog, 1, NULL, 3, "The family has moved abroad", 0);
  g_assert_true (tf_status_dialog_save (dialog));
  g_clear_object (&kase);
  kase = tf_case_load (session, second, &error);
  g_assert_cmpint (tf_case_get_status (kase), ==, TF_CASE_STATUS_NOT_RELEVANT);
  g_assert_cmpstr (tf_case_get_screening_reason (kase), ==, "other");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *referral_date = NULL;
  g_autoptr(TfStore) store = NULL;
  g_autoptr(TfYoungPerson) person = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autoptr(GDateTime) then = NULL;
  TfReferral referral = { NULL, "school", "Absence", 0 };
  int status;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  tmpdir = g_dir_make_tmp ("tf-history-page-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  path = g_build_filename (tmpdir, "taskforce.db", NULL);
  store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  session = tf_session_new_for_login (store, "tester", "Tess Tester", &error);
  g_assert_no_error (error);

  now = g_date_time_new_now_local ();
  then = g_date_time_add_days (now, -30);
  referral_date = g_date_time_format (then, "%Y-%m-%d");
  referral.referral_date = referral_date;
  person = tf_young_person_new ();
  g_object_set (person, "first-name", "Emil", "last-name", "Nørgaard", "cpr", "120410-4233",
                "gender", "boy", NULL);
  g_assert_true (tf_young_person_save (session, person, &referral, &case_id, &error));
  g_assert_no_error (error);

  g_test_add_func ("/history-page/page-and-dialog", test_page_and_dialog);
  g_test_add_func ("/history-page/screening-reason", test_screening_reason);
  status = g_test_run ();

  g_clear_object (&session);
  return status;
}
