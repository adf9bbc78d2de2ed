/* tf-stats.h — the taskforce's figures for a period: the one place they are computed
 *
 * The dashboard, the PDF and CSV reports and `taskforce stats --json` all
 * read their numbers from a TfStats, so a figure means the same wherever it
 * is shown. tf_stats_compute() reads the store once and keeps plain,
 * read-only results:
 *
 * - the funnel: how many cases entered each status in the period (from the
 *   status history), how many are at each status at the period's end, and
 *   the cases closed by closing reason;
 * - the caseload: open cases at the end of each month, new referrals a month;
 * - active cases (at the period's end) by the legal basis of their latest
 *   support decision (the work-area form with Statistic=legal-basis);
 * - interventions by budget area, group activities (Statistic=group-activity),
 *   meetings held by kind with their decisions and tasks;
 * - effect: for each indicator (assessment domains, goal progress, the work
 *   areas' indicators) how many young people improved, held or worsened
 *   between their first and latest value up to the period's end;
 * - re-offending: police contacts (Statistic=police-contact) in the 6 months
 *   before and after each young person's first action plan;
 * - placements avoided: an ESTIMATE from the coordinator's unit costs.
 *
 * Anonymity: every count carries below_threshold — TRUE when it is 1 or more
 * but less than the committee's threshold (a setting, 5 by default), so a
 * report for the committee can hide it (tf_stats_format_count()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tf-case-status.h"
#include "tf-period.h"
#include "tf-registry.h"
#include "tf-session.h"

G_BEGIN_DECLS

/* One count. @id is stable ("goals-reached", "s30-preventive", "2025-03");
 * @label is translated; both may be NULL where the count's place says what
 * it is. @cases are the cases behind the count, so every figure can be
 * traced: case ids (gint64), ascending, each once; NULL when there are
 * none. A count of cases has exactly n of them; a count of young people
 * has the cases that gave each one's figure; a count of events (meetings,
 * police contacts, interventions) has the cases the events belong to. */
typedef struct
{
  char     *id;
  char     *label;
  gint64    n;
  gboolean  below_threshold;
  GArray   *cases;
} TfStatsCount;

/* The funnel, by TfCaseStatus. "entered": cases that moved to the status at
 * least once in the period (each case once per status); "at_end": cases at
 * the status on the period's last day. Screened: cases judged relevant or
 * not relevant in the period. */
typedef struct
{
  TfStatsCount  entered[TF_N_CASE_STATUSES];
  TfStatsCount  at_end[TF_N_CASE_STATUSES];
  TfStatsCount  screened;
  GPtrArray    *closed_by_reason;   /* of TfStatsCount, in tf_closing_reason_ids() order */
} TfStatsFunnel;

/* One month of the caseload. */
typedef struct
{
  char          month[8];           /* "2025-03" */
  char         *label;              /* "March 2025", translated */
  TfStatsCount  open_at_end;        /* cases open (not closed, declined or not relevant) on its last day */
  TfStatsCount  new_referrals;      /* referrals (and re-referrals) dated in the month */
} TfStatsMonth;

/* Interventions of one budget area. Started: status past planned and start
 * date in the period. Running: past planned, and its period (start to end;
 * an active one without an end runs on) overlaps the period. */
typedef struct
{
  char          *id;                /* "mentor", "family", ... */
  char          *label;
  TfStatsCount   started;
  TfStatsCount   running;
  TfStatsCount   young_people;      /* distinct young people with one running */
} TfStatsInterventionArea;

typedef struct
{
  TfStatsCount  started;            /* group activities dated in the period */
  TfStatsCount  young_people;       /* distinct young people who started one */
  GPtrArray    *by_kind;            /* of TfStatsCount (StatisticField's choices) */
} TfStatsGroupActivities;

/* Meetings held: dated in the period, on or before today, not cancelled. */
typedef struct
{
  GPtrArray    *by_kind;            /* of TfStatsCount: taskforce, screening, network */
  TfStatsCount  held;
  TfStatsCount  decisions;          /* agenda items with a decision written */
  TfStatsCount  tasks;              /* tasks decided at them */
  TfStatsCount  tasks_done;
} TfStatsMeetings;

typedef enum
{
  TF_STATS_SOURCE_DOMAIN,           /* an assessment domain, the professionals' score */
  TF_STATS_SOURCE_GOAL_PROGRESS,    /* the action plans' goals (mean progress of a plan) */
  TF_STATS_SOURCE_INDICATOR,        /* a work area's indicator */
} TfStatsSource;

/* One indicator's effect: for each young person with two or more values up
 * to the period's end, the latest against the first. A change of at least
 * the threshold, in the indicator's good direction, is improved; the other
 * way worsened; smaller, held. */
typedef struct
{
  char          *key;               /* "domain:school", "goal-progress", or the indicator id */
  char          *title;
  TfStatsSource  source;
  gboolean       higher_is_better;
  double         min;
  double         max;
  double         threshold;
  gboolean       threshold_is_set;  /* the coordinator's own (else the default) */
  char          *threshold_label;   /* in the indicator's unit: "3 points", "5 %" */
  TfStatsCount   improved;
  TfStatsCount   held;
  TfStatsCount   worsened;
  TfStatsCount   measured_once;     /* young people with one value only */
} TfStatsEffect;

