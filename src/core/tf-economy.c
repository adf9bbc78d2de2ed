/* tf-economy.c — counts the economy's figures (the rules are in tf-economy.h)
 *
 * One pass over the interventions whose period touches the year and one
 * over the year's expenses; each adds its share to the whole, its budget
 * area, its organisation and its young person.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-access.h"
#include "tf-day-private.h"
#include "tf-economy-row-private.h"
#include "tf-economy.h"
#include "tf-error.h"
#include "tf-format.h"
#include "tf-store-private.h"

#define N_AREAS 7

struct _TfEconomy
{
  GObject       parent_instance;

  int           year;
  int           quarter;
  char          first_day[11];
  char          last_day[11];
  char          as_of[11];
  TfBudget     *budget;
  TfEconomyRow *total;
  GListStore   *by_area;
  GListStore   *by_organisation;
  GListStore   *by_young_person;
  GListStore   *by_month;
  char         *warning;
};

G_DEFINE_FINAL_TYPE (TfEconomy, tf_economy, G_TYPE_OBJECT)

static void
tf_economy_finalize (GObject *object)
{
  TfEconomy *self = TF_ECONOMY (object);

  g_clear_object (&self->budget);
  g_clear_object (&self->total);
  g_clear_object (&self->by_area);
  g_clear_object (&self->by_organisation);
  g_clear_object (&self->by_young_person);
  g_clear_object (&self->by_month);
  g_free (self->warning);
  G_OBJECT_CLASS (tf_economy_parent_class)->finalize (object);
}

static void
tf_economy_class_init (TfEconomyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_economy_finalize;
}

static void
tf_economy_init (TfEconomy *self)
{
  self->by_area = g_list_store_new (TF_TYPE_ECONOMY_ROW);
  self->by_organisation = g_list_store_new (TF_TYPE_ECONOMY_ROW);
  self->by_young_person = g_list_store_new (TF_TYPE_ECONOMY_ROW);
  self->by_month = g_list_store_new (TF_TYPE_ECONOMY_ROW);
}

/* ------------------------------------------------------------------------ */
/* Counting */

typedef struct
{
  TfEconomySums  sums;
  gint64         id;
  char          *label;
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->label);
  g_free (group);
}

typedef struct
{
  gint32         year_first, year_last;   /* Y */
  gint32         first, last;             /* P */
  gint32         as_of;                   /* A */
  TfEconomySums  total;
  TfEconomySums  areas[N_AREAS];
  int            first_month, n_months;   /* the months of P, 1–12 */
  gint32         month_first[12], month_last[12];
  TfEconomySums  months[12];
  GHashTable    *organisations;           /* id → Group */
  GHashTable    *cases;                   /* id → Group */
  GHashTable    *org_names;               /* id → name (borrowed from org_names_owned) */
  GHashTable    *area_first_org;          /* work area → first organisation id */
} Count;

/* The part of @amount, spread evenly over the days @from–@to, that falls
 * in the days @lo–@hi, rounded down cumulatively from @from so adjacent
 * parts add up to the whole. */
static gint64
prorate (gint64 amount,
         gint32 from,
         gint32 to,
         gint32 lo,
         gint32 hi)
{
  gint64 length = (gint64) to - from + 1;

  lo = MAX (lo, from);
  hi = MIN (hi, to);
  if (amount == 0 || length <= 0 || hi < lo)
    return 0;
  return amount * (hi - from + 1) / length - amount * (lo - from) / length;
}

static int
area_index (const char *area_id)
{
  const char * const *ids = tf_budget_area_ids ();

  for (int i = 0; ids[i] != NULL; i++)
    if (g_strcmp0 (ids[i], area_id) == 0)
      return i;
  return -1;
}

static Group *
lookup_group (GHashTable *table,
              gint64      id,
              const char *label)
{
  Group *group = g_hash_table_lookup (table, &id);

  if (group == NULL)
    {
      group = g_new0 (Group, 1);
      group->id = id;
      group->label = g_strdup (label);
      g_hash_table_insert (table, &group->id, group);
    }
  return group;
}

