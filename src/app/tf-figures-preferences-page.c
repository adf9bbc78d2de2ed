/* tf-figures-preferences-page.c — Preferences: the coordinator's settings for the figures
 *
 * The settings live in the store (tf-stats-settings.h), not in GSettings, so
 * every desk computes the same figures; this page only shows and sets them
 * through the core, which also decides who may change them and what values
 * it accepts.
 *
 * Saving: a spin button saves when its value changes — every value it can
 * hold is valid, and instant apply is how a GNOME preferences window works.
 * A typed field (cost, share, years) saves when applied (Enter or its check
 * mark): saving each keystroke would store half-typed amounts, complain
 * while the person is still typing and write an audit entry per key.
 *
 * The indicators, their units and default thresholds are the core's list
 * (tf_stats_list_indicators()), the one the figures count with.
 *
 * The page reloads when the store says the settings changed — here, in
 * another window, or at another desk (the store's "changed" with no entity,
 * from the application's data_version polling) — and makes its rows anew
 * when the domains or the work areas change. Text typed and not yet
 * applied stays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>   /* isfinite(), a macro: no libm */
#include <string.h>

#include <glib/gi18n.h>

#include "taskforce-gtk.h"
#include "tf-figures-preferences-page.h"
#include "tf-threshold-row.h"

typedef struct _TfFiguresPreferencesPage TfFiguresPreferencesPage;

/* One typed setting: its entry row, the complaint under it and its reset. */
typedef struct
{
  const char   *key;
  AdwEntryRow  *row;
  AdwActionRow *error;
  GtkWidget    *reset;
  /* What the page last put in the row: other text is the person's own,
   * not yet applied, and a reload leaves it alone. */
  char         *loaded_text;
} Field;

enum { FIELD_COST, FIELD_SHARE, FIELD_YEARS, N_FIELDS };

struct _TfFiguresPreferencesPage
{
  AdwPreferencesPage    parent_instance;

  TfSession            *session;
  TfRegistry           *registry;
  gboolean              editable;
  /* Set while the page puts stored values into its widgets, so that doing
   * so is not taken for the person changing them. */
  guint                 loading;
  Field                 fields[N_FIELDS];
  GPtrArray            *indicator_rows;   /* of TfThresholdRow*, owned by the group */
  AdwActionRow         *thresholds_error;
  guint                 reload_source;
  GtkSizeGroup         *unit_size_group;

  /* Template widgets */
  AdwPreferencesGroup  *read_only_group;
  GtkSpinButton        *anonymity_spin;
  GtkWidget            *anonymity_reset;
  AdwActionRow         *anonymity_error;
  AdwEntryRow          *cost_row;
  AdwActionRow         *cost_error;
  GtkWidget            *cost_reset;
  AdwEntryRow          *share_row;
  AdwActionRow         *share_error;
  GtkWidget            *share_reset;
  AdwEntryRow          *years_row;
  AdwActionRow         *years_error;
  GtkWidget            *years_reset;
  AdwPreferencesGroup  *thresholds_group;
};

G_DEFINE_FINAL_TYPE (TfFiguresPreferencesPage, tf_figures_preferences_page, ADW_TYPE_PREFERENCES_PAGE)

static void
show_error (AdwActionRow *error_row,
            GtkWidget    *field,
            const char   *message)
{
  gtk_widget_set_visible (GTK_WIDGET (error_row), message != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (error_row), message != NULL ? message : "");
  if (field == NULL)
    return;
  if (message != NULL)
    gtk_widget_add_css_class (field, "error");
  else
    gtk_widget_remove_css_class (field, "error");
}

/* A number as a Danish reader writes it: "12,5", "3", never "3.000000". */
static char *
format_number (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *text = g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.2f", value));
  char *end = text + strlen (text) - 1;

  while (end > text && *end == '0')
    *end-- = '\0';
  if (*end == '.')
    *end = '\0';
  g_strdelimit (text, ".", ',');
  return text;
}

/* "25", "12,5", "12.5", "25 %": people type both separators for a small
 * number, and a share is often typed with its sign. */
static gboolean
parse_number (const char *text,
              double     *value,
              gboolean   *is_blank)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  char *end = NULL;
  gsize len = strlen (copy);

  *is_blank = (len == 0);
  if (*is_blank)
    return FALSE;
  if (copy[len - 1] == '%')
    {
      copy[len - 1] = '\0';
      g_strchomp (copy);
    }
  g_strdelimit (copy, ",", '.');
  if (*copy == '\0' || strchr (copy, '.') != strrchr (copy, '.'))
    return FALSE;
  *value = g_ascii_strtod (copy, &end);
  return end != NULL && *end == '\0' && isfinite (*value);
}

