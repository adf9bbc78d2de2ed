/* tf-registry.h — what the enabled work areas contribute, for everyone to look up
 *
 * Plugins add their areas in TfAreaAddin.load() and take them back in
 * unload(). The shell, the record store, reminders, demo data and reports
 * look forms, indicators and deadlines up here; none knows a plugin by name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-area.h"

G_BEGIN_DECLS

#define TF_TYPE_REGISTRY (tf_registry_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfRegistry, tf_registry, TF, REGISTRY, GObject)

/* Signals: "area-added" (TfArea*), "area-removed" (TfArea*). */

TF_AVAILABLE_IN_ALL
TfRegistry  *tf_registry_new              (void);
/* Fails (TF_ERROR_INVALID) when an area, form or indicator id is taken. */
TF_AVAILABLE_IN_ALL
gboolean     tf_registry_add_area         (TfRegistry  *self,
                                           TfArea      *area,
                                           GError     **error);
TF_AVAILABLE_IN_ALL
void         tf_registry_remove_area      (TfRegistry  *self,
                                           const char  *area_id);
/* GListModel of TfArea, sorted by priority, then id. */
TF_AVAILABLE_IN_ALL
GListModel  *tf_registry_get_areas        (TfRegistry  *self);
TF_AVAILABLE_IN_ALL
TfArea      *tf_registry_find_area        (TfRegistry  *self,
                                           const char  *area_id);
TF_AVAILABLE_IN_ALL
TfForm      *tf_registry_find_form        (TfRegistry  *self,
                                           const char  *form_id);
TF_AVAILABLE_IN_ALL
TfIndicator *tf_registry_find_indicator   (TfRegistry  *self,
                                           const char  *indicator_id);
/* Every indicator of every area (transfer container; elements transfer none). */
TF_AVAILABLE_IN_ALL
GPtrArray   *tf_registry_list_indicators  (TfRegistry  *self);
/* Every deadline rule of every area (transfer container). */
TF_AVAILABLE_IN_ALL
GPtrArray   *tf_registry_list_deadline_rules (TfRegistry *self);

G_END_DECLS
