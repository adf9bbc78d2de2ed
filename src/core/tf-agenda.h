/* tf-agenda.h — a meeting's agenda and minutes: items with discussion and
 * decision, the agenda builder, and what changed in an item's case
 *
 * Change signals (TfStore "changed", after the commit):
 *   ("meeting", meeting id)   the agenda of the meeting changed
 *   ("decision", case id)     an item about the case was added, removed or
 *                             got a new discussion or decision
 * Audit entity: "agenda_item" (actions "create", "delete", "move",
 * "minutes"), and "build" on "meeting" for the agenda builder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-session.h"

G_BEGIN_DECLS

#define TF_TYPE_AGENDA_ITEM (tf_agenda_item_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfAgendaItem, tf_agenda_item, TF, AGENDA_ITEM, GObject)

/* Read-only properties: "id", "meeting-id", "case-id", "version" (int64),
 * "position" (int), "young-person-name", "reason", "title", "discussion",
 * "decision", "meeting-held-on", "meeting-kind" (string). */
TF_AVAILABLE_IN_ALL
gint64      tf_agenda_item_get_id                (TfAgendaItem *self);
TF_AVAILABLE_IN_ALL
gint64      tf_agenda_item_get_meeting_id        (TfAgendaItem *self);
/* 1 for the first item: "Item 1" in the minutes */
TF_AVAILABLE_IN_ALL
int         tf_agenda_item_get_position          (TfAgendaItem *self);
/* 0 for an item that is not about a case */
TF_AVAILABLE_IN_ALL
gint64      tf_agenda_item_get_case_id           (TfAgendaItem *self);
TF_AVAILABLE_IN_ALL
const char *tf_agenda_item_get_young_person_name (TfAgendaItem *self);
/* "manual", "follow-up", "screening" or "plan-revision" */
TF_AVAILABLE_IN_ALL
const char *tf_agenda_item_get_reason            (TfAgendaItem *self);
TF_AVAILABLE_IN_ALL
const char *tf_agenda_item_get_title             (TfAgendaItem *self);
TF_AVAILABLE_IN_ALL
const char *tf_agenda_item_get_discussion        (TfAgendaItem *self);
TF_AVAILABLE_IN_ALL
const char *tf_agenda_item_get_decision          (TfAgendaItem *self);
TF_AVAILABLE_IN_ALL
gint64      tf_agenda_item_get_version           (TfAgendaItem *self);
/* The day and kind of the item's meeting */
TF_AVAILABLE_IN_ALL
const char *tf_agenda_item_get_meeting_held_on   (TfAgendaItem *self);
TF_AVAILABLE_IN_ALL
const char *tf_agenda_item_get_meeting_kind      (TfAgendaItem *self);

/* "Added by hand", "Follow-up date reached", "New referral", "Plan up for revision" */
TF_AVAILABLE_IN_ALL
const char   *tf_agenda_reason_label             (const char *reason);

/* The items of a meeting by position: a GListModel of TfAgendaItem. */
TF_AVAILABLE_IN_ALL
GListModel   *tf_agenda_list                     (TfSession  *session,
                                                  gint64      meeting_id,
                                                  GError    **error);
TF_AVAILABLE_IN_ALL
TfAgendaItem *tf_agenda_item_load                (TfSession  *session,
                                                  gint64      item_id,
                                                  GError    **error);
/**
 * tf_agenda_add:
 * @case_id: the case the item is about, 0 for none
 * @title: (nullable): the item's title; for a case item NULL means the
 *   young person's name
 *
 * Adds an item (reason "manual") at the end of a planned meeting's agenda.
 * Refused when the case already has an item on this agenda.
 *
 * Returns: the item's id, 0 on failure
 */
TF_AVAILABLE_IN_ALL
gint64        tf_agenda_add                      (TfSession  *session,
                                                  gint64      meeting_id,
                                                  gint64      case_id,
                                                  const char *title,
                                                  GError    **error);
/* Removes an item; the ones after it move up. */
TF_AVAILABLE_IN_ALL
gboolean      tf_agenda_remove                   (TfSession  *session,
                                                  gint64      item_id,
                                                  GError    **error);
/* Moves an item to @position (1 = first; past the end = last), renumbering
 * the others, in one transaction. */
TF_AVAILABLE_IN_ALL
gboolean      tf_agenda_move                     (TfSession  *session,
                                                  gint64      item_id,
                                                  int         position,
                                                  GError    **error);
/* Writes the minutes of an item (either may be NULL or blank).
 * TF_ERROR_CONFLICT when it changed since @expected_version. */
TF_AVAILABLE_IN_ALL
gboolean      tf_agenda_item_set_minutes         (TfSession  *session,
                                                  gint64      item_id,
                                                  gint64      expected_version,
                                                  const char *discussion,
                                                  const char *decision,
                                                  GError    **error);
/**
 * tf_agenda_build:
 *
 * Fills a planned meeting's agenda with the cases that are due, after the
 * items already there (no case gets a second item):
 * - taskforce meeting: open cases whose follow-up date (next_follow_up) is
 *   on or before the meeting day, reason "follow-up", soonest first;
 * - screening meeting: cases with status "referred", reason "screening",
 *   oldest referral first;
 * - both: open cases whose latest action plan's next follow-up is on or
 *   before the meeting day, reason "plan-revision".
 * A network meeting's agenda is written by hand: nothing is added.
 *
 * Returns: how many items were added, -1 on failure
 */
TF_AVAILABLE_IN_ALL
int           tf_agenda_build                    (TfSession  *session,
                                                  gint64      meeting_id,
                                                  GError    **error);
/**
 * tf_agenda_item_describe_changes:
 * @since: (nullable): ISO day; NULL for the day of the last closed meeting
 *   of the same kind before this one (the case's referral when there is none)
 *
 * What changed in the item's case after @since, as translated lines: new
 * notes (count and newest), new assessments (risk level), status changes,
 * decisions at other meetings, overdue open tasks, new indicator values,
 * new consent or consent running out, action plan revisions. An item
 * without a case has no lines.
 *
 * Returns: (transfer full): a NULL-terminated array, empty when nothing
 * changed; NULL on failure
 */
TF_AVAILABLE_IN_ALL
char        **tf_agenda_item_describe_changes    (TfSession     *session,
                                                  TfAgendaItem  *item,
                                                  const char    *since,
                                                  GError       **error);

/* Every agenda item about a case with a discussion or a decision, from
 * meetings that were not cancelled, newest meeting first: a GListModel of
 * TfAgendaItem (meeting day and kind included). */
TF_AVAILABLE_IN_ALL
GListModel   *tf_meeting_list_decisions_for_case (TfSession  *session,
                                                  gint64      case_id,
                                                  GError    **error);

G_END_DECLS
