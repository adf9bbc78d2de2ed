/* test-stats.c — the taskforce's figures against a hand-counted fixture
 *
 * The fixture (test-stats-fixture.h) lists every case's way through the
 * funnel; the comments here count each figure from it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "test-stats-fixture.h"

static TfStats *
compute (Fixture    *f,
         const char *period_text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfPeriod) period = tf_period_parse (period_text, &error);
  TfStats *stats;

  g_assert_no_error (error);
  stats = tf_stats_compute (f->session, f->registry, period, "2026-11-23", &error);
  g_assert_no_error (error);
  g_assert_nonnull (stats);
  return stats;
}

static const TfStatsCount *
find (GPtrArray  *counts,
      const char *id)
{
  for (guint i = 0; i < counts->len; i++)
    {
      TfStatsCount *count = g_ptr_array_index (counts, i);

      if (g_strcmp0 (count->id, id) == 0)
        return count;
    }
  g_error ("no count %s", id);
  return NULL;
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

/* The count traces to exactly these cases (0-terminated, any order). */
static void
assert_cases (const TfStatsCount *count,
              ...)
{
  g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (gint64));
  va_list args;
  gint64 id;

  va_start (args, count);
  while ((id = va_arg (args, gint64)) != 0)
    g_array_append_val (expected, id);
  va_end (args);
  g_array_sort (expected, compare_ids);

  if (expected->len == 0)
    {
      g_assert_null (count->cases);
      return;
    }
  g_assert_nonnull (count->cases);
  g_assert_cmpmem (count->cases->data, count->cases->len * sizeof (gint64),
                   expected->data, expected->len * sizeof (gint64));
}

#define NONE ((gint64) 0)

static void
test_funnel (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(TfStats) stats = compute (f, "2025-Q2");
  const TfStatsFunnel *funnel = tf_stats_get_funnel (stats);

  /* Entered in Q2 (1 April – 30 June 2025), each case once per status:
   * referred B 04-02, C 04-05, E 05-01, F 06-20 (A, D, G earlier; H in July) */
  g_assert_cmpint (funnel->entered[TF_CASE_STATUS_REFERRED].n, ==, 4);
  /* relevant B 04-10, E 05-10 */
  g_assert_cmpint (funnel->entered[TF_CASE_STATUS_RELEVANT].n, ==, 2);
  /* not relevant C 04-12 */
  g_assert_cmpint (funnel->entered[TF_CASE_STATUS_NOT_RELEVANT].n, ==, 1);
  /* screened: B, C, E */
  g_assert_cmpint (funnel->screened.n, ==, 3);
  /* offered B 04-20, E 05-20 */
  g_assert_cmpint (funnel->entered[TF_CASE_STATUS_OFFERED].n, ==, 2);
  /* in process B; accepted B; declined E; active B; paused B; closed D */
  g_assert_cmpint (funnel->entered[TF_CASE_STATUS_IN_PROCESS].n, ==, 1);
  g_assert_cmpint (funnel->entered[TF_CASE_STATUS_ACCEPTED].n, ==, 1);
  g_assert_cmpint (funnel->entered[TF_CASE_STATUS_DECLINED].n, ==, 1);
  g_assert_cmpint (funnel->entered[TF_CASE_STATUS_ACTIVE].n, ==, 1);
  g_assert_cmpint (funnel->entered[TF_CASE_STATUS_PAUSED].n, ==, 1);
  g_assert_cmpint (funnel->entered[TF_CASE_STATUS_CLOSED].n, ==, 1);

  /* On 30 June: A, G active; B paused; C not relevant; D closed; E
   * declined; F referred; H not yet referred */
  g_assert_cmpint (funnel->at_end[TF_CASE_STATUS_ACTIVE].n, ==, 2);
  g_assert_cmpint (funnel->at_end[TF_CASE_STATUS_PAUSED].n, ==, 1);
  g_assert_cmpint (funnel->at_end[TF_CASE_STATUS_NOT_RELEVANT].n, ==, 1);
  g_assert_cmpint (funnel->at_end[TF_CASE_STATUS_CLOSED].n, ==, 1);
  g_assert_cmpint (funnel->at_end[TF_CASE_STATUS_DECLINED].n, ==, 1);
  g_assert_cmpint (funnel->at_end[TF_CASE_STATUS_REFERRED].n, ==, 1);
  g_assert_cmpint (funnel->at_end[TF_CASE_STATUS_IN_PROCESS].n, ==, 0);
  g_assert_cmpint (tf_stats_get_active_cases (stats)->n, ==, 2);

  /* Closed by reason: D, goals reached; every reason listed, in order */
  g_assert_cmpuint (funnel->closed_by_reason->len, ==, g_strv_length ((char **) tf_closing_reason_ids ()));
  g_assert_cmpstr (((TfStatsCount *) g_ptr_array_index (funnel->closed_by_reason, 0))->id, ==, "goals-reached");
  g_assert_cmpint (find (funnel->closed_by_reason, "goals-reached")->n, ==, 1);
  g_assert_cmpint (find (funnel->closed_by_reason, "moved-away")->n, ==, 0);

  /* Every figure traces to its cases */
  assert_cases (&funnel->entered[TF_CASE_STATUS_REFERRED], f->b, f->c, f->e, f->f, NONE);
  assert_cases (&funnel->screened, f->b, f->c, f->e, NONE);
  assert_cases (&funnel->entered[TF_CASE_STATUS_DECLINED], f->e, NONE);
  assert_cases (&funnel->at_end[TF_CASE_STATUS_ACTIVE], f->a, f->g, NONE);
  assert_cases (&funnel->at_end[TF_CASE_STATUS_IN_PROCESS], NONE);
  assert_cases (tf_stats_get_active_cases (stats), f->a, f->g, NONE);
  assert_cases (find (funnel->closed_by_reason, "goals-reached"), f->d, NONE);
  assert_cases (find (funnel->closed_by_reason, "moved-away"), NONE);
}

