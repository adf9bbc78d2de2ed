/* tf-reminder-button.c — the main window's reminder list
 *
 * The same reminders the desktop notifications bring, for whoever missed
 * them: a button in the header bar with the count of what is overdue or
 * due today, and a popover listing every reminder under "Overdue", "Today"
 * and "Upcoming". Activating one opens its case or meeting.
 *
 * Two things keep it cheap. Reading the reminders costs about 300 ms on a
 * large store, so it never happens on the way to the first frame: the list
 * is read after the window's first paint, when the popover opens, and in a
 * low-priority idle after the store says tasks, meetings, consents or
 * cases changed (several changes, one read). And one kind of reminder can
 * come in thousands (a plugin's statutory deadlines for a coordinator of a
 * big store), so the list is a GtkListView over a model where each kind
 * shows a few reminders and folds the rest into one expandable "and N more"
 * row (tf_reminder_list_group()).
 *
 * GtkMenuButton cannot be subclassed in GTK 4, so the button is a widget
 * holding one.
 *
 * A screen reader must meet one button, "Reminders: 3". In GTK 4.8 a
 * GtkMenuButton is two accessible buttons: itself (role button) and the
 * toggle button inside it, which takes the focus and is labelled by the
 * outer one — so Orca found two buttons of the same name, the outer never
 * focused. Here the outer has the generic role and no name, and the inner
 * toggle button, the one focused and pressed, carries the name, the
 * description and the tooltip (a tooltip on the outer one would be read
 * as a second description).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "tf-application.h"
#include "tf-reminder-button.h"
#include "tf-reminder-group.h"
#include "tf-window.h"

struct _TfReminderButton
{
  GtkWidget        parent_instance;

  /* Template widgets */
  GtkMenuButton   *menu_button;
  GtkWidget       *toggle;        /* the menu button's own toggle button: the accessible one */
  GtkLabel        *count_label;
  GtkPopover      *popover;
  GtkStack        *stack;
  GtkListView     *list_view;

  /* Owned */
  TfSession       *session;
  TfRegistry      *registry;      /* set with the session; else the application's */
  gboolean         own_registry;
  GListStore      *rows;          /* the grouped list: the tree model's root */
  GtkTreeListModel *tree;
  guint            count;
  guint            reload_idle;
  gboolean         loaded;
  gulong           paint_handler;
  GdkFrameClock   *frame_clock;
};

G_DEFINE_FINAL_TYPE (TfReminderButton, tf_reminder_button, GTK_TYPE_WIDGET)

/* Rows */

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  GListModel *reminders;

  if (!TF_IS_REMINDER_GROUP (item))
    return NULL;
  reminders = tf_reminder_group_get_reminders (item);
  return reminders != NULL ? g_object_ref (reminders) : NULL;
}

