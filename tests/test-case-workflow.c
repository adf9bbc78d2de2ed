/* test-case-workflow.c — the screening funnel's moves, their refusals and the history
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
  gint64     case_id;
  char      *referral;   /* the referral date: 60 days ago */
} Fixture;

/* An ISO date @days from today (negative: in the past). */
static char *
day_from_today (int days)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) then = g_date_time_add_days (now, days);

  return g_date_time_format (then, "%Y-%m-%d");
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  TfReferral referral = { NULL, "school", "Absence and fights", 0 };

  f->dir = g_dir_make_tmp ("tf-workflow-XXXXXX", NULL);
  path = g_build_filename (f->dir, "taskforce.db", NULL);
  f->store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->session = tf_session_new_for_login (f->store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);

  f->referral = day_from_today (-60);
  referral.referral_date = f->referral;
  g_object_set (person, "first-name", "Emil", "last-name", "Nørgaard", "cpr", "120410-4233",
                "gender", "boy", NULL);
  g_assert_true (tf_young_person_save (f->session, person, &referral, &f->case_id, &error));
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
  g_free (f->referral);
}

static TfCase *
load (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  TfCase *kase = tf_case_load (f->session, f->case_id, &error);

  g_assert_no_error (error);
  return kase;
}

static guint
history_length (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = tf_case_list_history (f->session, f->case_id, &error);

  g_assert_no_error (error);
  return g_list_model_get_n_items (history);
}

static TfStatusChange *
history_item (Fixture *f,
              guint    position)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = tf_case_list_history (f->session, f->case_id, &error);

  g_assert_no_error (error);
  return g_list_model_get_item (history, position);
}

/* Moves the case on @days_ago days before today, asserting it works. */
static void
move (Fixture      *f,
      TfCaseStatus  to,
      int           days_ago,
      const char   *code,
      const char   *reason)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfCase) kase = load (f);
  g_autofree char *date = day_from_today (-days_ago);
  TfStatusChangeRequest request = { to, date, code, reason, 0 };

  g_assert_true (tf_case_change_status (f->session, f->case_id, tf_case_get_version (kase),
                                        &request, &error));
  g_assert_no_error (error);
}

/* Asserts a request is refused as invalid, naming @field, and that nothing
 * was written: the version and the history stay. */
