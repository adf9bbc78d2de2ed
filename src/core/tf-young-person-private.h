/* tf-young-person-private.h — the instance struct, shared by the object and its store code
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-young-person.h"

G_BEGIN_DECLS

struct _TfYoungPerson
{
  GObject     parent_instance;

  gint64      id;
  gint64      version;
  char       *first_name;
  char       *last_name;
  char       *cpr;
  char       *cpr_mask;     /* the masked number load() gave someone who may not
                             * see it; saving it unchanged keeps the stored one */
  char       *birth_date;
  char       *gender;
  char       *address;
  char       *postcode;
  char       *city;
  char       *school;
  char       *school_class;
  char       *phone;
  GListStore *guardians;
};

void        _tf_young_person_set_saved   (TfYoungPerson *self,
                                          gint64         id,
                                          gint64         version);
const char *_tf_young_person_first_error (GHashTable    *errors);

G_END_DECLS