static const char *
bad_input_message (guint field)
{
  switch (field)
    {
    case FIELD_COST:
      return _("Type an amount in kroner, 0 or more, for example 850.000.");
    case FIELD_SHARE:
      return _("Type a per cent from 0 to 100, for example 25 or 12,5.");
    case FIELD_YEARS:
    default:
      return _("Type a number of years above 0 and at most 18, for example 1 or 1,5.");
    }
}

/* TRUE when the person has typed into @row and not applied it (the text
 * is not what the page put there). */
static gboolean
field_is_typed_in (Field *f)
{
  return f->loaded_text != NULL
         && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (f->row)), f->loaded_text) != 0;
}

/* The stored value into @field's row; a setting without a default that is
 * not set shows blank. With @keep_typed, text the person has typed and not
 * applied stays (a reload for someone else's change must not take it). */
static void
load_field (TfFiguresPreferencesPage *self,
            guint                     field,
            gboolean                  keep_typed)
{
  Field *f = &self->fields[field];
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  double value = 0;
  gboolean is_set = FALSE;

  if (!tf_stats_setting_get (self->session, f->key, &value, &is_set, &error))
    {
      show_error (f->error, GTK_WIDGET (f->row), error->message);
      return;
    }
  gtk_widget_set_sensitive (f->reset, is_set);
  if (keep_typed && field_is_typed_in (f))
    return;
  if (field == FIELD_COST)
    text = is_set ? tf_kroner_to_entry_text ((gint64) (value * 100 + 0.5)) : g_strdup ("");
  else if (field == FIELD_SHARE && !is_set)
    text = g_strdup ("");
  else
    text = format_number (value);
  self->loading++;
  gtk_editable_set_text (GTK_EDITABLE (f->row), text);
  self->loading--;
  g_free (f->loaded_text);
  f->loaded_text = g_steal_pointer (&text);
  show_error (f->error, GTK_WIDGET (f->row), NULL);
}

static void
load_anonymity (TfFiguresPreferencesPage *self,
                gboolean                  keep_typed)
{
  g_autoptr(GError) error = NULL;
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (self->anonymity_spin);
  double value = 0;
  gboolean is_set = FALSE;

  if (!tf_stats_setting_get (self->session, "anonymity-threshold", &value, &is_set, &error))
    {
      show_error (self->anonymity_error, NULL, error->message);
      return;
    }
  gtk_widget_set_sensitive (self->anonymity_reset, is_set);
  if (keep_typed && tf_spin_button_is_typed_in (self->anonymity_spin))
    return;
  /* The core takes up to 100; the spin button offers 1–20, which is what a
   * committee report needs, but must not cut a larger stored value. */
  if (value > gtk_adjustment_get_upper (adjustment))
    gtk_adjustment_set_upper (adjustment, value);
  self->loading++;
  gtk_spin_button_set_value (self->anonymity_spin, value);
  self->loading--;
  show_error (self->anonymity_error, NULL, NULL);
}

static void build_indicator_rows (TfFiguresPreferencesPage *self);

/* The thresholds as stored now, into the rows; when the list of indicators
 * itself changed (a domain added or retired, a work area switched on or
 * off), the rows are made anew. */
static void
load_indicators (TfFiguresPreferencesPage *self,
                 gboolean                  keep_typed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) indicators = tf_stats_list_indicators (self->session, self->registry, &error);
  guint n;

  if (indicators == NULL)
    {
      show_error (self->thresholds_error, NULL, error->message);
      return;
    }
  n = g_list_model_get_n_items (indicators);
  for (guint i = 0; i < n && n == self->indicator_rows->len; i++)
    {
      g_autoptr(TfStatsIndicator) indicator = g_list_model_get_item (indicators, i);
      TfThresholdRow *row = g_ptr_array_index (self->indicator_rows, i);

      if (g_strcmp0 (tf_stats_indicator_get_key (indicator),
                     tf_stats_indicator_get_key (tf_threshold_row_get_indicator (row))) != 0)
        break;
      tf_threshold_row_set_indicator (row, indicator, keep_typed);
      if (i + 1 == n)
        return;
    }
  if (n == 0 && self->indicator_rows->len == 0)
    return;
  build_indicator_rows (self);
}

/* Enter or the check mark in a typed field: blank goes back to the default
 * (for the cost and the share: not set, so no estimate is made). */
