/* test-economy-window.c — the economy window, the budget dialog and the
 * expense editor against the hand-counted fixture of test-economy.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "../test-economy-fixture.h"

#include "taskforce-gtk.h"
#include "tf-budget-dialog.h"
#include "tf-application.h"
#include "tf-case-economy-group.h"
#include "tf-economy-window.h"
#include "tf-expense-editor.h"

#include "test-ui-helpers.h"

#define AS_OF "2025-06-30"

/* The same interventions and expenses as tests/test-economy.c, whose
 * comment counts every figure by hand: the year 2025 as of 30 June has
 * spent 44.200, committed 48.600, left 1.107.200 and a forecast of 111.200
 * kr.; Q1 spent 24.700. */
static void
fill_fixture (Fixture *f)
{
  gint64 removed;

  add_intervention (f, f->case_a, "authority", "mentor", "completed", "2025-03-15", "2025-04-14",
                    4000, 3100, f->fti_staff, FALSE);
  add_intervention (f, f->case_a, "family", "family", "active", "2025-06-01", "2025-09-28",
                    24000, 6000, 0, FALSE);
  add_intervention (f, f->case_b, "school", "school", "planned", "2025-11-01", "2025-12-31", 12200, 0, 0, FALSE);
  add_intervention (f, f->case_b, "job", "job", "stopped", "2024-12-01", "2025-01-30",
                    10000, 6100, f->fti_staff, FALSE);
  add_intervention (f, f->case_b, "leisure", "leisure", "active", "2024-07-01", NULL, 54900, 36500, 0, FALSE);
  add_intervention (f, f->case_b, "leisure", "leisure", "completed", "2024-01-01", "2024-06-30",
                    10000, 10000, 0, FALSE);
  add_intervention (f, f->case_a, "leisure", "leisure", "active", "2025-02-01", "2025-08-01",
                    50000, 20000, 0, TRUE);

  add_expense (f, "2025-02-10", "administration", "ungnorddjurs", 0, "Kursus for koordinatorerne", 11000);
  add_expense (f, "2025-05-20", "leisure", "ungdomskonsulenterne", f->case_a, "Kontingent", 1000);
  add_expense (f, "2025-08-15", "network", "fti", f->case_b, "Lokale til netværksmøde", 2000);
  removed = add_expense (f, "2025-03-03", "mentor", "myndighed", f->case_a, "Fejlbogført", 5000);
  add_expense (f, "2024-12-31", "job", "ungeindsatsen", f->case_b, "Arbejdstøj", 700);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TfExpense) expense = tf_expense_load (f->session, removed, &error);

    g_assert_true (tf_expense_remove (f->session, expense, &error));
    g_assert_no_error (error);
  }
}

static TfEconomyWindow *
open_window (Fixture *f)
{
  TfEconomyWindow *window = tf_economy_window_new (NULL, f->session, AS_OF);

  gtk_window_present (GTK_WINDOW (window));
  tf_economy_window_set_period (window, 2025, 0);
  spin (200);
  return window;
}

static gboolean
shows (GtkWidget  *widget,
       const char *needle)
{
  g_autofree char *text = text_of (widget);

  return strstr (text, needle) != NULL;
}

