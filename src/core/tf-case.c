/* tf-case.c — the taskforce's case on one young person
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-case.h"
#include "tf-case-summary-private.h"
#include "tf-format.h"
#include "tf-error.h"
#include "tf-store-private.h"

struct _TfCase
{
  GObject       parent_instance;

  gint64        id;
  gint64        young_person_id;
  gint64        version;
  TfCaseStatus  status;
  char         *referral_date;
  char         *referral_source;
  char         *referral_reason;
  gint64        coordinator_id;
  char         *coordinator_name;
  char         *next_follow_up;
  char         *closed_on;
  char         *closing_reason;
  int           motivation;
  char         *screening_reason;
  char         *last_assessed_on;
  char         *risk_level;
  char         *follow_up_due;
};

G_DEFINE_FINAL_TYPE (TfCase, tf_case, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_YOUNG_PERSON_ID,
  PROP_VERSION,
  PROP_STATUS,
  PROP_REFERRAL_DATE,
  PROP_REFERRAL_SOURCE,
  PROP_REFERRAL_REASON,
  PROP_COORDINATOR_ID,
  PROP_COORDINATOR_NAME,
  PROP_NEXT_FOLLOW_UP,
  PROP_CLOSED_ON,
  PROP_CLOSING_REASON,
  PROP_MOTIVATION,
  PROP_SCREENING_REASON,
  PROP_LAST_ASSESSED_ON,
  PROP_RISK_LEVEL,
  PROP_FOLLOW_UP_DUE,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
tf_case_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  TfCase *self = TF_CASE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_YOUNG_PERSON_ID: g_value_set_int64 (value, self->young_person_id); break;
    case PROP_VERSION: g_value_set_int64 (value, self->version); break;
    case PROP_STATUS: g_value_set_string (value, tf_case_status_to_id (self->status)); break;
    case PROP_REFERRAL_DATE: g_value_set_string (value, self->referral_date); break;
    case PROP_REFERRAL_SOURCE: g_value_set_string (value, self->referral_source); break;
    case PROP_REFERRAL_REASON: g_value_set_string (value, self->referral_reason); break;
    case PROP_COORDINATOR_ID: g_value_set_int64 (value, self->coordinator_id); break;
    case PROP_COORDINATOR_NAME: g_value_set_string (value, self->coordinator_name); break;
    case PROP_NEXT_FOLLOW_UP: g_value_set_string (value, self->next_follow_up); break;
    case PROP_CLOSED_ON: g_value_set_string (value, self->closed_on); break;
    case PROP_CLOSING_REASON: g_value_set_string (value, self->closing_reason); break;
    case PROP_MOTIVATION: g_value_set_int (value, self->motivation); break;
    case PROP_SCREENING_REASON: g_value_set_string (value, self->screening_reason); break;
    case PROP_LAST_ASSESSED_ON: g_value_set_string (value, self->last_assessed_on); break;
    case PROP_RISK_LEVEL: g_value_set_string (value, self->risk_level); break;
    case PROP_FOLLOW_UP_DUE: g_value_set_string (value, self->follow_up_due); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_case_finalize (GObject *object)
{
  TfCase *self = TF_CASE (object);

  g_free (self->referral_date);
  g_free (self->referral_source);
  g_free (self->referral_reason);
  g_free (self->coordinator_name);
  g_free (self->next_follow_up);
  g_free (self->closed_on);
  g_free (self->closing_reason);
  g_free (self->screening_reason);
  g_free (self->last_assessed_on);
  g_free (self->risk_level);
  g_free (self->follow_up_due);

  G_OBJECT_CLASS (tf_case_parent_class)->finalize (object);
}

static void
tf_case_class_init (TfCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tf_case_get_property;
  object_class->finalize = tf_case_finalize;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_YOUNG_PERSON_ID] = g_param_spec_int64 ("young-person-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_VERSION] = g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL, ro);
  properties[PROP_REFERRAL_DATE] = g_param_spec_string ("referral-date", NULL, NULL, NULL, ro);
  properties[PROP_REFERRAL_SOURCE] = g_param_spec_string ("referral-source", NULL, NULL, NULL, ro);
  properties[PROP_REFERRAL_REASON] = g_param_spec_string ("referral-reason", NULL, NULL, NULL, ro);
  properties[PROP_COORDINATOR_ID] = g_param_spec_int64 ("coordinator-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_COORDINATOR_NAME] = g_param_spec_string ("coordinator-name", NULL, NULL, NULL, ro);
  properties[PROP_NEXT_FOLLOW_UP] = g_param_spec_string ("next-follow-up", NULL, NULL, NULL, ro);
  properties[PROP_CLOSED_ON] = g_param_spec_string ("closed-on", NULL, NULL, NULL, ro);
  properties[PROP_CLOSING_REASON] = g_param_spec_string ("closing-reason", NULL, NULL, NULL, ro);
  properties[PROP_MOTIVATION] = g_param_spec_int ("motivation", NULL, NULL, 0, 3, 0, ro);
  properties[PROP_SCREENING_REASON] = g_param_spec_string ("screening-reason", NULL, NULL, NULL, ro);
  properties[PROP_LAST_ASSESSED_ON] = g_param_spec_string ("last-assessed-on", NULL, NULL, NULL, ro);
  properties[PROP_RISK_LEVEL] = g_param_spec_string ("risk-level", NULL, NULL, NULL, ro);
  properties[PROP_FOLLOW_UP_DUE] = g_param_spec_string ("follow-up-due", NULL, NULL, NULL, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tf_case_init (TfCase *self)
{
}

static TfCase *
case_from_row (TfStmt *stmt)
{
  TfCase *self = g_object_new (TF_TYPE_CASE, NULL);
  int status = tf_case_status_from_id ((const char *) sqlite3_column_text (stmt, 2));

  self->id = sqlite3_column_int64 (stmt, 0);
  self->young_person_id = sqlite3_column_int64 (stmt, 1);
  self->status = status < 0 ? TF_CASE_STATUS_REFERRED : (TfCaseStatus) status;
  self->referral_date = tf_stmt_dup_text (stmt, 3);
  self->referral_source = tf_stmt_dup_text (stmt, 4);
  self->referral_reason = tf_stmt_dup_text (stmt, 5);
  self->coordinator_id = sqlite3_column_int64 (stmt, 6);
  self->coordinator_name = tf_stmt_dup_text (stmt, 7);
  self->next_follow_up = tf_stmt_dup_text (stmt, 8);
  self->closed_on = tf_stmt_dup_text (stmt, 9);
  self->closing_reason = tf_stmt_dup_text (stmt, 10);
  self->version = sqlite3_column_int64 (stmt, 11);
  self->motivation = sqlite3_column_int (stmt, 12);
  self->screening_reason = tf_stmt_dup_text (stmt, 13);
  self->last_assessed_on = tf_stmt_dup_text (stmt, 14);
  self->risk_level = tf_stmt_dup_text (stmt, 15);
  self->follow_up_due = tf_stmt_dup_text (stmt, 16);
  return self;
}

#define CASE_COLUMNS \
  "SELECT c.id, c.young_person_id, c.status, c.referral_date, c.referral_source, " \
  "       c.referral_reason, c.coordinator_id, s.name, c.next_follow_up, c.closed_on, " \
  "       c.closing_reason, c.version, c.motivation, c.screening_reason, " \
  "       c.last_assessed_on, c.risk_level, c.follow_up_due " \
  "FROM cases c LEFT JOIN staff_member s ON s.id = c.coordinator_id "

static TfCase *
load_one (TfSession  *session,
          TfStmt     *stmt,
          GError    **error)
{
  g_autoptr(TfCase) self = NULL;

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_NOT_FOUND, _("The case no longer exists in the store."));
      return NULL;
    }
  self = case_from_row (stmt);
  if (!tf_access_check_case (session, TF_ACCESS_VIEW, self->id, error))
    return NULL;
  return g_steal_pointer (&self);
}

TfCase *
tf_case_load (TfSession  *session,
              gint64      case_id,
              GError    **error)
{
  g_autoptr(TfStmt) stmt = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  stmt = tf_store_prepare (tf_session_get_store (session), CASE_COLUMNS "WHERE c.id = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);
  return load_one (session, stmt, error);
}

TfCase *
tf_case_load_for_young_person (TfSession  *session,
                               gint64      young_person_id,
                               GError    **error)
{
  g_autoptr(TfStmt) stmt = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  stmt = tf_store_prepare (tf_session_get_store (session),
                           CASE_COLUMNS "WHERE c.young_person_id = ?1 ORDER BY c.referral_date DESC, c.id DESC LIMIT 1",
                           error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, young_person_id);
  return load_one (session, stmt, error);
}

#define GETTER(type, field, fallback) \
  type \
  tf_case_get_##field (TfCase *self) \
  { \
    g_return_val_if_fail (TF_IS_CASE (self), fallback); \
    return self->field; \
  }

GETTER (gint64, id, 0)
GETTER (gint64, young_person_id, 0)
GETTER (TfCaseStatus, status, TF_CASE_STATUS_REFERRED)
GETTER (const char *, referral_date, NULL)
GETTER (const char *, referral_source, NULL)
GETTER (const char *, referral_reason, NULL)
GETTER (gint64, coordinator_id, 0)
GETTER (const char *, coordinator_name, NULL)
GETTER (const char *, next_follow_up, NULL)
GETTER (const char *, closed_on, NULL)
GETTER (const char *, closing_reason, NULL)
GETTER (gint64, version, 0)
GETTER (int, motivation, 0)
GETTER (const char *, screening_reason, NULL)
GETTER (const char *, last_assessed_on, NULL)
GETTER (const char *, risk_level, NULL)
GETTER (const char *, follow_up_due, NULL)

#undef GETTER

gboolean
tf_case_record_view (TfSession  *session,
                     gint64      case_id,
                     GError    **error)
{
  g_autoptr(TfTransaction) tx = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);

  if (!tf_access_check_case (session, TF_ACCESS_VIEW, case_id, error))
    return FALSE;
  tx = tf_store_begin (tf_session_get_store (session), error);
  if (tx == NULL || !tf_audit_record (session, "view", "case", case_id, case_id, NULL, error))
    return FALSE;
  return tf_transaction_commit (tx, error);
}

/* TfStatusChange */

