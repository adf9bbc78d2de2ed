/* tf-gtk-util-private.h — small helpers shared by libtaskforce-gtk's widgets
 *
 * Not installed: entry text for dates, numbers and kroner the way a Danish
 * user types and reads them, and a few accessibility shortcuts.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"

G_BEGIN_DECLS

/* "3.12.2025" from "2025-12-03" (what a date entry shows); "" for NULL. */
char     *_tf_date_to_entry_text   (const char  *iso_date);
/* What a person typed in a date entry: TRUE with *iso_date NULL when the
 * text is blank, TRUE with the ISO date, or FALSE with a message for the user. */
gboolean  _tf_date_from_entry_text (const char  *text,
                                    char       **iso_date,
                                    GError     **error);

/* "12,5" (decimal comma, no thousands separator). */
char     *_tf_number_to_entry_text (double       value);
/* Accepts "12,5", "12.5", "1.250,5", "-3"; FALSE when the text is no number.
 * *is_blank tells an empty text apart. */
gboolean  _tf_number_from_entry_text (const char *text,
                                      double     *value,
                                      gboolean   *is_blank);

/* "12.500" or "12.500,50" (kroner, without "kr."). */
char     *_tf_kroner_to_entry_text (gint64       ore);
/* Accepts "12500", "12.500", "12.500,50", "12500,5", "12.500 kr."; to øre. */
gboolean  _tf_kroner_from_entry_text (const char *text,
                                      gint64     *ore,
                                      gboolean   *is_blank);

/* A calendar button at the end of a date entry row, for those who would
 * rather point than type; @label names the field for screen readers. */
void      _tf_entry_row_add_calendar (AdwEntryRow *row,
                                      const char  *label);

/* Whole days from @from_iso to @to_iso (negative when @to_iso is earlier). */
int       _tf_days_between         (const char  *from_iso,
                                    const char  *to_iso);

/* Names @widget for screen readers, instead of what names it otherwise.
 * Rows (AdwActionRow and its kind) name themselves by their title. */
void      _tf_accessible_set_label (GtkWidget   *widget,
                                    const char  *label);
void      _tf_accessible_set_description (GtkWidget  *widget,
                                          const char *description);

/* tf_form_format_value() and tf_form_summarize(), but with staff members by
 * name: from @staff (gint64 id → name, may be NULL), else the person at the
 * desk, else "Staff member no. N". */
char     *_tf_format_field_value   (TfForm       *form,
                                    TfFormValues *values,
                                    TfField      *field,
                                    GHashTable   *staff,
                                    TfSession    *session);
char     *_tf_summarize            (TfForm       *form,
                                    TfFormValues *values,
                                    GHashTable   *staff,
                                    TfSession    *session);

/* What another desk changed in a record, field by field ("Absence: 12 % → 9 %"),
 * NULL-terminated; @staff (id → name) names staff fields. */
char    **_tf_record_describe_changes (TfForm       *form,
                                       TfRecord     *before,
                                       TfRecord     *after,
                                       GHashTable   *staff);

/* Makes the library's own icons (tf-*-symbolic) findable on @widget's display. */
void      _tf_gtk_ensure_icons     (GtkWidget   *widget);

/* Shows @message in a toast when @widget sits in an AdwToastOverlay. */
void      _tf_widget_show_toast    (GtkWidget   *widget,
                                    const char  *message);

G_END_DECLS
