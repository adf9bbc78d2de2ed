/* tf-goal-row.h — one goal in the action plan's editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tf-plan-choices.h"

G_BEGIN_DECLS

#define TF_TYPE_GOAL_ROW (tf_goal_row_get_type ())
G_DECLARE_FINAL_TYPE (TfGoalRow, tf_goal_row, TF, GOAL_ROW, GtkBox)

/* Signals: "remove-requested" (the trash button), "changed" (domain or
 * status chosen: what the plan covers may have changed). */
TfGoalRow  *tf_goal_row_new          (TfPlanChoices *choices);
/* Fills the fields from @goal and keeps its key. */
void        tf_goal_row_set_goal     (TfGoalRow     *self,
                                      TfPlanGoal    *goal);
/* "Goal 2" above the fields. */
void        tf_goal_row_set_number   (TfGoalRow     *self,
                                      guint          number);
/* A goal from what is typed. A due date that cannot be read is left out
 * and its message returned in @due_error. */
TfPlanGoal *tf_goal_row_dup_goal     (TfGoalRow     *self,
                                      char         **due_error);
gint64      tf_goal_row_get_domain_id (TfGoalRow    *self);
gboolean    tf_goal_row_is_dropped   (TfGoalRow     *self);
/* Shows the messages of @errors whose field starts "goal/<index>/"; TRUE
 * when there was one. %NULL clears them. */
gboolean    tf_goal_row_show_errors  (TfGoalRow     *self,
                                      GHashTable    *errors,
                                      guint          index);
void        tf_goal_row_focus_what   (TfGoalRow     *self);

G_END_DECLS
