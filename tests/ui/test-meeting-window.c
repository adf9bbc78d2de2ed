/* test-meeting-window.c — the meeting window driven as a user would
 *
 * Each test opens a fixture meeting in a TfMeetingWindow and works it
 * through the window's actions, dialogs and buttons, then checks what
 * reached the core: the agenda in order, moving, removing and adding items
 * (and the refusal of a case already on the agenda, shown in the dialog),
 * attendance, the agenda builder, closing (refused with the core's message
 * while attendance is missing, then accepted, after which the window is
 * read-only), and one window per meeting through the application.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <adwaita.h>

#include "../test-meeting-fixture.h"

#include "tf-agenda-add-dialog.h"
#include "tf-agenda-row.h"
#include "tf-application.h"
#include "tf-meeting-window.h"

#include "test-meeting-window-helpers.h"

/* The item ids of the agenda in the core, in order. */
static GArray *
agenda_ids (Fixture *f,
            gint64   meeting_id)
{
  g_autoptr(GListModel) items = tf_agenda_list (f->session, meeting_id, NULL);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TfAgendaItem) item = g_list_model_get_item (items, i);
      gint64 id = tf_agenda_item_get_id (item);

      g_assert_cmpint (tf_agenda_item_get_position (item), ==, (int) i + 1);
      g_array_append_val (ids, id);
    }
  return ids;
}

/* The item ids the sidebar shows, in order (the meeting's own row left out). */
static GArray *
sidebar_ids (TfMeetingWindow *window)
{
  g_autoptr(GPtrArray) rows = widgets (GTK_WIDGET (window), TF_TYPE_AGENDA_ROW);
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_assert_cmpuint (rows->len, >=, 1);
  g_assert_cmpint (tf_agenda_row_get_item_id (rows->pdata[0]), ==, 0);
  for (guint i = 1; i < rows->len; i++)
    {
      gint64 id = tf_agenda_row_get_item_id (rows->pdata[i]);

      g_assert_cmpint (tf_agenda_row_get_position (rows->pdata[i]), ==, (int) i);
      g_array_append_val (ids, id);
    }
  return ids;
}

static void
assert_same_ids (GArray *a,
                 GArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpint (g_array_index (a, gint64, i), ==, g_array_index (b, gint64, i));
}

static void
assert_order (Fixture *f,
              gint64   meeting_id,
              TfMeetingWindow *window,
              gint64   first,
              gint64   second,
              gint64   third)
{
  g_autoptr(GArray) core = agenda_ids (f, meeting_id);
  g_autoptr(GArray) shown = sidebar_ids (window);

  g_assert_cmpuint (core->len, ==, 3);
  g_assert_cmpint (g_array_index (core, gint64, 0), ==, first);
  g_assert_cmpint (g_array_index (core, gint64, 1), ==, second);
  g_assert_cmpint (g_array_index (core, gint64, 2), ==, third);
  assert_same_ids (core, shown);
}

static void
respond (TfMeetingWindow *window,
         const char      *response)
{
  GtkWindow *dialog = find_dialog (GTK_WINDOW (window), ADW_TYPE_MESSAGE_DIALOG);

  g_assert_nonnull (dialog);
  /* As the dialog's button does: respond, then close. */
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), response);
  gtk_window_close (dialog);
  spin (100);
}

static TfMeetingWindow *
open_window (Fixture *f,
             gint64   meeting_id)
{
  TfMeetingWindow *window = tf_meeting_window_new (NULL, f->session, meeting_id);

  gtk_window_present (GTK_WINDOW (window));
  spin (150);
  return window;
}

