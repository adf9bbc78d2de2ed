/* test-deadline.c — statutory deadlines of a case (Barnets lov §§ 91, 95, 108)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "taskforce.h"
#include "tf-store-private.h"

/* The authority's deadlines, declared as its plugin declares them. */
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
  "\n"
  "[Field legal-decision/date]\n"
  "Label=Date of the decision\n"
  "Type=date\n"
  "Required=true\n"
  "\n"
  "[Field legal-decision/support-starts]\n"
  "Label=Support starts\n"
  "Type=date\n"
  "\n"
  "[Form action-plan]\n"
  "Title=Action plan\n"
  "Category=record\n"
  "DateField=date\n"
  "\n"
  "[Field action-plan/date]\n"
  "Label=Date\n"
  "Type=date\n"
  "Required=true\n"
  "\n"
  "[Form follow-up]\n"
  "Title=Follow-up\n"
  "Category=record\n"
  "DateField=date\n"
  "\n"
  "[Field follow-up/date]\n"
  "Label=Date\n"
  "Type=date\n"
  "Required=true\n"
  "\n"
  "[Form youth-plan]\n"
  "Title=Youth plan\n"
  "Category=record\n"
  "DateField=date\n"
  "\n"
  "[Field youth-plan/date]\n"
  "Label=Date\n"
  "Type=date\n"
  "Required=true\n"
  "\n"
  "[Deadline plan-91]\n"
  "Title=Action plan (barnets plan, § 91)\n"
  "From=legal-decision/date\n"
  "Months=3\n"
  "DoneBy=action-plan/date\n"
  "\n"
  "[Deadline follow-up-95]\n"
  "Title=First follow-up (§ 95)\n"
  "From=legal-decision/support-starts\n"
  "Months=3\n"
  "DoneBy=follow-up/date\n"
  "\n"
  "[Deadline youth-plan-108]\n"
  "Title=Youth plan (ungeplan, § 108)\n"
  "From=birthday\n"
  "Years=16\n"
  "DoneBy=youth-plan/date\n"
  "\n"
  "[Deadline first-meeting]\n"
  "Title=First meeting on the plan\n"
  "From=action-plan/date\n"
  "Days=14\n"
  "DoneBy=follow-up/date\n";

typedef struct
{
  char       *dir;
  TfStore    *store;
  TfSession  *session;
  TfRegistry *registry;
  gint64      case_id;   /* Emil, born 12 April 2010 */
} Fixture;

