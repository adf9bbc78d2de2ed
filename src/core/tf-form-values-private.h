/* tf-form-values-private.h — what the parts of TfFormValues share
 *
 * TfFormValues (tf-form-values.c) holds the values and their typed getters
 * and setters; its JSON writer and reader are in tf-form-values-json.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-form.h"

G_BEGIN_DECLS

struct _TfFormValues
{
  GObject     parent_instance;

  /* field id → GVariant of type s, d, x or b */
  GHashTable *values;
};

/* Takes @value (sinking a floating one). */
void         _tf_form_values_store_value (TfFormValues *self,
                                          const char   *field_id,
                                          GVariant     *value);

G_END_DECLS
