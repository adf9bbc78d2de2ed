/* tf-budget.c — a year's budget and its split across the budget areas
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-budget.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

#define N_AREAS 7

static const char * const area_ids[N_AREAS + 1] = {
  "mentor", "family", "network", "school", "leisure", "job", "administration", NULL
};

/* The seed's list of areas (001: "Indsatserne vil blandt andet være rettet
 * mod følgende områder"), plus administration. */
static const char * const area_labels[N_AREAS] = {
  N_("Mentor and support for the young person"),
  N_("Support for the family"),
  N_("Involving the network"),
  N_("Keeping the young person in school"),
  N_("Taking part in leisure activities"),
  N_("Internship and job"),
  N_("Administration"),
};

/* The default split of DKK 1,200,000, in kroner: most to the mentor and
 * family work the catalogue leans on, a twentieth to administration. */
static const gint64 default_shares_kroner[N_AREAS] = {
  360000, 240000, 96000, 180000, 120000, 144000, 60000
};

struct _TfBudget
{
  GObject  parent_instance;

  int      year;
  gint64   total;
  gint64   shares[N_AREAS];
  gint64   version;
  gboolean is_default;
};

G_DEFINE_FINAL_TYPE (TfBudget, tf_budget, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_YEAR,
  PROP_TOTAL,
  PROP_VERSION,
  PROP_IS_DEFAULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static int
area_index (const char *area_id)
{
  for (int i = 0; i < N_AREAS; i++)
    if (g_strcmp0 (area_ids[i], area_id) == 0)
      return i;
  return -1;
}

const char * const *
tf_budget_area_ids (void)
{
  return area_ids;
}

gboolean
tf_budget_area_is_valid (const char *area_id)
{
  return area_index (area_id) >= 0;
}

const char *
tf_budget_area_label (const char *area_id)
{
  int i = area_index (area_id);

  return i >= 0 ? _(area_labels[i]) : NULL;
}

static void
tf_budget_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TfBudget *self = TF_BUDGET (object);

  switch (prop_id)
    {
    case PROP_YEAR: g_value_set_int (value, self->year); break;
    case PROP_TOTAL: g_value_set_int64 (value, self->total); break;
    case PROP_VERSION: g_value_set_int64 (value, self->version); break;
    case PROP_IS_DEFAULT: g_value_set_boolean (value, self->is_default); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_budget_class_init (TfBudgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->get_property = tf_budget_get_property;
  properties[PROP_YEAR] = g_param_spec_int ("year", NULL, NULL, 0, G_MAXINT, 0, ro);
  properties[PROP_TOTAL] = g_param_spec_int64 ("total", NULL, NULL, G_MININT64, G_MAXINT64, 0, ro);
  properties[PROP_VERSION] = g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_IS_DEFAULT] = g_param_spec_boolean ("is-default", NULL, NULL, FALSE, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tf_budget_init (TfBudget *self)
{
}

TfBudget *
tf_budget_new_default (int year)
{
  TfBudget *self = g_object_new (TF_TYPE_BUDGET, NULL);

  self->year = year;
  self->total = TF_BUDGET_DEFAULT_TOTAL;
  for (int i = 0; i < N_AREAS; i++)
    self->shares[i] = default_shares_kroner[i] * 100;
  self->is_default = TRUE;
  return self;
}

int
tf_budget_get_year (TfBudget *self)
{
  g_return_val_if_fail (TF_IS_BUDGET (self), 0);
  return self->year;
}

gint64
tf_budget_get_total (TfBudget *self)
{
  g_return_val_if_fail (TF_IS_BUDGET (self), 0);
  return self->total;
}

void
tf_budget_set_total (TfBudget *self,
                     gint64    ore)
{
  g_return_if_fail (TF_IS_BUDGET (self));
  if (self->total == ore)
    return;
  self->total = ore;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL]);
}

gint64
tf_budget_get_share (TfBudget   *self,
                     const char *area_id)
{
  int i = area_index (area_id);

  g_return_val_if_fail (TF_IS_BUDGET (self), 0);
  return i >= 0 ? self->shares[i] : 0;
}

void
tf_budget_set_share (TfBudget   *self,
                     const char *area_id,
                     gint64      ore)
{
  int i = area_index (area_id);

  g_return_if_fail (TF_IS_BUDGET (self));
  g_return_if_fail (i >= 0);
  self->shares[i] = ore;
}

gint64
tf_budget_get_unallocated (TfBudget *self)
{
  gint64 sum = 0;

  g_return_val_if_fail (TF_IS_BUDGET (self), 0);
  for (int i = 0; i < N_AREAS; i++)
    sum += self->shares[i];
  return self->total - sum;
}

gint64
tf_budget_get_version (TfBudget *self)
{
  g_return_val_if_fail (TF_IS_BUDGET (self), 0);
  return self->version;
}

gboolean
tf_budget_get_is_default (TfBudget *self)
{
  g_return_val_if_fail (TF_IS_BUDGET (self), FALSE);
  return self->is_default;
}

gboolean
tf_budget_validate (TfBudget  *self,
                    GError   **error)
{
  gint64 unallocated;

  g_return_val_if_fail (TF_IS_BUDGET (self), FALSE);

  if (self->year < 2000 || self->year > 2999)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("%d is not a budget year."), self->year);
      return FALSE;
    }
  if (self->total < 0)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID, _("The budget cannot be negative."));
      return FALSE;
    }
  for (int i = 0; i < N_AREAS; i++)
    if (self->shares[i] < 0)
      {
        /* TRANSLATORS: %s is a budget area, such as "Support for the family" */
        g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("The share for “%s” cannot be negative."),
                     _(area_labels[i]));
        return FALSE;
      }

  unallocated = tf_budget_get_unallocated (self);
  if (unallocated != 0)
    {
      g_autofree char *difference = tf_format_money (ABS (unallocated));
      g_autofree char *total = tf_format_money (self->total);

      if (unallocated > 0)
        /* TRANSLATORS: "The split is 10.000 kr. less than the budget (1.200.000 kr.). …" */
        g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                     _("The split is %s less than the budget (%s). Give the rest to an area or lower the budget."),
                     difference, total);
      else
        g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                     _("The split is %s more than the budget (%s). Take it from an area or raise the budget."),
                     difference, total);
      return FALSE;
    }
  return TRUE;
}

