/* tf-id-set-private.h — a set of row ids as a bitmap
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Row ids from SQLite are small, dense, positive integers, so a bitmap over
 * 0..max is both the smallest and the fastest set: 100,000 young people take
 * 12.5 kB, and a membership test is one shift and one mask. */
typedef struct _TfIdSet TfIdSet;

TfIdSet  *tf_id_set_new_from_array (const GArray *ids);
gboolean  tf_id_set_contains       (const TfIdSet *set,
                                    gint64         id);
void      tf_id_set_free           (TfIdSet *set);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TfIdSet, tf_id_set_free)

G_END_DECLS
