/* tf-access-private.h — narrowing a session's case scope, for tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-access.h"

G_BEGIN_DECLS

/* Narrows @session's case scope to the cases @coordinator_id coordinates,
 * as the access rules to come will for a caseworker, so the scoped queries
 * (the case list's, and what hides from a restricted list) can be tested
 * before any role has such a scope. Tests only. */
TF_AVAILABLE_IN_ALL
void _tf_access_narrow_case_scope (TfSession *session,
                                   gint64     coordinator_id);

G_END_DECLS
