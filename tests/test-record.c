/* test-record.c — records and interventions of the work areas, and indicator values
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "taskforce.h"
#include "tf-store-private.h"

/* Two small work areas, written the way a plugin writes its area file. */
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
  "Summary=date;support\n"
  "\n"
  "[Field legal-decision/date]\n"
  "Label=Date of the decision\n"
  "Type=date\n"
  "Required=true\n"
  "\n"
  "[Field legal-decision/support]\n"
  "Label=Support\n"
  "Type=text\n"
  "Required=true\n"
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
  "[Field mentor/hours]\n"
  "Label=Hours a week\n"
  "Type=number\n"
  "Min=0\n"
  "Max=40\n"
  "\n"
  "[Field mentor/fee]\n"
  "Label=Fee a month\n"
  "Type=money\n"
  "Min=0\n"
  "\n"
  "[Field mentor/meets-family]\n"
  "Label=Meets the family\n"
  "Type=boolean\n"
  "\n"
  "[Indicator police-contacts]\n"
  "Title=Police contacts\n"
  "Unit=contacts\n"
  "HigherIsBetter=false\n"
  "Min=0\n"
  "Max=50\n"
  "Decimals=0\n";

static const char school_area[] =
  "[Area]\n"
  "Id=school\n"
  "Title=School\n"
  "Organisation=Almenskole og Heltidsundervisningen\n"
  "Icon=school-symbolic\n"
  "Priority=30\n"
  "GettextDomain=taskforce\n"
  "\n"
  "[Form school-details]\n"
  "Title=School details\n"
  "Category=record\n"
  "Single=true\n"
  "DateField=date\n"
  "Summary=school\n"
  "\n"
  "[Field school-details/date]\n"
  "Label=Since\n"
  "Type=date\n"
  "\n"
  "[Field school-details/school]\n"
  "Label=School\n"
  "Type=text\n"
  "Required=true\n"
  "\n"
  "[Form absence-talk]\n"
  "Title=Talk about absence\n"
  "Category=record\n"
  "DateField=date\n"
  "\n"
  "[Field absence-talk/date]\n"
  "Label=Date\n"
  "Type=date\n"
  "Required=true\n"
  "\n"
  "[Indicator absence]\n"
  "Title=Absence\n"
  "Unit=%\n"
  "HigherIsBetter=false\n"
  "Min=0\n"
  "Max=100\n"
  "Decimals=1\n";

typedef struct
{
  char       *dir;
  TfStore    *store;
  TfSession  *session;
  TfRegistry *registry;
  gint64      case_id;
} Fixture;

