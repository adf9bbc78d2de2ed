/* test-meetings-view.c — the main window's view switcher, the meetings view
 * and the plan-meeting dialog
 *
 * A temporary store with one case and meetings around today. An
 * application of the test's own stands in for app.open-meeting and records
 * the meeting ids it is asked to open. With TF_TEST_SCREENSHOTS=<dir> it
 * also saves PNGs of the view and the dialog there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <adwaita.h>

#include "taskforce.h"

#include "tf-dashboard-view.h"
#include "tf-meeting-plan-dialog.h"
#include "tf-meetings-view.h"
#include "tf-reports-view.h"
#include "tf-window.h"

static char *tmpdir;
static TfSession *session;
static GtkApplication *app;
static gint64 case_id;
static GArray *opened;   /* of gint64: what app.open-meeting was asked */

/* The fixture's meetings, by day from today */
static gint64 m_plus3, m_plus5_network, m_plus10_screening, m_minus30, m_minus400, m_minus380_screening;

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

/* The meetings list, not the list in a dropdown's popover */
static GtkWidget *
find_meetings_list (GtkWidget *widget)
{
  if (GTK_IS_DROP_DOWN (widget))
    return NULL;
  if (GTK_IS_LIST_VIEW (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_meetings_list (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The widget whose tooltip is @tooltip (the header's buttons). */
static GtkWidget *
find_tooltip (GtkWidget  *widget,
              const char *tooltip)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_tooltip (child, tooltip);
      if (found != NULL)
        return found;
    }
  return NULL;
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

/* The complaint row right under a field: visible, and what it says. */
static const char *
error_under (AdwEntryRow *row)
{
  GtkWidget *next = gtk_widget_get_next_sibling (GTK_WIDGET (row));

  g_assert_true (ADW_IS_ACTION_ROW (next));
  g_assert_true (gtk_widget_has_css_class (next, "field-error"));
  if (!gtk_widget_get_visible (next))
    return NULL;
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (next));
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

/* As a Danish user types it */
static char *
typed_day_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%-d.%-m.%Y");
}

static gint64
plan (const char *kind,
      int         days,
      const char *start,
      const char *place)
{
  g_autofree char *day = day_from_today (days);
  TfMeetingDraft draft = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 id;

  draft.kind = kind;
  draft.case_id = g_str_equal (kind, "network") ? case_id : 0;
  draft.held_on = day;
  draft.start_time = start;
  draft.place = place;
  id = tf_meeting_save (session, &draft, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static guint
count_meetings (void)
{
  g_autoptr(GListModel) all = tf_meeting_list_between (session, NULL, NULL, NULL);

  return all != NULL ? g_list_model_get_n_items (all) : 0;
}

static gint64
id_at (GListModel *model,
       guint       position)
{
  g_autoptr(TfMeeting) meeting = g_list_model_get_item (model, position);

  return meeting != NULL ? tf_meeting_get_id (meeting) : 0;
}

static void
open_meeting_cb (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  gint64 id = g_variant_get_int64 (parameter);

  g_array_append_val (opened, id);
}

static gint64
last_opened (void)
{
  return opened->len > 0 ? g_array_index (opened, gint64, opened->len - 1) : 0;
}

/* A window of the test application holding a meetings view */
static TfMeetingsView *
open_view (GtkWidget **out_window)
{
  GtkWidget *window = gtk_application_window_new (app);
  GtkWidget *view = tf_meetings_view_new (session);

  gtk_window_set_child (GTK_WINDOW (window), view);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  spin (200);
  *out_window = window;
  return TF_MEETINGS_VIEW (view);
}

/* Tests */

static void
test_parse_time (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "13", "13:00" }, { "13.00", "13:00" }, { "13:00", "13:00" }, { " 9.30 ", "09:30" },
    { "0", "00:00" }, { "23:59", "23:59" },
    { "24", NULL }, { "13.60", NULL }, { "13.5", NULL }, { "", NULL }, { "kl. 13", NULL },
    { "130", NULL }, { "13:00:00", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = tf_meeting_plan_parse_time (cases[i].in);
      g_assert_cmpstr (got, ==, cases[i].out);
    }
}

static void
test_switcher (void)
{
  TfWindow *window = tf_window_new (app, session);
  g_autoptr(GSettings) settings = g_settings_new ("dk.norddjurs.Taskforce");
  AdwViewStack *stack;
  GtkWidget *new_case, *filters, *search;
  g_autofree char *remembered = NULL;

  gtk_window_present (GTK_WINDOW (window));
  spin (300);
  stack = ADW_VIEW_STACK (find_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  g_assert_nonnull (stack);
  g_assert_nonnull (adw_view_stack_get_child_by_name (stack, "cases"));
  /* The views after the cases are built when first shown, not at start */
  for (guint i = 0; i < 3; i++)
    {
      const char *lazy[] = { "meetings", "overview", "reports" };
      GtkWidget *page = adw_view_stack_get_child_by_name (stack, lazy[i]);

      g_assert_true (ADW_IS_BIN (page));
      g_assert_null (adw_bin_get_child (ADW_BIN (page)));
    }
  adw_view_stack_set_visible_child_name (stack, "meetings");
  g_assert_true (TF_IS_MEETINGS_VIEW (adw_bin_get_child (ADW_BIN (adw_view_stack_get_child_by_name (stack, "meetings")))));
  g_assert_nonnull (find_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE));
  g_assert_nonnull (find_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR));
  /* Issue 6's pages, in UI.md's order, and no empty ones */
  adw_view_stack_set_visible_child_name (stack, "overview");
  g_assert_true (TF_IS_DASHBOARD_VIEW (adw_bin_get_child (ADW_BIN (adw_view_stack_get_child_by_name (stack, "overview")))));
  adw_view_stack_set_visible_child_name (stack, "reports");
  g_assert_true (TF_IS_REPORTS_VIEW (adw_bin_get_child (ADW_BIN (adw_view_stack_get_child_by_name (stack, "reports")))));
  adw_view_stack_set_visible_child_name (stack, "cases");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (adw_view_stack_get_pages (stack))), ==, 4);
  {
    const char *order[] = { "cases", "meetings", "overview", "reports" };
    GtkSelectionModel *pages = adw_view_stack_get_pages (stack);

    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      {
        g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

        g_assert_cmpstr (adw_view_stack_page_get_name (page), ==, order[i]);
      }
    g_object_unref (pages);
  }
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "cases");

  new_case = find_tooltip (GTK_WIDGET (window), "New Case (Ctrl+N)");
  filters = find_tooltip (GTK_WIDGET (window), "Show Filters (F9)");
  search = find_tooltip (GTK_WIDGET (window), "Search (Ctrl+F)");
  g_assert_nonnull (new_case);
  g_assert_nonnull (filters);
  g_assert_nonnull (search);
  g_assert_true (gtk_widget_get_visible (new_case));
  g_assert_true (gtk_widget_get_visible (filters));
  g_assert_true (gtk_widget_get_visible (search));

  /* On the meetings page the case controls go away, and the page is remembered. */
  adw_view_stack_set_visible_child_name (stack, "meetings");
  spin (100);
  g_assert_false (gtk_widget_get_visible (new_case));
  g_assert_false (gtk_widget_get_visible (filters));
  g_assert_false (gtk_widget_get_visible (search));
  remembered = g_settings_get_string (settings, "view");
  g_assert_cmpstr (remembered, ==, "meetings");

  /* Ctrl+F goes back to the cases and searches there. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  spin (100);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "cases");
  g_assert_true (gtk_widget_get_visible (new_case));
  g_assert_true (gtk_widget_get_visible (search));
  screenshot (GTK_WIDGET (window), "main-window-cases.png");
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);

  /* A new window opens on the page shown last. */
  g_settings_set_string (settings, "view", "meetings");
  window = tf_window_new (app, session);
  gtk_window_present (GTK_WINDOW (window));
  spin (200);
  stack = ADW_VIEW_STACK (find_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (stack), ==, "meetings");
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  spin (300);
  screenshot (GTK_WIDGET (window), "main-window-meetings.png");
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_set_string (settings, "view", "cases");
  spin (50);
}