/* The @n-th visible AdwMessageDialog (heading @heading) over everything. */
static AdwMessageDialog *
find_message_dialog (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

static GtkWidget *
find_button_with_tooltip (GtkWidget  *widget,
                          const char *tooltip,
                          guint       n)
{
  guint seen = 0;

  for (guint i = 0;; i++)
    {
      GtkWidget *button = find_nth_type (widget, GTK_TYPE_BUTTON, i);

      if (button == NULL)
        return NULL;
      if (g_strcmp0 (gtk_widget_get_tooltip_text (button), tooltip) == 0 && seen++ == n)
        return button;
    }
}

static void
close_window (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

/* The economy window */

static void
test_tables (Fixture       *f,
             gconstpointer  data)
{
  TfEconomyWindow *window;
  GtkColumnView *areas, *organisations, *people;
  GtkInfoBar *warning;

  fill_fixture (f);
  window = open_window (f);

  /* totals, in Danish money */
  g_assert_true (shows (GTK_WIDGET (window), "1.200.000 kr."));
  g_assert_true (shows (GTK_WIDGET (window), "44.200 kr."));
  g_assert_true (shows (GTK_WIDGET (window), "48.600 kr."));
  g_assert_true (shows (GTK_WIDGET (window), "1.107.200 kr."));
  g_assert_true (shows (GTK_WIDGET (window), "111.200 kr."));
  g_assert_true (shows (GTK_WIDGET (window), "No budget is saved for 2025"));

  areas = GTK_COLUMN_VIEW (find_nth_type (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW, 0));
  organisations = GTK_COLUMN_VIEW (find_nth_type (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW, 1));
  people = GTK_COLUMN_VIEW (find_nth_type (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW, 2));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (areas))), ==, 7);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (organisations))), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (people))), ==, 2);
  /* by area: family spent 6.000, committed 18.000, forecast 24.000 */
  g_assert_true (shows (GTK_WIDGET (areas), "Support for the family") ||
                 shows (GTK_WIDGET (areas), tf_budget_area_label ("family")));
  g_assert_true (shows (GTK_WIDGET (areas), "24.000 kr."));
  g_assert_true (shows (GTK_WIDGET (areas), "6.251,38 kr."));  /* mentor's forecast, 625.138 øre */
  g_assert_false (shows (GTK_WIDGET (areas), "Over budget"));
  /* by organisation, largest forecast first */
  g_assert_true (shows (GTK_WIDGET (organisations), "38.516,57 kr."));
  g_assert_true (shows (GTK_WIDGET (organisations), "38.301,10 kr."));
  /* by young person */
  g_assert_true (shows (GTK_WIDGET (people), "Bo Nørgaard"));
  g_assert_true (shows (GTK_WIDGET (people), "Ali Nørgaard"));
  g_assert_true (shows (GTK_WIDGET (people), "56.749,72 kr."));
  /* the other expenses of the year, not the removed one nor 2024's */
  g_assert_true (shows (GTK_WIDGET (window), "Kursus for koordinatorerne"));
  g_assert_true (shows (GTK_WIDGET (window), "Lokale til netværksmøde"));
  g_assert_false (shows (GTK_WIDGET (window), "Fejlbogført"));
  g_assert_false (shows (GTK_WIDGET (window), "Arbejdstøj"));

  warning = GTK_INFO_BAR (find_nth_type (GTK_WIDGET (window), GTK_TYPE_INFO_BAR, 0));
  g_assert_false (gtk_info_bar_get_revealed (warning));

  /* a quarter: Q1 spent 24.700 of 300.000 */
  tf_economy_window_set_period (window, 2025, 1);
  spin (100);
  g_assert_true (shows (GTK_WIDGET (window), "24.700 kr."));
  g_assert_true (shows (GTK_WIDGET (window), "300.000 kr."));
  g_assert_true (shows (GTK_WIDGET (window), "275.300 kr."));
  g_assert_false (shows (GTK_WIDGET (window), "Lokale til netværksmøde"));

  /* sorting by a column header's sorter: by forecast, smallest first */
  {
    GListModel *columns = gtk_column_view_get_columns (people);
    g_autoptr(GtkColumnViewColumn) name = g_list_model_get_item (columns, 0);
    g_autoptr(TfEconomyRow) first = NULL;

    tf_economy_window_set_period (window, 2025, 0);
    gtk_column_view_sort_by_column (people, name, GTK_SORT_ASCENDING);
    first = g_list_model_get_item (G_LIST_MODEL (gtk_column_view_get_model (people)), 0);
    g_assert_cmpstr (tf_economy_row_get_label (first), ==, "Ali Nørgaard");
  }
  screenshot (GTK_WIDGET (window), "economy-window.png");
  close_window (window);
}

