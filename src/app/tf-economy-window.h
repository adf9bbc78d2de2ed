/* tf-economy-window.h — the taskforce's economy: budget, spending, forecast
 *
 * One window for the whole taskforce (app.show-economy): a year or a quarter
 * of it, its totals, tables by area, organisation and young person, the
 * warning when the forecast passes the budget, and the other expenses of
 * the period. Every figure comes from tf_economy_compute().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_ECONOMY_WINDOW (tf_economy_window_get_type ())
G_DECLARE_FINAL_TYPE (TfEconomyWindow, tf_economy_window, TF, ECONOMY_WINDOW, AdwWindow)

/* @as_of_iso: the day the figures stand on, NULL for today (tests and
 * reports of a past day pass one). */
TfEconomyWindow *tf_economy_window_new         (GtkApplication  *application,
                                                TfSession       *session,
                                                const char      *as_of_iso);
/* Shows @year, whole (@quarter 0) or one quarter (1–4). */
void             tf_economy_window_set_period  (TfEconomyWindow *self,
                                                int              year,
                                                int              quarter);
/* The figures shown now (for tests); NULL before the first count. */
TfEconomy       *tf_economy_window_get_economy (TfEconomyWindow *self);

G_END_DECLS
