/* tf-case-filter-private.h — what narrows the case list after the SQL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-case-query-private.h"
#include "tf-id-set-private.h"
#include "tf-session.h"

G_BEGIN_DECLS

/* The filters TfCaseListModel applies to the ordered (case, young person,
 * status) it read from SQLite: the search, "needs follow-up" and the
 * restriction to given cases (a figure's cases). Each is a bitmap asked for
 * once and kept, so a keystroke or a count is a pass over an array. The
 * status filter and the access scope are in the SQL already. */
typedef struct
{
  char     *fts_query;       /* NULL when not searching */
  TfIdSet  *matches;         /* young people matching fts_query; NULL = ask again */
  gboolean  follow_up;       /* only cases that need follow-up */
  TfIdSet  *due;             /* cases needing follow-up on due_day; NULL = ask again */
  guint     n_due;
  char     *due_day;
  GArray   *only;            /* gint64, ascending, distinct; NULL = no restriction */
  TfIdSet  *only_set;        /* the same, for membership */
} TfCaseFilter;

void      tf_case_filter_clear       (TfCaseFilter    *filter);
/* Forgets what was asked of the store: the matches, and with @due_too the
 * cases due (a change in the store may have moved them). */
void      tf_case_filter_forget      (TfCaseFilter    *filter,
                                      gboolean         due_too);
/* TRUE when the search means another query than before. */
gboolean  tf_case_filter_set_search  (TfCaseFilter    *filter,
                                      const char      *search);
/* TRUE when the restriction changed. @case_ids: gint64 in any order, with
 * repeats or not; NULL for none. */
gboolean  tf_case_filter_set_only    (TfCaseFilter    *filter,
                                      const GArray    *case_ids);
/* The cases that need follow-up on @today, asked again when the day turned. */
TfIdSet  *tf_case_filter_ensure_due  (TfCaseFilter    *filter,
                                      TfSession       *session,
                                      const char      *today);
/* Asks the store for what the filters in use need. */
void      tf_case_filter_prepare     (TfCaseFilter    *filter,
                                      TfSession       *session,
                                      const char      *today);
/* TRUE when something beyond the SQL narrows the list. */
gboolean  tf_case_filter_narrows     (const TfCaseFilter *filter);
/* Whether @ref passes the search and the restriction, and follow-up when
 * @need_due (the filter's own follow_up, or TRUE to count what the
 * follow-up filter would show). tf_case_filter_prepare() first. */
static inline gboolean
tf_case_filter_passes (const TfCaseFilter *filter,
                       const TfCaseRef    *ref,
                       gboolean            need_due)
{
  return (filter->fts_query == NULL || tf_id_set_contains (filter->matches, ref->young_person_id)) &&
         (filter->only_set == NULL || tf_id_set_contains (filter->only_set, ref->case_id)) &&
         (!need_due || tf_id_set_contains (filter->due, ref->case_id));
}
/* Counts the refs that pass, per status into @counts (nullable;
 * TF_N_CASE_STATUSES slots, added to) and in all. */
guint     tf_case_filter_count       (const TfCaseFilter *filter,
                                      const GArray       *refs,
                                      gboolean            need_due,
                                      guint              *counts);
/* How many of the restriction's cases are among @refs (every case in the
 * session's scope): the rest are outside the scope. */
guint     tf_case_filter_count_only  (const TfCaseFilter *filter,
                                      const GArray       *refs);

G_END_DECLS