static void
test_view_lists_in_order (void)
{
  GtkWidget *window;
  TfMeetingsView *view = open_view (&window);
  GListModel *model = tf_meetings_view_get_model (view);
  g_autofree char *last_year = day_from_today (-400);
  g_autofree char *recent = day_from_today (-30);
  g_autofree char *text = NULL;
  g_auto(GStrv) years = NULL;

  /* Upcoming: soonest first, cancelled and past ones left out. */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_cmpint (id_at (model, 0), ==, m_plus3);
  g_assert_cmpint (id_at (model, 1), ==, m_plus5_network);
  g_assert_cmpint (id_at (model, 2), ==, m_plus10_screening);
  text = text_of (GTK_WIDGET (view));
  g_assert_nonnull (strstr (text, "Next meeting: "));
  g_assert_nonnull (strstr (text, "at 13.00, Rådhuset"));
  g_assert_nonnull (strstr (text, "Network meeting about Emil Nørgaard"));
  g_assert_nonnull (strstr (text, "3 meetings"));
  /* Held but not closed: 400, 380 and 30 days ago */
  g_assert_nonnull (strstr (text, "The minutes of 3 past meetings are not closed"));
  screenshot (window, "meetings-view.png");

  /* The years that had meetings, newest first */
  years = tf_meetings_view_dup_years (view);
  g_assert_nonnull (years[0]);
  g_assert_cmpint (strncmp (years[0], recent, 4), ==, 0);
  if (strncmp (recent, last_year, 4) != 0)
    {
      g_assert_cmpuint (g_strv_length (years), ==, 2);
      g_assert_cmpint (strncmp (years[1], last_year, 4), ==, 0);
    }

  /* The year a year ago: newest first. */
  {
    g_autofree char *year = g_strndup (last_year, 4);
    gint64 previous_day = G_MAXINT64;
    guint n;

    tf_meetings_view_set_year (view, year);
    spin (50);
    n = g_list_model_get_n_items (model);
    /* 400 and 380 days ago may fall in different years */
    g_assert_cmpuint (n, >=, 1);
    for (guint i = 0; i < n; i++)
      {
        g_autoptr(TfMeeting) meeting = g_list_model_get_item (model, i);
        gint64 day = g_ascii_strtoll (tf_meeting_get_held_on (meeting), NULL, 10) * 10000 +
                     g_ascii_strtoll (tf_meeting_get_held_on (meeting) + 5, NULL, 10) * 100 +
                     g_ascii_strtoll (tf_meeting_get_held_on (meeting) + 8, NULL, 10);

        g_assert_true (g_str_has_prefix (tf_meeting_get_held_on (meeting), year));
        g_assert_cmpint (day, <=, previous_day);
        previous_day = day;
      }
  }

  /* The recent year: the planned meeting 30 days ago waits for its minutes. */
  {
    g_autofree char *year = g_strndup (recent, 4);

    tf_meetings_view_set_year (view, year);
    spin (50);
    g_assert_cmpint (id_at (model, 0), ==, m_minus30);
    g_clear_pointer (&text, g_free);
    text = text_of (GTK_WIDGET (view));
    g_assert_nonnull (strstr (text, "Minutes not closed"));
    screenshot (window, "meetings-view-year.png");
  }

  /* The kind filter, on a past year and on the upcoming meetings */
  {
    g_autofree char *screening_day = day_from_today (-380);
    g_autofree char *year = g_strndup (screening_day, 4);

    tf_meetings_view_set_year (view, year);
    tf_meetings_view_set_kind (view, "screening");
    spin (50);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
    g_assert_cmpint (id_at (model, 0), ==, m_minus380_screening);
    tf_meetings_view_set_kind (view, "network");
    spin (50);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 0);
    g_clear_pointer (&text, g_free);
    text = text_of (GTK_WIDGET (view));
    g_assert_nonnull (strstr (text, "No meetings of this kind"));
  }
  tf_meetings_view_set_year (view, NULL);
  spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  g_assert_cmpint (id_at (model, 0), ==, m_plus5_network);
  tf_meetings_view_set_kind (view, NULL);
  spin (50);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static void
