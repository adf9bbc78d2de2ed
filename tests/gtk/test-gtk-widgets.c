/* test-gtk-widgets.c — libtaskforce-gtk's widgets, driven through their widgets
 *
 * Runs under Xvfb with G_DEBUG=fatal-criticals, so a template that names a
 * missing child, callback, property or type aborts the test. Each test
 * makes a temporary store with one young person and their case, and a work
 * area (from a string, as a plugin's area file) with every kind of field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include <glib/gstdio.h>
#include <adwaita.h>

#include "taskforce-gtk.h"

static const char area_text[] =
  "[Area]\n"
  "Id=testarea\n"
  "Title=Test area\n"
  "Organisation=Skole & Fritid\n"
  "Icon=accessories-dictionary-symbolic\n"
  "Priority=50\n"
  "GettextDomain=taskforce\n"
  "\n"
  "[Form details]\n"
  "Title=School details\n"
  "Description=The school <and> class\n"
  "Category=record\n"
  "Single=true\n"
  "DateField=date\n"
  "Summary=school;class\n"
  "\n"
  "[Field details/date]\n"
  "Label=Noted on\n"
  "Type=date\n"
  "Required=true\n"
  "\n"
  "[Field details/school]\n"
  "Label=School\n"
  "Type=text\n"
  "Required=true\n"
  "\n"
  "[Field details/class]\n"
  "Label=Class\n"
  "Type=text\n"
  "\n"
  "[Form all]\n"
  "Title=Every field\n"
  "Category=record\n"
  "DateField=date\n"
  "Summary=text;choice\n"
  "\n"
  "[Field all/date]\n"
  "Label=Held on\n"
  "Type=date\n"
  "Required=true\n"
  "\n"
  "[Field all/text]\n"
  "Label=Headline\n"
  "Type=text\n"
  "Required=true\n"
  "Help=One line & no more\n"
  "\n"
  "[Field all/longtext]\n"
  "Label=What happened\n"
  "Type=longtext\n"
  "\n"
  "[Field all/number]\n"
  "Label=Hours a week\n"
  "Type=number\n"
  "Min=0\n"
  "Max=40\n"
  "\n"
  "[Field all/money]\n"
  "Label=Fee\n"
  "Type=money\n"
  "Min=0\n"
  "\n"
  "[Field all/boolean]\n"
  "Label=Parents took part\n"
  "Type=boolean\n"
  "\n"
  "[Field all/choice]\n"
  "Label=Kind\n"
  "Type=choice\n"
  "Required=true\n"
  "\n"
  "[Choice all/choice/talk]\n"
  "Label=Talk\n"
  "\n"
  "[Choice all/choice/visit]\n"
  "Label=Home visit\n"
  "\n"
  "[Field all/optional-choice]\n"
  "Label=Place\n"
  "Type=choice\n"
  "\n"
  "[Choice all/optional-choice/school]\n"
  "Label=At school\n"
  "\n"
  "[Choice all/optional-choice/home]\n"
  "Label=At home\n"
  "\n"
  "[Field all/scale]\n"
  "Label=Well-being\n"
  "Type=scale\n"
  "\n"
  "[Field all/staff]\n"
  "Label=Caseworker\n"
  "Type=staff\n"
  "\n"
  "[Form mentor]\n"
  "Title=Mentor scheme\n"
  "Category=intervention\n"
  "BudgetArea=mentor\n"
  "Summary=mentor\n"
  "\n"
  "[Field mentor/mentor]\n"
  "Label=Mentor\n"
  "Type=text\n"
  "Required=true\n"
  "\n"
  "[Field mentor/hours]\n"
  "Label=Hours per week\n"
  "Type=number\n"
  "Min=1\n"
  "Max=20\n"
  "\n"
  "[Indicator absence]\n"
  "Title=Absence\n"
  "Unit=%\n"
  "HigherIsBetter=false\n"
  "Min=0\n"
  "Max=100\n"
  "Decimals=1\n"
  "Threshold=5\n"
  "\n"
  "[Deadline plan]\n"
  "Title=Plan within three months\n"
  "From=details/date\n"
  "Months=3\n"
  "DoneBy=all/date\n";

typedef struct
{
  char       *dir;
  TfStore    *store;
  TfSession  *session;
  TfRegistry *registry;
  TfArea     *area;
  gint64      case_id;
} Fixture;

/* The main loop */

static gboolean
quit_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
spin (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, quit_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

static GtkWidget *
show_in_window (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 800);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  spin (200);
  return window;
}

/* Finding widgets the way a person sees them */

typedef gboolean (*WidgetPredicate) (GtkWidget *widget, gconstpointer data);

static GtkWidget *
find_widget (GtkWidget       *root,
             WidgetPredicate  predicate,
             gconstpointer    data)
{
  if (predicate (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, predicate, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  data)
{
  return ADW_IS_PREFERENCES_ROW (widget)
         && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), data) == 0;
}

static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  return find_widget (root, is_row_titled, title);
}