static void
close_window (TfMeetingWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

/* A meeting today with two case items and a topic. */
static gint64
meeting_with_items (Fixture *f,
                    gint64  *a,
                    gint64  *b,
                    gint64  *c)
{
  g_autofree char *today = day_from_today (0);
  gint64 meeting_id = plan (f, "taskforce", today, 0);
  gint64 emil = new_case (f, "Emil", "2026-01-05");
  gint64 sofie = new_case (f, "Sofie", "2026-01-06");
  g_autoptr(GError) error = NULL;

  *a = tf_agenda_add (f->session, meeting_id, emil, NULL, &error);
  *b = tf_agenda_add (f->session, meeting_id, sofie, NULL, &error);
  *c = tf_agenda_add (f->session, meeting_id, 0, "Any other business", &error);
  g_assert_no_error (error);
  return meeting_id;
}

static void
test_items_in_order (Fixture       *f,
                     gconstpointer  data)
{
  gint64 a, b, c;
  gint64 meeting_id = meeting_with_items (f, &a, &b, &c);
  TfMeetingWindow *window = open_window (f, meeting_id);
  g_autofree char *text = visible_text (GTK_WIDGET (window));

  assert_order (f, meeting_id, window, a, b, c);
  /* The sidebar says "1  Emil Nørgaard" with why it is there. */
  g_assert_nonnull (strstr (text, "Meeting and participants"));
  g_assert_nonnull (strstr (text, "Emil Nørgaard"));
  g_assert_nonnull (strstr (text, "Added by hand"));
  /* The header: what, when, where and where it stands. */
  g_assert_nonnull (strstr (text, "Taskforce meeting"));
  g_assert_nonnull (strstr (text, " at 13.00–15.00 · Rådhuset, mødelokale 2 · Planned"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Taskforce meeting");

  /* Choosing an item shows its panel, and the meeting row the details. */
  g_assert_true (tf_meeting_window_select_item (window, b));
  g_assert_cmpint (tf_meeting_window_get_selected_item (window), ==, b);
  g_assert_true (tf_meeting_window_select_item (window, 0));
  g_assert_false (tf_meeting_window_select_item (window, 999999));
  close_window (window);
}

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  gint64 a, b, c;
  gint64 meeting_id = meeting_with_items (f, &a, &b, &c);
  TfMeetingWindow *window = open_window (f, meeting_id);

  g_assert_true (tf_meeting_window_select_item (window, c));
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.move-up", NULL);
  spin (100);
  assert_order (f, meeting_id, window, a, c, b);
  /* The item moved stays the one shown, so it can be moved again. */
  g_assert_cmpint (tf_meeting_window_get_selected_item (window), ==, c);
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.move-up", NULL);
  spin (100);
  assert_order (f, meeting_id, window, c, a, b);
  /* At the top it goes no further. */
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.move-up", NULL);
  spin (100);
  assert_order (f, meeting_id, window, c, a, b);

  /* From the keyboard: the focus stays on the moved item's row, so
   * Alt+Down can be pressed again. */
  g_assert_true (tf_meeting_window_select_item (window, a));
  {
    g_autoptr(GPtrArray) rows = widgets (GTK_WIDGET (window), TF_TYPE_AGENDA_ROW);

    for (guint i = 0; i < rows->len; i++)
      if (tf_agenda_row_get_item_id (rows->pdata[i]) == a)
        gtk_widget_grab_focus (rows->pdata[i]);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.move-down", NULL);
  spin (100);
  assert_order (f, meeting_id, window, c, b, a);
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

    g_assert_true (TF_IS_AGENDA_ROW (focus));
    g_assert_cmpint (tf_agenda_row_get_item_id (TF_AGENDA_ROW (focus)), ==, a);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.move-down", NULL);
  spin (100);
  assert_order (f, meeting_id, window, c, b, a);
  close_window (window);
}

static void
test_remove (Fixture       *f,
             gconstpointer  data)
{
  gint64 a, b, c;
  gint64 meeting_id = meeting_with_items (f, &a, &b, &c);
  TfMeetingWindow *window = open_window (f, meeting_id);
  g_autoptr(GArray) core = NULL;
  g_autoptr(GArray) shown = NULL;

  /* Asked first; "Cancel" keeps it. */
  g_assert_true (tf_meeting_window_select_item (window, b));
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.remove-item", NULL);
  spin (50);
  respond (window, "keep");
  assert_order (f, meeting_id, window, a, b, c);

  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.remove-item", NULL);
  spin (50);
  respond (window, "remove");
  core = agenda_ids (f, meeting_id);
  shown = sidebar_ids (window);
  g_assert_cmpuint (core->len, ==, 2);
  g_assert_cmpint (g_array_index (core, gint64, 0), ==, a);
  g_assert_cmpint (g_array_index (core, gint64, 1), ==, c);
  assert_same_ids (core, shown);
  /* The removed item gives way to the meeting itself. */
  g_assert_cmpint (tf_meeting_window_get_selected_item (window), ==, 0);
  close_window (window);
}

static TfAgendaAddDialog *
open_add_dialog (TfMeetingWindow *window,
                 const char      *search)
{
  GtkWindow *dialog;
  g_autoptr(GPtrArray) entries = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.add-item", NULL);
  spin (100);
  dialog = find_dialog (GTK_WINDOW (window), TF_TYPE_AGENDA_ADD_DIALOG);
  g_assert_nonnull (dialog);
  entries = widgets (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY);
  g_assert_cmpuint (entries->len, ==, 1);
  gtk_editable_set_text (GTK_EDITABLE (entries->pdata[0]), search);
  spin (400);   /* the search entry waits a moment before it searches */
  return TF_AGENDA_ADD_DIALOG (dialog);
}

/* The dialog's row for @name, which must be the only match. */
static GtkWidget *
case_row (TfAgendaAddDialog *dialog,
          const char        *name)
{
  g_autoptr(GPtrArray) rows = widgets (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW);
  GtkWidget *found = NULL;
  guint n = 0;

  for (guint i = 0; i < rows->len; i++)
    if (g_object_get_data (rows->pdata[i], "tf-case-id") != NULL ||
        !gtk_widget_get_sensitive (rows->pdata[i]))
      {
        n++;
        if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), name) == 0)
          found = rows->pdata[i];
      }
  g_assert_cmpuint (n, ==, 1);
  g_assert_nonnull (found);
  return found;
}

