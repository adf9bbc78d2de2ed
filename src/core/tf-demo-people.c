/* tf-demo-people.c — the young people, their guardians and their cases
 *
 * Writes one young person from their plan: name, CPR number, address and
 * school, one to two guardians, the case with its referral, and its status
 * history; then hands over to the journal notes. Every detail comes from the
 * young person's own random stream (STREAM_DETAILS), in a fixed order of
 * draws, so changing what is drawn here changes every store made with a seed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-cpr.h"
#include "tf-demo-private.h"
#include "tf-format.h"

gboolean
_tf_demo_load_used_cprs (Run     *run,
                         GError **error)
{
  g_autoptr(TfStmt) stmt = tf_store_prepare (run->store,
    "SELECT cpr FROM young_person WHERE cpr IS NOT NULL", error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 value = g_ascii_strtoll ((const char *) sqlite3_column_text (stmt, 0), NULL, 10);
      g_hash_table_add (run->used_cpr, g_memdup2 (&value, sizeof value));
    }
  return rc == SQLITE_DONE || tf_store_set_error (run->store, error);
}

/* A well-formed, unused CPR number for the birth date: the 7th digit gives
 * the right century (tf_cpr_century_year), the last digit follows the old
 * odd/even custom. Collisions move on to the next serial, deterministically. */
static gboolean
make_cpr (Run            *run,
          Rng            *rng,
          const CasePlan *plan,
          char            out[16])
{
  int y, m, d, yy;
  int allowed[10];
  guint n_allowed = 0, first, serial;
  int parity = plan->gender == TF_GENDER_BOY ? 1 : 0;

  _tf_day_to_civil (plan->birth, &y, &m, &d);
  yy = y % 100;
  for (int digit = 0; digit < 10; digit++)
    if (tf_cpr_century_year (yy, digit) == y)
      allowed[n_allowed++] = digit;
  if (n_allowed == 0)
    return FALSE;

  first = _tf_demo_rng_below (rng, n_allowed);
  serial = _tf_demo_rng_below (rng, 500);
  for (guint a = 0; a < n_allowed; a++)
    {
      int digit = allowed[(first + a) % n_allowed];

      for (guint s = 0; s < 500; s++)
        {
          /* 7 is prime to 500, so this visits every serial once */
          guint last3 = ((serial + s * 7) % 500) * 2 + (guint) parity;
          gint64 value = ((gint64) (d * 10000 + m * 100 + yy)) * 10000 + digit * 1000 + last3;

          if (!g_hash_table_contains (run->used_cpr, &value))
            {
              g_hash_table_add (run->used_cpr, g_memdup2 (&value, sizeof value));
              g_snprintf (out, 16, "%02d%02d%02d%d%03u", d, m, yy, digit, last3);
              return TRUE;
            }
        }
    }
  return FALSE;
}

static void
make_mobile (Rng  *rng,
             char  out[16])
{
  const char *prefix = _tf_demo_mobile_prefixes[_tf_demo_rng_below (rng, _tf_demo_n_mobile_prefixes)];
  /* One draw per statement: the order of arguments is unspecified in C */
  guint a = _tf_demo_rng_below (rng, 100);
  guint b = _tf_demo_rng_below (rng, 100);
  guint c = _tf_demo_rng_below (rng, 100);

  g_snprintf (out, 16, "%s %02u %02u %02u", prefix, a, b, c);
}

/* "mette.aagaard@eksempel.dk": lower-case ASCII, the way Danes spell their
 * names in addresses. eksempel.dk keeps the addresses fictional. */
static void
make_email (const char *first,
            const char *last,
            int         number,
            char        out[96])
{
  GString *s = g_string_sized_new (64);
  const char *parts[] = { first, ".", last };

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    for (const char *p = parts[i]; *p != '\0'; p = g_utf8_next_char (p))
      {
        gunichar c = g_unichar_tolower (g_utf8_get_char (p));

        switch (c)
          {
          case 0xE6: g_string_append (s, "ae"); break;   /* æ */
          case 0xF8: g_string_append (s, "oe"); break;   /* ø */
          case 0xE5: g_string_append (s, "aa"); break;   /* å */
          case 0xE4: g_string_append (s, "ae"); break;   /* ä */
          case 0xF6: g_string_append (s, "oe"); break;   /* ö */
          case 0xE9: g_string_append_c (s, 'e'); break;  /* é */
          default:
            if (c < 128 && (g_ascii_isalnum ((char) c) || c == '.' || c == '-'))
              g_string_append_c (s, (char) c);
            break;
          }
      }
  if (number > 0)
    g_string_append_printf (s, "%d", number);
  g_string_append (s, "@eksempel.dk");
  g_strlcpy (out, s->str, 96);
  g_string_free (s, TRUE);
}

