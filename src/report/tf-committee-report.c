/* tf-committee-report.c — the three committee reports by kind, and the
 * period each covers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-report-figures-private.h"

static const char * const kind_ids[] = { "quarterly", "august", "monthly", NULL };

gboolean
tf_committee_report_kind_parse (const char             *text,
                                TfCommitteeReportKind  *kind,
                                GError                **error)
{
  for (guint i = 0; kind_ids[i] != NULL; i++)
    if (g_strcmp0 (text, kind_ids[i]) == 0)
      {
        *kind = (TfCommitteeReportKind) i;
        return TRUE;
      }
  g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
               _("“%s” is not a report. Choose quarterly, august or monthly."), text != NULL ? text : "");
  return FALSE;
}

const char *
tf_committee_report_kind_id (TfCommitteeReportKind kind)
{
  g_return_val_if_fail (kind <= TF_COMMITTEE_REPORT_MONTHLY, NULL);
  return kind_ids[kind];
}

const char *
tf_committee_report_kind_label (TfCommitteeReportKind kind)
{
  switch (kind)
    {
    case TF_COMMITTEE_REPORT_QUARTERLY:
      return _("Quarterly follow-up");
    case TF_COMMITTEE_REPORT_AUGUST:
      return _("August status for the committee");
    case TF_COMMITTEE_REPORT_MONTHLY:
    default:
      return _("Monthly orientation");
    }
}

gboolean
tf_committee_report_check_period (TfCommitteeReportKind  kind,
                                  const TfPeriod        *period,
                                  GError               **error)
{
  TfPeriodKind want = kind == TF_COMMITTEE_REPORT_QUARTERLY ? TF_PERIOD_QUARTER
                    : kind == TF_COMMITTEE_REPORT_AUGUST ? TF_PERIOD_YEAR : TF_PERIOD_MONTH;

  g_return_val_if_fail (period != NULL, FALSE);
  if (tf_period_get_kind (period) == want)
    return TRUE;
  switch (kind)
    {
    case TF_COMMITTEE_REPORT_QUARTERLY:
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("The quarterly follow-up is for a quarter: give the period as, e.g., 2025-Q2."));
      break;
    case TF_COMMITTEE_REPORT_AUGUST:
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("The August status is for a year: give the period as, e.g., 2025."));
      break;
    case TF_COMMITTEE_REPORT_MONTHLY:
    default:
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("The monthly orientation is for a month: give the period as, e.g., 2025-03."));
      break;
    }
  return FALSE;
}

TfFigures *
tf_figures_build (TfCommitteeReportKind   kind,
                  TfSession              *session,
                  TfRegistry             *registry,
                  const TfPeriod         *period,
                  const char             *today,
                  GError                **error)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (period != NULL, NULL);

  switch (kind)
    {
    case TF_COMMITTEE_REPORT_QUARTERLY:
      return tf_figures_build_quarterly (session, registry, period, today, error);
    case TF_COMMITTEE_REPORT_AUGUST:
      return tf_figures_build_august (session, registry, period, today, error);
    case TF_COMMITTEE_REPORT_MONTHLY:
    default:
      return tf_figures_build_monthly (session, registry, period, today, error);
    }
}

TfReport *
tf_committee_report_new (TfCommitteeReportKind   kind,
                         TfSession              *session,
                         TfRegistry             *registry,
                         const TfPeriod         *period,
                         const char             *today,
                         GError                **error)
{
  g_autoptr(TfFigures) f = tf_figures_build (kind, session, registry, period, today, error);

  return f != NULL ? tf_figures_steal_report (f) : NULL;
}
