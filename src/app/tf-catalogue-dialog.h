/* tf-catalogue-dialog.h — the coordinator's "Domains and Factors" window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_CATALOGUE_DIALOG (tf_catalogue_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TfCatalogueDialog, tf_catalogue_dialog, TF, CATALOGUE_DIALOG, AdwWindow)

TfCatalogueDialog *tf_catalogue_dialog_new (GtkWindow *parent,
                                            TfSession *session);

G_END_DECLS
