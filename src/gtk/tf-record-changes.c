/* tf-record-changes.c — what another desk changed in a work-area record
 *
 * For the conflict dialog: each form field, and an intervention's status,
 * period and costs, as a person reads them, before → after.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-gtk-util-private.h"

static void
add_change (GPtrArray  *lines,
            const char *label,
            const char *before,
            const char *after)
{
  if (g_strcmp0 (before, after) == 0)
    return;
  /* Translators: a change another desk made: "Absence: 12 % → 9 %" */
  g_ptr_array_add (lines, g_strdup_printf (_("%s: %s → %s"), label,
                                           before != NULL ? before : "—",
                                           after != NULL ? after : "—"));
}

/* A staff field holds an id; show the name. */
static char *
format_field (TfForm       *form,
              TfField      *field,
              TfFormValues *values,
              GHashTable   *staff)
{
  char *text = tf_form_format_value (form, values, tf_field_get_id (field));

  if (text != NULL && tf_field_get_field_type (field) == TF_FIELD_STAFF && staff != NULL)
    {
      gint64 id = g_ascii_strtoll (text, NULL, 10);
      const char *name = g_hash_table_lookup (staff, &id);

      if (name != NULL)
        {
          g_free (text);
          text = g_strdup (name);
        }
    }
  return text;
}

static char *
format_money (gint64 ore)
{
  return ore >= 0 ? tf_format_money (ore) : NULL;
}

static char *
format_day (const char *iso)
{
  return iso != NULL ? tf_format_date (iso) : NULL;
}

char **
_tf_record_describe_changes (TfForm     *form,
                             TfRecord   *before,
                             TfRecord   *after,
                             GHashTable *staff)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GListModel *fields = tf_form_get_fields (form);

  for (guint i = 0; i < g_list_model_get_n_items (fields); i++)
    {
      g_autoptr(TfField) field = g_list_model_get_item (fields, i);
      g_autofree char *old = format_field (form, field, tf_record_get_values (before), staff);
      g_autofree char *new = format_field (form, field, tf_record_get_values (after), staff);

      add_change (lines, tf_field_get_label (field), old, new);
    }

  if (tf_form_get_category (form) == TF_FORM_INTERVENTION)
    {
      g_autofree char *old_start = format_day (tf_record_get_starts_on (before));
      g_autofree char *new_start = format_day (tf_record_get_starts_on (after));
      g_autofree char *old_end = format_day (tf_record_get_ends_on (before));
      g_autofree char *new_end = format_day (tf_record_get_ends_on (after));
      g_autofree char *old_planned = format_money (tf_record_get_planned_cost (before));
      g_autofree char *new_planned = format_money (tf_record_get_planned_cost (after));
      g_autofree char *old_actual = format_money (tf_record_get_actual_cost (before));
      g_autofree char *new_actual = format_money (tf_record_get_actual_cost (after));

      add_change (lines, _("Status"), tf_intervention_status_label (tf_record_get_status (before)),
                  tf_intervention_status_label (tf_record_get_status (after)));
      add_change (lines, _("Starts on"), old_start, new_start);
      add_change (lines, _("Ends on"), old_end, new_end);
      add_change (lines, _("Planned cost"), old_planned, new_planned);
      add_change (lines, _("Actual cost"), old_actual, new_actual);
    }

  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&lines), FALSE);
}
