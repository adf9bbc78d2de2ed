/* tf-stats-json.c — the figures as JSON and as a readable text summary
 *
 * The JSON is what `taskforce stats --json` prints and what other programs
 * read: stable ids as keys, every count as {"n": 12, "below_threshold":
 * false} so a reader can hide small counts the way reports for the
 * committee do, and the placements estimate under a key that says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-format.h"
#include "tf-json-writer.h"
#include "tf-stats-private.h"

static void
write_count (TfJsonWriter       *w,
             gboolean            cases,
             const char         *key,
             const TfStatsCount *count)
{
  if (key != NULL)
    tf_json_writer_key (w, key);
  tf_json_writer_begin_object (w);
  if (count->id != NULL)
    tf_json_writer_member_string (w, "id", count->id);
  if (count->label != NULL)
    tf_json_writer_member_string (w, "label", count->label);
  tf_json_writer_member_int (w, "n", count->n);
  tf_json_writer_member_boolean (w, "below_threshold", count->below_threshold);
  if (cases)
    {
      tf_json_writer_key (w, "cases");
      tf_json_writer_begin_array (w);
      for (guint i = 0; count->cases != NULL && i < count->cases->len; i++)
        tf_json_writer_int (w, g_array_index (count->cases, gint64, i));
      tf_json_writer_end_array (w);
    }
  tf_json_writer_end_object (w);
}

static void
write_counts (TfJsonWriter *w,
              gboolean      cases,
              const char   *key,
              GPtrArray    *counts)
{
  tf_json_writer_key (w, key);
  tf_json_writer_begin_array (w);
  for (guint i = 0; i < counts->len; i++)
    write_count (w, cases, NULL, g_ptr_array_index (counts, i));
  tf_json_writer_end_array (w);
}

static void
write_funnel (TfStats      *self,
              TfJsonWriter *w,
              gboolean      cases)
{
  tf_json_writer_key (w, "funnel");
  tf_json_writer_begin_object (w);
  tf_json_writer_key (w, "entered");
  tf_json_writer_begin_object (w);
  for (int s = 0; s < TF_N_CASE_STATUSES; s++)
    write_count (w, cases, self->funnel.entered[s].id, &self->funnel.entered[s]);
  tf_json_writer_end_object (w);
  write_count (w, cases, "screened", &self->funnel.screened);
  tf_json_writer_key (w, "at_end");
  tf_json_writer_begin_object (w);
  for (int s = 0; s < TF_N_CASE_STATUSES; s++)
    write_count (w, cases, self->funnel.at_end[s].id, &self->funnel.at_end[s]);
  tf_json_writer_end_object (w);
  write_counts (w, cases, "closed_by_reason", self->funnel.closed_by_reason);
  tf_json_writer_end_object (w);
}

static void
write_caseload (TfStats      *self,
                TfJsonWriter *w,
                gboolean      cases)
{
  tf_json_writer_key (w, "caseload");
  tf_json_writer_begin_array (w);
  for (guint i = 0; i < self->caseload->len; i++)
    {
      TfStatsMonth *month = g_ptr_array_index (self->caseload, i);

      tf_json_writer_begin_object (w);
      tf_json_writer_member_string (w, "month", month->month);
      tf_json_writer_member_string (w, "label", month->label);
      write_count (w, cases, "open_at_end", &month->open_at_end);
      write_count (w, cases, "new_referrals", &month->new_referrals);
      tf_json_writer_end_object (w);
    }
  tf_json_writer_end_array (w);
}

static void
write_activity (TfStats      *self,
                TfJsonWriter *w,
                gboolean      cases)
{
  tf_json_writer_key (w, "interventions");
  tf_json_writer_begin_array (w);
  for (guint i = 0; i < self->interventions->len; i++)
    {
      TfStatsInterventionArea *area = g_ptr_array_index (self->interventions, i);

      tf_json_writer_begin_object (w);
      tf_json_writer_member_string (w, "id", area->id);
      tf_json_writer_member_string (w, "label", area->label);
      write_count (w, cases, "started", &area->started);
      write_count (w, cases, "running", &area->running);
      write_count (w, cases, "young_people", &area->young_people);
      tf_json_writer_end_object (w);
    }
  tf_json_writer_end_array (w);

  tf_json_writer_key (w, "group_activities");
  tf_json_writer_begin_object (w);
  write_count (w, cases, "started", &self->groups.started);
  write_count (w, cases, "young_people", &self->groups.young_people);
  write_counts (w, cases, "by_kind", self->groups.by_kind);
  tf_json_writer_end_object (w);

  tf_json_writer_key (w, "meetings");
  tf_json_writer_begin_object (w);
  write_count (w, cases, "held", &self->meetings.held);
  write_counts (w, cases, "by_kind", self->meetings.by_kind);
  write_count (w, cases, "decisions", &self->meetings.decisions);
  write_count (w, cases, "tasks", &self->meetings.tasks);
  write_count (w, cases, "tasks_done", &self->meetings.tasks_done);
  tf_json_writer_end_object (w);
}

static const char *
source_id (TfStatsSource source)
{
  switch (source)
    {
    case TF_STATS_SOURCE_DOMAIN: return "assessment-domain";
    case TF_STATS_SOURCE_GOAL_PROGRESS: return "goal-progress";
    case TF_STATS_SOURCE_INDICATOR:
    default: return "indicator";
    }
}

static void
write_effects (TfStats      *self,
               TfJsonWriter *w,
               gboolean      cases)
{
  const TfStatsReoffending *r = &self->reoffending;
  const TfStatsPlacements *p = &self->placements;

  tf_json_writer_key (w, "effect");
  tf_json_writer_begin_array (w);
  for (guint i = 0; i < self->effects->len; i++)
    {
      TfStatsEffect *effect = g_ptr_array_index (self->effects, i);

      tf_json_writer_begin_object (w);
      tf_json_writer_member_string (w, "key", effect->key);
      tf_json_writer_member_string (w, "title", effect->title);
      tf_json_writer_member_string (w, "source", source_id (effect->source));
      tf_json_writer_member_boolean (w, "higher_is_better", effect->higher_is_better);
      tf_json_writer_member_double (w, "min", effect->min, 6);
      tf_json_writer_member_double (w, "max", effect->max, 6);
      tf_json_writer_member_double (w, "threshold", effect->threshold, 6);
      tf_json_writer_member_boolean (w, "threshold_set_by_coordinator", effect->threshold_is_set);
      write_count (w, cases, "improved", &effect->improved);
      write_count (w, cases, "held", &effect->held);
      write_count (w, cases, "worsened", &effect->worsened);
      write_count (w, cases, "measured_once", &effect->measured_once);
      tf_json_writer_end_object (w);
    }
  tf_json_writer_end_array (w);

  tf_json_writer_key (w, "reoffending");
  tf_json_writer_begin_object (w);
  tf_json_writer_member_int (w, "months_before_and_after", 6);
  write_count (w, cases, "young_people_followed", &r->followed);
  write_count (w, cases, "young_people_pending", &r->pending);
  write_count (w, cases, "police_contacts_before", &r->contacts_before);
  write_count (w, cases, "police_contacts_after", &r->contacts_after);
  write_count (w, cases, "young_people_with_contacts_before", &r->with_contacts_before);
  write_count (w, cases, "young_people_with_contacts_after", &r->with_contacts_after);
  tf_json_writer_end_object (w);

  /* Its own key, and "estimate": true, so no reader takes it for a count */
  tf_json_writer_key (w, "placements_avoided_estimate");
  tf_json_writer_begin_object (w);
  tf_json_writer_member_boolean (w, "estimate", TRUE);
  tf_json_writer_member_string (w, "label", _("Estimate of placements avoided"));
  tf_json_writer_member_boolean (w, "configured", p->configured);
  write_count (w, cases, "young_people_worked_with", &p->young_people);
  if (p->configured)
    {
      tf_json_writer_member_double (w, "share_avoided_percent", p->share_avoided, 2);
      tf_json_writer_member_double (w, "cost_per_year_kr", p->cost_per_year, 2);
      tf_json_writer_member_double (w, "years", p->years, 2);
      tf_json_writer_member_double (w, "placements_avoided", p->placements_avoided, 2);
      tf_json_writer_member_double (w, "value_kr", p->value, 0);
    }
  tf_json_writer_end_object (w);
}