static void
add_sums (TfEconomySums       *to,
          const TfEconomySums *part)
{
  to->spent += part->spent;
  to->committed += part->committed;
  to->unplanned_to_date += part->unplanned_to_date;
}

/* Adds one intervention's or expense's parts to every grouping it is in. */
static void
add_everywhere (Count               *count,
                const char          *budget_area,
                gint64               organisation_id,
                gint64               case_id,
                const TfEconomySums *part)
{
  int area = area_index (budget_area);

  if (part->spent == 0 && part->committed == 0 && part->unplanned_to_date == 0)
    return;
  add_sums (&count->total, part);
  if (area >= 0)
    add_sums (&count->areas[area], part);
  add_sums (&lookup_group (count->organisations, organisation_id,
                           organisation_id > 0 ? g_hash_table_lookup (count->org_names, &organisation_id)
                                               : _("No organisation"))->sums, part);
  if (case_id > 0)
    add_sums (&lookup_group (count->cases, case_id, NULL)->sums, part);   /* named in name_cases() */
}

static gboolean
parse_day (const char *iso,
           gint32     *day)
{
  return iso != NULL && _tf_day_parse (iso, day);
}

static gboolean
count_interventions (TfStore    *store,
                     Count      *count,
                     GError    **error)
{
  char first[11], last[11];
  g_autoptr(TfStmt) stmt = NULL;
  int rc;

  _tf_day_format (count->year_first, first);
  _tf_day_format (count->year_last, last);
  /* Every intervention that can have a share in the year: started by its
   * end, and not ended before it began — or still planned or running, which
   * can be committed within the year whatever its dates. The index of
   * migration 5 holds every column read here; named, because the planner
   * otherwise takes the narrower record_interventions and reads each
   * record's row (0,5 s instead of 20 ms on 40.000 interventions). The
   * young people's names are read afterwards, once per case. */
  stmt = tf_store_prepare (store,
    "SELECT r.case_id, r.area, r.budget_area, r.status, r.starts_on, r.ends_on, "
    "       r.planned_cost, r.actual_cost, s.organisation_id "
    "FROM record r INDEXED BY record_economy "
    "LEFT JOIN staff_member s ON s.id = r.author_id "
    "WHERE r.category = 'intervention' AND r.deleted_at IS NULL AND r.starts_on <= ?2 "
    "  AND (r.ends_on IS NULL OR r.ends_on >= ?1 OR r.status IN ('planned', 'active'))", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, first, 10, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last, 10, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *status = (const char *) sqlite3_column_text (stmt, 3);
      gboolean running = g_strcmp0 (status, "planned") == 0 || g_strcmp0 (status, "active") == 0;
      gint64 planned = sqlite3_column_int64 (stmt, 6);
      gint64 actual = sqlite3_column_int64 (stmt, 7);
      gint64 organisation_id = sqlite3_column_int64 (stmt, 8);
      gint32 starts, ends = 0, spent_to;
      gboolean has_end;
      TfEconomySums part = { 0 };

      if (!parse_day ((const char *) sqlite3_column_text (stmt, 4), &starts))
        continue;
      has_end = parse_day ((const char *) sqlite3_column_text (stmt, 5), &ends);

      /* Spent: the actual cost over the days it ran, or has run so far */
      if (has_end && (!running || ends <= count->as_of))
        spent_to = MAX (ends, starts);
      else
        spent_to = MAX (starts, count->as_of);
      part.spent = prorate (actual, starts, spent_to, count->first, count->last);
      for (int m = 0; m < count->n_months && part.spent > 0; m++)
        count->months[m].spent += prorate (actual, starts, spent_to, count->month_first[m], count->month_last[m]);
      if (!running)
        part.unplanned_to_date = prorate (actual, starts, spent_to, count->year_first,
                                          MIN (count->as_of, count->year_last));

      /* Committed: what is planned but not spent, over the days to come */
      if (running && planned > actual)
        {
          gint32 from = MAX (starts, count->as_of + 1);
          /* Without an end day the plan is taken to cover a year from the
           * start, as a yearly budget plans it */
          gint32 to = has_end ? ends : starts + 364;

          part.committed = prorate (planned - actual, from, MAX (from, to), count->first, count->last);
          for (int m = 0; m < count->n_months && part.committed > 0; m++)
            count->months[m].committed += prorate (planned - actual, from, MAX (from, to),
                                                   count->month_first[m], count->month_last[m]);
        }

      if (organisation_id <= 0)
        {
          gpointer first_org = g_hash_table_lookup (count->area_first_org, sqlite3_column_text (stmt, 1));

          organisation_id = first_org != NULL ? *(gint64 *) first_org : 0;
        }
      add_everywhere (count, (const char *) sqlite3_column_text (stmt, 2), organisation_id,
                      sqlite3_column_int64 (stmt, 0), &part);
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (store, error);
  return TRUE;
}

static gboolean
count_expenses (TfStore  *store,
                Count    *count,
                GError  **error)
{
  char first[11], last[11];
  g_autoptr(TfStmt) stmt = NULL;
  int rc;

  _tf_day_format (count->year_first, first);
  _tf_day_format (count->year_last, last);
  stmt = tf_store_prepare (store,
    "SELECT e.spent_on, e.budget_area, e.organisation_id, e.case_id, e.amount "
    "FROM expense e WHERE e.deleted_at IS NULL AND e.spent_on BETWEEN ?1 AND ?2", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, first, 10, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, last, 10, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 amount = sqlite3_column_int64 (stmt, 4);
      TfEconomySums part = { 0 };
      gint32 day;

      if (!parse_day ((const char *) sqlite3_column_text (stmt, 0), &day))
        continue;
      if (day >= count->first && day <= count->last)
        {
          int y, m, d;

          part.spent = amount;
          _tf_day_to_civil (day, &y, &m, &d);
          count->months[m - count->first_month].spent += amount;
        }
      if (day <= count->as_of)
        part.unplanned_to_date = amount;
      add_everywhere (count, (const char *) sqlite3_column_text (stmt, 1), sqlite3_column_int64 (stmt, 2),
                      sqlite3_column_int64 (stmt, 3), &part);
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (store, error);
  return TRUE;
}

/* The young person's name on each case counted ("Ali Nørgaard"). */
static gboolean
name_cases (TfStore  *store,
            Count    *count,
            GError  **error)
{
  g_autoptr(TfStmt) stmt = NULL;
  int rc;

  if (g_hash_table_size (count->cases) == 0)
    return TRUE;
  stmt = tf_store_prepare (store,
    "SELECT c.id, y.first_name || ' ' || y.last_name FROM cases c "
    "JOIN young_person y ON y.id = c.young_person_id", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      Group *group = g_hash_table_lookup (count->cases, &id);

      if (group != NULL && group->label == NULL)
        group->label = tf_stmt_dup_text (stmt, 1);
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (store, error);
  return TRUE;
}

/* Names of the organisations, and each work area's first organisation, for
 * interventions recorded by someone outside any organisation. */
static gboolean
load_organisations (TfStore     *store,
                    Count       *count,
                    GPtrArray   *owned,
                    GError     **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (store, "SELECT id, name, area FROM organisation ORDER BY id", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);
      char *name = tf_stmt_dup_text (stmt, 1);
      char *area = tf_stmt_dup_text (stmt, 2);

      *id = sqlite3_column_int64 (stmt, 0);
      g_ptr_array_add (owned, id);
      g_ptr_array_add (owned, name);
      g_ptr_array_add (owned, area);
      g_hash_table_insert (count->org_names, id, name);
      if (area != NULL && !g_hash_table_contains (count->area_first_org, area))
        g_hash_table_insert (count->area_first_org, area, id);
    }
  if (rc != SQLITE_DONE)
    return tf_store_set_error (store, error);
  return TRUE;
}

/* ------------------------------------------------------------------------ */
/* Rows */

/* spent + committed + U · D_left / D_elapsed for the days @first–@last;
 * @unplanned is U. */
static gint64
forecast_between (const Count         *count,
                  const TfEconomySums *sums,
                  gint64               unplanned,
                  gint32               first,
                  gint32               last)
{
  gint64 elapsed = (gint64) MIN (count->as_of, count->year_last) - count->year_first + 1;
  gint64 left = (gint64) last - MAX (count->as_of + 1, first) + 1;
  gint64 forecast = sums->spent + sums->committed;

  if (elapsed > 0 && left > 0)
    forecast += unplanned * left / elapsed;
  return forecast;
}

static gint64
forecast_of (const Count         *count,
             const TfEconomySums *sums)
{
  return forecast_between (count, sums, sums->unplanned_to_date, count->first, count->last);
}

/* The period's part of a year's amount: a fourth for a quarter. */
static gint64
period_budget (gint64 year_amount,
               int    quarter)
{
  if (quarter == 0)
    return year_amount;
  return year_amount * quarter / 4 - year_amount * (quarter - 1) / 4;
}

static int
compare_groups (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  TfEconomyRow *x = (TfEconomyRow *) a, *y = (TfEconomyRow *) b;
  gint64 fx = tf_economy_row_get_forecast (x), fy = tf_economy_row_get_forecast (y);

  if (fx != fy)
    return fx > fy ? -1 : 1;
  return g_utf8_collate (tf_economy_row_get_label (x) ? tf_economy_row_get_label (x) : "",
                         tf_economy_row_get_label (y) ? tf_economy_row_get_label (y) : "");
}

static void
fill_groups (TfEconomy  *self,
             Count      *count,
             GHashTable *groups,
             GListStore *into)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Group *group = value;
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, group->id);
      g_autoptr(TfEconomyRow) row = _tf_economy_row_new (key, group->id,
                                                         group->label != NULL ? group->label : "",
                                                         FALSE, 0, &group->sums,
                                                         forecast_of (count, &group->sums));

      g_list_store_append (into, row);
    }
  g_list_store_sort (into, compare_groups, NULL);
}

