/* tf-bench.c — how fast the case list is on a large store
 *
 * Builds (once) a store with 100,000 young people and 1,000,000 notes, then
 * measures, in a fresh process: opening the store and fetching the first
 * page of the case list, search-as-you-type queries, sorting, filtering,
 * scrolling to far pages, and the peak memory of all that. Not a test: it
 * prints figures for the README and the closing notes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "taskforce.h"

#define VISIBLE_ROWS 40
#define RUNS 7

static char *database;
static int young_people = 100000;
static int notes_per_case = 10;

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), (GCompareFunc) compare_double);
  return values[n / 2];
}

/* What the view does when it shows the list: ask for the visible rows. */
static void
touch_rows (GListModel *model,
            guint       first)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = first; i < MIN (n, first + VISIBLE_ROWS); i++)
    g_object_unref (g_list_model_get_item (model, i));
}

static void
fill (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStore) store = tf_store_open (database, TF_STORE_OPEN_DEFAULT, &error);
  g_autoptr(TfSession) session = NULL;
  double t0 = now_ms ();
  struct stat st;

  if (store == NULL)
    g_error ("%s", error->message);
  session = tf_session_new_for_login (store, "bench", "Bench Mark", &error);
  if (session == NULL || !tf_demo_fill (session, young_people, notes_per_case, 1, NULL,
                                        NULL, NULL, NULL, &error))
    g_error ("%s", error->message);
  g_clear_object (&session);
  g_clear_object (&store);
  stat (database, &st);
  printf ("Filled %d young people with %d notes each in %.1f s; the store is %.0f MB.\n",
          young_people, notes_per_case, (now_ms () - t0) / 1000.0, st.st_size / 1e6);
}

static void
measure_open (void)
{
  double times[RUNS], check[RUNS];

  for (int run = 0; run < RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      double t0 = now_ms ();
      g_autoptr(TfStore) store = tf_store_open (database, TF_STORE_OPEN_DEFER_CHECK, &error);
      g_autoptr(TfSession) session = tf_session_new_for_login (store, "bench", NULL, &error);
      g_autoptr(TfCaseListModel) model = tf_case_list_model_new (session);

      touch_rows (G_LIST_MODEL (model), 0);
      times[run] = now_ms () - t0;
      if (!tf_store_wait_checked (store, &error))
        g_error ("%s", error->message);
      check[run] = now_ms () - t0;
    }
  printf ("Open the store and show the first %d rows:   median %6.2f ms  (aim < 20 ms)\n",
          VISIBLE_ROWS, median (times, RUNS));
  printf ("  then the integrity check, in a worker:     median %6.0f ms\n", median (check, RUNS));
}