static void
test_caseload (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(TfStats) quarter = compute (f, "2025-Q2");
  g_autoptr(TfStats) year = compute (f, "2025");
  GPtrArray *months = tf_stats_get_caseload (quarter);
  TfStatsMonth *month;

  g_assert_cmpuint (months->len, ==, 3);
  /* 30 April: A active, B in process, D active, G active open (C not
   * relevant; E and F not referred yet) = 4; referrals in April: B, C */
  month = g_ptr_array_index (months, 0);
  g_assert_cmpstr (month->month, ==, "2025-04");
  g_assert_cmpstr (month->label, ==, "April 2025");
  g_assert_cmpint (month->open_at_end.n, ==, 4);
  g_assert_cmpint (month->new_referrals.n, ==, 2);
  assert_cases (&month->open_at_end, f->a, f->b, f->d, f->g, NONE);
  assert_cases (&month->new_referrals, f->b, f->c, NONE);
  /* 31 May: A, B active, E offered, G active (D closed 05-15) = 4; May: E */
  month = g_ptr_array_index (months, 1);
  g_assert_cmpint (month->open_at_end.n, ==, 4);
  g_assert_cmpint (month->new_referrals.n, ==, 1);
  /* 30 June: A, G active, B paused, F referred (E declined) = 4; June: F */
  month = g_ptr_array_index (months, 2);
  g_assert_cmpint (month->open_at_end.n, ==, 4);
  g_assert_cmpint (month->new_referrals.n, ==, 1);

  /* A year has twelve months. 31 January: A referred, D active, G relevant
   * = 3; January's referrals: A, G */
  months = tf_stats_get_caseload (year);
  g_assert_cmpuint (months->len, ==, 12);
  /* A quarter read before its last month has begun: no caseload for the
   * months to come (today is 23 November 2026). */
  {
    g_autoptr(TfStats) current = compute (f, "2026-Q4");
    GPtrArray *now = tf_stats_get_caseload (current);

    g_assert_cmpuint (now->len, ==, 2);
    g_assert_cmpstr (((TfStatsMonth *) g_ptr_array_index (now, 1))->month, ==, "2026-11");
  }
  month = g_ptr_array_index (months, 0);
  g_assert_cmpstr (month->month, ==, "2025-01");
  g_assert_cmpint (month->open_at_end.n, ==, 3);
  g_assert_cmpint (month->new_referrals.n, ==, 2);
  /* 31 July: A, G active, B paused, F and H referred = 5; July: H */
  month = g_ptr_array_index (months, 6);
  g_assert_cmpint (month->open_at_end.n, ==, 5);
  g_assert_cmpint (month->new_referrals.n, ==, 1);
  /* 31 December: nothing changed after July = 5; no referrals */
  month = g_ptr_array_index (months, 11);
  g_assert_cmpint (month->open_at_end.n, ==, 5);
  g_assert_cmpint (month->new_referrals.n, ==, 0);
  /* The year's funnel: referred A, B, C, E, F, G, H (D in 2024) = 7 */
  g_assert_cmpint (tf_stats_get_funnel (year)->entered[TF_CASE_STATUS_REFERRED].n, ==, 7);
}

