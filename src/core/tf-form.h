/* tf-form.h — forms declared as data: fields, their rules, and the values people enter
 *
 * A work-area plugin declares its intervention forms and record forms in its
 * area file (see tf-area.h); the core draws them with one generic form view,
 * validates them here, and stores the values as JSON.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-version.h"

G_BEGIN_DECLS

typedef enum
{
  TF_FIELD_TEXT,       /* one line */
  TF_FIELD_LONG_TEXT,  /* several lines */
  TF_FIELD_DATE,       /* ISO date */
  TF_FIELD_NUMBER,     /* decimal number; min/max apply */
  TF_FIELD_MONEY,      /* øre as an integer; min/max in kroner */
  TF_FIELD_BOOLEAN,    /* yes/no */
  TF_FIELD_CHOICE,     /* one of the field's choices, by id */
  TF_FIELD_SCALE,      /* whole number 0–10 */
  TF_FIELD_STAFF,      /* a staff member's id */
} TfFieldType;

typedef enum
{
  TF_FORM_RECORD,        /* something the area keeps: a notification, school details, ... */
  TF_FORM_INTERVENTION,  /* an intervention from the catalogue: has status, dates and cost */
} TfFormCategory;

#define TF_TYPE_FIELD_TYPE (tf_field_type_get_type ())
TF_AVAILABLE_IN_ALL
GType tf_field_type_get_type (void) G_GNUC_CONST;

#define TF_TYPE_FORM_CATEGORY (tf_form_category_get_type ())
TF_AVAILABLE_IN_ALL
GType tf_form_category_get_type (void) G_GNUC_CONST;

#define TF_TYPE_FIELD (tf_field_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfField, tf_field, TF, FIELD, GObject)

#define TF_TYPE_FORM (tf_form_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfForm, tf_form, TF, FORM, GObject)

#define TF_TYPE_FORM_VALUES (tf_form_values_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfFormValues, tf_form_values, TF, FORM_VALUES, GObject)

/* TfField: read-only after the area file is parsed. Labels are translated. */
TF_AVAILABLE_IN_ALL
const char  *tf_field_get_id          (TfField     *self);
TF_AVAILABLE_IN_ALL
const char  *tf_field_get_label       (TfField     *self);
TF_AVAILABLE_IN_ALL
const char  *tf_field_get_help        (TfField     *self);
TF_AVAILABLE_IN_ALL
TfFieldType  tf_field_get_field_type  (TfField     *self);
TF_AVAILABLE_IN_ALL
gboolean     tf_field_get_required    (TfField     *self);
/* Bounds for NUMBER, MONEY (kroner) and SCALE; has_min/has_max tell if set. */
TF_AVAILABLE_IN_ALL
gboolean     tf_field_get_min         (TfField     *self,
                                       double      *min);
TF_AVAILABLE_IN_ALL
gboolean     tf_field_get_max         (TfField     *self,
                                       double      *max);
/* CHOICE: ids and translated labels, in order (NULL-terminated, transfer none). */
TF_AVAILABLE_IN_ALL
const char * const *tf_field_get_choice_ids    (TfField *self);
TF_AVAILABLE_IN_ALL
const char  *tf_field_get_choice_label (TfField     *self,
                                        const char  *choice_id);
/* Sample values for demo data (transfer none, may be empty), written as in
 * the area file: ISO dates, kroner for money, true/false, choice ids. The
 * parser has checked each against the field's type and bounds. */
TF_AVAILABLE_IN_ALL
const char * const *tf_field_get_demo_values   (TfField *self);
/* The message saying what to fix in this field's value in @values, or NULL
 * when it is valid (transfer full): what tf_form_validate() says for it. */
TF_AVAILABLE_IN_ALL
char        *tf_field_validate        (TfField      *self,
                                       TfFormValues *values);

/* TfForm */
TF_AVAILABLE_IN_ALL
const char    *tf_form_get_id          (TfForm      *self);
TF_AVAILABLE_IN_ALL
const char    *tf_form_get_area_id     (TfForm      *self);
TF_AVAILABLE_IN_ALL
const char    *tf_form_get_title       (TfForm      *self);
TF_AVAILABLE_IN_ALL
const char    *tf_form_get_description (TfForm      *self);
TF_AVAILABLE_IN_ALL
TfFormCategory tf_form_get_category    (TfForm      *self);
/* Budget area of an intervention form ("mentor", "family", "network",
 * "school", "leisure", "job"), NULL for records. */
TF_AVAILABLE_IN_ALL
const char    *tf_form_get_budget_area (TfForm      *self);
/* A record form the area shows as its "details" card (one current record). */
TF_AVAILABLE_IN_ALL
gboolean       tf_form_get_single      (TfForm      *self);
/* GListModel of TfField, in form order. */
TF_AVAILABLE_IN_ALL
GListModel    *tf_form_get_fields      (TfForm      *self);
TF_AVAILABLE_IN_ALL
TfField       *tf_form_find_field      (TfForm      *self,
                                        const char  *field_id);
