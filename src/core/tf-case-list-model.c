/* tf-case-list-model.c — the case list as a GListModel over paged SQL
 *
 * The status filter and the sort run once in SQLite as one walk of a
 * covering index (tf-case-query.c), which yields the ordered (case, young
 * person, status) of every case: 24 bytes a row. A new list reads its length
 * and first rows only, and the rest when asked. Search as you type asks the
 * full-text index for the young people matching the words and keeps the
 * cases whose young person is among them, so a keystroke costs one FTS5
 * lookup and a pass over an array instead of another walk of the table.
 * Rows are fetched a page at a time when the view asks for a position, so
 * 100,000 young people cost about 3 MB of ids and the few pages on screen.
 * "Needs follow-up" works like the search: one walk of the partial index
 * of open cases by the day they need follow-up gives a bitmap of case ids,
 * kept until the store changes or the day turns, and the list and the
 * counts test each case against it. So does the restriction to given cases
 * (the cases behind a figure on the dashboard). Those filters are
 * TfCaseFilter (tf-case-filter.c), the pages of rows TfCasePages
 * (tf-case-pages.c); this file keeps the list in order and tells the view
 * what changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-case-filter-private.h"
#include "tf-case-list-model.h"
#include "tf-case-query-private.h"
#include "tf-case-pages-private.h"
#include "tf-cpr.h"
#include "tf-format.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

struct _TfCaseListModel
{
  GObject     parent_instance;

  TfSession  *session;
  char       *search;
  char       *status;
  TfCaseSort  sort;
  gboolean    descending;
  TfCaseFilter filter;        /* search, follow-up, only these cases */

  GArray     *ordered;        /* TfCaseRef: scope, status and sort; NULL = read again */
  GArray     *everyone;       /* TfCaseRef: every case in scope, for counts while
                               * searching under a status filter; NULL = read again */
  int         only_in_scope;  /* of filter.only, how many the scope shows; -1 = count again */
  GArray     *ids;            /* gint64, in list order: ordered, less non-matches;
                               * only the first TF_CASE_QUERY_FIRST_ROWS while partial */
  guint       n_items;        /* the length the view was told */
  gboolean    partial;
  TfCasePages *pages;         /* the rows read, a page at a time */
  char       *today;
  guint       refresh_idle;
};


