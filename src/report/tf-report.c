/* tf-report.c — a document of blocks, paginated for a page size, drawn page
 * by page on any cairo context and written as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <cairo-pdf.h>

#include "tf-error.h"
#include "tf-format.h"
#include "tf-report-private.h"

struct _TfReport
{
  GObject       parent_instance;
  char         *title;
  char         *draft;
  char         *printed_on;
  gboolean      has_title_page;
  char         *page_title;
  char         *page_subtitle;
  char        **page_lines;
  gboolean      has_contents;
  GPtrArray    *blocks;       /* of TfReportBlock */

  /* the last pagination */
  PangoContext *context;
  GPtrArray    *pieces;       /* of TfReportPiece */
  GPtrArray    *pages;        /* of GArray of TfReportPlacement; NULL for the title page */
  GPtrArray    *headings;     /* the level-1 heading pieces, in order */
};

G_DEFINE_FINAL_TYPE (TfReport, tf_report, G_TYPE_OBJECT)

static void
block_free (TfReportBlock *block)
{
  g_free (block->text);
  g_free (block->value);
  g_clear_object (&block->table);
  g_clear_object (&block->chart);
  g_clear_object (&block->bars);
  g_free (block);
}

static void
clear_pagination (TfReport *self)
{
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->headings, g_ptr_array_unref);
  g_clear_pointer (&self->pieces, g_ptr_array_unref);
  g_clear_object (&self->context);
}

static void
tf_report_finalize (GObject *object)
{
  TfReport *self = TF_REPORT (object);

  clear_pagination (self);
  g_free (self->title);
  g_free (self->draft);
  g_free (self->printed_on);
  g_free (self->page_title);
  g_free (self->page_subtitle);
  g_strfreev (self->page_lines);
  g_ptr_array_unref (self->blocks);
  G_OBJECT_CLASS (tf_report_parent_class)->finalize (object);
}

static void
tf_report_class_init (TfReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_report_finalize;
}

static void
tf_report_init (TfReport *self)
{
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
}

TfReport *
tf_report_new (const char *title)
{
  TfReport *self = g_object_new (TF_TYPE_REPORT, NULL);

  self->title = g_strdup (title != NULL ? title : "");
  return self;
}

const char *
tf_report_get_title (TfReport *self)
{
  g_return_val_if_fail (TF_IS_REPORT (self), NULL);
  return self->title;
}

void
tf_report_set_title_page (TfReport           *self,
                          const char         *title,
                          const char         *subtitle,
                          const char * const *lines)
{
  g_return_if_fail (TF_IS_REPORT (self));

  self->has_title_page = TRUE;
  g_free (self->page_title);
  self->page_title = g_strdup (title != NULL ? title : self->title);
  g_free (self->page_subtitle);
  self->page_subtitle = g_strdup (subtitle);
  g_strfreev (self->page_lines);
  self->page_lines = g_strdupv ((char **) lines);
}

void
tf_report_set_draft (TfReport   *self,
                     const char *marking)
{
  g_return_if_fail (TF_IS_REPORT (self));
  g_free (self->draft);
  self->draft = g_strdup (marking);
}

const char *
tf_report_get_draft (TfReport *self)
{
  g_return_val_if_fail (TF_IS_REPORT (self), NULL);
  return self->draft;
}

void
tf_report_set_printed_on (TfReport   *self,
                          const char *iso_day)
{
  g_return_if_fail (TF_IS_REPORT (self));
  g_free (self->printed_on);
  self->printed_on = g_strdup (iso_day);
}

static TfReportBlock *
append (TfReport  *self,
        BlockKind  kind,
        const char *text)
{
  TfReportBlock *block = g_new0 (TfReportBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text != NULL ? text : "");
  g_ptr_array_add (self->blocks, block);
  return block;
}