static void
test_add_case (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *today = day_from_today (0);
  gint64 meeting_id = plan (f, "taskforce", today, 0);
  gint64 emil = new_case (f, "Emil", "2026-01-05");
  gint64 closed = new_case (f, "Ida", "2026-01-05");
  TfMeetingWindow *window = NULL;
  TfAgendaAddDialog *dialog;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(TfAgendaItem) item = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) search = NULL;

  new_case (f, "Sofie", "2026-01-06");
  set_case (f, closed, "closed", NULL);
  window = open_window (f, meeting_id);

  /* Searching narrows the cases in SQL; the chosen one lands on the agenda. */
  dialog = open_add_dialog (window, "Emil");
  gtk_widget_activate (case_row (dialog, "Emil Nørgaard"));
  spin (150);
  g_assert_null (find_dialog (GTK_WINDOW (window), TF_TYPE_AGENDA_ADD_DIALOG));
  items = tf_agenda_list (f->session, meeting_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  item = g_list_model_get_item (items, 0);
  g_assert_cmpint (tf_agenda_item_get_case_id (item), ==, emil);
  g_assert_cmpstr (tf_agenda_item_get_reason (item), ==, "manual");
  /* ...and is shown at once. */
  g_assert_cmpint (tf_meeting_window_get_selected_item (window), ==, tf_agenda_item_get_id (item));

  /* A second item for the same case is refused, and the dialog says why. */
  dialog = open_add_dialog (window, "Emil");
  gtk_widget_activate (case_row (dialog, "Emil Nørgaard"));
  spin (100);
  g_assert_true (find_dialog (GTK_WINDOW (window), TF_TYPE_AGENDA_ADD_DIALOG) == GTK_WINDOW (dialog));
  text = visible_text (GTK_WIDGET (dialog));
  g_assert_nonnull (strstr (text, "Emil Nørgaard is already on this agenda."));
  g_assert_nonnull (strstr (text, "· already on this agenda"));
  g_clear_object (&items);
  items = tf_agenda_list (f->session, meeting_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);

  /* A closed case shows, but cannot be chosen. */
  search = widgets (GTK_WIDGET (dialog), GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (search->pdata[0]), "Ida");
  spin (400);
  g_assert_false (gtk_widget_get_sensitive (case_row (dialog, "Ida Nørgaard")));
  gtk_window_destroy (GTK_WINDOW (dialog));
  close_window (window);
}