enum {
  PROP_0,
  PROP_SESSION,
  PROP_SEARCH,
  PROP_STATUS,
  PROP_FOLLOW_UP,
  PROP_SORT,
  PROP_DESCENDING,
  PROP_RESTRICTED,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void     list_model_iface_init (GListModelInterface *iface);
static gboolean refresh_idle_cb       (gpointer             data);

G_DEFINE_FINAL_TYPE_WITH_CODE (TfCaseListModel, tf_case_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static TfCaseQuery
current_query (TfCaseListModel *self)
{
  return (TfCaseQuery) { self->session, self->status, self->sort, self->descending };
}

static GArray *
query_ids (TfCaseListModel *self)
{
  GArray *ids;

  if (self->ordered == NULL)
    {
      TfCaseQuery query = current_query (self);

      self->ordered = tf_case_query_ordered (&query, FALSE);
    }
  tf_case_filter_prepare (&self->filter, self->session, self->today);

  ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->ordered->len);
  for (guint i = 0; i < self->ordered->len; i++)
    {
      const TfCaseRef *ref = &g_array_index (self->ordered, TfCaseRef, i);

      if (tf_case_filter_passes (&self->filter, ref, self->filter.follow_up))
        g_array_append_val (ids, ref->case_id);
    }
  return ids;
}

/* The length of the list without a search, and its first rows: what a
 * new model needs to show its first screen. */
static void
read_first_rows (TfCaseListModel *self)
{
  TfCaseQuery query = current_query (self);
  guint total = tf_case_query_total (&query);
  g_autoptr(GArray) first = tf_case_query_ordered (&query, TRUE);

  g_array_set_size (self->ids, 0);
  for (guint i = 0; i < first->len; i++)
    g_array_append_val (self->ids, g_array_index (first, TfCaseRef, i).case_id);
  if (first->len < TF_CASE_QUERY_FIRST_ROWS)
    self->ordered = g_steal_pointer (&first);   /* that was all of it */
  self->n_items = MAX (total, self->ids->len);
  self->partial = self->ids->len < self->n_items;
}

/* Pads the ids to the length the view was told: positions not read yet hold
 * 0, which no case has, and show as empty rows until the next refresh. */
static void
pad_ids (TfCaseListModel *self)
{
  const gint64 unknown = 0;

  while (self->ids->len < self->n_items)
    g_array_append_val (self->ids, unknown);
  g_array_set_size (self->ids, self->n_items);
}

/* Reads the rest of a partial list in the same order. Should another desk
 * have changed the store since the first rows were read, the view keeps what
 * it was told until the refresh that follows announces the difference. */
static void
complete_ids (TfCaseListModel *self)
{
  g_autoptr(GArray) all = NULL;

  if (!self->partial)
    return;
  self->partial = FALSE;
  all = query_ids (self);
  if (all->len != self->n_items ||
      memcmp (all->data, self->ids->data, self->ids->len * sizeof (gint64)) != 0)
    {
      g_array_set_size (all, MIN (all->len, self->n_items));
      if (self->refresh_idle == 0)
        self->refresh_idle = g_idle_add (refresh_idle_cb, self);
    }
  g_array_unref (self->ids);
  self->ids = g_steal_pointer (&all);
  pad_ids (self);
}

/* Forgets what was read for the current query, down to @what:
 * the search matches, also the ordered list, or also everyone. */
typedef enum { FORGET_MATCHES, FORGET_ORDER, FORGET_ALL } Forget;

static void
forget (TfCaseListModel *self,
        Forget           what)
{
  tf_case_filter_forget (&self->filter, what >= FORGET_ALL);
  if (what >= FORGET_ORDER)
    g_clear_pointer (&self->ordered, g_array_unref);
  if (what >= FORGET_ALL)
    {
      g_clear_pointer (&self->everyone, g_array_unref);
      self->only_in_scope = -1;
    }
}

/* GListModel */

static GType
tf_case_list_model_get_item_type (GListModel *model)
{
  return TF_TYPE_CASE_SUMMARY;
}

static guint
tf_case_list_model_get_n_items (GListModel *model)
{
  return TF_CASE_LIST_MODEL (model)->n_items;
}

static gpointer
tf_case_list_model_get_item (GListModel *model,
                             guint       position)
{
  TfCaseListModel *self = TF_CASE_LIST_MODEL (model);

  if (position >= self->n_items)
    return NULL;
  if (position >= self->ids->len)
    complete_ids (self);
  return g_object_ref (tf_case_pages_get (self->pages, self->session, self->ids, position, self->today));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = tf_case_list_model_get_item_type;
  iface->get_n_items = tf_case_list_model_get_n_items;
  iface->get_item = tf_case_list_model_get_item;
}

/* Refresh */

/* Runs the query again from what is still known (see forget()) and tells
 * the view what changed, keeping unchanged rows in place. */
static void
update_ids (TfCaseListModel *self)
{
  g_autoptr(GArray) old_ids = NULL;
  g_autoptr(TfCasePages) old_pages = NULL;
  g_autoptr(GArray) changed = NULL;
  guint prefix = 0, suffix = 0, old_n, new_n;

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_free (self->today);
  self->today = tf_today_iso ();

  /* Rows never read compare as changed. */
  if (self->partial)
    {
      self->partial = FALSE;
      pad_ids (self);
    }
  old_ids = g_steal_pointer (&self->ids);
  self->ids = query_ids (self);
  old_n = old_ids->len;
  new_n = self->ids->len;
  self->n_items = new_n;

  while (prefix < old_n && prefix < new_n &&
         g_array_index (old_ids, gint64, prefix) == g_array_index (self->ids, gint64, prefix))
    prefix++;
  while (suffix < old_n - prefix && suffix < new_n - prefix &&
         g_array_index (old_ids, gint64, old_n - 1 - suffix) ==
         g_array_index (self->ids, gint64, new_n - 1 - suffix))
    suffix++;

  /* Keep the old pages aside to compare, then start a fresh cache. */
  old_pages = g_steal_pointer (&self->pages);
  self->pages = tf_case_pages_new ();
  changed = tf_case_pages_changed_rows (self->pages, old_pages, self->session, self->ids, prefix, self->today);

  for (guint i = 0; i < changed->len; i++)
    g_list_model_items_changed (G_LIST_MODEL (self), g_array_index (changed, guint, i), 1, 1);
  if (old_n - prefix - suffix > 0 || new_n - prefix - suffix > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), prefix,
                                old_n - prefix - suffix, new_n - prefix - suffix);
}

