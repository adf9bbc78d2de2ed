/* tf-meeting-details.c — a meeting's day, time and place, and who takes part
 *
 * The right pane of the meeting window for "Meeting and participants": the
 * details as entry rows with a Save button (field errors under their
 * fields, another desk's newer version through the conflict dialog), the
 * participants with their attendance in three states (not taken, present,
 * absent), and inviting a staff member or a guest. Everything is read-only
 * once the meeting is closed or cancelled.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "tf-conflict-dialog.h"
#include "tf-meeting-details-private.h"


enum {
  PROP_0,
  PROP_SESSION,
  PROP_MEETING_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TfMeetingDetails, tf_meeting_details, GTK_TYPE_WIDGET)

static gboolean save (TfMeetingDetails *self);

void
_tf_meeting_details_toast (TfMeetingDetails *self,
                           const char       *text)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (text));
}

gboolean
_tf_meeting_details_editable (TfMeetingDetails *self)
{
  return self->original != NULL && tf_meeting_get_status (self->original) == TF_MEETING_PLANNED;
}

/* The form */

/* "2026-11-24" → "24.11.2026", the way dates are typed here. */
static char *
iso_to_input (const char *iso)
{
  int y, m, d;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &y, &m, &d) != 3)
    return g_strdup ("");
  return g_strdup_printf ("%d.%d.%d", d, m, y);
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* NULL for a blank field */
char *
_tf_meeting_details_dup_text (AdwEntryRow *row)
{
  g_autofree char *text = g_strstrip (g_strdup (text_of (row)));

  return *text != '\0' ? g_steal_pointer (&text) : NULL;
}

static gboolean
differs (AdwEntryRow *row,
         const char  *value)
{
  g_autofree char *text = _tf_meeting_details_dup_text (row);

  return g_strcmp0 (text, value != NULL && *value != '\0' ? value : NULL) != 0;
}

/* Whether the person at the desk changed a field since it was filled. */
static gboolean
is_dirty (TfMeetingDetails *self)
{
  g_autofree char *held_on = NULL;

  if (self->original == NULL)
    return FALSE;
  held_on = iso_to_input (tf_meeting_get_held_on (self->original));
  return differs (self->title_row, tf_meeting_get_title (self->original)) ||
         differs (self->held_on_row, held_on) ||
         differs (self->start_row, tf_meeting_get_start_time (self->original)) ||
         differs (self->end_row, tf_meeting_get_end_time (self->original)) ||
         differs (self->place_row, tf_meeting_get_place (self->original));
}

static void
show_field_error (GtkWidget    *field,
                  AdwActionRow *error_row,
                  const char   *message)
{
  gtk_widget_set_visible (GTK_WIDGET (error_row), message != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (error_row), message != NULL ? message : "");
  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
}

static void
show_errors (TfMeetingDetails *self,
             GHashTable       *errors)
{
  struct { const char *field; AdwEntryRow *row; AdwActionRow *error; } fields[] = {
    { "held-on", self->held_on_row, self->held_on_error },
    { "start-time", self->start_row, self->start_error },
    { "end-time", self->end_row, self->end_error },
  };
  /* The kind and the case cannot be changed here; say so at the top. */
  const char *other = errors == NULL ? NULL
                      : g_hash_table_contains (errors, "case") ? g_hash_table_lookup (errors, "case")
                      : g_hash_table_lookup (errors, "kind");
  GtkWidget *first = NULL;

  show_field_error (GTK_WIDGET (self->title_row), self->title_error, other);
  if (other != NULL)
    first = GTK_WIDGET (self->title_row);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *message = errors != NULL ? g_hash_table_lookup (errors, fields[i].field) : NULL;

      show_field_error (GTK_WIDGET (fields[i].row), fields[i].error, message);
      if (message != NULL && first == NULL)
        first = GTK_WIDGET (fields[i].row);
    }
  if (first != NULL)
    gtk_widget_grab_focus (first);
}