static void
test_legal_basis (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(TfStats) quarter = compute (f, "2025-Q2");
  g_autoptr(TfStats) year = compute (f, "2025");
  GPtrArray *bases = tf_stats_get_active_by_legal_basis (quarter);
  gint64 total = 0;

  /* Active on 30 June: A (latest decision 05-20: § 30) and G (its only
   * decision is dated 07-05, after the quarter: none recorded) */
  g_assert_cmpint (find (bases, "s30-preventive")->n, ==, 1);
  g_assert_cmpint (find (bases, "s32-contact-person")->n, ==, 0);
  g_assert_cmpint (find (bases, "placement")->n, ==, 0);
  g_assert_cmpint (find (bases, "not-recorded")->n, ==, 1);
  assert_cases (find (bases, "s30-preventive"), f->a, NONE);
  assert_cases (find (bases, "not-recorded"), f->g, NONE);
  assert_cases (find (bases, "placement"), NONE);
  g_assert_cmpstr (find (bases, "s30-preventive")->label, ==, "Early preventive intervention (Barnets lov § 30)");
  for (guint i = 0; i < bases->len; i++)
    total += ((TfStatsCount *) g_ptr_array_index (bases, i))->n;
  g_assert_cmpint (total, ==, tf_stats_get_active_cases (quarter)->n);

  /* By 31 December G's decision counts: placement */
  bases = tf_stats_get_active_by_legal_basis (year);
  g_assert_cmpint (find (bases, "placement")->n, ==, 1);
  g_assert_cmpint (find (bases, "s30-preventive")->n, ==, 1);
  g_assert_cmpint (find (bases, "not-recorded")->n, ==, 0);
}

static void
test_activity (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(TfStats) stats = compute (f, "2025-Q2");
  GPtrArray *areas = tf_stats_get_interventions (stats);
  const TfStatsGroupActivities *groups = tf_stats_get_group_activities (stats);
  const TfStatsMeetings *meetings = tf_stats_get_meetings (stats);
  TfStatsInterventionArea *mentor, *family, *job;

  g_assert_cmpuint (areas->len, ==, 6);
  mentor = g_ptr_array_index (areas, 0);
  family = g_ptr_array_index (areas, 1);
  job = g_ptr_array_index (areas, 5);
  g_assert_cmpstr (mentor->id, ==, "mentor");
  /* Mentor: A's (active from 03-20) and B's (active from 05-12) run; only
   * B's started in Q2; D's is planned, so neither */
  g_assert_cmpint (mentor->started.n, ==, 1);
  g_assert_cmpint (mentor->running.n, ==, 2);
  g_assert_cmpint (mentor->young_people.n, ==, 2);
  /* Family: G's (04-15 – 05-01, stopped) started and ran; A's ended 03-31 */
  g_assert_cmpstr (family->id, ==, "family");
  g_assert_cmpint (family->started.n, ==, 1);
  g_assert_cmpint (family->running.n, ==, 1);
  g_assert_cmpint (family->young_people.n, ==, 1);
  g_assert_cmpint (job->running.n, ==, 0);

  /* Group activities dated in Q2: A sport 04-10, B club 05-02, B sport
   * 06-15 (G's culture is from March) */
  g_assert_cmpint (groups->started.n, ==, 3);
  g_assert_cmpint (groups->young_people.n, ==, 2);
  g_assert_cmpint (find (groups->by_kind, "sport")->n, ==, 2);
  g_assert_cmpint (find (groups->by_kind, "club")->n, ==, 1);
  g_assert_cmpint (find (groups->by_kind, "culture")->n, ==, 0);

  /* Held in Q2: taskforce 04-08, screening 05-06, network 06-10 (05-20 was
   * cancelled, 07-01 is after) */
  g_assert_cmpint (meetings->held.n, ==, 3);
  g_assert_cmpint (find (meetings->by_kind, "taskforce")->n, ==, 1);
  g_assert_cmpint (find (meetings->by_kind, "screening")->n, ==, 1);
  g_assert_cmpint (find (meetings->by_kind, "network")->n, ==, 1);
  /* Decisions: items 1 and 3 (item 2 has none; 4 and 5 are not held in Q2) */
  g_assert_cmpint (meetings->decisions.n, ==, 2);
  /* Tasks: two from item 1 (one done), one from item 3 (done) */
  g_assert_cmpint (meetings->tasks.n, ==, 3);
  g_assert_cmpint (meetings->tasks_done.n, ==, 2);

  /* The traces: interventions to their cases, meetings to the cases they
   * dealt with (the network meeting's and the agenda items') */
  assert_cases (&mentor->started, f->b, NONE);
  assert_cases (&mentor->running, f->a, f->b, NONE);
  assert_cases (&mentor->young_people, f->a, f->b, NONE);
  assert_cases (&family->running, f->g, NONE);
  assert_cases (&job->running, NONE);
  assert_cases (&groups->started, f->a, f->b, NONE);
  assert_cases (&groups->young_people, f->a, f->b, NONE);
  assert_cases (find (groups->by_kind, "sport"), f->a, f->b, NONE);
  assert_cases (find (groups->by_kind, "club"), f->b, NONE);
  assert_cases (&meetings->held, f->a, f->b, NONE);
  assert_cases (find (meetings->by_kind, "taskforce"), f->a, NONE);
  assert_cases (find (meetings->by_kind, "screening"), f->b, NONE);
  assert_cases (find (meetings->by_kind, "network"), f->a, NONE);
  assert_cases (&meetings->decisions, f->a, f->b, NONE);
  assert_cases (&meetings->tasks, f->a, f->b, NONE);
  assert_cases (&meetings->tasks_done, f->a, f->b, NONE);
}

