/* tf-conflict-dialog.h — "someone else saved this first": what changed, and a choice
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tf-version.h"

G_BEGIN_DECLS

/* Responses of the dialog */
#define TF_CONFLICT_KEEP_EDITING "keep"    /* close the dialog, nothing saved */
#define TF_CONFLICT_THEIRS       "theirs"  /* drop what I typed, show their version */
#define TF_CONFLICT_MINE         "mine"    /* save mine over theirs */

/**
 * tf_conflict_dialog_new:
 * @parent: the window the save came from
 * @heading: e.g. "Someone else changed this consent"
 * @who_when: (nullable): tf_audit_describe_last_change()'s text
 * @changes: (nullable) (array zero-terminated=1): what the other desk changed,
 *   one translated line each ("Valid until: 1. mar. 2027 → 1. jun. 2027")
 *
 * Shared by the shell's editors and the work-area record editor, so a
 * plugin's form and a core page ask alike. A modal AdwMessageDialog; connect to "response" and compare with the
 * TF_CONFLICT_* names. Present it with gtk_window_present().
 */
TF_AVAILABLE_IN_ALL
GtkWidget *tf_conflict_dialog_new (GtkWindow          *parent,
                                   const char         *heading,
                                   const char         *who_when,
                                   const char * const *changes);

/* Hides @window now and destroys it from an idle: for an editor closing
 * itself after a save that may run inside its conflict dialog's response. */
TF_AVAILABLE_IN_ALL
void       tf_window_destroy_later (GtkWindow *window);

G_END_DECLS
