/* test-young-person.c — the rules for a young person's fields, and saving them
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

  f->dir = g_dir_make_tmp ("tf-yp-XXXXXX", NULL);
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

  sqlite3_prepare_v2 (tf_store_get_db (f->store), sql, -1, &stmt, NULL);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

static TfYoungPerson *
valid_person (void)
{
  TfYoungPerson *person = tf_young_person_new ();
  g_autoptr(TfGuardian) mother = tf_guardian_new ();

  g_object_set (person,
                "first-name", "Emil", "last-name", "Nørgaard", "cpr", "120410-4233",
                "gender", "boy", "address", "Storegade 4", "postcode", "8500", "city", "Grenaa",
                "school", "Kattegatskolen", "school-class", "9.B", NULL);
  g_object_set (mother, "name", "Lene Nørgaard", "relation", "mother", "phone", "20 12 34 56",
                "email", "lene@example.dk", NULL);
  tf_young_person_add_guardian (person, mother);
  return person;
}

static const TfReferral school_referral = { "2025-03-04", "school", "Stort fravær og nye ældre venner", 0 };

static void
assert_field_error (TfYoungPerson *person,
                    const char    *field)
{
  g_autoptr(GHashTable) errors = tf_young_person_validate (person);

  if (errors == NULL || !g_hash_table_contains (errors, field))
    g_error ("expected a message for the field %s", field);
  g_assert_cmpstr (g_hash_table_lookup (errors, field), !=, "");
}

static void
test_validate_valid (void)
{
  g_autoptr(TfYoungPerson) person = valid_person ();
  g_autoptr(GHashTable) errors = tf_young_person_validate (person);

  g_assert_null (errors);
  /* The birth date comes from the CPR number when it was left empty. */
  g_assert_cmpstr (tf_young_person_get_birth_date (person), ==, "2010-04-12");
}

static void
test_validate_fields (void)
{
  g_autoptr(TfYoungPerson) person = valid_person ();
  g_autoptr(TfGuardian) guardian = NULL;

  g_object_set (person, "first-name", "  ", NULL);
  assert_field_error (person, "first-name");
  g_object_set (person, "first-name", "Emil", "last-name", NULL, NULL);
  assert_field_error (person, "last-name");
  g_object_set (person, "last-name", "Nørgaard", NULL);

  /* Impossible date in the CPR number */
  g_object_set (person, "cpr", "311399-1234", "birth-date", NULL, NULL);
  assert_field_error (person, "cpr");
  /* Letters */
  g_object_set (person, "cpr", "12O410-1233", NULL);
  assert_field_error (person, "cpr");
  /* A number failing modulus 11 is accepted (issued since 2007). */
  g_object_set (person, "cpr", "1204104234", "birth-date", NULL, NULL);
  g_assert_false (tf_cpr_passes_modulus11 ("1204104234"));
  {
    g_autoptr(GHashTable) errors = tf_young_person_validate (person);
    g_assert_null (errors);
  }
  /* The birth date must agree with the CPR number. */
  g_object_set (person, "birth-date", "2010-04-13", NULL);
  assert_field_error (person, "birth-date");
  /* No CPR number: the birth date is required, and must be real and past. */
  g_object_set (person, "cpr", NULL, "birth-date", NULL, NULL);
  assert_field_error (person, "birth-date");
  g_object_set (person, "birth-date", "2010-02-30", NULL);
  assert_field_error (person, "birth-date");
  g_object_set (person, "birth-date", "2999-01-01", NULL);
  assert_field_error (person, "birth-date");
  g_object_set (person, "birth-date", "2010-04-12", NULL);

  g_object_set (person, "postcode", "85OO", NULL);
  assert_field_error (person, "postcode");
  g_object_set (person, "postcode", "8500", "phone", "1234", NULL);
  assert_field_error (person, "phone");
  g_object_set (person, "phone", "+46 70 123 45 67", NULL);
  {
    g_autoptr(GHashTable) errors = tf_young_person_validate (person);
    g_assert_null (errors);
  }

  guardian = tf_guardian_new ();
  g_object_set (guardian, "phone", "20 12 34", "email", "not-an-address", NULL);
  tf_young_person_add_guardian (person, guardian);
  assert_field_error (person, "guardian-1-name");
  assert_field_error (person, "guardian-1-phone");
  assert_field_error (person, "guardian-1-email");
}

