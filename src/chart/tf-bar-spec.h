/* tf-bar-spec.h — what a bar chart shows: categories × series, and its words
 *
 * The description tf_bar_spec_render() draws from, on screen (TfBarChart)
 * or into a PDF report (tf_report_add_bar_chart) alike. No GTK here.
 *
 * Categories are the bars' labels in the order shown ("Referred",
 * "Screened", … or the months); a series is one set of bars ("Budget",
 * "Spent") with a value per category. A value may be hidden — a count a
 * committee report must suppress — and is then drawn as no bar with "–".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(TF_GTK_INSIDE) && !defined(TF_CHART_INSIDE) && !defined(TF_REPORT_INSIDE) && !defined(TF_COMPILATION)
# warning "Include <taskforce-chart.h> or <taskforce-gtk.h> instead of this header."
#endif

#include <cairo.h>
#include <gio/gio.h>

#include "tf-chart-render.h"

G_BEGIN_DECLS

/* Horizontal bars suit long category labels ("Keeping the young person in
 * school"); vertical bars suit months. */
typedef enum
{
  TF_BAR_HORIZONTAL,
  TF_BAR_VERTICAL,
} TfBarOrientation;

/* How values are written on the bars, the ticks and in words:
 *   COUNT   whole numbers with Danish grouping: "1.200"
 *   KRONER  values are øre, shown as whole kroner: "1.200.000 kr."
 *           (ticks without "kr."; the value label says the unit)
 *   PERCENT values are percent (0–100): "40 %", "12,5 %" */
typedef enum
{
  TF_BAR_VALUE_COUNT,
  TF_BAR_VALUE_KRONER,
  TF_BAR_VALUE_PERCENT,
} TfBarValueFormat;

/* A caller's own way to write a value (transfer full). */
typedef char *(*TfBarFormatFunc) (double   value,
                                  gpointer user_data);

#define TF_TYPE_BAR_SPEC (tf_bar_spec_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfBarSpec, tf_bar_spec, TF, BAR_SPEC, GObject)

/* Signal "changed": anything shown changed. */

TF_AVAILABLE_IN_ALL
TfBarSpec        *tf_bar_spec_new              (const char         *title);
TF_AVAILABLE_IN_ALL
const char       *tf_bar_spec_get_title        (TfBarSpec          *self);
TF_AVAILABLE_IN_ALL
void              tf_bar_spec_set_title        (TfBarSpec          *self,
                                                const char         *title);
/* Whether tf_bar_spec_render() writes the title above the chart itself
 * (off by default: a report and a dashboard card set it as their heading). */
TF_AVAILABLE_IN_ALL
void              tf_bar_spec_set_show_title   (TfBarSpec          *self,
                                                gboolean            show);
TF_AVAILABLE_IN_ALL
gboolean          tf_bar_spec_get_show_title   (TfBarSpec          *self);
TF_AVAILABLE_IN_ALL
void              tf_bar_spec_set_orientation  (TfBarSpec          *self,
                                                TfBarOrientation    orientation);
TF_AVAILABLE_IN_ALL
TfBarOrientation  tf_bar_spec_get_orientation  (TfBarSpec          *self);
/* Stacked: one bar per category, the series on top of each other, the
 * total at its end. Grouped (the default): a bar per series side by side. */
TF_AVAILABLE_IN_ALL
void              tf_bar_spec_set_stacked      (TfBarSpec          *self,
                                                gboolean            stacked);
TF_AVAILABLE_IN_ALL
gboolean          tf_bar_spec_get_stacked      (TfBarSpec          *self);
TF_AVAILABLE_IN_ALL
void              tf_bar_spec_set_value_format (TfBarSpec          *self,
                                                TfBarValueFormat    format);
TF_AVAILABLE_IN_ALL
TfBarValueFormat  tf_bar_spec_get_value_format (TfBarSpec          *self);
/* Overrides the value format for labels, ticks, words; NULL to go back. */
TF_AVAILABLE_IN_ALL
void              tf_bar_spec_set_format_func  (TfBarSpec          *self,
                                                TfBarFormatFunc     func,
                                                gpointer            user_data,
                                                GDestroyNotify      destroy);
/* What the values are, with their unit, written by the value axis
 * ("young people", "kr."); NULL for none. */
TF_AVAILABLE_IN_ALL
void              tf_bar_spec_set_value_label  (TfBarSpec          *self,
                                                const char         *unit_label);
TF_AVAILABLE_IN_ALL
const char       *tf_bar_spec_get_value_label  (TfBarSpec          *self);
/* Replaces the categories (NULL-terminated, in order); every series' values
 * start again at 0 for them. */
TF_AVAILABLE_IN_ALL
void              tf_bar_spec_set_categories   (TfBarSpec          *self,
                                                const char * const *labels);
TF_AVAILABLE_IN_ALL
guint             tf_bar_spec_get_n_categories (TfBarSpec          *self);
TF_AVAILABLE_IN_ALL
const char       *tf_bar_spec_get_category     (TfBarSpec          *self,
                                                guint               category);
/* A series with 0 for every category. Series keep the place they were added
 * in: it picks their colour and pattern. Returns: its index. */
TF_AVAILABLE_IN_ALL
guint             tf_bar_spec_add_series       (TfBarSpec          *self,
                                                const char         *name);
