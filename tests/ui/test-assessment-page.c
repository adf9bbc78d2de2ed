/* test-assessment-page.c — the Assessment page, its editor and the catalogue window
 *
 * Opens the page on a store with two assessments of one case and checks what
 * it shows; makes a third through the editor; opens "Domains and Factors".
 * With TF_TEST_SCREENSHOT_DIR set it also saves a PNG of each window there,
 * to look at them as a user would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "taskforce.h"

#include "tf-assessment-editor.h"
#include "tf-assessment-page.h"
#include "tf-catalogue-dialog.h"
#include "tf-domain-score-row.h"

static char *tmpdir;
static TfStore *store;
static TfSession *session;     /* the coordinator */
static TfSession *caseworker;
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

/* The text of every visible label under @widget, one a line */
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

static void
assert_shows (GString    *text,
              const char *expected)
{
  if (strstr (text->str, expected) == NULL)
    g_error ("“%s” is not shown:\n%s", expected, text->str);
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  const char *dir = g_getenv ("TF_TEST_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int w, h;

  if (dir == NULL)
    return;
  w = gtk_widget_get_width (widget);
  h = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), w, h);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, w, h));
  path = g_strdup_printf ("%s/%s.png", dir, name);
  gdk_texture_save_to_png (texture, path);
}

