/* tf-form-view.h — draws any form a work area declares, and reads it back
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

#define TF_TYPE_FORM_VIEW (tf_form_view_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfFormView, tf_form_view, TF, FORM_VIEW, GtkWidget)

TF_AVAILABLE_IN_ALL
GtkWidget    *tf_form_view_new          (TfForm        *form,
                                         TfFormValues  *values);
TF_AVAILABLE_IN_ALL
TfForm       *tf_form_view_get_form     (TfFormView    *self);
TF_AVAILABLE_IN_ALL
void          tf_form_view_set_values   (TfFormView    *self,
                                         TfFormValues  *values);
TF_AVAILABLE_IN_ALL
void          tf_form_view_set_staff    (TfFormView          *self,
                                         const gint64        *ids,
                                         const char * const  *names,
                                         guint                n_staff);
TF_AVAILABLE_IN_ALL
TfFormValues *tf_form_view_collect      (TfFormView    *self,
                                         GError       **error);
TF_AVAILABLE_IN_ALL
gboolean      tf_form_view_show_errors  (TfFormView    *self,
                                         GHashTable    *errors);
TF_AVAILABLE_IN_ALL
void          tf_form_view_clear_errors (TfFormView    *self);
TF_AVAILABLE_IN_ALL
const char   *tf_form_view_get_error    (TfFormView    *self,
                                         const char    *field_id);
TF_AVAILABLE_IN_ALL
GtkWidget    *tf_form_view_get_field_widget (TfFormView *self,
                                             const char *field_id);
TF_AVAILABLE_IN_ALL
GtkWidget    *tf_form_view_get_field_row    (TfFormView *self,
                                             const char *field_id);

G_END_DECLS
