/* tf-demo.h — fictional but realistic demo data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-session.h"

G_BEGIN_DECLS

typedef void (*TfDemoProgress) (double fraction, gpointer user_data);

/**
 * tf_demo_fill:
 * @young_people: how many young people (each with one case)
 * @notes_per_case: average journal notes per case; 0 for the realistic default
 * @seed: the same seed on the same day gives the same store
 * @today_iso: (nullable): the day the history is laid out back from; NULL for today
 *
 * Fills the store with staff, organisations and @young_people young people
 * with two years of referrals, screenings, status changes and notes. Runs in
 * transactions of a few thousand rows; safe to call from a worker thread on a
 * session of its own store connection.
 */
TF_AVAILABLE_IN_ALL
gboolean tf_demo_fill (TfSession      *session,
                       guint           young_people,
                       guint           notes_per_case,
                       guint32         seed,
                       const char     *today_iso,
                       TfDemoProgress  progress,
                       gpointer        progress_data,
                       GCancellable   *cancellable,
                       GError        **error);

G_END_DECLS