void
tf_report_add_contents (TfReport   *self,
                        const char *title)
{
  g_return_if_fail (TF_IS_REPORT (self));
  g_return_if_fail (!self->has_contents);

  self->has_contents = TRUE;
  append (self, BLOCK_CONTENTS, title);
}

void
tf_report_add_heading (TfReport   *self,
                       int         level,
                       const char *text)
{
  g_return_if_fail (TF_IS_REPORT (self));
  g_return_if_fail (level == 1 || level == 2);

  append (self, BLOCK_HEADING, text)->level = level;
}

void
tf_report_add_paragraph (TfReport   *self,
                         const char *text)
{
  g_return_if_fail (TF_IS_REPORT (self));
  append (self, BLOCK_PARAGRAPH, text);
}

void
tf_report_add_key_value (TfReport   *self,
                         const char *key,
                         const char *value)
{
  g_return_if_fail (TF_IS_REPORT (self));
  append (self, BLOCK_KEY_VALUE, key)->value = g_strdup (value != NULL ? value : "");
}

void
tf_report_add_table (TfReport      *self,
                     TfReportTable *table)
{
  g_return_if_fail (TF_IS_REPORT (self));
  g_return_if_fail (TF_IS_REPORT_TABLE (table));
  append (self, BLOCK_TABLE, NULL)->table = g_object_ref (table);
}

void
tf_report_add_chart (TfReport    *self,
                     TfChartSpec *spec,
                     double       height)
{
  TfReportBlock *block;

  g_return_if_fail (TF_IS_REPORT (self));
  g_return_if_fail (TF_IS_CHART_SPEC (spec));
  g_return_if_fail (height > 0);

  block = append (self, BLOCK_CHART, tf_chart_spec_get_title (spec));
  block->chart = g_object_ref (spec);
  block->height = height;
}

/* The same block as a line chart's: the layout tells them apart by which
 * spec is set, so headings keep with it and it is never split alike. */
void
tf_report_add_bar_chart (TfReport  *self,
                         TfBarSpec *spec,
                         double     height_pt)
{
  TfReportBlock *block;

  g_return_if_fail (TF_IS_REPORT (self));
  g_return_if_fail (TF_IS_BAR_SPEC (spec));

  block = append (self, BLOCK_CHART, tf_bar_spec_get_title (spec));
  block->bars = g_object_ref (spec);
  block->height = MAX (height_pt, 0);
}

void
tf_report_add_note (TfReport   *self,
                    const char *text)
{
  g_return_if_fail (TF_IS_REPORT (self));
  append (self, BLOCK_NOTE, text);
}

void
tf_report_add_page_break (TfReport *self)
{
  g_return_if_fail (TF_IS_REPORT (self));
  append (self, BLOCK_PAGE_BREAK, NULL);
}

/* For the other parts of TfReport */

GPtrArray *
_tf_report_get_blocks (TfReport *self)
{
  return self->blocks;
}

gboolean
_tf_report_has_title_page (TfReport *self)
{
  return self->has_title_page;
}

void
_tf_report_get_title_page (TfReport            *self,
                           const char         **title,
                           const char         **subtitle,
                           const char * const **lines)
{
  *title = self->page_title;
  *subtitle = self->page_subtitle;
  *lines = (const char * const *) self->page_lines;
}

const char *
_tf_report_get_printed_on (TfReport *self)
{
  if (self->printed_on == NULL)
    self->printed_on = tf_today_iso ();
  return self->printed_on;
}

/* Pagination */

/* Text is measured in points, the unit both a PDF surface and a print
 * context (GTK_UNIT_POINTS) draw in, and without hinted metrics so the
 * same report breaks its pages the same way on paper and in a file. */
static PangoContext *
make_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_destroy (options);
  return context;
}