/* The attendance button of a participant, found anew (rows are rebuilt on
 * every change). */
static GtkToggleButton *
attendance_button (TfMeetingWindow *window,
                   const char      *name,
                   const char      *label)
{
  g_autoptr(GPtrArray) rows = widgets (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW);

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (rows->pdata[i]), name) == 0)
      {
        GtkWidget *button = find_button (rows->pdata[i], label);

        if (button != NULL && GTK_IS_TOGGLE_BUTTON (button))
          return GTK_TOGGLE_BUTTON (button);
      }
  g_error ("no %s button for %s", label, name);
  return NULL;
}

static TfAttendance
attended (Fixture    *f,
          gint64      meeting_id,
          const char *name)
{
  g_autoptr(GListModel) participants = tf_meeting_list_participants (f->session, meeting_id, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(TfMeetingParticipant) p = g_list_model_get_item (participants, i);

      if (g_strcmp0 (tf_meeting_participant_get_name (p), name) == 0)
        return tf_meeting_participant_get_attended (p);
    }
  g_error ("%s is not a participant", name);
  return TF_ATTENDANCE_UNKNOWN;
}

static void
test_attendance (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *today = day_from_today (0);
  gint64 meeting_id = plan (f, "taskforce", today, 0);
  TfMeetingWindow *window = open_window (f, meeting_id);

  g_assert_cmpint (attended (f, meeting_id, "Anders Berg"), ==, TF_ATTENDANCE_UNKNOWN);
  gtk_toggle_button_set_active (attendance_button (window, "Anders Berg", "Present"), TRUE);
  spin (100);
  g_assert_cmpint (attended (f, meeting_id, "Anders Berg"), ==, TF_ATTENDANCE_YES);
  g_assert_cmpint (attended (f, meeting_id, "Birthe Dam"), ==, TF_ATTENDANCE_UNKNOWN);

  /* Absent lets go of Present. */
  gtk_toggle_button_set_active (attendance_button (window, "Anders Berg", "Absent"), TRUE);
  spin (100);
  g_assert_cmpint (attended (f, meeting_id, "Anders Berg"), ==, TF_ATTENDANCE_NO);
  g_assert_false (gtk_toggle_button_get_active (attendance_button (window, "Anders Berg", "Present")));

  /* Letting go of the pressed one: attendance not taken again. */
  gtk_toggle_button_set_active (attendance_button (window, "Anders Berg", "Absent"), FALSE);
  spin (100);
  g_assert_cmpint (attended (f, meeting_id, "Anders Berg"), ==, TF_ATTENDANCE_UNKNOWN);
  close_window (window);
}