static gint64
open_case (Fixture    *f,
           const char *first_name,
           const char *birth_date)
{
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  g_autoptr(GError) error = NULL;
  TfReferral referral = { "2022-01-06", "school", NULL, 0 };
  gint64 case_id = 0;
  gboolean ok;

  g_object_set (person, "first-name", first_name, "last-name", "Nørgaard",
                "birth-date", birth_date, "gender", "unspecified", NULL);
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
  g_autoptr(GBytes) bytes = g_bytes_new_static (authority_area, strlen (authority_area));
  g_autoptr(TfArea) authority = NULL;
  gboolean ok;

  f->dir = g_dir_make_tmp ("tf-deadline-XXXXXX", NULL);
  path = g_build_filename (f->dir, "taskforce.db", NULL);
  f->store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->session = tf_session_new_for_login (f->store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);

  authority = tf_area_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  f->registry = tf_registry_new ();
  ok = tf_registry_add_area (f->registry, authority, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  f->case_id = open_case (f, "Emil", "2010-04-12");
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

/* Saves a record of @form_id with the date fields given as name, value pairs. */
static TfRecord *
add_record (Fixture    *f,
            gint64      case_id,
            const char *form_id,
            ...)
{
  TfForm *form = tf_registry_find_form (f->registry, form_id);
  g_autoptr(TfRecord) record = NULL;
  g_autoptr(GError) error = NULL;
  const char *field;
  va_list args;
  gboolean ok;

  g_assert_nonnull (form);
  record = tf_record_new (form, case_id);
  va_start (args, form_id);
  while ((field = va_arg (args, const char *)) != NULL)
    tf_form_values_set_string (tf_record_get_values (record), field, va_arg (args, const char *));
  va_end (args);
  ok = tf_record_save (f->session, record, form, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  return g_steal_pointer (&record);
}

static GListModel *
deadlines (Fixture *f,
           gint64   case_id)
{
  g_autoptr(GError) error = NULL;
  GListModel *list = tf_deadline_list_for_case (f->session, f->registry, case_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

/* The deadline of @rule_id in @list (transfer none), or NULL. */
static TfDeadline *
find (GListModel *list,
      const char *rule_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TfDeadline) deadline = g_list_model_get_item (list, i);

      if (g_str_equal (tf_deadline_rule_get_id (tf_deadline_get_rule (deadline)), rule_id))
        return deadline;  /* the list keeps it */
    }
  return NULL;
}

static void
test_no_anchor_no_deadline (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GListModel) list = deadlines (f, f->case_id);
  TfDeadline *youth_plan;

  /* Nothing decided yet: only the birthday rule has a starting point. */
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  youth_plan = find (list, "youth-plan-108");
  g_assert_nonnull (youth_plan);
  g_assert_null (find (list, "plan-91"));
  g_assert_null (find (list, "follow-up-95"));
  g_assert_null (find (list, "first-meeting"));

  /* A decision without a support start gives § 91, not yet § 95. */
  g_clear_object (&list);
  g_object_unref (add_record (f, f->case_id, "legal-decision", "date", "2025-01-15", NULL));
  list = deadlines (f, f->case_id);
  g_assert_nonnull (find (list, "plan-91"));
  g_assert_null (find (list, "follow-up-95"));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);

  /* An unknown case is an error, not an empty list. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GListModel) none = tf_deadline_list_for_case (f->session, f->registry, 4242, &error);
    g_assert_null (none);
    g_assert_error (error, TF_ERROR, TF_ERROR_NOT_FOUND);
  }
}

static void
test_action_plan_91 (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GListModel) list = NULL;
  g_autoptr(TfRecord) old_plan = NULL;
  g_autoptr(TfRecord) plan = NULL;
  TfDeadline *deadline;

  /* A plan from before the decision does not meet it. */
  old_plan = add_record (f, f->case_id, "action-plan", "date", "2024-11-01", NULL);
  g_object_unref (add_record (f, f->case_id, "legal-decision", "date", "2025-01-15", NULL));
  list = deadlines (f, f->case_id);
  deadline = find (list, "plan-91");
  g_assert_nonnull (deadline);
  g_assert_cmpstr (tf_deadline_get_due_on (deadline), ==, "2025-04-15");
  g_assert_null (tf_deadline_get_done_on (deadline));
  g_assert_cmpstr (tf_deadline_rule_get_title (tf_deadline_get_rule (deadline)), ==,
                   "Action plan (barnets plan, § 91)");

  /* Open: due on the day itself is not yet overdue; the day after it is. */
  g_assert_false (tf_deadline_is_overdue (deadline, "2025-03-01"));
  g_assert_false (tf_deadline_is_overdue (deadline, "2025-04-15"));
  g_assert_true (tf_deadline_is_overdue (deadline, "2025-04-16"));
  g_assert_true (tf_deadline_is_overdue (deadline, "2026-01-01"));

  /* Met by the plan made after the decision; the earliest of them counts. */
  plan = add_record (f, f->case_id, "action-plan", "date", "2025-03-20", NULL);
  g_object_unref (add_record (f, f->case_id, "action-plan", "date", "2025-03-10", NULL));
  g_clear_object (&list);
  list = deadlines (f, f->case_id);
  deadline = find (list, "plan-91");
  g_assert_cmpstr (tf_deadline_get_done_on (deadline), ==, "2025-03-10");
  g_assert_false (tf_deadline_is_overdue (deadline, "2026-01-01"));

  /* A later decision does not move the deadline: the first one starts it. */
  g_object_unref (add_record (f, f->case_id, "legal-decision", "date", "2025-06-01", NULL));
  g_clear_object (&list);
  list = deadlines (f, f->case_id);
  g_assert_cmpstr (tf_deadline_get_due_on (find (list, "plan-91")), ==, "2025-04-15");
}

static void
test_met_late (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GListModel) list = NULL;
  TfDeadline *deadline;

  g_object_unref (add_record (f, f->case_id, "legal-decision", "date", "2025-01-15", NULL));
  g_object_unref (add_record (f, f->case_id, "action-plan", "date", "2025-05-02", NULL));
  list = deadlines (f, f->case_id);
  deadline = find (list, "plan-91");
  /* Met, though late: it is done, so no longer overdue. */
  g_assert_cmpstr (tf_deadline_get_done_on (deadline), ==, "2025-05-02");
  g_assert_cmpstr (tf_deadline_get_due_on (deadline), ==, "2025-04-15");
  g_assert_false (tf_deadline_is_overdue (deadline, "2025-06-01"));
}

