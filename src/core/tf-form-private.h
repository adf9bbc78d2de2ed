/* tf-form-private.h — how the area-file parser builds fields and forms
 *
 * TfField and TfForm are read-only for everyone else; only the area parser
 * (tf-area-forms.c) fills them in, while it parses an area file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-form.h"

G_BEGIN_DECLS

/* A scale runs from 0 to 10, narrowed by the field's bounds if it has any
 * (tf-form-field.c); tf_form_format_value() writes "7 / 10". */
#define SCALE_MIN           0
#define SCALE_MAX           10

/* "text", "longtext", ... as in the area file; FALSE for an unknown name. */
gboolean     _tf_field_type_from_string (const char      *name,
                                         TfFieldType     *type);
/* "text, longtext, date, ..." for messages. */
const char  *_tf_field_type_names       (void);

TfField     *_tf_field_new              (const char      *id,
                                         TfFieldType      type);
void         _tf_field_set_label        (TfField         *self,
                                         const char      *label);
void         _tf_field_set_help         (TfField         *self,
                                         const char      *help);
void         _tf_field_set_required     (TfField         *self,
                                         gboolean         required);
void         _tf_field_set_min          (TfField         *self,
                                         double           min);
void         _tf_field_set_max          (TfField         *self,
                                         double           max);
void         _tf_field_add_choice       (TfField         *self,
                                         const char      *choice_id,
                                         const char      *label);
gboolean     _tf_field_has_choice       (TfField         *self,
                                         const char      *choice_id);
void         _tf_field_set_demo_values  (TfField         *self,
                                         const char * const *values);

TfForm      *_tf_form_new               (const char      *id,
                                         const char      *area_id,
                                         TfFormCategory   category);
void         _tf_form_set_title         (TfForm          *self,
                                         const char      *title);
void         _tf_form_set_description   (TfForm          *self,
                                         const char      *description);
void         _tf_form_set_budget_area   (TfForm          *self,
                                         const char      *budget_area);
void         _tf_form_set_single        (TfForm          *self,
                                         gboolean         single);
void         _tf_form_set_statistic     (TfForm          *self,
                                         const char      *statistic,
                                         const char      *field_id);
void         _tf_form_set_date_field    (TfForm          *self,
                                         const char      *field_id);
void         _tf_form_set_summary_fields (TfForm         *self,
                                          const char * const *field_ids);
void         _tf_form_add_field         (TfForm          *self,
                                         TfField         *field);

/* A number as Danish readers write it: decimal comma, no exponent for
 * everyday sizes, as few digits as give the same double back. */
char        *_tf_format_number          (double           value);
/* The shortest "%.Ng" that reads back as exactly @value, '.' as decimal
 * point (locale-independent). */
char        *_tf_dtostr_shortest        (double           value);

G_END_DECLS
