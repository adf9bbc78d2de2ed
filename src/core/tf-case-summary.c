/* tf-case-summary.c — one row of the case list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-case-status.h"
#include "tf-case-summary-private.h"

G_DEFINE_FINAL_TYPE (TfCaseSummary, tf_case_summary, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CASE_ID,
  PROP_YOUNG_PERSON_ID,
  PROP_NAME,
  PROP_AGE,
  PROP_AGE_LABEL,
  PROP_BIRTH_DATE,
  PROP_CPR_LABEL,
  PROP_STATUS,
  PROP_STATUS_LABEL,
  PROP_COORDINATOR,
  PROP_FOLLOW_UP,
  PROP_FOLLOW_UP_LABEL,
  PROP_FOLLOW_UP_OVERDUE,
  PROP_FOLLOW_UP_WARNING,
  PROP_FOLLOW_UP_REASON,
  PROP_SCHOOL,
  N_PROPS
};

static void
tf_case_summary_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TfCaseSummary *self = TF_CASE_SUMMARY (object);

  switch (prop_id)
    {
    case PROP_CASE_ID: g_value_set_int64 (value, self->case_id); break;
    case PROP_YOUNG_PERSON_ID: g_value_set_int64 (value, self->young_person_id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_AGE: g_value_set_int (value, self->age); break;
    case PROP_AGE_LABEL:
      g_value_take_string (value, self->age >= 0 ? g_strdup_printf ("%d", self->age) : g_strdup (""));
      break;
    case PROP_BIRTH_DATE: g_value_set_string (value, self->birth_date); break;
    case PROP_CPR_LABEL: g_value_set_string (value, self->cpr_label); break;
    case PROP_STATUS: g_value_set_string (value, self->status); break;
    case PROP_STATUS_LABEL: g_value_set_string (value, tf_case_status_label_for_id (self->status)); break;
    case PROP_COORDINATOR: g_value_set_string (value, self->coordinator ? self->coordinator : ""); break;
    case PROP_FOLLOW_UP: g_value_set_string (value, self->follow_up); break;
    case PROP_FOLLOW_UP_LABEL: g_value_set_string (value, self->follow_up_label); break;
    case PROP_FOLLOW_UP_OVERDUE: g_value_set_boolean (value, self->follow_up_overdue); break;
    case PROP_FOLLOW_UP_WARNING: g_value_set_string (value, self->follow_up_warning); break;
    case PROP_FOLLOW_UP_REASON: g_value_set_string (value, self->follow_up_reason); break;
    case PROP_SCHOOL: g_value_set_string (value, self->school ? self->school : ""); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_case_summary_finalize (GObject *object)
{
  TfCaseSummary *self = TF_CASE_SUMMARY (object);

  g_free (self->name);
  g_free (self->birth_date);
  g_free (self->cpr_label);
  g_free (self->status);
  g_free (self->coordinator);
  g_free (self->follow_up);
  g_free (self->follow_up_label);
  g_free (self->follow_up_warning);
  g_free (self->follow_up_reason);
  g_free (self->school);
  G_OBJECT_CLASS (tf_case_summary_parent_class)->finalize (object);
}

static void
tf_case_summary_class_init (TfCaseSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  static const struct { guint id; const char *name; } strings[] = {
    { PROP_NAME, "name" }, { PROP_AGE_LABEL, "age-label" }, { PROP_BIRTH_DATE, "birth-date" },
    { PROP_CPR_LABEL, "cpr-label" }, { PROP_STATUS, "status" }, { PROP_STATUS_LABEL, "status-label" },
    { PROP_COORDINATOR, "coordinator" }, { PROP_FOLLOW_UP, "follow-up" },
    { PROP_FOLLOW_UP_LABEL, "follow-up-label" }, { PROP_SCHOOL, "school" },
    { PROP_FOLLOW_UP_WARNING, "follow-up-warning" }, { PROP_FOLLOW_UP_REASON, "follow-up-reason" },
  };

  object_class->get_property = tf_case_summary_get_property;
  object_class->finalize = tf_case_summary_finalize;

  g_object_class_install_property (object_class, PROP_CASE_ID,
    g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_YOUNG_PERSON_ID,
    g_param_spec_int64 ("young-person-id", NULL, NULL, 0, G_MAXINT64, 0, ro));
  g_object_class_install_property (object_class, PROP_AGE,
    g_param_spec_int ("age", NULL, NULL, -1, 200, -1, ro));
  g_object_class_install_property (object_class, PROP_FOLLOW_UP_OVERDUE,
    g_param_spec_boolean ("follow-up-overdue", NULL, NULL, FALSE, ro));
  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    g_object_class_install_property (object_class, strings[i].id,
      g_param_spec_string (strings[i].name, NULL, NULL, NULL, ro));
}

static void
tf_case_summary_init (TfCaseSummary *self)
{
  self->age = -1;
}

gint64
tf_case_summary_get_case_id (TfCaseSummary *self)
{
  g_return_val_if_fail (TF_IS_CASE_SUMMARY (self), 0);
  return self->case_id;
}

gint64
tf_case_summary_get_young_person_id (TfCaseSummary *self)
{
  g_return_val_if_fail (TF_IS_CASE_SUMMARY (self), 0);
  return self->young_person_id;
}

const char *
tf_case_summary_get_name (TfCaseSummary *self)
{
  g_return_val_if_fail (TF_IS_CASE_SUMMARY (self), NULL);
  return self->name;
}

const char *
tf_case_summary_get_status (TfCaseSummary *self)
{
  g_return_val_if_fail (TF_IS_CASE_SUMMARY (self), NULL);
  return self->status;
}
