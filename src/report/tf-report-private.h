/* tf-report-private.h — what the parts of TfReport share: the blocks as
 * appended, and the pieces and pages of a pagination
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "tf-report.h"

G_BEGIN_DECLS

/* Page geometry in points: 20 mm margins; the running header and the footer
 * sit in the margins, clear of the body. */
#define TF_REPORT_MARGIN        56.69
#define TF_REPORT_HEADER_TOP    34.0
#define TF_REPORT_HEADER_RULE   49.0
#define TF_REPORT_BODY_TOP      (TF_REPORT_MARGIN + 8.0)
#define TF_REPORT_FOOTER_GAP    42.0   /* footer rule above the page's bottom edge */

#define TF_REPORT_FONT          "Cantarell, Sans"
#define TF_REPORT_BODY_SIZE     10.5
#define TF_REPORT_TABLE_SIZE    9.5
#define TF_REPORT_NOTE_SIZE     9.0
#define TF_REPORT_FRAME_SIZE    8.5    /* running header and footer */
#define TF_REPORT_CELL_PAD      3.5
#define TF_REPORT_CHART_FONT    TF_REPORT_FONT " 8.5"   /* a chart's axes and labels */

typedef enum
{
  BLOCK_CONTENTS,
  BLOCK_HEADING,
  BLOCK_PARAGRAPH,
  BLOCK_KEY_VALUE,
  BLOCK_TABLE,
  BLOCK_CHART,
  BLOCK_NOTE,
  BLOCK_PAGE_BREAK,
} BlockKind;

typedef struct
{
  BlockKind      kind;
  int            level;    /* headings */
  char          *text;     /* heading, paragraph, key, note, contents title */
  char          *value;    /* key–value */
  TfReportTable *table;
  TfChartSpec   *chart;
  TfBarSpec     *bars;     /* a bar chart instead of @chart */
  double         height;   /* chart; a bar chart's 0 for its natural height */
} TfReportBlock;

typedef enum
{
  PIECE_HEADING,         /* also the contents' title */
  PIECE_LINE,            /* one line of a paragraph */
  PIECE_KEY_VALUE,
  PIECE_TABLE_HEADER,
  PIECE_TABLE_ROW,
  PIECE_CHART,
  PIECE_NOTE,
  PIECE_CONTENTS_ENTRY,
  PIECE_PAGE_BREAK,
} PieceKind;

typedef struct _TfReportPiece TfReportPiece;

struct _TfReportPiece
{
  PieceKind      kind;
  double         height;
  double         space_before;   /* dropped at the top of a page */
  gboolean       keep_with_next;
  PangoLayout   *layout;         /* heading, line, key, note, contents entry, chart title */
  PangoLayout   *value;          /* key–value */
  int            line;           /* PIECE_LINE: which line of @layout */
  double         line_top;       /* PIECE_LINE: the line's top and baseline in @layout */
  double         baseline;
  GPtrArray     *cells;          /* table header and rows: a PangoLayout per column */
  TfReportTable *table;
  TfReportPiece *header;         /* a table row's header, repeated on a new page */
  TfChartSpec   *chart;
  TfBarSpec     *bars;           /* a bar chart instead of @chart */
  double         chart_height;
  TfReportPiece *target;         /* a contents entry's heading */
  int            page;           /* where it was placed, -1 before */
};

typedef struct
{
  TfReportPiece *piece;
  double         y;
} TfReportPlacement;

/* tf-report.c */
GPtrArray  *_tf_report_get_blocks      (TfReport *self);
gboolean    _tf_report_has_title_page  (TfReport *self);
void        _tf_report_get_title_page  (TfReport            *self,
                                        const char         **title,
                                        const char         **subtitle,
                                        const char * const **lines);
const char *_tf_report_get_printed_on  (TfReport *self);

/* tf-report-layout.c: the pieces of the blocks measured with @context for
 * a body @width wide; every piece's page and the pages' placements. */
GPtrArray  *_tf_report_make_pieces     (GPtrArray    *blocks,
                                        PangoContext *context,
                                        double        width);
GPtrArray  *_tf_report_place_pieces    (GPtrArray    *pieces,
                                        double        body_top,
                                        double        body_bottom,
                                        int           first_page);
void        _tf_report_piece_free      (TfReportPiece *piece);
PangoLayout *_tf_report_layout_new     (PangoContext *context,
                                        const char   *text,
                                        const char   *style,   /* e.g. "Bold 16" */
                                        double        width);

/* tf-report-render.c */
void        _tf_report_render_title_page (TfReport     *self,
                                          PangoContext *context,
                                          cairo_t      *cr,
                                          double        width,
                                          double        height);
void        _tf_report_render_frame    (TfReport     *self,
                                        PangoContext *context,
                                        cairo_t      *cr,
                                        int           page,
                                        int           n_pages,
                                        gboolean      header,
                                        double        width,
                                        double        height);
void        _tf_report_render_piece    (TfReportPiece *piece,
                                        PangoContext  *context,
                                        cairo_t       *cr,
                                        double         x,
                                        double         y,
                                        double         width);

G_END_DECLS
