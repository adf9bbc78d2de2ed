/* tf-agenda-row.h — an agenda item in the meeting window's sidebar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_AGENDA_ROW (tf_agenda_row_get_type ())
G_DECLARE_FINAL_TYPE (TfAgendaRow, tf_agenda_row, TF, AGENDA_ROW, GtkListBoxRow)

/* @item NULL: the first row, "Meeting and participants". */
GtkWidget *tf_agenda_row_new          (TfAgendaItem *item);
/* 0 for the meeting row */
gint64     tf_agenda_row_get_item_id  (TfAgendaRow  *self);
int        tf_agenda_row_get_position (TfAgendaRow  *self);

G_END_DECLS
