/* tf-case-summary-private.h — filled by the case list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-case-summary.h"

G_BEGIN_DECLS

struct _TfCaseSummary
{
  GObject   parent_instance;

  gint64    case_id;
  gint64    young_person_id;
  gint64    stamp;          /* changes whenever the row's data changes */
  char     *name;
  char     *birth_date;
  int       age;
  char     *cpr_label;
  char     *status;
  char     *coordinator;
  char     *follow_up;
  char     *follow_up_label;
  gboolean  follow_up_overdue;   /* needs follow-up: follow_up_due has come */
  char     *follow_up_warning;   /* the word beside the icon, or NULL */
  char     *follow_up_reason;    /* why, for the tooltip, or NULL */
  char     *school;
};

G_END_DECLS
