/* test-consent-page.c — the Consent page, its editor and the withdraw dialog
 *
 * Opens the page on a temporary store and checks what it says as consents
 * are recorded, refused, changed at another desk and withdrawn; the case
 * window's header says the same. With TF_TEST_SCREENSHOTS=<dir> it also
 * saves a PNG of the page, the editor and the dialog there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "taskforce.h"

#include "tf-case-window.h"
#include "tf-consent-editor.h"
#include "tf-consent-page.h"
#include "tf-consent-withdraw-dialog.h"

static char *tmpdir;
static TfSession *session;
static gint64 case_id;
static gint64 org_ids[2];

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
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

static char *
text_of (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect_text (widget, text);
  return g_string_free (text, FALSE);
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The entry row titled @title (AdwEntryRow is editable). */
static GtkEditable *
find_entry_row (GtkWidget  *widget,
                const char *title)
{
  if (ADW_IS_ENTRY_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return GTK_EDITABLE (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkEditable *found = find_entry_row (child, title);
      if (found != NULL)
        return found;
    }
  return NULL;
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

static char *
day_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static gint64
record_consent (int from_days,
                int until_days)
{
  g_autofree char *from = day_from_today (from_days);
  g_autofree char *until = day_from_today (until_days);
  TfConsentDraft draft = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 id;

  draft.case_id = case_id;
  draft.by_young_person = TRUE;
  draft.valid_from = from;
  draft.valid_until = until;
  draft.organisation_ids = org_ids;
  draft.n_organisations = 2;
  id = tf_consent_save (session, &draft, &error);
  g_assert_no_error (error);
  return id;
}

static GtkWidget *
open_page (GtkWidget **out_window)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *page = tf_consent_page_new (session, case_id);

  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_present (GTK_WINDOW (window));
  spin (200);
  *out_window = window;
  return page;
}

static gint64
count_consents (void)
{
  g_autoptr(GListModel) list = tf_consent_list_for_case (session, case_id, NULL);

  return list != NULL ? (gint64) g_list_model_get_n_items (list) : -1;
}

/* Runs in order: each test builds on the consents of the one before. */

static void
test_status_follows_the_store (void)
{
  GtkWidget *window;
  TfConsentPage *page = TF_CONSENT_PAGE (open_page (&window));
  g_autofree char *text = NULL;

  g_assert_cmpstr (tf_consent_page_get_status (page), ==, "No valid consent");
  text = text_of (GTK_WIDGET (page));
  g_assert_nonnull (strstr (text, "No consent is recorded"));

  /* Saved elsewhere: the page follows. */
  record_consent (-5, 9);
  spin (200);
  g_assert_nonnull (strstr (tf_consent_page_get_status (page), "runs out in 9 days"));
  g_clear_pointer (&text, g_free);
  text = text_of (GTK_WIDGET (page));
  g_assert_nonnull (strstr (text, "Valid now"));
  g_assert_nonnull (strstr (text, "Given by the young person"));
  g_assert_null (strstr (text, "No consent is recorded"));
  screenshot (window, "consent-page.png");
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static void
test_header (void)
{
  TfCaseWindow *window = tf_case_window_new (NULL, session, case_id);
  g_autofree char *header = tf_consent_header_text (session, case_id);
  AdwWindowTitle *title;

  g_assert_nonnull (strstr (header, "Consent until"));
  g_assert_nonnull (strstr (header, "(in 9 days)"));
  gtk_window_present (GTK_WINDOW (window));
  spin (200);
  title = ADW_WINDOW_TITLE (find_type (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE));
  g_assert_nonnull (title);
  g_assert_nonnull (strstr (adw_window_title_get_subtitle (title), header));
  g_assert_true (tf_case_window_show_page (window, "consent"));
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static void
test_editor_refuses_then_saves (void)
{
  TfConsentEditor *editor = tf_consent_editor_new (session, case_id, 0);
  GtkWidget *check;
  g_autofree char *text = NULL;
  gint64 before = count_consents ();

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_present (GTK_WINDOW (editor));
  spin (200);

  /* No organisation ticked: refused, said under the organisations. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  spin (50);
  g_assert_nonnull (editor);
  text = text_of (GTK_WIDGET (editor));
  g_assert_nonnull (strstr (text, "Organisations: choose at least one"));
  g_assert_cmpint (count_consents (), ==, before);
  screenshot (GTK_WIDGET (editor), "consent-editor-error.png");

  /* A date that is not one: said under that date. */
  check = find_type (GTK_WIDGET (editor), GTK_TYPE_CHECK_BUTTON);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (editor), "Valid until"), "31.2.2027");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  spin (50);
  g_assert_nonnull (editor);
  g_clear_pointer (&text, g_free);
  text = text_of (GTK_WIDGET (editor));
  g_assert_null (strstr (text, "Organisations: choose at least one"));
  g_assert_nonnull (strstr (text, "That month has only 28 days"));
  g_assert_cmpint (count_consents (), ==, before);

  /* The defaults (today and a year on) with one organisation: saved, closed. */
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (editor), "Valid until"), "1.1.2099");
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (editor), "Note"), "Signed at the meeting");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  spin (50);
  g_assert_null (editor);
  g_assert_cmpint (count_consents (), ==, before + 1);
}

