/* tf-dashboard-trace.c — from a number on the dashboard to the cases behind it
 *
 * Every TfStatsCount carries the ids of the cases behind it. A row showing
 * one count opens them: the row is a GtkActionable for the main window's
 * win.show-cases with the figure's title and ids as its target, so a click
 * or Enter on the focused row lands on the case list restricted to them. A
 * row showing two or more counts (a month's open cases and new referrals;
 * an indicator's improved, held and worsened) opens a small menu with one
 * entry per count, each targeting win.show-cases with its own cases. A row
 * whose counts have no cases stays a plain row: there is nothing to open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-dashboard-private.h"

#define SHOW_CASES "win.show-cases"

static gboolean
has_cases (const TfStatsCount *count)
{
  return count != NULL && count->cases != NULL && count->cases->len > 0;
}

/* "New referrals · October 2026", or with @prefix "Active: at the end · Q2 2025". */
static char *
figure_title (const char *prefix,
              const char *what,
              const char *when)
{
  if (prefix != NULL)
    /* TRANSLATORS: names a figure whose cases the case list shows: "Active: At the step at the end · Q2 2025" */
    return g_strdup_printf (_("%s: %s · %s"), prefix, what, when);
  /* TRANSLATORS: names a figure whose cases the case list shows: "New referrals · October 2026" */
  return g_strdup_printf (_("%s · %s"), what, when);
}

GVariant *
_tf_dashboard_trace_target (const char         *title,
                            const TfStatsCount *count)
{
  GVariantBuilder ids;

  g_variant_builder_init (&ids, G_VARIANT_TYPE ("ax"));
  for (guint i = 0; count->cases != NULL && i < count->cases->len; i++)
    g_variant_builder_add (&ids, "x", g_array_index (count->cases, gint64, i));
  return g_variant_new ("(sax)", title, &ids);
}

/* What a screen reader says after the row's title: its value, then what
 * activating it does. */
static void
describe (GtkWidget  *row,
          const char *what_it_does)
{
  const char *number = g_object_get_data (G_OBJECT (row), "tf-dashboard-value");
  g_autofree char *description = NULL;

  /* TRANSLATORS: a dashboard row's accessible description: "12. Show the cases behind the figure" */
  description = number != NULL ? g_strdup_printf (_("%s. %s"), number, what_it_does) : g_strdup (what_it_does);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  gtk_widget_set_tooltip_text (row, what_it_does);
}

void
_tf_dashboard_trace_row (GtkWidget          *row,
                         const char         *what,
                         const char         *when,
                         const TfStatsCount *count)
{
  g_autofree char *title = NULL;
  GtkWidget *arrow;

  if (!has_cases (count))
    return;
  title = figure_title (NULL, what, when);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), SHOW_CASES);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), _tf_dashboard_trace_target (title, count));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  describe (row, _("Show the cases behind the figure"));
}

static void
on_row_activated_cb (AdwActionRow  *row,
                     GtkMenuButton *button)
{
  gtk_menu_button_popup (button);
}

void
_tf_dashboard_trace_menu (GtkWidget                *row,
                          const char               *prefix,
                          const char               *when,
                          const TfDashboardTrace   *traces,
                          guint                     n_traces)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *button;
  gboolean any = FALSE;

  for (guint i = 0; i < n_traces; i++)
    any |= has_cases (traces[i].count);
  if (!any)
    return;

  /* One entry per count; a count without cases is shown, but dimmed (an
   * entry with no action), so the menu always says every number. */
  for (guint i = 0; i < n_traces; i++)
    {
      g_autofree char *label = g_strdup_printf ("%s (%" G_GINT64_FORMAT ")", traces[i].label, traces[i].count->n);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      if (has_cases (traces[i].count))
        {
          g_autofree char *title = figure_title (prefix, traces[i].label, when);

          g_menu_item_set_action_and_target_value (item, SHOW_CASES,
                                                   _tf_dashboard_trace_target (title, traces[i].count));
        }
      g_menu_append_item (menu, item);
    }

  button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "go-next-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "trace-menu");
  gtk_widget_set_tooltip_text (button, _("Show the cases behind the figures"));
  /* GTK 4.8's menu button does not pass its name to the toggle button
   * inside it, which is what takes the focus: name both. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Show the cases behind the figures"), -1);
  if (GTK_IS_BUTTON (gtk_widget_get_first_child (button)))
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_first_child (button)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show the cases behind the figures"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  /* A click on the row, or Enter on it, opens the same menu. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect_object (row, "activated", G_CALLBACK (on_row_activated_cb), button, 0);
  describe (row, _("Choose a figure to show the cases behind it"));
}
