/* tf-indicator-value.h — measured values of an indicator for a young person, over time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-area.h"
#include "tf-session.h"

G_BEGIN_DECLS

typedef struct
{
  char   measured_on[11];   /* ISO date */
  double value;
} TfIndicatorPoint;

/* Adds a measurement; refuses values outside the indicator's min/max and
 * dates in the future (TF_ERROR_INVALID), audits it. */
TF_AVAILABLE_IN_ALL
gboolean  tf_indicator_add_value    (TfSession    *session,
                                     TfIndicator  *indicator,
                                     gint64        case_id,
                                     const char   *measured_on,
                                     double        value,
                                     const char   *note,
                                     GError      **error);
/* The measurements, oldest first (GArray of TfIndicatorPoint). */
TF_AVAILABLE_IN_ALL
GArray   *tf_indicator_list_values  (TfSession    *session,
                                     const char   *indicator_id,
                                     gint64        case_id,
                                     GError      **error);

G_END_DECLS
