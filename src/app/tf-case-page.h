/* tf-case-page.h — the base of a case window's core pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_CASE_PAGE (tf_case_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (TfCasePage, tf_case_page, TF, CASE_PAGE, GtkWidget)

struct _TfCasePageClass
{
  GtkWidgetClass parent_class;

  /* Reads what the page shows: once after construction (when there is a
   * session) and then at most once a main-loop turn after the store says
   * something the page shows has changed. */
  void     (*reload)      (TfCasePage *self);
  /* Whether a store change concerns the page. The default is TRUE for a
   * NULL entity (everything changed) and for the page's own case and one
   * of the entities given to tf_case_page_class_set_entities(). */
  gboolean (*is_relevant) (TfCasePage *self,
                           const char *entity,
                           gint64      id);

  /*< private >*/
  char   **entities;
  gpointer padding[8];
};

void       tf_case_page_class_set_entities (TfCasePageClass    *klass,
                                            const char * const *entities);

TfSession *tf_case_page_get_session        (TfCasePage         *self);
gint64     tf_case_page_get_case_id        (TfCasePage         *self);
void       tf_case_page_queue_reload       (TfCasePage         *self);
void       tf_case_page_reload             (TfCasePage         *self);

G_END_DECLS
