/* tf-kroner-entry.h — kroner as a Danish user types and reads them in an entry
 *
 * The public face of libtaskforce-gtk's own entry rule for money, so the
 * shell's economy screens parse amounts exactly as the record editor's
 * planned and actual cost fields do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-version.h"

G_BEGIN_DECLS

/* "12.500" or "12.500,50" from øre (kroner, without "kr."): what an amount
 * entry shows. */
TF_AVAILABLE_IN_ALL
char     *tf_kroner_to_entry_text   (gint64      ore);
/* What a person typed in an amount entry — "12500", "12.500", "12.500,50",
 * "12500,5", "12.500 kr." — to øre. FALSE when the text is no amount;
 * *is_blank (may be NULL) tells an empty text apart. */
TF_AVAILABLE_IN_ALL
gboolean  tf_kroner_from_entry_text (const char *text,
                                     gint64     *ore,
                                     gboolean   *is_blank);

G_END_DECLS