/* A visible row or label whose text contains @data */
static gboolean
shows_text (GtkWidget     *widget,
            gconstpointer  data)
{
  const char *text = NULL;
  const char *subtitle = NULL;

  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (!gtk_widget_get_visible (w))
      return FALSE;
  if (ADW_IS_PREFERENCES_ROW (widget))
    text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  if (ADW_IS_ACTION_ROW (widget))
    subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (widget));
  if (GTK_IS_LABEL (widget))
    text = gtk_label_get_text (GTK_LABEL (widget));
  return (text != NULL && strstr (text, data) != NULL)
         || (subtitle != NULL && strstr (subtitle, data) != NULL);
}

static gboolean
widget_shows (GtkWidget  *root,
              const char *text)
{
  return find_widget (root, shows_text, text) != NULL;
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), data) == 0;
}

/* The row right under a field's row: its error row */
static GtkWidget *
error_row_of (GtkWidget *field_row)
{
  GtkWidget *next = gtk_widget_get_next_sibling (field_row);

  g_assert_nonnull (next);
  g_assert_true (ADW_IS_ACTION_ROW (next));
  return next;
}

static void
assert_error_shown (TfFormView *view,
                    const char *field_id)
{
  GtkWidget *row = tf_form_view_get_field_row (view, field_id);
  GtkWidget *error_row = error_row_of (row);
  const char *message = tf_form_view_get_error (view, field_id);

  g_assert_nonnull (message);
  g_assert_true (gtk_widget_get_visible (error_row));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (error_row)), ==, message);
  g_assert_true (gtk_widget_has_css_class (row, "error"));
}

static void
assert_no_error (TfFormView *view,
                 const char *field_id)
{
  GtkWidget *row = tf_form_view_get_field_row (view, field_id);

  g_assert_null (tf_form_view_get_error (view, field_id));
  g_assert_false (gtk_widget_get_visible (error_row_of (row)));
  g_assert_false (gtk_widget_has_css_class (row, "error"));
}

/* Fixture */

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (area_text, strlen (area_text));
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  g_autofree char *path = NULL;
  TfReferral referral = { "2025-08-04", "school", NULL, 0 };
  gboolean ok;

  f->dir = g_dir_make_tmp ("tf-gtk-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "taskforce.db", NULL);
  f->store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->session = tf_session_new_for_login (f->store, "mette", "Mette Holm", &error);
  g_assert_no_error (error);

  f->area = tf_area_new_from_bytes (bytes, &error);
  g_assert_no_error (error);
  f->registry = tf_registry_new ();
  ok = tf_registry_add_area (f->registry, f->area, &error);
  g_assert_no_error (error);
  g_assert_true (ok);

  g_object_set (person, "first-name", "Emil", "last-name", "Nørgaard", "cpr", "120410-4233",
                "gender", "boy", NULL);
  ok = tf_young_person_save (f->session, person, &referral, &f->case_id, &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  g_assert_cmpint (f->case_id, >, 0);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_strdup (tf_store_get_path (f->store));
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  spin (20);
  g_clear_object (&f->area);
  g_clear_object (&f->registry);
  g_clear_object (&f->session);
  g_clear_object (&f->store);
  g_unlink (path);
  g_unlink (wal);
  g_unlink (shm);
  g_rmdir (f->dir);
  g_free (f->dir);
}

static TfForm *
form (Fixture    *f,
      const char *id)
{
  TfForm *form = tf_registry_find_form (f->registry, id);

  g_assert_nonnull (form);
  return form;
}

static TfRecord *
save_record (Fixture      *f,
             const char   *form_id,
             TfFormValues *values)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) keys = tf_form_values_get_keys (values);
  TfRecord *record = tf_record_new (form (f, form_id), f->case_id);
  gboolean ok;

  for (guint i = 0; i < keys->len; i++)
    tf_form_values_set_value (tf_record_get_values (record), keys->pdata[i],
                              tf_form_values_get_value (values, keys->pdata[i]));
  ok = tf_record_save (f->session, record, form (f, form_id), &error);
  g_assert_no_error (error);
  g_assert_true (ok);
  return record;
}

static void
set_text (TfFormView *view,
          const char *field_id,
          const char *text)
{
  GtkWidget *widget = tf_form_view_get_field_widget (view, field_id);

  g_assert_true (GTK_IS_EDITABLE (widget));
  gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

static guint
combo_index_of (TfFormView *view,
                const char *field_id,
                const char *label)
{
  AdwComboRow *row = ADW_COMBO_ROW (tf_form_view_get_field_widget (view, field_id));
  GListModel *model = adw_combo_row_get_model (row);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (model, i);

      if (g_strcmp0 (gtk_string_object_get_string (item), label) == 0)
        return i;
    }
  g_assert_not_reached ();
}

static void
choose (TfFormView *view,
        const char *field_id,
        const char *label)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (tf_form_view_get_field_widget (view, field_id)),
                              combo_index_of (view, field_id, label));
}

static const gint64 staff_ids[] = { 11, 12 };
static const char * const staff_names[] = { "Lars Pedersen", "Hanne Damgaard" };

