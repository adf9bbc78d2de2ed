/* tf-error.h — the project error domain
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "tf-version.h"

G_BEGIN_DECLS

#define TF_ERROR (tf_error_quark ())

typedef enum
{
  TF_ERROR_FAILED,        /* anything else; the message says what */
  TF_ERROR_INVALID,       /* user input that breaks a rule; message is for the user */
  TF_ERROR_CONFLICT,      /* another desk saved a newer version first */
  TF_ERROR_NOT_FOUND,
  TF_ERROR_DENIED,        /* the access module said no */
  TF_ERROR_NEWER_SCHEMA,  /* store written by a newer program; left untouched */
  TF_ERROR_DAMAGED,       /* quick_check failed; never written to */
  TF_ERROR_NOT_A_STORE,   /* not an SQLite file at all */
  TF_ERROR_UNSAFE_LOCATION, /* network file system: SQLite locking is not safe there */
  TF_ERROR_BUSY,          /* locked by another desk for longer than the busy timeout */
} TfError;

TF_AVAILABLE_IN_ALL
GQuark tf_error_quark (void);

G_END_DECLS
