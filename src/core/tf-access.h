/* tf-access.h — the one place that decides what the person at the desk may see and change
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-session.h"

G_BEGIN_DECLS

typedef enum
{
  TF_ACCESS_VIEW,
  TF_ACCESS_EDIT,
  TF_ACCESS_CREATE,
  TF_ACCESS_DELETE,
  TF_ACCESS_EXPORT,
} TfAccessRight;

/* How the case list and searches narrow what they return. The store binds
 * these as parameters; it never builds SQL from them. */
typedef struct
{
  gboolean all_cases;       /* no restriction */
  gint64   coordinator_id;  /* when !all_cases: only cases this staff member coordinates */
} TfCaseScope;

TF_AVAILABLE_IN_ALL
TfCaseScope tf_access_case_scope    (TfSession     *session);
TF_AVAILABLE_IN_ALL
gboolean    tf_access_check_case    (TfSession     *session,
                                     TfAccessRight  right,
                                     gint64         case_id,
                                     GError       **error);
TF_AVAILABLE_IN_ALL
gboolean    tf_access_check_store   (TfSession     *session,
                                     TfAccessRight  right,
                                     GError       **error);
TF_AVAILABLE_IN_ALL
gboolean    tf_access_may_see_cpr   (TfSession     *session);

G_END_DECLS
