/* tf-demo-meetings-private.h — what the parts of the meetings demo share
 *
 * tf_demo_fill_meetings() (tf-demo-meetings.c) loads the staff and the
 * cases' dates and lays out the two series; tf-demo-meetings-rows.c writes
 * one meeting with its participants, agenda, minutes and tasks;
 * tf-demo-meetings-agenda.c which cases each agenda takes;
 * tf-demo-meetings-network.c the network meetings around single families;
 * tf-demo-meetings-texts.c holds the Danish words.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-demo-case-work-private.h"

G_BEGIN_DECLS

#define MT_STREAM_SERIES   40   /* a series meeting: attendance, agenda picks (by meeting number) */
#define MT_STREAM_ITEM     41   /* one case item's minutes and tasks (by item number) */
#define MT_STREAM_NETWORK  42   /* a case's network meetings (by case id) */

#define MT_PLACE "UngNorddjurs, Grenaa"

/* Why a case is on an agenda; the first four map to agenda_item.reason */
typedef enum
{
  MT_FOLLOW_UP,
  MT_PLAN_REVISION,
  MT_SCREEN_RELEVANT,       /* screened, found relevant */
  MT_SCREEN_NOT_RELEVANT,   /* screened, found not relevant */
  MT_SCREEN_WAITING,        /* on a planned screening meeting's agenda */
  MT_NETWORK_FAMILY,        /* the items of a network meeting */
  MT_NETWORK_SCHOOL,
  MT_NETWORK_AGREEMENTS,
  MT_N_REASONS
} MtReason;

typedef struct
{
  gint64 id;
  int    org;            /* ORG_*, or -1 */
  gboolean coordinator;
} MtStaff;

/* A decision and the task that follows from it (NULL for none); the task
 * goes to the staff of @org, or to the case's coordinator when @org is -1. */
typedef struct
{
  const char *decision;
  const char *task;
  int         org;
} MtDecision;

typedef struct
{
  const MtDecision *items;
  guint             n_items;
} MtDecisionList;

extern const TfDemoList     _tf_demo_mt_discussions[MT_N_REASONS];
extern const MtDecisionList _tf_demo_mt_decisions[MT_N_REASONS];
extern const MtDecisionList _tf_demo_mt_extra_tasks;
extern const TfDemoList     _tf_demo_mt_orientations;
extern const TfDemoList     _tf_demo_mt_any_other;
extern const TfDemoList     _tf_demo_mt_named_guests;
extern const TfDemoList     _tf_demo_mt_network_places;

typedef struct
{
  TfSession   *session;
  TfStore     *store;
  guint32      seed;
  gint32       today;
  gint64       n_cases;

  gint64       orgs[N_ORGS];
  GArray      *org_staff[N_ORGS];   /* gint64, active staff by organisation */
  GArray      *members;             /* MtStaff: the fixed members' staff */
  GArray      *guests;              /* MtStaff: staff of the ad hoc organisations */
  gint64       chair;               /* the first coordinator, or the person at the desk; 0 */

  TfStmt      *insert_meeting;
  TfStmt      *insert_participant;
  TfStmt      *insert_item;
  TfStmt      *insert_task;
  TfStmt      *close_meeting;
  TfStmt      *select_case;
  TfStmt      *select_guardians;

  guint64      item_number;         /* draws each item's own stream */
  gboolean     want_due_today;      /* no task due today yet */
  gint64       desk;                /* the person at the desk who fills the demo */
  guint        desk_overdue;        /* overdue tasks handed to them so far */

  guint64      n_meetings;
  guint64      n_items;
  guint64      n_tasks;
  guint64      n_participants;

  Text         text;
  Text         text2;
} MtRun;

/* What a meeting row needs */
typedef struct
{
  const char *kind;
  gint64      series_id;      /* 0: none */
  gint64      case_id;        /* 0: none */
  const char *title;          /* NULL: none */
  gint32      day;
  const char *start_time;
  const char *end_time;
  const char *place;
  gboolean    cancelled;
} MtMeeting;

