/* wrong-abi-plugin.c — a test plugin whose .plugin names another ABI
 *
 * The plugin manager must refuse it from its .plugin file alone, before
 * any of its code runs; if this runs, the ABI gate let it through.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <libpeas/peas.h>

G_MODULE_EXPORT void peas_register_types (PeasObjectModule *module);

G_MODULE_EXPORT void
peas_register_types (PeasObjectModule *module)
{
  g_error ("wrong-abi was loaded: the X-Taskforce-ABI gate did not refuse it");
}
