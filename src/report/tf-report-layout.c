/* tf-report-layout.c — blocks measured into pieces, and pieces placed on
 * pages
 *
 * A piece is what never splits: a heading, one line of a paragraph, a
 * key–value line, a table row, a chart. Pages are filled top to bottom;
 * "keep with next" chains (headings, a paragraph's first and next-to-last
 * line, a table's header) move to the next page together, and a table row
 * at the top of a page gets its table's header row before it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tf-report-private.h"

/* Space above the kinds of pieces, in points */
#define SPACE_HEADING_1  18.0
#define SPACE_HEADING_2  12.0
#define SPACE_PARAGRAPH   6.0
#define SPACE_KEY_VALUE   2.0
#define SPACE_TABLE       8.0
#define SPACE_CHART      10.0
#define SPACE_NOTE        5.0
#define SPACE_CONTENTS    3.0
#define HEADING_BELOW     4.0    /* between a heading and what it heads */
#define CHART_TITLE_GAP   4.0
#define KEY_SHARE         0.36   /* of the width, for a key–value line's key */

PangoLayout *
_tf_report_layout_new (PangoContext *context,
                       const char   *text,
                       const char   *style,
                       double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autofree char *font = g_strdup_printf ("%s %s", TF_REPORT_FONT, style);
  PangoFontDescription *desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

void
_tf_report_piece_free (TfReportPiece *piece)
{
  g_clear_object (&piece->layout);
  g_clear_object (&piece->value);
  g_clear_pointer (&piece->cells, g_ptr_array_unref);
  g_free (piece);
}

static TfReportPiece *
add_piece (GPtrArray *pieces,
           PieceKind  kind,
           double     space_before)
{
  TfReportPiece *piece = g_new0 (TfReportPiece, 1);

  piece->kind = kind;
  piece->space_before = space_before;
  piece->page = -1;
  g_ptr_array_add (pieces, piece);
  return piece;
}

/* One piece per line, so a long paragraph runs on to the next page; its
 * first line stays with the second and its last with the one before, so
 * no page starts or ends with a lone line of it. */
static void
add_paragraph (GPtrArray    *pieces,
               PangoContext *context,
               const char   *text,
               double        width)
{
  g_auto(GStrv) paragraphs = NULL;
  g_autoptr(GRegex) blank = g_regex_new ("\\n[ \\t]*\\n\\s*", 0, 0, NULL);

  paragraphs = g_regex_split (blank, text, 0);
  for (guint p = 0; paragraphs[p] != NULL; p++)
    {
      g_autofree char *stripped = g_strstrip (g_strdup (paragraphs[p]));
      g_autoptr(PangoLayout) layout = NULL;
      PangoLayoutIter *iter;
      int n_lines, line = 0;

      if (*stripped == '\0')
        continue;
      layout = _tf_report_layout_new (context, stripped, "10.5", width);
      n_lines = pango_layout_get_line_count (layout);
      iter = pango_layout_get_iter (layout);
      do
        {
          PangoRectangle logical;
          TfReportPiece *piece = add_piece (pieces, PIECE_LINE, line == 0 ? SPACE_PARAGRAPH : 0);

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          piece->layout = g_object_ref (layout);
          piece->line = line;
          piece->line_top = (double) logical.y / PANGO_SCALE;
          piece->baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
          piece->height = (double) logical.height / PANGO_SCALE;
          piece->keep_with_next = n_lines > 1 && (line == 0 || line == n_lines - 2);
          line++;
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }
}

static GPtrArray *
table_cells (PangoContext  *context,
             TfReportTable *table,
             int            row,     /* -1 for the header */
             double         width,
             double        *height)
{
  GPtrArray *cells = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = tf_report_table_get_n_columns (table);
  double total = 0, tallest = 0;

  for (guint c = 0; c < n; c++)
    total += tf_report_table_get_width (table, c);
  for (guint c = 0; c < n; c++)
    {
      double w = width * tf_report_table_get_width (table, c) / total - 2 * TF_REPORT_CELL_PAD;
      const char *text = row < 0 ? tf_report_table_get_title (table, c)
                                 : tf_report_table_get_cell (table, (guint) row, c);
      PangoLayout *layout = _tf_report_layout_new (context, text, row < 0 ? "Bold 9.5" : "9.5", w);

      switch (tf_report_table_get_align (table, c))
        {
        case TF_REPORT_ALIGN_CENTER:
          pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
          break;
        case TF_REPORT_ALIGN_END:
          pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
          break;
        case TF_REPORT_ALIGN_START:
        default:
          break;
        }
      tallest = MAX (tallest, layout_height (layout));
      g_ptr_array_add (cells, layout);
    }
  *height = tallest + 2 * TF_REPORT_CELL_PAD;
  return cells;
}

static void
add_table (GPtrArray     *pieces,
           PangoContext  *context,
           TfReportTable *table,
           double         width)
{
  TfReportPiece *header = add_piece (pieces, PIECE_TABLE_HEADER, SPACE_TABLE);

  header->table = table;
  header->cells = table_cells (context, table, -1, width, &header->height);
  header->keep_with_next = tf_report_table_get_n_rows (table) > 0;
  for (guint r = 0; r < tf_report_table_get_n_rows (table); r++)
    {
      TfReportPiece *row = add_piece (pieces, PIECE_TABLE_ROW, 0);

      row->table = table;
      row->header = header;
      row->line = (int) r;
      row->cells = table_cells (context, table, (int) r, width, &row->height);
      /* the last row never stands alone on a page under a repeated header */
      row->keep_with_next = r + 2 == tf_report_table_get_n_rows (table) && r > 0;
    }
}

GPtrArray *
_tf_report_make_pieces (GPtrArray    *blocks,
                        PangoContext *context,
                        double        width)
{
  GPtrArray *pieces = g_ptr_array_new_with_free_func ((GDestroyNotify) _tf_report_piece_free);
  GPtrArray *entries = g_ptr_array_new ();   /* contents entries waiting for their heading */
  guint next_entry = 0;
  gboolean seen_contents = FALSE;

  for (guint b = 0; b < blocks->len; b++)
    {
      TfReportBlock *block = g_ptr_array_index (blocks, b);
      TfReportPiece *piece;

      switch (block->kind)
        {
        case BLOCK_CONTENTS:
          seen_contents = TRUE;
          piece = add_piece (pieces, PIECE_HEADING, SPACE_HEADING_1);
          piece->layout = _tf_report_layout_new (context, block->text, "Bold 16", width);
          piece->height = layout_height (piece->layout) + HEADING_BELOW;
          piece->keep_with_next = TRUE;
          /* one line per level-1 heading after this block */
          for (guint h = b + 1; h < blocks->len; h++)
            {
              TfReportBlock *heading = g_ptr_array_index (blocks, h);
              TfReportPiece *entry;

              if (heading->kind != BLOCK_HEADING || heading->level != 1)
                continue;
              entry = add_piece (pieces, PIECE_CONTENTS_ENTRY, SPACE_CONTENTS);
              /* room on the right for the page number */
              entry->layout = _tf_report_layout_new (context, heading->text, "10.5", width - 40);
              pango_layout_set_ellipsize (entry->layout, PANGO_ELLIPSIZE_END);
              entry->height = layout_height (entry->layout);
              g_ptr_array_add (entries, entry);
            }
          break;
        case BLOCK_HEADING:
          piece = add_piece (pieces, PIECE_HEADING,
                             block->level == 1 ? SPACE_HEADING_1 : SPACE_HEADING_2);
          piece->layout = _tf_report_layout_new (context, block->text,
                                                 block->level == 1 ? "Bold 16" : "Bold 13", width);
          piece->height = layout_height (piece->layout) + HEADING_BELOW;
          piece->keep_with_next = TRUE;
          if (block->level == 1)
            {
              piece->target = piece;
              /* a heading after the contents block gets the next entry */
              if (seen_contents && next_entry < entries->len)
                ((TfReportPiece *) g_ptr_array_index (entries, next_entry++))->target = piece;
            }
          break;
        case BLOCK_PARAGRAPH:
          add_paragraph (pieces, context, block->text, width);
          break;
        case BLOCK_KEY_VALUE:
          {
            /* a run of key–value lines sits close; set off from a paragraph */
            TfReportPiece *before = pieces->len > 0 ? g_ptr_array_index (pieces, pieces->len - 1) : NULL;
            gboolean run = before == NULL || before->kind == PIECE_KEY_VALUE || before->kind == PIECE_HEADING;

            piece = add_piece (pieces, PIECE_KEY_VALUE, run ? SPACE_KEY_VALUE : SPACE_PARAGRAPH);
          }
          piece->layout = _tf_report_layout_new (context, block->text, "Bold 10.5",
                                                 width * KEY_SHARE - 8);
          piece->value = _tf_report_layout_new (context, block->value, "10.5",
                                                width * (1 - KEY_SHARE));
          piece->height = MAX (layout_height (piece->layout), layout_height (piece->value));
          break;
        case BLOCK_TABLE:
          add_table (pieces, context, block->table, width);
          break;
        case BLOCK_CHART:
          piece = add_piece (pieces, PIECE_CHART, SPACE_CHART);
          piece->layout = _tf_report_layout_new (context, block->text, "Bold 10.5", width);
          piece->chart = block->chart;
          piece->bars = block->bars;
          piece->chart_height = block->height;
          if (piece->bars != NULL && piece->chart_height <= 0)
            {
              g_autoptr(PangoFontDescription) font = pango_font_description_from_string (TF_REPORT_CHART_FONT);
              TfChartStyle style;

              tf_chart_style_init_default (&style);
              style.font = font;
              style.context = context;
              piece->chart_height = tf_bar_spec_get_natural_height (piece->bars, width, &style);
            }
          piece->height = layout_height (piece->layout) + CHART_TITLE_GAP + piece->chart_height;
          break;
        case BLOCK_NOTE:
          piece = add_piece (pieces, PIECE_NOTE, SPACE_NOTE);
          piece->layout = _tf_report_layout_new (context, block->text, "Italic 9", width);
          piece->height = layout_height (piece->layout);
          /* a note right under a heading belongs to it (a subtitle): the
           * two go with what follows, so a section never starts at the
           * foot of a page with its heading and note alone */
          if (pieces->len > 1 &&
              ((TfReportPiece *) g_ptr_array_index (pieces, pieces->len - 2))->kind == PIECE_HEADING)
            piece->keep_with_next = TRUE;
          break;
        case BLOCK_PAGE_BREAK:
        default:
          add_piece (pieces, PIECE_PAGE_BREAK, 0);
          break;
        }
    }
  g_ptr_array_unref (entries);
  return pieces;
}

/* Placing */

typedef struct
{
  GPtrArray *pages;
  GArray    *current;
  double     y;
  double     top;
} Placer;

static void
new_page (Placer *placer)
{
  placer->current = g_array_new (FALSE, FALSE, sizeof (TfReportPlacement));
  g_ptr_array_add (placer->pages, placer->current);
  placer->y = placer->top;
}

static void
place (Placer        *placer,
       TfReportPiece *piece,
       double         space_before)
{
  TfReportPlacement p = { piece, placer->y + space_before };

  g_array_append_val (placer->current, p);
  placer->y += space_before + piece->height;
  if (piece->page < 0)
    piece->page = (int) placer->pages->len - 1;
}

/* The title page has no placements: NULL in the array */
static void
free_page (gpointer page)
{
  if (page != NULL)
    g_array_unref (page);
}

GPtrArray *
_tf_report_place_pieces (GPtrArray *pieces,
                         double     body_top,
                         double     body_bottom,
                         int        first_page)
{
  Placer placer = { g_ptr_array_new_with_free_func (free_page), NULL, 0, body_top };
  double body = body_bottom - body_top;

  /* The title page has no placements */
  for (int i = 0; i < first_page; i++)
    g_ptr_array_add (placer.pages, NULL);
  new_page (&placer);

  for (guint i = 0; i < pieces->len; i++)
    {
      TfReportPiece *piece = g_ptr_array_index (pieces, i);
      gboolean empty = placer.current->len == 0;
      double space = empty ? 0 : piece->space_before;
      double group = space + piece->height;

      if (piece->kind == PIECE_PAGE_BREAK)
        {
          if (!empty)
            new_page (&placer);
          continue;
        }
      /* the chain this piece starts must fit together */
      for (guint j = i; j + 1 < pieces->len; j++)
        {
          TfReportPiece *a = g_ptr_array_index (pieces, j);
          TfReportPiece *b = g_ptr_array_index (pieces, j + 1);

          if (!a->keep_with_next || b->kind == PIECE_PAGE_BREAK)
            break;
          group += b->space_before + b->height;
        }
      if (!empty && placer.y + group > body_bottom &&
          (group <= body || placer.y + space + piece->height > body_bottom))
        {
          new_page (&placer);
          empty = TRUE;
          space = 0;
        }
      if (empty && piece->kind == PIECE_TABLE_ROW)
        place (&placer, piece->header, 0);
      place (&placer, piece, space);
    }
  /* a page break at the very end leaves no blank page */
  if (placer.current->len == 0 && placer.pages->len > (guint) first_page + 1)
    g_ptr_array_remove_index (placer.pages, placer.pages->len - 1);
  return placer.pages;
}
