/* tf-economy-row-private.h — how tf-economy.c fills its rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-economy-row.h"

G_BEGIN_DECLS

/* The sums a row is made from while the figures are counted. */
typedef struct
{
  gint64 spent;
  gint64 committed;
  /* Spent in the year up to the day of the figures on what had no plan
   * ahead: other expenses and interventions that have ended. */
  gint64 unplanned_to_date;
} TfEconomySums;

TfEconomyRow *_tf_economy_row_new (const char          *key,
                                   gint64               id,
                                   const char          *label,
                                   gboolean             has_budget,
                                   gint64               budget,
                                   const TfEconomySums *sums,
                                   gint64               forecast);

G_END_DECLS
