/* tf-report-table.h — a table in a report: column titles, alignment and
 * relative widths, and rows of text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(TF_REPORT_INSIDE) && !defined(TF_GTK_INSIDE) && !defined(TF_COMPILATION)
# warning "Include <taskforce-report.h> instead of this header."
#endif

#include <glib-object.h>

#include "tf-version.h"

G_BEGIN_DECLS

typedef enum
{
  TF_REPORT_ALIGN_START,
  TF_REPORT_ALIGN_CENTER,
  TF_REPORT_ALIGN_END,     /* figures */
} TfReportAlign;

#define TF_TYPE_REPORT_TABLE (tf_report_table_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfReportTable, tf_report_table, TF, REPORT_TABLE, GObject)

/* A table of @n_columns columns (at least 1), each untitled, start-aligned
 * and of equal width until set. */
TF_AVAILABLE_IN_ALL
TfReportTable *tf_report_table_new            (guint          n_columns);
/* @width: relative to the other columns' widths (e.g. 3, 1, 1) */
TF_AVAILABLE_IN_ALL
void           tf_report_table_set_column     (TfReportTable *self,
                                               guint          column,
                                               const char    *title,
                                               TfReportAlign  align,
                                               double         width);
/* Appends a row: @cells holds one string per column (NULL for empty);
 * a shorter array leaves the remaining cells empty. */
TF_AVAILABLE_IN_ALL
void           tf_report_table_add_row        (TfReportTable      *self,
                                               const char * const *cells);
TF_AVAILABLE_IN_ALL
guint          tf_report_table_get_n_columns  (TfReportTable *self);
TF_AVAILABLE_IN_ALL
guint          tf_report_table_get_n_rows     (TfReportTable *self);
TF_AVAILABLE_IN_ALL
const char    *tf_report_table_get_title      (TfReportTable *self,
                                               guint          column);
TF_AVAILABLE_IN_ALL
TfReportAlign  tf_report_table_get_align      (TfReportTable *self,
                                               guint          column);
TF_AVAILABLE_IN_ALL
double         tf_report_table_get_width      (TfReportTable *self,
                                               guint          column);
/* "" for an empty cell */
TF_AVAILABLE_IN_ALL
const char    *tf_report_table_get_cell       (TfReportTable *self,
                                               guint          row,
                                               guint          column);

G_END_DECLS