static void
test_save_new (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(TfYoungPerson) person = valid_person ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TfYoungPerson) loaded = NULL;
  g_autoptr(TfCase) kase = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(TfGuardian) guardian = NULL;
  gint64 case_id = 0;

  { gboolean saved_ = tf_young_person_save (f->session, person, &school_referral, &case_id, &error); g_assert_no_error (error); g_assert_true (saved_); }
  g_assert_no_error (error);
  g_assert_cmpint (tf_young_person_get_id (person), >, 0);
  g_assert_cmpint (case_id, >, 0);

  loaded = tf_young_person_load (f->session, tf_young_person_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tf_young_person_get_first_name (loaded), ==, "Emil");
  g_assert_cmpstr (tf_young_person_get_cpr (loaded), ==, "120410-4233");
  g_assert_cmpstr (tf_young_person_get_birth_date (loaded), ==, "2010-04-12");
  g_assert_cmpstr (tf_young_person_get_school_class (loaded), ==, "9.B");
  g_assert_cmpuint (g_list_model_get_n_items (tf_young_person_get_guardians (loaded)), ==, 1);
  guardian = g_list_model_get_item (tf_young_person_get_guardians (loaded), 0);
  g_assert_cmpstr (tf_guardian_get_name (guardian), ==, "Lene Nørgaard");
  g_assert_cmpstr (tf_guardian_get_relation (guardian), ==, "mother");
  g_assert_cmpstr (tf_guardian_get_phone (guardian), ==, "20 12 34 56");

  /* The referral opened a case, coordinated by the person at the desk. */
  kase = tf_case_load (f->session, case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (tf_case_get_status (kase), ==, TF_CASE_STATUS_REFERRED);
  g_assert_cmpstr (tf_case_get_referral_date (kase), ==, "2025-03-04");
  g_assert_cmpstr (tf_case_get_referral_source (kase), ==, "school");
  g_assert_cmpstr (tf_case_get_coordinator_name (kase), ==, "Mette Holm");
  history = tf_case_list_history (f->session, case_id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 1);

  g_assert_cmpint (tf_audit_count (f->session, "create", "young-person"), ==, 1);
  g_assert_cmpint (tf_audit_count (f->session, "create", "case"), ==, 1);
}

static void
test_save_update_and_conflict (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(TfYoungPerson) person = valid_person ();
  g_autoptr(TfYoungPerson) desk_a = NULL;
  g_autoptr(TfYoungPerson) desk_b = NULL;
  g_autoptr(TfYoungPerson) seen_by_b = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  { gboolean saved_ = tf_young_person_save (f->session, person, &school_referral, NULL, &error); g_assert_no_error (error); g_assert_true (saved_); }
  id = tf_young_person_get_id (person);

  /* Two desks open the same young person. */
  desk_a = tf_young_person_load (f->session, id, &error);
  desk_b = tf_young_person_load (f->session, id, &error);
  seen_by_b = tf_young_person_load (f->session, id, &error);
  g_assert_cmpint (tf_young_person_get_version (desk_a), ==, 1);

  g_object_set (desk_a, "school", "Heltidsundervisningen", NULL);
  tf_young_person_remove_guardian (desk_a, 0);
  { gboolean saved_ = tf_young_person_save (f->session, desk_a, NULL, NULL, &error); g_assert_no_error (error); g_assert_true (saved_); }
  g_assert_no_error (error);
  g_assert_cmpint (tf_young_person_get_version (desk_a), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM guardian"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_event WHERE action = 'update' "
                             "AND detail = '{\"fields\":[\"school\"]}'"), ==, 1);

  /* The second desk's save is refused, not silently overwriting. */
  g_object_set (desk_b, "address", "Lillegade 2", NULL);
  g_assert_false (tf_young_person_save (f->session, desk_b, NULL, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM young_person WHERE address = 'Lillegade 2'"), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM young_person WHERE school = 'Heltidsundervisningen'"), ==, 1);

  /* It is told what the first desk changed, and who did it... */
  {
    g_autoptr(TfYoungPerson) fresh = tf_young_person_load (f->session, id, &error);
    g_auto(GStrv) changes = tf_young_person_describe_changes (seen_by_b, fresh);
    g_auto(GStrv) none = tf_young_person_describe_changes (fresh, fresh);
    g_autofree char *who = tf_audit_describe_last_change (f->session, "young-person", id, 0);

    g_assert_cmpuint (g_strv_length (changes), ==, 2);
    g_assert_cmpstr (changes[0], ==, "School: Kattegatskolen → Heltidsundervisningen");
    g_assert_cmpstr (changes[1], ==, "Guardians: Lene Nørgaard (20 12 34 56 lene@example.dk) → —");
    g_assert_cmpuint (g_strv_length (none), ==, 0);
    g_assert_nonnull (who);
    g_assert_true (g_str_has_prefix (who, "Mette Holm, "));

    /* ...and, having seen it, may save theirs over it. */
    tf_young_person_rebase (desk_b, fresh);
    { gboolean saved_ = tf_young_person_save (f->session, desk_b, NULL, NULL, &error); g_assert_no_error (error); g_assert_true (saved_); }
    g_assert_cmpint (count (f, "SELECT count(*) FROM young_person WHERE address = 'Lillegade 2'"), ==, 1);
  }
}

