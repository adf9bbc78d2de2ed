/* tf-stats-settings.c — the coordinator's settings for the figures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-error.h"
#include "tf-stats-settings.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

typedef struct
{
  const char *key;
  const char *label;
  gboolean    has_default;
  double      default_value;
  double      min;
  double      max;
  gboolean    whole;
} Setting;

static const Setting settings[] = {
  { "anonymity-threshold", N_("Hide counts below"), TRUE, 5, 1, 100, TRUE },
  { "placement-cost-per-year", N_("Cost of a placement per year (kr.)"), FALSE, 0, 0, 1e9, FALSE },
  { "placement-share-avoided", N_("Share of the young people whose placement is expected to be avoided (%)"),
    FALSE, 0, 0, 100, FALSE },
  { "placement-years", N_("Years an avoided placement would have lasted"), TRUE, 1, 0.1, 18, FALSE },
};

static const char * const keys[] = {
  "anonymity-threshold", "placement-cost-per-year", "placement-share-avoided", "placement-years", NULL
};

const char * const *
tf_stats_setting_keys (void)
{
  return keys;
}

static const Setting *
find_setting (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (settings); i++)
    if (g_strcmp0 (settings[i].key, key) == 0)
      return &settings[i];
  return NULL;
}

const char *
tf_stats_setting_label (const char *key)
{
  const Setting *setting = find_setting (key);

  return setting != NULL ? _(setting->label) : NULL;
}

static const Setting *
known_setting (const char  *key,
               GError     **error)
{
  const Setting *setting = find_setting (key);

  if (setting == NULL)
    g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("“%s” is not a setting of the figures."),
                 key != NULL ? key : "");
  return setting;
}

/* The figures' settings change what the committee is told, so only the
 * coordinator (or an administrator) sets them. */
static gboolean
check_may_edit (TfSession  *session,
                GError    **error)
{
  if (!tf_access_check_store (session, TF_ACCESS_EDIT, error))
    return FALSE;
  switch (tf_session_get_role (session))
    {
    case TF_ROLE_COORDINATOR:
    case TF_ROLE_ADMINISTRATOR:
      return TRUE;
    case TF_ROLE_CASEWORKER:
    case TF_ROLE_MEMBER:
    default:
      g_set_error (error, TF_ERROR, TF_ERROR_DENIED,
                   _("Only a coordinator can change the settings of the figures."));
      return FALSE;
    }
}

gboolean
tf_stats_setting_get (TfSession   *session,
                      const char  *key,
                      double      *value,
                      gboolean    *is_set,
                      GError     **error)
{
  const Setting *setting;
  g_autoptr(TfStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  setting = known_setting (key, error);
  if (setting == NULL)
    return FALSE;
  stmt = tf_store_prepare (tf_session_get_store (session),
                           "SELECT value FROM stats_setting WHERE key = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *value = sqlite3_column_double (stmt, 0);
      if (is_set != NULL)
        *is_set = TRUE;
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (tf_session_get_store (session), error);
  *value = setting->has_default ? setting->default_value : 0;
  if (is_set != NULL)
    *is_set = FALSE;
  return TRUE;
}

static gboolean
check_value (const Setting  *setting,
             double          value,
             GError        **error)
{
  if (!isfinite (value) || value < setting->min || value > setting->max
      || (setting->whole && value != floor (value)))
    {
      if (setting->whole)
        g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("%s: write a whole number from %g to %g."),
                     _(setting->label), setting->min, setting->max);
      else
        g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("%s: write a number from %g to %g."),
                     _(setting->label), setting->min, setting->max);
      return FALSE;
    }
  return TRUE;
}

static char *
audit_detail (const char *key,
              double      value,
              gboolean    reset)
{
  GString *out = g_string_new ("{\"key\":");
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  tf_json_append_string (out, key);
  if (reset)
    g_string_append (out, ",\"value\":null}");
  else
    g_string_append_printf (out, ",\"value\":%s}", g_ascii_dtostr (number, sizeof number, value));
  return g_string_free (out, FALSE);
}

