/* tf-plan-choices.c — what the action plan's page and editor choose from and name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-application.h"
#include "tf-plan-choices.h"

static void
choices_clear (TfPlanChoices *choices)
{
  g_clear_object (&choices->organisations);
  g_clear_pointer (&choices->organisation_ids, g_array_unref);
  g_clear_object (&choices->staff);
  g_clear_pointer (&choices->staff_ids, g_array_unref);
  g_clear_object (&choices->domains);
  g_clear_pointer (&choices->domain_ids, g_array_unref);
  g_clear_object (&choices->interventions);
}

TfPlanChoices *
tf_plan_choices_ref (TfPlanChoices *choices)
{
  return g_rc_box_acquire (choices);
}

void
tf_plan_choices_unref (TfPlanChoices *choices)
{
  g_rc_box_release_full (choices, (GDestroyNotify) choices_clear);
}

guint
tf_plan_choices_find (GArray *ids,
                      gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return 0;
}

static void
add_choice (GtkStringList *list,
            GArray        *ids,
            gint64         id,
            const char    *label)
{
  gtk_string_list_append (list, label);
  g_array_append_val (ids, id);
}

TfPlanChoices *
tf_plan_choices_load (TfSession  *session,
                      gint64      case_id,
                      GError    **error)
{
  g_autoptr(TfPlanChoices) choices = g_rc_box_new0 (TfPlanChoices);
  g_autoptr(GListModel) organisations = NULL;
  g_autoptr(GListModel) staff = NULL;
  g_autoptr(GPtrArray) domains = NULL;

  organisations = tf_organisation_list (session, error);
  if (organisations == NULL)
    return NULL;
  staff = tf_staff_member_list_active (session, error);
  if (staff == NULL)
    return NULL;
  domains = tf_action_plan_list_domains (session, error);
  if (domains == NULL)
    return NULL;
  choices->interventions = tf_plan_list_interventions (session, case_id, error);
  if (choices->interventions == NULL)
    return NULL;

  choices->organisations = gtk_string_list_new (NULL);
  choices->organisation_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  add_choice (choices->organisations, choices->organisation_ids, 0, _("Choose an organisation"));
  for (guint i = 0; i < g_list_model_get_n_items (organisations); i++)
    {
      g_autoptr(TfOrganisation) org = g_list_model_get_item (organisations, i);
      add_choice (choices->organisations, choices->organisation_ids,
                  tf_organisation_get_id (org), tf_organisation_get_name (org));
    }

  choices->staff = gtk_string_list_new (NULL);
  choices->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  add_choice (choices->staff, choices->staff_ids, 0, _("Nobody named yet"));
  for (guint i = 0; i < g_list_model_get_n_items (staff); i++)
    {
      g_autoptr(TfStaffMember) member = g_list_model_get_item (staff, i);
      add_choice (choices->staff, choices->staff_ids,
                  tf_staff_member_get_id (member), tf_staff_member_get_name (member));
    }

  choices->domains = gtk_string_list_new (NULL);
  choices->domain_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  add_choice (choices->domains, choices->domain_ids, 0, _("No particular domain"));
  for (guint i = 0; i < domains->len; i++)
    {
      TfPlanDomain *domain = g_ptr_array_index (domains, i);
      add_choice (choices->domains, choices->domain_ids, domain->domain_id, domain->title);
    }
  return g_steal_pointer (&choices);
}

GListModel *
tf_plan_list_interventions (TfSession  *session,
                            gint64      case_id,
                            GError    **error)
{
  g_autoptr(GListModel) records = tf_record_list_for_case (session, case_id, NULL, NULL, error);
  GListStore *interventions;

  if (records == NULL)
    return NULL;
  interventions = g_list_store_new (TF_TYPE_RECORD);
  /* Only an intervention has a start date (the store's CHECK). */
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(TfRecord) record = g_list_model_get_item (records, i);

      if (tf_record_get_starts_on (record) != NULL)
        g_list_store_append (interventions, record);
    }
  return G_LIST_MODEL (interventions);
}

char *
tf_plan_intervention_title (TfRecord *record)
{
  GApplication *app = g_application_get_default ();
  TfForm *form = NULL;
  g_autofree char *name = NULL;
  const char *status = tf_intervention_status_label (tf_record_get_status (record));

  if (TF_IS_APPLICATION (app) && tf_application_get_registry (TF_APPLICATION (app)) != NULL)
    form = tf_registry_find_form (tf_application_get_registry (TF_APPLICATION (app)),
                                  tf_record_get_form_id (record));
  /* The form's title names it well enough; its summary fields are often
   * numbers that mean nothing out of their form. */
  if (form != NULL)
    name = g_strdup (tf_form_get_title (form));
  else
    {
      g_autofree char *since = tf_format_date (tf_record_get_starts_on (record));
      /* Translators: an intervention whose work area is not loaded, "Intervention from 3. Feb 2025" */
      name = g_strdup_printf (_("Intervention from %s"), since);
    }
  /* Translators: an intervention and its status, "Mentor (Active)" */
  return g_strdup_printf (_("%s (%s)"), name, status);
}

char *
tf_plan_version_title (TfActionPlan *version)
{
  g_autofree char *made_on = tf_format_date (tf_action_plan_get_made_on (version));

  /* Translators: a version of the action plan and the day it was made, "Version 3 · 1. Oct 2026" */
  return g_strdup_printf (_("Version %d · %s"),
                          (int) tf_action_plan_get_version (version), made_on);
}

char *
tf_plan_typed_date (const char *iso)
{
  int year, month, day;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &year, &month, &day) != 3)
    return g_strdup ("");
  return g_strdup_printf ("%d.%d.%d", day, month, year);
}

char *
tf_plan_add_months (const char *iso,
                    int         months)
{
  GDate date;
  char out[11];
  int year, month, day;

  if (iso == NULL || !tf_iso_date_is_valid (iso) ||
      sscanf (iso, "%d-%d-%d", &year, &month, &day) != 3)
    return NULL;
  g_date_clear (&date, 1);
  /* 30 Nov + 3 months is 28/29 Feb: GDate keeps to the month's end. */
  g_date_set_dmy (&date, day, month, year);
  g_date_add_months (&date, months);
  g_date_strftime (out, sizeof out, "%Y-%m-%d", &date);
  return g_strdup (out);
}
