/* tf-audit.h — the append-only audit log (adgangslog)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-session.h"

G_BEGIN_DECLS

/* Writes one event. Call it inside the transaction of the change it records
 * (for a read such as "view", on its own). @detail_json may be NULL. */
TF_AVAILABLE_IN_ALL
gboolean tf_audit_record (TfSession   *session,
                          const char  *action,
                          const char  *entity,
                          gint64       entity_id,
                          gint64       case_id,
                          const char  *detail_json,
                          GError     **error);

TF_AVAILABLE_IN_ALL
gint64   tf_audit_count  (TfSession   *session,
                          const char  *action,
                          const char  *entity);

/* "Mette Holm, 3. dec. 2026 at 14:32": who last changed @entity @entity_id
 * of case @case_id and when; NULL when the log holds no change of it. */
TF_AVAILABLE_IN_ALL
char    *tf_audit_describe_last_change (TfSession  *session,
                                        const char *entity,
                                        gint64      entity_id,
                                        gint64      case_id);

G_END_DECLS
