/* tf-economy-window.c — the taskforce's economy: budget, spending, forecast
 *
 * Counts nothing itself: every figure is tf_economy_compute()'s, so the
 * window, the dashboard and the reports agree. It recounts when the store
 * says a budget, an expense or a record (an intervention's cost) changed —
 * once per burst of changes, in an idle. The tables below (by area,
 * organisation, young person) are in tf-economy-tables.c; the list of other
 * expenses with its editor and removal is here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "taskforce-gtk.h"
#include "tf-budget-dialog.h"
#include "tf-economy-tables.h"
#include "tf-economy-window.h"
#include "tf-expense-editor.h"

enum { TOTAL_BUDGET, TOTAL_SPENT, TOTAL_COMMITTED, TOTAL_LEFT, TOTAL_FORECAST, N_TOTALS };

struct _TfEconomyWindow
{
  AdwWindow          parent_instance;

  /* Template widgets */
  AdwToastOverlay   *toast_overlay;
  AdwWindowTitle    *window_title;
  GtkSpinButton     *year_spin;
  GtkDropDown       *quarter_dropdown;
  GtkButton         *budget_button;
  GtkInfoBar        *warning_bar;
  GtkLabel          *warning_label;
  GtkLabel          *error_label;
  GtkBox            *totals_box;
  GtkLabel          *budget_note;
  GtkColumnView     *area_view;
  GtkColumnView     *organisation_view;
  GtkLabel          *organisation_empty;
  GtkColumnView     *people_view;
  GtkLabel          *people_empty;
  GtkListBox        *expense_list;

  /* Owned */
  TfSession         *session;
  char              *as_of;         /* NULL: today */
  TfEconomy         *economy;
  GtkSortListModel  *areas;
  GtkSortListModel  *organisations;
  GtkSortListModel  *people;
  GtkLabel          *total_values[N_TOTALS];
  guint              reload_source;
};

enum {
  PROP_0,
  PROP_SESSION,
  PROP_AS_OF,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TfEconomyWindow, tf_economy_window, ADW_TYPE_WINDOW)

static int
selected_year (TfEconomyWindow *self)
{
  return gtk_spin_button_get_value_as_int (self->year_spin);
}

static int
selected_quarter (TfEconomyWindow *self)
{
  guint selected = gtk_drop_down_get_selected (self->quarter_dropdown);

  return selected == GTK_INVALID_LIST_POSITION ? 0 : (int) selected;
}