static const char *
urgency_icon (TfReminderUrgency urgency)
{
  switch (urgency)
    {
    case TF_REMINDER_OVERDUE:
      return "dialog-warning-symbolic";
    case TF_REMINDER_DUE:
      return "alarm-symbolic";
    case TF_REMINDER_UPCOMING:
    default:
      return "x-office-calendar-symbolic";
    }
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  user_data)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 2);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  for (GtkWidget *label = title; label != NULL; label = label == title ? subtitle : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 44);
    }
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  g_object_set_data (G_OBJECT (list_item), "tf-icon", icon);
  g_object_set_data (G_OBJECT (list_item), "tf-title", title);
  g_object_set_data (G_OBJECT (list_item), "tf-subtitle", subtitle);
  gtk_list_item_set_child (list_item, expander);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  user_data)
{
  GtkTreeListRow *tree_row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *icon = g_object_get_data (G_OBJECT (list_item), "tf-icon");
  GtkWidget *title = g_object_get_data (G_OBJECT (list_item), "tf-title");
  GtkWidget *subtitle = g_object_get_data (G_OBJECT (list_item), "tf-subtitle");
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (tree_row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), tree_row);
  gtk_widget_remove_css_class (title, "heading");
  gtk_widget_remove_css_class (title, "dim-label");

  if (TF_IS_REMINDER_GROUP (item) && tf_reminder_group_get_reminders (TF_REMINDER_GROUP (item)) == NULL)
    {
      /* A heading: not a thing to activate. */
      gtk_label_set_label (GTK_LABEL (title), tf_reminder_group_get_title (TF_REMINDER_GROUP (item)));
      gtk_widget_add_css_class (title, "heading");
      gtk_widget_set_visible (subtitle, FALSE);
      gtk_widget_set_visible (icon, FALSE);
      gtk_list_item_set_activatable (list_item, FALSE);
      return;
    }
  gtk_list_item_set_activatable (list_item, TRUE);
  if (TF_IS_REMINDER_GROUP (item))
    {
      /* The expander's arrow says it unfolds; no icon of its own. */
      gtk_label_set_label (GTK_LABEL (title), tf_reminder_group_get_title (TF_REMINDER_GROUP (item)));
      gtk_widget_add_css_class (title, "dim-label");
      gtk_widget_set_visible (icon, FALSE);
      gtk_widget_set_visible (subtitle, FALSE);
    }
  else
    {
      TfReminder *reminder = TF_REMINDER (item);
      g_autofree char *date = tf_format_date (tf_reminder_get_date (reminder));
      const char *body = tf_reminder_get_body (reminder);
      g_autofree char *text = NULL;

      gtk_label_set_label (GTK_LABEL (title), tf_reminder_get_title (reminder));
      gtk_widget_set_visible (icon, TRUE);
      gtk_image_set_from_icon_name (GTK_IMAGE (icon), urgency_icon (tf_reminder_get_urgency (reminder)));
      /* Translators: under a reminder: "3. dec. 2026 · Agreed at the meeting" */
      /* The date, then the body — unless the body already says the date
       * ("It was due on 3. nov. 2026."), which would read twice. */
      if (body == NULL || *body == '\0')
        text = g_steal_pointer (&date);
      else if (strstr (body, date) != NULL)
        text = g_strdup (body);
      else
        text = g_strdup_printf (_("%s · %s"), date, body);
      gtk_label_set_label (GTK_LABEL (subtitle), text);
      gtk_widget_set_visible (subtitle, TRUE);
    }
}

/* Loading */

static TfRegistry *
current_registry (TfReminderButton *self)
{
  GApplication *application = g_application_get_default ();

  if (self->own_registry)
    return self->registry;
  if (TF_IS_APPLICATION (application))
    return tf_application_get_registry (TF_APPLICATION (application));
  return NULL;
}

static gboolean
find_session (TfReminderButton *self)
{
  GtkRoot *root;

  if (self->session != NULL)
    return TRUE;
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (TF_IS_WINDOW (root) && tf_window_get_session (TF_WINDOW (root)) != NULL)
    self->session = g_object_ref (tf_window_get_session (TF_WINDOW (root)));
  return self->session != NULL;
}

/* The name says what the badge shows: "Reminders: 3" */
static void
update_accessible (TfReminderButton *self,
                   const char       *description)
{
  g_autofree char *name = NULL;

  if (self->count > 0)
    /* Translators: the reminder button's accessible name, with the count
     * of reminders overdue or due today its badge shows */
    name = g_strdup_printf (_("Reminders: %'u"), self->count);
  else
    name = g_strdup (_("Reminders"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->toggle),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->toggle),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  gtk_widget_set_tooltip_text (self->toggle, description != NULL ? description : name);
}

static void
show_count (TfReminderButton *self,
            guint             n_total)
{
  g_autofree char *count = g_strdup_printf ("%'u", self->count);
  g_autofree char *description = NULL;

  gtk_label_set_label (self->count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), self->count > 0);
  /* Translators: the reminder button's accessible description */
  description = g_strdup_printf (ngettext ("%u reminder, %u overdue or due today",
                                           "%u reminders, %u overdue or due today", n_total),
                                 n_total, self->count);
  update_accessible (self, description);
}

void
tf_reminder_button_reload (TfReminderButton *self)
{
  g_autoptr(GListModel) reminders = NULL;
  g_autoptr(GListModel) grouped = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree GObject **items = NULL;
  guint n, n_rows;

  g_return_if_fail (TF_IS_REMINDER_BUTTON (self));

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  if (!find_session (self))
    return;
  reminders = tf_reminder_list (self->session, current_registry (self), NULL, &error);
  if (reminders == NULL)
    {
      g_warning ("Cannot list the reminders: %s", error->message);
      return;
    }
  self->loaded = TRUE;
  n = g_list_model_get_n_items (reminders);
  self->count = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfReminder) reminder = g_list_model_get_item (reminders, i);

      if (tf_reminder_get_urgency (reminder) != TF_REMINDER_UPCOMING)
        self->count++;
    }
  grouped = tf_reminder_list_group (reminders, TF_REMINDER_BUTTON_SHOWN_PER_KIND);
  n_rows = g_list_model_get_n_items (grouped);
  items = g_new0 (GObject *, n_rows + 1);
  for (guint i = 0; i < n_rows; i++)
    items[i] = g_list_model_get_item (grouped, i);
  g_list_store_splice (self->rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)),
                       (gpointer *) items, n_rows);
  for (guint i = 0; i < n_rows; i++)
    g_object_unref (items[i]);
  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
  show_count (self, n);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  TfReminderButton *self = user_data;

  self->reload_idle = 0;
  tf_reminder_button_reload (self);
  return G_SOURCE_REMOVE;
}

