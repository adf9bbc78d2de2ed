/* bad-link-plugin.c — a test plugin the dynamic linker refuses
 *
 * It uses a variable no library defines, as a plugin built against a
 * newer libtaskforce than the one installed would; dlopen() fails with
 * "undefined symbol", and the refusal must say so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <libpeas/peas.h>

extern int tf_test_missing_variable;

G_MODULE_EXPORT void peas_register_types (PeasObjectModule *module);

G_MODULE_EXPORT void
peas_register_types (PeasObjectModule *module)
{
  tf_test_missing_variable++;
}
