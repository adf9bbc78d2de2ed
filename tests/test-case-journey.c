/* test-case-journey.c — one young person from the first worry to the closed case
 *
 * The rules of each step have their own tests; this one walks the whole way
 * through the public API the pages use, and checks that the steps fit
 * together: the case row, the list's "needs follow-up", the consent state,
 * plan completeness and the history all tell the same story.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "taskforce.h"
#include "tf-store-private.h"

typedef struct
{
  char      *dir;
  TfStore   *store;
  TfSession *session;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("tf-journey-XXXXXX", NULL);
  path = g_build_filename (f->dir, "taskforce.db", NULL);
  f->store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->session = tf_session_new_for_login (f->store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "taskforce.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_clear_object (&f->session);
  g_clear_object (&f->store);
  g_unlink (wal);
  g_unlink (shm);
  g_unlink (path);
  g_rmdir (f->dir);
  g_free (f->dir);
}

/* Today plus @days, ISO */
static char *
day (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static TfCase *
load_case (Fixture *f,
           gint64   case_id)
{
  g_autoptr(GError) error = NULL;
  TfCase *kase = tf_case_load (f->session, case_id, &error);

  g_assert_no_error (error);
  return kase;
}

static void
move (Fixture      *f,
      gint64        case_id,
      TfCaseStatus  status,
      int           days,
      const char   *reason_code,
      int           motivation)
{
  g_autoptr(TfCase) kase = load_case (f, case_id);
  g_autoptr(GError) error = NULL;
  g_autofree char *when = day (days);
  TfStatusChangeRequest request = { status, when, reason_code, NULL, motivation };

  g_assert_true (tf_case_change_status (f->session, case_id, tf_case_get_version (kase),
                                        &request, &error));
  g_assert_no_error (error);
}

static gint64
domain_id (Fixture    *f,
           const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) domains = tf_assessment_domain_list (f->session, FALSE, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(TfAssessmentDomain) domain = g_list_model_get_item (domains, i);

      if (g_str_equal (tf_assessment_domain_get_code (domain), code))
        return tf_assessment_domain_get_id (domain);
    }
  g_assert_not_reached ();
}

static gint64
first_organisation (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) orgs = tf_organisation_list (f->session, &error);
  g_autoptr(TfOrganisation) org = NULL;

  g_assert_no_error (error);
  org = g_list_model_get_item (orgs, 0);
  return tf_organisation_get_id (org);
}