static void
assert_refused (Fixture                      *f,
                const TfStatusChangeRequest  *request,
                TfStatusField                 field,
                const char                   *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfCase) before = load (f);
  g_autoptr(TfCase) after = NULL;
  guint rows = history_length (f);
  TfStatusField got = TF_STATUS_FIELD_NONE;

  g_assert_false (tf_case_check_status_change (f->session, f->case_id, request, &got, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_cmpint (got, ==, field);
  if (words != NULL)
    g_assert_nonnull (strstr (error->message, words));
  g_clear_error (&error);

  g_assert_false (tf_case_change_status (f->session, f->case_id, tf_case_get_version (before),
                                         request, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  after = load (f);
  g_assert_cmpint (tf_case_get_version (after), ==, tf_case_get_version (before));
  g_assert_cmpint (tf_case_get_status (after), ==, tf_case_get_status (before));
  g_assert_cmpuint (history_length (f), ==, rows);
}

static void
test_table (void)
{
  static const struct { TfCaseStatus from; TfCaseStatus to[3]; guint n; } expected[] = {
    { TF_CASE_STATUS_REFERRED, { TF_CASE_STATUS_RELEVANT, TF_CASE_STATUS_NOT_RELEVANT }, 2 },
    { TF_CASE_STATUS_RELEVANT, { TF_CASE_STATUS_OFFERED, TF_CASE_STATUS_NOT_RELEVANT }, 2 },
    { TF_CASE_STATUS_OFFERED, { TF_CASE_STATUS_ACCEPTED, TF_CASE_STATUS_DECLINED,
                                TF_CASE_STATUS_IN_PROCESS }, 3 },
    { TF_CASE_STATUS_IN_PROCESS, { TF_CASE_STATUS_ACCEPTED, TF_CASE_STATUS_DECLINED }, 2 },
    { TF_CASE_STATUS_ACCEPTED, { TF_CASE_STATUS_ACTIVE, TF_CASE_STATUS_DECLINED }, 2 },
    { TF_CASE_STATUS_ACTIVE, { TF_CASE_STATUS_PAUSED, TF_CASE_STATUS_CLOSED }, 2 },
    { TF_CASE_STATUS_PAUSED, { TF_CASE_STATUS_ACTIVE, TF_CASE_STATUS_CLOSED }, 2 },
    { TF_CASE_STATUS_DECLINED, { TF_CASE_STATUS_REFERRED }, 1 },
    { TF_CASE_STATUS_NOT_RELEVANT, { TF_CASE_STATUS_REFERRED }, 1 },
    { TF_CASE_STATUS_CLOSED, { 0 }, 0 },
  };
  guint total = 0;

  G_STATIC_ASSERT (G_N_ELEMENTS (expected) == TF_N_CASE_STATUSES);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      guint n = 99;
      const TfCaseStatus *next = tf_case_workflow_next (expected[i].from, &n);

      g_assert_cmpuint (n, ==, expected[i].n);
      for (guint j = 0; j < n; j++)
        {
          g_assert_cmpint (next[j], ==, expected[i].to[j]);
          g_assert_true (tf_case_workflow_allows (expected[i].from, next[j]));
        }
      total += n;
    }
  /* Nothing else is allowed: the table above is the whole funnel. */
  for (int from = 0; from < TF_N_CASE_STATUSES; from++)
    for (int to = 0; to < TF_N_CASE_STATUSES; to++)
      if (tf_case_workflow_allows (from, to))
        total--;
  g_assert_cmpuint (total, ==, 0);
  g_assert_false (tf_case_workflow_allows (TF_CASE_STATUS_REFERRED, TF_CASE_STATUS_ACTIVE));
  g_assert_false (tf_case_workflow_allows (TF_CASE_STATUS_CLOSED, TF_CASE_STATUS_REFERRED));
}

/* Opening a case writes its first history row. */
static void
test_opened_case_has_history (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(TfStatusChange) first = NULL;

  g_assert_cmpuint (history_length (f), ==, 1);
  first = history_item (f, 0);
  g_assert_cmpstr (tf_status_change_get_status (first), ==, "referred");
  g_assert_cmpstr (tf_status_change_get_valid_from (first), ==, f->referral);
  g_assert_cmpstr (tf_status_change_get_staff_name (first), ==, "Mette Holm");
  g_assert_false (tf_status_change_is_motivation (first));
}

/* Referral to closed case along the whole funnel, with every row kept. */
static void
test_whole_way (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(TfCase) kase = NULL;
  g_autoptr(TfStatusChange) last = NULL;
  g_autoptr(TfStatusChange) second = NULL;
  g_autofree char *closed_on = day_from_today (-1);
  gint64 version = 0;
  gint64 updates_before = tf_audit_count (f->session, "update", "case");

  kase = load (f);
  version = tf_case_get_version (kase);
  g_clear_object (&kase);

  move (f, TF_CASE_STATUS_RELEVANT, 50, NULL, "Screening meeting agreed");
  move (f, TF_CASE_STATUS_OFFERED, 50, NULL, NULL);
  move (f, TF_CASE_STATUS_IN_PROCESS, 45, NULL, NULL);
  move (f, TF_CASE_STATUS_ACCEPTED, 40, NULL, NULL);
  move (f, TF_CASE_STATUS_ACTIVE, 30, NULL, NULL);
  move (f, TF_CASE_STATUS_PAUSED, 20, NULL, NULL);
  move (f, TF_CASE_STATUS_ACTIVE, 10, NULL, NULL);
  move (f, TF_CASE_STATUS_CLOSED, 1, "goals-reached", "School every day since August");

  kase = load (f);
  g_assert_cmpint (tf_case_get_status (kase), ==, TF_CASE_STATUS_CLOSED);
  g_assert_cmpint (tf_case_get_version (kase), ==, version + 8);
  g_assert_cmpstr (tf_case_get_closed_on (kase), ==, closed_on);
  g_assert_cmpstr (tf_case_get_closing_reason (kase), ==, "goals-reached");
  g_assert_null (tf_case_get_follow_up_due (kase));

  g_assert_cmpuint (history_length (f), ==, 9);
  second = history_item (f, 1);
  g_assert_cmpstr (tf_status_change_get_status (second), ==, "relevant");
  g_assert_cmpstr (tf_status_change_get_reason (second), ==, "Screening meeting agreed");
  g_assert_null (tf_status_change_get_reason_label (second));
  last = history_item (f, 8);
  g_assert_cmpstr (tf_status_change_get_status (last), ==, "closed");
  g_assert_cmpstr (tf_status_change_get_valid_from (last), ==, closed_on);
  g_assert_cmpstr (tf_status_change_get_reason_code (last), ==, "goals-reached");
  g_assert_cmpstr (tf_status_change_get_reason_label (last), ==, "Goals reached");
  g_assert_cmpstr (tf_status_change_get_reason (last), ==, "School every day since August");
  g_assert_cmpstr (tf_status_change_get_staff_name (last), ==, "Mette Holm");
  g_assert_cmpint (tf_status_change_get_id (last), >, 0);

  /* Every change is in the audit log, saying what it was. */
  g_assert_cmpint (tf_audit_count (f->session, "update", "case"), ==, updates_before + 8);
  {
    sqlite3_stmt *stmt = NULL;

    sqlite3_prepare_v2 (tf_store_get_db (f->store),
                        "SELECT json_extract (detail, '$.from'), json_extract (detail, '$.to'), entity_id "
                        "FROM audit_event WHERE action = 'update' AND entity = 'case' "
                        "ORDER BY id DESC LIMIT 1", -1, &stmt, NULL);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "active");
    g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 1), ==, "closed");
    g_assert_cmpint (sqlite3_column_int64 (stmt, 2), ==, f->case_id);
    sqlite3_finalize (stmt);
  }
}