static void
apply_field (TfFiguresPreferencesPage *self,
             guint                     field)
{
  Field *f = &self->fields[field];
  const char *text = gtk_editable_get_text (GTK_EDITABLE (f->row));
  g_autoptr(GError) error = NULL;
  gboolean blank = FALSE;
  gboolean parsed;
  gboolean ok;
  double value = 0;

  if (self->loading > 0)
    return;
  if (!self->editable)
    {
      /* Refused before the core is asked: show what is stored, not what was typed */
      load_field (self, field, FALSE);
      return;
    }
  if (field == FIELD_COST)
    {
      gint64 ore = 0;

      parsed = tf_kroner_from_entry_text (text, &ore, &blank);
      value = ore / 100.0;
    }
  else
    parsed = parse_number (text, &value, &blank);

  if (blank)
    ok = tf_stats_setting_reset (self->session, f->key, &error);
  else if (!parsed)
    {
      show_error (f->error, GTK_WIDGET (f->row), bad_input_message (field));
      return;
    }
  else
    ok = tf_stats_setting_set (self->session, f->key, value, &error);

  if (!ok)
    {
      /* The core decides the range; the field's own sentence says it with
       * an example, where the core's names the setting at length. */
      show_error (f->error, GTK_WIDGET (f->row),
                  g_error_matches (error, TF_ERROR, TF_ERROR_INVALID) ? bad_input_message (field)
                                                                     : error->message);
      return;
    }
  load_field (self, field, FALSE);
}

static void
on_field_apply_cb (AdwEntryRow              *row,
                   TfFiguresPreferencesPage *self)
{
  for (guint i = 0; i < N_FIELDS; i++)
    if (self->fields[i].row == row)
      apply_field (self, i);
}

/* Typing again takes the red away: the complaint was about the old text. */
static void
on_field_changed_cb (GtkEditable              *editable,
                     TfFiguresPreferencesPage *self)
{
  if (self->loading > 0)
    return;
  for (guint i = 0; i < N_FIELDS; i++)
    if (GTK_EDITABLE (self->fields[i].row) == editable)
      show_error (self->fields[i].error, GTK_WIDGET (editable), NULL);
}

static void
on_field_reset_cb (GtkButton                *button,
                   TfFiguresPreferencesPage *self)
{
  if (!self->editable)
    return;
  for (guint i = 0; i < N_FIELDS; i++)
    {
      Field *f = &self->fields[i];
      g_autoptr(GError) error = NULL;

      if (f->reset != GTK_WIDGET (button))
        continue;
      if (!tf_stats_setting_reset (self->session, f->key, &error))
        show_error (f->error, GTK_WIDGET (f->row), error->message);
      else
        load_field (self, i, FALSE);
    }
}

static void
on_anonymity_changed_cb (GtkSpinButton            *spin,
                         TfFiguresPreferencesPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->loading > 0)
    return;
  if (!self->editable)
    {
      load_anonymity (self, FALSE);
      return;
    }
  if (!tf_stats_setting_set (self->session, "anonymity-threshold",
                             gtk_spin_button_get_value_as_int (spin), &error))
    {
      show_error (self->anonymity_error, NULL, error->message);
      return;
    }
  load_anonymity (self, FALSE);
}

static void
on_anonymity_reset_cb (GtkButton                *button,
                       TfFiguresPreferencesPage *self)
{
  g_autoptr(GError) error = NULL;

  if (!self->editable)
    return;
  if (!tf_stats_setting_reset (self->session, "anonymity-threshold", &error))
    show_error (self->anonymity_error, NULL, error->message);
  else
    load_anonymity (self, FALSE);
}

/* Saved: the other rows may have to follow (the store announces it too,
 * but the reset's sensitivity should not wait for an idle). The row may be
 * made anew: it is not used after this. */
static void
on_threshold_saved_cb (TfThresholdRow           *row,
                       TfFiguresPreferencesPage *self)
{
  show_error (self->thresholds_error, NULL, NULL);
  load_indicators (self, TRUE);
}

static void
on_threshold_failed_cb (TfThresholdRow           *row,
                        const char               *message,
                        TfFiguresPreferencesPage *self)
{
  show_error (self->thresholds_error, NULL, message);
}

