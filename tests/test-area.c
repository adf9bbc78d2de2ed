/* test-area.c — tests for area files, the registry and the area addin interface
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-area-addin.h"
#include "tf-area.h"
#include "tf-error.h"
#include "tf-registry.h"

static TfArea *
area_from_text (const char  *text,
                GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return tf_area_new_from_bytes (bytes, error);
}

static TfArea *
load_test_area (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "test.area", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  TfArea *area;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  area = area_from_text (text, &error);
  g_assert_no_error (error);
  g_assert_nonnull (area);
  return area;
}

static TfForm *
form_at (TfArea *area,
         guint   position)
{
  g_autoptr(TfForm) form = g_list_model_get_item (tf_area_get_forms (area), position);

  g_assert_nonnull (form);
  return form;  /* the area keeps it */
}

static TfField *
field_at (TfForm *form,
          guint   position)
{
  g_autoptr(TfField) field = g_list_model_get_item (tf_form_get_fields (form), position);

  g_assert_nonnull (field);
  return field;
}

/* Translated keys go through the area's gettext domain; without a catalogue
 * the text comes back as written, with one it is the translation. */
static const char *
tr (const char *msgid)
{
  return g_dgettext ("taskforce", msgid);
}

static void
assert_strv (const char * const *got,
             const char * const *expected)
{
  g_assert_nonnull (got);
  g_assert_cmpuint (g_strv_length ((char **) got), ==, g_strv_length ((char **) expected));
  for (guint i = 0; expected[i] != NULL; i++)
    g_assert_cmpstr (got[i], ==, expected[i]);
}