/* Moves outside the table, and the closed case, are refused. */
static void
test_refused_moves (Fixture       *f,
                    gconstpointer  data)
{
  TfStatusChangeRequest request = { TF_CASE_STATUS_ACTIVE, NULL, NULL, NULL, 0 };
  g_autofree char *yesterday = day_from_today (-1);

  assert_refused (f, &request, TF_STATUS_FIELD_STATUS, NULL);

  request.status = TF_N_CASE_STATUSES;   /* no status at all */
  assert_refused (f, &request, TF_STATUS_FIELD_STATUS, NULL);

  request.status = TF_CASE_STATUS_REFERRED;
  assert_refused (f, &request, TF_STATUS_FIELD_STATUS, "already");

  /* Never active: closing is refused with the reason, at whatever status. */
  request.status = TF_CASE_STATUS_CLOSED;
  request.reason_code = "goals-reached";
  assert_refused (f, &request, TF_STATUS_FIELD_STATUS, "never active");
  move (f, TF_CASE_STATUS_RELEVANT, 50, NULL, NULL);
  move (f, TF_CASE_STATUS_OFFERED, 50, NULL, NULL);
  move (f, TF_CASE_STATUS_DECLINED, 40, NULL, NULL);
  assert_refused (f, &request, TF_STATUS_FIELD_STATUS, "never active");

  /* Re-referral, then the way to active and closed; closed is final. */
  move (f, TF_CASE_STATUS_REFERRED, 30, NULL, "New worry from the school");
  move (f, TF_CASE_STATUS_RELEVANT, 29, NULL, NULL);
  move (f, TF_CASE_STATUS_OFFERED, 28, NULL, NULL);
  move (f, TF_CASE_STATUS_ACCEPTED, 27, NULL, NULL);
  request.status = TF_CASE_STATUS_PAUSED;
  request.reason_code = NULL;
  assert_refused (f, &request, TF_STATUS_FIELD_STATUS, NULL);
  move (f, TF_CASE_STATUS_ACTIVE, 26, NULL, NULL);
  move (f, TF_CASE_STATUS_CLOSED, 2, "moved-away", NULL);

  request.valid_from = yesterday;
  for (int to = 0; to < TF_N_CASE_STATUSES; to++)
    {
      request.status = to;
      request.reason_code = to == TF_CASE_STATUS_NOT_RELEVANT ? "not-current" : NULL;
      assert_refused (f, &request, TF_STATUS_FIELD_STATUS, NULL);
    }
}

