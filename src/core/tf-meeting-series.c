/* tf-meeting-series.c — repeating meetings: every N days from a first date
 *
 * A series' meetings are made as rows ahead of time, up to a horizon, so
 * each can be moved, cancelled or given its own place; extending the
 * horizon later skips every day that already has a meeting of the series
 * (a cancelled one too, so a cancellation sticks).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-day-private.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-meeting-private.h"
#include "tf-util-private.h"

typedef struct
{
  gint64  id;
  char   *kind;
  char   *first_date;
  char   *start_time;
  char   *end_time;
  int     every_days;
  char   *until_date;
  char   *place;
} Series;

static void
series_clear (Series *s)
{
  g_free (s->kind);
  g_free (s->first_date);
  g_free (s->start_time);
  g_free (s->end_time);
  g_free (s->until_date);
  g_free (s->place);
}

static gboolean
day_has_meeting (TfStore    *store,
                 gint64      series_id,
                 const char *day,
                 gboolean   *has,
                 GError    **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT 1 FROM meeting WHERE series_id = ?1 AND held_on = ?2", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, series_id);
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    return tf_store_set_error (store, error);
  *has = rc == SQLITE_ROW;
  return TRUE;
}

static gint64
insert_series_meeting (TfSession     *session,
                       const Series  *s,
                       const char    *day,
                       GError       **error)
{
  TfStore *store = tf_session_get_store (session);
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "INSERT INTO meeting (kind, series_id, held_on, start_time, end_time, place, "
    "                     author_id, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)", error);
  gint64 id;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_text (stmt, 1, s->kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, s->id);
  sqlite3_bind_text (stmt, 3, day, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, s->start_time, -1, SQLITE_TRANSIENT);
  tf_stmt_bind_text_or_null (stmt, 5, s->end_time);
  tf_stmt_bind_text_or_null (stmt, 6, s->place);
  tf_stmt_bind_staff_id (stmt, 7, tf_session_get_staff_id (session));
  sqlite3_bind_int64 (stmt, 8, tf_now_seconds ());
  if (!_tf_meeting_step_write (store, stmt, error))
    return 0;
  id = sqlite3_last_insert_rowid (tf_store_get_db (store));
  if (!_tf_meeting_invite_fixed (store, id, error) ||
      !tf_audit_record (session, "create", "meeting", id, 0, NULL, error))
    return 0;
  return id;
}

/* Makes the meetings of @s from @today up to the horizon; -1 on error. */
static int
fill_series (TfSession     *session,
             const Series  *s,
             gint32         today,
             GError       **error)
{
  TfStore *store = tf_session_get_store (session);
  gint32 first, last, until, day;
  int made = 0;

  if (!_tf_day_parse (s->first_date, &first) || s->every_days < 1)
    return 0;
  last = today + TF_MEETING_SERIES_HORIZON_DAYS;
  if (s->until_date != NULL && _tf_day_parse (s->until_date, &until) && until < last)
    last = until;
  /* The first day of the series on or after today: past days are history,
   * not something to plan. */
  day = first;
  if (day < today)
    day += ((today - first + s->every_days - 1) / s->every_days) * s->every_days;
  for (; day <= last; day += s->every_days)
    {
      char iso[11];
      gboolean has = FALSE;

      _tf_day_format (day, iso);
      if (!day_has_meeting (store, s->id, iso, &has, error))
        return -1;
      if (has)
        continue;
      if (insert_series_meeting (session, s, iso, error) == 0)
        return -1;
      made++;
    }
  return made;
}

static gboolean
today_day (const char  *today,
           gint32      *out,
           GError     **error)
{
  g_autofree char *now = tf_today_iso ();

  if (!_tf_day_parse (today != NULL ? today : now, out))
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("Today: not a real date."));
      return FALSE;
    }
  return TRUE;
}

