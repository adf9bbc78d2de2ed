/* tf-meeting-window-private.h — what the meeting window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-meeting-details.h"
#include "tf-meeting-window.h"

G_BEGIN_DECLS

struct _TfMeetingWindow
{
  AdwWindow         parent_instance;

  /* Template widgets */
  AdwToastOverlay  *toast_overlay;
  AdwWindowTitle   *window_title;
  GtkWidget        *menu_button;
  GtkWidget        *build_button;
  GtkWidget        *close_button;
  GtkInfoBar       *state_bar;
  GtkLabel         *state_label;
  GtkInfoBar       *error_bar;
  GtkLabel         *error_label;
  GtkStack         *content_stack;
  AdwFlap          *flap;
  GtkListBox       *item_list;
  GtkWidget        *empty_label;
  GtkWidget        *agenda_tools;
  GtkStack         *pane_stack;
  AdwBin           *details_bin;
  AdwBin           *item_bin;
  AdwStatusPage    *error_page;

  /* Owned */
  TfSession        *session;
  gint64            meeting_id;
  TfMeeting        *meeting;          /* as last loaded; NULL if it could not be */
  guint             reload_idle;

  /* State */
  gint64            selected_item;    /* 0: "Meeting and participants" */
  gint64            shown_item;       /* the item whose panel is in item_bin */
  guint             n_items;
  gboolean          rebuilding;       /* row-selected comes from a rebuild */
  TfMeetingDetails *details;          /* borrowed: details_bin owns it */
};

gboolean _tf_meeting_window_editable       (TfMeetingWindow *self);
void     _tf_meeting_window_toast          (TfMeetingWindow *self,
                                            const char      *text);
/* A refusal of the core, in full, above everything: it says what to fix. */
void     _tf_meeting_window_show_error     (TfMeetingWindow *self,
                                            const char      *message);
void     _tf_meeting_window_hide_error     (TfMeetingWindow *self);
void     _tf_meeting_window_reload         (TfMeetingWindow *self);
/* tf-meeting-window-actions.c: closing, cancelling, building and
 * rearranging the agenda */
void     _tf_meeting_window_install_actions (GtkWidgetClass *widget_class);
/* Saves minutes still being typed in the item panel; FALSE when refused
 * (the panel says why). */
gboolean _tf_meeting_window_save_pending   (TfMeetingWindow *self);
/* tf-meeting-window-export.c: the minutes as PDF and on paper */
void     _tf_meeting_window_install_export_actions (GtkWidgetClass *widget_class);

G_END_DECLS