static AdwMessageDialog *
find_message_dialog (void)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static void
test_editor_conflict (void)
{
  gint64 id = record_consent (-1, 200);
  g_autoptr(TfConsent) stored = tf_consent_load (session, id, NULL);
  TfConsentEditor *editor = tf_consent_editor_new (session, case_id, id);
  TfConsentDraft theirs = { 0 };
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  g_autofree char *until = day_from_today (300);

  if (g_getenv ("TF_TEST_SCREENSHOTS") != NULL)
    gtk_window_set_default_size (GTK_WINDOW (editor), 600, 1000);
  gtk_window_present (GTK_WINDOW (editor));
  spin (100);
  screenshot (GTK_WIDGET (editor), "consent-editor-edit.png");

  /* Another desk moves the end while this editor is open. */
  theirs.id = id;
  theirs.version = tf_consent_get_version (stored);
  theirs.by_young_person = TRUE;
  theirs.valid_from = tf_consent_get_valid_from (stored);
  theirs.valid_until = until;
  theirs.organisation_ids = org_ids;
  theirs.n_organisations = 2;
  g_assert_cmpint (tf_consent_save (session, &theirs, &error), ==, id);

  gtk_editable_set_text (find_entry_row (GTK_WIDGET (editor), "Note"), "Mine");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  spin (100);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Someone else changed this consent");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Valid until: "));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Tess Tester"));

  /* Theirs: the form shows their end and drops my note. */
  adw_message_dialog_response (dialog, "theirs");
  spin (100);
  if (dialog == find_message_dialog ())
    gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpstr (gtk_editable_get_text (find_entry_row (GTK_WIDGET (editor), "Note")), ==, "");
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) then = g_date_time_add_days (now, 300);
    g_autofree char *typed = g_date_time_format (then, "%-d.%-m.%Y");

    g_assert_cmpstr (gtk_editable_get_text (find_entry_row (GTK_WIDGET (editor), "Valid until")), ==, typed);
  }

  /* Once more, and this time mine goes over theirs. */
  g_clear_object (&stored);
  stored = tf_consent_load (session, id, NULL);
  theirs.version = tf_consent_get_version (stored);
  theirs.valid_from = tf_consent_get_valid_from (stored);
  theirs.note = "Theirs";
  g_assert_cmpint (tf_consent_save (session, &theirs, &error), ==, id);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (editor), "Note"), "Mine");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  spin (100);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Note: — → Theirs"));
  adw_message_dialog_response (dialog, "mine");
  spin (100);
  g_assert_null (editor);
  g_clear_object (&stored);
  stored = tf_consent_load (session, id, NULL);
  g_assert_cmpstr (tf_consent_get_note (stored), ==, "Mine");
  g_assert_cmpint (tf_consent_get_version (stored), ==, 4);
}

static void
test_withdraw_dialog (void)
{
  g_autoptr(GListModel) list = tf_consent_list_for_case (session, case_id, NULL);
  g_autoptr(TfConsent) consent = g_list_model_get_item (list, g_list_model_get_n_items (list) - 1);
  g_autoptr(TfConsent) after = NULL;
  TfConsentWithdrawDialog *dialog = tf_consent_withdraw_dialog_new (session, consent);
  g_autofree char *tomorrow = NULL;
  g_autofree char *text = NULL;
  g_autofree char *today = day_from_today (0);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  spin (100);
  screenshot (GTK_WIDGET (dialog), "consent-withdraw.png");

  /* Tomorrow is refused under the date. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autoptr(GDateTime) next = g_date_time_add_days (now, 1);
    tomorrow = g_date_time_format (next, "%-d.%-m.%Y");
  }
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (dialog), "Withdrawn on"), tomorrow);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "withdraw.withdraw", NULL);
  spin (50);
  g_assert_nonnull (dialog);
  text = text_of (GTK_WIDGET (dialog));
  g_assert_nonnull (strstr (text, "cannot be in the future"));

  /* Today: withdrawn, closed. */
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();
    g_autofree char *typed = g_date_time_format (now, "%-d.%-m.%Y");
    gtk_editable_set_text (find_entry_row (GTK_WIDGET (dialog), "Withdrawn on"), typed);
  }
  gtk_widget_activate_action (GTK_WIDGET (dialog), "withdraw.withdraw", NULL);
  spin (50);
  g_assert_null (dialog);
  after = tf_consent_load (session, tf_consent_get_id (consent), NULL);
  g_assert_cmpstr (tf_consent_get_withdrawn_on (after), ==, today);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *referral = NULL;
  g_autoptr(TfStore) store = NULL;
  g_autoptr(TfYoungPerson) person = NULL;
  g_autoptr(GListModel) orgs = NULL;
  TfReferral referral_data = { 0 };
  int status;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  tmpdir = g_dir_make_tmp ("tf-consent-page-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  path = g_build_filename (tmpdir, "consent.db", NULL);
  store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  session = tf_session_new_for_login (store, "tester", "Tess Tester", &error);
  g_assert_no_error (error);

  person = tf_young_person_new ();
  g_object_set (person, "first-name", "Emil", "last-name", "Nørgaard", "cpr", "120410-4233",
                "gender", "boy", NULL);
  referral = day_from_today (-20);
  referral_data.referral_date = referral;
  referral_data.referral_source = "school";
  g_assert_true (tf_young_person_save (session, person, &referral_data, &case_id, &error));
  g_assert_no_error (error);
  orgs = tf_organisation_list (session, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(TfOrganisation) org = g_list_model_get_item (orgs, i);
      org_ids[i] = tf_organisation_get_id (org);
    }

  g_test_add_func ("/consent-page/status-follows-the-store", test_status_follows_the_store);
  g_test_add_func ("/consent-page/header", test_header);
  g_test_add_func ("/consent-page/editor-refuses-then-saves", test_editor_refuses_then_saves);
  g_test_add_func ("/consent-page/editor-conflict", test_editor_conflict);
  g_test_add_func ("/consent-page/withdraw-dialog", test_withdraw_dialog);
  status = g_test_run ();

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