gint64
tf_meeting_series_plan (TfSession                  *session,
                        const TfMeetingSeriesDraft *draft,
                        const char                 *today,
                        GError                    **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  Series s = { 0 };
  gint32 first, until, now;
  int made;

  g_return_val_if_fail (TF_IS_SESSION (session), 0);
  g_return_val_if_fail (draft != NULL, 0);

  if (g_strcmp0 (draft->kind, "taskforce") != 0 && g_strcmp0 (draft->kind, "screening") != 0)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("Kind: a repeating series is of taskforce or screening meetings."));
      return 0;
    }
  if (draft->first_date == NULL || !_tf_day_parse (draft->first_date, &first))
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("First meeting: not a real date. Write it as 3.12.2025."));
      return 0;
    }
  if (!_tf_meeting_time_valid (draft->start_time))
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("Start: not a time. Write it as 13:00."));
      return 0;
    }
  if (draft->end_time != NULL && *draft->end_time != '\0' &&
      (!_tf_meeting_time_valid (draft->end_time) ||
       g_strcmp0 (draft->end_time, draft->start_time) <= 0))
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("End: write a time after the start, as 15:00."));
      return 0;
    }
  if (draft->every_days > 366)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("Every: at most 366 days between meetings."));
      return 0;
    }
  if (draft->until_date != NULL && *draft->until_date != '\0' &&
      (!_tf_day_parse (draft->until_date, &until) || until < first))
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID,
                           _("Until: write a real date on or after the first meeting."));
      return 0;
    }
  if (!today_day (today, &now, error) ||
      !tf_access_check_store (session, TF_ACCESS_CREATE, error))
    return 0;

  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return 0;
  stmt = tf_store_prepare (store,
    "INSERT INTO meeting_series (kind, first_date, start_time, end_time, every_days, "
    "                            until_date, place, created_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)", error);
  if (stmt == NULL)
    return 0;
  s.kind = g_strdup (draft->kind);
  s.first_date = g_strdup (draft->first_date);
  s.start_time = g_strdup (draft->start_time);
  s.end_time = tf_strdup_stripped (draft->end_time);
  s.every_days = draft->every_days > 0 ? (int) draft->every_days : TF_MEETING_DEFAULT_EVERY_DAYS;
  s.until_date = tf_strdup_stripped (draft->until_date);
  s.place = tf_strdup_stripped (draft->place);
  sqlite3_bind_text (stmt, 1, s.kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, s.first_date, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, s.start_time, -1, SQLITE_TRANSIENT);
  tf_stmt_bind_text_or_null (stmt, 4, s.end_time);
  sqlite3_bind_int (stmt, 5, s.every_days);
  tf_stmt_bind_text_or_null (stmt, 6, s.until_date);
  tf_stmt_bind_text_or_null (stmt, 7, s.place);
  sqlite3_bind_int64 (stmt, 8, tf_now_seconds ());
  if (!tf_store_step_done (store, stmt, error))
    {
      series_clear (&s);
      return 0;
    }
  s.id = sqlite3_last_insert_rowid (tf_store_get_db (store));
  made = fill_series (session, &s, now, error);
  series_clear (&s);
  if (made < 0 ||
      !tf_audit_record (session, "create", "meeting_series", s.id, 0, NULL, error))
    return 0;
  tf_transaction_changed (tx, "meeting", 0);
  if (!tf_transaction_commit (tx, error))
    return 0;
  return s.id;
}

int
tf_meeting_series_extend (TfSession  *session,
                          const char *today,
                          GError    **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(GArray) all = NULL;
  gint32 now;
  int made = 0;
  int rc;

  g_return_val_if_fail (TF_IS_SESSION (session), -1);

  if (!today_day (today, &now, error) ||
      !tf_access_check_store (session, TF_ACCESS_CREATE, error))
    return -1;
  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return -1;

  all = g_array_new (FALSE, TRUE, sizeof (Series));
  g_array_set_clear_func (all, (GDestroyNotify) series_clear);
  {
    g_autoptr(TfStmt) stmt = tf_store_prepare (store,
      "SELECT id, kind, first_date, start_time, end_time, every_days, until_date, place "
      "FROM meeting_series ORDER BY id", error);

    if (stmt == NULL)
      return -1;
    while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
      {
        Series s = { 0 };

        s.id = sqlite3_column_int64 (stmt, 0);
        s.kind = tf_stmt_dup_text (stmt, 1);
        s.first_date = tf_stmt_dup_text (stmt, 2);
        s.start_time = tf_stmt_dup_text (stmt, 3);
        s.end_time = tf_stmt_dup_text (stmt, 4);
        s.every_days = sqlite3_column_int (stmt, 5);
        s.until_date = tf_stmt_dup_text (stmt, 6);
        s.place = tf_stmt_dup_text (stmt, 7);
        g_array_append_val (all, s);
      }
    if (rc != SQLITE_DONE)
      {
        tf_store_set_error (store, error);
        return -1;
      }
  }

  for (guint i = 0; i < all->len; i++)
    {
      int n = fill_series (session, &g_array_index (all, Series, i), now, error);

      if (n < 0)
        return -1;
      made += n;
    }
  if (made > 0)
    tf_transaction_changed (tx, "meeting", 0);
  if (!tf_transaction_commit (tx, error))
    return -1;
  return made;
}
