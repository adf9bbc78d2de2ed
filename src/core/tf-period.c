/* tf-period.c — a year, a quarter or a month to report on
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-error.h"
#include "tf-period.h"

struct _TfPeriod
{
  TfPeriodKind kind;
  int          year;
  int          index;        /* quarter 1–4, month 1–12, 0 for a year */
  char         first_day[11];
  char         last_day[11];
};

G_DEFINE_BOXED_TYPE (TfPeriod, tf_period, tf_period_copy, tf_period_free)

#define MIN_YEAR 1900
#define MAX_YEAR 2999

/* Whole labels rather than a month name pasted into a pattern, so a
 * translation can put the year where its language wants it. */
static const char * const month_labels[12] = {
  N_("January %d"), N_("February %d"), N_("March %d"), N_("April %d"),
  N_("May %d"), N_("June %d"), N_("July %d"), N_("August %d"),
  N_("September %d"), N_("October %d"), N_("November %d"), N_("December %d"),
};

/* The first month (1–12) and the number of months the period covers. */
static void
month_span (const TfPeriod *self,
            int            *first_month,
            int            *n_months)
{
  switch (self->kind)
    {
    case TF_PERIOD_QUARTER:
      *first_month = (self->index - 1) * 3 + 1;
      *n_months = 3;
      break;
    case TF_PERIOD_MONTH:
      *first_month = self->index;
      *n_months = 1;
      break;
    case TF_PERIOD_YEAR:
    default:
      *first_month = 1;
      *n_months = 12;
      break;
    }
}

TfPeriod *
tf_period_new (TfPeriodKind kind,
               int          year,
               int          index)
{
  TfPeriod *self;
  int first_month, n_months, last_month;

  g_return_val_if_fail (year >= MIN_YEAR && year <= MAX_YEAR, NULL);
  g_return_val_if_fail (kind != TF_PERIOD_QUARTER || (index >= 1 && index <= 4), NULL);
  g_return_val_if_fail (kind != TF_PERIOD_MONTH || (index >= 1 && index <= 12), NULL);

  self = g_new0 (TfPeriod, 1);
  self->kind = kind;
  self->year = year;
  self->index = kind == TF_PERIOD_YEAR ? 0 : index;
  month_span (self, &first_month, &n_months);
  last_month = first_month + n_months - 1;
  g_snprintf (self->first_day, sizeof self->first_day, "%04d-%02d-01", year, first_month);
  g_snprintf (self->last_day, sizeof self->last_day, "%04d-%02d-%02d", year, last_month,
              (int) g_date_get_days_in_month ((GDateMonth) last_month, (GDateYear) year));
  return self;
}

TfPeriod *
tf_period_copy (const TfPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return g_memdup2 (self, sizeof *self);
}

void
tf_period_free (TfPeriod *self)
{
  g_free (self);
}

/* Reads exactly @n digits from @s; FALSE if any is not a digit. */
static gboolean
read_digits (const char *s,
             guint       n,
             int        *out)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      value = value * 10 + (s[i] - '0');
    }
  *out = value;
  return TRUE;
}

static TfPeriod *
refuse (GError     **error,
        const char  *text)
{
  g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
               _("“%s” is not a period. Write a year (2025), a quarter (2025-Q2) or a month (2025-03)."),
               text);
  return NULL;
}

