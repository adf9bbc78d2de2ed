/* tf-filter-row.h — one filter in the case list's sidebar, with its count
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TF_TYPE_FILTER_ROW (tf_filter_row_get_type ())
G_DECLARE_FINAL_TYPE (TfFilterRow, tf_filter_row, TF, FILTER_ROW, GtkListBoxRow)

GtkWidget  *tf_filter_row_new        (const char  *status,
                                      const char  *title);
/* The status id the row filters on, or %NULL for all cases. */
const char *tf_filter_row_get_status (TfFilterRow *self);
void        tf_filter_row_set_count  (TfFilterRow *self,
                                      guint        count);

G_END_DECLS
