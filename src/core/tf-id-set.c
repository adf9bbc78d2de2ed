/* tf-id-set.c — a set of row ids as a bitmap
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-id-set-private.h"

struct _TfIdSet
{
  gint64  limit;    /* ids in [0, limit) may be members */
  guint8 *bits;
};

/* @ids holds gint64; negative ids are never members. */
TfIdSet *
tf_id_set_new_from_array (const GArray *ids)
{
  TfIdSet *set = g_new0 (TfIdSet, 1);
  gint64 max = -1;

  for (guint i = 0; i < ids->len; i++)
    max = MAX (max, g_array_index (ids, gint64, i));
  set->limit = max + 1;
  set->bits = g_malloc0 ((gsize) (set->limit / 8 + 1));
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);

      if (id >= 0)
        set->bits[id >> 3] |= (guint8) (1u << (id & 7));
    }
  return set;
}

gboolean
tf_id_set_contains (const TfIdSet *set,
                    gint64         id)
{
  return id >= 0 && id < set->limit && (set->bits[id >> 3] & (1u << (id & 7))) != 0;
}

void
tf_id_set_free (TfIdSet *set)
{
  if (set == NULL)
    return;
  g_free (set->bits);
  g_free (set);
}