static void
test_area_parse (void)
{
  g_autoptr(TfArea) area = load_test_area ();
  static const char * const decision_fields[] = { "date", "section", "caseworker", "reasons", "plan-agreed", NULL };
  static const char * const mentor_fields[] = { "mentor-name", "hours", "rate", "motivation", "contract", "started", NULL };
  static const char * const section_ids[] = { "s32", "s76", "s52", NULL };
  static const char * const decision_summary[] = { "section", "date", "caseworker", NULL };
  static const char * const date_demo[] = { "2025-01-15", "2025-03-03", NULL };
  static const char * const none[] = { NULL };
  TfForm *decision, *mentor;
  TfField *field;
  TfIndicator *indicator;
  TfDeadlineRule *rule;
  double bound = -1;

  g_assert_cmpstr (tf_area_get_id (area), ==, "authority");
  g_assert_cmpstr (tf_area_get_title (area), ==, tr ("Authority"));
  g_assert_cmpstr (tf_area_get_organisation (area), ==, tr ("Child and family caseworkers"));
  g_assert_cmpstr (tf_area_get_icon_name (area), ==, "authority-symbolic");
  g_assert_cmpint (tf_area_get_priority (area), ==, 10);

  /* Forms in file order */
  g_assert_cmpuint (g_list_model_get_n_items (tf_area_get_forms (area)), ==, 2);
  decision = form_at (area, 0);
  mentor = form_at (area, 1);

  g_assert_cmpstr (tf_form_get_id (decision), ==, "legal-decision");
  g_assert_cmpstr (tf_form_get_area_id (decision), ==, "authority");
  g_assert_cmpstr (tf_form_get_title (decision), ==, tr ("Legal decision"));
  g_assert_cmpstr (tf_form_get_description (decision), ==, tr ("A decision on support under Barnets lov"));
  g_assert_cmpint (tf_form_get_category (decision), ==, TF_FORM_RECORD);
  g_assert_null (tf_form_get_budget_area (decision));
  g_assert_false (tf_form_get_single (decision));
  /* A record's DateField defaults to its "date" field */
  g_assert_cmpstr (tf_form_get_date_field (decision), ==, "date");
  assert_strv (tf_form_get_summary_fields (decision), decision_summary);

  /* Fields in file order, each with what the file says */
  g_assert_cmpuint (g_list_model_get_n_items (tf_form_get_fields (decision)), ==, 5);
  for (guint i = 0; decision_fields[i] != NULL; i++)
    {
      g_assert_cmpstr (tf_field_get_id (field_at (decision, i)), ==, decision_fields[i]);
      g_assert_true (tf_form_find_field (decision, decision_fields[i]) == field_at (decision, i));
    }
  g_assert_null (tf_form_find_field (decision, "hours"));

  field = tf_form_find_field (decision, "date");
  g_assert_cmpstr (tf_field_get_label (field), ==, tr ("Date of decision"));
  g_assert_cmpint (tf_field_get_field_type (field), ==, TF_FIELD_DATE);
  g_assert_true (tf_field_get_required (field));
  g_assert_null (tf_field_get_help (field));
  g_assert_false (tf_field_get_min (field, &bound));
  g_assert_false (tf_field_get_max (field, NULL));
  assert_strv (tf_field_get_demo_values (field), date_demo);
  assert_strv (tf_field_get_choice_ids (field), none);

  field = tf_form_find_field (decision, "section");
  g_assert_cmpint (tf_field_get_field_type (field), ==, TF_FIELD_CHOICE);
  g_assert_cmpstr (tf_field_get_help (field), ==, tr ("The section of Barnets lov the decision is made under"));
  assert_strv (tf_field_get_choice_ids (field), section_ids);
  g_assert_cmpstr (tf_field_get_choice_label (field, "s32"), ==, tr ("§ 32 support"));
  g_assert_cmpstr (tf_field_get_choice_label (field, "s76"), ==, tr ("§ 76 placement"));
  g_assert_cmpstr (tf_field_get_choice_label (field, "s52"), ==, tr ("§ 52 (old law)"));
  g_assert_null (tf_field_get_choice_label (field, "s99"));

  g_assert_cmpint (tf_field_get_field_type (tf_form_find_field (decision, "caseworker")), ==, TF_FIELD_STAFF);
  g_assert_false (tf_field_get_required (tf_form_find_field (decision, "caseworker")));
  g_assert_cmpint (tf_field_get_field_type (tf_form_find_field (decision, "reasons")), ==, TF_FIELD_LONG_TEXT);
  assert_strv (tf_field_get_demo_values (tf_form_find_field (decision, "reasons")), none);

  /* The intervention: a budget area, no date field by default, and no
   * fields beyond those in the file */
  g_assert_cmpstr (tf_form_get_id (mentor), ==, "mentor");
  g_assert_cmpint (tf_form_get_category (mentor), ==, TF_FORM_INTERVENTION);
  g_assert_cmpstr (tf_form_get_budget_area (mentor), ==, "mentor");
  g_assert_null (tf_form_get_date_field (mentor));
  g_assert_null (tf_form_get_description (mentor));
  g_assert_cmpuint (g_list_model_get_n_items (tf_form_get_fields (mentor)), ==, 6);
  for (guint i = 0; mentor_fields[i] != NULL; i++)
    g_assert_cmpstr (tf_field_get_id (field_at (mentor, i)), ==, mentor_fields[i]);

  field = tf_form_find_field (mentor, "hours");
  g_assert_cmpint (tf_field_get_field_type (field), ==, TF_FIELD_NUMBER);
  g_assert_true (tf_field_get_min (field, &bound));
  g_assert_cmpfloat (bound, ==, 0.5);
  g_assert_true (tf_field_get_max (field, &bound));
  g_assert_cmpfloat (bound, ==, 40);

  field = tf_form_find_field (mentor, "rate");
  g_assert_cmpint (tf_field_get_field_type (field), ==, TF_FIELD_MONEY);
  g_assert_true (tf_field_get_min (field, &bound));
  g_assert_cmpfloat (bound, ==, 100);

  field = tf_form_find_field (mentor, "motivation");
  g_assert_cmpint (tf_field_get_field_type (field), ==, TF_FIELD_SCALE);
  g_assert_true (tf_field_get_min (field, &bound));
  g_assert_cmpfloat (bound, ==, 1);
  g_assert_false (tf_field_get_max (field, &bound));

  g_assert_cmpint (tf_field_get_field_type (tf_form_find_field (mentor, "contract")), ==, TF_FIELD_BOOLEAN);
  g_assert_cmpint (tf_field_get_field_type (tf_form_find_field (mentor, "mentor-name")), ==, TF_FIELD_TEXT);

  /* Indicators in file order, with defaults where the file says nothing */
  g_assert_cmpuint (g_list_model_get_n_items (tf_area_get_indicators (area)), ==, 2);
  indicator = g_list_model_get_item (tf_area_get_indicators (area), 0);
  g_object_unref (indicator);
  g_assert_cmpstr (tf_indicator_get_id (indicator), ==, "police-contacts");
  g_assert_cmpstr (tf_indicator_get_area_id (indicator), ==, "authority");
  g_assert_cmpstr (tf_indicator_get_title (indicator), ==, tr ("Police contacts"));
  g_assert_cmpstr (tf_indicator_get_unit (indicator), ==, "contacts");
  g_assert_false (tf_indicator_get_higher_is_better (indicator));
  g_assert_cmpfloat (tf_indicator_get_min (indicator), ==, 0);
  g_assert_cmpfloat (tf_indicator_get_max (indicator), ==, 50);
  g_assert_cmpint (tf_indicator_get_decimals (indicator), ==, 0);
  g_assert_cmpfloat (tf_indicator_get_threshold (indicator), ==, 1);
  {
    double low = -1, high = -1;

    g_assert_true (tf_indicator_get_demo_range (indicator, &low, &high));
    g_assert_cmpfloat (low, ==, 0);
    g_assert_cmpfloat (high, ==, 6);
  }

  indicator = g_list_model_get_item (tf_area_get_indicators (area), 1);
  g_object_unref (indicator);
  g_assert_cmpstr (tf_indicator_get_id (indicator), ==, "wellbeing");
  g_assert_true (tf_indicator_get_higher_is_better (indicator));
  g_assert_cmpint (tf_indicator_get_decimals (indicator), ==, 1);
  g_assert_cmpfloat (tf_indicator_get_max (indicator), ==, 100);
  g_assert_cmpfloat (tf_indicator_get_threshold (indicator), ==, 0);

  /* Deadlines in file order */
  g_assert_cmpuint (g_list_model_get_n_items (tf_area_get_deadline_rules (area)), ==, 2);
  rule = g_list_model_get_item (tf_area_get_deadline_rules (area), 0);
  g_object_unref (rule);
  g_assert_cmpstr (tf_deadline_rule_get_id (rule), ==, "action-plan");
  g_assert_cmpstr (tf_deadline_rule_get_area_id (rule), ==, "authority");
  g_assert_cmpstr (tf_deadline_rule_get_title (rule), ==, tr ("Action plan (barnets plan, § 91)"));
  g_assert_false (tf_deadline_rule_get_from_birthday (rule));
  g_assert_cmpstr (tf_deadline_rule_get_from_form (rule), ==, "legal-decision");
  g_assert_cmpstr (tf_deadline_rule_get_from_field (rule), ==, "date");
  g_assert_cmpstr (tf_deadline_rule_get_done_by_form (rule), ==, "legal-decision");
  g_assert_cmpstr (tf_deadline_rule_get_done_by_field (rule), ==, "plan-agreed");
  g_assert_cmpint (tf_deadline_rule_get_years (rule), ==, 0);
  g_assert_cmpint (tf_deadline_rule_get_months (rule), ==, 3);
  g_assert_cmpint (tf_deadline_rule_get_days (rule), ==, 0);

  rule = g_list_model_get_item (tf_area_get_deadline_rules (area), 1);
  g_object_unref (rule);
  g_assert_cmpstr (tf_deadline_rule_get_id (rule), ==, "youth-plan");
  g_assert_true (tf_deadline_rule_get_from_birthday (rule));
  g_assert_null (tf_deadline_rule_get_from_form (rule));
  g_assert_null (tf_deadline_rule_get_from_field (rule));
  g_assert_cmpstr (tf_deadline_rule_get_done_by_form (rule), ==, "mentor");
  g_assert_cmpstr (tf_deadline_rule_get_done_by_field (rule), ==, "started");
  g_assert_cmpint (tf_deadline_rule_get_years (rule), ==, 16);
}

