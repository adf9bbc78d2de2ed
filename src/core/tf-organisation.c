/* tf-organisation.c — the taskforce's member organisations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-access.h"
#include "tf-organisation.h"
#include "tf-store-private.h"

struct _TfOrganisation
{
  GObject   parent_instance;

  gint64    id;
  char     *code;
  char     *name;
  char     *area;
  gboolean  fixed_member;
};

G_DEFINE_FINAL_TYPE (TfOrganisation, tf_organisation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_NAME,
  PROP_AREA,
  PROP_FIXED_MEMBER,
  N_PROPS
};

static void
tf_organisation_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TfOrganisation *self = TF_ORGANISATION (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_CODE: g_value_set_string (value, self->code); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_AREA: g_value_set_string (value, self->area); break;
    case PROP_FIXED_MEMBER: g_value_set_boolean (value, self->fixed_member); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_organisation_finalize (GObject *object)
{
  TfOrganisation *self = TF_ORGANISATION (object);

  g_free (self->code);
  g_free (self->name);
  g_free (self->area);

  G_OBJECT_CLASS (tf_organisation_parent_class)->finalize (object);
}

static void
tf_organisation_class_init (TfOrganisationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tf_organisation_get_property;
  object_class->finalize = tf_organisation_finalize;

  g_object_class_install_property (object_class, PROP_ID,
                                   g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_CODE,
                                   g_param_spec_string ("code", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_NAME,
                                   g_param_spec_string ("name", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_AREA,
                                   g_param_spec_string ("area", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_FIXED_MEMBER,
                                   g_param_spec_boolean ("fixed-member", NULL, NULL, FALSE, ro));
}

static void
tf_organisation_init (TfOrganisation *self)
{
}

#define GETTER(type, field, fallback)                            \
  type                                                           \
  tf_organisation_get_##field (TfOrganisation *self)             \
  {                                                              \
    g_return_val_if_fail (TF_IS_ORGANISATION (self), fallback);  \
    return self->field;                                          \
  }

GETTER (gint64, id, 0)
GETTER (const char *, code, NULL)
GETTER (const char *, name, NULL)
GETTER (const char *, area, NULL)
GETTER (gboolean, fixed_member, FALSE)

GListModel *
tf_organisation_list (TfSession  *session,
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
    "SELECT id, code, name, area, fixed_member FROM organisation "
    "ORDER BY fixed_member DESC, name, id", error);
  if (stmt == NULL)
    return NULL;

  list = g_list_store_new (TF_TYPE_ORGANISATION);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autoptr(TfOrganisation) org = g_object_new (TF_TYPE_ORGANISATION, NULL);

      org->id = sqlite3_column_int64 (stmt, 0);
      org->code = tf_stmt_dup_text (stmt, 1);
      org->name = tf_stmt_dup_text (stmt, 2);
      org->area = tf_stmt_dup_text (stmt, 3);
      org->fixed_member = sqlite3_column_int (stmt, 4) != 0;
      g_list_store_append (list, org);
    }
  if (rc != SQLITE_DONE)
    {
      tf_store_set_error (store, error);
      return NULL;
    }
  return G_LIST_MODEL (g_steal_pointer (&list));
}
