/* tf-registry.c — what the enabled work areas contribute, for everyone to look up
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-error.h"
#include "tf-registry.h"

struct _TfRegistry
{
  GObject     parent_instance;

  GListStore *areas;       /* TfArea, by priority then id */
  GHashTable *area_index;  /* id → TfArea; the values are borrowed from areas */
  GHashTable *forms;       /* id → TfForm, borrowed */
  GHashTable *indicators;  /* id → TfIndicator, borrowed */
};

G_DEFINE_FINAL_TYPE (TfRegistry, tf_registry, G_TYPE_OBJECT)

enum {
  AREA_ADDED,
  AREA_REMOVED,
  N_SIGNALS
};
static guint signals[N_SIGNALS];

static void
tf_registry_dispose (GObject *object)
{
  TfRegistry *self = TF_REGISTRY (object);

  g_hash_table_remove_all (self->forms);
  g_hash_table_remove_all (self->indicators);
  g_hash_table_remove_all (self->area_index);
  g_list_store_remove_all (self->areas);

  G_OBJECT_CLASS (tf_registry_parent_class)->dispose (object);
}

static void
tf_registry_finalize (GObject *object)
{
  TfRegistry *self = TF_REGISTRY (object);

  g_hash_table_unref (self->forms);
  g_hash_table_unref (self->indicators);
  g_hash_table_unref (self->area_index);
  g_object_unref (self->areas);

  G_OBJECT_CLASS (tf_registry_parent_class)->finalize (object);
}

static void
tf_registry_class_init (TfRegistryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = tf_registry_dispose;
  object_class->finalize = tf_registry_finalize;

  /**
   * TfRegistry::area-added:
   * @area: the area
   *
   * Emitted after @area has joined the registry and the areas model.
   */
  signals[AREA_ADDED] = g_signal_new ("area-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, TF_TYPE_AREA);

  /**
   * TfRegistry::area-removed:
   * @area: the area
   *
   * Emitted after @area has left the registry and the areas model.
   */
  signals[AREA_REMOVED] = g_signal_new ("area-removed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, TF_TYPE_AREA);
}

static void
tf_registry_init (TfRegistry *self)
{
  self->areas = g_list_store_new (TF_TYPE_AREA);
  self->area_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->forms = g_hash_table_new (g_str_hash, g_str_equal);
  self->indicators = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * tf_registry_new:
 *
 * Returns: (transfer full): an empty registry
 */
TfRegistry *
tf_registry_new (void)
{
  return g_object_new (TF_TYPE_REGISTRY, NULL);
}

static int
compare_areas (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  TfArea *area_a = (TfArea *) a;
  TfArea *area_b = (TfArea *) b;
  int priority_a = tf_area_get_priority (area_a);
  int priority_b = tf_area_get_priority (area_b);

  if (priority_a != priority_b)
    return priority_a < priority_b ? -1 : 1;
  return g_strcmp0 (tf_area_get_id (area_a), tf_area_get_id (area_b));
}

/* Adds the id of every item of @model (read with @get_id) to @index, or
 * finds the first that is taken. */
static gpointer
find_taken (GHashTable   *index,
            GListModel   *model,
            const char *(*get_id) (gpointer item),
            gpointer     *taken_by)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gpointer other = g_hash_table_lookup (index, get_id (item));

      if (other != NULL)
        {
          *taken_by = other;
          return item;
        }
    }
  return NULL;
}

static void
index_items (GHashTable   *index,
             GListModel   *model,
             const char *(*get_id) (gpointer item))
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      /* The area holds the item for as long as the index does */
      g_hash_table_insert (index, (char *) get_id (item), item);
    }
}

static void
unindex_items (GHashTable   *index,
               GListModel   *model,
               const char *(*get_id) (gpointer item))
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      /* Only remove what this area put there */
      if (g_hash_table_lookup (index, get_id (item)) == item)
        g_hash_table_remove (index, get_id (item));
    }
}

/**
 * tf_registry_add_area:
 * @area: an area, usually from tf_area_new_from_resource()
 *
 * Adds @area with its forms, indicators and deadline rules, then emits
 * #TfRegistry::area-added. The area's id, and each of its form ids and
 * indicator ids, must not be taken by an area already in the registry: a
 * record names its form and a measurement its indicator by id alone.
 *
 * Returns: %TRUE when added; %FALSE with @error set (TF_ERROR_INVALID,
 *   naming the id and the area that has it) when an id is taken
 */