/* Police contacts in the 6 months before and after each young person's first
 * action plan. Followed: the young people whose plan is at least 6 months
 * old at the period's end; pending: plans younger than that. */
typedef struct
{
  TfStatsCount  followed;
  TfStatsCount  pending;
  TfStatsCount  contacts_before;
  TfStatsCount  contacts_after;
  TfStatsCount  with_contacts_before;  /* young people with at least one before */
  TfStatsCount  with_contacts_after;
} TfStatsReoffending;

/* An ESTIMATE, never a count: young people worked with in the period (a case
 * active or paused at some time in it) × the share expected to avoid a
 * placement × what a placement costs a year × the years it would last.
 * Configured is FALSE until the coordinator has set the cost and the share;
 * then the estimate is 0. */
typedef struct
{
  gboolean      configured;
  TfStatsCount  young_people;
  double        share_avoided;      /* per cent */
  double        cost_per_year;      /* kroner */
  double        years;
  double        placements_avoided;
  double        value;              /* kroner */
} TfStatsPlacements;

#define TF_TYPE_STATS (tf_stats_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfStats, tf_stats, TF, STATS, GObject)

/* Computes every figure for @period. @registry gives the work areas'
 * indicators and the forms with a Statistic=; it may be empty (then those
 * figures are empty). @today (ISO, NULL for today) bounds "held" meetings
 * and the figures of a period not yet over. */
TF_AVAILABLE_IN_ALL
TfStats        *tf_stats_compute          (TfSession       *session,
                                           TfRegistry      *registry,
                                           const TfPeriod  *period,
                                           const char      *today,
                                           GError         **error);

TF_AVAILABLE_IN_ALL
const TfPeriod *tf_stats_get_period       (TfStats *self);
/* The committee's threshold used for below_threshold. */
TF_AVAILABLE_IN_ALL
int             tf_stats_get_anonymity_threshold (TfStats *self);
TF_AVAILABLE_IN_ALL
const char     *tf_stats_get_computed_on  (TfStats *self);

TF_AVAILABLE_IN_ALL
const TfStatsFunnel          *tf_stats_get_funnel          (TfStats *self);
/* GPtrArray of TfStatsMonth* (transfer none), the period's months in order. */
TF_AVAILABLE_IN_ALL
GPtrArray                    *tf_stats_get_caseload        (TfStats *self);
/* GPtrArray of TfStatsCount* (transfer none): the legal basis's choices in
 * order, then "not-recorded" for active cases without a decision. */
TF_AVAILABLE_IN_ALL
GPtrArray                    *tf_stats_get_active_by_legal_basis (TfStats *self);
TF_AVAILABLE_IN_ALL
const TfStatsCount           *tf_stats_get_active_cases    (TfStats *self);
/* GPtrArray of TfStatsInterventionArea* in the catalogue's order. */
TF_AVAILABLE_IN_ALL
GPtrArray                    *tf_stats_get_interventions   (TfStats *self);
TF_AVAILABLE_IN_ALL
const TfStatsGroupActivities *tf_stats_get_group_activities (TfStats *self);
TF_AVAILABLE_IN_ALL
const TfStatsMeetings        *tf_stats_get_meetings        (TfStats *self);
/* GPtrArray of TfStatsEffect*: domains, goal progress, the areas' indicators. */
TF_AVAILABLE_IN_ALL
GPtrArray                    *tf_stats_get_effects         (TfStats *self);
TF_AVAILABLE_IN_ALL
const TfStatsEffect          *tf_stats_find_effect         (TfStats    *self,
                                                            const char *key);
TF_AVAILABLE_IN_ALL
const TfStatsReoffending     *tf_stats_get_reoffending     (TfStats *self);
TF_AVAILABLE_IN_ALL
const TfStatsPlacements      *tf_stats_get_placements      (TfStats *self);

/* Anonymity helpers. */
TF_AVAILABLE_IN_ALL
gboolean        tf_stats_is_below_threshold (TfStats *self,
                                             gint64   n);
/* The count as a report shows it: the number, or, when @hide_small and the
 * count is below the threshold, "fewer than 5" (transfer full). */
TF_AVAILABLE_IN_ALL
char           *tf_stats_format_count     (TfStats            *self,
                                           const TfStatsCount *count,
                                           gboolean            hide_small);
/* The note a report prints under a table with hidden counts (translated). */
TF_AVAILABLE_IN_ALL
char           *tf_stats_hidden_note      (TfStats *self);

/* Every figure as JSON (transfer full), and as a readable text summary. */
TF_AVAILABLE_IN_ALL
char           *tf_stats_to_json          (TfStats *self);
/* With @cases, every count also lists its cases' ids ("cases": [3, 17]),
 * so a figure can be traced; never for the committee. */
TF_AVAILABLE_IN_ALL
char           *tf_stats_to_json_full     (TfStats  *self,
                                           gboolean  cases);
TF_AVAILABLE_IN_ALL
char           *tf_stats_to_text          (TfStats *self);

G_END_DECLS
