/* tf-case-list-model.h — the case list as a GListModel over paged SQL
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-case-status.h"
#include "tf-session.h"

G_BEGIN_DECLS

typedef enum
{
  TF_CASE_SORT_NAME,
  TF_CASE_SORT_AGE,
  TF_CASE_SORT_STATUS,
  TF_CASE_SORT_COORDINATOR,
  TF_CASE_SORT_FOLLOW_UP,
  TF_CASE_SORT_SCHOOL,
  TF_N_CASE_SORTS
} TfCaseSort;

#define TF_TYPE_CASE_LIST_MODEL (tf_case_list_model_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfCaseListModel, tf_case_list_model, TF, CASE_LIST_MODEL, GObject)

/* Items are TfCaseSummary. Only the ordered case ids of the current query are
 * held (8 bytes a row); rows are fetched from SQLite a page at a time when
 * the view asks for them, and a few pages are kept.
 *
 * Properties: "session" (construct-only), "search" (string; name, CPR
 * number or school, prefix per word), "status" (string id or NULL for all),
 * "follow-up" (boolean: only cases that need follow-up — their follow-up
 * date has come, or they had no assessment for 3 months), "sort"
 * (TfCaseSort as int), "descending" (boolean), "restricted" (read-only
 * boolean: only the cases given to tf_case_list_model_set_only() show).
 * The filters combine. Changing a property re-runs the query at once; the
 * model follows the store's "changed" signal by itself. */
TF_AVAILABLE_IN_ALL
TfCaseListModel *tf_case_list_model_new          (TfSession       *session);
TF_AVAILABLE_IN_ALL
void             tf_case_list_model_set_search   (TfCaseListModel *self,
                                                  const char      *search);
TF_AVAILABLE_IN_ALL
const char      *tf_case_list_model_get_search   (TfCaseListModel *self);
TF_AVAILABLE_IN_ALL
void             tf_case_list_model_set_status   (TfCaseListModel *self,
                                                  const char      *status);
TF_AVAILABLE_IN_ALL
const char      *tf_case_list_model_get_status   (TfCaseListModel *self);
TF_AVAILABLE_IN_ALL
void             tf_case_list_model_set_sort     (TfCaseListModel *self,
                                                  TfCaseSort       sort,
                                                  gboolean         descending);
TF_AVAILABLE_IN_ALL
TfCaseSort       tf_case_list_model_get_sort     (TfCaseListModel *self);
TF_AVAILABLE_IN_ALL
gboolean         tf_case_list_model_get_descending (TfCaseListModel *self);
TF_AVAILABLE_IN_ALL
void             tf_case_list_model_set_follow_up (TfCaseListModel *self,
                                                   gboolean         follow_up);
TF_AVAILABLE_IN_ALL
gboolean         tf_case_list_model_get_follow_up (TfCaseListModel *self);
/* Re-runs the query, keeping what did not change in place. */
TF_AVAILABLE_IN_ALL
void             tf_case_list_model_refresh      (TfCaseListModel *self);
/* A new model reads its length and first rows only, and the rest when a row
 * beyond them is asked for; this reads the rest now (a window calls it once
 * its first frame is on screen). */
TF_AVAILABLE_IN_ALL
void             tf_case_list_model_read_all     (TfCaseListModel *self);
/* Position of a case in the current list, or -1. */
TF_AVAILABLE_IN_ALL
int              tf_case_list_model_find         (TfCaseListModel *self,
                                                  gint64           case_id);
/* Counts for the current search and follow-up filter, per status (@counts
 * has TF_N_CASE_STATUSES slots), and the total: what each status filter
 * would show. */
TF_AVAILABLE_IN_ALL
guint            tf_case_list_model_count_by_status (TfCaseListModel *self,
                                                     guint           *counts);
/* The cases that need follow-up under the current search and status
 * filter: what the follow-up filter would show. */
TF_AVAILABLE_IN_ALL
guint            tf_case_list_model_count_follow_up (TfCaseListModel *self);
/* Restricts the list to @case_ids (gint64; any order, repeats ignored;
 * empty: no case), or lifts the restriction (NULL): the cases behind a
 * figure. The restriction combines with the search, the status and
 * follow-up filters, the sort and the session's access scope, and the
 * counts above follow it. */
TF_AVAILABLE_IN_ALL
void             tf_case_list_model_set_only     (TfCaseListModel *self,
                                                  const GArray    *case_ids);
/* The restriction: case ids ascending, each once; NULL when there is none. */
TF_AVAILABLE_IN_ALL
const GArray    *tf_case_list_model_get_only     (TfCaseListModel *self);
TF_AVAILABLE_IN_ALL
gboolean         tf_case_list_model_get_restricted (TfCaseListModel *self);
/* Of the restriction's cases, how many the session's access scope shows
 * (whatever the search and the filters), and how many it leaves out. */
TF_AVAILABLE_IN_ALL
guint            tf_case_list_model_count_only_in_scope (TfCaseListModel *self);
TF_AVAILABLE_IN_ALL
guint            tf_case_list_model_count_only_hidden   (TfCaseListModel *self);

G_END_DECLS
