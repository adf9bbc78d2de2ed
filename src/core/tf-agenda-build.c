/* tf-agenda-build.c — the agenda builder, and what changed in a case since
 * the last meeting, so nobody prepares an item by hand
 *
 * Each query of describe_changes reads one case through that table's index
 * on case_id (note_by_case, assessment_by_case, case_status_history_by_case,
 * agenda_item_by_case, task_by_case, indicator_value_by_case,
 * consent_by_case, action_plan's UNIQUE (case_id, version)).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-agenda.h"
#include "tf-audit.h"
#include "tf-case-status.h"
#include "tf-consent.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-meeting-private.h"
#include "tf-util-private.h"

typedef struct
{
  gint64  case_id;
  char   *name;
} Due;

static void
due_clear (Due *due)
{
  g_free (due->name);
}

/* Runs one of the builder's queries (?1 the meeting day, ?2 the meeting)
 * and appends its cases to @out. */
static gboolean
collect_due (TfStore     *store,
             TfStmt      *stmt,
             TfMeeting   *meeting,
             GArray      *out,
             GError     **error)
{
  int rc;

  sqlite3_bind_text (stmt, 1, tf_meeting_get_held_on (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, tf_meeting_get_id (meeting));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      Due due = { sqlite3_column_int64 (stmt, 0), tf_stmt_dup_text (stmt, 1) };
      g_array_append_val (out, due);
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (store, error);
  return TRUE;
}

static char *
item_title (const char *reason,
            const char *name)
{
  /* Translators: an agenda item's title; %s is a young person's name */
  if (g_str_equal (reason, "follow-up"))
    return g_strdup_printf (_("%s — follow-up"), name);
  /* Translators: an agenda item's title; %s is a young person's name */
  if (g_str_equal (reason, "screening"))
    return g_strdup_printf (_("%s — screening"), name);
  /* Translators: an agenda item's title; %s is a young person's name */
  return g_strdup_printf (_("%s — plan revision"), name);
}

/* Adds the collected cases with @reason. */
static int
add_due (TfStore     *store,
         TfMeeting   *meeting,
         GArray      *due,
         const char  *reason,
         GError     **error)
{
  for (guint i = 0; i < due->len; i++)
    {
      Due *d = &g_array_index (due, Due, i);
      g_autofree char *title = item_title (reason, d->name);

      if (_tf_agenda_insert (store, tf_meeting_get_id (meeting), d->case_id,
                             reason, title, error) == 0)
        return -1;
    }
  return (int) due->len;
}

#define OPEN_CASE "c.status NOT IN ('closed', 'declined', 'not-relevant') "
#define NOT_ON_AGENDA \
  "NOT EXISTS (SELECT 1 FROM agenda_item a WHERE a.meeting_id = ?2 AND a.case_id = c.id) "

int
tf_agenda_build (TfSession  *session,
                 gint64      meeting_id,
                 GError    **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfMeeting) meeting = NULL;
  const char *kind;
  int added = 0, n;

  g_return_val_if_fail (TF_IS_SESSION (session), -1);

  if (!tf_access_check_store (session, TF_ACCESS_EDIT, error))
    return -1;
  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return -1;
  meeting = _tf_meeting_load_planned (session, meeting_id, error);
  if (meeting == NULL)
    return -1;
  kind = tf_meeting_get_kind (meeting);
  if (g_str_equal (kind, "network"))
    return 0;

  /* Each kind's cases are read in full before any is added, and each query
   * skips the cases already on the agenda: a case gets one item. */
  if (g_str_equal (kind, "taskforce"))
    {
      g_autoptr(GArray) due = g_array_new (FALSE, FALSE, sizeof (Due));
      g_autoptr(TfStmt) stmt = tf_store_prepare (store,
        "SELECT c.id, yp.first_name || ' ' || yp.last_name FROM cases c "
        "JOIN young_person yp ON yp.id = c.young_person_id "
        /* the very expression of cases_by_follow_up, so the index serves */
        "WHERE coalesce (c.next_follow_up, '9999-12-31') <= ?1 AND " OPEN_CASE "AND " NOT_ON_AGENDA
        "ORDER BY c.next_follow_up, c.sort_name, c.id", error);

      g_array_set_clear_func (due, (GDestroyNotify) due_clear);
      if (stmt == NULL || !collect_due (store, stmt, meeting, due, error))
        return -1;
      g_clear_pointer (&stmt, tf_stmt_release);
      n = add_due (store, meeting, due, "follow-up", error);
      if (n < 0)
        return -1;
      added += n;
    }
  else
    {
      g_autoptr(GArray) due = g_array_new (FALSE, FALSE, sizeof (Due));
      g_autoptr(TfStmt) stmt = tf_store_prepare (store,
        "SELECT c.id, yp.first_name || ' ' || yp.last_name FROM cases c "
        "JOIN young_person yp ON yp.id = c.young_person_id "
        "WHERE c.status = 'referred' AND c.referral_date <= ?1 AND " NOT_ON_AGENDA
        "ORDER BY c.referral_date, c.sort_name, c.id", error);

      g_array_set_clear_func (due, (GDestroyNotify) due_clear);
      if (stmt == NULL || !collect_due (store, stmt, meeting, due, error))
        return -1;
      g_clear_pointer (&stmt, tf_stmt_release);
      n = add_due (store, meeting, due, "screening", error);
      if (n < 0)
        return -1;
      added += n;
    }

  {
    g_autoptr(GArray) due = g_array_new (FALSE, FALSE, sizeof (Due));
    g_autoptr(TfStmt) stmt = tf_store_prepare (store,
      "SELECT c.id, yp.first_name || ' ' || yp.last_name FROM action_plan p "
      "JOIN cases c ON c.id = p.case_id "
      "JOIN young_person yp ON yp.id = c.young_person_id "
      "WHERE p.version = (SELECT max (version) FROM action_plan WHERE case_id = p.case_id) "
      "AND p.next_follow_up <= ?1 AND " OPEN_CASE "AND " NOT_ON_AGENDA
      "ORDER BY p.next_follow_up, c.sort_name, c.id", error);

    g_array_set_clear_func (due, (GDestroyNotify) due_clear);
    if (stmt == NULL || !collect_due (store, stmt, meeting, due, error))
      return -1;
    g_clear_pointer (&stmt, tf_stmt_release);
    n = add_due (store, meeting, due, "plan-revision", error);
    if (n < 0)
      return -1;
    added += n;
  }

  if (added > 0)
    {
      g_autofree char *detail = g_strdup_printf ("{\"added\":%d}", added);

      if (!tf_audit_record (session, "build", "meeting", meeting_id, 0, detail, error))
        return -1;
      tf_transaction_changed (tx, "meeting", meeting_id);
    }
  if (!tf_transaction_commit (tx, error))
    return -1;
  return added;
}

