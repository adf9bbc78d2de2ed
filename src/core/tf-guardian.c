/* tf-guardian.c — a parent or other guardian of a young person
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-guardian.h"
#include "tf-util-private.h"

struct _TfGuardian
{
  GObject   parent_instance;

  char     *name;
  char     *relation;
  char     *phone;
  char     *email;
  gboolean  has_custody;
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_RELATION,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_HAS_CUSTODY,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TfGuardian, tf_guardian, G_TYPE_OBJECT)

static const char * const relation_ids[] = {
  "mother", "father", "parent", "foster-parent", "other", NULL
};

static const char * const relation_labels[] = {
  N_("Mother"), N_("Father"), N_("Parent"), N_("Foster parent"), N_("Other"), NULL
};

const char * const *
tf_guardian_relation_ids (void)
{
  return relation_ids;
}

const char *
tf_guardian_relation_label (const char *relation)
{
  for (guint i = 0; relation_ids[i] != NULL; i++)
    if (g_strcmp0 (relation_ids[i], relation) == 0)
      return _(relation_labels[i]);
  return _("Other");
}

static char **
string_field (TfGuardian *self,
              guint       prop_id)
{
  switch (prop_id)
    {
    case PROP_NAME: return &self->name;
    case PROP_RELATION: return &self->relation;
    case PROP_PHONE: return &self->phone;
    case PROP_EMAIL: return &self->email;
    default: return NULL;
    }
}

static void
tf_guardian_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  TfGuardian *self = TF_GUARDIAN (object);

  if (prop_id == PROP_HAS_CUSTODY)
    g_value_set_boolean (value, self->has_custody);
  else
    g_value_set_string (value, *string_field (self, prop_id));
}

static void
tf_guardian_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  TfGuardian *self = TF_GUARDIAN (object);

  if (prop_id == PROP_HAS_CUSTODY)
    {
      if (self->has_custody != g_value_get_boolean (value))
        {
          self->has_custody = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      return;
    }
  if (tf_set_str (string_field (self, prop_id), g_value_get_string (value)))
    g_object_notify_by_pspec (object, pspec);
}

static void
tf_guardian_finalize (GObject *object)
{
  TfGuardian *self = TF_GUARDIAN (object);

  g_free (self->name);
  g_free (self->relation);
  g_free (self->phone);
  g_free (self->email);

  G_OBJECT_CLASS (tf_guardian_parent_class)->finalize (object);
}

static void
tf_guardian_class_init (TfGuardianClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tf_guardian_get_property;
  object_class->set_property = tf_guardian_set_property;
  object_class->finalize = tf_guardian_finalize;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_RELATION] = g_param_spec_string ("relation", NULL, NULL, "parent", flags);
  properties[PROP_PHONE] = g_param_spec_string ("phone", NULL, NULL, NULL, flags);
  properties[PROP_EMAIL] = g_param_spec_string ("email", NULL, NULL, NULL, flags);
  properties[PROP_HAS_CUSTODY] = g_param_spec_boolean ("has-custody", NULL, NULL, TRUE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tf_guardian_init (TfGuardian *self)
{
  self->relation = g_strdup ("parent");
  self->has_custody = TRUE;
}

TfGuardian *
tf_guardian_new (void)
{
  return g_object_new (TF_TYPE_GUARDIAN, NULL);
}

const char *
tf_guardian_get_name (TfGuardian *self)
{
  g_return_val_if_fail (TF_IS_GUARDIAN (self), NULL);
  return self->name;
}

const char *
tf_guardian_get_relation (TfGuardian *self)
{
  g_return_val_if_fail (TF_IS_GUARDIAN (self), NULL);
  return self->relation;
}

const char *
tf_guardian_get_phone (TfGuardian *self)
{
  g_return_val_if_fail (TF_IS_GUARDIAN (self), NULL);
  return self->phone;
}

const char *
tf_guardian_get_email (TfGuardian *self)
{
  g_return_val_if_fail (TF_IS_GUARDIAN (self), NULL);
  return self->email;
}

gboolean
tf_guardian_get_has_custody (TfGuardian *self)
{
  g_return_val_if_fail (TF_IS_GUARDIAN (self), FALSE);
  return self->has_custody;
}
