/* tf-agenda-item-panel.c — one agenda item during the meeting
 *
 * The title and reason, the case's status with a way to open the case,
 * what changed in the case since the last meeting, the discussion and the
 * decision, and the item's follow-up tasks with a form to add one. The
 * tasks live in tf-agenda-item-panel-tasks.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "tf-agenda-item-panel-private.h"
#include "tf-conflict-dialog.h"

/* How much of a discussion or decision the conflict dialog quotes. */
#define QUOTE_CHARS 60

enum {
  PROP_0,
  PROP_SESSION,
  PROP_ITEM_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TfAgendaItemPanel, tf_agenda_item_panel, ADW_TYPE_BIN)

/* Helpers */

char *
_tf_agenda_item_panel_text_of (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

void
_tf_agenda_item_panel_toast (TfAgendaItemPanel *self,
                             const char        *text)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/* What is typed differs from what was loaded (NULL and "" are the same). */
static gboolean
text_differs (GtkTextView *view,
              const char  *loaded)
{
  g_autofree char *text = _tf_agenda_item_panel_text_of (view);

  return g_strcmp0 (text, loaded != NULL ? loaded : "") != 0;
}

static gboolean
minutes_modified (TfAgendaItemPanel *self)
{
  return self->minutes_editable &&
         (text_differs (self->discussion_view, self->loaded_discussion) ||
          text_differs (self->decision_view, self->loaded_decision));
}

static void
set_buffer_text (GtkTextView *view,
                 const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

/* The first line of a text, shortened, for "Discussion: old → new". */
static char *
quote (const char *text)
{
  g_autofree char *line = NULL;
  const char *newline;

  if (text == NULL || *text == '\0')
    return g_strdup ("—");
  newline = strchr (text, '\n');
  line = newline != NULL ? g_strndup (text, newline - text) : g_strdup (text);
  if (newline == NULL && g_utf8_strlen (line, -1) <= QUOTE_CHARS)
    return g_steal_pointer (&line);
  if (g_utf8_strlen (line, -1) > QUOTE_CHARS)
    {
      char *cut = g_utf8_offset_to_pointer (line, QUOTE_CHARS);
      *cut = '\0';
    }
  return g_strconcat (line, "…", NULL);
}

/* Loading */

static void
show_item_header (TfAgendaItemPanel *self)
{
  TfAgendaItem *item = self->item;
  gint64 case_id = tf_agenda_item_get_case_id (item);
  g_autofree char *title = NULL;

  /* Translators: "Item 3: Emil Nørgaard", as in the minutes */
  title = g_strdup_printf (_("Item %d: %s"), tf_agenda_item_get_position (item),
                           tf_agenda_item_get_title (item));
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->reason_label, tf_agenda_reason_label (tf_agenda_item_get_reason (item)));

  gtk_widget_set_visible (GTK_WIDGET (self->case_group), case_id > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->changes_group), case_id > 0);
  if (case_id > 0)
    {
      g_autoptr(TfCase) kase = tf_case_load (self->session, case_id, NULL);

      adw_action_row_set_subtitle (self->status_row,
                                   kase != NULL ? tf_case_status_label (tf_case_get_status (kase)) : "—");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->open_case_button), "x", case_id);
    }
}

/* The minutes lock when the meeting is closed (the core's triggers refuse
 * any change) or cancelled (there is nothing to minute). The tasks stay
 * markable as done either way: they are follow-up work, not minutes. */
static void
show_lock_state (TfAgendaItemPanel *self)
{
  TfMeetingStatus status = self->meeting != NULL ? tf_meeting_get_status (self->meeting)
                                                 : TF_MEETING_PLANNED;
  gboolean editable = status == TF_MEETING_PLANNED;

  self->minutes_editable = editable;
  gtk_widget_set_visible (GTK_WIDGET (self->discussion_frame), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->decision_frame), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->discussion_label), !editable);
  gtk_widget_set_visible (GTK_WIDGET (self->decision_label), !editable);
  gtk_widget_set_visible (GTK_WIDGET (self->save_button), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->locked_label), !editable);
  gtk_widget_set_visible (GTK_WIDGET (self->add_group), editable);
  gtk_widget_set_visible (GTK_WIDGET (self->add_button), editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "item.save", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "item.add-task", editable);
  if (status == TF_MEETING_CLOSED)
    gtk_label_set_text (self->locked_label,
                        _("The meeting is closed: its minutes are locked. Tasks can still be marked as done."));
  else if (status == TF_MEETING_CANCELLED)
    gtk_label_set_text (self->locked_label,
                        _("The meeting was cancelled: there are no minutes to write."));
}

