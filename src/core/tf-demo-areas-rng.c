/* tf-demo-areas-rng.c — the work-area demo data's random numbers and days
 *
 * SplitMix64, one stream per case and purpose, salted with a hash of the
 * area's or indicator's id, and the ways the generator draws from it (days
 * are plain numbers, see tf-day-private.h).
 *
 * Its own file because it is why the same seed on the same store gives the
 * same rows whatever other areas are enabled: nothing here depends on the
 * clock, on GLib's random numbers or on the order of a hash table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"


#include "tf-demo-areas-private.h"


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
