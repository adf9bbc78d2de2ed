/* tf-demo-case-work-consent.c — a case's consents in the demo data
 *
 * Given at the acceptance by the young person and/or the guardians with
 * custody, for a year, covering 3–7 member organisations (UngNorddjurs
 * always, the fixed members mostly, sometimes an ad hoc member); renewed
 * while the case runs on. Some cases closed because the family declined to
 * continue have it withdrawn; for a few running cases it runs out within
 * the next 14 days, so the reminders have something to show; a few running
 * cases let it lapse.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "tf-demo-case-work-private.h"

/* The custody guardians' names as written on the form: "Mette Holm og Lars Holm" */
static gboolean
guardian_names (CwRun   *run,
                CwCase  *c,
                char    *out,
                gsize    size,
                GError **error)
{
  TfStmt *stmt = run->select_guardians;
  guint n = 0;
  int rc;

  out[0] = '\0';
  sqlite3_bind_int64 (stmt, 1, c->young_person_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW && n < CW_MAX_GUARDIANS)
    {
      if (n > 0)
        g_strlcat (out, " og ", size);
      g_strlcat (out, (const char *) sqlite3_column_text (stmt, 0), size);
      n++;
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    return tf_store_set_error (run->store, error);
  return TRUE;
}

static gboolean
write_one (CwRun       *run,
           Rng         *rng,
           CwCase      *c,
           gboolean     by_young_person,
           const char  *guardians,
           gint32       from,
           gint32       until,
           gint32       withdrawn,
           GError     **error)
{
  static const int fixed[] = { ORG_MYNDIGHED, ORG_FTI, ORG_FAMILIEHUSET, ORG_ALMENSKOLE,
                               ORG_HELTIDSUNDERVISNINGEN, ORG_UNGEINDSATSEN, ORG_UNGDOMSKONSULENTERNE };
  static const int adhoc[] = { ORG_POLITI, ORG_RUSMIDDELCENTER, ORG_SSP };
  TfStmt *stmt = run->insert_consent;
  CwWords words = { c->first_name, c->girl, NULL };
  gboolean chosen[N_ORGS] = { FALSE };
  gint64 id, created = _tf_demo_cw_at_work_hours (rng, from);
  int n_fixed = _tf_demo_rng_range (rng, 2, 5);

  sqlite3_bind_int64 (stmt, 1, c->id);
  sqlite3_bind_int (stmt, 2, by_young_person ? 1 : 0);
  sqlite3_bind_int (stmt, 3, guardians != NULL ? 1 : 0);
  if (guardians != NULL)
    sqlite3_bind_text (stmt, 4, guardians, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, 4);
  _tf_demo_cw_bind_day (stmt, 5, from);
  _tf_demo_cw_bind_day (stmt, 6, until);
  if (_tf_demo_rng_chance (rng, 0.6))
    sqlite3_bind_text (stmt, 7, _tf_demo_rng_pick (rng, &_tf_demo_cw_consent_notes), -1, SQLITE_STATIC);
  else
    sqlite3_bind_null (stmt, 7);
  if (withdrawn >= 0)
    {
      run->text.len = 0;
      run->text.buf[0] = '\0';
      _tf_demo_cw_append (&run->text, _tf_demo_rng_pick (rng, &_tf_demo_cw_withdrawn_notes), &words);
      _tf_demo_cw_bind_day (stmt, 8, withdrawn);
      sqlite3_bind_text (stmt, 9, run->text.buf, (int) run->text.len, SQLITE_TRANSIENT);
    }
  else
    {
      sqlite3_bind_null (stmt, 8);
      sqlite3_bind_null (stmt, 9);
    }
  _tf_demo_cw_bind_author (run, stmt, 10, c);
  sqlite3_bind_int64 (stmt, 11, created);
  sqlite3_bind_int64 (stmt, 12, withdrawn >= 0 ? _tf_day_epoch (withdrawn) + 12 * 3600 : created);
  if (!_tf_demo_cw_step (run, stmt, error))
    return FALSE;
  id = _tf_demo_cw_last_id (run);
  run->n_consents++;

  /* UngNorddjurs always, then fixed members, now and then an ad hoc one */
  chosen[ORG_UNGNORDDJURS] = TRUE;
  {
    int order[G_N_ELEMENTS (fixed)];

    /* n_fixed different ones: the first of a shuffle */
    for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
      order[i] = fixed[i];
    for (int i = 0; i < n_fixed; i++)
      {
        int j = i + (int) _tf_demo_rng_below (rng, G_N_ELEMENTS (fixed) - (guint) i);
        int swap = order[i];

        order[i] = order[j];
        order[j] = swap;
        chosen[order[i]] = TRUE;
      }
  }
  if (_tf_demo_rng_chance (rng, 0.3))
    chosen[adhoc[_tf_demo_rng_below (rng, G_N_ELEMENTS (adhoc))]] = TRUE;
  for (int o = 0; o < N_ORGS; o++)
    if (chosen[o] && run->orgs[o] > 0)
      {
        sqlite3_bind_int64 (run->insert_consent_org, 1, id);
        sqlite3_bind_int64 (run->insert_consent_org, 2, run->orgs[o]);
        if (!_tf_demo_cw_step (run, run->insert_consent_org, error))
          return FALSE;
      }
  return TRUE;
}

gboolean
_tf_demo_cw_write_consents (CwRun   *run,
                            Rng     *rng,
                            CwCase  *c,
                            GError **error)
{
  char names[256];
  gboolean running = c->open;
  gboolean withdraw = g_str_equal (c->closing, "declined-to-continue") && _tf_demo_rng_chance (rng, 0.5);
  gboolean runs_out_soon = running && c->paused_from < 0 && _tf_demo_rng_chance (rng, 0.05);
  gboolean lapses = running && !runs_out_soon && _tf_demo_rng_chance (rng, 0.03);
  gboolean by_young_person, by_guardians;
  gint32 from, until;

  if (!guardian_names (run, c, names, sizeof names, error))
    return FALSE;
  /* Both mostly; the older ones sometimes alone, a few only the guardians */
  by_young_person = _tf_demo_rng_chance (rng, 0.9);
  by_guardians = names[0] != '\0' && (!by_young_person || _tf_demo_rng_chance (rng, 0.8));
  if (!by_guardians)
    by_young_person = TRUE;

  /* One draw per statement: MAX() evaluates its arguments twice */
  from = c->accepted - _tf_demo_rng_range (rng, 0, 5);
  from = MAX (from, c->referral);
  for (guint round = 0; round < 4; round++)
    {
      gint32 renew;
      gboolean last;

      until = _tf_demo_add_years (from, 1) - 1;
      /* Renewed a little before it ran out, while the case still ran */
      renew = until - _tf_demo_rng_range (rng, 0, 20);
      last = renew > (running ? run->today : c->end) || round == 3 || (lapses && until > run->today - 60);
      if (last && runs_out_soon && from <= run->today)
        {
          until = run->today + _tf_demo_rng_range (rng, 0, 14);
          until = MAX (from, until);
        }
      if (!write_one (run, rng, c, by_young_person, by_guardians ? names : NULL, from, until,
                      last && withdraw ? MAX (from, MIN (c->end, until)) : -1, error))
        return FALSE;
      if (last)
        break;
      from = renew + 1;
    }
  return TRUE;
}
