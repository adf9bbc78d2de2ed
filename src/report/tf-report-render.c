/* tf-report-render.c — drawing a report's pages: the title page, the
 * running header and footer, and each kind of piece
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-chart-render.h"
#include "tf-format.h"
#include "tf-report-private.h"

/* Ink: near-black text, grey for the frame and notes, a dark red draft
 * marking (its words say it too, so the colour is never the only sign) */
#define INK        0.10, 0.10, 0.12
#define GREY       0.38, 0.38, 0.40
#define RULE       0.72, 0.72, 0.74
#define ROW_RULE   0.86, 0.86, 0.88
#define HEADER_BG  0.92, 0.93, 0.95
#define DRAFT      0.65, 0.08, 0.08
#define ACCENT     0.11, 0.30, 0.52   /* the title page's bar */

static void
show (cairo_t     *cr,
      PangoLayout *layout,
      double       x,
      double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static double
height_of (PangoLayout *layout)
{
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

static double
width_of (PangoLayout *layout)
{
  int w;

  pango_layout_get_size (layout, &w, NULL);
  return (double) w / PANGO_SCALE;
}

void
_tf_report_render_title_page (TfReport     *self,
                              PangoContext *context,
                              cairo_t      *cr,
                              double        width,
                              double        height)
{
  const char *title, *subtitle;
  const char * const *lines;
  double body = width - 2 * TF_REPORT_MARGIN;
  double y = height * 0.30;
  g_autoptr(PangoLayout) big = NULL;

  _tf_report_get_title_page (self, &title, &subtitle, &lines);

  /* a bar in the margin marks the title page, as a cover would */
  cairo_set_source_rgb (cr, ACCENT);
  cairo_rectangle (cr, TF_REPORT_MARGIN, y - 28, 60, 5);
  cairo_fill (cr);

  big = _tf_report_layout_new (context, title, "Bold 28", body);
  cairo_set_source_rgb (cr, INK);
  show (cr, big, TF_REPORT_MARGIN, y);
  y += height_of (big) + 12;
  if (subtitle != NULL && *subtitle != '\0')
    {
      g_autoptr(PangoLayout) sub = _tf_report_layout_new (context, subtitle, "16", body);

      cairo_set_source_rgb (cr, GREY);
      show (cr, sub, TF_REPORT_MARGIN, y);
      y += height_of (sub);
    }

  /* the municipality, the taskforce and the date, low on the page */
  y = height * 0.72;
  cairo_set_source_rgb (cr, RULE);
  cairo_set_line_width (cr, 0.75);
  cairo_move_to (cr, TF_REPORT_MARGIN, y - 10);
  cairo_line_to (cr, width - TF_REPORT_MARGIN, y - 10);
  cairo_stroke (cr);
  for (guint i = 0; lines != NULL && lines[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) line = _tf_report_layout_new (context, lines[i],
                                                           i == 0 ? "Bold 12" : "12", body);

      cairo_set_source_rgb (cr, INK);
      show (cr, line, TF_REPORT_MARGIN, y);
      y += height_of (line) + 3;
    }
}

void
_tf_report_render_frame (TfReport     *self,
                         PangoContext *context,
                         cairo_t      *cr,
                         int           page,
                         int           n_pages,
                         gboolean      header,
                         double        width,
                         double        height)
{
  double body = width - 2 * TF_REPORT_MARGIN;
  double footer_rule = height - TF_REPORT_FOOTER_GAP;
  g_autofree char *day = tf_format_date (_tf_report_get_printed_on (self));
  g_autofree char *printed = g_strdup_printf (_("Printed %s"), day);
  g_autofree char *number = g_strdup_printf (_("Page %d of %d"), page + 1, n_pages);
  g_autoptr(PangoLayout) left = _tf_report_layout_new (context, printed, "8.5", -1);
  g_autoptr(PangoLayout) right = _tf_report_layout_new (context, number, "8.5", -1);

  cairo_set_line_width (cr, 0.5);
  if (header)
    {
      const char *draft = tf_report_get_draft (self);
      g_autoptr(PangoLayout) mark = NULL;
      g_autoptr(PangoLayout) title = NULL;
      double mark_width = 0;

      if (draft != NULL)
        {
          mark = _tf_report_layout_new (context, draft, "Bold 8.5", -1);
          mark_width = width_of (mark);
          cairo_set_source_rgb (cr, DRAFT);
          show (cr, mark, width - TF_REPORT_MARGIN - mark_width, TF_REPORT_HEADER_TOP);
        }
      title = _tf_report_layout_new (context, tf_report_get_title (self), "8.5",
                                     body - mark_width - 16);
      pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
      cairo_set_source_rgb (cr, GREY);
      show (cr, title, TF_REPORT_MARGIN, TF_REPORT_HEADER_TOP);
      cairo_set_source_rgb (cr, RULE);
      cairo_move_to (cr, TF_REPORT_MARGIN, TF_REPORT_HEADER_RULE);
      cairo_line_to (cr, width - TF_REPORT_MARGIN, TF_REPORT_HEADER_RULE);
      cairo_stroke (cr);
    }

  cairo_set_source_rgb (cr, RULE);
  cairo_move_to (cr, TF_REPORT_MARGIN, footer_rule);
  cairo_line_to (cr, width - TF_REPORT_MARGIN, footer_rule);
  cairo_stroke (cr);
  cairo_set_source_rgb (cr, GREY);
  show (cr, left, TF_REPORT_MARGIN, footer_rule + 5);
  show (cr, right, width - TF_REPORT_MARGIN - width_of (right), footer_rule + 5);
}

static void
render_line (TfReportPiece *piece,
             cairo_t       *cr,
             double         x,
             double         y)
{
  PangoLayoutLine *line = pango_layout_get_line_readonly (piece->layout, piece->line);
  PangoRectangle logical;

  pango_layout_line_get_extents (line, NULL, &logical);
  cairo_move_to (cr, x + (double) logical.x / PANGO_SCALE, y + piece->baseline - piece->line_top);
  pango_cairo_show_layout_line (cr, line);
}

static void
render_row (TfReportPiece *piece,
            cairo_t       *cr,
            double         x,
            double         y,
            double         width)
{
  TfReportTable *table = piece->table;
  guint n = tf_report_table_get_n_columns (table);
  double total = 0, cx = x;

  for (guint c = 0; c < n; c++)
    total += tf_report_table_get_width (table, c);
  if (piece->kind == PIECE_TABLE_HEADER)
    {
      cairo_set_source_rgb (cr, HEADER_BG);
      cairo_rectangle (cr, x, y, width, piece->height);
      cairo_fill (cr);
    }
  for (guint c = 0; c < n; c++)
    {
      cairo_set_source_rgb (cr, INK);
      show (cr, g_ptr_array_index (piece->cells, c), cx + TF_REPORT_CELL_PAD, y + TF_REPORT_CELL_PAD);
      cx += width * tf_report_table_get_width (table, c) / total;
    }
  if (piece->kind == PIECE_TABLE_HEADER)
    cairo_set_source_rgb (cr, RULE);
  else
    cairo_set_source_rgb (cr, ROW_RULE);
  cairo_set_line_width (cr, piece->kind == PIECE_TABLE_HEADER ? 0.75 : 0.5);
  cairo_move_to (cr, x, y + piece->height);
  cairo_line_to (cr, x + width, y + piece->height);
  cairo_stroke (cr);
}

static void
render_chart (TfReportPiece *piece,
              PangoContext  *context,
              cairo_t       *cr,
              double         x,
              double         y,
              double         width)
{
  TfChartStyle style;
  PangoFontDescription *font = pango_font_description_from_string (TF_REPORT_CHART_FONT);
  double title = height_of (piece->layout) + 4.0;

  cairo_set_source_rgb (cr, INK);
  show (cr, piece->layout, x, y);
  tf_chart_style_init_default (&style);
  style.font = font;
  style.context = context;
  cairo_save (cr);
  cairo_translate (cr, x, y + title);
  cairo_rectangle (cr, 0, 0, width, piece->chart_height);
  cairo_clip (cr);
  if (piece->bars != NULL)
    tf_bar_spec_render_with_style (piece->bars, cr, width, piece->chart_height, &style);
  else
    tf_chart_render (piece->chart, cr, width, piece->chart_height, &style);
  cairo_restore (cr);
  pango_font_description_free (font);
}

void
_tf_report_render_piece (TfReportPiece *piece,
                         PangoContext  *context,
                         cairo_t       *cr,
                         double         x,
                         double         y,
                         double         width)
{
  switch (piece->kind)
    {
    case PIECE_HEADING:
      cairo_set_source_rgb (cr, INK);
      show (cr, piece->layout, x, y);
      break;
    case PIECE_LINE:
      cairo_set_source_rgb (cr, INK);
      render_line (piece, cr, x, y);
      break;
    case PIECE_KEY_VALUE:
      cairo_set_source_rgb (cr, INK);
      show (cr, piece->layout, x, y);
      show (cr, piece->value, x + width - (double) pango_layout_get_width (piece->value) / PANGO_SCALE, y);
      break;
    case PIECE_TABLE_HEADER:
    case PIECE_TABLE_ROW:
      render_row (piece, cr, x, y, width);
      break;
    case PIECE_CHART:
      render_chart (piece, context, cr, x, y, width);
      break;
    case PIECE_NOTE:
      cairo_set_source_rgb (cr, GREY);
      show (cr, piece->layout, x, y);
      break;
    case PIECE_CONTENTS_ENTRY:
      {
        g_autofree char *number = g_strdup_printf ("%d", piece->target != NULL ? piece->target->page + 1 : 0);
        g_autoptr(PangoLayout) layout = _tf_report_layout_new (context, number, "10.5", -1);

        cairo_set_source_rgb (cr, INK);
        show (cr, piece->layout, x, y);
        if (piece->target != NULL)
          show (cr, layout, x + width - width_of (layout), y);
      }
      break;
    case PIECE_PAGE_BREAK:
    default:
      break;
    }
}
