/* tf-meeting-plan-dialog.c — plan a meeting, a repeating series, or a
 * network meeting about one case
 *
 * What the user typed is read here (Danish dates, times as "13", "13.00" or
 * "13:00"); the rules are the core's (tf_meeting_validate), and each
 * complaint shows under its field. One call saves: tf_meeting_save for one
 * meeting, tf_meeting_series_plan for a series (its meetings in one
 * transaction), so nothing is half-saved. Afterwards the parent window shows
 * a toast and the meeting opens through app.open-meeting.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "tf-case-window.h"
#include "tf-meeting-plan-dialog.h"
#include "tf-window.h"

struct _TfMeetingPlanDialog
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  AdwComboRow         *kind_row;
  AdwActionRow        *network_row;
  AdwActionRow        *kind_error;
  AdwEntryRow         *title_row;
  AdwEntryRow         *date_row;
  AdwActionRow        *date_error;
  AdwEntryRow         *start_row;
  AdwActionRow        *start_error;
  AdwEntryRow         *end_row;
  AdwActionRow        *end_error;
  AdwEntryRow         *place_row;
  AdwPreferencesGroup *repeat_group;
  GtkSwitch           *repeat_switch;
  GtkSpinButton       *every_spin;
  AdwEntryRow         *until_row;
  AdwActionRow        *until_error;

  /* Owned */
  TfSession           *session;
  gint64               case_id;       /* a network meeting's case, else 0 */
  GtkWindow           *parent;        /* weak: where the toast goes */
};

enum {
  PROP_0,
  PROP_SESSION,
  PROP_CASE_ID,
  N_PROPS
};

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TfMeetingPlanDialog, tf_meeting_plan_dialog, ADW_TYPE_WINDOW)

/* The kind row's choices; a network meeting is planned from its case. */
static const char * const plannable_kinds[] = { "taskforce", "screening" };

/**
 * tf_meeting_plan_parse_time:
 *
 * Reads a time of day as people type it: "13", "13.00", "13:00", "9.30",
 * "9:5" is not accepted (minutes take two digits).
 *
 * Returns: (nullable): "HH:MM", or NULL when @text is not a time
 */
char *
tf_meeting_plan_parse_time (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  const char *p = stripped;
  int hours = 0, minutes = 0, digits = 0;

  while (g_ascii_isdigit (*p) && digits < 2)
    hours = hours * 10 + (*p++ - '0'), digits++;
  if (digits == 0)
    return NULL;
  if (*p == '.' || *p == ':')
    {
      p++;
      if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]))
        return NULL;
      minutes = (p[0] - '0') * 10 + (p[1] - '0');
      p += 2;
    }
  if (*p != '\0' || hours > 23 || minutes > 59)
    return NULL;
  return g_strdup_printf ("%02d:%02d", hours, minutes);
}

/* Messages */

static void
show_banner (TfMeetingPlanDialog *self,
             const char          *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_revealer_set_reveal_child (self->error_revealer, message != NULL);
}

/* In the form's order, so focus goes to the topmost complaint. "case" has
 * no field of its own: it goes under the kind. */
static const char * const fields[] = { "kind", "case", "held-on", "start-time", "end-time", "until" };

static void
field_widgets (TfMeetingPlanDialog  *self,
               const char           *field,
               GtkWidget           **widget,
               AdwActionRow        **error_row)
{
  *widget = NULL;
  *error_row = NULL;
  if (g_str_equal (field, "kind") || g_str_equal (field, "case"))
    *widget = GTK_WIDGET (self->kind_row), *error_row = self->kind_error;
  else if (g_str_equal (field, "held-on"))
    *widget = GTK_WIDGET (self->date_row), *error_row = self->date_error;
  else if (g_str_equal (field, "start-time"))
    *widget = GTK_WIDGET (self->start_row), *error_row = self->start_error;
  else if (g_str_equal (field, "end-time"))
    *widget = GTK_WIDGET (self->end_row), *error_row = self->end_error;
  else if (g_str_equal (field, "until"))
    *widget = GTK_WIDGET (self->until_row), *error_row = self->until_error;
}

static void
show_field_error (GtkWidget    *field,
                  AdwActionRow *error_row,
                  const char   *message)
{
  gtk_widget_set_visible (GTK_WIDGET (error_row), message != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (error_row), message != NULL ? message : "");
  if (!GTK_IS_EDITABLE (field))
    return;
  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
}

static void
clear_errors (TfMeetingPlanDialog *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      GtkWidget *widget;
      AdwActionRow *error_row;

      field_widgets (self, fields[i], &widget, &error_row);
      show_field_error (widget, error_row, NULL);
    }
  show_banner (self, NULL);
}

static void
show_errors (TfMeetingPlanDialog *self,
             GHashTable          *errors)
{
  GtkWidget *first = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *message = g_hash_table_lookup (errors, fields[i]);
      GtkWidget *widget;
      AdwActionRow *error_row;

      /* "kind" and "case" share a row: do not let the second clear the first */
      if (message == NULL && g_str_equal (fields[i], "case"))
        continue;
      field_widgets (self, fields[i], &widget, &error_row);
      show_field_error (widget, error_row, message);
      if (message != NULL && first == NULL)
        first = widget;
    }
  if (first != NULL)
    gtk_widget_grab_focus (first);
}

