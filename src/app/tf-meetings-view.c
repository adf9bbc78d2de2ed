/* tf-meetings-view.c — the main window's "Meetings" page
 *
 * The upcoming meetings (today to the series' horizon, soonest first) or the
 * meetings of one past year (newest first), narrowed by kind, in a list view
 * over a GListStore of TfMeeting; above them a card for the next planned
 * meeting. Activating a meeting activates app.open-meeting(x) with its id:
 * the application owns the meeting windows. The store's "changed" signal for
 * "meeting" reloads the lists, once per main loop turn.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "tf-meeting-plan-dialog.h"
#include "tf-meeting-rows.h"
#include "tf-meetings-view.h"

struct _TfMeetingsView
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkDropDown         *period_dropdown;
  GtkDropDown         *kind_dropdown;
  GtkLabel            *count_label;
  AdwPreferencesGroup *next_group;
  AdwActionRow        *next_row;
  AdwActionRow        *unclosed_row;
  GtkImage            *next_icon;
  GtkStack            *content_stack;
  GtkListView         *list_view;
  AdwStatusPage       *empty_page;
  GtkWidget           *empty_plan_button;

  /* Owned */
  TfSession           *session;
  GListStore          *meetings;       /* what the list shows */
  GtkStringList       *periods;        /* "Upcoming", then the years */
  gint64               next_id;        /* the card's meeting, 0 for none */
  gint64               unclosed_id;    /* the latest meeting held but not closed */
  guint                reload_idle;
  gboolean             filling;        /* the dropdowns change under our hand */
};

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TfMeetingsView, tf_meetings_view, GTK_TYPE_WIDGET)

/* The kind filter's choices, in the dropdown's order. */
static const struct { const char *kind; const char *label; } kinds[] = {
  { NULL, N_("All kinds") },
  { "taskforce", N_("Taskforce meetings") },
  { "screening", N_("Screening meetings") },
  { "network", N_("Network meetings") },
};

