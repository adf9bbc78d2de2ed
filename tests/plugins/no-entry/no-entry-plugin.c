/* no-entry-plugin.c — a test plugin module that registers no TfAreaAddin
 *
 * It loads fine, so only the plugin manager's check for the entry point
 * can refuse it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <libpeas/peas.h>

G_MODULE_EXPORT void peas_register_types (PeasObjectModule *module);

G_MODULE_EXPORT void
peas_register_types (PeasObjectModule *module)
{
}