/* Øre to whole kroner, half away from zero (in øre). */
static gint64
round_to_kroner (gint64 ore)
{
  return (ore >= 0 ? (ore + 50) / 100 : -((-ore + 50) / 100)) * 100;
}

static void
add_warning (GString      *warning,
             TfEconomyRow *row,
             gboolean      whole)
{
  g_autofree char *forecast = NULL, *budget = NULL, *over = NULL;
  gint64 forecast_ore, budget_ore;

  if (!tf_economy_row_get_over_budget (row))
    return;
  /* In whole kroner, as the tables beside it, and the difference of the
   * rounded amounts, so the sentence adds up; unless rounding would hide the
   * very difference it warns of (over by less than a krone). */
  forecast_ore = tf_economy_row_get_forecast (row);
  budget_ore = tf_economy_row_get_budget (row);
  if (round_to_kroner (forecast_ore) - round_to_kroner (budget_ore) >= 100)
    {
      forecast_ore = round_to_kroner (forecast_ore);
      budget_ore = round_to_kroner (budget_ore);
    }
  forecast = tf_format_money (forecast_ore);
  budget = tf_format_money (budget_ore);
  over = tf_format_money (forecast_ore - budget_ore);
  if (warning->len > 0)
    g_string_append_c (warning, '\n');
  if (whole)
    /* TRANSLATORS: forecast, budget, the difference, each "1.350.000 kr.";
     * the amount's own full stop ends the sentence */
    g_string_append_printf (warning, _("The forecast of %s passes the budget of %s by %s"),
                            forecast, budget, over);
  else
    /* TRANSLATORS: a budget area, then forecast, budget, the difference */
    g_string_append_printf (warning, _("%s: the forecast of %s passes the area’s budget of %s by %s"),
                            tf_economy_row_get_label (row), forecast, budget, over);
}

