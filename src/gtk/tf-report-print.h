/* tf-report-print.h — printing a TfReport through GtkPrintOperation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(TF_GTK_INSIDE) && !defined(TF_COMPILATION)
# warning "Include <taskforce-gtk.h> instead of this header."
#endif

#include <gtk/gtk.h>

#include "tf-report.h"

G_BEGIN_DECLS

/**
 * tf_report_print:
 * @parent: (nullable): the window the print dialog belongs to
 *
 * Shows the print dialog for @report (A4 portrait by default) and prints
 * it: the pages are laid out for the chosen paper and drawn exactly as
 * tf_report_write_pdf() draws them. Returns while or after the job is
 * handed to the printer.
 *
 * Returns: FALSE with @error set when printing failed; TRUE when printed
 * or when the user cancelled.
 */
TF_AVAILABLE_IN_ALL
gboolean tf_report_print (TfReport   *report,
                          GtkWindow  *parent,
                          GError    **error);

G_END_DECLS