/* What changed */

/* The day changes are counted from: the last closed meeting of the same
 * kind (for a network meeting: of the same case) before this one, else the
 * case's referral. */
static char *
default_since (TfStore      *store,
               TfMeeting    *meeting,
               gint64        case_id,
               GError      **error)
{
  g_autoptr(TfStmt) last = tf_store_prepare (store,
    "SELECT max (held_on) FROM meeting WHERE kind = ?1 AND status = 'closed' "
    "AND held_on < ?2 AND id <> ?3 AND (?4 = 0 OR case_id = ?4)", error);
  g_autoptr(TfStmt) referral = NULL;
  char *day;

  if (last == NULL)
    return NULL;
  sqlite3_bind_text (last, 1, tf_meeting_get_kind (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (last, 2, tf_meeting_get_held_on (meeting), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (last, 3, tf_meeting_get_id (meeting));
  sqlite3_bind_int64 (last, 4, tf_meeting_get_case_id (meeting));
  if (sqlite3_step (last) != SQLITE_ROW)
    {
      tf_store_set_error (store, error);
      return NULL;
    }
  day = tf_stmt_dup_text (last, 0);
  if (day != NULL)
    return day;

  referral = tf_store_prepare (store, "SELECT referral_date FROM cases WHERE id = ?1", error);
  if (referral == NULL)
    return NULL;
  sqlite3_bind_int64 (referral, 1, case_id);
  if (sqlite3_step (referral) == SQLITE_ROW)
    return tf_stmt_dup_text (referral, 0);
  g_set_error_literal (error, TF_ERROR, TF_ERROR_NOT_FOUND,
                       _("The case no longer exists in the store."));
  return NULL;
}

/* Prepares @stmt with the case (?1) and the day (?2) bound; NULL on error. */
static TfStmt *
bind_case_since (TfStmt     *stmt,
                 gint64      case_id,
                 const char *since)
{
  if (stmt != NULL)
    {
      sqlite3_bind_int64 (stmt, 1, case_id);
      sqlite3_bind_text (stmt, 2, since, -1, SQLITE_TRANSIENT);
    }
  return stmt;
}

static char *
shorten (const char *text)
{
  const glong max = 80;

  if (g_utf8_strlen (text, -1) <= max)
    return g_strdup (text);
  {
    g_autofree char *head = g_utf8_substring (text, 0, max - 1);
    return g_strconcat (g_strchomp (head), "…", NULL);
  }
}

/* Each part adds its lines to @lines; FALSE on a store error. */
static gboolean
describe_notes (TfStore *store, gint64 case_id, const char *since, GPtrArray *lines, GError **error)
{
  g_autoptr(TfStmt) stmt = bind_case_since (tf_store_prepare (store,
    "SELECT count(*), max (written_on) FROM note WHERE case_id = ?1 AND written_on > ?2",
    error), case_id, since);
  int n;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tf_store_set_error (store, error);
  n = sqlite3_column_int (stmt, 0);
  if (n > 0)
    {
      g_autofree char *newest = tf_format_date ((const char *) sqlite3_column_text (stmt, 1));
      g_ptr_array_add (lines, g_strdup_printf (
        /* Translators: %d is a count, %s a date like "3. dec. 2025" */
        ngettext ("%d new note, the newest from %s", "%d new notes, the newest from %s", n),
        n, newest));
    }
  return TRUE;
}

/* Assessments, status changes and plan versions are each one line however
 * many there were: the count and the latest, which is what the meeting
 * talks about. */
static gboolean
describe_assessments (TfStore *store, gint64 case_id, const char *since, GPtrArray *lines, GError **error)
{
  g_autoptr(TfStmt) stmt = bind_case_since (tf_store_prepare (store,
    "SELECT count(*) OVER (), assessed_on, risk_level FROM assessment "
    "WHERE case_id = ?1 AND assessed_on > ?2 ORDER BY assessed_on DESC, id DESC LIMIT 1",
    error), case_id, since);
  int rc, n;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_autofree char *day = tf_format_date ((const char *) sqlite3_column_text (stmt, 1));
      const char *risk = tf_risk_level_label ((const char *) sqlite3_column_text (stmt, 2));

      n = sqlite3_column_int (stmt, 0);
      if (n == 1)
        /* Translators: %s a date, then a risk level ("High") */
        g_ptr_array_add (lines, g_strdup_printf (_("New assessment on %s: risk %s"), day, risk));
      else
        g_ptr_array_add (lines, g_strdup_printf (
          /* Translators: %d a count, %s a date, then a risk level ("High") */
          ngettext ("%d new assessment, the latest on %s: risk %s",
                    "%d new assessments, the latest on %s: risk %s", n), n, day, risk));
    }
  return rc == SQLITE_ROW || rc == SQLITE_DONE || tf_store_set_error (store, error);
}

static gboolean
describe_status (TfStore *store, gint64 case_id, const char *since, GPtrArray *lines, GError **error)
{
  g_autoptr(TfStmt) stmt = bind_case_since (tf_store_prepare (store,
    "SELECT count(*) OVER (), status, valid_from FROM case_status_history "
    "WHERE case_id = ?1 AND valid_from > ?2 AND kind = 'status' "
    "ORDER BY valid_from DESC, id DESC LIMIT 1", error), case_id, since);
  int rc, n;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_autofree char *day = tf_format_date ((const char *) sqlite3_column_text (stmt, 2));
      const char *status = tf_case_status_label_for_id ((const char *) sqlite3_column_text (stmt, 1));

      n = sqlite3_column_int (stmt, 0);
      if (n == 1)
        /* Translators: a case status ("Active"), then a date */
        g_ptr_array_add (lines, g_strdup_printf (_("Status changed to %s on %s"), status, day));
      else
        g_ptr_array_add (lines, g_strdup_printf (
          /* Translators: %d a count, then a case status ("Active") and a date */
          ngettext ("Status changed %d time, the latest to %s on %s",
                    "Status changed %d times, the latest to %s on %s", n), n, status, day));
    }
  return rc == SQLITE_ROW || rc == SQLITE_DONE || tf_store_set_error (store, error);
}

static gboolean
describe_decisions (TfStore *store, gint64 case_id, const char *since, gint64 meeting_id,
                    GPtrArray *lines, GError **error)
{
  g_autoptr(TfStmt) stmt = bind_case_since (tf_store_prepare (store,
    "SELECT m.held_on, m.kind, a.decision FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id "
    "WHERE a.case_id = ?1 AND m.held_on > ?2 AND a.meeting_id <> ?3 AND m.status <> 'cancelled' "
    "AND length (trim (coalesce (a.decision, ''))) > 0 ORDER BY m.held_on, a.id", error),
    case_id, since);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 3, meeting_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *day = tf_format_date ((const char *) sqlite3_column_text (stmt, 0));
      g_autofree char *decision = shorten ((const char *) sqlite3_column_text (stmt, 2));
      /* Translators: a meeting kind ("Network meeting"), a date, the decision's words */
      g_ptr_array_add (lines, g_strdup_printf (_("%s on %s decided: %s"),
                       tf_meeting_kind_label ((const char *) sqlite3_column_text (stmt, 1)),
                       day, decision));
    }
  return rc == SQLITE_DONE || tf_store_set_error (store, error);
}

