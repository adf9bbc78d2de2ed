/* tf-store-error-window.h — says why the store cannot be opened, instead of crashing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define TF_TYPE_STORE_ERROR_WINDOW (tf_store_error_window_get_type ())
G_DECLARE_FINAL_TYPE (TfStoreErrorWindow, tf_store_error_window, TF, STORE_ERROR_WINDOW, AdwApplicationWindow)

GtkWidget *tf_store_error_window_new (GtkApplication *application,
                                      const char     *path,
                                      const GError   *error);

G_END_DECLS
