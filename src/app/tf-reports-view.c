/* tf-reports-view.c — the main window's "Reports" page
 *
 * The report and its period first (the period is checked as it is typed:
 * a quarter for the quarterly follow-up, a year for the August status, a
 * month for the monthly orientation), then "Save PDF…", "Save CSV…" and
 * "Print…". For the monthly orientation the coordinator's text under each
 * heading of the template is edited here: it starts from last month's
 * (TfReportText says which month it came from), is saved with its version,
 * and a save that meets another desk's newer text shows the conflict
 * dialog. Anyone but a coordinator sees the texts read-only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "taskforce-gtk.h"
#include "tf-application.h"
#include "tf-reports-view.h"

typedef struct
{
  char        *heading;
  GtkTextView *view;
  GtkLabel    *note;
  char        *loaded;     /* the body as loaded, to tell what changed */
  gint64       version;
} Editor;

struct _TfReportsView
{
  AdwBin                 parent_instance;

  TfSession             *session;
  AdwComboRow           *kind_row;
  AdwEntryRow           *period_row;
  GtkLabel              *period_error_label;
  GtkLabel              *status_label;
  GtkWidget             *buttons;
  AdwPreferencesGroup   *texts_group;
  GtkWidget             *save_texts_button;
  GPtrArray             *editors;      /* of Editor* */
  TfCommitteeReportKind  kind;
  TfPeriod              *period;       /* NULL while the period is wrong */
  char                  *period_error;
  char                  *loaded_month; /* the month the texts are of */
};

G_DEFINE_FINAL_TYPE (TfReportsView, tf_reports_view, ADW_TYPE_BIN)

enum { PROP_0, PROP_SESSION, N_PROPS };
static GParamSpec *properties[N_PROPS];

static void
editor_free (Editor *e)
{
  g_free (e->heading);
  g_free (e->loaded);
  g_free (e);
}

static gboolean
may_write_texts (TfReportsView *self)
{
  TfRole role = tf_session_get_role (self->session);

  return role == TF_ROLE_COORDINATOR || role == TF_ROLE_ADMINISTRATOR;
}