static void
test_warning (Fixture       *f,
              gconstpointer  data)
{
  TfEconomyWindow *window;
  GtkInfoBar *warning;
  GtkColumnView *areas;

  fill_fixture (f);
  window = open_window (f);
  warning = GTK_INFO_BAR (find_nth_type (GTK_WIDGET (window), GTK_TYPE_INFO_BAR, 0));
  areas = GTK_COLUMN_VIEW (find_nth_type (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW, 0));
  g_assert_false (gtk_info_bar_get_revealed (warning));

  /* administration's 60.000 passed: the window recounts on "changed" */
  add_expense (f, "2025-03-01", "administration", "ungnorddjurs", 0, "Konsulentbistand", 70000);
  spin (200);
  g_assert_true (gtk_info_bar_get_revealed (warning));
  g_assert_true (shows (GTK_WIDGET (warning), "Administration: the forecast of"));
  g_assert_true (shows (GTK_WIDGET (areas), "Over budget"));
  g_assert_true (shows (GTK_WIDGET (window), "Konsulentbistand"));
  screenshot (GTK_WIDGET (window), "economy-window-warning.png");
  close_window (window);
}

/* Another desk's write reaches this one as "changed" without an entity. */
static void
test_other_desk (Fixture       *f,
                 gconstpointer  data)
{
  TfEconomyWindow *window = open_window (f);

  g_assert_false (shows (GTK_WIDGET (window), "3.100 kr."));
  add_intervention (f, f->case_a, "authority", "mentor", "completed", "2025-03-15", "2025-04-14",
                    4000, 3100, f->fti_staff, FALSE);
  spin (100);
  g_assert_false (shows (GTK_WIDGET (window), "3.100 kr."));
  g_signal_emit_by_name (f->store, "changed", NULL, (gint64) 0);
  spin (200);
  g_assert_true (shows (GTK_WIDGET (window), "3.100 kr."));
  close_window (window);
}

static gint64 opened_case;

static void
open_case_cb (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  opened_case = g_variant_get_int64 (parameter);
}

static void
test_open_case (Fixture       *f,
                gconstpointer  data)
{
  static const GActionEntry entries[] = { { "open-case", open_case_cb, "x" } };
  g_autoptr(GSimpleActionGroup) app = g_simple_action_group_new ();
  TfEconomyWindow *window;
  GtkColumnView *people;

  fill_fixture (f);
  window = open_window (f);
  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), NULL);
  gtk_widget_insert_action_group (GTK_WIDGET (window), "app", G_ACTION_GROUP (app));
  people = GTK_COLUMN_VIEW (find_nth_type (GTK_WIDGET (window), GTK_TYPE_COLUMN_VIEW, 2));

  /* Bo first: the largest forecast */
  opened_case = 0;
  g_signal_emit_by_name (people, "activate", 0);
  g_assert_cmpint (opened_case, ==, f->case_b);
  g_signal_emit_by_name (people, "activate", 1);
  g_assert_cmpint (opened_case, ==, f->case_a);
  close_window (window);
}

static void
test_remove_expense (Fixture       *f,
                     gconstpointer  data)
{
  TfEconomyWindow *window;
  GtkWidget *remove;
  AdwMessageDialog *dialog;
  g_autoptr(GListModel) before = NULL;
  g_autoptr(GListModel) after = NULL;

  fill_fixture (f);
  window = open_window (f);
  before = tf_expense_list (f->session, "2025-01-01", "2025-12-31", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (before), ==, 3);

  /* the first row: 10 Feb, "Kursus for koordinatorerne" */
  remove = find_button_with_tooltip (GTK_WIDGET (window), "Remove", 0);
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  spin (50);
  dialog = find_message_dialog ("Remove this expense?");
  g_assert_nonnull (dialog);
  /* asking removes nothing */
  g_assert_true (shows (GTK_WIDGET (window), "Kursus for koordinatorerne"));
  g_signal_emit_by_name (dialog, "response", "remove");
  spin (200);

  after = tf_expense_list (f->session, "2025-01-01", "2025-12-31", NULL);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 2);
  g_assert_false (shows (GTK_WIDGET (window), "Kursus for koordinatorerne"));
  /* and the figures: 11.000 less spent */
  g_assert_true (shows (GTK_WIDGET (window), "33.200 kr."));
  close_window (window);
}

/* app.show-economy: one window, from the main window's menu */

