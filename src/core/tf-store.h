/* tf-store.h — the SQLite store: one file, migrations, transactions, backup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "tf-version.h"

G_BEGIN_DECLS

#define TF_TYPE_STORE (tf_store_get_type ())
TF_AVAILABLE_IN_ALL
G_DECLARE_FINAL_TYPE (TfStore, tf_store, TF, STORE, GObject)

/* The schema version this program writes (PRAGMA user_version). */
#define TF_STORE_SCHEMA_VERSION 7

typedef enum
{
  TF_STORE_OPEN_DEFAULT = 0,
  /* Run quick_check later, in a worker thread (tf_store_start_check()), instead
   * of before returning; writes start it if needed, wait for it and fail with
   * TF_ERROR_DAMAGED if it fails. Used by the window so a large store shows
   * at once. */
  TF_STORE_OPEN_DEFER_CHECK = 1 << 0,
  /* Never create the file. */
  TF_STORE_OPEN_EXISTING = 1 << 1,
} TfStoreOpenFlags;

TF_AVAILABLE_IN_ALL
char          *tf_store_default_path       (void);
TF_AVAILABLE_IN_ALL
TfStore       *tf_store_open               (const char        *path,
                                            TfStoreOpenFlags   flags,
                                            GError           **error);
TF_AVAILABLE_IN_ALL
const char    *tf_store_get_path           (TfStore           *self);
TF_AVAILABLE_IN_ALL
int            tf_store_get_schema_version (TfStore           *self);
TF_AVAILABLE_IN_ALL
void           tf_store_start_check        (TfStore           *self);
TF_AVAILABLE_IN_ALL
gboolean       tf_store_wait_checked       (TfStore           *self,
                                            GError           **error);
TF_AVAILABLE_IN_ALL
gboolean       tf_store_backup             (TfStore           *self,
                                            const char        *dest_path,
                                            GCancellable      *cancellable,
                                            GError           **error);
TF_AVAILABLE_IN_ALL
gboolean       tf_store_restore            (const char        *store_path,
                                            const char        *backup_path,
                                            GError           **error);
TF_AVAILABLE_IN_ALL
void           tf_store_check_external_changes (TfStore       *self);
TF_AVAILABLE_IN_ALL
gboolean       tf_store_is_empty           (TfStore           *self);

G_END_DECLS
