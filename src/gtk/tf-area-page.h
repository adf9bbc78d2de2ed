/* tf-area-page.h — a work area's page in a case window, drawn from the area's data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#if !defined(TF_GTK_INSIDE) && !defined(TF_COMPILATION)
# warning "Include <taskforce-gtk.h> instead of this header."
#endif

#include <gtk/gtk.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_AREA_PAGE (tf_area_page_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfAreaPage, tf_area_page, TF, AREA_PAGE, GtkWidget)

TF_AVAILABLE_IN_ALL
TfAreaPage *tf_area_page_new         (TfSession          *session,
                                      TfRegistry         *registry,
                                      TfArea             *area,
                                      gint64              case_id);
TF_AVAILABLE_IN_ALL
TfArea     *tf_area_page_get_area    (TfAreaPage         *self);
TF_AVAILABLE_IN_ALL
gint64      tf_area_page_get_case_id (TfAreaPage         *self);
TF_AVAILABLE_IN_ALL
void        tf_area_page_reload      (TfAreaPage         *self);
TF_AVAILABLE_IN_ALL
void        tf_area_page_set_staff   (TfAreaPage         *self,
                                      const gint64       *ids,
                                      const char * const *names,
                                      guint               n_staff);

G_END_DECLS