static char *
text_of (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strchomp (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static Editor *
find_editor (TfReportsView *self,
             const char    *heading)
{
  for (guint i = 0; i < self->editors->len; i++)
    {
      Editor *e = g_ptr_array_index (self->editors, i);

      if (g_strcmp0 (e->heading, heading) == 0)
        return e;
    }
  return NULL;
}

static void
show_status (TfReportsView *self,
             const char    *text,
             gboolean       is_error)
{
  gtk_label_set_text (self->status_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
}

/* Shows @text in the editor as loaded: what later typing is compared to */
static void
editor_show (TfReportsView *self,
             Editor        *e,
             TfReportText  *text)
{
  g_autofree char *note = NULL;

  g_free (e->loaded);
  e->loaded = g_strdup (text->body);
  e->version = text->version;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (e->view), text->body, -1);
  if (text->carried_from != NULL)
    {
      g_autoptr(TfPeriod) from = tf_period_parse (text->carried_from, NULL);
      g_autofree char *label = from != NULL ? tf_period_get_label (from) : g_strdup (text->carried_from);

      note = g_strdup_printf (_("Last month’s text, from %s: change what is new and save."), label);
    }
  else if (text->version == 0)
    note = g_strdup (_("Nothing written yet."));
  gtk_label_set_text (e->note, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (e->note), note != NULL);
}

static gboolean
texts_modified (TfReportsView *self)
{
  for (guint i = 0; i < self->editors->len; i++)
    {
      Editor *e = g_ptr_array_index (self->editors, i);
      g_autofree char *typed = text_of (e->view);

      if (g_strcmp0 (typed, e->loaded) != 0)
        return TRUE;
    }
  return FALSE;
}

static void
load_texts (TfReportsView *self)
{
  g_autofree char *month = NULL;
  g_autofree char *title = NULL;
  g_autofree char *label = NULL;

  if (self->period == NULL || self->kind != TF_COMMITTEE_REPORT_MONTHLY)
    return;
  month = tf_period_to_string (self->period);
  for (guint i = 0; i < self->editors->len; i++)
    {
      Editor *e = g_ptr_array_index (self->editors, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(TfReportText) text = tf_report_text_load (self->session, month, e->heading, &error);

      if (text == NULL)
        {
          show_status (self, error->message, TRUE);
          return;
        }
      editor_show (self, e, text);
    }
  g_free (self->loaded_month);
  self->loaded_month = g_steal_pointer (&month);
  label = tf_period_get_label (self->period);
  title = g_strdup_printf (_("Texts for the Monthly Orientation, %s"), label);
  adw_preferences_group_set_title (self->texts_group, title);
}

static void
update (TfReportsView *self)
{
  const char *typed = gtk_editable_get_text (GTK_EDITABLE (self->period_row));
  g_autoptr(GError) error = NULL;
  g_autoptr(TfPeriod) period = tf_period_parse (typed, &error);
  gboolean monthly = self->kind == TF_COMMITTEE_REPORT_MONTHLY;

  if (period != NULL)
    tf_committee_report_check_period (self->kind, period, &error);
  /* what was said was about the report chosen before */
  show_status (self, NULL, FALSE);
  g_clear_pointer (&self->period, tf_period_free);
  g_clear_pointer (&self->period_error, g_free);
  if (error != NULL)
    self->period_error = g_strdup (error->message);
  else
    self->period = g_steal_pointer (&period);

  gtk_label_set_text (self->period_error_label, self->period_error != NULL ? self->period_error : "");
  gtk_widget_set_visible (GTK_WIDGET (self->period_error_label), self->period_error != NULL);
  if (self->period_error != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->period_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->period_row), "error");
  gtk_widget_set_sensitive (self->buttons, self->period != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->texts_group), monthly && self->period != NULL);
  if (monthly && self->period != NULL)
    {
      g_autofree char *month = tf_period_to_string (self->period);

      /* Never drop what is typed: the texts stay those of their month
       * (the group's title says which) until they are saved */
      if (g_strcmp0 (month, self->loaded_month) != 0 && self->loaded_month != NULL && texts_modified (self))
        {
          g_autoptr(TfPeriod) loaded = tf_period_parse (self->loaded_month, NULL);
          g_autofree char *label = tf_period_get_label (loaded);
          g_autofree char *text = g_strdup_printf (_("The texts for %s are not saved: save them before "
                                                     "writing another month’s."), label);

          show_status (self, text, TRUE);
        }
      else if (g_strcmp0 (month, self->loaded_month) != 0)
        load_texts (self);
    }
}

/* The period a report is usually made for: the current quarter, year or
 * month */
static char *
default_period (TfCommitteeReportKind kind)
{
  g_autofree char *today = tf_today_iso ();
  int year = atoi (today), month = atoi (today + 5);

  switch (kind)
    {
    case TF_COMMITTEE_REPORT_QUARTERLY:
      return g_strdup_printf ("%d-Q%d", year, (month - 1) / 3 + 1);
    case TF_COMMITTEE_REPORT_AUGUST:
      return g_strdup_printf ("%d", year);
    case TF_COMMITTEE_REPORT_MONTHLY:
    default:
      return g_strdup_printf ("%d-%02d", year, month);
    }
}

static void
on_kind_changed_cb (TfReportsView *self)
{
  g_autofree char *period = NULL;

  self->kind = (TfCommitteeReportKind) adw_combo_row_get_selected (self->kind_row);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->period_row),
                                 self->kind == TF_COMMITTEE_REPORT_QUARTERLY ? _("Quarter, as 2025-Q2")
                                 : self->kind == TF_COMMITTEE_REPORT_AUGUST ? _("Year, as 2025")
                                 : _("Month, as 2025-03"));
  period = default_period (self->kind);
  gtk_editable_set_text (GTK_EDITABLE (self->period_row), period);
  update (self);
}

static TfRegistry *
registry_of (TfReportsView *self)
{
  GApplication *app = g_application_get_default ();

  if (TF_IS_APPLICATION (app) && tf_application_get_registry (TF_APPLICATION (app)) != NULL)
    return g_object_ref (tf_application_get_registry (TF_APPLICATION (app)));
  return tf_registry_new ();
}