static void
measure_queries (void)
{
  static const char *searches[] = {
    "e", "em", "emi", "emil", "emil n", "emil nø", "emil nør", "k", "ka", "kattegat",
    "1", "12", "1204", "120410", "120410-4", "ørum", "z", "zzzz",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStore) store = tf_store_open (database, TF_STORE_OPEN_DEFER_CHECK, &error);
  g_autoptr(TfSession) session = tf_session_new_for_login (store, "bench", NULL, &error);
  g_autoptr(TfCaseListModel) model = tf_case_list_model_new (session);
  double times[G_N_ELEMENTS (searches)];
  guint counts[TF_N_CASE_STATUSES];
  double sorts[TF_N_CASE_SORTS * 2];
  double worst = 0, t0;
  guint worst_i = 0;
  struct rusage usage;

  /* The window reads the rest of the list right after its first frame;
   * the keystrokes below come after that. */
  tf_case_list_model_read_all (model);
  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      t0 = now_ms ();
      /* What one keystroke costs the window: the list, its first page
       * and the counts per status in the sidebar. */
      tf_case_list_model_set_search (model, searches[i]);
      touch_rows (G_LIST_MODEL (model), 0);
      tf_case_list_model_count_by_status (model, counts);
      times[i] = now_ms () - t0;
      if (times[i] > worst)
        worst = times[i], worst_i = i;
    }
  tf_case_list_model_set_search (model, NULL);
  printf ("Search as you type (%u keys; rows and counts): median %6.2f ms, slowest %.2f ms (\"%s\")  (aim < 16 ms)\n",
          (guint) G_N_ELEMENTS (searches), median (times, G_N_ELEMENTS (searches)), worst, searches[worst_i]);

  for (int sort = 0; sort < TF_N_CASE_SORTS * 2; sort++)
    {
      t0 = now_ms ();
      tf_case_list_model_set_sort (model, sort / 2, sort % 2);
      touch_rows (G_LIST_MODEL (model), 0);
      sorts[sort] = now_ms () - t0;
    }
  worst = 0;
  for (int sort = 0; sort < TF_N_CASE_SORTS * 2; sort++)
    worst = MAX (worst, sorts[sort]);
  printf ("Sort by a column (%d orders, all rows):       median %6.2f ms, slowest %.2f ms\n",
          TF_N_CASE_SORTS * 2, median (sorts, TF_N_CASE_SORTS * 2), worst);

  tf_case_list_model_set_sort (model, TF_CASE_SORT_NAME, FALSE);
  t0 = now_ms ();
  tf_case_list_model_set_status (model, "active");
  touch_rows (G_LIST_MODEL (model), 0);
  printf ("Filter by status \"active\" (%u rows):          %6.2f ms\n",
          g_list_model_get_n_items (G_LIST_MODEL (model)), now_ms () - t0);
  tf_case_list_model_set_status (model, NULL);

  /* "Needs follow-up": the filter, with a status and a search on top, and
   * the sidebar's count (a fresh day's bitmap each time, as after a save) */
  {
    double keys[4];
    static const char *follow_up_searches[] = { "e", "em", "emi", "emil" };

    t0 = now_ms ();
    tf_case_list_model_set_follow_up (model, TRUE);
    touch_rows (G_LIST_MODEL (model), 0);
    printf ("Filter by \"needs follow-up\" (%u rows):     %6.2f ms\n",
            g_list_model_get_n_items (G_LIST_MODEL (model)), now_ms () - t0);
    t0 = now_ms ();
    tf_case_list_model_set_status (model, "active");
    touch_rows (G_LIST_MODEL (model), 0);
    printf ("  and status \"active\" (%u rows):             %6.2f ms\n",
            g_list_model_get_n_items (G_LIST_MODEL (model)), now_ms () - t0);
    tf_case_list_model_set_status (model, NULL);
    for (guint i = 0; i < G_N_ELEMENTS (follow_up_searches); i++)
      {
        t0 = now_ms ();
        tf_case_list_model_set_search (model, follow_up_searches[i]);
        touch_rows (G_LIST_MODEL (model), 0);
        tf_case_list_model_count_by_status (model, counts);
        tf_case_list_model_count_follow_up (model);
        keys[i] = now_ms () - t0;
      }
    printf ("  and search as you type (4 keys; counts):   median %6.2f ms\n", median (keys, 4));
    tf_case_list_model_set_search (model, NULL);
    tf_case_list_model_set_follow_up (model, FALSE);
    tf_case_list_model_refresh (model);   /* forgets the bitmap, as a save does */
    t0 = now_ms ();
    tf_case_list_model_count_follow_up (model);
    printf ("Count \"needs follow-up\" for the sidebar:     %6.2f ms\n", now_ms () - t0);
  }

  {
    guint n = g_list_model_get_n_items (G_LIST_MODEL (model));
    guint positions[] = { n / 2, n - VISIBLE_ROWS, n / 4, 3 * n / 4 };
    double page_times[G_N_ELEMENTS (positions)];

    for (guint i = 0; i < G_N_ELEMENTS (positions); i++)
      {
        t0 = now_ms ();
        touch_rows (G_LIST_MODEL (model), positions[i]);
        page_times[i] = now_ms () - t0;
      }
    printf ("Jump to a far position and show it:          median %6.2f ms\n",
            median (page_times, G_N_ELEMENTS (positions)));
  }
  {
    t0 = now_ms ();
    tf_case_list_model_count_by_status (model, counts);
    printf ("Counts per status for the sidebar:           %6.2f ms\n", now_ms () - t0);
  }

  getrusage (RUSAGE_SELF, &usage);
  printf ("Peak memory (resident) of all the above:     %6.1f MB  (aim < 150 MB)\n",
          usage.ru_maxrss / 1024.0);
}

/* Each measurement in a fresh process, so one's memory and caches do not
 * flatter the next. */
static void
in_child (void (*func) (void))
{
  pid_t pid = fork ();
  int status;

  if (pid == 0)
    {
      func ();
      fflush (stdout);
      _exit (0);
    }
  waitpid (pid, &status, 0);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("benchmark step failed");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— measure the case list on a large store");
  g_autoptr(GError) error = NULL;
  GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, &database, "Store to use (filled when missing)", "PATH" },
    { "young-people", 'n', 0, G_OPTION_ARG_INT, &young_people, "Young people to fill with (100000)", "N" },
    { "notes-per-case", 0, 0, G_OPTION_ARG_INT, &notes_per_case, "Notes per case (10)", "K" },
    { NULL }
  };

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (database == NULL)
    database = g_build_filename (g_get_tmp_dir (), "taskforce-bench.db", NULL);

  printf ("Store: %s\n", database);
  if (!g_file_test (database, G_FILE_TEST_EXISTS))
    in_child (fill);
  in_child (measure_open);
  in_child (measure_queries);
  return 0;
}
