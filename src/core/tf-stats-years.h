/* tf-stats-years.h — the years the store has figures for
 *
 * A period chooser (the dashboard's) offers the years from the first one
 * anything was recorded in — a referral, a budget, an expense — to this
 * year, so the coordinator never picks a year that can only be empty.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "tf-session.h"

G_BEGIN_DECLS

/* The years, oldest first, as a GArray of int: from the earliest referral,
 * budget or expense to the later of this year (@today_iso's, NULL for today)
 * and the latest of them. Only this year when the store has none. */
TF_AVAILABLE_IN_ALL
GArray     *tf_stats_list_years (TfSession   *session,
                                 const char  *today_iso,
                                 GError     **error);

G_END_DECLS
