/* tf-minutes-report.c — the minutes of a meeting as a TfReport
 *
 * The form follows a Danish committee's minutes: the meeting and who took
 * part first, the agenda as a contents list, then for every item its
 * discussion, "Decision for item N:" with the decision, and the tasks
 * decided under it. Minutes that are not closed say so on every page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n-lib.h>

#include "tf-agenda.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-meeting.h"
#include "tf-meeting-participant.h"
#include "tf-task.h"
#include "tf-minutes-report.h"

static const char *
minutes_heading (const char *kind)
{
  if (g_strcmp0 (kind, "screening") == 0)
    return _("Minutes of screening meeting");
  if (g_strcmp0 (kind, "network") == 0)
    return _("Minutes of network meeting");
  return _("Minutes of taskforce meeting");
}

/* "Thursday 3. dec. 2026": the weekday in the desk's language */
static char *
format_day (const char *iso)
{
  g_autofree char *date = tf_format_date (iso);
  int y, m, d;
  g_autoptr(GDateTime) dt = NULL;
  g_autofree char *weekday = NULL;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3)
    return g_steal_pointer (&date);
  dt = g_date_time_new_local (y, m, d, 12, 0, 0);
  if (dt == NULL)
    return g_steal_pointer (&date);
  weekday = g_date_time_format (dt, "%A");
  return g_strdup_printf ("%s %s", weekday, date);
}

static gboolean
attendance_taken (GListModel *participants)
{
  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(TfMeetingParticipant) p = g_list_model_get_item (participants, i);

      if (tf_meeting_participant_get_attended (p) != TF_ATTENDANCE_UNKNOWN)
        return TRUE;
    }
  return FALSE;
}

static void
add_people (TfReport   *report,
            GListModel *participants,
            TfAttendance attended,
            const char *heading)
{
  gboolean any = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (participants); i++)
    {
      g_autoptr(TfMeetingParticipant) p = g_list_model_get_item (participants, i);
      const char *org = tf_meeting_participant_get_organisation_name (p);
      g_autofree char *where = NULL;

      if (tf_meeting_participant_get_attended (p) != attended)
        continue;
      if (!any)
        tf_report_add_heading (report, 2, heading);
      any = TRUE;
      if (tf_meeting_participant_get_ad_hoc (p) && org == NULL)
        where = g_strdup (_("Invited for this meeting"));
      else if (tf_meeting_participant_get_ad_hoc (p))
        where = g_strdup_printf (_("%s (invited for this meeting)"), org);
      else
        where = g_strdup (org != NULL ? org : "—");
      tf_report_add_key_value (report, tf_meeting_participant_get_name (p), where);
    }
  /* "no one came" only when attendance was taken; before that the
   * invited are listed as such below */
  if (!any && attended == TF_ATTENDANCE_YES && attendance_taken (participants))
    {
      tf_report_add_heading (report, 2, heading);
      tf_report_add_note (report, _("No one is recorded as present."));
    }
}

static void
add_tasks (TfReport   *report,
           GListModel *tasks)
{
  g_autoptr(TfReportTable) table = NULL;

  if (g_list_model_get_n_items (tasks) == 0)
    return;
  table = tf_report_table_new (3);
  tf_report_table_set_column (table, 0, _("Task"), TF_REPORT_ALIGN_START, 3.2);
  tf_report_table_set_column (table, 1, _("Who"), TF_REPORT_ALIGN_START, 1.6);
  tf_report_table_set_column (table, 2, _("Due date"), TF_REPORT_ALIGN_END, 1.0);
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(TfTask) task = g_list_model_get_item (tasks, i);
      g_autofree char *due = tf_format_date (tf_task_get_due_on (task));
      const char *cells[] = { tf_task_get_what (task), tf_task_get_staff_name (task), due, NULL };

      tf_report_table_add_row (table, cells);
    }
  tf_report_add_heading (report, 2, _("Tasks"));
  tf_report_add_table (report, table);
}

static gboolean
add_item (TfReport      *report,
          TfSession     *session,
          TfAgendaItem  *item,
          GError       **error)
{
  int n = tf_agenda_item_get_position (item);
  const char *title = tf_agenda_item_get_title (item);
  const char *discussion = tf_agenda_item_get_discussion (item);
  const char *decision = tf_agenda_item_get_decision (item);
  g_autofree char *heading = NULL;
  g_autofree char *decision_heading = NULL;
  g_autoptr(GListModel) tasks = NULL;

  if (title == NULL || *title == '\0')
    title = tf_agenda_item_get_young_person_name (item);
  heading = g_strdup_printf (_("Item %d: %s"), n, title != NULL ? title : "");
  tf_report_add_heading (report, 1, heading);
  tf_report_add_note (report, tf_agenda_reason_label (tf_agenda_item_get_reason (item)));

  tf_report_add_heading (report, 2, _("Discussion"));
  if (discussion != NULL && *discussion != '\0')
    tf_report_add_paragraph (report, discussion);
  else
    tf_report_add_note (report, _("Nothing was written."));

  decision_heading = g_strdup_printf (_("Decision for item %d:"), n);
  tf_report_add_heading (report, 2, decision_heading);
  if (decision != NULL && *decision != '\0')
    tf_report_add_paragraph (report, decision);
  else
    tf_report_add_note (report, _("No decision was written."));

  tasks = tf_task_list_for_agenda_item (session, tf_agenda_item_get_id (item), error);
  if (tasks == NULL)
    return FALSE;
  add_tasks (report, tasks);
  return TRUE;
}

