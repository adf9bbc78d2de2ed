/* tf-agenda-add-dialog.c — add a case or a topic to a meeting's agenda
 *
 * The cases come from the case list's own model, searched by name or CPR
 * number in SQL, and only its first rows are shown (a slice): the dialog
 * never reads the whole table. Cases that are no longer open are shown but
 * cannot be chosen. The core's refusal (the case is already on the agenda,
 * the minutes are closed) shows at the top of the dialog, which stays open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-agenda-add-dialog.h"

/* How many matching cases are shown; typing more narrows them. */
#define SHOWN_CASES 30

struct _TfAgendaAddDialog
{
  AdwWindow          parent_instance;

  /* Template widgets */
  GtkLabel          *error_label;
  GtkSearchEntry    *search_entry;
  GtkListBox        *case_list;
  GtkLabel          *count_label;
  AdwEntryRow       *topic_row;

  /* Owned */
  TfSession         *session;
  gint64             meeting_id;
  TfCaseListModel   *cases;
  GtkSliceListModel *shown;
  GHashTable        *on_agenda;   /* case ids with an item already */
};

enum {
  PROP_0,
  PROP_SESSION,
  PROP_MEETING_ID,
  N_PROPS
};

enum {
  SIGNAL_ADDED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TfAgendaAddDialog, tf_agenda_add_dialog, ADW_TYPE_WINDOW)

static void
show_error (TfAgendaAddDialog *self,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message ?: "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
add (TfAgendaAddDialog *self,
     gint64             case_id,
     const char        *title)
{
  g_autoptr(GError) error = NULL;
  gint64 item_id = tf_agenda_add (self->session, self->meeting_id, case_id, title, &error);

  if (item_id == 0)
    {
      show_error (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_ADDED], 0, item_id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_case_activated_cb (TfAgendaAddDialog *self,
                      GtkListBoxRow     *row)
{
  gint64 case_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "tf-case-id"));

  if (case_id > 0)
    add (self, case_id, NULL);
}

static void
on_add_topic_cb (TfAgendaAddDialog *self)
{
  add (self, 0, gtk_editable_get_text (GTK_EDITABLE (self->topic_row)));
}

static GtkWidget *
case_row_new (gpointer item,
              gpointer user_data)
{
  TfCaseSummary *summary = item;
  TfAgendaAddDialog *self = user_data;
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *cpr = NULL;
  g_autofree char *status = NULL;
  g_autofree char *subtitle = NULL;
  int status_id;
  gboolean open;

  g_object_get (summary, "cpr-label", &cpr, "status-label", &status, NULL);
  status_id = tf_case_status_from_id (tf_case_summary_get_status (summary));
  open = status_id >= 0 && tf_case_status_is_open (status_id);
  if (cpr != NULL && *cpr != '\0')
    subtitle = g_strdup_printf ("%s · %s", cpr, status);
  else
    subtitle = g_strdup (status);
  if (open && g_hash_table_contains (self->on_agenda, GSIZE_TO_POINTER (tf_case_summary_get_case_id (summary))))
    {
      g_autofree char *with_reason = subtitle;

      /* Translators: under a case that has an item already: "120410-1234 · Active · already on this agenda" */
      subtitle = g_strdup_printf (_("%s · already on this agenda"), with_reason);
    }
  if (!open)
    {
      g_autofree char *with_reason = subtitle;

      /* Translators: under a case that is not open: "120410-1234 · Closed · cannot be added" */
      subtitle = g_strdup_printf (_("%s · cannot be added"), with_reason);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tf_case_summary_get_name (summary));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), open);
  gtk_widget_set_sensitive (row, open);
  if (open)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("list-add-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
      g_object_set_data (G_OBJECT (row), "tf-case-id",
                         GSIZE_TO_POINTER (tf_case_summary_get_case_id (summary)));
    }
  return row;
}

