/* tf-agenda-item-panel.c — one agenda item of a meeting (stand-in)
 *
 * Stand-in for the meeting window's branch: shows the item's title only.
 * The real panel (what changed, discussion and decision, tasks) replaces
 * this file pair at merge.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-agenda-item-panel.h"

struct _TfAgendaItemPanel
{
  GtkBox     parent_instance;

  TfSession *session;
  gint64     item_id;
  GtkLabel  *title;
};

enum {
  PROP_0,
  PROP_SESSION,
  PROP_ITEM_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TfAgendaItemPanel, tf_agenda_item_panel, GTK_TYPE_BOX)

static void
tf_agenda_item_panel_constructed (GObject *object)
{
  TfAgendaItemPanel *self = TF_AGENDA_ITEM_PANEL (object);
  g_autoptr(TfAgendaItem) item = NULL;
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (tf_agenda_item_panel_parent_class)->constructed (object);

  if (self->session != NULL)
    item = tf_agenda_item_load (self->session, self->item_id, &error);
  gtk_label_set_text (self->title, item != NULL ? tf_agenda_item_get_title (item)
                                                : error != NULL ? error->message : "");
}

static void
tf_agenda_item_panel_dispose (GObject *object)
{
  TfAgendaItemPanel *self = TF_AGENDA_ITEM_PANEL (object);

  g_clear_object (&self->session);
  G_OBJECT_CLASS (tf_agenda_item_panel_parent_class)->dispose (object);
}

static void
tf_agenda_item_panel_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TfAgendaItemPanel *self = TF_AGENDA_ITEM_PANEL (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_ITEM_ID:
      g_value_set_int64 (value, self->item_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_agenda_item_panel_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TfAgendaItemPanel *self = TF_AGENDA_ITEM_PANEL (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_ITEM_ID:
      self->item_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_agenda_item_panel_class_init (TfAgendaItemPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tf_agenda_item_panel_constructed;
  object_class->dispose = tf_agenda_item_panel_dispose;
  object_class->get_property = tf_agenda_item_panel_get_property;
  object_class->set_property = tf_agenda_item_panel_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM_ID] =
    g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tf_agenda_item_panel_init (TfAgendaItemPanel *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  self->title = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->title), "title-2");
  gtk_widget_set_margin_top (GTK_WIDGET (self->title), 24);
  gtk_label_set_wrap (self->title, TRUE);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->title));
}

GtkWidget *
tf_agenda_item_panel_new (TfSession *session,
                          gint64     item_id)
{
  return g_object_new (TF_TYPE_AGENDA_ITEM_PANEL, "session", session, "item-id", item_id, NULL);
}
