/* tf-meeting.h — taskforce, screening and network meetings: planning,
 * repeating series, cancelling and closing (the minutes are then locked)
 *
 * Change signals (TfStore "changed", after the commit):
 *   ("meeting", meeting id)   a meeting, its participants or its agenda changed
 *   ("meeting", 0)            meetings were added by a series (plan or extend)
 *   ("decision", case id)     the minutes about a case changed (an agenda item
 *                             with a case: discussion, decision, added, removed)
 * Audit entities: "meeting", "meeting_series", "meeting_participant".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-session.h"

G_BEGIN_DECLS

/* How far ahead a series keeps its meetings as rows (about six months). */
#define TF_MEETING_SERIES_HORIZON_DAYS 183
/* The taskforce meets every 14 days unless a series says otherwise. */
#define TF_MEETING_DEFAULT_EVERY_DAYS 14

typedef enum
{
  TF_MEETING_PLANNED,
  TF_MEETING_CANCELLED,
  TF_MEETING_CLOSED,
} TfMeetingStatus;

#define TF_TYPE_MEETING (tf_meeting_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfMeeting, tf_meeting, TF, MEETING, GObject)

/* Read-only properties: "id", "series-id", "case-id", "version" (int64),
 * "kind", "title", "held-on", "start-time", "end-time", "place",
 * "young-person-name" (string), "status" (int, TfMeetingStatus). */
TF_AVAILABLE_IN_ALL
gint64           tf_meeting_get_id                (TfMeeting *self);
/* "taskforce", "screening" or "network" */
TF_AVAILABLE_IN_ALL
const char      *tf_meeting_get_kind              (TfMeeting *self);
/* 0 when the meeting is not part of a series */
TF_AVAILABLE_IN_ALL
gint64           tf_meeting_get_series_id         (TfMeeting *self);
/* The case of a network meeting, else 0 */
TF_AVAILABLE_IN_ALL
gint64           tf_meeting_get_case_id           (TfMeeting *self);
/* The young person of a network meeting's case, else NULL */
TF_AVAILABLE_IN_ALL
const char      *tf_meeting_get_young_person_name (TfMeeting *self);
/* The title as written (may be NULL); see tf_meeting_dup_display_title() */
TF_AVAILABLE_IN_ALL
const char      *tf_meeting_get_title             (TfMeeting *self);
TF_AVAILABLE_IN_ALL
const char      *tf_meeting_get_held_on           (TfMeeting *self);
TF_AVAILABLE_IN_ALL
const char      *tf_meeting_get_start_time        (TfMeeting *self);
TF_AVAILABLE_IN_ALL
const char      *tf_meeting_get_end_time          (TfMeeting *self);
TF_AVAILABLE_IN_ALL
const char      *tf_meeting_get_place             (TfMeeting *self);
TF_AVAILABLE_IN_ALL
TfMeetingStatus  tf_meeting_get_status            (TfMeeting *self);
/* Epoch seconds, 0 while not closed */
TF_AVAILABLE_IN_ALL
gint64           tf_meeting_get_closed_at         (TfMeeting *self);
TF_AVAILABLE_IN_ALL
const char      *tf_meeting_get_closed_by_name    (TfMeeting *self);
TF_AVAILABLE_IN_ALL
gint64           tf_meeting_get_version           (TfMeeting *self);
/* The title, or the kind's label ("Taskforce meeting", "Network meeting
 * about Emil Nørgaard") when none was written. */
TF_AVAILABLE_IN_ALL
char            *tf_meeting_dup_display_title     (TfMeeting *self);
/* The time of day the Danish way: "13.00–15.00", or "13.00" without an end. */
TF_AVAILABLE_IN_ALL
char            *tf_meeting_dup_time_range        (TfMeeting *self);

/* "Taskforce meeting", "Screening meeting", "Network meeting" */
TF_AVAILABLE_IN_ALL
const char      *tf_meeting_kind_label            (const char *kind);
TF_AVAILABLE_IN_ALL
const char      *tf_meeting_status_label          (TfMeetingStatus status);

TF_AVAILABLE_IN_ALL
TfMeeting       *tf_meeting_load                  (TfSession  *session,
                                                   gint64      meeting_id,
                                                   GError    **error);
/* Meetings held from @from to @to (ISO, both included; either may be NULL
 * for open-ended), cancelled ones too, by day and start time: a GListModel
 * of TfMeeting. */
TF_AVAILABLE_IN_ALL
GListModel      *tf_meeting_list_between          (TfSession  *session,
                                                   const char *from,
                                                   const char *to,
                                                   GError    **error);
/* The first planned meeting of @kind held after @day (ISO; NULL for today),
 * or NULL — with no error — when none is planned. */
