/* tf-deadline-row.c — one statutory deadline: due date and state in words
 *
 * Met, due in N days, or overdue: each with its own icon and words; the
 * colour only repeats them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-deadline-row.h"
#include "tf-gtk-util-private.h"

#define SOON_DAYS 14

struct _TfDeadlineRow
{
  AdwActionRow     parent_instance;

  /* Template widgets */
  GtkImage        *state_icon;
  GtkLabel        *state_label;

  TfDeadlineState  state;
};

G_DEFINE_FINAL_TYPE (TfDeadlineRow, tf_deadline_row, ADW_TYPE_ACTION_ROW)

static void
tf_deadline_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), TF_TYPE_DEADLINE_ROW);

  G_OBJECT_CLASS (tf_deadline_row_parent_class)->dispose (object);
}

static void
tf_deadline_row_class_init (TfDeadlineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_deadline_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/gtk/tf-deadline-row.ui");
  gtk_widget_class_bind_template_child (widget_class, TfDeadlineRow, state_icon);
  gtk_widget_class_bind_template_child (widget_class, TfDeadlineRow, state_label);
}

static void
tf_deadline_row_init (TfDeadlineRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tf_deadline_row_new (TfDeadline *deadline,
                     const char *today_iso)
{
  TfDeadlineRow *self;
  TfDeadlineRule *rule;
  const char *due_on, *done_on;
  g_autofree char *due = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *state = NULL;
  g_autofree char *description = NULL;
  const char *icon, *css;

  g_return_val_if_fail (TF_IS_DEADLINE (deadline), NULL);
  g_return_val_if_fail (today_iso != NULL, NULL);

  self = g_object_new (TF_TYPE_DEADLINE_ROW, NULL);
  rule = tf_deadline_get_rule (deadline);
  due_on = tf_deadline_get_due_on (deadline);
  done_on = tf_deadline_get_done_on (deadline);
  due = tf_format_date (due_on);

  /* Translators: when a deadline falls due, "Due 3. dec. 2025" */
  subtitle = g_strdup_printf (_("Due %s"), due);

  if (done_on != NULL)
    {
      g_autofree char *done = tf_format_date (done_on);

      self->state = TF_DEADLINE_STATE_MET;
      state = g_strdup_printf (_("Met on %s"), done);
      icon = "emblem-ok-symbolic";
      css = "success";
    }
  else if (tf_deadline_is_overdue (deadline, today_iso))
    {
      self->state = TF_DEADLINE_STATE_OVERDUE;
      state = g_strdup_printf (_("Overdue since %s"), due);
      icon = "dialog-warning-symbolic";
      css = "error";
    }
  else
    {
      int days = _tf_days_between (today_iso, due_on);

      self->state = days <= SOON_DAYS ? TF_DEADLINE_STATE_SOON : TF_DEADLINE_STATE_OPEN;
      if (days <= 0)
        state = g_strdup (_("Due today"));
      else if (days == 1)
        state = g_strdup (_("Due tomorrow"));
      else
        state = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Due in %d day", "Due in %d days", days), days);
      icon = "alarm-symbolic";
      css = self->state == TF_DEADLINE_STATE_SOON ? "warning" : "dim-label";
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), tf_deadline_rule_get_title (rule));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle);
  gtk_image_set_from_icon_name (self->state_icon, icon);
  gtk_label_set_text (self->state_label, state);
  /* one line while it fits; wrapping only when the row is narrow */
  gtk_label_set_width_chars (self->state_label, MIN (24, (int) g_utf8_strlen (state, -1)));
  gtk_widget_add_css_class (GTK_WIDGET (self->state_icon), css);
  gtk_widget_add_css_class (GTK_WIDGET (self->state_label), css);

  description = g_strdup_printf ("%s. %s", state, subtitle);
  _tf_accessible_set_description (GTK_WIDGET (self), description);
  return GTK_WIDGET (self);
}

TfDeadlineState
tf_deadline_row_get_state (TfDeadlineRow *self)
{
  g_return_val_if_fail (TF_IS_DEADLINE_ROW (self), TF_DEADLINE_STATE_OPEN);
  return self->state;
}

const char *
tf_deadline_row_get_state_text (TfDeadlineRow *self)
{
  g_return_val_if_fail (TF_IS_DEADLINE_ROW (self), NULL);
  return gtk_label_get_text (self->state_label);
}