struct _TfStatusChange
{
  GObject  parent_instance;

  gint64   id;
  char    *kind;
  char    *status;
  char    *valid_from;
  char    *staff_name;
  char    *reason_code;
  char    *reason;
  int      motivation;
};

G_DEFINE_FINAL_TYPE (TfStatusChange, tf_status_change, G_TYPE_OBJECT)

enum {
  CHANGE_PROP_0,
  CHANGE_PROP_STATUS,
  CHANGE_PROP_STATUS_LABEL,
  CHANGE_PROP_VALID_FROM,
  CHANGE_PROP_STAFF_NAME,
  CHANGE_PROP_REASON,
  CHANGE_PROP_ID,
  CHANGE_PROP_KIND,
  CHANGE_PROP_REASON_CODE,
  CHANGE_PROP_REASON_LABEL,
  CHANGE_PROP_MOTIVATION,
  N_CHANGE_PROPS
};

static void
tf_status_change_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TfStatusChange *self = TF_STATUS_CHANGE (object);

  switch (prop_id)
    {
    case CHANGE_PROP_STATUS: g_value_set_string (value, self->status); break;
    case CHANGE_PROP_STATUS_LABEL: g_value_set_string (value, tf_case_status_label_for_id (self->status)); break;
    case CHANGE_PROP_VALID_FROM: g_value_set_string (value, self->valid_from); break;
    case CHANGE_PROP_STAFF_NAME: g_value_set_string (value, self->staff_name); break;
    case CHANGE_PROP_REASON: g_value_set_string (value, self->reason); break;
    case CHANGE_PROP_ID: g_value_set_int64 (value, self->id); break;
    case CHANGE_PROP_KIND: g_value_set_string (value, self->kind); break;
    case CHANGE_PROP_REASON_CODE: g_value_set_string (value, self->reason_code); break;
    case CHANGE_PROP_REASON_LABEL: g_value_set_string (value, tf_status_change_get_reason_label (self)); break;
    case CHANGE_PROP_MOTIVATION: g_value_set_int (value, self->motivation); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_status_change_finalize (GObject *object)
{
  TfStatusChange *self = TF_STATUS_CHANGE (object);

  g_free (self->kind);
  g_free (self->status);
  g_free (self->valid_from);
  g_free (self->staff_name);
  g_free (self->reason_code);
  g_free (self->reason);
  G_OBJECT_CLASS (tf_status_change_parent_class)->finalize (object);
}

static void
tf_status_change_class_init (TfStatusChangeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tf_status_change_get_property;
  object_class->finalize = tf_status_change_finalize;
  g_object_class_install_property (object_class, CHANGE_PROP_STATUS,
                                   g_param_spec_string ("status", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, CHANGE_PROP_STATUS_LABEL,
                                   g_param_spec_string ("status-label", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, CHANGE_PROP_VALID_FROM,
                                   g_param_spec_string ("valid-from", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, CHANGE_PROP_STAFF_NAME,
                                   g_param_spec_string ("staff-name", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, CHANGE_PROP_REASON,
                                   g_param_spec_string ("reason", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, CHANGE_PROP_ID,
                                   g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, CHANGE_PROP_KIND,
                                   g_param_spec_string ("kind", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, CHANGE_PROP_REASON_CODE,
                                   g_param_spec_string ("reason-code", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, CHANGE_PROP_REASON_LABEL,
                                   g_param_spec_string ("reason-label", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, CHANGE_PROP_MOTIVATION,
                                   g_param_spec_int ("motivation", NULL, NULL, 0, 3, 0, ro));
}

static void
tf_status_change_init (TfStatusChange *self)
{
}

GListModel *
tf_case_list_history (TfSession  *session,
                      gint64      case_id,
                      GError    **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(GListStore) store = NULL;
  int rc;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_case (session, TF_ACCESS_VIEW, case_id, error))
    return NULL;
  stmt = tf_store_prepare (tf_session_get_store (session),
    "SELECT h.status, h.valid_from, s.name, h.reason, h.id, h.kind, h.reason_code, "
    "       coalesce (h.motivation, 0) FROM case_status_history h "
    "LEFT JOIN staff_member s ON s.id = h.staff_id "
    "WHERE h.case_id = ?1 ORDER BY h.valid_from, h.id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, case_id);

  store = g_list_store_new (TF_TYPE_STATUS_CHANGE);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TfStatusChange) change = g_object_new (TF_TYPE_STATUS_CHANGE, NULL);
      change->status = tf_stmt_dup_text (stmt, 0);
      change->valid_from = tf_stmt_dup_text (stmt, 1);
      change->staff_name = tf_stmt_dup_text (stmt, 2);
      change->reason = tf_stmt_dup_text (stmt, 3);
      change->id = sqlite3_column_int64 (stmt, 4);
      change->kind = tf_stmt_dup_text (stmt, 5);
      change->reason_code = tf_stmt_dup_text (stmt, 6);
      change->motivation = sqlite3_column_int (stmt, 7);
      g_list_store_append (store, change);
    }
  if (rc != SQLITE_DONE)
    {
      tf_store_set_error (tf_session_get_store (session), error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&store));
}

const char *
tf_status_change_get_status (TfStatusChange *self)
{
  g_return_val_if_fail (TF_IS_STATUS_CHANGE (self), NULL);
  return self->status;
}

const char *
tf_status_change_get_valid_from (TfStatusChange *self)
{
  g_return_val_if_fail (TF_IS_STATUS_CHANGE (self), NULL);
  return self->valid_from;
}

const char *
tf_status_change_get_staff_name (TfStatusChange *self)
{
  g_return_val_if_fail (TF_IS_STATUS_CHANGE (self), NULL);
  return self->staff_name;
}

const char *
tf_status_change_get_reason (TfStatusChange *self)
{
  g_return_val_if_fail (TF_IS_STATUS_CHANGE (self), NULL);
  return self->reason;
}

gint64
tf_status_change_get_id (TfStatusChange *self)
{
  g_return_val_if_fail (TF_IS_STATUS_CHANGE (self), 0);
  return self->id;
}

gboolean
tf_status_change_is_motivation (TfStatusChange *self)
{
  g_return_val_if_fail (TF_IS_STATUS_CHANGE (self), FALSE);
  return g_strcmp0 (self->kind, "motivation") == 0;
}

int
tf_status_change_get_motivation (TfStatusChange *self)
{
  g_return_val_if_fail (TF_IS_STATUS_CHANGE (self), 0);
  return self->motivation;
}

const char *
tf_status_change_get_reason_code (TfStatusChange *self)
{
  g_return_val_if_fail (TF_IS_STATUS_CHANGE (self), NULL);
  return self->reason_code;
}

/* The code is a closing reason on a closing, a screening reason on "not
 * relevant"; the two lists share no id, so either lookup may answer. */
const char *
tf_status_change_get_reason_label (TfStatusChange *self)
{
  const char *label;

  g_return_val_if_fail (TF_IS_STATUS_CHANGE (self), NULL);

  if (self->reason_code == NULL)
    return NULL;
  if (g_strcmp0 (self->status, "closed") == 0)
    label = tf_closing_reason_label (self->reason_code);
  else
    label = tf_screening_reason_label (self->reason_code);
  return label != NULL ? label : self->reason_code;
}

/**
 * tf_case_dup_follow_up_reason:
 * @today: (nullable): ISO day; NULL for today
 *
 * Returns: (transfer full) (nullable): why the case needs follow-up on
 *   @today ("No assessment for 3 months: the latest was on 3. feb. 2026"),
 *   the same words the case list shows; NULL when it does not
 */
char *
tf_case_dup_follow_up_reason (TfCase     *self,
                              const char *today)
{
  g_autofree char *today_owned = NULL;
  g_autofree char *warning = NULL;
  char *reason = NULL;

  g_return_val_if_fail (TF_IS_CASE (self), NULL);

  if (today == NULL)
    today = today_owned = tf_today_iso ();
  _tf_follow_up_need (today, self->follow_up_due, self->next_follow_up, self->last_assessed_on,
                      self->referral_date, &warning, &reason);
  return reason;
}
