/* tf-organisation.h — the taskforce's member organisations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-session.h"

G_BEGIN_DECLS

#define TF_TYPE_ORGANISATION (tf_organisation_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfOrganisation, tf_organisation, TF, ORGANISATION, GObject)

/* Read-only properties: "id" (int64), "code", "name", "area" (a work-area id
 * or "coordination"), "fixed-member" (boolean: fast medlem, else ad hoc). */
TF_AVAILABLE_IN_ALL
gint64      tf_organisation_get_id           (TfOrganisation *self);
TF_AVAILABLE_IN_ALL
const char *tf_organisation_get_code         (TfOrganisation *self);
TF_AVAILABLE_IN_ALL
const char *tf_organisation_get_name         (TfOrganisation *self);
TF_AVAILABLE_IN_ALL
const char *tf_organisation_get_area         (TfOrganisation *self);
TF_AVAILABLE_IN_ALL
gboolean    tf_organisation_get_fixed_member (TfOrganisation *self);

/* Every member organisation: fixed members first, then by name
 * (GListModel of TfOrganisation). */
TF_AVAILABLE_IN_ALL
GListModel *tf_organisation_list             (TfSession      *session,
                                              GError        **error);

G_END_DECLS