static void
test_refused_dates (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *tomorrow = day_from_today (1);
  g_autofree char *before_referral = day_from_today (-61);
  g_autofree char *before_latest = day_from_today (-41);
  g_autofree char *on_latest = day_from_today (-40);
  TfStatusChangeRequest request = { TF_CASE_STATUS_RELEVANT, tomorrow, NULL, NULL, 0 };

  assert_refused (f, &request, TF_STATUS_FIELD_DATE, "future");
  request.valid_from = before_referral;
  assert_refused (f, &request, TF_STATUS_FIELD_DATE, "referral");
  request.valid_from = "3.12.2025";
  assert_refused (f, &request, TF_STATUS_FIELD_DATE, NULL);
  request.valid_from = "2025-02-30";
  assert_refused (f, &request, TF_STATUS_FIELD_DATE, NULL);

  move (f, TF_CASE_STATUS_RELEVANT, 40, NULL, NULL);
  request.status = TF_CASE_STATUS_OFFERED;
  request.valid_from = before_latest;
  assert_refused (f, &request, TF_STATUS_FIELD_DATE, "latest change");

  /* The same day as the latest change is fine: a screening meeting may
   * judge a case relevant and offer it at once. */
  move (f, TF_CASE_STATUS_OFFERED, 40, NULL, NULL);
  {
    g_autoptr(TfStatusChange) row = history_item (f, 2);
    g_assert_cmpstr (tf_status_change_get_valid_from (row), ==, on_latest);
  }
}

static void
test_refused_reasons (Fixture       *f,
                      gconstpointer  data)
{
  TfStatusChangeRequest request = { TF_CASE_STATUS_NOT_RELEVANT, NULL, NULL, NULL, 0 };
  g_autoptr(TfCase) kase = NULL;
  g_autoptr(TfStatusChange) row = NULL;

  assert_refused (f, &request, TF_STATUS_FIELD_REASON_CODE, NULL);
  request.reason_code = "goals-reached";   /* a closing reason, not a screening one */
  assert_refused (f, &request, TF_STATUS_FIELD_REASON_CODE, NULL);
  request.reason_code = "other";
  request.reason = "   ";
  assert_refused (f, &request, TF_STATUS_FIELD_REASON, NULL);
  request.reason_code = "has-intervention";
  request.motivation = 4;
  assert_refused (f, &request, TF_STATUS_FIELD_MOTIVATION, NULL);

  move (f, TF_CASE_STATUS_NOT_RELEVANT, 30, "other", "Family moves abroad");
  kase = load (f);
  g_assert_cmpstr (tf_case_get_screening_reason (kase), ==, "other");
  g_assert_false (tf_case_status_is_open (tf_case_get_status (kase)));
  g_assert_null (tf_case_get_follow_up_due (kase));
  row = history_item (f, 1);
  g_assert_cmpstr (tf_status_change_get_reason_code (row), ==, "other");
  g_assert_cmpstr (tf_status_change_get_reason_label (row), ==, "Other reason");
  g_assert_cmpstr (tf_status_change_get_reason (row), ==, "Family moves abroad");
  g_clear_object (&kase);

  /* A re-referral: the screening reason no longer describes the case. */
  move (f, TF_CASE_STATUS_REFERRED, 10, NULL, NULL);
  kase = load (f);
  g_assert_null (tf_case_get_screening_reason (kase));
  g_assert_nonnull (tf_case_get_follow_up_due (kase));
  g_clear_object (&kase);

  /* Closing needs a known closing reason. */
  move (f, TF_CASE_STATUS_RELEVANT, 9, NULL, NULL);
  move (f, TF_CASE_STATUS_OFFERED, 9, NULL, NULL);
  move (f, TF_CASE_STATUS_ACCEPTED, 8, NULL, NULL);
  move (f, TF_CASE_STATUS_ACTIVE, 7, NULL, NULL);
  request = (TfStatusChangeRequest) { TF_CASE_STATUS_CLOSED, NULL, NULL, NULL, 0 };
  assert_refused (f, &request, TF_STATUS_FIELD_REASON_CODE, "closed");
  request.reason_code = "not-current";
  assert_refused (f, &request, TF_STATUS_FIELD_REASON_CODE, NULL);
}