/* Under the rows: what went wrong saving one of them. */
static void
make_thresholds_error (TfFiguresPreferencesPage *self)
{
  self->thresholds_error = ADW_ACTION_ROW (adw_action_row_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->thresholds_error), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->thresholds_error), FALSE);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->thresholds_error), FALSE);
  adw_action_row_set_title_lines (self->thresholds_error, 0);
  adw_action_row_set_icon_name (self->thresholds_error, "dialog-warning-symbolic");
  gtk_widget_add_css_class (GTK_WIDGET (self->thresholds_error), "field-error");
  gtk_widget_add_css_class (GTK_WIDGET (self->thresholds_error), "error");
  adw_preferences_group_add (self->thresholds_group, GTK_WIDGET (self->thresholds_error));
}

/* A row per indicator the stats count, in their order
 * (tf_stats_list_indicators()), made anew. */
static void
build_indicator_rows (TfFiguresPreferencesPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) indicators = tf_stats_list_indicators (self->session, self->registry, &error);
  g_autoptr(AdwActionRow) error_row = g_object_ref (self->thresholds_error);

  for (guint i = 0; i < self->indicator_rows->len; i++)
    adw_preferences_group_remove (self->thresholds_group, g_ptr_array_index (self->indicator_rows, i));
  g_ptr_array_set_size (self->indicator_rows, 0);
  /* A group only appends: the complaint goes out and back in at the end */
  adw_preferences_group_remove (self->thresholds_group, GTK_WIDGET (error_row));

  if (indicators == NULL)
    show_error (self->thresholds_error, NULL, error->message);
  for (guint i = 0; indicators != NULL && i < g_list_model_get_n_items (indicators); i++)
    {
      g_autoptr(TfStatsIndicator) indicator = g_list_model_get_item (indicators, i);
      GtkWidget *row = tf_threshold_row_new (self->session, indicator, self->editable, self->unit_size_group);

      g_signal_connect_object (row, "saved", G_CALLBACK (on_threshold_saved_cb), self, 0);
      g_signal_connect_object (row, "failed", G_CALLBACK (on_threshold_failed_cb), self, 0);
      adw_preferences_group_add (self->thresholds_group, row);
      g_ptr_array_add (self->indicator_rows, row);
    }
  adw_preferences_group_add (self->thresholds_group, GTK_WIDGET (error_row));
}

/* Everything as stored now; the indicators' rows are made anew when the
 * list of indicators changed. @keep_typed: see load_field(). */
static void
reload (TfFiguresPreferencesPage *self,
        gboolean                  keep_typed)
{
  load_anonymity (self, keep_typed);
  for (guint i = 0; i < N_FIELDS; i++)
    load_field (self, i, keep_typed);
  load_indicators (self, keep_typed);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  TfFiguresPreferencesPage *self = user_data;

  self->reload_source = 0;
  reload (self, TRUE);
  return G_SOURCE_REMOVE;
}

/* One save may announce several changes: reload once for all of them. */
static void
queue_reload (TfFiguresPreferencesPage *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle_cb, self);
}

static void
on_store_changed_cb (TfStore    *store,
                     const char *entity,
                     gint64      id,
                     gpointer    user_data)
{
  TfFiguresPreferencesPage *self = user_data;

  /* NULL: another desk (or a worker) wrote something, no telling what */
  if (entity == NULL || g_str_equal (entity, "stats-setting") || g_str_equal (entity, "assessment-catalogue"))
    queue_reload (self);
}

static void
on_area_changed_cb (TfRegistry *registry,
                    TfArea     *area,
                    gpointer    user_data)
{
  queue_reload (user_data);
}

static void
tf_figures_preferences_page_dispose (GObject *object)
{
  TfFiguresPreferencesPage *self = TF_FIGURES_PREFERENCES_PAGE (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), TF_TYPE_FIGURES_PREFERENCES_PAGE);
  g_clear_object (&self->session);
  g_clear_object (&self->registry);
  G_OBJECT_CLASS (tf_figures_preferences_page_parent_class)->dispose (object);
}

static void
tf_figures_preferences_page_finalize (GObject *object)
{
  TfFiguresPreferencesPage *self = TF_FIGURES_PREFERENCES_PAGE (object);

  g_clear_pointer (&self->indicator_rows, g_ptr_array_unref);
  g_clear_object (&self->unit_size_group);
  for (guint i = 0; i < N_FIELDS; i++)
    g_clear_pointer (&self->fields[i].loaded_text, g_free);
  G_OBJECT_CLASS (tf_figures_preferences_page_parent_class)->finalize (object);
}

