/* tf-meeting-rows.h — how a meeting reads in a list, and the meetings
 * view's row factory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "taskforce.h"

G_BEGIN_DECLS

/* "Tuesday" for "2026-11-24", translated; "" for no date. */
const char         *tf_meeting_weekday_name     (const char *iso_date);
/* "13:00" as a Danish reader writes it: "13.00". */
char               *tf_meeting_format_time      (const char *time);
/* The symbolic icon of a kind of meeting. */
const char         *tf_meeting_kind_icon_name   (const char *kind);
/* Rows of day and time, kind, title and place, and status as a word and an
 * icon ("Minutes not closed" for a planned meeting whose day has passed). */
GtkListItemFactory *tf_meeting_rows_factory_new (void);

G_END_DECLS