static void
queue_reload (TfReminderButton *self)
{
  if (self->reload_idle == 0)
    self->reload_idle = g_idle_add_full (G_PRIORITY_LOW, reload_idle_cb, self, NULL);
}

static void
on_store_changed_cb (TfStore          *store,
                     const char       *entity,
                     gint64            id,
                     TfReminderButton *self)
{
  static const char * const entities[] = { "task", "meeting", "consent", "case", "record", NULL };

  if (entity == NULL || g_strv_contains (entities, entity))
    queue_reload (self);
}

static void
watch_store (TfReminderButton *self)
{
  g_signal_connect_object (tf_session_get_store (self->session), "changed",
                           G_CALLBACK (on_store_changed_cb), self, 0);
}

static void
on_after_paint_cb (GdkFrameClock    *clock,
                   TfReminderButton *self)
{
  g_clear_signal_handler (&self->paint_handler, self->frame_clock);
  self->frame_clock = NULL;
  if (self->session == NULL && find_session (self))
    watch_store (self);
  queue_reload (self);
}

/* The first read waits for the window's first frame. */
static void
tf_reminder_button_map (GtkWidget *widget)
{
  TfReminderButton *self = TF_REMINDER_BUTTON (widget);

  GTK_WIDGET_CLASS (tf_reminder_button_parent_class)->map (widget);
  if (!self->loaded && self->paint_handler == 0)
    {
      self->frame_clock = gtk_widget_get_frame_clock (widget);
      self->paint_handler = g_signal_connect (self->frame_clock, "after-paint",
                                              G_CALLBACK (on_after_paint_cb), self);
    }
}

static void
tf_reminder_button_unmap (GtkWidget *widget)
{
  TfReminderButton *self = TF_REMINDER_BUTTON (widget);

  if (self->frame_clock != NULL)
    g_clear_signal_handler (&self->paint_handler, self->frame_clock);
  self->frame_clock = NULL;
  GTK_WIDGET_CLASS (tf_reminder_button_parent_class)->unmap (widget);
}

static void
on_popover_show_cb (GtkPopover       *popover,
                    TfReminderButton *self)
{
  /* What was due an hour ago may be done now: read afresh. */
  tf_reminder_button_reload (self);
}

/* Activation */

void
tf_reminder_button_activate_row (TfReminderButton *self,
                                 guint             position)
{
  g_autoptr(GtkTreeListRow) tree_row = NULL;
  g_autoptr(GObject) item = NULL;
  TfReminder *reminder;

  g_return_if_fail (TF_IS_REMINDER_BUTTON (self));

  tree_row = g_list_model_get_item (G_LIST_MODEL (self->tree), position);
  if (tree_row == NULL)
    return;
  item = gtk_tree_list_row_get_item (tree_row);
  if (TF_IS_REMINDER_GROUP (item))
    {
      if (gtk_tree_list_row_is_expandable (tree_row))
        gtk_tree_list_row_set_expanded (tree_row, !gtk_tree_list_row_get_expanded (tree_row));
      return;
    }
  reminder = TF_REMINDER (item);
  if (tf_reminder_get_meeting_id (reminder) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "app.open-meeting", "x",
                                tf_reminder_get_meeting_id (reminder));
  else if (tf_reminder_get_case_id (reminder) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "app.open-case", "x",
                                tf_reminder_get_case_id (reminder));
  else
    return;
  gtk_popover_popdown (self->popover);
}

static void
on_list_view_activate_cb (GtkListView      *view,
                          guint             position,
                          TfReminderButton *self)
{
  tf_reminder_button_activate_row (self, position);
}

/* GObject */

