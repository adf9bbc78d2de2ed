/* tf-area-page.c — a work area's page in a case window, drawn from the area's data
 *
 * One generic page for every work area, whatever plugin declared it:
 *
 *   header          the area's icon, title and organisation
 *   details         per single record form, the current record's fields
 *   deadlines       the area's statutory deadlines for this case
 *   indicators      per indicator the latest value, a chart and the trend
 *   interventions   the area's interventions for this case, and a menu of
 *                   the intervention forms to start one
 *   records         per other record form, its records, newest first
 *
 * Sections the area declares nothing for are hidden; a section with nothing
 * in it yet says what to do next. The page follows the store: when a record
 * or measurement of this case changes (here or at another desk), it reloads
 * once the main loop is idle.
 *
 * The rows of the lists are built in tf-area-page-rows.c, the record forms'
 * sections in tf-area-page-records.c (see tf-area-page-private.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "tf-area-page.h"
#include "tf-area-page-private.h"
#include "tf-deadline-row.h"
#include "tf-error-row.h"
#include "tf-gtk-util-private.h"
#include "tf-indicator-row.h"
#include "tf-record-editor.h"

G_DEFINE_FINAL_TYPE (TfAreaPage, tf_area_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_REGISTRY,
  PROP_AREA,
  PROP_CASE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_error (TfAreaPage *self,
            const char *message)
{
  tf_error_row_set_message (self->error_row, message);
  gtk_widget_set_visible (self->error_list, message != NULL);
}

/* Building the sections (once) */

static void
build_sections (TfAreaPage *self)
{
  GListModel *forms = tf_area_get_forms (self->area);
  GListModel *indicators = tf_area_get_indicators (self->area);
  g_autoptr(GMenu) menu = g_menu_new ();
  guint n_forms = g_list_model_get_n_items (forms);
  guint n_indicators = g_list_model_get_n_items (indicators);
  guint n_interventions = 0;
  const char *organisation = tf_area_get_organisation (self->area);
  const char *icon = tf_area_get_icon_name (self->area);

  gtk_label_set_text (self->title_label, tf_area_get_title (self->area));
  gtk_label_set_text (self->organisation_label, organisation != NULL ? organisation : "");
  gtk_widget_set_visible (GTK_WIDGET (self->organisation_label), organisation != NULL && *organisation != '\0');
  gtk_image_set_from_icon_name (self->icon_image, icon);
  gtk_widget_set_visible (GTK_WIDGET (self->icon_image), icon != NULL && *icon != '\0');
  _tf_accessible_set_label (GTK_WIDGET (self), tf_area_get_title (self->area));

  for (guint i = 0; i < n_forms; i++)
    {
      g_autoptr(TfForm) form = g_list_model_get_item (forms, i);

      if (tf_form_get_category (form) == TF_FORM_INTERVENTION)
        {
          g_autoptr(GMenuItem) item = g_menu_item_new (tf_form_get_title (form), NULL);

          g_menu_item_set_action_and_target (item, "area-page.add-record", "s", tf_form_get_id (form));
          g_menu_append_item (menu, item);
          n_interventions++;
        }
      else
        {
          FormSection *section = _tf_area_page_form_section_new (self, form);

          if (tf_form_get_single (form))
            {
              g_ptr_array_add (self->details, section);
              gtk_box_append (self->details_box, GTK_WIDGET (section->group));
            }
          else
            {
              _tf_area_page_section_set_add (section);
              g_ptr_array_add (self->lists, section);
              gtk_box_append (self->records_box, GTK_WIDGET (section->group));
            }
        }
    }
  gtk_widget_set_visible (GTK_WIDGET (self->details_box), self->details->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->records_box), self->lists->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->interventions_group), n_interventions > 0);
  gtk_menu_button_set_menu_model (self->add_intervention_button, G_MENU_MODEL (menu));

  for (guint i = 0; i < n_indicators; i++)
    {
      g_autoptr(TfIndicator) indicator = g_list_model_get_item (indicators, i);
      GtkWidget *row = tf_indicator_row_new (self->session, indicator, self->case_id);

      gtk_list_box_append (self->indicators_list, row);
      g_ptr_array_add (self->indicator_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->indicators_group), n_indicators > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->deadlines_group),
                          g_list_model_get_n_items (tf_area_get_deadline_rules (self->area)) > 0);
}

/* Filling them (on every reload) */

