/* test-economy.c — the economy's figures against a hand-counted fixture
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "test-economy-fixture.h"

#define AS_OF "2025-06-30"

/*
 * The fixture, year 2025, counted as of 30 June 2025 (A). Days: 1 Jan–30 Jun
 * = 181 (D_elapsed); 1 Jul–31 Dec = 184; Q1 = 90, Q2 = 91, Q3 = Q4 = 92.
 * The budget is the default (not saved): 1.200.000 kr.
 *
 * I1 Ali, mentor, completed 15 Mar–14 Apr (31 days), actual 3.100 (100/day),
 *    recorded by FTI's Anders → FTI.
 *    Spent Q1 17 days = 1.700, Q2 14 days = 1.400. Ended: unplanned 3.100.
 * I2 Ali, family, active 1 Jun–28 Sep, planned 24.000, actual 6.000, no author
 *    → the family area's first organisation, FTI.
 *    Spent: 6.000 over 1–30 Jun (all Q2). Committed 18.000 over 1 Jul–28 Sep
 *    (90 days, 200/day): all Q3.
 * I3 Bo, school, planned 1 Nov–31 Dec, planned 12.200 → Almenskole.
 *    Committed 12.200 over 1 Nov–31 Dec (61 days): all Q4.
 * I4 Bo, job, stopped 1 Dec 2024–30 Jan 2025 (61 days), actual 6.100 (100/day),
 *    by Anders → FTI. 2025 gets 30 days = 3.000 (Q1). Unplanned 3.000.
 * I5 Bo, leisure, active since 1 Jul 2024, open, planned 54.900, actual 36.500
 *    → Ungdomskonsulenterne. Spent over 1 Jul 2024–30 Jun 2025 (365 days,
 *    100/day): 2025 gets 181 days = 18.100 (Q1 90 = 9.000, Q2 91 = 9.100).
 *    Committed 54.900 − 36.500 = 18.400: open-ended, its plan covers a
 *    year from its start, 1 Jul 2024–30 Jun 2025, which is past: all of it
 *    is due the day after A, 1 Jul (Q3).
 * I6 completed in the first half of 2024: not in 2025 at all.
 * I7 removed (deleted_at): never counted.
 * E1 10 Feb, administration, UngNorddjurs, no case, 11.000 (Q1, unplanned).
 * E2 20 May, leisure, Ungdomskonsulenterne, Ali, 1.000 (Q2, unplanned).
 * E3 15 Aug, network, FTI, Bo, 2.000 (Q3; after A, so not in the run-rate).
 * E4 3 Mar, 5.000, removed: never counted.
 * E5 31 Dec 2024: not in 2025.
 *
 * Year: spent 3.100 + 6.000 + 3.000 + 18.100 + 11.000 + 1.000 + 2.000 = 44.200
 *       committed 18.000 + 12.200 + 18.400 = 48.600
 *       left 1.200.000 − 44.200 − 48.600 = 1.107.200
 *       U (unplanned to A) = 3.100 + 3.000 + 11.000 + 1.000 = 18.100
 *       run-rate 18.100 · 184 / 181 = 18.400
 *       forecast 44.200 + 48.600 + 18.400 = 111.200
 * Q1: spent 1.700 + 3.000 + 9.000 + 11.000 = 24.700, committed 0, no days
 *     left: forecast 24.700; budget 300.000, left 275.300.
 * Q2: spent 1.400 + 6.000 + 9.100 + 1.000 = 17.500, forecast 17.500.
 * Q3: spent 2.000, committed 18.000 + 18.400 = 36.400, 92 days left:
 *     18.100 · 92 / 181 = 9.200; forecast 47.600.
 * Q4: spent 0, committed 12.200, forecast 12.200 + 9.200 = 21.400.
 * The quarters add up to the year: 24.700 + 17.500 + 47.600 + 21.400 = 111.200.
 *
 * By area (year), in øre where the run-rate does not divide evenly:
 *   mentor  spent 3.100, U 3.100: 310.000 · 184 / 181 = 315.138 øre
 *           → forecast 625.138 øre
 *   family  spent 6.000, committed 18.000 → forecast 24.000
 *   network spent 2.000 → forecast 2.000
 *   school  committed 12.200 → forecast 12.200
 *   leisure spent 18.100 + 1.000, committed 18.400, U 1.000:
 *           100.000 · 184 / 181 = 101.657 → forecast 3.851.657 øre
 *   job     spent 3.000, U 3.000: 304.972 → forecast 604.972 øre
 *   administration spent 11.000: 1.118.232 → forecast 2.218.232 øre
 *   (each area rounds down on its own: they add up to 11.119.999 øre, one
 *   øre under the whole's 11.120.000)
 * By organisation: FTI (I1, I2, I4, E3) spent 14.100, committed 18.000,
 *   U 6.100: 620.110 → forecast 3.830.110 øre; Almenskole 12.200;
 *   Ungdomskonsulenterne (I5, E2) = leisure, 3.851.657 øre; UngNorddjurs (E1)
 *   2.218.232 øre. Largest forecast first: Ungdomskonsulenterne, FTI,
 *   UngNorddjurs, Almenskole.
 * By young person: Bo (I3, I4, I5, E3) spent 23.100, committed 30.600,
 *   U 3.000: 304.972 → 5.674.972 øre; Ali (I1, I2, E2) spent 10.100,
 *   committed 18.000, U 4.100: 416.795 → 3.226.795 øre. E1 has no case.
 */
