/* tf-catalogue-dialog.c — the coordinator's "Domains and Factors" window
 *
 * Every domain and factor with a switch to retire it (nothing is deleted:
 * earlier assessments refer to them), the coordinator's own ones editable in
 * place, and a row at the end of each list to add one. The core refuses
 * anyone but a coordinator or administrator; the page shows the button to
 * them only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-catalogue-dialog.h"

struct _TfCatalogueDialog
{
  AdwWindow        parent_instance;

  AdwToastOverlay *toast_overlay;
  GtkListBox      *domains_list;
  GtkListBox      *risk_list;
  GtkListBox      *protective_list;

  TfSession       *session;
  guint            rebuild_idle;
};

G_DEFINE_FINAL_TYPE (TfCatalogueDialog, tf_catalogue_dialog, ADW_TYPE_WINDOW)

static void rebuild (TfCatalogueDialog *self);

static void
toast (TfCatalogueDialog *self,
       const char        *message)
{
  g_autofree char *escaped = g_markup_escape_text (message, -1);
  AdwToast *t = adw_toast_new (escaped);

  adw_toast_set_timeout (t, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

/* A failed change: say why, and put the lists back as the store has them. */
static void
report (TfCatalogueDialog *self,
        GError            *error)
{
  toast (self, error->message);
  rebuild (self);
}

static gint64
row_id (gpointer widget)
{
  return *(gint64 *) g_object_get_data (G_OBJECT (widget), "catalogue-id");
}

static void
set_row_id (gpointer widget,
            gint64   id)
{
  g_object_set_data_full (G_OBJECT (widget), "catalogue-id", g_memdup2 (&id, sizeof id), g_free);
}

/* The version the words were shown at, so a save never overwrites another
 * coordinator's change unseen */
static gint64
row_version (gpointer widget)
{
  gint64 *version = g_object_get_data (G_OBJECT (widget), "catalogue-version");

  return version != NULL ? *version : 0;
}

static void
set_row_version (gpointer widget,
                 gint64   version)
{
  g_object_set_data_full (G_OBJECT (widget), "catalogue-version", g_memdup2 (&version, sizeof version), g_free);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* The switch that keeps a row in use; off retires it. */
static GtkWidget *
active_switch_new (const char *title,
                   gboolean    active)
{
  GtkWidget *sw = g_object_new (GTK_TYPE_SWITCH, "valign", GTK_ALIGN_CENTER, "active", active, NULL);
  /* Translators: accessible name of the switch, "In use: School and learning" */
  g_autofree char *name = g_strdup_printf (_("In use: %s"), title);

  gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_tooltip_text (sw, _("Switch off to retire it"));
  return sw;
}

static char *
entry_text (GtkWidget *entry)
{
  return g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
}

/* Domains */

static void
on_domain_active_cb (GtkSwitch         *sw,
                     GParamSpec        *pspec,
                     TfCatalogueDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!tf_assessment_domain_set_active (self->session, row_id (sw), gtk_switch_get_active (sw), &error))
    report (self, error);
}

/* Four entry rows (title and the three bands' texts) under @expander;
 * returns them in @entries. */
static void
add_domain_fields (AdwExpanderRow *expander,
                   GtkWidget      *entries[4],
                   const char     *values[4])
{
  const char *titles[] = { _("Title"), _("Low (0–3) means"), _("Middle (4–6) means"), _("High (7–10) means") };

  for (guint i = 0; i < 4; i++)
    {
      entries[i] = g_object_new (ADW_TYPE_ENTRY_ROW, "title", titles[i], "use-markup", FALSE, NULL);
      if (values != NULL && values[i] != NULL)
        gtk_editable_set_text (GTK_EDITABLE (entries[i]), values[i]);
      adw_expander_row_add_row (expander, entries[i]);
    }
}

static GtkWidget *
button_row_new (const char *label,
                GtkWidget **out_button)
{
  GtkWidget *row = g_object_new (GTK_TYPE_LIST_BOX_ROW, "activatable", FALSE, "selectable", FALSE, NULL);
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_halign (button, GTK_ALIGN_END);
  gtk_widget_set_margin_top (button, 6);
  gtk_widget_set_margin_bottom (button, 6);
  gtk_widget_set_margin_end (button, 12);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), button);
  *out_button = button;
  return row;
}