static gboolean
describe_tasks (TfStore *store, gint64 case_id, const char *today, GPtrArray *lines, GError **error)
{
  g_autoptr(TfStmt) stmt = bind_case_since (tf_store_prepare (store,
    "SELECT count(*), min (due_on) FROM task WHERE case_id = ?1 AND due_on < ?2 "
    "AND done_on IS NULL", error), case_id, today);
  int n;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tf_store_set_error (store, error);
  n = sqlite3_column_int (stmt, 0);
  if (n > 0)
    {
      g_autofree char *oldest = tf_format_date ((const char *) sqlite3_column_text (stmt, 1));
      g_ptr_array_add (lines, g_strdup_printf (
        /* Translators: %d is a count, %s a date */
        ngettext ("%d task is overdue, due %s", "%d tasks are overdue, the oldest due %s", n),
        n, oldest));
    }
  return TRUE;
}

static gboolean
describe_indicators (TfStore *store, gint64 case_id, const char *since, GPtrArray *lines, GError **error)
{
  g_autoptr(TfStmt) stmt = bind_case_since (tf_store_prepare (store,
    "SELECT count(*) FROM indicator_value WHERE case_id = ?1 AND measured_on > ?2", error),
    case_id, since);
  int n;

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return tf_store_set_error (store, error);
  n = sqlite3_column_int (stmt, 0);
  if (n > 0)
    g_ptr_array_add (lines, g_strdup_printf (
      ngettext ("%d new indicator value", "%d new indicator values", n), n));
  return TRUE;
}