static void
test_unknown_case (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  TfStatusChangeRequest request = { TF_CASE_STATUS_RELEVANT, NULL, NULL, NULL, 0 };

  g_assert_false (tf_case_change_status (f->session, 9999, 1, &request, &error));
  g_assert_nonnull (error);
  g_assert_true (g_error_matches (error, TF_ERROR, TF_ERROR_NOT_FOUND) ||
                 g_error_matches (error, TF_ERROR, TF_ERROR_DENIED));
  g_assert_cmpuint (history_length (f), ==, 1);
}

/* The second desk's change is refused, not written over the first. */
static void
test_conflict (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfCase) opened = load (f);
  g_autoptr(TfCase) now = NULL;
  TfStatusChangeRequest mine = { TF_CASE_STATUS_NOT_RELEVANT, NULL, "not-current", NULL, 0 };

  move (f, TF_CASE_STATUS_RELEVANT, 5, NULL, NULL);
  g_assert_false (tf_case_change_status (f->session, f->case_id, tf_case_get_version (opened),
                                         &mine, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_clear_error (&error);
  now = load (f);
  g_assert_cmpint (tf_case_get_status (now), ==, TF_CASE_STATUS_RELEVANT);
  g_assert_cmpuint (history_length (f), ==, 2);

  /* Saving again on top of the new version works. */
  g_assert_true (tf_case_change_status (f->session, f->case_id, tf_case_get_version (now),
                                        &mine, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (history_length (f), ==, 3);

  /* A motivation change checks the version too. */
  g_assert_false (tf_case_set_motivation (f->session, f->case_id, tf_case_get_version (now), 2,
                                          NULL, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_CONFLICT);
  g_assert_cmpuint (history_length (f), ==, 3);
}

static void
test_motivation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfCase) kase = NULL;
  g_autoptr(TfStatusChange) row = NULL;
  g_autofree char *tomorrow = day_from_today (1);
  g_autofree char *day = day_from_today (-20);
  TfStatusChangeRequest relevant = { TF_CASE_STATUS_RELEVANT, NULL, NULL, NULL, 3 };
  g_autofree char *screening = day_from_today (-30);
  gint64 updates = tf_audit_count (f->session, "update", "case");

  /* Recorded at the screening with the status change. */
  relevant.valid_from = screening;
  kase = load (f);
  g_assert_cmpint (tf_case_get_motivation (kase), ==, 0);
  g_assert_true (tf_case_change_status (f->session, f->case_id, tf_case_get_version (kase),
                                        &relevant, &error));
  g_assert_no_error (error);
  g_clear_object (&kase);
  kase = load (f);
  g_assert_cmpint (tf_case_get_motivation (kase), ==, 3);
  row = history_item (f, 1);
  g_assert_cmpint (tf_status_change_get_motivation (row), ==, 3);
  g_clear_object (&row);

  /* The check says which field a refusal is about. */
  {
    TfStatusField field = TF_STATUS_FIELD_NONE;

    g_assert_false (tf_case_check_motivation_change (f->session, f->case_id, 5, NULL, &field, &error));
    g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
    g_assert_cmpint (field, ==, TF_STATUS_FIELD_MOTIVATION);
    g_clear_error (&error);
    g_assert_false (tf_case_check_motivation_change (f->session, f->case_id, 2, tomorrow, &field, &error));
    g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
    g_assert_cmpint (field, ==, TF_STATUS_FIELD_DATE);
    g_clear_error (&error);
    g_assert_true (tf_case_check_motivation_change (f->session, f->case_id, 2, day, &field, &error));
    g_assert_no_error (error);
  }

  /* Refusals: category, date; nothing written. */
  g_assert_false (tf_case_set_motivation (f->session, f->case_id, tf_case_get_version (kase), 0,
                                          NULL, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tf_case_set_motivation (f->session, f->case_id, tf_case_get_version (kase), 4,
                                          NULL, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tf_case_set_motivation (f->session, f->case_id, tf_case_get_version (kase), 1,
                                          tomorrow, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tf_case_set_motivation (f->session, f->case_id, tf_case_get_version (kase), 1,
                                          f->referral, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (history_length (f), ==, 2);

  /* Changed later while the status stays. */
  g_assert_true (tf_case_set_motivation (f->session, f->case_id, tf_case_get_version (kase), 1,
                                         day, "Wants to start football", &error));
  g_assert_no_error (error);
  g_clear_object (&kase);
  kase = load (f);
  g_assert_cmpint (tf_case_get_motivation (kase), ==, 1);
  g_assert_cmpint (tf_case_get_status (kase), ==, TF_CASE_STATUS_RELEVANT);
  g_assert_cmpuint (history_length (f), ==, 3);
  row = history_item (f, 2);
  g_assert_true (tf_status_change_is_motivation (row));
  g_assert_cmpstr (tf_status_change_get_status (row), ==, "relevant");
  g_assert_cmpint (tf_status_change_get_motivation (row), ==, 1);
  g_assert_cmpstr (tf_status_change_get_valid_from (row), ==, day);
  g_assert_cmpstr (tf_status_change_get_reason (row), ==, "Wants to start football");
  g_assert_cmpint (tf_audit_count (f->session, "update", "case"), ==, updates + 2);
  g_clear_object (&row);

  /* A status change without a category leaves it. */
  move (f, TF_CASE_STATUS_OFFERED, 10, NULL, NULL);
  g_clear_object (&kase);
  kase = load (f);
  g_assert_cmpint (tf_case_get_motivation (kase), ==, 1);
  row = history_item (f, 3);
  g_assert_cmpint (tf_status_change_get_motivation (row), ==, 0);
  g_clear_object (&kase);

  /* A closed case keeps its category. */
  move (f, TF_CASE_STATUS_ACCEPTED, 9, NULL, NULL);
  move (f, TF_CASE_STATUS_ACTIVE, 8, NULL, NULL);
  move (f, TF_CASE_STATUS_CLOSED, 1, "turned-18", NULL);
  kase = load (f);
  g_assert_false (tf_case_set_motivation (f->session, f->case_id, tf_case_get_version (kase), 2,
                                          NULL, NULL, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "closed"));
  g_assert_cmpuint (history_length (f), ==, 7);
  g_assert_cmpint (tf_case_get_motivation (kase), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/case-workflow/table", test_table);
#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/case-workflow/opened", test_opened_case_has_history);
  ADD ("/case-workflow/whole-way", test_whole_way);
  ADD ("/case-workflow/refused/moves", test_refused_moves);
  ADD ("/case-workflow/refused/dates", test_refused_dates);
  ADD ("/case-workflow/refused/reasons", test_refused_reasons);
  ADD ("/case-workflow/unknown-case", test_unknown_case);
  ADD ("/case-workflow/conflict", test_conflict);
  ADD ("/case-workflow/motivation", test_motivation);
#undef ADD

  return g_test_run ();
}
