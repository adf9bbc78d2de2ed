/* test-action-plan-fixture.h — a store with two cases and their interventions, for the plan tests
 *
 * Included by test-action-plan.c and test-plan-completeness.c only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gstdio.h>

#include "taskforce.h"
#include "tf-store-private.h"

/* A work area with one intervention form and one plain record form. */
static const char family_area[] =
  "[Area]\n"
  "Id=family\n"
  "Title=Family\n"
  "Organisation=FTI\n"
  "Icon=family-symbolic\n"
  "Priority=20\n"
  "GettextDomain=taskforce\n"
  "\n"
  "[Form mentor]\n"
  "Title=Mentor\n"
  "Category=intervention\n"
  "BudgetArea=mentor\n"
  "Summary=mentor\n"
  "\n"
  "[Field mentor/mentor]\n"
  "Label=Mentor\n"
  "Type=text\n"
  "Required=true\n"
  "\n"
  "[Form visit]\n"
  "Title=Home visit\n"
  "Category=record\n"
  "DateField=date\n"
  "\n"
  "[Field visit/date]\n"
  "Label=Date\n"
  "Type=date\n"
  "Required=true\n";

typedef struct
{
  char       *dir;
  TfStore    *store;
  TfSession  *session;
  TfRegistry *registry;
  gint64      case_id;
  gint64      other_case_id;
  gint64      fti;          /* organisation ids */
  gint64      ssp;
  gint64      mentor_id;    /* an intervention of the case */
  gint64      other_mentor_id;  /* an intervention of the other case */
  gint64      visit_id;     /* a plain record of the case */
} Fixture;

G_GNUC_UNUSED static gint64
query_int (Fixture    *f,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_prepare_v2 (tf_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

G_GNUC_UNUSED static char *
query_text (Fixture    *f,
            const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  char *text = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (tf_store_get_db (f->store), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

G_GNUC_UNUSED static void
exec (Fixture    *f,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (tf_store_get_db (f->store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

G_GNUC_UNUSED static gint64
domain (Fixture    *f,
        const char *code)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM assessment_domain WHERE code = '%s'", code);
  return query_int (f, sql);
}

G_GNUC_UNUSED static gint64
new_case (Fixture    *f,
          const char *first_name,
          const char *cpr)
{
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  g_autoptr(GError) error = NULL;
  TfReferral referral = { "2025-01-06", "school", NULL, 0 };
  gint64 case_id = 0;

  g_object_set (person, "first-name", first_name, "last-name", "Nørgaard", "cpr", cpr,
                "gender", "boy", NULL);
  g_assert_true (tf_young_person_save (f->session, person, &referral, &case_id, &error));
  g_assert_no_error (error);
  return case_id;
}

G_GNUC_UNUSED static gint64
new_record (Fixture    *f,
            gint64      case_id,
            const char *form_id)
{
  TfForm *form = tf_registry_find_form (f->registry, form_id);
  g_autoptr(TfRecord) record = tf_record_new (form, case_id);
  g_autoptr(GError) error = NULL;

  if (g_str_equal (form_id, "mentor"))
    {
      tf_form_values_set_string (tf_record_get_values (record), "mentor", "Ali");
      tf_record_set_status (record, TF_INTERVENTION_ACTIVE);
      tf_record_set_starts_on (record, "2025-02-03");
    }
  else
    tf_form_values_set_string (tf_record_get_values (record), "date", "2025-02-03");
  g_assert_true (tf_record_save (f->session, record, form, &error));
  g_assert_no_error (error);
  return tf_record_get_id (record);
}

G_GNUC_UNUSED static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (family_area, strlen (family_area));
  g_autoptr(TfArea) area = NULL;

  f->dir = g_dir_make_tmp ("tf-plan-XXXXXX", NULL);
  path = g_build_filename (f->dir, "taskforce.db", NULL);
  f->store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->session = tf_session_new_for_login (f->store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);
  f->registry = tf_registry_new ();
  area = tf_area_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_true (tf_registry_add_area (f->registry, area, &error));

  f->case_id = new_case (f, "Emil", "120410-4233");
  f->other_case_id = new_case (f, "Oskar", "010111-4234");
  f->fti = query_int (f, "SELECT id FROM organisation WHERE code = 'fti'");
  f->ssp = query_int (f, "SELECT id FROM organisation WHERE code = 'ssp'");
  g_assert_cmpint (f->fti, >, 0);
  f->mentor_id = new_record (f, f->case_id, "mentor");
  f->other_mentor_id = new_record (f, f->other_case_id, "mentor");
  f->visit_id = new_record (f, f->case_id, "visit");
}

G_GNUC_UNUSED static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_strdup (tf_store_get_path (f->store));
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_clear_object (&f->registry);
  g_clear_object (&f->session);
  g_clear_object (&f->store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->dir);
}

G_GNUC_UNUSED static TfPlanGoal *
new_goal (Fixture    *f,
          const char *what,
          const char *domain_code)
{
  TfPlanGoal *goal = tf_plan_goal_new ();

  tf_plan_goal_set_what (goal, what);
  tf_plan_goal_set_organisation_id (goal, f->fti);
  tf_plan_goal_set_staff_id (goal, tf_session_get_staff_id (f->session));
  tf_plan_goal_set_due_on (goal, "2025-06-30");
  tf_plan_goal_set_status (goal, TF_GOAL_IN_PROGRESS);
  tf_plan_goal_set_progress (goal, 3);
  if (domain_code != NULL)
    tf_plan_goal_set_domain_id (goal, domain (f, domain_code));
  return goal;
}

/* A plan as made at a meeting on 1 March 2025, with one goal on school. */
G_GNUC_UNUSED static TfActionPlan *
new_plan (Fixture *f)
{
  TfActionPlan *plan = tf_action_plan_new (f->case_id);
  g_autoptr(TfPlanGoal) goal = new_goal (f, "Goes to school every day", "school");

  tf_plan_goal_set_intervention_ids (goal, &f->mentor_id, 1);
  tf_action_plan_set_made_on (plan, "2025-03-01");
  tf_action_plan_set_next_follow_up (plan, "2025-06-01");
  tf_action_plan_set_young_person_took_part (plan, TRUE);
  tf_action_plan_set_guardians_took_part (plan, FALSE);
  tf_action_plan_set_young_person_words (plan, "Jeg vil gerne i skole.");
  tf_action_plan_set_guardians_words (plan, NULL);
  tf_action_plan_add_goal (plan, goal);
  return plan;
}

G_GNUC_UNUSED static gint64
save_ok (Fixture      *f,
         TfActionPlan *plan,
         gint64        base)
{
  g_autoptr(GError) error = NULL;
  gint64 version = 0;

  g_assert_true (tf_action_plan_save_revision (f->session, plan, base, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, base + 1);
  return version;
}

G_GNUC_UNUSED static TfPlanGoal *
goal_at (TfActionPlan *plan,
         guint         i)
{
  TfPlanGoal *goal = g_list_model_get_item (tf_action_plan_get_goals (plan), i);

  g_assert_nonnull (goal);
  g_object_unref (goal);   /* the plan keeps it */
  return goal;
}
