/* tf-case-economy-group.h — what one young person's case has cost, on the
 * case's overview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_CASE_ECONOMY_GROUP (tf_case_economy_group_get_type ())
G_DECLARE_FINAL_TYPE (TfCaseEconomyGroup, tf_case_economy_group, TF, CASE_ECONOMY_GROUP, AdwPreferencesGroup)

GtkWidget *tf_case_economy_group_new         (TfSession          *session);
/* Shows the costs of @case_id and follows the store's changes to them. */
void       tf_case_economy_group_set_case_id (TfCaseEconomyGroup *self,
                                              gint64              case_id);

G_END_DECLS