static void
test_area_properties (void)
{
  g_autoptr(TfArea) area = load_test_area ();
  g_autofree char *title = NULL;
  g_autofree char *date_field = NULL;
  TfFormCategory category;
  TfFieldType type;
  int priority;

  /* Read-only properties, for list views and expressions */
  g_object_get (area, "title", &title, "priority", &priority, NULL);
  g_assert_cmpstr (title, ==, tf_area_get_title (area));
  g_assert_cmpint (priority, ==, 10);
  g_object_get (form_at (area, 1), "category", &category, "date-field", &date_field, NULL);
  g_assert_cmpint (category, ==, TF_FORM_INTERVENTION);
  g_assert_null (date_field);
  g_object_get (field_at (form_at (area, 0), 1), "field-type", &type, NULL);
  g_assert_cmpint (type, ==, TF_FIELD_CHOICE);
}

static void
test_area_minimal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfArea) area = area_from_text ("[Area]\nId=leisure\nTitle=Leisure\n", &error);

  g_assert_no_error (error);
  /* Defaults: no organisation, no icon, priority 100, nothing declared */
  g_assert_null (tf_area_get_organisation (area));
  g_assert_null (tf_area_get_icon_name (area));
  g_assert_cmpint (tf_area_get_priority (area), ==, 100);
  g_assert_cmpuint (g_list_model_get_n_items (tf_area_get_forms (area)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (tf_area_get_indicators (area)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (tf_area_get_deadline_rules (area)), ==, 0);
}

static void
test_area_windows_file (void)
{
  /* As Notepad may save it: a byte order mark and CR LF line ends */
  g_autoptr(GError) error = NULL;
  g_autoptr(TfArea) area = area_from_text ("\xef\xbb\xbf[Area]\r\nId=job\r\nTitle=Job and education\r\n\r\n"
                                           "# Ungeindsatsen\r\n[Form internship]\r\nTitle=Internship\r\n"
                                           "[Field internship/place]\r\nLabel=Workplace\r\nType=text\r\n", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (tf_area_get_id (area), ==, "job");
  g_assert_cmpstr (tf_area_get_title (area), ==, tr ("Job and education"));
  g_assert_cmpstr (tf_field_get_label (field_at (form_at (area, 0), 0)), ==, tr ("Workplace"));
}

static void
test_area_file_order (void)
{
  /* Fields may come before their form's group and choices before their
   * field's; each kind still keeps the order of the file. */
  static const char text[] =
    "[Choice b/pick/z]\nLabel=Z\n"
    "[Field b/pick]\nLabel=Pick\nType=choice\n"
    "[Choice b/pick/a]\nLabel=A\n"
    "[Area]\nId=order\nTitle=Order\n"
    "[Form b]\nTitle=B\n"
    "[Field a/when]\nLabel=When\nType=date\n"
    "[Form a]\nTitle=A\nDateField=when\n"
    "[Field b/note]\nLabel=Note\nType=text\n"
    "[Choice b/pick/m]\nLabel=M\n"
    "X-Comment=kept for extensions\n";
  static const char * const choices[] = { "z", "a", "m", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(TfArea) area = area_from_text (text, &error);
  TfForm *b;

  g_assert_no_error (error);
  g_assert_cmpstr (tf_form_get_id (form_at (area, 0)), ==, "b");
  g_assert_cmpstr (tf_form_get_id (form_at (area, 1)), ==, "a");
  g_assert_cmpstr (tf_form_get_date_field (form_at (area, 1)), ==, "when");
  b = form_at (area, 0);
  g_assert_cmpstr (tf_field_get_id (field_at (b, 0)), ==, "pick");
  g_assert_cmpstr (tf_field_get_id (field_at (b, 1)), ==, "note");
  assert_strv (tf_field_get_choice_ids (field_at (b, 0)), choices);
  /* No date field called "date": no default date field */
  g_assert_null (tf_form_get_date_field (b));
}

#define AREA "[Area]\nId=t\nTitle=T\n\n"
#define FORM "[Form f]\nTitle=F\n\n[Field f/a]\nLabel=A\nType=text\n\n[Field f/d]\nLabel=D\nType=date\n\n"
#define DEADLINE "[Deadline dl]\nTitle=DL\n"

typedef struct
{
  const char *what;
  const char *text;
  const char *group;  /* the message names it, in brackets */
  const char *key;    /* and this key, when not NULL */
} BadFile;

static const BadFile bad_files[] = {
  { "no [Area]", FORM, "[Area]", NULL },
  { "no area Id", "[Area]\nTitle=T\n", "[Area]", "Id" },
  { "empty area Id", "[Area]\nId=\nTitle=T\n", "[Area]", "Id" },
  { "no area Title", "[Area]\nId=t\n", "[Area]", "Title" },
  { "bad area id", "[Area]\nId=Skole!\nTitle=T\n", "[Area]", "Id" },
  { "bad priority", "[Area]\nId=t\nTitle=T\nPriority=high\n", "[Area]", "Priority" },
  { "negative priority", "[Area]\nId=t\nTitle=T\nPriority=-5\n", "[Area]", "Priority" },
  { "unknown group", AREA FORM "[Forms g]\nTitle=G\n", "[Forms g]", NULL },
  { "bad group shape", AREA FORM "[Field f]\nLabel=X\nType=text\n", "[Field f]", NULL },
  { "bad form id", AREA "[Form Foo]\nTitle=F\n", "[Form Foo]", NULL },
  { "unknown key", AREA FORM "[Form g]\nTitle=G\nColour=red\n[Field g/x]\nLabel=X\nType=text\n", "[Form g]", "Colour" },
  { "translation in the file", AREA "[Form g]\nTitle=G\nTitle[da]=Gee\n[Field g/x]\nLabel=X\nType=text\n",
    "[Form g]", "Title[da]" },
  { "group twice", AREA FORM "[Form f]\nTitle=F again\n", "[Form f]", NULL },
  { "key twice", AREA "[Form g]\nTitle=G\nTitle=H\n[Field g/x]\nLabel=X\nType=text\n", "[Form g]", "Title" },
  { "no form Title", AREA "[Form g]\nCategory=record\n[Field g/x]\nLabel=X\nType=text\n", "[Form g]", "Title" },
  { "unknown category", AREA "[Form g]\nTitle=G\nCategory=event\n[Field g/x]\nLabel=X\nType=text\n",
    "[Form g]", "Category" },
  { "intervention without budget area", AREA "[Form g]\nTitle=G\nCategory=intervention\n", "[Form g]", "BudgetArea" },
  { "unknown budget area", AREA "[Form g]\nTitle=G\nCategory=intervention\nBudgetArea=sports\n",
    "[Form g]", "BudgetArea" },
  { "budget area on a record", AREA "[Form g]\nTitle=G\nBudgetArea=school\n[Field g/x]\nLabel=X\nType=text\n",
    "[Form g]", "BudgetArea" },
  { "single intervention", AREA "[Form g]\nTitle=G\nCategory=intervention\nBudgetArea=job\nSingle=true\n",
    "[Form g]", "Single" },
  { "record without fields", AREA "[Form g]\nTitle=G\n", "[Form g]", NULL },
  { "summary names an unknown field", AREA "[Form g]\nTitle=G\nSummary=x;y\n[Field g/x]\nLabel=X\nType=text\n",
    "[Form g]", "Summary" },
  { "date field is not a date", AREA "[Form g]\nTitle=G\nDateField=x\n[Field g/x]\nLabel=X\nType=text\n",
    "[Form g]", "DateField" },
  { "date field unknown", AREA "[Form g]\nTitle=G\nDateField=when\n[Field g/x]\nLabel=X\nType=date\n",
    "[Form g]", "DateField" },
  { "field for an unknown form", AREA FORM "[Field g/x]\nLabel=X\nType=text\n", "[Field g/x]", NULL },
  { "unknown field type", AREA FORM "[Field f/x]\nLabel=X\nType=txt\n", "[Field f/x]", "Type" },
  { "no field type", AREA FORM "[Field f/x]\nLabel=X\n", "[Field f/x]", "Type" },
  { "no field label", AREA FORM "[Field f/x]\nType=text\n", "[Field f/x]", "Label" },
  { "bad Required", AREA FORM "[Field f/x]\nLabel=X\nType=text\nRequired=maybe\n", "[Field f/x]", "Required" },
  { "Min above Max", AREA FORM "[Field f/x]\nLabel=X\nType=number\nMin=5\nMax=1\n", "[Field f/x]", "Max" },
  { "Min not a number", AREA FORM "[Field f/x]\nLabel=X\nType=number\nMin=2,5\n", "[Field f/x]", "Min" },
  { "bounds on text", AREA FORM "[Field f/x]\nLabel=X\nType=text\nMin=1\n", "[Field f/x]", "Min" },
  { "negative money", AREA FORM "[Field f/x]\nLabel=X\nType=money\nMin=-1\n", "[Field f/x]", "Min" },
  { "scale beyond 10", AREA FORM "[Field f/x]\nLabel=X\nType=scale\nMax=11\n", "[Field f/x]", "Max" },
  { "reserved intervention field",
    AREA "[Form g]\nTitle=G\nCategory=intervention\nBudgetArea=family\n[Field g/status]\nLabel=S\nType=text\n",
    "[Field g/status]", NULL },
  { "choice field without choices", AREA FORM "[Field f/c]\nLabel=C\nType=choice\n", "[Field f/c]", NULL },
  { "choice for a text field", AREA FORM "[Choice f/a/x]\nLabel=X\n", "[Choice f/a/x]", NULL },
  { "choice for an unknown field", AREA FORM "[Choice f/zz/x]\nLabel=X\n", "[Choice f/zz/x]", NULL },
  { "choice for an unknown form", AREA FORM "[Choice g/a/x]\nLabel=X\n", "[Choice g/a/x]", NULL },
  { "choice without label", AREA FORM "[Field f/c]\nLabel=C\nType=choice\n[Choice f/c/x]\n", "[Choice f/c/x]", "Label" },
  { "demo value not a choice",
    AREA FORM "[Field f/c]\nLabel=C\nType=choice\nDemo=x;y\n[Choice f/c/x]\nLabel=X\n", "[Field f/c]", "Demo" },
  { "demo value out of range", AREA FORM "[Field f/n]\nLabel=N\nType=number\nMax=10\nDemo=5;50\n", "[Field f/n]", "Demo" },
  { "demo date not a date", AREA FORM "[Field f/w]\nLabel=W\nType=date\nDemo=2025-02-30\n", "[Field f/w]", "Demo" },
  { "indicator without HigherIsBetter", AREA "[Indicator i]\nTitle=I\nMax=10\n", "[Indicator i]", "HigherIsBetter" },
  { "indicator without Max", AREA "[Indicator i]\nTitle=I\nHigherIsBetter=true\n", "[Indicator i]", "Max" },
  { "indicator Min not below Max", AREA "[Indicator i]\nTitle=I\nHigherIsBetter=true\nMin=5\nMax=5\n",
    "[Indicator i]", "Max" },
  { "indicator too many decimals", AREA "[Indicator i]\nTitle=I\nHigherIsBetter=true\nMax=5\nDecimals=9\n",
    "[Indicator i]", "Decimals" },
  { "indicator demo outside", AREA "[Indicator i]\nTitle=I\nHigherIsBetter=true\nMax=5\nDemo=1;9\n",
    "[Indicator i]", "Demo" },
  { "indicator without title", AREA "[Indicator i]\nHigherIsBetter=true\nMax=5\n", "[Indicator i]", "Title" },
  { "deadline from an unknown form", AREA FORM DEADLINE "From=nope/d\nMonths=3\nDoneBy=f/d\n", "[Deadline dl]", "From" },
  { "deadline from an unknown field", AREA FORM DEADLINE "From=f/nope\nMonths=3\nDoneBy=f/d\n", "[Deadline dl]", "From" },
  { "deadline from a text field", AREA FORM DEADLINE "From=f/a\nMonths=3\nDoneBy=f/d\n", "[Deadline dl]", "From" },
  { "deadline from a bare form", AREA FORM DEADLINE "From=f\nMonths=3\nDoneBy=f/d\n", "[Deadline dl]", "From" },
  { "deadline done by an unknown form", AREA FORM DEADLINE "From=birthday\nYears=16\nDoneBy=plan/d\n",
    "[Deadline dl]", "DoneBy" },
  { "deadline done by a text field", AREA FORM DEADLINE "From=birthday\nYears=16\nDoneBy=f/a\n",
    "[Deadline dl]", "DoneBy" },
  { "deadline done by a birthday", AREA FORM DEADLINE "From=f/d\nYears=16\nDoneBy=birthday\n", "[Deadline dl]", "DoneBy" },
  { "deadline without From", AREA FORM DEADLINE "Months=3\nDoneBy=f/d\n", "[Deadline dl]", "From" },
  { "deadline without time", AREA FORM DEADLINE "From=f/d\nDoneBy=f/d\n", "[Deadline dl]", NULL },
  { "deadline negative months", AREA FORM DEADLINE "From=f/d\nMonths=-3\nDoneBy=f/d\n", "[Deadline dl]", "Months" },
  { "deadline without title", AREA FORM "[Deadline dl]\nFrom=f/d\nMonths=3\nDoneBy=f/d\n", "[Deadline dl]", "Title" },
};

static void
test_area_bad_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfArea) good = NULL;

  /* The pieces the bad files are made of are good on their own */
  good = area_from_text (AREA FORM DEADLINE "From=f/d\nMonths=3\nDoneBy=f/d\n", &error);
  g_assert_no_error (error);
  g_assert_nonnull (good);

  for (guint i = 0; i < G_N_ELEMENTS (bad_files); i++)
    {
      const BadFile *bad = &bad_files[i];
      g_autoptr(TfArea) area = NULL;

      g_test_message ("bad file: %s", bad->what);
      area = area_from_text (bad->text, &error);
      g_assert_null (area);
      g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
      g_test_message ("  %s", error->message);
      if (strstr (error->message, bad->group) == NULL
          || (bad->key != NULL && strstr (error->message, bad->key) == NULL))
        g_error ("%s: “%s” does not name %s %s", bad->what, error->message, bad->group,
                 bad->key != NULL ? bad->key : "");
      g_clear_error (&error);
    }
}

static void
test_area_not_a_key_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfArea) area = area_from_text ("[Area\nId=t\n", &error);

  g_assert_null (area);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);

  /* An empty file, or one holding only a byte-order mark, is refused too. */
  area = area_from_text ("", &error);
  g_assert_null (area);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  area = area_from_text ("\xEF\xBB\xBF", &error);
  g_assert_null (area);
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);

  area = tf_area_new_from_resource ("/no/such/area.area", &error);
  g_assert_null (area);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "/no/such/area.area: "));
}

