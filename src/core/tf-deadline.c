/* tf-deadline.c — statutory deadlines of a case, computed from the areas' rules
 *
 * A rule says where a deadline starts (the date field of the earliest record
 * of a form, or the young person's birthday), how long after that it falls
 * due, and which record meets it. Nothing is stored: the deadlines are worked
 * out from the records each time, so they can never disagree with them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-deadline.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-store-private.h"

struct _TfDeadline
{
  GObject         parent_instance;

  TfDeadlineRule *rule;
  char           *starts_on;
  char           *due_on;
  char           *done_on;
};

G_DEFINE_FINAL_TYPE (TfDeadline, tf_deadline, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_RULE,
  PROP_DUE_ON,
  PROP_DONE_ON,
  N_PROPS
};

static void
tf_deadline_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TfDeadline *self = TF_DEADLINE (object);

  switch (prop_id)
    {
    case PROP_RULE: g_value_set_object (value, self->rule); break;
    case PROP_DUE_ON: g_value_set_string (value, self->due_on); break;
    case PROP_DONE_ON: g_value_set_string (value, self->done_on); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_deadline_finalize (GObject *object)
{
  TfDeadline *self = TF_DEADLINE (object);

  g_clear_object (&self->rule);
  g_free (self->starts_on);
  g_free (self->due_on);
  g_free (self->done_on);
  G_OBJECT_CLASS (tf_deadline_parent_class)->finalize (object);
}

static void
tf_deadline_class_init (TfDeadlineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tf_deadline_get_property;
  object_class->finalize = tf_deadline_finalize;
  g_object_class_install_property (object_class, PROP_RULE,
    g_param_spec_object ("rule", NULL, NULL, TF_TYPE_DEADLINE_RULE, ro));
  g_object_class_install_property (object_class, PROP_DUE_ON,
    g_param_spec_string ("due-on", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_DONE_ON,
    g_param_spec_string ("done-on", NULL, NULL, NULL, ro));
}

static void
tf_deadline_init (TfDeadline *self)
{
}

TfDeadlineRule *
tf_deadline_get_rule (TfDeadline *self)
{
  g_return_val_if_fail (TF_IS_DEADLINE (self), NULL);
  return self->rule;
}

const char *
tf_deadline_get_due_on (TfDeadline *self)
{
  g_return_val_if_fail (TF_IS_DEADLINE (self), NULL);
  return self->due_on;
}

const char *
tf_deadline_get_done_on (TfDeadline *self)
{
  g_return_val_if_fail (TF_IS_DEADLINE (self), NULL);
  return self->done_on;
}

gboolean
tf_deadline_is_overdue (TfDeadline *self,
                        const char *today_iso)
{
  g_return_val_if_fail (TF_IS_DEADLINE (self), FALSE);
  g_return_val_if_fail (today_iso != NULL, FALSE);
  return self->done_on == NULL && strcmp (self->due_on, today_iso) < 0;
}

/* Computing */

static char *
birth_date (TfStore  *store,
            gint64    case_id,
            GError  **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store,
    "SELECT y.birth_date FROM cases c JOIN young_person y ON y.id = c.young_person_id "
    "WHERE c.id = ?1", error);

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND, _("The case no longer exists in the store."));
      return NULL;
    }
  return tf_stmt_dup_text (stmt, 0);
}

/* The earliest date on or after @not_before in the date field @field_id of
 * the case's records of @form_id, deleted ones left out. Returns NULL when
 * there is none (or on a store error, then set). */
