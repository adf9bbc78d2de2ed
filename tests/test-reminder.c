/* test-reminder.c — the reminder service: what is due for whom, and sent once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "taskforce.h"
#include "tf-store-private.h"

#define TODAY "2026-11-23"

/* One form that starts a deadline and one that meets it, as the authority's
 * plugin declares them. */
static const char authority_area[] =
  "[Area]\n"
  "Id=authority\n"
  "Title=Authority\n"
  "Organisation=Børn og Familie\n"
  "Icon=authority-symbolic\n"
  "Priority=10\n"
  "GettextDomain=taskforce\n"
  "\n"
  "[Form legal-decision]\n"
  "Title=Decision on support\n"
  "Category=record\n"
  "DateField=date\n"
  "\n"
  "[Field legal-decision/date]\n"
  "Label=Date of the decision\n"
  "Type=date\n"
  "Required=true\n"
  "\n"
  "[Form action-plan]\n"
  "Title=Action plan\n"
  "Category=record\n"
  "DateField=date\n"
  "\n"
  "[Field action-plan/date]\n"
  "Label=Date\n"
  "Type=date\n"
  "Required=true\n"
  "\n"
  "[Deadline plan-91]\n"
  "Title=Child's plan (§ 91)\n"
  "From=legal-decision/date\n"
  "Months=3\n"
  "DoneBy=action-plan/date\n";

typedef struct
{
  char       *dir;
  TfStore    *store;
  TfSession  *mette;     /* coordinator (the first on the store) */
  TfSession  *jonas;     /* caseworker */
  TfRegistry *registry;
  gint64      emil;      /* coordinated by Mette */
  gint64      sofie;     /* coordinated by Jonas */
} Fixture;