static void
show_written_text (GtkLabel   *label,
                   const char *text)
{
  gboolean empty = text == NULL || *text == '\0';

  gtk_label_set_text (label, empty ? _("Nothing was written.") : text);
  if (empty)
    gtk_widget_add_css_class (GTK_WIDGET (label), "dim-label");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "dim-label");
}

/* Takes the stored texts into the editors — but only where nothing is being
 * typed: a reload must never throw away what the user wrote. Text views the
 * user changed keep their text and the version it was based on, so saving
 * them later meets the other desk's version as a conflict. */
static void
take_minutes (TfAgendaItemPanel *self,
              TfAgendaItem      *fresh,
              gboolean           force)
{
  const char *discussion = tf_agenda_item_get_discussion (fresh);
  const char *decision = tf_agenda_item_get_decision (fresh);

  if (!force && minutes_modified (self))
    return;
  g_free (self->loaded_discussion);
  g_free (self->loaded_decision);
  self->loaded_discussion = g_strdup (discussion);
  self->loaded_decision = g_strdup (decision);
  self->loaded_version = tf_agenda_item_get_version (fresh);
  set_buffer_text (self->discussion_view, discussion);
  set_buffer_text (self->decision_view, decision);
  show_written_text (self->discussion_label, discussion);
  show_written_text (self->decision_label, decision);
}

static gboolean
load_item (TfAgendaItemPanel *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfAgendaItem) item = tf_agenda_item_load (self->session, self->item_id, &error);

  if (item == NULL)
    {
      GtkWidget *header = gtk_widget_get_first_child (self->content_box);

      /* Only the header stays, saying why (the item was removed, say). */
      gtk_label_set_text (self->title_label, error->message);
      gtk_label_set_text (self->reason_label, "");
      for (GtkWidget *child = gtk_widget_get_next_sibling (header); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        gtk_widget_set_visible (child, FALSE);
      g_clear_object (&self->item);
      self->minutes_editable = FALSE;
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "item.save", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "item.add-task", FALSE);
      return FALSE;
    }
  g_set_object (&self->item, item);
  g_clear_object (&self->meeting);
  self->meeting = tf_meeting_load (self->session, tf_agenda_item_get_meeting_id (item), NULL);
  show_item_header (self);
  show_lock_state (self);
  take_minutes (self, item, FALSE);
  return TRUE;
}

/* What changed since the last meeting */

static GtkWidget *
change_row (const char *text,
            gboolean    dim)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  if (dim)
    gtk_widget_add_css_class (row, "dim-label");
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* Reading what changed looks at notes, assessments, tasks, decisions and
 * indicator values of the case: done in an idle after the panel shows, so
 * switching between items stays quick. */
static gboolean
compute_changes_cb (gpointer data)
{
  TfAgendaItemPanel *self = data;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;

  self->changes_idle = 0;
  self->changes_stale = FALSE;
  clear_list (self->changes_list);
  if (self->item == NULL || tf_agenda_item_get_case_id (self->item) == 0)
    return G_SOURCE_REMOVE;
  lines = tf_agenda_item_describe_changes (self->session, self->item, NULL, &error);
  if (lines == NULL)
    gtk_list_box_append (self->changes_list, change_row (error->message, FALSE));
  else if (lines[0] == NULL)
    gtk_list_box_append (self->changes_list, change_row (_("Nothing new since the last meeting"), TRUE));
  else
    for (guint i = 0; lines[i] != NULL; i++)
      gtk_list_box_append (self->changes_list, change_row (lines[i], FALSE));
  return G_SOURCE_REMOVE;
}

