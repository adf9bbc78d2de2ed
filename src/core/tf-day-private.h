/* tf-day-private.h — dates as whole days since 1970-01-01
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gint32   _tf_day_from_civil (int         y,
                             int         m,
                             int         d);
void     _tf_day_to_civil   (gint32      day,
                             int        *y,
                             int        *m,
                             int        *d);
/* ISO 8601, "2026-11-23"; @out holds 11 bytes. */
void     _tf_day_format     (gint32      day,
                             char        out[11]);
gboolean _tf_day_parse      (const char *iso,
                             gint32     *out);
/* Midnight UTC of @day, in seconds since the epoch */
gint64   _tf_day_epoch      (gint32      day);

G_END_DECLS