static void
fill_interventions (TfAreaPage *self,
                    GPtrArray  *records)
{
  _tf_area_page_clear_list (self->interventions_list);
  if (records->len == 0)
    {
      gtk_list_box_append (self->interventions_list,
                           _tf_area_page_empty_row_new (_("No interventions yet"),
                                                        _("Choose Add Intervention to start one from the catalogue.")));
      return;
    }
  for (guint i = 0; i < records->len; i++)
    gtk_list_box_append (self->interventions_list,
                         _tf_area_page_intervention_row_new (self, g_ptr_array_index (records, i)));
}

static void
fill_deadlines (TfAreaPage *self)
{
  g_autoptr(GListModel) deadlines = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = tf_today_iso ();
  const char *area_id = tf_area_get_id (self->area);
  guint n, shown = 0;

  _tf_area_page_clear_list (self->deadlines_list);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->deadlines_group)))
    return;

  deadlines = tf_deadline_list_for_case (self->session, self->registry, self->case_id, &error);
  if (deadlines == NULL)
    {
      gtk_list_box_append (self->deadlines_list,
                           _tf_area_page_empty_row_new (_("The deadlines cannot be shown"), error->message));
      return;
    }
  n = g_list_model_get_n_items (deadlines);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfDeadline) deadline = g_list_model_get_item (deadlines, i);

      if (g_strcmp0 (tf_deadline_rule_get_area_id (tf_deadline_get_rule (deadline)), area_id) != 0)
        continue;
      gtk_list_box_append (self->deadlines_list, tf_deadline_row_new (deadline, today));
      shown++;
    }
  if (shown == 0)
    gtk_list_box_append (self->deadlines_list,
                         _tf_area_page_empty_row_new (_("No deadlines running"),
                                                      _("A deadline starts when the record it counts from is saved.")));
}

static void
fill_indicators (TfAreaPage *self)
{
  for (guint i = 0; i < self->indicator_rows->len; i++)
    {
      TfIndicatorRow *row = g_ptr_array_index (self->indicator_rows, i);
      TfIndicator *indicator = tf_indicator_row_get_indicator (row);
      g_autoptr(GArray) points = NULL;
      g_autoptr(GError) error = NULL;

      points = tf_indicator_list_values (self->session, tf_indicator_get_id (indicator),
                                         self->case_id, &error);
      if (points == NULL)
        g_warning ("Cannot list the values of %s: %s", tf_indicator_get_id (indicator), error->message);
      tf_indicator_row_set_points (row, points);
    }
}

/**
 * tf_area_page_reload:
 *
 * Reads the case's records, deadlines and measurements for the area from
 * the store again. The page does this by itself when the store says they
 * changed.
 */
void
tf_area_page_reload (TfAreaPage *self)
{
  g_autoptr(GListModel) records = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) by_form = NULL;
  g_autoptr(GPtrArray) interventions = NULL;
  guint n;

  g_return_if_fail (TF_IS_AREA_PAGE (self));

  g_clear_handle_id (&self->reload_source, g_source_remove);

  records = tf_record_list_for_case (self->session, self->case_id,
                                     tf_area_get_id (self->area), NULL, &error);
  if (records == NULL)
    {
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);

  by_form = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  interventions = g_ptr_array_new_with_free_func (g_object_unref);
  g_hash_table_remove_all (self->records);
  n = g_list_model_get_n_items (records);
  for (guint i = 0; i < n; i++)
    {
      TfRecord *record = g_list_model_get_item (records, i);
      TfForm *form = tf_registry_find_form (self->registry, tf_record_get_form_id (record));
      gint64 *id = g_new (gint64, 1);

      *id = tf_record_get_id (record);
      g_hash_table_insert (self->records, id, g_object_ref (record));

      if (form != NULL && tf_form_get_category (form) == TF_FORM_INTERVENTION)
        g_ptr_array_add (interventions, record);
      else
        {
          /* newest first, as the store lists them */
          GPtrArray *list = g_hash_table_lookup (by_form, tf_record_get_form_id (record));

          if (list == NULL)
            {
              list = g_ptr_array_new_with_free_func (g_object_unref);
              g_hash_table_insert (by_form, (gpointer) tf_record_get_form_id (record), list);
            }
          g_ptr_array_add (list, record);
        }
    }

  for (guint i = 0; i < self->details->len; i++)
    {
      FormSection *section = g_ptr_array_index (self->details, i);
      GPtrArray *list = g_hash_table_lookup (by_form, tf_form_get_id (section->form));

      _tf_area_page_fill_details (self, section, list != NULL && list->len > 0 ? g_ptr_array_index (list, 0) : NULL);
    }
  for (guint i = 0; i < self->lists->len; i++)
    {
      FormSection *section = g_ptr_array_index (self->lists, i);

      _tf_area_page_fill_list (self, section, g_hash_table_lookup (by_form, tf_form_get_id (section->form)));
    }
  if (gtk_widget_get_visible (GTK_WIDGET (self->interventions_group)))
    fill_interventions (self, interventions);
  fill_deadlines (self);
  fill_indicators (self);
}