/* Day arithmetic on ISO dates, for the lists' ranges */
static char *
iso_add_days (const char *iso,
              int         days)
{
  int year, month, day;
  GDate date;

  if (sscanf (iso, "%d-%d-%d", &year, &month, &day) != 3 || !g_date_valid_dmy (day, month, year))
    return g_strdup (iso);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

/* Opening */

static void
open_meeting (TfMeetingsView *self,
              gint64          meeting_id)
{
  /* The application opens (or presents) the meeting's own window. */
  if (!gtk_widget_activate_action (GTK_WIDGET (self), "app.open-meeting", "x", meeting_id))
    g_warning ("No app.open-meeting action to open meeting %" G_GINT64_FORMAT, meeting_id);
}

static void
on_list_view_activate_cb (GtkListView    *view,
                          guint           position,
                          TfMeetingsView *self)
{
  g_autoptr(TfMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (self->meetings), position);

  if (meeting != NULL)
    open_meeting (self, tf_meeting_get_id (meeting));
}

static void
on_next_button_clicked_cb (GtkButton      *button,
                           TfMeetingsView *self)
{
  if (self->next_id != 0)
    open_meeting (self, self->next_id);
}

static void
on_unclosed_button_clicked_cb (GtkButton      *button,
                               TfMeetingsView *self)
{
  if (self->unclosed_id != 0)
    open_meeting (self, self->unclosed_id);
}


/* Loading */

static const char *
chosen_kind (TfMeetingsView *self)
{
  guint i = gtk_drop_down_get_selected (self->kind_dropdown);

  return i < G_N_ELEMENTS (kinds) ? kinds[i].kind : NULL;
}

/* NULL for "Upcoming" */
static const char *
chosen_year (TfMeetingsView *self)
{
  guint i = gtk_drop_down_get_selected (self->period_dropdown);

  if (i == 0 || i == GTK_INVALID_LIST_POSITION)
    return NULL;
  return gtk_string_list_get_string (self->periods, i);
}

static gboolean
kind_matches (TfMeeting  *meeting,
              const char *kind)
{
  return kind == NULL || g_strcmp0 (tf_meeting_get_kind (meeting), kind) == 0;
}

/* The years that had meetings before today, newest first; the dropdown
 * keeps the year it showed when that year is still there. */
static void
update_years (TfMeetingsView *self,
              GListModel     *past)
{
  g_autoptr(GPtrArray) years = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *shown = g_strdup (chosen_year (self));
  guint n, selected = 0;

  n = g_list_model_get_n_items (past);
  /* The list runs oldest first: walk it backwards for newest first. */
  for (guint i = n; i > 0; i--)
    {
      g_autoptr(TfMeeting) meeting = g_list_model_get_item (past, i - 1);
      g_autofree char *year = g_strndup (tf_meeting_get_held_on (meeting), 4);

      if (years->len == 0 || !g_str_equal (g_ptr_array_index (years, years->len - 1), year))
        g_ptr_array_add (years, g_steal_pointer (&year));
    }

  /* Unchanged (the usual case): leave the dropdown alone. */
  if (years->len + 1 == g_list_model_get_n_items (G_LIST_MODEL (self->periods)))
    {
      gboolean same = TRUE;

      for (guint i = 0; i < years->len && same; i++)
        same = g_str_equal (g_ptr_array_index (years, i),
                            gtk_string_list_get_string (self->periods, i + 1));
      if (same)
        return;
    }

  self->filling = TRUE;
  gtk_string_list_splice (self->periods, 1,
                          g_list_model_get_n_items (G_LIST_MODEL (self->periods)) - 1,
                          NULL);
  for (guint i = 0; i < years->len; i++)
    {
      gtk_string_list_append (self->periods, g_ptr_array_index (years, i));
      if (g_strcmp0 (shown, g_ptr_array_index (years, i)) == 0)
        selected = i + 1;
    }
  gtk_drop_down_set_selected (self->period_dropdown, selected);
  self->filling = FALSE;
}

static void
update_next (TfMeetingsView *self,
             GListModel     *upcoming,
             const char     *kind)
{
  guint n = g_list_model_get_n_items (upcoming);

  self->next_id = 0;
  for (guint i = 0; i < n && self->next_id == 0; i++)
    {
      g_autoptr(TfMeeting) meeting = g_list_model_get_item (upcoming, i);
      g_autofree char *date = NULL;
      g_autofree char *time = NULL;
      g_autofree char *when = NULL;
      g_autofree char *title = NULL;
      g_autofree char *sentence = NULL;
      const char *place;

      if (tf_meeting_get_status (meeting) != TF_MEETING_PLANNED || !kind_matches (meeting, kind))
        continue;
      self->next_id = tf_meeting_get_id (meeting);
      date = tf_format_date (tf_meeting_get_held_on (meeting));
      time = tf_meeting_format_time (tf_meeting_get_start_time (meeting));
      /* Translators: "Tuesday 24. nov. 2026 at 13.00" */
      when = g_strdup_printf (_("%s %s at %s"), tf_meeting_weekday_name (tf_meeting_get_held_on (meeting)),
                              date, time);
      place = tf_meeting_get_place (meeting);
      if (place != NULL && *place != '\0')
        /* Translators: "Next meeting: Tuesday 24. nov. 2026 at 13.00, Rådhuset" */
        sentence = g_strdup_printf (_("Next meeting: %s, %s"), when, place);
      else
        /* Translators: "Next meeting: Tuesday 24. nov. 2026 at 13.00" */
        sentence = g_strdup_printf (_("Next meeting: %s"), when);
      title = tf_meeting_dup_display_title (meeting);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->next_row), sentence);
      adw_action_row_set_subtitle (self->next_row, title);
      gtk_image_set_from_icon_name (self->next_icon, tf_meeting_kind_icon_name (tf_meeting_get_kind (meeting)));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->next_row), self->next_id != 0);
}

/* Meetings held but never closed must not be forgotten: the card says how
 * many and opens the latest. */
static void
update_unclosed (TfMeetingsView *self,
                 GListModel     *past,
                 const char     *kind)
{
  guint n = g_list_model_get_n_items (past), count = 0;
  g_autoptr(TfMeeting) latest = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfMeeting) meeting = g_list_model_get_item (past, i);

      if (tf_meeting_get_status (meeting) != TF_MEETING_PLANNED || !kind_matches (meeting, kind))
        continue;
      count++;
      g_set_object (&latest, meeting);   /* oldest first: the last one wins */
    }
  self->unclosed_id = latest != NULL ? tf_meeting_get_id (latest) : 0;
  gtk_widget_set_visible (GTK_WIDGET (self->unclosed_row), latest != NULL);
  if (latest != NULL)
    {
      g_autofree char *title = g_strdup_printf (ngettext ("The minutes of %u past meeting are not closed",
                                                          "The minutes of %u past meetings are not closed",
                                                          count), count);
      g_autofree char *date = tf_format_date (tf_meeting_get_held_on (latest));
      g_autofree char *name = tf_meeting_dup_display_title (latest);
      /* Translators: "Latest: Tuesday 10. nov. 2026, Taskforce meeting" */
      g_autofree char *subtitle = g_strdup_printf (_("Latest: %s %s, %s"),
                                                   tf_meeting_weekday_name (tf_meeting_get_held_on (latest)),
                                                   date, name);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->unclosed_row), title);
      adw_action_row_set_subtitle (self->unclosed_row, subtitle);
    }
}