static void
test_deleted_records (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(TfRecord) wrong_decision = NULL;
  g_autoptr(TfRecord) plan = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;
  TfDeadline *deadline;

  /* A decision entered on the wrong date, deleted, and entered again. */
  wrong_decision = add_record (f, f->case_id, "legal-decision", "date", "2024-01-15", NULL);
  g_object_unref (add_record (f, f->case_id, "legal-decision", "date", "2025-01-15", NULL));
  plan = add_record (f, f->case_id, "action-plan", "date", "2025-02-01", NULL);
  g_assert_true (tf_record_delete (f->session, wrong_decision, &error));
  g_assert_true (tf_record_delete (f->session, plan, &error));
  g_assert_no_error (error);

  list = deadlines (f, f->case_id);
  deadline = find (list, "plan-91");
  g_assert_cmpstr (tf_deadline_get_due_on (deadline), ==, "2025-04-15");
  g_assert_null (tf_deadline_get_done_on (deadline));
  /* The deleted plan no longer starts the first meeting's deadline either. */
  g_assert_null (find (list, "first-meeting"));
}

static void
test_edited_anchor (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(TfRecord) decision = add_record (f, f->case_id, "legal-decision", "date", "2025-01-15", NULL);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GError) error = NULL;

  /* Correcting the date of the decision moves the deadline with it. */
  tf_form_values_set_string (tf_record_get_values (decision), "date", "2025-02-15");
  g_assert_true (tf_record_save (f->session, decision,
                                 tf_registry_find_form (f->registry, "legal-decision"), &error));
  g_assert_no_error (error);
  list = deadlines (f, f->case_id);
  g_assert_cmpstr (tf_deadline_get_due_on (find (list, "plan-91")), ==, "2025-05-15");
}

static void
test_follow_up_95 (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GListModel) list = NULL;
  TfDeadline *deadline;

  g_object_unref (add_record (f, f->case_id, "legal-decision", "date", "2025-01-15",
                              "support-starts", "2025-02-01", NULL));
  list = deadlines (f, f->case_id);
  deadline = find (list, "follow-up-95");
  g_assert_nonnull (deadline);
  g_assert_cmpstr (tf_deadline_get_due_on (deadline), ==, "2025-05-01");
  g_assert_null (tf_deadline_get_done_on (deadline));
  g_assert_true (tf_deadline_is_overdue (deadline, "2025-05-02"));

  /* A follow-up after the support started meets it. */
  g_object_unref (add_record (f, f->case_id, "follow-up", "date", "2025-04-20", NULL));
  g_clear_object (&list);
  list = deadlines (f, f->case_id);
  deadline = find (list, "follow-up-95");
  g_assert_cmpstr (tf_deadline_get_done_on (deadline), ==, "2025-04-20");
  g_assert_false (tf_deadline_is_overdue (deadline, "2025-05-02"));
}

static void
test_month_end (Fixture       *f,
                gconstpointer  data)
{
  gint64 leap = open_case (f, "Ida", "2009-03-01");
  gint64 plain = open_case (f, "Noah", "2009-03-02");
  gint64 long_month = open_case (f, "Alma", "2009-03-03");
  g_autoptr(GListModel) in_leap_year = NULL;
  g_autoptr(GListModel) in_plain_year = NULL;
  g_autoptr(GListModel) in_long_month = NULL;
  g_autoptr(GListModel) over_new_year = NULL;

  /* 30 November + 3 months: the end of February, leap year or not. */
  g_object_unref (add_record (f, leap, "legal-decision", "date", "2023-11-30", NULL));
  g_object_unref (add_record (f, plain, "legal-decision", "date", "2024-11-30", NULL));
  /* 31 May + 3 months is 31 August: no clamping where the month is long enough. */
  g_object_unref (add_record (f, long_month, "legal-decision", "date", "2025-05-31", NULL));
  /* Days run over the turn of the year. */
  g_object_unref (add_record (f, f->case_id, "action-plan", "date", "2024-12-25", NULL));

  in_leap_year = deadlines (f, leap);
  in_plain_year = deadlines (f, plain);
  in_long_month = deadlines (f, long_month);
  over_new_year = deadlines (f, f->case_id);
  g_assert_cmpstr (tf_deadline_get_due_on (find (in_leap_year, "plan-91")), ==, "2024-02-29");
  g_assert_cmpstr (tf_deadline_get_due_on (find (in_plain_year, "plan-91")), ==, "2025-02-28");
  g_assert_cmpstr (tf_deadline_get_due_on (find (in_long_month, "plan-91")), ==, "2025-08-31");
  g_assert_cmpstr (tf_deadline_get_due_on (find (over_new_year, "first-meeting")), ==, "2025-01-08");
}

