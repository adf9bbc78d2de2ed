/* tf-note.h — a journal note on a case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-session.h"

G_BEGIN_DECLS

#define TF_TYPE_NOTE (tf_note_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfNote, tf_note, TF, NOTE, GObject)

/* Read-only properties: "id" (int64), "case-id" (int64), "written-on" (ISO),
 * "author-name", "area" (work-area id or NULL), "body". */
TF_AVAILABLE_IN_ALL
gint64       tf_note_get_id          (TfNote     *self);
TF_AVAILABLE_IN_ALL
const char  *tf_note_get_written_on  (TfNote     *self);
TF_AVAILABLE_IN_ALL
const char  *tf_note_get_author_name (TfNote     *self);
TF_AVAILABLE_IN_ALL
const char  *tf_note_get_body        (TfNote     *self);

/* The newest @limit notes of a case, newest first (GListModel of TfNote). */
TF_AVAILABLE_IN_ALL
GListModel  *tf_note_list_for_case   (TfSession  *session,
                                      gint64      case_id,
                                      guint       limit,
                                      GError    **error);
TF_AVAILABLE_IN_ALL
gint64       tf_note_count_for_case  (TfSession  *session,
                                      gint64      case_id);
/* Adds a note written today by the person at the desk; returns its id or 0. */
TF_AVAILABLE_IN_ALL
gint64       tf_note_add             (TfSession  *session,
                                      gint64      case_id,
                                      const char *body,
                                      GError    **error);

G_END_DECLS
