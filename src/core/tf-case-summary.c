/* tf-case-summary.c — one row of the case list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-case-status.h"
#include "tf-case-summary-private.h"
#include "tf-cpr.h"
#include "tf-format.h"

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

/* Made by the case list model */

/* A case needs follow-up from the day follow_up_due names (kept by the
 * store's triggers): its follow-up date, or three months after its latest
 * assessment (or referral). The word says which came first, the reason says
 * it in full. Shared with TfCase, so the list and the case window agree. */
gboolean
_tf_follow_up_need (const char  *today,
                    const char  *due,
                    const char  *follow_up,
                    const char  *last_assessed_on,
                    const char  *referral_date,
                    char       **warning,
                    char       **reason)
{
  g_autofree char *date = NULL;

  *warning = *reason = NULL;
  if (due == NULL || strcmp (due, today) > 0)
    return FALSE;
  if (follow_up != NULL && strcmp (follow_up, today) <= 0)
    {
      date = tf_format_date (follow_up);
      if (strcmp (follow_up, today) == 0)
        {
          *warning = g_strdup (_("Due"));
          *reason = g_strdup (_("The follow-up is due today"));
        }
      else
        {
          *warning = g_strdup (_("Overdue"));
          /* Translators: %s is a date, "3. dec. 2025" */
          *reason = g_strdup_printf (_("The follow-up date %s has passed"), date);
        }
      return TRUE;
    }
  *warning = g_strdup (_("No assessment"));
  if (last_assessed_on != NULL)
    {
      date = tf_format_date (last_assessed_on);
      /* Translators: %s is the date of the latest assessment */
      *reason = g_strdup_printf (_("No assessment for 3 months: the latest was on %s"), date);
    }
  else
    {
      date = tf_format_date (referral_date);
      /* Translators: %s is the date of the referral */
      *reason = g_strdup_printf (_("No assessment in the 3 months since the referral on %s"), date);
    }
  return TRUE;
}

TfCaseSummary *
_tf_case_summary_new_from_row (TfStmt     *stmt,
                               const char *today,
                               gboolean    may_see_cpr)
{
  TfCaseSummary *summary = g_object_new (TF_TYPE_CASE_SUMMARY, NULL);
  const char *cpr = (const char *) sqlite3_column_text (stmt, 4);

  summary->case_id = sqlite3_column_int64 (stmt, 0);
  summary->young_person_id = sqlite3_column_int64 (stmt, 1);
  summary->name = tf_stmt_dup_text (stmt, 2);
  summary->birth_date = tf_stmt_dup_text (stmt, 3);
  summary->age = tf_age_on (summary->birth_date, today);
  if (cpr == NULL)
    summary->cpr_label = g_strdup ("");
  else
    summary->cpr_label = may_see_cpr ? tf_cpr_format (cpr) : tf_cpr_mask (cpr);
  summary->status = tf_stmt_dup_text (stmt, 5);
  summary->coordinator = tf_stmt_dup_text (stmt, 6);
  summary->follow_up = tf_stmt_dup_text (stmt, 7);
  summary->school = tf_stmt_dup_text (stmt, 8);

  if (summary->follow_up == NULL)
    summary->follow_up_label = g_strdup ("");
  else if (g_str_equal (summary->follow_up, today))
    summary->follow_up_label = g_strdup (_("today"));
  else
    summary->follow_up_label = tf_format_date_short (summary->follow_up, today);
  summary->follow_up_overdue =
    _tf_follow_up_need (today,
                        (const char *) sqlite3_column_text (stmt, 9),
                        summary->follow_up,
                        (const char *) sqlite3_column_text (stmt, 10),
                        (const char *) sqlite3_column_text (stmt, 11),
                        &summary->follow_up_warning, &summary->follow_up_reason);
  return summary;
}

/* A row no longer in the store (deleted since the ids were read) still needs
 * an item at its position until the next refresh removes it. */
TfCaseSummary *
_tf_case_summary_new_missing (gint64 case_id)
{
  TfCaseSummary *summary = g_object_new (TF_TYPE_CASE_SUMMARY, NULL);

  summary->case_id = case_id;
  summary->name = g_strdup ("");
  summary->cpr_label = g_strdup ("");
  summary->follow_up_label = g_strdup ("");
  return summary;
}
