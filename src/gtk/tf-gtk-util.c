/* tf-gtk-util.c — small helpers shared by libtaskforce-gtk's widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "taskforce.h"
#include "taskforce-gtk.h"
#include "tf-gtk-util-private.h"

char *
_tf_date_to_entry_text (const char *iso_date)
{
  int y, m, d;

  if (iso_date == NULL || *iso_date == '\0')
    return g_strdup ("");
  if (!tf_iso_date_is_valid (iso_date) || sscanf (iso_date, "%d-%d-%d", &y, &m, &d) != 3)
    return g_strdup (iso_date);
  return g_strdup_printf ("%d.%d.%04d", d, m, y);
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

gboolean
_tf_date_from_entry_text (const char  *text,
                          char       **iso_date,
                          GError     **error)
{
  g_return_val_if_fail (iso_date != NULL, FALSE);

  *iso_date = NULL;
  if (is_blank (text))
    return TRUE;
  *iso_date = tf_parse_user_date (text, error);
  return *iso_date != NULL;
}

char *
_tf_number_to_entry_text (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* Enough digits to round-trip what people type, without 0.1's tail. */
  g_ascii_formatd (buffer, sizeof buffer, "%.10g", value);
  g_strdelimit (buffer, ".", ',');
  return g_strdup (buffer);
}

/* The text without spaces (also no-break and thin spaces); NULL if blank. */
static char *
squeeze (const char *text)
{
  GString *out;

  if (is_blank (text))
    return NULL;
  out = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0x202F && c != 0x2009)
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* "1.250.000" — dots only as Danish thousands separators? */
static gboolean
dots_group_thousands (const char *digits)
{
  const char *dot = strchr (digits, '.');
  gsize lead;

  if (dot == NULL)
    return FALSE;
  lead = (gsize) (dot - digits);
  if (lead < 1 || lead > 3)
    return FALSE;
  for (const char *p = dot; *p != '\0'; p += 4)
    {
      if (p[0] != '.' || !g_ascii_isdigit (p[1]) || !g_ascii_isdigit (p[2])
          || !g_ascii_isdigit (p[3]))
        return FALSE;
      if (p[4] != '\0' && p[4] != '.')
        return FALSE;
    }
  return TRUE;
}

/* Turns a Danish number into the C locale's form in place; FALSE if it is
 * not one. Commas are decimal marks; dots are thousands separators when
 * they group by three or a comma follows, else a decimal point. */
static gboolean
normalise_number (char *text)
{
  char *comma = strchr (text, ',');
  char *body = text[0] == '-' || text[0] == '+' ? text + 1 : text;
  char *out;

  if (*body == '\0')
    return FALSE;
  for (const char *p = body; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && *p != '.' && *p != ',')
      return FALSE;
  if (comma != NULL && strchr (comma + 1, ',') != NULL)
    return FALSE;

  if (comma != NULL || dots_group_thousands (body))
    {
      /* drop the thousands dots, then the comma becomes the point */
      if (comma != NULL && strchr (comma, '.') != NULL)
        return FALSE;
      out = body;
      for (char *p = body; *p != '\0'; p++)
        if (*p != '.')
          *out++ = *p == ',' ? '.' : *p;
      *out = '\0';
    }
  else if (strchr (body, '.') != strrchr (body, '.'))
    return FALSE;

  return *body != '.' && body[strlen (body) - 1] != '.';
}

gboolean
_tf_number_from_entry_text (const char *text,
                            double     *value,
                            gboolean   *blank)
{
  g_autofree char *s = squeeze (text);
  char *end = NULL;
  double v;

  g_return_val_if_fail (value != NULL, FALSE);

  if (blank != NULL)
    *blank = s == NULL;
  if (s == NULL)
    return FALSE;
  if (!normalise_number (s))
    return FALSE;
  v = g_ascii_strtod (s, &end);
  if (end == s || *end != '\0' || !isfinite (v))
    return FALSE;
  *value = v;
  return TRUE;
}