gboolean
tf_stats_setting_set (TfSession   *session,
                      const char  *key,
                      double       value,
                      GError     **error)
{
  const Setting *setting;
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);

  setting = known_setting (key, error);
  if (setting == NULL || !check_value (setting, value, error) || !check_may_edit (session, error))
    return FALSE;
  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  stmt = tf_store_prepare (store,
    "INSERT INTO stats_setting (key, value, updated_at, staff_id) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
    "  staff_id = excluded.staff_id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_double (stmt, 2, value);
  sqlite3_bind_int64 (stmt, 3, tf_now_seconds ());
  if (tf_session_get_staff_id (session) > 0)
    sqlite3_bind_int64 (stmt, 4, tf_session_get_staff_id (session));
  if (!tf_store_step_done (store, stmt, error))
    return FALSE;
  detail = audit_detail (key, value, FALSE);
  if (!tf_audit_record (session, "update", "stats-setting", 0, 0, detail, error))
    return FALSE;
  tf_transaction_changed (tx, "stats-setting", 0);
  return tf_transaction_commit (tx, error);
}

gboolean
tf_stats_setting_reset (TfSession   *session,
                        const char  *key,
                        GError     **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *detail = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);

  if (known_setting (key, error) == NULL || !check_may_edit (session, error))
    return FALSE;
  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  stmt = tf_store_prepare (store, "DELETE FROM stats_setting WHERE key = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (!tf_store_step_done (store, stmt, error))
    return FALSE;
  detail = audit_detail (key, 0, TRUE);
  if (!tf_audit_record (session, "update", "stats-setting", 0, 0, detail, error))
    return FALSE;
  tf_transaction_changed (tx, "stats-setting", 0);
  return tf_transaction_commit (tx, error);
}

gboolean
tf_stats_indicator_threshold_get (TfSession   *session,
                                  const char  *indicator_key,
                                  double      *threshold,
                                  GError     **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  g_return_val_if_fail (indicator_key != NULL, FALSE);

  stmt = tf_store_prepare (tf_session_get_store (session),
                           "SELECT threshold FROM stats_indicator_setting WHERE indicator = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, indicator_key, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (threshold != NULL)
        *threshold = sqlite3_column_double (stmt, 0);
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    tf_store_set_error (tf_session_get_store (session), error);
  return FALSE;
}

gboolean
tf_stats_indicator_threshold_set (TfSession   *session,
                                  const char  *indicator_key,
                                  double       threshold,
                                  GError     **error)
{
  TfStore *store;
  g_autoptr(TfTransaction) tx = NULL;
  g_autoptr(TfStmt) stmt = NULL;
  g_autofree char *key = tf_strdup_stripped (indicator_key);
  g_autofree char *detail = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);

  if (key == NULL)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("Choose the indicator."));
      return FALSE;
    }
  if (!isfinite (threshold) || threshold < 0)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("The change that counts must be a number above 0 (0 goes back to the default)."));
      return FALSE;
    }
  if (!check_may_edit (session, error))
    return FALSE;
  store = tf_session_get_store (session);
  tx = tf_store_begin (store, error);
  if (tx == NULL)
    return FALSE;
  if (threshold == 0)
    stmt = tf_store_prepare (store, "DELETE FROM stats_indicator_setting WHERE indicator = ?1", error);
  else
    stmt = tf_store_prepare (store,
      "INSERT INTO stats_indicator_setting (indicator, threshold, updated_at, staff_id) "
      "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (indicator) DO UPDATE SET threshold = excluded.threshold, "
      "  updated_at = excluded.updated_at, staff_id = excluded.staff_id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  if (threshold > 0)
    {
      sqlite3_bind_double (stmt, 2, threshold);
      sqlite3_bind_int64 (stmt, 3, tf_now_seconds ());
      if (tf_session_get_staff_id (session) > 0)
        sqlite3_bind_int64 (stmt, 4, tf_session_get_staff_id (session));
    }
  if (!tf_store_step_done (store, stmt, error))
    return FALSE;
  detail = audit_detail (key, threshold, threshold == 0);
  if (!tf_audit_record (session, "update", "stats-indicator-setting", 0, 0, detail, error))
    return FALSE;
  tf_transaction_changed (tx, "stats-setting", 0);
  return tf_transaction_commit (tx, error);
}
