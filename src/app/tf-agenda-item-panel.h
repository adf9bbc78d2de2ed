/* tf-agenda-item-panel.h — one agenda item during the meeting: what changed
 * in its case, the discussion and decision, and its follow-up tasks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_AGENDA_ITEM_PANEL (tf_agenda_item_panel_get_type ())
G_DECLARE_FINAL_TYPE (TfAgendaItemPanel, tf_agenda_item_panel, TF, AGENDA_ITEM_PANEL, AdwBin)

/* Construct-only properties "session" (TfSession) and "item-id" (int64).
 * The panel loads what it shows itself and follows the store's "changed"
 * signal. Unsaved minutes are saved when the panel is hidden or destroyed
 * (the meeting window swaps panels as the user picks another item). */
GtkWidget *tf_agenda_item_panel_new          (TfSession         *session,
                                              gint64             item_id);
/* Saves typed, unsaved minutes now (before the meeting closes, or its
 * minutes are printed); FALSE when refused, with the reason on the panel. */
gboolean   tf_agenda_item_panel_save_pending (TfAgendaItemPanel *self);

G_END_DECLS