/* Fills the "all" form through its widgets, as a person would */
static void
fill_all (TfFormView *view)
{
  GtkWidget *text_view = tf_form_view_get_field_widget (view, "longtext");

  tf_form_view_set_staff (view, staff_ids, staff_names, G_N_ELEMENTS (staff_ids));
  set_text (view, "date", "3.12.2025");
  set_text (view, "text", "  Talk with the class teacher  ");
  g_assert_true (GTK_IS_TEXT_VIEW (text_view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view)),
                            "Emil came on time.\nHe <b>said</b> little & smiled.\n\n", -1);
  set_text (view, "number", "12,5");
  set_text (view, "money", "12.500,50");
  gtk_switch_set_active (GTK_SWITCH (tf_form_view_get_field_widget (view, "boolean")), TRUE);
  choose (view, "choice", "Home visit");
  choose (view, "optional-choice", "At school");
  gtk_range_set_value (GTK_RANGE (tf_form_view_get_field_widget (view, "scale")), 7);
  choose (view, "staff", "Hanne Damgaard");
}

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static gboolean
is_sparkline (GtkWidget     *widget,
              gconstpointer  data)
{
  return TF_IS_SPARKLINE (widget);
}

static gboolean
is_record_editor (GtkWidget     *widget,
                  gconstpointer  data)
{
  return TF_IS_RECORD_EDITOR (widget);
}

/* Tests */

static void
test_form_view_rows (Fixture       *f,
                     gconstpointer  data)
{
  GListModel *forms = tf_area_get_forms (f->area);

  for (guint i = 0; i < g_list_model_get_n_items (forms); i++)
    {
      g_autoptr(TfForm) the_form = g_list_model_get_item (forms, i);
      GListModel *fields = tf_form_get_fields (the_form);
      GtkWidget *view = tf_form_view_new (the_form, NULL);
      GtkWidget *window = show_in_window (view);

      g_assert_true (tf_form_view_get_form (TF_FORM_VIEW (view)) == the_form);
      for (guint j = 0; j < g_list_model_get_n_items (fields); j++)
        {
          g_autoptr(TfField) field = g_list_model_get_item (fields, j);
          GtkWidget *row = find_row (view, tf_field_get_label (field));

          g_assert_nonnull (row);
          g_assert_true (row == tf_form_view_get_field_row (TF_FORM_VIEW (view), tf_field_get_id (field)));
          g_assert_nonnull (tf_form_view_get_field_widget (TF_FORM_VIEW (view), tf_field_get_id (field)));
          g_assert_true (gtk_widget_get_visible (row));
          assert_no_error (TF_FORM_VIEW (view), tf_field_get_id (field));
        }
      g_assert_null (tf_form_view_get_field_row (TF_FORM_VIEW (view), "no-such-field"));
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

static void
test_form_view_round_trip (Fixture       *f,
                           gconstpointer  data)
{
  TfFormView *view = TF_FORM_VIEW (g_object_ref_sink (tf_form_view_new (form (f, "all"), NULL)));
  g_autoptr(TfFormValues) values = NULL;
  g_autoptr(TfFormValues) again = NULL;
  g_autoptr(GError) error = NULL;
  TfFormView *second;
  guint changes = 0;

  g_signal_connect (view, "changed", G_CALLBACK (count_cb), &changes);

  /* a required choice starts at "Not chosen": nobody chose for the person */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (tf_form_view_get_field_widget (view, "choice"))), ==, 0);

  fill_all (view);
  g_assert_cmpuint (changes, >, 0);
  values = tf_form_view_collect (view, &error);
  g_assert_no_error (error);
  g_assert_nonnull (values);

  g_assert_cmpstr (tf_form_values_get_string (values, "date"), ==, "2025-12-03");
  g_assert_cmpstr (tf_form_values_get_string (values, "text"), ==, "Talk with the class teacher");
  g_assert_cmpstr (tf_form_values_get_string (values, "longtext"), ==,
                   "Emil came on time.\nHe <b>said</b> little & smiled.");
  g_assert_cmpfloat_with_epsilon (tf_form_values_get_number (values, "number"), 12.5, 1e-9);
  g_assert_cmpint (tf_form_values_get_integer (values, "money"), ==, 1250050);
  g_assert_true (tf_form_values_get_boolean (values, "boolean"));
  g_assert_cmpstr (tf_form_values_get_string (values, "choice"), ==, "visit");
  g_assert_cmpstr (tf_form_values_get_string (values, "optional-choice"), ==, "school");
  g_assert_cmpint (tf_form_values_get_integer (values, "scale"), ==, 7);
  g_assert_cmpint (tf_form_values_get_integer (values, "staff"), ==, 12);

  /* drawn again from those values, the widgets show them the Danish way
   * and give the same values back */
  second = TF_FORM_VIEW (g_object_ref_sink (tf_form_view_new (form (f, "all"), values)));
  tf_form_view_set_staff (second, staff_ids, staff_names, G_N_ELEMENTS (staff_ids));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tf_form_view_get_field_widget (second, "date"))), ==, "3.12.2025");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tf_form_view_get_field_widget (second, "money"))), ==, "12.500,50");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tf_form_view_get_field_widget (second, "number"))), ==, "12,5");
  again = tf_form_view_collect (second, &error);
  g_assert_no_error (error);
  g_assert_true (tf_form_values_equal (values, again));

  /* empty optional fields stay absent; an untouched scale is not 0 */
  tf_form_view_set_values (second, NULL);
  set_text (second, "date", "1/9-2025");
  set_text (second, "text", "Short");
  choose (second, "choice", "Talk");
  g_clear_object (&again);
  again = tf_form_view_collect (second, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (tf_form_values_get_string (again, "date"), ==, "2025-09-01");
  g_assert_false (tf_form_values_has (again, "scale"));
  g_assert_false (tf_form_values_has (again, "money"));
  g_assert_false (tf_form_values_has (again, "optional-choice"));
  g_assert_false (tf_form_values_has (again, "staff"));
  g_assert_false (tf_form_values_has (again, "longtext"));

  /* the ways people write kroner and numbers */
  {
    static const struct { const char *text; gint64 ore; } money[] = {
      { "12500", 1250000 }, { "12.500", 1250000 }, { "12.500 kr.", 1250000 },
      { "1.250.000,5", 125000050 }, { "12,05", 1205 }, { "99,-", 9900 },
    };
    static const struct { const char *text; double value; } numbers[] = {
      { "7", 7 }, { "7,25", 7.25 }, { "7.25", 7.25 }, { " 3 ", 3 },
    };

    for (guint i = 0; i < G_N_ELEMENTS (money); i++)
      {
        g_autoptr(TfFormValues) v = NULL;

        set_text (second, "money", money[i].text);
        v = tf_form_view_collect (second, &error);
        g_assert_no_error (error);
        g_assert_cmpint (tf_form_values_get_integer (v, "money"), ==, money[i].ore);
      }
    for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
      {
        g_autoptr(TfFormValues) v = NULL;

        set_text (second, "number", numbers[i].text);
        v = tf_form_view_collect (second, &error);
        g_assert_no_error (error);
        g_assert_cmpfloat_with_epsilon (tf_form_values_get_number (v, "number"), numbers[i].value, 1e-9);
      }
  }

  g_object_unref (second);
  g_object_unref (view);
}

