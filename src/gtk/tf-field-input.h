/* tf-field-input.h — one field of a TfFormView: its row, its value, its complaint (private)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "taskforce.h"
#include "tf-error-row.h"
#include "tf-form-view.h"

G_BEGIN_DECLS

typedef struct
{
  TfFormView    *view;         /* unowned: the view owns us */
  TfField       *field;
  TfFieldType    type;
  GtkWidget     *row;          /* the field's row (the group holds it) */
  GtkWidget     *input;        /* what takes focus and holds the value */
  TfErrorRow    *error_row;
  GtkWidget     *value_label;  /* SCALE: "7 / 10" or "Not set" */
  char          *hint;         /* the input's description: help, how to write it */
  GPtrArray     *choice_ids;   /* CHOICE: id per combo item, NULL = not chosen */
  GArray        *staff_ids;    /* STAFF: gint64 per combo item, 0 = not chosen */
  gboolean       scale_set;    /* SCALE: someone chose a value */
  gboolean       syncing;      /* setting widgets from code */
} TfFieldInput;

TfFieldInput *_tf_field_input_new          (TfFormView   *view,
                                            TfField      *field);
void          _tf_field_input_free         (TfFieldInput *input);
/* Shows @values (NULL: none) in the widgets. */
void          _tf_field_input_fill         (TfFieldInput *input,
                                            TfFormValues *values);
/* Puts the value into @values; returns what is wrong with the text typed
 * when it cannot be read at all (transfer full), else NULL. */
char         *_tf_field_input_read         (TfFieldInput *input,
                                            TfFormValues *values);
/* Shows @message under the field, or hides it for NULL. */
void          _tf_field_input_set_error    (TfFieldInput *input,
                                            const char   *message);
const char   *_tf_field_input_get_error    (TfFieldInput *input);
void          _tf_field_input_refill_staff (TfFieldInput *input);

/* What the inputs ask of their view (tf-form-view.c) */
gboolean      _tf_form_view_is_filling     (TfFormView   *self);
void          _tf_form_view_emit_changed   (TfFormView   *self);
void          _tf_form_view_get_staff      (TfFormView   *self,
                                            GArray      **ids,
                                            GPtrArray   **names);

G_END_DECLS
