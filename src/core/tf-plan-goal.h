/* tf-plan-goal.h — one goal of an action plan (handleplan)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-version.h"

G_BEGIN_DECLS

typedef enum
{
  TF_GOAL_NOT_STARTED,
  TF_GOAL_IN_PROGRESS,
  TF_GOAL_REACHED,
  TF_GOAL_DROPPED,
  TF_N_GOAL_STATUSES
} TfGoalStatus;

/* Stable ids as stored: "not-started", "in-progress", "reached", "dropped". */
TF_AVAILABLE_IN_ALL
const char *tf_goal_status_to_id   (TfGoalStatus status);
/* -1 for an unknown id. */
TF_AVAILABLE_IN_ALL
int         tf_goal_status_from_id (const char  *id);
/* Translated label ("Not started"). */
TF_AVAILABLE_IN_ALL
const char *tf_goal_status_label   (TfGoalStatus status);

#define TF_TYPE_PLAN_GOAL (tf_plan_goal_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfPlanGoal, tf_plan_goal, TF, PLAN_GOAL, GObject)

/* A goal being written: no key yet (0), not started, progress not set. */
TF_AVAILABLE_IN_ALL
TfPlanGoal   *tf_plan_goal_new                   (void);
/* The same goal across versions of a plan: the id of the row where it first
 * appeared; 0 for a goal not yet saved (the store then sets it). */
TF_AVAILABLE_IN_ALL
gint64        tf_plan_goal_get_goal_key          (TfPlanGoal   *self);
TF_AVAILABLE_IN_ALL
void          tf_plan_goal_set_goal_key          (TfPlanGoal   *self,
                                                  gint64        goal_key);
TF_AVAILABLE_IN_ALL
const char   *tf_plan_goal_get_what              (TfPlanGoal   *self);
TF_AVAILABLE_IN_ALL
void          tf_plan_goal_set_what              (TfPlanGoal   *self,
                                                  const char   *what);
/* The assessment domain the goal works on; 0 for none. The code ("school")
 * is filled in when the goal is read from the store. */
TF_AVAILABLE_IN_ALL
gint64        tf_plan_goal_get_domain_id         (TfPlanGoal   *self);
TF_AVAILABLE_IN_ALL
const char   *tf_plan_goal_get_domain_code       (TfPlanGoal   *self);
TF_AVAILABLE_IN_ALL
void          tf_plan_goal_set_domain_id         (TfPlanGoal   *self,
                                                  gint64        domain_id);
/* The member organisation responsible (0 for none yet) and, when read from
 * the store, its name. */
TF_AVAILABLE_IN_ALL
gint64        tf_plan_goal_get_organisation_id   (TfPlanGoal   *self);
TF_AVAILABLE_IN_ALL
const char   *tf_plan_goal_get_organisation_name (TfPlanGoal   *self);
TF_AVAILABLE_IN_ALL
void          tf_plan_goal_set_organisation_id   (TfPlanGoal   *self,
                                                  gint64        organisation_id);
/* The staff member responsible (0 for none) and, when read, the name. */
TF_AVAILABLE_IN_ALL
gint64        tf_plan_goal_get_staff_id          (TfPlanGoal   *self);
TF_AVAILABLE_IN_ALL
const char   *tf_plan_goal_get_staff_name        (TfPlanGoal   *self);
TF_AVAILABLE_IN_ALL
void          tf_plan_goal_set_staff_id          (TfPlanGoal   *self,
                                                  gint64        staff_id);
/* ISO date by which the goal should be reached. */
TF_AVAILABLE_IN_ALL
const char   *tf_plan_goal_get_due_on            (TfPlanGoal   *self);
TF_AVAILABLE_IN_ALL
void          tf_plan_goal_set_due_on            (TfPlanGoal   *self,
                                                  const char   *iso_date);
/* The status as an int so that a value out of range can be handed to the
 * store and refused there, like any other bad input. */
TF_AVAILABLE_IN_ALL
int           tf_plan_goal_get_status            (TfPlanGoal   *self);
TF_AVAILABLE_IN_ALL
void          tf_plan_goal_set_status            (TfPlanGoal   *self,
                                                  int           status);
/* 0–10, -1 when not set. */
TF_AVAILABLE_IN_ALL
int           tf_plan_goal_get_progress          (TfPlanGoal   *self);
TF_AVAILABLE_IN_ALL
void          tf_plan_goal_set_progress          (TfPlanGoal   *self,
                                                  int           progress);
/* The interventions (record ids) that serve the goal, in id order. */
TF_AVAILABLE_IN_ALL
const gint64 *tf_plan_goal_get_intervention_ids  (TfPlanGoal   *self,
                                                  guint        *n_ids);
TF_AVAILABLE_IN_ALL
void          tf_plan_goal_set_intervention_ids  (TfPlanGoal   *self,
                                                  const gint64 *ids,
                                                  guint         n_ids);
TF_AVAILABLE_IN_ALL
gboolean      tf_plan_goal_has_intervention      (TfPlanGoal   *self,
                                                  gint64        record_id);
/* A copy with the same key, for starting a revision from a saved version. */
TF_AVAILABLE_IN_ALL
TfPlanGoal   *tf_plan_goal_copy                  (TfPlanGoal   *self);

G_END_DECLS