char *
_tf_kroner_to_entry_text (gint64 ore)
{
  GString *out = g_string_new (NULL);
  guint64 magnitude = ore < 0 ? (guint64) (-(ore + 1)) + 1 : (guint64) ore;
  g_autofree char *kroner = g_strdup_printf ("%" G_GUINT64_FORMAT, magnitude / 100);
  gsize len = strlen (kroner);

  if (ore < 0)
    g_string_append_c (out, '-');
  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append_c (out, '.');
      g_string_append_c (out, kroner[i]);
    }
  if (magnitude % 100 != 0)
    g_string_append_printf (out, ",%02u", (guint) (magnitude % 100));
  return g_string_free (out, FALSE);
}

gboolean
_tf_kroner_from_entry_text (const char *text,
                            gint64     *ore,
                            gboolean   *blank)
{
  g_autofree char *s = squeeze (text);
  gsize len;
  char *point;
  gboolean negative = FALSE;
  guint64 whole = 0;
  guint64 cents = 0;
  char *p;

  g_return_val_if_fail (ore != NULL, FALSE);

  if (blank != NULL)
    *blank = s == NULL;
  if (s == NULL)
    return FALSE;

  /* "12.500 kr." and "12.500kr" */
  len = strlen (s);
  if (len >= 3 && g_ascii_strcasecmp (s + len - 3, "kr.") == 0)
    s[len - 3] = '\0';
  else if (len >= 2 && g_ascii_strcasecmp (s + len - 2, "kr") == 0)
    s[len - 2] = '\0';
  /* ",-" as on price tags */
  len = strlen (s);
  if (len >= 2 && strcmp (s + len - 2, ",-") == 0)
    s[len - 2] = '\0';

  if (!normalise_number (s))
    return FALSE;
  p = s;
  if (*p == '-' || *p == '+')
    negative = *p++ == '-';
  point = strchr (p, '.');
  if (point != NULL)
    {
      gsize decimals = strlen (point + 1);

      if (decimals < 1 || decimals > 2)
        return FALSE;
      cents = g_ascii_strtoull (point + 1, NULL, 10) * (decimals == 1 ? 10 : 1);
      *point = '\0';
    }
  if (*p == '\0' || strlen (p) > 13)   /* a trillion kroner is more than enough */
    return FALSE;
  whole = g_ascii_strtoull (p, NULL, 10);
  *ore = (gint64) (whole * 100 + cents) * (negative ? -1 : 1);
  return TRUE;
}

int
_tf_days_between (const char *from_iso,
                  const char *to_iso)
{
  int y1, m1, d1, y2, m2, d2;
  GDate a, b;

  if (from_iso == NULL || to_iso == NULL
      || sscanf (from_iso, "%d-%d-%d", &y1, &m1, &d1) != 3
      || sscanf (to_iso, "%d-%d-%d", &y2, &m2, &d2) != 3
      || !g_date_valid_dmy (d1, m1, y1) || !g_date_valid_dmy (d2, m2, y2))
    return 0;
  g_date_clear (&a, 1);
  g_date_clear (&b, 1);
  g_date_set_dmy (&a, d1, m1, y1);
  g_date_set_dmy (&b, d2, m2, y2);
  return g_date_days_between (&a, &b);
}

void
_tf_accessible_set_label (GtkWidget  *widget,
                          const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  /* GTK 4.8 reads a label and a labelled-by relation one after the other
   * ("Add School meeting Add"): the label given here says it all */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
}

void
_tf_accessible_set_description (GtkWidget  *widget,
                                const char *description)
{
  if (description == NULL)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget),
                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  else
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                    -1);
}

void
_tf_widget_show_toast (GtkWidget  *widget,
                       const char *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (message));
}

