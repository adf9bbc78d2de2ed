/* tf-note-row.h — one journal note in a case's overview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "taskforce.h"

G_BEGIN_DECLS

#define TF_TYPE_NOTE_ROW (tf_note_row_get_type ())
G_DECLARE_FINAL_TYPE (TfNoteRow, tf_note_row, TF, NOTE_ROW, GtkListBoxRow)

GtkWidget *tf_note_row_new (TfNote *note);

G_END_DECLS
