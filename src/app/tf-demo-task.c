/* tf-demo-task.c — fills a store with demo data in a worker thread
 *
 * A sqlite3 handle belongs to the thread that uses it, so the worker opens
 * its own TfStore and TfSession on the same file. The window's own store
 * learns about the new rows through tf_store_check_external_changes().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "taskforce.h"

#include "tf-demo-areas.h"
#include "tf-demo-task.h"

typedef struct
{
  char               *store_path;
  TfRegistry         *registry;      /* the work areas to fill, or NULL */
  guint               young_people;
  guint32             seed;
  TfDemoTaskProgress  progress;
  gpointer            progress_data;
  GMainContext       *context;
  /* Written by the worker, read on the main context: per mille done. */
  int                 permille;
  /* Set while a progress report waits on the main context. */
  int                 report_pending;
  /* The share of the whole run the current stage covers */
  double              stage_start;
  double              stage_size;
} DemoJob;

static void
demo_job_free (gpointer data)
{
  DemoJob *job = data;

  g_free (job->store_path);
  g_clear_object (&job->registry);
  g_main_context_unref (job->context);
  g_free (job);
}

static gboolean
report_progress_cb (gpointer data)
{
  GTask *task = data;
  DemoJob *job = g_task_get_task_data (task);

  g_atomic_int_set (&job->report_pending, FALSE);
  /* Cancelled means the window went away: nobody to tell. */
  if (job->progress != NULL && !g_cancellable_is_cancelled (g_task_get_cancellable (task)))
    job->progress (g_atomic_int_get (&job->permille) / 1000.0, job->progress_data);
  return G_SOURCE_REMOVE;
}

/* Runs in the worker: only records the fraction and, unless a report is
 * already queued, queues one, so a fast fill does not flood the main loop. */
static void
on_demo_progress (double   fraction,
                  gpointer user_data)
{
  GTask *task = user_data;
  DemoJob *job = g_task_get_task_data (task);

  fraction = job->stage_start + job->stage_size * CLAMP (fraction, 0.0, 1.0);
  g_atomic_int_set (&job->permille, (int) (fraction * 1000));
  if (g_atomic_int_compare_and_exchange (&job->report_pending, FALSE, TRUE))
    g_main_context_invoke_full (job->context, G_PRIORITY_DEFAULT,
                                report_progress_cb,
                                g_object_ref (task), g_object_unref);
}

static void
demo_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  DemoJob *job = task_data;
  g_autoptr(TfStore) store = NULL;
  g_autoptr(TfSession) session = NULL;
  g_autoptr(GError) error = NULL;

  store = tf_store_open (job->store_path, TF_STORE_OPEN_EXISTING, &error);
  if (store != NULL)
    session = tf_session_new_for_os_user (store, &error);
  /* People and cases, then what the work areas keep (the plans link to
   * their interventions), then the case work: assessments, consents, plans. */
  job->stage_start = 0.0;
  job->stage_size = job->registry != NULL ? 0.5 : 0.7;
  if (session == NULL ||
      !tf_demo_fill (session, job->young_people, 0, job->seed, NULL,
                     on_demo_progress, task, cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (job->registry != NULL)
    {
      job->stage_start = 0.5;
      job->stage_size = 0.25;
      if (!tf_demo_fill_areas (session, job->registry, job->seed, NULL,
                               on_demo_progress, task, cancellable, &error))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
    }
  job->stage_start = job->registry != NULL ? 0.75 : 0.7;
  job->stage_size = 0.95 - job->stage_start;
  if (!tf_demo_fill_case_work (session, job->seed, NULL, on_demo_progress, task,
                               cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* Then the meetings over those cases: their agendas follow the plans */
  job->stage_start = 0.95;
  job->stage_size = 0.05;
  if (!tf_demo_fill_meetings (session, job->seed, NULL, on_demo_progress, task,
                              cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* Budgets and other expenses: a few rows, after the interventions they follow */
  if (!tf_demo_fill_economy (session, job->seed, NULL, NULL, NULL, cancellable, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_boolean (task, TRUE);
}

/**
 * tf_demo_task_run_async:
 * @store_path: the store file; the worker opens its own connection to it
 * @registry: (nullable): the enabled work areas, filled too; the worker
 *   only reads it
 * @progress: (nullable) (scope notified): told how far the fill has come
 *
 * Fills the store with @young_people young people of demo data.
 */
void
tf_demo_task_run_async (const char          *store_path,
                        TfRegistry          *registry,
                        guint                young_people,
                        guint32              seed,
                        TfDemoTaskProgress   progress,
                        gpointer             progress_data,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  DemoJob *job;

  g_return_if_fail (store_path != NULL);

  job = g_new0 (DemoJob, 1);
  job->store_path = g_strdup (store_path);
  job->registry = registry != NULL ? g_object_ref (registry) : NULL;
  job->young_people = young_people;
  job->seed = seed;
  job->progress = progress;
  job->progress_data = progress_data;
  job->context = g_main_context_ref_thread_default ();

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, tf_demo_task_run_async);
  g_task_set_task_data (task, job, demo_job_free);
  g_task_run_in_thread (task, demo_thread);
}

gboolean
tf_demo_task_run_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}
