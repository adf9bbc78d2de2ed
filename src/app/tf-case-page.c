/* tf-case-page.c — the base of a case window's core pages
 *
 * Every core page shows one case of one session and follows the store so
 * that a change saved at another desk shows at once. This class holds the
 * session and the case id, listens to the store, and folds the changes of
 * one main-loop turn into one reload: saving a case often touches several
 * rows, and reading the page once for each would be wasted work and make
 * it flicker. A page says which changes concern it with
 * tf_case_page_class_set_entities() or by overriding is_relevant.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-case-page.h"

typedef struct
{
  TfSession *session;
  gint64     case_id;
  guint      reload_idle;
} TfCasePagePrivate;

enum {
  PROP_0,
  PROP_SESSION,
  PROP_CASE_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (TfCasePage, tf_case_page, GTK_TYPE_WIDGET)

static void
tf_case_page_real_reload (TfCasePage *self)
{
}

static gboolean
tf_case_page_real_is_relevant (TfCasePage *self,
                               const char *entity,
                               gint64      id)
{
  TfCasePagePrivate *priv = tf_case_page_get_instance_private (self);
  TfCasePageClass *klass = TF_CASE_PAGE_GET_CLASS (self);

  if (entity == NULL)
    return TRUE;
  return id == priv->case_id && klass->entities != NULL &&
         g_strv_contains ((const char * const *) klass->entities, entity);
}

static gboolean
reload_idle_cb (gpointer user_data)
{
  TfCasePage *self = user_data;
  TfCasePagePrivate *priv = tf_case_page_get_instance_private (self);

  priv->reload_idle = 0;
  TF_CASE_PAGE_GET_CLASS (self)->reload (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (TfStore    *store,
                     const char *entity,
                     gint64      id,
                     TfCasePage *self)
{
  if (TF_CASE_PAGE_GET_CLASS (self)->is_relevant (self, entity, id))
    tf_case_page_queue_reload (self);
}

/* GObject */

static void
tf_case_page_constructed (GObject *object)
{
  TfCasePage *self = TF_CASE_PAGE (object);
  TfCasePagePrivate *priv = tf_case_page_get_instance_private (self);

  G_OBJECT_CLASS (tf_case_page_parent_class)->constructed (object);

  if (priv->session == NULL)
    return;   /* only the template test builds one without a session */
  g_signal_connect_object (tf_session_get_store (priv->session), "changed",
                           G_CALLBACK (on_store_changed_cb), self, 0);
  /* Directly, and dropping what a subclass's constructed may have queued */
  tf_case_page_reload (self);
}

static void
tf_case_page_dispose (GObject *object)
{
  TfCasePage *self = TF_CASE_PAGE (object);
  TfCasePagePrivate *priv = tf_case_page_get_instance_private (self);

  /* The subclass has disposed its template by now; a reload must not run
   * on what is left of it, nor a late store change queue one. */
  g_clear_handle_id (&priv->reload_idle, g_source_remove);
  if (priv->session != NULL)
    g_signal_handlers_disconnect_by_data (tf_session_get_store (priv->session), self);
  g_clear_object (&priv->session);

  G_OBJECT_CLASS (tf_case_page_parent_class)->dispose (object);
}

static void
tf_case_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  TfCasePagePrivate *priv = tf_case_page_get_instance_private (TF_CASE_PAGE (object));

  switch (prop_id)
    {
    case PROP_SESSION: g_value_set_object (value, priv->session); break;
    case PROP_CASE_ID: g_value_set_int64 (value, priv->case_id); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_case_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  TfCasePagePrivate *priv = tf_case_page_get_instance_private (TF_CASE_PAGE (object));

  switch (prop_id)
    {
    case PROP_SESSION: priv->session = g_value_dup_object (value); break;
    case PROP_CASE_ID: priv->case_id = g_value_get_int64 (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tf_case_page_class_init (TfCasePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = tf_case_page_constructed;
  object_class->dispose = tf_case_page_dispose;
  object_class->get_property = tf_case_page_get_property;
  object_class->set_property = tf_case_page_set_property;

  klass->reload = tf_case_page_real_reload;
  klass->is_relevant = tf_case_page_real_is_relevant;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, TF_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A page is one child (its template's scrolled window or stack) filling
   * the space the case window gives it. */
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
tf_case_page_init (TfCasePage *self)
{
}

/**
 * tf_case_page_class_set_entities:
 * @klass: a page class
 * @entities: (array zero-terminated=1): store entities that, changed for
 *   the page's case, make the default is_relevant say yes
 *
 * Meant for class_init; the list is copied, so a compound literal will do.
 */
void
tf_case_page_class_set_entities (TfCasePageClass    *klass,
                                 const char * const *entities)
{
  g_return_if_fail (TF_IS_CASE_PAGE_CLASS (klass));

  /* No free of an old list: a subclass's class struct starts as a copy of
   * its parent's, so the pointer may be the parent's own. */
  klass->entities = g_strdupv ((char **) entities);
}

TfSession *
tf_case_page_get_session (TfCasePage *self)
{
  TfCasePagePrivate *priv = tf_case_page_get_instance_private (self);

  g_return_val_if_fail (TF_IS_CASE_PAGE (self), NULL);

  return priv->session;
}

gint64
tf_case_page_get_case_id (TfCasePage *self)
{
  TfCasePagePrivate *priv = tf_case_page_get_instance_private (self);

  g_return_val_if_fail (TF_IS_CASE_PAGE (self), 0);

  return priv->case_id;
}

/**
 * tf_case_page_queue_reload:
 * @self: a page
 *
 * Reloads the page when the main loop is next idle, once however often
 * this is called before then. Does nothing for a page without a session,
 * which has nothing to read.
 */
void
tf_case_page_queue_reload (TfCasePage *self)
{
  TfCasePagePrivate *priv = tf_case_page_get_instance_private (self);

  g_return_if_fail (TF_IS_CASE_PAGE (self));

  if (priv->session != NULL && priv->reload_idle == 0)
    priv->reload_idle = g_idle_add (reload_idle_cb, self);
}

/**
 * tf_case_page_reload:
 * @self: a page
 *
 * Reloads the page now, and drops a reload that was queued, which would
 * only read the same again.
 */
void
tf_case_page_reload (TfCasePage *self)
{
  TfCasePagePrivate *priv = tf_case_page_get_instance_private (self);

  g_return_if_fail (TF_IS_CASE_PAGE (self));

  g_clear_handle_id (&priv->reload_idle, g_source_remove);
  TF_CASE_PAGE_GET_CLASS (self)->reload (self);
}