static TfArea *
area_from_string (const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(GError) error = NULL;
  TfArea *area = tf_area_new_from_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (area);
  return area;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(TfArea) authority = area_from_string (authority_area);
  g_autoptr(TfArea) school = area_from_string (school_area);
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  TfReferral referral = { "2025-01-06", "school", NULL, 0 };
  gboolean ok;

  f->dir = g_dir_make_tmp ("tf-record-XXXXXX", NULL);
  path = g_build_filename (f->dir, "taskforce.db", NULL);
  f->store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->session = tf_session_new_for_login (f->store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);

  f->registry = tf_registry_new ();
  ok = tf_registry_add_area (f->registry, authority, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  ok = tf_registry_add_area (f->registry, school, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

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

  g_clear_object (&f->registry);
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
  if (sqlite3_step (stmt) == SQLITE_ROW)
    text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  return text;
}

static TfForm *
form (Fixture    *f,
      const char *form_id)
{
  TfForm *found = tf_registry_find_form (f->registry, form_id);

  g_assert_nonnull (found);
  return found;
}

static TfRecord *
new_decision (Fixture    *f,
              const char *date,
              const char *support)
{
  TfRecord *record = tf_record_new (form (f, "legal-decision"), f->case_id);

  tf_form_values_set_string (tf_record_get_values (record), "date", date);
  tf_form_values_set_string (tf_record_get_values (record), "support", support);
  return record;
}

static TfRecord *
new_mentor (Fixture    *f,
            const char *mentor)
{
  TfRecord *record = tf_record_new (form (f, "mentor"), f->case_id);

  tf_form_values_set_string (tf_record_get_values (record), "mentor", mentor);
  tf_form_values_set_number (tf_record_get_values (record), "hours", 6);
  tf_form_values_set_integer (tf_record_get_values (record), "fee", 450000);
  tf_form_values_set_boolean (tf_record_get_values (record), "meets-family", TRUE);
  tf_record_set_status (record, TF_INTERVENTION_ACTIVE);
  tf_record_set_starts_on (record, "2025-02-03");
  tf_record_set_planned_cost (record, 2400000);
  return record;
}

static void
save_ok (Fixture  *f,
         TfRecord *record)
{
  g_autoptr(GError) error = NULL;
  gboolean ok = tf_record_save (f->session, record, form (f, tf_record_get_form_id (record)), &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static TfRecord *
item (GListModel *model,
      guint       position)
{
  TfRecord *record = g_list_model_get_item (model, position);

  g_assert_nonnull (record);
  g_object_unref (record);  /* the model keeps it */
  return record;
}

static void
assert_field_error (GHashTable *errors,
                    const char *field)
{
  if (errors == NULL || !g_hash_table_contains (errors, field))
    g_error ("expected a message for the field %s", field);
  g_assert_cmpstr (g_hash_table_lookup (errors, field), !=, "");
}

/* Statuses */

static void
test_status_ids (void)
{
  for (int i = 0; i < TF_N_INTERVENTION_STATUSES; i++)
    {
      const char *id = tf_intervention_status_to_id (i);

      g_assert_nonnull (id);
      g_assert_cmpint (tf_intervention_status_from_id (id), ==, i);
      g_assert_cmpstr (tf_intervention_status_label (i), !=, "");
    }
  /* The ids are what the store's CHECK and the reports know. */
  g_assert_cmpstr (tf_intervention_status_to_id (TF_INTERVENTION_PLANNED), ==, "planned");
  g_assert_cmpstr (tf_intervention_status_to_id (TF_INTERVENTION_ACTIVE), ==, "active");
  g_assert_cmpstr (tf_intervention_status_to_id (TF_INTERVENTION_COMPLETED), ==, "completed");
  g_assert_cmpstr (tf_intervention_status_to_id (TF_INTERVENTION_STOPPED), ==, "stopped");
  g_assert_cmpint (tf_intervention_status_from_id ("paused"), ==, -1);
  g_assert_cmpint (tf_intervention_status_from_id (NULL), ==, -1);
}

/* Creating and reading back */

static void
test_create (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(TfRecord) decision = new_decision (f, "2025-01-20", "Mentor og familiebehandling");
  g_autoptr(GListModel) records = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *detail = NULL;
  TfRecord *loaded;

  g_assert_cmpint (tf_record_get_id (decision), ==, 0);
  save_ok (f, decision);
  g_assert_cmpint (tf_record_get_id (decision), >, 0);
  g_assert_cmpint (tf_record_get_version (decision), ==, 1);
  /* Dated by the form's date field, written by the person at the desk. */
  g_assert_cmpstr (tf_record_get_date (decision), ==, "2025-01-20");
  g_assert_cmpstr (tf_record_get_author_name (decision), ==, "Mette Holm");

  records = tf_record_list_for_case (f->session, f->case_id, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 1);
  loaded = item (records, 0);
  g_assert_cmpint (tf_record_get_id (loaded), ==, tf_record_get_id (decision));
  g_assert_cmpint (tf_record_get_case_id (loaded), ==, f->case_id);
  g_assert_cmpint (tf_record_get_version (loaded), ==, 1);
  g_assert_cmpstr (tf_record_get_form_id (loaded), ==, "legal-decision");
  g_assert_cmpstr (tf_record_get_area_id (loaded), ==, "authority");
  g_assert_cmpstr (tf_record_get_date (loaded), ==, "2025-01-20");
  g_assert_cmpstr (tf_record_get_author_name (loaded), ==, "Mette Holm");
  g_assert_cmpstr (tf_form_values_get_string (tf_record_get_values (loaded), "support"), ==,
                   "Mentor og familiebehandling");

  g_assert_cmpint (count (f, "SELECT count(*) FROM record WHERE category = 'record' "
                             "AND status IS NULL AND starts_on IS NULL AND budget_area IS NULL"), ==, 1);
  /* Audited, naming the form but never copying the values. */
  g_assert_cmpint (tf_audit_count (f->session, "create", "record"), ==, 1);
  detail = query_text (f, "SELECT detail FROM audit_event WHERE entity = 'record'");
  g_assert_cmpstr (detail, ==, "{\"form\":\"legal-decision\"}");
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_event WHERE entity = 'record' "
                             "AND case_id = (SELECT case_id FROM record)"), ==, 1);
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

/* The case window refreshes on "changed" ("record", case id) after each commit. */
static void
test_changed_signal (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(TfRecord) decision = new_decision (f, "2025-01-20", "Mentor");
  g_autoptr(GError) error = NULL;
  Changed changed = { 0, NULL, 0 };
  gulong handler = g_signal_connect (f->store, "changed", G_CALLBACK (on_changed), &changed);
  TfIndicator *absence = tf_registry_find_indicator (f->registry, "absence");

  save_ok (f, decision);
  g_assert_cmpuint (changed.n, ==, 1);
  g_assert_cmpstr (changed.entity, ==, "record");
  g_assert_cmpint (changed.id, ==, f->case_id);

  tf_form_values_set_string (tf_record_get_values (decision), "support", "Mentor og SSP");
  save_ok (f, decision);
  g_assert_cmpuint (changed.n, ==, 2);
  g_assert_true (tf_record_delete (f->session, decision, &error));
  g_assert_cmpuint (changed.n, ==, 3);
  g_assert_cmpstr (changed.entity, ==, "record");

  g_assert_true (tf_indicator_add_value (f->session, absence, f->case_id, "2025-01-31", 12, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed.n, ==, 4);
  g_assert_cmpstr (changed.entity, ==, "indicator-value");
  g_assert_cmpint (changed.id, ==, f->case_id);

  /* A refused save says nothing changed. */
  tf_form_values_unset (tf_record_get_values (decision), "support");
  g_assert_false (tf_record_save (f->session, decision, form (f, "legal-decision"), &error));
  g_assert_cmpuint (changed.n, ==, 4);

  g_signal_handler_disconnect (f->store, handler);
  g_free (changed.entity);
}

static void
test_update_history_conflict (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(TfRecord) decision = new_decision (f, "2025-01-20", "Mentor");
  g_autoptr(GListModel) desk_a_list = NULL;
  g_autoptr(GListModel) desk_b_list = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GListModel) records = NULL;
  g_autoptr(TfSession) jonas = NULL;
  g_autoptr(GError) error = NULL;
  TfRecord *desk_a, *desk_b, *old, *current;
  gint64 id;

  save_ok (f, decision);
  id = tf_record_get_id (decision);

  /* Two desks open the same record. */
  desk_a_list = tf_record_list_for_case (f->session, f->case_id, NULL, NULL, &error);
  desk_b_list = tf_record_list_for_case (f->session, f->case_id, NULL, NULL, &error);
  g_assert_no_error (error);
  desk_a = item (desk_a_list, 0);
  desk_b = item (desk_b_list, 0);

  /* Jonas, at another desk, corrects the decision first. */
  jonas = tf_session_new_for_login (f->store, "jonas", "Jonas Vestergaard", &error);
  g_assert_no_error (error);
  tf_form_values_set_string (tf_record_get_values (desk_a), "support", "Mentor og fritidsjob");
  tf_form_values_set_string (tf_record_get_values (desk_a), "date", "2025-01-21");
  {
    gboolean ok = tf_record_save (jonas, desk_a, form (f, "legal-decision"), &error);
    g_assert_no_error (error);
    g_assert_true (ok);
  }
  g_assert_cmpint (tf_record_get_version (desk_a), ==, 2);
  g_assert_cmpstr (tf_record_get_date (desk_a), ==, "2025-01-21");
  g_assert_cmpstr (tf_record_get_author_name (desk_a), ==, "Jonas Vestergaard");
  g_assert_cmpint (count (f, "SELECT count(*) FROM record"), ==, 1);
  g_assert_cmpint (tf_audit_count (f->session, "update", "record"), ==, 1);

  /* The first version is kept, with its values and its author. */
  history = tf_record_list_history (f->session, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 1);
  old = item (history, 0);
  g_assert_cmpint (tf_record_get_id (old), ==, id);
  g_assert_cmpint (tf_record_get_version (old), ==, 1);
  g_assert_cmpstr (tf_record_get_date (old), ==, "2025-01-20");
  g_assert_cmpstr (tf_record_get_author_name (old), ==, "Mette Holm");
  g_assert_cmpstr (tf_record_get_form_id (old), ==, "legal-decision");
  g_assert_cmpstr (tf_form_values_get_string (tf_record_get_values (old), "support"), ==, "Mentor");

  /* The second desk's save is refused, not silently overwriting Jonas's. */
  tf_form_values_set_string (tf_record_get_values (desk_b), "support", "Anbringelse");
  g_assert_false (tf_record_save (f->session, desk_b, form (f, "legal-decision"), &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (tf_record_get_version (desk_b), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM record_history"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM record WHERE vals LIKE '%Anbringelse%'"), ==, 0);

  records = tf_record_list_for_case (f->session, f->case_id, NULL, NULL, &error);
  current = item (records, 0);
  g_assert_cmpint (tf_record_get_version (current), ==, 2);
  g_assert_cmpstr (tf_form_values_get_string (tf_record_get_values (current), "support"), ==,
                   "Mentor og fritidsjob");
  g_assert_cmpstr (tf_record_get_author_name (current), ==, "Jonas Vestergaard");

  /* A third version: the history grows, newest first. */
  tf_form_values_set_string (tf_record_get_values (desk_a), "support", "Mentor, fritidsjob og SSP");
  save_ok (f, desk_a);
  g_clear_object (&history);
  history = tf_record_list_history (f->session, id, &error);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 2);
  g_assert_cmpint (tf_record_get_version (item (history, 0)), ==, 2);
  g_assert_cmpstr (tf_record_get_author_name (item (history, 0)), ==, "Jonas Vestergaard");
  g_assert_cmpint (tf_record_get_version (item (history, 1)), ==, 1);

  g_assert_null (tf_record_list_history (f->session, 9999, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_NOT_FOUND);
}

static void
test_soft_delete (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(TfRecord) keep = new_decision (f, "2025-01-20", "Mentor");
  g_autoptr(TfRecord) gone = new_decision (f, "2025-02-20", "Skrevet på den forkerte sag");
  g_autoptr(GListModel) records = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  save_ok (f, keep);
  save_ok (f, gone);
  ok = tf_record_delete (f->session, gone, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  /* Lists leave it out; the row stays, marked. */
  records = tf_record_list_for_case (f->session, f->case_id, NULL, NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 1);
  g_assert_cmpint (tf_record_get_id (item (records, 0)), ==, tf_record_get_id (keep));
  g_assert_cmpint (count (f, "SELECT count(*) FROM record WHERE deleted_at IS NOT NULL"), ==, 1);
  g_assert_cmpint (tf_audit_count (f->session, "delete", "record"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_event WHERE action = 'delete' "
                             "AND detail = '{\"form\":\"legal-decision\"}'"), ==, 1);

  /* A deleted record can be neither saved nor deleted again. */
  tf_form_values_set_string (tf_record_get_values (gone), "support", "Igen");
  g_assert_false (tf_record_save (f->session, gone, form (f, "legal-decision"), &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (tf_record_delete (f->session, gone, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM record_history"), ==, 0);
  g_assert_cmpint (tf_audit_count (f->session, "delete", "record"), ==, 1);
  g_assert_cmpint (tf_audit_count (f->session, "update", "record"), ==, 0);
}

static void
test_delete_conflict (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(TfRecord) decision = new_decision (f, "2025-01-20", "Mentor");
  g_autoptr(GListModel) other_desk = NULL;
  g_autoptr(GError) error = NULL;

  save_ok (f, decision);
  other_desk = tf_record_list_for_case (f->session, f->case_id, NULL, NULL, &error);
  tf_form_values_set_string (tf_record_get_values (decision), "support", "Mentor og SSP");
  save_ok (f, decision);

  /* Deleting a version someone has since changed would throw their work away unseen. */
  g_assert_false (tf_record_delete (f->session, item (other_desk, 0), &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_assert_cmpint (count (f, "SELECT count(*) FROM record WHERE deleted_at IS NULL"), ==, 1);
  g_assert_cmpint (tf_audit_count (f->session, "delete", "record"), ==, 0);
}

static void
test_list_filter (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(TfRecord) early = new_decision (f, "2025-01-20", "Mentor");
  g_autoptr(TfRecord) late = new_decision (f, "2025-03-01", "Familiebehandling");
  g_autoptr(TfRecord) mentor = new_mentor (f, "Jonas");
  g_autoptr(TfRecord) school = tf_record_new (form (f, "school-details"), f->case_id);
  g_autoptr(TfRecord) talk = tf_record_new (form (f, "absence-talk"), f->case_id);
  g_autoptr(TfYoungPerson) other_person = tf_young_person_new ();
  g_autoptr(GError) error = NULL;
  TfReferral referral = { "2025-01-06", "police", NULL, 0 };
  gint64 other_case = 0;
  gboolean ok;

  tf_form_values_set_string (tf_record_get_values (school), "school", "Kattegatskolen");
  tf_form_values_set_string (tf_record_get_values (school), "date", "2024-08-12");
  tf_form_values_set_string (tf_record_get_values (talk), "date", "2025-02-10");
  /* Saved out of date order on purpose. */
  save_ok (f, late);
  save_ok (f, school);
  save_ok (f, early);
  save_ok (f, mentor);
  save_ok (f, talk);

  /* Another young person's case keeps its own records. */
  g_object_set (other_person, "first-name", "Sara", "last-name", "Juul", "birth-date", "2011-09-30",
                "gender", "girl", NULL);
  ok = tf_young_person_save (f->session, other_person, &referral, &other_case, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  {
    g_autoptr(TfRecord) theirs = tf_record_new (form (f, "legal-decision"), other_case);
    tf_form_values_set_string (tf_record_get_values (theirs), "date", "2025-02-01");
    tf_form_values_set_string (tf_record_get_values (theirs), "support", "Kontaktperson");
    save_ok (f, theirs);
  }

  {
    g_autoptr(GListModel) all = tf_record_list_for_case (f->session, f->case_id, NULL, NULL, &error);
    static const char *dates[] = { "2025-03-01", "2025-02-10", "2025-02-03", "2025-01-20", "2024-08-12" };

    g_assert_no_error (error);
    /* Newest first. */
    g_assert_cmpuint (g_list_model_get_n_items (all), ==, 5);
    for (guint i = 0; i < 5; i++)
      g_assert_cmpstr (tf_record_get_date (item (all, i)), ==, dates[i]);
  }
  {
    g_autoptr(GListModel) authority = tf_record_list_for_case (f->session, f->case_id, "authority", NULL, &error);

    g_assert_cmpuint (g_list_model_get_n_items (authority), ==, 3);
    for (guint i = 0; i < 3; i++)
      g_assert_cmpstr (tf_record_get_area_id (item (authority, i)), ==, "authority");
  }
  {
    g_autoptr(GListModel) decisions = tf_record_list_for_case (f->session, f->case_id, NULL,
                                                               "legal-decision", &error);

    g_assert_cmpuint (g_list_model_get_n_items (decisions), ==, 2);
    g_assert_cmpstr (tf_record_get_date (item (decisions, 0)), ==, "2025-03-01");
    g_assert_cmpstr (tf_record_get_date (item (decisions, 1)), ==, "2025-01-20");
  }
  {
    g_autoptr(GListModel) school_talks = tf_record_list_for_case (f->session, f->case_id, "school",
                                                                  "absence-talk", &error);
    g_autoptr(GListModel) none = tf_record_list_for_case (f->session, f->case_id, "school",
                                                          "legal-decision", &error);

    g_assert_cmpuint (g_list_model_get_n_items (school_talks), ==, 1);
    g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
  }
  {
    g_autoptr(GListModel) theirs = tf_record_list_for_case (f->session, other_case, NULL, NULL, &error);

    g_assert_cmpuint (g_list_model_get_n_items (theirs), ==, 1);
    g_assert_cmpstr (tf_form_values_get_string (tf_record_get_values (item (theirs, 0)), "support"),
                     ==, "Kontaktperson");
  }
}

/* Interventions */

static void
test_intervention (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(TfRecord) mentor = new_mentor (f, "Jonas Vestergaard");
  g_autoptr(GListModel) records = NULL;
  g_autoptr(GError) error = NULL;
  TfRecord *loaded;

  save_ok (f, mentor);
  /* An intervention form without a date field is dated by its start. */
  g_assert_cmpstr (tf_record_get_date (mentor), ==, "2025-02-03");

  records = tf_record_list_for_case (f->session, f->case_id, NULL, "mentor", &error);
  g_assert_no_error (error);
  loaded = item (records, 0);
  g_assert_cmpint (tf_record_get_status (loaded), ==, TF_INTERVENTION_ACTIVE);
  g_assert_cmpstr (tf_record_get_starts_on (loaded), ==, "2025-02-03");
  g_assert_null (tf_record_get_ends_on (loaded));
  g_assert_cmpint (tf_record_get_planned_cost (loaded), ==, 2400000);
  g_assert_cmpint (tf_record_get_actual_cost (loaded), ==, 0);
  g_assert_cmpint (count (f, "SELECT count(*) FROM record WHERE category = 'intervention' "
                             "AND budget_area = 'mentor' AND status = 'active' "
                             "AND planned_cost = 2400000 AND recorded_on = '2025-02-03'"), ==, 1);

  /* It ends: completed, with the actual cost. */
  tf_record_set_status (loaded, TF_INTERVENTION_COMPLETED);
  tf_record_set_ends_on (loaded, "2025-06-27");
  tf_record_set_actual_cost (loaded, 2150050);
  save_ok (f, loaded);
  g_assert_cmpint (count (f, "SELECT count(*) FROM record WHERE status = 'completed' "
                             "AND ends_on = '2025-06-27' AND actual_cost = 2150050"), ==, 1);
  /* The history keeps the period and costs of the earlier version. */
  g_assert_cmpint (count (f, "SELECT count(*) FROM record_history WHERE status = 'active' "
                             "AND ends_on IS NULL AND planned_cost = 2400000 AND actual_cost = 0"), ==, 1);
  {
    g_autoptr(GListModel) history = tf_record_list_history (f->session, tf_record_get_id (loaded), &error);
    g_assert_cmpint (tf_record_get_status (item (history, 0)), ==, TF_INTERVENTION_ACTIVE);
  }

  /* A one-day intervention ends on the day it starts. */
  tf_record_set_ends_on (loaded, "2025-02-03");
  save_ok (f, loaded);
}

static void
test_intervention_rules (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(TfRecord) mentor = new_mentor (f, "Jonas");
  TfForm *mentor_form = form (f, "mentor");

  {
    g_autoptr(GHashTable) errors = tf_record_validate (mentor, mentor_form);
    g_assert_null (errors);
  }
  /* Status */
  tf_record_set_status (mentor, TF_N_INTERVENTION_STATUSES);
  {
    g_autoptr(GHashTable) errors = tf_record_validate (mentor, mentor_form);
    assert_field_error (errors, "status");
    g_assert_cmpuint (g_hash_table_size (errors), ==, 1);
  }
  tf_record_set_status (mentor, TF_INTERVENTION_PLANNED);
  /* Start: required, and a real date */
  tf_record_set_starts_on (mentor, NULL);
  {
    g_autoptr(GHashTable) errors = tf_record_validate (mentor, mentor_form);
    assert_field_error (errors, "starts-on");
    g_assert_cmpuint (g_hash_table_size (errors), ==, 1);
  }
  tf_record_set_starts_on (mentor, "   ");
  {
    g_autoptr(GHashTable) errors = tf_record_validate (mentor, mentor_form);
    assert_field_error (errors, "starts-on");
  }
  tf_record_set_starts_on (mentor, "2025-02-30");
  {
    g_autoptr(GHashTable) errors = tf_record_validate (mentor, mentor_form);
    assert_field_error (errors, "starts-on");
  }
  tf_record_set_starts_on (mentor, "3.2.2025");
  {
    g_autoptr(GHashTable) errors = tf_record_validate (mentor, mentor_form);
    assert_field_error (errors, "starts-on");
  }
  tf_record_set_starts_on (mentor, "2025-02-03");
  /* End: a real date, not before the start */
  tf_record_set_ends_on (mentor, "2025-02-02");
  {
    g_autoptr(GHashTable) errors = tf_record_validate (mentor, mentor_form);
    assert_field_error (errors, "ends-on");
    g_assert_cmpuint (g_hash_table_size (errors), ==, 1);
  }
  tf_record_set_ends_on (mentor, "2025-13-01");
  {
    g_autoptr(GHashTable) errors = tf_record_validate (mentor, mentor_form);
    assert_field_error (errors, "ends-on");
  }
  tf_record_set_ends_on (mentor, "2025-06-30");
  /* Costs */
  tf_record_set_planned_cost (mentor, -1);
  tf_record_set_actual_cost (mentor, -100);
  {
    g_autoptr(GHashTable) errors = tf_record_validate (mentor, mentor_form);
    assert_field_error (errors, "planned-cost");
    assert_field_error (errors, "actual-cost");
    g_assert_cmpuint (g_hash_table_size (errors), ==, 2);
  }
  tf_record_set_planned_cost (mentor, 0);
  tf_record_set_actual_cost (mentor, 0);
  {
    g_autoptr(GHashTable) errors = tf_record_validate (mentor, mentor_form);
    g_assert_null (errors);
  }
}

static void
test_form_rules (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(TfRecord) mentor = new_mentor (f, "Jonas");
  g_autoptr(TfRecord) decision = new_decision (f, "2025-01-20", "Mentor");
  g_autoptr(GError) error = NULL;
  TfForm *mentor_form = form (f, "mentor");

  /* The form's own rules come through: required, min/max, unknown keys. */
  tf_form_values_unset (tf_record_get_values (mentor), "mentor");
  tf_form_values_set_number (tf_record_get_values (mentor), "hours", 50);
  tf_form_values_set_string (tf_record_get_values (mentor), "shoe-size", "44");
  {
    g_autoptr(GHashTable) errors = tf_record_validate (mentor, mentor_form);
    assert_field_error (errors, "mentor");
    assert_field_error (errors, "hours");
    assert_field_error (errors, "shoe-size");
    g_assert_false (g_hash_table_contains (errors, "starts-on"));
  }
  /* Both kinds of rule at once; the save reports the first in the editor's order. */
  tf_record_set_starts_on (mentor, NULL);
  {
    g_autoptr(GHashTable) errors = tf_record_validate (mentor, mentor_form);
    assert_field_error (errors, "mentor");
    assert_field_error (errors, "starts-on");
    g_assert_false (tf_record_save (f->session, mentor, mentor_form, &error));
    g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, g_hash_table_lookup (errors, "starts-on"));
    g_clear_error (&error);
  }
  tf_record_set_starts_on (mentor, "2025-02-03");
  {
    g_autoptr(GHashTable) errors = tf_record_validate (mentor, mentor_form);
    g_assert_false (tf_record_save (f->session, mentor, mentor_form, &error));
    g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
    g_assert_cmpstr (error->message, ==, g_hash_table_lookup (errors, "mentor"));
    g_clear_error (&error);
  }

  /* A record (not an intervention) has no status, period or cost to check. */
  tf_record_set_starts_on (decision, NULL);
  tf_record_set_planned_cost (decision, -5);
  {
    g_autoptr(GHashTable) errors = tf_record_validate (decision, form (f, "legal-decision"));
    g_assert_null (errors);
  }
  tf_form_values_unset (tf_record_get_values (decision), "date");
  {
    g_autoptr(GHashTable) errors = tf_record_validate (decision, form (f, "legal-decision"));
    assert_field_error (errors, "date");
    g_assert_cmpuint (g_hash_table_size (errors), ==, 1);
  }
}

/* A refused save leaves no trace: no record, history or audit row. */
static void
test_refused_writes_nothing (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(TfRecord) mentor = new_mentor (f, "Jonas");
  g_autoptr(TfRecord) bad = new_mentor (f, "Lise");
  g_autoptr(TfRecord) stale = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  gint64 records, history, audit;

  save_ok (f, mentor);
  list = tf_record_list_for_case (f->session, f->case_id, NULL, NULL, &error);
  stale = g_list_model_get_item (list, 0);
  tf_record_set_actual_cost (mentor, 100000);
  save_ok (f, mentor);

  records = count (f, "SELECT count(*) FROM record");
  history = count (f, "SELECT count(*) FROM record_history");
  audit = count (f, "SELECT count(*) FROM audit_event");
  g_assert_cmpint (records, ==, 1);
  g_assert_cmpint (history, ==, 1);

  /* A new intervention that breaks a rule */
  tf_record_set_ends_on (bad, "2024-12-31");
  g_assert_false (tf_record_save (f->session, bad, form (f, "mentor"), &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (tf_record_get_id (bad), ==, 0);
  g_assert_cmpint (tf_record_get_version (bad), ==, 0);

  /* An update that breaks a rule */
  tf_record_set_planned_cost (mentor, -1);
  g_assert_false (tf_record_save (f->session, mentor, form (f, "mentor"), &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (tf_record_get_version (mentor), ==, 2);

  /* A stale update */
  tf_record_set_status (stale, TF_INTERVENTION_STOPPED);
  g_assert_false (tf_record_save (f->session, stale, form (f, "mentor"), &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_clear_error (&error);

  /* A record for a case that does not exist */
  {
    g_autoptr(TfRecord) orphan = tf_record_new (form (f, "mentor"), 4242);
    tf_form_values_set_string (tf_record_get_values (orphan), "mentor", "Jonas");
    tf_record_set_starts_on (orphan, "2025-02-03");
    g_assert_false (tf_record_save (f->session, orphan, form (f, "mentor"), &error));
    g_assert_error (error, TF_ERROR, TF_ERROR_NOT_FOUND);
    g_clear_error (&error);
  }

  g_assert_cmpint (count (f, "SELECT count(*) FROM record"), ==, records);
  g_assert_cmpint (count (f, "SELECT count(*) FROM record_history"), ==, history);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_event"), ==, audit);
  g_assert_cmpint (count (f, "SELECT count(*) FROM record WHERE status = 'stopped' "
                             "OR planned_cost < 0 OR ends_on < starts_on"), ==, 0);
}

/* Reports read the values with json_extract, keyed by field id. */
static void
test_json_queryable (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(TfRecord) jonas = new_mentor (f, "Jonas Vestergaard");
  g_autoptr(TfRecord) lise = new_mentor (f, "Lise Bach");
  g_autofree char *name = NULL;

  tf_form_values_set_number (tf_record_get_values (lise), "hours", 12.5);
  tf_form_values_set_boolean (tf_record_get_values (lise), "meets-family", FALSE);
  save_ok (f, jonas);
  save_ok (f, lise);

  g_assert_cmpint (count (f, "SELECT count(*) FROM record WHERE json_valid (vals)"), ==, 2);
  name = query_text (f, "SELECT json_extract (vals, '$.mentor') FROM record "
                        "WHERE json_extract (vals, '$.hours') > 10");
  g_assert_cmpstr (name, ==, "Lise Bach");
  g_assert_cmpint (count (f, "SELECT sum (json_extract (vals, '$.fee')) FROM record "
                             "WHERE form = 'mentor'"), ==, 900000);
  g_assert_cmpint (count (f, "SELECT count(*) FROM record WHERE json_extract (vals, '$.\"meets-family\"') "
                             "IN (1, 'true')"), ==, 1);
  g_assert_cmpint (count (f, "SELECT count(*) FROM record WHERE json_extract (vals, '$.mentor') "
                             "= 'Jonas Vestergaard' AND budget_area = 'mentor'"), ==, 1);
}

static void
test_date_fallback (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(TfRecord) school = tf_record_new (form (f, "school-details"), f->case_id);
  g_autofree char *today = tf_today_iso ();

  /* No date entered in a form whose date field is optional: dated today. */
  tf_form_values_set_string (tf_record_get_values (school), "school", "Kattegatskolen");
  save_ok (f, school);
  g_assert_cmpstr (tf_record_get_date (school), ==, today);
  g_assert_cmpint (count (f, "SELECT count(*) FROM record WHERE recorded_on = date ('now', 'localtime')"), ==, 1);

  /* A record saved on an earlier day keeps its date when edited without one. */
  g_assert_true (sqlite3_exec (tf_store_get_db (f->store),
                               "UPDATE record SET recorded_on = '2024-09-02'", NULL, NULL, NULL) == SQLITE_OK);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) list = tf_record_list_for_case (f->session, f->case_id, NULL, NULL, &error);
    TfRecord *earlier = item (list, 0);

    g_assert_cmpstr (tf_record_get_date (earlier), ==, "2024-09-02");
    tf_form_values_set_string (tf_record_get_values (earlier), "school", "Auning Skole");
    save_ok (f, earlier);
    g_assert_cmpstr (tf_record_get_date (earlier), ==, "2024-09-02");
    g_assert_cmpint (count (f, "SELECT count(*) FROM record WHERE recorded_on = '2024-09-02'"), ==, 1);
    g_clear_object (&school);
    school = g_object_ref (earlier);
  }

  /* Entering one later dates it by the field. */
  tf_form_values_set_string (tf_record_get_values (school), "date", "2024-08-12");
  save_ok (f, school);
  g_assert_cmpstr (tf_record_get_date (school), ==, "2024-08-12");
}

/* Indicators */

static void
test_indicator_values (Fixture       *f,
                       gconstpointer  data)
{
  TfIndicator *absence = tf_registry_find_indicator (f->registry, "absence");
  TfIndicator *police = tf_registry_find_indicator (f->registry, "police-contacts");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) points = NULL;
  g_autoptr(GArray) other = NULL;
  g_autofree char *today = tf_today_iso ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) later = g_date_time_add_days (now, 1);
  g_autofree char *tomorrow = g_date_time_format (later, "%Y-%m-%d");
  gint64 audit;
  gboolean ok;

  g_assert_nonnull (absence);
  g_assert_nonnull (police);

  /* Added out of order; listed oldest first. */
  ok = tf_indicator_add_value (f->session, absence, f->case_id, "2025-03-31", 22.5, "Q1", &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  ok = tf_indicator_add_value (f->session, absence, f->case_id, "2024-12-31", 41.0, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  /* The bounds themselves are allowed, and so is today. */
  ok = tf_indicator_add_value (f->session, absence, f->case_id, today, 0, "  ", &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  ok = tf_indicator_add_value (f->session, police, f->case_id, "2025-01-15", 50, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (tf_audit_count (f->session, "create", "indicator-value"), ==, 4);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_event WHERE entity = 'indicator-value' "
                             "AND detail = '{\"indicator\":\"absence\"}'"), ==, 3);
  g_assert_cmpint (count (f, "SELECT count(*) FROM indicator_value WHERE area = 'school' "
                             "AND note IS NULL"), ==, 2);

  points = tf_indicator_list_values (f->session, "absence", f->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (points->len, ==, 3);
  g_assert_cmpstr (g_array_index (points, TfIndicatorPoint, 0).measured_on, ==, "2024-12-31");
  g_assert_cmpfloat (g_array_index (points, TfIndicatorPoint, 0).value, ==, 41.0);
  g_assert_cmpstr (g_array_index (points, TfIndicatorPoint, 1).measured_on, ==, "2025-03-31");
  g_assert_cmpfloat (g_array_index (points, TfIndicatorPoint, 1).value, ==, 22.5);
  g_assert_cmpstr (g_array_index (points, TfIndicatorPoint, 2).measured_on, ==, today);

  /* Out of range, in the future, or not a date: refused, nothing written. */
  audit = count (f, "SELECT count(*) FROM audit_event");
  g_assert_false (tf_indicator_add_value (f->session, absence, f->case_id, "2025-04-30", 100.5, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);
  g_assert_false (tf_indicator_add_value (f->session, absence, f->case_id, "2025-04-30", -0.1, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tf_indicator_add_value (f->session, police, f->case_id, "2025-04-30", 51, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tf_indicator_add_value (f->session, absence, f->case_id, tomorrow, 10, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tf_indicator_add_value (f->session, absence, f->case_id, "2025-02-29", 10, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tf_indicator_add_value (f->session, absence, f->case_id, NULL, 10, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tf_indicator_add_value (f->session, absence, 4242, "2025-04-30", 10, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (count (f, "SELECT count(*) FROM indicator_value"), ==, 4);
  g_assert_cmpint (count (f, "SELECT count(*) FROM audit_event"), ==, audit);

  /* Another indicator's values are its own. */
  other = tf_indicator_list_values (f->session, "police-contacts", f->case_id, &error);
  g_assert_cmpuint (other->len, ==, 1);
  g_assert_cmpfloat (g_array_index (other, TfIndicatorPoint, 0).value, ==, 50);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/record/status-ids", test_status_ids);
#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/record/create", test_create);
  ADD ("/record/changed-signal", test_changed_signal);
  ADD ("/record/update-history-conflict", test_update_history_conflict);
  ADD ("/record/soft-delete", test_soft_delete);
  ADD ("/record/delete-conflict", test_delete_conflict);
  ADD ("/record/list-filter", test_list_filter);
  ADD ("/record/intervention", test_intervention);
  ADD ("/record/intervention-rules", test_intervention_rules);
  ADD ("/record/form-rules", test_form_rules);
  ADD ("/record/refused-writes-nothing", test_refused_writes_nothing);
  ADD ("/record/json-queryable", test_json_queryable);
  ADD ("/record/date-fallback", test_date_fallback);
  ADD ("/indicator/values", test_indicator_values);
#undef ADD

  return g_test_run ();
}
