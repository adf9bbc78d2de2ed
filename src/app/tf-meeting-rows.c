/* tf-meeting-rows.c — how a meeting reads in a list: its day, time, kind
 * and status, and the row factory of the meetings view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "tf-meeting-rows.h"

/* Formats */

const char *
tf_meeting_weekday_name (const char *iso)
{
  static const char * const names[] = {
    N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"),
    N_("Friday"), N_("Saturday"), N_("Sunday"),
  };
  int year, month, day;
  GDate date;

  if (iso == NULL || sscanf (iso, "%d-%d-%d", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return "";
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return _(names[g_date_get_weekday (&date) - 1]);
}

/* "13:00" as a Danish reader writes it: "13.00". */
char *
tf_meeting_format_time (const char *time)
{
  char *text = g_strdup (time != NULL ? time : "");

  g_strdelimit (text, ":", '.');
  return text;
}

static char *
display_times (TfMeeting *meeting)
{
  return tf_meeting_dup_time_range (meeting);
}

const char *
tf_meeting_kind_icon_name (const char *kind)
{
  if (g_strcmp0 (kind, "screening") == 0)
    return "edit-find-symbolic";
  if (g_strcmp0 (kind, "network") == 0)
    return "emoji-people-symbolic";
  return "system-users-symbolic";
}

/* Status as a word and an icon, never colour alone. A planned meeting
 * whose day has passed still waits for its minutes: that is a warning. */
static void
describe_status (TfMeeting   *meeting,
                 const char  *today,
                 const char **word,
                 const char **icon,
                 gboolean    *warning)
{
  *warning = FALSE;
  switch (tf_meeting_get_status (meeting))
    {
    case TF_MEETING_CLOSED:
      *word = _("Held");
      *icon = "emblem-ok-symbolic";
      break;
    case TF_MEETING_CANCELLED:
      *word = tf_meeting_status_label (TF_MEETING_CANCELLED);
      *icon = "action-unavailable-symbolic";
      break;
    case TF_MEETING_PLANNED:
    default:
      if (g_strcmp0 (tf_meeting_get_held_on (meeting), today) < 0)
        {
          *word = _("Minutes not closed");
          *icon = "dialog-warning-symbolic";
          *warning = TRUE;
        }
      else
        {
          *word = tf_meeting_status_label (TF_MEETING_PLANNED);
          *icon = "x-office-calendar-symbolic";
        }
      break;
    }
}

/* Rows */

static GtkWidget *
add_label (GtkBox     *box,
           const char *css_class,
           gboolean    expand)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "ellipsize", expand ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE,
                                   "hexpand", expand,
                                   NULL);

  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);
  return label;
}

/* One row: day, date and time │ kind icon, title and place │ status. The
 * parts are kept on the row box under their names for binding. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *when = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *what = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *status = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new ();
  /* The word beside it says the status already. */
  GtkWidget *status_icon = g_object_new (GTK_TYPE_IMAGE,
                                         "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                         NULL);

  /* The time under the day, so a narrow window leaves room for the title. */
  g_object_set (row, "margin-start", 12, "margin-end", 12, "margin-top", 8, "margin-bottom", 8, NULL);
  gtk_widget_set_size_request (when, 180, -1);
  gtk_box_append (GTK_BOX (row), when);
  g_object_set_data (G_OBJECT (row), "date", add_label (GTK_BOX (when), NULL, FALSE));
  g_object_set_data (G_OBJECT (row), "time", add_label (GTK_BOX (when), "dim-label", FALSE));

  gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (row), icon);
  g_object_set_data (G_OBJECT (row), "icon", icon);

  gtk_widget_set_hexpand (what, TRUE);
  gtk_box_append (GTK_BOX (row), what);
  g_object_set_data (G_OBJECT (row), "title", add_label (GTK_BOX (what), "heading", TRUE));
  g_object_set_data (G_OBJECT (row), "place", add_label (GTK_BOX (what), "dim-label", TRUE));

  gtk_widget_set_size_request (status, 170, -1);
  gtk_box_append (GTK_BOX (row), status);
  gtk_widget_set_valign (status_icon, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (status), status_icon);
  g_object_set_data (G_OBJECT (row), "status-icon", status_icon);
  g_object_set_data (G_OBJECT (row), "status-label", add_label (GTK_BOX (status), NULL, FALSE));
  g_object_set_data (G_OBJECT (row), "status-box", status);

  gtk_list_item_set_child (item, row);
}

static void
set_part (GtkWidget  *row,
          const char *part,
          const char *text)
{
  GtkWidget *label = g_object_get_data (G_OBJECT (row), part);

  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_visible (label, text != NULL && *text != '\0');
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  GtkWidget *row = gtk_list_item_get_child (item);
  TfMeeting *meeting = gtk_list_item_get_item (item);
  g_autofree char *today = tf_today_iso ();
  g_autofree char *date = tf_format_date (tf_meeting_get_held_on (meeting));
  g_autofree char *times = display_times (meeting);
  g_autofree char *day = NULL;
  g_autofree char *title = tf_meeting_dup_display_title (meeting);
  GtkWidget *status_box = g_object_get_data (G_OBJECT (row), "status-box");
  const char *word, *icon;
  gboolean warning;

  /* Translators: a meeting's day in the list, "Tuesday 24. nov. 2026" */
  day = g_strdup_printf (_("%s %s"), tf_meeting_weekday_name (tf_meeting_get_held_on (meeting)), date);
  set_part (row, "date", day);
  set_part (row, "time", times);
  set_part (row, "title", title);
  set_part (row, "place", tf_meeting_get_place (meeting));
  gtk_image_set_from_icon_name (g_object_get_data (G_OBJECT (row), "icon"),
                                tf_meeting_kind_icon_name (tf_meeting_get_kind (meeting)));
  /* The title may not say the kind; the icon does, also to a screen
   * reader. No tooltip: setting one asks the X server where the pointer
   * is, for every row bound. */
  gtk_accessible_update_property (g_object_get_data (G_OBJECT (row), "icon"),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  tf_meeting_kind_label (tf_meeting_get_kind (meeting)), -1);

  describe_status (meeting, today, &word, &icon, &warning);
  set_part (row, "status-label", word);
  gtk_image_set_from_icon_name (g_object_get_data (G_OBJECT (row), "status-icon"), icon);
  if (warning)
    gtk_widget_add_css_class (status_box, "warning");
  else
    gtk_widget_remove_css_class (status_box, "warning");
  /* A cancelled meeting stays in the list, quieter. */
  if (tf_meeting_get_status (meeting) == TF_MEETING_CANCELLED)
    gtk_widget_add_css_class (row, "dim-label");
  else
    gtk_widget_remove_css_class (row, "dim-label");
}

/**
 * tf_meeting_rows_factory_new:
 *
 * Returns: (transfer full): a factory for list items holding a TfMeeting
 */
GtkListItemFactory *
tf_meeting_rows_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  return factory;
}