static void
make_rows (TfEconomy *self,
           Count     *count)
{
  const char * const *ids = tf_budget_area_ids ();
  g_autoptr(GString) warning = g_string_new (NULL);

  self->total = _tf_economy_row_new ("total", 0, _("All areas"), TRUE,
                                     period_budget (tf_budget_get_total (self->budget), self->quarter),
                                     &count->total, forecast_of (count, &count->total));
  add_warning (warning, self->total, TRUE);
  for (int i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(TfEconomyRow) row = NULL;

      row = _tf_economy_row_new (ids[i], 0, tf_budget_area_label (ids[i]), TRUE,
                                 period_budget (tf_budget_get_share (self->budget, ids[i]), self->quarter),
                                 &count->areas[i], forecast_of (count, &count->areas[i]));
      add_warning (warning, row, FALSE);
      g_list_store_append (self->by_area, row);
    }
  /* The months share the whole's run-rate, each over its own days left */
  for (int m = 0; m < count->n_months; m++)
    {
      /* The abbreviations tf_format_date() uses (context "month"), short
       * enough for a chart's axis */
      static const char * const month_names[12] = {
        NC_("month", "Jan"), NC_("month", "Feb"), NC_("month", "Mar"), NC_("month", "Apr"),
        NC_("month", "May"), NC_("month", "Jun"), NC_("month", "Jul"), NC_("month", "Aug"),
        NC_("month", "Sep"), NC_("month", "Oct"), NC_("month", "Nov"), NC_("month", "Dec")
      };
      int month = count->first_month + m;
      g_autofree char *key = g_strdup_printf ("%04d-%02d", self->year, month);
      gint64 year_budget = tf_budget_get_total (self->budget);
      g_autoptr(TfEconomyRow) row = NULL;

      row = _tf_economy_row_new (key, month, g_dpgettext2 (GETTEXT_PACKAGE, "month", month_names[month - 1]),
                                 TRUE, year_budget * month / 12 - year_budget * (month - 1) / 12, &count->months[m],
                                 forecast_between (count, &count->months[m], count->total.unplanned_to_date,
                                                   count->month_first[m], count->month_last[m]));
      g_list_store_append (self->by_month, row);
    }
  fill_groups (self, count, count->organisations, self->by_organisation);
  fill_groups (self, count, count->cases, self->by_young_person);
  self->warning = warning->len > 0 ? g_strdup (warning->str) : NULL;
}