static gboolean
reload_idle_cb (gpointer data)
{
  TfAreaPage *self = TF_AREA_PAGE (data);

  self->reload_source = 0;
  tf_area_page_reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (TfStore    *store,
                     const char *entity,
                     gint64      id,
                     TfAreaPage *self)
{
  /* NULL: another desk wrote to the store, anything may have changed. A
   * young person's birth date starts deadlines; their id is not the case's,
   * so any change to a young person reloads (it is cheap). */
  if (entity != NULL
      && !((g_str_equal (entity, "record") || g_str_equal (entity, "indicator-value")
            || g_str_equal (entity, "case"))
           && id == self->case_id)
      && !g_str_equal (entity, "young-person"))
    return;
  /* Once, after the writes of this turn of the main loop: never while a
   * popover or editor that caused the change is still in its handler */
  if (self->reload_source == 0)
    self->reload_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, reload_idle_cb, self, NULL);
}

/* Actions */

static void
on_editor_saved_cb (TfRecordEditor *editor,
                    TfRecord       *record,
                    TfAreaPage     *self)
{
  _tf_widget_show_toast (GTK_WIDGET (self), _("Saved"));
}

static void
open_editor (TfAreaPage *self,
             TfForm     *form,
             TfRecord   *record)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  TfRecordEditor *editor;
  editor = tf_record_editor_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                 self->session, form, self->case_id, record);
  if (self->staff_ids->len > 0)
    tf_record_editor_set_staff (editor, (const gint64 *) (gpointer) self->staff_ids->data,
                                (const char * const *) self->staff_names->pdata,
                                self->staff_ids->len);
  g_signal_connect_object (editor, "saved", G_CALLBACK (on_editor_saved_cb), self, 0);
  gtk_window_present (GTK_WINDOW (editor));
}

static void
add_record_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  TfAreaPage *self = TF_AREA_PAGE (widget);
  TfForm *form = tf_registry_find_form (self->registry, g_variant_get_string (parameter, NULL));

  g_return_if_fail (form != NULL);
  open_editor (self, form, NULL);
}

static void
edit_record_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  TfAreaPage *self = TF_AREA_PAGE (widget);
  gint64 id = g_variant_get_int64 (parameter);
  TfRecord *record = g_hash_table_lookup (self->records, &id);
  TfForm *form;

  if (record == NULL)
    return;
  form = tf_registry_find_form (self->registry, tf_record_get_form_id (record));
  if (form == NULL)
    {
      show_error (self, _("The form of this record is not available: its work area plugin may be switched off."));
      return;
    }
  open_editor (self, form, record);
}

/* GObject */

static void
tf_area_page_constructed (GObject *object)
{
  TfAreaPage *self = TF_AREA_PAGE (object);

  G_OBJECT_CLASS (tf_area_page_parent_class)->constructed (object);

  g_return_if_fail (TF_IS_SESSION (self->session));
  g_return_if_fail (TF_IS_REGISTRY (self->registry));
  g_return_if_fail (TF_IS_AREA (self->area));

  build_sections (self);
  g_signal_connect_object (tf_session_get_store (self->session), "changed",
                           G_CALLBACK (on_store_changed_cb), self, 0);
  tf_area_page_reload (self);
}

static void
tf_area_page_dispose (GObject *object)
{
  TfAreaPage *self = TF_AREA_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_AREA_PAGE);
  g_clear_pointer (&self->details, g_ptr_array_unref);
  g_clear_pointer (&self->lists, g_ptr_array_unref);
  g_clear_pointer (&self->indicator_rows, g_ptr_array_unref);
  g_clear_pointer (&self->records, g_hash_table_unref);

  G_OBJECT_CLASS (tf_area_page_parent_class)->dispose (object);
}

static void
tf_area_page_finalize (GObject *object)
{
  TfAreaPage *self = TF_AREA_PAGE (object);

  g_clear_object (&self->session);
  g_clear_object (&self->registry);
  g_clear_object (&self->area);
  g_clear_pointer (&self->staff, g_hash_table_unref);
  g_clear_pointer (&self->staff_ids, g_array_unref);
  g_clear_pointer (&self->staff_names, g_ptr_array_unref);

  G_OBJECT_CLASS (tf_area_page_parent_class)->finalize (object);
}