gboolean     _tf_demo_mt_step         (MtRun           *run,
                                       TfStmt          *stmt,
                                       GError         **error);
/* Inserts the meeting row (planned or cancelled); its id in @out_id */
gboolean     _tf_demo_mt_insert_meeting (MtRun         *run,
                                       const MtMeeting *m,
                                       gint64          *out_id,
                                       GError         **error);
/* @attended: -1 not taken yet, else 0 or 1 */
gboolean     _tf_demo_mt_add_participant (MtRun        *run,
                                       gint64           meeting_id,
                                       gint64           staff_id,
                                       const char      *name,
                                       gint64           org_id,
                                       gboolean         ad_hoc,
                                       int              attended,
                                       GError         **error);
/* The fixed members (coordinators and the member organisations' staff;
 * @screening: coordinators and the authority only) and, now and then, a
 * guest. Returns the coordinator who chairs it in @out_chair. */
gboolean     _tf_demo_mt_add_members  (MtRun           *run,
                                       Rng             *rng,
                                       gint64           meeting_id,
                                       gboolean         screening,
                                       gboolean         held,
                                       gint64          *out_chair,
                                       GError         **error);
/* A manual item without a case; @decision NULL while it is planned */
gboolean     _tf_demo_mt_add_plain_item (MtRun         *run,
                                       gint64           meeting_id,
                                       int              position,
                                       const char      *title,
                                       const char      *discussion,
                                       const char      *decision,
                                       GError         **error);
/* An item about @case_id; when @held, its discussion, decision and 0–2
 * tasks due 1–4 weeks after @day. */
gboolean     _tf_demo_mt_add_case_item (MtRun          *run,
                                       gint64           meeting_id,
                                       gint32           day,
                                       int              position,
                                       gint64           case_id,
                                       MtReason         reason,
                                       gboolean         held,
                                       GError         **error);
gboolean     _tf_demo_mt_close        (MtRun           *run,
                                       gint64           meeting_id,
                                       gint32           day,
                                       gint64           closed_by,
                                       GError         **error);

/* Cases due on an agenda: why, and the days the case is alive */
typedef struct
{
  gint64 case_id;
  gint32 lo;                 /* referred on */
  gint32 hi;                 /* closed on; G_MAXINT32 while open */
  guint8 reason;             /* MtReason */
} MtCandidate;

typedef struct
{
  gint32   day;
  gboolean cancelled;
  GArray  *candidates;       /* MtCandidate; NULL until one comes */
} MtSlot;

/* A series of meetings every 14 days from @first */

typedef struct
{
  const char *kind;
  gint64      series_id;
  gint32      first;
  guint       n;
  MtSlot       *slots;
} MtSeries;


/* The series' meeting days from @first to @until; held ones in the
 * holidays called off (tf-demo-meetings-agenda.c) */
void         _tf_demo_mt_series_init  (MtSeries        *s,
                                       const char      *kind,
                                       gint32           first,
                                       gint32           until,
                                       gint32           today);
void         _tf_demo_mt_series_clear (MtSeries        *s);
/* The cases due on each meeting's agenda */
gboolean     _tf_demo_mt_load_taskforce (MtRun         *run,
                                       MtSeries        *s,
                                       GError         **error);
gboolean     _tf_demo_mt_load_screening (MtRun         *run,
                                       MtSeries        *s,
                                       GError         **error);
/* Draws the cases of one agenda into @out: at most @cap of those due, one
 * item a case, in the order of their reasons. */
void         _tf_demo_mt_pick_cases   (Rng             *rng,
                                       GArray          *candidates,
                                       guint            cap,
                                       GArray          *out);

/* Network meetings for some of the cases the taskforce worked with */
gboolean     _tf_demo_mt_fill_network (MtRun           *run,
                                       GCancellable    *cancellable,
                                       GError         **error);

G_END_DECLS
