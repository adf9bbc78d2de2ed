/* tf-case-overview.c — the core "Overview" page of a case window
 *
 * Cards for the young person, the guardians, the case, its open tasks, its
 * status history and the newest notes, with a box to add a note. The case
 * window tells it what to show; it reads tasks, history and notes itself,
 * and follows task changes itself (the case window's header does not show
 * tasks, so the window does not reload for them).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "tf-case-economy-group.h"
#include "tf-case-overview.h"
#include "tf-case-window.h"
#include "tf-note-row.h"

/* How many more notes "Show More" brings. */
#define NOTES_PAGE 20
/* How many history rows the overview shows. */
#define HISTORY_SHOWN 3
/* How many open tasks the overview shows; the Meetings page has them all. */
#define TASKS_SHOWN 3

struct _TfCaseOverview
{
  GtkWidget       parent_instance;

  /* Template widgets */
  GtkScrolledWindow *scrolled_window;
  AdwActionRow   *cpr_row;
  AdwActionRow   *birth_date_row;
  AdwActionRow   *gender_row;
  AdwActionRow   *address_row;
  AdwActionRow   *school_row;
  AdwActionRow   *phone_row;
  GtkListBox     *guardians_list;
  GtkLabel       *no_guardians_label;
  AdwActionRow   *status_row;
  AdwActionRow   *referral_date_row;
  AdwActionRow   *referral_source_row;
  AdwActionRow   *reason_row;
  AdwActionRow   *coordinator_row;
  AdwActionRow   *risk_row;
  AdwActionRow   *consent_row;
  AdwActionRow   *follow_up_row;
  GtkListBox     *history_list;
  GtkTextView    *note_view;
  GtkListBox     *notes_list;
  GtkLabel       *no_notes_label;
  GtkWidget      *notes_footer;
  GtkLabel       *notes_count_label;
  GtkListBox     *open_tasks_list;
  GtkLabel       *no_open_tasks_label;
  GtkWidget      *economy_group;   /* after the guardians, added once shown */

  /* Owned */
  guint           tasks_idle;
  gboolean        watching_tasks;
  TfSession      *session;
  gint64          case_id;
  guint           notes_limit;
};

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (TfCaseOverview, tf_case_overview, GTK_TYPE_WIDGET)

/* Helpers */

/* A fact: the row's title names it, its subtitle holds it (styled like
 * libadwaita's later "property" rows). An empty value shows as a dash rather
 * than as nothing, so a row never looks broken. */
static void
set_value (AdwActionRow *row,
           const char   *text)
{
  gboolean empty = text == NULL || *text == '\0';

  adw_action_row_set_subtitle (row, empty ? "—" : text);
}

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

/* A plain title/subtitle row for lists of facts (guardians, history). The
 * text is data, never markup. */
static GtkWidget *
fact_row_new (const char *title,
              const char *subtitle)
{
  return g_object_new (ADW_TYPE_ACTION_ROW,
                       "title", title,
                       "subtitle", subtitle,
                       "use-markup", FALSE,
                       "activatable", FALSE,
                       "subtitle-lines", 0,
                       NULL);
}

/* Joins the non-empty parts with @separator. */
static char *
join_parts (const char         *separator,
            const char * const *parts,
            guint               n_parts)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_parts; i++)
    if (parts[i] != NULL && *parts[i] != '\0')
      g_string_append_printf (text, "%s%s", text->len > 0 ? separator : "", parts[i]);
  return g_string_free (text, FALSE);
}

static void
add_toast (TfCaseOverview *self,
           const char     *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *escaped = g_markup_escape_text (title, -1);

  /* Toast titles are markup. */
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (escaped));
}

/* Young person and guardians */

