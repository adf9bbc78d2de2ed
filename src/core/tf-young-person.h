/* tf-young-person.h — a young person and their guardians
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-guardian.h"
#include "tf-session.h"

G_BEGIN_DECLS

#define TF_TYPE_YOUNG_PERSON (tf_young_person_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfYoungPerson, tf_young_person, TF, YOUNG_PERSON, GObject)

/* Properties (read-write strings unless noted):
 *  "id" (int64, read-only; 0 until saved), "version" (int64, read-only),
 *  "first-name", "last-name", "cpr" (as typed: "DDMMYY-SSSS" or ten digits;
 *  stored as digits), "birth-date" (ISO), "gender" ("girl", "boy", "other",
 *  "unspecified"), "address", "postcode", "city", "school", "school-class",
 *  "phone", "guardians" (GListModel of TfGuardian, read-only; add/remove
 *  with the functions below).
 *
 * Field names for validation messages are the property names; a guardian's
 * fields are "guardian-N-name", "guardian-N-phone", ... (N from 0). */

TF_AVAILABLE_IN_ALL
TfYoungPerson *tf_young_person_new            (void);
TF_AVAILABLE_IN_ALL
gint64         tf_young_person_get_id         (TfYoungPerson *self);
TF_AVAILABLE_IN_ALL
gint64         tf_young_person_get_version    (TfYoungPerson *self);
TF_AVAILABLE_IN_ALL
const char    *tf_young_person_get_first_name (TfYoungPerson *self);
TF_AVAILABLE_IN_ALL
const char    *tf_young_person_get_last_name  (TfYoungPerson *self);
/* "First Last" (transfer full). */
TF_AVAILABLE_IN_ALL
char          *tf_young_person_dup_full_name  (TfYoungPerson *self);
TF_AVAILABLE_IN_ALL
const char    *tf_young_person_get_cpr        (TfYoungPerson *self);
TF_AVAILABLE_IN_ALL
const char    *tf_young_person_get_birth_date (TfYoungPerson *self);
TF_AVAILABLE_IN_ALL
const char    *tf_young_person_get_gender     (TfYoungPerson *self);
TF_AVAILABLE_IN_ALL
const char    *tf_young_person_get_address    (TfYoungPerson *self);
TF_AVAILABLE_IN_ALL
const char    *tf_young_person_get_postcode   (TfYoungPerson *self);
TF_AVAILABLE_IN_ALL
const char    *tf_young_person_get_city       (TfYoungPerson *self);
TF_AVAILABLE_IN_ALL
const char    *tf_young_person_get_school     (TfYoungPerson *self);
TF_AVAILABLE_IN_ALL
const char    *tf_young_person_get_school_class (TfYoungPerson *self);
TF_AVAILABLE_IN_ALL
const char    *tf_young_person_get_phone      (TfYoungPerson *self);
TF_AVAILABLE_IN_ALL
GListModel    *tf_young_person_get_guardians  (TfYoungPerson *self);
TF_AVAILABLE_IN_ALL
void           tf_young_person_add_guardian   (TfYoungPerson *self,
                                               TfGuardian    *guardian);
TF_AVAILABLE_IN_ALL
void           tf_young_person_remove_guardian (TfYoungPerson *self,
                                                guint          position);

/**
 * tf_young_person_validate:
 *
 * Checks every field. Returns: (transfer full) (nullable): %NULL when all is
 * well, else a table of field name → translated message saying what to fix.
 * When the CPR number is valid and the birth date is empty, fills the birth
 * date from it.
 */
TF_AVAILABLE_IN_ALL
GHashTable    *tf_young_person_validate       (TfYoungPerson *self);

/* Details of the referral that opens the first case for a new young person. */
typedef struct
{
  const char *referral_date;    /* ISO; NULL for today */
  const char *referral_source;  /* "school", "parents", ... */
  const char *referral_reason;  /* what the worry is about; may be NULL */
  gint64      coordinator_id;   /* 0 for the person at the desk */
} TfReferral;

/* Loads a young person with their guardians. */
TF_AVAILABLE_IN_ALL
TfYoungPerson *tf_young_person_load           (TfSession     *session,
                                               gint64         id,
                                               GError       **error);
/**
 * tf_young_person_save:
 * @referral: (nullable): for a new young person, the referral that opens
 *   their case (required then); ignored when updating
 * @out_case_id: (out) (optional): the case id of a new young person
 *
 * Validates, then writes the young person, their guardians, (for a new one)
 * the case and its first status, and the audit events in one transaction.
 * Fails with TF_ERROR_INVALID (message of the first bad field) when
 * validation fails, TF_ERROR_CONFLICT when another desk saved a newer
 * version since this one was loaded. Nothing is written on failure.
 */
TF_AVAILABLE_IN_ALL
gboolean       tf_young_person_save           (TfSession         *session,
                                               TfYoungPerson     *self,
                                               const TfReferral  *referral,
                                               gint64            *out_case_id,
                                               GError           **error);

/* A young person whose case was closed is referred again: a new case
 * ("referred") with its own history. TF_ERROR_INVALID while the newest case
 * is not closed, or for a referral dated before the closing. */
TF_AVAILABLE_IN_ALL
gboolean       tf_young_person_refer_again    (TfSession         *session,
                                               gint64             young_person_id,
                                               const TfReferral  *referral,
                                               gint64            *out_case_id,
                                               GError           **error);

/* What another desk changed between @before (what I started from) and
 * @after (what they saved): one translated line per detail, NULL-terminated. */
TF_AVAILABLE_IN_ALL
char         **tf_young_person_describe_changes (TfYoungPerson *before,
                                                 TfYoungPerson *after);
/* After a conflict the person chose to keep theirs: the next save overwrites @newer. */
TF_AVAILABLE_IN_ALL
void           tf_young_person_rebase         (TfYoungPerson *self,
                                               TfYoungPerson *newer);

G_END_DECLS