char *
tf_stats_to_json (TfStats *self)
{
  return tf_stats_to_json_full (self, FALSE);
}

char *
tf_stats_to_json_full (TfStats  *self,
                       gboolean  cases)
{
  TfJsonWriter *w;
  g_autofree char *period = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (TF_IS_STATS (self), NULL);

  period = tf_period_to_string (self->period);
  label = tf_period_get_label (self->period);
  w = tf_json_writer_new (TRUE);
  tf_json_writer_begin_object (w);
  tf_json_writer_key (w, "period");
  tf_json_writer_begin_object (w);
  tf_json_writer_member_string (w, "id", period);
  tf_json_writer_member_string (w, "label", label);
  tf_json_writer_member_string (w, "first_day", tf_period_get_first_day (self->period));
  tf_json_writer_member_string (w, "last_day", tf_period_get_last_day (self->period));
  tf_json_writer_end_object (w);
  tf_json_writer_member_string (w, "computed_on", self->computed_on);
  tf_json_writer_member_int (w, "anonymity_threshold", self->threshold);

  write_funnel (self, w, cases);
  write_caseload (self, w, cases);
  write_count (w, cases, "active_cases", &self->active_cases);
  write_counts (w, cases, "active_by_legal_basis", self->legal_basis);
  write_activity (self, w, cases);
  write_effects (self, w, cases);
  tf_json_writer_end_object (w);
  return tf_json_writer_free_to_string (w);
}

/* Text */

static void
line (GString            *out,
      TfStats            *self,
      const char         *label,
      const TfStatsCount *count)
{
  g_autofree char *n = tf_stats_format_count (self, count, FALSE);

  g_string_append_printf (out, "  %-48s %8s%s\n", label, n, count->below_threshold ? " *" : "");
}