static void
show_young_person (TfCaseOverview *self,
                   TfYoungPerson  *yp)
{
  const char *cpr = tf_young_person_get_cpr (yp);
  int gender = tf_gender_from_id (tf_young_person_get_gender (yp));
  const char *town_parts[] = { tf_young_person_get_postcode (yp), tf_young_person_get_city (yp) };
  const char *school_parts[] = { tf_young_person_get_school (yp), tf_young_person_get_school_class (yp) };
  g_autofree char *cpr_text = NULL;
  g_autofree char *birth = tf_format_date (tf_young_person_get_birth_date (yp));
  g_autofree char *town = join_parts (" ", town_parts, G_N_ELEMENTS (town_parts));
  g_autofree char *address = NULL;
  g_autofree char *school = join_parts (", ", school_parts, G_N_ELEMENTS (school_parts));
  const char *address_parts[] = { tf_young_person_get_address (yp), town };
  char digits[11];

  /* The core masks the number for those whose work does not need it. */
  if (cpr != NULL && tf_cpr_parse (cpr, digits, NULL, NULL))
    cpr_text = tf_cpr_format (digits);
  else
    cpr_text = g_strdup (cpr);
  address = join_parts (", ", address_parts, G_N_ELEMENTS (address_parts));

  set_value (self->cpr_row, cpr_text);
  set_value (self->birth_date_row, birth);
  set_value (self->gender_row, gender >= 0 ? tf_gender_label (gender) : NULL);
  set_value (self->address_row, address);
  set_value (self->school_row, school);
  set_value (self->phone_row, tf_young_person_get_phone (yp));
}

static void
show_guardians (TfCaseOverview *self,
                TfYoungPerson  *yp)
{
  GListModel *guardians = tf_young_person_get_guardians (yp);
  guint n = g_list_model_get_n_items (guardians);

  clear_list (self->guardians_list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfGuardian) guardian = g_list_model_get_item (guardians, i);
      const char *parts[] = {
        tf_guardian_relation_label (tf_guardian_get_relation (guardian)),
        tf_guardian_get_phone (guardian),
        tf_guardian_get_email (guardian),
        tf_guardian_get_has_custody (guardian) ? _("Has custody") : _("No custody"),
      };
      g_autofree char *details = join_parts (" · ", parts, G_N_ELEMENTS (parts));

      gtk_list_box_append (self->guardians_list,
                           fact_row_new (tf_guardian_get_name (guardian), details));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->guardians_list), n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_guardians_label), n == 0);
}

/* The case */

static void
show_follow_up (TfCaseOverview *self,
                TfCase         *kase)
{
  g_autofree char *date = tf_format_date (tf_case_get_next_follow_up (kase));
  g_autofree char *reason = tf_case_dup_follow_up_reason (kase, NULL);
  g_autofree char *text = NULL;

  /* Needing follow-up says so in words as well as in colour. */
  if (reason != NULL)
    /* Translators: the follow-up date and why the case needs follow-up:
     * "3. dec. 2025 · The follow-up date 3. dec. 2025 has passed" */
    text = g_strdup_printf (_("%s · %s"), *date != '\0' ? date : "—", reason);
  set_value (self->follow_up_row, reason != NULL ? text : date);
  if (reason != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->follow_up_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->follow_up_row), "error");
}

/* "Moderate · assessed 3. nov. 2026": the latest assessment at a glance */
static void
show_risk (TfCaseOverview *self,
           TfCase         *kase)
{
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;

  if (tf_case_get_risk_level (kase) == NULL)
    {
      set_value (self->risk_row, _("No assessment yet"));
      return;
    }
  date = tf_format_date (tf_case_get_last_assessed_on (kase));
  /* Translators: the latest assessment's risk level and date, "Moderate · assessed 3. nov. 2026" */
  text = g_strdup_printf (_("%s · assessed %s"), tf_risk_level_label (tf_case_get_risk_level (kase)), date);
  set_value (self->risk_row, text);
}