int
tf_report_paginate (TfReport *self,
                    cairo_t  *cr,
                    double    width,
                    double    height)
{
  double body_width = width - 2 * TF_REPORT_MARGIN;
  int first_page;

  g_return_val_if_fail (TF_IS_REPORT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);

  first_page = self->has_title_page ? 1 : 0;
  clear_pagination (self);
  self->context = make_context (cr);
  self->pieces = _tf_report_make_pieces (self->blocks, self->context, body_width);
  self->pages = _tf_report_place_pieces (self->pieces, TF_REPORT_BODY_TOP,
                                         height - TF_REPORT_MARGIN - 6.0, first_page);
  self->headings = g_ptr_array_new ();
  for (guint i = 0; i < self->pieces->len; i++)
    {
      TfReportPiece *piece = g_ptr_array_index (self->pieces, i);

      if (piece->kind == PIECE_HEADING && piece->target == piece)
        g_ptr_array_add (self->headings, piece);
    }
  return (int) self->pages->len;
}

int
tf_report_get_n_pages (TfReport *self)
{
  g_return_val_if_fail (TF_IS_REPORT (self), 0);
  return self->pages != NULL ? (int) self->pages->len : 0;
}

int
tf_report_get_heading_page (TfReport *self,
                            guint     index)
{
  g_return_val_if_fail (TF_IS_REPORT (self), -1);

  if (self->headings == NULL || index >= self->headings->len)
    return -1;
  return ((TfReportPiece *) g_ptr_array_index (self->headings, index))->page;
}

void
tf_report_render_page (TfReport *self,
                       cairo_t  *cr,
                       int       page,
                       double    width,
                       double    height)
{
  GArray *placements;

  g_return_if_fail (TF_IS_REPORT (self));
  g_return_if_fail (self->pages != NULL);
  g_return_if_fail (page >= 0 && page < (int) self->pages->len);

  cairo_save (cr);
  placements = g_ptr_array_index (self->pages, page);
  if (placements == NULL)
    _tf_report_render_title_page (self, self->context, cr, width, height);
  for (guint i = 0; placements != NULL && i < placements->len; i++)
    {
      TfReportPlacement *p = &g_array_index (placements, TfReportPlacement, i);

      _tf_report_render_piece (p->piece, self->context, cr, TF_REPORT_MARGIN, p->y,
                               width - 2 * TF_REPORT_MARGIN);
    }
  _tf_report_render_frame (self, self->context, cr, page, (int) self->pages->len,
                           placements != NULL, width, height);
  cairo_restore (cr);
}

/* Writing a PDF */

static gboolean
render_pdf (TfReport    *self,
            const char  *path,
            GError     **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, TF_REPORT_A4_WIDTH, TF_REPORT_A4_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;
  int n_pages;

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, self->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Taskforce");
  n_pages = tf_report_paginate (self, cr, TF_REPORT_A4_WIDTH, TF_REPORT_A4_HEIGHT);
  for (int page = 0; page < n_pages; page++)
    {
      tf_report_render_page (self, cr, page, TF_REPORT_A4_WIDTH, TF_REPORT_A4_HEIGHT);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, TF_ERROR, TF_ERROR_FAILED, _("Could not write the PDF %s: %s"),
                   name, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
tf_report_write_pdf (TfReport    *self,
                     const char  *path,
                     GError     **error)
{
  g_autofree char *temp = NULL;
  g_autofree char *name = NULL;
  int fd;

  g_return_val_if_fail (TF_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  name = g_filename_display_name (path);
  /* Next to the target, so the rename stays on one file system and is
   * atomic: readers see the old file or the whole new one. */
  temp = g_strconcat (path, ".XXXXXX", NULL);
  fd = g_mkstemp_full (temp, O_RDWR, 0644);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("Could not write %s: %s"),
                   name, g_strerror (saved));
      return FALSE;
    }
  close (fd);
  if (!render_pdf (self, temp, error))
    {
      g_unlink (temp);
      return FALSE;
    }
  if (g_rename (temp, path) != 0)
    {
      int saved = errno;

      g_unlink (temp);
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("Could not write %s: %s"),
                   name, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}