static void
add_meeting (TfReport  *report,
             TfMeeting *meeting)
{
  g_autofree char *display = tf_meeting_dup_display_title (meeting);
  g_autofree char *day = format_day (tf_meeting_get_held_on (meeting));
  const char *place = tf_meeting_get_place (meeting);
  g_autofree char *time = NULL;

  tf_report_add_heading (report, 1, minutes_heading (tf_meeting_get_kind (meeting)));
  tf_report_add_key_value (report, _("Meeting"), display);
  tf_report_add_key_value (report, _("Day"), day);
  time = tf_meeting_dup_time_range (meeting);
  tf_report_add_key_value (report, _("Time"), time);
  if (place != NULL && *place != '\0')
    tf_report_add_key_value (report, _("Place"), place);
}

static void
add_closing (TfReport  *report,
             TfMeeting *meeting)
{
  g_autoptr(GDateTime) at = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *date = NULL;
  g_autofree char *clock = NULL;
  g_autofree char *text = NULL;
  const char *by = tf_meeting_get_closed_by_name (meeting);

  if (tf_meeting_get_status (meeting) != TF_MEETING_CLOSED)
    {
      tf_report_add_note (report, _("Draft — the minutes are not closed"));
      return;
    }
  at = g_date_time_new_from_unix_local (tf_meeting_get_closed_at (meeting));
  iso = g_date_time_format (at, "%Y-%m-%d");
  date = tf_format_date (iso);
  clock = g_date_time_format (at, "%H:%M");
  text = g_strdup_printf (_("Minutes closed by %s on %s at %s."), by != NULL ? by : "—", date, clock);
  tf_report_add_note (report, text);
}

TfReport *
tf_minutes_report_new (TfSession  *session,
                       gint64      meeting_id,
                       GError    **error)
{
  g_autoptr(TfMeeting) meeting = NULL;
  g_autoptr(GListModel) participants = NULL;
  g_autoptr(GListModel) items = NULL;
  g_autoptr(TfReport) report = NULL;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  meeting = tf_meeting_load (session, meeting_id, error);
  if (meeting == NULL)
    return NULL;
  date = tf_format_date (tf_meeting_get_held_on (meeting));
  if (tf_meeting_get_status (meeting) == TF_MEETING_CANCELLED)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("The meeting on %s was cancelled, so it has no minutes to print."), date);
      return NULL;
    }
  participants = tf_meeting_list_participants (session, meeting_id, error);
  if (participants == NULL)
    return NULL;
  items = tf_agenda_list (session, meeting_id, error);
  if (items == NULL)
    return NULL;

  title = g_strdup_printf ("%s, %s", minutes_heading (tf_meeting_get_kind (meeting)), date);
  report = tf_report_new (title);
  /* Minutes that can still change must never pass for approved ones. */
  if (tf_meeting_get_status (meeting) != TF_MEETING_CLOSED)
    tf_report_set_draft (report, _("Draft — the minutes are not closed"));

  add_meeting (report, meeting);
  add_people (report, participants, TF_ATTENDANCE_YES, _("Participants"));
  add_people (report, participants, TF_ATTENDANCE_NO, _("Apologies and absent"));
  add_people (report, participants, TF_ATTENDANCE_UNKNOWN, _("Invited, attendance not taken"));
  add_closing (report, meeting);

  if (g_list_model_get_n_items (items) == 0)
    {
      tf_report_add_heading (report, 2, _("Agenda"));
      tf_report_add_note (report, _("The agenda has no items."));
      return g_steal_pointer (&report);
    }
  tf_report_add_contents (report, _("Agenda"));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TfAgendaItem) item = g_list_model_get_item (items, i);

      if (!add_item (report, session, item, error))
        return NULL;
    }
  return g_steal_pointer (&report);
}

gboolean
tf_minutes_report_write_pdf (TfSession   *session,
                             gint64       meeting_id,
                             const char  *path,
                             GError     **error)
{
  g_autoptr(TfReport) report = tf_minutes_report_new (session, meeting_id, error);

  return report != NULL && tf_report_write_pdf (report, path, error);
}
