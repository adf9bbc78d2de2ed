/* tf-report.h — a document laid out in A4 pages and written as PDF
 *
 * Blocks are appended in reading order. tf_report_paginate() lays them out
 * for a page size; tf_report_render_page() draws one page on any cairo
 * context (a PDF surface, or a GtkPrintContext's); tf_report_write_pdf()
 * does both for a file. Every page but the title page carries the
 * document's title in a running header (with the draft marking, if set);
 * every page carries "Page N of M" and the day of printing in its footer.
 * Headings are never left as the last line of a page, a table's rows are
 * never split and its header row is repeated on every page it runs onto.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(TF_REPORT_INSIDE) && !defined(TF_GTK_INSIDE) && !defined(TF_COMPILATION)
# warning "Include <taskforce-report.h> instead of this header."
#endif

#include <cairo.h>
#include <gio/gio.h>

#include "tf-bar-spec.h"
#include "tf-chart-spec.h"
#include "tf-report-table.h"

G_BEGIN_DECLS

/* A4 portrait in PostScript points */
#define TF_REPORT_A4_WIDTH  595.2756
#define TF_REPORT_A4_HEIGHT 841.8898

#define TF_TYPE_REPORT (tf_report_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfReport, tf_report, TF, REPORT, GObject)

/* @title: the running header of every page after the title page */
TF_AVAILABLE_IN_ALL
TfReport   *tf_report_new                (const char         *title);
TF_AVAILABLE_IN_ALL
const char *tf_report_get_title          (TfReport           *self);
/* A title page of its own before everything else: @lines (nullable,
 * NULL-terminated) are set under the subtitle, e.g. the municipality, the
 * taskforce's name and the date. */
TF_AVAILABLE_IN_ALL
void        tf_report_set_title_page     (TfReport           *self,
                                          const char         *title,
                                          const char         *subtitle,
                                          const char * const *lines);
/* Written in the running header of every page, e.g. "Draft — the minutes
 * are not closed"; NULL for none. */
TF_AVAILABLE_IN_ALL
void        tf_report_set_draft          (TfReport           *self,
                                          const char         *marking);
TF_AVAILABLE_IN_ALL
const char *tf_report_get_draft          (TfReport           *self);
/* The day printed in the footer (ISO); NULL for today. */
TF_AVAILABLE_IN_ALL
void        tf_report_set_printed_on     (TfReport           *self,
                                          const char         *iso_day);

/* A contents list here, under @title: every level-1 heading added after it,
 * with the page it starts on. At most one per report. */
TF_AVAILABLE_IN_ALL
void        tf_report_add_contents       (TfReport           *self,
                                          const char         *title);
/* @level: 1 (16 pt) or 2 (13 pt) */
TF_AVAILABLE_IN_ALL
void        tf_report_add_heading        (TfReport           *self,
                                          int                 level,
                                          const char         *text);
/* Plain text that wraps; a blank line starts a new paragraph. */
TF_AVAILABLE_IN_ALL
void        tf_report_add_paragraph      (TfReport           *self,
                                          const char         *text);
/* "Key    value" on one line, the value wrapping in its own column. */
TF_AVAILABLE_IN_ALL
void        tf_report_add_key_value      (TfReport           *self,
                                          const char         *key,
                                          const char         *value);
TF_AVAILABLE_IN_ALL
void        tf_report_add_table          (TfReport           *self,
                                          TfReportTable      *table);
/* The chart with its title above it, @height points tall. */
TF_AVAILABLE_IN_ALL
void        tf_report_add_chart          (TfReport           *self,
                                          TfChartSpec        *spec,
                                          double              height);
/* The bar chart with its title above it, @height_pt points tall; 0 for the
 * height at which its bars and labels fit (tf_bar_spec_get_natural_height
 * in the report's chart font). */
TF_AVAILABLE_IN_ALL
void        tf_report_add_bar_chart      (TfReport           *self,
                                          TfBarSpec          *spec,
                                          double              height_pt);
/* Small grey italic text: sources, estimates, hidden counts. */
TF_AVAILABLE_IN_ALL
void        tf_report_add_note           (TfReport           *self,
                                          const char         *text);
TF_AVAILABLE_IN_ALL
void        tf_report_add_page_break     (TfReport           *self);

/* Lays the report out on pages of @width × @height points, measuring text
 * with a Pango context made for @cr. Returns: the number of pages. */
TF_AVAILABLE_IN_ALL
int         tf_report_paginate           (TfReport           *self,
                                          cairo_t            *cr,
                                          double              width,
                                          double              height);
/* The pages of the last tf_report_paginate(), 0 before it. */
TF_AVAILABLE_IN_ALL
int         tf_report_get_n_pages        (TfReport           *self);
/* The page (0-based) a level-1 heading (0-based among the level-1
 * headings) starts on, -1 before pagination or for no such heading. */
TF_AVAILABLE_IN_ALL
int         tf_report_get_heading_page   (TfReport           *self,
                                          guint               index);
/* Draws page @page (0-based) of the last pagination into (0, 0, @width,
 * @height) of @cr. */
TF_AVAILABLE_IN_ALL
void        tf_report_render_page        (TfReport           *self,
                                          cairo_t            *cr,
                                          int                 page,
                                          double              width,
                                          double              height);
/* Writes the report as an A4 PDF to @path: first to a temporary file in
 * the same folder, renamed into place only when complete, so a failed
 * write never leaves half a PDF. */
TF_AVAILABLE_IN_ALL
gboolean    tf_report_write_pdf          (TfReport           *self,
                                          const char         *path,
                                          GError            **error);

G_END_DECLS