static guint
count_economy_windows (GApplication *app)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (TF_IS_ECONOMY_WINDOW (l->data))
      n++;
  return n;
}

static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_strcmp0 (name, action) == 0)
        return TRUE;
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }
  return FALSE;
}

static gboolean
check_one_window_cb (gpointer user_data)
{
  GApplication *app = user_data;
  gboolean *checked = g_object_get_data (G_OBJECT (app), "checked");
  GtkWindow *main_window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GtkMenuButton *menu_button = NULL;

  g_assert_nonnull (main_window);
  for (guint i = 0; menu_button == NULL; i++)
    {
      GtkWidget *button = find_nth_type (GTK_WIDGET (main_window), GTK_TYPE_MENU_BUTTON, i);

      g_assert_nonnull (button);
      if (gtk_menu_button_get_primary (GTK_MENU_BUTTON (button)))
        menu_button = GTK_MENU_BUTTON (button);
    }
  g_assert_true (menu_has_action (gtk_menu_button_get_menu_model (menu_button), "app.show-economy"));

  g_assert_cmpuint (count_economy_windows (app), ==, 0);
  g_action_group_activate_action (G_ACTION_GROUP (app), "show-economy", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "show-economy", NULL);
  g_assert_cmpuint (count_economy_windows (app), ==, 1);
  *checked = TRUE;
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL;
       l = gtk_application_get_windows (GTK_APPLICATION (app)))
    gtk_window_destroy (l->data);
  g_application_quit (app);
  return G_SOURCE_REMOVE;
}

static void
on_activate_cb (GApplication *app)
{
  g_timeout_add (300, check_one_window_cb, app);
}

static void
test_one_window (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(TfApplication) app = tf_application_new (G_APPLICATION_NON_UNIQUE);
  char *argv[] = { "taskforce", "--database", (char *) tf_store_get_path (f->store), NULL };
  gboolean checked = FALSE;

  g_object_set_data (G_OBJECT (app), "checked", &checked);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 3, argv), ==, 0);
  g_assert_true (checked);
}

/* The budget dialog */

static const char *MENTOR = "Mentor and support for the young person (kr.)";

static TfBudgetDialog *
open_budget (TfSession *session)
{
  TfBudgetDialog *dialog = tf_budget_dialog_new (NULL, session, 2025);

  gtk_window_present (GTK_WINDOW (dialog));
  spin (100);
  return dialog;
}

static AdwActionRow *
visible_field_error (GtkWidget *widget)
{
  return ADW_ACTION_ROW (find_visible_with_class (widget, "field-error"));
}

static void
test_budget_split (Fixture       *f,
                   gconstpointer  data)
{
  TfBudgetDialog *dialog = open_budget (f->session);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfBudget) saved = NULL;
  GtkWidget *row;
  AdwActionRow *message;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  /* the default, said to be not saved yet */
  g_assert_true (shows (GTK_WIDGET (dialog), "Not saved yet"));
  g_assert_cmpstr (gtk_editable_get_text (find_entry_row (GTK_WIDGET (dialog), "Total for the year (kr.)")),
                   ==, "1.200.000");
  g_assert_cmpstr (gtk_editable_get_text (find_entry_row (GTK_WIDGET (dialog), MENTOR)), ==, "360.000");
  g_assert_true (shows (GTK_WIDGET (dialog), "The split adds up to the total."));

  /* live: 10.000 kr. not split */
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (dialog), MENTOR), "350.000");
  g_assert_true (find_row_titled (GTK_WIDGET (dialog), "Unallocated: 10.000 kr.") != NULL ||
                 shows (GTK_WIDGET (dialog), "Unallocated: 10.000 kr."));

  /* refused: the core's message under the split, nothing saved */
  row = find_button_labelled (GTK_WIDGET (dialog), "_Save");
  g_signal_emit_by_name (row, "clicked");
  spin (50);
  g_assert_nonnull (dialog);
  message = visible_field_error (GTK_WIDGET (dialog));
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (message)), "10.000 kr."));
  saved = tf_budget_load (f->session, 2025, &error);
  g_assert_no_error (error);
  g_assert_null (saved);

  /* not an amount: said under the field */
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (dialog), MENTOR), "a lot");
  g_signal_emit_by_name (row, "clicked");
  message = visible_field_error (GTK_WIDGET (dialog));
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (message)), "Type an amount"));

  /* a split that adds up is saved, and the dialog closes */
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (dialog), "Total for the year (kr.)"), "1.300.000");
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (dialog), MENTOR), "460.000");
  g_assert_true (shows (GTK_WIDGET (dialog), "The split adds up to the total."));
  g_signal_emit_by_name (row, "clicked");
  spin (50);
  g_assert_null (dialog);
  saved = tf_budget_load (f->session, 2025, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  g_assert_cmpint (tf_budget_get_total (saved), ==, KR (1300000));
  g_assert_cmpint (tf_budget_get_share (saved, "mentor"), ==, KR (460000));
}

