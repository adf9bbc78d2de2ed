/* tf-report-figures.c — figures written once, to the PDF and the CSV alike
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "tf-report-figures-private.h"

TfFigures *
tf_figures_new (TfSession       *session,
                TfRegistry      *registry,
                const TfPeriod  *period,
                const char      *today,
                const char      *as_of,
                int              economy_year,
                int              economy_quarter,
                const char      *report_title,
                GError         **error)
{
  g_autoptr(TfFigures) f = g_new0 (TfFigures, 1);

  f->session = g_object_ref (session);
  f->registry = registry != NULL ? g_object_ref (registry) : tf_registry_new ();
  f->period = period;
  f->today = today != NULL ? g_strdup (today) : tf_today_iso ();
  f->as_of = g_strdup (as_of != NULL ? as_of : f->today);
  f->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  /* The stats bound "held" and a period not yet over by this day */
  f->stats = tf_stats_compute (session, f->registry, period, f->as_of, error);
  if (f->stats == NULL)
    return NULL;
  f->economy = tf_economy_compute (session, economy_year, economy_quarter, f->as_of, error);
  if (f->economy == NULL)
    return NULL;
  f->report = tf_report_new (report_title);
  tf_report_set_printed_on (f->report, f->today);
  return g_steal_pointer (&f);
}

void
tf_figures_free (TfFigures *f)
{
  if (f == NULL)
    return;
  g_clear_object (&f->session);
  g_clear_object (&f->registry);
  g_clear_object (&f->stats);
  g_clear_object (&f->economy);
  g_clear_object (&f->report);
  g_clear_pointer (&f->rows, g_ptr_array_unref);
  g_free (f->section);
  g_free (f->today);
  g_free (f->as_of);
  g_free (f);
}

TfReport *
tf_figures_steal_report (TfFigures *f)
{
  return g_steal_pointer (&f->report);
}

char *
tf_figures_as_of (const TfPeriod *period,
                  const char     *last_day,
                  const char     *today)
{
  g_autofree char *now = today != NULL ? g_strdup (today) : tf_today_iso ();

  (void) period;
  return g_strdup (g_strcmp0 (now, last_day) < 0 ? now : last_day);
}

void
tf_figures_add_front (TfFigures  *f,
                      const char *name,
                      const char *period_label,
                      const char *reading_guide)
{
  g_autofree char *date = tf_format_date (f->today);
  g_autofree char *printed = g_strdup_printf (_("Printed %s"), date);
  g_autofree char *as_of_date = tf_format_date (f->as_of);
  g_autofree char *as_of = g_strdup_printf (_("Figures as of %s"), as_of_date);
  const char *lines[] = { period_label, "", _("Norddjurs Kommune"), printed, as_of, NULL };

  tf_report_set_title_page (f->report, _("Taskforce for young people at risk of crime"), name, lines);
  tf_report_add_contents (f->report, _("Contents"));
  tf_figures_section (f, _("Reading guide"));
  tf_figures_paragraph (f, reading_guide);
  {
    g_autofree char *hidden = tf_stats_hidden_note (f->stats);
    g_autofree char *anonymity = g_strdup_printf (
      _("The report names no young person. %s Where a count is hidden, it says “fewer than %d”."),
      hidden, tf_stats_get_anonymity_threshold (f->stats));

    tf_figures_paragraph (f, anonymity);
  }
}

void
tf_figures_section (TfFigures  *f,
                    const char *heading)
{
  tf_report_add_heading (f->report, 1, heading);
  g_free (f->section);
  f->section = g_strdup (heading);
}

void
tf_figures_subsection (TfFigures  *f,
                       const char *heading)
{
  tf_report_add_heading (f->report, 2, heading);
}

void
tf_figures_paragraph (TfFigures  *f,
                      const char *text)
{
  tf_report_add_paragraph (f->report, text);
}

void
tf_figures_note (TfFigures  *f,
                 const char *text)
{
  tf_report_add_note (f->report, text);
}

TfFigureCell
tf_figure_count (TfFigures          *f,
                 const TfStatsCount *count)
{
  TfFigureCell cell = { NULL, NULL, N_("count"), FALSE };

  cell.text = tf_stats_format_count (f->stats, count, TRUE);
  cell.hidden = count->below_threshold;
  /* A hidden count has no value in the CSV either: only the words */
  cell.value = g_strdup (cell.text);
  return cell;
}

/* Kroner with a decimal comma when there are øre: what Danish Excel reads
 * as a number */
static char *
kroner_value (gint64 ore)
{
  gint64 abs_ore = ore < 0 ? -ore : ore;

  if (abs_ore % 100 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, ore / 100);
  return g_strdup_printf ("%s%" G_GINT64_FORMAT ",%02d", ore < 0 ? "-" : "",
                          abs_ore / 100, (int) (abs_ore % 100));
}

/* The PDF shows whole kroner without the unit — the column's title says
 * "kr." — so six columns of amounts fit an A4 page; the CSV keeps the øre */
TfFigureCell
tf_figure_money (gint64 ore)
{
  gint64 rounded = (ore >= 0 ? ore + 50 : ore - 50) / 100 * 100;
  g_autofree char *money = tf_format_money (rounded);
  TfFigureCell cell = { NULL, kroner_value (ore), N_("DKK"), FALSE };

  if (g_str_has_suffix (money, " kr."))
    money[strlen (money) - strlen (" kr.")] = '\0';
  cell.text = g_strdup (money);
  return cell;
}