/* Reading the form */

static char *
read_date (AdwEntryRow *row,
           const char  *field,
           GHashTable  *errors)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GError) error = NULL;
  char *iso;

  if (*text == '\0')
    return NULL;   /* the rules say whether it may be empty */
  iso = tf_parse_user_date (text, &error);
  if (iso == NULL)
    g_hash_table_insert (errors, (gpointer) field, g_strdup (error->message));
  return iso;
}

static char *
read_time (AdwEntryRow *row,
           const char  *field,
           const char  *example,
           GHashTable  *errors)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  char *time;

  if (*text == '\0')
    return NULL;
  time = tf_meeting_plan_parse_time (text);
  if (time == NULL)
    /* Translators: %s is an example time, "13.00" */
    g_hash_table_insert (errors, (gpointer) field,
                         g_strdup_printf (_("Not a time of day. Write it as %s."), example));
  return time;
}

static const char *
chosen_kind (TfMeetingPlanDialog *self)
{
  guint i;

  if (self->case_id != 0)
    return "network";
  i = adw_combo_row_get_selected (self->kind_row);
  return i < G_N_ELEMENTS (plannable_kinds) ? plannable_kinds[i] : NULL;
}

static const char *
optional_text (AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  return *text != '\0' ? text : NULL;
}

/* Saving */

/* The first meeting of a new series, to open it. */
static gint64
first_meeting_of_series (TfMeetingPlanDialog *self,
                         gint64               series_id,
                         const char          *first_date)
{
  g_autoptr(GListModel) meetings = tf_meeting_list_between (self->session, first_date, NULL, NULL);
  guint n = meetings != NULL ? g_list_model_get_n_items (meetings) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfMeeting) meeting = g_list_model_get_item (meetings, i);

      if (tf_meeting_get_series_id (meeting) == series_id)
        return tf_meeting_get_id (meeting);
    }
  return 0;
}

static void
announce (TfMeetingPlanDialog *self,
          gint64               meeting_id,
          const char          *message)
{
  GtkWindow *parent = self->parent;

  if (TF_IS_WINDOW (parent))
    tf_window_add_toast (TF_WINDOW (parent), message);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, meeting_id);
  if (meeting_id == 0)
    return;
  /* Through the parent, not this dialog: it has the application's actions
   * and outlives the dialog. Without one, the application directly. */
  if (parent == NULL ||
      !gtk_widget_activate_action (GTK_WIDGET (parent), "app.open-meeting", "x", meeting_id))
    {
      GApplication *application = g_application_get_default ();

      if (application != NULL && g_action_group_has_action (G_ACTION_GROUP (application), "open-meeting"))
        g_action_group_activate_action (G_ACTION_GROUP (application), "open-meeting",
                                        g_variant_new_int64 (meeting_id));
      else
        g_message ("No app.open-meeting action to open meeting %" G_GINT64_FORMAT, meeting_id);
    }
}

/* Validates and saves; TRUE when saved. */
static gboolean
save (TfMeetingPlanDialog *self)
{
  g_autoptr(GHashTable) errors = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  g_autoptr(GHashTable) rules = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *held_on = NULL, *start = NULL, *end = NULL, *until = NULL;
  gboolean repeat = self->case_id == 0 && gtk_switch_get_active (self->repeat_switch);
  TfMeetingDraft draft = { 0 };
  gint64 meeting_id;

  clear_errors (self);
  held_on = read_date (self->date_row, "held-on", errors);
  start = read_time (self->start_row, "start-time", "13.00", errors);
  end = read_time (self->end_row, "end-time", "15.00", errors);
  if (repeat)
    until = read_date (self->until_row, "until", errors);

  draft.kind = chosen_kind (self);
  draft.case_id = self->case_id;
  draft.title = optional_text (self->title_row);
  draft.held_on = held_on;
  draft.start_time = start;
  draft.end_time = end;
  draft.place = optional_text (self->place_row);

  /* What could not be read wins over the rules' view of it. A series'
   * meetings keep the same rules as one meeting: its first is checked. */
  rules = tf_meeting_validate (self->session, &draft);
  if (rules != NULL)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, rules);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (!g_hash_table_contains (errors, key))
          g_hash_table_insert (errors, key, g_strdup (value));
    }
  if (until != NULL && held_on != NULL && strcmp (until, held_on) < 0)
    g_hash_table_insert (errors, (gpointer) "until",
                         g_strdup (_("The series must end on or after its first meeting.")));
  if (g_hash_table_size (errors) > 0)
    {
      show_errors (self, errors);
      return FALSE;
    }

  if (repeat)
    {
      TfMeetingSeriesDraft series = {
        .kind = draft.kind,
        .first_date = held_on,
        .start_time = start,
        .end_time = end,
        .every_days = (guint) gtk_spin_button_get_value_as_int (self->every_spin),
        .until_date = until,
        .place = draft.place,
      };
      gint64 series_id = tf_meeting_series_plan (self->session, &series, NULL, &error);

      if (series_id == 0)
        {
          show_banner (self, error->message);
          return FALSE;
        }
      announce (self, first_meeting_of_series (self, series_id, held_on), _("Meetings planned"));
      return TRUE;
    }

  meeting_id = tf_meeting_save (self->session, &draft, &error);
  if (meeting_id == 0)
    {
      show_banner (self, error->message);
      return FALSE;
    }
  announce (self, meeting_id, _("Meeting planned"));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TfMeetingPlanDialog *self = TF_MEETING_PLAN_DIALOG (widget);

  if (self->session != NULL && save (self))
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