/* Reads the shares of @self->year into @self. */
static gboolean
load_shares (TfStore   *store,
             TfBudget  *self,
             GError   **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  int rc;

  stmt = tf_store_prepare (store, "SELECT area, amount FROM budget_share WHERE year = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, self->year);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      int i = area_index ((const char *) sqlite3_column_text (stmt, 0));

      if (i >= 0)
        self->shares[i] = sqlite3_column_int64 (stmt, 1);
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (store, error);
  return TRUE;
}

static TfBudget *
budget_from_row (TfStmt *stmt)
{
  TfBudget *self = g_object_new (TF_TYPE_BUDGET, NULL);

  self->year = sqlite3_column_int (stmt, 0);
  self->total = sqlite3_column_int64 (stmt, 1);
  self->version = sqlite3_column_int64 (stmt, 2);
  return self;
}

TfBudget *
tf_budget_load (TfSession  *session,
                int         year,
                GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(TfBudget) self = NULL;
  int rc;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store, "SELECT year, total, version FROM budget WHERE year = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, year);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return NULL;
  if (rc != SQLITE_ROW)
    {
      tf_store_set_error (store, error);
      return NULL;
    }
  self = budget_from_row (stmt);
  if (!load_shares (store, self, error))
    return NULL;
  return g_steal_pointer (&self);
}

TfBudget *
tf_budget_load_or_default (TfSession  *session,
                           int         year,
                           GError    **error)
{
  GError *local_error = NULL;
  TfBudget *self = tf_budget_load (session, year, &local_error);

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }
  return self != NULL ? self : tf_budget_new_default (year);
}

GListModel *
tf_budget_list (TfSession  *session,
                GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(GListModel) list = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store, "SELECT year, total, version FROM budget ORDER BY year", error);
  if (stmt == NULL)
    return NULL;
  list = tf_store_collect (store, stmt, TF_TYPE_BUDGET, (TfRowReader) budget_from_row, error);
  if (list == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(TfBudget) budget = g_list_model_get_item (list, i);

      if (!load_shares (store, budget, error))
        return NULL;
    }
  return g_steal_pointer (&list);
}

/* The budget is the coordinators' to set: it is what the committee granted
 * and how the taskforce chose to spend it. */
static gboolean
check_coordinator (TfSession  *session,
                   GError    **error)
{
  if (!tf_access_check_store (session, TF_ACCESS_EDIT, error))
    return FALSE;
  if (tf_session_get_role (session) == TF_ROLE_COORDINATOR)
    return TRUE;
  g_set_error_literal (error, TF_ERROR, TF_ERROR_DENIED,
                       _("Only a coordinator may set the budget."));
  return FALSE;
}

static char *
shares_json (const gint64 shares[N_AREAS])
{
  GString *out = g_string_new ("{");

  for (int i = 0; i < N_AREAS; i++)
    g_string_append_printf (out, "%s\"%s\":%" G_GINT64_FORMAT, i > 0 ? "," : "", area_ids[i], shares[i]);
  g_string_append_c (out, '}');
  return g_string_free (out, FALSE);
}

