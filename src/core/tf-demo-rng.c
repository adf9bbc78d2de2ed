/* tf-demo-rng.c — the demo data's random numbers
 *
 * SplitMix64, one stream per young person and purpose, and the ways the
 * generator draws from it: a number below n, in a range, a chance, a
 * weighted pick, an entry of a word list.
 *
 * Its own file because every other part of the generator draws from it, and
 * because it is why the same seed gives the same store: nothing here depends
 * on the clock, on GLib's random numbers or on the order of a hash table.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-demo-private.h"

static guint64
mix64 (guint64 z)
{
  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

void
_tf_demo_rng_init (Rng     *rng,
                   guint32  seed,
                   guint64  index,
                   guint    stream)
{
  guint64 base = mix64 ((guint64) seed + G_GUINT64_CONSTANT (0x5461736B666F7263));

  rng->state = mix64 (base + index * G_GUINT64_CONSTANT (0xD1B54A32D192ED03)
                      + (guint64) stream * G_GUINT64_CONSTANT (0x8CB92BA72F3D8DD7));
}

static guint64
rng_next (Rng *rng)
{
  rng->state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return mix64 (rng->state);
}

/* 0 ≤ result < n */
guint
_tf_demo_rng_below (Rng   *rng,
                    guint  n)
{
  return (guint) (((rng_next (rng) >> 32) * (guint64) n) >> 32);
}

/* lo ≤ result ≤ hi */
int
_tf_demo_rng_range (Rng *rng,
                    int  lo,
                    int  hi)
{
  if (hi <= lo)
    return lo;
  return lo + (int) _tf_demo_rng_below (rng, (guint) (hi - lo + 1));
}

double
_tf_demo_rng_unit (Rng *rng)
{
  return (double) (rng_next (rng) >> 11) * (1.0 / 9007199254740992.0);
}

gboolean
_tf_demo_rng_chance (Rng    *rng,
                     double  p)
{
  return _tf_demo_rng_unit (rng) < p;
}

guint
_tf_demo_rng_weighted (Rng         *rng,
                       const guint *weights,
                       guint        n)
{
  guint total = 0, pick;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  pick = _tf_demo_rng_below (rng, total);
  for (guint i = 0; i < n; i++)
    {
      if (pick < weights[i])
        return i;
      pick -= weights[i];
    }
  return n - 1;
}

const char *
_tf_demo_rng_pick (Rng              *rng,
                   const TfDemoList *list)
{
  return list->items[_tf_demo_rng_below (rng, list->n_items)];
}

/* Favours the front of a list, where the common names are. */
const char *
_tf_demo_rng_pick_common (Rng              *rng,
                          const TfDemoList *list)
{
  double u = _tf_demo_rng_unit (rng);
  guint i = (guint) (list->n_items * u * (0.35 + 0.65 * u));

  return list->items[MIN (i, list->n_items - 1)];
}