typedef struct
{
  const char *school;
  char        school_class[48];
} Schooling;

static void
choose_school (Run              *run,
               Rng              *rng,
               const CasePlan   *plan,
               const TfDemoTown *town,
               Schooling        *out)
{
  int y, m, d, grade;
  char letter;

  _tf_day_to_civil (plan->birth, &y, &m, &d);
  grade = run->school_year - y - 6;
  if (_tf_demo_rng_chance (rng, 0.06))
    grade--;   /* started a year late or repeated one */
  letter = (char) ('a' + _tf_demo_rng_below (rng, town->weight >= 50 ? 4 : 2));
  out->school_class[0] = '\0';

  if (grade >= 10 && plan->age >= 16 && (grade >= 11 || _tf_demo_rng_chance (rng, 0.35)))
    {
      const TfDemoEducation *education;

      /* Out of school: most in a youth education, some in nothing yet */
      if (_tf_demo_rng_chance (rng, 0.15))
        {
          out->school = NULL;
          return;
        }
      education = &_tf_demo_youth_education[_tf_demo_rng_below (rng, _tf_demo_n_youth_education)];
      out->school = education->school;
      if (grade < 12 && g_str_equal (education->school_class, "2.g"))
        g_strlcpy (out->school_class, "1.g", sizeof out->school_class);
      else
        g_strlcpy (out->school_class, education->school_class, sizeof out->school_class);
    }
  else if (grade >= 10)
    {
      out->school = TF_DEMO_SCHOOL_TENTH;
      g_snprintf (out->school_class, sizeof out->school_class, "10.%c", letter);
    }
  else if (grade >= 7)
    {
      double u = _tf_demo_rng_unit (rng);

      if (u < 0.08)
        {
          out->school = TF_DEMO_SCHOOL_FULL_TIME;
          g_snprintf (out->school_class, sizeof out->school_class, "%d. klasse", grade);
        }
      else if (u < 0.12)
        {
          out->school = TF_DEMO_SCHOOL_SPECIAL;
          g_snprintf (out->school_class, sizeof out->school_class, "%d. klasse", grade);
        }
      else
        {
          out->school = town->school_upper_alt != NULL && _tf_demo_rng_chance (rng, 0.45)
                        ? town->school_upper_alt : town->school_upper;
          g_snprintf (out->school_class, sizeof out->school_class, "%d.%c", grade, letter);
        }
    }
  else
    {
      out->school = town->school_middle;
      g_snprintf (out->school_class, sizeof out->school_class, "%d.%c", MAX (grade, 5), letter);
    }
}

static gboolean
insert_guardian (Run         *run,
                 Rng         *rng,
                 gint64       young_person_id,
                 int          position,
                 const char  *first,
                 const char  *last,
                 const char  *relation,
                 gboolean     has_custody,
                 GError     **error)
{
  TfStmt *stmt = run->insert_guardian;
  char name[128], phone[16], email[96];

  g_snprintf (name, sizeof name, "%s %s", first, last);
  make_mobile (rng, phone);
  sqlite3_bind_int64 (stmt, 1, young_person_id);
  sqlite3_bind_int (stmt, 2, position);
  sqlite3_bind_text (stmt, 3, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, relation, -1, SQLITE_STATIC);
  if (_tf_demo_rng_chance (rng, 0.95))
    sqlite3_bind_text (stmt, 5, phone, -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 5);
  if (_tf_demo_rng_chance (rng, 0.40))
    {
      make_email (first, last, _tf_demo_rng_chance (rng, 0.3) ? _tf_demo_rng_range (rng, 1, 99) : 0, email);
      sqlite3_bind_text (stmt, 6, email, -1, SQLITE_STATIC);
    }
  else
    sqlite3_bind_null (stmt, 6);
  sqlite3_bind_int (stmt, 7, has_custody ? 1 : 0);
  return _tf_demo_step (run, stmt, error);
}