static void
tf_area_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TfAreaPage *self = TF_AREA_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_REGISTRY:
      g_value_set_object (value, self->registry);
      break;

    case PROP_AREA:
      g_value_set_object (value, self->area);
      break;

    case PROP_CASE_ID:
      g_value_set_int64 (value, self->case_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_area_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TfAreaPage *self = TF_AREA_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    case PROP_REGISTRY:
      self->registry = g_value_dup_object (value);
      break;

    case PROP_AREA:
      self->area = g_value_dup_object (value);
      break;

    case PROP_CASE_ID:
      self->case_id = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_area_page_class_init (TfAreaPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tf_area_page_constructed;
  object_class->dispose = tf_area_page_dispose;
  object_class->finalize = tf_area_page_finalize;
  object_class->get_property = tf_area_page_get_property;
  object_class->set_property = tf_area_page_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGISTRY] =
    g_param_spec_object ("registry", NULL, NULL, TF_TYPE_REGISTRY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AREA] =
    g_param_spec_object ("area", NULL, NULL, TF_TYPE_AREA,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/gtk/tf-area-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, icon_image);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, title_label);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, organisation_label);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, error_list);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, error_row);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, details_box);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, deadlines_group);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, deadlines_list);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, indicators_group);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, indicators_list);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, interventions_group);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, add_intervention_button);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, interventions_list);
  gtk_widget_class_bind_template_child (widget_class, TfAreaPage, records_box);

  gtk_widget_class_install_action (widget_class, "area-page.add-record", "s", add_record_action);
  gtk_widget_class_install_action (widget_class, "area-page.edit-record", "x", edit_record_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  g_type_ensure (TF_TYPE_ERROR_ROW);
}

static void
tf_area_page_init (TfAreaPage *self)
{
  self->details = g_ptr_array_new_with_free_func ((GDestroyNotify) _tf_area_page_form_section_free);
  self->lists = g_ptr_array_new_with_free_func ((GDestroyNotify) _tf_area_page_form_section_free);
  self->indicator_rows = g_ptr_array_new ();
  self->records = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  self->staff = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->staff_names = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * tf_area_page_new:
 * @session: who is at the desk
 * @registry: the enabled areas' forms (records name their form by id)
 * @area: the work area drawn
 * @case_id: the case shown
 *
 * Returns: (transfer floating): the page, for tf_case_window_add_page()
 */
TfAreaPage *
tf_area_page_new (TfSession  *session,
                  TfRegistry *registry,
                  TfArea     *area,
                  gint64      case_id)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (TF_IS_REGISTRY (registry), NULL);
  g_return_val_if_fail (TF_IS_AREA (area), NULL);
  g_return_val_if_fail (case_id > 0, NULL);

  return g_object_new (TF_TYPE_AREA_PAGE,
                       "session", session,
                       "registry", registry,
                       "area", area,
                       "case-id", case_id,
                       NULL);
}

/**
 * tf_area_page_get_area:
 *
 * Returns: (transfer none): the area drawn
 */
TfArea *
tf_area_page_get_area (TfAreaPage *self)
{
  g_return_val_if_fail (TF_IS_AREA_PAGE (self), NULL);
  return self->area;
}

gint64
tf_area_page_get_case_id (TfAreaPage *self)
{
  g_return_val_if_fail (TF_IS_AREA_PAGE (self), 0);
  return self->case_id;
}

/**
 * tf_area_page_set_staff:
 * @ids: (array length=n_staff): staff member ids
 * @names: (array length=n_staff): their names
 *
 * Names for staff fields, shown on the page and offered in its editors.
 */
void
tf_area_page_set_staff (TfAreaPage         *self,
                        const gint64       *ids,
                        const char * const *names,
                        guint               n_staff)
{
  g_return_if_fail (TF_IS_AREA_PAGE (self));
  g_return_if_fail (n_staff == 0 || (ids != NULL && names != NULL));

  g_hash_table_remove_all (self->staff);
  g_array_set_size (self->staff_ids, 0);
  g_ptr_array_set_size (self->staff_names, 0);
  for (guint i = 0; i < n_staff; i++)
    {
      char *name = g_strdup (names[i]);

      g_array_append_val (self->staff_ids, ids[i]);
      g_ptr_array_add (self->staff_names, name);
      g_hash_table_insert (self->staff, g_memdup2 (&ids[i], sizeof (gint64)), name);
    }
  tf_area_page_reload (self);
}