static void
tf_figures_preferences_page_class_init (TfFiguresPreferencesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_figures_preferences_page_dispose;
  object_class->finalize = tf_figures_preferences_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-figures-preferences-page.ui");
  gtk_widget_class_bind_template_child (widget_class, TfFiguresPreferencesPage, read_only_group);
  gtk_widget_class_bind_template_child (widget_class, TfFiguresPreferencesPage, anonymity_spin);
  gtk_widget_class_bind_template_child (widget_class, TfFiguresPreferencesPage, anonymity_reset);
  gtk_widget_class_bind_template_child (widget_class, TfFiguresPreferencesPage, anonymity_error);
  gtk_widget_class_bind_template_child (widget_class, TfFiguresPreferencesPage, cost_row);
  gtk_widget_class_bind_template_child (widget_class, TfFiguresPreferencesPage, cost_error);
  gtk_widget_class_bind_template_child (widget_class, TfFiguresPreferencesPage, cost_reset);
  gtk_widget_class_bind_template_child (widget_class, TfFiguresPreferencesPage, share_row);
  gtk_widget_class_bind_template_child (widget_class, TfFiguresPreferencesPage, share_error);
  gtk_widget_class_bind_template_child (widget_class, TfFiguresPreferencesPage, share_reset);
  gtk_widget_class_bind_template_child (widget_class, TfFiguresPreferencesPage, years_row);
  gtk_widget_class_bind_template_child (widget_class, TfFiguresPreferencesPage, years_error);
  gtk_widget_class_bind_template_child (widget_class, TfFiguresPreferencesPage, years_reset);
  gtk_widget_class_bind_template_child (widget_class, TfFiguresPreferencesPage, thresholds_group);
}

static void
tf_figures_preferences_page_init (TfFiguresPreferencesPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->indicator_rows = g_ptr_array_new ();
  self->unit_size_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->fields[FIELD_COST] = (Field) { "placement-cost-per-year", self->cost_row, self->cost_error, self->cost_reset };
  self->fields[FIELD_SHARE] = (Field) { "placement-share-avoided", self->share_row, self->share_error,
                                        self->share_reset };
  self->fields[FIELD_YEARS] = (Field) { "placement-years", self->years_row, self->years_error, self->years_reset };
}

GtkWidget *
tf_figures_preferences_page_new (TfSession  *session,
                                 TfRegistry *registry)
{
  TfFiguresPreferencesPage *self;
  TfRole role;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (registry == NULL || TF_IS_REGISTRY (registry), NULL);

  self = g_object_new (TF_TYPE_FIGURES_PREFERENCES_PAGE, NULL);
  self->session = g_object_ref (session);
  self->registry = registry != NULL ? g_object_ref (registry) : NULL;
  /* The same rule as the core's (tf-stats-settings.c), so the page does not
   * offer what would be refused; the core still checks every change. */
  role = tf_session_get_role (session);
  self->editable = role == TF_ROLE_COORDINATOR || role == TF_ROLE_ADMINISTRATOR;

  gtk_widget_set_visible (GTK_WIDGET (self->read_only_group), !self->editable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->anonymity_spin), self->editable);
  gtk_widget_set_visible (self->anonymity_reset, self->editable);
  load_anonymity (self, FALSE);
  g_signal_connect (self->anonymity_spin, "value-changed", G_CALLBACK (on_anonymity_changed_cb), self);
  g_signal_connect (self->anonymity_reset, "clicked", G_CALLBACK (on_anonymity_reset_cb), self);

  for (guint i = 0; i < N_FIELDS; i++)
    {
      Field *f = &self->fields[i];

      /* Insensitive as well as not editable: an entry row still shows its
       * pencil, which would promise an edit the page does not allow. */
      gtk_editable_set_editable (GTK_EDITABLE (f->row), self->editable);
      gtk_widget_set_sensitive (GTK_WIDGET (f->row), self->editable);
      adw_entry_row_set_show_apply_button (f->row, self->editable);
      gtk_widget_set_visible (f->reset, self->editable);
      load_field (self, i, FALSE);
      g_signal_connect (f->row, "apply", G_CALLBACK (on_field_apply_cb), self);
      g_signal_connect (f->row, "changed", G_CALLBACK (on_field_changed_cb), self);
      g_signal_connect (f->reset, "clicked", G_CALLBACK (on_field_reset_cb), self);
    }

  make_thresholds_error (self);
  build_indicator_rows (self);

  g_signal_connect_object (tf_session_get_store (session), "changed", G_CALLBACK (on_store_changed_cb), self, 0);
  if (registry != NULL)
    {
      g_signal_connect_object (registry, "area-added", G_CALLBACK (on_area_changed_cb), self, 0);
      g_signal_connect_object (registry, "area-removed", G_CALLBACK (on_area_changed_cb), self, 0);
    }
  return GTK_WIDGET (self);
}