static void
show_consent (TfCaseOverview *self)
{
  g_auto(TfConsentState) state = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *until = NULL;
  g_autofree char *text = NULL;

  if (!tf_consent_state_for_case (self->session, self->case_id, NULL, &state, &error))
    {
      set_value (self->consent_row, error->message);
      return;
    }
  if (!state.valid)
    {
      set_value (self->consent_row, _("No valid consent"));
      return;
    }
  until = tf_format_date (state.valid_until);
  if (state.runs_out_soon)
    /* Translators: "Valid until 2. dec. 2026 (runs out in 9 days)" */
    text = g_strdup_printf (ngettext ("Valid until %s (runs out in %d day)",
                                      "Valid until %s (runs out in %d days)", state.days_left),
                            until, state.days_left);
  else
    /* Translators: "Valid until 2. dec. 2026" */
    text = g_strdup_printf (_("Valid until %s"), until);
  set_value (self->consent_row, text);
}

static void
show_case (TfCaseOverview *self,
           TfCase         *kase)
{
  g_autofree char *referral_date = tf_format_date (tf_case_get_referral_date (kase));
  int source = tf_referral_source_from_id (tf_case_get_referral_source (kase));

  set_value (self->status_row, tf_case_status_label (tf_case_get_status (kase)));
  set_value (self->referral_date_row, referral_date);
  set_value (self->referral_source_row, source >= 0 ? tf_referral_source_label (source) : NULL);
  set_value (self->reason_row, tf_case_get_referral_reason (kase));
  set_value (self->coordinator_row, tf_case_get_coordinator_name (kase));
  show_risk (self, kase);
  show_consent (self);
  show_follow_up (self, kase);
}

static void
show_history (TfCaseOverview *self)
{
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GError) error = NULL;
  guint n;

  clear_list (self->history_list);
  history = tf_case_list_history (self->session, self->case_id, &error);
  if (history == NULL)
    {
      gtk_list_box_append (self->history_list, fact_row_new (_("Cannot show the history"), error->message));
      return;
    }

  /* The core lists oldest first; people read a history newest first. The
   * overview shows the newest few status changes; the History page has
   * them all, with the motivation categories. */
  n = g_list_model_get_n_items (history);
  for (guint i = n, shown = 0; i > 0 && shown < HISTORY_SHOWN; i--)
    {
      g_autoptr(TfStatusChange) change = g_list_model_get_item (history, i - 1);
      g_autofree char *date = tf_format_date (tf_status_change_get_valid_from (change));
      const char *parts[] = {
        date,
        tf_status_change_get_staff_name (change),
        tf_status_change_get_reason (change),
      };
      g_autofree char *details = NULL;

      if (tf_status_change_is_motivation (change))
        continue;
      shown++;
      details = join_parts (" · ", parts, G_N_ELEMENTS (parts));
      gtk_list_box_append (self->history_list,
                           fact_row_new (tf_case_status_label_for_id (tf_status_change_get_status (change)),
                                         details));
    }
}

/* Open tasks */

static void
show_tasks (TfCaseOverview *self)
{
  g_autoptr(GListModel) tasks = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *today = tf_today_iso ();
  guint n, n_open = 0;

  clear_list (self->open_tasks_list);
  tasks = tf_task_list_for_case (self->session, self->case_id, &error);
  if (tasks == NULL)
    {
      gtk_list_box_append (self->open_tasks_list, fact_row_new (_("Cannot show the tasks"), error->message));
      gtk_widget_set_visible (GTK_WIDGET (self->no_open_tasks_label), FALSE);
      return;
    }
  /* Open tasks come first, soonest due first. */
  n = g_list_model_get_n_items (tasks);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfTask) task = g_list_model_get_item (tasks, i);
      g_autofree char *due = NULL;
      g_autofree char *subtitle = NULL;
      GtkWidget *row;

      if (tf_task_get_done_on (task) != NULL)
        break;
      if (n_open++ >= TASKS_SHOWN)
        continue;
      due = tf_format_date (tf_task_get_due_on (task));
      /* Translators: "Mette Holm · due 3. dec. 2026" */
      subtitle = g_strdup_printf (_("%s · due %s"), tf_task_get_staff_name (task), due);
      row = g_object_new (ADW_TYPE_ACTION_ROW, "title", tf_task_get_what (task), "subtitle", subtitle,
                          "use-markup", FALSE, "activatable", FALSE, "title-lines", 0, NULL);
      if (tf_task_is_overdue (task, today))
        {
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

          gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (box, "error");
          gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
          gtk_box_append (GTK_BOX (box), gtk_label_new (_("Overdue")));
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
        }
      gtk_list_box_append (self->open_tasks_list, row);
    }
  if (n_open > TASKS_SHOWN)
    {
      /* Translators: the last row of the overview's open tasks */
      g_autofree char *more = g_strdup_printf (ngettext ("and %u more", "and %u more", n_open - TASKS_SHOWN),
                                               n_open - TASKS_SHOWN);
      GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW, "title", more, "use-markup", FALSE,
                                     "activatable", TRUE, "action-name", "overview.show-tasks", NULL);

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_append (self->open_tasks_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->open_tasks_list), n_open > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_open_tasks_label), n_open == 0);
}

