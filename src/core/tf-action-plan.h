/* tf-action-plan.h — the action plan (handleplan) made with the young person and the family
 *
 * Plans are versioned: every save is a new row with the next version number;
 * earlier versions are never changed and stay readable.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-plan-goal.h"
#include "tf-session.h"

G_BEGIN_DECLS

/* An assessment domain as the plan needs it. */
typedef struct
{
  gint64  domain_id;
  char   *code;
  char   *title;        /* translated for built-in domains */
  int     score;        /* the professionals' score in @assessed_on's assessment, -1 when none */
  char   *assessed_on;  /* ISO date of that assessment; NULL in tf_action_plan_list_domains() */
} TfPlanDomain;

TF_AVAILABLE_IN_ALL
void          tf_plan_domain_free                (TfPlanDomain  *domain);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfPlanDomain, tf_plan_domain_free)

#define TF_TYPE_ACTION_PLAN (tf_action_plan_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfActionPlan, tf_action_plan, TF, ACTION_PLAN, GObject)

/* A plan being written for @case_id: no id, version 0, no goals. */
TF_AVAILABLE_IN_ALL
TfActionPlan *tf_action_plan_new                 (gint64         case_id);
/* Everything a revision starts from (goals copied with their keys); id,
 * version, author and time are left for the store. */
TF_AVAILABLE_IN_ALL
TfActionPlan *tf_action_plan_copy_for_revision   (TfActionPlan  *self);

TF_AVAILABLE_IN_ALL
gint64        tf_action_plan_get_id              (TfActionPlan  *self);
TF_AVAILABLE_IN_ALL
gint64        tf_action_plan_get_case_id         (TfActionPlan  *self);
/* 1, 2, ...; 0 for a plan not yet saved. */
TF_AVAILABLE_IN_ALL
gint64        tf_action_plan_get_version         (TfActionPlan  *self);
TF_AVAILABLE_IN_ALL
const char   *tf_action_plan_get_author_name     (TfActionPlan  *self);
/* When the version was saved, seconds since the epoch. */
TF_AVAILABLE_IN_ALL
gint64        tf_action_plan_get_created_at      (TfActionPlan  *self);

/* ISO dates: the meeting where the plan was made, the next follow-up. */
TF_AVAILABLE_IN_ALL
const char   *tf_action_plan_get_made_on         (TfActionPlan  *self);
TF_AVAILABLE_IN_ALL
void          tf_action_plan_set_made_on         (TfActionPlan  *self,
                                                  const char    *iso_date);
TF_AVAILABLE_IN_ALL
const char   *tf_action_plan_get_next_follow_up  (TfActionPlan  *self);
TF_AVAILABLE_IN_ALL
void          tf_action_plan_set_next_follow_up  (TfActionPlan  *self,
                                                  const char    *iso_date);
TF_AVAILABLE_IN_ALL
gboolean      tf_action_plan_get_young_person_took_part (TfActionPlan *self);
TF_AVAILABLE_IN_ALL
void          tf_action_plan_set_young_person_took_part (TfActionPlan *self,
                                                         gboolean      took_part);
TF_AVAILABLE_IN_ALL
gboolean      tf_action_plan_get_guardians_took_part    (TfActionPlan *self);
TF_AVAILABLE_IN_ALL
void          tf_action_plan_set_guardians_took_part    (TfActionPlan *self,
                                                         gboolean      took_part);
/* In their own words. */
TF_AVAILABLE_IN_ALL
const char   *tf_action_plan_get_young_person_words (TfActionPlan *self);
TF_AVAILABLE_IN_ALL
void          tf_action_plan_set_young_person_words (TfActionPlan *self,
                                                     const char   *words);
TF_AVAILABLE_IN_ALL
const char   *tf_action_plan_get_guardians_words (TfActionPlan  *self);
TF_AVAILABLE_IN_ALL
void          tf_action_plan_set_guardians_words (TfActionPlan  *self,
                                                  const char    *words);
/* What this version changed, and why. */
TF_AVAILABLE_IN_ALL
const char   *tf_action_plan_get_revision_note   (TfActionPlan  *self);
TF_AVAILABLE_IN_ALL
void          tf_action_plan_set_revision_note   (TfActionPlan  *self,
                                                  const char    *note);

/* GListModel of TfPlanGoal, in the plan's order. */
TF_AVAILABLE_IN_ALL
GListModel   *tf_action_plan_get_goals           (TfActionPlan  *self);
TF_AVAILABLE_IN_ALL
void          tf_action_plan_add_goal            (TfActionPlan  *self,
                                                  TfPlanGoal    *goal);
TF_AVAILABLE_IN_ALL
void          tf_action_plan_remove_goal         (TfActionPlan  *self,
                                                  guint          position);

/* Why a red domain of the assessment has no goal: domain id → text.
 * Setting %NULL removes the reason; an empty text is kept (and refused by
 * the store), so a left-empty field is told rather than dropped. */
