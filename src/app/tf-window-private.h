/* tf-window-private.h — the main window's instance, shared by its split files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-filter-row.h"
#include "tf-window.h"

G_BEGIN_DECLS

/* What a column's sorter reports when the view asks it to compare: which
 * TfCaseSort it stands for (see tf-window.c, "Sorting"). */
typedef struct
{
  TfWindow   *window;
  TfCaseSort  sort;
} TfSortProbe;

struct _TfWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  GtkToggleButton      *sidebar_button;
  GtkButton            *new_case_button;
  GtkToggleButton      *search_button;
  GtkStack             *main_stack;
  GtkButton            *demo_button;
  GtkProgressBar       *demo_progress;
  AdwFlap              *flap;
  GtkListBox           *filter_list;
  GtkCheckButton       *follow_up_check;
  GtkLabel             *follow_up_count;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkStack             *list_stack;
  AdwStatusPage        *no_results_page;
  GtkColumnView        *case_view;
  GtkColumnViewColumn  *name_column;
  GtkColumnViewColumn  *cpr_column;
  GtkColumnViewColumn  *age_column;
  GtkColumnViewColumn  *status_column;
  GtkColumnViewColumn  *coordinator_column;
  GtkColumnViewColumn  *follow_up_column;
  GtkColumnViewColumn  *school_column;
  GtkLabel             *count_label;
  GtkInfoBar           *trace_bar;
  GtkLabel             *trace_label;
  gboolean              views_added;     /* the views after the cases are in the stack */

  /* Owned */
  TfSession            *session;
  TfCaseListModel      *model;
  GtkSliceListModel    *first_rows;     /* the view's model until the first frame */
  GSettings            *settings;
  GCancellable         *demo_cancellable;   /* set while demo data is being filled in */
  GtkNativeDialog      *backup_chooser;
  guint                 update_idle;
  char                 *trace_title;    /* the figure whose cases the list shows, or NULL */

  /* Borrowed: the filter list owns them. [0] is "All", [1 + status] the statuses. */
  TfFilterRow          *filter_rows[TF_N_CASE_STATUSES + 1];

  /* Sorting */
  TfSortProbe           probes[TF_N_CASE_SORTS];
  int                   probed_sort;
};

void _tf_window_class_actions_init (TfWindowClass *klass);
/* win.show-cases, win.show-all-cases, win.show-figures and the bar above a
 * restricted list (tf-window-trace.c). */
void _tf_window_class_trace_init   (TfWindowClass *klass);
/* Says what the restricted list shows; called with the counts. */
void _tf_window_update_trace       (TfWindow      *self);
void _tf_window_open_case          (TfWindow      *self,
                                    gint64         case_id);
void _tf_window_queue_update       (TfWindow      *self);
void _tf_window_add_error_toast    (TfWindow      *self,
                                    const char    *message);
/* Shows the page @name ("cases", "meetings", "overview", "reports") of the
 * view switcher. */
void _tf_window_show_view          (TfWindow      *self,
                                    const char    *name);
/* The view of page @name, built now if it has not been shown yet (the
 * views after the cases are built on first show); NULL for no such page. */
GtkWidget *_tf_window_get_view     (TfWindow      *self,
                                    const char    *name);

G_END_DECLS
