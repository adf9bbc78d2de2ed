/* tf-period.h — a period the taskforce reports on: a year, a quarter or a month
 *
 * Written as "2025" (a year), "2025-Q2" (a quarter) or "2025-03" (a month),
 * as on the command line and in report file names. A period knows its first
 * and last day (ISO dates), its label for people ("2. kvartal 2025"), and
 * the period of the same size before it, for "since last time" figures.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tf-version.h"

G_BEGIN_DECLS

typedef enum
{
  TF_PERIOD_YEAR,
  TF_PERIOD_QUARTER,
  TF_PERIOD_MONTH,
} TfPeriodKind;

typedef struct _TfPeriod TfPeriod;

#define TF_TYPE_PERIOD (tf_period_get_type ())
TF_AVAILABLE_IN_ALL
GType        tf_period_get_type      (void) G_GNUC_CONST;

/* "2025", "2025-Q2" (or "2025-q2") or "2025-03"; surrounding spaces are
 * ignored. Anything else is refused with TF_ERROR_INVALID and a message
 * that shows the three forms. Years 1900–2999. */
TF_AVAILABLE_IN_ALL
TfPeriod    *tf_period_parse         (const char   *text,
                                      GError      **error);
/* @index: the quarter 1–4 or the month 1–12; ignored for a year. */
TF_AVAILABLE_IN_ALL
TfPeriod    *tf_period_new           (TfPeriodKind  kind,
                                      int           year,
                                      int           index);
TF_AVAILABLE_IN_ALL
TfPeriod    *tf_period_copy          (const TfPeriod *self);
TF_AVAILABLE_IN_ALL
void         tf_period_free          (TfPeriod     *self);

TF_AVAILABLE_IN_ALL
TfPeriodKind tf_period_get_kind      (const TfPeriod *self);
TF_AVAILABLE_IN_ALL
int          tf_period_get_year      (const TfPeriod *self);
/* The quarter 1–4 or month 1–12; 0 for a year. */
TF_AVAILABLE_IN_ALL
int          tf_period_get_index     (const TfPeriod *self);
/* ISO dates, "2025-04-01" and "2025-06-30" for 2025-Q2 (transfer none). */
TF_AVAILABLE_IN_ALL
const char  *tf_period_get_first_day (const TfPeriod *self);
TF_AVAILABLE_IN_ALL
const char  *tf_period_get_last_day  (const TfPeriod *self);
/* The period as written: "2025", "2025-Q2", "2025-03" (transfer full). */
TF_AVAILABLE_IN_ALL
char        *tf_period_to_string     (const TfPeriod *self);
/* Translated, for people: "2025", "2. kvartal 2025", "marts 2025". */
TF_AVAILABLE_IN_ALL
char        *tf_period_get_label     (const TfPeriod *self);
/* The period of the same size just before: 2025-Q1 → 2024-Q4. */
TF_AVAILABLE_IN_ALL
TfPeriod    *tf_period_previous      (const TfPeriod *self);
/* The months the period covers (12, 3 or 1), and the i-th of them as a
 * month period (transfer full). */
TF_AVAILABLE_IN_ALL
guint        tf_period_get_n_months  (const TfPeriod *self);
TF_AVAILABLE_IN_ALL
TfPeriod    *tf_period_get_month     (const TfPeriod *self,
                                      guint           i);
/* Whether @iso_date (a valid ISO date) falls in the period. */
TF_AVAILABLE_IN_ALL
gboolean     tf_period_contains      (const TfPeriod *self,
                                      const char     *iso_date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfPeriod, tf_period_free)

G_END_DECLS
