/* tf-economy.h — the economy's figures for a year or a quarter
 *
 * The only place the economy is counted: the dashboard, the reports, CSV
 * and JSON read a TfEconomy. Money is øre. The figures are counted as they
 * stand on a day, "as of" (today unless given), so a test or a report for
 * a past day gets the same numbers every time.
 *
 * Period P: a year, or a quarter of it (Q1 January–March … Q4
 * October–December). Y is the year, A the as-of day.
 *
 * Budget. The year's budget (tf_budget_load_or_default(): DKK 1,200,000
 * when none is saved) and its shares per budget area. A quarter's budget
 * is a fourth of the year's (rounded so the four quarters add up to the
 * year exactly: quarter q gets ⌊B·q/4⌋ − ⌊B·(q−1)/4⌋).
 *
 * Spent. Other expenses dated in P, plus the actual cost of every
 * intervention attributed to days pro rata: the actual cost is spread
 * evenly over the days the intervention ran — from its start to its end
 * when it has ended (completed or stopped, or its end day is A or before),
 * else from its start to A (what it has cost so far, spread over the days
 * so far) — and P gets the share of the days that fall in P. An
 * intervention from 15 March to 14 April (31 days) that cost 3.100 kr.
 * gives Q1 1.700 kr. (17 days) and Q2 1.400 kr. (14 days). Shares are
 * rounded down in øre cumulatively, so the quarters add up to the year.
 *
 * Committed. For planned and active interventions: the planned cost not yet
 * spent, max(0, planned − actual), spread evenly over the days still to
 * come of its period — from the later of its start and the day after A, to
 * its end day, or when it has none to a year after its start (the planned
 * cost of an open-ended intervention is taken as a year's plan; 1 October
 * gives 30 September next year); one past that end is due the day after
 * A — and P gets the share of those days in P. So a past quarter has
 * nothing committed, and what falls after Y is not committed within Y: of
 * an open-ended intervention from 1 October planned at 36.500 kr., 9.200
 * kr. (92 days) are committed in that year.
 *
 * Left = budget − spent − committed.
 *
 * Forecast (to the end of P; for a year, to year end):
 *   forecast = spent + committed + U · D_left / D_elapsed
 * where U is what was spent in Y from 1 January to A on what had no plan
 * ahead — other expenses and interventions that have ended — D_elapsed the
 * days from 1 January to A (both included, at most the year), and D_left
 * the days of P after A. That is the run-rate for the rest of the period:
 * the planned and active interventions' future is already in committed,
 * so only the spending that comes without a plan is carried forward
 * (counting the running interventions' pace too would count them twice).
 * Before the year has begun the run-rate is 0; once P has ended D_left
 * is 0, nothing in P is still to come, and the forecast is what was spent.
 *
 * Warning: when the forecast passes (is more than) the budget, for the
 * whole or for any budget area.
 *
 * By area: the seven budget areas, always, in tf_budget_area_ids() order.
 * By organisation: the organisation of the staff member who recorded the
 * intervention (when they have none, the first member organisation of the
 * intervention's work area), and the organisation that paid an expense.
 * By young person: the case of the intervention or expense (expenses
 * without a case are in no young person's row) with the young person's
 * name — for the coordinator's own view; reports for the committee must
 * not show these labels. Organisations and young people without any
 * figure in Y are left out; they are ordered by forecast, largest first.
 *
 * By month: the months of P, for charts — key "2025-03", id the month
 * (1–12), label its abbreviation ("Mar"); budget a twelfth of the year's
 * (rounded so the twelve add up), spent and committed by the same rules,
 * forecast with the whole's run-rate over the month's days after A.
 *
 * A screen recounts when the store's "changed" signal names "budget",
 * "expense" or "record" (an intervention's cost or period changed).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-budget.h"
#include "tf-economy-row.h"
#include "tf-session.h"

G_BEGIN_DECLS

#define TF_TYPE_ECONOMY (tf_economy_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfEconomy, tf_economy, TF, ECONOMY, GObject)

/**
 * tf_economy_compute:
 * @year: the budget year
 * @quarter: 1–4 for a quarter, 0 for the whole year
 * @as_of_iso: (nullable): the day the figures stand on; NULL for today
 *
 * Counts the figures. TF_ERROR_INVALID for a quarter outside 0–4, a year
 * outside 2000–2999 or an invalid day.
 */
TF_AVAILABLE_IN_ALL
TfEconomy    *tf_economy_compute              (TfSession   *session,
                                               int          year,
                                               int          quarter,
                                               const char  *as_of_iso,
                                               GError     **error);
/* Reads "2025" (the year) or "2025-Q2" (a quarter, "q2" too) for
 * tf_economy_compute(); TF_ERROR_INVALID with a message for the user. */
TF_AVAILABLE_IN_ALL
gboolean      tf_economy_parse_period         (const char  *text,
                                               int         *year,
                                               int         *quarter,
                                               GError     **error);

TF_AVAILABLE_IN_ALL
int           tf_economy_get_year             (TfEconomy   *self);
/* 0 for the whole year. */
TF_AVAILABLE_IN_ALL
int           tf_economy_get_quarter          (TfEconomy   *self);
/* The period's first and last day and the as-of day, ISO. */
TF_AVAILABLE_IN_ALL
const char   *tf_economy_get_first_day        (TfEconomy   *self);
TF_AVAILABLE_IN_ALL
const char   *tf_economy_get_last_day         (TfEconomy   *self);
TF_AVAILABLE_IN_ALL
const char   *tf_economy_get_as_of            (TfEconomy   *self);
/* "2025" or "Q2 2025" (translated), for headings. */
TF_AVAILABLE_IN_ALL
char         *tf_economy_dup_period_label     (TfEconomy   *self);
/* The year's budget the figures were counted against (a default one when
 * the year has none saved: tf_budget_get_is_default()). */
TF_AVAILABLE_IN_ALL
TfBudget     *tf_economy_get_budget           (TfEconomy   *self);
/* The whole: key "total". */
TF_AVAILABLE_IN_ALL
TfEconomyRow *tf_economy_get_total            (TfEconomy   *self);
/* GListModel of TfEconomyRow (see above). */
TF_AVAILABLE_IN_ALL
GListModel   *tf_economy_get_by_area          (TfEconomy   *self);
TF_AVAILABLE_IN_ALL
GListModel   *tf_economy_get_by_organisation  (TfEconomy   *self);
TF_AVAILABLE_IN_ALL
GListModel   *tf_economy_get_by_young_person  (TfEconomy   *self);
TF_AVAILABLE_IN_ALL
GListModel   *tf_economy_get_by_month         (TfEconomy   *self);
/* TRUE when the forecast passes the budget, in total or for an area. */
TF_AVAILABLE_IN_ALL
gboolean      tf_economy_get_has_warning      (TfEconomy   *self);
/* One line per budget passed, the whole first ("The forecast of
 * 1.350.000 kr. passes the budget of 1.200.000 kr. by 150.000 kr."; the amount's
 * full stop ends it); NULL
 * without a warning. */
TF_AVAILABLE_IN_ALL
const char   *tf_economy_get_warning          (TfEconomy   *self);

G_END_DECLS