static void
test_deadline_due (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfArea) area = area_from_text (
    AREA FORM
    "[Deadline plan]\nTitle=P\nFrom=f/d\nMonths=3\nDoneBy=f/d\n"
    "[Deadline youth]\nTitle=Y\nFrom=birthday\nYears=16\nDoneBy=f/d\n"
    "[Deadline mixed]\nTitle=M\nFrom=f/d\nYears=1\nMonths=1\nDays=10\n", &error);
  g_autoptr(TfDeadlineRule) plan = NULL;
  g_autoptr(TfDeadlineRule) youth = NULL;
  g_autoptr(TfDeadlineRule) mixed = NULL;
  char *due;

  g_assert_no_error (error);
  plan = g_list_model_get_item (tf_area_get_deadline_rules (area), 0);
  youth = g_list_model_get_item (tf_area_get_deadline_rules (area), 1);
  mixed = g_list_model_get_item (tf_area_get_deadline_rules (area), 2);
  g_assert_cmpint (tf_deadline_rule_get_years (mixed), ==, 1);
  g_assert_cmpint (tf_deadline_rule_get_months (mixed), ==, 1);
  g_assert_cmpint (tf_deadline_rule_get_days (mixed), ==, 10);
  /* DoneBy is optional: such a deadline is shown, never met */
  g_assert_null (tf_deadline_rule_get_done_by_form (mixed));
  g_assert_null (tf_deadline_rule_get_done_by_field (mixed));
  g_assert_cmpstr (tf_deadline_rule_get_done_by_form (plan), ==, "f");

