/* tf-record.c — what a work area records about a young person, and interventions
 *
 * Every form a plugin declares is kept in one table (record): the values as
 * JSON keyed by field id, so reports can read them with json_extract, and for
 * interventions the status, period and costs as columns of their own. Before
 * each change the current row is copied to record_history; a delete is soft.
 *
 * This file is the object and its validation; saving, deleting and loading
 * are in tf-record-store.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-audit.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-record-private.h"
#include "tf-store-private.h"
#include "tf-util-private.h"

/* Intervention statuses */

typedef struct
{
  const char *id;
  const char *label;
} IdLabel;

/* Context "intervention status": "Active" is also a case status, and the
 * two may be translated differently. */
static const IdLabel statuses[TF_N_INTERVENTION_STATUSES] = {
  { "planned", NC_("intervention status", "Planned") },
  { "active", NC_("intervention status", "Active") },
  { "completed", NC_("intervention status", "Completed") },
  { "stopped", NC_("intervention status", "Stopped") },
};

const char *
tf_intervention_status_to_id (TfInterventionStatus status)
{
  g_return_val_if_fail ((guint) status < TF_N_INTERVENTION_STATUSES, NULL);
  return statuses[status].id;
}

int
tf_intervention_status_from_id (const char *id)
{
  for (int i = 0; id != NULL && i < TF_N_INTERVENTION_STATUSES; i++)
    if (g_str_equal (statuses[i].id, id))
      return i;
  return -1;
}

const char *
tf_intervention_status_label (TfInterventionStatus status)
{
  g_return_val_if_fail ((guint) status < TF_N_INTERVENTION_STATUSES, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "intervention status", statuses[status].label);
}

/* The object */

G_DEFINE_FINAL_TYPE (TfRecord, tf_record, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_CASE_ID,
  PROP_VERSION,
  PROP_FORM_ID,
  PROP_AREA_ID,
  PROP_DATE,
  PROP_AUTHOR_NAME,
  PROP_STATUS,
  PROP_STARTS_ON,
  PROP_ENDS_ON,
  PROP_PLANNED_COST,
  PROP_ACTUAL_COST,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static void
tf_record_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  TfRecord *self = TF_RECORD (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_int64 (value, self->id); break;
    case PROP_CASE_ID: g_value_set_int64 (value, self->case_id); break;
    case PROP_VERSION: g_value_set_int64 (value, self->version); break;
    case PROP_FORM_ID: g_value_set_string (value, self->form_id); break;
    case PROP_AREA_ID: g_value_set_string (value, self->area_id); break;
    case PROP_DATE: g_value_set_string (value, self->date); break;
    case PROP_AUTHOR_NAME: g_value_set_string (value, self->author_name); break;
    case PROP_STATUS:
      g_value_set_string (value, (guint) self->status < TF_N_INTERVENTION_STATUSES
                                 ? statuses[self->status].id : NULL);
      break;
    case PROP_STARTS_ON: g_value_set_string (value, self->starts_on); break;
    case PROP_ENDS_ON: g_value_set_string (value, self->ends_on); break;
    case PROP_PLANNED_COST: g_value_set_int64 (value, self->planned_cost); break;
    case PROP_ACTUAL_COST: g_value_set_int64 (value, self->actual_cost); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_record_finalize (GObject *object)
{
  TfRecord *self = TF_RECORD (object);

  g_free (self->form_id);
  g_free (self->area_id);
  g_free (self->date);
  g_free (self->author_name);
  g_clear_object (&self->values);
  g_free (self->starts_on);
  g_free (self->ends_on);
  G_OBJECT_CLASS (tf_record_parent_class)->finalize (object);
}

static void
tf_record_class_init (TfRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  GParamFlags notify = ro | G_PARAM_EXPLICIT_NOTIFY;

  object_class->get_property = tf_record_get_property;
  object_class->finalize = tf_record_finalize;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, notify);
  properties[PROP_CASE_ID] = g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_VERSION] = g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, notify);
  properties[PROP_FORM_ID] = g_param_spec_string ("form-id", NULL, NULL, NULL, ro);
  properties[PROP_AREA_ID] = g_param_spec_string ("area-id", NULL, NULL, NULL, ro);
  properties[PROP_DATE] = g_param_spec_string ("date", NULL, NULL, NULL, notify);
  properties[PROP_AUTHOR_NAME] = g_param_spec_string ("author-name", NULL, NULL, NULL, notify);
  properties[PROP_STATUS] = g_param_spec_string ("status", NULL, NULL, NULL, notify);
  properties[PROP_STARTS_ON] = g_param_spec_string ("starts-on", NULL, NULL, NULL, notify);
  properties[PROP_ENDS_ON] = g_param_spec_string ("ends-on", NULL, NULL, NULL, notify);
  properties[PROP_PLANNED_COST] = g_param_spec_int64 ("planned-cost", NULL, NULL,
                                                      G_MININT64, G_MAXINT64, 0, notify);
  properties[PROP_ACTUAL_COST] = g_param_spec_int64 ("actual-cost", NULL, NULL,
                                                     G_MININT64, G_MAXINT64, 0, notify);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tf_record_init (TfRecord *self)
{
  self->status = TF_INTERVENTION_PLANNED;
}

