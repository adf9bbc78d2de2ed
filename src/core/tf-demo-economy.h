/* tf-demo-economy.h — demo data for the economy: budgets and other expenses
 *
 * Includes only public headers, so it can be installed with them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-demo.h"
#include "tf-session.h"

G_BEGIN_DECLS

/**
 * tf_demo_fill_economy:
 * @seed: the same seed on the same store and day gives the same rows
 * @today_iso: (nullable): the day tf_demo_fill() laid the history out back
 *   from; NULL for today
 *
 * Writes a budget of DKK 1,200,000 for every year the demo's cases and
 * interventions cover (through the year of the last planned start), split
 * across the budget areas as tf_budget_new_default() does, with a
 * coordinator's adjustment now and then (an amount moved between two
 * areas; the split still adds up). Adds other expenses up to @today_iso —
 * a few a month: transport, materials, fees, rooms for network meetings,
 * the coordinators' courses — each paid by the member organisation of its
 * area, most of them for a young person with an intervention running that
 * day. The interventions' planned and actual costs come from
 * tf_demo_fill_areas().
 *
 * Call it after tf_demo_fill_areas(). A store that has budgets already is
 * left alone. One transaction, one audit event.
 */
TF_AVAILABLE_IN_ALL
gboolean tf_demo_fill_economy (TfSession      *session,
                               guint32         seed,
                               const char     *today_iso,
                               TfDemoProgress  progress,
                               gpointer        progress_data,
                               GCancellable   *cancellable,
                               GError        **error);

G_END_DECLS
