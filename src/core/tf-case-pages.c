/* tf-case-pages.c — the case list's rows, read a page at a time
 *
 * The case list holds only the ordered case ids of its query; the rows the
 * view shows are read here, 100 at a time in one statement that joins the
 * ids (as a JSON array) to the cases, so scrolling through 100,000 young
 * people costs the pages on screen and a few around them. After a refresh
 * the old pages tell which rows changed in place.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-access.h"
#include "tf-case-pages-private.h"
#include "tf-case-summary-private.h"
#include "tf-store-private.h"

#define PAGE_SIZE 100
#define MAX_CACHED_PAGES 32

struct _TfCasePages
{
  GHashTable *pages;          /* page number → GPtrArray of TfCaseSummary */
  GQueue      page_order;     /* page numbers, oldest first, for eviction */
};

/* The columns _tf_case_summary_new_from_row() reads, in its order. */
#define PAGE_SQL \
  "SELECT c.id, c.young_person_id, y.first_name || ' ' || y.last_name, y.birth_date, y.cpr, " \
  "       c.status, s.name, c.next_follow_up, y.school, " \
  "       c.follow_up_due, c.last_assessed_on, c.referral_date " \
  "FROM json_each (?1) j " \
  "JOIN cases c ON c.id = j.value " \
  "JOIN young_person y ON y.id = c.young_person_id " \
  "LEFT JOIN staff_member s ON s.id = c.coordinator_id"

TfCasePages *
tf_case_pages_new (void)
{
  TfCasePages *pages = g_new0 (TfCasePages, 1);

  pages->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&pages->page_order);
  return pages;
}

void
tf_case_pages_free (TfCasePages *pages)
{
  if (pages == NULL)
    return;
  g_hash_table_unref (pages->pages);
  g_queue_clear (&pages->page_order);
  g_free (pages);
}

static GPtrArray *
fetch_page (TfSession    *session,
            const GArray *ids,
            guint         page,
            const char   *today)
{
  TfStore *store = tf_session_get_store (session);
  guint first = page * PAGE_SIZE;
  guint n = MIN (PAGE_SIZE, ids->len - first);
  g_autoptr(GString) json = g_string_new ("[");
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);
  g_autoptr(TfStmt) stmt = tf_store_prepare (store, PAGE_SQL, NULL);
  gboolean may_see_cpr = tf_access_may_see_cpr (session);
  GPtrArray *items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s%" G_GINT64_FORMAT, i ? "," : "",
                            g_array_index (ids, gint64, first + i));
  g_string_append_c (json, ']');

  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, json->str, -1, SQLITE_TRANSIENT);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          TfCaseSummary *summary = _tf_case_summary_new_from_row (stmt, today, may_see_cpr);
          g_hash_table_insert (by_id, &summary->case_id, summary);
        }
    }

  for (guint i = 0; i < n; i++)
    {
      gint64 id = g_array_index (ids, gint64, first + i);
      TfCaseSummary *summary = g_hash_table_lookup (by_id, &id);

      g_ptr_array_add (items, summary ? g_object_ref (summary) : _tf_case_summary_new_missing (id));
    }
  return items;
}

static GPtrArray *
ensure_page (TfCasePages  *pages,
             TfSession    *session,
             const GArray *ids,
             guint         page,
             const char   *today)
{
  GPtrArray *items = g_hash_table_lookup (pages->pages, GUINT_TO_POINTER (page));

  if (items != NULL)
    return items;

  if (g_queue_get_length (&pages->page_order) >= MAX_CACHED_PAGES)
    {
      guint oldest = GPOINTER_TO_UINT (g_queue_pop_head (&pages->page_order));
      g_hash_table_remove (pages->pages, GUINT_TO_POINTER (oldest));
    }
  items = fetch_page (session, ids, page, today);
  g_hash_table_insert (pages->pages, GUINT_TO_POINTER (page), items);
  g_queue_push_tail (&pages->page_order, GUINT_TO_POINTER (page));
  return items;
}

TfCaseSummary *
tf_case_pages_get (TfCasePages  *pages,
                   TfSession    *session,
                   const GArray *ids,
                   guint         position,
                   const char   *today)
{
  GPtrArray *items;

  g_return_val_if_fail (position < ids->len, NULL);

  items = ensure_page (pages, session, ids, position / PAGE_SIZE, today);
  return g_ptr_array_index (items, position % PAGE_SIZE);
}

static gboolean
summary_equal (TfCaseSummary *a,
               TfCaseSummary *b)
{
  return a->case_id == b->case_id && a->age == b->age &&
         a->follow_up_overdue == b->follow_up_overdue &&
         g_strcmp0 (a->follow_up_reason, b->follow_up_reason) == 0 &&
         g_strcmp0 (a->name, b->name) == 0 &&
         g_strcmp0 (a->cpr_label, b->cpr_label) == 0 &&
         g_strcmp0 (a->status, b->status) == 0 &&
         g_strcmp0 (a->coordinator, b->coordinator) == 0 &&
         g_strcmp0 (a->follow_up, b->follow_up) == 0 &&
         g_strcmp0 (a->school, b->school) == 0;
}

GArray *
tf_case_pages_changed_rows (TfCasePages  *pages,
                            TfCasePages  *old,
                            TfSession    *session,
                            const GArray *ids,
                            guint         prefix,
                            const char   *today)
{
  GArray *changed = g_array_new (FALSE, FALSE, sizeof (guint));
  GHashTableIter iter;
  gpointer key, value;

  /* Only the pages the view was shown can hold a row it shows stale. */
  g_hash_table_iter_init (&iter, old->pages);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      guint page = GPOINTER_TO_UINT (key);
      GPtrArray *old_items = value;
      GPtrArray *new_items;

      if (page * PAGE_SIZE >= prefix)
        continue;
      new_items = ensure_page (pages, session, ids, page, today);
      for (guint i = 0; i < old_items->len && page * PAGE_SIZE + i < prefix; i++)
        if (!summary_equal (g_ptr_array_index (old_items, i), g_ptr_array_index (new_items, i)))
          {
            guint position = page * PAGE_SIZE + i;
            g_array_append_val (changed, position);
          }
    }
  return changed;
}