static gboolean
write_budget_row (TfSession  *session,
                  TfBudget   *self,
                  GError    **error)
{
  TfStore *store = tf_session_get_store (session);
  g_autoptr(TfStmt) stmt = NULL;
  gint64 now = tf_now_seconds ();

  if (self->version == 0)
    {
      /* A year saved for the first time; if another desk created it in the
       * meantime the insert hits the primary key: a conflict, not a failure. */
      g_autoptr(TfStmt) exists = tf_store_prepare (store, "SELECT 1 FROM budget WHERE year = ?1", error);

      if (exists == NULL)
        return FALSE;
      sqlite3_bind_int (exists, 1, self->year);
      if (sqlite3_step (exists) == SQLITE_ROW)
        {
          g_set_error (error, TF_ERROR, TF_ERROR_CONFLICT,
                       _("Someone else saved the budget for %d first."), self->year);
          return FALSE;
        }
      stmt = tf_store_prepare (store,
        "INSERT INTO budget (year, total, author_id, created_at, updated_at, version) "
        "VALUES (?1, ?2, ?3, ?4, ?4, 1)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, self->year);
      sqlite3_bind_int64 (stmt, 2, self->total);
      tf_stmt_bind_staff_id (stmt, 3, tf_session_get_staff_id (session));
      sqlite3_bind_int64 (stmt, 4, now);
      return tf_store_step_done (store, stmt, error);
    }

  {
    g_autoptr(TfStmt) history = tf_store_prepare (store,
      "INSERT INTO budget_history (year, version, total, shares, author_id, changed_at) "
      "SELECT b.year, b.version, b.total, "
      "       (SELECT json_group_object (area, amount) FROM budget_share s WHERE s.year = b.year), "
      "       b.author_id, ?2 FROM budget b WHERE b.year = ?1 AND b.version = ?3", error);

    if (history == NULL)
      return FALSE;
    sqlite3_bind_int (history, 1, self->year);
    sqlite3_bind_int64 (history, 2, now);
    sqlite3_bind_int64 (history, 3, self->version);
    if (!tf_store_step_done (store, history, error))
      return FALSE;
  }
  stmt = tf_store_prepare (store,
    "UPDATE budget SET total = ?2, author_id = ?3, updated_at = ?4, version = version + 1 "
    "WHERE year = ?1 AND version = ?5", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, self->year);
  sqlite3_bind_int64 (stmt, 2, self->total);
  tf_stmt_bind_staff_id (stmt, 3, tf_session_get_staff_id (session));
  sqlite3_bind_int64 (stmt, 4, now);
  sqlite3_bind_int64 (stmt, 5, self->version);
  if (!tf_store_step_done (store, stmt, error))
    return FALSE;
  if (sqlite3_changes (tf_store_get_db (store)) == 0)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_CONFLICT,
                   _("Someone else changed the budget for %d since you opened it."), self->year);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_shares (TfStore   *store,
              TfBudget  *self,
              GError   **error)
{
  for (int i = 0; i < N_AREAS; i++)
    {
      g_autoptr(TfStmt) stmt = tf_store_prepare (store,
        "INSERT INTO budget_share (year, area, amount) VALUES (?1, ?2, ?3) "
        "ON CONFLICT (year, area) DO UPDATE SET amount = excluded.amount", error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, self->year);
      sqlite3_bind_text (stmt, 2, area_ids[i], -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 3, self->shares[i]);
      if (!tf_store_step_done (store, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
tf_budget_save (TfSession  *session,
                TfBudget   *self,
                GError    **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *shares = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (TF_IS_BUDGET (self), FALSE);

  if (!check_coordinator (session, error) || !tf_budget_validate (self, error))
    return FALSE;

  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  if (!write_budget_row (session, self, error) || !write_shares (store, self, error))
    return FALSE;

  shares = shares_json (self->shares);
  detail = g_strdup_printf ("{\"total\":%" G_GINT64_FORMAT ",\"shares\":%s}", self->total, shares);
  if (!tf_audit_record (session, self->version == 0 ? "create" : "update", "budget", self->year, 0,
                        detail, error))
    return FALSE;
  tf_transaction_changed (tx, "budget", self->year);
  if (!tf_transaction_commit (tx, error))
    return FALSE;

  self->version++;
  self->is_default = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IS_DEFAULT]);
  return TRUE;
}

void
tf_budget_rebase (TfBudget *self,
                  TfBudget *newer)
{
  g_return_if_fail (TF_IS_BUDGET (self));
  g_return_if_fail (TF_IS_BUDGET (newer));
  g_return_if_fail (self->year == newer->year);

  self->version = newer->version;
  self->is_default = newer->is_default;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}
