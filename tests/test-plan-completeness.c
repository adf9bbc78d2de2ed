/* test-plan-completeness.c — action plans: red domains covered or not, domain titles, what changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "test-action-plan-fixture.h"

/* What changed between two versions, for the conflict dialog. */
static void
test_describe_changes (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(TfActionPlan) plan = new_plan (f);
  g_autoptr(TfActionPlan) revision = NULL;
  g_autoptr(TfPlanGoal) added = new_goal (f, "Plays football", NULL);
  g_auto(GStrv) none = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *all = NULL;

  save_ok (f, plan, 0);
  revision = tf_action_plan_copy_for_revision (plan);
  none = tf_action_plan_describe_changes (plan, revision);
  g_assert_cmpuint (g_strv_length (none), ==, 0);

  tf_action_plan_set_next_follow_up (revision, "2025-07-01");
  tf_plan_goal_set_status (goal_at (revision, 0), TF_GOAL_REACHED);
  tf_plan_goal_set_progress (goal_at (revision, 0), 10);
  tf_plan_goal_set_due_on (goal_at (revision, 0), "2025-08-01");
  tf_action_plan_add_goal (revision, added);
  lines = tf_action_plan_describe_changes (plan, revision);
  all = g_strjoinv ("\n", lines);
  if (g_strv_length (lines) != 5)
    g_error ("unexpected lines:\n%s", all);
  g_assert_nonnull (strstr (all, "Next follow-up: 1. Jun 2025 → 1. Jul 2025"));
  g_assert_nonnull (strstr (all, "status In progress → Reached"));
  g_assert_nonnull (strstr (all, "progress 3 → 10"));
  g_assert_nonnull (strstr (all, "due 30. Jun 2025 → 1. Aug 2025"));
  g_assert_nonnull (strstr (all, "Goal added: Plays football"));

  g_strfreev (g_steal_pointer (&lines));
  lines = tf_action_plan_describe_changes (revision, plan);
  all = (g_free (all), g_strjoinv ("\n", lines));
  g_assert_nonnull (strstr (all, "Goal removed: Plays football"));
}

/* Completeness against the latest assessment */

static gint64
add_assessment (Fixture    *f,
                const char *assessed_on,
                const char *scores)   /* "code=score,code=score" */
{
  g_autofree char *sql = g_strdup_printf (
    "INSERT INTO assessment (case_id, assessed_on, risk_level, created_at, updated_at) "
    "VALUES (%" G_GINT64_FORMAT ", '%s', 'high', 0, 0)", f->case_id, assessed_on);
  g_auto(GStrv) pairs = g_strsplit (scores, ",", -1);
  gint64 id;

  exec (f, sql);
  id = sqlite3_last_insert_rowid (tf_store_get_db (f->store));
  for (guint i = 0; pairs[i] != NULL; i++)
    {
      g_auto(GStrv) kv = g_strsplit (pairs[i], "=", 2);
      g_autofree char *insert = g_strdup_printf (
        "INSERT INTO assessment_score (assessment_id, domain_id, score, own_score) "
        "SELECT %" G_GINT64_FORMAT ", id, %s, 8 FROM assessment_domain WHERE code = '%s'",
        id, kv[1], kv[0]);
      exec (f, insert);
    }
  return id;
}

static char *
missing_codes (Fixture      *f,
               TfActionPlan *plan,
               gboolean      expect_complete)
{
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;
  GString *codes = g_string_new (NULL);
  gboolean complete = tf_action_plan_check_complete (f->session, plan, &missing, &error);

  g_assert_no_error (error);
  g_assert_nonnull (missing);
  g_assert_cmpint (complete, ==, expect_complete);
  g_assert_cmpint (complete, ==, missing->len == 0);
  for (guint i = 0; i < missing->len; i++)
    {
      TfPlanDomain *d = g_ptr_array_index (missing, i);
      g_assert_cmpint (d->domain_id, ==, domain (f, d->code));
      g_assert_cmpint (d->score, <=, 3);
      g_assert_nonnull (d->assessed_on);
      g_string_append_printf (codes, "%s%s:%s:%s", codes->len ? " " : "", d->code, d->title, d->assessed_on);
    }
  return g_string_free (codes, FALSE);
}

