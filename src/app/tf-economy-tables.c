/* tf-economy-tables.c — the economy window's tables of TfEconomyRow
 *
 * One column per figure, right-aligned money, and a status column that
 * says "Over budget" in words beside an icon, so colour is never the only
 * sign. Every column sorts by its own value (not its text), through the
 * rows' properties.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "taskforce.h"
#include "tf-economy-tables.h"

static void
setup_money_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

static void
bind_money_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  const char *property = user_data;
  TfEconomyRow *row = gtk_list_item_get_item (item);
  g_autofree char *text = NULL;
  gint64 ore = 0;

  g_object_get (row, property, &ore, NULL);
  text = tf_format_money (ore);
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

static void
setup_name_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_name_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  TfEconomyRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), tf_economy_row_get_label (row));
  gtk_widget_set_tooltip_text (label, tf_economy_row_get_label (row));
}

static void
setup_status_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (_("Over budget"));

  /* The word says it; the icon only catches the eye. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (box, "error");
  gtk_list_item_set_child (item, box);
}

static void
bind_status_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  TfEconomyRow *row = gtk_list_item_get_item (item);

  gtk_widget_set_visible (gtk_list_item_get_child (item), tf_economy_row_get_over_budget (row));
}

static void
append_column (GtkColumnView *view,
               const char    *title,
               GCallback      setup,
               GCallback      bind,
               gpointer       data,
               GtkSorter     *sorter,
               gboolean       expand)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *column;

  g_signal_connect (factory, "setup", setup, data);
  g_signal_connect (factory, "bind", bind, data);
  column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_sorter (column, sorter);
  gtk_column_view_column_set_expand (column, expand);
  gtk_column_view_column_set_resizable (column, TRUE);
  gtk_column_view_append_column (view, column);
  g_object_unref (sorter);
  g_object_unref (column);
}

static GtkSorter *
numeric_sorter (const char *property)
{
  return GTK_SORTER (gtk_numeric_sorter_new (gtk_property_expression_new (TF_TYPE_ECONOMY_ROW, NULL, property)));
}

GtkSortListModel *
_tf_economy_table_setup (GtkColumnView      *view,
                         TfEconomyTableKind  kind)
{
  static const char *names[] = { N_("Area"), N_("Organisation"), N_("Young person") };
  static const struct { const char *property; const char *title; gboolean budget_only; } money[] = {
    { "budget", N_("Budget"), TRUE },
    { "spent", N_("Spent"), FALSE },
    { "committed", N_("Committed"), FALSE },
    { "left", N_("Left"), TRUE },
    { "forecast", N_("Forecast"), FALSE },
  };
  GtkSortListModel *sorted;
  GtkSelectionModel *selection;
  GtkSorter *by_name;

  by_name = GTK_SORTER (gtk_string_sorter_new (gtk_property_expression_new (TF_TYPE_ECONOMY_ROW, NULL, "label")));
  append_column (view, _(names[kind]), G_CALLBACK (setup_name_cb), G_CALLBACK (bind_name_cb), NULL,
                 by_name, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (money); i++)
    {
      /* Organisations and young people have no budget of their own. */
      if (money[i].budget_only && kind != TF_ECONOMY_TABLE_AREA)
        continue;
      append_column (view, _(money[i].title), G_CALLBACK (setup_money_cb), G_CALLBACK (bind_money_cb),
                     (gpointer) money[i].property, numeric_sorter (money[i].property), FALSE);
    }
  if (kind == TF_ECONOMY_TABLE_AREA)
    append_column (view, _("Status"), G_CALLBACK (setup_status_cb), G_CALLBACK (bind_status_cb), NULL,
                   numeric_sorter ("over-budget"), FALSE);

  /* Unsorted until a header is clicked: the core's own order (areas in
   * the catalogue's order, the others by forecast, largest first). */
  sorted = gtk_sort_list_model_new (NULL, g_object_ref (gtk_column_view_get_sorter (view)));
  if (kind == TF_ECONOMY_TABLE_YOUNG_PERSON)
    {
      GtkSingleSelection *single = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (sorted)));

      gtk_single_selection_set_autoselect (single, FALSE);
      gtk_single_selection_set_can_unselect (single, TRUE);
      selection = GTK_SELECTION_MODEL (single);
    }
  else
    selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (sorted))));
  gtk_column_view_set_model (view, selection);
  g_object_unref (selection);
  return sorted;
}
