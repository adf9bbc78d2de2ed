/* tf-demo-areas-rng.c — the work-area demo data's random numbers and days
 *
 * SplitMix64, one stream per case and purpose, salted with a hash of the
 * area's or indicator's id, and the ways the generator draws from it; and
 * days as plain numbers (days since 1970-01-01), because every row needs a
 * few of them.
 *
 * Its own file because it is why the same seed on the same store gives the
 * same rows whatever other areas are enabled: nothing here depends on the
 * clock, on GLib's random numbers or on the order of a hash table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "tf-demo-areas-private.h"
#include "tf-format.h"


static guint64
mix64 (guint64 z)
{
  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

/* FNV-1a: a hash of an id that stays the same between runs and builds. */
guint64
_tf_demo_areas_hash_id (const char *id)
{
  guint64 h = G_GUINT64_CONSTANT (0xCBF29CE484222325);

  for (const guchar *p = (const guchar *) id; *p != '\0'; p++)
    h = (h ^ *p) * G_GUINT64_CONSTANT (0x100000001B3);
  return h;
}

void
_tf_demo_areas_rng_init (Rng     *rng,
                         guint32  seed,
                         gint64   case_id,
                         guint    stream,
                         guint64  salt)
{
  guint64 base = mix64 ((guint64) seed + G_GUINT64_CONSTANT (0x41726561734465));

  rng->state = mix64 (base + (guint64) case_id * G_GUINT64_CONSTANT (0xD1B54A32D192ED03)
                      + (guint64) stream * G_GUINT64_CONSTANT (0x8CB92BA72F3D8DD7)
                      + mix64 (salt));
}

static guint64
rng_next (Rng *rng)
{
  rng->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return mix64 (rng->state);
}

/* 0 ≤ result < n */
guint
_tf_demo_areas_rng_below (Rng   *rng,
                          guint  n)
{
  return (guint) (((rng_next (rng) >> 32) * (guint64) n) >> 32);
}

/* lo ≤ result ≤ hi */
int
_tf_demo_areas_rng_range (Rng *rng,
                          int  lo,
                          int  hi)
{
  if (hi <= lo)
    return lo;
  return lo + (int) _tf_demo_areas_rng_below (rng, (guint) (hi - lo + 1));
}

double
_tf_demo_areas_rng_unit (Rng *rng)
{
  return (double) (rng_next (rng) >> 11) * (1.0 / 9007199254740992.0);
}

gboolean
_tf_demo_areas_rng_chance (Rng    *rng,
                           double  p)
{
  return _tf_demo_areas_rng_unit (rng) < p;
}

guint
_tf_demo_areas_rng_weighted (Rng         *rng,
                             const guint *weights,
                             guint        n)
{
  guint total = 0, pick;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  pick = _tf_demo_areas_rng_below (rng, total);
  for (guint i = 0; i < n; i++)
    {
      if (pick < weights[i])
        return i;
      pick -= weights[i];
    }
  return n - 1;
}
/* ---------------------------------------------------------------------- */
/* Days since 1970-01-01 (proleptic Gregorian) */

gint32
_tf_demo_areas_days_from_civil (int y,
                                int m,
                                int d)
{
  int era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void
_tf_demo_areas_civil_from_days (gint32  z,
                                int    *y,
                                int    *m,
                                int    *d)
{
  int era, doe, yoe, doy, mp;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yoe + era * 400 + (*m <= 2);
}

void
_tf_demo_areas_format_day (gint32 day,
                           char   out[11])
{
  int y, m, d;

  _tf_demo_areas_civil_from_days (day, &y, &m, &d);
  g_snprintf (out, 11, "%04d-%02d-%02d", y, m, d);
}

gboolean
_tf_demo_areas_parse_day (const char *iso,
                          gint32     *out)
{
  int y, m, d;

  if (iso == NULL || !tf_iso_date_is_valid (iso) || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return FALSE;
  *out = _tf_demo_areas_days_from_civil (y, m, d);
  return TRUE;
}

gint64
_tf_demo_areas_epoch_of (gint32 day)
{
  return (gint64) day * 86400;
}
