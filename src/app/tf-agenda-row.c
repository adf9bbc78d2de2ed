/* tf-agenda-row.c — an agenda item in the meeting window's sidebar
 *
 * "1  Emil Nørgaard — follow-up" with why it is on the agenda below. The
 * first row of the sidebar is the same kind of row without an item: the
 * meeting itself and its participants.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-agenda-row.h"

struct _TfAgendaRow
{
  GtkListBoxRow parent_instance;

  gint64        item_id;
  int           position;
};

G_DEFINE_FINAL_TYPE (TfAgendaRow, tf_agenda_row, GTK_TYPE_LIST_BOX_ROW)

static void
tf_agenda_row_class_init (TfAgendaRowClass *klass)
{
}

static void
tf_agenda_row_init (TfAgendaRow *self)
{
}

static GtkWidget *
label_new (const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* A long title must not widen the sidebar; the tooltip has it in full. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 26);
  gtk_label_set_width_chars (GTK_LABEL (label), 20);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/**
 * tf_agenda_row_new:
 * @item: (nullable): the item; NULL for the meeting's own row
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
tf_agenda_row_new (TfAgendaItem *item)
{
  TfAgendaRow *self = g_object_new (TF_TYPE_AGENDA_ROW, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *number = NULL;
  g_autofree char *name = NULL;
  GtkWidget *lead;

  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (texts, TRUE);
  if (item == NULL)
    {
      lead = gtk_image_new_from_icon_name ("system-users-symbolic");
      gtk_accessible_update_property (GTK_ACCESSIBLE (lead), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
      gtk_box_append (GTK_BOX (texts), label_new (_("Meeting and participants"), NULL));
      name = g_strdup (_("Meeting and participants"));
    }
  else
    {
      self->item_id = tf_agenda_item_get_id (item);
      self->position = tf_agenda_item_get_position (item);
      number = g_strdup_printf ("%d", self->position);
      lead = label_new (number, "numeric");
      gtk_label_set_width_chars (GTK_LABEL (lead), 2);
      gtk_label_set_xalign (GTK_LABEL (lead), 1);
      gtk_widget_add_css_class (lead, "dim-label");
      gtk_box_append (GTK_BOX (texts), label_new (tf_agenda_item_get_title (item), NULL));
      gtk_box_append (GTK_BOX (texts),
                      label_new (tf_agenda_reason_label (tf_agenda_item_get_reason (item)),
                                 "caption"));
      gtk_widget_add_css_class (gtk_widget_get_last_child (texts), "dim-label");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self), tf_agenda_item_get_title (item));
      /* Translators: how a screen reader names an agenda item in the sidebar:
       * "Item 3: Emil Nørgaard — follow-up" */
      name = g_strdup_printf (_("Item %d: %s"), self->position, tf_agenda_item_get_title (item));
    }
  gtk_widget_set_valign (lead, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), lead);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return GTK_WIDGET (self);
}

gint64
tf_agenda_row_get_item_id (TfAgendaRow *self)
{
  g_return_val_if_fail (TF_IS_AGENDA_ROW (self), 0);
  return self->item_id;
}

int
tf_agenda_row_get_position (TfAgendaRow *self)
{
  g_return_val_if_fail (TF_IS_AGENDA_ROW (self), 0);
  return self->position;
}
