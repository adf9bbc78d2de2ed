/* test-action-plan.c — action plans: versions, goal keys, rules, conflicts, the case's follow-up, audit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "test-action-plan-fixture.h"

/* Statuses */

static void
test_goal_statuses (void)
{
  const char *ids[] = { "not-started", "in-progress", "reached", "dropped" };

  for (int i = 0; i < TF_N_GOAL_STATUSES; i++)
    {
      g_assert_cmpstr (tf_goal_status_to_id (i), ==, ids[i]);
      g_assert_cmpint (tf_goal_status_from_id (ids[i]), ==, i);
      g_assert_cmpstr (tf_goal_status_label (i), !=, "");
    }
  g_assert_cmpint (tf_goal_status_from_id ("done"), ==, -1);
  g_assert_cmpint (tf_goal_status_from_id (NULL), ==, -1);
}

/* The first plan and reading it back */

static void
test_first_plan (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(TfActionPlan) plan = new_plan (f);
  g_autoptr(TfActionPlan) loaded = NULL;
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(GError) error = NULL;
  TfPlanGoal *goal;
  const gint64 *ids;
  guint n_ids;

  /* No plan yet: nothing, and no error. */
  g_assert_null (tf_action_plan_load_current (f->session, f->case_id, &error));
  g_assert_no_error (error);
  g_assert_null (tf_action_plan_load_version (f->session, f->case_id, 1, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (save_ok (f, plan, 0), ==, 1);
  g_assert_cmpint (tf_action_plan_get_version (plan), ==, 1);
  g_assert_cmpint (tf_action_plan_get_id (plan), >, 0);
  g_assert_cmpstr (tf_action_plan_get_author_name (plan), ==, "Mette Holm");
  /* A new goal is known by its first row's id. */
  g_assert_cmpint (tf_plan_goal_get_goal_key (goal_at (plan, 0)), ==,
                   query_int (f, "SELECT id FROM plan_goal"));

  loaded = tf_action_plan_load_current (f->session, f->case_id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpint (tf_action_plan_get_version (loaded), ==, 1);
  g_assert_cmpint (tf_action_plan_get_case_id (loaded), ==, f->case_id);
  g_assert_cmpstr (tf_action_plan_get_made_on (loaded), ==, "2025-03-01");
  g_assert_cmpstr (tf_action_plan_get_next_follow_up (loaded), ==, "2025-06-01");
  g_assert_true (tf_action_plan_get_young_person_took_part (loaded));
  g_assert_false (tf_action_plan_get_guardians_took_part (loaded));
  g_assert_cmpstr (tf_action_plan_get_young_person_words (loaded), ==, "Jeg vil gerne i skole.");
  g_assert_null (tf_action_plan_get_guardians_words (loaded));
  g_assert_cmpstr (tf_action_plan_get_author_name (loaded), ==, "Mette Holm");
  g_assert_cmpint (tf_action_plan_get_created_at (loaded), >, 0);

  g_assert_cmpuint (g_list_model_get_n_items (tf_action_plan_get_goals (loaded)), ==, 1);
  goal = goal_at (loaded, 0);
  g_assert_cmpstr (tf_plan_goal_get_what (goal), ==, "Goes to school every day");
  g_assert_cmpint (tf_plan_goal_get_domain_id (goal), ==, domain (f, "school"));
  g_assert_cmpstr (tf_plan_goal_get_domain_code (goal), ==, "school");
  g_assert_cmpint (tf_plan_goal_get_organisation_id (goal), ==, f->fti);
  g_assert_cmpstr (tf_plan_goal_get_organisation_name (goal), ==, "FTI");
  g_assert_cmpstr (tf_plan_goal_get_staff_name (goal), ==, "Mette Holm");
  g_assert_cmpstr (tf_plan_goal_get_due_on (goal), ==, "2025-06-30");
  g_assert_cmpint (tf_plan_goal_get_status (goal), ==, TF_GOAL_IN_PROGRESS);
  g_assert_cmpint (tf_plan_goal_get_progress (goal), ==, 3);
  ids = tf_plan_goal_get_intervention_ids (goal, &n_ids);
  g_assert_cmpuint (n_ids, ==, 1);
  g_assert_cmpint (ids[0], ==, f->mentor_id);

  versions = tf_action_plan_list_versions (f->session, f->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 1);
}

/* A revision is a new version; the old one stays as it was. */
static void
test_revision_keeps_versions (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(TfActionPlan) first = new_plan (f);
  g_autoptr(TfActionPlan) current = NULL;
  g_autoptr(TfActionPlan) revision = NULL;
  g_autoptr(TfActionPlan) old = NULL;
  g_autoptr(TfActionPlan) second = NULL;
  g_autoptr(TfPlanGoal) added = new_goal (f, "Plays football on Tuesdays", "leisure");
  g_autoptr(GListModel) versions = NULL;
  g_autoptr(GError) error = NULL;
  gint64 school_key;

  save_ok (f, first, 0);
  school_key = tf_plan_goal_get_goal_key (goal_at (first, 0));

  current = tf_action_plan_load_current (f->session, f->case_id, &error);
  revision = tf_action_plan_copy_for_revision (current);
  g_assert_cmpint (tf_action_plan_get_version (revision), ==, 0);
  tf_plan_goal_set_status (goal_at (revision, 0), TF_GOAL_REACHED);
  tf_plan_goal_set_progress (goal_at (revision, 0), 9);
  tf_plan_goal_set_intervention_ids (goal_at (revision, 0), NULL, 0);
  tf_action_plan_add_goal (revision, added);
  tf_action_plan_set_made_on (revision, "2025-05-01");
  tf_action_plan_set_next_follow_up (revision, "2025-08-01");
  tf_action_plan_set_revision_note (revision, "School goal reached");
  g_assert_cmpint (save_ok (f, revision, 1), ==, 2);

  /* Version 1 reads exactly as before. */
  old = tf_action_plan_load_version (f->session, f->case_id, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tf_action_plan_get_made_on (old), ==, "2025-03-01");
  g_assert_cmpstr (tf_action_plan_get_next_follow_up (old), ==, "2025-06-01");
  g_assert_null (tf_action_plan_get_revision_note (old));
  g_assert_cmpuint (g_list_model_get_n_items (tf_action_plan_get_goals (old)), ==, 1);
  g_assert_cmpint (tf_plan_goal_get_status (goal_at (old, 0)), ==, TF_GOAL_IN_PROGRESS);
  g_assert_cmpint (tf_plan_goal_get_progress (goal_at (old, 0)), ==, 3);
  g_assert_true (tf_plan_goal_has_intervention (goal_at (old, 0), f->mentor_id));

  /* Version 2: the same goal under the same key, a new one with its own. */
  second = tf_action_plan_load_current (f->session, f->case_id, &error);
  g_assert_cmpint (tf_action_plan_get_version (second), ==, 2);
  g_assert_cmpstr (tf_action_plan_get_revision_note (second), ==, "School goal reached");
  g_assert_cmpuint (g_list_model_get_n_items (tf_action_plan_get_goals (second)), ==, 2);
  g_assert_cmpint (tf_plan_goal_get_goal_key (goal_at (second, 0)), ==, school_key);
  g_assert_cmpint (tf_plan_goal_get_status (goal_at (second, 0)), ==, TF_GOAL_REACHED);
  g_assert_false (tf_plan_goal_has_intervention (goal_at (second, 0), f->mentor_id));
  g_assert_cmpint (tf_plan_goal_get_goal_key (goal_at (second, 1)), !=, school_key);
  g_assert_cmpint (tf_plan_goal_get_goal_key (goal_at (second, 1)), ==,
                   query_int (f, "SELECT max (id) FROM plan_goal"));
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM plan_goal"), ==, 3);
  g_assert_cmpint (query_int (f, "SELECT count(DISTINCT goal_key) FROM plan_goal"), ==, 2);

  versions = tf_action_plan_list_versions (f->session, f->case_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (versions), ==, 2);
  {
    g_autoptr(TfActionPlan) newest = g_list_model_get_item (versions, 0);
    g_autoptr(TfActionPlan) oldest = g_list_model_get_item (versions, 1);
    g_assert_cmpint (tf_action_plan_get_version (newest), ==, 2);
    g_assert_cmpstr (tf_action_plan_get_made_on (newest), ==, "2025-05-01");
    g_assert_cmpstr (tf_action_plan_get_author_name (newest), ==, "Mette Holm");
    g_assert_cmpint (tf_action_plan_get_version (oldest), ==, 1);
  }
  /* The other case has no plan. */
  g_assert_null (tf_action_plan_load_current (f->session, f->other_case_id, &error));
  g_assert_no_error (error);
}

/* Rules: each broken rule is refused, named by its field, and nothing is written. */

typedef void (*Breaker) (Fixture *f, TfActionPlan *plan);

static void
assert_refused (Fixture      *f,
                TfActionPlan *plan,
                const char   *field)
{
  g_autoptr(GHashTable) errors = NULL;
  g_autoptr(GError) error = NULL;
  gint64 plans = query_int (f, "SELECT count(*) FROM action_plan");
  gint64 events = query_int (f, "SELECT count(*) FROM audit_event");
  gint64 version = -1;

  errors = tf_action_plan_validate (f->session, plan, &error);
  g_assert_no_error (error);
  if (errors == NULL || !g_hash_table_contains (errors, field))
    g_error ("expected a message for %s", field);
  g_assert_cmpstr (g_hash_table_lookup (errors, field), !=, "");

  g_assert_false (tf_action_plan_save_revision (f->session, plan, 0, &version, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_cmpint (version, ==, -1);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM action_plan"), ==, plans);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM plan_goal"), ==, 0);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_event"), ==, events);
}

static void
test_rules (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *today = tf_today_iso ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 2);
  g_autofree char *future = g_date_time_format (later, "%Y-%m-%d");
  gint64 school = domain (f, "school");
  struct {
    const char *field;
    int         what;
  } cases[] = {
    { "made-on", 0 }, { "made-on", 1 }, { "made-on", 2 }, { "made-on", 3 },
    { "next-follow-up", 4 }, { "next-follow-up", 5 }, { "goals", 6 },
    { "goal/0/what", 7 }, { "goal/0/organisation", 8 }, { "goal/0/due-on", 9 },
    { "goal/0/due-on", 10 }, { "goal/0/status", 11 }, { "goal/0/progress", 12 },
    { "goal/0/progress", 13 }, { "goal/0/interventions", 14 }, { "goal/0/interventions", 15 },
    { "goal/0/interventions", 16 }, { "reason/1", 17 }, { "goal/0/key", 18 },
    { "goal/0/organisation", 19 }, { "goal/0/domain", 20 }, { "goal/0/staff", 21 },
  };

  g_assert_cmpint (school, ==, 1);   /* "reason/1" below */
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(TfActionPlan) plan = new_plan (f);
      TfPlanGoal *goal = goal_at (plan, 0);
      gint64 id;

      switch (cases[i].what)
        {
        case 0: tf_action_plan_set_made_on (plan, NULL); break;
        case 1: tf_action_plan_set_made_on (plan, "2025-02-30"); break;
        case 2:
          tf_action_plan_set_made_on (plan, future);
          tf_action_plan_set_next_follow_up (plan, future);
          tf_plan_goal_set_due_on (goal, future);
          break;
        case 3: tf_action_plan_set_made_on (plan, "2025-01-05"); break;   /* referred 6 Jan */
        case 4: tf_action_plan_set_next_follow_up (plan, NULL); break;
        case 5: tf_action_plan_set_next_follow_up (plan, "2025-02-28"); break;
        case 6: tf_action_plan_remove_goal (plan, 0); break;
        case 7: tf_plan_goal_set_what (goal, "   "); break;
        case 8: tf_plan_goal_set_organisation_id (goal, 0); break;
        case 9: tf_plan_goal_set_due_on (goal, NULL); break;
        case 10: tf_plan_goal_set_due_on (goal, "2025-02-28"); break;
        case 11: tf_plan_goal_set_status (goal, TF_N_GOAL_STATUSES); break;
        case 12: tf_plan_goal_set_progress (goal, 11); break;
        case 13: tf_plan_goal_set_progress (goal, -2); break;
        case 14: tf_plan_goal_set_intervention_ids (goal, &f->other_mentor_id, 1); break;
        case 15: tf_plan_goal_set_intervention_ids (goal, &f->visit_id, 1); break;
        case 16:
          exec (f, "UPDATE record SET deleted_at = 1 WHERE form = 'mentor'");
          break;
        case 17: tf_action_plan_set_domain_reason (plan, school, " "); break;
        case 18: tf_plan_goal_set_goal_key (goal, 999); break;
        case 19: tf_plan_goal_set_organisation_id (goal, 999); break;
        case 20: tf_plan_goal_set_domain_id (goal, 999); break;
        case 21: tf_plan_goal_set_staff_id (goal, 999); break;
        default: g_assert_not_reached ();
        }
      assert_refused (f, plan, cases[i].field);
      if (cases[i].what == 16)
        exec (f, "UPDATE record SET deleted_at = NULL");
      id = tf_action_plan_get_id (plan);
      g_assert_cmpint (id, ==, 0);
    }

  /* The edges are allowed: made today, follow-up and due on the same day. */
  {
    g_autoptr(TfActionPlan) plan = new_plan (f);
    tf_action_plan_set_made_on (plan, today);
    tf_action_plan_set_next_follow_up (plan, today);
    tf_plan_goal_set_due_on (goal_at (plan, 0), today);
    tf_plan_goal_set_progress (goal_at (plan, 0), -1);
    tf_plan_goal_set_staff_id (goal_at (plan, 0), 0);
    save_ok (f, plan, 0);
    g_assert_cmpint (query_int (f, "SELECT count(*) FROM plan_goal WHERE progress IS NULL "
                                   "AND staff_id IS NULL"), ==, 1);
  }
  /* A goal reached or dropped keeps its earlier due date in a revision. */
  for (int status = TF_GOAL_NOT_STARTED; status < TF_N_GOAL_STATUSES; status++)
    {
      g_autoptr(TfActionPlan) plan = new_plan (f);
      g_autoptr(GHashTable) errors = NULL;
      g_autoptr(GError) error = NULL;

      tf_plan_goal_set_status (goal_at (plan, 0), status);
      tf_plan_goal_set_due_on (goal_at (plan, 0), "2025-02-28");
      errors = tf_action_plan_validate (f->session, plan, &error);
      g_assert_no_error (error);
      g_assert_cmpint (errors != NULL && g_hash_table_contains (errors, "goal/0/due-on"), ==,
                       status == TF_GOAL_NOT_STARTED || status == TF_GOAL_IN_PROGRESS);
    }
}

/* A goal key used twice in one plan would make two goals one. */
static void
test_duplicate_key (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(TfActionPlan) plan = new_plan (f);
  g_autoptr(TfActionPlan) revision = NULL;
  g_autoptr(TfPlanGoal) twin = NULL;
  g_autoptr(GError) error = NULL;

  save_ok (f, plan, 0);
  revision = tf_action_plan_copy_for_revision (plan);
  twin = tf_plan_goal_copy (goal_at (revision, 0));
  tf_action_plan_add_goal (revision, twin);
  g_assert_false (tf_action_plan_save_revision (f->session, revision, 1, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM action_plan"), ==, 1);
}

/* Two desks start from version 1; the second to save is told. */
static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(TfActionPlan) plan = new_plan (f);
  g_autoptr(TfActionPlan) desk_a = NULL;
  g_autoptr(TfActionPlan) desk_b = NULL;
  g_autoptr(TfActionPlan) again = NULL;
  g_autoptr(TfSession) jonas = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *who = NULL;
  gint64 version = 0;

  save_ok (f, plan, 0);
  jonas = tf_session_new_for_login (f->store, "jonas", "Jonas Berg", &error);
  g_assert_no_error (error);

  desk_a = tf_action_plan_copy_for_revision (plan);
  desk_b = tf_action_plan_copy_for_revision (plan);
  tf_action_plan_set_next_follow_up (desk_a, "2025-07-01");
  g_assert_true (tf_action_plan_save_revision (jonas, desk_a, 1, &version, &error));
  g_assert_cmpint (version, ==, 2);

  tf_plan_goal_set_progress (goal_at (desk_b, 0), 5);
  g_assert_false (tf_action_plan_save_revision (f->session, desk_b, 1, &version, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (query_int (f, "SELECT max (version) FROM action_plan"), ==, 2);
  /* Nor may a "first" plan be written when one exists. */
  again = new_plan (f);
  g_assert_false (tf_action_plan_save_revision (f->session, again, 0, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_clear_error (&error);

  /* Who saved first, for the dialog. */
  who = tf_audit_describe_last_change (f->session, "plan", tf_action_plan_get_id (desk_a), f->case_id);
  g_assert_nonnull (who);
  g_assert_nonnull (strstr (who, "Jonas Berg"));

  /* "Save mine": on top of the newer version. */
  g_assert_true (tf_action_plan_save_revision (f->session, desk_b, 2, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, 3);
}

static void
test_follow_up_trigger (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(TfActionPlan) plan = new_plan (f);
  g_autoptr(TfActionPlan) revision = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT next_follow_up FROM cases WHERE id = %" G_GINT64_FORMAT,
                                          f->case_id);
  g_autofree char *due_sql = g_strdup_printf ("SELECT follow_up_due FROM cases WHERE id = %" G_GINT64_FORMAT,
                                              f->case_id);
  g_autofree char *before = query_text (f, sql);
  g_autofree char *after = NULL;
  g_autofree char *revised = NULL;
  g_autofree char *due = NULL;
  g_autofree char *other = NULL;

  g_assert_null (before);
  save_ok (f, plan, 0);
  after = query_text (f, sql);
  g_assert_cmpstr (after, ==, "2025-06-01");

  revision = tf_action_plan_copy_for_revision (plan);
  tf_action_plan_set_next_follow_up (revision, "2025-03-15");
  save_ok (f, revision, 1);
  revised = query_text (f, sql);
  g_assert_cmpstr (revised, ==, "2025-03-15");
  /* ...and with it when the case needs follow-up (before the referral's
   * three months run out on 6 April). */
  due = query_text (f, due_sql);
  g_assert_cmpstr (due, ==, "2025-03-15");
  /* Another case is left alone. */
  other = query_text (f, "SELECT next_follow_up FROM cases WHERE id = 2");
  g_assert_null (other);
}

typedef struct
{
  guint   n;
  char   *entity;
  gint64  id;
} Changed;

static void
on_changed (TfStore    *store,
            const char *entity,
            gint64      id,
            Changed    *changed)
{
  changed->n++;
  g_free (changed->entity);
  changed->entity = g_strdup (entity);
  changed->id = id;
}

static void
test_audit_and_signal (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(TfActionPlan) plan = new_plan (f);
  g_autoptr(TfActionPlan) revision = NULL;
  g_autoptr(TfActionPlan) bad = new_plan (f);
  g_autoptr(GError) error = NULL;
  g_autofree char *detail = NULL;
  Changed changed = { 0, NULL, 0 };
  gulong handler = g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), &changed);

  save_ok (f, plan, 0);
  g_assert_cmpuint (changed.n, ==, 1);
  g_assert_cmpstr (changed.entity, ==, "plan");
  g_assert_cmpint (changed.id, ==, f->case_id);
  revision = tf_action_plan_copy_for_revision (plan);
  save_ok (f, revision, 1);
  g_assert_cmpint (tf_audit_count (f->session, "create", "plan"), ==, 2);
  detail = query_text (f, "SELECT detail FROM audit_event WHERE entity = 'plan' ORDER BY id DESC LIMIT 1");
  g_assert_cmpstr (detail, ==, "{\"version\":2,\"goals\":1}");
  g_assert_cmpint (query_int (f, "SELECT count(*) FROM audit_event WHERE entity = 'plan' AND case_id = 1"), ==, 2);

  /* A refused save says nothing changed and logs nothing. */
  tf_action_plan_set_made_on (bad, NULL);
  g_assert_false (tf_action_plan_save_revision (f->session, bad, 2, NULL, &error));
  g_assert_cmpuint (changed.n, ==, 2);
  g_assert_cmpint (tf_audit_count (f->session, "create", "plan"), ==, 2);

  g_signal_handler_disconnect (f->store, handler);
  g_free (changed.entity);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/action-plan/goal-statuses", test_goal_statuses);
#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/action-plan/first-plan", test_first_plan);
  ADD ("/action-plan/revision-keeps-versions", test_revision_keeps_versions);
  ADD ("/action-plan/rules", test_rules);
  ADD ("/action-plan/duplicate-key", test_duplicate_key);
  ADD ("/action-plan/conflict", test_conflict);
  ADD ("/action-plan/follow-up-trigger", test_follow_up_trigger);
  ADD ("/action-plan/audit-and-signal", test_audit_and_signal);
#undef ADD
  return g_test_run ();
}
