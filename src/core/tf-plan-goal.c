/* tf-plan-goal.c — one goal of an action plan (handleplan)
 *
 * A plain value object: the action plan's store reads and writes goals; the
 * editor builds new ones. Nothing here touches the store.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-plan-goal.h"
#include "tf-plan-private.h"
#include "tf-util-private.h"

struct _TfPlanGoal
{
  GObject  parent_instance;

  gint64   goal_key;
  char    *what;
  gint64   domain_id;
  char    *domain_code;
  gint64   organisation_id;
  char    *organisation_name;
  gint64   staff_id;
  char    *staff_name;
  char    *due_on;
  int      status;
  int      progress;
  GArray  *interventions;   /* gint64 record ids, ascending */
};

G_DEFINE_FINAL_TYPE (TfPlanGoal, tf_plan_goal, G_TYPE_OBJECT)

static const struct
{
  const char *id;
  const char *label;
} goal_statuses[] = {
  { "not-started", N_("Not started") },
  { "in-progress", N_("In progress") },
  { "reached", N_("Reached") },
  { "dropped", N_("Dropped") },
};

G_STATIC_ASSERT (G_N_ELEMENTS (goal_statuses) == TF_N_GOAL_STATUSES);

const char *
tf_goal_status_to_id (TfGoalStatus status)
{
  g_return_val_if_fail ((guint) status < TF_N_GOAL_STATUSES, NULL);
  return goal_statuses[status].id;
}

int
tf_goal_status_from_id (const char *id)
{
  for (guint i = 0; id != NULL && i < TF_N_GOAL_STATUSES; i++)
    if (g_str_equal (goal_statuses[i].id, id))
      return i;
  return -1;
}

const char *
tf_goal_status_label (TfGoalStatus status)
{
  g_return_val_if_fail ((guint) status < TF_N_GOAL_STATUSES, NULL);
  return _(goal_statuses[status].label);
}

static void
tf_plan_goal_finalize (GObject *object)
{
  TfPlanGoal *self = TF_PLAN_GOAL (object);

  g_free (self->what);
  g_free (self->domain_code);
  g_free (self->organisation_name);
  g_free (self->staff_name);
  g_free (self->due_on);
  g_array_unref (self->interventions);
  G_OBJECT_CLASS (tf_plan_goal_parent_class)->finalize (object);
}

static void
tf_plan_goal_class_init (TfPlanGoalClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_plan_goal_finalize;
}

static void
tf_plan_goal_init (TfPlanGoal *self)
{
  self->status = TF_GOAL_NOT_STARTED;
  self->progress = -1;
  self->interventions = g_array_new (FALSE, FALSE, sizeof (gint64));
}

TfPlanGoal *
tf_plan_goal_new (void)
{
  return g_object_new (TF_TYPE_PLAN_GOAL, NULL);
}

void
_tf_plan_goal_set_names (TfPlanGoal *self,
                         const char *domain_code,
                         const char *organisation_name,
                         const char *staff_name)
{
  tf_set_str (&self->domain_code, domain_code);
  tf_set_str (&self->organisation_name, organisation_name);
  tf_set_str (&self->staff_name, staff_name);
}

#define GETTER(type, field, fallback)                        \
  type                                                       \
  tf_plan_goal_get_##field (TfPlanGoal *self)                \
  {                                                          \
    g_return_val_if_fail (TF_IS_PLAN_GOAL (self), fallback); \
    return self->field;                                      \
  }

GETTER (gint64, goal_key, 0)
GETTER (const char *, what, NULL)
GETTER (gint64, domain_id, 0)
GETTER (const char *, domain_code, NULL)
GETTER (gint64, organisation_id, 0)
GETTER (const char *, organisation_name, NULL)
GETTER (gint64, staff_id, 0)
GETTER (const char *, staff_name, NULL)
GETTER (const char *, due_on, NULL)
GETTER (int, status, -1)
GETTER (int, progress, -1)

void
tf_plan_goal_set_goal_key (TfPlanGoal *self,
                           gint64      goal_key)
{
  g_return_if_fail (TF_IS_PLAN_GOAL (self));
  self->goal_key = goal_key;
}