static void
on_domain_save_cb (GtkButton         *button,
                   TfCatalogueDialog *self)
{
  GtkWidget **entries = g_object_get_data (G_OBJECT (button), "entries");
  g_autofree char *title = entry_text (entries[0]);
  g_autofree char *low = entry_text (entries[1]);
  g_autofree char *mid = entry_text (entries[2]);
  g_autofree char *high = entry_text (entries[3]);
  g_autoptr(GError) error = NULL;
  gint64 id = row_id (button);
  gboolean ok;

  if (id > 0)
    ok = tf_assessment_domain_update (self->session, id, row_version (button), title, low, mid, high, &error);
  else
    ok = tf_assessment_domain_add (self->session, title, low, mid, high, &error) > 0;
  if (!ok)
    {
      /* Keep what was typed; the message names the field to fix. Only when
       * someone else changed the words first are theirs shown again. */
      toast (self, error->message);
      if (g_error_matches (error, TF_ERROR, TF_ERROR_CONFLICT))
        rebuild (self);
      return;
    }
  toast (self, id > 0 ? _("Domain saved") : _("Domain added"));
}

/* An expander with the four fields and a button; @domain NULL for "add". */
static GtkWidget *
domain_editor_row_new (TfCatalogueDialog  *self,
                       TfAssessmentDomain *domain)
{
  GtkWidget *expander = g_object_new (ADW_TYPE_EXPANDER_ROW, "use-markup", FALSE, NULL);
  GtkWidget **entries = g_new0 (GtkWidget *, 4);
  GtkWidget *button;
  const char *values[4] = { NULL, };

  if (domain != NULL)
    {
      values[0] = tf_assessment_domain_get_title (domain);
      values[1] = tf_assessment_domain_get_low_text (domain);
      values[2] = tf_assessment_domain_get_mid_text (domain);
      values[3] = tf_assessment_domain_get_high_text (domain);
    }
  add_domain_fields (ADW_EXPANDER_ROW (expander), entries, domain != NULL ? values : NULL);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            button_row_new (domain != NULL ? _("Save") : _("Add Domain"), &button));
  g_object_set_data_full (G_OBJECT (button), "entries", entries, g_free);
  set_row_id (button, domain != NULL ? tf_assessment_domain_get_id (domain) : 0);
  set_row_version (button, domain != NULL ? tf_assessment_domain_get_version (domain) : 0);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_domain_save_cb), self, 0);
  return expander;
}

static void
add_domain_rows (TfCatalogueDialog *self,
                 GListModel        *domains)
{
  guint n = g_list_model_get_n_items (domains);
  GtkWidget *add;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfAssessmentDomain) domain = g_list_model_get_item (domains, i);
      const char *title = tf_assessment_domain_get_title (domain);
      GtkWidget *sw = active_switch_new (title, tf_assessment_domain_get_active (domain));
      GtkWidget *row;

      set_row_id (sw, tf_assessment_domain_get_id (domain));
      g_signal_connect_object (sw, "notify::active", G_CALLBACK (on_domain_active_cb), self, 0);
      if (tf_assessment_domain_get_builtin (domain))
        {
          row = g_object_new (ADW_TYPE_ACTION_ROW, "title", title, "use-markup", FALSE,
                              "subtitle", _("Built in"), "activatable-widget", sw, NULL);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
        }
      else
        {
          row = domain_editor_row_new (self, domain);
          g_object_set (row, "title", title, "subtitle", _("Added here; open to change its words"), NULL);
          adw_expander_row_add_action (ADW_EXPANDER_ROW (row), sw);
        }
      gtk_list_box_append (self->domains_list, row);
    }
  add = domain_editor_row_new (self, NULL);
  g_object_set (add, "title", _("Add a Domain"),
                "subtitle", _("A title and what low, middle and high scores mean"), NULL);
  gtk_list_box_append (self->domains_list, add);
}

/* Factors */

static void
on_factor_active_cb (GtkSwitch         *sw,
                     GParamSpec        *pspec,
                     TfCatalogueDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!tf_assessment_factor_set_active (self->session, row_id (sw), gtk_switch_get_active (sw), &error))
    report (self, error);
}

static void
on_factor_apply_cb (AdwEntryRow       *row,
                    TfCatalogueDialog *self)
{
  g_autofree char *title = entry_text (GTK_WIDGET (row));
  const char *kind = g_object_get_data (G_OBJECT (row), "kind");
  g_autoptr(GError) error = NULL;
  gint64 id = row_id (row);
  gboolean ok;

  if (id > 0)
    ok = tf_assessment_factor_rename (self->session, id, row_version (row), title, &error);
  else
    ok = tf_assessment_factor_add (self->session, kind, title, &error) > 0;
  if (!ok)
    {
      toast (self, error->message);
      if (g_error_matches (error, TF_ERROR, TF_ERROR_CONFLICT))
        rebuild (self);
      return;
    }
  toast (self, id > 0 ? _("Factor renamed") : _("Factor added"));
}