static void
fill_fixture (Fixture *f)
{
  gint64 removed;

  add_intervention (f, f->case_a, "authority", "mentor", "completed", "2025-03-15", "2025-04-14",
                    4000, 3100, f->fti_staff, FALSE);
  add_intervention (f, f->case_a, "family", "family", "active", "2025-06-01", "2025-09-28",
                    24000, 6000, 0, FALSE);
  add_intervention (f, f->case_b, "school", "school", "planned", "2025-11-01", "2025-12-31", 12200, 0, 0, FALSE);
  add_intervention (f, f->case_b, "job", "job", "stopped", "2024-12-01", "2025-01-30",
                    10000, 6100, f->fti_staff, FALSE);
  add_intervention (f, f->case_b, "leisure", "leisure", "active", "2024-07-01", NULL, 54900, 36500, 0, FALSE);
  add_intervention (f, f->case_b, "leisure", "leisure", "completed", "2024-01-01", "2024-06-30",
                    10000, 10000, 0, FALSE);
  add_intervention (f, f->case_a, "leisure", "leisure", "active", "2025-02-01", "2025-08-01",
                    50000, 20000, 0, TRUE);

  add_expense (f, "2025-02-10", "administration", "ungnorddjurs", 0, "Kursus for koordinatorerne", 11000);
  add_expense (f, "2025-05-20", "leisure", "ungdomskonsulenterne", f->case_a, "Kontingent", 1000);
  add_expense (f, "2025-08-15", "network", "fti", f->case_b, "Lokale til netværksmøde", 2000);
  removed = add_expense (f, "2025-03-03", "mentor", "myndighed", f->case_a, "Fejlbogført", 5000);
  add_expense (f, "2024-12-31", "job", "ungeindsatsen", f->case_b, "Arbejdstøj", 700);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(TfExpense) expense = tf_expense_load (f->session, removed, &error);

    g_assert_true (tf_expense_remove (f->session, expense, &error));
    g_assert_no_error (error);
  }
}

static TfEconomy *
compute (Fixture    *f,
         int         year,
         int         quarter,
         const char *as_of)
{
  g_autoptr(GError) error = NULL;
  TfEconomy *economy = tf_economy_compute (f->session, year, quarter, as_of, &error);

  g_assert_no_error (error);
  g_assert_nonnull (economy);
  return economy;
}

