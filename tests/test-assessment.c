/* test-assessment.c — the holistic assessment: catalogue, rules, saving
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
  TfSession *session;     /* Mette, the coordinator (the store's first user) */
  TfSession *caseworker;  /* Jonas */
  gint64     case_id;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  TfReferral referral = { "2025-01-06", "school", NULL, 0 };
  gboolean ok;

  f->dir = g_dir_make_tmp ("tf-assessment-XXXXXX", NULL);
  path = g_build_filename (f->dir, "taskforce.db", NULL);
  f->store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->session = tf_session_new_for_login (f->store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);
  g_assert_cmpint (tf_session_get_role (f->session), ==, TF_ROLE_COORDINATOR);
  f->caseworker = tf_session_new_for_login (f->store, "jonas", "Jonas Vestergaard", &error);
  g_assert_no_error (error);
  g_assert_cmpint (tf_session_get_role (f->caseworker), ==, TF_ROLE_CASEWORKER);

  g_object_set (person, "first-name", "Emil", "last-name", "Nørgaard", "cpr", "120410-4233",
                "gender", "boy", NULL);
  ok = tf_young_person_save (f->session, person, &referral, &f->case_id, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_strdup (tf_store_get_path (f->store));
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_clear_object (&f->caseworker);
  g_clear_object (&f->session);
  g_clear_object (&f->store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->dir);
}

static gint64
count (Fixture    *f,
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

static gint64
domain_id (Fixture    *f,
           const char *code)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM assessment_domain WHERE code = '%s'", code);
  return count (f, sql);
}

static gint64
factor_id (Fixture    *f,
           const char *code)
{
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM assessment_factor WHERE code = '%s'", code);
  return count (f, sql);
}

/* A valid assessment: school 2 (own 5), family 6, one risk and one protective factor. */
static TfAssessment *
new_assessment (Fixture    *f,
                const char *date,
                const char *risk)
{
  TfAssessment *a = tf_assessment_new (f->case_id);

  tf_assessment_set_assessed_on (a, date);
  tf_assessment_set_risk_level (a, risk);
  tf_assessment_set_reasoning (a, "Fravær og konflikter derhjemme");
  tf_assessment_set_young_person_took_part (a, TRUE);
  tf_assessment_set_score (a, domain_id (f, "school"), 2, 5, "Mødt 40 %");
  tf_assessment_set_score (a, domain_id (f, "family"), 6, -1, NULL);
  tf_assessment_set_factor (a, factor_id (f, "absence"), TRUE);
  tf_assessment_set_factor (a, factor_id (f, "trusted-adult"), TRUE);
  return a;
}