/* Leaves a field alone when it already says the same (a reload while the
 * cursor is in it must not move the cursor). */
static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  if (g_strcmp0 (text_of (row), text ?: "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text ?: "");
}

static void
fill_form (TfMeetingDetails *self)
{
  TfMeeting *meeting = self->original;
  g_autofree char *held_on = iso_to_input (tf_meeting_get_held_on (meeting));
  const char *name = tf_meeting_get_young_person_name (meeting);

  self->filling = TRUE;
  set_text (self->title_row, tf_meeting_get_title (meeting));
  set_text (self->held_on_row, held_on);
  set_text (self->start_row, tf_meeting_get_start_time (meeting));
  set_text (self->end_row, tf_meeting_get_end_time (meeting));
  set_text (self->place_row, tf_meeting_get_place (meeting));
  self->filling = FALSE;

  gtk_widget_set_visible (GTK_WIDGET (self->case_row), name != NULL);
  adw_action_row_set_subtitle (self->case_row, name ?: "");
  show_errors (self, NULL);
  gtk_widget_set_sensitive (self->save_button, FALSE);
}

static void
on_field_changed_cb (TfMeetingDetails *self)
{
  if (!self->filling)
    gtk_widget_set_sensitive (self->save_button, _tf_meeting_details_editable (self) && is_dirty (self));
}

/* Saving, and another desk's version */

static void
add_change (GPtrArray  *lines,
            const char *label,
            const char *before,
            const char *after)
{
  if (g_strcmp0 (before, after) == 0)
    return;
  /* Translators: a line of the conflict dialog: "Place: Rådhuset → Skolen" */
  g_ptr_array_add (lines, g_strdup_printf (_("%s: %s → %s"), label,
                                           before != NULL && *before != '\0' ? before : "—",
                                           after != NULL && *after != '\0' ? after : "—"));
}

static char **
describe_changes (TfMeeting *mine,
                  TfMeeting *theirs)
{
  GPtrArray *lines = g_ptr_array_new ();
  g_autofree char *day_before = tf_format_date (tf_meeting_get_held_on (mine));
  g_autofree char *day_after = tf_format_date (tf_meeting_get_held_on (theirs));

  add_change (lines, _("Title"), tf_meeting_get_title (mine), tf_meeting_get_title (theirs));
  add_change (lines, _("Date"), day_before, day_after);
  add_change (lines, _("Starts"), tf_meeting_get_start_time (mine), tf_meeting_get_start_time (theirs));
  add_change (lines, _("Ends"), tf_meeting_get_end_time (mine), tf_meeting_get_end_time (theirs));
  add_change (lines, _("Place"), tf_meeting_get_place (mine), tf_meeting_get_place (theirs));
  add_change (lines, _("Status"), tf_meeting_status_label (tf_meeting_get_status (mine)),
              tf_meeting_status_label (tf_meeting_get_status (theirs)));
  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (lines, FALSE);
}

static void
on_conflict_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         TfMeetingDetails *self)
{
  g_autoptr(TfMeeting) fresh = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, TF_CONFLICT_KEEP_EDITING) == 0)
    return;
  fresh = tf_meeting_load (self->session, self->meeting_id, &error);
  if (fresh == NULL)
    {
      show_field_error (GTK_WIDGET (self->title_row), self->title_error, error->message);
      return;
    }
  /* Either way the form now builds on their version. */
  g_set_object (&self->original, fresh);
  if (g_strcmp0 (response, TF_CONFLICT_THEIRS) == 0)
    fill_form (self);
  else if (g_strcmp0 (response, TF_CONFLICT_MINE) == 0)
    save (self);
}

static void
show_conflict (TfMeetingDetails *self)
{
  g_autoptr(TfMeeting) fresh = tf_meeting_load (self->session, self->meeting_id, NULL);
  g_autofree char *who_when = NULL;
  g_auto(GStrv) changes = NULL;
  GtkWidget *dialog;

  if (fresh != NULL)
    changes = describe_changes (self->original, fresh);
  who_when = tf_audit_describe_last_change (self->session, "meeting", self->meeting_id,
                                            tf_meeting_get_case_id (self->original));
  dialog = tf_conflict_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Someone Else Changed This Meeting"), who_when,
                                   (const char * const *) changes);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