static void
assert_row (TfEconomyRow *row,
            gint64        budget,
            gint64        spent,
            gint64        committed,
            gint64        forecast)
{
  g_assert_nonnull (row);
  g_assert_cmpint (tf_economy_row_get_budget (row), ==, budget);
  g_assert_cmpint (tf_economy_row_get_spent (row), ==, spent);
  g_assert_cmpint (tf_economy_row_get_committed (row), ==, committed);
  g_assert_cmpint (tf_economy_row_get_forecast (row), ==, forecast);
  if (tf_economy_row_get_has_budget (row))
    g_assert_cmpint (tf_economy_row_get_left (row), ==, budget - spent - committed);
  else
    g_assert_cmpint (tf_economy_row_get_left (row), ==, 0);
}

static TfEconomyRow *
row_with_key (GListModel *rows,
              const char *key)
{
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(TfEconomyRow) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (tf_economy_row_get_key (row), key) == 0)
        return row;   /* still held by the list */
    }
  return NULL;
}

static void
test_year (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(TfEconomy) economy = NULL;
  GListModel *areas, *orgs, *people;
  g_autofree char *label = NULL;

  fill_fixture (f);
  economy = compute (f, 2025, 0, AS_OF);

  g_assert_cmpstr (tf_economy_get_first_day (economy), ==, "2025-01-01");
  g_assert_cmpstr (tf_economy_get_last_day (economy), ==, "2025-12-31");
  g_assert_cmpstr (tf_economy_get_as_of (economy), ==, AS_OF);
  label = tf_economy_dup_period_label (economy);
  g_assert_cmpstr (label, ==, "2025");
  g_assert_true (tf_budget_get_is_default (tf_economy_get_budget (economy)));

  assert_row (tf_economy_get_total (economy), KR (1200000), KR (44200), KR (48600), KR (111200));
  g_assert_cmpint (tf_economy_row_get_left (tf_economy_get_total (economy)), ==, KR (1107200));
  g_assert_cmpstr (tf_economy_row_get_key (tf_economy_get_total (economy)), ==, "total");
  g_assert_false (tf_economy_get_has_warning (economy));
  g_assert_null (tf_economy_get_warning (economy));

  areas = tf_economy_get_by_area (economy);
  g_assert_cmpuint (g_list_model_get_n_items (areas), ==, 7);
  assert_row (row_with_key (areas, "mentor"), KR (360000), KR (3100), 0, 625138);
  assert_row (row_with_key (areas, "family"), KR (240000), KR (6000), KR (18000), KR (24000));
  assert_row (row_with_key (areas, "network"), KR (96000), KR (2000), 0, KR (2000));
  assert_row (row_with_key (areas, "school"), KR (180000), 0, KR (12200), KR (12200));
  assert_row (row_with_key (areas, "leisure"), KR (120000), KR (19100), KR (18400), 3851657);
  assert_row (row_with_key (areas, "job"), KR (144000), KR (3000), 0, 604972);
  assert_row (row_with_key (areas, "administration"), KR (60000), KR (11000), 0, 2218232);
  {
    g_autoptr(TfEconomyRow) first = g_list_model_get_item (areas, 0);
    g_autoptr(TfEconomyRow) last = g_list_model_get_item (areas, 6);

    g_assert_cmpstr (tf_economy_row_get_key (first), ==, "mentor");
    g_assert_cmpstr (tf_economy_row_get_label (first), ==, "Mentor and support for the young person");
    g_assert_cmpstr (tf_economy_row_get_key (last), ==, "administration");
  }

  orgs = tf_economy_get_by_organisation (economy);
  g_assert_cmpuint (g_list_model_get_n_items (orgs), ==, 4);
  {
    static const char * const order[] = { "Ungdomskonsulenterne", "FTI", "UngNorddjurs", "Almenskole" };
    static const gint64 forecasts[] = { 3851657, 3830110, 2218232, KR (12200) };

    for (guint i = 0; i < G_N_ELEMENTS (order); i++)
      {
        g_autoptr(TfEconomyRow) row = g_list_model_get_item (orgs, i);

        g_assert_cmpstr (tf_economy_row_get_label (row), ==, order[i]);
        g_assert_cmpint (tf_economy_row_get_forecast (row), ==, forecasts[i]);
        g_assert_false (tf_economy_row_get_has_budget (row));
      }
    g_autofree char *fti = g_strdup_printf ("%" G_GINT64_FORMAT, org_id (f, "fti"));

    assert_row (row_with_key (orgs, fti), 0, KR (14100), KR (18000), 3830110);
  }

  people = tf_economy_get_by_young_person (economy);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 2);
  {
    g_autoptr(TfEconomyRow) bo = g_list_model_get_item (people, 0);
    g_autoptr(TfEconomyRow) ali = g_list_model_get_item (people, 1);

    g_assert_cmpstr (tf_economy_row_get_label (bo), ==, "Bo Nørgaard");
    g_assert_cmpint (tf_economy_row_get_id (bo), ==, f->case_b);
    assert_row (bo, 0, KR (23100), KR (30600), 5674972);
    g_assert_cmpstr (tf_economy_row_get_label (ali), ==, "Ali Nørgaard");
    g_assert_cmpint (tf_economy_row_get_id (ali), ==, f->case_a);
    assert_row (ali, 0, KR (10100), KR (18000), 3226795);
  }
}