static void
test_completeness (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(TfActionPlan) plan = new_plan (f);   /* a goal on school */
  g_autofree char *m = NULL;
  gint64 behaviour = domain (f, "behaviour");
  gint64 gaming;

  /* No assessment: nothing red. */
  m = missing_codes (f, plan, TRUE);
  g_assert_cmpstr (m, ==, "");

  /* school 2 and behaviour 3 are red, family 4 yellow, leisure unscored;
   * the young person's own scores do not count. */
  add_assessment (f, "2025-02-10", "school=2,behaviour=3,family=4,leisure=0");
  exec (f, "UPDATE assessment_score SET score = NULL WHERE domain_id = "
           "(SELECT id FROM assessment_domain WHERE code = 'leisure')");
  g_free (m);
  m = missing_codes (f, plan, FALSE);
  g_assert_cmpstr (m, ==, "behaviour:Behaviour and crime:2025-02-10");

  /* A dropped goal does not work on its domain. */
  {
    g_autoptr(TfPlanGoal) dropped = new_goal (f, "No more fights", "behaviour");
    tf_plan_goal_set_status (dropped, TF_GOAL_DROPPED);
    tf_action_plan_add_goal (plan, dropped);
    g_free (m);
    m = missing_codes (f, plan, FALSE);
    g_assert_cmpstr (m, ==, "behaviour:Behaviour and crime:2025-02-10");
    /* ...a live one does. */
    tf_plan_goal_set_status (dropped, TF_GOAL_NOT_STARTED);
    g_free (m);
    m = missing_codes (f, plan, TRUE);
    tf_action_plan_remove_goal (plan, 1);
  }

  /* A written reason counts; an empty one does not. */
  tf_action_plan_set_domain_reason (plan, behaviour, "  ");
  g_free (m);
  m = missing_codes (f, plan, FALSE);
  tf_action_plan_set_domain_reason (plan, behaviour, "Politiet har sagen; vi venter på udfaldet.");
  g_free (m);
  m = missing_codes (f, plan, TRUE);
  /* The reason survives a save and a load. */
  save_ok (f, plan, 0);
  {
    g_autoptr(TfActionPlan) loaded = tf_action_plan_load_current (f->session, f->case_id, NULL);
    g_assert_cmpstr (tf_action_plan_get_domain_reason (loaded, behaviour), ==,
                     "Politiet har sagen; vi venter på udfaldet.");
    g_free (m);
    m = missing_codes (f, loaded, TRUE);
  }

  /* Only the latest assessment counts: a newer one with family red. The
   * coordinator's own domain shows by its title. */
  exec (f, "INSERT INTO assessment_domain (code, builtin, title, position) VALUES ('gaming', 0, 'Gaming', 9)");
  gaming = domain (f, "gaming");
  g_assert_cmpint (gaming, >, 0);
  add_assessment (f, "2025-04-01", "school=6,behaviour=7,family=1,gaming=0");
  g_free (m);
  m = missing_codes (f, plan, FALSE);
  g_assert_cmpstr (m, ==, "family:Family relations:2025-04-01 gaming:Gaming:2025-04-01");

  /* Two on the same day: the later row is the latest. */
  add_assessment (f, "2025-04-01", "family=9");
  g_free (m);
  m = missing_codes (f, plan, TRUE);

  /* An older date entered later does not count as latest. */
  add_assessment (f, "2025-03-01", "school=0");
  g_free (m);
  m = missing_codes (f, plan, TRUE);
}

static void
test_domains (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GPtrArray) domains = NULL;
  g_autoptr(GError) error = NULL;
  const char *titles[] = { "School and learning", "Leisure and friends", "Family relations",
                           "Behaviour and crime", "Emotional health", "Drug and alcohol use",
                           "Network", "Practical conditions: housing and money" };

  exec (f, "UPDATE assessment_domain SET active = 0 WHERE code = 'network'");
  domains = tf_action_plan_list_domains (f->session, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (domains->len, ==, 7);
  for (guint i = 0, t = 0; i < domains->len; i++, t++)
    {
      TfPlanDomain *d = g_ptr_array_index (domains, i);
      if (t == 6)
        t++;   /* network is inactive */
      g_assert_cmpstr (d->title, ==, titles[t]);
      g_assert_cmpint (d->score, ==, -1);
      g_assert_null (d->assessed_on);
    }
}

/* The newest plan's follow-up date becomes the case's (schema trigger). */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/plan-completeness/describe-changes", test_describe_changes);
  ADD ("/plan-completeness/completeness", test_completeness);
  ADD ("/plan-completeness/domains", test_domains);
#undef ADD
  return g_test_run ();
}
