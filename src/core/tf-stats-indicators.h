/* tf-stats-indicators.h — the indicators the figures measure effect on, with their thresholds
 *
 * One list for everyone who needs to know which indicators the effect
 * figures count and where a change starts to count: the stats themselves
 * (tf-stats-effect.c) and the coordinator's settings page. The list is, in
 * this order: the active assessment domains (professionals' scores 0–10),
 * the progress on the action plans' goals (each goal 0–10, a plan's mean),
 * then every indicator of the enabled work areas (registry order).
 *
 * The threshold rule lives here and only here: the coordinator's own
 * (stats_indicator_setting, tf_stats_indicator_threshold_set()), else the
 * area file's Threshold=, else 3 points on a 0–10 scale, scaled to the
 * indicator's range (30 on 0–100, 0,3 on 0–1).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-stats.h"

G_BEGIN_DECLS

#define TF_TYPE_STATS_INDICATOR (tf_stats_indicator_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfStatsIndicator, tf_stats_indicator, TF, STATS_INDICATOR, GObject)

/* GListModel of TfStatsIndicator, as the store and @registry have them now
 * (@registry may be NULL: no work areas' indicators). A snapshot: call again
 * after the store's "changed" for "stats-setting" or "assessment-catalogue",
 * or the registry's "area-added"/"area-removed". */
TF_AVAILABLE_IN_ALL
GListModel   *tf_stats_list_indicators              (TfSession        *session,
                                                     TfRegistry       *registry,
                                                     GError          **error);

/* "domain:<code>", "goal-progress", or the work area's indicator id: the
 * key of tf_stats_indicator_threshold_get/set() and of TfStatsEffect. */
TF_AVAILABLE_IN_ALL
const char   *tf_stats_indicator_get_key            (TfStatsIndicator *self);
TF_AVAILABLE_IN_ALL
const char   *tf_stats_indicator_get_title          (TfStatsIndicator *self);
/* Where it comes from, translated: "Assessment domain", "Action plan", or
 * the work area's title. */
TF_AVAILABLE_IN_ALL
const char   *tf_stats_indicator_get_group          (TfStatsIndicator *self);
TF_AVAILABLE_IN_ALL
TfStatsSource tf_stats_indicator_get_source         (TfStatsIndicator *self);
/* The assessment domain's id for a domain, else 0. */
TF_AVAILABLE_IN_ALL
gint64        tf_stats_indicator_get_domain_id      (TfStatsIndicator *self);
TF_AVAILABLE_IN_ALL
gboolean      tf_stats_indicator_get_higher_is_better (TfStatsIndicator *self);
TF_AVAILABLE_IN_ALL
double        tf_stats_indicator_get_min            (TfStatsIndicator *self);
TF_AVAILABLE_IN_ALL
double        tf_stats_indicator_get_max            (TfStatsIndicator *self);
/* Decimals its values are written with (0 for scores and goal progress). */
TF_AVAILABLE_IN_ALL
int           tf_stats_indicator_get_decimals       (TfStatsIndicator *self);
/* The area file's Unit= ("%"), NULL for a score, goal progress, or an
 * indicator whose file gives none. */
TF_AVAILABLE_IN_ALL
const char   *tf_stats_indicator_get_unit           (TfStatsIndicator *self);
/* TRUE for the assessment domains and goal progress: changes on them are
 * counted in points. */
TF_AVAILABLE_IN_ALL
gboolean      tf_stats_indicator_is_score           (TfStatsIndicator *self);

/* The threshold without the coordinator's own. */
TF_AVAILABLE_IN_ALL
double        tf_stats_indicator_get_default_threshold (TfStatsIndicator *self);
/* The one the figures use: the coordinator's when set, else the default. */
TF_AVAILABLE_IN_ALL
double        tf_stats_indicator_get_threshold      (TfStatsIndicator *self);
TF_AVAILABLE_IN_ALL
gboolean      tf_stats_indicator_get_threshold_is_set (TfStatsIndicator *self);

/* The word written after a change of @value: "point"/"points" (plural by
 * @value) for a score, the Unit= for the others, NULL when there is none.
 * (transfer full) */
TF_AVAILABLE_IN_ALL
char         *tf_stats_indicator_dup_unit_label     (TfStatsIndicator *self,
                                                     double            value);
/* A change as a Danish reader writes it: "3 points", "2,5 points", "5 %",
 * "1" (no unit). (transfer full) */
TF_AVAILABLE_IN_ALL
char         *tf_stats_indicator_format_change      (TfStatsIndicator *self,
                                                     double            value);

G_END_DECLS