static void
show_toast (TfEconomyWindow *self,
            const char      *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

/* Totals */

static void
build_totals (TfEconomyWindow *self)
{
  static const char *captions[N_TOTALS] = {
    N_("Budget"), N_("Spent"), N_("Committed"), N_("Left"), N_("Forecast"),
  };

  for (guint i = 0; i < N_TOTALS; i++)
    {
      GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
      GtkWidget *caption = gtk_label_new (_(captions[i]));
      GtkWidget *value = gtk_label_new ("");

      gtk_widget_add_css_class (card, "card");
      gtk_widget_add_css_class (card, "economy-total");
      gtk_widget_set_margin_top (caption, 12);
      gtk_widget_set_margin_start (caption, 12);
      gtk_widget_set_margin_end (caption, 12);
      gtk_widget_set_margin_bottom (value, 12);
      gtk_widget_set_margin_start (value, 12);
      gtk_widget_set_margin_end (value, 12);
      gtk_label_set_xalign (GTK_LABEL (caption), 0);
      gtk_label_set_xalign (GTK_LABEL (value), 0);
      gtk_label_set_selectable (GTK_LABEL (value), TRUE);
      gtk_widget_add_css_class (caption, "caption-heading");
      gtk_widget_add_css_class (caption, "dim-label");
      gtk_widget_add_css_class (value, "title-3");
      /* The caption names the figure for a screen reader too. */
      gtk_accessible_update_relation (GTK_ACCESSIBLE (value), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      caption, NULL, -1);
      gtk_box_append (GTK_BOX (card), caption);
      gtk_box_append (GTK_BOX (card), value);
      gtk_box_append (self->totals_box, card);
      self->total_values[i] = GTK_LABEL (value);
    }
}

static void
set_total (GtkLabel *label,
           gint64    ore,
           gboolean  bad)
{
  g_autofree char *text = tf_format_money (ore);

  gtk_label_set_text (label, text);
  if (bad)
    gtk_widget_add_css_class (GTK_WIDGET (label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "error");
}

static void
show_totals (TfEconomyWindow *self)
{
  TfEconomyRow *total = tf_economy_get_total (self->economy);
  TfBudget *budget = tf_economy_get_budget (self->economy);
  gboolean over = tf_economy_row_get_over_budget (total);

  set_total (self->total_values[TOTAL_BUDGET], tf_economy_row_get_budget (total), FALSE);
  set_total (self->total_values[TOTAL_SPENT], tf_economy_row_get_spent (total), FALSE);
  set_total (self->total_values[TOTAL_COMMITTED], tf_economy_row_get_committed (total), FALSE);
  set_total (self->total_values[TOTAL_LEFT], tf_economy_row_get_left (total),
             tf_economy_row_get_left (total) < 0);
  set_total (self->total_values[TOTAL_FORECAST], tf_economy_row_get_forecast (total), over);

  if (tf_budget_get_is_default (budget))
    {
      g_autofree char *money = tf_format_money (tf_budget_get_total (budget));
      g_autofree char *note = NULL;

      /* Translators: %d a year, %s "1.200.000 kr." */
      note = g_strdup_printf (_("No budget is saved for %d: the figures use the default of %s, split as the catalogue suggests."),
                              tf_budget_get_year (budget), money);
      gtk_label_set_text (self->budget_note, note);
    }
  else
    {
      g_autofree char *as_of = tf_format_date (tf_economy_get_as_of (self->economy));
      g_autofree char *note = NULL;

      /* Translators: %s a date, "23. nov. 2026" */
      note = g_strdup_printf (_("Counted as of %s. The forecast carries the spending without a plan ahead on to the end of the period."),
                              as_of);
      gtk_label_set_text (self->budget_note, note);
    }
}

/* Other expenses */

static GtkWidget *
icon_button (const char *icon_name,
             const char *label,
             const char *tooltip)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return button;
}

static void on_edit_expense_cb   (GtkButton *button, TfEconomyWindow *self);
static void on_remove_expense_cb (GtkButton *button, TfEconomyWindow *self);

static GtkWidget *
expense_row_new (TfEconomyWindow *self,
                 TfExpense       *expense)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *day = tf_format_date (tf_expense_get_spent_on (expense));
  g_autofree char *money = tf_format_money (tf_expense_get_amount (expense));
  g_autofree char *edit_label = NULL;
  g_autofree char *remove_label = NULL;
  GString *subtitle = g_string_new (day);
  const char *area = tf_budget_area_label (tf_expense_get_budget_area (expense));
  GtkWidget *amount;
  GtkWidget *edit;
  GtkWidget *remove;

  if (area != NULL)
    g_string_append_printf (subtitle, " · %s", area);
  if (tf_expense_get_organisation_name (expense) != NULL)
    g_string_append_printf (subtitle, " · %s", tf_expense_get_organisation_name (expense));
  if (tf_expense_get_young_person_name (expense) != NULL)
    g_string_append_printf (subtitle, " · %s", tf_expense_get_young_person_name (expense));

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), tf_expense_get_description (expense));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_string_free (subtitle, TRUE);

  amount = gtk_label_new (money);
  gtk_widget_add_css_class (amount, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), amount);

  /* Translators: %s what the expense was, "Kontingent" */
  edit_label = g_strdup_printf (_("Edit expense “%s”"), tf_expense_get_description (expense));
  remove_label = g_strdup_printf (_("Remove expense “%s”"), tf_expense_get_description (expense));
  edit = icon_button ("document-edit-symbolic", edit_label, _("Edit"));
  remove = icon_button ("user-trash-symbolic", remove_label, _("Remove"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), edit);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);

  g_object_set_data_full (G_OBJECT (row), "tf-expense", g_object_ref (expense), g_object_unref);
  g_object_set_data (G_OBJECT (edit), "tf-row", row);
  g_object_set_data (G_OBJECT (remove), "tf-row", row);
  g_signal_connect (edit, "clicked", G_CALLBACK (on_edit_expense_cb), self);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_expense_cb), self);
  return row;
}