static void
tf_reminder_button_dispose (GObject *object)
{
  TfReminderButton *self = TF_REMINDER_BUTTON (object);

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  if (self->frame_clock != NULL)
    g_clear_signal_handler (&self->paint_handler, self->frame_clock);
  gtk_widget_dispose_template (GTK_WIDGET (object), TF_TYPE_REMINDER_BUTTON);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (tf_session_get_store (self->session), self);
  g_clear_object (&self->session);
  g_clear_object (&self->registry);
  g_clear_object (&self->tree);

  G_OBJECT_CLASS (tf_reminder_button_parent_class)->dispose (object);
}

static void
tf_reminder_button_class_init (TfReminderButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_reminder_button_dispose;
  widget_class->map = tf_reminder_button_map;
  widget_class->unmap = tf_reminder_button_unmap;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-reminder-button.ui");
  gtk_widget_class_bind_template_child (widget_class, TfReminderButton, menu_button);
  gtk_widget_class_bind_template_child (widget_class, TfReminderButton, count_label);
  gtk_widget_class_bind_template_child (widget_class, TfReminderButton, popover);
  gtk_widget_class_bind_template_child (widget_class, TfReminderButton, stack);
  gtk_widget_class_bind_template_child (widget_class, TfReminderButton, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
tf_reminder_button_init (TfReminderButton *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* GtkMenuButton's one child besides its popover: "menubutton ╰── button.toggle" */
  self->toggle = gtk_widget_get_first_child (GTK_WIDGET (self->menu_button));
  g_assert (GTK_IS_TOGGLE_BUTTON (self->toggle));
  update_accessible (self, NULL);
  self->rows = g_list_store_new (G_TYPE_OBJECT);
  /* The tree owns the root store. */
  self->tree = gtk_tree_list_model_new (G_LIST_MODEL (self->rows), FALSE, FALSE,
                                        create_children_cb, NULL, NULL);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->tree)))));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

GtkWidget *
tf_reminder_button_new (void)
{
  return g_object_new (TF_TYPE_REMINDER_BUTTON, NULL);
}

/**
 * tf_reminder_button_set_session:
 * @registry: (nullable): the work areas whose statutory deadlines count
 */
void
tf_reminder_button_set_session (TfReminderButton *self,
                                TfSession        *session,
                                TfRegistry       *registry)
{
  g_return_if_fail (TF_IS_REMINDER_BUTTON (self));
  g_return_if_fail (TF_IS_SESSION (session));

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (tf_session_get_store (self->session), self);
  g_set_object (&self->session, session);
  g_set_object (&self->registry, registry);
  self->own_registry = TRUE;
  watch_store (self);
  if (self->loaded)
    queue_reload (self);
}

guint
tf_reminder_button_get_count (TfReminderButton *self)
{
  g_return_val_if_fail (TF_IS_REMINDER_BUTTON (self), 0);
  return self->count;
}

GListModel *
tf_reminder_button_get_model (TfReminderButton *self)
{
  g_return_val_if_fail (TF_IS_REMINDER_BUTTON (self), NULL);
  return G_LIST_MODEL (self->tree);
}

void
tf_reminder_button_popup (TfReminderButton *self)
{
  g_return_if_fail (TF_IS_REMINDER_BUTTON (self));
  gtk_menu_button_popup (self->menu_button);
}

static GtkWidget *
find_button (GtkWidget *widget)
{
  if (TF_IS_REMINDER_BUTTON (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
popup_when_mapped_cb (GtkWidget *button,
                      gpointer   user_data)
{
  g_signal_handlers_disconnect_by_func (button, popup_when_mapped_cb, user_data);
  tf_reminder_button_popup (TF_REMINDER_BUTTON (button));
}

void
tf_reminder_button_show_in (GtkApplication *application)
{
  GtkWidget *button = NULL;

  g_return_if_fail (GTK_IS_APPLICATION (application));

  /* Activating presents the main window, making it if it was closed. */
  g_application_activate (G_APPLICATION (application));
  for (GList *l = gtk_application_get_windows (application); l != NULL && button == NULL; l = l->next)
    if (TF_IS_WINDOW (l->data))
      button = find_button (l->data);
  if (button == NULL)
    return;
  if (gtk_widget_get_mapped (button))
    tf_reminder_button_popup (TF_REMINDER_BUTTON (button));
  else
    g_signal_connect (button, "map", G_CALLBACK (popup_when_mapped_cb), NULL);
}