test_view_follows_the_store (void)
{
  GtkWidget *window;
  TfMeetingsView *view = open_view (&window);
  GListModel *model = tf_meetings_view_get_model (view);
  gint64 added;

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  added = plan ("taskforce", 1, "09:00", NULL);
  spin (100);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  g_assert_cmpint (id_at (model, 0), ==, added);
  {
    g_autoptr(TfMeeting) meeting = tf_meeting_load (session, added, NULL);
    g_autoptr(GError) error = NULL;

    /* Cancelled, it stays in the list (said so), but is no longer next. */
    g_assert_true (tf_meeting_cancel (session, added, tf_meeting_get_version (meeting), &error));
    g_assert_no_error (error);
  }
  spin (100);
  {
    g_autofree char *text = text_of (GTK_WIDGET (view));
    g_assert_nonnull (strstr (text, "Cancelled"));
    g_assert_nonnull (strstr (text, "at 13.00, Rådhuset"));
  }
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static void
test_activate_opens_meeting (void)
{
  GtkWidget *window;
  TfMeetingsView *view = open_view (&window);
  GtkWidget *list = find_meetings_list (GTK_WIDGET (view));
  GListModel *model = tf_meetings_view_get_model (view);
  GtkWidget *next_row = find_type (GTK_WIDGET (view), ADW_TYPE_ACTION_ROW);
  GtkWidget *open_button = NULL;

  g_array_set_size (opened, 0);
  g_signal_emit_by_name (list, "activate", 1);
  g_assert_cmpuint (opened->len, ==, 1);
  g_assert_cmpint (last_opened (), ==, id_at (model, 1));

  /* The next meeting's "Open" */
  g_assert_nonnull (next_row);
  open_button = find_type (next_row, GTK_TYPE_BUTTON);
  g_assert_nonnull (open_button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (open_button)), ==, "Open");
  g_signal_emit_by_name (open_button, "clicked");
  g_assert_cmpint (last_opened (), ==, m_plus3);

  /* The latest meeting whose minutes are not closed */
  open_button = find_type (gtk_widget_get_next_sibling (next_row), GTK_TYPE_BUTTON);
  g_assert_nonnull (open_button);
  g_signal_emit_by_name (open_button, "clicked");
  g_assert_cmpint (last_opened (), ==, m_minus30);
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

static TfMeetingPlanDialog *
open_dialog (TfWindow **out_parent,
             gint64     for_case)
{
  TfWindow *parent = tf_window_new (app, session);
  TfMeetingPlanDialog *dialog;

  gtk_window_present (GTK_WINDOW (parent));
  dialog = tf_meeting_plan_dialog_new (GTK_WINDOW (parent), session, for_case);
  gtk_window_present (GTK_WINDOW (dialog));
  spin (200);
  *out_parent = parent;
  return dialog;
}

static void
set_field (TfMeetingPlanDialog *dialog,
           const char          *title,
           const char          *text)
{
  AdwEntryRow *row = find_entry_row (GTK_WIDGET (dialog), title);

  g_assert_nonnull (row);
  gtk_editable_set_text (GTK_EDITABLE (row), text);
}

static void
test_dialog_refuses (void)
{
  TfWindow *parent;
  TfMeetingPlanDialog *dialog = open_dialog (&parent, 0);
  guint before = count_meetings ();

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  set_field (dialog, "Date", "31.2.2027");
  set_field (dialog, "Starts at", "25");
  set_field (dialog, "Ends at (optional)", "12");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "plan.save", NULL);
  spin (50);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (error_under (find_entry_row (GTK_WIDGET (dialog), "Date")),
                            "That month has only 28 days"));
  g_assert_nonnull (strstr (error_under (find_entry_row (GTK_WIDGET (dialog), "Starts at")),
                            "Not a time of day"));
  g_assert_null (error_under (find_entry_row (GTK_WIDGET (dialog), "Ends at (optional)")));
  g_assert_cmpuint (count_meetings (), ==, before);

  /* Now the rules speak: the end before the start */
  set_field (dialog, "Date", "2.3.2027");
  set_field (dialog, "Starts at", "13");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "plan.save", NULL);
  spin (50);
  g_assert_nonnull (dialog);
  g_assert_null (error_under (find_entry_row (GTK_WIDGET (dialog), "Date")));
  g_assert_null (error_under (find_entry_row (GTK_WIDGET (dialog), "Starts at")));
  g_assert_nonnull (strstr (error_under (find_entry_row (GTK_WIDGET (dialog), "Ends at (optional)")),
                            "must end after it starts"));

  /* A series that ends before it begins */
  set_field (dialog, "Ends at (optional)", "");
  gtk_switch_set_active (GTK_SWITCH (find_type (GTK_WIDGET (dialog), GTK_TYPE_SWITCH)), TRUE);
  set_field (dialog, "Until (optional)", "1.3.2027");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "plan.save", NULL);
  spin (50);
  g_assert_nonnull (dialog);
  g_assert_nonnull (error_under (find_entry_row (GTK_WIDGET (dialog), "Until (optional)")));
  g_assert_cmpuint (count_meetings (), ==, before);
  screenshot (GTK_WIDGET (dialog), "plan-dialog-errors.png");

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (parent));
  spin (50);
}

