/* tf-session.h — who is at the desk; travels with every store call
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-store.h"

G_BEGIN_DECLS

typedef enum
{
  TF_ROLE_COORDINATOR,
  TF_ROLE_CASEWORKER,
  TF_ROLE_MEMBER,
  TF_ROLE_ADMINISTRATOR,
} TfRole;

#define TF_TYPE_SESSION (tf_session_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfSession, tf_session, TF, SESSION, GObject)

TF_AVAILABLE_IN_ALL
TfSession  *tf_session_new_for_login  (TfStore     *store,
                                       const char  *login,
                                       const char  *real_name,
                                       GError     **error);
TF_AVAILABLE_IN_ALL
TfSession  *tf_session_new_for_os_user (TfStore    *store,
                                        GError    **error);
TF_AVAILABLE_IN_ALL
TfStore    *tf_session_get_store      (TfSession   *self);
TF_AVAILABLE_IN_ALL
gint64      tf_session_get_staff_id   (TfSession   *self);
TF_AVAILABLE_IN_ALL
const char *tf_session_get_login      (TfSession   *self);
TF_AVAILABLE_IN_ALL
const char *tf_session_get_staff_name (TfSession   *self);
TF_AVAILABLE_IN_ALL
TfRole      tf_session_get_role       (TfSession   *self);

G_END_DECLS