#define ASSERT_DUE(rule, from, expected) \
  due = tf_deadline_rule_compute_due_on (rule, from); \
  g_assert_cmpstr (due, ==, expected); \
  g_free (due)

  ASSERT_DUE (plan, "2025-01-15", "2025-04-15");
  /* A day past the month's end becomes its last day */
  ASSERT_DUE (plan, "2025-11-30", "2026-02-28");
  ASSERT_DUE (plan, "2023-11-30", "2024-02-29");
  ASSERT_DUE (plan, "2025-10-31", "2026-01-31");
  ASSERT_DUE (youth, "2009-06-01", "2025-06-01");
  ASSERT_DUE (youth, "2008-02-29", "2024-02-29");
  ASSERT_DUE (youth, "2012-02-29", "2028-02-29");
  ASSERT_DUE (youth, "2004-02-29", "2020-02-29");
  ASSERT_DUE (youth, "2007-02-28", "2023-02-28");
  ASSERT_DUE (mixed, "2024-01-31", "2025-03-10");
  ASSERT_DUE (mixed, "2025-12-25", "2027-02-04");
  ASSERT_DUE (plan, "2025-02-30", NULL);
  ASSERT_DUE (plan, "15.01.2025", NULL);
  ASSERT_DUE (plan, NULL, NULL);
