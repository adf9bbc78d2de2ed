/* tf-assessment-factor.c — a risk or protective factor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-assessment-private.h"

struct _TfAssessmentFactor
{
  GObject   parent_instance;

  gint64    id;
  char     *kind;
  char     *code;
  char     *title;
  gboolean  builtin;
  gboolean  active;
  gint64    version;
};

G_DEFINE_FINAL_TYPE (TfAssessmentFactor, tf_assessment_factor, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_CODE,
  PROP_TITLE,
  PROP_BUILTIN,
  PROP_ACTIVE,
  N_PROPS
};

static void
tf_assessment_factor_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TfAssessmentFactor *self = TF_ASSESSMENT_FACTOR (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_KIND: g_value_set_string (value, self->kind); break;
    case PROP_CODE: g_value_set_string (value, self->code); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_BUILTIN: g_value_set_boolean (value, self->builtin); break;
    case PROP_ACTIVE: g_value_set_boolean (value, self->active); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_assessment_factor_finalize (GObject *object)
{
  TfAssessmentFactor *self = TF_ASSESSMENT_FACTOR (object);

  g_free (self->kind);
  g_free (self->code);
  g_free (self->title);
  G_OBJECT_CLASS (tf_assessment_factor_parent_class)->finalize (object);
}

static void
tf_assessment_factor_class_init (TfAssessmentFactorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tf_assessment_factor_get_property;
  object_class->finalize = tf_assessment_factor_finalize;
  g_object_class_install_property (object_class, PROP_ID,
                                   g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_KIND,
                                   g_param_spec_string ("kind", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_CODE,
                                   g_param_spec_string ("code", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_TITLE,
                                   g_param_spec_string ("title", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_BUILTIN,
                                   g_param_spec_boolean ("builtin", NULL, NULL, FALSE, ro));
  g_object_class_install_property (object_class, PROP_ACTIVE,
                                   g_param_spec_boolean ("active", NULL, NULL, TRUE, ro));
}

static void
tf_assessment_factor_init (TfAssessmentFactor *self)
{
}

TfAssessmentFactor *
_tf_assessment_factor_new (gint64      id,
                           const char *kind,
                           const char *code,
                           const char *title,
                           gboolean    builtin,
                           gboolean    active)
{
  TfAssessmentFactor *self = g_object_new (TF_TYPE_ASSESSMENT_FACTOR, NULL);

  self->id = id;
  self->kind = g_strdup (kind);
  self->code = g_strdup (code);
  self->title = g_strdup (title);
  self->builtin = builtin;
  self->active = active;
  return self;
}

gint64
tf_assessment_factor_get_id (TfAssessmentFactor *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT_FACTOR (self), 0);
  return self->id;
}

const char *
tf_assessment_factor_get_kind (TfAssessmentFactor *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT_FACTOR (self), NULL);
  return self->kind;
}

const char *
tf_assessment_factor_get_code (TfAssessmentFactor *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT_FACTOR (self), NULL);
  return self->code;
}

const char *
tf_assessment_factor_get_title (TfAssessmentFactor *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT_FACTOR (self), NULL);
  return self->title;
}

gboolean
tf_assessment_factor_get_builtin (TfAssessmentFactor *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT_FACTOR (self), FALSE);
  return self->builtin;
}

gboolean
tf_assessment_factor_get_active (TfAssessmentFactor *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT_FACTOR (self), FALSE);
  return self->active;
}

gint64
tf_assessment_factor_get_version (TfAssessmentFactor *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT_FACTOR (self), 0);
  return self->version;
}

void
_tf_assessment_factor_set_version (TfAssessmentFactor *self,
                                    gint64  version)
{
  self->version = version;
}