static void
update_count (TfAgendaAddDialog *self)
{
  guint all = g_list_model_get_n_items (G_LIST_MODEL (self->cases));
  g_autofree char *text = NULL;

  if (all == 0)
    text = g_strdup (_("No case matches. Check the spelling, or add a topic below."));
  else if (all > SHOWN_CASES)
    /* Translators: %u a number of cases; only the first 30 are listed */
    text = g_strdup_printf (ngettext ("%u case matches; the first %u are shown. Type more to narrow the list.",
                                      "%u cases match; the first %u are shown. Type more to narrow the list.",
                                      all), all, (guint) SHOWN_CASES);
  else
    text = g_strdup_printf (ngettext ("%u case matches.", "%u cases match.", all), all);
  gtk_label_set_text (self->count_label, text);
}

static void
on_search_changed_cb (TfAgendaAddDialog *self)
{
  show_error (self, NULL);
  tf_case_list_model_set_search (self->cases, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  update_count (self);
}

/* GObject */

static void
tf_agenda_add_dialog_constructed (GObject *object)
{
  TfAgendaAddDialog *self = TF_AGENDA_ADD_DIALOG (object);
  g_autoptr(GListModel) items = NULL;

  G_OBJECT_CLASS (tf_agenda_add_dialog_parent_class)->constructed (object);

  items = tf_agenda_list (self->session, self->meeting_id, NULL);
  for (guint i = 0; items != NULL && i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(TfAgendaItem) item = g_list_model_get_item (items, i);

      if (tf_agenda_item_get_case_id (item) > 0)
        g_hash_table_add (self->on_agenda, GSIZE_TO_POINTER (tf_agenda_item_get_case_id (item)));
    }
  self->cases = tf_case_list_model_new (self->session);
  self->shown = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (self->cases)), 0, SHOWN_CASES);
  gtk_list_box_bind_model (self->case_list, G_LIST_MODEL (self->shown), case_row_new, self, NULL);
  update_count (self);
}

static void
tf_agenda_add_dialog_dispose (GObject *object)
{
  TfAgendaAddDialog *self = TF_AGENDA_ADD_DIALOG (object);

  if (self->case_list != NULL)
    gtk_list_box_bind_model (self->case_list, NULL, NULL, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_AGENDA_ADD_DIALOG);
  g_clear_object (&self->shown);
  g_clear_object (&self->cases);
  g_clear_pointer (&self->on_agenda, g_hash_table_unref);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tf_agenda_add_dialog_parent_class)->dispose (object);
}

static void
tf_agenda_add_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  TfAgendaAddDialog *self = TF_AGENDA_ADD_DIALOG (object);

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
tf_agenda_add_dialog_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  TfAgendaAddDialog *self = TF_AGENDA_ADD_DIALOG (object);

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
tf_agenda_add_dialog_class_init (TfAgendaAddDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tf_agenda_add_dialog_constructed;
  object_class->dispose = tf_agenda_add_dialog_dispose;
  object_class->get_property = tf_agenda_add_dialog_get_property;
  object_class->set_property = tf_agenda_add_dialog_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEETING_ID] =
    g_param_spec_int64 ("meeting-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SIGNAL_ADDED] =
    g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-agenda-add-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TfAgendaAddDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaAddDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaAddDialog, case_list);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaAddDialog, count_label);
  gtk_widget_class_bind_template_child (widget_class, TfAgendaAddDialog, topic_row);
  gtk_widget_class_bind_template_callback (widget_class, on_case_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_topic_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
tf_agenda_add_dialog_init (TfAgendaAddDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Shown, not refused here: choosing one anyway gets the core's message. */
  self->on_agenda = g_hash_table_new (NULL, NULL);
}

/**
 * tf_agenda_add_dialog_new:
 *
 * Returns: (transfer none): the dialog; set it transient for the meeting
 *   window and present it
 */
TfAgendaAddDialog *
tf_agenda_add_dialog_new (TfSession *session,
                          gint64     meeting_id)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  return g_object_new (TF_TYPE_AGENDA_ADD_DIALOG, "session", session, "meeting-id", meeting_id, NULL);
}