static void
save_ok (Fixture      *f,
         TfAssessment *a)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = tf_assessment_save (f->session, a, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

/* Saving fails with TF_ERROR_INVALID, the message naming @field_word, and
 * writes nothing. */
static void
save_invalid (Fixture      *f,
              TfAssessment *a,
              const char   *field_word)
{
  g_autoptr(GError) error = NULL;
  gint64 before = count (f, "SELECT count(*) FROM assessment_score");

  g_assert_false (tf_assessment_save (f->session, a, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  if (strstr (error->message, field_word) == NULL)
    g_error ("“%s” does not name “%s”", error->message, field_word);
  g_assert_cmpint (count (f, "SELECT count(*) FROM assessment_score"), ==, before);
}

/* Catalogue */

static void
test_builtin_catalogue (Fixture       *f,
                        gconstpointer  data)
{
  static const char * const codes[] = { "school", "leisure", "family", "behaviour",
                                        "emotional", "substances", "network", "practical" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) domains = tf_assessment_domain_list (f->session, FALSE, &error);
  g_autoptr(GListModel) risks = tf_assessment_factor_list (f->session, "risk", FALSE, &error);
  g_autoptr(GListModel) protective = tf_assessment_factor_list (f->session, "protective", FALSE, &error);
  g_autoptr(GListModel) both = tf_assessment_factor_list (f->session, NULL, FALSE, &error);
  g_autoptr(TfAssessmentDomain) school = NULL;
  g_autoptr(TfAssessmentFactor) first_risk = NULL;
  g_autoptr(TfAssessmentFactor) last = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (domains), ==, G_N_ELEMENTS (codes));
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autoptr(TfAssessmentDomain) d = g_list_model_get_item (domains, i);
      g_assert_cmpstr (tf_assessment_domain_get_code (d), ==, codes[i]);
      g_assert_true (tf_assessment_domain_get_builtin (d));
      g_assert_true (tf_assessment_domain_get_active (d));
      /* Every built-in domain has its title and all three texts. */
      g_assert_nonnull (tf_assessment_domain_get_title (d));
      g_assert_cmpstr (tf_assessment_domain_get_title (d), !=, codes[i]);
      g_assert_nonnull (tf_assessment_domain_get_low_text (d));
      g_assert_nonnull (tf_assessment_domain_get_mid_text (d));
      g_assert_nonnull (tf_assessment_domain_get_high_text (d));
    }
  school = g_list_model_get_item (domains, 0);
  g_assert_cmpstr (tf_assessment_domain_get_title (school), ==, "School and learning");
  g_assert_cmpstr (tf_assessment_domain_get_band_text (school, 0), ==,
                   "Rarely attends; has fallen far behind or has no school place");
  g_assert_cmpstr (tf_assessment_domain_get_band_text (school, 3), ==, tf_assessment_domain_get_low_text (school));
  g_assert_cmpstr (tf_assessment_domain_get_band_text (school, 4), ==, tf_assessment_domain_get_mid_text (school));
  g_assert_cmpstr (tf_assessment_domain_get_band_text (school, 6), ==, tf_assessment_domain_get_mid_text (school));
  g_assert_cmpstr (tf_assessment_domain_get_band_text (school, 7), ==, tf_assessment_domain_get_high_text (school));
  g_assert_cmpstr (tf_assessment_domain_get_band_text (school, 10), ==, tf_assessment_domain_get_high_text (school));

  g_assert_cmpuint (g_list_model_get_n_items (risks), ==, 8);
  g_assert_cmpuint (g_list_model_get_n_items (protective), ==, 8);
  g_assert_cmpuint (g_list_model_get_n_items (both), ==, 16);
  first_risk = g_list_model_get_item (risks, 0);
  g_assert_cmpstr (tf_assessment_factor_get_code (first_risk), ==, "absence");
  g_assert_cmpstr (tf_assessment_factor_get_title (first_risk), ==, "School absence");
  g_assert_cmpstr (tf_assessment_factor_get_kind (first_risk), ==, "risk");
  /* Both kinds: risk first */
  last = g_list_model_get_item (both, 15);
  g_assert_cmpstr (tf_assessment_factor_get_kind (last), ==, "protective");
  for (guint i = 0; i < 16; i++)
    {
      g_autoptr(TfAssessmentFactor) factor = g_list_model_get_item (both, i);
      g_assert_cmpstr (tf_assessment_factor_get_title (factor), !=, tf_assessment_factor_get_code (factor));
    }
}

static void
test_catalogue_permissions (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 own;

  g_assert_true (tf_assessment_catalogue_may_edit (f->session));
  g_assert_false (tf_assessment_catalogue_may_edit (f->caseworker));

  g_assert_cmpint (tf_assessment_domain_add (f->caseworker, "Fritidsjob", "a", "b", "c", &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_DENIED);
  g_clear_error (&error);
  g_assert_cmpint (tf_assessment_factor_add (f->caseworker, "risk", "Bandetilknytning", &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_DENIED);
  g_clear_error (&error);
  g_assert_false (tf_assessment_domain_set_active (f->caseworker, domain_id (f, "network"), FALSE, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_DENIED);
  g_clear_error (&error);
  g_assert_false (tf_assessment_factor_set_active (f->caseworker, factor_id (f, "hardship"), FALSE, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_DENIED);
  g_clear_error (&error);

  own = tf_assessment_domain_add (f->session, "Fritidsjob", "Ingen", "Lidt", "Fast job", &error);
  g_assert_no_error (error);
  g_assert_cmpint (own, >, 0);
  g_assert_false (tf_assessment_domain_update (f->caseworker, own, 1, "Job", "a", "b", "c", &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_DENIED);
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM assessment_domain"), ==, 9);

  /* An administrator may too. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM staff_member WHERE login = 'jonas'"), ==, 1);
  g_assert_cmpint (sqlite3_exec (tf_store_get_db (f->store),
                                 "UPDATE staff_member SET role = 'administrator' WHERE login = 'jonas'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  {
    g_autoptr(TfSession) admin = tf_session_new_for_login (f->store, "jonas", "Jonas Vestergaard", &error);
    g_assert_no_error (error);
    g_assert_true (tf_assessment_catalogue_may_edit (admin));
    g_assert_cmpint (tf_assessment_factor_add (admin, "risk", "Bandetilknytning", &error), >, 0);
    g_assert_no_error (error);
  }
}

static void
test_catalogue_extend (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) active = NULL;
  g_autoptr(GListModel) all = NULL;
  g_autoptr(TfAssessmentDomain) last = NULL;
  gint64 own, factor;

  /* A title and all three texts are required. */
  g_assert_cmpint (tf_assessment_domain_add (f->session, "  ", "a", "b", "c", &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Title"));
  g_clear_error (&error);
  g_assert_cmpint (tf_assessment_domain_add (f->session, "Job", "a", "", "c", &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Middle"));
  g_clear_error (&error);
  g_assert_cmpint (tf_assessment_domain_add (f->session, "Job", NULL, "b", "c", &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (tf_assessment_domain_add (f->session, "Job", "a", "b", " ", &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  /* A built-in domain's title is taken, whatever the case. */
  g_assert_cmpint (tf_assessment_domain_add (f->session, "school AND learning", "a", "b", "c", &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM assessment_domain"), ==, 8);

  own = tf_assessment_domain_add (f->session, " Job og uddannelse ", "Intet", "Noget", "Fast", &error);
  g_assert_no_error (error);
  active = tf_assessment_domain_list (f->session, FALSE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (active), ==, 9);
  last = g_list_model_get_item (active, 8);
  g_assert_cmpint (tf_assessment_domain_get_id (last), ==, own);
  g_assert_cmpstr (tf_assessment_domain_get_title (last), ==, "Job og uddannelse");
  g_assert_cmpstr (tf_assessment_domain_get_band_text (last, 5), ==, "Noget");
  g_assert_false (tf_assessment_domain_get_builtin (last));
  g_assert_cmpint (tf_assessment_domain_add (f->session, "job OG uddannelse", "a", "b", "c", &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);

  /* Renaming one's own; keeping its own title is no clash. */
  g_assert_true (tf_assessment_domain_update (f->session, own, 1, "Job og uddannelse", "Intet", "Noget", "Fast job", &error));
  g_assert_no_error (error);
  g_assert_true (tf_assessment_domain_update (f->session, own, 2, "Beskæftigelse", "Intet", "Noget", "Fast job", &error));
  g_assert_no_error (error);
  /* a second coordinator still at version 2 is told, not overwriting */
  g_assert_false (tf_assessment_domain_update (f->session, own, 2, "Arbejde", "Intet", "Noget", "Fast job", &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM assessment_domain WHERE title = 'Beskæftigelse' AND version = 3"), ==, 1);
  g_assert_false (tf_assessment_domain_update (f->session, own, 3, "Network", "a", "b", "c", &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  /* Built-in words are the program's. */
  g_assert_false (tf_assessment_domain_update (f->session, domain_id (f, "school"), 1, "Skole", "a", "b", "c", &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);

  /* Retiring a built-in one hides it from the active list, never deletes it. */
  g_assert_true (tf_assessment_domain_set_active (f->session, domain_id (f, "network"), FALSE, &error));
  g_assert_no_error (error);
  g_clear_object (&active);
  active = tf_assessment_domain_list (f->session, FALSE, &error);
  all = tf_assessment_domain_list (f->session, TRUE, &error);
  g_assert_cmpuint (g_list_model_get_n_items (active), ==, 8);
  g_assert_cmpuint (g_list_model_get_n_items (all), ==, 9);
  g_assert_true (tf_assessment_domain_set_active (f->session, domain_id (f, "network"), TRUE, &error));
  g_assert_cmpint (count (f, "SELECT count(*) FROM assessment_domain WHERE active = 1"), ==, 9);

  /* Factors */
  g_assert_cmpint (tf_assessment_factor_add (f->session, "danger", "Bander", &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (tf_assessment_factor_add (f->session, "risk", "", &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (tf_assessment_factor_add (f->session, "risk", "school absence", &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  factor = tf_assessment_factor_add (f->session, "risk", "Bandetilknytning", &error);
  g_assert_no_error (error);
  g_assert_cmpint (count (f, "SELECT position FROM assessment_factor WHERE code LIKE 'own-%'"), ==, 9);
  g_assert_true (tf_assessment_factor_rename (f->session, factor, 1, "Tilknytning til bande", &error));
  g_assert_no_error (error);
  g_assert_false (tf_assessment_factor_rename (f->session, factor, 1, "Bande", &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_false (tf_assessment_factor_rename (f->session, factor_id (f, "hardship"), 1, "Fattigdom", &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (tf_assessment_factor_set_active (f->session, factor_id (f, "hardship"), FALSE, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GListModel) risks = tf_assessment_factor_list (f->session, "risk", FALSE, &error);
    g_autoptr(TfAssessmentFactor) mine = g_list_model_get_item (risks, 7);
    g_assert_cmpuint (g_list_model_get_n_items (risks), ==, 8);
    g_assert_cmpstr (tf_assessment_factor_get_title (mine), ==, "Tilknytning til bande");
  }

  /* Every change is in the audit log. */
  g_assert_cmpint (tf_audit_count (f->session, "create", "assessment_domain"), ==, 1);
  g_assert_cmpint (tf_audit_count (f->session, "update", "assessment_domain"), ==, 2);
  g_assert_cmpint (tf_audit_count (f->session, "retire", "assessment_domain"), ==, 1);
  g_assert_cmpint (tf_audit_count (f->session, "restore", "assessment_domain"), ==, 1);
  g_assert_cmpint (tf_audit_count (f->session, "create", "assessment_factor"), ==, 1);
  g_assert_cmpint (tf_audit_count (f->session, "update", "assessment_factor"), ==, 1);
  g_assert_cmpint (tf_audit_count (f->session, "retire", "assessment_factor"), ==, 1);
}

/* Rules */

static void
test_rules (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *today = tf_today_iso ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 1);
  g_autofree char *tomorrow = g_date_time_format (later, "%F");
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) errors = NULL;

  {
    g_autoptr(TfAssessment) a = new_assessment (f, tomorrow, "high");
    save_invalid (f, a, "Date");
    errors = tf_assessment_validate (f->session, a);
    g_assert_true (g_hash_table_contains (errors, "assessed-on"));
    g_assert_cmpuint (g_hash_table_size (errors), ==, 1);
    g_clear_pointer (&errors, g_hash_table_unref);
  }
  {
    /* The referral was 6 January 2025. */
    g_autoptr(TfAssessment) a = new_assessment (f, "2025-01-05", "high");
    save_invalid (f, a, "referral");
    tf_assessment_set_assessed_on (a, "2025-02-30");
    save_invalid (f, a, "Date");
    tf_assessment_set_assessed_on (a, NULL);
    save_invalid (f, a, "Date");
    tf_assessment_set_assessed_on (a, "2025-01-06");
    save_ok (f, a);
  }
  {
    g_autoptr(TfAssessment) a = new_assessment (f, today, NULL);
    save_invalid (f, a, "Risk level");
    tf_assessment_set_risk_level (a, "extreme");
    save_invalid (f, a, "Risk level");
  }
  {
    g_autoptr(TfAssessment) a = new_assessment (f, today, "low");
    tf_assessment_set_score (a, domain_id (f, "family"), 11, -1, NULL);
    save_invalid (f, a, "Family relations");
    errors = tf_assessment_validate (f->session, a);
    {
      g_autofree char *key = g_strdup_printf ("score-%" G_GINT64_FORMAT, domain_id (f, "family"));
      g_assert_true (g_hash_table_contains (errors, key));
    }
    g_clear_pointer (&errors, g_hash_table_unref);
    tf_assessment_set_score (a, domain_id (f, "family"), 6, -3, NULL);
    save_invalid (f, a, "0 to 10");
    tf_assessment_set_score (a, domain_id (f, "family"), 6, 10, NULL);
    tf_assessment_set_score (a, 9999, 5, -1, NULL);
    save_invalid (f, a, "does not exist");
    tf_assessment_set_score (a, 9999, -1, -1, NULL);
    save_ok (f, a);
  }
  {
    /* The young person's own score alone does not make an assessment. */
    g_autoptr(TfAssessment) a = tf_assessment_new (f->case_id);
    tf_assessment_set_risk_level (a, "low");
    save_invalid (f, a, "at least one domain");
    tf_assessment_set_score (a, domain_id (f, "school"), -1, 7, "Synes selv det går godt");
    save_invalid (f, a, "at least one domain");
    errors = tf_assessment_validate (f->session, a);
    g_assert_true (g_hash_table_contains (errors, "scores"));
    g_clear_pointer (&errors, g_hash_table_unref);
    tf_assessment_set_score (a, domain_id (f, "school"), 0, 7, NULL);
    save_ok (f, a);
  }
  {
    /* A retired domain gets no new score, but an assessment keeps the one it had. */
    g_autoptr(TfAssessment) kept = new_assessment (f, "2025-03-01", "moderate");
    g_autoptr(TfAssessment) fresh = new_assessment (f, today, "moderate");

    tf_assessment_set_score (kept, domain_id (f, "network"), 3, -1, NULL);
    save_ok (f, kept);
    g_assert_true (tf_assessment_domain_set_active (f->session, domain_id (f, "network"), FALSE, &error));
    g_assert_no_error (error);
    tf_assessment_set_score (fresh, domain_id (f, "network"), 4, -1, NULL);
    save_invalid (f, fresh, "retired");
    tf_assessment_set_score (kept, domain_id (f, "network"), 4, -1, NULL);
    save_ok (f, kept);
    g_assert_cmpint (count (f, "SELECT score FROM assessment_score WHERE domain_id = "
                               "(SELECT id FROM assessment_domain WHERE code = 'network')"), ==, 4);

    /* The same for a retired factor. */
    g_assert_true (tf_assessment_factor_set_active (f->session, factor_id (f, "absence"), FALSE, &error));
    tf_assessment_set_score (fresh, domain_id (f, "network"), -1, -1, NULL);
    save_invalid (f, fresh, "retired");
    save_ok (f, kept);
    g_assert_cmpint (count (f, "SELECT count(*) FROM assessment_factor_mark WHERE factor_id = "
                               "(SELECT id FROM assessment_factor WHERE code = 'absence')"), ==, 3);
  }
  /* Refused saves wrote nothing. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM assessment"), ==, 4);
}

/* Saving, loading, editing */

static void
test_save_load (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(TfAssessment) first = new_assessment (f, "2025-02-03", "high");
  g_autoptr(TfAssessment) second = new_assessment (f, "2025-05-12", "moderate");
  g_autoptr(TfAssessment) loaded = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  int score, own;
  const char *note;
  guint n;
  const gint64 *ids;

  save_ok (f, first);
  g_assert_cmpint (tf_assessment_get_id (first), >, 0);
  g_assert_cmpint (tf_assessment_get_version (first), ==, 1);
  g_assert_cmpstr (tf_assessment_get_author_name (first), ==, "Mette Holm");
  tf_assessment_set_score (second, domain_id (f, "school"), 4, 6, NULL);
  tf_assessment_set_factor (second, factor_id (f, "absence"), FALSE);
  save_ok (f, second);

  list = tf_assessment_list_for_case (f->session, f->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  {
    g_autoptr(TfAssessment) newest = g_list_model_get_item (list, 0);
    g_assert_cmpint (tf_assessment_get_id (newest), ==, tf_assessment_get_id (second));
    g_assert_cmpstr (tf_assessment_get_risk_level (newest), ==, "moderate");
    g_assert_false (tf_assessment_has_factor (newest, factor_id (f, "absence")));
    g_assert_true (tf_assessment_has_factor (newest, factor_id (f, "trusted-adult")));
  }

  loaded = tf_assessment_load (f->session, tf_assessment_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpint (tf_assessment_get_case_id (loaded), ==, f->case_id);
  g_assert_cmpstr (tf_assessment_get_assessed_on (loaded), ==, "2025-02-03");
  g_assert_cmpstr (tf_assessment_get_risk_level (loaded), ==, "high");
  g_assert_cmpstr (tf_assessment_get_reasoning (loaded), ==, "Fravær og konflikter derhjemme");
  g_assert_true (tf_assessment_get_young_person_took_part (loaded));
  g_assert_cmpstr (tf_assessment_get_author_name (loaded), ==, "Mette Holm");
  g_assert_true (tf_assessment_get_score (loaded, domain_id (f, "school"), &score, &own, &note));
  g_assert_cmpint (score, ==, 2);
  g_assert_cmpint (own, ==, 5);
  g_assert_cmpstr (note, ==, "Mødt 40 %");
  g_assert_true (tf_assessment_get_score (loaded, domain_id (f, "family"), &score, &own, &note));
  g_assert_cmpint (own, ==, -1);
  g_assert_null (note);
  g_assert_false (tf_assessment_get_score (loaded, domain_id (f, "network"), &score, &own, NULL));
  g_assert_cmpint (score, ==, -1);
  /* Loaded in the domains' order */
  ids = tf_assessment_get_scored_domains (loaded, &n);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (ids[0], ==, domain_id (f, "school"));
  g_assert_cmpint (ids[1], ==, domain_id (f, "family"));
  ids = tf_assessment_get_factors (loaded, &n);
  g_assert_cmpuint (n, ==, 2);

  /* An edit replaces the scores and marks. */
  tf_assessment_set_score (loaded, domain_id (f, "family"), -1, -1, NULL);
  tf_assessment_set_score (loaded, domain_id (f, "leisure"), 8, 8, "Fodbold");
  tf_assessment_set_factor (loaded, factor_id (f, "trusted-adult"), FALSE);
  tf_assessment_set_factor (loaded, factor_id (f, "strengths"), TRUE);
  tf_assessment_set_reasoning (loaded, "   ");
  save_ok (f, loaded);
  g_assert_cmpint (tf_assessment_get_version (loaded), ==, 2);
  {
    g_autoptr(TfAssessment) again = tf_assessment_load (f->session, tf_assessment_get_id (first), &error);
    g_assert_no_error (error);
    g_assert_cmpint (tf_assessment_get_version (again), ==, 2);
    g_assert_false (tf_assessment_get_score (again, domain_id (f, "family"), NULL, NULL, NULL));
    g_assert_true (tf_assessment_get_score (again, domain_id (f, "leisure"), &score, NULL, NULL));
    g_assert_cmpint (score, ==, 8);
    g_assert_true (tf_assessment_has_factor (again, factor_id (f, "strengths")));
    g_assert_false (tf_assessment_has_factor (again, factor_id (f, "trusted-adult")));
    g_assert_null (tf_assessment_get_reasoning (again));
  }
  g_assert_cmpint (count (f, "SELECT count(*) FROM assessment_score"), ==, 4);
  g_assert_cmpint (count (f, "SELECT count(*) FROM assessment_factor_mark"), ==, 3);

  /* A copy is deep. */
  {
    g_autoptr(TfAssessment) copy = tf_assessment_copy (loaded);
    tf_assessment_set_score (copy, domain_id (f, "leisure"), 1, 1, NULL);
    g_assert_true (tf_assessment_get_score (loaded, domain_id (f, "leisure"), &score, NULL, NULL));
    g_assert_cmpint (score, ==, 8);
    g_assert_cmpint (tf_assessment_get_version (copy), ==, 2);
  }

  g_assert_null (tf_assessment_load (f->session, 4242, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_NOT_FOUND);
}

static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(TfAssessment) a = new_assessment (f, "2025-02-03", "high");
  g_autoptr(TfAssessment) desk_a = NULL;
  g_autoptr(TfAssessment) desk_b = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  save_ok (f, a);
  desk_a = tf_assessment_load (f->session, tf_assessment_get_id (a), &error);
  desk_b = tf_assessment_load (f->session, tf_assessment_get_id (a), &error);
  g_assert_no_error (error);

  tf_assessment_set_score (desk_a, domain_id (f, "school"), 4, 5, NULL);
  ok = tf_assessment_save (f->caseworker, desk_a, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  tf_assessment_set_score (desk_b, domain_id (f, "school"), 1, 5, NULL);
  tf_assessment_set_risk_level (desk_b, "low");
  g_assert_false (tf_assessment_save (f->session, desk_b, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (tf_assessment_get_version (desk_b), ==, 1);
  /* Jonas's save stands. */
  g_assert_cmpint (count (f, "SELECT score FROM assessment_score WHERE domain_id = "
                             "(SELECT id FROM assessment_domain WHERE code = 'school')"), ==, 4);
  g_assert_cmpint (count (f, "SELECT count(*) FROM assessment WHERE risk_level = 'high'"), ==, 1);

  /* "Save mine" after a conflict: on top of the fresh version. */
  {
    g_autoptr(TfAssessment) fresh = tf_assessment_load (f->session, tf_assessment_get_id (a), &error);
    g_assert_no_error (error);
    tf_assessment_set_risk_level (fresh, "low");
    tf_assessment_set_score (fresh, domain_id (f, "school"), 1, 5, NULL);
    save_ok (f, fresh);
    g_assert_cmpint (tf_assessment_get_version (fresh), ==, 3);
  }
  g_assert_cmpint (tf_audit_count (f->session, "create", "assessment"), ==, 1);
  g_assert_cmpint (tf_audit_count (f->session, "update", "assessment"), ==, 2);
}

static void
test_previous_scores (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(TfAssessment) first = new_assessment (f, "2025-02-03", "high");
  g_autoptr(TfAssessment) second = tf_assessment_new (f->case_id);
  g_autoptr(TfAssessment) same_day = tf_assessment_new (f->case_id);
  g_autoptr(GHashTable) previous = NULL;
  g_autoptr(GError) error = NULL;
  gint64 school = domain_id (f, "school");
  gint64 family = domain_id (f, "family");
  gint64 leisure = domain_id (f, "leisure");
  TfPreviousScore *p;

  save_ok (f, first);
  tf_assessment_set_assessed_on (second, "2025-05-12");
  tf_assessment_set_risk_level (second, "moderate");
  tf_assessment_set_score (second, school, 5, -1, NULL);
  tf_assessment_set_score (second, leisure, 7, 9, NULL);
  save_ok (f, second);

  /* Nothing before the first */
  previous = tf_assessment_previous_scores (f->session, f->case_id, "2025-02-03",
                                            tf_assessment_get_id (first), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (previous), ==, 0);
  g_clear_pointer (&previous, g_hash_table_unref);

  /* Before the second: the first's */
  previous = tf_assessment_previous_scores (f->session, f->case_id, "2025-05-12",
                                            tf_assessment_get_id (second), &error);
  g_assert_cmpuint (g_hash_table_size (previous), ==, 2);
  p = g_hash_table_lookup (previous, &school);
  g_assert_cmpint (p->score, ==, 2);
  g_assert_cmpint (p->own_score, ==, 5);
  g_assert_cmpstr (p->assessed_on, ==, "2025-02-03");
  g_clear_pointer (&previous, g_hash_table_unref);

  /* For a new one today: each domain's latest, from whichever assessment had it */
  previous = tf_assessment_previous_scores (f->session, f->case_id, "2026-01-01", 0, &error);
  g_assert_cmpuint (g_hash_table_size (previous), ==, 3);
  p = g_hash_table_lookup (previous, &school);
  g_assert_cmpint (p->score, ==, 5);
  g_assert_cmpint (p->own_score, ==, -1);
  g_assert_cmpstr (p->assessed_on, ==, "2025-05-12");
  p = g_hash_table_lookup (previous, &family);
  g_assert_cmpint (p->score, ==, 6);
  g_assert_cmpstr (p->assessed_on, ==, "2025-02-03");
  p = g_hash_table_lookup (previous, &leisure);
  g_assert_cmpint (p->own_score, ==, 9);
  g_clear_pointer (&previous, g_hash_table_unref);

  /* A new one on the same day as a saved one comes after it. */
  previous = tf_assessment_previous_scores (f->session, f->case_id, "2025-05-12", 0, &error);
  p = g_hash_table_lookup (previous, &school);
  g_assert_cmpint (p->score, ==, 5);
  g_clear_pointer (&previous, g_hash_table_unref);
  tf_assessment_set_assessed_on (same_day, "2025-05-12");
  tf_assessment_set_risk_level (same_day, "low");
  tf_assessment_set_score (same_day, school, 8, -1, NULL);
  save_ok (f, same_day);
  previous = tf_assessment_previous_scores (f->session, f->case_id, "2025-05-12",
                                            tf_assessment_get_id (same_day), &error);
  p = g_hash_table_lookup (previous, &school);
  g_assert_cmpint (p->score, ==, 5);
}

/* The case row keeps the latest assessment's date and risk level. */
static void
test_triggers (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(TfAssessment) older = new_assessment (f, "2025-02-03", "high");
  g_autoptr(TfAssessment) newer = new_assessment (f, "2025-05-12", "moderate");
  g_autofree char *date = NULL;
  g_autofree char *risk = NULL;

  g_assert_null ((date = query_text (f, "SELECT last_assessed_on FROM cases")));
  save_ok (f, older);
  date = query_text (f, "SELECT last_assessed_on FROM cases");
  risk = query_text (f, "SELECT risk_level FROM cases");
  g_assert_cmpstr (date, ==, "2025-02-03");
  g_assert_cmpstr (risk, ==, "high");

  save_ok (f, newer);
  g_free (date);
  g_free (risk);
  date = query_text (f, "SELECT last_assessed_on FROM cases");
  risk = query_text (f, "SELECT risk_level FROM cases");
  g_assert_cmpstr (date, ==, "2025-05-12");
  g_assert_cmpstr (risk, ==, "moderate");

  /* Editing the older one leaves the case on the newer one's... */
  tf_assessment_set_risk_level (older, "low");
  save_ok (f, older);
  g_free (risk);
  risk = query_text (f, "SELECT risk_level FROM cases");
  g_assert_cmpstr (risk, ==, "moderate");
  /* ...until it is dated later. */
  tf_assessment_set_assessed_on (older, "2025-06-01");
  save_ok (f, older);
  g_free (date);
  g_free (risk);
  date = query_text (f, "SELECT last_assessed_on FROM cases");
  risk = query_text (f, "SELECT risk_level FROM cases");
  g_assert_cmpstr (date, ==, "2025-06-01");
  g_assert_cmpstr (risk, ==, "low");
  /* And the follow-up due date moves with the assessment. */
  g_free (date);
  date = query_text (f, "SELECT follow_up_due FROM cases");
  g_assert_cmpstr (date, ==, "2025-09-01");
}

static void
on_changed (TfStore    *store,
            const char *entity,
            gint64      id,
            gpointer    user_data)
{
  GPtrArray *seen = user_data;

  g_ptr_array_add (seen, g_strdup_printf ("%s %" G_GINT64_FORMAT, entity, id));
}

static void
test_changed_and_audit (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(TfAssessment) a = new_assessment (f, "2025-02-03", "high");
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_strdup_printf ("assessment %" G_GINT64_FORMAT, f->case_id);
  gulong handler = g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), seen);

  save_ok (f, a);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (seen, 0), ==, expected);
  tf_assessment_set_risk_level (a, NULL);
  g_assert_false (tf_assessment_save (f->session, a, &error));
  g_assert_cmpuint (seen->len, ==, 1);
  g_clear_error (&error);
  g_assert_cmpint (tf_assessment_domain_add (f->session, "Job", "a", "b", "c", &error), >, 0);
  g_assert_cmpuint (seen->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (seen, 1), ==, "assessment-catalogue 0");
  g_signal_handler_disconnect (f->store, handler);

  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_event WHERE entity = 'assessment' "
                             "AND action = 'create' AND case_id = (SELECT id FROM cases)"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/assessment/catalogue/builtin", test_builtin_catalogue);
  ADD ("/assessment/catalogue/permissions", test_catalogue_permissions);
  ADD ("/assessment/catalogue/extend", test_catalogue_extend);
  ADD ("/assessment/rules", test_rules);
  ADD ("/assessment/save-load", test_save_load);
  ADD ("/assessment/conflict", test_conflict);
  ADD ("/assessment/previous-scores", test_previous_scores);
  ADD ("/assessment/triggers", test_triggers);
  ADD ("/assessment/changed-and-audit", test_changed_and_audit);
#undef ADD
  return g_test_run ();
}