static void
test_dialog_saves_one (void)
{
  TfWindow *parent;
  TfMeetingPlanDialog *dialog = open_dialog (&parent, 0);
  guint before = count_meetings ();
  g_autofree char *typed = typed_day_from_today (20);
  g_autofree char *day = day_from_today (20);
  g_autoptr(TfMeeting) meeting = NULL;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_array_set_size (opened, 0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_type (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW)), 1);
  set_field (dialog, "Title (optional)", "Screening of new referrals");
  set_field (dialog, "Date", typed);
  set_field (dialog, "Starts at", "14");
  set_field (dialog, "Ends at (optional)", "15.30");
  set_field (dialog, "Place", "Rådhuset, mødelokale 2");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "plan.save", NULL);
  spin (50);
  g_assert_null (dialog);
  g_assert_cmpuint (count_meetings (), ==, before + 1);
  g_assert_cmpuint (opened->len, ==, 1);
  meeting = tf_meeting_load (session, last_opened (), NULL);
  g_assert_nonnull (meeting);
  g_assert_cmpstr (tf_meeting_get_kind (meeting), ==, "screening");
  g_assert_cmpstr (tf_meeting_get_title (meeting), ==, "Screening of new referrals");
  g_assert_cmpstr (tf_meeting_get_held_on (meeting), ==, day);
  g_assert_cmpstr (tf_meeting_get_start_time (meeting), ==, "14:00");
  g_assert_cmpstr (tf_meeting_get_end_time (meeting), ==, "15:30");
  g_assert_cmpstr (tf_meeting_get_place (meeting), ==, "Rådhuset, mødelokale 2");
  gtk_window_destroy (GTK_WINDOW (parent));
  spin (50);
}

