/* tf-case-query.c — the case list's SQL
 *
 * Every query of the case list, as fixed prepared statements: the ordered
 * walks of the covering indexes, the totals, the counts per status and the
 * full-text search. TfCaseListModel decides when to run them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tf-access.h"
#include "tf-case-query-private.h"
#include "tf-case-status.h"
#include "tf-store-private.h"

/* The queries. ORDER BY cannot be a parameter, so every combination is a
 * fixed statement chosen from this table; each walks one covering index of
 * the schema in order (the indexes end in young_person_id, coordinator_id so
 * no row of the table is read). The access scope is its own variant, not
 * "?1 OR ...", which would keep the planner from seeing that the
 * unrestricted case has no condition. */

#define SELECT_ALL "SELECT c.id, c.young_person_id, c.status_rank FROM cases c WHERE 1"
#define SELECT_SCOPED "SELECT c.id, c.young_person_id, c.status_rank FROM cases c WHERE c.coordinator_id = ?2"
#define W_NONE ""
#define W_STATUS " AND c.status = ?3"
#define FOLLOW_UP "coalesce(c.next_follow_up, '9999-12-31')"
#define NO_SCHOOL "(c.school_key = '')"

#define SORTS(select, where, tail) { \
  { select where " ORDER BY c.sort_name, c.id" tail, \
    select where " ORDER BY c.sort_name DESC, c.id DESC" tail }, \
  { select where " ORDER BY c.birth_date DESC, c.id DESC" tail, \
    select where " ORDER BY c.birth_date, c.id" tail }, \
  { select where " ORDER BY c.status_rank, c.sort_name, c.id" tail, \
    select where " ORDER BY c.status_rank DESC, c.sort_name DESC, c.id DESC" tail }, \
  { select where " ORDER BY c.coordinator_key, c.sort_name, c.id" tail, \
    select where " ORDER BY c.coordinator_key DESC, c.sort_name DESC, c.id DESC" tail }, \
  { select where " ORDER BY " FOLLOW_UP ", c.sort_name, c.id" tail, \
    select where " ORDER BY " FOLLOW_UP " DESC, c.sort_name DESC, c.id DESC" tail }, \
  { select where " ORDER BY " NO_SCHOOL ", c.school_key, c.sort_name, c.id" tail, \
    select where " ORDER BY " NO_SCHOOL " DESC, c.school_key DESC, c.sort_name DESC, c.id DESC" tail }, \
}

#define W_FIRST " LIMIT " G_STRINGIFY (TF_CASE_QUERY_FIRST_ROWS)

/* [first rows only][scoped][status filter][sort][descending] */
static const char * const ordered_sql[2][2][2][TF_N_CASE_SORTS][2] = {
  { { SORTS (SELECT_ALL, W_NONE, ""), SORTS (SELECT_ALL, W_STATUS, "") },
    { SORTS (SELECT_SCOPED, W_NONE, ""), SORTS (SELECT_SCOPED, W_STATUS, "") } },
  { { SORTS (SELECT_ALL, W_NONE, W_FIRST), SORTS (SELECT_ALL, W_STATUS, W_FIRST) },
    { SORTS (SELECT_SCOPED, W_NONE, W_FIRST), SORTS (SELECT_SCOPED, W_STATUS, W_FIRST) } },
};

/* [scoped][status filter]: from the counts the store keeps (see case_count) */
static const char * const total_sql[2][2] = {
  { "SELECT coalesce(sum(n), 0) FROM case_count",
    "SELECT coalesce(sum(n), 0) FROM case_count WHERE status = ?3" },
  { "SELECT coalesce(sum(n), 0) FROM case_count WHERE coordinator_id = ?2",
    "SELECT coalesce(sum(n), 0) FROM case_count WHERE coordinator_id = ?2 AND status = ?3" },
};

