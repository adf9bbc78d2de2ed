/* tf-deadline.h — statutory deadlines of a case, computed from the areas' rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-registry.h"
#include "tf-session.h"

G_BEGIN_DECLS

#define TF_TYPE_DEADLINE (tf_deadline_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfDeadline, tf_deadline, TF, DEADLINE, GObject)

TF_AVAILABLE_IN_ALL
TfDeadlineRule *tf_deadline_get_rule    (TfDeadline *self);
/* When it falls due (ISO). */
TF_AVAILABLE_IN_ALL
const char     *tf_deadline_get_due_on  (TfDeadline *self);
/* When it was met (ISO), or NULL while open. */
TF_AVAILABLE_IN_ALL
const char     *tf_deadline_get_done_on (TfDeadline *self);
/* Open and past due on @today_iso. */
TF_AVAILABLE_IN_ALL
gboolean        tf_deadline_is_overdue  (TfDeadline *self,
                                         const char *today_iso);

/* The deadlines of a case whose starting point exists (a decision recorded,
 * a birthday reached), soonest first. GListModel of TfDeadline. */
TF_AVAILABLE_IN_ALL
GListModel     *tf_deadline_list_for_case (TfSession  *session,
                                           TfRegistry *registry,
                                           gint64      case_id,
                                           GError    **error);

G_END_DECLS