static void
test_budget_not_coordinator (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSession) caseworker = tf_session_new_for_login (f->store, "jens", "Jens Lund", &error);
  TfBudgetDialog *dialog;
  GtkWidget *save;

  g_assert_no_error (error);
  g_assert_cmpint (tf_session_get_role (caseworker), ==, TF_ROLE_CASEWORKER);
  dialog = open_budget (caseworker);
  g_assert_true (shows (GTK_WIDGET (dialog), "Only a coordinator can change the budget"));
  save = find_button_labelled (GTK_WIDGET (dialog), "_Save");
  g_assert_nonnull (save);
  g_assert_false (gtk_widget_get_visible (save));
  g_assert_false (gtk_editable_get_editable (find_entry_row (GTK_WIDGET (dialog), MENTOR)));
  g_assert_nonnull (find_button_labelled (GTK_WIDGET (dialog), "_Close"));
  close_window (dialog);
}

static void
test_budget_conflict (Fixture       *f,
                      gconstpointer  data)
{
  TfBudgetDialog *dialog = open_budget (f->session);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfBudget) theirs = tf_budget_new_default (2025);
  g_autoptr(TfBudget) saved = NULL;
  AdwMessageDialog *conflict;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  /* another desk saves the year first */
  tf_budget_set_total (theirs, KR (1210000));
  tf_budget_set_share (theirs, "administration", KR (70000));
  g_assert_true (tf_budget_save (f->session, theirs, &error));
  g_assert_no_error (error);

  gtk_editable_set_text (find_entry_row (GTK_WIDGET (dialog), "Total for the year (kr.)"), "1.100.000");
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (dialog), MENTOR), "260.000");
  g_signal_emit_by_name (find_button_labelled (GTK_WIDGET (dialog), "_Save"), "clicked");
  spin (50);
  conflict = find_message_dialog ("Someone else changed this budget");
  g_assert_nonnull (conflict);
  g_assert_nonnull (dialog);
  g_assert_true (shows (GTK_WIDGET (conflict), "Total: 1.200.000 kr. → 1.210.000 kr."));

  /* "mine": saved over theirs */
  g_signal_emit_by_name (conflict, "response", TF_CONFLICT_MINE);
  spin (100);
  g_assert_null (dialog);
  saved = tf_budget_load (f->session, 2025, &error);
  g_assert_cmpint (tf_budget_get_total (saved), ==, KR (1100000));
  g_assert_cmpint (tf_budget_get_share (saved, "mentor"), ==, KR (260000));
  g_assert_cmpint (tf_budget_get_share (saved, "administration"), ==, KR (60000));
}

/* The expense editor */

