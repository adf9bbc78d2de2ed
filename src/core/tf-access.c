/* tf-access.c — the one place that decides what the person at the desk may see and change
 *
 * Every store function that reads or writes case data asks here first, and
 * the case list binds tf_access_case_scope() into its queries. Roles are not
 * yet differentiated: everyone registered may see and change everything. When
 * access rules arrive they change this file only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-access-private.h"
#include "tf-error.h"

#define NARROWED_SCOPE "tf-access-narrowed-scope"

TfCaseScope
tf_access_case_scope (TfSession *session)
{
  TfCaseScope scope = { TRUE, 0 };
  gint64 *narrowed;

  g_return_val_if_fail (TF_IS_SESSION (session), scope);

  narrowed = g_object_get_data (G_OBJECT (session), NARROWED_SCOPE);
  if (tf_session_get_staff_id (session) <= 0)
    {
      /* No staff member: nothing visible. */
      scope.all_cases = FALSE;
      scope.coordinator_id = -1;
    }
  else if (narrowed != NULL)
    {
      scope.all_cases = FALSE;
      scope.coordinator_id = *narrowed;
    }
  return scope;
}

void
_tf_access_narrow_case_scope (TfSession *session,
                              gint64     coordinator_id)
{
  gint64 *narrowed = g_new (gint64, 1);

  g_return_if_fail (TF_IS_SESSION (session));

  *narrowed = coordinator_id;
  g_object_set_data_full (G_OBJECT (session), NARROWED_SCOPE, narrowed, g_free);
}

static gboolean
is_known (TfSession  *session,
          GError    **error)
{
  if (tf_session_get_staff_id (session) > 0)
    return TRUE;
  g_set_error (error, TF_ERROR, TF_ERROR_DENIED,
               _("%s is not registered as a staff member of the taskforce."),
               tf_session_get_login (session));
  return FALSE;
}

gboolean
tf_access_check_case (TfSession      *session,
                      TfAccessRight   right,
                      gint64          case_id,
                      GError        **error)
{
  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  return is_known (session, error);
}

gboolean
tf_access_check_store (TfSession      *session,
                       TfAccessRight   right,
                       GError        **error)
{
  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  return is_known (session, error);
}

gboolean
tf_access_may_see_cpr (TfSession *session)
{
  g_return_val_if_fail (TF_IS_SESSION (session), FALSE);
  /* The coordinators and caseworkers identify young people by CPR number; a
   * member organisation's staff see it masked. */
  switch (tf_session_get_role (session))
    {
    case TF_ROLE_COORDINATOR:
    case TF_ROLE_CASEWORKER:
    case TF_ROLE_ADMINISTRATOR:
      return TRUE;
    case TF_ROLE_MEMBER:
    default:
      return FALSE;
    }
}
