/* tf-case-history-page.h — the core "History" page of a case window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "tf-case-page.h"

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_CASE_HISTORY_PAGE (tf_case_history_page_get_type ())
G_DECLARE_FINAL_TYPE (TfCaseHistoryPage, tf_case_history_page, TF, CASE_HISTORY_PAGE, TfCasePage)

/* Construct-only properties "session" and "case-id", like every core page. */

/* The rows the history list shows, newest first (for tests). */
GtkListBox *tf_case_history_page_get_history_list (TfCaseHistoryPage *self);

G_END_DECLS