static void
show_expenses (TfEconomyWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) expenses = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->expense_list))) != NULL)
    gtk_list_box_remove (self->expense_list, child);

  expenses = tf_expense_list (self->session, tf_economy_get_first_day (self->economy),
                              tf_economy_get_last_day (self->economy), &error);
  if (expenses == NULL)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), error->message);
      gtk_list_box_append (self->expense_list, row);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (expenses); i++)
    {
      g_autoptr(TfExpense) expense = g_list_model_get_item (expenses, i);

      gtk_list_box_append (self->expense_list, expense_row_new (self, expense));
    }
}

static void
open_editor (TfEconomyWindow *self,
             TfExpense       *expense)
{
  g_autofree char *today = tf_today_iso ();
  const char *first = self->economy != NULL ? tf_economy_get_first_day (self->economy) : today;
  const char *last = self->economy != NULL ? tf_economy_get_last_day (self->economy) : today;
  /* A new expense is dated today when today is in the period shown, else
   * on the period's first day. */
  const char *day = g_strcmp0 (today, first) >= 0 && g_strcmp0 (today, last) <= 0 ? today : first;

  gtk_window_present (GTK_WINDOW (tf_expense_editor_new (GTK_WINDOW (self), self->session,
                                                         expense, day)));
}

static void
on_add_expense_cb (TfEconomyWindow *self)
{
  open_editor (self, NULL);
}

static void
on_expense_activated_cb (TfEconomyWindow *self,
                         GtkListBoxRow   *row)
{
  TfExpense *expense = g_object_get_data (G_OBJECT (row), "tf-expense");

  if (expense != NULL)
    open_editor (self, expense);
}

static void
on_edit_expense_cb (GtkButton       *button,
                    TfEconomyWindow *self)
{
  on_expense_activated_cb (self, g_object_get_data (G_OBJECT (button), "tf-row"));
}

static void
on_remove_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       TfEconomyWindow  *self)
{
  TfExpense *expense = g_object_get_data (G_OBJECT (dialog), "tf-expense");
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "remove") != 0)
    return;
  if (!tf_expense_remove (self->session, expense, &error))
    {
      /* A conflict or a removal elsewhere: the list is reloaded so the
       * person sees what is there now and can decide again. */
      if (g_error_matches (error, TF_ERROR, TF_ERROR_CONFLICT))
        show_toast (self, _("Someone else changed this expense first. Look at it again before removing it."));
      else
        show_toast (self, error->message);
      tf_economy_window_set_period (self, selected_year (self), selected_quarter (self));
      return;
    }
  show_toast (self, _("Expense removed"));
}

static void
on_remove_expense_cb (GtkButton       *button,
                      TfEconomyWindow *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "tf-row");
  TfExpense *expense = g_object_get_data (G_OBJECT (row), "tf-expense");
  g_autofree char *money = tf_format_money (tf_expense_get_amount (expense));
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* Translators: "“Kontingent”, 1.000 kr., will no longer count …" */
  body = g_strdup_printf (_("“%s”, %s, will no longer count in the figures. The removal is kept in the store's history."),
                          tf_expense_get_description (expense), money);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Remove this expense?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "tf-expense", g_object_ref (expense), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_remove_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Counting */

