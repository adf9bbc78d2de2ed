/* tf-dashboard-view.c — the main window's "Overview" page
 *
 * A period chooser (year, quarter or month of the years the store has data
 * for; the current quarter at first) above cards of the period's figures:
 * TfStats and TfEconomy, the one place figures are counted, so the cards
 * say what the reports and `taskforce stats` say.
 *
 * Counting reads the whole store, which takes seconds on a large one, so it
 * never runs on the main thread: a GTask counts in a worker thread on its
 * own connection to the store file (as the store's own quick_check does — a
 * sqlite3 handle is not shared across threads here) and its own session for
 * the same login, so typing elsewhere in the window never waits for it. The
 * store is in WAL mode, so the worker reads a consistent snapshot while the
 * desk writes. One count runs at a time; a request while it runs is
 * remembered and run after it, and a result for a period no longer chosen
 * is dropped.
 *
 * The store's "changed" signal recounts 2 s after the last change (a save
 * emits several, and a coordinator typing a note should not recount on
 * every one), and only while the page shows: a hidden page recounts when
 * it is shown again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "tf-dashboard-private.h"
#include "tf-dashboard-view.h"

#define DEFAULT_CHANGE_DELAY_MS 2000

struct _TfDashboardView
{
  GtkWidget        parent_instance;

  /* Template widgets */
  GtkDropDown     *kind_dropdown;
  GtkDropDown     *year_dropdown;
  GtkDropDown     *part_dropdown;
  GtkLabel        *status_label;
  GtkStack        *content_stack;
  AdwStatusPage   *error_page;
  GtkLabel        *period_note;
  TfDashboardGrid *cards_box;

  /* Owned */
  TfSession       *session;
  TfRegistry      *registry;
  GArray          *years;            /* of int, what year_dropdown offers */
  GArray          *store_years;      /* of int, tf_stats_list_years() at the last count */
  TfPeriod        *period;
  char            *today;            /* NULL for today */
  char            *status_text;      /* what the status line says when idle */
  GCancellable    *cancellable;
  TfStats         *stats;            /* what the cards show */
  TfEconomy       *economy;
  guint            change_delay;
  guint            change_timeout;
  guint            generation;       /* bumped when the period or day changes */
  guint            n_updates;
  gint64           requested_at;     /* monotonic µs of the request now counting */
  gboolean         computing;
  gboolean         pending;          /* count again when the running count is done */
  gboolean         dirty;            /* the store changed while the page was hidden */
  gboolean         filling;          /* the dropdowns change under our hand */
};

enum {
  PROP_0,
  PROP_SESSION,
  PROP_REGISTRY,
  N_PROPS
};

enum {
  SIGNAL_UPDATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (TfDashboardView, tf_dashboard_view, GTK_TYPE_WIDGET)

static const char * const kind_labels[] = { N_("Year"), N_("Quarter"), N_("Month"), NULL };
static const char * const quarter_labels[] = {
  N_("1st quarter"), N_("2nd quarter"), N_("3rd quarter"), N_("4th quarter"), NULL
};
static const char * const month_labels[] = {
  N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"), N_("July"),
  N_("August"), N_("September"), N_("October"), N_("November"), N_("December"), NULL
};

static void start_count (TfDashboardView *self);

/* The period chooser */

static GtkStringList *
translated_list (const char * const *labels)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; labels[i] != NULL; i++)
    gtk_string_list_append (list, _(labels[i]));
  return list;
}

static void
fill_parts (TfDashboardView *self,
            TfPeriodKind     kind)
{
  g_autoptr(GtkStringList) list = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->part_dropdown), kind != TF_PERIOD_YEAR);
  if (kind == TF_PERIOD_YEAR)
    return;
  list = translated_list (kind == TF_PERIOD_QUARTER ? quarter_labels : month_labels);
  gtk_drop_down_set_model (self->part_dropdown, G_LIST_MODEL (list));
}

static gboolean
years_equal (GArray *a,
             GArray *b)
{
  return a != NULL && b != NULL && a->len == b->len &&
         memcmp (a->data, b->data, a->len * sizeof (int)) == 0;
}

/* The years the store has data for (as the last count found them: the
 * worker lists them, so the main thread runs no query over the cases), and
 * the shown period's year. */