static void
test_form_view_invalid (Fixture       *f,
                        gconstpointer  data)
{
  GtkWidget *widget = tf_form_view_new (form (f, "all"), NULL);
  TfFormView *view = TF_FORM_VIEW (widget);
  GtkWidget *window = show_in_window (widget);
  g_autoptr(TfFormValues) values = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *focus;

  fill_all (view);
  set_text (view, "date", "32.13.2025");   /* no date */
  set_text (view, "number", "45");         /* above Max=40 */
  set_text (view, "text", "   ");          /* required, blank */
  set_text (view, "money", "twelve");      /* not kroner */
  adw_combo_row_set_selected (ADW_COMBO_ROW (tf_form_view_get_field_widget (view, "choice")), 0);

  values = tf_form_view_collect (view, &error);
  g_assert_null (values);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, tf_form_view_get_error (view, "date"));

  assert_error_shown (view, "date");
  assert_error_shown (view, "number");
  assert_error_shown (view, "text");
  assert_error_shown (view, "money");
  assert_error_shown (view, "choice");
  assert_no_error (view, "longtext");
  assert_no_error (view, "scale");
  g_assert_nonnull (strstr (tf_form_view_get_error (view, "number"), "40"));

  /* the first bad field has the keyboard focus */
  spin (50);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == tf_form_view_get_field_row (view, "date")
                 || gtk_widget_is_ancestor (focus, tf_form_view_get_field_row (view, "date")));

  /* fixing a field takes its message away at once */
  set_text (view, "number", "40");
  assert_no_error (view, "number");
  assert_error_shown (view, "date");

  set_text (view, "date", "29.2.2024");
  set_text (view, "text", "Fixed");
  set_text (view, "money", "0");
  choose (view, "choice", "Talk");
  g_clear_error (&error);
  values = tf_form_view_collect (view, &error);
  g_assert_no_error (error);
  g_assert_nonnull (values);
  assert_no_error (view, "date");
  assert_no_error (view, "text");

  /* messages from elsewhere */
  {
    g_autoptr(GHashTable) errors = g_hash_table_new (g_str_hash, g_str_equal);

    g_hash_table_insert (errors, "text", "Somebody else says this is wrong.");
    g_hash_table_insert (errors, "starts-on", "Not a field of this form");
    g_assert_true (tf_form_view_show_errors (view, errors));
    g_assert_cmpstr (tf_form_view_get_error (view, "text"), ==, "Somebody else says this is wrong.");
    assert_error_shown (view, "text");
    tf_form_view_clear_errors (view);
    assert_no_error (view, "text");
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_saved_cb (TfRecordEditor *editor,
             TfRecord       *record,
             gpointer        data)
{
  g_assert_true (TF_IS_RECORD (record));
  (*(int *) data)++;
}

static GListModel *
records_of (Fixture    *f,
            const char *form_id)
{
  g_autoptr(GError) error = NULL;
  GListModel *records = tf_record_list_for_case (f->session, f->case_id, "testarea", form_id, &error);

  g_assert_no_error (error);
  return records;
}

static gboolean
is_message_dialog (GtkWidget     *widget,
                   gconstpointer  data)
{
  return ADW_IS_MESSAGE_DIALOG (widget);
}

static GtkWidget *
find_toplevel (WidgetPredicate predicate)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (predicate (window, NULL))
        return window;
    }
  return NULL;
}

