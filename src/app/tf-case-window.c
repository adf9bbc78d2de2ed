/* tf-case-window.c — one young person's case, in a window of its own
 *
 * A header with who and where the case stands, a sidebar of pages and the
 * pages themselves. The core's "Overview" page is added through the same
 * path plugin pages take, so the two kinds can never drift apart. The window
 * follows the store: when this case, its young person or its notes change
 * (here or at another desk), it reloads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "tf-assessment-page.h"
#include "tf-case-history-page.h"
#include "tf-case-meetings-page.h"
#include "tf-case-overview.h"
#include "tf-case-page-row.h"
#include "tf-case-window.h"
#include "tf-consent-page.h"
#include "tf-plan-page.h"
#include "tf-progression-page.h"

#include "taskforce-gtk.h"
#include "tf-young-person-editor.h"

struct _TfCaseWindow
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkStack        *content_stack;
  AdwFlap         *flap;
  GtkListBox      *page_list;
  GtkStack        *page_stack;
  AdwStatusPage   *error_page;

  /* Owned */
  TfSession       *session;
  TfRegistry      *registry;
  gint64           case_id;
  gint64           young_person_id;
  guint            reload_idle;

  /* Borrowed: the page stack owns it */
  TfCaseOverview  *overview;
};

enum {
  PROP_0,
  PROP_SESSION,
  PROP_CASE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TfCaseWindow, tf_case_window, ADW_TYPE_WINDOW)

/* Pages */

/* The core pages after the overview, in sidebar order. Each is a widget
 * constructed with "session" (TfSession) and "case-id" (gint64) that reads
 * what it shows itself and follows the store's "changed" signal. */
typedef struct
{
  const char *id;
  const char *title;        /* N_() */
  const char *icon_name;
  GType     (*get_type) (void);
} CorePage;

static const CorePage core_pages[] = {
  { "history", N_("History"), "document-open-recent-symbolic", tf_case_history_page_get_type },
  { "consent", N_("Consent"), "emblem-shared-symbolic", tf_consent_page_get_type },
  { "assessment", N_("Assessment"), "view-list-bullet-symbolic", tf_assessment_page_get_type },
  { "plan", N_("Action Plan"), "checkbox-checked-symbolic", tf_plan_page_get_type },
  { "progression", N_("Progression"), "tf-trend-up-symbolic", tf_progression_page_get_type },
  { "meetings", N_("Meetings"), "x-office-calendar-symbolic", tf_case_meetings_page_get_type },
};

/* Core pages first, then by priority, then by title so the order is stable. */
static int
compare_page_rows (GtkListBoxRow *row1,
                   GtkListBoxRow *row2,
                   gpointer       user_data)
{
  TfCasePageRow *a = TF_CASE_PAGE_ROW (row1);
  TfCasePageRow *b = TF_CASE_PAGE_ROW (row2);

  if (tf_case_page_row_get_core (a) != tf_case_page_row_get_core (b))
    return tf_case_page_row_get_core (a) ? -1 : 1;
  if (tf_case_page_row_get_priority (a) != tf_case_page_row_get_priority (b))
    return tf_case_page_row_get_priority (a) < tf_case_page_row_get_priority (b) ? -1 : 1;
  return g_utf8_collate (tf_case_page_row_get_title (a), tf_case_page_row_get_title (b));
}

