/* test-plan-page.c — the Action Plan page and its editor
 *
 * Makes a case with two versions of its plan and an assessment with a red
 * domain nobody answered, then checks what the page shows: the newest
 * version with its goals, progress, interventions, who took part and what
 * is missing; an earlier version read-only; a new version after the store
 * changes; the empty page of a case without a plan; and an editor that
 * starts from the newest version and puts its complaint under the goal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <adwaita.h>

#include "taskforce.h"
#include "tf-store-private.h"

#include "tf-plan-editor.h"
#include "tf-plan-page.h"

static char *tmpdir;
static gint64 new_case_id;
static TfStore *store;
static TfSession *session;
static gint64 case_id;
static gint64 empty_case_id;

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

/* The text of every visible label under @widget (and of entries). */
static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
  else if (GTK_IS_TEXT (widget))
    g_string_append_printf (text, "[%s]\n", gtk_editable_get_text (GTK_EDITABLE (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

static char *
page_text (GtkWidget *widget)
{
  GString *text = g_string_new (NULL);

  collect_text (widget, text);
  return g_string_free (text, FALSE);
}

static void
assert_shows (const char *text,
              const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("expected “%s” in:\n%s", expected, text);
}

static void
assert_not_shows (const char *text,
                  const char *unexpected)
{
  if (strstr (text, unexpected) != NULL)
    g_error ("did not expect “%s” in:\n%s", unexpected, text);
}

static void
exec (const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (tf_store_get_db (store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64
new_case (const char *first_name,
          const char *cpr)
{
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  g_autoptr(GError) error = NULL;
  TfReferral referral = { "2025-01-06", "school", NULL, 0 };
  gint64 id = 0;

  g_object_set (person, "first-name", first_name, "last-name", "Nørgaard", "cpr", cpr,
                "gender", "boy", NULL);
  tf_young_person_save (session, person, &referral, &id, &error);
  g_assert_no_error (error);
  return id;
}

static TfPlanGoal *
new_goal (const char *what,
          const char *due_on,
          int         status,
          int         progress)
{
  TfPlanGoal *goal = tf_plan_goal_new ();

  tf_plan_goal_set_what (goal, what);
  tf_plan_goal_set_organisation_id (goal, 2);   /* FTI, the schema's second */
  tf_plan_goal_set_staff_id (goal, tf_session_get_staff_id (session));
  tf_plan_goal_set_due_on (goal, due_on);
  tf_plan_goal_set_status (goal, status);
  tf_plan_goal_set_progress (goal, progress);
  tf_plan_goal_set_domain_id (goal, 1);   /* school */
  return goal;
}

static void
make_case (void)
{
  g_autoptr(TfActionPlan) first = NULL;
  g_autoptr(TfActionPlan) second = NULL;
  g_autoptr(TfPlanGoal) school = new_goal ("Goes to school every day", "2025-06-30", TF_GOAL_IN_PROGRESS, 3);
  g_autoptr(TfPlanGoal) football = new_goal ("Plays football on Tuesdays", "2025-09-30", TF_GOAL_NOT_STARTED, -1);
  g_autoptr(GError) error = NULL;
  g_autofree char *record = NULL;
  g_autofree char *assessment = NULL;
  gint64 mentor;

  case_id = new_case ("Emil", "120410-4233");
  empty_case_id = new_case ("Oskar", "010111-4234");
  new_case_id = new_case ("Emma", "150611-4233");

  record = g_strdup_printf ("INSERT INTO record (case_id, area, form, category, recorded_on, vals, status, "
                            "starts_on, created_at, updated_at) VALUES (%" G_GINT64_FORMAT ", 'family', "
                            "'mentor', 'intervention', '2025-02-03', '{}', 'active', '2025-02-03', 0, 0)",
                            case_id);
  exec (record);
  mentor = sqlite3_last_insert_rowid (tf_store_get_db (store));
  tf_plan_goal_set_intervention_ids (school, &mentor, 1);

  first = tf_action_plan_new (case_id);
  tf_action_plan_set_made_on (first, "2025-03-01");
  tf_action_plan_set_next_follow_up (first, "2025-05-01");
  tf_action_plan_set_young_person_took_part (first, TRUE);
  tf_action_plan_set_young_person_words (first, "Jeg vil gerne i skole.");
  tf_action_plan_add_goal (first, school);
  g_assert_true (tf_action_plan_save_revision (session, first, 0, NULL, &error));
  g_assert_no_error (error);

  second = tf_action_plan_copy_for_revision (first);
  tf_action_plan_set_made_on (second, "2025-04-01");
  tf_action_plan_set_next_follow_up (second, "2025-06-01");
  tf_action_plan_set_guardians_took_part (second, TRUE);
  tf_action_plan_set_guardians_words (second, "Vi hjælper med morgenerne.");
  tf_action_plan_set_revision_note (second, "Fodbold er med nu");
  {
    g_autoptr(TfPlanGoal) kept = g_list_model_get_item (tf_action_plan_get_goals (second), 0);
    tf_plan_goal_set_progress (kept, 7);
  }
  tf_action_plan_add_goal (second, football);
  g_assert_true (tf_action_plan_save_revision (session, second, 1, NULL, &error));
  g_assert_no_error (error);

  /* The latest assessment: school red (has a goal), behaviour red (nothing). */
  assessment = g_strdup_printf ("INSERT INTO assessment (case_id, assessed_on, risk_level, created_at, updated_at) "
                                "VALUES (%" G_GINT64_FORMAT ", '2025-03-20', 'high', 0, 0)", case_id);
  exec (assessment);
  exec ("INSERT INTO assessment_score (assessment_id, domain_id, score) "
        "SELECT (SELECT max (id) FROM assessment), id, CASE code WHEN 'school' THEN 2 "
        "WHEN 'behaviour' THEN 3 ELSE 8 END FROM assessment_domain");
}

static GtkWidget *
show_in_window (GtkWidget *page)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 2000);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  spin (200);
  return window;
}

static void
test_newest_version (void)
{
  GtkWidget *page = tf_plan_page_new (session, case_id);
  GtkWidget *window = show_in_window (page);
  g_autofree char *text = page_text (page);

  assert_shows (text, "Version 2 · 1. Apr 2025");
  assert_shows (text, "1. Apr 2025");
  /* The follow-up date has passed: said in words, not only in colour. */
  assert_shows (text, "1. Jun 2025 (overdue)");
  assert_shows (text, "Fodbold er med nu");
  assert_shows (text, "Goes to school every day");
  assert_shows (text, "Plays football on Tuesdays");
  assert_shows (text, "FTI, Mette Holm · due 30. Jun 2025 · In progress");
  assert_shows (text, "Works on: School and learning");
  assert_shows (text, "Served by: Intervention from 3. Feb 2025 (Active)");
  assert_shows (text, "7/10");
  assert_shows (text, "—");   /* football's progress is not measured yet */
  assert_shows (text, "Jeg vil gerne i skole.");
  assert_shows (text, "Vi hjælper med morgenerne.");
  assert_shows (text, "Took part");
  assert_shows (text, "Behaviour and crime is red in the assessment of 20. Mar 2025 and has no goal or reason");
  assert_not_shows (text, "School and learning is red");
  assert_not_shows (text, "An earlier version");

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static void
test_earlier_version (void)
{
  GtkWidget *page = tf_plan_page_new (session, case_id);
  GtkWidget *window = show_in_window (page);
  g_autofree char *text = NULL;

  g_assert_true (tf_plan_page_select_version (TF_PLAN_PAGE (page), 1));
  g_assert_false (tf_plan_page_select_version (TF_PLAN_PAGE (page), 9));
  spin (50);
  text = page_text (page);
  assert_shows (text, "An earlier version, for reading.");
  assert_shows (text, "1. Mar 2025");
  assert_shows (text, "3/10");
  assert_shows (text, "Did not take part");   /* the guardians, that time */
  assert_not_shows (text, "Plays football on Tuesdays");
  /* An old version's follow-up is history, not overdue. */
  assert_not_shows (text, "(overdue)");

  /* Something else of the case changes: the reader stays on version 1... */
  g_signal_emit_by_name (store, "changed", "record", case_id);
  spin (100);
  g_free (text);
  text = page_text (page);
  assert_shows (text, "An earlier version, for reading.");
  /* ...but a new version of the plan is shown at once. */
  g_signal_emit_by_name (store, "changed", "plan", case_id);
  spin (100);
  g_free (text);
  text = page_text (page);
  assert_not_shows (text, "An earlier version, for reading.");
  assert_shows (text, "Plays football on Tuesdays");

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static void
test_empty_and_reload (void)
{
  GtkWidget *page = tf_plan_page_new (session, empty_case_id);
  GtkWidget *window = show_in_window (page);
  g_autofree char *before = page_text (page);
  g_autofree char *after = NULL;
  g_autoptr(TfActionPlan) plan = tf_action_plan_new (empty_case_id);
  g_autoptr(TfPlanGoal) goal = new_goal ("Sleeps at home", "2025-12-31", TF_GOAL_NOT_STARTED, 0);
  g_autoptr(GError) error = NULL;

  assert_shows (before, "No Action Plan Yet");
  assert_shows (before, "Make Plan…");

  /* Another desk saves the first plan: the page shows it without a click. */
  tf_action_plan_set_made_on (plan, "2025-03-01");
  tf_action_plan_set_next_follow_up (plan, "2099-01-01");
  tf_action_plan_add_goal (plan, goal);
  g_assert_true (tf_action_plan_save_revision (session, plan, 0, NULL, &error));
  g_assert_no_error (error);
  spin (200);
  after = page_text (page);
  assert_shows (after, "Version 1 · 1. Mar 2025");
  assert_shows (after, "Sleeps at home");
  assert_shows (after, "0/10");
  assert_shows (after, "Complete");   /* no assessment: nothing red */
  assert_not_shows (after, "(overdue)");

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

/* Another desk, on its own connection to the file, saves a plan: this
 * desk's store only learns that something changed (entity NULL), and the
 * page still shows the plan. */
static void
test_other_desk (void)
{
  gint64 other_case_id = new_case ("Ida", "020212-4236");
  GtkWidget *page = tf_plan_page_new (session, other_case_id);
  GtkWidget *window = show_in_window (page);
  const char *path = tf_store_get_path (tf_session_get_store (session));
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStore) other_store = tf_store_open (path, TF_STORE_OPEN_EXISTING, &error);
  g_autoptr(TfSession) other_desk = NULL;
  g_autoptr(TfActionPlan) plan = tf_action_plan_new (other_case_id);
  g_autoptr(TfPlanGoal) goal = new_goal ("Comes home by ten", "2025-12-31", TF_GOAL_NOT_STARTED, 0);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  other_desk = tf_session_new_for_login (other_store, "lone", "Lone Lund", &error);
  g_assert_no_error (error);
  tf_action_plan_set_made_on (plan, "2025-03-01");
  tf_action_plan_set_next_follow_up (plan, "2099-01-01");
  tf_action_plan_add_goal (plan, goal);
  g_assert_true (tf_action_plan_save_revision (other_desk, plan, 0, NULL, &error));
  g_assert_no_error (error);

  g_signal_emit_by_name (tf_session_get_store (session), "changed", NULL, (gint64) 0);
  spin (200);
  text = page_text (page);
  assert_shows (text, "Comes home by ten");

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static void
test_editor (void)
{
  TfPlanEditor *editor = tf_plan_editor_new (NULL, session, case_id);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GListModel) versions = NULL;

  gtk_window_present (GTK_WINDOW (editor));
  spin (200);
  before = page_text (GTK_WIDGET (editor));
  /* Everything of version 2 is there to revise, nothing typed twice. */
  assert_shows (before, "Starts from Version 2 · 1. Apr 2025");
  assert_shows (before, "[Goes to school every day]");
  assert_shows (before, "[Plays football on Tuesdays]");
  assert_shows (before, "[30.6.2025]");
  assert_shows (before, "Goal 2");
  /* Behaviour is red with no goal: the editor asks why. */
  assert_shows (before, "Why no goal: Behaviour and crime");
  assert_not_shows (before, "Why no goal: School and learning");

  /* Dated today, the open goals' due dates have passed: refused, and said
   * under each goal; nothing written. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  spin (100);
  after = page_text (GTK_WIDGET (editor));
  assert_shows (after, "The plan was not saved. Check the fields marked below.");
  assert_shows (after, "Goal 1: the due date cannot be before the day the plan was made.");
  assert_shows (after, "Goal 2: the due date cannot be before the day the plan was made.");
  versions = tf_action_plan_list_versions (session, case_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 2);

  gtk_window_destroy (GTK_WINDOW (editor));
  spin (50);
}

static AdwEntryRow *
find_entry_row (GtkWidget  *widget,
                const char *title)
{
  if (ADW_IS_ENTRY_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return ADW_ENTRY_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwEntryRow *found = find_entry_row (child, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static AdwComboRow *
find_combo_row (GtkWidget  *widget,
                const char *title)
{
  if (ADW_IS_COMBO_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return ADW_COMBO_ROW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwComboRow *found = find_combo_row (child, title);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A first plan: made today, follow-up three months on, and the follow-up
 * moves along with the meeting date until someone types their own. */
static void
test_editor_first_plan (void)
{
  TfPlanEditor *editor = tf_plan_editor_new (NULL, session, new_case_id);
  g_autofree char *today = tf_today_iso ();
  g_autofree char *later = NULL;
  g_autofree char *typed_today = NULL;
  g_autofree char *typed_later = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  AdwEntryRow *made_on, *follow_up, *what, *due;
  AdwComboRow *organisation;
  g_autoptr(TfActionPlan) saved = NULL;
  int y, m, d;

  gtk_window_present (GTK_WINDOW (editor));
  spin (100);
  text = page_text (GTK_WIDGET (editor));
  assert_shows (text, "Make Action Plan");
  assert_shows (text, "Goal 1");

  sscanf (today, "%d-%d-%d", &y, &m, &d);
  typed_today = g_strdup_printf ("%d.%d.%d", d, m, y);
  made_on = find_entry_row (GTK_WIDGET (editor), "Made on (day.month.year)");
  follow_up = find_entry_row (GTK_WIDGET (editor), "Next follow-up (day.month.year)");
  g_assert_nonnull (made_on);
  g_assert_nonnull (follow_up);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (made_on)), ==, typed_today);

  gtk_editable_set_text (GTK_EDITABLE (made_on), "1.3.2025");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (follow_up)), ==, "1.6.2025");
  gtk_editable_set_text (GTK_EDITABLE (follow_up), "15.5.2025");
  gtk_editable_set_text (GTK_EDITABLE (made_on), "2.3.2025");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (follow_up)), ==, "15.5.2025");

  /* Filled in but for who is responsible. */
  what = find_entry_row (GTK_WIDGET (editor), "What the goal is");
  due = find_entry_row (GTK_WIDGET (editor), "Due (day.month.year)");
  gtk_editable_set_text (GTK_EDITABLE (what), "Sleeps at home");
  gtk_editable_set_text (GTK_EDITABLE (due), "1.7.2025");
  g_object_ref (editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  spin (100);
  /* No organisation was chosen: said under the goal, nothing written. */
  text = (g_free (text), page_text (GTK_WIDGET (editor)));
  assert_shows (text, "Goal 1: choose the member organisation responsible.");
  g_assert_null (tf_action_plan_load_current (session, new_case_id, &error));
  g_assert_no_error (error);

  /* With an organisation it saves version 1 and closes. */
  organisation = find_combo_row (GTK_WIDGET (editor), "Responsible organisation");
  g_assert_nonnull (organisation);
  adw_combo_row_set_selected (organisation, 2);   /* after "Choose an organisation" and the first */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  spin (100);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_object_unref (editor);
  saved = tf_action_plan_load_current (session, new_case_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  g_assert_cmpint (tf_action_plan_get_version (saved), ==, 1);
  g_assert_cmpstr (tf_action_plan_get_made_on (saved), ==, "2025-03-02");
  g_assert_cmpstr (tf_action_plan_get_next_follow_up (saved), ==, "2025-05-15");
  {
    g_autoptr(TfPlanGoal) goal = g_list_model_get_item (tf_action_plan_get_goals (saved), 0);
    g_assert_cmpstr (tf_plan_goal_get_what (goal), ==, "Sleeps at home");
    g_assert_cmpstr (tf_plan_goal_get_due_on (goal), ==, "2025-07-01");
    g_assert_cmpint (tf_plan_goal_get_organisation_id (goal), >, 0);
  }
}

static AdwMessageDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* Another desk saves while the editor is open: the dialog says what they
 * changed, and "Save Mine" writes on top of their version. */
static void
test_editor_conflict (void)
{
  TfPlanEditor *editor = g_object_ref (tf_plan_editor_new (NULL, session, new_case_id));
  g_autoptr(TfActionPlan) current = tf_action_plan_load_current (session, new_case_id, NULL);
  g_autoptr(TfActionPlan) theirs = tf_action_plan_copy_for_revision (current);
  g_autoptr(TfActionPlan) newest = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;

  gtk_window_present (GTK_WINDOW (editor));
  spin (100);
  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (editor), "Made on (day.month.year)")),
                         "3.3.2025");
  gtk_editable_set_text (GTK_EDITABLE (find_entry_row (GTK_WIDGET (editor), "What changed and why")),
                         "Mine");

  tf_action_plan_set_next_follow_up (theirs, "2025-04-30");
  g_assert_true (tf_action_plan_save_revision (session, theirs, 1, NULL, &error));
  g_assert_no_error (error);

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  spin (100);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Someone else changed this action plan");
  body = g_strdup (adw_message_dialog_get_body (dialog));
  assert_shows (body, "Next follow-up: 15. May 2025 → 30. Apr 2025");
  assert_shows (body, "Mette Holm");

  adw_message_dialog_response (dialog, "mine");
  spin (100);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  newest = tf_action_plan_load_current (session, new_case_id, &error);
  g_assert_cmpint (tf_action_plan_get_version (newest), ==, 3);
  g_assert_cmpstr (tf_action_plan_get_revision_note (newest), ==, "Mine");
  g_assert_cmpstr (tf_action_plan_get_made_on (newest), ==, "2025-03-03");
  g_object_unref (editor);
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

  tmpdir = g_dir_make_tmp ("tf-plan-page-XXXXXX", NULL);
  path = g_build_filename (tmpdir, "plan.db", NULL);
  store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  session = tf_session_new_for_login (store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);
  make_case ();

  g_test_add_func ("/plan-page/newest-version", test_newest_version);
  g_test_add_func ("/plan-page/earlier-version", test_earlier_version);
  g_test_add_func ("/plan-page/empty-and-reload", test_empty_and_reload);
  g_test_add_func ("/plan-page/other-desk", test_other_desk);
  g_test_add_func ("/plan-page/editor", test_editor);
  g_test_add_func ("/plan-page/editor-first-plan", test_editor_first_plan);
  g_test_add_func ("/plan-page/editor-conflict", test_editor_conflict);
  status = g_test_run ();

  g_clear_object (&session);
  g_clear_object (&store);
  return status;
}
