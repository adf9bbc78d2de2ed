/* tf-assessment-domain.c — one domain of the holistic assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-assessment-private.h"

struct _TfAssessmentDomain
{
  GObject   parent_instance;

  gint64    id;
  char     *code;
  char     *title;
  char     *low_text;
  char     *mid_text;
  char     *high_text;
  gboolean  builtin;
  gboolean  active;
  gint64    version;
};

G_DEFINE_FINAL_TYPE (TfAssessmentDomain, tf_assessment_domain, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CODE,
  PROP_TITLE,
  PROP_LOW_TEXT,
  PROP_MID_TEXT,
  PROP_HIGH_TEXT,
  PROP_BUILTIN,
  PROP_ACTIVE,
  N_PROPS
};

static void
tf_assessment_domain_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TfAssessmentDomain *self = TF_ASSESSMENT_DOMAIN (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_CODE: g_value_set_string (value, self->code); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_LOW_TEXT: g_value_set_string (value, self->low_text); break;
    case PROP_MID_TEXT: g_value_set_string (value, self->mid_text); break;
    case PROP_HIGH_TEXT: g_value_set_string (value, self->high_text); break;
    case PROP_BUILTIN: g_value_set_boolean (value, self->builtin); break;
    case PROP_ACTIVE: g_value_set_boolean (value, self->active); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_assessment_domain_finalize (GObject *object)
{
  TfAssessmentDomain *self = TF_ASSESSMENT_DOMAIN (object);

  g_free (self->code);
  g_free (self->title);
  g_free (self->low_text);
  g_free (self->mid_text);
  g_free (self->high_text);
  G_OBJECT_CLASS (tf_assessment_domain_parent_class)->finalize (object);
}

static void
tf_assessment_domain_class_init (TfAssessmentDomainClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->get_property = tf_assessment_domain_get_property;
  object_class->finalize = tf_assessment_domain_finalize;
  g_object_class_install_property (object_class, PROP_ID,
                                   g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_CODE,
                                   g_param_spec_string ("code", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_TITLE,
                                   g_param_spec_string ("title", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_LOW_TEXT,
                                   g_param_spec_string ("low-text", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_MID_TEXT,
                                   g_param_spec_string ("mid-text", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_HIGH_TEXT,
                                   g_param_spec_string ("high-text", NULL, NULL, NULL, ro));
  g_object_class_install_property (object_class, PROP_BUILTIN,
                                   g_param_spec_boolean ("builtin", NULL, NULL, FALSE, ro));
  g_object_class_install_property (object_class, PROP_ACTIVE,
                                   g_param_spec_boolean ("active", NULL, NULL, TRUE, ro));
}

static void
tf_assessment_domain_init (TfAssessmentDomain *self)
{
}

TfAssessmentDomain *
_tf_assessment_domain_new (gint64      id,
                           const char *code,
                           const char *title,
                           const char *low_text,
                           const char *mid_text,
                           const char *high_text,
                           gboolean    builtin,
                           gboolean    active)
{
  TfAssessmentDomain *self = g_object_new (TF_TYPE_ASSESSMENT_DOMAIN, NULL);

  self->id = id;
  self->code = g_strdup (code);
  self->title = g_strdup (title);
  self->low_text = g_strdup (low_text);
  self->mid_text = g_strdup (mid_text);
  self->high_text = g_strdup (high_text);
  self->builtin = builtin;
  self->active = active;
  return self;
}

gint64
tf_assessment_domain_get_id (TfAssessmentDomain *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT_DOMAIN (self), 0);
  return self->id;
}

const char *
tf_assessment_domain_get_code (TfAssessmentDomain *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT_DOMAIN (self), NULL);
  return self->code;
}

const char *
tf_assessment_domain_get_title (TfAssessmentDomain *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT_DOMAIN (self), NULL);
  return self->title;
}

const char *
tf_assessment_domain_get_low_text (TfAssessmentDomain *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT_DOMAIN (self), NULL);
  return self->low_text;
}

const char *
tf_assessment_domain_get_mid_text (TfAssessmentDomain *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT_DOMAIN (self), NULL);
  return self->mid_text;
}

const char *
tf_assessment_domain_get_high_text (TfAssessmentDomain *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT_DOMAIN (self), NULL);
  return self->high_text;
}

const char *
tf_assessment_domain_get_band_text (TfAssessmentDomain *self,
                                    int                 score)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT_DOMAIN (self), NULL);
  g_return_val_if_fail (score >= 0 && score <= 10, NULL);

  /* The same bands as tf_score_band(): 0–3, 4–6, 7–10 */
  if (score <= 3)
    return self->low_text;
  if (score <= 6)
    return self->mid_text;
  return self->high_text;
}

gboolean
tf_assessment_domain_get_builtin (TfAssessmentDomain *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT_DOMAIN (self), FALSE);
  return self->builtin;
}

gboolean
tf_assessment_domain_get_active (TfAssessmentDomain *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT_DOMAIN (self), FALSE);
  return self->active;
}

gint64
tf_assessment_domain_get_version (TfAssessmentDomain *self)
{
  g_return_val_if_fail (TF_IS_ASSESSMENT_DOMAIN (self), 0);
  return self->version;
}

void
_tf_assessment_domain_set_version (TfAssessmentDomain *self,
                                    gint64  version)
{
  self->version = version;
}
