/* tf-agenda-item-panel.h — one agenda item of a meeting (stand-in)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_AGENDA_ITEM_PANEL (tf_agenda_item_panel_get_type ())
G_DECLARE_FINAL_TYPE (TfAgendaItemPanel, tf_agenda_item_panel, TF, AGENDA_ITEM_PANEL, GtkBox)

GtkWidget *tf_agenda_item_panel_new (TfSession *session,
                                     gint64     item_id);

G_END_DECLS