static void
exec (Fixture    *f,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (tf_store_get_db (f->store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

G_GNUC_PRINTF (2, 3)
static gint64
execf (Fixture    *f,
       const char *format,
       ...)
{
  g_autofree char *sql = NULL;
  va_list args;

  va_start (args, format);
  sql = g_strdup_vprintf (format, args);
  va_end (args);
  exec (f, sql);
  return sqlite3_last_insert_rowid (tf_store_get_db (f->store));
}

static gint64
open_case (Fixture    *f,
           const char *first_name,
           TfSession  *coordinator)
{
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  g_autoptr(GError) error = NULL;
  TfReferral referral = { "2026-06-01", "school", NULL, 0 };
  gint64 case_id = 0;
  gboolean ok;

  g_object_set (person, "first-name", first_name, "last-name", "Nørgaard",
                "birth-date", "2013-04-12", "gender", "unspecified", NULL);
  ok = tf_young_person_save (f->mette, person, &referral, &case_id, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  execf (f, "UPDATE cases SET status = 'active', coordinator_id = %" G_GINT64_FORMAT
            " WHERE id = %" G_GINT64_FORMAT, tf_session_get_staff_id (coordinator), case_id);
  return case_id;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (authority_area, strlen (authority_area));
  g_autoptr(TfArea) authority = NULL;

  f->dir = g_dir_make_tmp ("tf-reminder-XXXXXX", NULL);
  path = g_build_filename (f->dir, "taskforce.db", NULL);
  f->store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->mette = tf_session_new_for_login (f->store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);
  f->jonas = tf_session_new_for_login (f->store, "jonas", "Jonas Berg", &error);
  g_assert_no_error (error);
  g_assert_cmpint (tf_session_get_role (f->mette), ==, TF_ROLE_COORDINATOR);
  g_assert_cmpint (tf_session_get_role (f->jonas), ==, TF_ROLE_CASEWORKER);

  authority = tf_area_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  f->registry = tf_registry_new ();
  g_assert_true (tf_registry_add_area (f->registry, authority, &error));
  g_assert_no_error (error);

  f->emil = open_case (f, "Emil", f->mette);
  f->sofie = open_case (f, "Sofie", f->jonas);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_strdup (tf_store_get_path (f->store));
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_clear_object (&f->registry);
  g_clear_object (&f->mette);
  g_clear_object (&f->jonas);
  g_clear_object (&f->store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->dir);
}

static GListModel *
list (Fixture    *f,
      TfSession  *session,
      TfRegistry *registry)
{
  g_autoptr(GError) error = NULL;
  GListModel *model = tf_reminder_list (session, registry, TODAY, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

static GListModel *
list_unsent (Fixture   *f,
             TfSession *session)
{
  g_autoptr(GError) error = NULL;
  GListModel *model = tf_reminder_list_unsent (session, f->registry, TODAY, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

/* The keys of @model in order, joined by spaces. */
static char *
keys_of (GListModel *model)
{
  GString *keys = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(TfReminder) reminder = g_list_model_get_item (model, i);

      g_string_append_printf (keys, "%s%s", keys->len ? " " : "", tf_reminder_get_key (reminder));
    }
  return g_string_free (keys, FALSE);
}

static char *
keys (Fixture   *f,
      TfSession *session)
{
  g_autoptr(GListModel) model = list (f, session, f->registry);

  return keys_of (model);
}

/* The reminder of @key in @model (a new reference), or NULL. */
static TfReminder *
find (GListModel *model,
      const char *key)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      TfReminder *reminder = g_list_model_get_item (model, i);

      if (g_str_equal (tf_reminder_get_key (reminder), key))
        return reminder;
      g_object_unref (reminder);
    }
  return NULL;
}

static gint64
add_meeting (Fixture    *f,
             const char *kind,
             const char *held_on,
             const char *status,
             gint64      case_id)
{
  g_autofree char *case_text = case_id > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, case_id)
                                           : g_strdup ("NULL");

  return execf (f, "INSERT INTO meeting (kind, case_id, held_on, start_time, place, status, "
                   "closed_at, created_at, updated_at) VALUES ('%s', %s, '%s', '13:00', "
                   "'Rådhuset', '%s', %s, 0, 0)", kind, case_text, held_on, status,
                g_str_equal (status, "closed") ? "1" : "NULL");
}

static void
invite (Fixture   *f,
        gint64     meeting_id,
        TfSession *session)
{
  execf (f, "INSERT INTO meeting_participant (meeting_id, staff_id) VALUES (%" G_GINT64_FORMAT
            ", %" G_GINT64_FORMAT ")", meeting_id, tf_session_get_staff_id (session));
}

static gint64
add_task (Fixture    *f,
          gint64      case_id,
          TfSession  *session,
          const char *due_on,
          const char *done_on)
{
  g_autofree char *case_text = case_id > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, case_id)
                                           : g_strdup ("NULL");
  g_autofree char *done_text = done_on != NULL ? g_strdup_printf ("'%s'", done_on)
                                               : g_strdup ("NULL");

  return execf (f, "INSERT INTO task (case_id, what, staff_id, due_on, done_on, created_at) "
                   "VALUES (%s, 'Call the school', %" G_GINT64_FORMAT ", '%s', %s, 0)",
                case_text, tf_session_get_staff_id (session), due_on, done_text);
}

static gint64
add_consent (Fixture    *f,
             gint64      case_id,
             const char *valid_until)
{
  return execf (f, "INSERT INTO consent (case_id, by_young_person, by_guardians, valid_from, "
                   "valid_until, created_at, updated_at) VALUES (%" G_GINT64_FORMAT
                   ", 1, 0, '2026-06-01', '%s', 0, 0)", case_id, valid_until);
}

static void
close_case (Fixture *f,
            gint64   case_id)
{
  execf (f, "UPDATE cases SET status = 'closed', closed_on = '" TODAY "' WHERE id = %"
            G_GINT64_FORMAT, case_id);
}

/* Meetings */

static void
test_meeting_tomorrow (Fixture       *f,
                       gconstpointer  data)
{
  gint64 taskforce = add_meeting (f, "taskforce", "2026-11-24", "planned", 0);
  gint64 screening = add_meeting (f, "screening", "2026-11-24", "planned", 0);
  gint64 later = add_meeting (f, "taskforce", "2026-11-25", "planned", 0);
  gint64 cancelled = add_meeting (f, "taskforce", "2026-11-24", "cancelled", 0);
  g_autoptr(GListModel) model = NULL;
  g_autoptr(TfReminder) reminder = NULL;
  g_autofree char *key = g_strdup_printf ("meeting-tomorrow:%" G_GINT64_FORMAT, taskforce);
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;

  invite (f, taskforce, f->jonas);
  invite (f, later, f->jonas);
  invite (f, cancelled, f->jonas);

  /* Jonas: only the meeting tomorrow he is invited to. */
  model = list (f, f->jonas, f->registry);
  got = keys_of (model);
  g_assert_cmpstr (got, ==, key);
  reminder = find (model, key);
  g_assert_cmpint (tf_reminder_get_kind (reminder), ==, TF_REMINDER_MEETING_TOMORROW);
  g_assert_cmpint (tf_reminder_get_urgency (reminder), ==, TF_REMINDER_UPCOMING);
  g_assert_cmpint (tf_reminder_get_meeting_id (reminder), ==, taskforce);
  g_assert_cmpint (tf_reminder_get_case_id (reminder), ==, 0);
  g_assert_cmpstr (tf_reminder_get_title (reminder), ==, "Taskforce meeting tomorrow at 13:00");
  g_assert_nonnull (strstr (tf_reminder_get_body (reminder), "Rådhuset"));
  g_assert_cmpstr (tf_reminder_get_date (reminder), ==, "2026-11-24");
  g_assert_false (tf_reminder_get_sent (reminder));

  /* Mette coordinates: every planned meeting tomorrow, invited or not. */
  g_free (got);
  got = keys (f, f->mette);
  expected = g_strdup_printf ("meeting-tomorrow:%" G_GINT64_FORMAT
                              " meeting-tomorrow:%" G_GINT64_FORMAT, taskforce, screening);
  g_assert_cmpstr (got, ==, expected);
}

static void
test_network_meeting (Fixture       *f,
                      gconstpointer  data)
{
  gint64 network = add_meeting (f, "network", "2026-11-24", "planned", f->emil);
  g_autoptr(GListModel) model = list (f, f->mette, NULL);
  g_autofree char *key = g_strdup_printf ("meeting-tomorrow:%" G_GINT64_FORMAT, network);
  g_autoptr(TfReminder) reminder = find (model, key);
  g_autoptr(GListModel) after = NULL;

  g_assert_nonnull (reminder);
  g_assert_cmpint (tf_reminder_get_case_id (reminder), ==, f->emil);
  g_assert_cmpstr (tf_reminder_get_title (reminder), ==, "Network meeting tomorrow at 13:00");
  g_assert_nonnull (strstr (tf_reminder_get_body (reminder), "Emil Nørgaard"));

  close_case (f, f->emil);
  after = list (f, f->mette, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 0);
}

/* Tasks */

static void
test_tasks (Fixture       *f,
            gconstpointer  data)
{
  gint64 overdue = add_task (f, f->sofie, f->jonas, "2026-11-22", NULL);
  gint64 today = add_task (f, f->sofie, f->jonas, TODAY, NULL);
  gint64 tomorrow = add_task (f, 0, f->jonas, "2026-11-24", NULL);
  gint64 in_7 = add_task (f, f->sofie, f->jonas, "2026-11-30", NULL);
  g_autoptr(GListModel) model = NULL;
  g_autoptr(TfReminder) due = NULL;
  g_autoptr(TfReminder) late = NULL;
  g_autoptr(TfReminder) soon = NULL;
  g_autoptr(TfReminder) free_standing = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  g_autofree char *due_key = g_strdup_printf ("task-due:%" G_GINT64_FORMAT ":" TODAY, today);
  g_autofree char *late_key = g_strdup_printf ("task-overdue:%" G_GINT64_FORMAT, overdue);
  g_autofree char *soon_key = g_strdup_printf ("task-upcoming:%" G_GINT64_FORMAT, in_7);
  g_autofree char *free_key = g_strdup_printf ("task-upcoming:%" G_GINT64_FORMAT, tomorrow);
  gint64 mettes;

  add_task (f, f->sofie, f->jonas, "2026-12-01", NULL);          /* in 8 days */
  add_task (f, f->sofie, f->jonas, "2026-11-20", "2026-11-21");  /* done */
  mettes = add_task (f, f->emil, f->mette, TODAY, NULL);

  model = list (f, f->jonas, f->registry);
  got = keys_of (model);
  expected = g_strdup_printf ("%s %s %s %s", late_key, due_key, free_key, soon_key);
  g_assert_cmpstr (got, ==, expected);

  due = find (model, due_key);
  g_assert_cmpint (tf_reminder_get_kind (due), ==, TF_REMINDER_TASK_DUE_TODAY);
  g_assert_cmpint (tf_reminder_get_urgency (due), ==, TF_REMINDER_DUE);
  g_assert_cmpint (tf_reminder_get_case_id (due), ==, f->sofie);
  g_assert_cmpstr (tf_reminder_get_title (due), ==, "Task due today: Call the school — Sofie Nørgaard");
  g_assert_cmpstr (tf_reminder_get_date (due), ==, TODAY);

  late = find (model, late_key);
  g_assert_cmpint (tf_reminder_get_kind (late), ==, TF_REMINDER_TASK_OVERDUE);
  g_assert_cmpint (tf_reminder_get_urgency (late), ==, TF_REMINDER_OVERDUE);
  g_assert_cmpstr (tf_reminder_get_title (late), ==, "Task overdue: Call the school — Sofie Nørgaard");
  g_assert_cmpstr (tf_reminder_get_body (late), ==, "It was due on 22. Nov 2026.");

  soon = find (model, soon_key);
  g_assert_cmpint (tf_reminder_get_kind (soon), ==, TF_REMINDER_TASK_UPCOMING);
  g_assert_cmpint (tf_reminder_get_urgency (soon), ==, TF_REMINDER_UPCOMING);
  g_assert_cmpstr (tf_reminder_get_date (soon), ==, "2026-11-30");

  /* A task without a case names no one. */
  free_standing = find (model, free_key);
  g_assert_cmpint (tf_reminder_get_case_id (free_standing), ==, 0);
  g_assert_cmpstr (tf_reminder_get_title (free_standing), ==, "Task due soon: Call the school");

  /* Mette sees her own task only (coordinators get all meetings, not all tasks). */
  g_free (got);
  g_free (expected);
  got = keys (f, f->mette);
  expected = g_strdup_printf ("task-due:%" G_GINT64_FORMAT ":" TODAY, mettes);
  g_assert_cmpstr (got, ==, expected);

  /* A closed case's tasks remind no one. */
  close_case (f, f->sofie);
  g_free (got);
  got = keys (f, f->jonas);
  g_assert_cmpstr (got, ==, free_key);
}

/* Follow-up dates */

static void
test_follow_up (Fixture       *f,
                gconstpointer  data)
{
  gint64 ida = open_case (f, "Ida", f->mette);
  gint64 karl = open_case (f, "Karl", f->mette);
  gint64 laura = open_case (f, "Laura", f->mette);
  g_autoptr(GListModel) model = NULL;
  g_autoptr(TfReminder) reached = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  g_autofree char *today_key = g_strdup_printf ("plan-follow-up:%" G_GINT64_FORMAT ":" TODAY, f->emil);

  execf (f, "UPDATE cases SET next_follow_up = '" TODAY "' WHERE id = %" G_GINT64_FORMAT, f->emil);
  execf (f, "UPDATE cases SET next_follow_up = '2026-11-10' WHERE id = %" G_GINT64_FORMAT, ida);
  execf (f, "UPDATE cases SET next_follow_up = '2026-11-24' WHERE id = %" G_GINT64_FORMAT, karl);
  execf (f, "UPDATE cases SET next_follow_up = '2026-11-01' WHERE id = %" G_GINT64_FORMAT, laura);
  execf (f, "UPDATE cases SET next_follow_up = '2026-11-01' WHERE id = %" G_GINT64_FORMAT, f->sofie);
  close_case (f, laura);

  model = list (f, f->mette, f->registry);
  got = keys_of (model);
  expected = g_strdup_printf ("plan-follow-up:%" G_GINT64_FORMAT ":2026-11-10 %s", ida, today_key);
  g_assert_cmpstr (got, ==, expected);

  reached = find (model, today_key);
  g_assert_cmpint (tf_reminder_get_kind (reached), ==, TF_REMINDER_PLAN_FOLLOW_UP);
  g_assert_cmpint (tf_reminder_get_urgency (reached), ==, TF_REMINDER_DUE);
  g_assert_cmpint (tf_reminder_get_case_id (reached), ==, f->emil);
  g_assert_cmpstr (tf_reminder_get_title (reached), ==, "Follow-up date reached: Emil Nørgaard");

  /* Sofie's is Jonas's. */
  g_free (got);
  g_free (expected);
  got = keys (f, f->jonas);
  expected = g_strdup_printf ("plan-follow-up:%" G_GINT64_FORMAT ":2026-11-01", f->sofie);
  g_assert_cmpstr (got, ==, expected);
}

/* Statutory deadlines */

static void
add_record (Fixture    *f,
            gint64      case_id,
            const char *form_id,
            const char *date)
{
  TfForm *form = tf_registry_find_form (f->registry, form_id);
  g_autoptr(TfRecord) record = tf_record_new (form, case_id);
  g_autoptr(GError) error = NULL;

  tf_form_values_set_string (tf_record_get_values (record), "date", date);
  g_assert_true (tf_record_save (f->mette, record, form, &error));
  g_assert_no_error (error);
}

static void
test_deadlines (Fixture       *f,
                gconstpointer  data)
{
  gint64 ida = open_case (f, "Ida", f->mette);
  gint64 karl = open_case (f, "Karl", f->mette);
  gint64 laura = open_case (f, "Laura", f->mette);
  gint64 mads = open_case (f, "Mads", f->mette);
  g_autoptr(GListModel) model = NULL;
  g_autoptr(GListModel) without = NULL;
  g_autoptr(TfReminder) today = NULL;
  g_autoptr(TfReminder) first = NULL;
  g_autoptr(TfReminder) upcoming = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  g_autofree char *in_7 = g_strdup_printf ("deadline:authority:plan-91:%" G_GINT64_FORMAT
                                           ":2026-11-30", f->emil);

  add_record (f, f->emil, "legal-decision", "2026-08-30");   /* due in 7 days */
  add_record (f, ida, "legal-decision", "2026-09-01");       /* due in 8 days */
  add_record (f, karl, "legal-decision", "2026-08-20");      /* overdue */
  add_record (f, laura, "legal-decision", "2026-08-01");     /* met by a plan */
  add_record (f, laura, "action-plan", "2026-10-01");
  add_record (f, f->sofie, "legal-decision", "2026-08-20");  /* Jonas's case */
  add_record (f, mads, "legal-decision", "2026-08-23");      /* due today */

  model = list (f, f->mette, f->registry);
  got = keys_of (model);
  expected = g_strdup_printf ("deadline:authority:plan-91:%" G_GINT64_FORMAT ":2026-11-20 "
                              "deadline:authority:plan-91:%" G_GINT64_FORMAT ":" TODAY " %s",
                              karl, mads, in_7);
  g_assert_cmpstr (got, ==, expected);
  today = g_list_model_get_item (model, 1);
  g_assert_cmpint (tf_reminder_get_urgency (today), ==, TF_REMINDER_DUE);
  g_assert_cmpstr (tf_reminder_get_body (today), ==, "It is due today.");
  first = g_list_model_get_item (model, 0);
  g_assert_cmpint (tf_reminder_get_urgency (first), ==, TF_REMINDER_OVERDUE);

  upcoming = find (model, in_7);
  g_assert_cmpint (tf_reminder_get_kind (upcoming), ==, TF_REMINDER_DEADLINE);
  g_assert_cmpint (tf_reminder_get_urgency (upcoming), ==, TF_REMINDER_UPCOMING);
  g_assert_cmpint (tf_reminder_get_case_id (upcoming), ==, f->emil);
  g_assert_cmpstr (tf_reminder_get_title (upcoming), ==, "Deadline: Child's plan (§ 91) — Emil Nørgaard");
  g_assert_cmpstr (tf_reminder_get_body (upcoming), ==, "It is due on 30. Nov 2026.");

  /* Without the work areas there are no deadlines to know of. */
  without = list (f, f->mette, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (without), ==, 0);

  /* Closed: no reminder. */
  close_case (f, karl);
  close_case (f, mads);
  g_free (got);
  got = keys (f, f->mette);
  g_assert_cmpstr (got, ==, in_7);
}

/* Consents */

static void
test_consents (Fixture       *f,
               gconstpointer  data)
{
  gint64 in_14 = add_consent (f, f->emil, "2026-12-07");
  gint64 ida = open_case (f, "Ida", f->mette);
  gint64 karl = open_case (f, "Karl", f->mette);
  gint64 today = add_consent (f, karl, TODAY);
  g_autoptr(GListModel) model = NULL;
  g_autoptr(TfReminder) reminder = NULL;
  g_autoptr(TfReminder) last_day = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  g_autofree char *in_14_key = g_strdup_printf ("consent-expiring:%" G_GINT64_FORMAT ":2026-12-07", in_14);
  g_autofree char *today_key = g_strdup_printf ("consent-expiring:%" G_GINT64_FORMAT ":" TODAY, today);
  gint64 jonas, laura;

  add_consent (f, ida, "2026-12-08");       /* in 15 days */
  /* Renewed from the day after: nothing runs out. */
  laura = open_case (f, "Laura", f->mette);
  add_consent (f, laura, "2026-11-28");
  execf (f, "INSERT INTO consent (case_id, by_young_person, by_guardians, valid_from, valid_until, "
            "created_at, updated_at) VALUES (%" G_GINT64_FORMAT ", 1, 0, '2026-11-29', "
            "'2027-11-28', 0, 0)", laura);
  /* Withdrawn: nothing to renew. */
  execf (f, "UPDATE consent SET withdrawn_on = '2026-11-01' WHERE id = %" G_GINT64_FORMAT,
         add_consent (f, laura, "2026-11-26"));
  jonas = add_consent (f, f->sofie, "2026-11-30");

  model = list (f, f->mette, f->registry);
  got = keys_of (model);
  expected = g_strdup_printf ("%s %s", today_key, in_14_key);
  g_assert_cmpstr (got, ==, expected);

  reminder = find (model, in_14_key);
  g_assert_cmpint (tf_reminder_get_kind (reminder), ==, TF_REMINDER_CONSENT_EXPIRING);
  g_assert_cmpint (tf_reminder_get_urgency (reminder), ==, TF_REMINDER_UPCOMING);
  g_assert_cmpint (tf_reminder_get_case_id (reminder), ==, f->emil);
  g_assert_cmpstr (tf_reminder_get_title (reminder), ==, "Consent for Emil Nørgaard runs out on 7. Dec 2026");
  last_day = find (model, today_key);
  g_assert_cmpint (tf_reminder_get_urgency (last_day), ==, TF_REMINDER_DUE);

  g_free (got);
  g_free (expected);
  got = keys (f, f->jonas);
  expected = g_strdup_printf ("consent-expiring:%" G_GINT64_FORMAT ":2026-11-30", jonas);
  g_assert_cmpstr (got, ==, expected);

  close_case (f, f->emil);
  close_case (f, karl);
  g_free (got);
  got = keys (f, f->mette);
  g_assert_cmpstr (got, ==, "");
}

/* Order, stability, sent once */

static void
fill_everything (Fixture *f)
{
  add_meeting (f, "taskforce", "2026-11-24", "planned", 0);
  add_task (f, f->emil, f->mette, "2026-11-20", NULL);
  add_task (f, f->emil, f->mette, TODAY, NULL);
  add_task (f, f->emil, f->mette, "2026-11-26", NULL);
  add_task (f, f->sofie, f->jonas, TODAY, NULL);
  add_consent (f, f->emil, "2026-12-01");
  execf (f, "UPDATE cases SET next_follow_up = '2026-11-21' WHERE id = %" G_GINT64_FORMAT, f->emil);
}

static void
test_order_and_stable_keys (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GListModel) model = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  TfReminderUrgency last_urgency = TF_REMINDER_OVERDUE;
  const char *last_date = "";
  guint n;

  fill_everything (f);
  model = list (f, f->mette, f->registry);
  n = g_list_model_get_n_items (model);
  g_assert_cmpuint (n, ==, 6);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfReminder) reminder = g_list_model_get_item (model, i);
      TfReminderUrgency urgency = tf_reminder_get_urgency (reminder);

      g_assert_cmpint (urgency, >=, last_urgency);
      if (urgency == last_urgency)
        g_assert_cmpstr (tf_reminder_get_date (reminder), >=, last_date);
      last_urgency = urgency;
      last_date = tf_reminder_get_date (reminder);
    }

  first = keys_of (model);
  second = keys (f, f->mette);
  g_assert_cmpstr (first, ==, second);
}

