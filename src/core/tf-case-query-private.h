/* tf-case-query-private.h — the case list's SQL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-case-list-model.h"
#include "tf-id-set-private.h"
#include "tf-session.h"

G_BEGIN_DECLS

/* A case as the list's filters see it. */
typedef struct
{
  gint64 case_id;
  gint64 young_person_id;
  int    status;            /* TfCaseStatus, or -1 */
} TfCaseRef;

/* What the list shows, before any search. */
typedef struct
{
  TfSession  *session;      /* whose access scope applies */
  const char *status;       /* a status id, or NULL for all */
  TfCaseSort  sort;
  gboolean    descending;
} TfCaseQuery;

/* A new list reads its length and this many rows first (whole pages). */
#define TF_CASE_QUERY_FIRST_ROWS 200

/* What a person types, as an FTS5 query; NULL when it holds no word. */
char     *tf_case_query_fts_from_search (const char        *search);
/* TfCaseRef in list order: all of them, or the first TF_CASE_QUERY_FIRST_ROWS. */
GArray   *tf_case_query_ordered         (const TfCaseQuery *query,
                                         gboolean           first_rows_only);
guint     tf_case_query_total           (const TfCaseQuery *query);
/* TfCaseRef of every case in the session's scope, in no order. */
GArray   *tf_case_query_everyone        (TfSession         *session);
/* Cases per status in the session's scope (@counts: TF_N_CASE_STATUSES). */
guint     tf_case_query_count_by_status (TfSession         *session,
                                         guint             *counts);
/* The cases in the session's scope that need follow-up on @today (their
 * follow_up_due has come), and how many they are. */
TfIdSet  *tf_case_query_due             (TfSession         *session,
                                         const char        *today,
                                         guint             *n_due);
/* The young people whose name, CPR number or school match @fts_query. */
TfIdSet  *tf_case_query_matches         (TfSession         *session,
                                         const char        *fts_query);

G_END_DECLS