TfPeriod *
tf_period_parse (const char  *text,
                 GError     **error)
{
  g_autofree char *s = NULL;
  gsize len;
  int year, index;

  if (text == NULL)
    text = "";
  s = g_strstrip (g_strdup (text));
  len = strlen (s);

  if (len < 4 || !read_digits (s, 4, &year))
    return refuse (error, s);
  if (year < MIN_YEAR || year > MAX_YEAR)
    {
      g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                   _("The year %d is outside the years the taskforce reports on (%d–%d)."),
                   year, MIN_YEAR, MAX_YEAR);
      return NULL;
    }
  if (len == 4)
    return tf_period_new (TF_PERIOD_YEAR, year, 0);
  if (s[4] != '-')
    return refuse (error, s);

  if (len == 7 && (s[5] == 'Q' || s[5] == 'q'))
    {
      if (!read_digits (s + 6, 1, &index))
        return refuse (error, s);
      if (index < 1 || index > 4)
        {
          g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                       _("A year has quarters 1 to 4; “%s” names quarter %d."), s, index);
          return NULL;
        }
      return tf_period_new (TF_PERIOD_QUARTER, year, index);
    }
  if (len == 7 && read_digits (s + 5, 2, &index))
    {
      if (index < 1 || index > 12)
        {
          g_set_error (error, TF_ERROR, TF_ERROR_INVALID,
                       _("The month must be a number from 1 to 12; “%s” names month %d."), s, index);
          return NULL;
        }
      return tf_period_new (TF_PERIOD_MONTH, year, index);
    }
  return refuse (error, s);
}

TfPeriodKind
tf_period_get_kind (const TfPeriod *self)
{
  g_return_val_if_fail (self != NULL, TF_PERIOD_YEAR);
  return self->kind;
}

int
tf_period_get_year (const TfPeriod *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->year;
}

int
tf_period_get_index (const TfPeriod *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->index;
}

const char *
tf_period_get_first_day (const TfPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->first_day;
}

const char *
tf_period_get_last_day (const TfPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->last_day;
}

char *
tf_period_to_string (const TfPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->kind)
    {
    case TF_PERIOD_QUARTER:
      return g_strdup_printf ("%04d-Q%d", self->year, self->index);
    case TF_PERIOD_MONTH:
      return g_strdup_printf ("%04d-%02d", self->year, self->index);
    case TF_PERIOD_YEAR:
    default:
      return g_strdup_printf ("%04d", self->year);
    }
}

char *
tf_period_get_label (const TfPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->kind)
    {
    case TF_PERIOD_QUARTER:
      /* TRANSLATORS: a quarter of a year, "2. kvartal 2025": the quarter's
       * number, then the year */
      return g_strdup_printf (_("Quarter %d %d"), self->index, self->year);
    case TF_PERIOD_MONTH:
      /* The patterns are the literals in month_labels[], each with one %d */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
      return g_strdup_printf (_(month_labels[self->index - 1]), self->year);
#pragma GCC diagnostic pop
    case TF_PERIOD_YEAR:
    default:
      return g_strdup_printf ("%d", self->year);
    }
}

TfPeriod *
tf_period_previous (const TfPeriod *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->kind)
    {
    case TF_PERIOD_QUARTER:
      if (self->index == 1)
        return self->year > MIN_YEAR ? tf_period_new (TF_PERIOD_QUARTER, self->year - 1, 4) : NULL;
      return tf_period_new (TF_PERIOD_QUARTER, self->year, self->index - 1);
    case TF_PERIOD_MONTH:
      if (self->index == 1)
        return self->year > MIN_YEAR ? tf_period_new (TF_PERIOD_MONTH, self->year - 1, 12) : NULL;
      return tf_period_new (TF_PERIOD_MONTH, self->year, self->index - 1);
    case TF_PERIOD_YEAR:
    default:
      return self->year > MIN_YEAR ? tf_period_new (TF_PERIOD_YEAR, self->year - 1, 0) : NULL;
    }
}

guint
tf_period_get_n_months (const TfPeriod *self)
{
  int first_month, n_months;

  g_return_val_if_fail (self != NULL, 0);
  month_span (self, &first_month, &n_months);
  return (guint) n_months;
}

TfPeriod *
tf_period_get_month (const TfPeriod *self,
                     guint           i)
{
  int first_month, n_months;

  g_return_val_if_fail (self != NULL, NULL);
  month_span (self, &first_month, &n_months);
  g_return_val_if_fail (i < (guint) n_months, NULL);
  return tf_period_new (TF_PERIOD_MONTH, self->year, first_month + (int) i);
}

gboolean
tf_period_contains (const TfPeriod *self,
                    const char     *iso_date)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return iso_date != NULL && strcmp (iso_date, self->first_day) >= 0
         && strcmp (iso_date, self->last_day) <= 0;
}