/* Every domain scored 6, except the ones given */
static void
assess (Fixture    *f,
        gint64      case_id,
        int         days,
        const char *risk,
        int         school,
        int         behaviour)
{
  g_autoptr(TfAssessment) assessment = tf_assessment_new (case_id);
  g_autoptr(GListModel) domains = tf_assessment_domain_list (f->session, FALSE, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *when = day (days);

  tf_assessment_set_assessed_on (assessment, when);
  tf_assessment_set_risk_level (assessment, risk);
  tf_assessment_set_young_person_took_part (assessment, TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(TfAssessmentDomain) domain = g_list_model_get_item (domains, i);
      const char *code = tf_assessment_domain_get_code (domain);
      int score = g_str_equal (code, "school") ? school : g_str_equal (code, "behaviour") ? behaviour : 6;

      tf_assessment_set_score (assessment, tf_assessment_domain_get_id (domain), score, score, NULL);
    }
  g_assert_true (tf_assessment_save (f->session, assessment, &error));
  g_assert_no_error (error);
}

static gint64
count (Fixture    *f,
       const char *sql,
       gint64      case_id)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (tf_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, case_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static void
test_journey (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *referral_day = day (-200);
  g_autofree char *consent_from = day (-180);
  g_autofree char *consent_until = day (185);
  g_autofree char *plan_day = day (-170);
  g_autofree char *first_follow_up = day (-100);
  g_autofree char *goal_due = day (-20);
  g_autofree char *revision_day = day (-5);
  g_autofree char *second_follow_up = day (60);
  g_autofree char *closing_day = day (0);
  TfReferral referral = { referral_day, "school", "Stays away from school; seen with older boys known to the police", 0 };
  g_autoptr(TfActionPlan) plan = NULL;
  g_autoptr(TfActionPlan) revision = NULL;
  g_autoptr(TfPlanGoal) goal = NULL;
  g_autoptr(TfCase) kase = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GListModel) expiring = NULL;
  g_autofree char *reason = NULL;
  gint64 org = first_organisation (f);
  gint64 case_id = 0;
  gint64 version = 0;

  /* 1. The worry: a new young person enters the list as referred */
  g_object_set (person, "first-name", "Emil", "last-name", "Nørgaard", "cpr", "120410-4233",
                "gender", "boy", NULL);
  g_assert_true (tf_young_person_save (f->session, person, &referral, &case_id, &error));
  g_assert_no_error (error);
  kase = load_case (f, case_id);
  g_assert_cmpint (tf_case_get_status (kase), ==, TF_CASE_STATUS_REFERRED);
  g_assert_cmpint (count (f, "SELECT n FROM case_count WHERE status = 'referred' AND ?1 > 0", case_id), ==, 1);
  /* three months without an assessment since the referral: needs follow-up already */
  reason = tf_case_dup_follow_up_reason (kase, NULL);
  g_assert_nonnull (reason);
  g_clear_pointer (&reason, g_free);
  g_clear_object (&kase);

  /* 2. The screening meeting: relevant, motivation "can be motivated";
   * offered, the family takes time, then says yes */
  move (f, case_id, TF_CASE_STATUS_RELEVANT, -190, NULL, 2);
  move (f, case_id, TF_CASE_STATUS_OFFERED, -185, NULL, 0);
  move (f, case_id, TF_CASE_STATUS_IN_PROCESS, -183, NULL, 0);
  move (f, case_id, TF_CASE_STATUS_ACCEPTED, -180, NULL, 1);

  /* 3. Consent from the young person and the guardians for a year */
  {
    TfConsentDraft draft = { 0, 0, case_id, TRUE, TRUE, "Lene Nørgaard", consent_from, consent_until,
                             NULL, &org, 1 };
    g_auto(TfConsentState) state = { 0 };

    g_assert_cmpint (tf_consent_save (f->session, &draft, &error), >, 0);
    g_assert_no_error (error);
    g_assert_true (tf_consent_state_for_case (f->session, case_id, NULL, &state, &error));
    g_assert_true (state.valid);
    g_assert_cmpstr (state.valid_until, ==, consent_until);
  }

  /* 4. The first assessment: school and behaviour red */
  assess (f, case_id, -175, "high", 2, 3);
  kase = load_case (f, case_id);
  g_assert_cmpstr (tf_case_get_risk_level (kase), ==, "high");
  g_clear_object (&kase);

  /* 5. The plan made with Emil and his mother: a goal for school, a reason
   * for behaviour; complete only with both */
  plan = tf_action_plan_new (case_id);
  tf_action_plan_set_made_on (plan, plan_day);
  tf_action_plan_set_next_follow_up (plan, first_follow_up);
  tf_action_plan_set_young_person_took_part (plan, TRUE);
  tf_action_plan_set_guardians_took_part (plan, TRUE);
  tf_action_plan_set_young_person_words (plan, "Jeg vil gerne i skole igen.");
  goal = tf_plan_goal_new ();
  tf_plan_goal_set_what (goal, "Goes to school at least four days a week");
  tf_plan_goal_set_domain_id (goal, domain_id (f, "school"));
  tf_plan_goal_set_organisation_id (goal, org);
  tf_plan_goal_set_due_on (goal, goal_due);
  tf_plan_goal_set_status (goal, TF_GOAL_IN_PROGRESS);
  tf_plan_goal_set_progress (goal, 2);
  tf_action_plan_add_goal (plan, goal);
  g_assert_false (tf_action_plan_check_complete (f->session, plan, NULL, &error));
  g_assert_no_error (error);
  tf_action_plan_set_domain_reason (plan, domain_id (f, "behaviour"),
                                    "The police's youth contact works on it; we follow it at the meetings.");
  g_assert_true (tf_action_plan_check_complete (f->session, plan, NULL, &error));
  g_assert_true (tf_action_plan_save_revision (f->session, plan, 0, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, 1);

  /* 6. The work starts */
  move (f, case_id, TF_CASE_STATUS_ACTIVE, -170, NULL, 0);

  /* Months pass: the plan's follow-up date has passed and the assessment
   * is old — the case list says so, in the words the case window uses */
  kase = load_case (f, case_id);
  g_assert_cmpstr (tf_case_get_next_follow_up (kase), ==, first_follow_up);
  reason = tf_case_dup_follow_up_reason (kase, NULL);
  g_assert_nonnull (reason);
  g_assert_true (g_str_has_prefix (reason, "The follow-up date "));
  g_clear_pointer (&reason, g_free);
  g_clear_object (&kase);

  /* 7. The follow-up: a new assessment, the plan revised from the last
   * version (nothing typed again), the goal reached */
  assess (f, case_id, -10, "low", 8, 6);
  revision = tf_action_plan_load_current (f->session, case_id, &error);
  g_assert_no_error (error);
  g_clear_object (&plan);
  plan = tf_action_plan_copy_for_revision (revision);
  tf_action_plan_set_made_on (plan, revision_day);
  tf_action_plan_set_next_follow_up (plan, second_follow_up);
  {
    g_autoptr(TfPlanGoal) kept = g_list_model_get_item (tf_action_plan_get_goals (plan), 0);

    g_assert_cmpstr (tf_plan_goal_get_what (kept), ==, "Goes to school at least four days a week");
    tf_plan_goal_set_status (kept, TF_GOAL_REACHED);
    tf_plan_goal_set_progress (kept, 9);
  }
  g_assert_true (tf_action_plan_save_revision (f->session, plan, 1, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, 2);
  kase = load_case (f, case_id);
  g_assert_cmpstr (tf_case_get_risk_level (kase), ==, "low");
  g_assert_null (tf_case_dup_follow_up_reason (kase, NULL));
  g_clear_object (&kase);

  /* 8. Closing: not before the latest change, and with a reason */
  {
    g_autoptr(TfCase) now = load_case (f, case_id);
    g_autofree char *too_early = day (-171);
    TfStatusChangeRequest early = { TF_CASE_STATUS_CLOSED, too_early, "goals-reached", NULL, 0 };
    TfStatusChangeRequest no_reason = { TF_CASE_STATUS_CLOSED, closing_day, NULL, NULL, 0 };

    g_assert_false (tf_case_change_status (f->session, case_id, tf_case_get_version (now), &early, &error));
    g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (tf_case_change_status (f->session, case_id, tf_case_get_version (now), &no_reason, &error));
    g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
    g_clear_error (&error);
  }
  move (f, case_id, TF_CASE_STATUS_CLOSED, 0, "goals-reached", 0);

  kase = load_case (f, case_id);
  g_assert_cmpint (tf_case_get_status (kase), ==, TF_CASE_STATUS_CLOSED);
  g_assert_cmpstr (tf_case_get_closing_reason (kase), ==, "goals-reached");
  g_assert_cmpstr (tf_case_get_closed_on (kase), ==, closing_day);
  g_assert_cmpint (tf_case_get_motivation (kase), ==, 1);
  /* a closed case needs no follow-up and its consent reminds nobody */
  g_assert_null (tf_case_get_follow_up_due (kase));
  expiring = tf_consent_list_expiring (f->session, NULL, 365, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (expiring), ==, 0);

  /* The whole way is in the history, oldest first, each step by its day */
  history = tf_case_list_history (f->session, case_id, &error);
  g_assert_no_error (error);
  {
    static const char * const way[] = { "referred", "relevant", "offered", "in-process",
                                        "accepted", "active", "closed" };
    guint n = 0;

    for (guint i = 0; i < g_list_model_get_n_items (history); i++)
      {
        g_autoptr(TfStatusChange) change = g_list_model_get_item (history, i);

        if (tf_status_change_is_motivation (change))
          continue;
        g_assert_cmpuint (n, <, G_N_ELEMENTS (way));
        g_assert_cmpstr (tf_status_change_get_status (change), ==, way[n]);
        n++;
      }
    g_assert_cmpuint (n, ==, G_N_ELEMENTS (way));
  }
  /* and in the audit log */
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_event WHERE case_id = ?1 AND entity = 'case' "
                             "AND action = 'update'", case_id), ==, 6);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/case-journey/referral-to-closed", Fixture, NULL, fixture_setup, test_journey,
              fixture_teardown);
  return g_test_run ();
}