#undef ASSERT_DUE
}

static void
test_indicator_format (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfArea) area = area_from_text (
    AREA
    "[Indicator absence]\nTitle=Absence\nUnit=%\nHigherIsBetter=false\nMax=100\nDecimals=1\n"
    "[Indicator contacts]\nTitle=Contacts\nHigherIsBetter=false\nMin=-5\nMax=50\n", &error);
  g_autoptr(TfIndicator) absence = NULL;
  g_autoptr(TfIndicator) contacts = NULL;
  char *text;

  g_assert_no_error (error);
  absence = g_list_model_get_item (tf_area_get_indicators (area), 0);
  contacts = g_list_model_get_item (tf_area_get_indicators (area), 1);
  g_assert_false (tf_indicator_get_demo_range (absence, NULL, NULL));
  g_assert_cmpfloat (tf_indicator_get_min (contacts), ==, -5);
  g_assert_null (tf_indicator_get_unit (contacts));

#define ASSERT_FORMAT(indicator, value, expected) \
  text = tf_indicator_format_value (indicator, value); \
  g_assert_cmpstr (text, ==, expected); \
  g_free (text)

  ASSERT_FORMAT (absence, 12.5, "12,5 %");
  ASSERT_FORMAT (absence, 12.46, "12,5 %");
  ASSERT_FORMAT (absence, 0, "0,0 %");
  ASSERT_FORMAT (absence, -0.04, "0,0 %");
  ASSERT_FORMAT (absence, 100, "100,0 %");
  ASSERT_FORMAT (contacts, 3, "3");
  ASSERT_FORMAT (contacts, -2, "-2");
#undef ASSERT_FORMAT
}

/* ---- registry ------------------------------------------------------------ */

static TfArea *
make_area (const char *id,
           int         priority,
           const char *form_id,
           const char *indicator_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  TfArea *area;

  g_string_append_printf (text, "[Area]\nId=%s\nTitle=%s\nPriority=%d\n", id, id, priority);
  if (form_id != NULL)
    g_string_append_printf (text, "[Form %s]\nTitle=F\n[Field %s/date]\nLabel=Date\nType=date\n"
                            "[Deadline %s-due]\nTitle=Due\nFrom=birthday\nYears=16\nDoneBy=%s/date\n",
                            form_id, form_id, form_id, form_id);
  if (indicator_id != NULL)
    g_string_append_printf (text, "[Indicator %s]\nTitle=I\nHigherIsBetter=true\nMax=10\n", indicator_id);
  area = area_from_text (text->str, &error);
  g_assert_no_error (error);
  return area;
}

static char *
area_ids (TfRegistry *registry)
{
  GListModel *areas = tf_registry_get_areas (registry);
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(TfArea) area = g_list_model_get_item (areas, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? "," : "", tf_area_get_id (area));
    }
  return g_strdup (ids->str);
}

static void
test_registry_add_find (void)
{
  g_autoptr(TfRegistry) registry = tf_registry_new ();
  g_autoptr(TfArea) test_area = load_test_area ();
  g_autoptr(TfArea) school = make_area ("school", 30, "school-details", "absence");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) indicators = NULL;
  g_autoptr(GPtrArray) rules = NULL;

  g_assert_cmpuint (g_list_model_get_item_type (tf_registry_get_areas (registry)), ==, TF_TYPE_AREA);
  g_assert_null (tf_registry_find_area (registry, "authority"));

  g_assert_true (tf_registry_add_area (registry, school, &error));
  g_assert_no_error (error);
  g_assert_true (tf_registry_add_area (registry, test_area, &error));
  g_assert_no_error (error);

  g_assert_true (tf_registry_find_area (registry, "authority") == test_area);
  g_assert_true (tf_registry_find_area (registry, "school") == school);
  g_assert_null (tf_registry_find_area (registry, "family"));
  g_assert_true (tf_registry_find_form (registry, "mentor") == form_at (test_area, 1));
  g_assert_true (tf_registry_find_form (registry, "school-details") == form_at (school, 0));
  g_assert_null (tf_registry_find_form (registry, "nope"));
  g_assert_null (tf_registry_find_form (registry, NULL));
  g_assert_cmpstr (tf_indicator_get_id (tf_registry_find_indicator (registry, "wellbeing")), ==, "wellbeing");
  g_assert_cmpstr (tf_indicator_get_area_id (tf_registry_find_indicator (registry, "absence")), ==, "school");
  g_assert_null (tf_registry_find_indicator (registry, "nope"));

  /* Across areas in area order (authority has priority 10, school 30) */
  indicators = tf_registry_list_indicators (registry);
  g_assert_cmpuint (indicators->len, ==, 3);
  g_assert_cmpstr (tf_indicator_get_id (indicators->pdata[0]), ==, "police-contacts");
  g_assert_cmpstr (tf_indicator_get_id (indicators->pdata[1]), ==, "wellbeing");
  g_assert_cmpstr (tf_indicator_get_id (indicators->pdata[2]), ==, "absence");
  rules = tf_registry_list_deadline_rules (registry);
  g_assert_cmpuint (rules->len, ==, 3);
  g_assert_cmpstr (tf_deadline_rule_get_id (rules->pdata[0]), ==, "action-plan");
  g_assert_cmpstr (tf_deadline_rule_get_id (rules->pdata[1]), ==, "youth-plan");
  g_assert_cmpstr (tf_deadline_rule_get_id (rules->pdata[2]), ==, "school-details-due");
}

