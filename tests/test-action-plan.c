/* test-action-plan.c — action plans: versions, goal keys, rules, conflicts, completeness
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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

static gint64
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

static char *
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

static void
exec (Fixture    *f,
      const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (tf_store_get_db (f->store), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

static gint64
domain (Fixture    *f,
        const char *code)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM assessment_domain WHERE code = '%s'", code);
  return query_int (f, sql);
}

static gint64
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

static gint64
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

static void
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

static void
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

static TfPlanGoal *
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
static TfActionPlan *
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

static gint64
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

static TfPlanGoal *
goal_at (TfActionPlan *plan,
         guint         i)
{
  TfPlanGoal *goal = g_list_model_get_item (tf_action_plan_get_goals (plan), i);

  g_assert_nonnull (goal);
  g_object_unref (goal);   /* the plan keeps it */
  return goal;
}

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
                           "Network", "Practical conditions" };

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
  ADD ("/action-plan/describe-changes", test_describe_changes);
  ADD ("/action-plan/completeness", test_completeness);
  ADD ("/action-plan/domains", test_domains);
  ADD ("/action-plan/follow-up-trigger", test_follow_up_trigger);
  ADD ("/action-plan/audit-and-signal", test_audit_and_signal);
#undef ADD
  return g_test_run ();
}