/* @value with @decimals and a decimal comma; @suffix after it in the PDF
 * ("%", "kr."), @unit in the CSV */
TfFigureCell
tf_figure_number (double      value,
                  int         decimals,
                  const char *unit,
                  const char *suffix)
{
  TfFigureCell cell = { NULL, NULL, unit, FALSE };
  g_autofree char *number = g_strdup_printf ("%.*f", decimals, value);

  g_strdelimit (number, ".", ',');
  cell.value = g_strdup (number);
  cell.text = suffix != NULL ? g_strdup_printf ("%s %s", number, suffix) : g_strdup (number);
  return cell;
}

TfFigureCell
tf_figure_text (const char *text)
{
  TfFigureCell cell = { g_strdup (text), g_strdup (text), "", FALSE };

  return cell;
}

TfFigureCell
tf_figure_change (TfFigures          *f,
                  const TfStatsCount *now,
                  const TfStatsCount *before,
                  const char         *before_label)
{
  TfFigureCell cell = { NULL, NULL, N_("change"), FALSE };
  gint64 d = now->n - before->n;

  if (now->below_threshold || before->below_threshold)
    {
      /* 3 (hidden) → 7 would give "▲ 4" and so the hidden 3 away */
      cell.text = g_strdup (_("not shown"));
      cell.value = g_strdup ("");
      cell.hidden = TRUE;
      return cell;
    }
  cell.value = g_strdup_printf ("%" G_GINT64_FORMAT, d);
  if (d > 0)
    /* TRANSLATORS: a figure that went up since last month; the words
     * after the arrow say it for readers who print in grey */
    cell.text = g_strdup_printf (_("▲ %d since %s (up %d)"),
                                 (int) d, before_label, (int) d);
  else if (d < 0)
    cell.text = g_strdup_printf (_("▼ %d since %s (down %d)"),
                                 (int) -d, before_label, (int) -d);
  else
    cell.text = g_strdup_printf (_("unchanged since %s"), before_label);
  return cell;
}

TfFigureTable *
tf_figure_table_new (const char *first,
                     ...)
{
  TfFigureTable *t = g_new0 (TfFigureTable, 1);
  va_list args;
  const char *title;
  guint n;

  t->titles = g_ptr_array_new_with_free_func (g_free);
  va_start (args, first);
  while ((title = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (t->titles, g_strdup (title));
  va_end (args);
  n = t->titles->len + 1;
  t->table = tf_report_table_new (n);
  tf_report_table_set_column (t->table, 0, first, TF_REPORT_ALIGN_START, n > 4 ? 2.4 : 2.0);
  for (guint i = 0; i < t->titles->len; i++)
    tf_report_table_set_column (t->table, i + 1, g_ptr_array_index (t->titles, i), TF_REPORT_ALIGN_END, 1.0);
  return t;
}

void
tf_figure_table_set_widths (TfFigureTable *t,
                            double         label_width)
{
  /* a copy: setting the column frees its old title */
  g_autofree char *title = g_strdup (tf_report_table_get_title (t->table, 0));

  tf_report_table_set_column (t->table, 0, title, TF_REPORT_ALIGN_START, label_width);
}

void
tf_figure_table_set_value_width (TfFigureTable *t,
                                 guint          value_column,
                                 double         width)
{
  g_autofree char *title = g_strdup (tf_report_table_get_title (t->table, value_column + 1));

  tf_report_table_set_column (t->table, value_column + 1, title, TF_REPORT_ALIGN_END, width);
}

void
tf_figure_table_row (TfFigures     *f,
                     TfFigureTable *t,
                     const char    *label,
                     TfFigureCell  *cells)
{
  guint n = t->titles->len;
  g_autofree const char **texts = g_new0 (const char *, n + 2);

  texts[0] = label;
  for (guint i = 0; i < n; i++)
    {
      const char *column = g_ptr_array_index (t->titles, i);
      GStrv row = g_new0 (char *, 5);

      texts[i + 1] = cells[i].text;
      t->hidden |= cells[i].hidden;
      row[0] = g_strdup (f->section != NULL ? f->section : "");
      /* One value column: the row's label is the figure; else label and
       * column, "Mentor and support — Started" */
      row[1] = n == 1 ? g_strdup (label) : g_strdup_printf ("%s — %s", label, column);
      row[2] = g_strdup (cells[i].value != NULL ? cells[i].value : "");
      row[3] = g_strdup (cells[i].unit != NULL && *cells[i].unit != '\0' ? _(cells[i].unit) : "");
      g_ptr_array_add (f->rows, row);
    }
  tf_report_table_add_row (t->table, texts);
  for (guint i = 0; i < n; i++)
    {
      g_free (cells[i].text);
      g_free (cells[i].value);
    }
}

void
tf_figure_table_end (TfFigures     *f,
                     TfFigureTable *t)
{
  tf_report_add_table (f->report, t->table);
  if (t->hidden)
    {
      g_autofree char *note = tf_stats_hidden_note (f->stats);

      tf_report_add_note (f->report, note);
    }
  g_object_unref (t->table);
  g_ptr_array_unref (t->titles);
  g_free (t);
}
