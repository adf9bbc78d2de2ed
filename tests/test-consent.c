/* test-consent.c — consents: rules, validity on the boundary days, renewal,
 * withdrawal, the expiring list, conflicts between desks and the audit log
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "taskforce.h"
#include "tf-store-private.h"

#define REFERRAL_DATE "2025-01-06"

typedef struct
{
  char       *dir;
  TfStore    *store;
  TfSession  *session;
  gint64      case_id;
  gint64      orgs[3];    /* three member organisations, fixed members first */
} Fixture;

static gint64
new_case (Fixture    *f,
          const char *first_name,
          const char *cpr)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  TfReferral referral = { REFERRAL_DATE, "school", NULL, 0 };
  gint64 case_id = 0;
  gboolean ok;

  g_object_set (person, "first-name", first_name, "last-name", "Nørgaard", "cpr", cpr,
                "gender", "boy", NULL);
  ok = tf_young_person_save (f->session, person, &referral, &case_id, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  return case_id;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GListModel) orgs = NULL;

  f->dir = g_dir_make_tmp ("tf-consent-XXXXXX", NULL);
  path = g_build_filename (f->dir, "taskforce.db", NULL);
  f->store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->session = tf_session_new_for_login (f->store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);
  f->case_id = new_case (f, "Emil", "120410-4233");

  orgs = tf_organisation_list (f->session, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (orgs), >=, 3);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(TfOrganisation) org = g_list_model_get_item (orgs, i);
      f->orgs[i] = tf_organisation_get_id (org);
    }
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_strdup (tf_store_get_path (f->store));
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

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

/* Today plus @days in ISO, the way the core's clock sees today. */
static char *
day_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static TfConsentDraft
draft (Fixture    *f,
       const char *from,
       const char *until)
{
  TfConsentDraft d = { 0 };

  d.case_id = f->case_id;
  d.by_young_person = TRUE;
  d.by_guardians = TRUE;
  d.guardian_names = "Hanne Nørgaard";
  d.valid_from = from;
  d.valid_until = until;
  d.organisation_ids = f->orgs;
  d.n_organisations = 2;
  return d;
}

