/* tf-area-page-private.h — what the parts of the area page share
 *
 * TfAreaPage (tf-area-page.c) builds its sections once and fills them on
 * every reload; the rows its lists are made of are in tf-area-page-rows.c,
 * the record forms' sections (details cards and lists) in
 * tf-area-page-records.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "tf-area-page.h"
#include "tf-error-row.h"

G_BEGIN_DECLS

/* A group of rows for one record form: its details card or its list */
typedef struct
{
  TfForm              *form;
  AdwPreferencesGroup *group;
  GtkListBox          *list;
  GtkWidget           *button;          /* Add, or Edit for a details card */
  GtkImage            *button_icon;
  GtkLabel            *button_label;
} FormSection;

struct _TfAreaPage
{
  GtkWidget            parent_instance;

  /* Template widgets */
  GtkWidget           *scroller;
  GtkImage            *icon_image;
  GtkLabel            *title_label;
  GtkLabel            *organisation_label;
  GtkWidget           *error_list;
  TfErrorRow          *error_row;
  GtkBox              *details_box;
  AdwPreferencesGroup *deadlines_group;
  GtkListBox          *deadlines_list;
  AdwPreferencesGroup *indicators_group;
  GtkListBox          *indicators_list;
  AdwPreferencesGroup *interventions_group;
  GtkMenuButton       *add_intervention_button;
  GtkListBox          *interventions_list;
  GtkBox              *records_box;

  /* Construct properties */
  TfSession           *session;
  TfRegistry          *registry;
  TfArea              *area;
  gint64               case_id;

  GPtrArray           *details;         /* FormSection, single record forms */
  GPtrArray           *lists;           /* FormSection, other record forms */
  GPtrArray           *indicator_rows;  /* TfIndicatorRow, unowned */
  GHashTable          *records;         /* record id → TfRecord, as loaded */
  GArray              *staff_ids;       /* gint64, in the order given */
  GPtrArray           *staff_names;
  GHashTable          *staff;           /* staff id → name (in staff_names) */
  guint                reload_source;
};

/* ---------------------------------------------------------------------- */
/* Rows (tf-area-page-rows.c) */

void         _tf_area_page_clear_list           (GtkListBox   *list);
GtkWidget   *_tf_area_page_row_new              (const char   *title,
                                                 const char   *subtitle);
/* A row that says the list is empty and what to do about it */
GtkWidget   *_tf_area_page_empty_row_new        (const char   *title,
                                                 const char   *what_next);
/* A row that opens the record in the editor */
GtkWidget   *_tf_area_page_record_row_new       (TfRecord     *record,
                                                 const char   *title,
                                                 const char   *subtitle,
                                                 GtkWidget    *suffix);
char        *_tf_area_page_summarize            (TfAreaPage   *self,
                                                 TfForm       *form,
                                                 TfFormValues *values);
GtkWidget   *_tf_area_page_intervention_row_new (TfAreaPage   *self,
                                                 TfRecord     *record);

/* ---------------------------------------------------------------------- */
/* The record forms' sections (tf-area-page-records.c) */

FormSection *_tf_area_page_form_section_new     (TfAreaPage   *self,
                                                 TfForm       *form);
void         _tf_area_page_form_section_free    (FormSection  *section);
void         _tf_area_page_section_set_add      (FormSection  *section);
void         _tf_area_page_fill_details         (TfAreaPage   *self,
                                                 FormSection  *section,
                                                 TfRecord     *latest);
void         _tf_area_page_fill_list            (TfAreaPage   *self,
                                                 FormSection  *section,
                                                 GPtrArray    *records);

G_END_DECLS
