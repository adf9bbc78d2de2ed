/* tf-report-print.c — printing a TfReport through GtkPrintOperation
 *
 * The print context's cairo context is in points over the whole sheet
 * (full page, GTK_UNIT_POINTS), which is what TfReport lays out in: its
 * own 20 mm margins then land where they do in the PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-report-print.h"

static void
on_begin_print (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                TfReport          *report)
{
  int n_pages = tf_report_paginate (report, gtk_print_context_get_cairo_context (context),
                                    gtk_print_context_get_width (context),
                                    gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, MAX (n_pages, 1));
}

static void
on_draw_page (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              TfReport          *report)
{
  if (page < tf_report_get_n_pages (report))
    tf_report_render_page (report, gtk_print_context_get_cairo_context (context), page,
                           gtk_print_context_get_width (context),
                           gtk_print_context_get_height (context));
}

gboolean
tf_report_print (TfReport   *report,
                 GtkWindow  *parent,
                 GError    **error)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  GtkPaperSize *a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  g_return_val_if_fail (TF_IS_REPORT (report), FALSE);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), FALSE);

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);
  gtk_paper_size_free (a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, tf_report_get_title (report));
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (on_begin_print), report, 0);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (on_draw_page), report, 0);

  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                  parent, error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}