TF_AVAILABLE_IN_ALL
void              tf_bar_spec_remove_all_series (TfBarSpec         *self);
TF_AVAILABLE_IN_ALL
guint             tf_bar_spec_get_n_series     (TfBarSpec          *self);
TF_AVAILABLE_IN_ALL
const char       *tf_bar_spec_get_series_name  (TfBarSpec          *self,
                                                guint               series);
/* Sets a value (and shows it again if it was hidden). */
TF_AVAILABLE_IN_ALL
void              tf_bar_spec_set_value        (TfBarSpec          *self,
                                                guint               series,
                                                guint               category,
                                                double              value);
/* The value, or 0 when hidden or out of range. */
TF_AVAILABLE_IN_ALL
double            tf_bar_spec_get_value        (TfBarSpec          *self,
                                                guint               series,
                                                guint               category);
/* Suppresses a value: no bar, "–" where its label would be, "hidden" in
 * words. A stacked total leaves it out and is then written "≥ N". */
TF_AVAILABLE_IN_ALL
void              tf_bar_spec_set_hidden       (TfBarSpec          *self,
                                                guint               series,
                                                guint               category);
TF_AVAILABLE_IN_ALL
gboolean          tf_bar_spec_get_hidden       (TfBarSpec          *self,
                                                guint               series,
                                                guint               category);
/* The sum of the category's shown values (what a stacked bar reaches). */
TF_AVAILABLE_IN_ALL
double            tf_bar_spec_get_total        (TfBarSpec          *self,
                                                guint               category);
/* A line across the bars at @value with @label ("Budget"), e.g. a budget
 * the bars must stay under. */
TF_AVAILABLE_IN_ALL
void              tf_bar_spec_set_reference    (TfBarSpec          *self,
                                                double              value,
                                                const char         *label);
TF_AVAILABLE_IN_ALL
void              tf_bar_spec_clear_reference  (TfBarSpec          *self);
/* @label: (out) (optional) (transfer none) (nullable) */
TF_AVAILABLE_IN_ALL
gboolean          tf_bar_spec_get_reference    (TfBarSpec          *self,
                                                double             *value,
                                                const char        **label);
/* Shown instead of bars when there are no categories or no series. */
TF_AVAILABLE_IN_ALL
void              tf_bar_spec_set_empty_text   (TfBarSpec          *self,
                                                const char         *text);
TF_AVAILABLE_IN_ALL
const char       *tf_bar_spec_get_empty_text   (TfBarSpec          *self);
TF_AVAILABLE_IN_ALL
gboolean          tf_bar_spec_has_data         (TfBarSpec          *self);
/* @value as the chart writes it: "1.200.000 kr." (transfer full). */
TF_AVAILABLE_IN_ALL
char             *tf_bar_spec_format_value     (TfBarSpec          *self,
                                                double              value);
/* The chart in words for a screen reader or alt text: "Referred 40,
 * Screened 32, Relevant hidden"; with several series, per category
 * "Mentor: Budget 200.000 kr., Spent 150.000 kr." (transfer full). */
TF_AVAILABLE_IN_ALL
char             *tf_bar_spec_describe         (TfBarSpec          *self);
/* One category in words, for a tooltip: its label, then a line per
 * series (and the total when stacked) (transfer full). */
TF_AVAILABLE_IN_ALL
char             *tf_bar_spec_describe_category (TfBarSpec         *self,
                                                 guint              category);

/* Drawing (tf-bar-render.c) */

/* Draws the chart in (0, 0, @width, @height) of @cr as a printed report
 * does: black on white, "Sans 10". */
TF_AVAILABLE_IN_ALL
void              tf_bar_spec_render           (TfBarSpec          *self,
                                                cairo_t            *cr,
                                                double              width,
                                                double              height);
/* The same in @style's colours and font (a screen's, dark mode). */
TF_AVAILABLE_IN_ALL
void              tf_bar_spec_render_with_style (TfBarSpec          *self,
                                                 cairo_t            *cr,
                                                 double              width,
                                                 double              height,
                                                 const TfChartStyle *style);
/* The category whose band (bars and label) holds (@x, @y), if any. */
TF_AVAILABLE_IN_ALL
gboolean          tf_bar_spec_pick             (TfBarSpec          *self,
                                                double              width,
                                                double              height,
                                                const TfChartStyle *style,
                                                double              x,
                                                double              y,
                                                guint              *category);
/* A height at which horizontal bars are comfortably thick and every label
 * fits, for @width (the same for vertical bars: a fixed good height). */
TF_AVAILABLE_IN_ALL
double            tf_bar_spec_get_natural_height (TfBarSpec          *self,
                                                  double              width,
                                                  const TfChartStyle *style);
/* Where a value's bar lies, for tests: its rectangle in (0, 0, @width,
 * @height); FALSE for a hidden value or no such bar. */
TF_AVAILABLE_IN_ALL
gboolean          tf_bar_spec_get_bar_rect     (TfBarSpec          *self,
                                                double              width,
                                                double              height,
                                                const TfChartStyle *style,
                                                guint               series,
                                                guint               category,
                                                double             *x,
                                                double             *y,
                                                double             *bar_width,
                                                double             *bar_height);

G_END_DECLS
