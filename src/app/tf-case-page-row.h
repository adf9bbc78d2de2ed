/* tf-case-page-row.h — one page in a case window's sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TF_TYPE_CASE_PAGE_ROW (tf_case_page_row_get_type ())
G_DECLARE_FINAL_TYPE (TfCasePageRow, tf_case_page_row, TF, CASE_PAGE_ROW, GtkListBoxRow)

GtkWidget  *tf_case_page_row_new          (const char    *id,
                                           const char    *title,
                                           const char    *icon_name,
                                           int            priority,
                                           gboolean       core);
const char *tf_case_page_row_get_id       (TfCasePageRow *self);
int         tf_case_page_row_get_priority (TfCasePageRow *self);
gboolean    tf_case_page_row_get_core     (TfCasePageRow *self);
const char *tf_case_page_row_get_title    (TfCasePageRow *self);

G_END_DECLS
