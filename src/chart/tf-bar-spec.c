/* tf-bar-spec.c — what a bar chart shows: categories × series, and its words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-bar-private.h"

typedef struct
{
  char   *name;
  GArray *values;   /* double, one per category */
  GArray *hidden;   /* gboolean, one per category */
} Series;

struct _TfBarSpec
{
  GObject           parent_instance;

  char             *title;
  gboolean          show_title;
  TfBarOrientation  orientation;
  gboolean          stacked;
  TfBarValueFormat  format;
  TfBarFormatFunc   format_func;
  gpointer          format_data;
  GDestroyNotify    format_destroy;
  char             *value_label;
  GPtrArray        *categories;   /* char* */
  GPtrArray        *series;       /* Series* */
  gboolean          has_reference;
  double            reference;
  char             *reference_label;
  char             *empty_text;
};

G_DEFINE_FINAL_TYPE (TfBarSpec, tf_bar_spec, G_TYPE_OBJECT)

enum {
  SIGNAL_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_changed (TfBarSpec *self)
{
  g_signal_emit (self, signals[SIGNAL_CHANGED], 0);
}

static void
series_free (gpointer data)
{
  Series *series = data;

  g_free (series->name);
  g_array_unref (series->values);
  g_array_unref (series->hidden);
  g_free (series);
}

/* Every series has exactly one value (0, shown) per category. */
static void
series_reset (Series *series,
              guint   n)
{
  g_array_set_size (series->values, 0);
  g_array_set_size (series->hidden, 0);
  g_array_set_size (series->values, n);
  g_array_set_size (series->hidden, n);
}

static void
clear_format_func (TfBarSpec *self)
{
  if (self->format_destroy != NULL)
    self->format_destroy (self->format_data);
  self->format_func = NULL;
  self->format_data = NULL;
  self->format_destroy = NULL;
}

static void
tf_bar_spec_finalize (GObject *object)
{
  TfBarSpec *self = TF_BAR_SPEC (object);

  clear_format_func (self);
  g_free (self->title);
  g_free (self->value_label);
  g_free (self->reference_label);
  g_free (self->empty_text);
  g_ptr_array_unref (self->categories);
  g_ptr_array_unref (self->series);

  G_OBJECT_CLASS (tf_bar_spec_parent_class)->finalize (object);
}

static void
tf_bar_spec_class_init (TfBarSpecClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_bar_spec_finalize;

  signals[SIGNAL_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
tf_bar_spec_init (TfBarSpec *self)
{
  self->categories = g_ptr_array_new_with_free_func (g_free);
  self->series = g_ptr_array_new_with_free_func (series_free);
  self->orientation = TF_BAR_HORIZONTAL;
  self->format = TF_BAR_VALUE_COUNT;
}

/**
 * tf_bar_spec_new:
 * @title: (nullable): what the chart shows ("The way through the
 *   taskforce"); a screen reader's name for it and a report's heading
 *
 * Returns: (transfer full): a chart without categories or series
 */
TfBarSpec *
tf_bar_spec_new (const char *title)
{
  TfBarSpec *self = g_object_new (TF_TYPE_BAR_SPEC, NULL);

  self->title = g_strdup (title);
  return self;
}

const char *
tf_bar_spec_get_title (TfBarSpec *self)
{
  g_return_val_if_fail (TF_IS_BAR_SPEC (self), NULL);
  return self->title;
}

void
tf_bar_spec_set_title (TfBarSpec  *self,
                       const char *title)
{
  g_return_if_fail (TF_IS_BAR_SPEC (self));

  g_free (self->title);
  self->title = g_strdup (title);
  emit_changed (self);
}

void
tf_bar_spec_set_show_title (TfBarSpec *self,
                            gboolean   show)
{
  g_return_if_fail (TF_IS_BAR_SPEC (self));

  self->show_title = !!show;
  emit_changed (self);
}

gboolean
tf_bar_spec_get_show_title (TfBarSpec *self)
{
  g_return_val_if_fail (TF_IS_BAR_SPEC (self), FALSE);
  return self->show_title;
}

void
tf_bar_spec_set_orientation (TfBarSpec        *self,
                             TfBarOrientation  orientation)
{
  g_return_if_fail (TF_IS_BAR_SPEC (self));
  g_return_if_fail (orientation == TF_BAR_HORIZONTAL || orientation == TF_BAR_VERTICAL);

  self->orientation = orientation;
  emit_changed (self);
}

TfBarOrientation
tf_bar_spec_get_orientation (TfBarSpec *self)
{
  g_return_val_if_fail (TF_IS_BAR_SPEC (self), TF_BAR_HORIZONTAL);
  return self->orientation;
}

void
tf_bar_spec_set_stacked (TfBarSpec *self,
                         gboolean   stacked)
{
  g_return_if_fail (TF_IS_BAR_SPEC (self));

  self->stacked = !!stacked;
  emit_changed (self);
}

gboolean
tf_bar_spec_get_stacked (TfBarSpec *self)
{
  g_return_val_if_fail (TF_IS_BAR_SPEC (self), FALSE);
  return self->stacked;
}

void
tf_bar_spec_set_value_format (TfBarSpec        *self,
                              TfBarValueFormat  format)
{
  g_return_if_fail (TF_IS_BAR_SPEC (self));
  g_return_if_fail (format <= TF_BAR_VALUE_PERCENT);

  self->format = format;
  emit_changed (self);
}

TfBarValueFormat
tf_bar_spec_get_value_format (TfBarSpec *self)
{
  g_return_val_if_fail (TF_IS_BAR_SPEC (self), TF_BAR_VALUE_COUNT);
  return self->format;
}

/**
 * tf_bar_spec_set_format_func:
 * @func: (nullable) (scope notified): writes a value; NULL for the value format's
 */
void
tf_bar_spec_set_format_func (TfBarSpec       *self,
                             TfBarFormatFunc  func,
                             gpointer         user_data,
                             GDestroyNotify   destroy)
{
  g_return_if_fail (TF_IS_BAR_SPEC (self));

  clear_format_func (self);
  self->format_func = func;
  self->format_data = user_data;
  self->format_destroy = destroy;
  emit_changed (self);
}

void
tf_bar_spec_set_value_label (TfBarSpec  *self,
                             const char *unit_label)
{
  g_return_if_fail (TF_IS_BAR_SPEC (self));

  g_free (self->value_label);
  self->value_label = g_strdup (unit_label);
  emit_changed (self);
}

/**
 * tf_bar_spec_get_value_label:
 *
 * Returns: (nullable): what the values are, by their axis
 */
const char *
tf_bar_spec_get_value_label (TfBarSpec *self)
{
  g_return_val_if_fail (TF_IS_BAR_SPEC (self), NULL);
  return self->value_label;
}

/**
 * tf_bar_spec_set_categories:
 * @labels: (array zero-terminated=1) (nullable): the categories in order
 */
void
tf_bar_spec_set_categories (TfBarSpec          *self,
                            const char * const *labels)
{
  g_return_if_fail (TF_IS_BAR_SPEC (self));

  g_ptr_array_set_size (self->categories, 0);
  for (guint i = 0; labels != NULL && labels[i] != NULL; i++)
    g_ptr_array_add (self->categories, g_strdup (labels[i]));
  for (guint s = 0; s < self->series->len; s++)
    series_reset (g_ptr_array_index (self->series, s), self->categories->len);
  emit_changed (self);
}

guint
tf_bar_spec_get_n_categories (TfBarSpec *self)
{
  g_return_val_if_fail (TF_IS_BAR_SPEC (self), 0);
  return self->categories->len;
}

/**
 * tf_bar_spec_get_category:
 *
 * Returns: (nullable): the label of @category
 */
const char *
tf_bar_spec_get_category (TfBarSpec *self,
                          guint      category)
{
  g_return_val_if_fail (TF_IS_BAR_SPEC (self), NULL);

  if (category >= self->categories->len)
    return NULL;
  return g_ptr_array_index (self->categories, category);
}

guint
tf_bar_spec_add_series (TfBarSpec  *self,
                        const char *name)
{
  Series *series;

  g_return_val_if_fail (TF_IS_BAR_SPEC (self), 0);

  series = g_new0 (Series, 1);
  series->name = g_strdup (name != NULL ? name : "");
  series->values = g_array_new (FALSE, TRUE, sizeof (double));
  series->hidden = g_array_new (FALSE, TRUE, sizeof (gboolean));
  series_reset (series, self->categories->len);
  g_ptr_array_add (self->series, series);
  emit_changed (self);
  return self->series->len - 1;
}

void
tf_bar_spec_remove_all_series (TfBarSpec *self)
{
  g_return_if_fail (TF_IS_BAR_SPEC (self));

  g_ptr_array_set_size (self->series, 0);
  emit_changed (self);
}

guint
tf_bar_spec_get_n_series (TfBarSpec *self)
{
  g_return_val_if_fail (TF_IS_BAR_SPEC (self), 0);
  return self->series->len;
}

/**
 * tf_bar_spec_get_series_name:
 *
 * Returns: (nullable): the name of @series
 */
const char *
tf_bar_spec_get_series_name (TfBarSpec *self,
                             guint      series)
{
  g_return_val_if_fail (TF_IS_BAR_SPEC (self), NULL);

  if (series >= self->series->len)
    return NULL;
  return ((Series *) g_ptr_array_index (self->series, series))->name;
}

static Series *
get_series (TfBarSpec *self,
            guint      series,
            guint      category)
{
  if (series >= self->series->len || category >= self->categories->len)
    return NULL;
  return g_ptr_array_index (self->series, series);
}

void
tf_bar_spec_set_value (TfBarSpec *self,
                       guint      series,
                       guint      category,
                       double     value)
{
  Series *s;

  g_return_if_fail (TF_IS_BAR_SPEC (self));
  g_return_if_fail (isfinite (value));
  s = get_series (self, series, category);
  g_return_if_fail (s != NULL);

  g_array_index (s->values, double, category) = value;
  g_array_index (s->hidden, gboolean, category) = FALSE;
  emit_changed (self);
}

double
tf_bar_spec_get_value (TfBarSpec *self,
                       guint      series,
                       guint      category)
{
  Series *s;

  g_return_val_if_fail (TF_IS_BAR_SPEC (self), 0);

  s = get_series (self, series, category);
  if (s == NULL || g_array_index (s->hidden, gboolean, category))
    return 0;
  return g_array_index (s->values, double, category);
}

void
tf_bar_spec_set_hidden (TfBarSpec *self,
                        guint      series,
                        guint      category)
{
  Series *s;

  g_return_if_fail (TF_IS_BAR_SPEC (self));
  s = get_series (self, series, category);
  g_return_if_fail (s != NULL);

  /* the value itself is forgotten: nothing can draw or leak it */
  g_array_index (s->values, double, category) = 0;
  g_array_index (s->hidden, gboolean, category) = TRUE;
  emit_changed (self);
}

gboolean
tf_bar_spec_get_hidden (TfBarSpec *self,
                        guint      series,
                        guint      category)
{
  Series *s;

  g_return_val_if_fail (TF_IS_BAR_SPEC (self), FALSE);

  s = get_series (self, series, category);
  return s != NULL && g_array_index (s->hidden, gboolean, category);
}

double
tf_bar_spec_get_total (TfBarSpec *self,
                       guint      category)
{
  double total = 0;

  g_return_val_if_fail (TF_IS_BAR_SPEC (self), 0);

  for (guint s = 0; s < self->series->len; s++)
    total += tf_bar_spec_get_value (self, s, category);
  return total;
}

/**
 * tf_bar_spec_set_reference:
 * @label: (nullable): what the line is ("Budget")
 */
void
tf_bar_spec_set_reference (TfBarSpec  *self,
                           double      value,
                           const char *label)
{
  g_return_if_fail (TF_IS_BAR_SPEC (self));
  g_return_if_fail (isfinite (value));

  self->has_reference = TRUE;
  self->reference = value;
  g_free (self->reference_label);
  self->reference_label = g_strdup (label);
  emit_changed (self);
}

void
tf_bar_spec_clear_reference (TfBarSpec *self)
{
  g_return_if_fail (TF_IS_BAR_SPEC (self));

  self->has_reference = FALSE;
  g_clear_pointer (&self->reference_label, g_free);
  emit_changed (self);
}

gboolean
tf_bar_spec_get_reference (TfBarSpec   *self,
                           double      *value,
                           const char **label)
{
  g_return_val_if_fail (TF_IS_BAR_SPEC (self), FALSE);

  if (self->has_reference)
    {
      if (value != NULL)
        *value = self->reference;
      if (label != NULL)
        *label = self->reference_label;
    }
  return self->has_reference;
}

void
tf_bar_spec_set_empty_text (TfBarSpec  *self,
                            const char *text)
{
  g_return_if_fail (TF_IS_BAR_SPEC (self));

  g_free (self->empty_text);
  self->empty_text = g_strdup (text);
  emit_changed (self);
}

const char *
tf_bar_spec_get_empty_text (TfBarSpec *self)
{
  g_return_val_if_fail (TF_IS_BAR_SPEC (self), NULL);
  return self->empty_text != NULL ? self->empty_text : _("No data");
}

gboolean
tf_bar_spec_has_data (TfBarSpec *self)
{
  g_return_val_if_fail (TF_IS_BAR_SPEC (self), FALSE);
  return self->categories->len > 0 && self->series->len > 0;
}

/* Formatting */

/* "1.200.000": Danish digit grouping of a whole number. */
static char *
group_digits (double value)
{
  g_autofree char *digits = g_strdup_printf ("%.0f", fabs (round (value)));
  GString *out = g_string_new (value <= -0.5 ? "-" : "");
  gsize n = strlen (digits);

  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, '.');
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

/* One decimal with a Danish comma when the value is not whole. */
static char *
format_number (double value)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (fabs (value - round (value)) < 0.05)
    return group_digits (value);
  g_ascii_formatd (number, sizeof number, "%.1f", value);
  g_strdelimit (number, ".", ',');
  return g_strdup (number);
}

char *
tf_bar_spec_format_value (TfBarSpec *self,
                          double     value)
{
  g_autofree char *number = NULL;

  g_return_val_if_fail (TF_IS_BAR_SPEC (self), NULL);

  if (self->format_func != NULL)
    return self->format_func (value, self->format_data);
  switch (self->format)
    {
    case TF_BAR_VALUE_KRONER:
      /* whole kroner: øre would only clutter a chart */
      return tf_format_money ((gint64) llround (value / 100.0) * 100);
    case TF_BAR_VALUE_PERCENT:
      number = format_number (value);
      /* Translators: a percentage on a chart: "40 %" (Danish puts a space before %) */
      return g_strdup_printf (_("%s %%"), number);
    case TF_BAR_VALUE_COUNT:
    default:
      return format_number (value);
    }
}

/* A tick on the value axis: like a value, but kroner without "kr." — the
 * axis' label says the unit once. */
char *
_tf_bar_spec_format_tick (TfBarSpec *self,
                          double     value)
{
  if (self->format_func == NULL && self->format == TF_BAR_VALUE_KRONER)
    return format_number (value / 100.0);
  return tf_bar_spec_format_value (self, value);
}

/* Words */

static void
append_value (TfBarSpec *self,
              GString   *text,
              guint      series,
              guint      category)
{
  g_autofree char *value = NULL;

  if (tf_bar_spec_get_hidden (self, series, category))
    {
      /* Translators: a value a committee report suppresses, in a chart's
       * description for a screen reader: "Relevant hidden" */
      g_string_append (text, _("hidden"));
      return;
    }
  value = tf_bar_spec_format_value (self, tf_bar_spec_get_value (self, series, category));
  g_string_append (text, value);
}

static gboolean
category_has_hidden (TfBarSpec *self,
                     guint      category)
{
  for (guint s = 0; s < self->series->len; s++)
    if (tf_bar_spec_get_hidden (self, s, category))
      return TRUE;
  return FALSE;
}

char *
tf_bar_spec_describe (TfBarSpec *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (TF_IS_BAR_SPEC (self), NULL);

  if (!tf_bar_spec_has_data (self))
    return g_strdup (tf_bar_spec_get_empty_text (self));
  for (guint c = 0; c < self->categories->len; c++)
    {
      const char *label = g_ptr_array_index (self->categories, c);

      if (self->series->len == 1)
        {
          /* "Referred 40, Screened 32" */
          if (c > 0)
            g_string_append (text, ", ");
          g_string_append_printf (text, "%s ", label);
          append_value (self, text, 0, c);
          continue;
        }
      /* "Mentor: Budget 200.000 kr., Spent 150.000 kr.; School: …" */
      if (c > 0)
        g_string_append (text, "; ");
      g_string_append_printf (text, "%s: ", label);
      for (guint s = 0; s < self->series->len; s++)
        {
          if (s > 0)
            g_string_append (text, ", ");
          g_string_append_printf (text, "%s ", tf_bar_spec_get_series_name (self, s));
          append_value (self, text, s, c);
        }
      if (self->stacked)
        {
          g_autofree char *total = tf_bar_spec_format_value (self, tf_bar_spec_get_total (self, c));

          /* Translators: a stacked bar's total in a chart's description; the
           * second form when a part of it is hidden: "at least 12" */
          g_string_append_printf (text, category_has_hidden (self, c) ? _(", total at least %s")
                                                                      : _(", total %s"),
                                  total);
        }
    }
  if (self->has_reference)
    {
      g_autofree char *value = tf_bar_spec_format_value (self, self->reference);

      /* a sentence of its own; "kr." already ends one */
      g_string_append (text, text->str[text->len - 1] == '.' ? " " : ". ");
      /* Translators: the reference line in a chart's description: "Budget: 1.200.000 kr." */
      g_string_append_printf (text, _("%s: %s"),
                              self->reference_label != NULL ? self->reference_label : _("Reference"),
                              value);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

char *
tf_bar_spec_describe_category (TfBarSpec *self,
                               guint      category)
{
  g_autoptr(GString) text = NULL;

  g_return_val_if_fail (TF_IS_BAR_SPEC (self), NULL);

  if (category >= self->categories->len)
    return NULL;
  text = g_string_new (g_ptr_array_index (self->categories, category));
  for (guint s = 0; s < self->series->len; s++)
    {
      g_string_append_c (text, '\n');
      if (self->series->len > 1)
        g_string_append_printf (text, "%s: ", tf_bar_spec_get_series_name (self, s));
      append_value (self, text, s, category);
    }
  if (self->stacked && self->series->len > 1)
    {
      g_autofree char *total = tf_bar_spec_format_value (self, tf_bar_spec_get_total (self, category));

      g_string_append_c (text, '\n');
      /* Translators: a stacked bar's total in its tooltip; the second form
       * when a part of it is hidden */
      g_string_append_printf (text, category_has_hidden (self, category) ? _("Total: at least %s")
                                                                         : _("Total: %s"),
                              total);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}
