/* test-meeting.c — meetings: the planning rules, conflicts, series every 14
 * days up to the horizon, cancelling, participants and attendance, closing
 * and the locked minutes, and the audit log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "test-meeting-fixture.h"

#define LOCKED "The minutes of this meeting are closed and cannot change."

static void
expect_invalid (Fixture        *f,
                TfMeetingDraft *d,
                const char     *field,
                const char     *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) errors = tf_meeting_validate (f->session, d);
  gint64 before = query_int (f, "SELECT count(*) FROM meeting");

  g_assert_nonnull (errors);
  g_assert_cmpstr (tf_meeting_first_error_field (errors), ==, field);
  g_assert_cmpint (tf_meeting_save (f->session, d, &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, words));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting"), ==, before);
}

static void
test_plan_rules (Fixture       *f,
                 gconstpointer  data)
{
  gint64 open_case = new_case (f, "Emil", "2026-01-05");
  gint64 closed_case = new_case (f, "Oskar", "2026-01-05");
  TfMeetingDraft d = { 0, 0, "taskforce", 0, NULL, "2026-02-31", "13:00", NULL, NULL };

  set_case (f, closed_case, "closed", NULL);
  expect_invalid (f, &d, "held-on", "not a real date");
  d.held_on = NULL;
  expect_invalid (f, &d, "held-on", "day of the meeting");
  d.held_on = "2026-02-12";
  d.start_time = "9:00";
  expect_invalid (f, &d, "start-time", "not a time");
  d.start_time = "24:00";
  expect_invalid (f, &d, "start-time", "not a time");
  d.start_time = "13:00";
  d.end_time = "12:30";
  expect_invalid (f, &d, "end-time", "end after it starts");
  d.end_time = "13:00";
  expect_invalid (f, &d, "end-time", "end after it starts");
  d.end_time = "13:61";
  expect_invalid (f, &d, "end-time", "not a time");
  d.end_time = "15:00";
  d.kind = "party";
  expect_invalid (f, &d, "kind", "Kind");
  d.kind = "network";
  expect_invalid (f, &d, "case", "choose it");
  d.case_id = closed_case;
  expect_invalid (f, &d, "case", "open case");
  d.case_id = open_case;
  g_assert_null (tf_meeting_validate (f->session, &d));
}

static void
test_plan_invites_fixed_members (Fixture       *f,
                                 gconstpointer  data)
{
  gint64 case_id = new_case (f, "Emil", "2026-01-05");
  gint64 id = plan (f, "taskforce", "2026-02-12", 0);
  gint64 network = plan (f, "network", "2026-02-13", case_id);
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) people = tf_meeting_list_participants (f->session, id, &error);
  g_autoptr(GListModel) none = tf_meeting_list_participants (f->session, network, &error);
  g_autoptr(TfMeeting) m = load_meeting (f, id);
  g_autoptr(TfMeeting) n = load_meeting (f, network);
  g_autofree char *title = tf_meeting_dup_display_title (n);

  g_assert_no_error (error);
  /* the active staff of fixed members: not the inactive one, not the police */
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(TfMeetingParticipant) p = g_list_model_get_item (people, i);

      g_assert_false (tf_meeting_participant_get_ad_hoc (p));
      g_assert_cmpint (tf_meeting_participant_get_attended (p), ==, TF_ATTENDANCE_UNKNOWN);
      g_assert_true (tf_meeting_participant_get_staff_id (p) == f->fixed_a ||
                     tf_meeting_participant_get_staff_id (p) == f->fixed_b);
    }
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
  g_assert_cmpstr (tf_meeting_get_kind (m), ==, "taskforce");
  g_assert_cmpint (tf_meeting_get_status (m), ==, TF_MEETING_PLANNED);
  g_assert_cmpstr (tf_meeting_get_place (m), ==, "Rådhuset, mødelokale 2");
  g_assert_cmpint (tf_meeting_get_case_id (n), ==, case_id);
  g_assert_cmpstr (title, ==, "Network meeting about Emil Nørgaard");
  g_assert_cmpint (tf_audit_count (f->session, "create", "meeting"), ==, 2);
}

