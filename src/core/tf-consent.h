/* tf-consent.h — consent (samtykke) to share information about a young person
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-session.h"

G_BEGIN_DECLS

#define TF_TYPE_CONSENT (tf_consent_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfConsent, tf_consent, TF, CONSENT, GObject)

/* How many days before a consent runs out the header warns. */
#define TF_CONSENT_WARN_DAYS 14
/* How long before the referral a consent may start: a consent is often
 * signed at the first talk, some days before the referral is registered. */
#define TF_CONSENT_DAYS_BEFORE_REFERRAL 30

/* Read-only properties: "id", "case-id", "version" (int64),
 * "by-young-person", "by-guardians" (boolean), "guardian-names",
 * "valid-from", "valid-until" (ISO), "note", "withdrawn-on" (ISO or NULL),
 * "withdrawn-note", "author-name", "organisation-names" (strv). */
TF_AVAILABLE_IN_ALL
gint64              tf_consent_get_id                 (TfConsent  *self);
TF_AVAILABLE_IN_ALL
gint64              tf_consent_get_case_id            (TfConsent  *self);
/* Goes up by one with every change; an edit names the version it started from. */
TF_AVAILABLE_IN_ALL
gint64              tf_consent_get_version            (TfConsent  *self);
TF_AVAILABLE_IN_ALL
gboolean            tf_consent_get_by_young_person    (TfConsent  *self);
TF_AVAILABLE_IN_ALL
gboolean            tf_consent_get_by_guardians       (TfConsent  *self);
TF_AVAILABLE_IN_ALL
const char         *tf_consent_get_guardian_names     (TfConsent  *self);
TF_AVAILABLE_IN_ALL
const char         *tf_consent_get_valid_from         (TfConsent  *self);
TF_AVAILABLE_IN_ALL
const char         *tf_consent_get_valid_until        (TfConsent  *self);
TF_AVAILABLE_IN_ALL
const char         *tf_consent_get_note               (TfConsent  *self);
TF_AVAILABLE_IN_ALL
const char         *tf_consent_get_withdrawn_on       (TfConsent  *self);
TF_AVAILABLE_IN_ALL
const char         *tf_consent_get_withdrawn_note     (TfConsent  *self);
TF_AVAILABLE_IN_ALL
const char         *tf_consent_get_author_name        (TfConsent  *self);
/* The member organisations that may share information, fixed members first;
 * ids and names in the same order. */
TF_AVAILABLE_IN_ALL
const gint64       *tf_consent_get_organisation_ids   (TfConsent  *self,
                                                       guint      *n_ids);
TF_AVAILABLE_IN_ALL
const char * const *tf_consent_get_organisation_names (TfConsent  *self);
TF_AVAILABLE_IN_ALL
gboolean            tf_consent_covers_organisation    (TfConsent  *self,
                                                       gint64      organisation_id);
/* Valid on @day (ISO): valid_from ≤ @day ≤ valid_until, and not withdrawn
 * on or before @day (withdrawal takes effect on its date). */
TF_AVAILABLE_IN_ALL
gboolean            tf_consent_is_valid_on            (TfConsent  *self,
                                                       const char *day);

/* Every consent of a case, newest first (by valid_from, then id): a
 * GListModel of TfConsent. */
TF_AVAILABLE_IN_ALL
GListModel         *tf_consent_list_for_case          (TfSession  *session,
                                                       gint64      case_id,
                                                       GError    **error);
TF_AVAILABLE_IN_ALL
TfConsent          *tf_consent_load                   (TfSession  *session,
                                                       gint64      consent_id,
                                                       GError    **error);
/* Consents of open cases that run out within @days days of @today (ISO;
 * NULL for today): valid_until in [today, today + days], not withdrawn, and
 * not followed by another consent that carries on from the day after — a
 * case whose consent is already renewed needs no reminder. Soonest first:
 * a GListModel of TfConsent (case id, id and valid until tell the rest). */
TF_AVAILABLE_IN_ALL
GListModel         *tf_consent_list_expiring          (TfSession  *session,
                                                       const char *today,
                                                       guint       days,
                                                       GError    **error);

