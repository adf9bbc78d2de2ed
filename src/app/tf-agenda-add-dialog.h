/* tf-agenda-add-dialog.h — add a case or a topic to a meeting's agenda
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_AGENDA_ADD_DIALOG (tf_agenda_add_dialog_get_type ())
G_DECLARE_FINAL_TYPE (TfAgendaAddDialog, tf_agenda_add_dialog, TF, AGENDA_ADD_DIALOG, AdwWindow)

/* Signal "added" (gint64 item_id) after an item was added; the dialog then
 * closes itself. */
TfAgendaAddDialog *tf_agenda_add_dialog_new        (TfSession         *session,
                                                    gint64             meeting_id);

G_END_DECLS
