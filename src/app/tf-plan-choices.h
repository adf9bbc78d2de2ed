/* tf-plan-choices.h — what the action plan's page and editor choose from and name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "taskforce.h"

G_BEGIN_DECLS

/* The lists a goal's combo rows show, each with a first "none" item whose
 * id is 0. Reference counted (g_rc_box): every goal row holds one. */
typedef struct
{
  GtkStringList *organisations;
  GArray        *organisation_ids;   /* gint64 */
  GtkStringList *staff;
  GArray        *staff_ids;
  GtkStringList *domains;
  GArray        *domain_ids;
  GListModel    *interventions;      /* TfRecord: the case's interventions */
} TfPlanChoices;

TfPlanChoices *tf_plan_choices_load             (TfSession     *session,
                                                 gint64         case_id,
                                                 GError       **error);
TfPlanChoices *tf_plan_choices_ref              (TfPlanChoices *choices);
void           tf_plan_choices_unref            (TfPlanChoices *choices);
/* The position of @id in @ids; 0 (the "none" item) when absent. */
guint          tf_plan_choices_find             (GArray        *ids,
                                                 gint64         id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfPlanChoices, tf_plan_choices_unref)

/* The case's interventions (work-area records of category intervention),
 * newest first: GListModel of TfRecord. */
GListModel    *tf_plan_list_interventions       (TfSession     *session,
                                                 gint64         case_id,
                                                 GError       **error);
/* "Mentor (Active)": the form's title when the work area is loaded, else
 * when it started; with its status. */
char          *tf_plan_intervention_title       (TfRecord      *record);
/* "Version 3 · 1. Oct 2026" */
char          *tf_plan_version_title            (TfActionPlan  *version);
/* "3.12.2025" from ISO, the way people type dates; "" for none. */
char          *tf_plan_typed_date               (const char    *iso);
/* @iso plus @months, ISO; NULL when @iso is not a date. */
char          *tf_plan_add_months               (const char    *iso,
                                                 int            months);

G_END_DECLS