static void
test_expense_editor (Fixture       *f,
                     gconstpointer  data)
{
  TfExpenseEditor *editor = tf_expense_editor_new (NULL, f->session, NULL, "2025-02-01");
  g_autoptr(GListModel) expenses = NULL;
  g_autoptr(TfExpense) saved = NULL;
  GtkWidget *save;
  GtkWidget *case_list;
  GtkListBoxRow *found;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_present (GTK_WINDOW (editor));
  spin (100);
  save = find_button_labelled (GTK_WIDGET (editor), "_Save");
  g_assert_cmpstr (gtk_editable_get_text (find_entry_row (GTK_WIDGET (editor), "Day (for example 3.12.2025)")),
                   ==, "1.2.2025");

  /* everything wrong: each complaint under its field, nothing saved */
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (editor), "Day (for example 3.12.2025)"), "32.13.2025");
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (editor), "Amount (kr.)"), "a lot");
  g_signal_emit_by_name (save, "clicked");
  spin (50);
  g_assert_nonnull (editor);
  {
    guint visible = 0;

    for (guint i = 0;; i++)
      {
        GtkWidget *row = find_nth_type (GTK_WIDGET (editor), ADW_TYPE_ACTION_ROW, i);

        if (row == NULL)
          break;
        if (gtk_widget_has_css_class (row, "field-error") && gtk_widget_get_visible (row))
          visible++;
      }
    /* day, area, organisation, what, amount */
    g_assert_cmpuint (visible, ==, 5);
  }
  g_assert_true (shows (GTK_WIDGET (editor), "Type the amount in kroner"));
  expenses = tf_expense_list (f->session, NULL, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (expenses), ==, 0);
  g_clear_object (&expenses);

  /* good input */
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (editor), "Day (for example 3.12.2025)"), "3.2.2025");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_nth_type (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, 0)), 7);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_nth_type (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, 1)), 1);
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (editor), "What it was for"), "Buskort");
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (editor), "Amount (kr.)"), "1.250,50");
  /* the young person, searched among the cases */
  gtk_editable_set_text (GTK_EDITABLE (find_nth_type (GTK_WIDGET (editor), GTK_TYPE_SEARCH_ENTRY, 0)), "Bo");
  spin (400);
  case_list = find_nth_type (GTK_WIDGET (editor), GTK_TYPE_LIST_BOX, 2);
  g_assert_nonnull (case_list);
  found = NULL;
  for (guint i = 0; (found = gtk_list_box_get_row_at_index (GTK_LIST_BOX (case_list), i)) != NULL; i++)
    if (ADW_IS_ACTION_ROW (found) &&
        g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (found)), "Bo Nørgaard") == 0)
      break;
  g_assert_nonnull (found);
  g_signal_emit_by_name (case_list, "row-activated", found);
  g_assert_true (shows (GTK_WIDGET (editor), "Bo Nørgaard"));
  g_signal_emit_by_name (save, "clicked");
  spin (50);
  g_assert_null (editor);

  expenses = tf_expense_list (f->session, NULL, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (expenses), ==, 1);
  saved = g_list_model_get_item (expenses, 0);
  g_assert_cmpstr (tf_expense_get_spent_on (saved), ==, "2025-02-03");
  g_assert_cmpstr (tf_expense_get_budget_area (saved), ==, "administration");
  g_assert_cmpstr (tf_expense_get_description (saved), ==, "Buskort");
  g_assert_cmpint (tf_expense_get_amount (saved), ==, 125050);
  g_assert_cmpint (tf_expense_get_case_id (saved), ==, f->case_b);
  g_assert_cmpint (tf_expense_get_organisation_id (saved), >, 0);
}

static void
test_expense_conflict (Fixture       *f,
                       gconstpointer  data)
{
  gint64 id = add_expense (f, "2025-05-20", "leisure", "ungdomskonsulenterne", f->case_a, "Kontingent", 1000);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfExpense) listed = tf_expense_load (f->session, id, &error);
  g_autoptr(TfExpense) theirs = tf_expense_load (f->session, id, &error);
  TfExpenseEditor *editor = tf_expense_editor_new (NULL, f->session, listed, NULL);
  AdwMessageDialog *conflict;

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_present (GTK_WINDOW (editor));
  spin (100);
  g_assert_cmpstr (gtk_editable_get_text (find_entry_row (GTK_WIDGET (editor), "Amount (kr.)")), ==, "1.000");

  tf_expense_set_amount (theirs, KR (1200));
  g_assert_true (tf_expense_save (f->session, theirs, &error));
  g_assert_no_error (error);

  gtk_editable_set_text (find_entry_row (GTK_WIDGET (editor), "What it was for"), "Kontingent, fodbold");
  g_signal_emit_by_name (find_button_labelled (GTK_WIDGET (editor), "_Save"), "clicked");
  spin (50);
  conflict = find_message_dialog ("Someone else changed this expense");
  g_assert_nonnull (conflict);
  g_assert_true (shows (GTK_WIDGET (conflict), "Amount: 1.000 kr. → 1.200 kr."));

  /* "theirs": the form shows their version */
  g_signal_emit_by_name (conflict, "response", TF_CONFLICT_THEIRS);
  spin (50);
  g_assert_nonnull (editor);
  g_assert_cmpstr (gtk_editable_get_text (find_entry_row (GTK_WIDGET (editor), "Amount (kr.)")), ==, "1.200");
  g_assert_cmpstr (gtk_editable_get_text (find_entry_row (GTK_WIDGET (editor), "What it was for")), ==, "Kontingent");
  close_window (editor);
}

