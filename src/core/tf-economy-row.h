/* tf-economy-row.h — one line of the economy's figures
 *
 * The figures of tf-economy.h come as rows: the whole, one per budget area,
 * organisation or young person. Screens, reports, CSV and JSON all read
 * these, so they show the same numbers. Money is øre.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tf-version.h"

G_BEGIN_DECLS

#define TF_TYPE_ECONOMY_ROW (tf_economy_row_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfEconomyRow, tf_economy_row, TF, ECONOMY_ROW, GObject)

/* Read-only properties: "key" (the budget area id, "total", or the
 * organisation's or case's id as text), "id" (int64: the organisation or
 * case id, else 0), "label" (what to show: the area's label, the
 * organisation's name, the young person's name), "has-budget" (boolean),
 * "budget", "spent", "committed", "left", "forecast" (int64, øre),
 * "over-budget" (boolean: has-budget and forecast > budget). */
TF_AVAILABLE_IN_ALL
const char *tf_economy_row_get_key         (TfEconomyRow *self);
TF_AVAILABLE_IN_ALL
gint64      tf_economy_row_get_id          (TfEconomyRow *self);
TF_AVAILABLE_IN_ALL
const char *tf_economy_row_get_label       (TfEconomyRow *self);
/* Only the whole and the budget areas have a budget; for the others
 * budget and left are 0. */
TF_AVAILABLE_IN_ALL
gboolean    tf_economy_row_get_has_budget  (TfEconomyRow *self);
TF_AVAILABLE_IN_ALL
gint64      tf_economy_row_get_budget      (TfEconomyRow *self);
TF_AVAILABLE_IN_ALL
gint64      tf_economy_row_get_spent       (TfEconomyRow *self);
TF_AVAILABLE_IN_ALL
gint64      tf_economy_row_get_committed   (TfEconomyRow *self);
TF_AVAILABLE_IN_ALL
gint64      tf_economy_row_get_left        (TfEconomyRow *self);
TF_AVAILABLE_IN_ALL
gint64      tf_economy_row_get_forecast    (TfEconomyRow *self);
TF_AVAILABLE_IN_ALL
gboolean    tf_economy_row_get_over_budget (TfEconomyRow *self);

G_END_DECLS
