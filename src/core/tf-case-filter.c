/* tf-case-filter.c — what narrows the case list after the SQL
 *
 * The search, "needs follow-up" and the restriction to a figure's cases
 * combine with each other and with the status filter, the sort and the
 * access scope (those three are in the SQL of tf-case-query.c). Each is a
 * bitmap over row ids (TfIdSet), so the list, its length and the sidebar's
 * counts are all one pass over the ordered array the SQL yielded.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tf-case-filter-private.h"
#include "tf-util-private.h"

void
tf_case_filter_clear (TfCaseFilter *filter)
{
  g_clear_pointer (&filter->fts_query, g_free);
  g_clear_pointer (&filter->due_day, g_free);
  g_clear_pointer (&filter->only, g_array_unref);
  g_clear_pointer (&filter->only_set, tf_id_set_free);
  tf_case_filter_forget (filter, TRUE);
}

void
tf_case_filter_forget (TfCaseFilter *filter,
                       gboolean      due_too)
{
  g_clear_pointer (&filter->matches, tf_id_set_free);
  if (due_too)
    g_clear_pointer (&filter->due, tf_id_set_free);
}

gboolean
tf_case_filter_set_search (TfCaseFilter *filter,
                           const char   *search)
{
  g_autofree char *fts_query = tf_case_query_fts_from_search (search);

  if (g_strcmp0 (fts_query, filter->fts_query) == 0)
    return FALSE;   /* only spaces or punctuation changed */
  g_free (filter->fts_query);
  filter->fts_query = g_steal_pointer (&fts_query);
  tf_case_filter_forget (filter, FALSE);
  return TRUE;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

static gboolean
ids_equal (const GArray *a,
           const GArray *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return a->len == b->len && memcmp (a->data, b->data, a->len * sizeof (gint64)) == 0;
}

gboolean
tf_case_filter_set_only (TfCaseFilter *filter,
                         const GArray *case_ids)
{
  g_autoptr(GArray) only = NULL;

  /* Sorted and each once, so "how many cases" is the array's length. */
  if (case_ids != NULL)
    {
      guint kept = 0;

      only = g_array_sized_new (FALSE, FALSE, sizeof (gint64), case_ids->len);
      g_array_append_vals (only, case_ids->data, case_ids->len);
      g_array_sort (only, compare_ids);
      for (guint i = 0; i < only->len; i++)
        if (i == 0 || g_array_index (only, gint64, i) != g_array_index (only, gint64, kept - 1))
          g_array_index (only, gint64, kept++) = g_array_index (only, gint64, i);
      g_array_set_size (only, kept);
    }
  if (ids_equal (only, filter->only))
    return FALSE;
  g_clear_pointer (&filter->only, g_array_unref);
  g_clear_pointer (&filter->only_set, tf_id_set_free);
  if (only != NULL)
    {
      filter->only_set = tf_id_set_new_from_array (only);
      filter->only = g_steal_pointer (&only);
    }
  return TRUE;
}

TfIdSet *
tf_case_filter_ensure_due (TfCaseFilter *filter,
                           TfSession    *session,
                           const char   *today)
{
  if (filter->due != NULL && g_strcmp0 (filter->due_day, today) == 0)
    return filter->due;
  g_clear_pointer (&filter->due, tf_id_set_free);
  g_free (filter->due_day);
  filter->due_day = g_strdup (today);
  filter->due = tf_case_query_due (session, today, &filter->n_due);
  return filter->due;
}

void
tf_case_filter_prepare (TfCaseFilter *filter,
                        TfSession    *session,
                        const char   *today)
{
  if (filter->fts_query != NULL && filter->matches == NULL)
    filter->matches = tf_case_query_matches (session, filter->fts_query);
  if (filter->follow_up)
    tf_case_filter_ensure_due (filter, session, today);
}

gboolean
tf_case_filter_narrows (const TfCaseFilter *filter)
{
  return filter->fts_query != NULL || filter->follow_up || filter->only != NULL;
}

guint
tf_case_filter_count (const TfCaseFilter *filter,
                      const GArray       *refs,
                      gboolean            need_due,
                      guint              *counts)
{
  guint total = 0;

  for (guint i = 0; i < refs->len; i++)
    {
      const TfCaseRef *ref = &g_array_index (refs, TfCaseRef, i);

      if (!tf_case_filter_passes (filter, ref, need_due))
        continue;
      if (counts != NULL && ref->status >= 0)
        counts[ref->status]++;
      total++;
    }
  return total;
}

guint
tf_case_filter_count_only (const TfCaseFilter *filter,
                           const GArray       *refs)
{
  guint n = 0;

  if (filter->only_set == NULL)
    return 0;
  for (guint i = 0; i < refs->len; i++)
    if (tf_id_set_contains (filter->only_set, g_array_index (refs, TfCaseRef, i).case_id))
      n++;
  return n;
}
