/* test-stats-fixture.h — a small store with hand-counted figures, for test-stats
 *
 * Eight young people (A–H) go through the funnel on fixed dates in 2024–25,
 * with support decisions, interventions, leisure activities, assessments,
 * action plans, indicator values, police contacts and meetings. Every
 * figure test-stats asserts is counted by hand in its comments from the
 * table below. The work areas are the six in-tree plugins, loaded from
 * TASKFORCE_PLUGIN_PATH, so the area files' Statistic= keys are tested too.
 *
 *   case  referred    then
 *   A     2025-01-10  relevant 02-01, offered 02-10, accepted 03-01, active 03-15
 *   B     2025-04-02  relevant 04-10, offered 04-20, in process 04-25,
 *                     accepted 05-05, active 05-10, paused 06-01
 *   C     2025-04-05  not relevant 04-12 (not current)
 *   D     2024-10-01  relevant 10-15, offered 11-01, accepted 11-10,
 *                     active 12-01, closed 2025-05-15 (goals reached)
 *   E     2025-05-01  relevant 05-10, offered 05-20, declined 06-10
 *   F     2025-06-20  (stays referred)
 *   G     2025-01-05  relevant 01-20, offered 02-01, accepted 02-10, active 03-01
 *   H     2025-07-10  (stays referred)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gstdio.h>

#include "taskforce.h"
#include "tf-store-private.h"

typedef struct
{
  char            *dir;
  char            *path;
  TfStore         *store;
  TfSession       *session;
  TfRegistry      *registry;
  TfPluginManager *manager;
  gint64           a, b, c, d, e, f, g, h;   /* case ids */
} Fixture;

static gint64
new_case (Fixture    *f,
          const char *first_name,
          const char *referral_date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  TfReferral referral = { referral_date, "school", "Fravær og konflikter", 0 };
  gint64 case_id = 0;

  g_object_set (person, "first-name", first_name, "last-name", "Testesen", "birth-date", "2010-05-01",
                "gender", "boy", NULL);
  g_assert_true (tf_young_person_save (f->session, person, &referral, &case_id, &error));
  g_assert_no_error (error);
  return case_id;
}

static void
move (Fixture      *f,
      gint64        case_id,
      TfCaseStatus  to,
      const char   *date,
      const char   *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfCase) kase = tf_case_load (f->session, case_id, &error);
  TfStatusChangeRequest request = { to, date, code, NULL, 0 };

  g_assert_no_error (error);
  g_assert_true (tf_case_change_status (f->session, case_id, tf_case_get_version (kase), &request, &error));
  g_assert_no_error (error);
}

static void
save_record (Fixture  *f,
             TfRecord *record)
{
  g_autoptr(GError) error = NULL;
  TfForm *form = tf_registry_find_form (f->registry, tf_record_get_form_id (record));

  g_assert_true (tf_record_save (f->session, record, form, &error));
  g_assert_no_error (error);
}

static void
add_decision (Fixture    *f,
              gint64      case_id,
              const char *date,
              const char *basis)
{
  g_autoptr(TfRecord) record = tf_record_new (tf_registry_find_form (f->registry, "legal-decision"), case_id);
  TfFormValues *values = tf_record_get_values (record);

  tf_form_values_set_string (values, "date", date);
  tf_form_values_set_string (values, "legal-basis", basis);
  tf_form_values_set_string (values, "support-starts", date);
  tf_form_values_set_string (values, "purpose", "At den unge får en fast voksen.");
  tf_form_values_set_number (values, "expected-duration", 6);
  tf_form_values_set_integer (values, "caseworker", tf_session_get_staff_id (f->session));
  save_record (f, record);
}

static void
add_intervention (Fixture              *f,
                  gint64                case_id,
                  const char           *form_id,
                  TfInterventionStatus  status,
                  const char           *starts_on,
                  const char           *ends_on)
{
  g_autoptr(TfRecord) record = tf_record_new (tf_registry_find_form (f->registry, form_id), case_id);
  TfFormValues *values = tf_record_get_values (record);

  if (g_str_equal (form_id, "mentor-scheme"))
    {
      tf_form_values_set_string (values, "mentor", "Jesper Riis");
      tf_form_values_set_number (values, "hours-per-week", 4);
      tf_form_values_set_string (values, "focus", "school");
    }
  else
    {
      tf_form_values_set_string (values, "provider", "Familiehuset");
      tf_form_values_set_string (values, "method", "home");
      tf_form_values_set_number (values, "sessions-per-month", 2);
    }
  tf_record_set_status (record, status);
  tf_record_set_starts_on (record, starts_on);
  tf_record_set_ends_on (record, ends_on);
  save_record (f, record);
}