/* The date field that dates a record ("date" by default), may be NULL. */
TF_AVAILABLE_IN_ALL
const char    *tf_form_get_date_field  (TfForm      *self);
/* What the form's records count as in the taskforce's figures
 * (Statistic=: "legal-basis", "police-contact", "group-activity"; NULL for
 * none), and the choice field they are broken down by (StatisticField=,
 * NULL for none). See tf-area.h; TfStats reads them. */
TF_AVAILABLE_IN_ALL
const char    *tf_form_get_statistic   (TfForm      *self);
TF_AVAILABLE_IN_ALL
const char    *tf_form_get_statistic_field (TfForm  *self);
/* Fields shown in one line when records are listed (transfer none). */
TF_AVAILABLE_IN_ALL
const char * const *tf_form_get_summary_fields (TfForm *self);

/**
 * tf_form_validate:
 *
 * Returns: (transfer full) (nullable): NULL when @values are valid for the
 * form, else field id → translated message saying what to fix. Unknown keys
 * in @values are refused too (key → message).
 */
TF_AVAILABLE_IN_ALL
GHashTable    *tf_form_validate        (TfForm       *self,
                                        TfFormValues *values);
/* "Kattegatskolen · 9.B · Lene Hansen": the summary fields as text. */
TF_AVAILABLE_IN_ALL
char          *tf_form_summarize       (TfForm       *self,
                                        TfFormValues *values);
/* A value as a person reads it: dates in Danish form, money in kroner,
 * choices by label, yes/no, "7 / 10"; a staff field gives the staff
 * member's id as text (the caller resolves names). NULL when absent. */
TF_AVAILABLE_IN_ALL
char          *tf_form_format_value    (TfForm       *self,
                                        TfFormValues *values,
                                        const char   *field_id);

/* TfFormValues: field id → value. Empty strings are stored as absent. */
TF_AVAILABLE_IN_ALL
TfFormValues *tf_form_values_new          (void);
TF_AVAILABLE_IN_ALL
TfFormValues *tf_form_values_new_from_json (const char   *json,
                                            GError      **error);
TF_AVAILABLE_IN_ALL
char         *tf_form_values_to_json      (TfFormValues *self);
TF_AVAILABLE_IN_ALL
TfFormValues *tf_form_values_copy         (TfFormValues *self);
TF_AVAILABLE_IN_ALL
gboolean      tf_form_values_has          (TfFormValues *self,
                                           const char   *field_id);
TF_AVAILABLE_IN_ALL
void          tf_form_values_unset        (TfFormValues *self,
                                           const char   *field_id);
/* TEXT, LONG_TEXT, DATE (ISO), CHOICE (id) */
TF_AVAILABLE_IN_ALL
void          tf_form_values_set_string   (TfFormValues *self,
                                           const char   *field_id,
                                           const char   *value);
TF_AVAILABLE_IN_ALL
const char   *tf_form_values_get_string   (TfFormValues *self,
                                           const char   *field_id);
/* NUMBER */
TF_AVAILABLE_IN_ALL
void          tf_form_values_set_number   (TfFormValues *self,
                                           const char   *field_id,
                                           double        value);
TF_AVAILABLE_IN_ALL
double        tf_form_values_get_number   (TfFormValues *self,
                                           const char   *field_id);
/* MONEY (øre), SCALE, STAFF (id) */
TF_AVAILABLE_IN_ALL
void          tf_form_values_set_integer  (TfFormValues *self,
                                           const char   *field_id,
                                           gint64        value);
TF_AVAILABLE_IN_ALL
gint64        tf_form_values_get_integer  (TfFormValues *self,
                                           const char   *field_id);
/* BOOLEAN */
TF_AVAILABLE_IN_ALL
void          tf_form_values_set_boolean  (TfFormValues *self,
                                           const char   *field_id,
                                           gboolean      value);
TF_AVAILABLE_IN_ALL
gboolean      tf_form_values_get_boolean  (TfFormValues *self,
                                           const char   *field_id);
/* The field ids that have a value, sorted (transfer container). */
TF_AVAILABLE_IN_ALL
GPtrArray    *tf_form_values_get_keys     (TfFormValues *self);
/* Generic access for code that handles every type (a form view, the record
 * store): the value as a GVariant of type "s", "d", "x" or "b" (transfer
 * none, nullable); set_value takes any of these (a floating one is sunk),
 * NULL or "" unsets. */
TF_AVAILABLE_IN_ALL
GVariant     *tf_form_values_get_value    (TfFormValues *self,
                                           const char   *field_id);
TF_AVAILABLE_IN_ALL
void          tf_form_values_set_value    (TfFormValues *self,
                                           const char   *field_id,
                                           GVariant     *value);
/* Same keys with the same typed values. */
TF_AVAILABLE_IN_ALL
gboolean      tf_form_values_equal        (TfFormValues *a,
                                           TfFormValues *b);

G_END_DECLS
