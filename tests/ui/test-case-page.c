/* test-case-page.c — TfCasePage, the base of the case window's core pages
 *
 * A small page that counts its reloads: it reloads once after construction,
 * once for any number of changes in one main-loop turn, and not for
 * another case's changes nor for entities it did not ask for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "taskforce.h"

#include "tf-assessment-page.h"
#include "tf-case-history-page.h"
#include "tf-case-page.h"
#include "tf-consent-page.h"
#include "tf-plan-page.h"
#include "tf-progression-page.h"

static char *tmpdir;
static TfSession *session;

#define TF_TYPE_COUNTING_PAGE (tf_counting_page_get_type ())
G_DECLARE_FINAL_TYPE (TfCountingPage, tf_counting_page, TF, COUNTING_PAGE, TfCasePage)

struct _TfCountingPage
{
  TfCasePage parent_instance;
  guint      reloads;
};

G_DEFINE_FINAL_TYPE (TfCountingPage, tf_counting_page, TF_TYPE_CASE_PAGE)

static void
tf_counting_page_reload (TfCasePage *page)
{
  TF_COUNTING_PAGE (page)->reloads++;
}

static void
tf_counting_page_class_init (TfCountingPageClass *klass)
{
  TfCasePageClass *page_class = TF_CASE_PAGE_CLASS (klass);

  page_class->reload = tf_counting_page_reload;
  tf_case_page_class_set_entities (page_class, (const char *[]) { "case", "note", NULL });
}

static void
tf_counting_page_init (TfCountingPage *self)
{
}

/* Runs what the main loop has ready, the page's idle among it. */
static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
emit (const char *entity,
      gint64      id)
{
  g_signal_emit_by_name (tf_session_get_store (session), "changed", entity, id);
}

static void
test_coalesce (void)
{
  g_autoptr(TfCountingPage) page = g_object_ref_sink (g_object_new (TF_TYPE_COUNTING_PAGE,
                                                                    "session", session,
                                                                    "case-id", (gint64) 7,
                                                                    NULL));

  g_assert_true (tf_case_page_get_session (TF_CASE_PAGE (page)) == session);
  g_assert_cmpint (tf_case_page_get_case_id (TF_CASE_PAGE (page)), ==, 7);
  g_assert_cmpuint (page->reloads, ==, 1);

  /* several changes in one turn: one reload, and only when idle */
  emit ("case", 7);
  emit ("note", 7);
  emit ("case", 7);
  g_assert_cmpuint (page->reloads, ==, 1);
  drain ();
  g_assert_cmpuint (page->reloads, ==, 2);

  /* another case, or an entity the page did not ask for: nothing */
  emit ("case", 8);
  emit ("consent", 7);
  drain ();
  g_assert_cmpuint (page->reloads, ==, 2);

  /* everything changed (another desk wrote the file) */
  emit (NULL, 0);
  drain ();
  g_assert_cmpuint (page->reloads, ==, 3);

  /* asked for by the page itself, twice in a turn */
  tf_case_page_queue_reload (TF_CASE_PAGE (page));
  tf_case_page_queue_reload (TF_CASE_PAGE (page));
  drain ();
  g_assert_cmpuint (page->reloads, ==, 4);

  /* a direct reload drops the queued one */
  emit ("case", 7);
  tf_case_page_reload (TF_CASE_PAGE (page));
  g_assert_cmpuint (page->reloads, ==, 5);
  drain ();
  g_assert_cmpuint (page->reloads, ==, 5);
}

static void
test_dispose_pending (void)
{
  TfCountingPage *page = g_object_ref_sink (g_object_new (TF_TYPE_COUNTING_PAGE,
                                                          "session", session,
                                                          "case-id", (gint64) 7,
                                                          NULL));

  /* a reload queued when the page goes must not run on it afterwards */
  emit ("case", 7);
  g_object_unref (page);
  drain ();
  emit ("case", 7);
  drain ();
}

static void
test_no_session (void)
{
  g_autoptr(TfCountingPage) page = g_object_ref_sink (g_object_new (TF_TYPE_COUNTING_PAGE, NULL));

  /* as the template test builds pages: nothing to read, nothing read */
  g_assert_null (tf_case_page_get_session (TF_CASE_PAGE (page)));
  tf_case_page_queue_reload (TF_CASE_PAGE (page));
  drain ();
  g_assert_cmpuint (page->reloads, ==, 0);
}

/* When another desk writes to the file the store says "anything may have
 * changed" (entity NULL): every core page takes that calmly and reloads. */
static void
test_core_pages_follow_other_desks (void)
{
  GType types[] = { TF_TYPE_CASE_HISTORY_PAGE, TF_TYPE_CONSENT_PAGE, TF_TYPE_ASSESSMENT_PAGE,
                    TF_TYPE_PLAN_PAGE, TF_TYPE_PROGRESSION_PAGE };
  g_autoptr(TfYoungPerson) person = tf_young_person_new ();
  g_autoptr(GError) error = NULL;
  TfReferral referral = { NULL, "school", NULL, 0 };
  gint64 case_id = 0;

  g_object_set (person, "first-name", "Emil", "last-name", "Nørgaard", "birth-date", "2011-04-12", NULL);
  g_assert_true (tf_young_person_save (session, person, &referral, &case_id, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    {
      g_autoptr(GtkWidget) page = g_object_ref_sink (g_object_new (types[i], "session", session,
                                                                   "case-id", case_id, NULL));

      drain ();
      emit (NULL, 0);
      emit ("case", case_id);
      drain ();
      g_assert_true (tf_case_page_get_case_id (TF_CASE_PAGE (page)) == case_id);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(TfStore) store = NULL;
  int status;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  tmpdir = g_dir_make_tmp ("tf-case-page-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", tmpdir, TRUE);
  path = g_build_filename (tmpdir, "taskforce.db", NULL);
  store = tf_store_open (path, TF_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  session = tf_session_new_for_login (store, "tester", "Tess Tester", &error);
  g_assert_no_error (error);

  g_test_add_func ("/case-page/coalesce", test_coalesce);
  g_test_add_func ("/case-page/dispose-pending", test_dispose_pending);
  g_test_add_func ("/case-page/no-session", test_no_session);
  g_test_add_func ("/case-page/core-pages-follow-other-desks", test_core_pages_follow_other_desks);
  status = g_test_run ();

  g_clear_object (&session);
  return status;
}
