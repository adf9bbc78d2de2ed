/* tf-record-private.h — the instance struct, shared by the object and its store code
 *
 * TfRecord (tf-record.c) holds the object, its properties and validation;
 * saving, deleting and loading are in tf-record-store.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-record.h"

G_BEGIN_DECLS

struct _TfRecord
{
  GObject               parent_instance;

  gint64                id;
  gint64                case_id;
  gint64                version;
  char                 *form_id;
  char                 *area_id;
  gboolean              is_intervention;
  char                 *date;
  char                 *author_name;
  TfFormValues         *values;

  TfInterventionStatus  status;
  char                 *starts_on;
  char                 *ends_on;
  gint64                planned_cost;
  gint64                actual_cost;
};

/* Sets id, version (1 when new, else one up), date and author after a save,
 * and notifies what changed. */
void        _tf_record_set_saved   (TfRecord   *self,
                                    gint64      id,
                                    const char *date,
                                    const char *author_name);
/* The message of the first bad field, in the editor's order. */
const char *_tf_record_first_error (GHashTable *errors,
                                    TfForm     *form);

G_END_DECLS