static gboolean
insert_guardians (Run         *run,
                  Rng         *rng,
                  gint64       young_person_id,
                  const char  *child_last,
                  GError     **error)
{
  double u = _tf_demo_rng_unit (rng);
  const char *mother = _tf_demo_rng_pick_common (rng, &_tf_demo_mother_names);
  const char *father = _tf_demo_rng_pick_common (rng, &_tf_demo_father_names);
  const char *mother_last = _tf_demo_rng_chance (rng, 0.65) ? child_last
                                                            : _tf_demo_rng_pick_common (rng, &_tf_demo_last_names);
  const char *father_last = _tf_demo_rng_chance (rng, 0.85) ? child_last
                                                            : _tf_demo_rng_pick_common (rng, &_tf_demo_last_names);

  if (u < 0.58)
    {
      /* Both parents */
      return insert_guardian (run, rng, young_person_id, 1, mother, mother_last, "mother", TRUE, error) &&
             insert_guardian (run, rng, young_person_id, 2, father, father_last, "father", TRUE, error);
    }
  if (u < 0.79)
    return insert_guardian (run, rng, young_person_id, 1, mother, mother_last, "mother", TRUE, error);
  if (u < 0.92)
    return insert_guardian (run, rng, young_person_id, 1, father, father_last, "father", TRUE, error);

  /* In foster care: the parent keeps custody, the foster parent is the daily contact */
  {
    const char *foster = _tf_demo_rng_chance (rng, 0.5) ? _tf_demo_rng_pick_common (rng, &_tf_demo_mother_names)
                                               : _tf_demo_rng_pick_common (rng, &_tf_demo_father_names);
    const char *foster_last = _tf_demo_rng_pick_common (rng, &_tf_demo_last_names);

    return insert_guardian (run, rng, young_person_id, 1, mother, mother_last, "mother", TRUE, error) &&
           insert_guardian (run, rng, young_person_id, 2, foster, foster_last, "foster-parent", FALSE, error);
  }
}

static const char *
screening_reason_id (NotRelevantKind kind)
{
  switch (kind)
    {
    case NOT_RELEVANT_ALREADY_HAS_INTERVENTION: return "has-intervention";
    case NOT_RELEVANT_WORRY_NOT_CURRENT:        return "not-current";
    case NOT_RELEVANT_OTHER:
    default:                                    return "other";
    }
}

/* A change of the motivation category while the status stays @status_then:
 * a history row of kind 'motivation'. Its time comes from the day alone, so
 * the details stream draws as it did before these rows existed. */
static gboolean
insert_motivation (Run            *run,
                   const CasePlan *plan,
                   gint64          case_id,
                   guint           coordinator,
                   TfCaseStatus    status_then,
                   GError        **error)
{
  TfStmt *stmt = run->insert_history;
  char day[11];

  _tf_day_format (plan->motivation_day, day);
  sqlite3_bind_int64 (stmt, 1, case_id);
  sqlite3_bind_text (stmt, 2, tf_case_status_to_id (status_then), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, day, 10, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, _tf_day_epoch (plan->motivation_day) + 10 * 3600 + (case_id % 300) * 60);
  sqlite3_bind_int64 (stmt, 5, run->staff[coordinator].id);
  sqlite3_bind_text (stmt, 6, plan->motivation_later < plan->motivation
                              ? "Motivationen er øget; vurderet på opfølgningsmødet."
                              : "Motivationen er faldet; vurderet på opfølgningsmødet.", -1, SQLITE_STATIC);
  sqlite3_bind_null (stmt, 7);
  sqlite3_bind_int (stmt, 8, plan->motivation_later);
  sqlite3_bind_text (stmt, 9, "motivation", -1, SQLITE_STATIC);
  return _tf_demo_step (run, stmt, error);
}

