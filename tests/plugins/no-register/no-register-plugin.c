/* no-register-plugin.c — a shared object that is not a plugin at all
 *
 * It has no peas_register_types(), so libpeas cannot load it and says why
 * only in a warning, which the plugin manager turns into the refusal.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gmodule.h>

G_MODULE_EXPORT const char tf_test_no_register_name[] = "no-register";