TF_AVAILABLE_IN_ALL
TfMeeting       *tf_meeting_next                  (TfSession  *session,
                                                   const char *kind,
                                                   const char *day,
                                                   GError    **error);
/* The network meetings of a case, newest first. */
TF_AVAILABLE_IN_ALL
GListModel      *tf_meeting_list_for_case         (TfSession  *session,
                                                   gint64      case_id,
                                                   GError    **error);

/* What the planning form hands the core. */
typedef struct
{
  gint64      id;          /* 0 for a new meeting */
  gint64      version;     /* for an edit: the version it started from */
  const char *kind;        /* for a new meeting; an edit keeps its kind */
  gint64      case_id;     /* a network meeting's case (must be open) */
  const char *title;       /* may be NULL */
  const char *held_on;     /* ISO */
  const char *start_time;  /* HH:MM */
  const char *end_time;    /* HH:MM or NULL */
  const char *place;       /* may be NULL */
} TfMeetingDraft;

/**
 * tf_meeting_validate:
 *
 * Returns: (transfer full) (nullable): NULL when the draft keeps the rules,
 * else field → translated message. Fields: "kind", "case", "held-on",
 * "start-time", "end-time".
 */
TF_AVAILABLE_IN_ALL
GHashTable      *tf_meeting_validate              (TfSession            *session,
                                                   const TfMeetingDraft *draft);
TF_AVAILABLE_IN_ALL
const char      *tf_meeting_first_error_field     (GHashTable           *errors);

/**
 * tf_meeting_save:
 *
 * Plans (draft->id == 0) or changes a meeting. A new taskforce or screening
 * meeting invites the fixed members (the active staff of organisations that
 * are fixed members). Refused with TF_ERROR_INVALID for a broken rule or a
 * meeting that is closed or cancelled, TF_ERROR_CONFLICT when another desk
 * saved it since draft->version.
 *
 * Returns: the meeting's id, 0 on failure
 */
TF_AVAILABLE_IN_ALL
gint64           tf_meeting_save                  (TfSession            *session,
                                                   const TfMeetingDraft *draft,
                                                   GError              **error);
/* Cancels a planned meeting (its rows stay, so a series does not make it
 * again). */
TF_AVAILABLE_IN_ALL
gboolean         tf_meeting_cancel                (TfSession  *session,
                                                   gint64      meeting_id,
                                                   gint64      expected_version,
                                                   GError    **error);
/**
 * tf_meeting_close:
 *
 * Closes a planned meeting that has been held (its day is today or
 * earlier): refused (TF_ERROR_INVALID, saying what is missing) while attendance is not taken for anyone or an agenda item has
 * neither discussion nor decision. After closing, the minutes are locked:
 * any change of the meeting, its participants or its items fails with
 * TF_ERROR_INVALID "The minutes of this meeting are closed and cannot
 * change."
 */
TF_AVAILABLE_IN_ALL
gboolean         tf_meeting_close                 (TfSession  *session,
                                                   gint64      meeting_id,
                                                   gint64      expected_version,
                                                   GError    **error);

/* A repeating schedule of taskforce (or screening) meetings. */
typedef struct
{
  const char *kind;        /* "taskforce" or "screening" */
  const char *first_date;  /* ISO: the first meeting's day */
  const char *start_time;  /* HH:MM */
  const char *end_time;    /* HH:MM or NULL */
  guint       every_days;  /* 0 for TF_MEETING_DEFAULT_EVERY_DAYS */
  const char *until_date;  /* ISO or NULL for no end */
  const char *place;       /* may be NULL */
} TfMeetingSeriesDraft;

/**
 * tf_meeting_series_plan:
 * @today: (nullable): ISO; NULL for today
 *
 * Creates the series and its meetings every @every_days days from the first
 * date up to %TF_MEETING_SERIES_HORIZON_DAYS after @today (or its end),
 * each with the fixed members invited.
 *
 * Returns: the series' id, 0 on failure
 */
TF_AVAILABLE_IN_ALL
gint64           tf_meeting_series_plan           (TfSession                  *session,
                                                   const TfMeetingSeriesDraft *draft,
                                                   const char                 *today,
                                                   GError                    **error);
/**
 * tf_meeting_series_extend:
 * @today: (nullable): ISO; NULL for today
 *
 * Keeps every series' horizon: makes the meetings of each series due up to
 * %TF_MEETING_SERIES_HORIZON_DAYS after @today, skipping days that already
 * have a meeting of the series (also a cancelled or moved one).
 *
 * Returns: how many meetings were made, -1 on failure
 */
TF_AVAILABLE_IN_ALL
int              tf_meeting_series_extend         (TfSession  *session,
                                                   const char *today,
                                                   GError    **error);

G_END_DECLS
