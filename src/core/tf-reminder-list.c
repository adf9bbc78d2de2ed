/* tf-reminder-list.c — which reminders are due for the person at the desk,
 * and which of them went out already
 *
 * Nothing here is stored but the keys sent: the reminders are worked out from
 * the meetings, tasks, cases, consents and records each time, so they always
 * agree with them. Each rule reads through an index (meeting_by_day,
 * task_by_staff, cases_by_follow_up_due or cases_by_coordinator_id,
 * consent_by_until); the statutory deadlines are worked out per open case
 * the person coordinates, through tf_deadline_list_for_case(), so they are
 * the same deadlines the case window shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-consent.h"
#include "tf-day-private.h"
#include "tf-deadline.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-reminder-private.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

/* The statuses of a case that is no longer open (see cases.follow_up_due). */
#define CASE_IS_OPEN(k) k ".status NOT IN ('closed', 'declined', 'not-relevant')"

typedef struct
{
  TfSession *session;
  TfStore   *store;
  gint64     staff_id;
  char       today[11];
  char       tomorrow[11];
  char       task_horizon[11];
  char       deadline_horizon[11];
  GPtrArray *reminders;   /* of TfReminder */
} Walk;

static void
walk_clear (Walk *walk)
{
  g_clear_pointer (&walk->reminders, g_ptr_array_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Walk, walk_clear)

/* Overdue before today, due today, else upcoming. */
static TfReminderUrgency
urgency_of (Walk       *walk,
            const char *date)
{
  int cmp = strcmp (date, walk->today);

  return cmp < 0 ? TF_REMINDER_OVERDUE : cmp == 0 ? TF_REMINDER_DUE : TF_REMINDER_UPCOMING;
}

/* "What — Emil Nørgaard", or just "What" when there is no young person. */
static char *
with_name (const char *what,
           const char *name)
{
  if (name == NULL || *name == '\0')
    return g_strdup (what);
  /* TRANSLATORS: a reminder's subject and the young person it concerns */
  return g_strdup_printf (_("%s — %s"), what, name);
}

/* The sentence under a reminder of something due on @date. */
static char *
due_sentence (Walk       *walk,
              const char *date)
{
  g_autofree char *shown = tf_format_date (date);

  switch (urgency_of (walk, date))
    {
    case TF_REMINDER_OVERDUE:
      return g_strdup_printf (_("It was due on %s."), shown);
    case TF_REMINDER_DUE:
      return g_strdup (_("It is due today."));
    case TF_REMINDER_UPCOMING:
    default:
      return g_strdup_printf (_("It is due on %s."), shown);
    }
}

/* Meetings tomorrow */

static gboolean
add_meetings (Walk     *walk,
              GError  **error)
{
  gboolean everyone = tf_session_get_role (walk->session) == TF_ROLE_COORDINATOR;
  g_autoptr(TfStmt) stmt = tf_store_prepare (walk->store,
    "SELECT m.id, m.kind, m.case_id, m.title, m.start_time, m.place, "
    "       y.first_name || ' ' || y.last_name "
    "FROM meeting m "
    "LEFT JOIN cases k ON k.id = m.case_id "
    "LEFT JOIN young_person y ON y.id = k.young_person_id "
    "WHERE m.held_on = ?1 AND m.status = 'planned' "
    "  AND (m.case_id IS NULL OR " CASE_IS_OPEN ("k") ") "
    "  AND (?2 OR EXISTS (SELECT 1 FROM meeting_participant p "
    "                     WHERE p.meeting_id = m.id AND p.staff_id = ?3)) "
    "ORDER BY m.start_time, m.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, walk->tomorrow, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, everyone);
  sqlite3_bind_int64 (stmt, 3, walk->staff_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *kind = (const char *) sqlite3_column_text (stmt, 1);
      const char *title = (const char *) sqlite3_column_text (stmt, 3);
      const char *start = (const char *) sqlite3_column_text (stmt, 4);
      const char *place = (const char *) sqlite3_column_text (stmt, 5);
      const char *name = (const char *) sqlite3_column_text (stmt, 6);
      g_autoptr(GString) body = g_string_new (NULL);
      char *heading;

      /* TRANSLATORS: %s is the meeting's start time, "13:00" */
      if (g_strcmp0 (kind, "screening") == 0)
        heading = g_strdup_printf (_("Screening meeting tomorrow at %s"), start);
      else if (g_strcmp0 (kind, "network") == 0)
        heading = g_strdup_printf (_("Network meeting tomorrow at %s"), start);
      else
        heading = g_strdup_printf (_("Taskforce meeting tomorrow at %s"), start);

      if (title != NULL && *title != '\0')
        g_string_append (body, title);
      if (name != NULL)
        {
          if (body->len > 0)
            g_string_append_c (body, '\n');
          g_string_append_printf (body, _("About %s"), name);
        }
      if (place != NULL && *place != '\0')
        {
          if (body->len > 0)
            g_string_append_c (body, '\n');
          g_string_append_printf (body, _("Place: %s"), place);
        }
      g_ptr_array_add (walk->reminders,
        _tf_reminder_new (TF_REMINDER_MEETING_TOMORROW, TF_REMINDER_UPCOMING,
                          g_strdup_printf ("meeting-tomorrow:%" G_GINT64_FORMAT, id),
                          sqlite3_column_int64 (stmt, 2), id, heading,
                          g_string_free (g_steal_pointer (&body), FALSE), walk->tomorrow));
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (walk->store, error);
  return TRUE;
}

/* Tasks: overdue, due today, upcoming */

static gboolean
add_tasks (Walk     *walk,
           GError  **error)
{
  /* task_by_staff (staff_id, due_on) WHERE done_on IS NULL: the person's
   * open tasks up to the horizon, nothing else. */
  g_autoptr(TfStmt) stmt = tf_store_prepare (walk->store,
    "SELECT t.id, t.what, t.due_on, t.case_id, y.first_name || ' ' || y.last_name "
    "FROM task t "
    "LEFT JOIN cases k ON k.id = t.case_id "
    "LEFT JOIN young_person y ON y.id = k.young_person_id "
    "WHERE t.staff_id = ?1 AND t.done_on IS NULL AND t.due_on <= ?2 "
    "  AND (t.case_id IS NULL OR " CASE_IS_OPEN ("k") ") "
    "ORDER BY t.due_on, t.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, walk->staff_id);
  sqlite3_bind_text (stmt, 2, walk->task_horizon, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *due = (const char *) sqlite3_column_text (stmt, 2);
      g_autofree char *subject = with_name ((const char *) sqlite3_column_text (stmt, 1),
                                            (const char *) sqlite3_column_text (stmt, 4));
      TfReminderUrgency urgency;
      TfReminderKind kind;
      char *key, *title;

      if (due == NULL || !tf_iso_date_is_valid (due))
        continue;
      urgency = urgency_of (walk, due);
      switch (urgency)
        {
        case TF_REMINDER_OVERDUE:
          kind = TF_REMINDER_TASK_OVERDUE;
          key = g_strdup_printf ("task-overdue:%" G_GINT64_FORMAT, id);
          title = g_strdup_printf (_("Task overdue: %s"), subject);
          break;
        case TF_REMINDER_DUE:
          kind = TF_REMINDER_TASK_DUE_TODAY;
          key = g_strdup_printf ("task-due:%" G_GINT64_FORMAT ":%s", id, due);
          title = g_strdup_printf (_("Task due today: %s"), subject);
          break;
        case TF_REMINDER_UPCOMING:
        default:
          kind = TF_REMINDER_TASK_UPCOMING;
          key = g_strdup_printf ("task-upcoming:%" G_GINT64_FORMAT, id);
          title = g_strdup_printf (_("Task due soon: %s"), subject);
          break;
        }
      g_ptr_array_add (walk->reminders,
        _tf_reminder_new (kind, urgency, key, sqlite3_column_int64 (stmt, 3), 0,
                          title, due_sentence (walk, due), due));
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (walk->store, error);
  return TRUE;
}

/* Follow-up dates reached */

static gboolean
add_follow_ups (Walk     *walk,
                GError  **error)
{
  /* follow_up_due is never after next_follow_up and NULL on a case no
   * longer open, so either cases_by_coordinator_id or cases_by_follow_up_due
   * narrows the walk (SQLite picks; both stay within the index). */
  g_autoptr(TfStmt) stmt = tf_store_prepare (walk->store,
    "SELECT k.id, k.next_follow_up, y.first_name || ' ' || y.last_name "
    "FROM cases k JOIN young_person y ON y.id = k.young_person_id "
    "WHERE k.follow_up_due <= ?2 AND k.coordinator_id = ?1 "
    "  AND k.next_follow_up <= ?2 AND " CASE_IS_OPEN ("k") " "
    "ORDER BY k.next_follow_up, k.id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, walk->staff_id);
  sqlite3_bind_text (stmt, 2, walk->today, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 case_id = sqlite3_column_int64 (stmt, 0);
      const char *date = (const char *) sqlite3_column_text (stmt, 1);
      const char *name = (const char *) sqlite3_column_text (stmt, 2);
      g_autofree char *shown = NULL;
      char *body;

      if (date == NULL || !tf_iso_date_is_valid (date))
        continue;
      shown = tf_format_date (date);
      if (strcmp (date, walk->today) == 0)
        body = g_strdup (_("The action plan is to be followed up today."));
      else
        body = g_strdup_printf (_("The action plan was to be followed up on %s."), shown);
      g_ptr_array_add (walk->reminders,
        _tf_reminder_new (TF_REMINDER_PLAN_FOLLOW_UP, urgency_of (walk, date),
                          g_strdup_printf ("plan-follow-up:%" G_GINT64_FORMAT ":%s", case_id, date),
                          case_id, 0, g_strdup_printf (_("Follow-up date reached: %s"), name),
                          body, date));
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (walk->store, error);
  return TRUE;
}

/* Statutory deadlines the work areas declare */

typedef struct
{
  gint64  case_id;
  char   *name;
} CaseRef;

static void
case_ref_clear (gpointer data)
{
  g_free (((CaseRef *) data)->name);
}

static gboolean
add_deadlines (Walk        *walk,
               TfRegistry  *registry,
               GError     **error)
{
  g_autoptr(GPtrArray) rules = tf_registry_list_deadline_rules (registry);
  g_autoptr(GArray) cases = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  int rc;

  if (rules == NULL || rules->len == 0)
    return TRUE;

  /* The open cases the person coordinates (cases_by_coordinator_id); the
   * deadlines of each are worked out from its records. */
  cases = g_array_new (FALSE, FALSE, sizeof (CaseRef));
  g_array_set_clear_func (cases, case_ref_clear);
  stmt = tf_store_prepare (walk->store,
    "SELECT k.id, y.first_name || ' ' || y.last_name "
    "FROM cases k JOIN young_person y ON y.id = k.young_person_id "
    "WHERE k.coordinator_id = ?1 AND " CASE_IS_OPEN ("k") " ORDER BY k.id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, walk->staff_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      CaseRef ref = { sqlite3_column_int64 (stmt, 0), tf_stmt_dup_text (stmt, 1) };

      g_array_append_val (cases, ref);
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (walk->store, error);
  /* The statements of tf_deadline_list_for_case() run after this one ends. */
  tf_stmt_release (g_steal_pointer (&stmt));

  for (guint i = 0; i < cases->len; i++)
    {
      CaseRef *ref = &g_array_index (cases, CaseRef, i);
      g_autoptr(GListModel) deadlines = tf_deadline_list_for_case (walk->session, registry,
                                                                   ref->case_id, error);
      guint n;

      if (deadlines == NULL)
        return FALSE;
      n = g_list_model_get_n_items (deadlines);
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(TfDeadline) deadline = g_list_model_get_item (deadlines, j);
          TfDeadlineRule *rule = tf_deadline_get_rule (deadline);
          const char *due = tf_deadline_get_due_on (deadline);
          g_autofree char *subject = NULL;

          /* Met, or further off than the horizon: nothing to remind of. */
          if (tf_deadline_get_done_on (deadline) != NULL ||
              strcmp (due, walk->deadline_horizon) > 0)
            continue;
          subject = with_name (tf_deadline_rule_get_title (rule), ref->name);
          g_ptr_array_add (walk->reminders,
            _tf_reminder_new (TF_REMINDER_DEADLINE, urgency_of (walk, due),
                              g_strdup_printf ("deadline:%s:%s:%" G_GINT64_FORMAT ":%s",
                                               tf_deadline_rule_get_area_id (rule),
                                               tf_deadline_rule_get_id (rule),
                                               ref->case_id, due),
                              ref->case_id, 0,
                              g_strdup_printf (_("Deadline: %s"), subject),
                              due_sentence (walk, due), due));
        }
    }
  return TRUE;
}

/* Consents running out */

static gboolean
add_consents (Walk     *walk,
              GError  **error)
{
  g_autoptr(GListModel) expiring = tf_consent_list_expiring (walk->session, walk->today,
                                                             TF_REMINDER_CONSENT_DAYS, error);
  guint n;

  if (expiring == NULL)
    return FALSE;
  n = g_list_model_get_n_items (expiring);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfConsent) consent = g_list_model_get_item (expiring, i);
      g_autoptr(TfStmt) stmt = tf_store_prepare (walk->store,
        "SELECT y.first_name || ' ' || y.last_name FROM cases k "
        "JOIN young_person y ON y.id = k.young_person_id "
        "WHERE k.id = ?1 AND k.coordinator_id = ?2", error);
      const char *until = tf_consent_get_valid_until (consent);
      g_autofree char *shown = NULL;
      g_autofree char *name = NULL;
      int rc;

      if (stmt == NULL)
        return FALSE;
      /* The list holds every open case's consents; only the person's own
       * cases remind them. */
      sqlite3_bind_int64 (stmt, 1, tf_consent_get_case_id (consent));
      sqlite3_bind_int64 (stmt, 2, walk->staff_id);
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_DONE)
        continue;
      if (rc != SQLITE_ROW)
        return tf_store_set_error (walk->store, error);
      name = tf_stmt_dup_text (stmt, 0);
      shown = tf_format_date (until);
      g_ptr_array_add (walk->reminders,
        _tf_reminder_new (TF_REMINDER_CONSENT_EXPIRING,
                          strcmp (until, walk->today) <= 0 ? TF_REMINDER_DUE : TF_REMINDER_UPCOMING,
                          g_strdup_printf ("consent-expiring:%" G_GINT64_FORMAT ":%s",
                                           tf_consent_get_id (consent), until),
                          tf_consent_get_case_id (consent), 0,
                          /* TRANSLATORS: the young person's name, then a date */
                          g_strdup_printf (_("Consent for %s runs out on %s"), name, shown),
                          g_strdup (_("Ask for a new consent, or the member organisations "
                                      "may no longer share information about the case.")),
                          until));
    }
  return TRUE;
}

/* Which went out already */

static gboolean
mark_sent_ones (Walk     *walk,
                GError  **error)
{
  for (guint i = 0; i < walk->reminders->len; i++)
    {
      TfReminder *reminder = g_ptr_array_index (walk->reminders, i);
      g_autoptr(TfStmt) stmt = tf_store_prepare (walk->store,
        "SELECT 1 FROM reminder_sent WHERE reminder_key = ?1 AND staff_id = ?2", error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, tf_reminder_get_key (reminder), -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, walk->staff_id);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return tf_store_set_error (walk->store, error);
      _tf_reminder_set_sent (reminder, rc == SQLITE_ROW);
    }
  return TRUE;
}

static GPtrArray *
collect (TfSession   *session,
         TfRegistry  *registry,
         const char  *today,
         GError     **error)
{
  g_auto(Walk) walk = { 0 };
  g_autofree char *now = NULL;
  gint32 day;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (registry == NULL || TF_IS_REGISTRY (registry), NULL);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  if (today == NULL)
    today = now = tf_today_iso ();
  if (!_tf_day_parse (today, &day))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("Not a date: %s"), today);
      return NULL;
    }

  walk.session = session;
  walk.store = tf_session_get_store (session);
  walk.staff_id = tf_session_get_staff_id (session);
  _tf_day_format (day, walk.today);
  _tf_day_format (day + 1, walk.tomorrow);
  _tf_day_format (day + TF_REMINDER_TASK_DAYS, walk.task_horizon);
  _tf_day_format (day + TF_REMINDER_DEADLINE_DAYS, walk.deadline_horizon);
  walk.reminders = g_ptr_array_new_with_free_func (g_object_unref);

  if (!add_meetings (&walk, error) ||
      !add_tasks (&walk, error) ||
      !add_follow_ups (&walk, error) ||
      (registry != NULL && !add_deadlines (&walk, registry, error)) ||
      !add_consents (&walk, error) ||
      !mark_sent_ones (&walk, error))
    return NULL;
  g_ptr_array_sort (walk.reminders, _tf_reminder_compare);
  return g_steal_pointer (&walk.reminders);
}

static GListModel *
to_model (GPtrArray *reminders,
          gboolean   unsent_only)
{
  GListStore *list = g_list_store_new (TF_TYPE_REMINDER);

  for (guint i = 0; i < reminders->len; i++)
    {
      TfReminder *reminder = g_ptr_array_index (reminders, i);

      if (!unsent_only || !tf_reminder_get_sent (reminder))
        g_list_store_append (list, reminder);
    }
  return G_LIST_MODEL (list);
}

GListModel *
tf_reminder_list (TfSession   *session,
                  TfRegistry  *registry,
                  const char  *today,
                  GError     **error)
{
  g_autoptr(GPtrArray) reminders = collect (session, registry, today, error);

  return reminders != NULL ? to_model (reminders, FALSE) : NULL;
}

GListModel *
tf_reminder_list_unsent (TfSession   *session,
                         TfRegistry  *registry,
                         const char  *today,
                         GError     **error)
{
  g_autoptr(GPtrArray) reminders = collect (session, registry, today, error);

  return reminders != NULL ? to_model (reminders, TRUE) : NULL;
}

gboolean
tf_reminder_mark_sent (TfSession           *session,
                       const char * const  *keys,
                       GError             **error)
{
  g_autoptr(TfTransaction) tx = NULL;
  TfStore *store;
  gint64 now = tf_now_seconds ();

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (keys != NULL, FALSE);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return FALSE;
  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  /* No audit event: a reminder sent says nothing about a case, and the
   * row itself records who and when. */
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(TfStmt) stmt = tf_store_prepare (store,
        "INSERT OR IGNORE INTO reminder_sent (reminder_key, staff_id, sent_at) "
        "VALUES (?1, ?2, ?3)", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, keys[i], -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (stmt, 2, tf_session_get_staff_id (session));
      sqlite3_bind_int64 (stmt, 3, now);
      if (!tf_store_step_done (store, stmt, error))
        return FALSE;
    }
  tf_transaction_changed (tx, "reminder", 0);
  return tf_transaction_commit (tx, error);
}
