/* tf-report-figures-private.h — what the committee's reports share: the
 * figures written once, to the PDF's tables and to the CSV's rows alike
 *
 * A builder writes each figure through tf_figures_*; with a TfReport the
 * figure lands in a table of the PDF, and every figure also becomes a CSV
 * row (section; figure; value; unit). So the CSV holds exactly what the
 * PDF shows, hidden counts hidden in both.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "taskforce.h"
#include "taskforce-chart.h"
#include "tf-committee-report.h"
#include "tf-report.h"

G_BEGIN_DECLS

typedef struct
{
  TfSession      *session;
  TfRegistry     *registry;
  const TfPeriod *period;
  char           *today;       /* ISO */
  char           *as_of;       /* ISO: the figures' day, today or the period's end */
  TfStats        *stats;
  TfEconomy      *economy;
  TfReport       *report;      /* the PDF being built */
  GPtrArray      *rows;        /* of GStrv: section, figure, value, unit */
  char           *section;     /* the current level-1 heading, for the CSV */
} TfFigures;

/* One cell of a figure table: what the PDF shows, and the CSV's value and
 * unit ("" value for none). Strings owned by the cell. */
typedef struct
{
  char       *text;
  char       *value;
  const char *unit;
  gboolean    hidden;
} TfFigureCell;

typedef struct
{
  TfReportTable *table;
  GPtrArray     *titles;       /* of char*: the value columns' titles */
  gboolean       hidden;       /* a count was hidden: the note follows */
} TfFigureTable;

/* Computes the stats for @period and the economy for @year/@quarter as of
 * @as_of. */
TfFigures     *tf_figures_new           (TfSession       *session,
                                         TfRegistry      *registry,
                                         const TfPeriod  *period,
                                         const char      *today,
                                         const char      *as_of,
                                         int              economy_year,
                                         int              economy_quarter,
                                         const char      *report_title,
                                         GError         **error);
void           tf_figures_free          (TfFigures       *f);
/* The report out of @f (transfer full); and the CSV rows (transfer none) */
TfReport      *tf_figures_steal_report  (TfFigures       *f);

/* The title page (the taskforce, @name, the period, the municipality, the
 * date), the contents and the reading guide. */
void           tf_figures_add_front     (TfFigures       *f,
                                         const char      *name,
                                         const char      *period_label,
                                         const char      *reading_guide);
/* A level-1 heading, which names the CSV's section. */
void           tf_figures_section       (TfFigures       *f,
                                         const char      *heading);
void           tf_figures_subsection    (TfFigures       *f,
                                         const char      *heading);
void           tf_figures_paragraph     (TfFigures       *f,
                                         const char      *text);
void           tf_figures_note          (TfFigures       *f,
                                         const char      *text);

TfFigureCell   tf_figure_count          (TfFigures          *f,
                                         const TfStatsCount *count);
TfFigureCell   tf_figure_money          (gint64              ore);
TfFigureCell   tf_figure_number         (double              value,
                                         int                 decimals,
                                         const char         *unit,
                                         const char         *suffix);
TfFigureCell   tf_figure_text           (const char         *text);
/* "▲ 3 since February (up 3)": @now against @before, not shown when either
 * is hidden (the difference would give the hidden count away). */
TfFigureCell   tf_figure_change         (TfFigures          *f,
                                         const TfStatsCount *now,
                                         const TfStatsCount *before,
                                         const char         *before_label);

/* A table: @first is the title of the label column, then the value
 * columns' titles, NULL-terminated. */
TfFigureTable *tf_figure_table_new      (const char      *first,
                                         ...) G_GNUC_NULL_TERMINATED;
void           tf_figure_table_set_widths (TfFigureTable *t,
                                           double         label_width);
/* @value_column: 0 for the first value column */
void           tf_figure_table_set_value_width (TfFigureTable *t,
                                                guint          value_column,
                                                double         width);
/* @cells: one per value column; consumed. */
void           tf_figure_table_row      (TfFigures       *f,
                                         TfFigureTable   *t,
                                         const char      *label,
                                         TfFigureCell    *cells);
/* Adds the table to the report (with the note on hidden counts) and frees
 * it. */
void           tf_figure_table_end      (TfFigures       *f,
                                         TfFigureTable   *t);

/* A count on a bar, hidden where the committee must not see it; and the
 * chart at the height its bars need, with the note when a value is hidden */
void           tf_figures_bar_count        (TfBarSpec          *spec,
                                            guint               series,
                                            guint               category,
                                            const TfStatsCount *count);
void           tf_figures_add_bars         (TfFigures          *f,
                                            TfBarSpec          *spec);

/* The sections the quarterly and the August reports share. */
void           tf_figures_add_work         (TfFigures *f);
void           tf_figures_add_progression  (TfFigures *f,
                                            gboolean   evaluation);
void           tf_figures_add_economy      (TfFigures *f);
void           tf_figures_add_placements   (TfFigures *f);

/* "2025-06-30" or today when earlier: the figures' day for a period. */
char          *tf_figures_as_of            (const TfPeriod *period,
                                            const char     *last_day,
                                            const char     *today);

/* The builders: the report and its rows (tf-report-quarterly.c, …) */
TfFigures     *tf_figures_build_quarterly  (TfSession *session, TfRegistry *registry,
                                            const TfPeriod *period, const char *today, GError **error);
TfFigures     *tf_figures_build_august     (TfSession *session, TfRegistry *registry,
                                            const TfPeriod *period, const char *today, GError **error);
TfFigures     *tf_figures_build_monthly    (TfSession *session, TfRegistry *registry,
                                            const TfPeriod *period, const char *today, GError **error);
TfFigures     *tf_figures_build            (TfCommitteeReportKind kind, TfSession *session,
                                            TfRegistry *registry, const TfPeriod *period,
                                            const char *today, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfFigures, tf_figures_free)

G_END_DECLS