static gboolean
describe_consent (TfSession *session, gint64 case_id, const char *since, const char *today,
                  GPtrArray *lines, GError **error)
{
  TfStore *store = tf_session_get_store (session);
  g_autoptr(TfStmt) stmt = bind_case_since (tf_store_prepare (store,
    "SELECT valid_from, valid_until FROM consent WHERE case_id = ?1 AND valid_from > ?2 "
    "ORDER BY valid_from, id", error), case_id, since);
  g_auto(TfConsentState) state = { 0 };
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *from = tf_format_date ((const char *) sqlite3_column_text (stmt, 0));
      g_autofree char *until = tf_format_date ((const char *) sqlite3_column_text (stmt, 1));
      /* Translators: two dates */
      g_ptr_array_add (lines, g_strdup_printf (_("New consent from %s until %s"), from, until));
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (store, error);

  if (!tf_consent_state_for_case (session, case_id, today, &state, error))
    return FALSE;
  if (state.runs_out_soon)
    {
      g_autofree char *until = tf_format_date (state.valid_until);
      /* Translators: %s is a date */
      g_ptr_array_add (lines, g_strdup_printf (_("Consent runs out on %s"), until));
    }
  else if (!state.valid)
    g_ptr_array_add (lines, g_strdup (_("No consent is valid today")));
  return TRUE;
}

