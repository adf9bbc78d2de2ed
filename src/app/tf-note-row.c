/* tf-note-row.c — one journal note in a case's overview
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-note-row.h"

struct _TfNoteRow
{
  GtkListBoxRow  parent_instance;

  /* Template widgets */
  GtkLabel      *meta_label;
  GtkLabel      *body_label;
};

G_DEFINE_FINAL_TYPE (TfNoteRow, tf_note_row, GTK_TYPE_LIST_BOX_ROW)

static void
tf_note_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TF_TYPE_NOTE_ROW);

  G_OBJECT_CLASS (tf_note_row_parent_class)->dispose (object);
}

static void
tf_note_row_class_init (TfNoteRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_note_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-note-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TfNoteRow, meta_label);
  gtk_widget_class_bind_template_child (widget_class, TfNoteRow, body_label);
}

static void
tf_note_row_init (TfNoteRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * tf_note_row_new:
 * @note: (nullable): the note to show; %NULL gives an empty row
 *
 * Returns: (transfer floating): a row showing when and by whom the note was
 *   written, and its text
 */
GtkWidget *
tf_note_row_new (TfNote *note)
{
  TfNoteRow *self = g_object_new (TF_TYPE_NOTE_ROW, NULL);
  g_autofree char *date = NULL;
  g_autofree char *meta = NULL;
  const char *author;

  if (note == NULL)
    return GTK_WIDGET (self);

  date = tf_format_date (tf_note_get_written_on (note));
  author = tf_note_get_author_name (note);
  if (author != NULL && *author != '\0')
    /* Translators: when a note was written and by whom: "3. dec. 2025 · Mette Holm" */
    meta = g_strdup_printf (_("%s · %s"), date, author);
  else
    meta = g_strdup (date);
  gtk_label_set_label (self->meta_label, meta);
  gtk_label_set_label (self->body_label, tf_note_get_body (note));
  return GTK_WIDGET (self);
}