void
tf_plan_goal_set_what (TfPlanGoal *self,
                       const char *what)
{
  g_return_if_fail (TF_IS_PLAN_GOAL (self));
  tf_set_str (&self->what, what);
}

/* A changed id makes the name read with the old one wrong: drop it. */
void
tf_plan_goal_set_domain_id (TfPlanGoal *self,
                            gint64      domain_id)
{
  g_return_if_fail (TF_IS_PLAN_GOAL (self));
  if (self->domain_id != domain_id)
    g_clear_pointer (&self->domain_code, g_free);
  self->domain_id = domain_id;
}

void
tf_plan_goal_set_organisation_id (TfPlanGoal *self,
                                  gint64      organisation_id)
{
  g_return_if_fail (TF_IS_PLAN_GOAL (self));
  if (self->organisation_id != organisation_id)
    g_clear_pointer (&self->organisation_name, g_free);
  self->organisation_id = organisation_id;
}

void
tf_plan_goal_set_staff_id (TfPlanGoal *self,
                           gint64      staff_id)
{
  g_return_if_fail (TF_IS_PLAN_GOAL (self));
  if (self->staff_id != staff_id)
    g_clear_pointer (&self->staff_name, g_free);
  self->staff_id = staff_id;
}

void
tf_plan_goal_set_due_on (TfPlanGoal *self,
                         const char *iso_date)
{
  g_return_if_fail (TF_IS_PLAN_GOAL (self));
  tf_set_str (&self->due_on, iso_date);
}

void
tf_plan_goal_set_status (TfPlanGoal *self,
                         int         status)
{
  g_return_if_fail (TF_IS_PLAN_GOAL (self));
  self->status = status;
}

void
tf_plan_goal_set_progress (TfPlanGoal *self,
                           int         progress)
{
  g_return_if_fail (TF_IS_PLAN_GOAL (self));
  self->progress = progress;
}

const gint64 *
tf_plan_goal_get_intervention_ids (TfPlanGoal *self,
                                   guint      *n_ids)
{
  g_return_val_if_fail (TF_IS_PLAN_GOAL (self), NULL);
  if (n_ids != NULL)
    *n_ids = self->interventions->len;
  return (const gint64 *) self->interventions->data;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

void
tf_plan_goal_set_intervention_ids (TfPlanGoal   *self,
                                   const gint64 *ids,
                                   guint         n_ids)
{
  g_return_if_fail (TF_IS_PLAN_GOAL (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  g_array_set_size (self->interventions, 0);
  /* Sorted without repeats, so two goals compare by their lists. */
  for (guint i = 0; i < n_ids; i++)
    if (!tf_plan_goal_has_intervention (self, ids[i]))
      g_array_append_val (self->interventions, ids[i]);
  g_array_sort (self->interventions, compare_ids);
}

gboolean
tf_plan_goal_has_intervention (TfPlanGoal *self,
                               gint64      record_id)
{
  g_return_val_if_fail (TF_IS_PLAN_GOAL (self), FALSE);
  for (guint i = 0; i < self->interventions->len; i++)
    if (g_array_index (self->interventions, gint64, i) == record_id)
      return TRUE;
  return FALSE;
}

TfPlanGoal *
tf_plan_goal_copy (TfPlanGoal *self)
{
  TfPlanGoal *copy;

  g_return_val_if_fail (TF_IS_PLAN_GOAL (self), NULL);

  copy = tf_plan_goal_new ();
  copy->goal_key = self->goal_key;
  copy->what = g_strdup (self->what);
  copy->domain_id = self->domain_id;
  copy->domain_code = g_strdup (self->domain_code);
  copy->organisation_id = self->organisation_id;
  copy->organisation_name = g_strdup (self->organisation_name);
  copy->staff_id = self->staff_id;
  copy->staff_name = g_strdup (self->staff_name);
  copy->due_on = g_strdup (self->due_on);
  copy->status = self->status;
  copy->progress = self->progress;
  g_array_append_vals (copy->interventions, self->interventions->data, self->interventions->len);
  return copy;
}