static gboolean
describe_plans (TfStore *store, gint64 case_id, const char *since, GPtrArray *lines, GError **error)
{
  g_autoptr(TfStmt) stmt = bind_case_since (tf_store_prepare (store,
    "SELECT count(*) OVER (), version, made_on FROM action_plan "
    "WHERE case_id = ?1 AND made_on > ?2 ORDER BY version DESC LIMIT 1", error), case_id, since);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      int n = sqlite3_column_int (stmt, 0);
      int version = sqlite3_column_int (stmt, 1);
      g_autofree char *day = tf_format_date ((const char *) sqlite3_column_text (stmt, 2));

      if (n > 1)
        g_ptr_array_add (lines, g_strdup_printf (
          /* Translators: %d a count, %d the plan's version, %s a date */
          ngettext ("%d new version of the action plan, the latest (version %d) from %s",
                    "%d new versions of the action plan, the latest (version %d) from %s", n),
          n, version, day));
      else if (version == 1)
        /* Translators: %s is a date */
        g_ptr_array_add (lines, g_strdup_printf (_("Action plan made on %s"), day));
      else
        /* Translators: %d is the plan's version, %s a date */
        g_ptr_array_add (lines, g_strdup_printf (_("Action plan revised (version %d) on %s"),
                                                 version, day));
    }
  return rc == SQLITE_ROW || rc == SQLITE_DONE || tf_store_set_error (store, error);
}

char **
tf_agenda_item_describe_changes (TfSession     *session,
                                 TfAgendaItem  *item,
                                 const char    *since,
                                 GError       **error)
{
  TfStore *store;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(TfMeeting) meeting = NULL;
  g_autofree char *from = NULL;
  g_autofree char *today = tf_today_iso ();
  gint64 case_id;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (TF_IS_AGENDA_ITEM (item), NULL);

  case_id = tf_agenda_item_get_case_id (item);
  if (case_id <= 0)
    return g_new0 (char *, 1);
  if (!tf_access_check_case (session, TF_ACCESS_VIEW, case_id, error))
    return NULL;
  store = tf_session_get_store (session);
  meeting = tf_meeting_load (session, tf_agenda_item_get_meeting_id (item), error);
  if (meeting == NULL)
    return NULL;
  from = since != NULL ? g_strdup (since) : default_since (store, meeting, case_id, error);
  if (from == NULL)
    return NULL;

  if (!describe_status (store, case_id, from, lines, error) ||
      !describe_assessments (store, case_id, from, lines, error) ||
      !describe_plans (store, case_id, from, lines, error) ||
      !describe_decisions (store, case_id, from, tf_meeting_get_id (meeting), lines, error) ||
      !describe_tasks (store, case_id, today, lines, error) ||
      !describe_notes (store, case_id, from, lines, error) ||
      !describe_indicators (store, case_id, from, lines, error) ||
      !describe_consent (session, case_id, from, today, lines, error))
    return NULL;
  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&lines), FALSE);
}