static void
test_record_editor (Fixture       *f,
                    gconstpointer  data)
{
  TfRecordEditor *editor;
  TfFormView *view;
  g_autoptr(GListModel) records = NULL;
  g_autoptr(TfRecord) saved = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;
  int n_saved = 0;

  /* Adding: nothing is saved while the form is wrong */
  editor = g_object_ref (tf_record_editor_new (NULL, f->session, form (f, "all"), f->case_id, NULL));
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved_cb), &n_saved);
  gtk_window_present (GTK_WINDOW (editor));
  spin (100);
  view = TF_FORM_VIEW (tf_record_editor_get_form_view (editor));
  g_assert_true (TF_IS_FORM_VIEW (view));
  g_assert_false (tf_record_editor_save (editor));
  assert_error_shown (view, "text");
  records = records_of (f, "all");
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 0);
  g_clear_object (&records);

  fill_all (view);
  g_assert_true (tf_record_editor_save (editor));
  g_assert_cmpint (n_saved, ==, 1);
  g_object_unref (editor);
  spin (50);

  records = records_of (f, "all");
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 1);
  saved = g_list_model_get_item (records, 0);
  g_assert_cmpstr (tf_form_values_get_string (tf_record_get_values (saved), "text"), ==,
                   "Talk with the class teacher");
  g_assert_cmpint (tf_form_values_get_integer (tf_record_get_values (saved), "money"), ==, 1250050);
  g_assert_cmpint (tf_record_get_version (saved), ==, 1);
  g_clear_object (&records);

  /* Editing: the editor loads the record, Ctrl+S's action saves it */
  editor = g_object_ref (tf_record_editor_new (NULL, f->session, form (f, "all"), f->case_id, saved));
  g_signal_connect (editor, "saved", G_CALLBACK (on_saved_cb), &n_saved);
  gtk_window_present (GTK_WINDOW (editor));
  spin (100);
  view = TF_FORM_VIEW (tf_record_editor_get_form_view (editor));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tf_form_view_get_field_widget (view, "text"))), ==,
                   "Talk with the class teacher");
  set_text (view, "text", "Talk with the head teacher");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_assert_cmpint (n_saved, ==, 2);
  g_object_unref (editor);
  spin (50);

  records = records_of (f, "all");
  g_clear_object (&saved);
  saved = g_list_model_get_item (records, 0);
  g_assert_cmpint (tf_record_get_version (saved), ==, 2);
  g_assert_cmpstr (tf_form_values_get_string (tf_record_get_values (saved), "text"), ==,
                   "Talk with the head teacher");
  history = tf_record_list_history (f->session, tf_record_get_id (saved), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (history), >=, 1);
  g_clear_object (&records);

  /* Another desk saves first: the person is asked, nothing is overwritten */
  editor = g_object_ref (tf_record_editor_new (NULL, f->session, form (f, "all"), f->case_id, saved));
  gtk_window_present (GTK_WINDOW (editor));
  spin (100);
  {
    g_autoptr(TfRecord) other = NULL;
    GtkWidget *dialog;

    records = records_of (f, "all");
    other = g_list_model_get_item (records, 0);
    tf_form_values_set_string (tf_record_get_values (other), "text", "Changed at another desk");
    g_assert_true (tf_record_save (f->session, other, form (f, "all"), &error));
    g_assert_no_error (error);
    g_clear_object (&records);

    view = TF_FORM_VIEW (tf_record_editor_get_form_view (editor));
    set_text (view, "text", "Changed here");
    g_assert_false (tf_record_editor_save (editor));
    spin (100);
    dialog = find_toplevel (is_message_dialog);
    g_assert_nonnull (dialog);
    g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (editor));
    /* it says what the other desk changed */
    g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                              "Headline: Talk with the head teacher → Changed at another desk"));
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "theirs");
    gtk_window_destroy (GTK_WINDOW (dialog));   /* as its button would */
    spin (100);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (tf_form_view_get_field_widget (view, "text"))), ==,
                     "Changed at another desk");

    /* Once more, and this time the person keeps theirs over the other desk's */
    records = records_of (f, "all");
    g_clear_object (&other);
    other = g_list_model_get_item (records, 0);
    tf_form_values_set_string (tf_record_get_values (other), "text", "Changed again elsewhere");
    g_assert_true (tf_record_save (f->session, other, form (f, "all"), &error));
    g_assert_no_error (error);
    g_clear_object (&records);
    set_text (view, "text", "Mine after all");
    g_assert_false (tf_record_editor_save (editor));
    spin (100);
    dialog = find_toplevel (is_message_dialog);
    g_assert_nonnull (dialog);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)),
                              "Headline: Changed at another desk → Changed again elsewhere"));
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "mine");
    spin (100);
    records = records_of (f, "all");
    g_clear_object (&other);
    other = g_list_model_get_item (records, 0);
    g_assert_cmpstr (tf_form_values_get_string (tf_record_get_values (other), "text"), ==, "Mine after all");
    g_clear_object (&records);
    g_object_unref (editor);
    spin (50);
  }
}