static void
test_quarters (Fixture       *f,
               gconstpointer  data)
{
  static const struct { gint64 spent, committed, forecast; } expected[4] = {
    { KR (24700), 0, KR (24700) },
    { KR (17500), 0, KR (17500) },
    { KR (2000), KR (36400), KR (47600) },
    { 0, KR (12200), KR (21400) },
  };
  static const char * const first_days[4] = { "2025-01-01", "2025-04-01", "2025-07-01", "2025-10-01" };
  static const char * const last_days[4] = { "2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31" };
  gint64 spent = 0, committed = 0, forecast = 0;

  fill_fixture (f);
  for (int q = 1; q <= 4; q++)
    {
      g_autoptr(TfEconomy) economy = compute (f, 2025, q, AS_OF);
      TfEconomyRow *total = tf_economy_get_total (economy);

      g_assert_cmpstr (tf_economy_get_first_day (economy), ==, first_days[q - 1]);
      g_assert_cmpstr (tf_economy_get_last_day (economy), ==, last_days[q - 1]);
      assert_row (total, KR (300000), expected[q - 1].spent, expected[q - 1].committed,
                  expected[q - 1].forecast);
      spent += tf_economy_row_get_spent (total);
      committed += tf_economy_row_get_committed (total);
      forecast += tf_economy_row_get_forecast (total);
    }
  /* The quarters add up to the year */
  g_assert_cmpint (spent, ==, KR (44200));
  g_assert_cmpint (committed, ==, KR (48600));
  g_assert_cmpint (forecast, ==, KR (111200));

  /* A quarter's part of an area: I1 splits 1.700 / 1.400 across Q1 and Q2 */
  {
    g_autoptr(TfEconomy) q1 = compute (f, 2025, 1, AS_OF);
    g_autoptr(TfEconomy) q2 = compute (f, 2025, 2, AS_OF);
    g_autofree char *label = tf_economy_dup_period_label (q2);

    assert_row (row_with_key (tf_economy_get_by_area (q1), "mentor"), KR (90000), KR (1700), 0, KR (1700));
    assert_row (row_with_key (tf_economy_get_by_area (q2), "mentor"), KR (90000), KR (1400), 0, KR (1400));
    g_assert_cmpstr (label, ==, "Q2 2025");
  }
}