/* A separator between the last core page and the first plugin page. */
static void
update_page_header (GtkListBoxRow *row,
                    GtkListBoxRow *before,
                    gpointer       user_data)
{
  gboolean wanted = before != NULL &&
                    tf_case_page_row_get_core (TF_CASE_PAGE_ROW (before)) &&
                    !tf_case_page_row_get_core (TF_CASE_PAGE_ROW (row));

  if (!wanted)
    gtk_list_box_row_set_header (row, NULL);
  else if (gtk_list_box_row_get_header (row) == NULL)
    gtk_list_box_row_set_header (row, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
}

static TfCasePageRow *
find_page_row (TfCaseWindow *self,
               const char   *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->page_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (TF_IS_CASE_PAGE_ROW (child) &&
        g_strcmp0 (tf_case_page_row_get_id (TF_CASE_PAGE_ROW (child)), id) == 0)
      return TF_CASE_PAGE_ROW (child);
  return NULL;
}

static void
add_page (TfCaseWindow *self,
          GtkWidget    *page,
          const char   *id,
          const char   *title,
          const char   *icon_name,
          int           priority,
          gboolean      core)
{
  GtkWidget *row;

  g_assert (find_page_row (self, id) == NULL);

  gtk_stack_add_titled (self->page_stack, page, id, title);
  row = tf_case_page_row_new (id, title, icon_name, priority, core);
  gtk_list_box_append (self->page_list, row);
  if (gtk_list_box_get_selected_row (self->page_list) == NULL)
    gtk_list_box_select_row (self->page_list, GTK_LIST_BOX_ROW (row));
}

/* Pages are built when first shown: a case window opens with its overview
 * alone, and each other page reads the store when someone turns to it
 * (eleven pages read at once cost a case window about half a second). */
typedef GtkWidget *(*PageBuilder) (TfCaseWindow *self,
                                   gpointer      data);

static GtkWidget *
lazy_page_new (PageBuilder     build,
               gpointer        data,
               GDestroyNotify  destroy)
{
  GtkWidget *bin = adw_bin_new ();

  g_object_set_data (G_OBJECT (bin), "tf-page-builder", build);
  g_object_set_data_full (G_OBJECT (bin), "tf-page-builder-data", data, destroy);
  return bin;
}

static void
ensure_page_built (TfCaseWindow *self,
                   const char   *id)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->page_stack, id);
  PageBuilder build;

  if (page == NULL || !ADW_IS_BIN (page) || adw_bin_get_child (ADW_BIN (page)) != NULL)
    return;
  build = g_object_get_data (G_OBJECT (page), "tf-page-builder");
  if (build != NULL)
    adw_bin_set_child (ADW_BIN (page),
                       build (self, g_object_get_data (G_OBJECT (page), "tf-page-builder-data")));
}

static GtkWidget *
build_core_page (TfCaseWindow *self,
                 gpointer      data)
{
  const CorePage *core = data;

  return g_object_new (core->get_type (), "session", self->session, "case-id", self->case_id, NULL);
}