static void
test_intervention_editor (Fixture       *f,
                          gconstpointer  data)
{
  TfRecordEditor *editor;
  TfFormView *view;
  GtkWidget *starts, *ends, *planned, *actual, *status;
  g_autoptr(GListModel) records = NULL;
  g_autoptr(TfRecord) saved = NULL;

  editor = g_object_ref (tf_record_editor_new (NULL, f->session, form (f, "mentor"), f->case_id, NULL));
  gtk_window_present (GTK_WINDOW (editor));
  spin (100);
  view = TF_FORM_VIEW (tf_record_editor_get_form_view (editor));

  status = find_row (GTK_WIDGET (editor), "Status");
  starts = find_row (GTK_WIDGET (editor), "Starts on");
  ends = find_row (GTK_WIDGET (editor), "Ends on");
  planned = find_row (GTK_WIDGET (editor), "Planned cost");
  actual = find_row (GTK_WIDGET (editor), "Actual cost");
  g_assert_true (ADW_IS_COMBO_ROW (status));
  g_assert_true (gtk_widget_get_visible (starts));
  g_assert_nonnull (ends);
  g_assert_nonnull (planned);
  g_assert_nonnull (actual);

  /* the intervention's own fields are checked with the form's */
  adw_combo_row_set_selected (ADW_COMBO_ROW (status), TF_INTERVENTION_ACTIVE);
  gtk_editable_set_text (GTK_EDITABLE (starts), "1.9.2025");
  gtk_editable_set_text (GTK_EDITABLE (ends), "1.8.2025");
  gtk_editable_set_text (GTK_EDITABLE (planned), "12.000");
  gtk_editable_set_text (GTK_EDITABLE (actual), "a lot");
  g_assert_false (tf_record_editor_save (editor));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_next_sibling (ends)));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_next_sibling (actual)));
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_next_sibling (starts)));
  assert_error_shown (view, "mentor");

  gtk_editable_set_text (GTK_EDITABLE (ends), "31.12.2025");
  gtk_editable_set_text (GTK_EDITABLE (actual), "8.000,50");
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_next_sibling (ends)));
  set_text (view, "mentor", "Jonas Kjær");
  set_text (view, "hours", "4");
  g_assert_true (tf_record_editor_save (editor));
  g_object_unref (editor);
  spin (50);

  records = records_of (f, "mentor");
  g_assert_cmpuint (g_list_model_get_n_items (records), ==, 1);
  saved = g_list_model_get_item (records, 0);
  g_assert_cmpint (tf_record_get_status (saved), ==, TF_INTERVENTION_ACTIVE);
  g_assert_cmpstr (tf_record_get_starts_on (saved), ==, "2025-09-01");
  g_assert_cmpstr (tf_record_get_ends_on (saved), ==, "2025-12-31");
  g_assert_cmpint (tf_record_get_planned_cost (saved), ==, 1200000);
  g_assert_cmpint (tf_record_get_actual_cost (saved), ==, 800050);
  g_assert_cmpstr (tf_form_values_get_string (tf_record_get_values (saved), "mentor"), ==, "Jonas Kjær");
}

static gboolean
is_add_measurement_button (GtkWidget     *widget,
                           gconstpointer  data)
{
  return is_button_labelled (widget, "Add Measurement");
}

static gboolean
is_value_row (GtkWidget     *widget,
              gconstpointer  data)
{
  return ADW_IS_ENTRY_ROW (widget) && is_row_titled (widget, "Value");
}

