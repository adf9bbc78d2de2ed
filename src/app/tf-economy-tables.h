/* tf-economy-tables.h — the economy window's tables of TfEconomyRow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum {
  TF_ECONOMY_TABLE_AREA,
  TF_ECONOMY_TABLE_ORGANISATION,
  TF_ECONOMY_TABLE_YOUNG_PERSON,
} TfEconomyTableKind;

/* Gives @view its columns (name, budget and left only where rows have a
 * budget, spent, committed, forecast, status), each sortable by clicking
 * its header. Returns (transfer full) the sort model the rows go into:
 * gtk_sort_list_model_set_model() it with a GListModel of TfEconomyRow. */
GtkSortListModel *_tf_economy_table_setup (GtkColumnView      *view,
                                           TfEconomyTableKind  kind);

G_END_DECLS
