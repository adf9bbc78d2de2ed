/* tf-report-quarterly.c — the quarterly follow-up: the taskforce's work,
 * the young people's progression, the economy and the placements estimate
 * for a quarter
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-report-figures-private.h"

TfFigures *
tf_figures_build_quarterly (TfSession       *session,
                            TfRegistry      *registry,
                            const TfPeriod  *period,
                            const char      *today,
                            GError         **error)
{
  g_autoptr(TfFigures) f = NULL;
  g_autofree char *label = NULL;
  g_autofree char *title = NULL;
  g_autofree char *as_of = NULL;

  if (!tf_committee_report_check_period (TF_COMMITTEE_REPORT_QUARTERLY, period, error))
    return NULL;
  label = tf_period_get_label (period);
  title = g_strdup_printf (_("Quarterly follow-up, %s"), label);
  as_of = tf_figures_as_of (period, tf_period_get_last_day (period), today);
  f = tf_figures_new (session, registry, period, today, as_of, tf_period_get_year (period),
                      tf_period_get_index (period), title, error);
  if (f == NULL)
    return NULL;

  tf_figures_add_front (f, _("Quarterly follow-up"), label,
    _("The taskforce follows up on its work every quarter. The report has four parts: the work "
      "(how cases moved from referral to closing, the caseload, the interventions and the "
      "meetings), the young people’s progression (the effect per indicator and re-offending), "
      "the economy against the year’s budget, and an estimate of the placements avoided.\n\n"
      "Every figure is counted from the cases in the taskforce’s program on the day shown on "
      "the title page, so the figures can be traced to the cases."));
  tf_figures_add_work (f);
  tf_figures_add_progression (f, FALSE);
  tf_figures_add_economy (f);
  tf_figures_add_placements (f);
  return g_steal_pointer (&f);
}

TfReport *
tf_report_quarterly_new (TfSession       *session,
                         TfRegistry      *registry,
                         const TfPeriod  *period,
                         const char      *today,
                         GError         **error)
{
  g_autoptr(TfFigures) f = tf_figures_build_quarterly (session, registry, period, today, error);

  return f != NULL ? tf_figures_steal_report (f) : NULL;
}