static void
test_dialog_saves_series (void)
{
  TfWindow *parent;
  TfMeetingPlanDialog *dialog = open_dialog (&parent, 0);
  g_autofree char *first_typed = typed_day_from_today (40);
  g_autofree char *until_typed = typed_day_from_today (40 + 56);
  g_autofree char *first = day_from_today (40);
  g_autofree char *until = day_from_today (40 + 56);
  g_autoptr(GListModel) made = NULL;
  g_autoptr(TfMeeting) opened_meeting = NULL;
  gint64 series_id = 0;
  guint n, in_series = 0;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_array_set_size (opened, 0);
  set_field (dialog, "Date", first_typed);
  set_field (dialog, "Starts at", "13:00");
  set_field (dialog, "Ends at (optional)", "15");
  set_field (dialog, "Place", "Rådhuset");
  gtk_switch_set_active (GTK_SWITCH (find_type (GTK_WIDGET (dialog), GTK_TYPE_SWITCH)), TRUE);
  set_field (dialog, "Until (optional)", until_typed);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "plan.save", NULL);
  spin (50);
  g_assert_null (dialog);

  /* Every 14 days from the first day to the last, both included: 5 */
  g_assert_cmpuint (opened->len, ==, 1);
  opened_meeting = tf_meeting_load (session, last_opened (), NULL);
  g_assert_nonnull (opened_meeting);
  g_assert_cmpstr (tf_meeting_get_held_on (opened_meeting), ==, first);
  series_id = tf_meeting_get_series_id (opened_meeting);
  g_assert_cmpint (series_id, >, 0);
  made = tf_meeting_list_between (session, first, until, NULL);
  n = g_list_model_get_n_items (made);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfMeeting) meeting = g_list_model_get_item (made, i);

      if (tf_meeting_get_series_id (meeting) == series_id)
        {
          in_series++;
          g_assert_cmpstr (tf_meeting_get_kind (meeting), ==, "taskforce");
          g_assert_cmpstr (tf_meeting_get_start_time (meeting), ==, "13:00");
          g_assert_cmpstr (tf_meeting_get_end_time (meeting), ==, "15:00");
        }
    }
  g_assert_cmpuint (in_series, ==, 5);
  gtk_window_destroy (GTK_WINDOW (parent));
  spin (50);
}

