/* tf-stats-years.c — the years the store has figures for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>

#include "tf-access.h"
#include "tf-format.h"
#include "tf-stats-years.h"
#include "tf-store-private.h"

GArray *
tf_stats_list_years (TfSession   *session,
                     const char  *today_iso,
                     GError     **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *today = NULL;
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  int this_year, first, last;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  if (today_iso == NULL)
    today_iso = today = tf_today_iso ();
  this_year = atoi (today_iso);
  first = last = this_year;

  /* Years are the first four characters of ISO dates; 0 when a table is empty. */
  stmt = tf_store_prepare (tf_session_get_store (session),
    "SELECT min(y), max(y) FROM ("
    "  SELECT CAST(substr(referral_date, 1, 4) AS INTEGER) AS y FROM cases"
    "  UNION ALL SELECT year FROM budget"
    "  UNION ALL SELECT CAST(substr(spent_on, 1, 4) AS INTEGER) FROM expense WHERE deleted_at IS NULL)"
    " WHERE y BETWEEN 1900 AND 2999", error);
  if (stmt == NULL)
    return NULL;
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    {
      first = MIN (first, sqlite3_column_int (stmt, 0));
      last = MAX (last, sqlite3_column_int (stmt, 1));
    }
  for (int year = first; year <= last; year++)
    g_array_append_val (years, year);
  return g_steal_pointer (&years);
}
