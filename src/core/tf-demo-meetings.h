/* tf-demo-meetings.h — demo data for meetings: series, agendas, minutes, tasks
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
 * tf_demo_fill_meetings:
 * @seed: the same seed on the same store and day gives the same rows
 * @today_iso: (nullable): the day tf_demo_fill() laid the history out back
 *   from; NULL for today
 *
 * Writes two years of the taskforce's meetings up to @today_iso and three
 * months on: a taskforce series every 14 days (13:00–15:00 at UngNorddjurs,
 * Grenaa) whose meeting falls on the day after @today_iso, and a screening
 * series on the weeks in between. Held meetings are closed, with the fixed
 * members' attendance, now and then an ad hoc guest, an agenda of the cases
 * whose follow-up or plan revision fell in the 14 days before (screening
 * meetings: the cases screened), the fixed items, discussions, decisions and
 * follow-up tasks (most done, a few overdue, one due today). Tomorrow's
 * meeting is planned with its agenda built; a planned screening meeting
 * lists cases waiting for screening. Some cases the taskforce worked with
 * get a few network meetings a year with their guardians invited by name.
 *
 * Call it after tf_demo_fill_case_work() (the agendas follow the action
 * plans and assessments). A store that has meetings already is left alone,
 * so running it again adds nothing. The rows are few whatever the store's
 * size (a meeting takes at most 12 cases), so they go in one transaction,
 * with one audit event.
 */
TF_AVAILABLE_IN_ALL
gboolean tf_demo_fill_meetings (TfSession      *session,
                                guint32         seed,
                                const char     *today_iso,
                                TfDemoProgress  progress,
                                gpointer        progress_data,
                                GCancellable   *cancellable,
                                GError        **error);

G_END_DECLS