/* Construction */

static char *
young_person_name (TfMeetingPlanDialog *self)
{
  g_autoptr(TfCase) kase = tf_case_load (self->session, self->case_id, NULL);
  g_autoptr(TfYoungPerson) person = NULL;

  if (kase != NULL)
    person = tf_young_person_load (self->session, tf_case_get_young_person_id (kase), NULL);
  return person != NULL ? tf_young_person_dup_full_name (person) : NULL;
}

static void
setup_form (TfMeetingPlanDialog *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%-d.%-m.%Y");
  const char *title;

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  gtk_editable_set_text (GTK_EDITABLE (self->start_row), "13.00");
  if (self->case_id != 0)
    {
      g_autofree char *name = young_person_name (self);
      /* Translators: the same words as the core's title of a network meeting */
      g_autofree char *about = g_strdup_printf (_("Network meeting about %s"), name != NULL ? name : "");

      /* The kind is fixed and a network meeting does not repeat. */
      title = _("Plan Network Meeting");
      gtk_widget_set_visible (GTK_WIDGET (self->kind_row), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->network_row), TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->repeat_group), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->network_row), about);
    }
  else
    title = _("Plan Meeting");
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
}

static void
tf_meeting_plan_dialog_constructed (GObject *object)
{
  TfMeetingPlanDialog *self = TF_MEETING_PLAN_DIALOG (object);

  G_OBJECT_CLASS (tf_meeting_plan_dialog_parent_class)->constructed (object);

  if (self->session != NULL)
    setup_form (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->date_row));
}

static void
tf_meeting_plan_dialog_dispose (GObject *object)
{
  TfMeetingPlanDialog *self = TF_MEETING_PLAN_DIALOG (object);

  g_clear_weak_pointer (&self->parent);
  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_MEETING_PLAN_DIALOG);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tf_meeting_plan_dialog_parent_class)->dispose (object);
}

static void
tf_meeting_plan_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  TfMeetingPlanDialog *self = TF_MEETING_PLAN_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_CASE_ID:
      g_value_set_int64 (value, self->case_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_meeting_plan_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  TfMeetingPlanDialog *self = TF_MEETING_PLAN_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_CASE_ID:
      self->case_id = g_value_get_int64 (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_meeting_plan_dialog_class_init (TfMeetingPlanDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tf_meeting_plan_dialog_constructed;
  object_class->dispose = tf_meeting_plan_dialog_dispose;
  object_class->get_property = tf_meeting_plan_dialog_get_property;
  object_class->set_property = tf_meeting_plan_dialog_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * TfMeetingPlanDialog::saved:
   * @meeting_id: the planned meeting (a series: its first meeting)
   */
  signals[SIGNAL_SAVED] =
    g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class, "/dk/norddjurs/Taskforce/tf-meeting-plan-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TfMeetingPlanDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingPlanDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingPlanDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingPlanDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingPlanDialog, network_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingPlanDialog, kind_error);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingPlanDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingPlanDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingPlanDialog, date_error);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingPlanDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingPlanDialog, start_error);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingPlanDialog, end_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingPlanDialog, end_error);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingPlanDialog, place_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingPlanDialog, repeat_group);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingPlanDialog, repeat_switch);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingPlanDialog, every_spin);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingPlanDialog, until_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingPlanDialog, until_error);

  gtk_widget_class_install_action (widget_class, "plan.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "plan.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "plan.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "plan.cancel", NULL);
}

static void
tf_meeting_plan_dialog_init (TfMeetingPlanDialog *self)
{
  g_autoptr(GtkStringList) kind_labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (plannable_kinds); i++)
    gtk_string_list_append (kind_labels, tf_meeting_kind_label (plannable_kinds[i]));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kind_labels));
}

TfMeetingPlanDialog *
tf_meeting_plan_dialog_new (GtkWindow *parent,
                            TfSession *session,
                            gint64     case_id)
{
  TfMeetingPlanDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  self = g_object_new (TF_TYPE_MEETING_PLAN_DIALOG,
                       "session", session,
                       "case-id", case_id,
                       "transient-for", parent,
                       NULL);
  g_set_weak_pointer (&self->parent, parent);
  return self;
}
