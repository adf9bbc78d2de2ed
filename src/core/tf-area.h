/* tf-area.h — a work area: its forms, indicators and statutory deadlines
 *
 * A plugin describes its area in an area file (a GKeyFile, usually in the
 * plugin's GResource) and registers it from its TfAreaAddin:
 *
 *   [Area]
 *   Id=school
 *   Title=School                         ; translated with GettextDomain
 *   Organisation=Almenskole and Heltidsundervisningen
 *   Icon=school-symbolic
 *   Priority=30                          ; lower comes first
 *   GettextDomain=taskforce
 *
 *   [Form school-details]                ; a record form
 *   Title=School details
 *   Category=record                      ; or intervention
 *   Single=true                          ; one current record: the area's details card
 *   DateField=date
 *   Summary=school;class;teacher
 *   BudgetArea=school                    ; interventions only
 *   Statistic=legal-basis                ; records only: what they count as in
 *                                        ; the figures (legal-basis,
 *                                        ; police-contact, group-activity)
 *   StatisticField=basis                 ; the choice field they are broken
 *                                        ; down by (required for legal-basis)
 *
 *   [Field school-details/school]        ; fields in file order
 *   Label=School
 *   Type=text                            ; text longtext date number money boolean choice scale staff
 *   Required=true
 *   Min=0                                ; number, money (kroner), scale
 *   Max=100
 *   Help=As the school writes it
 *   Demo=Kattegatskolen;Auning Skole     ; sample values for demo data
 *
 *   [Choice school-details/level/basic]  ; choices in file order
 *   Label=Ordinary school
 *
 *   [Indicator absence]
 *   Title=Absence
 *   Unit=%
 *   HigherIsBetter=false
 *   Min=0
 *   Max=100
 *   Decimals=1
 *   Threshold=5                          ; a change smaller than this is "held"
 *   Demo=2;45                            ; range of demo values
 *
 *   [Deadline action-plan]
 *   Title=Action plan (barnets plan, § 91)
 *   From=legal-decision/date             ; FORM/FIELD, or "birthday"
 *   Months=3                             ; and/or Years=, Days=
 *   DoneBy=action-plan/date              ; FORM/FIELD of the record that meets it
 *
 * Keys named Title, Label, Help, Organisation and Description are translated.
 *
 * The example lists every key; a real group uses those that fit it (bounds
 * only on number, money and scale fields, BudgetArea only on interventions).
 * The "; ..." notes above explain the keys and are not part of a file: a key
 * file has comments only on lines of their own, starting with #.
 *
 * Rules the parser checks (an error names the group and the key):
 * ids are lower-case letters, digits, - and _, starting with a letter; a
 * group or key may appear only once; unknown groups and keys are refused,
 * except keys starting with "X-"; Id, Title, Label, Type, and for
 * deadlines From, are required; Category defaults to record;
 * Priority is 0–1000, 100 by default; Min <= Max; money bounds >= 0; scale
 * bounds whole numbers 0–10; a choice field has at least one choice; Demo
 * values must be valid for their field (ISO dates, kroner, true/false,
 * choice ids; staff fields take none); a record form has at least one field
 * and its DateField defaults to its "date" field when it has one; an
 * intervention may not name a field status, starts-on, ends-on,
 * planned-cost or actual-cost (the record store keeps those); indicators
 * need HigherIsBetter and Max (Min defaults to 0, Decimals 0–6); a deadline
 * gives at least one of Years, Months, Days, and From (unless "birthday")
 * and DoneBy (optional) name a date field of a form in the same file.
 *
 * Statistic= lets the taskforce's figures (TfStats) read an area's records
 * without knowing the plugin: "legal-basis" — the case's latest record of
 * the form gives the legal basis of its support, the choice in
 * StatisticField (active cases are counted by it); "police-contact" — each
 * record is one contact with the police, dated by the form's date field
 * (re-offending before and after the plan); "group-activity" — each record
 * is a group activity the young person started, broken down by the choice
 * in StatisticField when given. A form with a Statistic needs a date field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-form.h"

G_BEGIN_DECLS

#define TF_TYPE_AREA (tf_area_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfArea, tf_area, TF, AREA, GObject)

#define TF_TYPE_INDICATOR (tf_indicator_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfIndicator, tf_indicator, TF, INDICATOR, GObject)

#define TF_TYPE_DEADLINE_RULE (tf_deadline_rule_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfDeadlineRule, tf_deadline_rule, TF, DEADLINE_RULE, GObject)

TF_AVAILABLE_IN_ALL
TfArea      *tf_area_new_from_bytes     (GBytes      *bytes,
                                         GError     **error);
TF_AVAILABLE_IN_ALL
TfArea      *tf_area_new_from_resource  (const char  *resource_path,
                                         GError     **error);
TF_AVAILABLE_IN_ALL
const char  *tf_area_get_id             (TfArea      *self);
TF_AVAILABLE_IN_ALL
const char  *tf_area_get_title          (TfArea      *self);
TF_AVAILABLE_IN_ALL
const char  *tf_area_get_organisation   (TfArea      *self);
TF_AVAILABLE_IN_ALL
const char  *tf_area_get_icon_name      (TfArea      *self);
TF_AVAILABLE_IN_ALL
int          tf_area_get_priority       (TfArea      *self);
/* GListModel of TfForm / TfIndicator / TfDeadlineRule, in file order. */
TF_AVAILABLE_IN_ALL
GListModel  *tf_area_get_forms          (TfArea      *self);
TF_AVAILABLE_IN_ALL
GListModel  *tf_area_get_indicators     (TfArea      *self);
TF_AVAILABLE_IN_ALL
GListModel  *tf_area_get_deadline_rules (TfArea      *self);