/* What a case's consents mean on one day. */
typedef struct
{
  gboolean  valid;              /* some consent is valid that day */
  /* The last day of unbroken consent from that day: the latest end among
   * the consents valid that day, carried on by any consent that starts by
   * the day after (a renewal). NULL when !valid. */
  char     *valid_until;
  int       days_left;          /* days from that day to valid_until; 0 = last day */
  gboolean  runs_out_soon;      /* valid and days_left < TF_CONSENT_WARN_DAYS */
  /* The organisations the consents valid that day cover, fixed members
   * first; ids and names in the same order (both NULL-free, never NULL). */
  GArray   *organisation_ids;   /* of gint64 */
  char    **organisation_names;
  /* When no consent is valid: the next day one starts, else NULL. */
  char     *next_from;
} TfConsentState;

TF_AVAILABLE_IN_ALL
void                tf_consent_state_clear            (TfConsentState *state);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TfConsentState, tf_consent_state_clear)

/* Fills @state for @case_id on @today (ISO; NULL for today). Clear it with
 * tf_consent_state_clear() (or g_auto) also after a failure. */
TF_AVAILABLE_IN_ALL
gboolean            tf_consent_state_for_case         (TfSession       *session,
                                                       gint64           case_id,
                                                       const char      *today,
                                                       TfConsentState  *state,
                                                       GError         **error);

/* What the editor hands the core to create or change a consent. */
typedef struct
{
  gint64        id;                /* 0 for a new consent */
  gint64        version;           /* for an edit: the version it started from */
  gint64        case_id;           /* for a new consent; an edit keeps its case */
  gboolean      by_young_person;
  gboolean      by_guardians;
  const char   *guardian_names;    /* as written on the form; may be NULL */
  const char   *valid_from;        /* ISO */
  const char   *valid_until;       /* ISO */
  const char   *note;              /* may be NULL */
  const gint64 *organisation_ids;
  guint         n_organisations;
} TfConsentDraft;

/**
 * tf_consent_validate:
 *
 * Checks a draft against the rules: someone gave it (the young person or
 * the guardians), at least one organisation, real dates, valid until not
 * before valid from, valid from not more than
 * %TF_CONSENT_DAYS_BEFORE_REFERRAL days before the case's referral.
 *
 * Returns: (transfer full) (nullable): %NULL when all is well, else a table
 * of field → translated message saying what to fix. Fields: "given-by",
 * "organisations", "valid-from", "valid-until".
 */
TF_AVAILABLE_IN_ALL
GHashTable         *tf_consent_validate               (TfSession            *session,
                                                       const TfConsentDraft *draft);
/* The field of @errors to show first (in the form's order). */
TF_AVAILABLE_IN_ALL
const char         *tf_consent_first_error_field      (GHashTable           *errors);

/**
 * tf_consent_save:
 *
 * Creates (draft->id == 0) or changes a consent with its organisations and
 * an audit event in one transaction. Fails with TF_ERROR_INVALID (the
 * message of the first bad field, or that a withdrawn consent cannot be
 * changed), TF_ERROR_CONFLICT when another desk saved it since
 * draft->version, TF_ERROR_NOT_FOUND when it is gone. Nothing is written
 * on failure.
 *
 * Returns: the consent's id, 0 on failure
 */
TF_AVAILABLE_IN_ALL
gint64              tf_consent_save                   (TfSession            *session,
                                                       const TfConsentDraft *draft,
                                                       GError              **error);
/**
 * tf_consent_withdraw:
 * @withdrawn_on: ISO; the first day the consent no longer holds
 * @note: (nullable): why, or how it was withdrawn
 *
 * Refused (TF_ERROR_INVALID) for a date before the consent's valid from or
 * after today, or when it is already withdrawn; TF_ERROR_CONFLICT when the
 * consent changed since @expected_version.
 */
TF_AVAILABLE_IN_ALL
gboolean            tf_consent_withdraw               (TfSession            *session,
                                                       gint64                consent_id,
                                                       gint64                expected_version,
                                                       const char           *withdrawn_on,
                                                       const char           *note,
                                                       GError              **error);

G_END_DECLS
