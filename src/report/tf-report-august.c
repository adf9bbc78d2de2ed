/* tf-report-august.c — the August status for the committee: the year so far
 * with the quarterly follow-up's structure, plus the evaluation overview
 *
 * The committee hears the status in August: the figures run from 1 January
 * to the day it is made (to 31 December for a year that is over). The
 * economy is the whole year's: its budget, spent and committed so far and
 * the forecast to year end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-report-figures-private.h"

TfFigures *
tf_figures_build_august (TfSession       *session,
                         TfRegistry      *registry,
                         const TfPeriod  *period,
                         const char      *today,
                         GError         **error)
{
  g_autoptr(TfFigures) f = NULL;
  g_autofree char *label = NULL;
  g_autofree char *title = NULL;
  g_autofree char *as_of = NULL;
  g_autofree char *as_of_date = NULL;
  g_autofree char *period_line = NULL;

  if (!tf_committee_report_check_period (TF_COMMITTEE_REPORT_AUGUST, period, error))
    return NULL;
  label = tf_period_get_label (period);
  title = g_strdup_printf (_("Status for the committee, August %s"), label);
  as_of = tf_figures_as_of (period, tf_period_get_last_day (period), today);
  f = tf_figures_new (session, registry, period, today, as_of, tf_period_get_year (period), 0, title, error);
  if (f == NULL)
    return NULL;

  as_of_date = tf_format_date (as_of);
  if (g_strcmp0 (as_of, tf_period_get_last_day (period)) == 0)
    period_line = g_strdup_printf (_("The year %s"), label);
  else
    period_line = g_strdup_printf (_("The year %s so far, to %s"), label, as_of_date);
  tf_figures_add_front (f, _("Status for the committee"), period_line,
    _("Once a year, in August, the committee gets a status on the taskforce: its work, the young "
      "people’s progression and its economy for the year so far. The structure is that of the "
      "quarterly follow-up; this report adds the evaluation overview: for every indicator the "
      "share of the young people measured twice who improved or worsened.\n\n"
      "The figures count the year from 1 January to the day on the title page. Every figure is counted from the cases in the taskforce’s program."));
  tf_figures_add_work (f);
  tf_figures_add_progression (f, TRUE);
  tf_figures_add_economy (f);
  tf_figures_add_placements (f);
  return g_steal_pointer (&f);
}

TfReport *
tf_report_august_new (TfSession       *session,
                      TfRegistry      *registry,
                      const TfPeriod  *period,
                      const char      *today,
                      GError         **error)
{
  g_autoptr(TfFigures) f = tf_figures_build_august (session, registry, period, today, error);

  return f != NULL ? tf_figures_steal_report (f) : NULL;
}