static void
test_effect (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStats) stats = compute (f, "2025-Q2");
  g_autoptr(TfStats) stricter = NULL;
  const TfStatsEffect *school = tf_stats_find_effect (stats, "domain:school");
  const TfStatsEffect *family = tf_stats_find_effect (stats, "domain:family");
  const TfStatsEffect *goals = tf_stats_find_effect (stats, "goal-progress");
  const TfStatsEffect *concern = tf_stats_find_effect (stats, "concern-level");
  const TfStatsEffect *leisure = tf_stats_find_effect (stats, "organised-leisure");

  /* School (threshold 3 on 0–10, higher is better), up to 30 June:
   * A 2 → 6 (+4) improved; B 5 → 3 (−2) held; G 7 → 3 (−4) worsened (its
   * 9 in August is after the quarter); D scored once */
  g_assert_nonnull (school);
  g_assert_cmpfloat (school->threshold, ==, 3);
  g_assert_cmpstr (school->threshold_label, ==, "3 points");
  g_assert_false (school->threshold_is_set);
  g_assert_cmpint (school->improved.n, ==, 1);
  g_assert_cmpint (school->held.n, ==, 1);
  g_assert_cmpint (school->worsened.n, ==, 1);
  g_assert_cmpint (school->measured_once.n, ==, 1);
  assert_cases (&school->improved, f->a, NONE);
  assert_cases (&school->held, f->b, NONE);
  assert_cases (&school->worsened, f->g, NONE);
  assert_cases (&school->measured_once, f->d, NONE);
  /* No family scores at all */
  g_assert_cmpint (family->improved.n + family->held.n + family->worsened.n + family->measured_once.n, ==, 0);

  /* Goals: A's plan means 3 → 7 improved; D 5 → 4 held; B one plan */
  g_assert_cmpint (goals->improved.n, ==, 1);
  g_assert_cmpint (goals->held.n, ==, 1);
  g_assert_cmpint (goals->worsened.n, ==, 0);
  g_assert_cmpint (goals->measured_once.n, ==, 1);
  assert_cases (&goals->improved, f->a, NONE);
  assert_cases (&goals->held, f->d, NONE);
  assert_cases (&goals->measured_once, f->b, NONE);

  /* Concern level, lower is better, the area file's threshold 1:
   * A 8 → 5 improved; B 4 → 4 held; G 3 → 6 worsened */
  g_assert_false (concern->higher_is_better);
  g_assert_cmpfloat (concern->threshold, ==, 1);
  g_assert_cmpint (concern->improved.n, ==, 1);
  g_assert_cmpint (concern->held.n, ==, 1);
  g_assert_cmpint (concern->worsened.n, ==, 1);
  /* Every work area's indicator is there, with its declared direction */
  g_assert_nonnull (leisure);
  g_assert_true (leisure->higher_is_better);

  /* The coordinator sets 5 points for school: A's +4 and G's −4 now held */
  g_assert_true (tf_stats_indicator_threshold_set (f->session, "domain:school", 5, &error));
  g_assert_no_error (error);
  stricter = compute (f, "2025-Q2");
  school = tf_stats_find_effect (stricter, "domain:school");
  g_assert_true (school->threshold_is_set);
  g_assert_cmpfloat (school->threshold, ==, 5);
  g_assert_cmpint (school->improved.n, ==, 0);
  g_assert_cmpint (school->held.n, ==, 3);
  g_assert_cmpint (school->worsened.n, ==, 0);
  /* 0 goes back to the default; a negative one is refused */
  g_assert_true (tf_stats_indicator_threshold_set (f->session, "domain:school", 0, &error));
  g_assert_false (tf_stats_indicator_threshold_get (f->session, "domain:school", NULL, &error));
  g_assert_no_error (error);
  g_assert_false (tf_stats_indicator_threshold_set (f->session, "domain:school", -1, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
}

/* An indicator without Threshold= gets 3 points on 0–10 scaled to its
 * range: 30 on 0–100. */
static void
test_effect_scaled_threshold (Fixture       *f,
                              gconstpointer  data)
{
  static const char area_file[] =
    "[Area]\nId=test\nTitle=Test\nIcon=x\n\n"
    "[Form note]\nTitle=Note\n\n[Field note/date]\nLabel=Date\nType=date\n\n"
    "[Indicator test-attendance]\nTitle=Attendance\nUnit=%\nHigherIsBetter=true\nMin=0\nMax=100\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (area_file, sizeof area_file - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(TfArea) area = tf_area_new_from_bytes (bytes, &error);
  g_autoptr(TfStats) stats = NULL;
  const TfStatsEffect *attendance;

  g_assert_no_error (error);
  g_assert_true (tf_registry_add_area (f->registry, area, &error));
  g_assert_no_error (error);
  /* A 40 → 75 (+35) improved; B 60 → 40 (−20) held; G 80 → 45 (−35) worsened */
  add_value (f, f->a, "test-attendance", "2025-03-01", 40);
  add_value (f, f->a, "test-attendance", "2025-06-01", 75);
  add_value (f, f->b, "test-attendance", "2025-04-20", 60);
  add_value (f, f->b, "test-attendance", "2025-06-01", 40);
  add_value (f, f->g, "test-attendance", "2025-02-01", 80);
  add_value (f, f->g, "test-attendance", "2025-05-01", 45);
  stats = compute (f, "2025-Q2");
  attendance = tf_stats_find_effect (stats, "test-attendance");
  g_assert_nonnull (attendance);
  g_assert_cmpfloat_with_epsilon (attendance->threshold, 30, 1e-9);
  g_assert_cmpstr (attendance->threshold_label, ==, "30 %");
  g_assert_cmpint (attendance->improved.n, ==, 1);
  g_assert_cmpint (attendance->held.n, ==, 1);
  g_assert_cmpint (attendance->worsened.n, ==, 1);
  tf_registry_remove_area (f->registry, "test");
}

static void
test_reoffending (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(TfStats) quarter = compute (f, "2025-Q2");
  g_autoptr(TfStats) year = compute (f, "2025");
  const TfStatsReoffending *r = tf_stats_get_reoffending (quarter);

  /* First plans: D 2024-12-05, A 2025-03-20, B 2025-05-12. By 30 June only
   * D's 6 months after (to 2025-06-05) are over; A and B are pending.
   * D: before [2024-06-05, 2024-12-05): 08-01, 11-30 = 2; after
   * [2024-12-05, 2025-06-05): 02-01 = 1 (07-01 is past the window) */
  g_assert_cmpint (r->followed.n, ==, 1);
  g_assert_cmpint (r->pending.n, ==, 2);
  g_assert_cmpint (r->contacts_before.n, ==, 2);
  g_assert_cmpint (r->contacts_after.n, ==, 1);
  g_assert_cmpint (r->with_contacts_before.n, ==, 1);
  g_assert_cmpint (r->with_contacts_after.n, ==, 1);
  assert_cases (&r->followed, f->d, NONE);
  assert_cases (&r->pending, f->a, f->b, NONE);
  assert_cases (&r->contacts_before, f->d, NONE);
  assert_cases (&r->with_contacts_after, f->d, NONE);

  /* By 31 December all three are followed. A: before [2024-09-20,
   * 2025-03-20): 01-15; after: 04-01. B: none. So 3 before, 2 after. */
  r = tf_stats_get_reoffending (year);
  g_assert_cmpint (r->followed.n, ==, 3);
  g_assert_cmpint (r->pending.n, ==, 0);
  g_assert_cmpint (r->contacts_before.n, ==, 3);
  g_assert_cmpint (r->contacts_after.n, ==, 2);
  g_assert_cmpint (r->with_contacts_before.n, ==, 2);
  g_assert_cmpint (r->with_contacts_after.n, ==, 2);
  assert_cases (&r->followed, f->a, f->b, f->d, NONE);
  assert_cases (&r->contacts_after, f->a, f->d, NONE);
  assert_cases (&r->with_contacts_before, f->a, f->d, NONE);
}

static void
test_placements (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStats) before = compute (f, "2025-Q2");
  g_autoptr(TfStats) after = NULL;
  const TfStatsPlacements *p = tf_stats_get_placements (before);

  /* Worked with in Q2: A, D, G active on 31 March, B made active in May */
  g_assert_cmpint (p->young_people.n, ==, 4);
  assert_cases (&p->young_people, f->a, f->b, f->d, f->g, NONE);
  /* No estimate until the coordinator sets the unit costs */
  g_assert_false (p->configured);
  g_assert_cmpfloat (p->value, ==, 0);

  g_assert_true (tf_stats_setting_set (f->session, "placement-cost-per-year", 900000, &error));
  g_assert_no_error (error);
  g_assert_true (tf_stats_setting_set (f->session, "placement-share-avoided", 25, &error));
  g_assert_no_error (error);
  after = compute (f, "2025-Q2");
  p = tf_stats_get_placements (after);
  /* 4 × 25 % = 1 placement × 900.000 kr. × 1 year */
  g_assert_true (p->configured);
  g_assert_cmpfloat_with_epsilon (p->placements_avoided, 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (p->value, 900000, 1e-6);

  /* Out of range is refused with a message */
  g_assert_false (tf_stats_setting_set (f->session, "placement-share-avoided", 120, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (tf_stats_setting_set (f->session, "no-such-setting", 1, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
}

static void
test_settings_coordinator_only (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfSession) caseworker = NULL;
  double value = 0;
  gboolean is_set = TRUE;

  caseworker = tf_session_new_for_login (f->store, "lars", "Lars Berg", &error);
  g_assert_no_error (error);
  exec_sql (f, "UPDATE staff_member SET role = 'caseworker' WHERE login = 'lars'");
  g_clear_object (&caseworker);
  caseworker = tf_session_new_for_login (f->store, "lars", "Lars Berg", &error);
  g_assert_no_error (error);
  g_assert_false (tf_stats_setting_set (caseworker, "anonymity-threshold", 3, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_DENIED);
  g_assert_true (tf_stats_setting_get (caseworker, "anonymity-threshold", &value, &is_set, NULL));
  g_assert_cmpfloat (value, ==, 5);
  g_assert_false (is_set);
}

static void
test_anonymity (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStats) stats = compute (f, "2025-Q2");
  g_autoptr(TfStats) lower = NULL;
  const TfStatsFunnel *funnel = tf_stats_get_funnel (stats);
  g_autofree char *shown = NULL;
  g_autofree char *hidden = NULL;
  g_autofree char *zero = NULL;
  g_autofree char *note = NULL;

  /* Default threshold 5: 1–4 are below it, 0 is not */
  g_assert_cmpint (tf_stats_get_anonymity_threshold (stats), ==, 5);
  g_assert_true (funnel->entered[TF_CASE_STATUS_REFERRED].below_threshold);   /* 4 */
  g_assert_false (funnel->at_end[TF_CASE_STATUS_IN_PROCESS].below_threshold); /* 0 */
  g_assert_true (tf_stats_get_meetings (stats)->held.below_threshold);        /* 3 */
  hidden = tf_stats_format_count (stats, &funnel->entered[TF_CASE_STATUS_REFERRED], TRUE);
  g_assert_cmpstr (hidden, ==, "fewer than 5");
  shown = tf_stats_format_count (stats, &funnel->entered[TF_CASE_STATUS_REFERRED], FALSE);
  g_assert_cmpstr (shown, ==, "4");
  zero = tf_stats_format_count (stats, &funnel->at_end[TF_CASE_STATUS_IN_PROCESS], TRUE);
  g_assert_cmpstr (zero, ==, "0");
  note = tf_stats_hidden_note (stats);
  g_assert_nonnull (strstr (note, "5"));

  /* At 3, the 4 referrals show and the 3 meetings too */
  g_assert_true (tf_stats_setting_set (f->session, "anonymity-threshold", 3, &error));
  g_assert_no_error (error);
  lower = compute (f, "2025-Q2");
  g_assert_false (tf_stats_get_funnel (lower)->entered[TF_CASE_STATUS_REFERRED].below_threshold);
  g_assert_false (tf_stats_get_meetings (lower)->held.below_threshold);
  g_assert_true (tf_stats_get_meetings (lower)->tasks_done.below_threshold);   /* 2 */
  /* A threshold must be a whole number from 1 */
  g_assert_false (tf_stats_setting_set (f->session, "anonymity-threshold", 2.5, &error));
  g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
}

/* Runs `taskforce stats` on the fixture; returns stdout, sets *status. */
static char *
run_cli (Fixture     *f,
         const char  *period,
         gboolean     json,
         int         *status,
         char       **err_out)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  const char *exe = g_getenv ("TASKFORCE_EXE");
  char *out = NULL;

  g_assert_nonnull (exe);
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                              exe, "stats", "--database", f->path, "--period", period,
                              json ? "--json" : NULL, NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &out, err_out, &error));
  g_assert_no_error (error);
  *status = g_subprocess_get_exit_status (process);
  return out;
}

static void
test_cli_json (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) python = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *checked = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_err = NULL;
  int status;

  out = run_cli (f, "2025-Q2", TRUE, &status, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "\"id\": \"2025-Q2\""));
  g_assert_nonnull (strstr (out, "\"first_day\": \"2025-04-01\""));
  g_assert_nonnull (strstr (out, "\"placements_avoided_estimate\""));
  g_assert_nonnull (strstr (out, "\"estimate\": true"));

  /* Real JSON: Python reads it back, and finds the hand-counted figures */
  python = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                             "python3", "-c",
                             "import json, sys\n"
                             "d = json.load(sys.stdin)\n"
                             "f = d['funnel']\n"
                             "print(f['entered']['referred']['n'], f['screened']['n'],\n"
                             "      f['at_end']['active']['n'], d['active_cases']['n'],\n"
                             "      [c['open_at_end']['n'] for c in d['caseload'] if c['month'] == '2025-04'][0],\n"
                             "      d['meetings']['held']['n'],\n"
                             "      [e['improved']['n'] for e in d['effect'] if e['key'] == 'domain:school'][0],\n"
                             "      d['reoffending']['police_contacts_before']['n'],\n"
                             "      f['entered']['referred']['below_threshold'])\n",
                             NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (python, out, NULL, &checked, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (python), ==, 0);
  /* The numbers asserted in the tests above, in that order */
  g_assert_cmpstr (checked, ==, "4 3 2 2 4 3 1 2 True\n");

  /* Without --json: a readable summary */
  text = run_cli (f, "2025-Q2", FALSE, &status, &text_err);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (text, "Quarter 2 2025"));
  g_assert_nonnull (strstr (text, "Estimate of placements avoided"));
}