static void
test_build_agenda (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *day = day_from_today (3);
  g_autofree char *due = day_from_today (1);
  gint64 meeting_id = plan (f, "taskforce", day, 0);
  gint64 emil = new_case (f, "Emil", "2026-01-05");
  gint64 later = new_case (f, "Sofie", "2026-01-05");
  g_autofree char *after = day_from_today (30);
  TfMeetingWindow *window;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(TfAgendaItem) item = NULL;
  g_autoptr(GArray) shown = NULL;

  set_case (f, emil, "active", due);
  set_case (f, later, "active", after);
  window = open_window (f, meeting_id);
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.build-agenda", NULL);
  spin (150);

  items = tf_agenda_list (f->session, meeting_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  item = g_list_model_get_item (items, 0);
  g_assert_cmpint (tf_agenda_item_get_case_id (item), ==, emil);
  g_assert_cmpstr (tf_agenda_item_get_reason (item), ==, "follow-up");
  shown = sidebar_ids (window);
  g_assert_cmpuint (shown->len, ==, 1);

  /* Again: nothing more is due, and nothing is added twice. */
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.build-agenda", NULL);
  spin (100);
  g_clear_object (&items);
  items = tf_agenda_list (f->session, meeting_id, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 1);
  close_window (window);
}

static void
test_close (Fixture       *f,
            gconstpointer  data)
{
  gint64 a, b, c;
  gint64 meeting_id = meeting_with_items (f, &a, &b, &c);
  TfMeetingWindow *window = open_window (f, meeting_id);
  g_autoptr(TfMeeting) meeting = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *refused = NULL;
  g_autofree char *closed = NULL;
  GtkWidget *close_button = find_button (GTK_WIDGET (window), "Close Meeting…");
  gint64 ids[] = { a, b, c };

  g_assert_nonnull (close_button);
  g_assert_true (gtk_widget_get_visible (close_button));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(TfAgendaItem) item = tf_agenda_item_load (f->session, ids[i], NULL);

      g_assert_true (tf_agenda_item_set_minutes (f->session, ids[i], tf_agenda_item_get_version (item),
                                                 "Talked it over.", "Carry on.", NULL));
    }

  /* Attendance not taken: refused, with the core's words in full. */
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.close", NULL);
  spin (50);
  respond (window, "close");
  refused = visible_text (GTK_WIDGET (window));
  g_assert_nonnull (strstr (refused, "Take attendance before closing the meeting: mark who came."));
  meeting = load_meeting (f, meeting_id);
  g_assert_cmpint (tf_meeting_get_status (meeting), ==, TF_MEETING_PLANNED);

  /* Attendance through the window; then it closes. */
  gtk_toggle_button_set_active (attendance_button (window, "Anders Berg", "Present"), TRUE);
  gtk_toggle_button_set_active (attendance_button (window, "Birthe Dam", "Absent"), TRUE);
  spin (100);
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.close", NULL);
  spin (50);
  respond (window, "close");
  g_clear_object (&meeting);
  meeting = load_meeting (f, meeting_id);
  g_assert_cmpint (tf_meeting_get_status (meeting), ==, TF_MEETING_CLOSED);

  /* Read-only, and says so: who closed it, the lock. */
  closed = visible_text (GTK_WIDGET (window));
  g_assert_nonnull (strstr (closed, "The minutes are closed and locked. Closed by Mette Holm on "));
  g_assert_null (strstr (closed, "Take attendance"));
  g_assert_false (gtk_widget_get_visible (close_button));
  g_assert_false (gtk_widget_get_visible (find_button (GTK_WIDGET (window), "Build Agenda")));
  /* Attendance as words, no buttons; the details as facts, no fields. */
  g_assert_nonnull (strstr (closed, "Anders Berg\nFTI\nPresent\n"));
  g_assert_nonnull (strstr (closed, "Birthe Dam\nAlmenskole\nAbsent\n"));
  g_assert_null (find_button (GTK_WIDGET (window), "Present"));
  g_assert_null (find_button (GTK_WIDGET (window), "Absent"));
  entries = widgets (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW);
  for (guint i = 0; i < entries->len; i++)
    if (gtk_widget_is_visible (entries->pdata[i]))
      g_assert_false (gtk_editable_get_editable (entries->pdata[i]));
  g_assert_false (gtk_widget_is_visible (find_button (GTK_WIDGET (window), "Invite")));

  /* The window's actions do nothing any more. */
  g_assert_true (tf_meeting_window_select_item (window, c));
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.move-up", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.remove-item", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.add-item", NULL);
  spin (100);
  g_assert_null (find_dialog (GTK_WINDOW (window), ADW_TYPE_MESSAGE_DIALOG));
  g_assert_null (find_dialog (GTK_WINDOW (window), TF_TYPE_AGENDA_ADD_DIALOG));
  assert_order (f, meeting_id, window, a, b, c);
  close_window (window);
}

/* Minutes typed in the item panel but not saved yet go in before the
 * meeting closes (afterwards they could not: the minutes lock). */