gboolean
tf_registry_add_area (TfRegistry  *self,
                      TfArea      *area,
                      GError     **error)
{
  const char *area_id;
  gpointer taken_by = NULL;
  GObject *clash;

  g_return_val_if_fail (TF_IS_REGISTRY (self), FALSE);
  g_return_val_if_fail (TF_IS_AREA (area), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  area_id = tf_area_get_id (area);
  if (g_hash_table_contains (self->area_index, area_id))
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("The area “%s” cannot be added: an area with that id is already there."), area_id);
      return FALSE;
    }

  clash = find_taken (self->forms, tf_area_get_forms (area),
                      (const char *(*) (gpointer)) tf_form_get_id, &taken_by);
  if (clash != NULL)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("The area “%s” cannot be added: its form “%s” has the same id as a form of the area “%s”."),
                   area_id, tf_form_get_id (TF_FORM (clash)), tf_form_get_area_id (taken_by));
      return FALSE;
    }

  clash = find_taken (self->indicators, tf_area_get_indicators (area),
                      (const char *(*) (gpointer)) tf_indicator_get_id, &taken_by);
  if (clash != NULL)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("The area “%s” cannot be added: its indicator “%s” has the same id as an indicator of the area “%s”."),
                   area_id, tf_indicator_get_id (TF_INDICATOR (clash)), tf_indicator_get_area_id (taken_by));
      return FALSE;
    }

  /* The lookups are ready before the model tells anyone about the area */
  g_hash_table_insert (self->area_index, (char *) area_id, area);
  index_items (self->forms, tf_area_get_forms (area), (const char *(*) (gpointer)) tf_form_get_id);
  index_items (self->indicators, tf_area_get_indicators (area),
               (const char *(*) (gpointer)) tf_indicator_get_id);
  g_list_store_insert_sorted (self->areas, area, compare_areas, NULL);

  g_signal_emit (self, signals[AREA_ADDED], 0, area);
  return TRUE;
}

/**
 * tf_registry_remove_area:
 * @area_id: the id of an area in the registry
 *
 * Takes the area back with its forms, indicators and deadline rules, then
 * emits #TfRegistry::area-removed. Nothing happens when no area has @area_id.
 */
void
tf_registry_remove_area (TfRegistry *self,
                         const char *area_id)
{
  g_autoptr(TfArea) area = NULL;
  TfArea *found;
  guint position;

  g_return_if_fail (TF_IS_REGISTRY (self));
  g_return_if_fail (area_id != NULL);

  found = g_hash_table_lookup (self->area_index, area_id);
  if (found == NULL)
    return;
  /* Kept alive for the signal after the model lets it go */
  area = g_object_ref (found);

  unindex_items (self->forms, tf_area_get_forms (area), (const char *(*) (gpointer)) tf_form_get_id);
  unindex_items (self->indicators, tf_area_get_indicators (area),
                 (const char *(*) (gpointer)) tf_indicator_get_id);
  g_hash_table_remove (self->area_index, area_id);
  if (g_list_store_find (self->areas, area, &position))
    g_list_store_remove (self->areas, position);

  g_signal_emit (self, signals[AREA_REMOVED], 0, area);
}

/**
 * tf_registry_get_areas:
 *
 * Returns: (transfer none): a #GListModel of #TfArea, sorted by priority
 *   (lower first), then by id
 */
GListModel *
tf_registry_get_areas (TfRegistry *self)
{
  g_return_val_if_fail (TF_IS_REGISTRY (self), NULL);
  return G_LIST_MODEL (self->areas);
}

/**
 * tf_registry_find_area:
 *
 * Returns: (transfer none) (nullable): the area @area_id
 */
TfArea *
tf_registry_find_area (TfRegistry *self,
                       const char *area_id)
{
  g_return_val_if_fail (TF_IS_REGISTRY (self), NULL);

  if (area_id == NULL)
    return NULL;
  return g_hash_table_lookup (self->area_index, area_id);
}

/**
 * tf_registry_find_form:
 *
 * Returns: (transfer none) (nullable): the form @form_id of any area
 */
TfForm *
tf_registry_find_form (TfRegistry *self,
                       const char *form_id)
{
  g_return_val_if_fail (TF_IS_REGISTRY (self), NULL);

  if (form_id == NULL)
    return NULL;
  return g_hash_table_lookup (self->forms, form_id);
}

/**
 * tf_registry_find_indicator:
 *
 * Returns: (transfer none) (nullable): the indicator @indicator_id of any area
 */
TfIndicator *
tf_registry_find_indicator (TfRegistry *self,
                            const char *indicator_id)
{
  g_return_val_if_fail (TF_IS_REGISTRY (self), NULL);

  if (indicator_id == NULL)
    return NULL;
  return g_hash_table_lookup (self->indicators, indicator_id);
}

static GPtrArray *
list_across_areas (TfRegistry  *self,
                   GListModel *(*get_model) (TfArea *area))
{
  GPtrArray *items = g_ptr_array_new ();
  guint n_areas = g_list_model_get_n_items (G_LIST_MODEL (self->areas));

  for (guint i = 0; i < n_areas; i++)
    {
      g_autoptr(TfArea) area = g_list_model_get_item (G_LIST_MODEL (self->areas), i);
      GListModel *model = get_model (area);
      guint n = g_list_model_get_n_items (model);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, j);

          /* Borrowed: the area keeps it */
          g_ptr_array_add (items, item);
        }
    }
  return items;
}

/**
 * tf_registry_list_indicators:
 *
 * Returns: (transfer container) (element-type TfIndicator): every indicator
 *   of every area, areas in registry order, each area's in file order
 */
GPtrArray *
tf_registry_list_indicators (TfRegistry *self)
{
  g_return_val_if_fail (TF_IS_REGISTRY (self), NULL);
  return list_across_areas (self, tf_area_get_indicators);
}

/**
 * tf_registry_list_deadline_rules:
 *
 * Returns: (transfer container) (element-type TfDeadlineRule): every
 *   deadline rule of every area, areas in registry order, each area's in
 *   file order
 */
GPtrArray *
tf_registry_list_deadline_rules (TfRegistry *self)
{
  g_return_val_if_fail (TF_IS_REGISTRY (self), NULL);
  return list_across_areas (self, tf_area_get_deadline_rules);
}
