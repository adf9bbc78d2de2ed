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
 * Writes a budget for every year the demo's cases and interventions cover
 * (through the year of the last planned start), scaled to the store: this
 * and later years get the full budget, DKK 1,200,000 per 40 young people in
 * the store rounded to whole 50,000s (more, as an extra grant, when a small
 * store's year runs more than a tenth ahead of it); a past year, while the
 * caseload was being built up, about what it turned out to spend (86–99 %
 * of it spent, one year in five 101–106 %), in round figures. Each year is
 * split across the budget areas as its money went (this year: as it is
 * likely to go). Adds other expenses from the first referral up to
 * @today_iso — a few a month per 40 young people: transport, materials,
 * fees, rooms for network meetings, the coordinators' courses — each paid
 * by the member organisation of its
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