static void
test_close_saves_typed_minutes (Fixture       *f,
                                gconstpointer  data)
{
  gint64 a, b, c;
  gint64 meeting_id = meeting_with_items (f, &a, &b, &c);
  TfMeetingWindow *window = open_window (f, meeting_id);
  g_autoptr(TfMeeting) meeting = NULL;
  g_autoptr(TfAgendaItem) item = NULL;
  g_autoptr(GPtrArray) views = NULL;
  gint64 done[] = { a, b };

  for (guint i = 0; i < G_N_ELEMENTS (done); i++)
    {
      g_autoptr(TfAgendaItem) it = tf_agenda_item_load (f->session, done[i], NULL);

      g_assert_true (tf_agenda_item_set_minutes (f->session, done[i], tf_agenda_item_get_version (it),
                                                 "Talked it over.", "Carry on.", NULL));
    }
  gtk_toggle_button_set_active (attendance_button (window, "Anders Berg", "Present"), TRUE);
  gtk_toggle_button_set_active (attendance_button (window, "Birthe Dam", "Present"), TRUE);
  spin (100);

  /* Item 3's minutes typed, not saved. */
  g_assert_true (tf_meeting_window_select_item (window, c));
  spin (150);
  views = widgets (GTK_WIDGET (window), GTK_TYPE_TEXT_VIEW);
  g_assert_cmpuint (views->len, ==, 2);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (views->pdata[0]), "Typed in the meeting.", -1);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (views->pdata[1]), "Decided in the meeting.", -1);

  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.close", NULL);
  spin (50);
  respond (window, "close");
  meeting = load_meeting (f, meeting_id);
  g_assert_cmpint (tf_meeting_get_status (meeting), ==, TF_MEETING_CLOSED);
  item = tf_agenda_item_load (f->session, c, NULL);
  g_assert_cmpstr (tf_agenda_item_get_discussion (item), ==, "Typed in the meeting.");
  g_assert_cmpstr (tf_agenda_item_get_decision (item), ==, "Decided in the meeting.");

  /* Closed minutes can still be exported and printed: the menu stays. */
  {
    g_autoptr(GPtrArray) menus = widgets (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);

    g_assert_true (gtk_widget_get_visible (menus->pdata[0]));
  }
  close_window (window);
}

static void
test_save_details (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *today = day_from_today (0);
  gint64 meeting_id = plan (f, "taskforce", today, 0);
  TfMeetingWindow *window = open_window (f, meeting_id);
  g_autoptr(GPtrArray) entries = widgets (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW);
  GtkWidget *save = find_button (GTK_WIDGET (window), "Save");
  g_autoptr(TfMeeting) meeting = NULL;
  g_autofree char *text = NULL;
  GtkEditable *start = NULL, *place = NULL;

  for (guint i = 0; i < entries->len; i++)
    {
      const char *title = adw_preferences_row_get_title (entries->pdata[i]);

      if (g_strcmp0 (title, "Starts") == 0)
        start = entries->pdata[i];
      else if (g_strcmp0 (title, "Place") == 0)
        place = entries->pdata[i];
    }
  g_assert_nonnull (start);
  g_assert_nonnull (save);

  /* A bad time: the core's message under the field, nothing saved. */
  gtk_editable_set_text (start, "25:99");
  g_signal_emit_by_name (save, "clicked");
  spin (50);
  text = visible_text (GTK_WIDGET (window));
  if (strstr (text, "Start: not a time. Write it as 13:00.") == NULL)
    g_error ("no message under the start time:\n%s", text);
  meeting = load_meeting (f, meeting_id);
  g_assert_cmpstr (tf_meeting_get_start_time (meeting), ==, "13:00");

  gtk_editable_set_text (start, "12:30");
  gtk_editable_set_text (place, "Skolen");
  g_signal_emit_by_name (save, "clicked");
  spin (100);
  g_clear_object (&meeting);
  meeting = load_meeting (f, meeting_id);
  g_assert_cmpstr (tf_meeting_get_start_time (meeting), ==, "12:30");
  g_assert_cmpstr (tf_meeting_get_place (meeting), ==, "Skolen");
  close_window (window);
}

/* Inviting a staff member and a guest through the details pane; a second
 * invitation of the same staff member is refused under the invite rows. */