static void
move_case (Fixture      *f,
           gint64        case_id,
           TfCaseStatus  status,
           const char   *day,
           const char   *reason_code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfCase) kase = tf_case_load (f->session, case_id, &error);
  TfStatusChangeRequest request = { status, day, reason_code, NULL, 0 };

  g_assert_no_error (error);
  g_assert_true (tf_case_change_status (f->session, case_id, tf_case_get_version (kase), &request, &error));
  g_assert_no_error (error);
}

/* A young person whose case was closed comes back: a new case, while the
 * closed one stays; never while a case is still open. */
static void
test_refer_again (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(TfYoungPerson) person = valid_person ();
  g_autoptr(GError) error = NULL;
  g_autoptr(TfCase) newest = NULL;
  TfReferral again = { "2025-09-30", "police", "Ny bekymring fra politiet", 0 };
  gint64 first_case = 0, second_case = 0;

  g_assert_true (tf_young_person_save (f->session, person, &school_referral, &first_case, &error));
  g_assert_no_error (error);

  /* still referred: refused */
  g_assert_false (tf_young_person_refer_again (f->session, tf_young_person_get_id (person), &again,
                                               &second_case, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);

  move_case (f, first_case, TF_CASE_STATUS_RELEVANT, "2025-03-10", NULL);
  move_case (f, first_case, TF_CASE_STATUS_OFFERED, "2025-03-12", NULL);
  move_case (f, first_case, TF_CASE_STATUS_ACCEPTED, "2025-03-20", NULL);
  move_case (f, first_case, TF_CASE_STATUS_ACTIVE, "2025-04-01", NULL);
  move_case (f, first_case, TF_CASE_STATUS_CLOSED, "2025-10-01", "goals-reached");

  /* dated before the closing: refused */
  g_assert_false (tf_young_person_refer_again (f->session, tf_young_person_get_id (person), &again,
                                               &second_case, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM cases"), ==, 1);

  again.referral_date = "2026-02-02";
  g_assert_true (tf_young_person_refer_again (f->session, tf_young_person_get_id (person), &again,
                                              &second_case, &error));
  g_assert_no_error (error);
  g_assert_cmpint (second_case, !=, first_case);
  newest = tf_case_load_for_young_person (f->session, tf_young_person_get_id (person), &error);
  g_assert_cmpint (tf_case_get_id (newest), ==, second_case);
  g_assert_cmpint (tf_case_get_status (newest), ==, TF_CASE_STATUS_REFERRED);
  g_assert_cmpstr (tf_case_get_referral_source (newest), ==, "police");
  g_assert_cmpint (count (f, "SELECT count(*) FROM cases WHERE status = 'closed'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM case_status_history WHERE status = 'referred'"), ==, 2);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_event WHERE action = 'create' AND entity = 'case'"), ==, 2);

  /* and the new case is open: not a third one */
  again.referral_date = "2026-03-03";
  g_assert_false (tf_young_person_refer_again (f->session, tf_young_person_get_id (person), &again,
                                               NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
}

/* Someone whose work does not need the CPR number gets it masked from the
 * core itself, and can still save other changes without losing it. */
static void
test_cpr_masked_for_members (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(TfYoungPerson) person = valid_person ();
  g_autoptr(TfYoungPerson) seen = NULL;
  g_autoptr(TfSession) member = NULL;
  g_autoptr(GError) error = NULL;

  { gboolean saved_ = tf_young_person_save (f->session, person, &school_referral, NULL, &error); g_assert_no_error (error); g_assert_true (saved_); }
  member = tf_session_new_for_login (f->store, "sune", "Sune Club", &error);
  g_assert_no_error (error);
  g_clear_object (&member);
  g_assert_cmpint (sqlite3_exec (tf_store_get_db (f->store),
                                 "UPDATE staff_member SET role = 'member' WHERE login = 'sune'",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  member = tf_session_new_for_login (f->store, "sune", NULL, &error);
  g_assert_no_error (error);

  seen = tf_young_person_load (member, tf_young_person_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tf_young_person_get_cpr (seen), ==, "120410-XXXX");
  g_assert_cmpstr (tf_young_person_get_birth_date (seen), ==, "2010-04-12");

  g_object_set (seen, "address", "Lillegade 2", NULL);
  { gboolean saved_ = tf_young_person_save (member, seen, NULL, NULL, &error); g_assert_no_error (error); g_assert_true (saved_); }
  g_assert_cmpint (count (f, "SELECT count(*) FROM young_person WHERE cpr = '1204104233' "
                             "AND address = 'Lillegade 2'"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_event WHERE action = 'update' "
                             "AND detail = '{\"fields\":[\"address\"]}'"), ==, 1);

  /* The coordinator still sees it whole. */
  g_clear_object (&seen);
  seen = tf_young_person_load (f->session, tf_young_person_get_id (person), &error);
  g_assert_cmpstr (tf_young_person_get_cpr (seen), ==, "120410-4233");
}

/* A refused save leaves no trace: no young person, case, guardian or audit row. */
static void
test_nothing_half_saved (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(TfYoungPerson) first = valid_person ();
  g_autoptr(TfYoungPerson) twin = valid_person ();
  g_autoptr(TfYoungPerson) bad = valid_person ();
  g_autoptr(GError) error = NULL;
  TfReferral future = { "2999-01-01", "school", NULL, 0 };
  TfReferral nobody = { NULL, "the-neighbour", NULL, 0 };
  gint64 audit;

  { gboolean saved_ = tf_young_person_save (f->session, first, &school_referral, NULL, &error); g_assert_no_error (error); g_assert_true (saved_); }
  audit = count (f, "SELECT count(*) FROM audit_event");

  /* Same CPR number as someone already in the store */
  g_object_set (twin, "first-name", "Emilie", NULL);
  g_assert_false (tf_young_person_save (f->session, twin, &school_referral, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);

  g_object_set (bad, "cpr", "010111-4234", "birth-date", NULL, NULL);
  g_assert_false (tf_young_person_save (f->session, bad, &future, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tf_young_person_save (f->session, bad, &nobody, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);

  g_object_set (bad, "cpr", "310211-1234", NULL);
  g_assert_false (tf_young_person_save (f->session, bad, &school_referral, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);

  g_assert_cmpint (count (f, "SELECT count(*) FROM young_person"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM cases"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM guardian"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_event"), ==, audit);
  g_assert_cmpint (tf_young_person_get_id (bad), ==, 0);
}

static void
test_notes (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(TfYoungPerson) person = valid_person ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) notes = NULL;
  g_autoptr(TfNote) newest = NULL;
  gint64 case_id;

  { gboolean saved_ = tf_young_person_save (f->session, person, &school_referral, &case_id, &error); g_assert_no_error (error); g_assert_true (saved_); }
  g_assert_cmpint (tf_note_add (f->session, case_id, "Første samtale med Emil.", &error), >, 0);
  g_assert_cmpint (tf_note_add (f->session, case_id, "  Møde med skolen.  ", &error), >, 0);
  g_assert_cmpint (tf_note_add (f->session, case_id, "   ", &error), ==, 0);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);

  g_assert_cmpint (tf_note_count_for_case (f->session, case_id), ==, 2);
  notes = tf_note_list_for_case (f->session, case_id, 1, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 1);
  newest = g_list_model_get_item (notes, 0);
  g_assert_cmpstr (tf_note_get_body (newest), ==, "Møde med skolen.");
  g_assert_cmpstr (tf_note_get_author_name (newest), ==, "Mette Holm");
  /* Notes are searchable. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM note_fts WHERE note_fts MATCH 'skolen'"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/young-person/validate/valid", test_validate_valid);
  g_test_add_func ("/young-person/validate/fields", test_validate_fields);
#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/young-person/cpr-masked-for-members", test_cpr_masked_for_members);
  ADD ("/young-person/save/new", test_save_new);
  ADD ("/young-person/save/update-and-conflict", test_save_update_and_conflict);
  ADD ("/young-person/refer-again", test_refer_again);
  ADD ("/young-person/save/nothing-half-saved", test_nothing_half_saved);
  ADD ("/young-person/notes", test_notes);
#undef ADD

  return g_test_run ();
}