static void
add_activity (Fixture    *f,
              gint64      case_id,
              const char *date,
              const char *kind)
{
  g_autoptr(TfRecord) record = tf_record_new (tf_registry_find_form (f->registry, "leisure-activity"), case_id);
  TfFormValues *values = tf_record_get_values (record);

  tf_form_values_set_string (values, "date", date);
  tf_form_values_set_string (values, "kind", kind);
  tf_form_values_set_string (values, "name", "Grenaa IF");
  save_record (f, record);
}

static void
add_police_contact (Fixture    *f,
                    gint64      case_id,
                    const char *date)
{
  g_autoptr(TfRecord) record = tf_record_new (tf_registry_find_form (f->registry, "police-contact"), case_id);
  TfFormValues *values = tf_record_get_values (record);

  tf_form_values_set_string (values, "date", date);
  tf_form_values_set_string (values, "kind", "preventive-talk");
  tf_form_values_set_string (values, "summary", "Samtale på stationen.");
  tf_form_values_set_string (values, "shared-under", "consent");
  save_record (f, record);
}

static gint64
domain_id (Fixture    *f,
           const char *code)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (f->store, "SELECT id FROM assessment_domain WHERE code = ?1", NULL);

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return sqlite3_column_int64 (stmt, 0);
}

static void
add_assessment (Fixture    *f,
                gint64      case_id,
                const char *date,
                int         school_score)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfAssessment) assessment = tf_assessment_new (case_id);

  tf_assessment_set_assessed_on (assessment, date);
  tf_assessment_set_risk_level (assessment, "moderate");
  tf_assessment_set_score (assessment, domain_id (f, "school"), school_score, -1, NULL);
  g_assert_true (tf_assessment_save (f->session, assessment, &error));
  g_assert_no_error (error);
}

static void
add_value (Fixture    *f,
           gint64      case_id,
           const char *indicator,
           const char *date,
           double      value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (tf_indicator_add_value (f->session, tf_registry_find_indicator (f->registry, indicator),
                                         case_id, date, value, NULL, &error));
  g_assert_no_error (error);
}