/* `taskforce stats --json --cases`: every count lists its cases, sorted and
 * each once; a count of cases has exactly n of them; the ids are the
 * fixture's. Without --cases, no ids; --cases alone is refused. */
static void
test_cli_traces (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GSubprocess) python = NULL;
  g_autoptr(GSubprocess) refused = NULL;
  g_autofree char *out = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *plain_err = NULL;
  g_autofree char *checked = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *refused_err = NULL;
  int status;

  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error, g_getenv ("TASKFORCE_EXE"), "stats",
                              "--database", f->path, "--period", "2025-Q2", "--json", "--cases", NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);

  python = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error,
                             "python3", "-c",
                             "import json, sys\n"
                             "d = json.load(sys.stdin)\n"
                             "def counts(x, path):\n"
                             "    if isinstance(x, dict):\n"
                             "        if 'n' in x and 'below_threshold' in x:\n"
                             "            yield path, x\n"
                             "        for k, v in x.items():\n"
                             "            yield from counts(v, path + '/' + k)\n"
                             "    elif isinstance(x, list):\n"
                             "        for v in x:\n"
                             "            yield from counts(v, path)\n"
                             "n = 0\n"
                             "for path, c in counts(d, ''):\n"
                             "    ids = c['cases']\n"
                             "    assert ids == sorted(set(ids)) and all(i > 0 for i in ids), path\n"
                             "    assert (len(ids) == 0) == (c['n'] == 0), path\n"
                             "    if path.startswith(('/funnel', '/caseload', '/active')):\n"
                             "        assert len(ids) == c['n'], path\n"
                             "    n += 1\n"
                             "f = d['funnel']\n"
                             "print(n > 100, f['entered']['referred']['cases'], d['active_cases']['cases'])\n",
                             NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (python, out, NULL, &checked, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (python), ==, 0);
  expected = g_strdup_printf ("True [%d, %d, %d, %d] [%d, %d]\n", (int) f->b, (int) f->c, (int) f->e, (int) f->f,
                              (int) f->a, (int) f->g);
  g_assert_cmpstr (checked, ==, expected);

  /* The plain JSON has no ids */
  plain = run_cli (f, "2025-Q2", TRUE, &status, &plain_err);
  g_assert_cmpint (status, ==, 0);
  g_assert_null (strstr (plain, "\"cases\""));

  refused = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                              g_getenv ("TASKFORCE_EXE"), "stats", "--database", f->path,
                              "--period", "2025-Q2", "--cases", NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (refused, NULL, NULL, NULL, &refused_err, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (refused), ==, 1);
  g_assert_nonnull (strstr (refused_err, "--json"));
}