char *
tf_stats_to_text (TfStats *self)
{
  GString *out = g_string_new (NULL);
  g_autofree char *label = NULL;
  g_autofree char *note = NULL;
  const TfStatsPlacements *p;

  g_return_val_if_fail (TF_IS_STATS (self), NULL);

  label = tf_period_get_label (self->period);
  g_string_append_printf (out, _("Figures for %s"), label);
  g_string_append (out, "\n\n");

  g_string_append_printf (out, "%s\n", _("Cases that entered each status in the period"));
  for (int s = 0; s < TF_N_CASE_STATUSES; s++)
    line (out, self, self->funnel.entered[s].label, &self->funnel.entered[s]);
  line (out, self, self->funnel.screened.label, &self->funnel.screened);
  g_string_append_printf (out, "%s\n", _("Cases closed, by reason"));
  for (guint i = 0; i < self->funnel.closed_by_reason->len; i++)
    {
      TfStatsCount *count = g_ptr_array_index (self->funnel.closed_by_reason, i);
      line (out, self, count->label, count);
    }
  g_string_append_printf (out, "%s\n", _("Cases at each status at the end of the period"));
  for (int s = 0; s < TF_N_CASE_STATUSES; s++)
    line (out, self, self->funnel.at_end[s].label, &self->funnel.at_end[s]);

  g_string_append_printf (out, "\n%s\n", _("Caseload: open cases at the month's end / new referrals"));
  for (guint i = 0; i < self->caseload->len; i++)
    {
      TfStatsMonth *month = g_ptr_array_index (self->caseload, i);

      g_string_append_printf (out, "  %-30s %8" G_GINT64_FORMAT " %8" G_GINT64_FORMAT "\n", month->label,
                              month->open_at_end.n, month->new_referrals.n);
    }

  g_string_append_printf (out, "\n%s\n", _("Active cases by legal basis"));
  for (guint i = 0; i < self->legal_basis->len; i++)
    {
      TfStatsCount *count = g_ptr_array_index (self->legal_basis, i);
      line (out, self, count->label, count);
    }

  g_string_append_printf (out, "\n%s\n", _("Interventions by area: started / running / young people"));
  for (guint i = 0; i < self->interventions->len; i++)
    {
      TfStatsInterventionArea *area = g_ptr_array_index (self->interventions, i);

      g_string_append_printf (out, "  %-48s %5" G_GINT64_FORMAT " %5" G_GINT64_FORMAT " %5" G_GINT64_FORMAT "\n",
                              area->label, area->started.n, area->running.n, area->young_people.n);
    }

  g_string_append_printf (out, "\n%s\n", _("Group activities started"));
  line (out, self, _("Activities"), &self->groups.started);
  line (out, self, _("Young people"), &self->groups.young_people);
  g_string_append_printf (out, "\n%s\n", _("Meetings held"));
  for (guint i = 0; i < self->meetings.by_kind->len; i++)
    {
      TfStatsCount *count = g_ptr_array_index (self->meetings.by_kind, i);
      line (out, self, count->label, count);
    }
  line (out, self, _("Decisions"), &self->meetings.decisions);
  line (out, self, _("Tasks"), &self->meetings.tasks);
  line (out, self, _("Tasks done"), &self->meetings.tasks_done);

  g_string_append_printf (out, "\n%s\n", _("Effect: improved / held / worsened (measured once)"));
  for (guint i = 0; i < self->effects->len; i++)
    {
      TfStatsEffect *e = g_ptr_array_index (self->effects, i);

      g_string_append_printf (out, "  %-48s %5" G_GINT64_FORMAT " %5" G_GINT64_FORMAT " %5" G_GINT64_FORMAT
                              " (%" G_GINT64_FORMAT ")\n", e->title, e->improved.n, e->held.n,
                              e->worsened.n, e->measured_once.n);
    }

  g_string_append_printf (out, "\n%s\n", _("Police contacts 6 months before and after the first plan"));
  line (out, self, _("Young people followed"), &self->reoffending.followed);
  line (out, self, _("Contacts before"), &self->reoffending.contacts_before);
  line (out, self, _("Contacts after"), &self->reoffending.contacts_after);

  p = &self->placements;
  g_string_append_printf (out, "\n%s\n", _("Estimate of placements avoided"));
  if (p->configured)
    {
      g_autofree char *value = tf_format_money ((gint64) p->value * 100);

      g_string_append_printf (out, _("  About %.1f placements avoided, worth about %s (an estimate from the "
                                     "coordinator's unit costs, not a count)\n"),
                              p->placements_avoided, value);
    }
  else
    g_string_append_printf (out, "  %s\n", _("Not estimated: the coordinator has not set the cost of a "
                                             "placement and the share expected to be avoided."));

  note = tf_stats_hidden_note (self);
  g_string_append_printf (out, "\n* %s\n", note);
  return g_string_free (out, FALSE);
}