static void
test_sent_once (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GListModel) unsent = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(GListModel) jonas = NULL;
  g_autoptr(GPtrArray) sent_keys = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  guint n;

  fill_everything (f);
  unsent = list_unsent (f, f->mette);
  n = g_list_model_get_n_items (unsent);
  g_assert_cmpuint (n, ==, 6);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfReminder) reminder = g_list_model_get_item (unsent, i);

      g_ptr_array_add (sent_keys, (gpointer) tf_reminder_get_key (reminder));
    }
  g_ptr_array_add (sent_keys, NULL);
  g_assert_true (tf_reminder_mark_sent (f->mette, (const char * const *) sent_keys->pdata, &error));
  g_assert_no_error (error);
  /* Twice is harmless. */
  g_assert_true (tf_reminder_mark_sent (f->mette, (const char * const *) sent_keys->pdata, &error));
  g_assert_no_error (error);

  /* A second start sends nothing new ... */
  after = list_unsent (f, f->mette);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 0);

  /* ... while the list in the program still shows them, as sent. */
  all = list (f, f->mette, f->registry);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(TfReminder) reminder = g_list_model_get_item (all, i);

      g_assert_true (tf_reminder_get_sent (reminder));
    }

  /* Another staff member still gets their own. */
  jonas = list_unsent (f, f->jonas);
  g_assert_cmpuint (g_list_model_get_n_items (jonas), ==, 1);
}