static void
queue_changes (TfAgendaItemPanel *self)
{
  self->changes_stale = TRUE;
  if (self->changes_idle == 0 && gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->changes_idle = g_idle_add (compute_changes_cb, self);
}

/* Following the store */

static gboolean
reload_cb (gpointer data)
{
  TfAgendaItemPanel *self = data;
  gboolean item = self->reload_item, tasks = self->reload_tasks;

  self->reload_idle = 0;
  self->reload_item = self->reload_tasks = FALSE;
  if (item && !load_item (self))
    return G_SOURCE_REMOVE;
  if (tasks)
    _tf_agenda_item_panel_load_tasks (self);
  queue_changes (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (TfStore    *store,
                     const char *entity,
                     gint64      id,
                     gpointer    data)
{
  TfAgendaItemPanel *self = data;
  gint64 case_id = self->item != NULL ? tf_agenda_item_get_case_id (self->item) : 0;
  gint64 meeting_id = self->item != NULL ? tf_agenda_item_get_meeting_id (self->item) : 0;

  if (g_strcmp0 (entity, "task") == 0 && id == case_id)
    self->reload_tasks = TRUE;
  else if ((g_strcmp0 (entity, "decision") == 0 && case_id > 0 && id == case_id) ||
           (g_strcmp0 (entity, "meeting") == 0 && id == meeting_id))
    /* A closed meeting also locks the task form; an item moved changes its number. */
    self->reload_item = self->reload_tasks = TRUE;
  else
    return;
  if (self->reload_idle == 0)
    self->reload_idle = g_idle_add (reload_cb, self);
}

/* Saving the minutes */

typedef struct
{
  GWeakRef      panel;
  TfSession    *session;
  gint64        item_id;
  char         *discussion;   /* what was typed here */
  char         *decision;
  TfAgendaItem *fresh;        /* the other desk's version */
} Conflict;

static void
conflict_free (gpointer data)
{
  Conflict *c = data;

  g_weak_ref_clear (&c->panel);
  g_clear_object (&c->session);
  g_clear_object (&c->fresh);
  g_free (c->discussion);
  g_free (c->decision);
  g_free (c);
}

/* The dialog keeps what was typed itself, so "mine" still saves when the
 * panel was closed while the dialog was open. */
static void
on_conflict_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         Conflict         *c)
{
  g_autoptr(TfAgendaItemPanel) self = g_weak_ref_get (&c->panel);
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, TF_CONFLICT_THEIRS))
    {
      if (self != NULL)
        take_minutes (self, c->fresh, TRUE);
    }
  else if (g_str_equal (response, TF_CONFLICT_MINE))
    {
      if (!tf_agenda_item_set_minutes (c->session, c->item_id, tf_agenda_item_get_version (c->fresh),
                                       c->discussion, c->decision, &error))
        {
          if (self != NULL)
            {
              gtk_label_set_text (self->save_error_label, error->message);
              gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), TRUE);
            }
          else
            g_warning ("Could not save the minutes of agenda item %" G_GINT64_FORMAT ": %s",
                       c->item_id, error->message);
          return;
        }
      if (self != NULL)
        {
          g_autoptr(TfAgendaItem) saved = tf_agenda_item_load (c->session, c->item_id, NULL);
          if (saved != NULL)
            take_minutes (self, saved, TRUE);
          _tf_agenda_item_panel_toast (self, _("Saved"));
        }
    }
}