TfRecord *
tf_record_new (TfForm *form,
               gint64  case_id)
{
  TfRecord *self;

  g_return_val_if_fail (TF_IS_FORM (form), NULL);

  self = g_object_new (TF_TYPE_RECORD, NULL);
  self->case_id = case_id;
  self->form_id = g_strdup (tf_form_get_id (form));
  self->area_id = g_strdup (tf_form_get_area_id (form));
  self->is_intervention = tf_form_get_category (form) == TF_FORM_INTERVENTION;
  self->values = tf_form_values_new ();
  return self;
}

gint64
tf_record_get_id (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), 0);
  return self->id;
}

gint64
tf_record_get_case_id (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), 0);
  return self->case_id;
}

gint64
tf_record_get_version (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), 0);
  return self->version;
}

const char *
tf_record_get_form_id (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), NULL);
  return self->form_id;
}

const char *
tf_record_get_area_id (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), NULL);
  return self->area_id;
}

const char *
tf_record_get_date (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), NULL);
  return self->date;
}

const char *
tf_record_get_author_name (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), NULL);
  return self->author_name;
}

TfFormValues *
tf_record_get_values (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), NULL);
  return self->values;
}

TfInterventionStatus
tf_record_get_status (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), TF_INTERVENTION_PLANNED);
  return self->status;
}

/* Any value is kept; tf_record_validate() refuses one that is not a status. */
void
tf_record_set_status (TfRecord             *self,
                      TfInterventionStatus  status)
{
  g_return_if_fail (TF_IS_RECORD (self));
  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
tf_record_get_starts_on (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), NULL);
  return self->starts_on;
}

void
tf_record_set_starts_on (TfRecord   *self,
                         const char *iso_date)
{
  g_autofree char *value = tf_strdup_stripped (iso_date);

  g_return_if_fail (TF_IS_RECORD (self));
  if (tf_set_str (&self->starts_on, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTS_ON]);
}

const char *
tf_record_get_ends_on (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), NULL);
  return self->ends_on;
}

void
tf_record_set_ends_on (TfRecord   *self,
                       const char *iso_date)
{
  g_autofree char *value = tf_strdup_stripped (iso_date);

  g_return_if_fail (TF_IS_RECORD (self));
  if (tf_set_str (&self->ends_on, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENDS_ON]);
}

gint64
tf_record_get_planned_cost (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), 0);
  return self->planned_cost;
}

void
tf_record_set_planned_cost (TfRecord *self,
                            gint64    ore)
{
  g_return_if_fail (TF_IS_RECORD (self));
  if (self->planned_cost == ore)
    return;
  self->planned_cost = ore;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLANNED_COST]);
}

gint64
tf_record_get_actual_cost (TfRecord *self)
{
  g_return_val_if_fail (TF_IS_RECORD (self), 0);
  return self->actual_cost;
}

void
tf_record_set_actual_cost (TfRecord *self,
                           gint64    ore)
{
  g_return_if_fail (TF_IS_RECORD (self));
  if (self->actual_cost == ore)
    return;
  self->actual_cost = ore;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTUAL_COST]);
}

/* Validation */

/* The intervention's own fields, in the order the editor shows them. */
static const char * const intervention_fields[] = {
  "status", "starts-on", "ends-on", "planned-cost", "actual-cost", NULL
};