static void
test_invite (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *today = day_from_today (0);
  gint64 meeting_id = plan (f, "taskforce", today, 0);
  TfMeetingWindow *window = open_window (f, meeting_id);
  g_autoptr(GPtrArray) combos = widgets (GTK_WIDGET (window), ADW_TYPE_COMBO_ROW);
  g_autoptr(GPtrArray) entries = widgets (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW);
  AdwComboRow *staff = NULL, *organisation = NULL;
  GtkEditable *guest = NULL;
  GListModel *names;
  g_autofree char *text = NULL;
  guint police = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < combos->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (combos->pdata[i]), "Invite staff member") == 0)
      staff = combos->pdata[i];
    else if (g_strcmp0 (adw_preferences_row_get_title (combos->pdata[i]), "Organisation") == 0)
      organisation = combos->pdata[i];
  for (guint i = 0; i < entries->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (entries->pdata[i]), "Guest’s name") == 0)
      guest = entries->pdata[i];
  g_assert_nonnull (staff);
  g_assert_nonnull (organisation);
  g_assert_nonnull (guest);

  names = adw_combo_row_get_model (staff);
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      g_autoptr(GtkStringObject) name = g_list_model_get_item (names, i);

      if (g_str_has_prefix (gtk_string_object_get_string (name), "Dorte Politi"))
        police = i;
    }
  g_assert_cmpuint (police, !=, GTK_INVALID_LIST_POSITION);
  adw_combo_row_set_selected (staff, police);
  g_signal_emit_by_name (find_button (GTK_WIDGET (window), "Invite"), "clicked");
  spin (100);
  g_assert_cmpint (attended (f, meeting_id, "Dorte Politi"), ==, TF_ATTENDANCE_UNKNOWN);

  /* Again: refused, and said where the user is. */
  adw_combo_row_set_selected (staff, police);
  g_signal_emit_by_name (find_button (GTK_WIDGET (window), "Invite"), "clicked");
  spin (100);
  text = visible_text (GTK_WIDGET (window));
  g_assert_nonnull (strstr (text, "This staff member is already invited."));

  gtk_editable_set_text (guest, "Jesper Yilmaz");
  adw_combo_row_set_selected (organisation, 0);
  g_signal_emit_by_name (find_button (GTK_WIDGET (window), "Add Guest"), "clicked");
  spin (100);
  g_assert_cmpint (attended (f, meeting_id, "Jesper Yilmaz"), ==, TF_ATTENDANCE_UNKNOWN);
  g_assert_cmpstr (gtk_editable_get_text (guest), ==, "");
  close_window (window);
}

static GtkEditable *
entry_row (TfMeetingWindow *window,
           const char      *title)
{
  g_autoptr(GPtrArray) entries = widgets (GTK_WIDGET (window), ADW_TYPE_ENTRY_ROW);

  for (guint i = 0; i < entries->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (entries->pdata[i]), title) == 0)
      return entries->pdata[i];
  g_error ("no field %s", title);
  return NULL;
}

/* Another desk saves the meeting while this one edits it: Save brings the
 * conflict dialog; "save mine" saves on top of their version. What is being
 * typed is not overwritten by the reload their change causes. */
static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *today = day_from_today (0);
  gint64 meeting_id = plan (f, "taskforce", today, 0);
  TfMeetingWindow *window = open_window (f, meeting_id);
  g_autoptr(TfMeeting) meeting = load_meeting (f, meeting_id);
  g_autoptr(GError) error = NULL;
  TfMeetingDraft theirs = { 0 };

  gtk_editable_set_text (entry_row (window, "Place"), "Skolen");
  theirs.id = meeting_id;
  theirs.version = tf_meeting_get_version (meeting);
  theirs.held_on = tf_meeting_get_held_on (meeting);
  theirs.start_time = "14:00";
  theirs.end_time = "15:00";
  theirs.place = "Politigården";
  g_assert_cmpint (tf_meeting_save (f->session, &theirs, &error), ==, meeting_id);
  g_assert_no_error (error);
  spin (100);
  g_assert_cmpstr (gtk_editable_get_text (entry_row (window, "Place")), ==, "Skolen");

  g_signal_emit_by_name (find_button (GTK_WIDGET (window), "Save"), "clicked");
  spin (100);
  respond (window, "mine");
  g_clear_object (&meeting);
  meeting = load_meeting (f, meeting_id);
  g_assert_cmpstr (tf_meeting_get_place (meeting), ==, "Skolen");
  close_window (window);
}