static void
test_mark_sent_one_transaction (Fixture       *f,
                                gconstpointer  data)
{
  const char * const keys_sent[] = { "task-overdue:1", "task-overdue:2", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStmt) count = NULL;

  /* A failure half-way leaves nothing: the second key is refused by a
   * trigger made for the test. */
  exec (f, "CREATE TEMP TRIGGER refuse BEFORE INSERT ON reminder_sent "
           "WHEN new.reminder_key = 'task-overdue:2' BEGIN SELECT RAISE (ABORT, 'no'); END");
  g_assert_false (tf_reminder_mark_sent (f->mette, keys_sent, &error));
  g_assert_nonnull (error);
  exec (f, "DROP TRIGGER refuse");

  count = tf_store_prepare (f->store, "SELECT count(*) FROM reminder_sent", NULL);
  g_assert_cmpint (sqlite3_step (count), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int64 (count, 0), ==, 0);
}

static void
test_bad_date (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) model = tf_reminder_list (f->mette, NULL, "23-11-2026", &error);

  g_assert_null (model);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/reminder/meeting-tomorrow", test_meeting_tomorrow);
  ADD ("/reminder/network-meeting", test_network_meeting);
  ADD ("/reminder/tasks", test_tasks);
  ADD ("/reminder/follow-up", test_follow_up);
  ADD ("/reminder/deadlines", test_deadlines);
  ADD ("/reminder/consents", test_consents);
  ADD ("/reminder/order-and-stable-keys", test_order_and_stable_keys);
  ADD ("/reminder/sent-once", test_sent_once);
  ADD ("/reminder/mark-sent-one-transaction", test_mark_sent_one_transaction);
  ADD ("/reminder/bad-date", test_bad_date);
#undef ADD

  return g_test_run ();
}
