/* tf-report-text.c — the coordinator's texts for the monthly orientation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-budget.h"
#include "tf-error.h"
#include "tf-json-writer.h"
#include "tf-report-text.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

/* The template's headings; the interventions follow the budget's areas
 * (administration is no intervention), so the figures under each heading
 * are the budget area's. */
static const char * const headings[] = {
  "personnel",
  "strategies",
  "intervention:mentor",
  "intervention:family",
  "intervention:network",
  "intervention:school",
  "intervention:leisure",
  "intervention:job",
  NULL
};

const char * const *
tf_report_text_headings (void)
{
  return headings;
}

const char *
tf_report_text_heading_label (const char *heading)
{
  if (g_strcmp0 (heading, "personnel") == 0)
    return _("Personnel and organisation");
  if (g_strcmp0 (heading, "strategies") == 0)
    return _("Strategies and development");
  if (heading != NULL && g_str_has_prefix (heading, "intervention:") &&
      g_strv_contains (headings, heading))
    return tf_budget_area_label (heading + strlen ("intervention:"));
  return NULL;
}

void
tf_report_text_free (TfReportText *self)
{
  if (self == NULL)
    return;
  g_free (self->month);
  g_free (self->heading);
  g_free (self->body);
  g_free (self->carried_from);
  g_free (self->updated_by);
  g_free (self);
}

static gboolean
check_month_heading (const char  *month,
                     const char  *heading,
                     GError     **error)
{
  int y = 0, m = 0;
  char end = 0;

  if (month == NULL || strlen (month) != 7 || sscanf (month, "%4d-%2d%c", &y, &m, &end) != 2 ||
      y < 1900 || y > 2999 || m < 1 || m > 12)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("“%s” is not a month. Write it as year and month, like 2025-03."),
                   month != NULL ? month : "");
      return FALSE;
    }
  if (heading == NULL || !g_strv_contains (headings, heading))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("“%s” is not a heading of the monthly orientation."), heading != NULL ? heading : "");
      return FALSE;
    }
  return TRUE;
}

TfReportText *
tf_report_text_load (TfSession   *session,
                     const char  *month,
                     const char  *heading,
                     GError     **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(TfReportText) text = NULL;
  int rc;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!check_month_heading (month, heading, error))
    return NULL;
  store = tf_session_get_store (session);
  /* The month's own text, else the latest before it: months sort as text */
  stmt = tf_store_prepare (store,
    "SELECT t.month, t.body, t.version, t.updated_at, s.name FROM report_text t "
    "LEFT JOIN staff_member s ON s.id = t.staff_id "
    "WHERE t.heading = ?2 AND t.month <= ?1 ORDER BY t.month DESC LIMIT 1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, month, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, heading, -1, SQLITE_TRANSIENT);

  text = g_new0 (TfReportText, 1);
  text->month = g_strdup (month);
  text->heading = g_strdup (heading);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      g_autofree char *from = tf_stmt_dup_text (stmt, 0);

      text->body = tf_stmt_dup_text (stmt, 1);
      text->updated_at = sqlite3_column_int64 (stmt, 3);
      text->updated_by = tf_stmt_dup_text (stmt, 4);
      if (g_strcmp0 (from, month) == 0)
        text->version = sqlite3_column_int64 (stmt, 2);
      else
        text->carried_from = g_steal_pointer (&from);
    }
  else if (rc != SQLITE_DONE)
    {
      tf_store_set_error (store, error);
      return NULL;
    }
  if (text->body == NULL)
    text->body = g_strdup ("");
  return g_steal_pointer (&text);
}

static gboolean
check_may_edit (TfSession  *session,
                GError    **error)
{
  if (!tf_access_check_store (session, TF_ACCESS_EDIT, error))
    return FALSE;
  switch (tf_session_get_role (session))
    {
    case TF_ROLE_COORDINATOR:
    case TF_ROLE_ADMINISTRATOR:
      return TRUE;
    case TF_ROLE_CASEWORKER:
    case TF_ROLE_MEMBER:
    default:
      g_set_error (error, TF_ERROR, TF_ERROR_DENIED,
                   _("Only a coordinator can write the monthly orientation."));
      return FALSE;
    }
}

static gboolean
conflict (GError **error)
{
  g_set_error (error, TF_ERROR, TF_ERROR_CONFLICT,
               _("Someone else saved this text while you were writing."));
  return FALSE;
}

gboolean
tf_report_text_save (TfSession   *session,
                     const char  *month,
                     const char  *heading,
                     const char  *body,
                     gint64       version,
                     gint64      *new_version,
                     GError     **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *clean = NULL;
  g_autofree char *detail = NULL;
  TfJsonWriter *w;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);

  if (!check_month_heading (month, heading, error) || !check_may_edit (session, error))
    return FALSE;
  clean = g_strdup (body != NULL ? body : "");
  g_strchomp (clean);

  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  if (version == 0)
    /* The month's first save: a row there already means another desk
     * saved it after this one loaded the carried-over text. */
    stmt = tf_store_prepare (store,
      "INSERT INTO report_text (month, heading, body, version, updated_at, staff_id) "
      "VALUES (?1, ?2, ?3, 1, ?4, ?5) ON CONFLICT (month, heading) DO NOTHING", error);
  else
    stmt = tf_store_prepare (store,
      "UPDATE report_text SET body = ?3, version = version + 1, updated_at = ?4, staff_id = ?5 "
      "WHERE month = ?1 AND heading = ?2 AND version = ?6", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, month, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, heading, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, clean, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 4, tf_now_seconds ());
  if (tf_session_get_staff_id (session) > 0)
    sqlite3_bind_int64 (stmt, 5, tf_session_get_staff_id (session));
  if (version != 0)
    sqlite3_bind_int64 (stmt, 6, version);
  if (!tf_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (tf_store_get_db (store)) == 0)
    return conflict (error);

  w = tf_json_writer_new (FALSE);
  tf_json_writer_begin_object (w);
  tf_json_writer_member_string (w, "month", month);
  tf_json_writer_member_string (w, "heading", heading);
  tf_json_writer_end_object (w);
  detail = tf_json_writer_free_to_string (w);
  if (!tf_audit_record (session, version == 0 ? "create" : "update", "report-text", 0, 0, detail, error))
    return FALSE;
  tf_transaction_changed (tx, "report-text", 0);
  if (!tf_transaction_commit (tx, error))
    return FALSE;
  if (new_version != NULL)
    *new_version = version + 1;
  return TRUE;
}