static void
fill_years (TfDashboardView *self)
{
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  int year = self->period != NULL ? tf_period_get_year (self->period) : 0;
  gboolean found = FALSE;

  if (self->store_years != NULL)
    g_array_append_vals (years, self->store_years->data, self->store_years->len);
  for (guint i = 0; i < years->len; i++)
    found |= g_array_index (years, int, i) == year;
  if (!found && year > 0)
    {
      guint at = 0;

      while (at < years->len && g_array_index (years, int, at) < year)
        at++;
      g_array_insert_val (years, at, year);
    }
  if (years_equal (years, self->years))
    return;

  for (guint i = 0; i < years->len; i++)
    {
      char text[16];

      g_snprintf (text, sizeof text, "%d", g_array_index (years, int, i));
      gtk_string_list_append (list, text);
    }
  g_clear_pointer (&self->years, g_array_unref);
  self->years = g_steal_pointer (&years);
  gtk_drop_down_set_model (self->year_dropdown, G_LIST_MODEL (list));
}

/* Shows self->period in the dropdowns. */
static void
show_period (TfDashboardView *self)
{
  TfPeriodKind kind = tf_period_get_kind (self->period);
  int year = tf_period_get_year (self->period);

  self->filling = TRUE;
  fill_years (self);
  gtk_drop_down_set_selected (self->kind_dropdown, kind);
  fill_parts (self, kind);
  for (guint i = 0; i < self->years->len; i++)
    if (g_array_index (self->years, int, i) == year)
      gtk_drop_down_set_selected (self->year_dropdown, i);
  if (kind != TF_PERIOD_YEAR)
    gtk_drop_down_set_selected (self->part_dropdown, tf_period_get_index (self->period) - 1);
  self->filling = FALSE;
}

static void
on_period_dropdown_cb (GtkDropDown     *dropdown,
                       GParamSpec      *pspec,
                       TfDashboardView *self)
{
  TfPeriodKind kind = gtk_drop_down_get_selected (self->kind_dropdown);
  guint year_index = gtk_drop_down_get_selected (self->year_dropdown);
  guint part;
  g_autoptr(TfPeriod) period = NULL;

  if (self->filling || self->years == NULL || year_index >= self->years->len ||
      kind > TF_PERIOD_MONTH)
    return;
  if (dropdown == self->kind_dropdown)
    {
      /* A new length keeps the time shown: Q2 → April, May 2025 → Q2. */
      int index = tf_period_get_index (self->period);
      TfPeriodKind old = tf_period_get_kind (self->period);

      self->filling = TRUE;
      fill_parts (self, kind);
      if (kind == TF_PERIOD_QUARTER)
        part = old == TF_PERIOD_MONTH ? (index - 1) / 3 : 0;
      else if (kind == TF_PERIOD_MONTH)
        part = old == TF_PERIOD_QUARTER ? (index - 1) * 3 : 0;
      else
        part = 0;
      if (kind != TF_PERIOD_YEAR)
        gtk_drop_down_set_selected (self->part_dropdown, part);
      self->filling = FALSE;
    }
  part = gtk_drop_down_get_selected (self->part_dropdown);
  period = tf_period_new (kind, g_array_index (self->years, int, year_index),
                          kind == TF_PERIOD_YEAR ? 0 : (int) part + 1);
  tf_dashboard_view_set_period (self, period);
}

/* Counting */

typedef struct
{
  char       *path;
  char       *login;
  TfRegistry *registry;
  TfPeriod   *period;
  char       *today;
  guint       generation;
} Job;

typedef struct
{
  TfStats   *stats;
  TfEconomy *economy;
  char      *economy_error;
  GArray    *years;
} JobResult;

static void
job_free (Job *job)
{
  g_free (job->path);
  g_free (job->login);
  g_clear_object (&job->registry);
  tf_period_free (job->period);
  g_free (job->today);
  g_free (job);
}

static void
job_result_free (JobResult *result)
{
  g_clear_object (&result->stats);
  g_clear_object (&result->economy);
  g_free (result->economy_error);
  g_clear_pointer (&result->years, g_array_unref);
  g_free (result);
}

/* The economy is counted per year or quarter; a month shows its quarter. */
static void
economy_period (const TfPeriod *period,
                int            *year,
                int            *quarter)
{
  *year = tf_period_get_year (period);
  switch (tf_period_get_kind (period))
    {
    case TF_PERIOD_YEAR:
      *quarter = 0;
      break;
    case TF_PERIOD_QUARTER:
      *quarter = tf_period_get_index (period);
      break;
    case TF_PERIOD_MONTH:
    default:
      *quarter = (tf_period_get_index (period) - 1) / 3 + 1;
      break;
    }
}