/* Cancelling asks first, then leaves the meeting read-only with a banner. */
static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  gint64 a, b, c;
  gint64 meeting_id = meeting_with_items (f, &a, &b, &c);
  TfMeetingWindow *window = open_window (f, meeting_id);
  g_autoptr(TfMeeting) meeting = NULL;
  g_autofree char *text = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.cancel", NULL);
  spin (50);
  respond (window, "keep");
  meeting = load_meeting (f, meeting_id);
  g_assert_cmpint (tf_meeting_get_status (meeting), ==, TF_MEETING_PLANNED);

  gtk_widget_activate_action (GTK_WIDGET (window), "meeting.cancel", NULL);
  spin (50);
  respond (window, "cancel-meeting");
  g_clear_object (&meeting);
  meeting = load_meeting (f, meeting_id);
  g_assert_cmpint (tf_meeting_get_status (meeting), ==, TF_MEETING_CANCELLED);
  text = visible_text (GTK_WIDGET (window));
  g_assert_nonnull (strstr (text, "This meeting is cancelled."));
  g_assert_false (gtk_widget_get_visible (find_button (GTK_WIDGET (window), "Close Meeting…")));
  g_assert_null (find_button (GTK_WIDGET (window), "Present"));
  /* No minutes of a cancelled meeting to export or print: no menu. */
  {
    g_autoptr(GPtrArray) menus = widgets (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);

    g_assert_false (gtk_widget_get_visible (menus->pdata[0]));
  }
  close_window (window);
}

/* One window per meeting, through the application as --meeting and
 * app.open-meeting reach it. */
typedef struct
{
  Fixture *f;
  gint64   meeting_id;
  gboolean checked;
} AppCheck;

static guint
count_meeting_windows (GApplication *app)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (TF_IS_MEETING_WINDOW (l->data))
      n++;
  return n;
}

static gboolean
check_one_window_cb (gpointer user_data)
{
  GApplication *app = user_data;
  AppCheck *check = g_object_get_data (G_OBJECT (app), "check");
  TfMeetingWindow *first, *again;

  /* --meeting opened it already */
  g_assert_cmpuint (count_meeting_windows (app), ==, 1);
  first = tf_application_open_meeting (TF_APPLICATION (app), check->meeting_id);
  again = tf_application_open_meeting (TF_APPLICATION (app), check->meeting_id);
  g_assert_true (first == again);
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-meeting",
                                  g_variant_new_int64 (check->meeting_id));
  g_assert_cmpuint (count_meeting_windows (app), ==, 1);
  g_assert_cmpint (tf_meeting_window_get_meeting_id (first), ==, check->meeting_id);
  check->checked = TRUE;
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
  g_autofree char *today = day_from_today (0);
  AppCheck check = { f, plan (f, "taskforce", today, 0), FALSE };
  g_autoptr(TfApplication) app = tf_application_new (G_APPLICATION_NON_UNIQUE);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, check.meeting_id);
  char *argv[] = { "taskforce", "--database", (char *) tf_store_get_path (f->store), "--meeting", id, NULL };

  g_object_set_data (G_OBJECT (app), "check", &check);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), NULL);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 5, argv), ==, 0);
  g_assert_true (check.checked);
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
  xdg = g_dir_make_tmp ("tf-meeting-window-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", xdg, TRUE);
  g_setenv ("XDG_CONFIG_HOME", xdg, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, fn) g_test_add ("/meeting-window/" path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("items-in-order", test_items_in_order);
  ADD ("move", test_move);
  ADD ("remove", test_remove);
  ADD ("add-case", test_add_case);
  ADD ("attendance", test_attendance);
  ADD ("build-agenda", test_build_agenda);
  ADD ("close", test_close);
  ADD ("close-saves-typed-minutes", test_close_saves_typed_minutes);
  ADD ("save-details", test_save_details);
  ADD ("invite", test_invite);
  ADD ("conflict", test_conflict);
  ADD ("cancel", test_cancel);
  ADD ("one-window", test_one_window);
#undef ADD

  return g_test_run ();
}
