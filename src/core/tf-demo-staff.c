/* tf-demo-staff.c — the member organisations and their staff in demo data
 *
 * The organisations and staff of tf-demo-names.c are added once per store
 * and found again on later runs, so filling a store twice does not double
 * them. Besides their rows, this sets up who writes what: the coordinators
 * who take the cases (UngNorddjurs most of them) and, for each kind of
 * journal note, the staff of the organisation that writes it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-demo-private.h"
#include "tf-format.h"

static const char *
organisation_area (const char *code)
{
  for (guint i = 0; i < _tf_demo_n_organisations; i++)
    if (g_str_equal (_tf_demo_organisations[i].code, code))
      return _tf_demo_organisations[i].area;
  return NULL;
}

/* Organisations and staff: added once per store, found again on later runs. */
gboolean
_tf_demo_ensure_staff (Run     *run,
                       GError **error)
{
  gint64 org_ids[32];
  gint64 created_at = _tf_day_epoch (run->plan.earliest) + 8 * 3600;

  g_assert (_tf_demo_n_organisations <= G_N_ELEMENTS (org_ids));
  g_assert (_tf_demo_n_staff <= G_N_ELEMENTS (run->staff));
  g_assert (_tf_demo_n_note_sources <= G_N_ELEMENTS (run->source_weights));

  for (guint i = 0; i < _tf_demo_n_organisations; i++)
    {
      const TfDemoOrganisation *org = &_tf_demo_organisations[i];
      g_autoptr(TfStmt) insert = NULL;
      g_autoptr(TfStmt) select = NULL;

      insert = tf_store_prepare (run->store,
        "INSERT INTO organisation (code, name, area, fixed_member) VALUES (?1, ?2, ?3, ?4) "
        "ON CONFLICT (code) DO NOTHING", error);
      if (insert == NULL)
        return FALSE;
      sqlite3_bind_text (insert, 1, org->code, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 2, org->name, -1, SQLITE_STATIC);
      sqlite3_bind_text (insert, 3, org->area, -1, SQLITE_STATIC);
      sqlite3_bind_int (insert, 4, org->fixed_member ? 1 : 0);
      if (!tf_store_step_done (run->store, insert, error))
        return FALSE;

      select = tf_store_prepare (run->store, "SELECT id FROM organisation WHERE code = ?1", error);
      if (select == NULL)
        return FALSE;
      sqlite3_bind_text (select, 1, org->code, -1, SQLITE_STATIC);
      if (sqlite3_step (select) != SQLITE_ROW)
        return tf_store_set_error (run->store, error);
      org_ids[i] = sqlite3_column_int64 (select, 0);
    }

  for (guint i = 0; i < _tf_demo_n_staff; i++)
    {
      const TfDemoStaff *person = &_tf_demo_staff[i];
      g_autoptr(TfStmt) select = NULL;
      gint64 org_id = 0;

      for (guint j = 0; j < _tf_demo_n_organisations; j++)
        if (g_str_equal (_tf_demo_organisations[j].code, person->organisation_code))
          org_id = org_ids[j];

      run->staff[i].sort_key = tf_collate_key_da (person->name);

      select = tf_store_prepare (run->store,
        "SELECT id FROM staff_member WHERE login IS NULL AND name = ?1 AND organisation_id = ?2 "
        "ORDER BY id LIMIT 1", error);
      if (select == NULL)
        return FALSE;
      sqlite3_bind_text (select, 1, person->name, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (select, 2, org_id);
      if (sqlite3_step (select) == SQLITE_ROW)
        run->staff[i].id = sqlite3_column_int64 (select, 0);
      else
        {
          g_autoptr(TfStmt) insert = tf_store_prepare (run->store,
            "INSERT INTO staff_member (login, name, sort_key, organisation_id, role, created_at) "
            "VALUES (NULL, ?1, ?2, ?3, ?4, ?5)", error);

          if (insert == NULL)
            return FALSE;
          sqlite3_bind_text (insert, 1, person->name, -1, SQLITE_STATIC);
          sqlite3_bind_text (insert, 2, run->staff[i].sort_key, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (insert, 3, org_id);
          sqlite3_bind_text (insert, 4, person->role, -1, SQLITE_STATIC);
          sqlite3_bind_int64 (insert, 5, created_at);
          if (!tf_store_step_done (run->store, insert, error))
            return FALSE;
          run->staff[i].id = sqlite3_last_insert_rowid (tf_store_get_db (run->store));
        }

      if (g_str_equal (person->role, "coordinator") && run->n_coordinators < G_N_ELEMENTS (run->coordinators))
        {
          /* UngNorddjurs coordinates most cases */
          run->coordinator_weights[run->n_coordinators] =
            g_str_equal (person->organisation_code, "ungnorddjurs") ? 40 : 20;
          run->coordinators[run->n_coordinators++] = i;
        }
    }
  g_assert (run->n_coordinators > 0);

  for (guint s = 0; s < _tf_demo_n_note_sources; s++)
    {
      const TfDemoNoteSource *source = &_tf_demo_note_sources[s];
      const char *area = organisation_area (source->organisation_code);

      run->source_weights[s] = source->weight;
      /* The coordinators' own notes belong to no work area */
      run->source_area[s] = g_strcmp0 (area, "coordination") == 0 ? NULL : area;
      for (guint i = 0; i < _tf_demo_n_staff && run->source_n_staff[s] < G_N_ELEMENTS (run->source_staff[s]); i++)
        if (g_str_equal (_tf_demo_staff[i].organisation_code, source->organisation_code))
          run->source_staff[s][run->source_n_staff[s]++] = i;
      g_assert (run->source_n_staff[s] > 0);
    }
  return TRUE;
}

guint
_tf_demo_pick_coordinator (Run *run,
                           Rng *rng)
{
  return run->coordinators[_tf_demo_rng_weighted (rng, run->coordinator_weights, run->n_coordinators)];
}
