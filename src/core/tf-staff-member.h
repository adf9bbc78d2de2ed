/* tf-staff-member.h — the people who work in the taskforce
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-session.h"

G_BEGIN_DECLS

#define TF_TYPE_STAFF_MEMBER (tf_staff_member_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfStaffMember, tf_staff_member, TF, STAFF_MEMBER, GObject)

/* Read-only properties: "id" (int64), "name", "organisation" (name or NULL),
 * "role" (id: coordinator, caseworker, member, administrator). */
TF_AVAILABLE_IN_ALL
gint64      tf_staff_member_get_id           (TfStaffMember *self);
TF_AVAILABLE_IN_ALL
const char *tf_staff_member_get_name         (TfStaffMember *self);
TF_AVAILABLE_IN_ALL
const char *tf_staff_member_get_organisation (TfStaffMember *self);
TF_AVAILABLE_IN_ALL
const char *tf_staff_member_get_role         (TfStaffMember *self);

/* The active staff members, by name (GListModel of TfStaffMember). */
TF_AVAILABLE_IN_ALL
GListModel *tf_staff_member_list_active      (TfSession     *session,
                                              GError       **error);

G_END_DECLS