/* By month, for the charts (the fixture above; run-rate 18.100 / 181 = 100
 * a day after 30 June):
 *   Jan I4 3.000 + I5 3.100 = 6.100   Feb I5 2.800 + E1 11.000 = 13.800
 *   Mar I1 1.700 + I5 3.100 = 4.800   Apr I1 1.400 + I5 3.000 = 4.400
 *   May I5 3.100 + E2 1.000 = 4.100   Jun I2 6.000 + I5 3.000 = 9.000
 *   Jul committed I2 31 · 200 + I5 18.400 = 24.600, forecast + 3.100 = 27.700
 *   Aug spent E3 2.000, committed I2 6.200, forecast 11.300
 *   Sep committed I2 28 · 200 = 5.600, forecast + 3.000 = 8.600
 *   Oct forecast 3.100; Nov committed I3 30 · 200 = 6.000, forecast 9.000;
 *   Dec committed 6.200, forecast 9.300. Budget 100.000 a month. */
static void
test_months (Fixture       *f,
             gconstpointer  data)
{
  static const struct { gint64 spent, committed, forecast; } expected[12] = {
    { 6100, 0, 6100 }, { 13800, 0, 13800 }, { 4800, 0, 4800 }, { 4400, 0, 4400 },
    { 4100, 0, 4100 }, { 9000, 0, 9000 }, { 0, 24600, 27700 }, { 2000, 6200, 11300 },
    { 0, 5600, 8600 }, { 0, 0, 3100 }, { 0, 6000, 9000 }, { 0, 6200, 9300 },
  };
  g_autoptr(TfEconomy) year = NULL;
  g_autoptr(TfEconomy) q3 = NULL;
  GListModel *months;
  gint64 forecast = 0;

  fill_fixture (f);
  year = compute (f, 2025, 0, AS_OF);
  months = tf_economy_get_by_month (year);
  g_assert_cmpuint (g_list_model_get_n_items (months), ==, 12);
  for (guint m = 0; m < 12; m++)
    {
      g_autoptr(TfEconomyRow) row = g_list_model_get_item (months, m);
      g_autofree char *key = g_strdup_printf ("2025-%02u", m + 1);

      g_assert_cmpstr (tf_economy_row_get_key (row), ==, key);
      g_assert_cmpint (tf_economy_row_get_id (row), ==, m + 1);
      assert_row (row, KR (100000), KR (expected[m].spent), KR (expected[m].committed), KR (expected[m].forecast));
      forecast += tf_economy_row_get_forecast (row);
    }
  g_assert_cmpint (forecast, ==, KR (111200));
  {
    g_autoptr(TfEconomyRow) march = g_list_model_get_item (months, 2);
    g_assert_cmpstr (tf_economy_row_get_label (march), ==, "Mar");
  }

  /* A quarter has its three months */
  q3 = compute (f, 2025, 3, AS_OF);
  months = tf_economy_get_by_month (q3);
  g_assert_cmpuint (g_list_model_get_n_items (months), ==, 3);
  {
    g_autoptr(TfEconomyRow) july = g_list_model_get_item (months, 0);

    g_assert_cmpstr (tf_economy_row_get_key (july), ==, "2025-07");
    assert_row (july, KR (100000), 0, KR (24600), KR (27700));
  }
}