gboolean
tf_reports_view_write (TfReportsView  *self,
                       const char     *path,
                       GError        **error)
{
  g_autoptr(TfRegistry) registry = NULL;
  g_autoptr(TfReport) report = NULL;

  g_return_val_if_fail (TF_IS_REPORTS_VIEW (self), FALSE);

  if (self->period == NULL)
    {
      g_set_error_literal (error, TF_ERROR, TF_ERROR_INVALID, self->period_error);
      return FALSE;
    }
  registry = registry_of (self);
  if (g_str_has_suffix (path, ".csv"))
    return tf_committee_report_write_csv (self->kind, self->session, registry, self->period, NULL, path, error);
  report = tf_committee_report_new (self->kind, self->session, registry, self->period, NULL, error);
  return report != NULL && tf_report_write_pdf (report, path, error);
}

static void
on_save_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     TfReportsView   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      path = file != NULL ? g_file_get_path (file) : NULL;
    }
  if (path != NULL)
    {
      if (tf_reports_view_write (self, path, &error))
        {
          g_autofree char *done = g_strdup_printf (_("Saved %s"), path);

          show_status (self, done, FALSE);
        }
      else
        {
          g_autofree char *text = g_strdup_printf ("%s %s", _("The report was not saved."), error->message);

          show_status (self, text, TRUE);
        }
    }
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
save_as (TfReportsView *self,
         gboolean       csv)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *period = NULL;
  g_autofree char *name = NULL;

  if (self->period == NULL)
    return;
  chooser = gtk_file_chooser_native_new (csv ? _("Save Figures as CSV") : _("Save Report as PDF"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, csv ? _("CSV files") : _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, csv ? "text/csv" : "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  period = tf_period_to_string (self->period);
  /* "Quarterly follow-up 2026-Q3.pdf": the period as written sorts well */
  name = g_strdup_printf ("%s %s.%s", tf_committee_report_kind_label (self->kind), period, csv ? "csv" : "pdf");
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_save_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_save_pdf_cb (TfReportsView *self)
{
  save_as (self, FALSE);
}

static void
on_save_csv_cb (TfReportsView *self)
{
  save_as (self, TRUE);
}

static void
on_print_cb (TfReportsView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(TfRegistry) registry = registry_of (self);
  g_autoptr(TfReport) report = NULL;
  g_autoptr(GError) error = NULL;

  if (self->period == NULL)
    return;
  report = tf_committee_report_new (self->kind, self->session, registry, self->period, NULL, &error);
  if (report == NULL || !tf_report_print (report, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error))
    {
      g_autofree char *text = g_strdup_printf ("%s %s", _("The report was not printed."), error->message);

      show_status (self, text, TRUE);
    }
}

/* A conflict on one heading: the dialog, and what the answer does */
typedef struct
{
  TfReportsView *self;
  char          *heading;
  char          *mine;
  TfReportText  *theirs;
} Conflict;

static void
conflict_free (Conflict *c)
{
  g_object_unref (c->self);
  g_free (c->heading);
  g_free (c->mine);
  tf_report_text_free (c->theirs);
  g_free (c);
}

static void
on_conflict_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         Conflict         *c)
{
  Editor *e = find_editor (c->self, c->heading);
  g_autoptr(GError) error = NULL;

  if (e == NULL || g_strcmp0 (c->self->loaded_month, c->theirs->month) != 0)
    return;
  if (g_strcmp0 (response, TF_CONFLICT_THEIRS) == 0)
    editor_show (c->self, e, c->theirs);
  else if (g_strcmp0 (response, TF_CONFLICT_MINE) == 0)
    {
      if (tf_report_text_save (c->self->session, c->theirs->month, c->heading, c->mine,
                               c->theirs->version, &e->version, &error))
        {
          g_free (e->loaded);
          e->loaded = g_strdup (c->mine);
          gtk_widget_set_visible (GTK_WIDGET (e->note), FALSE);
          show_status (c->self, _("The texts are saved."), FALSE);
        }
      else
        show_status (c->self, error->message, TRUE);
    }
}

static void
show_conflict (TfReportsView *self,
               Editor        *e,
               const char    *mine)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  g_autoptr(GError) error = NULL;
  g_autoptr(TfReportText) theirs = tf_report_text_load (self->session, self->loaded_month, e->heading, &error);
  g_autofree char *who = NULL;
  g_autofree char *change = NULL;
  const char *changes[2] = { NULL, NULL };
  GtkWidget *dialog;
  Conflict *c;

  if (theirs == NULL)
    {
      show_status (self, error->message, TRUE);
      return;
    }
  if (theirs->updated_at > 0)
    {
      g_autoptr(GDateTime) at = g_date_time_new_from_unix_local (theirs->updated_at);
      g_autofree char *iso = g_date_time_format (at, "%Y-%m-%d");
      g_autofree char *date = tf_format_date (iso);
      g_autofree char *clock = g_date_time_format (at, "%H:%M");

      /* as tf_audit_describe_last_change words it: "Mette Holm, 3. dec. 2026 at 14:32" */
      who = g_strdup_printf (_("%s, %s at %s"), theirs->updated_by != NULL ? theirs->updated_by : "—",
                             date, clock);
    }
  /* Translators: what another desk changed: the heading, old → new */
  change = g_strdup_printf (_("%s: “%s” → “%s”"), tf_report_text_heading_label (e->heading),
                            e->loaded, theirs->body);
  changes[0] = change;
  dialog = tf_conflict_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   _("Someone else changed this text"), who, changes);
  c = g_new0 (Conflict, 1);
  c->self = g_object_ref (self);
  c->heading = g_strdup (e->heading);
  c->mine = g_strdup (mine);
  c->theirs = g_steal_pointer (&theirs);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_conflict_response_cb),
                         c, (GClosureNotify) (void (*) (void)) conflict_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