static void
reload (TfEconomyWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfEconomy) economy = NULL;
  g_autofree char *period = NULL;
  g_autofree char *button_label = NULL;
  int year = selected_year (self);

  /* Translators: the button that opens the budget dialog; %d a year */
  button_label = g_strdup_printf (_("Budget for %d…"), year);
  gtk_button_set_label (self->budget_button, button_label);

  economy = tf_economy_compute (self->session, year, selected_quarter (self), self->as_of, &error);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), economy == NULL);
  if (economy == NULL)
    {
      gtk_label_set_text (self->error_label, error->message);
      return;
    }
  g_set_object (&self->economy, economy);

  period = tf_economy_dup_period_label (economy);
  adw_window_title_set_subtitle (self->window_title, period);

  gtk_info_bar_set_revealed (self->warning_bar, tf_economy_get_has_warning (economy));
  gtk_label_set_text (self->warning_label, tf_economy_get_warning (economy) ?: "");

  show_totals (self);
  gtk_sort_list_model_set_model (self->areas, tf_economy_get_by_area (economy));
  gtk_sort_list_model_set_model (self->organisations, tf_economy_get_by_organisation (economy));
  gtk_sort_list_model_set_model (self->people, tf_economy_get_by_young_person (economy));
  gtk_widget_set_visible (GTK_WIDGET (self->organisation_empty),
                          g_list_model_get_n_items (tf_economy_get_by_organisation (economy)) == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->people_empty),
                          g_list_model_get_n_items (tf_economy_get_by_young_person (economy)) == 0);
  show_expenses (self);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  TfEconomyWindow *self = user_data;

  self->reload_source = 0;
  reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (TfStore         *store,
                     const char      *entity,
                     gint64           id,
                     TfEconomyWindow *self)
{
  /* NULL: another desk changed the file, which may be anything. */
  if (entity != NULL && g_strcmp0 (entity, "budget") != 0 && g_strcmp0 (entity, "expense") != 0 &&
      g_strcmp0 (entity, "record") != 0)
    return;
  /* A save writes several rows: one recount for the lot. */
  if (self->reload_source == 0)
    self->reload_source = g_idle_add (reload_idle_cb, self);
}

static void
on_period_changed_cb (TfEconomyWindow *self)
{
  if (self->session != NULL)
    reload (self);
}

static void
on_budget_clicked_cb (TfEconomyWindow *self)
{
  gtk_window_present (GTK_WINDOW (tf_budget_dialog_new (GTK_WINDOW (self), self->session,
                                                        selected_year (self))));
}

static void
on_person_activated_cb (TfEconomyWindow *self,
                        guint            position)
{
  g_autoptr(TfEconomyRow) row = g_list_model_get_item (G_LIST_MODEL (self->people), position);

  if (row != NULL && tf_economy_row_get_id (row) > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "app.open-case", "x", tf_economy_row_get_id (row));
}

/* GObject */

static void
tf_economy_window_constructed (GObject *object)
{
  TfEconomyWindow *self = TF_ECONOMY_WINDOW (object);
  g_autofree char *today = tf_today_iso ();
  const char *day = self->as_of != NULL ? self->as_of : today;

  G_OBJECT_CLASS (tf_economy_window_parent_class)->constructed (object);

  g_signal_connect_object (tf_session_get_store (self->session), "changed",
                           G_CALLBACK (on_store_changed_cb), self, 0);
  /* The year of the day the figures stand on, the whole year; setting the
   * spin button counts once. */
  g_signal_handlers_block_by_func (self->year_spin, on_period_changed_cb, self);
  gtk_spin_button_set_value (self->year_spin, g_ascii_strtoll (day, NULL, 10));
  g_signal_handlers_unblock_by_func (self->year_spin, on_period_changed_cb, self);
  reload (self);
}

static void
tf_economy_window_dispose (GObject *object)
{
  TfEconomyWindow *self = TF_ECONOMY_WINDOW (object);

  g_clear_handle_id (&self->reload_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_ECONOMY_WINDOW);
  g_clear_object (&self->areas);
  g_clear_object (&self->organisations);
  g_clear_object (&self->people);
  g_clear_object (&self->economy);
  g_clear_object (&self->session);
  g_clear_pointer (&self->as_of, g_free);

  G_OBJECT_CLASS (tf_economy_window_parent_class)->dispose (object);
}

