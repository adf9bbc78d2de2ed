/* tf-case-summary-private.h — filled by the case list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-case-summary.h"
#include "tf-store-private.h"

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

/* From a row of the case list's page query (tf-case-list-model.c, PAGE_SQL):
 * case id, young person id, name, birth date, CPR, status, coordinator,
 * next follow-up, school, follow_up_due, last_assessed_on, referral date. */
TfCaseSummary *_tf_case_summary_new_from_row (TfStmt     *stmt,
                                              const char *today,
                                              gboolean    may_see_cpr);
/* Whether a case needs follow-up on @today (ISO), from its follow_up_due,
 * follow-up date, latest assessment and referral date; then *@warning is the
 * word for beside a warning icon ("Overdue", "No assessment") and *@reason
 * the sentence saying why. Both NULL when it does not. */
gboolean       _tf_follow_up_need            (const char  *today,
                                              const char  *due,
                                              const char  *follow_up,
                                              const char  *last_assessed_on,
                                              const char  *referral_date,
                                              char       **warning,
                                              char       **reason);
/* A row no longer in the store still needs an item until the next refresh. */
TfCaseSummary *_tf_case_summary_new_missing  (gint64      case_id);

G_END_DECLS