void
tf_case_list_model_refresh (TfCaseListModel *self)
{
  g_return_if_fail (TF_IS_CASE_LIST_MODEL (self));

  forget (self, FORGET_ALL);
  update_ids (self);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  TfCaseListModel *self = data;

  self->refresh_idle = 0;
  tf_case_list_model_refresh (self);
  return G_SOURCE_REMOVE;
}

/* One commit emits several "changed" signals; refresh once after them. */
static void
on_store_changed_cb (TfCaseListModel *self,
                     const char      *entity,
                     gint64           id)
{
  /* What the list shows — name, CPR number, age, status, coordinator,
   * follow-up and why, school — depends on none of these; a save of one
   * costs no walk of the list (11–17 ms on 100,000 cases). */
  static const char * const unseen[] = { "consent", "note", "record", "indicator-value",
                                         "assessment-catalogue", "meeting", "decision", "task",
                                         "reminder", NULL };

  if (entity != NULL && g_strv_contains (unseen, entity))
    return;
  /* Nothing read before the change may answer a question after it. */
  forget (self, FORGET_ALL);
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (refresh_idle_cb, self);
}

/* GObject */

static void
tf_case_list_model_constructed (GObject *object)
{
  TfCaseListModel *self = TF_CASE_LIST_MODEL (object);

  G_OBJECT_CLASS (tf_case_list_model_parent_class)->constructed (object);

  g_signal_connect_object (tf_session_get_store (self->session), "changed",
                           G_CALLBACK (on_store_changed_cb), self, G_CONNECT_SWAPPED);
  self->today = tf_today_iso ();
  read_first_rows (self);
}

static void
tf_case_list_model_finalize (GObject *object)
{
  TfCaseListModel *self = TF_CASE_LIST_MODEL (object);

  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  g_clear_object (&self->session);
  g_free (self->search);
  g_free (self->status);
  g_free (self->today);
  g_array_unref (self->ids);
  forget (self, FORGET_ALL);
  tf_case_filter_clear (&self->filter);
  tf_case_pages_free (self->pages);

  G_OBJECT_CLASS (tf_case_list_model_parent_class)->finalize (object);
}

