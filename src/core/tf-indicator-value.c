/* tf-indicator-value.c — measured values of an indicator for a young person, over time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-indicator-value.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

static gboolean
validate (TfIndicator  *indicator,
          const char   *measured_on,
          double        value,
          GError      **error)
{
  g_autofree char *today = tf_today_iso ();
  double min = tf_indicator_get_min (indicator);
  double max = tf_indicator_get_max (indicator);

  if (measured_on == NULL || *measured_on == '\0')
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("Enter the date of the measurement."));
      return FALSE;
    }
  if (!tf_iso_date_is_valid (measured_on))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("The date of the measurement is not a real date."));
      return FALSE;
    }
  if (strcmp (measured_on, today) > 0)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("The date of the measurement is in the future."));
      return FALSE;
    }
  if (!isfinite (value) || value < min || value > max)
    {
      g_autofree char *low = tf_indicator_format_value (indicator, min);
      g_autofree char *high = tf_indicator_format_value (indicator, max);

      /* TRANSLATORS: "Absence must be between 0 % and 100 %." */
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("%s must be between %s and %s."),
                   tf_indicator_get_title (indicator), low, high);
      return FALSE;
    }
  return TRUE;
}

/* {"indicator":"…"}: which indicator, never the value. Indicator ids are
 * plain identifiers, but escape anyway so the detail is always valid JSON. */
static char *
audit_detail (const char *indicator_id)
{
  GString *json = g_string_new ("{\"indicator\":");

  tf_json_append_string (json, indicator_id);
  g_string_append_c (json, '}');
  return g_string_free (json, FALSE);
}

gboolean
tf_indicator_add_value (TfSession    *session,
                        TfIndicator  *indicator,
                        gint64        case_id,
                        const char   *measured_on,
                        double        value,
                        const char   *note,
                        GError      **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *text = tf_strdup_stripped (note);
  g_autofree char *detail = NULL;
  gint64 id;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (TF_IS_INDICATOR (indicator), FALSE);

  if (!validate (indicator, measured_on, value, error))
    return FALSE;
  if (!tf_access_check_case (session, TF_ACCESS_CREATE, case_id, error))
    return FALSE;

  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  stmt = tf_store_prepare (store,
    "INSERT INTO indicator_value (case_id, area, indicator, measured_on, value, note, author_id, "
    "                             created_at) "
    "SELECT id, ?2, ?3, ?4, ?5, ?6, ?7, ?8 FROM cases WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_text (stmt, 2, tf_indicator_get_area_id (indicator), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, tf_indicator_get_id (indicator), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, measured_on, -1, SQLITE_TRANSIENT);
  sqlite3_bind_double (stmt, 5, value);
  tf_stmt_bind_text_or_null (stmt, 6, text);
  tf_stmt_bind_staff_id (stmt, 7, tf_session_get_staff_id (session));
  sqlite3_bind_int64 (stmt, 8, tf_now_seconds ());
  if (!tf_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (tf_store_get_db (store)) == 0)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND, _("The case no longer exists in the store."));
      return FALSE;
    }
  id = sqlite3_last_insert_rowid (tf_store_get_db (store));
  detail = audit_detail (tf_indicator_get_id (indicator));
  if (!tf_audit_record (session, "create", "indicator-value", id, case_id, detail, error))
    return FALSE;
  tf_transaction_changed (tx, "indicator-value", case_id);
  return tf_transaction_commit (tx, error);
}

GArray *
tf_indicator_list_values (TfSession   *session,
                          const char  *indicator_id,
                          gint64       case_id,
                          GError     **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(GArray) points = NULL;
  int rc;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (indicator_id != NULL, NULL);

  if (!tf_access_check_case (session, TF_ACCESS_VIEW, case_id, error))
    return NULL;
  stmt = tf_store_prepare (tf_session_get_store (session),
    "SELECT measured_on, value FROM indicator_value "
    "WHERE case_id = ?1 AND indicator = ?2 ORDER BY measured_on, id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_text (stmt, 2, indicator_id, -1, SQLITE_TRANSIENT);

  points = g_array_new (FALSE, TRUE, sizeof (TfIndicatorPoint));
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TfIndicatorPoint point = { { 0 }, 0 };
      const char *date = (const char *) sqlite3_column_text (stmt, 0);

      g_strlcpy (point.measured_on, date != NULL ? date : "", sizeof point.measured_on);
      point.value = sqlite3_column_double (stmt, 1);
      g_array_append_val (points, point);
    }
  if (rc != SQLITE_DONE)
    {
      tf_store_set_error (tf_session_get_store (session), error);
      return NULL;
    }
  return g_steal_pointer (&points);
}