/* In a worker thread: nothing here may touch the view or the main session. */
static void
count_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(TfStore) store = NULL;
  g_autoptr(TfSession) session = NULL;
  JobResult *result;
  int year, quarter;

  /* DEFER_CHECK: the window's own store has checked the file; the worker
   * only reads, so it never waits for a check of its own. */
  store = tf_store_open (job->path, TF_STORE_OPEN_EXISTING | TF_STORE_OPEN_DEFER_CHECK, &error);
  if (store != NULL)
    session = tf_session_new_for_login (store, job->login, NULL, &error);
  if (session == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  result = g_new0 (JobResult, 1);
  result->stats = tf_stats_compute (session, job->registry, job->period, job->today, &error);
  if (result->stats == NULL)
    {
      job_result_free (result);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (g_cancellable_is_cancelled (cancellable))
    {
      job_result_free (result);
      g_task_return_error_if_cancelled (task);
      return;
    }
  result->years = tf_stats_list_years (session, job->today, NULL);
  economy_period (job->period, &year, &quarter);
  result->economy = tf_economy_compute (session, year, quarter, job->today, &error);
  if (result->economy == NULL)
    result->economy_error = g_strdup (error->message);
  g_task_return_pointer (task, result, (GDestroyNotify) job_result_free);
}

/* Words, not an animation: a spinner repaints the window many times a
 * second, and on a large store (with a software renderer) that competes
 * with the person typing far more than the count in its thread does. */
static void
update_busy (TfDashboardView *self)
{
  gboolean busy = self->computing || self->pending;

  if (busy)
    gtk_label_set_label (self->status_label, _("Counting the figures…"));
  else if (self->status_text != NULL)
    gtk_label_set_label (self->status_label, self->status_text);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->cards_box), GTK_ACCESSIBLE_STATE_BUSY, busy, -1);
}

static void
show_figures (TfDashboardView *self,
              JobResult       *result)
{
  g_autofree char *label = tf_period_get_label (self->period);
  g_autofree char *as_of = tf_format_date (tf_stats_get_computed_on (result->stats));

  g_set_object (&self->stats, result->stats);
  g_set_object (&self->economy, result->economy);
  if (result->years != NULL)
    {
      g_clear_pointer (&self->store_years, g_array_unref);
      self->store_years = g_array_ref (result->years);
      show_period (self);
    }

  if (tf_store_is_empty (tf_session_get_store (self->session)))
    {
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      g_clear_pointer (&self->status_text, g_free);
      self->status_text = g_strdup ("");
      return;
    }

  _tf_dashboard_fill_cards (self->cards_box, self->stats, self->economy);
  if (result->economy == NULL)
    g_warning ("The economy could not be counted: %s", result->economy_error);

  /* No dead end: an empty period says where to look instead. */
  if (_tf_dashboard_period_is_empty (self->stats))
    {
      g_autofree char *note = g_strdup_printf (
        _("Nothing was recorded in %s: no referrals, status changes, interventions or meetings. "
          "Choose another period above."), label);

      gtk_label_set_label (self->period_note, note);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->period_note), _tf_dashboard_period_is_empty (self->stats));

  /* TRANSLATORS: "2nd quarter 2025 · figures as of 3. dec. 2025" */
  g_free (self->status_text);
  self->status_text = g_strdup_printf (_("%s · figures as of %s"), label, as_of);
  gtk_stack_set_visible_child_name (self->content_stack, "cards");
}

static void
count_done_cb (GObject      *source,
               GAsyncResult *res,
               gpointer      user_data)
{
  TfDashboardView *self = TF_DASHBOARD_VIEW (source);
  g_autoptr(GError) error = NULL;
  JobResult *result = g_task_propagate_pointer (G_TASK (res), &error);
  Job *job = g_task_get_task_data (G_TASK (res));

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;   /* disposed */

  self->computing = FALSE;
  if (job->generation == self->generation)
    {
      if (result != NULL)
        {
          show_figures (self, result);
          self->n_updates++;
          g_autofree char *name = tf_period_to_string (job->period);

          /* How long the person waited, for measuring large stores. */
          g_debug ("Figures of %s counted and shown in %.0f ms", name,
                   (g_get_monotonic_time () - self->requested_at) / 1000.0);
          g_signal_emit (self, signals[SIGNAL_UPDATED], 0);
        }
      else
        {
          adw_status_page_set_description (self->error_page, error->message);
          gtk_stack_set_visible_child_name (self->content_stack, "error");
        }
    }
  else
    self->pending = TRUE;   /* the period changed while counting */
  g_clear_pointer (&result, job_result_free);

  if (self->pending)
    {
      self->pending = FALSE;
      start_count (self);
    }
  update_busy (self);
}

