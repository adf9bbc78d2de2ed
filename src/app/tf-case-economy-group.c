/* tf-case-economy-group.c — what one young person's case has cost, on the
 * case's overview
 *
 * The case's interventions with their planned and actual cost (edited in
 * the work area's record editor) and its other expenses
 * (tf_expense_list_for_case), with the sums in the heading. Only what is
 * recorded is shown: how it counts in a period is the economy window's
 * business (tf-economy.h). Reloads, once per burst, when the store says an
 * expense or one of the case's records changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-application.h"
#include "tf-case-economy-group.h"

struct _TfCaseEconomyGroup
{
  AdwPreferencesGroup parent_instance;

  TfSession          *session;
  gint64              case_id;
  GPtrArray          *rows;      /* the rows added, to take them out again */
  guint               reload_source;
  gboolean            watching;
};

G_DEFINE_FINAL_TYPE (TfCaseEconomyGroup, tf_case_economy_group, ADW_TYPE_PREFERENCES_GROUP)

static void
add_row (TfCaseEconomyGroup *self,
         const char         *title,
         const char         *subtitle,
         const char         *amount)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *label = gtk_label_new (amount);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
  g_ptr_array_add (self->rows, row);
}

/* The intervention's title from the work area's form, when the plugin is
 * loaded; else the form's id, which is what the store knows. */
static const char *
form_title (TfCaseEconomyGroup *self,
            TfRecord           *record)
{
  GApplication *app = g_application_get_default ();
  TfRegistry *registry = TF_IS_APPLICATION (app) ? tf_application_get_registry (TF_APPLICATION (app)) : NULL;
  TfForm *form = registry != NULL ? tf_registry_find_form (registry, tf_record_get_form_id (record)) : NULL;

  return form != NULL ? tf_form_get_title (form) : tf_record_get_form_id (record);
}

static void
reload (TfCaseEconomyGroup *self)
{
  g_autoptr(GListModel) records = NULL;
  g_autoptr(GListModel) expenses = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *spent_text = NULL;
  g_autofree char *planned_text = NULL;
  g_autofree char *description = NULL;
  gint64 spent = 0;
  gint64 planned = 0;
  guint shown = 0;

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), self->rows->pdata[i]);
  g_ptr_array_set_size (self->rows, 0);
  if (self->case_id <= 0)
    return;

  records = tf_record_list_for_case (self->session, self->case_id, NULL, NULL, &error);
  if (records == NULL)
    {
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (records); i++)
    {
      g_autoptr(TfRecord) record = g_list_model_get_item (records, i);
      g_autofree char *from = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *actual = NULL;
      g_autofree char *plan = NULL;
      g_autofree char *amount = NULL;

      /* Only interventions have a period and costs. */
      if (tf_record_get_starts_on (record) == NULL ||
          (tf_record_get_planned_cost (record) == 0 && tf_record_get_actual_cost (record) == 0))
        continue;
      from = tf_format_date (tf_record_get_starts_on (record));
      /* Translators: under an intervention's cost: "Active · from 1. feb. 2025" */
      subtitle = g_strdup_printf (_("%s · from %s"), tf_intervention_status_label (tf_record_get_status (record)), from);
      actual = tf_format_money (tf_record_get_actual_cost (record));
      plan = tf_format_money (tf_record_get_planned_cost (record));
      /* Translators: "4.321 kr. of 5.000 kr. planned" */
      amount = g_strdup_printf (_("%s of %s planned"), actual, plan);
      add_row (self, form_title (self, record), subtitle, amount);
      spent += tf_record_get_actual_cost (record);
      planned += tf_record_get_planned_cost (record);
      shown++;
    }

  expenses = tf_expense_list_for_case (self->session, self->case_id, &error);
  for (guint i = 0; expenses != NULL && i < g_list_model_get_n_items (expenses); i++)
    {
      g_autoptr(TfExpense) expense = g_list_model_get_item (expenses, i);
      g_autofree char *day = tf_format_date (tf_expense_get_spent_on (expense));
      g_autofree char *subtitle = NULL;
      g_autofree char *amount = tf_format_money (tf_expense_get_amount (expense));

      /* Translators: under an expense: "20. maj 2025 · Other expense · Taking part in leisure activities" */
      subtitle = g_strdup_printf (_("%s · Other expense · %s"), day,
                                  tf_budget_area_label (tf_expense_get_budget_area (expense)) ?: "");
      add_row (self, tf_expense_get_description (expense), subtitle, amount);
      spent += tf_expense_get_amount (expense);
      shown++;
    }

  spent_text = tf_format_money (spent);
  planned_text = tf_format_money (planned);
  if (shown == 0)
    description = g_strdup (_("No costs are recorded for this case. Interventions get their costs in the work area; other expenses are added in the Economy window."));
  else
    /* Translators: "Spent 5.321 kr. in all; the interventions were planned at 5.000 kr." —
     * the amount's own full stop ends the sentence */
    description = g_strdup_printf (_("Spent %s in all; the interventions were planned at %s"),
                                   spent_text, planned_text);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), description);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  TfCaseEconomyGroup *self = user_data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (TfStore            *store,
                     const char         *entity,
                     gint64              id,
                     TfCaseEconomyGroup *self)
{
  /* An expense's id is its own, not the case's: any expense may be ours. */
  if (entity != NULL && !g_str_equal (entity, "expense") &&
      !(g_str_equal (entity, "record") && id == self->case_id))
    return;
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle_cb, self);
}

static void
tf_case_economy_group_dispose (GObject *object)
{
  TfCaseEconomyGroup *self = TF_CASE_ECONOMY_GROUP (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tf_case_economy_group_parent_class)->dispose (object);
}

static void
tf_case_economy_group_class_init (TfCaseEconomyGroupClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = tf_case_economy_group_dispose;
}

static void
tf_case_economy_group_init (TfCaseEconomyGroup *self)
{
  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Costs"));
}

GtkWidget *
tf_case_economy_group_new (TfSession *session)
{
  TfCaseEconomyGroup *self;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  self = g_object_new (TF_TYPE_CASE_ECONOMY_GROUP, NULL);
  self->session = g_object_ref (session);
  return GTK_WIDGET (self);
}

void
tf_case_economy_group_set_case_id (TfCaseEconomyGroup *self,
                                   gint64              case_id)
{
  g_return_if_fail (TF_IS_CASE_ECONOMY_GROUP (self));

  self->case_id = case_id;
  if (!self->watching)
    {
      g_signal_connect_object (tf_session_get_store (self->session), "changed",
                               G_CALLBACK (on_store_changed_cb), self, 0);
      self->watching = TRUE;
    }
  reload (self);
}