gboolean
tf_reports_view_save_texts (TfReportsView *self)
{
  guint saved = 0;
  gboolean ok = TRUE;

  g_return_val_if_fail (TF_IS_REPORTS_VIEW (self), FALSE);

  if (self->loaded_month == NULL)
    return FALSE;
  for (guint i = 0; i < self->editors->len; i++)
    {
      Editor *e = g_ptr_array_index (self->editors, i);
      g_autofree char *mine = text_of (e->view);
      g_autoptr(GError) error = NULL;

      if (g_strcmp0 (mine, e->loaded) == 0)
        continue;
      if (tf_report_text_save (self->session, self->loaded_month, e->heading, mine, e->version,
                               &e->version, &error))
        {
          g_free (e->loaded);
          e->loaded = g_steal_pointer (&mine);
          gtk_widget_set_visible (GTK_WIDGET (e->note), FALSE);
          saved++;
          continue;
        }
      ok = FALSE;
      if (g_error_matches (error, TF_ERROR, TF_ERROR_CONFLICT))
        show_conflict (self, e, mine);
      else
        show_status (self, error->message, TRUE);
      return FALSE;
    }
  /* the period may have moved on while the texts waited to be saved */
  update (self);
  show_status (self, saved > 0 ? _("The texts are saved.") : _("Nothing changed, so nothing was saved."), FALSE);
  return ok;
}

static void
on_save_texts_cb (TfReportsView *self)
{
  tf_reports_view_save_texts (self);
}

/* Another desk saved texts: show them where nothing is typed here */
static void
on_store_changed_cb (TfStore       *store,
                     const char    *entity,
                     gint64         id,
                     TfReportsView *self)
{
  g_autofree char *month = NULL;

  if (g_strcmp0 (entity, "report-text") != 0 || self->loaded_month == NULL)
    return;
  month = g_strdup (self->loaded_month);
  for (guint i = 0; i < self->editors->len; i++)
    {
      Editor *e = g_ptr_array_index (self->editors, i);
      g_autofree char *typed = text_of (e->view);
      g_autoptr(TfReportText) text = NULL;

      if (g_strcmp0 (typed, e->loaded) != 0)
        continue;
      text = tf_report_text_load (self->session, month, e->heading, NULL);
      if (text != NULL && text->version != e->version)
        editor_show (self, e, text);
    }
}

