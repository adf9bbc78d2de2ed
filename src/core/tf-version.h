/* tf-version.h — visibility and version macros for libtaskforce
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#define TF_MAJOR_VERSION 1
#define TF_MINOR_VERSION 0

/* The ABI a plugin's .plugin file must name in X-Taskforce-ABI. */
#define TF_PLUGIN_ABI_VERSION 1

#if defined(TF_COMPILATION)
# define _TF_EXTERN __attribute__((visibility ("default"))) extern
#else
# define _TF_EXTERN extern
#endif

/* Every exported symbol carries one of these; everything else is hidden. */
#define TF_AVAILABLE_IN_ALL _TF_EXTERN
#define TF_AVAILABLE_IN_1_0 _TF_EXTERN
