/* tf-demo-case-work.h — demo data for the case work: consent, assessments, action plans
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
 * tf_demo_fill_case_work:
 * @seed: the same seed on the same store and day gives the same rows
 * @today_iso: (nullable): the day tf_demo_fill() laid the history out back
 *   from; NULL for today
 *
 * Writes the case work of every case in the store that got beyond the
 * screening and has no assessment, consent or action plan yet: consents
 * from the acceptance on (renewed, some withdrawn, a few running out within
 * 14 days), holistic assessments over the built-in domains from the
 * screening on and every 2–4 months while the work runs, and versioned
 * action plans with goals for the red domains, linked to the case's
 * interventions. All dated within each case's status history. Call it after
 * tf_demo_fill() (and tf_demo_fill_areas(), so goals can name
 * interventions); it runs in transactions of a few thousand cases and writes
 * one audit event. Running it again adds nothing.
 */
TF_AVAILABLE_IN_ALL
gboolean tf_demo_fill_case_work (TfSession      *session,
                                 guint32         seed,
                                 const char     *today_iso,
                                 TfDemoProgress  progress,
                                 gpointer        progress_data,
                                 GCancellable   *cancellable,
                                 GError        **error);

G_END_DECLS