static void
test_birthday_108 (Fixture       *f,
                   gconstpointer  data)
{
  gint64 leap_child = open_case (f, "Freja", "2008-02-29");
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GListModel) leap_list = NULL;
  TfDeadline *deadline;

  /* Emil turns 16 on 12 April 2026. */
  list = deadlines (f, f->case_id);
  deadline = find (list, "youth-plan-108");
  g_assert_cmpstr (tf_deadline_get_due_on (deadline), ==, "2026-04-12");
  g_assert_null (tf_deadline_get_done_on (deadline));
  g_assert_false (tf_deadline_is_overdue (deadline, "2026-04-12"));
  g_assert_true (tf_deadline_is_overdue (deadline, "2026-04-13"));

  /* A youth plan made while he is 15 meets it. */
  g_object_unref (add_record (f, f->case_id, "youth-plan", "date", "2025-11-03", NULL));
  g_clear_object (&list);
  list = deadlines (f, f->case_id);
  deadline = find (list, "youth-plan-108");
  g_assert_cmpstr (tf_deadline_get_done_on (deadline), ==, "2025-11-03");
  g_assert_false (tf_deadline_is_overdue (deadline, "2026-04-13"));

  /* Born on 29 February: 16 in a leap year falls on the day itself. */
  leap_list = deadlines (f, leap_child);
  g_assert_cmpstr (tf_deadline_get_due_on (find (leap_list, "youth-plan-108")), ==, "2024-02-29");
  /* Emil's youth plan is his, not Freja's. */
  g_assert_null (tf_deadline_get_done_on (find (leap_list, "youth-plan-108")));
}

static void
test_days_rule (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GListModel) list = NULL;
  TfDeadline *deadline;

  /* Days= alone: the first meeting within 14 days of the action plan. */
  g_object_unref (add_record (f, f->case_id, "action-plan", "date", "2025-03-10", NULL));
  list = deadlines (f, f->case_id);
  deadline = find (list, "first-meeting");
  g_assert_nonnull (deadline);
  g_assert_cmpstr (tf_deadline_get_due_on (deadline), ==, "2025-03-24");
  g_assert_null (tf_deadline_get_done_on (deadline));
  g_assert_true (tf_deadline_is_overdue (deadline, "2025-03-25"));

  g_object_unref (add_record (f, f->case_id, "follow-up", "date", "2025-03-12", NULL));
  g_clear_object (&list);
  list = deadlines (f, f->case_id);
  deadline = find (list, "first-meeting");
  g_assert_cmpstr (tf_deadline_get_done_on (deadline), ==, "2025-03-12");
  g_assert_false (tf_deadline_is_overdue (deadline, "2025-03-25"));
  /* The same follow-up cannot meet § 95 before any support has started. */
  g_assert_null (find (list, "follow-up-95"));
}

static void
test_sorted_by_due (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GListModel) list = NULL;
  static const char *expected[][2] = {
    { "first-meeting", "2025-02-15" },
    { "plan-91", "2025-04-15" },
    { "follow-up-95", "2025-06-01" },
    { "youth-plan-108", "2026-04-12" },
  };

  g_object_unref (add_record (f, f->case_id, "legal-decision", "date", "2025-01-15",
                              "support-starts", "2025-03-01", NULL));
  g_object_unref (add_record (f, f->case_id, "action-plan", "date", "2025-02-01", NULL));
  list = deadlines (f, f->case_id);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(TfDeadline) deadline = g_list_model_get_item (list, i);

      g_assert_cmpstr (tf_deadline_rule_get_id (tf_deadline_get_rule (deadline)), ==, expected[i][0]);
      g_assert_cmpstr (tf_deadline_get_due_on (deadline), ==, expected[i][1]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/deadline/no-anchor-no-deadline", test_no_anchor_no_deadline);
  ADD ("/deadline/action-plan-91", test_action_plan_91);
  ADD ("/deadline/met-late", test_met_late);
  ADD ("/deadline/deleted-records", test_deleted_records);
  ADD ("/deadline/edited-anchor", test_edited_anchor);
  ADD ("/deadline/follow-up-95", test_follow_up_95);
  ADD ("/deadline/month-end", test_month_end);
  ADD ("/deadline/birthday-108", test_birthday_108);
  ADD ("/deadline/days-rule", test_days_rule);
  ADD ("/deadline/sorted-by-due", test_sorted_by_due);
#undef ADD

  return g_test_run ();
}