TF_AVAILABLE_IN_ALL
const char  *tf_indicator_get_id        (TfIndicator *self);
TF_AVAILABLE_IN_ALL
const char  *tf_indicator_get_area_id   (TfIndicator *self);
TF_AVAILABLE_IN_ALL
const char  *tf_indicator_get_title     (TfIndicator *self);
TF_AVAILABLE_IN_ALL
const char  *tf_indicator_get_unit      (TfIndicator *self);
TF_AVAILABLE_IN_ALL
gboolean     tf_indicator_get_higher_is_better (TfIndicator *self);
TF_AVAILABLE_IN_ALL
double       tf_indicator_get_min       (TfIndicator *self);
TF_AVAILABLE_IN_ALL
double       tf_indicator_get_max       (TfIndicator *self);
TF_AVAILABLE_IN_ALL
int          tf_indicator_get_decimals  (TfIndicator *self);
TF_AVAILABLE_IN_ALL
double       tf_indicator_get_threshold (TfIndicator *self);
/* The Demo= range for demo data; FALSE when the area file gives none. */
TF_AVAILABLE_IN_ALL
gboolean     tf_indicator_get_demo_range (TfIndicator *self,
                                          double      *low,
                                          double      *high);
/* "12,5 %" */
TF_AVAILABLE_IN_ALL
char        *tf_indicator_format_value  (TfIndicator *self,
                                         double       value);

TF_AVAILABLE_IN_ALL
const char  *tf_deadline_rule_get_id     (TfDeadlineRule *self);
TF_AVAILABLE_IN_ALL
const char  *tf_deadline_rule_get_area_id (TfDeadlineRule *self);
TF_AVAILABLE_IN_ALL
const char  *tf_deadline_rule_get_title  (TfDeadlineRule *self);
/* From=: a FORM/FIELD pair of the same area (the date field of the earliest
 * record of FORM), or the young person's birthday (then get_from_form/field
 * return NULL and get_from_birthday TRUE). */
TF_AVAILABLE_IN_ALL
gboolean     tf_deadline_rule_get_from_birthday (TfDeadlineRule *self);
TF_AVAILABLE_IN_ALL
const char  *tf_deadline_rule_get_from_form     (TfDeadlineRule *self);
TF_AVAILABLE_IN_ALL
const char  *tf_deadline_rule_get_from_field    (TfDeadlineRule *self);
/* DoneBy=: FORM/FIELD of the record that meets the deadline; both NULL when
 * the rule has no DoneBy (then the deadline is shown, never met). */
TF_AVAILABLE_IN_ALL
const char  *tf_deadline_rule_get_done_by_form  (TfDeadlineRule *self);
TF_AVAILABLE_IN_ALL
const char  *tf_deadline_rule_get_done_by_field (TfDeadlineRule *self);
/* Years=, Months=, Days= (0 when not given). */
TF_AVAILABLE_IN_ALL
int          tf_deadline_rule_get_years  (TfDeadlineRule *self);
TF_AVAILABLE_IN_ALL
int          tf_deadline_rule_get_months (TfDeadlineRule *self);
TF_AVAILABLE_IN_ALL
int          tf_deadline_rule_get_days   (TfDeadlineRule *self);
/* The due date for a starting point: @from_iso plus the years, then the
 * months (a day past the month's end becomes its last day: 30 Nov + 3
 * months = 28/29 Feb), then the days. NULL if @from_iso is not a date. */
TF_AVAILABLE_IN_ALL
char        *tf_deadline_rule_compute_due_on (TfDeadlineRule *self,
                                              const char     *from_iso);

G_END_DECLS