static void
test_area_page (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(TfFormValues) details = tf_form_values_new ();
  g_autoptr(TfFormValues) meeting = tf_form_values_new ();
  g_autoptr(TfRecord) details_record = NULL;
  g_autoptr(TfRecord) meeting_record = NULL;
  g_autoptr(TfRecord) mentor_record = NULL;
  g_autoptr(TfFormValues) mentor = tf_form_values_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) points = NULL;
  g_autofree char *today = tf_today_iso ();
  g_autofree char *summary = NULL;
  g_autofree char *latest = NULL;
  TfIndicator *absence = tf_registry_find_indicator (f->registry, "absence");
  TfAreaPage *page;
  GtkWidget *window, *overlay, *value_row, *add_button;

  /* An empty case first: every section says what to do next */
  page = tf_area_page_new (f->session, f->registry, f->area, f->case_id);
  overlay = adw_toast_overlay_new ();
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (page));
  window = show_in_window (overlay);
  g_assert_true (widget_shows (GTK_WIDGET (page), "Test area"));
  g_assert_true (widget_shows (GTK_WIDGET (page), "Skole & Fritid"));
  g_assert_true (widget_shows (GTK_WIDGET (page), "Nothing recorded yet"));
  g_assert_true (widget_shows (GTK_WIDGET (page), "None recorded yet"));
  g_assert_true (widget_shows (GTK_WIDGET (page), "No interventions yet"));
  g_assert_true (widget_shows (GTK_WIDGET (page), "No deadlines running"));
  g_assert_true (widget_shows (GTK_WIDGET (page), "No measurements yet"));

  /* Records, measurements and an intervention arrive; the page follows the store */
  tf_form_values_set_string (details, "date", "2025-09-01");
  tf_form_values_set_string (details, "school", "Kattegatskolen");
  tf_form_values_set_string (details, "class", "8.b");
  details_record = save_record (f, "details", details);

  tf_form_values_set_string (meeting, "date", "2025-10-02");
  tf_form_values_set_string (meeting, "text", "Talk about mornings");
  tf_form_values_set_string (meeting, "choice", "talk");
  meeting_record = save_record (f, "all", meeting);
  summary = tf_form_summarize (form (f, "all"), meeting);

  tf_form_values_set_string (mentor, "mentor", "Jonas Kjær");
  mentor_record = tf_record_new (form (f, "mentor"), f->case_id);
  tf_form_values_set_string (tf_record_get_values (mentor_record), "mentor", "Jonas Kjær");
  tf_record_set_status (mentor_record, TF_INTERVENTION_ACTIVE);
  tf_record_set_starts_on (mentor_record, "2025-09-15");
  tf_record_set_planned_cost (mentor_record, 1200000);
  g_assert_true (tf_record_save (f->session, mentor_record, form (f, "mentor"), &error));
  g_assert_no_error (error);

  g_assert_true (tf_indicator_add_value (f->session, absence, f->case_id, "2025-09-01", 30, NULL, &error));
  g_assert_true (tf_indicator_add_value (f->session, absence, f->case_id, "2025-10-01", 22.5, NULL, &error));
  g_assert_true (tf_indicator_add_value (f->session, absence, f->case_id, "2025-11-03", 12.5, "Better mornings", &error));
  g_assert_no_error (error);
  spin (150);

  /* details */
  g_assert_true (widget_shows (GTK_WIDGET (page), "Kattegatskolen"));
  g_assert_true (widget_shows (GTK_WIDGET (page), "School"));
  g_assert_false (widget_shows (GTK_WIDGET (page), "Nothing recorded yet"));
  /* records */
  g_assert_true (widget_shows (GTK_WIDGET (page), summary));
  g_assert_false (widget_shows (GTK_WIDGET (page), "None recorded yet"));
  /* interventions */
  g_assert_true (widget_shows (GTK_WIDGET (page), "Mentor scheme"));
  g_assert_true (widget_shows (GTK_WIDGET (page), "Jonas Kjær"));
  g_assert_true (widget_shows (GTK_WIDGET (page), tf_intervention_status_label (TF_INTERVENTION_ACTIVE)));
  /* indicator: latest value, chart, trend in words (absence fell: better) */
  latest = tf_indicator_format_value (absence, 12.5);
  g_assert_true (widget_shows (GTK_WIDGET (page), latest));
  g_assert_true (widget_shows (GTK_WIDGET (page), "Better"));
  g_assert_nonnull (find_widget (GTK_WIDGET (page), is_sparkline, NULL));
  /* deadline: from the details' date, met by the meeting record */
  g_assert_true (widget_shows (GTK_WIDGET (page), "Plan within three months"));
  {
    g_autofree char *met_on = tf_format_date ("2025-10-02");
    g_autofree char *met = g_strdup_printf ("Met on %s", met_on);

    g_assert_true (widget_shows (GTK_WIDGET (page), met));
  }

  /* Adding a measurement in the page: refused values are explained there */
  value_row = find_widget (GTK_WIDGET (page), is_value_row, NULL);
  add_button = find_widget (GTK_WIDGET (page), is_add_measurement_button, NULL);
  g_assert_nonnull (value_row);
  g_assert_nonnull (add_button);
  gtk_editable_set_text (GTK_EDITABLE (value_row), "150");
  g_signal_emit_by_name (add_button, "clicked");
  g_assert_true (gtk_widget_has_css_class (value_row, "error"));
  points = tf_indicator_list_values (f->session, "absence", f->case_id, &error);
  g_assert_cmpuint (points->len, ==, 3);
  g_clear_pointer (&points, g_array_unref);

  gtk_editable_set_text (GTK_EDITABLE (value_row), "8,5");
  g_assert_false (gtk_widget_has_css_class (value_row, "error"));
  g_signal_emit_by_name (add_button, "clicked");
  points = tf_indicator_list_values (f->session, "absence", f->case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (points->len, ==, 4);
  g_assert_cmpfloat_with_epsilon (g_array_index (points, TfIndicatorPoint, 3).value, 8.5, 1e-9);
  spin (150);
  {
    g_autofree char *value = tf_indicator_format_value (absence, 8.5);

    g_assert_true (widget_shows (GTK_WIDGET (page), value));
  }

  /* Rows open the editor */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "area-page.edit-record", "x",
                                             tf_record_get_id (meeting_record)));
  spin (100);
  {
    GtkWidget *editor = find_toplevel (is_record_editor);

    g_assert_nonnull (editor);
    g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (window));
    set_text (TF_FORM_VIEW (tf_record_editor_get_form_view (TF_RECORD_EDITOR (editor))), "text",
              "Talk about evenings");
    g_assert_true (tf_record_editor_save (TF_RECORD_EDITOR (editor)));
    spin (150);
    g_assert_true (widget_shows (GTK_WIDGET (page), "Talk about evenings"));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "area-page.add-record", "s", "mentor"));
  spin (100);
  {
    GtkWidget *editor = find_toplevel (is_record_editor);

    g_assert_nonnull (editor);
    gtk_window_close (GTK_WINDOW (editor));
    spin (50);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  spin (50);
}

/* What the widget draws now (its own snapshot, not a cached frame) */
static GskRenderNode *
snapshot_widget (GtkWidget *widget)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  return gtk_snapshot_free_to_node (snapshot);
}

static void
snapshot_and_drop (GtkWidget *widget)
{
  GskRenderNode *node = snapshot_widget (widget);

  g_clear_pointer (&node, gsk_render_node_unref);
}