static void
test_registry_order (void)
{
  g_autoptr(TfRegistry) registry = tf_registry_new ();
  static const struct { const char *id; int priority; } areas[] = {
    { "leisure", 50 }, { "school", 30 }, { "adhoc", 90 }, { "job", 30 }, { "authority", 10 }, { "family", 20 },
  };
  g_autofree char *ids = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      g_autoptr(TfArea) area = make_area (areas[i].id, areas[i].priority, NULL, NULL);
      g_autoptr(GError) error = NULL;

      g_assert_true (tf_registry_add_area (registry, area, &error));
      g_assert_no_error (error);
    }
  /* By priority, then by id (job and school share 30) */
  ids = area_ids (registry);
  g_assert_cmpstr (ids, ==, "authority,family,job,school,leisure,adhoc");
}

static void
test_registry_clash (void)
{
  g_autoptr(TfRegistry) registry = tf_registry_new ();
  g_autoptr(TfArea) school = make_area ("school", 30, "details", "absence");
  g_autoptr(TfArea) school_again = make_area ("school", 40, "other", "other");
  g_autoptr(TfArea) form_clash = make_area ("job", 40, "details", "in-job");
  g_autoptr(TfArea) indicator_clash = make_area ("leisure", 40, "club", "absence");
  g_autoptr(GError) error = NULL;
  g_autofree char *ids = NULL;

  g_assert_true (tf_registry_add_area (registry, school, &error));

  g_assert_false (tf_registry_add_area (registry, school, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "school"));
  g_clear_error (&error);

  g_assert_false (tf_registry_add_area (registry, school_again, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“school”"));
  g_clear_error (&error);

  /* The message names the id and the area that has it */
  g_assert_false (tf_registry_add_area (registry, form_clash, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“details”"));
  g_assert_nonnull (strstr (error->message, "“school”"));
  g_assert_nonnull (strstr (error->message, "“job”"));
  g_clear_error (&error);

  g_assert_false (tf_registry_add_area (registry, indicator_clash, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“absence”"));
  g_assert_nonnull (strstr (error->message, "“leisure”"));
  g_clear_error (&error);

  /* A refused area leaves nothing behind */
  ids = area_ids (registry);
  g_assert_cmpstr (ids, ==, "school");
  g_assert_null (tf_registry_find_area (registry, "job"));
  g_assert_null (tf_registry_find_form (registry, "club"));
  g_assert_null (tf_registry_find_indicator (registry, "in-job"));
  g_assert_true (tf_registry_find_form (registry, "details") == form_at (school, 0));

  /* Once the holder leaves, the ids are free again */
  tf_registry_remove_area (registry, "school");
  g_assert_true (tf_registry_add_area (registry, form_clash, &error));
  g_assert_no_error (error);
  g_assert_true (tf_registry_add_area (registry, indicator_clash, &error));
  g_assert_no_error (error);
  g_assert_true (tf_registry_find_form (registry, "details") == form_at (form_clash, 0));
}

static void
on_area_changed (TfRegistry *registry,
                 TfArea     *area,
                 gpointer    user_data)
{
  GPtrArray *log = user_data;
  const char *what = g_signal_get_invocation_hint (registry)->signal_id == g_signal_lookup ("area-added", TF_TYPE_REGISTRY)
                     ? "added" : "removed";
  GListModel *areas = tf_registry_get_areas (registry);
  gboolean in_model = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(TfArea) item = g_list_model_get_item (areas, i);

      in_model |= item == area;
    }
  /* The handlers see the model and the lookups already changed */
  g_ptr_array_add (log, g_strdup_printf ("%s %s n=%u %s%s", what, tf_area_get_id (area),
                                         g_list_model_get_n_items (areas),
                                         in_model ? "in-model" : "not-in-model",
                                         tf_registry_find_area (registry, tf_area_get_id (area)) ? " found" : ""));
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  g_ptr_array_add (user_data, g_strdup_printf ("items-changed %u -%u +%u", position, removed, added));
}

static void
test_registry_signals (void)
{
  g_autoptr(TfRegistry) registry = tf_registry_new ();
  g_autoptr(TfArea) school = make_area ("school", 30, "details", "absence");
  g_autoptr(TfArea) family = make_area ("family", 20, "home", NULL);
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  static const char * const expected[] = {
    "items-changed 0 -0 +1",
    "added school n=1 in-model found",
    "items-changed 0 -0 +1",
    "added family n=2 in-model found",
    "items-changed 1 -1 +0",
    "removed school n=1 not-in-model",
    NULL
  };

  g_signal_connect (registry, "area-added", G_CALLBACK (on_area_changed), log);
  g_signal_connect (registry, "area-removed", G_CALLBACK (on_area_changed), log);
  g_signal_connect (tf_registry_get_areas (registry), "items-changed", G_CALLBACK (on_items_changed), log);

  g_assert_true (tf_registry_add_area (registry, school, &error));
  g_assert_true (tf_registry_add_area (registry, family, &error));
  /* A refused area emits nothing */
  g_assert_false (tf_registry_add_area (registry, school, &error));
  g_clear_error (&error);
  tf_registry_remove_area (registry, "school");
  /* Removing what is not there does nothing */
  tf_registry_remove_area (registry, "school");
  tf_registry_remove_area (registry, "leisure");

  g_ptr_array_add (log, NULL);
  assert_strv ((const char * const *) log->pdata, expected);

  g_assert_null (tf_registry_find_area (registry, "school"));
  g_assert_null (tf_registry_find_form (registry, "details"));
  g_assert_null (tf_registry_find_indicator (registry, "absence"));
  g_assert_nonnull (tf_registry_find_form (registry, "home"));
  {
    g_autoptr(GPtrArray) rules = tf_registry_list_deadline_rules (registry);

    g_assert_cmpuint (rules->len, ==, 1);
    g_assert_cmpstr (tf_deadline_rule_get_id (rules->pdata[0]), ==, "home-due");
  }
  g_signal_handlers_disconnect_by_data (tf_registry_get_areas (registry), log);
  g_signal_handlers_disconnect_by_data (registry, log);
}

/* ---- the addin interface --------------------------------------------------- */

#define TEST_TYPE_ADDIN (test_addin_get_type ())
G_DECLARE_FINAL_TYPE (TestAddin, test_addin, TEST, ADDIN, GObject)

struct _TestAddin
{
  GObject parent_instance;
  guint   unloads;
};

static gboolean
test_addin_load (TfAreaAddin  *addin,
                 TfRegistry   *registry,
                 GError      **error)
{
  g_autoptr(TfArea) area = make_area ("school", 30, "details", "absence");

  return tf_registry_add_area (registry, area, error);
}

static void
test_addin_unload (TfAreaAddin *addin,
                   TfRegistry  *registry)
{
  TEST_ADDIN (addin)->unloads++;
  tf_registry_remove_area (registry, "school");
}

static void
test_addin_iface_init (TfAreaAddinInterface *iface)
{
  iface->load = test_addin_load;
  iface->unload = test_addin_unload;
}

G_DEFINE_FINAL_TYPE_WITH_CODE (TestAddin, test_addin, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (TF_TYPE_AREA_ADDIN, test_addin_iface_init))

static void test_addin_class_init (TestAddinClass *klass) { }
static void test_addin_init (TestAddin *self) { }

/* An addin that implements nothing */
#define TEST_TYPE_EMPTY_ADDIN (test_empty_addin_get_type ())
G_DECLARE_FINAL_TYPE (TestEmptyAddin, test_empty_addin, TEST, EMPTY_ADDIN, GObject)

struct _TestEmptyAddin
{
  GObject parent_instance;
};

static void test_empty_addin_iface_init (TfAreaAddinInterface *iface) { }

G_DEFINE_FINAL_TYPE_WITH_CODE (TestEmptyAddin, test_empty_addin, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (TF_TYPE_AREA_ADDIN, test_empty_addin_iface_init))

static void test_empty_addin_class_init (TestEmptyAddinClass *klass) { }
static void test_empty_addin_init (TestEmptyAddin *self) { }

static void
test_area_addin (void)
{
  g_autoptr(TfRegistry) registry = tf_registry_new ();
  g_autoptr(TestAddin) addin = g_object_new (TEST_TYPE_ADDIN, NULL);
  g_autoptr(TestAddin) twin = g_object_new (TEST_TYPE_ADDIN, NULL);
  g_autoptr(TestEmptyAddin) empty = g_object_new (TEST_TYPE_EMPTY_ADDIN, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (TF_IS_AREA_ADDIN (addin));
  g_assert_true (tf_area_addin_load (TF_AREA_ADDIN (addin), registry, &error));
  g_assert_no_error (error);
  g_assert_nonnull (tf_registry_find_form (registry, "details"));

  /* A second plugin with the same area is refused, with the reason */
  g_assert_false (tf_area_addin_load (TF_AREA_ADDIN (twin), registry, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);

  /* Load and unload are symmetric: the area can come back */
  tf_area_addin_unload (TF_AREA_ADDIN (addin), registry);
  g_assert_cmpuint (addin->unloads, ==, 1);
  g_assert_null (tf_registry_find_form (registry, "details"));
  g_assert_cmpuint (g_list_model_get_n_items (tf_registry_get_areas (registry)), ==, 0);
  g_assert_true (tf_area_addin_load (TF_AREA_ADDIN (addin), registry, &error));
  g_assert_no_error (error);
  tf_area_addin_unload (TF_AREA_ADDIN (addin), registry);

  /* Without vfuncs: load succeeds and adds nothing, unload does nothing */
  g_assert_true (tf_area_addin_load (TF_AREA_ADDIN (empty), registry, &error));
  g_assert_no_error (error);
  tf_area_addin_unload (TF_AREA_ADDIN (empty), registry);
  g_assert_cmpuint (g_list_model_get_n_items (tf_registry_get_areas (registry)), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/area/parse", test_area_parse);
  g_test_add_func ("/area/properties", test_area_properties);
  g_test_add_func ("/area/minimal", test_area_minimal);
  g_test_add_func ("/area/windows-file", test_area_windows_file);
  g_test_add_func ("/area/file-order", test_area_file_order);
  g_test_add_func ("/area/bad-files", test_area_bad_files);
  g_test_add_func ("/area/not-a-key-file", test_area_not_a_key_file);
  g_test_add_func ("/area/deadline-due", test_deadline_due);
  g_test_add_func ("/area/indicator-format", test_indicator_format);
  g_test_add_func ("/registry/add-find", test_registry_add_find);
  g_test_add_func ("/registry/order", test_registry_order);
  g_test_add_func ("/registry/clash", test_registry_clash);
  g_test_add_func ("/registry/signals", test_registry_signals);
  g_test_add_func ("/area-addin/load-unload", test_area_addin);

  return g_test_run ();
}