TF_AVAILABLE_IN_ALL
const char   *tf_action_plan_get_domain_reason   (TfActionPlan  *self,
                                                  gint64         domain_id);
TF_AVAILABLE_IN_ALL
void          tf_action_plan_set_domain_reason   (TfActionPlan  *self,
                                                  gint64         domain_id,
                                                  const char    *reason);
/* The domain ids that have a reason, ascending (transfer full). */
TF_AVAILABLE_IN_ALL
GArray       *tf_action_plan_dup_reason_domain_ids (TfActionPlan *self);

/* The case's newest version; %NULL without an error when it has none. */
TF_AVAILABLE_IN_ALL
TfActionPlan *tf_action_plan_load_current        (TfSession     *session,
                                                  gint64         case_id,
                                                  GError       **error);
/* One version; TF_ERROR_NOT_FOUND when the case has no such version. */
TF_AVAILABLE_IN_ALL
TfActionPlan *tf_action_plan_load_version        (TfSession     *session,
                                                  gint64         case_id,
                                                  gint64         version,
                                                  GError       **error);
/* Every version of the case's plan, newest first: GListModel of
 * TfActionPlan carrying id, version, made-on, author and created-at only
 * (no goals — load a version for those). */
TF_AVAILABLE_IN_ALL
GListModel   *tf_action_plan_list_versions       (TfSession     *session,
                                                  gint64         case_id,
                                                  GError       **error);

/**
 * tf_action_plan_validate:
 *
 * The plan's rules, checked against the store without writing.
 * Returns: (transfer full) (nullable): field → translated message, %NULL
 * when the plan may be saved (or on @error). Fields: "made-on",
 * "next-follow-up", "goals", "goal/<i>/what", "goal/<i>/organisation",
 * "goal/<i>/staff", "goal/<i>/domain", "goal/<i>/due-on", "goal/<i>/status",
 * "goal/<i>/progress", "goal/<i>/interventions" (i the goal's position),
 * "reason/<domain id>".
 */
TF_AVAILABLE_IN_ALL
GHashTable   *tf_action_plan_validate            (TfSession     *session,
                                                  TfActionPlan  *plan,
                                                  GError       **error);
/**
 * tf_action_plan_save_revision:
 * @base_version: the version the person started from, 0 for the first plan
 * @out_version: (out) (optional): the new version's number
 *
 * Writes @plan as the case's next version, with its goals, their
 * interventions and the domain reasons, and audits it — one transaction.
 * A goal with key 0 gets its new row's id as key. On success @plan carries
 * its new id, version, author and keys.
 * TF_ERROR_CONFLICT when the case's newest version is not @base_version;
 * TF_ERROR_INVALID with the first rule's message when a rule is broken:
 * made on a real day from the referral to today; a next follow-up not
 * before that day; at least one goal, each with a text, a responsible
 * member organisation, a status, progress 0–10 or none, and a due date not
 * before the day the plan was made (a goal reached or dropped may keep an
 * earlier one); only the case's own interventions; a text for each reason.
 */
TF_AVAILABLE_IN_ALL
gboolean      tf_action_plan_save_revision       (TfSession     *session,
                                                  TfActionPlan  *plan,
                                                  gint64         base_version,
                                                  gint64        *out_version,
                                                  GError       **error);

/**
 * tf_action_plan_check_complete:
 * @missing: (out) (optional) (transfer full): GPtrArray of TfPlanDomain —
 *   the red domains with neither a goal nor a reason, in the domains' order
 *
 * A plan is complete when every domain in the red band (professionals'
 * score) of the case's latest assessment has a goal working on it that is
 * not dropped, or a written reason in the plan. A case without an
 * assessment has nothing red.
 * Returns: %TRUE when complete; %FALSE when not or on @error (then
 * @missing is %NULL).
 */
TF_AVAILABLE_IN_ALL
gboolean      tf_action_plan_check_complete      (TfSession     *session,
                                                  TfActionPlan  *plan,
                                                  GPtrArray    **missing,
                                                  GError       **error);
/* The active assessment domains in their order (GPtrArray of TfPlanDomain,
 * score -1), for choosing what a goal works on. */
TF_AVAILABLE_IN_ALL
GPtrArray    *tf_action_plan_list_domains        (TfSession     *session,
                                                  GError       **error);
/* What changed from @old to @new, one translated line each (goals added or
 * removed; a goal's status, progress, due date or responsible; the
 * follow-up date), for telling a second desk what the first one saved.
 * Returns: (transfer full): a %NULL-terminated array, empty when nothing
 * that matters changed. */
TF_AVAILABLE_IN_ALL
char        **tf_action_plan_describe_changes    (TfActionPlan  *old_plan,
                                                  TfActionPlan  *new_plan);

G_END_DECLS