static void
on_page_list_row_selected_cb (GtkListBox    *list,
                              GtkListBoxRow *row,
                              TfCaseWindow  *self)
{
  if (row == NULL)
    return;
  ensure_page_built (self, tf_case_page_row_get_id (TF_CASE_PAGE_ROW (row)));
  gtk_stack_set_visible_child_name (self->page_stack,
                                    tf_case_page_row_get_id (TF_CASE_PAGE_ROW (row)));
  /* On a narrow window the sidebar covers the page: get it out of the way. */
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

/* Loading */

static void
show_error (TfCaseWindow *self,
            const GError *error)
{
  g_autofree char *description = g_markup_escape_text (error->message, -1);

  adw_status_page_set_description (self->error_page, description);
  gtk_stack_set_visible_child_name (self->content_stack, "error");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.edit", FALSE);
}

static const char *
risk_level_header (const char *risk_level)
{
  if (g_strcmp0 (risk_level, "low") == 0)
    return _("Risk: low");
  if (g_strcmp0 (risk_level, "moderate") == 0)
    return _("Risk: moderate");
  return _("Risk: high");
}

static void
show_header (TfCaseWindow  *self,
             TfYoungPerson *yp,
             TfCase        *kase)
{
  g_autofree char *name = tf_young_person_dup_full_name (yp);
  g_autofree char *today = tf_today_iso ();
  g_autofree char *age = NULL;
  g_autofree char *coordinator = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *consent = NULL;
  const char *coordinator_name = tf_case_get_coordinator_name (kase);
  int years = tf_age_on (tf_young_person_get_birth_date (yp), today);
  GString *text = g_string_new (NULL);

  if (years >= 0)
    age = g_strdup_printf (ngettext ("%d year", "%d years", years), years);
  if (coordinator_name != NULL && *coordinator_name != '\0')
    /* Translators: in the case window's header */
    coordinator = g_strdup_printf (_("Coordinator: %s"), coordinator_name);

  /* "15 years · Active · Coordinator: Mette Holm" */
  if (age != NULL)
    g_string_append_printf (text, "%s · ", age);
  g_string_append (text, tf_case_status_label (tf_case_get_status (kase)));
  if (tf_case_get_risk_level (kase) != NULL)
    /* Translators: in the case window's header: "Risk: moderate" */
    g_string_append_printf (text, " · %s", risk_level_header (tf_case_get_risk_level (kase)));
  if (coordinator != NULL)
    g_string_append_printf (text, " · %s", coordinator);
  consent = tf_consent_header_text (self->session, tf_case_get_id (kase));
  g_string_append_printf (text, " · %s", consent);
  subtitle = g_string_free (text, FALSE);

  gtk_window_set_title (GTK_WINDOW (self), name);
  adw_window_title_set_title (self->window_title, name);
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

static void
reload (TfCaseWindow *self)
{
  g_autoptr(TfCase) kase = NULL;
  g_autoptr(TfYoungPerson) yp = NULL;
  g_autoptr(GError) error = NULL;

  kase = tf_case_load (self->session, self->case_id, &error);
  if (kase != NULL)
    yp = tf_young_person_load (self->session, tf_case_get_young_person_id (kase), &error);
  if (yp == NULL)
    {
      show_error (self, error);
      return;
    }

  self->young_person_id = tf_young_person_get_id (yp);
  show_header (self, yp, kase);
  tf_case_overview_show (self->overview, yp, kase);
  gtk_stack_set_visible_child_name (self->content_stack, "case");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "case.edit", TRUE);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  TfCaseWindow *self = user_data;

  self->reload_idle = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

/* One save emits "changed" for several things; reload once for all of them. */
static void
on_store_changed_cb (TfStore      *store,
                     const char   *entity,
                     gint64        id,
                     TfCaseWindow *self)
{
  /* The header shows the status, the latest risk level and the consent. */
  static const char * const case_entities[] = { "case", "note", "consent", "assessment", "plan", NULL };
  gboolean ours = entity == NULL ||
                  (g_strv_contains (case_entities, entity) && id == self->case_id) ||
                  (g_str_equal (entity, "young-person") && id == self->young_person_id);

  if (ours && self->reload_idle == 0)
    self->reload_idle = g_idle_add (reload_idle_cb, self);
}

/* Actions */

static void
on_editor_saved_cb (TfYoungPersonEditor *editor,
                    gint64               young_person_id,
                    gint64               case_id,
                    TfCaseWindow        *self)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Saved")));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  TfCaseWindow *self = TF_CASE_WINDOW (widget);
  TfYoungPersonEditor *editor;

  if (self->young_person_id == 0)
    return;
  editor = tf_young_person_editor_new (self->session, self->young_person_id);
  gtk_window_set_transient_for (GTK_WINDOW (editor), GTK_WINDOW (self));
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
toggle_pages_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  TfCaseWindow *self = TF_CASE_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

/* GObject */

static void
tf_case_window_constructed (GObject *object)
{
  TfCaseWindow *self = TF_CASE_WINDOW (object);
  g_autoptr(GError) error = NULL;

  G_OBJECT_CLASS (tf_case_window_parent_class)->constructed (object);

  if (self->session == NULL)
    return;   /* only the template test builds one without a session */

  self->overview = TF_CASE_OVERVIEW (tf_case_overview_new (self->session));
  add_page (self, GTK_WIDGET (self->overview), "overview", _("Overview"),
            "view-grid-symbolic", 0, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (core_pages); i++)
    {
      const CorePage *core = &core_pages[i];

      if (core->id == NULL)
        continue;
      add_page (self, lazy_page_new (build_core_page, (gpointer) core, NULL),
                core->id, gettext (core->title), core->icon_name, i + 1, TRUE);
    }

  g_signal_connect_object (tf_session_get_store (self->session), "changed",
                           G_CALLBACK (on_store_changed_cb), self, 0);
  reload (self);

  /* Opening a case is itself worth recording (audit). */
  if (self->young_person_id != 0 &&
      !tf_case_record_view (self->session, self->case_id, &error))
    g_warning ("Could not record that case %" G_GINT64_FORMAT " was opened: %s",
               self->case_id, error->message);
}

static void
tf_case_window_dispose (GObject *object)
{
  TfCaseWindow *self = TF_CASE_WINDOW (object);

  if (self->registry != NULL)
    g_signal_handlers_disconnect_by_data (self->registry, self);
  g_clear_object (&self->registry);

  g_clear_handle_id (&self->reload_idle, g_source_remove);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (tf_session_get_store (self->session), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_CASE_WINDOW);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tf_case_window_parent_class)->dispose (object);
}

static void
tf_case_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  TfCaseWindow *self = TF_CASE_WINDOW (object);

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
tf_case_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  TfCaseWindow *self = TF_CASE_WINDOW (object);

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
tf_case_window_class_init (TfCaseWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tf_case_window_constructed;
  object_class->dispose = tf_case_window_dispose;
  object_class->get_property = tf_case_window_get_property;
  object_class->set_property = tf_case_window_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-case-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TfCaseWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TfCaseWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TfCaseWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TfCaseWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, TfCaseWindow, page_list);
  gtk_widget_class_bind_template_child (widget_class, TfCaseWindow, page_stack);
  gtk_widget_class_bind_template_child (widget_class, TfCaseWindow, error_page);
  gtk_widget_class_bind_template_callback (widget_class, on_page_list_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "case.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "case.toggle-pages", NULL, toggle_pages_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F9, 0, "case.toggle-pages", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
tf_case_window_init (TfCaseWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_sort_func (self->page_list, compare_page_rows, NULL, NULL);
  gtk_list_box_set_header_func (self->page_list, update_page_header, NULL, NULL);
}

/**
 * tf_case_window_new:
 * @application: (nullable): the application the window belongs to
 *
 * Returns: (transfer none): a new window showing the case
 */
TfCaseWindow *
tf_case_window_new (GtkApplication *application,
                    TfSession      *session,
                    gint64          case_id)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  return g_object_new (TF_TYPE_CASE_WINDOW,
                       "application", application,
                       "session", session,
                       "case-id", case_id,
                       NULL);
}

gint64
tf_case_window_get_case_id (TfCaseWindow *self)
{
  g_return_val_if_fail (TF_IS_CASE_WINDOW (self), 0);
  return self->case_id;
}

/**
 * tf_case_window_get_session:
 *
 * Returns: (transfer none): the session the window shows the case for
 */
TfSession *
tf_case_window_get_session (TfCaseWindow *self)
{
  g_return_val_if_fail (TF_IS_CASE_WINDOW (self), NULL);
  return self->session;
}

/**
 * tf_case_window_add_page:
 * @page: (transfer floating): the page
 * @id: a name unique in this window, e.g. "school"
 * @title: the translated title for the sidebar
 * @icon_name: (nullable): a symbolic icon for the sidebar
 * @priority: lower comes first among the added pages
 *
 * Adds a page after the core pages, in order of @priority.
 */
void
tf_case_window_add_page (TfCaseWindow *self,
                         GtkWidget    *page,
                         const char   *id,
                         const char   *title,
                         const char   *icon_name,
                         int           priority)
{
  g_return_if_fail (TF_IS_CASE_WINDOW (self));
  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (id != NULL && title != NULL);
  g_return_if_fail (find_page_row (self, id) == NULL);

  add_page (self, page, id, title, icon_name, priority, FALSE);
}

/**
 * tf_case_window_remove_page:
 * @id: the id the page was added with
 *
 * Removes a page added with tf_case_window_add_page(); core pages stay.
 */
void
tf_case_window_remove_page (TfCaseWindow *self,
                            const char   *id)
{
  TfCasePageRow *row;
  GtkWidget *page;

  g_return_if_fail (TF_IS_CASE_WINDOW (self));
  g_return_if_fail (id != NULL);

  row = find_page_row (self, id);
  if (row == NULL || tf_case_page_row_get_core (row))
    return;
  if (gtk_list_box_get_selected_row (self->page_list) == GTK_LIST_BOX_ROW (row))
    gtk_list_box_select_row (self->page_list,
                             gtk_list_box_get_row_at_index (self->page_list, 0));
  gtk_list_box_remove (self->page_list, GTK_WIDGET (row));
  page = gtk_stack_get_child_by_name (self->page_stack, id);
  if (page != NULL)
    gtk_stack_remove (self->page_stack, page);
}

/* Work-area pages */

static void
set_page_staff (TfCaseWindow *self,
                TfAreaPage   *page)
{
  g_autoptr(GListModel) staff = tf_staff_member_list_active (self->session, NULL);
  guint n = staff ? g_list_model_get_n_items (staff) : 0;
  g_autofree gint64 *ids = g_new0 (gint64, n + 1);
  g_autofree const char **names = g_new0 (const char *, n + 1);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfStaffMember) member = g_list_model_get_item (staff, i);
      ids[i] = tf_staff_member_get_id (member);
      names[i] = tf_staff_member_get_name (member);   /* the list keeps it alive */
    }
  tf_area_page_set_staff (page, ids, names, n);
}

