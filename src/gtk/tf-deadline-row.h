/* tf-deadline-row.h — one statutory deadline: due date and state in words (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

typedef enum
{
  TF_DEADLINE_STATE_MET,
  TF_DEADLINE_STATE_OPEN,
  TF_DEADLINE_STATE_SOON,      /* due within two weeks, or today */
  TF_DEADLINE_STATE_OVERDUE,
} TfDeadlineState;

#define TF_TYPE_DEADLINE_ROW (tf_deadline_row_get_type ())
G_DECLARE_FINAL_TYPE (TfDeadlineRow, tf_deadline_row, TF, DEADLINE_ROW, AdwActionRow)

GtkWidget      *tf_deadline_row_new       (TfDeadline    *deadline,
                                           const char    *today_iso);
TfDeadlineState tf_deadline_row_get_state (TfDeadlineRow *self);
/* "Met on 3. dec. 2025", "Due in 5 days", "Overdue since 3. dec. 2025" */
const char     *tf_deadline_row_get_state_text (TfDeadlineRow *self);

G_END_DECLS