save (TfMeetingDetails *self)
{
  g_autoptr(GHashTable) errors = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = _tf_meeting_details_dup_text (self->title_row);
  g_autofree char *typed_day = _tf_meeting_details_dup_text (self->held_on_row);
  g_autofree char *start = _tf_meeting_details_dup_text (self->start_row);
  g_autofree char *end = _tf_meeting_details_dup_text (self->end_row);
  g_autofree char *place = _tf_meeting_details_dup_text (self->place_row);
  g_autofree char *held_on = NULL;
  TfMeetingDraft draft = { 0 };

  if (!_tf_meeting_details_editable (self))
    return FALSE;
  /* A date the parser cannot read goes to the core as typed, so the
   * message under the field is the core's. */
  held_on = typed_day != NULL ? tf_parse_user_date (typed_day, NULL) : NULL;
  draft.id = self->meeting_id;
  draft.version = tf_meeting_get_version (self->original);
  draft.kind = tf_meeting_get_kind (self->original);
  draft.case_id = tf_meeting_get_case_id (self->original);
  draft.title = title;
  draft.held_on = held_on != NULL ? held_on : typed_day;
  draft.start_time = start;
  draft.end_time = end;
  draft.place = place;

  errors = tf_meeting_validate (self->session, &draft);
  if (errors != NULL)
    {
      show_errors (self, errors);
      return FALSE;
    }
  if (tf_meeting_save (self->session, &draft, &error) == 0)
    {
      if (g_error_matches (error, TF_ERROR, TF_ERROR_CONFLICT))
        show_conflict (self);
      else
        show_field_error (GTK_WIDGET (self->title_row), self->title_error, error->message);
      return FALSE;
    }
  show_errors (self, NULL);
  /* The store's change brings the saved version back through show(). */
  g_clear_object (&self->original);
  self->original = tf_meeting_load (self->session, self->meeting_id, NULL);
  if (self->original != NULL)
    fill_form (self);
  _tf_meeting_details_toast (self, _("Saved"));
  return TRUE;
}

static void
on_save_clicked_cb (TfMeetingDetails *self)
{
  save (self);
}

static void
show_summary (TfMeetingDetails *self,
              TfMeeting        *meeting)
{
  g_autofree char *day = tf_format_date (tf_meeting_get_held_on (meeting));
  g_autofree char *when = NULL;
  g_autofree char *times = NULL;
  const char *title = tf_meeting_get_title (meeting);
  const char *place = tf_meeting_get_place (meeting);

  times = tf_meeting_dup_time_range (meeting);
  /* Translators: "24. nov. 2026, 13.00–15.00" */
  when = g_strdup_printf (_("%s, %s"), day, times);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_title), title != NULL && *title != '\0');
  adw_action_row_set_subtitle (self->summary_title, title ?: "");
  adw_action_row_set_subtitle (self->summary_when, when);
  adw_action_row_set_subtitle (self->summary_place, place != NULL && *place != '\0' ? place : "—");
}

/**
 * tf_meeting_details_show:
 * @meeting: the meeting as just loaded
 */