static gint64
save_ok (Fixture              *f,
         const TfConsentDraft *d)
{
  g_autoptr(GError) error = NULL;
  gint64 id = tf_consent_save (f->session, d, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
save_refused (Fixture              *f,
              const TfConsentDraft *d,
              const char           *field,
              const char           *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) errors = tf_consent_validate (f->session, d);
  gint64 before = count (f, "SELECT count(*) FROM consent");
  gint64 events = count (f, "SELECT count(*) FROM audit_event WHERE entity = 'consent'");

  g_assert_nonnull (errors);
  g_assert_true (g_hash_table_contains (errors, field));
  g_assert_cmpint (tf_consent_save (f->session, d, &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, words));
  /* Nothing half-written */
  g_assert_cmpint (count (f, "SELECT count(*) FROM consent"), ==, before);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_event WHERE entity = 'consent'"), ==, events);
}

static TfConsent *
load (Fixture *f,
      gint64   id)
{
  g_autoptr(GError) error = NULL;
  TfConsent *consent = tf_consent_load (f->session, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (consent);
  return consent;
}

/* Creating and reading */

static void
test_create_and_list (Fixture       *f,
                      gconstpointer  data)
{
  TfConsentDraft d = draft (f, "2025-02-01", "2026-01-31");
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(TfConsent) consent = NULL;
  gint64 first, second;
  guint n_ids = 0;
  const gint64 *ids;

  d.note = "  Signed at the first meeting  ";
  first = save_ok (f, &d);
  d = draft (f, "2026-02-01", "2027-01-31");
  d.by_guardians = FALSE;
  d.guardian_names = NULL;
  d.n_organisations = 3;
  second = save_ok (f, &d);

  list = tf_consent_list_for_case (f->session, f->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  consent = g_list_model_get_item (list, 0);   /* newest first */
  g_assert_cmpint (tf_consent_get_id (consent), ==, second);
  g_assert_false (tf_consent_get_by_guardians (consent));
  g_assert_true (tf_consent_get_by_young_person (consent));
  ids = tf_consent_get_organisation_ids (consent, &n_ids);
  g_assert_cmpuint (n_ids, ==, 3);
  g_assert_cmpuint (g_strv_length ((char **) tf_consent_get_organisation_names (consent)), ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_true (tf_consent_covers_organisation (consent, f->orgs[i]) && ids[i] > 0);
  g_clear_object (&consent);

  consent = load (f, first);
  g_assert_cmpint (tf_consent_get_case_id (consent), ==, f->case_id);
  g_assert_cmpint (tf_consent_get_version (consent), ==, 1);
  g_assert_cmpstr (tf_consent_get_valid_from (consent), ==, "2025-02-01");
  g_assert_cmpstr (tf_consent_get_valid_until (consent), ==, "2026-01-31");
  g_assert_cmpstr (tf_consent_get_guardian_names (consent), ==, "Hanne Nørgaard");
  g_assert_cmpstr (tf_consent_get_note (consent), ==, "Signed at the first meeting");
  g_assert_cmpstr (tf_consent_get_author_name (consent), ==, "Mette Holm");
  g_assert_null (tf_consent_get_withdrawn_on (consent));
  g_assert_true (tf_consent_covers_organisation (consent, f->orgs[1]));
  g_assert_false (tf_consent_covers_organisation (consent, f->orgs[2]));

  /* Each write is in the audit log with its case. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_event WHERE action = 'create' "
                             "AND entity = 'consent' AND case_id IS NOT NULL"), ==, 2);
}

static void
test_guardian_names_optional (Fixture       *f,
                              gconstpointer  data)
{
  TfConsentDraft d = draft (f, "2025-02-01", "2026-01-31");
  g_autoptr(TfConsent) consent = NULL;

  d.guardian_names = "   ";
  consent = load (f, save_ok (f, &d));
  g_assert_true (tf_consent_get_by_guardians (consent));
  g_assert_null (tf_consent_get_guardian_names (consent));
}

/* The rules */

static void
test_refuse_nobody_gave_it (Fixture       *f,
                            gconstpointer  data)
{
  TfConsentDraft d = draft (f, "2025-02-01", "2026-01-31");

  d.by_young_person = FALSE;
  d.by_guardians = FALSE;
  save_refused (f, &d, "given-by", "Given by");
}

static void
test_refuse_no_organisation (Fixture       *f,
                             gconstpointer  data)
{
  TfConsentDraft d = draft (f, "2025-02-01", "2026-01-31");
  gint64 unknown = 987654;

  d.n_organisations = 0;
  save_refused (f, &d, "organisations", "Organisations");
  d.organisation_ids = &unknown;
  d.n_organisations = 1;
  save_refused (f, &d, "organisations", "no longer exists");
}

static void
test_refuse_until_before_from (Fixture       *f,
                               gconstpointer  data)
{
  TfConsentDraft d = draft (f, "2025-03-01", "2025-02-28");

  save_refused (f, &d, "valid-until", "Valid until");
  /* One day is a period too. */
  d.valid_until = "2025-03-01";
  save_ok (f, &d);
}

static void
test_refuse_bad_dates (Fixture       *f,
                       gconstpointer  data)
{
  TfConsentDraft d = draft (f, "2025-02-30", "2026-01-31");

  save_refused (f, &d, "valid-from", "Valid from");
  d = draft (f, "2025-02-01", "31.1.2026");
  save_refused (f, &d, "valid-until", "Valid until");
  d = draft (f, NULL, "2026-01-31");
  save_refused (f, &d, "valid-from", "Valid from");
  d = draft (f, "2025-02-01", "");
  save_refused (f, &d, "valid-until", "Valid until");
}

static void
test_refuse_long_before_referral (Fixture       *f,
                                  gconstpointer  data)
{
  /* The referral is 2025-01-06; 30 days before is 2024-12-07. */
  TfConsentDraft d = draft (f, "2024-12-06", "2025-12-31");
  g_autoptr(GHashTable) errors = NULL;

  save_refused (f, &d, "valid-from", "7. Dec 2024");
  d.valid_from = "2024-12-07";
  save_ok (f, &d);

  /* An edit is held to its own case's referral, whatever the draft says. */
  d.id = 1;
  d.version = 1;
  d.case_id = 0;
  d.valid_from = "2024-12-01";
  errors = tf_consent_validate (f->session, &d);
  g_assert_nonnull (errors);
  g_assert_cmpstr (tf_consent_first_error_field (errors), ==, "valid-from");
}

static void
test_first_error_in_form_order (Fixture       *f,
                                gconstpointer  data)
{
  TfConsentDraft d = draft (f, "2025-03-01", "2025-01-01");
  g_autoptr(GHashTable) errors = NULL;
  g_autoptr(GError) error = NULL;

  d.by_young_person = d.by_guardians = FALSE;
  d.n_organisations = 0;
  errors = tf_consent_validate (f->session, &d);
  g_assert_cmpuint (g_hash_table_size (errors), ==, 3);
  g_assert_cmpstr (tf_consent_first_error_field (errors), ==, "given-by");
  g_assert_cmpint (tf_consent_save (f->session, &d, &error), ==, 0);
  g_assert_cmpstr (error->message, ==, g_hash_table_lookup (errors, "given-by"));
}

static void
test_unknown_case (Fixture       *f,
                   gconstpointer  data)
{
  TfConsentDraft d = draft (f, "2025-02-01", "2026-01-31");
  g_autoptr(GError) error = NULL;

  d.case_id = 4242;
  g_assert_cmpint (tf_consent_save (f->session, &d, &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_NOT_FOUND);
  g_assert_cmpint (count (f, "SELECT count(*) FROM consent"), ==, 0);
}

/* Editing */

static void
test_edit_and_conflict (Fixture       *f,
                        gconstpointer  data)
{
  TfConsentDraft d = draft (f, "2025-02-01", "2026-01-31");
  g_autoptr(GError) error = NULL;
  g_autoptr(TfConsent) consent = NULL;
  g_autofree char *detail = NULL;
  gint64 id = save_ok (f, &d);
  sqlite3_stmt *stmt = NULL;

  /* My desk changes the end and the organisations... */
  d.id = id;
  d.version = 1;
  d.valid_until = "2026-06-30";
  d.organisation_ids = f->orgs + 1;
  d.n_organisations = 2;
  g_assert_cmpint (save_ok (f, &d), ==, id);
  consent = load (f, id);
  g_assert_cmpint (tf_consent_get_version (consent), ==, 2);
  g_assert_cmpstr (tf_consent_get_valid_until (consent), ==, "2026-06-30");
  g_assert_false (tf_consent_covers_organisation (consent, f->orgs[0]));
  g_assert_true (tf_consent_covers_organisation (consent, f->orgs[2]));
  g_assert_cmpint (count (f, "SELECT count(*) FROM consent_organisation"), ==, 2);

  /* The audit event names what changed, not the values. */
  g_assert_cmpint (sqlite3_prepare_v2 (tf_store_get_db (f->store),
                   "SELECT detail FROM audit_event WHERE action = 'update' AND entity = 'consent'",
                   -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  detail = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  g_assert_cmpstr (detail, ==, "{\"fields\":[\"valid-until\",\"organisations\"]}");

  /* ...while another desk still holds version 1: told, nothing written. */
  d.version = 1;
  d.valid_until = "2025-12-31";
  g_assert_cmpint (tf_consent_save (f->session, &d, &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_clear_object (&consent);
  consent = load (f, id);
  g_assert_cmpstr (tf_consent_get_valid_until (consent), ==, "2026-06-30");
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_event WHERE action = 'update' "
                             "AND entity = 'consent'"), ==, 1);
  g_clear_error (&error);

  /* The same withdrawal against the old version is a conflict too. */
  g_assert_false (tf_consent_withdraw (f->session, id, 1, "2025-03-01", NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_clear_error (&error);

  /* A consent that is gone */
  d.id = 999;
  g_assert_cmpint (tf_consent_save (f->session, &d, &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_NOT_FOUND);
}

/* Withdrawing */

static void
test_withdraw (Fixture       *f,
               gconstpointer  data)
{
  TfConsentDraft d = draft (f, "2025-02-01", "2026-01-31");
  g_autoptr(GError) error = NULL;
  g_autoptr(TfConsent) consent = NULL;
  g_autofree char *tomorrow = day_from_today (1);
  g_autofree char *today = day_from_today (0);
  gint64 id = save_ok (f, &d);

  /* Not before it started, not in the future, not a bad date */
  g_assert_false (tf_consent_withdraw (f->session, id, 1, "2025-01-31", NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "1. Feb 2025"));
  g_clear_error (&error);
  g_assert_false (tf_consent_withdraw (f->session, id, 1, tomorrow, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tf_consent_withdraw (f->session, id, 1, "2025-13-01", NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tf_consent_withdraw (f->session, id, 1, NULL, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM consent WHERE withdrawn_on IS NOT NULL"), ==, 0);

  /* Today is allowed; the first day of the consent too (see below). */
  g_assert_true (tf_consent_withdraw (f->session, id, 1, today, " Called the school ", &error));
  g_assert_no_error (error);
  consent = load (f, id);
  g_assert_cmpstr (tf_consent_get_withdrawn_on (consent), ==, today);
  g_assert_cmpstr (tf_consent_get_withdrawn_note (consent), ==, "Called the school");
  g_assert_cmpint (tf_consent_get_version (consent), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_event WHERE action = 'withdraw' "
                             "AND entity = 'consent'"), ==, 1);

  /* Not twice */
  g_assert_false (tf_consent_withdraw (f->session, id, 2, "2025-03-01", NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "withdrawn"));
  g_clear_error (&error);

  /* A withdrawn consent cannot be edited */
  d.id = id;
  d.version = 2;
  d.valid_until = "2026-03-31";
  g_assert_cmpint (tf_consent_save (f->session, &d, &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "withdrawn"));
  g_clear_object (&consent);
  consent = load (f, id);
  g_assert_cmpstr (tf_consent_get_valid_until (consent), ==, "2026-01-31");
}

static void
test_withdraw_on_first_day (Fixture       *f,
                            gconstpointer  data)
{
  TfConsentDraft d = draft (f, "2025-02-01", "2026-01-31");
  g_auto(TfConsentState) state = { 0 };
  g_autoptr(GError) error = NULL;
  gint64 id = save_ok (f, &d);

  g_assert_true (tf_consent_withdraw (f->session, id, 1, "2025-02-01", NULL, &error));
  g_assert_no_error (error);
  /* It never held a single day. */
  g_assert_true (tf_consent_state_for_case (f->session, f->case_id, "2025-02-01", &state, &error));
  g_assert_false (state.valid);
  g_assert_null (state.next_from);
}

/* Validity */

static void
assert_state (Fixture    *f,
              const char *day,
              gboolean    valid,
              const char *until,
              int         days_left,
              gboolean    soon)
{
  g_auto(TfConsentState) state = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_true (tf_consent_state_for_case (f->session, f->case_id, day, &state, &error));
  g_assert_no_error (error);
  if (state.valid != valid)
    g_error ("on %s the consent should %sbe valid", day, valid ? "" : "not ");
  g_assert_cmpstr (state.valid_until, ==, until);
  g_assert_cmpint (state.days_left, ==, days_left);
  g_assert_cmpint (state.runs_out_soon, ==, soon);
  g_assert_cmpuint (state.organisation_ids->len, ==, g_strv_length (state.organisation_names));
  if (!valid)
    g_assert_cmpuint (state.organisation_ids->len, ==, 0);
}

static void
test_validity_boundaries (Fixture       *f,
                          gconstpointer  data)
{
  TfConsentDraft d = draft (f, "2025-02-01", "2025-06-30");
  g_autoptr(TfConsent) consent = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = save_ok (f, &d);

  consent = load (f, id);
  g_assert_false (tf_consent_is_valid_on (consent, "2025-01-31"));
  g_assert_true (tf_consent_is_valid_on (consent, "2025-02-01"));
  g_assert_true (tf_consent_is_valid_on (consent, "2025-06-30"));
  g_assert_false (tf_consent_is_valid_on (consent, "2025-07-01"));

  assert_state (f, "2025-01-31", FALSE, NULL, 0, FALSE);
  assert_state (f, "2025-02-01", TRUE, "2025-06-30", 149, FALSE);
  /* 14 days left is not yet "soon"; 13 is */
  assert_state (f, "2025-06-16", TRUE, "2025-06-30", 14, FALSE);
  assert_state (f, "2025-06-17", TRUE, "2025-06-30", 13, TRUE);
  assert_state (f, "2025-06-30", TRUE, "2025-06-30", 0, TRUE);
  assert_state (f, "2025-07-01", FALSE, NULL, 0, FALSE);

  /* Withdrawn on a day: valid the day before, not on the day. */
  g_assert_true (tf_consent_withdraw (f->session, id, 1, "2025-04-10", NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&consent);
  consent = load (f, id);
  g_assert_true (tf_consent_is_valid_on (consent, "2025-04-09"));
  g_assert_false (tf_consent_is_valid_on (consent, "2025-04-10"));
  assert_state (f, "2025-04-09", TRUE, "2025-04-09", 0, TRUE);
  assert_state (f, "2025-04-10", FALSE, NULL, 0, FALSE);
}

static void
test_renewal_carries_on (Fixture       *f,
                         gconstpointer  data)
{
  TfConsentDraft d = draft (f, "2025-02-01", "2025-06-30");
  g_auto(TfConsentState) state = { 0 };
  g_autoptr(GError) error = NULL;

  save_ok (f, &d);
  /* A renewal from the day after: no gap, so no warning. */
  d = draft (f, "2025-07-01", "2026-06-30");
  d.organisation_ids = f->orgs + 2;
  d.n_organisations = 1;
  save_ok (f, &d);
  assert_state (f, "2025-06-25", TRUE, "2026-06-30", 370, FALSE);

  /* The organisations are those of the consents that hold that day. */
  g_assert_true (tf_consent_state_for_case (f->session, f->case_id, "2025-06-25", &state, &error));
  g_assert_cmpuint (state.organisation_ids->len, ==, 2);
  g_assert_cmpint (g_array_index (state.organisation_ids, gint64, 0), ==, f->orgs[0]);
  tf_consent_state_clear (&state);
  g_assert_true (tf_consent_state_for_case (f->session, f->case_id, "2025-07-01", &state, &error));
  g_assert_cmpuint (state.organisation_ids->len, ==, 1);
  g_assert_cmpint (g_array_index (state.organisation_ids, gint64, 0), ==, f->orgs[2]);
  tf_consent_state_clear (&state);

  /* A later one after a gap does not carry on, but is the next start. */
  d = draft (f, "2026-08-01", "2027-07-31");
  save_ok (f, &d);
  assert_state (f, "2026-06-30", TRUE, "2026-06-30", 0, TRUE);
  assert_state (f, "2026-07-15", FALSE, NULL, 0, FALSE);
  g_assert_true (tf_consent_state_for_case (f->session, f->case_id, "2026-07-15", &state, &error));
  g_assert_cmpstr (state.next_from, ==, "2026-08-01");
}

/* Reminders */

static void
close_case (Fixture *f,
            gint64   case_id)
{
  g_autofree char *sql = g_strdup_printf ("UPDATE cases SET status = 'closed' WHERE id = %" G_GINT64_FORMAT,
                                          case_id);

  g_assert_cmpint (sqlite3_exec (tf_store_get_db (f->store), sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
test_expiring (Fixture       *f,
               gconstpointer  data)
{
  TfConsentDraft d;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(TfConsent) first = NULL;
  gint64 other_case = new_case (f, "Oskar", "010311-4421");
  gint64 closed_case = new_case (f, "Viggo", "150509-4415");
  gint64 third_case = new_case (f, "Karl", "220808-4417");
  gint64 soon, later, renewed, withdrawn;

  d = draft (f, "2025-02-01", "2025-06-10");
  soon = save_ok (f, &d);                           /* in 9 days */
  d.case_id = other_case;
  d.valid_until = "2025-06-15";
  later = save_ok (f, &d);                          /* in 14 days: the edge */
  d.case_id = third_case;
  d.valid_until = "2025-06-16";
  save_ok (f, &d);                                  /* 15: outside */
  d.case_id = other_case;
  d.valid_until = "2025-05-31";
  save_ok (f, &d);                                  /* ran out yesterday */
  d.case_id = closed_case;
  d.valid_until = "2025-06-05";
  save_ok (f, &d);                                  /* a closed case needs no reminder */
  close_case (f, closed_case);

  list = tf_consent_list_expiring (f->session, "2025-06-01", 14, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  first = g_list_model_get_item (list, 0);
  g_assert_cmpint (tf_consent_get_id (first), ==, soon);
  g_assert_cmpint (tf_consent_get_case_id (first), ==, f->case_id);
  g_clear_object (&first);
  first = g_list_model_get_item (list, 1);
  g_assert_cmpint (tf_consent_get_id (first), ==, later);
  g_clear_object (&first);
  g_clear_object (&list);

  /* Renewed from the day after: off the list. */
  d = draft (f, "2025-06-11", "2026-06-10");
  renewed = save_ok (f, &d);
  list = tf_consent_list_expiring (f->session, "2025-06-01", 14, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_clear_object (&list);

  /* ...but back on when the renewal is withdrawn. */
  g_assert_true (tf_consent_withdraw (f->session, renewed, 1, "2025-06-11", NULL, &error));
  g_assert_no_error (error);
  list = tf_consent_list_expiring (f->session, "2025-06-01", 14, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  g_clear_object (&list);

  /* A withdrawn consent runs out of nothing. */
  withdrawn = soon;
  g_assert_true (tf_consent_withdraw (f->session, withdrawn, 1, "2025-05-01", NULL, &error));
  list = tf_consent_list_expiring (f->session, "2025-06-01", 14, &error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
}

static void
on_changed_cb (TfStore    *store,
               const char *entity,
               gint64      id,
               GPtrArray  *seen)
{
  g_ptr_array_add (seen, g_strdup_printf ("%s:%" G_GINT64_FORMAT, entity, id));
}

/* Each write tells open windows which case to reload, after the commit. */
static void
test_changed_signal (Fixture       *f,
                     gconstpointer  data)
{
  TfConsentDraft d = draft (f, "2025-02-01", "2026-01-31");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *expected = g_strdup_printf ("consent:%" G_GINT64_FORMAT, f->case_id);
  gulong handler = g_signal_connect (f->store, "changed", G_CALLBACK (on_changed_cb), seen);
  gint64 id;

  id = save_ok (f, &d);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (seen->pdata[0], ==, expected);
  d.id = id;
  d.version = 1;
  d.note = "Renewed by phone";
  save_ok (f, &d);
  g_assert_true (tf_consent_withdraw (f->session, id, 2, "2025-03-01", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (seen->len, ==, 3);
  g_assert_cmpstr (seen->pdata[2], ==, expected);

  /* A refused save says nothing. */
  d.id = 0;
  d.n_organisations = 0;
  g_assert_cmpint (tf_consent_save (f->session, &d, NULL), ==, 0);
  g_assert_cmpuint (seen->len, ==, 3);
  g_signal_handler_disconnect (f->store, handler);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/consent/create-and-list", test_create_and_list);
  ADD ("/consent/guardian-names-optional", test_guardian_names_optional);
  ADD ("/consent/refuse/nobody-gave-it", test_refuse_nobody_gave_it);
  ADD ("/consent/refuse/no-organisation", test_refuse_no_organisation);
  ADD ("/consent/refuse/until-before-from", test_refuse_until_before_from);
  ADD ("/consent/refuse/bad-dates", test_refuse_bad_dates);
  ADD ("/consent/refuse/long-before-referral", test_refuse_long_before_referral);
  ADD ("/consent/refuse/first-error-in-form-order", test_first_error_in_form_order);
  ADD ("/consent/refuse/unknown-case", test_unknown_case);
  ADD ("/consent/edit-and-conflict", test_edit_and_conflict);
  ADD ("/consent/withdraw", test_withdraw);
  ADD ("/consent/withdraw-on-first-day", test_withdraw_on_first_day);
  ADD ("/consent/validity-boundaries", test_validity_boundaries);
  ADD ("/consent/renewal-carries-on", test_renewal_carries_on);
  ADD ("/consent/expiring", test_expiring);
  ADD ("/consent/changed-signal", test_changed_signal);
#undef ADD

  return g_test_run ();
}
