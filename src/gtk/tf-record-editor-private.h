/* tf-record-editor-private.h — what the record editor's two files share
 *
 * TfRecordEditor (tf-record-editor.c) builds the window, loads, saves,
 * handles a conflict with another desk's save and shows the history; the
 * intervention's own rows are in tf-record-editor-intervention.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-error-row.h"
#include "tf-form-view.h"
#include "tf-record-editor.h"

G_BEGIN_DECLS

struct _TfRecordEditor
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkWidget           *history_button;
  GtkListBox          *history_list;
  GtkRevealer         *error_revealer;
  TfErrorRow          *error_row;
  AdwPreferencesGroup *intervention_group;
  AdwComboRow         *status_row;
  TfErrorRow          *status_error;
  AdwEntryRow         *starts_on_row;
  TfErrorRow          *starts_on_error;
  AdwEntryRow         *ends_on_row;
  TfErrorRow          *ends_on_error;
  AdwEntryRow         *planned_cost_row;
  TfErrorRow          *planned_cost_error;
  AdwEntryRow         *actual_cost_row;
  TfErrorRow          *actual_cost_error;
  AdwBin              *form_bin;

  /* Construct properties */
  TfSession           *session;
  TfForm              *form;
  gint64               case_id;
  TfRecord            *record;    /* our own copy, loaded afresh */
  TfRecord            *loaded;    /* as loaded, to tell what another desk changed */

  TfFormView          *form_view;
  GHashTable          *staff;     /* gint64 id → name, for the history */
  gboolean             filling;
};

void       _tf_record_editor_fill_intervention           (TfRecordEditor *self);
/* Complaints about unreadable text go into @errors. */
void       _tf_record_editor_read_intervention           (TfRecordEditor *self,
                                                          GHashTable     *errors);
GtkWidget *_tf_record_editor_show_intervention_errors    (TfRecordEditor *self,
                                                          GHashTable     *errors);
gboolean   _tf_record_editor_is_intervention_field       (const char     *key);
void       _tf_record_editor_bind_intervention_callbacks (GtkWidgetClass *widget_class);

G_END_DECLS
