/* tf-filter-row.c — one filter in the case list's sidebar, with its count
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-filter-row.h"

struct _TfFilterRow
{
  GtkListBoxRow  parent_instance;

  /* Template widgets */
  GtkLabel      *title_label;
  GtkLabel      *count_label;

  char          *status;
};

enum {
  PROP_0,
  PROP_STATUS,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TfFilterRow, tf_filter_row, GTK_TYPE_LIST_BOX_ROW)

static void
tf_filter_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TF_TYPE_FILTER_ROW);

  G_OBJECT_CLASS (tf_filter_row_parent_class)->dispose (object);
}

static void
tf_filter_row_finalize (GObject *object)
{
  TfFilterRow *self = TF_FILTER_ROW (object);

  g_free (self->status);

  G_OBJECT_CLASS (tf_filter_row_parent_class)->finalize (object);
}

static void
tf_filter_row_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  TfFilterRow *self = TF_FILTER_ROW (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      g_value_set_string (value, self->status);
      break;
    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_label (self->title_label));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_filter_row_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  TfFilterRow *self = TF_FILTER_ROW (object);

  switch (prop_id)
    {
    case PROP_STATUS:
      self->status = g_value_dup_string (value);
      break;
    case PROP_TITLE:
      gtk_label_set_label (self->title_label, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_filter_row_class_init (TfFilterRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_filter_row_dispose;
  object_class->finalize = tf_filter_row_finalize;
  object_class->get_property = tf_filter_row_get_property;
  object_class->set_property = tf_filter_row_set_property;

  properties[PROP_STATUS] =
    g_param_spec_string ("status", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-filter-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TfFilterRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, TfFilterRow, count_label);
}

static void
tf_filter_row_init (TfFilterRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tf_filter_row_new (const char *status,
                   const char *title)
{
  return g_object_new (TF_TYPE_FILTER_ROW, "status", status, "title", title, NULL);
}

const char *
tf_filter_row_get_status (TfFilterRow *self)
{
  g_return_val_if_fail (TF_IS_FILTER_ROW (self), NULL);
  return self->status;
}

void
tf_filter_row_set_count (TfFilterRow *self,
                         guint        count)
{
  g_autofree char *text = NULL;
  g_autofree char *accessible = NULL;

  g_return_if_fail (TF_IS_FILTER_ROW (self));

  text = g_strdup_printf ("%u", count);
  gtk_label_set_label (self->count_label, text);

  /* A screen reader reads the row as one thing: "Active, 96 cases". */
  accessible = g_strdup_printf (ngettext ("%s, %u case", "%s, %u cases", count),
                                gtk_label_get_label (self->title_label), count);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}