static gboolean
tasks_idle_cb (gpointer user_data)
{
  TfCaseOverview *self = user_data;

  self->tasks_idle = 0;
  show_tasks (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (TfStore        *store,
                     const char     *entity,
                     gint64          id,
                     TfCaseOverview *self)
{
  if (self->case_id > 0 && self->tasks_idle == 0 &&
      (entity == NULL || (g_str_equal (entity, "task") && id == self->case_id)))
    self->tasks_idle = g_idle_add (tasks_idle_cb, self);
}

static void
show_tasks_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (TF_IS_CASE_WINDOW (root))
    tf_case_window_show_page (TF_CASE_WINDOW (root), "meetings");
}

/* Notes */

static void
show_notes (TfCaseOverview *self)
{
  g_autoptr(GListModel) notes = NULL;
  g_autoptr(GError) error = NULL;
  gint64 total;
  guint shown;

  clear_list (self->notes_list);
  notes = tf_note_list_for_case (self->session, self->case_id, self->notes_limit, &error);
  if (notes == NULL)
    {
      gtk_list_box_append (self->notes_list, fact_row_new (_("Cannot show the notes"), error->message));
      return;
    }

  shown = g_list_model_get_n_items (notes);
  for (guint i = 0; i < shown; i++)
    {
      g_autoptr(TfNote) note = g_list_model_get_item (notes, i);

      gtk_list_box_append (self->notes_list, tf_note_row_new (note));
    }
  total = MAX (tf_note_count_for_case (self->session, self->case_id), (gint64) shown);

  gtk_widget_set_visible (GTK_WIDGET (self->notes_list), shown > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->no_notes_label), shown == 0);
  gtk_widget_set_visible (self->notes_footer, total > shown);
  if (total > shown)
    {
      g_autofree char *count = g_strdup_printf (ngettext ("Showing %u of %u note",
                                                          "Showing %u of %u notes",
                                                          (gulong) total),
                                                shown, (guint) total);
      gtk_label_set_label (self->notes_count_label, count);
    }
}

