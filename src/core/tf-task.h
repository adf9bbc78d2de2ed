/* tf-task.h — follow-up tasks: what, who, by when; decided at a meeting
 * (they land on the agenda item's case) or added on a case
 *
 * Change signal: ("task", case id) after every write (0 for a task on no
 * case). Audit entity "task" (actions "create", "done", "undone").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-session.h"

G_BEGIN_DECLS

/* Open tasks due within this many days show as upcoming. */
#define TF_TASK_UPCOMING_DAYS 7

#define TF_TYPE_TASK (tf_task_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfTask, tf_task, TF, TASK, GObject)

/* Read-only properties: "id", "case-id", "agenda-item-id", "staff-id",
 * "version" (int64), "what", "staff-name", "due-on", "done-on",
 * "done-by-name", "young-person-name" (string). */
TF_AVAILABLE_IN_ALL
gint64      tf_task_get_id                (TfTask *self);
/* 0 for a task on no case */
TF_AVAILABLE_IN_ALL
gint64      tf_task_get_case_id           (TfTask *self);
TF_AVAILABLE_IN_ALL
const char *tf_task_get_young_person_name (TfTask *self);
/* 0 for a task not decided at a meeting */
TF_AVAILABLE_IN_ALL
gint64      tf_task_get_agenda_item_id    (TfTask *self);
TF_AVAILABLE_IN_ALL
const char *tf_task_get_what              (TfTask *self);
TF_AVAILABLE_IN_ALL
gint64      tf_task_get_staff_id          (TfTask *self);
TF_AVAILABLE_IN_ALL
const char *tf_task_get_staff_name        (TfTask *self);
TF_AVAILABLE_IN_ALL
const char *tf_task_get_due_on            (TfTask *self);
/* NULL while open */
TF_AVAILABLE_IN_ALL
const char *tf_task_get_done_on           (TfTask *self);
TF_AVAILABLE_IN_ALL
const char *tf_task_get_done_by_name      (TfTask *self);
TF_AVAILABLE_IN_ALL
gint64      tf_task_get_version           (TfTask *self);
/* Open and due before @today (ISO; NULL for today) */
TF_AVAILABLE_IN_ALL
gboolean    tf_task_is_overdue            (TfTask     *self,
                                           const char *today);

typedef struct
{
  gint64      case_id;         /* the case; ignored when agenda_item_id is set */
  gint64      agenda_item_id;  /* the item it was decided under, or 0 */
  const char *what;
  gint64      staff_id;        /* who does it */
  const char *due_on;          /* ISO */
} TfTaskDraft;

/**
 * tf_task_add:
 *
 * Adds a task. From an agenda item it lands on the item's case. Refused
 * (TF_ERROR_INVALID) without words, without an existing staff member, with
 * a due date that is not a real date or is before the meeting's day (before
 * today for a task added on a case), or under an item of closed minutes.
 *
 * Returns: the task's id, 0 on failure
 */
TF_AVAILABLE_IN_ALL
gint64      tf_task_add                   (TfSession          *session,
                                           const TfTaskDraft  *draft,
                                           GError            **error);
/* Marks a task done today by the session's staff member (or open again);
 * TF_ERROR_CONFLICT when it changed since @expected_version. */
TF_AVAILABLE_IN_ALL
gboolean    tf_task_set_done              (TfSession  *session,
                                           gint64      task_id,
                                           gint64      expected_version,
                                           gboolean    done,
                                           GError    **error);
TF_AVAILABLE_IN_ALL
TfTask     *tf_task_load                  (TfSession  *session,
                                           gint64      task_id,
                                           GError    **error);
/* A case's tasks: open ones first by due day, then done ones, latest done
 * first. */
TF_AVAILABLE_IN_ALL
GListModel *tf_task_list_for_case         (TfSession  *session,
                                           gint64      case_id,
                                           GError    **error);
/* The tasks decided under an agenda item (done ones too), by due day, then
 * by id (the order they were added on the same day). */
TF_AVAILABLE_IN_ALL
GListModel *tf_task_list_for_agenda_item  (TfSession  *session,
                                           gint64      item_id,
                                           GError    **error);
/* A staff member's open tasks by due day. */
TF_AVAILABLE_IN_ALL
GListModel *tf_task_list_open_for_staff   (TfSession  *session,
                                           gint64      staff_id,
                                           GError    **error);
/* Open tasks due on or before @today + @days (ISO; NULL for today):
 * overdue ones first, by due day. For reminders. */
TF_AVAILABLE_IN_ALL
GListModel *tf_task_list_due              (TfSession  *session,
                                           const char *today,
                                           guint       days,
                                           GError    **error);

G_END_DECLS
