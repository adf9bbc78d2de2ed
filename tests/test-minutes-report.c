/* test-minutes-report.c — the minutes of a meeting as PDF: items with
 * "Decision for item N:" in order, tasks and participants, the draft
 * marking only while not closed, a cancelled meeting refused, a failed
 * write leaving no file; and `taskforce minutes` on a demo store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <sys/wait.h>

#include "taskforce-report.h"
#include "test-meeting-fixture.h"
#include "test-report-pdf.h"

#define DRAFT "Draft — the minutes are not closed"

typedef struct
{
  gint64 meeting;
  gint64 items[3];
} Minutes;

static gint64
participant (Fixture    *f,
             gint64      meeting,
             const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) people = tf_meeting_list_participants (f->session, meeting, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(TfMeetingParticipant) p = g_list_model_get_item (people, i);

      if (g_strcmp0 (tf_meeting_participant_get_name (p), name) == 0)
        return tf_meeting_participant_get_id (p);
    }
  g_error ("%s is not invited", name);
}

/* A held taskforce meeting: three items with minutes, attendance (Anders
 * came, Birthe sent apologies, Dorte of the police was invited but not
 * marked) and two tasks under item 2. */
static void
make_meeting (Fixture *f,
              Minutes *m)
{
  g_autoptr(GError) error = NULL;
  const char *names[] = { "Emil", "Oskar", "Liva" };

  m->meeting = plan (f, "taskforce", "2026-02-12", 0);
  for (int i = 0; i < 3; i++)
    {
      gint64 case_id = new_case (f, names[i], "2026-01-05");
      g_autofree char *discussion = g_strdup_printf ("Discussion about %s at school.", names[i]);
      g_autofree char *decision = g_strdup_printf ("Decided for %s: a mentor twice a week.", names[i]);

      m->items[i] = tf_agenda_add (f->session, m->meeting, case_id, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (tf_agenda_item_set_minutes (f->session, m->items[i], 1, discussion, decision, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpint (tf_meeting_invite_staff (f->session, m->meeting, f->police, &error), >, 0);
  g_assert_true (tf_meeting_set_attended (f->session, participant (f, m->meeting, "Anders Berg"),
                                          TF_ATTENDANCE_YES, &error));
  g_assert_true (tf_meeting_set_attended (f->session, participant (f, m->meeting, "Birthe Dam"),
                                          TF_ATTENDANCE_NO, &error));
  g_assert_no_error (error);
  {
    TfTaskDraft later = { 0, m->items[1], "Book a home visit", f->fixed_b, "2026-03-02" };
    TfTaskDraft sooner = { 0, m->items[1], "Call the school", f->fixed_a, "2026-02-20" };

    g_assert_cmpint (tf_task_add (f->session, &later, &error), >, 0);
    g_assert_cmpint (tf_task_add (f->session, &sooner, &error), >, 0);
    g_assert_no_error (error);
  }
}

static char *
minutes_text (Fixture *f,
              gint64   meeting,
              int     *n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (f->dir, "minutes.pdf", NULL);
  g_auto(GStrv) pages = NULL;

  g_assert_true (tf_minutes_report_write_pdf (f->session, meeting, path, &error));
  g_assert_no_error (error);
  pages = pdf_pages (path);
  g_unlink (path);
  if (n_pages != NULL)
    *n_pages = (int) g_strv_length (pages);
  return g_strjoinv ("\f", pages);
}

static void
assert_in_order (const char         *text,
                 const char * const *words)
{
  gssize last = -1;

  for (guint i = 0; words[i] != NULL; i++)
    {
      gssize at = find (text + last + 1, words[i]);

      if (at < 0)
        g_error ("«%s» is missing or out of order in:\n%s", words[i], text);
      last += 1 + at;
    }
}

static void
test_items_in_order (Fixture       *f,
                     gconstpointer  data)
{
  Minutes m;
  g_autofree char *text = NULL;
  int n_pages = 0;
  const char *order[] = {
    "Minutes of taskforce meeting",
    "Agenda",
    "Item 1: Emil Nørgaard",
    "Item 2: Oskar Nørgaard",
    "Item 3: Liva Nørgaard",
    "Item 1: Emil Nørgaard",
    "Discussion", "Discussion about Emil at school.",
    "Decision for item 1:", "Decided for Emil: a mentor twice a week.",
    "Item 2: Oskar Nørgaard",
    "Discussion about Oskar at school.",
    "Decision for item 2:", "Decided for Oskar: a mentor twice a week.",
    "Tasks", "Call the school", "Book a home visit",
    "Item 3: Liva Nørgaard",
    "Decision for item 3:", "Decided for Liva",
    NULL
  };

  make_meeting (f, &m);
  text = minutes_text (f, m.meeting, &n_pages);
  assert_in_order (text, order);
  /* the tasks with who and by when, sooner first */
  assert_contains (text, "Anders Berg");
  {
    g_autofree char *sooner = tf_format_date ("2026-02-20");
    g_autofree char *later = tf_format_date ("2026-03-02");
    g_autofree char *held = tf_format_date ("2026-02-12");
    g_autofree char *day = g_strdup_printf ("Thursday %s", held);

    g_assert_cmpint (find (text, sooner), >, find (text, "Call the school"));
    g_assert_cmpint (find (text, sooner), <, find (text, "Book a home visit"));
    assert_contains (text, later);
    /* the meeting */
    assert_contains (text, day);
  }
  assert_contains (text, "13.00–15.00");
  assert_contains (text, "Rådhuset, mødelokale 2");
  {
    const char *people[] = { "Participants", "Anders Berg", "Apologies and absent", "Birthe Dam",
                             "Invited, attendance not taken", "Dorte Politi", NULL };

    assert_in_order (text, people);
  }
  /* only the tasks of item 2, and under it */
  g_assert_cmpint (find (text, "Call the school"), >, find (text, "Decision for item 2:"));
  g_assert_cmpint (find (text, "Call the school"), <, find (text, "Decision for item 3:"));
  /* a page count footer on each page */
  for (int i = 1; i <= n_pages; i++)
    {
      g_autofree char *footer = g_strdup_printf ("Page %d of %d", i, n_pages);
      assert_contains (text, footer);
    }
}

static void
test_draft_until_closed (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *closed = NULL;
  g_autoptr(TfMeeting) meeting = NULL;
  Minutes m;

  make_meeting (f, &m);
  draft = minutes_text (f, m.meeting, NULL);
  assert_contains (draft, DRAFT);
  assert_lacks (draft, "Minutes closed by");

  meeting = load_meeting (f, m.meeting);
  g_assert_true (tf_meeting_close (f->session, m.meeting, tf_meeting_get_version (meeting), &error));
  g_assert_no_error (error);
  closed = minutes_text (f, m.meeting, NULL);
  assert_lacks (closed, DRAFT);
  assert_contains (closed, "Minutes closed by Mette Holm");
  assert_contains (closed, "Decision for item 2:");
}

static void
test_cancelled_refused (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfReport) report = NULL;
  g_autofree char *path = g_build_filename (f->dir, "cancelled.pdf", NULL);
  gint64 id = plan (f, "taskforce", "2026-02-26", 0);

  g_assert_true (tf_meeting_cancel (f->session, id, 1, &error));
  g_assert_no_error (error);
  report = tf_minutes_report_new (f->session, id, &error);
  g_assert_null (report);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  assert_contains (error->message, "cancelled");
  g_clear_error (&error);
  g_assert_false (tf_minutes_report_write_pdf (f->session, id, path, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  /* a meeting that does not exist */
  g_assert_null (tf_minutes_report_new (f->session, 4242, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_NOT_FOUND);
}

static void
test_unwritable (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", NULL);
  g_autofree char *path = g_build_filename (missing, "minutes.pdf", NULL);
  Minutes m;

  make_meeting (f, &m);
  g_assert_false (tf_minutes_report_write_pdf (f->session, m.meeting, path, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  assert_contains (error->message, "minutes.pdf");
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* The command line on a demo store */

static int
run (const char * const *argv,
     char              **out,
     char              **err)
{
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, out, err, &status, &error))
    g_error ("could not run %s: %s", argv[0], error->message);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
test_command_line (void)
{
  const char *program = g_getenv ("TASKFORCE_PROGRAM");
  g_autofree char *dir = g_dir_make_tmp ("tf-minutes-cli-XXXXXX", NULL);
  g_autofree char *db = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *pdf = g_build_filename (dir, "minutes.pdf", NULL);
  g_autofree char *bad = g_build_filename (dir, "missing", "minutes.pdf", NULL);
  g_autofree char *id = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStore) store = NULL;
  sqlite3_stmt *stmt = NULL;
  gsize length = 0;

  if (program == NULL)
    {
      g_test_skip ("TASKFORCE_PROGRAM is not set");
      return;
    }
  {
    const char *fill[] = { program, "demo-data", "--database", db, "--young-people", "6",
                           "--seed", "7", NULL };
    g_assert_cmpint (run (fill, &out, &err), ==, 0);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  store = tf_store_open (db, TF_STORE_OPEN_EXISTING, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (tf_store_get_db (store),
                   "SELECT id FROM meeting WHERE status = 'closed' ORDER BY held_on DESC LIMIT 1",
                   -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  id = g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) sqlite3_column_int64 (stmt, 0));
  sqlite3_finalize (stmt);
  g_clear_object (&store);

  {
    const char *minutes[] = { program, "minutes", "--meeting", id, "--database", db,
                              "--output", pdf, NULL };
    g_assert_cmpint (run (minutes, &out, &err), ==, 0);
    g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
    g_assert_cmpuint (length, >, 1000);
    g_assert_true (g_str_has_prefix (contents, "%PDF"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *no_meeting[] = { program, "minutes", "--meeting", "999999", "--database", db,
                                 "--output", pdf, NULL };
    g_assert_cmpint (run (no_meeting, &out, &err), ==, 1);
    assert_contains (err, "no longer exists");
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *unwritable[] = { program, "minutes", "--meeting", id, "--database", db,
                                 "--output", bad, NULL };
    g_assert_cmpint (run (unwritable, &out, &err), ==, 1);
    assert_contains (err, "Could not write");
    g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        g_unlink (path);
      }
    g_rmdir (dir);
  }
}

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ADD ("/minutes-report/items-in-order", test_items_in_order);
  ADD ("/minutes-report/draft-until-closed", test_draft_until_closed);
  ADD ("/minutes-report/cancelled-refused", test_cancelled_refused);
  ADD ("/minutes-report/unwritable", test_unwritable);
  g_test_add_func ("/minutes-report/command-line", test_command_line);
  return g_test_run ();
}