void
tf_meeting_details_show (TfMeetingDetails *self,
                         TfMeeting        *meeting)
{
  gboolean can_edit;

  g_return_if_fail (TF_IS_MEETING_DETAILS (self));
  g_return_if_fail (TF_IS_MEETING (meeting));

  /* What someone is typing is not overwritten; if the meeting changed
   * meanwhile, Save says so (the draft keeps the version it started from). */
  if (self->original == NULL || !is_dirty (self) ||
      tf_meeting_get_status (meeting) != TF_MEETING_PLANNED)
    {
      g_set_object (&self->original, meeting);
      fill_form (self);
    }
  can_edit = tf_meeting_get_status (meeting) == TF_MEETING_PLANNED;
  if (!can_edit)
    g_set_object (&self->original, meeting);

  gtk_editable_set_editable (GTK_EDITABLE (self->title_row), can_edit);
  gtk_editable_set_editable (GTK_EDITABLE (self->held_on_row), can_edit);
  gtk_editable_set_editable (GTK_EDITABLE (self->start_row), can_edit);
  gtk_editable_set_editable (GTK_EDITABLE (self->end_row), can_edit);
  gtk_editable_set_editable (GTK_EDITABLE (self->place_row), can_edit);
  gtk_widget_set_visible (self->save_button, can_edit);
  /* Read-only, the details are facts to read, not fields to edit. */
  gtk_widget_set_visible (self->meeting_group, can_edit);
  gtk_widget_set_visible (self->summary_group, !can_edit);
  if (!can_edit)
    show_summary (self, meeting);
  adw_preferences_group_set_description (self->participants_group,
    can_edit ? _("Mark who came and who did not. The meeting can be closed once attendance is taken.")
    : tf_meeting_get_status (meeting) == TF_MEETING_CLOSED ? _("Who came, as the minutes record it.")
    : _("Who was invited."));
  gtk_widget_set_visible (self->invite_group, can_edit);
  _tf_meeting_details_show_participants (self);
}

/* GObject */

static void
tf_meeting_details_constructed (GObject *object)
{
  TfMeetingDetails *self = TF_MEETING_DETAILS (object);

  G_OBJECT_CLASS (tf_meeting_details_parent_class)->constructed (object);
  if (self->session != NULL)
    _tf_meeting_details_load_choices (self);
}

static void
tf_meeting_details_dispose (GObject *object)
{
  TfMeetingDetails *self = TF_MEETING_DETAILS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_MEETING_DETAILS);
  g_clear_object (&self->original);
  g_clear_object (&self->session);
  g_clear_pointer (&self->staff_ids, g_array_unref);
  g_clear_pointer (&self->organisation_ids, g_array_unref);

  G_OBJECT_CLASS (tf_meeting_details_parent_class)->dispose (object);
}

static void
tf_meeting_details_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  TfMeetingDetails *self = TF_MEETING_DETAILS (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_MEETING_ID:
      g_value_set_int64 (value, self->meeting_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_meeting_details_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  TfMeetingDetails *self = TF_MEETING_DETAILS (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_MEETING_ID:
      self->meeting_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_meeting_details_class_init (TfMeetingDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tf_meeting_details_constructed;
  object_class->dispose = tf_meeting_details_dispose;
  object_class->get_property = tf_meeting_details_get_property;
  object_class->set_property = tf_meeting_details_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-meeting-details.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, save_button);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, meeting_group);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, summary_group);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, summary_title);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, summary_when);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, summary_place);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, participants_group);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, case_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, title_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, title_error);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, held_on_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, held_on_error);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, start_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, start_error);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, end_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, end_error);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, place_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, participant_list);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, participants_error);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, invite_group);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, staff_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, guest_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, guest_name_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, guest_organisation_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingDetails, invite_error);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked_cb);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_invite_clicked_cb",
                                                G_CALLBACK (_tf_meeting_details_invite_clicked));
  gtk_widget_class_bind_template_callback_full (widget_class, "on_guest_clicked_cb",
                                                G_CALLBACK (_tf_meeting_details_guest_clicked));
}

static void
tf_meeting_details_init (TfMeetingDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->organisation_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
}

/**
 * tf_meeting_details_new:
 *
 * Returns: (transfer floating): the details pane of a meeting; call
 *   tf_meeting_details_show() to fill it
 */
GtkWidget *
tf_meeting_details_new (TfSession *session,
                        gint64     meeting_id)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  return g_object_new (TF_TYPE_MEETING_DETAILS, "session", session, "meeting-id", meeting_id, NULL);
}