/* The as-of day moves spending into the past and commitments out of it. */
static void
test_as_of (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(TfEconomy) before = NULL;
  g_autoptr(TfEconomy) after = NULL;

  fill_fixture (f);
  /* Before the year: I5 has spent its 36.500 by 31 Dec 2024, all of it
   * over its days in 2024; what is not spent of its plan (18.400) is
   * committed over the rest of its plan's year, 1 Jan–30 Jun 2025. I2 has not begun: its actual 6.000
   * falls on its first day (1 Jun 2025) and its 18.000 are committed over
   * its period; I3's 12.200 are committed. I1 (ended) counts its 3.100, I4
   * its 3.000 of 2025; the expenses are spent on their days. No run-rate
   * before the year has begun.
   * Spent 3.100 + 6.000 + 3.000 + 11.000 + 1.000 + 2.000 = 26.100;
   * committed 18.000 + 12.200 + 18.400 = 48.600; forecast 74.700. */
  before = compute (f, 2025, 0, "2024-12-31");
  assert_row (tf_economy_get_total (before), KR (1200000), KR (26100), KR (48600), KR (74700));

  /* After the year: nothing is left to come; the forecast is what was
   * spent. I2 is past its end (28 Sep): its 6.000 over 1 Jun–28 Sep, and
   * what it did not spend is due on 2 Jan 2026, after the year. I5 still
   * runs: its 36.500 over 1 Jul 2024–1 Jan 2026 (550 days), of which 2025
   * is days 185–549: 3.650.000 · 549 / 550 − 3.650.000 · 184 / 550
   * = 3.643.363 − 1.221.090 = 2.422.273 øre. I3 has no actual cost and its
   * commitment falls after the year. Spent 3.100 + 6.000 + 3.000
   * + 24.222,73 + 11.000 + 1.000 + 2.000 = 50.322,73. */
  after = compute (f, 2025, 0, "2026-01-01");
  assert_row (tf_economy_get_total (after), KR (1200000), 5032273, 0, 5032273);
}

static void
test_empty_year (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(TfEconomy) economy = NULL;
  GListModel *areas;

  /* A store with nothing in it at all */
  {
    g_autoptr(TfEconomy) bare = compute (f, 2026, 0, NULL);

    assert_row (tf_economy_get_total (bare), KR (1200000), 0, 0, 0);
    g_assert_cmpuint (g_list_model_get_n_items (tf_economy_get_by_area (bare)), ==, 7);
  }

  /* A year the fixture's interventions do not reach, seen from 30 June
   * 2025: even the open-ended ones are counted up to that day and
   * committed within 2025 only */
  fill_fixture (f);
  economy = compute (f, 2031, 0, AS_OF);
  /* A year with nothing in it: the default budget, all of it left */
  assert_row (tf_economy_get_total (economy), KR (1200000), 0, 0, 0);
  g_assert_cmpint (tf_economy_row_get_left (tf_economy_get_total (economy)), ==, KR (1200000));
  g_assert_true (tf_budget_get_is_default (tf_economy_get_budget (economy)));
  areas = tf_economy_get_by_area (economy);
  g_assert_cmpuint (g_list_model_get_n_items (areas), ==, 7);
  assert_row (row_with_key (areas, "family"), KR (240000), 0, 0, 0);
  g_assert_cmpuint (g_list_model_get_n_items (tf_economy_get_by_organisation (economy)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (tf_economy_get_by_young_person (economy)), ==, 0);
  g_assert_false (tf_economy_get_has_warning (economy));
}

/* Sets a budget for 2025 with the given shares (øre) in area order. */
static void
save_budget (Fixture      *f,
             gint64        total,
             const gint64  shares[7])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfBudget) budget = tf_budget_load_or_default (f->session, 2025, &error);
  const char * const *ids = tf_budget_area_ids ();

  tf_budget_set_total (budget, total);
  for (int i = 0; i < 7; i++)
    tf_budget_set_share (budget, ids[i], shares[i]);
  g_assert_true (tf_budget_save (f->session, budget, &error));
  g_assert_no_error (error);
}

/* The warning comes on exactly when a forecast passes its budget: a
 * forecast equal to the budget is no warning, one øre more is. The shares
 * below are the area forecasts of test_year, which add up to 11.119.999
 * øre; the whole's forecast is 11.120.000. */