static void
show_minutes_conflict (TfAgendaItemPanel *self,
                       const char        *discussion,
                       const char        *decision)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfAgendaItem) fresh = tf_agenda_item_load (self->session, self->item_id, &error);
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *who = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  Conflict *c;
  GtkWidget *dialog;

  if (fresh == NULL)
    {
      gtk_label_set_text (self->save_error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), TRUE);
      return;
    }
  if (g_strcmp0 (self->loaded_discussion, tf_agenda_item_get_discussion (fresh)) != 0)
    {
      g_autofree char *before = quote (self->loaded_discussion);
      g_autofree char *after = quote (tf_agenda_item_get_discussion (fresh));
      /* Translators: what another desk changed: old → new */
      g_ptr_array_add (changes, g_strdup_printf (_("Discussion: %s → %s"), before, after));
    }
  if (g_strcmp0 (self->loaded_decision, tf_agenda_item_get_decision (fresh)) != 0)
    {
      g_autofree char *before = quote (self->loaded_decision);
      g_autofree char *after = quote (tf_agenda_item_get_decision (fresh));
      g_ptr_array_add (changes, g_strdup_printf (_("Decision: %s → %s"), before, after));
    }
  g_ptr_array_add (changes, NULL);
  who = tf_audit_describe_last_change (self->session, "agenda_item", self->item_id,
                                       tf_agenda_item_get_case_id (fresh));
  dialog = tf_conflict_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Someone else changed this item of the minutes"),
                                   who, (const char * const *) changes->pdata);
  c = g_new0 (Conflict, 1);
  g_weak_ref_init (&c->panel, self);
  c->session = g_object_ref (self->session);
  c->item_id = self->item_id;
  c->discussion = g_strdup (discussion);
  c->decision = g_strdup (decision);
  c->fresh = g_steal_pointer (&fresh);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_conflict_response_cb),
                         c, (GClosureNotify) (void (*) (void)) conflict_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saves what is typed. @ask: show the conflict dialog on a conflict (not
 * while the panel is being destroyed). */
static gboolean
save_minutes (TfAgendaItemPanel *self,
              gboolean           ask)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *discussion = _tf_agenda_item_panel_text_of (self->discussion_view);
  g_autofree char *decision = _tf_agenda_item_panel_text_of (self->decision_view);
  g_autoptr(TfAgendaItem) saved = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), FALSE);
  if (!tf_agenda_item_set_minutes (self->session, self->item_id, self->loaded_version,
                                   discussion, decision, &error))
    {
      if (g_error_matches (error, TF_ERROR, TF_ERROR_CONFLICT) && ask)
        show_minutes_conflict (self, discussion, decision);
      else if (ask)
        {
          gtk_label_set_text (self->save_error_label, error->message);
          gtk_widget_set_visible (GTK_WIDGET (self->save_error_label), TRUE);
        }
      else
        g_warning ("Could not save the minutes of agenda item %" G_GINT64_FORMAT ": %s",
                   self->item_id, error->message);
      return FALSE;
    }
  saved = tf_agenda_item_load (self->session, self->item_id, NULL);
  if (saved != NULL)
    take_minutes (self, saved, TRUE);
  _tf_agenda_item_panel_toast (self, _("Saved"));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TfAgendaItemPanel *self = TF_AGENDA_ITEM_PANEL (widget);

  if (self->minutes_editable)
    save_minutes (self, TRUE);
}

/* Saves typed minutes now: the meeting window calls this before it closes
 * the meeting (which locks the minutes, so a later save would fail) and
 * before it prints or exports them (which must show what is on screen).
 * Returns FALSE when the save was refused; the panel then says why. */
gboolean
tf_agenda_item_panel_save_pending (TfAgendaItemPanel *self)
{
  g_return_val_if_fail (TF_IS_AGENDA_ITEM_PANEL (self), FALSE);

  if (self->item == NULL || !self->minutes_editable || !minutes_modified (self))
    return TRUE;
  return save_minutes (self, TRUE);
}

/* GtkWidget */

static void
tf_agenda_item_panel_map (GtkWidget *widget)
{
  TfAgendaItemPanel *self = TF_AGENDA_ITEM_PANEL (widget);

  GTK_WIDGET_CLASS (tf_agenda_item_panel_parent_class)->map (widget);
  if (self->changes_stale)
    queue_changes (self);
}

/* The meeting window shows one item at a time: picking another item hides
 * (unmaps) this panel or destroys it. Nobody should lose minutes typed
 * during a meeting to a click in the agenda, and asking "save?" at every
 * switch would slow the meeting down, so what is typed is saved here. A
 * conflict with another desk still asks, through the dialog. */
