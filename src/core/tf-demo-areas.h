/* tf-demo-areas.h — demo data for the work areas in the registry
 *
 * Includes only public headers, so it can be installed with them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-demo.h"
#include "tf-registry.h"
#include "tf-session.h"

G_BEGIN_DECLS

/**
 * tf_demo_fill_areas:
 * @registry: the areas to fill in, as the enabled plugins registered them
 * @seed: the same seed on the same store and day gives the same records
 * @today_iso: (nullable): the day tf_demo_fill() laid the history out back
 *   from; NULL for today
 *
 * Writes what the work areas keep for most of the cases in the store, from
 * the areas' own form declarations and sample values (Demo=): records of
 * each record form (one of a single form), a few interventions with status,
 * period and cost, and monthly indicator values, all dated within each
 * case's history. Cases that already have work-area data are left as they
 * are. Knows no area by name. Call it after tf_demo_fill(), on a
 * thread that may read @registry; it runs in transactions of a few thousand
 * cases and writes one audit event.
 */
TF_AVAILABLE_IN_ALL
gboolean tf_demo_fill_areas (TfSession      *session,
                             TfRegistry     *registry,
                             guint32         seed,
                             const char     *today_iso,
                             TfDemoProgress  progress,
                             gpointer        progress_data,
                             GCancellable   *cancellable,
                             GError        **error);

G_END_DECLS