static char *
dup_note_text (TfCaseOverview *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static void
on_note_buffer_changed_cb (GtkTextBuffer  *buffer,
                           TfCaseOverview *self)
{
  g_autofree char *text = dup_note_text (self);

  /* Nothing to add until something is written. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.add-note",
                                 *text != '\0' && self->case_id > 0);
}

static void
add_note_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  TfCaseOverview *self = TF_CASE_OVERVIEW (widget);
  g_autofree char *text = dup_note_text (self);
  g_autoptr(GError) error = NULL;

  if (*text == '\0' || self->session == NULL)
    return;
  if (tf_note_add (self->session, self->case_id, text, &error) == 0)
    {
      add_toast (self, error->message);
      return;
    }
  /* The store's "changed" signal makes the window reload the notes. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->note_view), "", 0);
  add_toast (self, _("Note added"));
}

static void
show_more_notes_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  TfCaseOverview *self = TF_CASE_OVERVIEW (widget);

  self->notes_limit += NOTES_PAGE;
  show_notes (self);
}

/* GObject */

static void
tf_case_overview_dispose (GObject *object)
{
  TfCaseOverview *self = TF_CASE_OVERVIEW (object);

  g_clear_handle_id (&self->tasks_idle, g_source_remove);
  if (self->session != NULL && self->watching_tasks)
    g_signal_handlers_disconnect_by_data (tf_session_get_store (self->session), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), TF_TYPE_CASE_OVERVIEW);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (tf_case_overview_parent_class)->dispose (object);
}

static void
tf_case_overview_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  TfCaseOverview *self = TF_CASE_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_case_overview_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  TfCaseOverview *self = TF_CASE_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_case_overview_class_init (TfCaseOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = tf_case_overview_dispose;
  object_class->get_property = tf_case_overview_get_property;
  object_class->set_property = tf_case_overview_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/dk/norddjurs/Taskforce/tf-case-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, cpr_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, birth_date_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, gender_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, address_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, school_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, phone_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, guardians_list);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, no_guardians_label);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, status_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, referral_date_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, referral_source_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, reason_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, coordinator_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, risk_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, consent_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, follow_up_row);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, history_list);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, note_view);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, notes_list);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, no_notes_label);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, notes_footer);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, notes_count_label);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, open_tasks_list);
  gtk_widget_class_bind_template_child (widget_class, TfCaseOverview, no_open_tasks_label);

  gtk_widget_class_install_action (widget_class, "overview.add-note", NULL, add_note_action);
  gtk_widget_class_install_action (widget_class, "overview.show-more-notes", NULL, show_more_notes_action);
  gtk_widget_class_install_action (widget_class, "overview.show-tasks", NULL, show_tasks_action);
}

static void
tf_case_overview_init (TfCaseOverview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->notes_limit = NOTES_PAGE;
  g_signal_connect_object (gtk_text_view_get_buffer (self->note_view), "changed",
                           G_CALLBACK (on_note_buffer_changed_cb), self, 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "overview.add-note", FALSE);
}

/**
 * tf_case_overview_new:
 *
 * Returns: (transfer floating): a new, empty overview page
 */
GtkWidget *
tf_case_overview_new (TfSession *session)
{
  g_return_val_if_fail (TF_IS_SESSION (session), NULL);

  return g_object_new (TF_TYPE_CASE_OVERVIEW, "session", session, NULL);
}

void
tf_case_overview_show (TfCaseOverview *self,
                       TfYoungPerson  *young_person,
                       TfCase         *kase)
{
  g_return_if_fail (TF_IS_CASE_OVERVIEW (self));
  g_return_if_fail (TF_IS_YOUNG_PERSON (young_person));
  g_return_if_fail (TF_IS_CASE (kase));

  self->case_id = tf_case_get_id (kase);
  show_young_person (self, young_person);
  show_guardians (self, young_person);
  show_case (self, kase);
  show_tasks (self);
  show_history (self);
  show_notes (self);
  if (self->economy_group == NULL)
    {
      GtkWidget *guardians = gtk_widget_get_ancestor (GTK_WIDGET (self->guardians_list),
                                                      ADW_TYPE_PREFERENCES_GROUP);

      self->economy_group = tf_case_economy_group_new (self->session);
      gtk_box_insert_child_after (GTK_BOX (gtk_widget_get_parent (guardians)), self->economy_group, guardians);
    }
  tf_case_economy_group_set_case_id (TF_CASE_ECONOMY_GROUP (self->economy_group), self->case_id);
  if (!self->watching_tasks)
    {
      g_signal_connect_object (tf_session_get_store (self->session), "changed",
                               G_CALLBACK (on_store_changed_cb), self, 0);
      self->watching_tasks = TRUE;
    }
  on_note_buffer_changed_cb (gtk_text_view_get_buffer (self->note_view), self);
}