static void
start_count (TfDashboardView *self)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  if (self->computing)
    {
      self->pending = TRUE;
      update_busy (self);
      return;
    }
  job = g_new0 (Job, 1);
  job->path = g_strdup (tf_store_get_path (tf_session_get_store (self->session)));
  job->login = g_strdup (tf_session_get_login (self->session));
  job->registry = g_object_ref (self->registry);
  job->period = tf_period_copy (self->period);
  job->today = g_strdup (self->today);
  job->generation = self->generation;

  self->computing = TRUE;
  self->dirty = FALSE;
  self->requested_at = g_get_monotonic_time ();
  /* Only the first count covers the page; later ones keep the old cards
   * in view, with "Counting the figures…" beside the period, until the new
   * ones come. */
  if (self->stats == NULL)
    gtk_stack_set_visible_child_name (self->content_stack, "loading");
  task = g_task_new (self, self->cancellable, count_done_cb, NULL);
  g_task_set_source_tag (task, start_count);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, count_thread);
  update_busy (self);
}

static gboolean
change_timeout_cb (gpointer user_data)
{
  TfDashboardView *self = user_data;

  self->change_timeout = 0;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    start_count (self);
  else
    self->dirty = TRUE;
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (TfStore         *store,
                     const char      *entity,
                     gint64           id,
                     TfDashboardView *self)
{
  /* Coalesce: count once the saves have settled. */
  g_clear_handle_id (&self->change_timeout, g_source_remove);
  self->change_timeout = g_timeout_add (self->change_delay, change_timeout_cb, self);
}

static void
on_retry_clicked_cb (GtkButton       *button,
                     TfDashboardView *self)
{
  start_count (self);
}

/* GtkWidget */

static void
tf_dashboard_view_map (GtkWidget *widget)
{
  TfDashboardView *self = TF_DASHBOARD_VIEW (widget);

  GTK_WIDGET_CLASS (tf_dashboard_view_parent_class)->map (widget);
  /* The first count waits until the page is shown: a window that opens
   * on the case list does not count figures nobody looks at. */
  if (self->session != NULL && (self->dirty || (self->stats == NULL && !self->computing)))
    start_count (self);
}

/* GObject */

static void
tf_dashboard_view_constructed (GObject *object)
{
  TfDashboardView *self = TF_DASHBOARD_VIEW (object);
  g_autofree char *today = NULL;
  int year, month;

  G_OBJECT_CLASS (tf_dashboard_view_parent_class)->constructed (object);

  if (self->registry == NULL)
    self->registry = tf_registry_new ();
  if (self->session == NULL)
    return;   /* only the template test builds one without a session */

  /* The current quarter. */
  today = tf_today_iso ();
  year = atoi (today);
  month = atoi (today + 5);
  self->period = tf_period_new (TF_PERIOD_QUARTER, year, (month - 1) / 3 + 1);
  show_period (self);
  g_signal_connect_object (tf_session_get_store (self->session), "changed",
                           G_CALLBACK (on_store_changed_cb), self, 0);
}

static void
tf_dashboard_view_dispose (GObject *object)
{
  TfDashboardView *self = TF_DASHBOARD_VIEW (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->change_timeout, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_DASHBOARD_VIEW);
  /* The template's box has no name, so dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);
  g_clear_object (&self->registry);
  g_clear_object (&self->stats);
  g_clear_object (&self->economy);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (tf_dashboard_view_parent_class)->dispose (object);
}

static void
tf_dashboard_view_finalize (GObject *object)
{
  TfDashboardView *self = TF_DASHBOARD_VIEW (object);

  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->store_years, g_array_unref);
  g_clear_pointer (&self->period, tf_period_free);
  g_free (self->today);
  g_free (self->status_text);

  G_OBJECT_CLASS (tf_dashboard_view_parent_class)->finalize (object);
}

static void
tf_dashboard_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  TfDashboardView *self = TF_DASHBOARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_REGISTRY:
      g_value_set_object (value, self->registry);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_dashboard_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  TfDashboardView *self = TF_DASHBOARD_VIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_REGISTRY:
      self->registry = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_dashboard_view_class_init (TfDashboardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tf_dashboard_view_constructed;
  object_class->dispose = tf_dashboard_view_dispose;
  object_class->finalize = tf_dashboard_view_finalize;
  object_class->get_property = tf_dashboard_view_get_property;
  object_class->set_property = tf_dashboard_view_set_property;
  widget_class->map = tf_dashboard_view_map;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REGISTRY] =
    g_param_spec_object ("registry", NULL, NULL, TF_TYPE_REGISTRY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted when new figures have reached the cards. */
  signals[SIGNAL_UPDATED] =
    g_signal_new ("updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (TF_TYPE_DASHBOARD_GRID);
  gtk_widget_class_set_template_from_resource (widget_class, "/dk/norddjurs/Taskforce/tf-dashboard-view.ui");
  gtk_widget_class_bind_template_child (widget_class, TfDashboardView, kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TfDashboardView, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TfDashboardView, part_dropdown);
  gtk_widget_class_bind_template_child (widget_class, TfDashboardView, status_label);
  gtk_widget_class_bind_template_child (widget_class, TfDashboardView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, TfDashboardView, error_page);
  gtk_widget_class_bind_template_child (widget_class, TfDashboardView, period_note);
  gtk_widget_class_bind_template_child (widget_class, TfDashboardView, cards_box);
  gtk_widget_class_bind_template_callback (widget_class, on_period_dropdown_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_retry_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
tf_dashboard_view_init (TfDashboardView *self)
{
  g_autoptr(GtkStringList) kinds = translated_list (kind_labels);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->change_delay = DEFAULT_CHANGE_DELAY_MS;
  self->cancellable = g_cancellable_new ();
  gtk_drop_down_set_model (self->kind_dropdown, G_LIST_MODEL (kinds));
  update_busy (self);
}

/* Public */

GtkWidget *
tf_dashboard_view_new (TfSession  *session,
                       TfRegistry *registry)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);
  g_return_val_if_fail (registry == NULL || TF_IS_REGISTRY (registry), NULL);

  return g_object_new (TF_TYPE_DASHBOARD_VIEW, "session", session, "registry", registry, NULL);
}

void
tf_dashboard_view_set_period (TfDashboardView *self,
                              const TfPeriod  *period)
{
  g_return_if_fail (TF_IS_DASHBOARD_VIEW (self));
  g_return_if_fail (period != NULL);

  g_clear_pointer (&self->period, tf_period_free);
  self->period = tf_period_copy (period);
  self->generation++;
  show_period (self);
  start_count (self);
}

TfPeriod *
tf_dashboard_view_dup_period (TfDashboardView *self)
{
  g_return_val_if_fail (TF_IS_DASHBOARD_VIEW (self), NULL);
  return self->period != NULL ? tf_period_copy (self->period) : NULL;
}

void
tf_dashboard_view_set_today (TfDashboardView *self,
                             const char      *today_iso)
{
  g_return_if_fail (TF_IS_DASHBOARD_VIEW (self));

  g_free (self->today);
  self->today = g_strdup (today_iso);
  self->generation++;
  show_period (self);
  start_count (self);
}

void
tf_dashboard_view_set_change_delay (TfDashboardView *self,
                                    guint            ms)
{
  g_return_if_fail (TF_IS_DASHBOARD_VIEW (self));
  self->change_delay = ms;
}

void
tf_dashboard_view_reload (TfDashboardView *self)
{
  g_return_if_fail (TF_IS_DASHBOARD_VIEW (self));
  start_count (self);
}

gboolean
tf_dashboard_view_is_busy (TfDashboardView *self)
{
  g_return_val_if_fail (TF_IS_DASHBOARD_VIEW (self), FALSE);
  return self->computing || self->pending || self->change_timeout != 0;
}

TfStats *
tf_dashboard_view_get_stats (TfDashboardView *self)
{
  g_return_val_if_fail (TF_IS_DASHBOARD_VIEW (self), NULL);
  return self->stats;
}

TfEconomy *
tf_dashboard_view_get_economy (TfDashboardView *self)
{
  g_return_val_if_fail (TF_IS_DASHBOARD_VIEW (self), NULL);
  return self->economy;
}

guint
tf_dashboard_view_get_n_updates (TfDashboardView *self)
{
  g_return_val_if_fail (TF_IS_DASHBOARD_VIEW (self), 0);
  return self->n_updates;
}