gboolean
_tf_demo_insert_young_person (Run      *run,
                              guint64   index,
                              GError  **error)
{
  CasePlan plan;
  Rng rng;
  Subject who;
  const TfDemoTown *town;
  guint town_weights[16];
  Schooling schooling;
  const char *first, *last, *street;
  char birth[11], referral[11], follow_up[11], closed_on[11];
  char cpr[16], phone[16], address[96];
  g_autofree char *name_for_key = NULL;
  g_autofree char *sort_key = NULL;
  gint64 young_person_id, case_id, created_at;
  guint coordinator;
  gboolean has_coordinator;
  gboolean is_open;
  Text reason;
  guint n_notes;
  gboolean motivation_pending;

  _tf_demo_plan_case (&run->plan, index, &plan);
  n_notes = _tf_demo_notes_for_case (run, &plan, index);
  _tf_demo_rng_init (&rng, run->plan.seed, index, STREAM_DETAILS);

  /* Who */
  first = _tf_demo_rng_pick_common (&rng, plan.gender == TF_GENDER_GIRL ? &_tf_demo_girl_names : &_tf_demo_boy_names);
  last = _tf_demo_rng_pick_common (&rng, &_tf_demo_last_names);
  who.first_name = first;
  who.girl = plan.gender == TF_GENDER_GIRL;
  name_for_key = g_strconcat (last, " ", first, NULL);
  sort_key = tf_collate_key_da (name_for_key);
  _tf_day_format (plan.birth, birth);
  _tf_day_format (plan.days[0], referral);

  /* Where */
  for (guint i = 0; i < _tf_demo_n_towns; i++)
    town_weights[i] = _tf_demo_towns[i].weight;
  town = &_tf_demo_towns[_tf_demo_rng_weighted (&rng, town_weights, _tf_demo_n_towns)];
  street = _tf_demo_rng_pick (&rng, &town->streets);
  if (town->flats && _tf_demo_rng_chance (&rng, 0.35))
    {
      static const char * const floors[] = { "st. th.", "st. tv.", "1. th.", "1. tv.", "2. th.", "2. tv.", "3. mf." };
      int number = _tf_demo_rng_range (&rng, 1, 140);
      const char *floor_side = floors[_tf_demo_rng_below (&rng, G_N_ELEMENTS (floors))];

      g_snprintf (address, sizeof address, "%s %d, %s", street, number, floor_side);
    }
  else
    g_snprintf (address, sizeof address, "%s %d", street, _tf_demo_rng_range (&rng, 1, 60));
  choose_school (run, &rng, &plan, town, &schooling);

  created_at = _tf_day_epoch (plan.days[0]) + _tf_demo_rng_range (&rng, 8 * 3600, 15 * 3600);

  {
    TfStmt *stmt = run->insert_young_person;
    gboolean has_cpr = make_cpr (run, &rng, &plan, cpr);
    gboolean has_phone = plan.age >= 13 && _tf_demo_rng_chance (&rng, 0.65);

    make_mobile (&rng, phone);
    sqlite3_bind_text (stmt, 1, first, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 2, last, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 3, sort_key, -1, SQLITE_STATIC);
    if (has_cpr)
      sqlite3_bind_text (stmt, 4, cpr, 10, SQLITE_STATIC);
    else
      sqlite3_bind_null (stmt, 4);
    sqlite3_bind_text (stmt, 5, birth, 10, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 6, tf_gender_to_id (plan.gender), -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 7, address, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 8, town->postcode, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 9, town->city, -1, SQLITE_STATIC);
    if (schooling.school != NULL)
      sqlite3_bind_text (stmt, 10, schooling.school, -1, SQLITE_STATIC);
    else
      sqlite3_bind_null (stmt, 10);
    if (schooling.school_class[0] != '\0')
      sqlite3_bind_text (stmt, 11, schooling.school_class, -1, SQLITE_STATIC);
    else
      sqlite3_bind_null (stmt, 11);
    if (has_phone)
      sqlite3_bind_text (stmt, 12, phone, -1, SQLITE_STATIC);
    else
      sqlite3_bind_null (stmt, 12);
    sqlite3_bind_int64 (stmt, 13, created_at);
    if (!_tf_demo_step (run, stmt, error))
      return FALSE;
    young_person_id = sqlite3_last_insert_rowid (tf_store_get_db (run->store));
  }

  if (!insert_guardians (run, &rng, young_person_id, last, error))
    return FALSE;

  /* The case */
  coordinator = _tf_demo_pick_coordinator (run, &rng);
  has_coordinator = plan.status != TF_CASE_STATUS_REFERRED;   /* given at the screening */
  is_open = tf_case_status_is_open (plan.status);
  _tf_demo_build_referral_reason (&rng, &plan, &who, &reason);

  {
    TfStmt *stmt = run->insert_case;
    gint32 last_step = plan.days[plan.n_steps - 1];

    sqlite3_bind_int64 (stmt, 1, young_person_id);
    sqlite3_bind_text (stmt, 2, tf_case_status_to_id (plan.status), -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 3, referral, 10, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 4, tf_referral_source_to_id (plan.source), -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 5, reason.buf, (int) reason.len, SQLITE_STATIC);
    if (has_coordinator)
      sqlite3_bind_int64 (stmt, 6, run->staff[coordinator].id);
    else
      sqlite3_bind_null (stmt, 6);
    if (is_open)
      {
        /* Some follow-ups overdue, some today, most within two months */
        double u = _tf_demo_rng_unit (&rng);
        int offset = u < 0.12 ? -_tf_demo_rng_range (&rng, 1, 20) : u < 0.18 ? 0 : _tf_demo_rng_range (&rng, 1, 60);
        gint32 day = run->plan.today + offset;

        if (day < last_step)
          day = run->plan.today;
        _tf_day_format (day, follow_up);
        sqlite3_bind_text (stmt, 7, follow_up, 10, SQLITE_STATIC);
      }
    else
      sqlite3_bind_null (stmt, 7);
    if (plan.status == TF_CASE_STATUS_CLOSED)
      {
        _tf_day_format (last_step, closed_on);
        sqlite3_bind_text (stmt, 8, closed_on, 10, SQLITE_STATIC);
        sqlite3_bind_text (stmt, 9, _tf_demo_closing_reasons[plan.closing].id, -1, SQLITE_STATIC);
      }
    else
      {
        sqlite3_bind_null (stmt, 8);
        sqlite3_bind_null (stmt, 9);
      }
    sqlite3_bind_text (stmt, 10, sort_key, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 11, birth, 10, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 12, has_coordinator ? run->staff[coordinator].sort_key : "", -1, SQLITE_STATIC);
    sqlite3_bind_int64 (stmt, 13, created_at);
    sqlite3_bind_int64 (stmt, 14, _tf_day_epoch (last_step) + _tf_demo_rng_range (&rng, 9 * 3600, 15 * 3600));
    {
      g_autofree char *school_key = schooling.school ? tf_collate_key_da (schooling.school) : g_strdup ("");

      sqlite3_bind_text (stmt, 15, school_key, -1, SQLITE_TRANSIENT);
    }
    if (plan.motivation_later > 0)
      sqlite3_bind_int (stmt, 16, plan.motivation_later);
    else if (plan.motivation > 0)
      sqlite3_bind_int (stmt, 16, plan.motivation);
    else
      sqlite3_bind_null (stmt, 16);
    if (plan.status == TF_CASE_STATUS_NOT_RELEVANT)
      sqlite3_bind_text (stmt, 17, screening_reason_id (plan.not_relevant), -1, SQLITE_STATIC);
    else
      sqlite3_bind_null (stmt, 17);
    if (!_tf_demo_step (run, stmt, error))
      return FALSE;
    case_id = sqlite3_last_insert_rowid (tf_store_get_db (run->store));
  }

  /* Its history, one row per step, each by the coordinator; a later change
   * of the motivation category in its place among them */
  motivation_pending = plan.motivation_later > 0;
  for (guint i = 0; i < plan.n_steps; i++)
    {
      TfStmt *stmt = run->insert_history;
      char day[11];
      const char *why;

      if (motivation_pending && i > 0 && plan.motivation_day < plan.days[i])
        {
          if (!insert_motivation (run, &plan, case_id, coordinator, plan.steps[i - 1], error))
            return FALSE;
          motivation_pending = FALSE;
        }
      why = _tf_demo_history_reason (&rng, &plan, i, &who, &run->text);

      _tf_day_format (plan.days[i], day);
      sqlite3_bind_int64 (stmt, 1, case_id);
      sqlite3_bind_text (stmt, 2, tf_case_status_to_id (plan.steps[i]), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, day, 10, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 4, i == 0 ? created_at
                                          : _tf_day_epoch (plan.days[i])
                                            + _tf_demo_rng_range (&rng, 9 * 3600, 15 * 3600));
      sqlite3_bind_int64 (stmt, 5, run->staff[coordinator].id);
      if (why != NULL)
        sqlite3_bind_text (stmt, 6, why, -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (stmt, 6);
      if (plan.steps[i] == TF_CASE_STATUS_CLOSED)
        sqlite3_bind_text (stmt, 7, _tf_demo_closing_reasons[plan.closing].id, -1, SQLITE_STATIC);
      else if (plan.steps[i] == TF_CASE_STATUS_NOT_RELEVANT)
        sqlite3_bind_text (stmt, 7, screening_reason_id (plan.not_relevant), -1, SQLITE_STATIC);
      else
        sqlite3_bind_null (stmt, 7);
      if ((int) i == plan.motivation_step)
        sqlite3_bind_int (stmt, 8, plan.motivation);
      else
        sqlite3_bind_null (stmt, 8);
      sqlite3_bind_text (stmt, 9, "status", -1, SQLITE_STATIC);
      if (!_tf_demo_step (run, stmt, error))
        return FALSE;
    }

  if (motivation_pending &&
      !insert_motivation (run, &plan, case_id, coordinator, plan.steps[plan.n_steps - 1], error))
    return FALSE;

  return _tf_demo_insert_notes (run, &rng, &plan, &who, case_id, coordinator, n_notes, error);
}