static void
tf_agenda_item_panel_unmap (GtkWidget *widget)
{
  TfAgendaItemPanel *self = TF_AGENDA_ITEM_PANEL (widget);

  if (minutes_modified (self))
    save_minutes (self, gtk_widget_get_root (widget) != NULL);
  GTK_WIDGET_CLASS (tf_agenda_item_panel_parent_class)->unmap (widget);
}

/* GObject */

static void
tf_agenda_item_panel_constructed (GObject *object)
{
  TfAgendaItemPanel *self = TF_AGENDA_ITEM_PANEL (object);

  G_OBJECT_CLASS (tf_agenda_item_panel_parent_class)->constructed (object);

  g_signal_connect_object (tf_session_get_store (self->session), "changed",
                           G_CALLBACK (on_store_changed_cb), self, 0);
  if (!load_item (self))
    return;
  _tf_agenda_item_panel_setup_tasks (self);
  _tf_agenda_item_panel_load_tasks (self);
  self->changes_stale = TRUE;
}

static void
tf_agenda_item_panel_dispose (GObject *object)
{
  TfAgendaItemPanel *self = TF_AGENDA_ITEM_PANEL (object);

  /* Destroyed without being unmapped first (the window closed): the same
   * reason as in unmap, without a dialog that could not come back here. */
  if (self->session != NULL && self->item != NULL && minutes_modified (self))
    save_minutes (self, FALSE);
  g_clear_handle_id (&self->changes_idle, g_source_remove);
  g_clear_handle_id (&self->reload_idle, g_source_remove);
  /* No gtk_widget_dispose_template(): AdwBin unparents its child (the
   * template's toast overlay) itself, and doing it twice is an error. */
  g_clear_object (&self->item);
  g_clear_object (&self->meeting);
  g_clear_object (&self->staff);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (tf_agenda_item_panel_parent_class)->dispose (object);
}

static void
tf_agenda_item_panel_finalize (GObject *object)
{
  TfAgendaItemPanel *self = TF_AGENDA_ITEM_PANEL (object);

  g_free (self->loaded_discussion);
  g_free (self->loaded_decision);
  G_OBJECT_CLASS (tf_agenda_item_panel_parent_class)->finalize (object);
}

static void
tf_agenda_item_panel_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TfAgendaItemPanel *self = TF_AGENDA_ITEM_PANEL (object);

  switch (prop_id)
    {
    case PROP_SESSION: g_value_set_object (value, self->session); break;
    case PROP_ITEM_ID: g_value_set_int64 (value, self->item_id); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_agenda_item_panel_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TfAgendaItemPanel *self = TF_AGENDA_ITEM_PANEL (object);

  switch (prop_id)
    {
    case PROP_SESSION: self->session = g_value_dup_object (value); break;
    case PROP_ITEM_ID: self->item_id = g_value_get_int64 (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_agenda_item_panel_class_init (TfAgendaItemPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tf_agenda_item_panel_constructed;
  object_class->dispose = tf_agenda_item_panel_dispose;
  object_class->finalize = tf_agenda_item_panel_finalize;
  object_class->get_property = tf_agenda_item_panel_get_property;
  object_class->set_property = tf_agenda_item_panel_set_property;
  widget_class->map = tf_agenda_item_panel_map;
  widget_class->unmap = tf_agenda_item_panel_unmap;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ITEM_ID] =
    g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-agenda-item-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, content_box);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, reason_label);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, case_group);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, status_row);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, open_case_button);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, changes_group);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, changes_list);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, discussion_frame);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, discussion_view);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, discussion_label);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, decision_frame);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, decision_view);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, decision_label);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, locked_label);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, save_button);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, tasks_list);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, add_group);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, what_row);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, what_error);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, who_row);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, who_error);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, due_row);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, due_error);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, add_error);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaItemPanel, add_button);

  gtk_widget_class_install_action (widget_class, "item.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "item.add-task", NULL,
                                   _tf_agenda_item_panel_add_task_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "item.save", NULL);
}

static void
tf_agenda_item_panel_init (TfAgendaItemPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
tf_agenda_item_panel_new (TfSession *session,
                          gint64     item_id)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  return g_object_new (TF_TYPE_AGENDA_ITEM_PANEL,
                       "session", session,
                       "item-id", item_id,
                       NULL);
}