static void
test_edit_and_conflict (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = plan (f, "taskforce", "2026-02-12", 0);
  TfMeetingDraft d = { id, 1, NULL, 0, "Extra meeting", "2026-02-13", "09:00", "10:00", "Grenaa" };
  g_autoptr(TfMeeting) m = NULL;

  g_assert_cmpint (tf_meeting_save (f->session, &d, &error), ==, id);
  g_assert_no_error (error);
  m = load_meeting (f, id);
  g_assert_cmpint (tf_meeting_get_version (m), ==, 2);
  g_assert_cmpstr (tf_meeting_get_held_on (m), ==, "2026-02-13");
  g_assert_cmpstr (tf_meeting_get_title (m), ==, "Extra meeting");

  /* a second desk that started from version 1 */
  d.held_on = "2026-02-20";
  g_assert_cmpint (tf_meeting_save (f->session, &d, &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting WHERE held_on = '2026-02-13'"), ==, 1);
  g_assert_cmpint (tf_audit_count (f->session, "update", "meeting"), ==, 1);
}

static void
test_series (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TfMeetingSeriesDraft s = { "taskforce", "2026-01-08", "13:00", "15:00", 0, NULL, "Rådhuset" };
  g_autoptr(GListModel) all = NULL;
  g_autoptr(TfMeeting) third = NULL;
  gint64 series;
  guint n;

  series = tf_meeting_series_plan (f->session, &s, "2026-01-05", &error);
  g_assert_no_error (error);
  g_assert_cmpint (series, >, 0);
  g_assert_cmpint (query_int (f, "SELECT every_days FROM meeting_series"), ==, 14);

  /* 8 jan. … up to 5 jan. + 183 days (7 jul.): 13 meetings, 14 days apart */
  all = tf_meeting_list_between (f->session, NULL, NULL, &error);
  g_assert_no_error (error);
  n = g_list_model_get_n_items (all);
  g_assert_cmpuint (n, ==, 13);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfMeeting) m = g_list_model_get_item (all, i);
      GDate want;
      char iso[11];

      g_date_set_dmy (&want, 8, G_DATE_JANUARY, 2026);
      g_date_add_days (&want, 14 * i);
      g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &want);
      g_assert_cmpstr (tf_meeting_get_held_on (m), ==, iso);
      g_assert_cmpint (tf_meeting_get_series_id (m), ==, series);
      g_assert_cmpstr (tf_meeting_get_start_time (m), ==, "13:00");
      g_assert_cmpstr (tf_meeting_get_place (m), ==, "Rådhuset");
    }
  /* every meeting has the fixed members */
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting_participant"), ==, 13 * 2);

  /* the same day again makes nothing */
  g_assert_cmpint (tf_meeting_series_extend (f->session, "2026-01-05", &error), ==, 0);
  g_assert_no_error (error);

  /* a cancelled meeting is not made again */
  third = g_list_model_get_item (all, 2);
  g_assert_true (tf_meeting_cancel (f->session, tf_meeting_get_id (third),
                                    tf_meeting_get_version (third), &error));
  g_assert_no_error (error);

  /* four weeks later the horizon moves on by two meetings */
  g_assert_cmpint (tf_meeting_series_extend (f->session, "2026-02-02", &error), ==, 2);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting"), ==, 15);
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT held_on) FROM meeting"), ==, 15);
  g_assert_cmpint (query_int (f, "SELECT max (held_on) = '2026-07-23' FROM meeting"), ==, 1);
  g_assert_cmpint (tf_audit_count (f->session, "create", "meeting_series"), ==, 1);
}