static void
tf_economy_window_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TfEconomyWindow *self = TF_ECONOMY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_AS_OF:
      g_value_set_string (value, self->as_of);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_economy_window_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TfEconomyWindow *self = TF_ECONOMY_WINDOW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_AS_OF:
      self->as_of = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_economy_window_class_init (TfEconomyWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tf_economy_window_constructed;
  object_class->dispose = tf_economy_window_dispose;
  object_class->get_property = tf_economy_window_get_property;
  object_class->set_property = tf_economy_window_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AS_OF] =
    g_param_spec_string ("as-of", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-economy-window.ui");
  gtk_widget_class_bind_template_child (widget_class, TfEconomyWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, TfEconomyWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, TfEconomyWindow, year_spin);
  gtk_widget_class_bind_template_child (widget_class, TfEconomyWindow, quarter_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TfEconomyWindow, budget_button);
  gtk_widget_class_bind_template_child (widget_class, TfEconomyWindow, warning_bar);
  gtk_widget_class_bind_template_child (widget_class, TfEconomyWindow, warning_label);
  gtk_widget_class_bind_template_child (widget_class, TfEconomyWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, TfEconomyWindow, totals_box);
  gtk_widget_class_bind_template_child (widget_class, TfEconomyWindow, budget_note);
  gtk_widget_class_bind_template_child (widget_class, TfEconomyWindow, area_view);
  gtk_widget_class_bind_template_child (widget_class, TfEconomyWindow, organisation_view);
  gtk_widget_class_bind_template_child (widget_class, TfEconomyWindow, organisation_empty);
  gtk_widget_class_bind_template_child (widget_class, TfEconomyWindow, people_view);
  gtk_widget_class_bind_template_child (widget_class, TfEconomyWindow, people_empty);
  gtk_widget_class_bind_template_child (widget_class, TfEconomyWindow, expense_list);
  gtk_widget_class_bind_template_callback (widget_class, on_period_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_budget_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_person_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_add_expense_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_expense_activated_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
tf_economy_window_init (TfEconomyWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_totals (self);
  self->areas = _tf_economy_table_setup (self->area_view, TF_ECONOMY_TABLE_AREA);
  self->organisations = _tf_economy_table_setup (self->organisation_view, TF_ECONOMY_TABLE_ORGANISATION);
  self->people = _tf_economy_table_setup (self->people_view, TF_ECONOMY_TABLE_YOUNG_PERSON);
}

TfEconomyWindow *
tf_economy_window_new (GtkApplication *application,
                       TfSession      *session,
                       const char     *as_of_iso)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  return g_object_new (TF_TYPE_ECONOMY_WINDOW, "application", application,
                       "session", session, "as-of", as_of_iso, NULL);
}

void
tf_economy_window_set_period (TfEconomyWindow *self,
                              int              year,
                              int              quarter)
{
  g_return_if_fail (TF_IS_ECONOMY_WINDOW (self));
  g_return_if_fail (quarter >= 0 && quarter <= 4);

  g_signal_handlers_block_by_func (self->year_spin, on_period_changed_cb, self);
  g_signal_handlers_block_by_func (self->quarter_dropdown, on_period_changed_cb, self);
  gtk_spin_button_set_value (self->year_spin, year);
  gtk_drop_down_set_selected (self->quarter_dropdown, quarter);
  g_signal_handlers_unblock_by_func (self->year_spin, on_period_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->quarter_dropdown, on_period_changed_cb, self);
  reload (self);
}

/**
 * tf_economy_window_get_economy:
 *
 * Returns: (transfer none) (nullable): the figures shown now
 */
TfEconomy *
tf_economy_window_get_economy (TfEconomyWindow *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY_WINDOW (self), NULL);

  return self->economy;
}
