/* tf-kroner-entry.c — kroner as a Danish user types and reads them in an entry
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-gtk-util-private.h"
#include "tf-kroner-entry.h"

char *
tf_kroner_to_entry_text (gint64 ore)
{
  return _tf_kroner_to_entry_text (ore);
}

gboolean
tf_kroner_from_entry_text (const char *text,
                           gint64     *ore,
                           gboolean   *is_blank)
{
  g_return_val_if_fail (ore != NULL, FALSE);

  return _tf_kroner_from_entry_text (text, ore, is_blank);
}