/* An intervention's cost typed in the work area's record editor counts */

/* Something valid in each of the plugin form's required fields, whatever
 * the plugin asks, so the test is about the costs. */
static void
fill_required_fields (TfFormView *view,
                      TfForm     *form)
{
  GListModel *fields = tf_form_get_fields (form);

  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(TfField) field = g_list_model_get_item (fields, i);
      GtkWidget *widget;
      double min = 0;

      if (!tf_field_get_required (field))
        continue;
      widget = tf_form_view_get_field_widget (view, tf_field_get_id (field));
      g_assert_nonnull (widget);
      if (ADW_IS_COMBO_ROW (widget))
        adw_combo_row_set_selected (ADW_COMBO_ROW (widget), 1);
      else if (GTK_IS_CHECK_BUTTON (widget) || GTK_IS_SWITCH (widget))
        g_object_set (widget, "active", TRUE, NULL);
      else if (GTK_IS_EDITABLE (widget))
        {
          g_autofree char *text = NULL;

          switch (tf_field_get_field_type (field))
            {
            case TF_FIELD_NUMBER:
            case TF_FIELD_MONEY:
            case TF_FIELD_SCALE:
              text = g_strdup_printf ("%d", tf_field_get_min (field, &min) ? (int) min + 1 : 1);
              break;
            case TF_FIELD_DATE:
              text = g_strdup ("1.2.2025");
              break;
            default:
              text = g_strdup ("Jonas Kjær");
            }
          gtk_editable_set_text (GTK_EDITABLE (widget), text);
        }
      else
        g_test_message ("Required field %s: %s", tf_field_get_id (field), G_OBJECT_TYPE_NAME (widget));
    }
}

static void
test_intervention_cost (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(TfRegistry) registry = tf_registry_new ();
  g_autoptr(TfPluginManager) manager = tf_plugin_manager_new (registry);
  TfEconomyWindow *window;
  TfRecordEditor *editor;
  TfForm *form = NULL;
  GListModel *areas;

  tf_plugin_manager_load_all (manager, NULL);
  areas = tf_registry_get_areas (registry);
  for (guint i = 0; form == NULL && i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(TfArea) area = g_list_model_get_item (areas, i);
      GListModel *forms = tf_area_get_forms (area);

      for (guint j = 0; form == NULL && j < g_list_model_get_n_items (forms); j++)
        {
          g_autoptr(TfForm) candidate = g_list_model_get_item (forms, j);

          if (tf_form_get_category (candidate) == TF_FORM_INTERVENTION &&
              tf_form_get_budget_area (candidate) != NULL)
            form = candidate;
        }
    }
  g_assert_nonnull (form);

  window = open_window (f);
  g_assert_true (shows (GTK_WIDGET (window), "Counted") || shows (GTK_WIDGET (window), "No budget"));
  g_assert_false (shows (GTK_WIDGET (window), "4.321 kr."));

  editor = tf_record_editor_new (GTK_WINDOW (window), f->session, form, f->case_a, NULL);
  gtk_window_present (GTK_WINDOW (editor));
  spin (100);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_nth_type (GTK_WIDGET (editor), ADW_TYPE_COMBO_ROW, 0)),
                              TF_INTERVENTION_COMPLETED);
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (editor), "Starts on"), "1.2.2025");
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (editor), "Ends on"), "28.2.2025");
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (editor), "Planned cost"), "5.000");
  gtk_editable_set_text (find_entry_row (GTK_WIDGET (editor), "Actual cost"), "4.321");
  fill_required_fields (TF_FORM_VIEW (tf_record_editor_get_form_view (editor)), form);
  g_assert_true (tf_record_editor_save (editor));
  spin (300);
  /* spent in February, by the form's budget area, in the window */
  g_assert_true (shows (GTK_WIDGET (window), "4.321 kr."));
  {
    TfEconomy *economy = tf_economy_window_get_economy (window);

    g_assert_cmpint (tf_economy_row_get_spent (tf_economy_get_total (economy)), ==, KR (4321));
  }
  close_window (window);
}