static void
build_editors (TfReportsView *self)
{
  const char * const *headings = tf_report_text_headings ();
  gboolean editable = may_write_texts (self);

  if (!editable)
    adw_preferences_group_set_description (self->texts_group,
                                           _("Only a coordinator can write the monthly orientation."));
  for (guint i = 0; headings[i] != NULL; i++)
    {
      Editor *e = g_new0 (Editor, 1);
      const char *label = tf_report_text_heading_label (headings[i]);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *title = gtk_label_new (label);
      GtkWidget *frame = gtk_frame_new (NULL);
      GtkWidget *view = gtk_text_view_new ();

      e->heading = g_strdup (headings[i]);
      e->view = GTK_TEXT_VIEW (view);
      e->note = GTK_LABEL (gtk_label_new (NULL));
      gtk_widget_add_css_class (title, "heading");
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_text_view_set_wrap_mode (e->view, GTK_WRAP_WORD_CHAR);
      gtk_text_view_set_editable (e->view, editable);
      gtk_text_view_set_top_margin (e->view, 8);
      gtk_text_view_set_bottom_margin (e->view, 8);
      gtk_text_view_set_left_margin (e->view, 8);
      gtk_text_view_set_right_margin (e->view, 8);
      gtk_widget_set_size_request (view, -1, 90);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_frame_set_child (GTK_FRAME (frame), view);
      gtk_label_set_xalign (e->note, 0);
      gtk_label_set_wrap (e->note, TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (e->note), "dim-label");
      gtk_widget_add_css_class (GTK_WIDGET (e->note), "caption");
      gtk_widget_set_margin_top (box, 12);
      gtk_box_append (GTK_BOX (box), title);
      gtk_box_append (GTK_BOX (box), frame);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (e->note));
      adw_preferences_group_add (self->texts_group, box);
      g_ptr_array_add (self->editors, e);
    }
  self->save_texts_button = gtk_button_new_with_mnemonic (_("_Save Texts"));
  gtk_widget_add_css_class (self->save_texts_button, "suggested-action");
  gtk_widget_set_valign (self->save_texts_button, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (self->save_texts_button, editable);
  g_signal_connect_swapped (self->save_texts_button, "clicked", G_CALLBACK (on_save_texts_cb), self);
  /* by the group's title, so it is in sight while the texts are written */
  adw_preferences_group_set_header_suffix (self->texts_group, self->save_texts_button);
}

/* The report's figures on the overview (win.show-figures), where every
 * number opens the cases behind it. */
static void
on_show_figures_cb (TfReportsView *self)
{
  g_autofree char *period = NULL;

  if (self->period == NULL)
    return;
  period = tf_period_to_string (self->period);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-figures", "s", period);
}

static GtkWidget *
button (const char *mnemonic,
        GCallback   callback,
        gpointer    self)
{
  GtkWidget *b = gtk_button_new_with_mnemonic (mnemonic);

  g_signal_connect_swapped (b, "clicked", callback, self);
  return b;
}