void
tf_gtk_ensure_icons (GdkDisplay *display)
{
  GtkIconTheme *theme;

  g_return_if_fail (GDK_IS_DISPLAY (display));

  theme = gtk_icon_theme_get_for_display (display);
  if (g_object_get_data (G_OBJECT (theme), "tf-gtk-icons") != NULL)
    return;
  gtk_icon_theme_add_resource_path (theme, "/dk/norddjurs/Taskforce/gtk/icons");
  g_object_set_data (G_OBJECT (theme), "tf-gtk-icons", GINT_TO_POINTER (TRUE));
}

void
_tf_gtk_ensure_icons (GtkWidget *widget)
{
  tf_gtk_ensure_icons (gtk_widget_get_display (widget));
}

char *
_tf_format_field_value (TfForm       *form,
                        TfFormValues *values,
                        TfField      *field,
                        GHashTable   *staff,
                        TfSession    *session)
{
  const char *id = tf_field_get_id (field);

  if (tf_field_get_field_type (field) == TF_FIELD_STAFF && tf_form_values_has (values, id))
    {
      gint64 staff_id = tf_form_values_get_integer (values, id);
      const char *name = staff != NULL ? g_hash_table_lookup (staff, &staff_id) : NULL;

      if (name == NULL && session != NULL && staff_id == tf_session_get_staff_id (session))
        name = tf_session_get_staff_name (session);
      if (name != NULL)
        return g_strdup (name);
      {
        g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, staff_id);

        /* Translators: a staff member the program cannot name, by number */
        return g_strdup_printf (_("Staff member no. %s"), number);
      }
    }
  return tf_form_format_value (form, values, id);
}

char *
_tf_summarize (TfForm       *form,
               TfFormValues *values,
               GHashTable   *staff,
               TfSession    *session)
{
  const char * const *ids = tf_form_get_summary_fields (form);
  GString *out = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      TfField *field = tf_form_find_field (form, ids[i]);
      g_autofree char *text = field != NULL ? _tf_format_field_value (form, values, field, staff, session) : NULL;

      if (text == NULL || *text == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, " · ");
      g_string_append (out, text);
    }
  return g_string_free (out, FALSE);
}

/* Date entry rows: a calendar beside the text */

static void
on_calendar_popover_show_cb (GtkPopover *popover,
                             GtkEditable *entry)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  g_autofree char *iso = NULL;
  g_autoptr(GDateTime) date = NULL;
  int y, m, d;

  if (_tf_date_from_entry_text (gtk_editable_get_text (entry), &iso, NULL)
      && iso != NULL && sscanf (iso, "%d-%d-%d", &y, &m, &d) == 3)
    date = g_date_time_new_local (y, m, d, 12, 0, 0);
  if (date == NULL)
    date = g_date_time_new_now_local ();

  /* showing the date is no choice made */
  g_object_set_data (G_OBJECT (calendar), "tf-syncing", GINT_TO_POINTER (TRUE));
  gtk_calendar_select_day (calendar, date);
  g_object_set_data (G_OBJECT (calendar), "tf-syncing", NULL);
}

static void
on_calendar_day_selected_cb (GtkCalendar *calendar,
                             GtkEditable *entry)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *text = NULL;

  if (g_object_get_data (G_OBJECT (calendar), "tf-syncing") != NULL)
    return;
  date = gtk_calendar_get_date (calendar);
  text = g_strdup_printf ("%d.%d.%04d", g_date_time_get_day_of_month (date),
                          g_date_time_get_month (date), g_date_time_get_year (date));
  gtk_editable_set_text (entry, text);
}

void
_tf_entry_row_add_calendar (AdwEntryRow *row,
                            const char  *label)
{
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();
  /* Translators: the button beside a date field, %s is the field's label */
  g_autofree char *name = g_strdup_printf (_("Choose %s from a calendar"), label);

  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, _("Choose from a calendar"));
  _tf_accessible_set_label (button, name);
  g_signal_connect_object (popover, "show", G_CALLBACK (on_calendar_popover_show_cb), row, 0);
  g_signal_connect_object (calendar, "day-selected", G_CALLBACK (on_calendar_day_selected_cb), row, 0);
  adw_entry_row_add_suffix (row, button);
}