static void
update_empty_page (TfMeetingsView *self,
                   const char     *year,
                   const char     *kind)
{
  if (kind != NULL)
    {
      adw_status_page_set_title (self->empty_page, _("No meetings of this kind"));
      adw_status_page_set_description (self->empty_page,
        year != NULL ? _("Choose “All kinds” to see every meeting of the year, or choose another year.")
                     : _("Choose “All kinds” to see every upcoming meeting, or plan one."));
    }
  else if (year != NULL)
    {
      adw_status_page_set_title (self->empty_page, _("No meetings this year"));
      adw_status_page_set_description (self->empty_page,
                                       _("Choose another year, or “Upcoming” for what is planned."));
    }
  else
    {
      adw_status_page_set_title (self->empty_page, _("No meetings planned"));
      adw_status_page_set_description (self->empty_page,
                                       _("Plan the taskforce’s meetings — every 14 days, say — or a screening meeting. Network meetings about one young person are planned from the case’s window."));
    }
  gtk_widget_set_visible (self->empty_plan_button, year == NULL);
}

void
tf_meetings_view_reload (TfMeetingsView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = tf_today_iso ();
  g_autofree char *yesterday = iso_add_days (today, -1);
  g_autofree char *horizon = iso_add_days (today, TF_MEETING_SERIES_HORIZON_DAYS);
  g_autoptr(GListModel) past = NULL;
  g_autoptr(GListModel) upcoming = NULL;
  g_autoptr(GListModel) source = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *count = NULL;
  const char *kind, *year;
  guint n;

  g_return_if_fail (TF_IS_MEETINGS_VIEW (self));

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  if (self->session == NULL)
    return;

  past = tf_meeting_list_between (self->session, NULL, yesterday, &error);
  if (past == NULL)
    {
      g_warning ("Cannot list past meetings: %s", error->message);
      return;
    }
  update_years (self, past);
  kind = chosen_kind (self);
  year = chosen_year (self);
  update_unclosed (self, past, kind);

  upcoming = tf_meeting_list_between (self->session, today, horizon, &error);
  if (upcoming == NULL)
    {
      g_warning ("Cannot list meetings: %s", error->message);
      return;
    }
  update_next (self, upcoming, kind);
  gtk_widget_set_visible (GTK_WIDGET (self->next_group), self->next_id != 0 || self->unclosed_id != 0);

  if (year == NULL)
    source = g_object_ref (upcoming);
  else
    {
      g_autofree char *from = g_strdup_printf ("%s-01-01", year);
      g_autofree char *to = g_strdup_printf ("%s-12-31", year);

      /* The current year's past: up to yesterday; today is "upcoming". */
      source = tf_meeting_list_between (self->session, from,
                                        g_strcmp0 (to, yesterday) < 0 ? to : yesterday, &error);
      if (source == NULL)
        {
          g_warning ("Cannot list the meetings of %s: %s", year, error->message);
          return;
        }
    }

  n = g_list_model_get_n_items (source);
  for (guint i = 0; i < n; i++)
    {
      /* Upcoming: soonest first; a past year: newest first. */
      TfMeeting *meeting = g_list_model_get_item (source, year == NULL ? i : n - 1 - i);

      if (kind_matches (meeting, kind))
        g_ptr_array_add (shown, meeting);
      else
        g_object_unref (meeting);
    }
  g_list_store_splice (self->meetings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->meetings)),
                       shown->pdata, shown->len);

  count = g_strdup_printf (ngettext ("%u meeting", "%u meetings", shown->len), shown->len);
  gtk_label_set_label (self->count_label, count);
  update_empty_page (self, year, kind);
  gtk_stack_set_visible_child_name (self->content_stack, shown->len > 0 ? "list" : "empty");
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  TfMeetingsView *self = user_data;

  self->reload_idle = 0;
  tf_meetings_view_reload (self);
  return G_SOURCE_REMOVE;
}

/* A save emits several signals: read once for all of them. */
static void
queue_reload (TfMeetingsView *self)
{
  if (self->reload_idle == 0)
    self->reload_idle = g_idle_add (reload_idle_cb, self);
}

static void
on_store_changed_cb (TfStore        *store,
                     const char     *entity,
                     gint64          id,
                     TfMeetingsView *self)
{
  if (g_strcmp0 (entity, "meeting") == 0)
    queue_reload (self);
}

/* Not at once: the dropdown holds back its own notifications while it
 * changes, and those would come again after the reload changed the years. */
static void
on_period_selected_cb (GtkDropDown    *dropdown,
                       GParamSpec     *pspec,
                       TfMeetingsView *self)
{
  if (!self->filling)
    queue_reload (self);
}

