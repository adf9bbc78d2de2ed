/* tf-demo-task.h — fills a store with demo data in a worker thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "taskforce.h"

G_BEGIN_DECLS

/* Called on the caller's main context, at most every few frames. */
typedef void (*TfDemoTaskProgress) (double   fraction,
                                    gpointer user_data);

void     tf_demo_task_run_async (const char          *store_path,
                                 TfRegistry          *registry,
                                 guint                young_people,
                                 guint32              seed,
                                 TfDemoTaskProgress   progress,
                                 gpointer             progress_data,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data);
gboolean tf_demo_task_run_finish (GAsyncResult       *result,
                                  GError            **error);

G_END_DECLS