static void
tf_case_list_model_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TfCaseListModel *self = TF_CASE_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_SESSION: g_value_set_object (value, self->session); break;
    case PROP_SEARCH: g_value_set_string (value, self->search); break;
    case PROP_STATUS: g_value_set_string (value, self->status); break;
    case PROP_FOLLOW_UP: g_value_set_boolean (value, self->filter.follow_up); break;
    case PROP_SORT: g_value_set_int (value, self->sort); break;
    case PROP_DESCENDING: g_value_set_boolean (value, self->descending); break;
    case PROP_RESTRICTED: g_value_set_boolean (value, self->filter.only != NULL); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_case_list_model_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TfCaseListModel *self = TF_CASE_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_SESSION: self->session = g_value_dup_object (value); break;
    case PROP_SEARCH: tf_case_list_model_set_search (self, g_value_get_string (value)); break;
    case PROP_STATUS: tf_case_list_model_set_status (self, g_value_get_string (value)); break;
    case PROP_FOLLOW_UP: tf_case_list_model_set_follow_up (self, g_value_get_boolean (value)); break;
    case PROP_SORT: tf_case_list_model_set_sort (self, g_value_get_int (value), self->descending); break;
    case PROP_DESCENDING: tf_case_list_model_set_sort (self, self->sort, g_value_get_boolean (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_case_list_model_class_init (TfCaseListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = tf_case_list_model_constructed;
  object_class->finalize = tf_case_list_model_finalize;
  object_class->get_property = tf_case_list_model_get_property;
  object_class->set_property = tf_case_list_model_set_property;

  properties[PROP_SESSION] = g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
    G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH] = g_param_spec_string ("search", NULL, NULL, NULL, rw);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL, rw);
  properties[PROP_FOLLOW_UP] = g_param_spec_boolean ("follow-up", NULL, NULL, FALSE, rw);
  properties[PROP_SORT] = g_param_spec_int ("sort", NULL, NULL, 0, TF_N_CASE_SORTS - 1, 0, rw);
  properties[PROP_DESCENDING] = g_param_spec_boolean ("descending", NULL, NULL, FALSE, rw);
  properties[PROP_RESTRICTED] = g_param_spec_boolean ("restricted", NULL, NULL, FALSE,
                                                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                      G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tf_case_list_model_init (TfCaseListModel *self)
{
  self->ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->only_in_scope = -1;
  self->pages = tf_case_pages_new ();
}

TfCaseListModel *
tf_case_list_model_new (TfSession *session)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  return g_object_new (TF_TYPE_CASE_LIST_MODEL, "session", session, NULL);
}

void
tf_case_list_model_set_search (TfCaseListModel *self,
                               const char      *search)
{
  g_return_if_fail (TF_IS_CASE_LIST_MODEL (self));

  if (!tf_set_str (&self->search, search))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
  if (!tf_case_filter_set_search (&self->filter, search))
    return;
  if (self->session != NULL)
    update_ids (self);
}

const char *
tf_case_list_model_get_search (TfCaseListModel *self)
{
  g_return_val_if_fail (TF_IS_CASE_LIST_MODEL (self), NULL);
  return self->search;
}

void
tf_case_list_model_set_status (TfCaseListModel *self,
                               const char      *status)
{
  g_return_if_fail (TF_IS_CASE_LIST_MODEL (self));

  if (status != NULL && tf_case_status_from_id (status) < 0)
    {
      g_warning ("Unknown case status “%s”", status);
      return;
    }
  if (!tf_set_str (&self->status, status))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
  forget (self, FORGET_ORDER);
  if (self->session != NULL)
    update_ids (self);
}

const char *
tf_case_list_model_get_status (TfCaseListModel *self)
{
  g_return_val_if_fail (TF_IS_CASE_LIST_MODEL (self), NULL);
  return self->status;
}

void
tf_case_list_model_set_sort (TfCaseListModel *self,
                             TfCaseSort       sort,
                             gboolean         descending)
{
  g_return_if_fail (TF_IS_CASE_LIST_MODEL (self));
  g_return_if_fail (sort < TF_N_CASE_SORTS);

  descending = !!descending;
  if (self->sort == sort && self->descending == descending)
    return;
  if (self->sort != sort)
    {
      self->sort = sort;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
    }
  if (self->descending != descending)
    {
      self->descending = descending;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCENDING]);
    }
  forget (self, FORGET_ORDER);
  if (self->session != NULL)
    update_ids (self);
}

TfCaseSort
tf_case_list_model_get_sort (TfCaseListModel *self)
{
  g_return_val_if_fail (TF_IS_CASE_LIST_MODEL (self), 0);
  return self->sort;
}

gboolean
tf_case_list_model_get_descending (TfCaseListModel *self)
{
  g_return_val_if_fail (TF_IS_CASE_LIST_MODEL (self), FALSE);
  return self->descending;
}

int
tf_case_list_model_find (TfCaseListModel *self,
                         gint64           case_id)
{
  g_return_val_if_fail (TF_IS_CASE_LIST_MODEL (self), -1);

  complete_ids (self);
  for (guint i = 0; i < self->ids->len; i++)
    if (g_array_index (self->ids, gint64, i) == case_id)
      return (int) i;
  return -1;
}

/* The ordered list under the status filter, read whole. */
static GArray *
ordered_cases (TfCaseListModel *self)
{
  if (self->ordered == NULL)
    {
      TfCaseQuery query = current_query (self);

      self->ordered = tf_case_query_ordered (&query, FALSE);
    }
  return self->ordered;
}

/* Every case in scope: without a status filter that is the ordered list
 * itself; with one, it is read once and kept until the store changes. */