static void
test_cli_refuses (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *missing_out = NULL;
  g_autofree char *missing_err = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "no-such.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  int status;

  /* A bad period: exit 1 and a message showing the forms */
  out = run_cli (f, "2025-Q7", TRUE, &status, &err);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (err, "quarter 7"));

  /* A store that does not exist: exit 1, and no file made */
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                              g_getenv ("TASKFORCE_EXE"), "stats", "--database", missing,
                              "--period", "2025", "--json", NULL);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, &missing_out, &missing_err, &error));
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
  g_assert_cmpstr (missing_out, ==, "");
  g_assert_true (g_str_has_prefix (missing_err, "taskforce: "));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
}

/* A form may count in the figures only with a known Statistic and a
 * choice field to break it down by. */
static void
test_area_statistic_key (void)
{
  static const char * const bad[] = {
    "Statistic=arrests\n",
    "Statistic=legal-basis\n",
    "Statistic=legal-basis\nStatisticField=note\n",
    "Statistic=legal-basis\nStatisticField=missing\n",
    "StatisticField=basis\n",
    NULL
  };
  static const char good[] = "Statistic=legal-basis\nStatisticField=basis\n";
  const char *head =
    "[Area]\nId=test\nTitle=Test\nIcon=x\n\n[Form decision]\nTitle=Decision\nCategory=record\n";
  const char *tail =
    "\n[Field decision/date]\nLabel=Date\nType=date\n\n"
    "[Field decision/note]\nLabel=Note\nType=text\n\n"
    "[Field decision/basis]\nLabel=Basis\nType=choice\n\n"
    "[Choice decision/basis/one]\nLabel=One\n";

  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_autofree char *text = g_strconcat (head, bad[i], tail, NULL);
      g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
      g_autoptr(GError) error = NULL;
      g_autoptr(TfArea) area = tf_area_new_from_bytes (bytes, &error);

      g_assert_null (area);
      g_assert_error (error, TF_ERROR, TF_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, "Statistic"));
    }
  {
    g_autofree char *text = g_strconcat (head, good, tail, NULL);
    g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
    g_autoptr(GError) error = NULL;
    g_autoptr(TfArea) area = tf_area_new_from_bytes (bytes, &error);
    g_autoptr(TfForm) form = NULL;

    g_assert_no_error (error);
    form = g_list_model_get_item (tf_area_get_forms (area), 0);
    g_assert_cmpstr (tf_form_get_statistic (form), ==, "legal-basis");
    g_assert_cmpstr (tf_form_get_statistic_field (form), ==, "basis");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/stats/funnel", test_funnel);
  ADD ("/stats/caseload", test_caseload);
  ADD ("/stats/legal-basis", test_legal_basis);
  ADD ("/stats/activity", test_activity);
  ADD ("/stats/effect", test_effect);
  ADD ("/stats/effect-scaled-threshold", test_effect_scaled_threshold);
  ADD ("/stats/reoffending", test_reoffending);
  ADD ("/stats/placements", test_placements);
  ADD ("/stats/settings-coordinator-only", test_settings_coordinator_only);
  ADD ("/stats/anonymity", test_anonymity);
  ADD ("/stats/cli-json", test_cli_json);
  ADD ("/stats/cli-refuses", test_cli_refuses);
  ADD ("/stats/cli-traces", test_cli_traces);
#undef ADD
  g_test_add_func ("/stats/area-statistic-key", test_area_statistic_key);
  return g_test_run ();
}