/* ------------------------------------------------------------------------ */

TfEconomy *
tf_economy_compute (TfSession   *session,
                    int          year,
                    int          quarter,
                    const char  *as_of_iso,
                    GError     **error)
{
  g_autoptr(TfEconomy) self = NULL;
  g_autofree char *today = NULL;
  g_autoptr(GPtrArray) owned = NULL;
  TfStore *store;
  Count count = { 0 };
  gboolean ok;

  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  if (year < 2000 || year > 2999)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("%d is not a budget year."), year);
      return NULL;
    }
  if (quarter < 0 || quarter > 4)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("A year has four quarters, 1 to 4."));
      return NULL;
    }
  if (as_of_iso == NULL)
    as_of_iso = today = tf_today_iso ();
  if (!_tf_day_parse (as_of_iso, &count.as_of))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID, _("%s is not a valid date."), as_of_iso);
      return NULL;
    }
  if (!tf_access_check_store (session, TF_ACCESS_VIEW, error))
    return NULL;

  self = g_object_new (TF_TYPE_ECONOMY, NULL);
  self->year = year;
  self->quarter = quarter;
  self->budget = tf_budget_load_or_default (session, year, error);
  if (self->budget == NULL)
    return NULL;

  count.year_first = _tf_day_from_civil (year, 1, 1);
  count.year_last = _tf_day_from_civil (year, 12, 31);
  if (quarter == 0)
    {
      count.first = count.year_first;
      count.last = count.year_last;
    }
  else
    {
      count.first = _tf_day_from_civil (year, 3 * quarter - 2, 1);
      count.last = quarter == 4 ? count.year_last : _tf_day_from_civil (year, 3 * quarter + 1, 1) - 1;
    }
  count.first_month = quarter == 0 ? 1 : 3 * quarter - 2;
  count.n_months = quarter == 0 ? 12 : 3;
  for (int m = 0; m < count.n_months; m++)
    {
      int month = count.first_month + m;

      count.month_first[m] = _tf_day_from_civil (year, month, 1);
      count.month_last[m] = month == 12 ? count.year_last : _tf_day_from_civil (year, month + 1, 1) - 1;
    }
  _tf_day_format (count.first, self->first_day);
  _tf_day_format (count.last, self->last_day);
  _tf_day_format (count.as_of, self->as_of);

  owned = g_ptr_array_new_with_free_func (g_free);
  count.organisations = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, group_free);
  count.cases = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, group_free);
  count.org_names = g_hash_table_new (g_int64_hash, g_int64_equal);
  count.area_first_org = g_hash_table_new (g_str_hash, g_str_equal);

  store = tf_session_get_store (session);
  ok = load_organisations (store, &count, owned, error) &&
       count_interventions (store, &count, error) &&
       count_expenses (store, &count, error) &&
       name_cases (store, &count, error);
  if (ok)
    make_rows (self, &count);

  g_hash_table_destroy (count.organisations);
  g_hash_table_destroy (count.cases);
  g_hash_table_destroy (count.org_names);
  g_hash_table_destroy (count.area_first_org);
  return ok ? g_steal_pointer (&self) : NULL;
}