static void
tf_reports_view_constructed (GObject *object)
{
  TfReportsView *self = TF_REPORTS_VIEW (object);
  GtkWidget *page = adw_preferences_page_new ();
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  G_OBJECT_CLASS (tf_reports_view_parent_class)->constructed (object);

  adw_preferences_group_set_title (group, _("Reports for the Committee"));
  adw_preferences_group_set_description (group, _("The reports name no young person and hide counts so small "
                                                  "that someone could be recognised."));
  for (int k = TF_COMMITTEE_REPORT_QUARTERLY; k <= TF_COMMITTEE_REPORT_MONTHLY; k++)
    gtk_string_list_append (kinds, tf_committee_report_kind_label (k));
  self->kind_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->kind_row), _("Report"));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_preferences_group_add (group, GTK_WIDGET (self->kind_row));

  self->period_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_group_add (group, GTK_WIDGET (self->period_row));

  self->period_error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->period_error_label, 0);
  gtk_label_set_wrap (self->period_error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->period_error_label), "error");
  gtk_widget_set_margin_top (GTK_WIDGET (self->period_error_label), 6);
  adw_preferences_group_add (group, GTK_WIDGET (self->period_error_label));

  self->buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (self->buttons, GTK_ALIGN_END);
  gtk_widget_set_margin_top (self->buttons, 12);
  {
    GtkWidget *figures = button (_("See the Figures in _Overview"), G_CALLBACK (on_show_figures_cb), self);

    gtk_widget_set_tooltip_text (figures, _("The report’s period on the Overview page, where every number "
                                            "shows the cases behind it"));
    gtk_box_append (GTK_BOX (self->buttons), figures);
  }
  gtk_box_append (GTK_BOX (self->buttons), button (_("_Print…"), G_CALLBACK (on_print_cb), self));
  gtk_box_append (GTK_BOX (self->buttons), button (_("Save _CSV…"), G_CALLBACK (on_save_csv_cb), self));
  {
    GtkWidget *pdf = button (_("Save _PDF…"), G_CALLBACK (on_save_pdf_cb), self);

    gtk_widget_add_css_class (pdf, "suggested-action");
    gtk_box_append (GTK_BOX (self->buttons), pdf);
  }
  adw_preferences_group_add (group, self->buttons);

  self->status_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->status_label, 0);
  gtk_label_set_wrap (self->status_label, TRUE);
  gtk_label_set_selectable (self->status_label, TRUE);
  gtk_widget_set_margin_top (GTK_WIDGET (self->status_label), 6);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), FALSE);
  adw_preferences_group_add (group, GTK_WIDGET (self->status_label));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), group);

  self->texts_group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->texts_group, _("Texts for the Monthly Orientation"));
  build_editors (self);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), self->texts_group);
  adw_bin_set_child (ADW_BIN (self), page);

  g_signal_connect_swapped (self->kind_row, "notify::selected", G_CALLBACK (on_kind_changed_cb), self);
  g_signal_connect_swapped (self->period_row, "changed", G_CALLBACK (update), self);
  g_signal_connect_object (tf_session_get_store (self->session), "changed",
                           G_CALLBACK (on_store_changed_cb), self, 0);
  on_kind_changed_cb (self);
}

static void
tf_reports_view_finalize (GObject *object)
{
  TfReportsView *self = TF_REPORTS_VIEW (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->editors, g_ptr_array_unref);
  g_clear_pointer (&self->period, tf_period_free);
  g_free (self->period_error);
  g_free (self->loaded_month);
  G_OBJECT_CLASS (tf_reports_view_parent_class)->finalize (object);
}

static void
tf_reports_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TfReportsView *self = TF_REPORTS_VIEW (object);

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
tf_reports_view_class_init (TfReportsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = tf_reports_view_constructed;
  object_class->finalize = tf_reports_view_finalize;
  object_class->set_property = tf_reports_view_set_property;
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_WRITABLE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tf_reports_view_init (TfReportsView *self)
{
  self->editors = g_ptr_array_new_with_free_func ((GDestroyNotify) editor_free);
}

GtkWidget *
tf_reports_view_new (TfSession *session)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  return g_object_new (TF_TYPE_REPORTS_VIEW, "session", session, NULL);
}

void
tf_reports_view_set_report (TfReportsView         *self,
                            TfCommitteeReportKind  kind,
                            const char            *period)
{
  g_return_if_fail (TF_IS_REPORTS_VIEW (self));

  adw_combo_row_set_selected (self->kind_row, kind);
  gtk_editable_set_text (GTK_EDITABLE (self->period_row), period);
}

const char *
tf_reports_view_get_period_error (TfReportsView *self)
{
  g_return_val_if_fail (TF_IS_REPORTS_VIEW (self), NULL);
  return self->period_error;
}

char *
tf_reports_view_dup_text (TfReportsView *self,
                          const char    *heading)
{
  Editor *e = find_editor (self, heading);

  return e != NULL ? text_of (e->view) : NULL;
}

void
tf_reports_view_set_text (TfReportsView *self,
                          const char    *heading,
                          const char    *text)
{
  Editor *e = find_editor (self, heading);

  g_return_if_fail (e != NULL);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (e->view), text, -1);
}