static void
add_error (GHashTable **errors,
           const char  *field,
           const char  *message)
{
  if (*errors == NULL)
    *errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!g_hash_table_contains (*errors, field))
    g_hash_table_insert (*errors, g_strdup (field), g_strdup (message));
}

static void
validate_intervention (TfRecord    *self,
                       GHashTable **errors)
{
  gboolean start_ok = FALSE;

  if ((guint) self->status >= TF_N_INTERVENTION_STATUSES)
    add_error (errors, "status",
               _("Choose whether the intervention is planned, active, completed or stopped."));

  if (self->starts_on == NULL)
    add_error (errors, "starts-on", _("Enter the date the intervention starts."));
  else if (!tf_iso_date_is_valid (self->starts_on))
    add_error (errors, "starts-on", _("The start date is not a real date."));
  else
    start_ok = TRUE;

  if (self->ends_on != NULL)
    {
      if (!tf_iso_date_is_valid (self->ends_on))
        add_error (errors, "ends-on", _("The end date is not a real date."));
      else if (start_ok && strcmp (self->ends_on, self->starts_on) < 0)
        add_error (errors, "ends-on", _("The end date is before the start date."));
    }

  if (self->planned_cost < 0)
    add_error (errors, "planned-cost", _("The planned cost cannot be negative."));
  if (self->actual_cost < 0)
    add_error (errors, "actual-cost", _("The actual cost cannot be negative."));
}

GHashTable *
tf_record_validate (TfRecord *self,
                    TfForm   *form)
{
  g_autoptr(GHashTable) form_errors = NULL;
  GHashTable *errors = NULL;

  g_return_val_if_fail (TF_IS_RECORD (self), NULL);
  g_return_val_if_fail (TF_IS_FORM (form), NULL);
  g_return_val_if_fail (g_strcmp0 (tf_form_get_id (form), self->form_id) == 0, NULL);

  /* Copied into a table of our own, so the caller frees every entry the same way. */
  form_errors = tf_form_validate (form, self->values);
  if (form_errors != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, form_errors);
      while (g_hash_table_iter_next (&iter, &key, &value))
        add_error (&errors, key, value);
    }
  if (tf_form_get_category (form) == TF_FORM_INTERVENTION)
    validate_intervention (self, &errors);
  return errors;
}

/* The message of the first bad field in the editor's order: the intervention's
 * fields, then the form's, then anything else (unknown keys) by name. */
const char *
_tf_record_first_error (GHashTable *errors,
                        TfForm     *form)
{
  GListModel *fields = tf_form_get_fields (form);
  guint n = g_list_model_get_n_items (fields);
  GHashTableIter iter;
  const char *key;
  const char *best = NULL;

  for (guint i = 0; intervention_fields[i] != NULL; i++)
    if (g_hash_table_contains (errors, intervention_fields[i]))
      return g_hash_table_lookup (errors, intervention_fields[i]);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfField) field = g_list_model_get_item (fields, i);
      const char *message = g_hash_table_lookup (errors, tf_field_get_id (field));

      if (message != NULL)
        return message;
    }
  g_hash_table_iter_init (&iter, errors);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (best == NULL || strcmp (key, best) < 0)
      best = key;
  return g_hash_table_lookup (errors, best);
}

/* After a save: the record now is what the store holds. */
void
_tf_record_set_saved (TfRecord   *self,
                      gint64      id,
                      const char *date,
                      const char *author_name)
{
  gboolean is_new = self->id == 0;

  g_object_freeze_notify (G_OBJECT (self));
  self->id = id;
  self->version = is_new ? 1 : self->version + 1;
  if (tf_set_str (&self->date, date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
  if (tf_set_str (&self->author_name, author_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR_NAME]);
  if (is_new)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * tf_record_rebase:
 * @newer: the version another desk saved
 *
 * After a conflict, when the person at the desk has seen what the other
 * desk changed and chose to keep their own: the next save overwrites @newer.
 */
void
tf_record_rebase (TfRecord *self,
                  TfRecord *newer)
{
  g_return_if_fail (TF_IS_RECORD (self) && TF_IS_RECORD (newer));
  g_return_if_fail (self->id == newer->id);

  self->version = newer->version;
}
