/* tf-agenda-item-panel-private.h — the agenda item panel's parts, shared by
 * its two source files (the minutes; the tasks)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-agenda-item-panel.h"

G_BEGIN_DECLS

struct _TfAgendaItemPanel
{
  AdwBin            parent_instance;

  /* Template widgets */
  AdwToastOverlay  *toast_overlay;
  GtkWidget        *content_box;
  GtkLabel         *title_label;
  GtkLabel         *reason_label;
  AdwPreferencesGroup *case_group;
  AdwActionRow     *status_row;
  GtkButton        *open_case_button;
  AdwPreferencesGroup *changes_group;
  GtkListBox       *changes_list;
  GtkWidget        *discussion_frame;
  GtkTextView      *discussion_view;
  GtkLabel         *discussion_label;
  GtkWidget        *decision_frame;
  GtkTextView      *decision_view;
  GtkLabel         *decision_label;
  GtkLabel         *locked_label;
  GtkLabel         *save_error_label;
  GtkButton        *save_button;
  GtkListBox       *tasks_list;
  AdwPreferencesGroup *add_group;
  AdwEntryRow      *what_row;
  AdwActionRow     *what_error;
  AdwComboRow      *who_row;
  AdwActionRow     *who_error;
  AdwEntryRow      *due_row;
  AdwActionRow     *due_error;
  AdwActionRow     *add_error;
  GtkButton        *add_button;

  /* Owned */
  TfSession        *session;
  gint64            item_id;
  TfAgendaItem     *item;
  TfMeeting        *meeting;
  GListModel       *staff;            /* TfStaffMember, for "Who" */
  char             *loaded_discussion; /* what the text views were loaded from */
  char             *loaded_decision;
  gint64            loaded_version;
  gboolean          minutes_editable;
  gboolean          changes_stale;
  gboolean          reload_item;
  gboolean          reload_tasks;
  guint             changes_idle;
  guint             reload_idle;
};

char *_tf_agenda_item_panel_text_of        (GtkTextView       *view);
void  _tf_agenda_item_panel_toast          (TfAgendaItemPanel *self,
                                            const char        *text);

/* tf-agenda-item-panel-tasks.c */
void  _tf_agenda_item_panel_setup_tasks    (TfAgendaItemPanel *self);
void  _tf_agenda_item_panel_load_tasks     (TfAgendaItemPanel *self);
void  _tf_agenda_item_panel_add_task_action (GtkWidget        *widget,
                                             const char       *action_name,
                                             GVariant         *parameter);

G_END_DECLS