static void
test_warning (Fixture       *f,
              gconstpointer  data)
{
  gint64 at_forecast[7] = { 625138, KR (24000), KR (2000), KR (12200), 3851657, 604972, 2218232 };

  fill_fixture (f);

  /* Every budget exactly at its forecast (administration gets the 1 øre
   * the areas' rounding leaves): no warning */
  {
    gint64 shares[7];
    g_autoptr(TfEconomy) economy = NULL;

    memcpy (shares, at_forecast, sizeof shares);
    shares[6] += 1;
    save_budget (f, KR (111200), shares);
    economy = compute (f, 2025, 0, AS_OF);
    g_assert_false (tf_budget_get_is_default (tf_economy_get_budget (economy)));
    g_assert_cmpint (tf_economy_row_get_budget (tf_economy_get_total (economy)), ==, KR (111200));
    g_assert_false (tf_economy_row_get_over_budget (tf_economy_get_total (economy)));
    g_assert_false (tf_economy_get_has_warning (economy));
  }

  /* The whole one øre under its forecast: the whole warns, no area does */
  {
    g_autoptr(TfEconomy) economy = NULL;

    save_budget (f, KR (111200) - 1, at_forecast);
    economy = compute (f, 2025, 0, AS_OF);
    g_assert_true (tf_economy_get_has_warning (economy));
    g_assert_true (tf_economy_row_get_over_budget (tf_economy_get_total (economy)));
    g_assert_cmpstr (tf_economy_get_warning (economy), ==,
                     "The forecast of 111.200 kr. passes the budget of 111.199,99 kr. by 0,01 kr.");
  }

  /* Over by more than a krone: whole kroner, as the tables beside it
   * (111.200 − 1.234,56 = 109.965,44 kr., over by 1.234,56 kr.) */
  {
    gint64 shares[7];
    g_autoptr(TfEconomy) economy = NULL;

    memcpy (shares, at_forecast, sizeof shares);
    shares[6] -= 123455;   /* administration: 22.182,32 → 20.947,77 kr. */
    save_budget (f, KR (111200) - 123456, shares);
    economy = compute (f, 2025, 0, AS_OF);
    g_assert_cmpstr (tf_economy_get_warning (economy), ==,
                     "The forecast of 111.200 kr. passes the budget of 109.965 kr. by 1.235 kr.\n"
                     /* 22.182,33 − 20.947,77 is 1.234,56, but the sentence adds up: 22.182 − 20.948 */
                     "Administration: the forecast of 22.182 kr. passes the area’s budget of 20.948 kr. by 1.234 kr.");
  }

  /* Family one øre under its forecast, the whole at its forecast: only the area warns */
  {
    gint64 shares[7];
    g_autoptr(TfEconomy) economy = NULL;

    memcpy (shares, at_forecast, sizeof shares);
    shares[1] -= 1;
    shares[6] += 2;
    save_budget (f, KR (111200), shares);
    economy = compute (f, 2025, 0, AS_OF);
    g_assert_true (tf_economy_get_has_warning (economy));
    g_assert_false (tf_economy_row_get_over_budget (tf_economy_get_total (economy)));
    g_assert_true (tf_economy_row_get_over_budget (row_with_key (tf_economy_get_by_area (economy), "family")));
    g_assert_cmpstr (tf_economy_get_warning (economy), ==,
                     "Support for the family: the forecast of 24.000 kr. passes the area’s budget of "
                     "23.999,99 kr. by 0,01 kr.");
  }
}

