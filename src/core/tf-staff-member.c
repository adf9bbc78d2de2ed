/* tf-staff-member.c — the people who work in the taskforce
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-access.h"
#include "tf-staff-member.h"
#include "tf-store-private.h"

struct _TfStaffMember
{
  GObject  parent_instance;

  gint64   id;
  char    *name;
  char    *organisation;
  char    *role;
};

G_DEFINE_FINAL_TYPE (TfStaffMember, tf_staff_member, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ORGANISATION,
  PROP_ROLE,
  N_PROPS
};

static void
tf_staff_member_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TfStaffMember *self = TF_STAFF_MEMBER (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_ORGANISATION: g_value_set_string (value, self->organisation); break;
    case PROP_ROLE: g_value_set_string (value, self->role); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_staff_member_finalize (GObject *object)
{
  TfStaffMember *self = TF_STAFF_MEMBER (object);

  g_free (self->name);
  g_free (self->organisation);
  g_free (self->role);
  G_OBJECT_CLASS (tf_staff_member_parent_class)->finalize (object);
}

static void
tf_staff_member_class_init (TfStaffMemberClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tf_staff_member_get_property;
  object_class->finalize = tf_staff_member_finalize;
  g_object_class_install_property (object_class, PROP_ID,
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_NAME,
    g_param_spec_string ("name", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_ORGANISATION,
    g_param_spec_string ("organisation", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_ROLE,
    g_param_spec_string ("role", NULL, NULL, NULL, ro));
}

static void
tf_staff_member_init (TfStaffMember *self)
{
}

gint64
tf_staff_member_get_id (TfStaffMember *self)
{
  g_return_val_if_fail (TF_IS_STAFF_MEMBER (self), 0);
  return self->id;
}

const char *
tf_staff_member_get_name (TfStaffMember *self)
{
  g_return_val_if_fail (TF_IS_STAFF_MEMBER (self), NULL);
  return self->name;
}

const char *
tf_staff_member_get_organisation (TfStaffMember *self)
{
  g_return_val_if_fail (TF_IS_STAFF_MEMBER (self), NULL);
  return self->organisation;
}

const char *
tf_staff_member_get_role (TfStaffMember *self)
{
  g_return_val_if_fail (TF_IS_STAFF_MEMBER (self), NULL);
  return self->role;
}

GListModel *
tf_staff_member_list_active (TfSession  *session,
                             GError    **error)
{
  TfStore *store;
  g_autoptr(TfStmt) stmt = NULL;
  g_autoptr(GListStore) list = NULL;
  int rc;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;
  store = tf_session_get_store (session);
  stmt = tf_store_prepare (store,
    "SELECT s.id, s.name, o.name, s.role FROM staff_member s "
    "LEFT JOIN organisation o ON o.id = s.organisation_id "
    "WHERE s.active = 1 ORDER BY s.sort_key, s.id", error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (TF_TYPE_STAFF_MEMBER);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TfStaffMember) member = g_object_new (TF_TYPE_STAFF_MEMBER, NULL);
      member->id = sqlite3_column_int64 (stmt, 0);
      member->name = tf_stmt_dup_text (stmt, 1);
      member->organisation = tf_stmt_dup_text (stmt, 2);
      member->role = tf_stmt_dup_text (stmt, 3);
      g_list_store_append (list, member);
    }
  if (rc != SQLITE_DONE)
    {
      tf_store_set_error (store, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}