static char *
earliest_date (TfStore     *store,
               gint64       case_id,
               const char  *form_id,
               const char  *field_id,
               const char  *not_before,
               GError     **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  char *date;
  int rc;

  /* A field id goes into a JSON path as a quoted key; one that cannot be
   * quoted there is never in the values. */
  if (form_id == NULL || field_id == NULL || strpbrk (field_id, "\"\\") != NULL)
    return NULL;
  /* "+form": walk the case's few records (record_by_case), never every
   * record of the form in the store (record_by_form), which SQLite would
   * otherwise pick without statistics. */
  stmt = tf_store_prepare (store,
    "SELECT min (d) FROM ("
    "  SELECT json_extract (vals, '$.\"' || ?3 || '\"') AS d"
    "  FROM record WHERE case_id = ?1 AND +form = ?2 AND deleted_at IS NULL"
    ") AS dates WHERE typeof (d) = 'text' AND d >= ?4", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_text (stmt, 2, form_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, field_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, not_before != NULL ? not_before : "", -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      tf_store_set_error (store, error);
      return NULL;
    }
  date = tf_stmt_dup_text (stmt, 0);
  if (date != NULL && !tf_iso_date_is_valid (date))
    g_clear_pointer (&date, g_free);
  return date;
}

static gint
compare_due (gconstpointer a,
             gconstpointer b)
{
  TfDeadline *x = *(TfDeadline **) a;
  TfDeadline *y = *(TfDeadline **) b;
  int by_date = strcmp (x->due_on, y->due_on);

  if (by_date != 0)
    return by_date;
  return g_strcmp0 (tf_deadline_rule_get_id (x->rule), tf_deadline_rule_get_id (y->rule));
}

GListModel *
tf_deadline_list_for_case (TfSession   *session,
                           TfRegistry  *registry,
                           gint64       case_id,
                           GError     **error)
{
  TfStore *store;
  g_autoptr(GPtrArray) rules = NULL;
  g_autoptr(GPtrArray) deadlines = NULL;
  g_autoptr(GListStore) list = NULL;
  g_autofree char *birthday = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (TF_IS_REGISTRY (registry), NULL);

  if (!tf_access_check_case (session, TF_ACCESS_VIEW, case_id, error))
    return NULL;
  store = tf_session_get_store (session);
  birthday = birth_date (store, case_id, error);
  if (birthday == NULL)
    return NULL;

  rules = tf_registry_list_deadline_rules (registry);
  deadlines = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < rules->len; i++)
    {
      TfDeadlineRule *rule = g_ptr_array_index (rules, i);
      const char *done_form = tf_deadline_rule_get_done_by_form (rule);
      g_autoptr(GError) local_error = NULL;
      g_autofree char *anchor = NULL;
      g_autofree char *due = NULL;
      TfDeadline *deadline;

      if (tf_deadline_rule_get_from_birthday (rule))
        anchor = tf_iso_date_is_valid (birthday) ? g_strdup (birthday) : NULL;
      else if (tf_deadline_rule_get_from_form (rule) != NULL)
        anchor = earliest_date (store, case_id, tf_deadline_rule_get_from_form (rule),
                                tf_deadline_rule_get_from_field (rule), NULL, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      /* No starting point yet (no decision recorded): no deadline. */
      if (anchor == NULL)
        continue;
      due = tf_deadline_rule_compute_due_on (rule, anchor);
      if (due == NULL)
        continue;

      deadline = g_object_new (TF_TYPE_DEADLINE, NULL);
      deadline->rule = g_object_ref (rule);
      deadline->starts_on = g_steal_pointer (&anchor);
      deadline->due_on = g_steal_pointer (&due);
      g_ptr_array_add (deadlines, deadline);
      /* Met by the earliest DoneBy record dated on or after the starting
       * point: a plan made for an earlier decision does not count. */
      if (done_form != NULL)
        {
          deadline->done_on = earliest_date (store, case_id, done_form,
                                             tf_deadline_rule_get_done_by_field (rule),
                                             deadline->starts_on, &local_error);
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return NULL;
            }
        }
    }

  g_ptr_array_sort (deadlines, compare_due);
  list = g_list_store_new (TF_TYPE_DEADLINE);
  g_list_store_splice (list, 0, 0, deadlines->pdata, deadlines->len);
  return G_LIST_MODEL (g_steal_pointer (&list));
}