gboolean
tf_economy_parse_period (const char  *text,
                         int         *year,
                         int         *quarter,
                         GError     **error)
{
  int y = 0, q = 0;
  char rest = '\0';

  if (text != NULL &&
      (sscanf (text, "%4d-Q%1d%c", &y, &q, &rest) == 2 || sscanf (text, "%4d-q%1d%c", &y, &q, &rest) == 2 ||
       (sscanf (text, "%4d%c", &y, &rest) == 1 && strlen (text) == 4)) &&
      y >= 2000 && y <= 2999 && q >= 0 && q <= 4 && !(q == 0 && strlen (text) != 4))
    {
      if (year != NULL)
        *year = y;
      if (quarter != NULL)
        *quarter = q;
      return TRUE;
    }
  g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
               _("“%s” is not a period: give a year (2025) or a quarter (2025-Q2)."),
               text != NULL ? text : "");
  return FALSE;
}

int
tf_economy_get_year (TfEconomy *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY (self), 0);
  return self->year;
}

int
tf_economy_get_quarter (TfEconomy *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY (self), 0);
  return self->quarter;
}

const char *
tf_economy_get_first_day (TfEconomy *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY (self), NULL);
  return self->first_day;
}

const char *
tf_economy_get_last_day (TfEconomy *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY (self), NULL);
  return self->last_day;
}

const char *
tf_economy_get_as_of (TfEconomy *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY (self), NULL);
  return self->as_of;
}

char *
tf_economy_dup_period_label (TfEconomy *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY (self), NULL);
  if (self->quarter == 0)
    return g_strdup_printf ("%d", self->year);
  /* TRANSLATORS: a quarter of a year, "Q2 2025" */
  return g_strdup_printf (_("Q%d %d"), self->quarter, self->year);
}

TfBudget *
tf_economy_get_budget (TfEconomy *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY (self), NULL);
  return self->budget;
}

TfEconomyRow *
tf_economy_get_total (TfEconomy *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY (self), NULL);
  return self->total;
}

GListModel *
tf_economy_get_by_area (TfEconomy *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY (self), NULL);
  return G_LIST_MODEL (self->by_area);
}

GListModel *
tf_economy_get_by_organisation (TfEconomy *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY (self), NULL);
  return G_LIST_MODEL (self->by_organisation);
}

GListModel *
tf_economy_get_by_month (TfEconomy *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY (self), NULL);
  return G_LIST_MODEL (self->by_month);
}

GListModel *
tf_economy_get_by_young_person (TfEconomy *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY (self), NULL);
  return G_LIST_MODEL (self->by_young_person);
}

gboolean
tf_economy_get_has_warning (TfEconomy *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY (self), FALSE);
  return self->warning != NULL;
}

const char *
tf_economy_get_warning (TfEconomy *self)
{
  g_return_val_if_fail (TF_IS_ECONOMY (self), NULL);
  return self->warning;
}