/* [scoped] */
static const char * const count_sql[2] = {
  "SELECT status, sum(n) FROM case_count GROUP BY status",
  "SELECT status, n FROM case_count WHERE coordinator_id = ?2",
};
static const char * const everyone_sql[2] = {
  "SELECT c.id, c.young_person_id, c.status_rank FROM cases c",
  "SELECT c.id, c.young_person_id, c.status_rank FROM cases c WHERE c.coordinator_id = ?2",
};

/* [scoped]: a walk of the partial index cases_by_follow_up_due, which holds
 * only open cases and covers the coordinator, so no row of the table is read
 * (the unary + keeps the planner from taking the coordinator's index, which
 * would read the table for every case of the coordinator instead) */
static const char * const due_sql[2] = {
  "SELECT c.id FROM cases c WHERE c.follow_up_due <= ?1",
  "SELECT c.id FROM cases c WHERE c.follow_up_due <= ?1 AND +c.coordinator_id = ?2",
};

#define MATCH_SQL "SELECT rowid FROM young_person_fts WHERE young_person_fts MATCH ?1"

/* What a person types, as an FTS5 query: every word a prefix, all words
 * required. Digits joined by a dash are one word, so "120410-12" finds the
 * CPR number 1204101234. The result is bound as a parameter. */
char *
tf_case_query_fts_from_search (const char *search)
{
  g_autoptr(GString) query = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);
  const char *p;

  if (search == NULL)
    return NULL;
  for (p = search;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && g_unichar_isalnum (c))
        {
          g_string_append_unichar (word, c);
          continue;
        }
      if (c == '-' && word->len > 0 && g_ascii_isdigit (word->str[word->len - 1]) &&
          g_ascii_isdigit (p[1]))
        continue;
      if (word->len > 0)
        {
          /* The word holds only letters and digits: no quote to escape. */
          g_string_append_printf (query, "%s\"%s\"*", query->len ? " " : "", word->str);
          g_string_truncate (word, 0);
        }
      if (c == 0)
        break;
    }
  return query->len > 0 ? g_string_free (g_steal_pointer (&query), FALSE) : NULL;
}

static void
bind_scope (TfSession *session,
            TfStmt    *stmt)
{
  TfCaseScope scope = tf_access_case_scope (session);

  if (!scope.all_cases)
    sqlite3_bind_int64 (stmt, 2, scope.coordinator_id);
}

static gboolean
is_scoped (TfSession *session)
{
  return !tf_access_case_scope (session).all_cases;
}

/* Reports a failed query once in the log; the list then shows what it has. */
static void
warn_query_failed (TfSession    *session,
                   const GError *error)
{
  g_warning ("Case list query failed: %s",
             error ? error->message
                   : sqlite3_errmsg (tf_store_get_db (tf_session_get_store (session))));
}

/* cases.status_rank → status, in the schema's order */
static const char * const rank_status[] = {
  "referred", "relevant", "offered", "accepted", "in-process", "active", "paused", "closed",
  "declined", "not-relevant",
};

static int
status_of_rank (gint64 rank)
{
  static int statuses[G_N_ELEMENTS (rank_status)];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (rank_status); i++)
        statuses[i] = tf_case_status_from_id (rank_status[i]);
      g_once_init_leave (&initialized, 1);
    }
  return rank >= 0 && rank < (gint64) G_N_ELEMENTS (rank_status) ? statuses[rank] : -1;
}

/* Runs a bound statement yielding (case id, young person id, status rank). */
static GArray *
read_refs (TfSession *session,
           TfStmt    *stmt)
{
  GArray *refs = g_array_new (FALSE, FALSE, sizeof (TfCaseRef));
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      TfCaseRef ref = {
        sqlite3_column_int64 (stmt, 0),
        sqlite3_column_int64 (stmt, 1),
        status_of_rank (sqlite3_column_int64 (stmt, 2)),
      };
      g_array_append_val (refs, ref);
    }
  if (rc != SQLITE_DONE)
    warn_query_failed (session, NULL);
  return refs;
}

