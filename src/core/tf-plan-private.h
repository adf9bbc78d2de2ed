/* tf-plan-private.h — what tf-action-plan.c and tf-plan-goal.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-action-plan.h"
#include "tf-plan-goal.h"

#include "tf-assessment-private.h"

G_BEGIN_DECLS

struct _TfActionPlan
{
  GObject      parent_instance;

  gint64       id;
  gint64       case_id;
  gint64       version;
  char        *made_on;
  char        *next_follow_up;
  gboolean     young_person_took_part;
  gboolean     guardians_took_part;
  char        *young_person_words;
  char        *guardians_words;
  char        *revision_note;
  char        *author_name;
  gint64       created_at;
  GListStore  *goals;
  GHashTable  *reasons;   /* gint64 * domain id → char * text */
};

/* The names the store reads along with a goal (any may be NULL). */
void         _tf_plan_goal_set_names (TfPlanGoal *self,
                                      const char *domain_code,
                                      const char *organisation_name,
                                      const char *staff_name);

G_END_DECLS