static void
test_dialog_network_meeting (void)
{
  TfWindow *parent;
  TfMeetingPlanDialog *dialog = open_dialog (&parent, case_id);
  g_autofree char *typed = typed_day_from_today (7);
  g_autofree char *text = text_of (GTK_WIDGET (dialog));
  g_autoptr(TfMeeting) meeting = NULL;

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_array_set_size (opened, 0);
  /* The kind is fixed, the young person named, and there is no repeat. */
  g_assert_nonnull (strstr (text, "Emil Nørgaard"));
  g_assert_false (gtk_widget_get_visible (find_type (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW)));
  g_assert_false (gtk_widget_is_visible (find_type (GTK_WIDGET (dialog), GTK_TYPE_SWITCH)));
  screenshot (GTK_WIDGET (dialog), "plan-dialog-network.png");
  set_field (dialog, "Date", typed);
  set_field (dialog, "Starts at", "10");
  set_field (dialog, "Place", "Hjemme hos familien");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "plan.save", NULL);
  spin (50);
  g_assert_null (dialog);
  meeting = tf_meeting_load (session, last_opened (), NULL);
  g_assert_nonnull (meeting);
  g_assert_cmpstr (tf_meeting_get_kind (meeting), ==, "network");
  g_assert_cmpint (tf_meeting_get_case_id (meeting), ==, case_id);
  g_assert_cmpstr (tf_meeting_get_start_time (meeting), ==, "10:00");
  gtk_window_destroy (GTK_WINDOW (parent));
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

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *referral = NULL;
  g_autoptr(TfStore) store = NULL;
  g_autoptr(TfYoungPerson) person = NULL;
  g_autoptr(GSimpleAction) open_action = NULL;
  TfReferral referral_data = { 0 };
  int status;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  tmpdir = g_dir_make_tmp ("tf-meetings-view-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  path = g_build_filename (tmpdir, "meetings.db", NULL);
  store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  session = tf_session_new_for_login (store, "tester", "Tess Tester", &error);
  g_assert_no_error (error);

  person = tf_young_person_new ();
  g_object_set (person, "first-name", "Emil", "last-name", "Nørgaard", "cpr", "120410-4233",
                "gender", "boy", NULL);
  referral = day_from_today (-500);
  referral_data.referral_date = referral;
  referral_data.referral_source = "school";
  g_assert_true (tf_young_person_save (session, person, &referral_data, &case_id, &error));
  g_assert_no_error (error);

  m_plus3 = plan ("taskforce", 3, "13:00", "Rådhuset");
  m_plus5_network = plan ("network", 5, "10:00", "Skolen");
  m_plus10_screening = plan ("screening", 10, "09:00", NULL);
  m_minus30 = plan ("taskforce", -30, "13:00", "Rådhuset");
  m_minus400 = plan ("taskforce", -400, "13:00", "Rådhuset");
  m_minus380_screening = plan ("screening", -380, "09:00", NULL);

  /* The test's application: app.open-meeting records what it is asked. */
  opened = g_array_new (FALSE, FALSE, sizeof (gint64));
  app = gtk_application_new ("dk.norddjurs.Taskforce.TestMeetings", G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  open_action = g_simple_action_new ("open-meeting", G_VARIANT_TYPE_INT64);
  g_signal_connect (open_action, "activate", G_CALLBACK (open_meeting_cb), NULL);
  g_action_map_add_action (G_ACTION_MAP (app), G_ACTION (open_action));

  g_test_add_func ("/meetings/parse-time", test_parse_time);
  g_test_add_func ("/meetings/switcher", test_switcher);
  g_test_add_func ("/meetings/view-lists-in-order", test_view_lists_in_order);
  g_test_add_func ("/meetings/view-follows-the-store", test_view_follows_the_store);
  g_test_add_func ("/meetings/activate-opens-meeting", test_activate_opens_meeting);
  g_test_add_func ("/meetings/dialog-refuses", test_dialog_refuses);
  g_test_add_func ("/meetings/dialog-saves-one", test_dialog_saves_one);
  g_test_add_func ("/meetings/dialog-saves-series", test_dialog_saves_series);
  g_test_add_func ("/meetings/dialog-network-meeting", test_dialog_network_meeting);
  status = g_test_run ();

  g_clear_object (&app);
  g_clear_object (&session);
  g_clear_object (&store);
  g_array_unref (opened);
  remove_tree (tmpdir);
  return status;
}