static void
test_series_rules (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TfMeetingSeriesDraft s = { "network", "2026-01-08", "13:00", NULL, 14, NULL, NULL };

  g_assert_cmpint (tf_meeting_series_plan (f->session, &s, "2026-01-05", &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  s.kind = "screening";
  s.first_date = "2026-13-01";
  g_assert_cmpint (tf_meeting_series_plan (f->session, &s, "2026-01-05", &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  s.first_date = "2026-01-08";
  s.until_date = "2026-01-01";
  g_assert_cmpint (tf_meeting_series_plan (f->session, &s, "2026-01-05", &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting_series"), ==, 0);

  /* an end date stops the series; every 7 days */
  s.until_date = "2026-01-29";
  s.every_days = 7;
  g_assert_cmpint (tf_meeting_series_plan (f->session, &s, "2026-01-05", &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting WHERE kind = 'screening'"), ==, 4);
}

static void
test_cancel_and_lists (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 case_id = new_case (f, "Emil", "2026-01-05");
  gint64 late = plan (f, "taskforce", "2026-03-12", 0);
  gint64 early = plan (f, "taskforce", "2026-02-12", 0);
  gint64 screening = plan (f, "screening", "2026-02-19", 0);
  gint64 network = plan (f, "network", "2026-02-14", case_id);
  g_autoptr(GListModel) feb = NULL;
  g_autoptr(GListModel) of_case = NULL;
  g_autoptr(TfMeeting) next = NULL;
  g_autoptr(TfMeeting) none = NULL;
  g_autoptr(TfMeeting) m = NULL;
  TfMeetingDraft d = { early, 2, NULL, 0, NULL, "2026-02-12", "13:00", NULL, NULL };

  feb = tf_meeting_list_between (f->session, "2026-02-01", "2026-02-28", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (feb), ==, 3);
  {
    g_autoptr(TfMeeting) a = g_list_model_get_item (feb, 0);
    g_autoptr(TfMeeting) b = g_list_model_get_item (feb, 1);
    g_autoptr(TfMeeting) c = g_list_model_get_item (feb, 2);
    g_assert_cmpint (tf_meeting_get_id (a), ==, early);
    g_assert_cmpint (tf_meeting_get_id (b), ==, network);
    g_assert_cmpint (tf_meeting_get_id (c), ==, screening);
  }
  next = tf_meeting_next (f->session, "taskforce", "2026-02-12", &error);
  g_assert_no_error (error);
  g_assert_cmpint (tf_meeting_get_id (next), ==, late);
  of_case = tf_meeting_list_for_case (f->session, case_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (of_case), ==, 1);

  g_assert_true (tf_meeting_cancel (f->session, early, 1, &error));
  g_assert_no_error (error);
  m = load_meeting (f, early);
  g_assert_cmpint (tf_meeting_get_status (m), ==, TF_MEETING_CANCELLED);
  /* a cancelled meeting is not the next one, and cannot change */
  none = tf_meeting_next (f->session, "taskforce", "2026-03-12", &error);
  g_assert_no_error (error);
  g_assert_null (none);
  g_assert_false (tf_meeting_cancel (f->session, early, 2, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (tf_meeting_save (f->session, &d, &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  /* cancelling with a stale version is a conflict */
  g_assert_false (tf_meeting_cancel (f->session, late, 7, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_assert_cmpint (tf_audit_count (f->session, "cancel", "meeting"), ==, 1);
}

static void
test_participants (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = plan (f, "taskforce", "2026-02-12", 0);
  gint64 police, guest;
  g_autoptr(GListModel) people = NULL;

  police = tf_meeting_invite_staff (f->session, id, f->police, &error);
  g_assert_no_error (error);
  g_assert_cmpint (police, >, 0);
  g_assert_cmpint (tf_meeting_invite_staff (f->session, id, f->police, &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (tf_meeting_invite_staff (f->session, id, f->fixed_a, &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (tf_meeting_invite_staff (f->session, id, 9999, &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (tf_meeting_invite_guest (f->session, id, "  ", 0, &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  guest = tf_meeting_invite_guest (f->session, id, " Lene Skov ", f->police_org, &error);
  g_assert_no_error (error);

  people = tf_meeting_list_participants (f->session, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 4);
  {
    /* fixed members first, then the ad hoc ones by name */
    g_autoptr(TfMeetingParticipant) third = g_list_model_get_item (people, 2);
    g_autoptr(TfMeetingParticipant) fourth = g_list_model_get_item (people, 3);
    g_assert_true (tf_meeting_participant_get_ad_hoc (third));
    g_assert_cmpstr (tf_meeting_participant_get_name (third), ==, "Dorte Politi");
    g_assert_cmpstr (tf_meeting_participant_get_organisation_name (third), ==, "Politi");
    g_assert_cmpstr (tf_meeting_participant_get_name (fourth), ==, "Lene Skov");
    g_assert_cmpint (tf_meeting_participant_get_staff_id (fourth), ==, 0);
  }

  g_assert_true (tf_meeting_set_attended (f->session, guest, TF_ATTENDANCE_YES, &error));
  g_assert_true (tf_meeting_set_attended (f->session, police, TF_ATTENDANCE_NO, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting_participant WHERE attended = 1"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting_participant WHERE attended = 0"), ==, 1);
  g_assert_true (tf_meeting_set_attended (f->session, police, TF_ATTENDANCE_UNKNOWN, &error));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting_participant WHERE attended = 0"), ==, 0);
  g_assert_true (tf_meeting_remove_participant (f->session, police, &error));
  g_assert_no_error (error);
  g_assert_false (tf_meeting_remove_participant (f->session, police, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_NOT_FOUND);
  g_assert_cmpint (tf_audit_count (f->session, "invite", "meeting_participant"), ==, 2);
  g_assert_cmpint (tf_audit_count (f->session, "attendance", "meeting_participant"), ==, 3);
  g_assert_cmpint (tf_audit_count (f->session, "remove", "meeting_participant"), ==, 1);
}

static void
assert_locked (GError *error)
{
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, LOCKED);
}

static void
test_close_and_lock (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 case_id = new_case (f, "Emil", "2026-01-05");
  gint64 id = plan (f, "taskforce", "2026-02-12", 0);
  gint64 first, second, someone;
  g_autoptr(TfMeeting) m = NULL;
  g_autoptr(TfAgendaItem) item = NULL;
  TfMeetingDraft d = { id, 0, NULL, 0, NULL, "2026-02-13", "13:00", NULL, NULL };
  TfTaskDraft task = { 0, 0, "Call the school", 0, "2026-03-01" };

  first = tf_agenda_add (f->session, id, case_id, NULL, &error);
  second = tf_agenda_add (f->session, id, 0, "Budget", &error);
  g_assert_no_error (error);
  someone = query_int (f, "SELECT min (id) FROM meeting_participant");

  /* no attendance yet */
  g_assert_false (tf_meeting_close (f->session, id, 1, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "attendance"));
  g_clear_error (&error);
  g_assert_true (tf_meeting_set_attended (f->session, someone, TF_ATTENDANCE_YES, &error));

  /* item 2 has no minutes: the message names it */
  g_assert_true (tf_agenda_item_set_minutes (f->session, first, 1, NULL, "Continue the plan.", &error));
  g_assert_false (tf_meeting_close (f->session, id, 1, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "item 2 (Budget)"));
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting WHERE status = 'closed'"), ==, 0);
  g_assert_true (tf_agenda_item_set_minutes (f->session, second, 1, "Talked it over.", NULL, &error));

  /* a stale version is a conflict */
  g_assert_false (tf_meeting_close (f->session, id, 5, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_clear_error (&error);

  g_assert_true (tf_meeting_close (f->session, id, 1, &error));
  g_assert_no_error (error);
  m = load_meeting (f, id);
  g_assert_cmpint (tf_meeting_get_status (m), ==, TF_MEETING_CLOSED);
  g_assert_cmpint (tf_meeting_get_closed_at (m), >, 0);
  g_assert_cmpstr (tf_meeting_get_closed_by_name (m), ==, "Mette Holm");
  g_assert_cmpint (tf_audit_count (f->session, "close", "meeting"), ==, 1);

  /* every write meets the lock with the clear message, and nothing changes */
  d.version = tf_meeting_get_version (m);
  g_assert_cmpint (tf_meeting_save (f->session, &d, &error), ==, 0);
  assert_locked (error);
  g_clear_error (&error);
  g_assert_false (tf_agenda_item_set_minutes (f->session, first, 2, NULL, "Something else", &error));
  assert_locked (error);
  g_clear_error (&error);
  g_assert_false (tf_meeting_set_attended (f->session, someone, TF_ATTENDANCE_NO, &error));
  assert_locked (error);
  g_clear_error (&error);
  g_assert_false (tf_meeting_remove_participant (f->session, someone, &error));
  assert_locked (error);
  g_clear_error (&error);
  g_assert_cmpint (tf_meeting_invite_guest (f->session, id, "Lene Skov", 0, &error), ==, 0);
  assert_locked (error);
  g_clear_error (&error);
  g_assert_cmpint (tf_agenda_add (f->session, id, 0, "Late item", &error), ==, 0);
  assert_locked (error);
  g_clear_error (&error);
  g_assert_false (tf_agenda_move (f->session, second, 1, &error));
  assert_locked (error);
  g_clear_error (&error);
  g_assert_false (tf_agenda_remove (f->session, first, &error));
  assert_locked (error);
  g_clear_error (&error);
  g_assert_false (tf_meeting_cancel (f->session, id, d.version, &error));
  assert_locked (error);
  g_clear_error (&error);
  g_assert_cmpint (tf_agenda_build (f->session, id, &error), ==, -1);
  assert_locked (error);
  g_clear_error (&error);
  task.agenda_item_id = first;
  task.staff_id = f->fixed_a;
  g_assert_cmpint (tf_task_add (f->session, &task, &error), ==, 0);
  assert_locked (error);
  g_clear_error (&error);

  item = tf_agenda_item_load (f->session, first, &error);
  g_assert_cmpstr (tf_agenda_item_get_decision (item), ==, "Continue the plan.");
  g_assert_cmpint (tf_agenda_item_get_position (item), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM agenda_item"), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting_participant WHERE attended = 1"), ==, 1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting_participant"), ==, 2);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM task"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT held_on = '2026-02-12' FROM meeting"), ==, 1);
}

static void
test_close_refusals (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ahead = day_from_today (3);
  gint64 future = plan (f, "taskforce", ahead, 0);
  gint64 cancelled = plan (f, "taskforce", "2026-02-12", 0);
  gint64 someone = query_int (f, "SELECT min (id) FROM meeting_participant");
  gint64 item = tf_agenda_add (f->session, cancelled, 0, "Budget", &error);

  g_assert_no_error (error);
  g_assert_true (tf_meeting_set_attended (f->session, someone, TF_ATTENDANCE_YES, &error));
  g_assert_false (tf_meeting_close (f->session, future, 1, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "has been held"));
  g_clear_error (&error);

  g_assert_true (tf_meeting_cancel (f->session, cancelled, 1, &error));
  g_assert_false (tf_meeting_close (f->session, cancelled, 2, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tf_agenda_item_set_minutes (f->session, item, 1, "Too late", NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "cancelled"));
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting WHERE status = 'closed'"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM agenda_item WHERE discussion IS NOT NULL"), ==, 0);
}

/* The schema itself keeps the minutes: a write that bypasses the core is
 * aborted too. */
static void
test_schema_lock (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 id = plan (f, "taskforce", "2026-02-12", 0);
  gint64 someone = query_int (f, "SELECT min (id) FROM meeting_participant");
  sqlite3 *db = tf_store_get_db (f->store);

  g_assert_true (tf_meeting_set_attended (f->session, someone, TF_ATTENDANCE_YES, &error));
  g_assert_true (tf_meeting_close (f->session, id, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE meeting SET place = 'x'", NULL, NULL, NULL), !=, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "UPDATE meeting_participant SET attended = 0", NULL, NULL, NULL),
                   !=, SQLITE_OK);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM meeting_participant WHERE attended = 1"), ==, 1);
}

static void
on_changed (TfStore    *store,
            const char *entity,
            gint64      id,
            GString    *seen)
{
  g_string_append_printf (seen, "%s:%" G_GINT64_FORMAT " ", entity, id);
}

/* What windows reload on: the entity names and ids the headers promise. */
static void
test_change_signals (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) seen = g_string_new (NULL);
  gint64 case_id = new_case (f, "Emil", "2026-01-05");
  gint64 id, item;
  g_autofree char *want = NULL;
  g_autofree char *due = day_from_today (3);
  TfTaskDraft task = { case_id, 0, "Call the school", 0, due };
  TfMeetingSeriesDraft series = { "taskforce", "2026-01-08", "13:00", NULL, 0, "2026-01-22", NULL };

  task.staff_id = f->fixed_a;
  g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), seen);
  id = plan (f, "taskforce", "2026-02-12", 0);
  item = tf_agenda_add (f->session, id, case_id, NULL, &error);
  g_assert_true (tf_agenda_item_set_minutes (f->session, item, 1, NULL, "Go on.", &error));
  g_assert_cmpint (tf_task_add (f->session, &task, &error), >, 0);
  g_assert_cmpint (tf_meeting_series_plan (f->session, &series, "2026-01-05", &error), >, 0);
  g_assert_no_error (error);
  want = g_strdup_printf ("meeting:%1$" G_GINT64_FORMAT " "
                          "meeting:%1$" G_GINT64_FORMAT " decision:%2$" G_GINT64_FORMAT " "
                          "meeting:%1$" G_GINT64_FORMAT " decision:%2$" G_GINT64_FORMAT " "
                          "task:%2$" G_GINT64_FORMAT " meeting:0 ", id, case_id);
  g_assert_cmpstr (seen->str, ==, want);
  g_signal_handlers_disconnect_by_data (f->store, seen);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, fn) g_test_add (name, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("/meeting/plan-rules", test_plan_rules);
  ADD ("/meeting/plan-invites-fixed-members", test_plan_invites_fixed_members);
  ADD ("/meeting/edit-and-conflict", test_edit_and_conflict);
  ADD ("/meeting/series", test_series);
  ADD ("/meeting/series-rules", test_series_rules);
  ADD ("/meeting/cancel-and-lists", test_cancel_and_lists);
  ADD ("/meeting/participants", test_participants);
  ADD ("/meeting/close-and-lock", test_close_and_lock);
  ADD ("/meeting/close-refusals", test_close_refusals);
  ADD ("/meeting/schema-lock", test_schema_lock);
  ADD ("/meeting/change-signals", test_change_signals);
#undef ADD
  return g_test_run ();
}