static void
add_factor_rows (TfCatalogueDialog *self,
                 GListModel        *factors)
{
  guint n = g_list_model_get_n_items (factors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfAssessmentFactor) factor = g_list_model_get_item (factors, i);
      const char *title = tf_assessment_factor_get_title (factor);
      gboolean risk = g_strcmp0 (tf_assessment_factor_get_kind (factor), "risk") == 0;
      GtkWidget *sw = active_switch_new (title, tf_assessment_factor_get_active (factor));
      GtkWidget *row;

      set_row_id (sw, tf_assessment_factor_get_id (factor));
      g_signal_connect_object (sw, "notify::active", G_CALLBACK (on_factor_active_cb), self, 0);
      if (tf_assessment_factor_get_builtin (factor))
        {
          row = g_object_new (ADW_TYPE_ACTION_ROW, "title", title, "use-markup", FALSE,
                              "subtitle", _("Built in"), "activatable-widget", sw, NULL);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), sw);
        }
      else
        {
          row = g_object_new (ADW_TYPE_ENTRY_ROW, "title", _("Title"), "use-markup", FALSE,
                              "show-apply-button", TRUE, NULL);
          gtk_editable_set_text (GTK_EDITABLE (row), title);
          set_row_id (row, tf_assessment_factor_get_id (factor));
          set_row_version (row, tf_assessment_factor_get_version (factor));
          g_signal_connect_object (row, "apply", G_CALLBACK (on_factor_apply_cb), self, 0);
          adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), sw);
        }
      gtk_list_box_append (risk ? self->risk_list : self->protective_list, row);
    }

  for (guint k = 0; k < 2; k++)
    {
      GtkWidget *row = g_object_new (ADW_TYPE_ENTRY_ROW,
                                     "title", k == 0 ? _("New risk factor") : _("New protective factor"),
                                     "use-markup", FALSE, "show-apply-button", TRUE, NULL);
      set_row_id (row, 0);
      g_object_set_data (G_OBJECT (row), "kind", (gpointer) (k == 0 ? "risk" : "protective"));
      g_signal_connect_object (row, "apply", G_CALLBACK (on_factor_apply_cb), self, 0);
      gtk_list_box_append (k == 0 ? self->risk_list : self->protective_list, row);
    }
}

static void
rebuild (TfCatalogueDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) domains = tf_assessment_domain_list (self->session, TRUE, &error);
  g_autoptr(GListModel) factors = domains != NULL
                                  ? tf_assessment_factor_list (self->session, NULL, TRUE, &error) : NULL;

  clear_list (self->domains_list);
  clear_list (self->risk_list);
  clear_list (self->protective_list);
  if (factors == NULL)
    {
      toast (self, error->message);
      return;
    }
  add_domain_rows (self, domains);
  add_factor_rows (self, factors);
}

static gboolean
rebuild_idle_cb (gpointer user_data)
{
  TfCatalogueDialog *self = user_data;

  self->rebuild_idle = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (TfStore           *store,
                     const char        *entity,
                     gint64             id,
                     TfCatalogueDialog *self)
{
  /* After the handler that made the change has returned */
  if (g_strcmp0 (entity, "assessment-catalogue") == 0 && self->rebuild_idle == 0)
    self->rebuild_idle = g_idle_add (rebuild_idle_cb, self);
}

static void
tf_catalogue_dialog_dispose (GObject *object)
{
  TfCatalogueDialog *self = TF_CATALOGUE_DIALOG (object);

  g_clear_handle_id (&self->rebuild_idle, g_source_remove);
  /* no rebuilds without a session, between dispose and finalize */
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (tf_session_get_store (self->session), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_CATALOGUE_DIALOG);
  g_clear_object (&self->session);
  G_OBJECT_CLASS (tf_catalogue_dialog_parent_class)->dispose (object);
}

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
tf_catalogue_dialog_class_init (TfCatalogueDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_catalogue_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-catalogue-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, TfCatalogueDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TfCatalogueDialog, domains_list);
  gtk_widget_class_bind_template_child (widget_class, TfCatalogueDialog, risk_list);
  gtk_widget_class_bind_template_child (widget_class, TfCatalogueDialog, protective_list);
  gtk_widget_class_install_action (widget_class, "catalogue.close", NULL, close_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "catalogue.close", NULL);
}

static void
tf_catalogue_dialog_init (TfCatalogueDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

TfCatalogueDialog *
tf_catalogue_dialog_new (GtkWindow *parent,
                         TfSession *session)
{
  TfCatalogueDialog *self = g_object_new (TF_TYPE_CATALOGUE_DIALOG, "transient-for", parent, NULL);

  self->session = g_object_ref (session);
  g_signal_connect_object (tf_session_get_store (session), "changed",
                           G_CALLBACK (on_store_changed_cb), self, 0);
  rebuild (self);
  return self;
}