/* The case overview's group of the case's costs */

static void
test_case_costs (Fixture       *f,
                 gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *group = tf_case_economy_group_new (f->session);

  gtk_window_set_child (GTK_WINDOW (window), group);
  tf_case_economy_group_set_case_id (TF_CASE_ECONOMY_GROUP (group), f->case_a);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  g_assert_true (shows (group, "No costs are recorded for this case"));

  add_intervention (f, f->case_a, "authority", "mentor", "completed", "2025-03-15", "2025-04-14",
                    4000, 3100, f->fti_staff, FALSE);
  /* another case's costs are not this one's */
  add_expense (f, "2025-05-21", "leisure", "ungdomskonsulenterne", f->case_b, "Fodboldstøvler", 700);
  add_expense (f, "2025-05-20", "leisure", "ungdomskonsulenterne", f->case_a, "Kontingent", 1000);
  spin (200);
  g_assert_true (shows (group, "3.100 kr. of 4.000 kr. planned"));
  g_assert_true (shows (group, "Kontingent"));
  g_assert_true (shows (group, "1.000 kr."));
  g_assert_false (shows (group, "Fodboldstøvler"));
  g_assert_true (shows (group, "Spent 4.100 kr. in all; the interventions were planned at 4.000 kr."));
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *xdg = NULL;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("No display: skipping (run under xvfb-run).\n");
      return 77;
    }
  xdg = g_dir_make_tmp ("tf-economy-window-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", xdg, TRUE);
  g_setenv ("XDG_CONFIG_HOME", xdg, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/economy-window/tables", Fixture, NULL, fixture_setup, test_tables, fixture_teardown);
  g_test_add ("/economy-window/warning", Fixture, NULL, fixture_setup, test_warning, fixture_teardown);
  g_test_add ("/economy-window/other-desk", Fixture, NULL, fixture_setup, test_other_desk, fixture_teardown);
  g_test_add ("/economy-window/open-case", Fixture, NULL, fixture_setup, test_open_case, fixture_teardown);
  g_test_add ("/economy-window/remove-expense", Fixture, NULL, fixture_setup, test_remove_expense, fixture_teardown);
  g_test_add ("/economy-window/intervention-cost", Fixture, NULL, fixture_setup, test_intervention_cost, fixture_teardown);
  g_test_add ("/economy-window/case-costs", Fixture, NULL, fixture_setup, test_case_costs, fixture_teardown);
  g_test_add ("/economy-window/one-window", Fixture, NULL, fixture_setup, test_one_window, fixture_teardown);
  g_test_add ("/budget-dialog/split", Fixture, NULL, fixture_setup, test_budget_split, fixture_teardown);
  g_test_add ("/budget-dialog/not-coordinator", Fixture, NULL, fixture_setup, test_budget_not_coordinator, fixture_teardown);
  g_test_add ("/budget-dialog/conflict", Fixture, NULL, fixture_setup, test_budget_conflict, fixture_teardown);
  g_test_add ("/expense-editor/input", Fixture, NULL, fixture_setup, test_expense_editor, fixture_teardown);
  g_test_add ("/expense-editor/conflict", Fixture, NULL, fixture_setup, test_expense_conflict, fixture_teardown);
  return g_test_run ();
}