static void
on_kind_selected_cb (GtkDropDown    *dropdown,
                     GParamSpec     *pspec,
                     TfMeetingsView *self)
{
  if (!self->filling)
    queue_reload (self);
}

/* Planning */

static void
plan_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TfMeetingsView *self = TF_MEETINGS_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  TfMeetingPlanDialog *dialog;

  if (self->session == NULL)
    return;
  dialog = tf_meeting_plan_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                       self->session, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* GObject */

static void
tf_meetings_view_constructed (GObject *object)
{
  TfMeetingsView *self = TF_MEETINGS_VIEW (object);

  G_OBJECT_CLASS (tf_meetings_view_parent_class)->constructed (object);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.plan", self->session != NULL);
  if (self->session == NULL)
    return;
  g_signal_connect_object (tf_session_get_store (self->session), "changed",
                           G_CALLBACK (on_store_changed_cb), self, 0);
  tf_meetings_view_reload (self);
}

static void
tf_meetings_view_dispose (GObject *object)
{
  TfMeetingsView *self = TF_MEETINGS_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_MEETINGS_VIEW);
  /* The template's box has no name, so dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->meetings);
  g_clear_object (&self->periods);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tf_meetings_view_parent_class)->dispose (object);
}

static void
tf_meetings_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TfMeetingsView *self = TF_MEETINGS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_meetings_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TfMeetingsView *self = TF_MEETINGS_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_meetings_view_class_init (TfMeetingsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tf_meetings_view_constructed;
  object_class->dispose = tf_meetings_view_dispose;
  object_class->get_property = tf_meetings_view_get_property;
  object_class->set_property = tf_meetings_view_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/dk/norddjurs/Taskforce/tf-meetings-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TfMeetingsView, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingsView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingsView, count_label);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingsView, next_group);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingsView, next_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingsView, unclosed_row);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingsView, next_icon);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingsView, list_view);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingsView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, TfMeetingsView, empty_plan_button);
  gtk_widget_class_bind_template_callback (widget_class, on_period_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_kind_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_next_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unclosed_button_clicked_cb);

  gtk_widget_class_install_action (widget_class, "meetings.plan", NULL, plan_action);
}

static void
tf_meetings_view_init (TfMeetingsView *self)
{
  g_autoptr(GtkStringList) kind_labels = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = tf_meeting_rows_factory_new ();
  GtkSelectionModel *selection;

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    gtk_string_list_append (kind_labels, _(kinds[i].label));
  self->filling = TRUE;
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kind_labels));
  self->periods = gtk_string_list_new (NULL);
  gtk_string_list_append (self->periods, _("Upcoming"));
  gtk_drop_down_set_model (self->period_dropdown, G_LIST_MODEL (self->periods));
  self->filling = FALSE;

  self->meetings = g_list_store_new (TF_TYPE_MEETING);
  gtk_list_view_set_factory (self->list_view, factory);
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->meetings))));
  gtk_list_view_set_model (self->list_view, selection);
  g_object_unref (selection);
}

GtkWidget *
tf_meetings_view_new (TfSession *session)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  return g_object_new (TF_TYPE_MEETINGS_VIEW, "session", session, NULL);
}

/**
 * tf_meetings_view_get_model:
 *
 * Returns: (transfer none): the meetings the list shows, in its order
 */
GListModel *
tf_meetings_view_get_model (TfMeetingsView *self)
{
  g_return_val_if_fail (TF_IS_MEETINGS_VIEW (self), NULL);
  return G_LIST_MODEL (self->meetings);
}

void
tf_meetings_view_set_year (TfMeetingsView *self,
                           const char     *year)
{
  guint n;

  g_return_if_fail (TF_IS_MEETINGS_VIEW (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->periods));
  for (guint i = 1; i < n && year != NULL; i++)
    if (g_str_equal (gtk_string_list_get_string (self->periods, i), year))
      {
        gtk_drop_down_set_selected (self->period_dropdown, i);
        return;
      }
  gtk_drop_down_set_selected (self->period_dropdown, 0);
}

GStrv
tf_meetings_view_dup_years (TfMeetingsView *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n;

  g_return_val_if_fail (TF_IS_MEETINGS_VIEW (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->periods));
  for (guint i = 1; i < n; i++)
    g_strv_builder_add (builder, gtk_string_list_get_string (self->periods, i));
  return g_strv_builder_end (builder);
}

void
tf_meetings_view_set_kind (TfMeetingsView *self,
                           const char     *kind)
{
  g_return_if_fail (TF_IS_MEETINGS_VIEW (self));

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (g_strcmp0 (kinds[i].kind, kind) == 0)
      gtk_drop_down_set_selected (self->kind_dropdown, i);
}
