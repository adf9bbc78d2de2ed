/* tf-case-columns.c — the cells of the case list
 *
 * The list view of GTK 4.8 keeps up to 200 rows alive, so a cell must be
 * cheap to make and to bind: a plain widget made in code and one property
 * read per bind, rather than a GtkBuilder template parsed per cell with
 * expression watches. Tooltips for cut-off text come from the view (see
 * tf-window.c), not from each cell.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "taskforce.h"

#include "tf-case-columns.h"
#include "tf-follow-up-label.h"

/* Text cells: a label showing one string property of the TfCaseSummary */

static void
setup_text_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label),
                             GPOINTER_TO_INT (g_object_get_data (G_OBJECT (factory), "width-chars")));
  gtk_list_item_set_child (item, label);
}

static void
bind_text_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              const char               *property)
{
  g_autofree char *text = NULL;

  g_object_get (gtk_list_item_get_item (item), property, &text, NULL);
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text != NULL ? text : "");
}

/* @property: a string property of TfCaseSummary (an interned string or a
 * literal: the factory keeps the pointer). @width_chars: the column's
 * natural width in characters, or -1. */
void
tf_case_column_show_text (GtkColumnViewColumn *column,
                          const char          *property,
                          int                  width_chars)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_object_set_data (G_OBJECT (factory), "width-chars", GINT_TO_POINTER (width_chars));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_text_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_text_cb), (gpointer) property);
  gtk_column_view_column_set_factory (column, factory);
}

/* The follow-up cell: the date, with a warning when the case needs follow-up */

static void
setup_follow_up_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  gtk_list_item_set_child (item, tf_follow_up_label_new ());
}

static void
bind_follow_up_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  TfFollowUpLabel *label = TF_FOLLOW_UP_LABEL (gtk_list_item_get_child (item));
  g_autofree char *text = NULL;
  g_autofree char *warning = NULL;
  g_autofree char *reason = NULL;
  gboolean overdue = FALSE;

  g_object_get (gtk_list_item_get_item (item),
                "follow-up-label", &text, "follow-up-overdue", &overdue,
                "follow-up-warning", &warning, "follow-up-reason", &reason, NULL);
  tf_follow_up_label_set_label (label, text);
  tf_follow_up_label_set_overdue (label, overdue);
  tf_follow_up_label_set_warning (label, warning, reason);
}

void
tf_case_column_show_follow_up (GtkColumnViewColumn *column)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_follow_up_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_follow_up_cb), NULL);
  gtk_column_view_column_set_factory (column, factory);
}
