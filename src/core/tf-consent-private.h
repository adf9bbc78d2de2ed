/* tf-consent-private.h — shared by tf-consent.c and tf-consent-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-consent.h"

G_BEGIN_DECLS

struct _TfConsent
{
  GObject   parent_instance;

  gint64    id;
  gint64    case_id;
  gint64    version;
  gboolean  by_young_person;
  gboolean  by_guardians;
  char     *guardian_names;
  char     *valid_from;
  char     *valid_until;
  char     *note;
  char     *withdrawn_on;
  char     *withdrawn_note;
  char     *author_name;
  GArray   *organisation_ids;     /* of gint64 */
  char    **organisation_names;   /* same order; never NULL */
};

G_END_DECLS
