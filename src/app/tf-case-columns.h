/* tf-case-columns.h — the cells of the case list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void tf_case_column_show_text      (GtkColumnViewColumn *column,
                                    const char          *property,
                                    int                  width_chars);
void tf_case_column_show_follow_up (GtkColumnViewColumn *column);

G_END_DECLS