static GtkWidget *
build_area_page (TfCaseWindow *self,
                 gpointer      data)
{
  TfAreaPage *page = tf_area_page_new (self->session, self->registry, TF_AREA (data), self->case_id);

  set_page_staff (self, page);
  return GTK_WIDGET (page);
}

static void
add_area_page (TfCaseWindow *self,
               TfArea       *area)
{
  tf_case_window_add_page (self, lazy_page_new (build_area_page, g_object_ref (area), g_object_unref),
                           tf_area_get_id (area), tf_area_get_title (area),
                           tf_area_get_icon_name (area), tf_area_get_priority (area));
}

static void
on_area_added_cb (TfCaseWindow *self,
                  TfArea       *area)
{
  add_area_page (self, area);
}

static void
on_area_removed_cb (TfCaseWindow *self,
                    TfArea       *area)
{
  tf_case_window_remove_page (self, tf_area_get_id (area));
}

/**
 * tf_case_window_set_registry:
 *
 * Adds a page for every enabled work area, and follows plugins being
 * enabled and disabled while the window is open.
 */
void
tf_case_window_set_registry (TfCaseWindow *self,
                             TfRegistry   *registry)
{
  GListModel *areas;

  g_return_if_fail (TF_IS_CASE_WINDOW (self));
  g_return_if_fail (TF_IS_REGISTRY (registry));
  g_return_if_fail (self->registry == NULL);

  if (self->session == NULL || self->young_person_id == 0)
    return;   /* the case could not be loaded: the window says so */

  self->registry = g_object_ref (registry);
  areas = tf_registry_get_areas (registry);
  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(TfArea) area = g_list_model_get_item (areas, i);
      add_area_page (self, area);
    }
  g_signal_connect_object (registry, "area-added", G_CALLBACK (on_area_added_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (registry, "area-removed", G_CALLBACK (on_area_removed_cb),
                           self, G_CONNECT_SWAPPED);
}

/**
 * tf_case_window_show_page:
 * @id: a page id ("overview", or a work area's id)
 *
 * Returns: %TRUE if the window has such a page
 */
gboolean
tf_case_window_show_page (TfCaseWindow *self,
                          const char   *id)
{
  TfCasePageRow *row;

  g_return_val_if_fail (TF_IS_CASE_WINDOW (self), FALSE);

  row = find_page_row (self, id);
  if (row == NULL)
    return FALSE;
  gtk_list_box_select_row (self->page_list, GTK_LIST_BOX_ROW (row));
  return TRUE;
}