static void
exec_sql (Fixture    *f,
          const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (tf_store_get_db (f->store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* An action plan (version @version) with goals of the given progress. Plans
 * go in through SQL: the plan editor's completeness rules (a goal for every
 * red domain, named owners, ...) are tested in test-action-plan, and only
 * the dates and progress matter here. */
static void
add_plan (Fixture    *f,
          gint64      case_id,
          int         version,
          const char *made_on,
          const int  *progress,
          guint       n_goals)
{
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO action_plan (case_id, version, made_on, created_at) VALUES (%" G_GINT64_FORMAT ", %d, '%s', 0)",
    case_id, version, made_on);
  gint64 plan_id;

  exec_sql (f, sql);
  plan_id = sqlite3_last_insert_rowid (tf_store_get_db (f->store));
  for (guint i = 0; i < n_goals; i++)
    {
      g_autofree char *goal = g_strdup_printf (
        "INSERT INTO plan_goal (plan_id, goal_key, position, what, progress) "
        "VALUES (%" G_GINT64_FORMAT ", %u, %u, 'Mål', %d)", plan_id, i + 1, i + 1, progress[i]);
      exec_sql (f, goal);
    }
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  static const int a1[] = { 2, 4 }, a2[] = { 6, 8 }, b1[] = { 5 }, d1[] = { 5 }, d2[] = { 4 };

  f->dir = g_dir_make_tmp ("tf-stats-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "taskforce.db", NULL);
  f->store = tf_store_open (f->path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->session = tf_session_new_for_login (f->store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);
  /* The settings of the figures are the coordinator's */
  exec_sql (f, "UPDATE staff_member SET role = 'coordinator' WHERE login = 'mette'");
  g_clear_object (&f->session);
  f->session = tf_session_new_for_login (f->store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);
  f->registry = tf_registry_new ();
  f->manager = tf_plugin_manager_new (f->registry);
  tf_plugin_manager_load_all (f->manager, NULL);
  g_assert_nonnull (tf_registry_find_form (f->registry, "legal-decision"));

  f->a = new_case (f, "Anton", "2025-01-10");
  move (f, f->a, TF_CASE_STATUS_RELEVANT, "2025-02-01", NULL);
  move (f, f->a, TF_CASE_STATUS_OFFERED, "2025-02-10", NULL);
  move (f, f->a, TF_CASE_STATUS_ACCEPTED, "2025-03-01", NULL);
  move (f, f->a, TF_CASE_STATUS_ACTIVE, "2025-03-15", NULL);

  f->b = new_case (f, "Bilal", "2025-04-02");
  move (f, f->b, TF_CASE_STATUS_RELEVANT, "2025-04-10", NULL);
  move (f, f->b, TF_CASE_STATUS_OFFERED, "2025-04-20", NULL);
  move (f, f->b, TF_CASE_STATUS_IN_PROCESS, "2025-04-25", NULL);
  move (f, f->b, TF_CASE_STATUS_ACCEPTED, "2025-05-05", NULL);
  move (f, f->b, TF_CASE_STATUS_ACTIVE, "2025-05-10", NULL);
  move (f, f->b, TF_CASE_STATUS_PAUSED, "2025-06-01", NULL);

  f->c = new_case (f, "Carl", "2025-04-05");
  move (f, f->c, TF_CASE_STATUS_NOT_RELEVANT, "2025-04-12", "not-current");

  f->d = new_case (f, "David", "2024-10-01");
  move (f, f->d, TF_CASE_STATUS_RELEVANT, "2024-10-15", NULL);
  move (f, f->d, TF_CASE_STATUS_OFFERED, "2024-11-01", NULL);
  move (f, f->d, TF_CASE_STATUS_ACCEPTED, "2024-11-10", NULL);
  move (f, f->d, TF_CASE_STATUS_ACTIVE, "2024-12-01", NULL);
  move (f, f->d, TF_CASE_STATUS_CLOSED, "2025-05-15", "goals-reached");

  f->e = new_case (f, "Emil", "2025-05-01");
  move (f, f->e, TF_CASE_STATUS_RELEVANT, "2025-05-10", NULL);
  move (f, f->e, TF_CASE_STATUS_OFFERED, "2025-05-20", NULL);
  move (f, f->e, TF_CASE_STATUS_DECLINED, "2025-06-10", NULL);

  f->f = new_case (f, "Frederik", "2025-06-20");

  f->g = new_case (f, "Gustav", "2025-01-05");
  move (f, f->g, TF_CASE_STATUS_RELEVANT, "2025-01-20", NULL);
  move (f, f->g, TF_CASE_STATUS_OFFERED, "2025-02-01", NULL);
  move (f, f->g, TF_CASE_STATUS_ACCEPTED, "2025-02-10", NULL);
  move (f, f->g, TF_CASE_STATUS_ACTIVE, "2025-03-01", NULL);

  f->h = new_case (f, "Hans", "2025-07-10");

  /* Support decisions: A's latest before the end of Q2 is § 30; G's only
   * decision comes after Q2. */
  add_decision (f, f->a, "2025-03-10", "s32-contact-person");
  add_decision (f, f->a, "2025-05-20", "s30-preventive");
  add_decision (f, f->g, "2025-07-05", "placement");

  add_intervention (f, f->a, "mentor-scheme", TF_INTERVENTION_ACTIVE, "2025-03-20", NULL);
  add_intervention (f, f->b, "mentor-scheme", TF_INTERVENTION_ACTIVE, "2025-05-12", NULL);
  add_intervention (f, f->a, "family-treatment", TF_INTERVENTION_COMPLETED, "2025-01-10", "2025-03-31");
  add_intervention (f, f->g, "family-treatment", TF_INTERVENTION_STOPPED, "2025-04-15", "2025-05-01");
  add_intervention (f, f->d, "mentor-scheme", TF_INTERVENTION_PLANNED, "2025-06-01", NULL);

  add_activity (f, f->a, "2025-04-10", "sport");
  add_activity (f, f->b, "2025-05-02", "club");
  add_activity (f, f->b, "2025-06-15", "sport");
  add_activity (f, f->g, "2025-03-01", "culture");

  add_assessment (f, f->a, "2025-03-01", 2);
  add_assessment (f, f->a, "2025-06-01", 6);
  add_assessment (f, f->b, "2025-04-15", 5);
  add_assessment (f, f->b, "2025-06-20", 3);
  add_assessment (f, f->g, "2025-02-01", 7);
  add_assessment (f, f->g, "2025-05-01", 3);
  add_assessment (f, f->g, "2025-08-01", 9);
  add_assessment (f, f->d, "2025-01-10", 4);

  add_plan (f, f->a, 1, "2025-03-20", a1, 2);
  add_plan (f, f->a, 2, "2025-06-15", a2, 2);
  add_plan (f, f->b, 1, "2025-05-12", b1, 1);
  add_plan (f, f->d, 1, "2024-12-05", d1, 1);
  add_plan (f, f->d, 2, "2025-04-01", d2, 1);

  /* concern-level: lower is better, threshold 1 in authority.area */
  add_value (f, f->a, "concern-level", "2025-03-01", 8);
  add_value (f, f->a, "concern-level", "2025-06-01", 5);
  add_value (f, f->b, "concern-level", "2025-04-20", 4);
  add_value (f, f->b, "concern-level", "2025-06-25", 4);
  add_value (f, f->g, "concern-level", "2025-02-01", 3);
  add_value (f, f->g, "concern-level", "2025-05-01", 6);

  add_police_contact (f, f->d, "2024-08-01");
  add_police_contact (f, f->d, "2024-11-30");
  add_police_contact (f, f->d, "2025-02-01");
  add_police_contact (f, f->d, "2025-07-01");
  add_police_contact (f, f->a, "2025-01-15");
  add_police_contact (f, f->a, "2025-04-01");

  /* Meetings, through SQL as the meeting store's own tests cover writing
   * them: three held in Q2 (one of each kind), one cancelled, one after. */
  exec_sql (f,
    "INSERT INTO meeting (id, kind, held_on, start_time, created_at, updated_at) VALUES "
    "  (1, 'taskforce', '2025-04-08', '09:00', 0, 0), (2, 'screening', '2025-05-06', '09:00', 0, 0), "
    "  (4, 'taskforce', '2025-07-01', '09:00', 0, 0);"
    "INSERT INTO meeting (id, kind, held_on, start_time, status, created_at, updated_at) VALUES "
    "  (3, 'taskforce', '2025-05-20', '09:00', 'cancelled', 0, 0);");
  {
    g_autofree char *network = g_strdup_printf (
      "INSERT INTO meeting (id, kind, case_id, held_on, start_time, created_at, updated_at) "
      "VALUES (5, 'network', %" G_GINT64_FORMAT ", '2025-06-10', '14:00', 0, 0)", f->a);
    exec_sql (f, network);
  }
  {
    /* Items 1 and 3 are about Anton and Bilal, and so are their tasks */
    g_autofree char *items = g_strdup_printf (
      "INSERT INTO agenda_item (id, meeting_id, position, title, decision, case_id) VALUES "
      "  (1, 1, 1, 'Anton', 'Tilbyd forløb', %1$" G_GINT64_FORMAT "), (2, 1, 2, 'Orientering', NULL, NULL), "
      "  (3, 2, 1, 'Bilal', 'Relevant', %2$" G_GINT64_FORMAT "), (4, 3, 1, 'Aflyst', 'Udsat', NULL), "
      "  (5, 4, 1, 'Juli', 'Senere', NULL);"
      "INSERT INTO task (agenda_item_id, case_id, what, due_on, done_on, created_at) VALUES "
      "  (1, %1$" G_GINT64_FORMAT ", 'Ring til skolen', '2025-04-15', '2025-04-14', 0), "
      "  (1, %1$" G_GINT64_FORMAT ", 'Book møde', '2025-04-20', NULL, 0), "
      "  (3, %2$" G_GINT64_FORMAT ", 'Send tilbud', '2025-05-10', '2025-05-09', 0), "
      "  (4, NULL, 'Aflyst', '2025-05-25', NULL, 0), (5, NULL, 'Juli', '2025-07-05', NULL, 0);",
      f->a, f->b);
    exec_sql (f, items);
  }
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);

  g_clear_object (&f->manager);
  g_clear_object (&f->registry);
  g_clear_object (&f->session);
  g_clear_object (&f->store);
  g_unlink (f->path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}