/* Binds the scope and the status filter of @query. */
static TfStmt *
prepare (const TfCaseQuery *query,
         const char        *sql)
{
  g_autoptr(GError) error = NULL;
  TfStmt *stmt = tf_store_prepare (tf_session_get_store (query->session), sql, &error);

  if (stmt == NULL)
    {
      warn_query_failed (query->session, error);
      return NULL;
    }
  bind_scope (query->session, stmt);
  if (query->status != NULL)
    sqlite3_bind_text (stmt, 3, query->status, -1, SQLITE_TRANSIENT);
  return stmt;
}

GArray *
tf_case_query_ordered (const TfCaseQuery *query,
                       gboolean           first_rows_only)
{
  g_autoptr(TfStmt) stmt =
    prepare (query, ordered_sql[first_rows_only][is_scoped (query->session)][query->status != NULL]
                               [query->sort][query->descending ? 1 : 0]);

  return stmt ? read_refs (query->session, stmt) : g_array_new (FALSE, FALSE, sizeof (TfCaseRef));
}

guint
tf_case_query_total (const TfCaseQuery *query)
{
  g_autoptr(TfStmt) stmt =
    prepare (query, total_sql[is_scoped (query->session)][query->status != NULL]);

  return stmt && sqlite3_step (stmt) == SQLITE_ROW ? (guint) sqlite3_column_int64 (stmt, 0) : 0;
}

GArray *
tf_case_query_everyone (TfSession *session)
{
  TfCaseQuery query = { session, NULL, 0, FALSE };
  g_autoptr(TfStmt) stmt = prepare (&query, everyone_sql[is_scoped (session)]);

  return stmt ? read_refs (session, stmt) : g_array_new (FALSE, FALSE, sizeof (TfCaseRef));
}

guint
tf_case_query_count_by_status (TfSession *session,
                               guint     *counts)
{
  TfCaseQuery query = { session, NULL, 0, FALSE };
  g_autoptr(TfStmt) stmt = prepare (&query, count_sql[is_scoped (session)]);
  guint total = 0;
  int rc;

  memset (counts, 0, sizeof (guint) * TF_N_CASE_STATUSES);
  if (stmt == NULL)
    return 0;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int status = tf_case_status_from_id ((const char *) sqlite3_column_text (stmt, 0));
      guint n = (guint) sqlite3_column_int64 (stmt, 1);

      if (status >= 0)
        counts[status] = n;
      total += n;
    }
  if (rc != SQLITE_DONE)
    warn_query_failed (session, NULL);
  return total;
}

/* The young people whose name, CPR number or school match the search. */
TfIdSet *
tf_case_query_matches (TfSession  *session,
                       const char *fts_query)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStmt) stmt = tf_store_prepare (tf_session_get_store (session), MATCH_SQL, &error);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (stmt == NULL)
    warn_query_failed (session, error);
  else
    {
      sqlite3_bind_text (stmt, 1, fts_query, -1, SQLITE_TRANSIENT);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (ids, id);
        }
      if (rc != SQLITE_DONE)
        warn_query_failed (session, NULL);
    }
  return tf_id_set_new_from_array (ids);
}

TfIdSet *
tf_case_query_due (TfSession  *session,
                   const char *today,
                   guint      *n_due)
{
  TfCaseQuery query = { session, NULL, 0, FALSE };
  g_autoptr(TfStmt) stmt = prepare (&query, due_sql[is_scoped (session)]);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, today, -1, SQLITE_TRANSIENT);
      while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
        {
          gint64 id = sqlite3_column_int64 (stmt, 0);
          g_array_append_val (ids, id);
        }
      if (rc != SQLITE_DONE)
        warn_query_failed (session, NULL);
    }
  *n_due = ids->len;
  return tf_id_set_new_from_array (ids);
}
