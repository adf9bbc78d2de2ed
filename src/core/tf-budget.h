/* tf-budget.h — the taskforce's budget for a year and its split across the areas
 *
 * A year's budget is a total (DKK 1,200,000 unless the coordinator sets
 * another) split across the six areas of the intervention catalogue —
 * "mentor", "family", "network", "school", "leisure", "job" (the budget
 * areas of the intervention forms, tf_form_get_budget_area()) — and
 * "administration". The shares must add up to the total. Money is øre.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-session.h"

G_BEGIN_DECLS

/* DKK 1,200,000 in øre: the yearly budget from the budget agreement for 2025
 * on, used for a year that has none saved. */
#define TF_BUDGET_DEFAULT_TOTAL ((gint64) 120000000)

/* The seven budget areas in their fixed order: the six areas of the
 * catalogue, then "administration". NULL-terminated. */
TF_AVAILABLE_IN_ALL
const char * const *tf_budget_area_ids   (void);
/* TRUE for one of tf_budget_area_ids(). */
TF_AVAILABLE_IN_ALL
gboolean     tf_budget_area_is_valid     (const char *area_id);
/* "Mentor and support for the young person", …, "Administration"
 * (translated); NULL for an unknown id. */
TF_AVAILABLE_IN_ALL
const char  *tf_budget_area_label        (const char *area_id);

#define TF_TYPE_BUDGET (tf_budget_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfBudget, tf_budget, TF, BUDGET, GObject)

/* Read-only properties: "year" (int), "total" (int64, øre), "version"
 * (int64, 0 while never saved), "is-default" (boolean: the year has no
 * saved budget and this is the default). */

/* The default for @year: DKK 1,200,000 split as the catalogue's weight
 * suggests — mentor 360,000; family 240,000; network 96,000; school
 * 180,000; leisure 120,000; job 144,000; administration 60,000. */
TF_AVAILABLE_IN_ALL
TfBudget    *tf_budget_new_default       (int          year);
TF_AVAILABLE_IN_ALL
int          tf_budget_get_year          (TfBudget    *self);
TF_AVAILABLE_IN_ALL
gint64       tf_budget_get_total         (TfBudget    *self);
TF_AVAILABLE_IN_ALL
void         tf_budget_set_total         (TfBudget    *self,
                                          gint64       ore);
/* The share of @area_id (one of tf_budget_area_ids()); 0 for another id. */
TF_AVAILABLE_IN_ALL
gint64       tf_budget_get_share         (TfBudget    *self,
                                          const char  *area_id);
TF_AVAILABLE_IN_ALL
void         tf_budget_set_share         (TfBudget    *self,
                                          const char  *area_id,
                                          gint64       ore);
/* Total minus the sum of the shares: 0 when the split adds up; positive
 * when some of the total is not split yet, negative when the shares are
 * more than the total. */
TF_AVAILABLE_IN_ALL
gint64       tf_budget_get_unallocated   (TfBudget    *self);
TF_AVAILABLE_IN_ALL
gint64       tf_budget_get_version       (TfBudget    *self);
TF_AVAILABLE_IN_ALL
gboolean     tf_budget_get_is_default    (TfBudget    *self);

/* TF_ERROR_INVALID when the total or a share is negative, or the split does
 * not add up — the message names the difference ("The split is 10.000 kr.
 * less than the total …"). */
TF_AVAILABLE_IN_ALL
gboolean     tf_budget_validate          (TfBudget    *self,
                                          GError     **error);

/* The saved budget of @year; NULL without an error when the year has none. */
TF_AVAILABLE_IN_ALL
TfBudget    *tf_budget_load              (TfSession   *session,
                                          int          year,
                                          GError     **error);
/* The saved budget of @year, else tf_budget_new_default(); NULL only on a
 * read error. */
TF_AVAILABLE_IN_ALL
TfBudget    *tf_budget_load_or_default   (TfSession   *session,
                                          int          year,
                                          GError     **error);
/* Every saved budget, by year (GListModel of TfBudget). */
TF_AVAILABLE_IN_ALL
GListModel  *tf_budget_list              (TfSession   *session,
                                          GError     **error);

/* Validates and writes the budget and its split in one transaction, keeps
 * the previous version in budget_history, audits ("budget", the year) and
 * emits "changed" ("budget", year). Coordinators only (TF_ERROR_DENIED).
 * TF_ERROR_CONFLICT when another desk saved the year first (or created it,
 * when @self is a default). On success @self carries the new version. */
TF_AVAILABLE_IN_ALL
gboolean     tf_budget_save              (TfSession   *session,
                                          TfBudget    *self,
                                          GError     **error);
/* After a conflict the person chose to keep theirs: the next save
 * overwrites @newer. */
TF_AVAILABLE_IN_ALL
void         tf_budget_rebase            (TfBudget    *self,
                                          TfBudget    *newer);

G_END_DECLS