static GArray *
cases_in_scope (TfCaseListModel *self)
{
  if (self->status == NULL)
    return ordered_cases (self);
  if (self->everyone == NULL)
    self->everyone = tf_case_query_everyone (self->session);
  return self->everyone;
}

void
tf_case_list_model_read_all (TfCaseListModel *self)
{
  g_return_if_fail (TF_IS_CASE_LIST_MODEL (self));
  complete_ids (self);
}

/* Counts while searching, following up or restricted come from the arrays
 * already read and the bitmaps: no walk of the table per keystroke. */
guint
tf_case_list_model_count_by_status (TfCaseListModel *self,
                                    guint           *counts)
{
  g_return_val_if_fail (TF_IS_CASE_LIST_MODEL (self), 0);

  if (!tf_case_filter_narrows (&self->filter))
    return tf_case_query_count_by_status (self->session, counts);
  memset (counts, 0, sizeof (guint) * TF_N_CASE_STATUSES);
  tf_case_filter_prepare (&self->filter, self->session, self->today);
  return tf_case_filter_count (&self->filter, cases_in_scope (self), self->filter.follow_up, counts);
}

void
tf_case_list_model_set_follow_up (TfCaseListModel *self,
                                  gboolean         follow_up)
{
  g_return_if_fail (TF_IS_CASE_LIST_MODEL (self));

  follow_up = !!follow_up;
  if (self->filter.follow_up == follow_up)
    return;
  self->filter.follow_up = follow_up;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOLLOW_UP]);
  if (self->session != NULL)
    update_ids (self);
}

gboolean
tf_case_list_model_get_follow_up (TfCaseListModel *self)
{
  g_return_val_if_fail (TF_IS_CASE_LIST_MODEL (self), FALSE);
  return self->filter.follow_up;
}

guint
tf_case_list_model_count_follow_up (TfCaseListModel *self)
{
  g_return_val_if_fail (TF_IS_CASE_LIST_MODEL (self), 0);

  if (self->today == NULL)
    self->today = tf_today_iso ();
  tf_case_filter_ensure_due (&self->filter, self->session, self->today);
  if (self->filter.fts_query == NULL && self->filter.only == NULL && self->status == NULL)
    return self->filter.n_due;
  tf_case_filter_prepare (&self->filter, self->session, self->today);
  return tf_case_filter_count (&self->filter, ordered_cases (self), TRUE, NULL);
}

void
tf_case_list_model_set_only (TfCaseListModel *self,
                             const GArray    *case_ids)
{
  g_return_if_fail (TF_IS_CASE_LIST_MODEL (self));
  g_return_if_fail (case_ids == NULL || g_array_get_element_size ((GArray *) case_ids) == sizeof (gint64));

  if (!tf_case_filter_set_only (&self->filter, case_ids))
    return;
  self->only_in_scope = -1;
  if (self->session != NULL)
    update_ids (self);
  /* After the list is right, so a handler that reads it sees the new one;
   * also when one restriction replaces another. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RESTRICTED]);
}

const GArray *
tf_case_list_model_get_only (TfCaseListModel *self)
{
  g_return_val_if_fail (TF_IS_CASE_LIST_MODEL (self), NULL);
  return self->filter.only;
}

gboolean
tf_case_list_model_get_restricted (TfCaseListModel *self)
{
  g_return_val_if_fail (TF_IS_CASE_LIST_MODEL (self), FALSE);
  return self->filter.only != NULL;
}

guint
tf_case_list_model_count_only_in_scope (TfCaseListModel *self)
{
  g_return_val_if_fail (TF_IS_CASE_LIST_MODEL (self), 0);

  if (self->filter.only == NULL)
    return 0;
  if (self->only_in_scope < 0)
    self->only_in_scope = (int) tf_case_filter_count_only (&self->filter, cases_in_scope (self));
  return (guint) self->only_in_scope;
}

guint
tf_case_list_model_count_only_hidden (TfCaseListModel *self)
{
  g_return_val_if_fail (TF_IS_CASE_LIST_MODEL (self), 0);

  if (self->filter.only == NULL)
    return 0;
  return self->filter.only->len - tf_case_list_model_count_only_in_scope (self);
}