static void
test_sparkline (void)
{
  static const TfIndicatorPoint points[] = {
    { "2025-09-01", 30 }, { "2025-09-15", 28 }, { "2025-10-01", 22.5 },
    { "2025-10-20", 25 }, { "2025-11-03", 14 }, { "2025-12-03", 12.5 },
  };
  static const TfIndicatorPoint same_day[] = { { "2025-09-01", 3 }, { "2025-09-01", 4 } };
  g_autoptr(TfChartSeries) series = tf_chart_series_new ("Absence", "%", 1);
  GtkWidget *sparkline = tf_sparkline_new (series);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *window;
  g_autofree char *expected = NULL;
  g_autofree char *from = tf_format_date ("2025-09-01");
  g_autofree char *to = tf_format_date ("2025-12-03");
  char *text;
  int min, nat;

  g_assert_true (tf_sparkline_get_series (TF_SPARKLINE (sparkline)) == series);
  gtk_widget_set_valign (sparkline, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), sparkline);
  window = show_in_window (box);

  gtk_widget_measure (sparkline, GTK_ORIENTATION_VERTICAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, >, 0);
  g_assert_cmpint (nat, >=, 36);
  g_assert_cmpint (nat, <=, 48);
  gtk_widget_measure (sparkline, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  g_assert_cmpint (min, >, 0);
  g_assert_cmpint (min, <=, nat);
  /* it fills the width it is given */
  g_assert_cmpint (gtk_widget_get_width (sparkline), ==, gtk_widget_get_width (box));

  /* none */
  text = tf_chart_series_describe (series);
  g_assert_cmpstr (text, ==, "Absence: no measurements yet");
  g_free (text);
  snapshot_and_drop (sparkline);
  spin (50);

  /* one */
  tf_chart_series_set_points (series, points, 1);
  text = tf_chart_series_describe (series);
  expected = g_strdup_printf ("Absence: 30,0 %% on %s", from);
  g_assert_cmpstr (text, ==, expected);
  g_free (text);
  g_clear_pointer (&expected, g_free);
  {
    GskRenderNode *node = snapshot_widget (sparkline);

    g_assert_nonnull (node);
    gsk_render_node_unref (node);
  }
  spin (50);

  /* many, with a band, out of order */
  tf_chart_series_set_range (series, 0, 100);
  tf_chart_series_set_band (series, 0, 5);
  tf_chart_series_set_points (series, points, G_N_ELEMENTS (points));
  text = tf_chart_series_describe (series);
  expected = g_strdup_printf ("Absence: 12,5 %% on %s, from 30,0 %% on %s", to, from);
  g_assert_cmpstr (text, ==, expected);
  g_free (text);
  {
    GskRenderNode *node = snapshot_widget (sparkline);
    double low, high;

    g_assert_nonnull (node);
    gsk_render_node_unref (node);
    g_assert_true (tf_chart_series_get_extent (series, &low, &high));
    g_assert_cmpfloat (low, ==, 12.5);
    g_assert_cmpfloat (high, ==, 30);
  }
  spin (50);

  /* several values on one day, and none */
  tf_chart_series_clear_band (series);
  tf_chart_series_set_points (series, same_day, G_N_ELEMENTS (same_day));
  snapshot_and_drop (sparkline);
  tf_chart_series_set_points (series, NULL, 0);
  spin (50);

  /* squeezed to its minimum, it still draws */
  gtk_widget_set_size_request (box, 10, 10);
  gtk_window_set_default_size (GTK_WINDOW (window), 10, 10);
  tf_chart_series_set_points (series, points, G_N_ELEMENTS (points));
  spin (100);

  /* a dark theme changes nothing but the colours */
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  spin (100);
  snapshot_and_drop (sparkline);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  tf_sparkline_set_series (TF_SPARKLINE (sparkline), NULL);
  spin (20);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *xdg = g_dir_make_tmp ("tf-gtk-xdg-XXXXXX", NULL);
  g_autofree char *config = g_build_filename (xdg, "config", NULL);
  g_autofree char *data = g_build_filename (xdg, "data", NULL);
  g_autofree char *cache = g_build_filename (xdg, "cache", NULL);
  int status;

  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/gtk/sparkline", test_sparkline);
  g_test_add ("/gtk/form-view/rows", Fixture, NULL, fixture_setup, test_form_view_rows, fixture_teardown);
  g_test_add ("/gtk/form-view/round-trip", Fixture, NULL, fixture_setup, test_form_view_round_trip, fixture_teardown);
  g_test_add ("/gtk/form-view/invalid", Fixture, NULL, fixture_setup, test_form_view_invalid, fixture_teardown);
  g_test_add ("/gtk/record-editor/record", Fixture, NULL, fixture_setup, test_record_editor, fixture_teardown);
  g_test_add ("/gtk/record-editor/intervention", Fixture, NULL, fixture_setup, test_intervention_editor, fixture_teardown);
  g_test_add ("/gtk/area-page", Fixture, NULL, fixture_setup, test_area_page, fixture_teardown);

  status = g_test_run ();

  g_rmdir (config);
  g_rmdir (data);
  g_rmdir (cache);
  g_rmdir (xdg);
  return status;
}