static GtkWidget *
find_check_in_row (GtkWidget  *widget,
                   const char *row_title)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), row_title) == 0)
    {
      GtkWidget *check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (widget));
      if (GTK_IS_CHECK_BUTTON (check))
        return check;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_check_in_row (child, row_title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_entry_row (GtkWidget  *widget,
                const char *title)
{
  if (ADW_IS_ENTRY_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_entry_row (child, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static guint
count_type (GtkWidget *widget,
            GType      type)
{
  guint n = G_TYPE_CHECK_INSTANCE_TYPE (widget, type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_type (child, type);
  return n;
}

static gint64
domain_id (const char *code)
{
  g_autoptr(GListModel) domains = tf_assessment_domain_list (session, TRUE, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(TfAssessmentDomain) d = g_list_model_get_item (domains, i);
      if (g_strcmp0 (tf_assessment_domain_get_code (d), code) == 0)
        return tf_assessment_domain_get_id (d);
    }
  g_assert_not_reached ();
}

static GtkWindow *
window_with_page (TfSession *desk)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 900, 1400);
  gtk_window_set_child (window, tf_assessment_page_new (desk, case_id));
  gtk_window_present (window);
  spin (300);
  return window;
}

static void
test_page_shows_latest_and_earlier (void)
{
  GtkWindow *window = window_with_page (session);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *latest = tf_format_date ("2025-06-02");
  g_autofree char *earlier = tf_format_date ("2025-03-03");
  g_autofree char *heading = g_strdup_printf ("Assessment of %s", latest);

  collect_text (GTK_WIDGET (window), text);
  screenshot (GTK_WIDGET (window), "assessment-page");
  assert_shows (text, heading);
  assert_shows (text, "Risk level: Moderate");
  assert_shows (text, "The young person took part");
  /* School: 5, its band in words, the young person's 6, up 3 from 2 */
  assert_shows (text, "School and learning");
  assert_shows (text, "Some concern");
  assert_shows (text, "Own 6");
  assert_shows (text, "↑ 3");
  /* Family: 4 after 6, the young person gave none */
  assert_shows (text, "↓ 2");
  assert_shows (text, "Own —");
  assert_shows (text, "A trusted adult");
  assert_shows (text, "Mentor hjælper");
  /* The earlier assessment, by date */
  assert_shows (text, "Earlier Assessments");
  assert_shows (text, earlier);
  assert_shows (text, "Risk level: High");
  g_assert_cmpuint (count_type (GTK_WIDGET (window), ADW_TYPE_EXPANDER_ROW), ==, 1);
  /* The coordinator may change the catalogue. */
  assert_shows (text, "Domains and Factors…");
  gtk_window_destroy (window);
  spin (50);

  /* A caseworker sees the page but not the catalogue button. */
  window = window_with_page (caseworker);
  g_string_truncate (text, 0);
  collect_text (GTK_WIDGET (window), text);
  assert_shows (text, heading);
  g_assert_null (strstr (text->str, "Domains and Factors…"));
  gtk_window_destroy (window);
  spin (50);
}

static void
test_score_row (void)
{
  g_autoptr(GListModel) domains = tf_assessment_domain_list (session, FALSE, NULL);
  g_autoptr(TfAssessmentDomain) school = g_list_model_get_item (domains, 0);
  TfDomainScoreRow *row = g_object_ref_sink (tf_domain_score_row_new (school));
  g_autoptr(GString) text = g_string_new (NULL);
  TfPreviousScore previous = { tf_assessment_domain_get_id (school), 4, -1, (char *) "2025-06-02" };
  g_autofree char *date = tf_format_date ("2025-06-02");
  g_autofree char *previous_text = g_strdup_printf ("Previous: 4 on %s", date);
  int score, own;
  g_autofree char *note = NULL;

  /* Not scored: the whole scale is shown. */
  collect_text (GTK_WIDGET (row), text);
  assert_shows (text, "Not scored");
  assert_shows (text, "0–3: Rarely attends");
  assert_shows (text, "7–10: Attends regularly");

  tf_domain_score_row_set_previous (row, &previous);
  tf_domain_score_row_set_scores (row, 2, 7, "Fremmøde 40 %");
  g_string_truncate (text, 0);
  collect_text (GTK_WIDGET (row), text);
  assert_shows (text, previous_text);
  assert_shows (text, "Serious concern");
  assert_shows (text, "0–3 means: Rarely attends; has fallen far behind or has no school place");
  g_assert_null (strstr (text->str, "7–10"));

  tf_domain_score_row_set_scores (row, 8, -1, NULL);
  g_string_truncate (text, 0);
  collect_text (GTK_WIDGET (row), text);
  assert_shows (text, "Doing well");
  assert_shows (text, "7–10 means: Attends regularly");
  tf_domain_score_row_get_scores (row, &score, &own, &note);
  g_assert_cmpint (score, ==, 8);
  g_assert_cmpint (own, ==, -1);
  g_assert_cmpstr (note, ==, "");
  g_object_unref (row);
}

static void
test_editor_new_assessment (void)
{
  GtkWindow *window = window_with_page (session);
  TfAssessmentEditor *editor = tf_assessment_editor_new (window, session, case_id, 0);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *latest = tf_format_date ("2025-06-02");
  g_autofree char *start = g_strdup_printf ("Scores and factors start from the assessment of %s", latest);
  g_autofree char *previous = g_strdup_printf ("Previous: 5 (own score 6) on %s", latest);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(TfAssessment) newest = NULL;
  GtkWidget *high;
  int score, own;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_set_default_size (GTK_WINDOW (editor), 720, 3600);
  gtk_window_present (GTK_WINDOW (editor));
  spin (300);
  collect_text (GTK_WIDGET (editor), text);
  screenshot (GTK_WIDGET (editor), "assessment-editor");
  assert_shows (text, "New Assessment");
  assert_shows (text, start);
  assert_shows (text, previous);
  /* The school score starts at 5, with what 4–6 means for school */
  assert_shows (text, "4–6 means: Attends most days but with gaps, conflicts or falling grades");
  assert_shows (text, "Risk Factors");
  assert_shows (text, "Protective Factors");

  /* Dated back before the latest: the previous scores are the earlier ones. */
  {
    GtkWidget *date_row = find_entry_row (GTK_WIDGET (editor), "Date");
    g_autofree char *typed = g_strdup (gtk_editable_get_text (GTK_EDITABLE (date_row)));
    g_autofree char *march = tf_format_date ("2025-03-03");
    g_autofree char *earlier = g_strdup_printf ("Previous: 2 (own score 5) on %s", march);

    gtk_editable_set_text (GTK_EDITABLE (date_row), "1.4.2025");
    g_string_truncate (text, 0);
    collect_text (GTK_WIDGET (editor), text);
    assert_shows (text, earlier);
    gtk_editable_set_text (GTK_EDITABLE (date_row), typed);
    g_string_truncate (text, 0);
    collect_text (GTK_WIDGET (editor), text);
    assert_shows (text, previous);
  }

  /* No risk level chosen: said where, and nothing saved */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  spin (50);
  g_assert_nonnull (editor);
  g_string_truncate (text, 0);
  collect_text (GTK_WIDGET (editor), text);
  assert_shows (text, "Risk level: choose low, moderate or high.");
  list = tf_assessment_list_for_case (session, case_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_clear_object (&list);

  high = find_check_in_row (GTK_WIDGET (editor), "High");
  g_assert_nonnull (high);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (high), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  spin (300);
  g_assert_null (editor);

  /* Saved with the scores carried over, and the page shows it at the top */
  list = tf_assessment_list_for_case (session, case_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  newest = g_list_model_get_item (list, 0);
  g_assert_cmpstr (tf_assessment_get_risk_level (newest), ==, "high");
  g_assert_true (tf_assessment_get_score (newest, domain_id ("school"), &score, &own, NULL));
  g_assert_cmpint (score, ==, 5);
  g_assert_cmpint (own, ==, 6);
  g_string_truncate (text, 0);
  collect_text (GTK_WIDGET (window), text);
  assert_shows (text, "Risk level: High");
  g_assert_cmpuint (count_type (GTK_WIDGET (window), ADW_TYPE_EXPANDER_ROW), ==, 2);
  gtk_window_destroy (window);
  spin (50);
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

/* Another desk saves first: the editor says what they changed, and "Use
 * Theirs" puts their version in the form; saving then works. */
static void
test_editor_conflict (void)
{
  g_autoptr(GListModel) list = tf_assessment_list_for_case (session, case_id, NULL);
  g_autoptr(TfAssessment) latest = g_list_model_get_item (list, 0);
  gint64 id = tf_assessment_get_id (latest);
  TfAssessmentEditor *editor = tf_assessment_editor_new (NULL, session, case_id, id);
  g_autoptr(TfAssessment) theirs = tf_assessment_load (caseworker, id, NULL);
  g_autoptr(TfAssessment) saved = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  int score, own;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_present (GTK_WINDOW (editor));
  spin (200);
  collect_text (GTK_WIDGET (editor), text);
  assert_shows (text, "Edit Assessment");

  g_assert_true (tf_assessment_get_score (theirs, domain_id ("school"), &score, &own, NULL));
  tf_assessment_set_score (theirs, domain_id ("school"), score + 2, own, NULL);
  g_assert_true (tf_assessment_save (caseworker, theirs, &error));
  g_assert_no_error (error);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  spin (200);
  g_assert_nonnull (editor);
  dialog = find_message_dialog ();
  g_assert_nonnull (dialog);
  {
    g_autofree char *change = g_strdup_printf ("School and learning: %d → %d", score, score + 2);
    const char *body = adw_message_dialog_get_body (dialog);
    if (strstr (body, change) == NULL || strstr (body, "Jonas Vestergaard") == NULL)
      g_error ("the conflict dialog does not say what changed: %s", body);
  }
  adw_message_dialog_response (dialog, "theirs");
  spin (100);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  spin (200);
  g_assert_null (editor);
  saved = tf_assessment_load (session, id, NULL);
  g_assert_cmpint (tf_assessment_get_version (saved), ==, tf_assessment_get_version (theirs) + 1);
  g_assert_true (tf_assessment_get_score (saved, domain_id ("school"), &score, NULL, NULL));
  g_assert_cmpint (score, ==, 7);
}

static void
test_catalogue_dialog (void)
{
  TfCatalogueDialog *dialog = tf_catalogue_dialog_new (NULL, session);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  gtk_window_set_default_size (GTK_WINDOW (dialog), 640, 2400);
  gtk_window_present (GTK_WINDOW (dialog));
  spin (300);
  collect_text (GTK_WIDGET (dialog), text);
  assert_shows (text, "School and learning");
  assert_shows (text, "Built in");
  assert_shows (text, "Add a Domain");
  assert_shows (text, "School absence");
  assert_shows (text, "A job or an internship");

  /* A domain added elsewhere appears at once. */
  g_assert_cmpint (tf_assessment_domain_add (session, "Fritidsjob", "Ingen", "Lidt", "Fast job", &error), >, 0);
  g_assert_no_error (error);
  spin (200);
  g_string_truncate (text, 0);
  collect_text (GTK_WIDGET (dialog), text);
  assert_shows (text, "Fritidsjob");
  screenshot (GTK_WIDGET (dialog), "catalogue-dialog");
  gtk_window_destroy (GTK_WINDOW (dialog));
  spin (50);
}

/* A domain retired since the latest assessment is not carried into a new
 * one (its score could not be saved), and is not offered. */
static void
test_editor_after_retire (void)
{
  TfAssessmentEditor *editor = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(TfAssessment) newest = NULL;
  GtkWidget *low;

  g_assert_true (tf_assessment_domain_set_active (session, domain_id ("family"), FALSE, &error));
  g_assert_no_error (error);
  editor = tf_assessment_editor_new (NULL, session, case_id, 0);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_present (GTK_WINDOW (editor));
  spin (200);
  collect_text (GTK_WIDGET (editor), text);
  assert_shows (text, "School and learning");
  g_assert_null (strstr (text->str, "Family relations"));

  low = find_check_in_row (GTK_WIDGET (editor), "Low");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (low), TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  spin (200);
  g_assert_null (editor);
  list = tf_assessment_list_for_case (session, case_id, NULL);
  newest = g_list_model_get_item (list, 0);
  g_assert_cmpstr (tf_assessment_get_risk_level (newest), ==, "low");
  g_assert_false (tf_assessment_get_score (newest, domain_id ("family"), NULL, NULL, NULL));
  g_assert_true (tf_assessment_get_score (newest, domain_id ("school"), NULL, NULL, NULL));
  g_assert_true (tf_assessment_domain_set_active (session, domain_id ("family"), TRUE, &error));
}

static void
add_assessment (const char *date,
                const char *risk,
                int         school,
                int         school_own,
                int         family,
                const char *factor_code,
                const char *reasoning)
{
  g_autoptr(TfAssessment) a = tf_assessment_new (case_id);
  g_autoptr(GListModel) factors = tf_assessment_factor_list (session, NULL, FALSE, NULL);
  g_autoptr(GError) error = NULL;

  tf_assessment_set_assessed_on (a, date);
  tf_assessment_set_risk_level (a, risk);
  tf_assessment_set_reasoning (a, reasoning);
  tf_assessment_set_young_person_took_part (a, TRUE);
  tf_assessment_set_score (a, domain_id ("school"), school, school_own, NULL);
  tf_assessment_set_score (a, domain_id ("family"), family, -1, NULL);
  for (guint i = 0; i < g_list_model_get_n_items (factors); i++)
    {
      g_autoptr(TfAssessmentFactor) f = g_list_model_get_item (factors, i);
      if (g_strcmp0 (tf_assessment_factor_get_code (f), factor_code) == 0)
        tf_assessment_set_factor (a, tf_assessment_factor_get_id (f), TRUE);
    }
  g_assert_true (tf_assessment_save (session, a, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(TfYoungPerson) person = NULL;
  TfReferral referral = { "2025-01-06", "school", NULL, 0 };
  int status;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  {
    /* The page's chips need the application's style sheet. */
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
    gtk_css_provider_load_from_resource (css, "/dk/norddjurs/Taskforce/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  tmpdir = g_dir_make_tmp ("tf-assessment-page-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  path = g_build_filename (tmpdir, "assessment.db", NULL);
  store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  session = tf_session_new_for_login (store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);
  caseworker = tf_session_new_for_login (store, "jonas", "Jonas Vestergaard", &error);
  g_assert_no_error (error);

  person = tf_young_person_new ();
  g_object_set (person, "first-name", "Emil", "last-name", "Nørgaard", "cpr", "120410-4233",
                "gender", "boy", NULL);
  g_assert_true (tf_young_person_save (session, person, &referral, &case_id, &error));
  g_assert_no_error (error);
  add_assessment ("2025-03-03", "high", 2, 5, 6, "absence", "Næsten intet fremmøde");
  add_assessment ("2025-06-02", "moderate", 5, 6, 4, "trusted-adult", "Mentor hjælper");

  g_test_add_func ("/assessment-page/latest-and-earlier", test_page_shows_latest_and_earlier);
  g_test_add_func ("/assessment-page/score-row", test_score_row);
  g_test_add_func ("/assessment-page/editor-new", test_editor_new_assessment);
  g_test_add_func ("/assessment-page/editor-conflict", test_editor_conflict);
  g_test_add_func ("/assessment-page/catalogue", test_catalogue_dialog);
  g_test_add_func ("/assessment-page/editor-after-retire", test_editor_after_retire);
  status = g_test_run ();

  g_clear_object (&caseworker);
  g_clear_object (&session);
  g_clear_object (&store);
  return status;
}