/* A change to an expense or its removal shows in the next count. */
static void
test_follows_changes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfExpense) expense = NULL;
  gint64 id;

  fill_fixture (f);
  id = add_expense (f, "2025-04-02", "job", "ungeindsatsen", f->case_b, "Kørsel til praktik", 500);
  {
    g_autoptr(TfEconomy) economy = compute (f, 2025, 2, AS_OF);
    assert_row (tf_economy_get_total (economy), KR (300000), KR (18000), 0, KR (18000));
  }
  expense = tf_expense_load (f->session, id, &error);
  g_assert_no_error (error);
  tf_expense_set_spent_on (expense, "2025-07-02");
  g_assert_true (tf_expense_save (f->session, expense, &error));
  g_assert_no_error (error);
  {
    g_autoptr(TfEconomy) q2 = compute (f, 2025, 2, AS_OF);
    g_autoptr(TfEconomy) q3 = compute (f, 2025, 3, AS_OF);

    assert_row (tf_economy_get_total (q2), KR (300000), KR (17500), 0, KR (17500));
    assert_row (tf_economy_get_total (q3), KR (300000), KR (2500), KR (36400), KR (48100));
  }
  g_assert_true (tf_expense_remove (f->session, expense, &error));
  g_assert_no_error (error);
  {
    g_autoptr(TfEconomy) q3 = compute (f, 2025, 3, AS_OF);
    assert_row (tf_economy_get_total (q3), KR (300000), KR (2000), KR (36400), KR (47600));
  }
}

/* An open-ended intervention's plan covers a year from its start: of one
 * from 1 October 2025 planned at 36.500 kr. (100 a day over 1 Oct 2025–30
 * Sep 2026), 2025 has 92 days committed = 9.200 (all Q4), 2026 has 273
 * days = 27.300. Seen from 30 June 2025 neither year has a run-rate (the
 * fixture has no other spending), so the forecast is what is committed. */
static void
test_open_ended (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(TfEconomy) year = NULL;
  g_autoptr(TfEconomy) q3 = NULL;
  g_autoptr(TfEconomy) q4 = NULL;
  g_autoptr(TfEconomy) next = NULL;

  add_intervention (f, f->case_a, "family", "network", "planned", "2025-10-01", NULL, 36500, 0, 0, FALSE);
  year = compute (f, 2025, 0, AS_OF);
  q3 = compute (f, 2025, 3, AS_OF);
  q4 = compute (f, 2025, 4, AS_OF);
  next = compute (f, 2026, 0, AS_OF);
  assert_row (tf_economy_get_total (year), KR (1200000), 0, KR (9200), KR (9200));
  assert_row (tf_economy_get_total (q3), KR (300000), 0, 0, 0);
  assert_row (tf_economy_get_total (q4), KR (300000), 0, KR (9200), KR (9200));
  assert_row (tf_economy_get_total (next), KR (1200000), 0, KR (27300), KR (27300));
  assert_row (row_with_key (tf_economy_get_by_area (year), "network"), KR (96000), 0, KR (9200), KR (9200));
}

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  int year = 0, quarter = -1;

  g_assert_null (tf_economy_compute (f->session, 2025, 5, AS_OF, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (tf_economy_compute (f->session, 2025, 0, "2025-02-30", &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (tf_economy_parse_period ("2025", &year, &quarter, &error));
  g_assert_cmpint (year, ==, 2025);
  g_assert_cmpint (quarter, ==, 0);
  g_assert_true (tf_economy_parse_period ("2026-Q3", &year, &quarter, &error));
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpint (quarter, ==, 3);
  g_assert_true (tf_economy_parse_period ("2026-q1", &year, &quarter, &error));
  g_assert_cmpint (quarter, ==, 1);
  g_assert_no_error (error);
  for (guint i = 0; i < 6; i++)
    {
      static const char * const bad[] = { "2025-Q5", "2025-Q0", "25", "2025-03", "2025-Q2x", "" };

      g_assert_false (tf_economy_parse_period (bad[i], &year, &quarter, &error));
      g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
      g_clear_error (&error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) g_test_add (name, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/economy/year", test_year);
  ADD ("/economy/quarters", test_quarters);
  ADD ("/economy/months", test_months);
  ADD ("/economy/as-of", test_as_of);
  ADD ("/economy/empty-year", test_empty_year);
  ADD ("/economy/warning", test_warning);
  ADD ("/economy/follows-changes", test_follows_changes);
  ADD ("/economy/open-ended", test_open_ended);
  ADD ("/economy/bad-input", test_bad_input);
#undef ADD
  return g_test_run ();
}
