/* tf-report-table.c — a table in a report: columns and rows of text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "tf-report-table.h"

typedef struct
{
  char          *title;
  TfReportAlign  align;
  double         width;
} Column;

struct _TfReportTable
{
  GObject    parent_instance;
  guint      n_columns;
  Column    *columns;
  GPtrArray *rows;    /* of char** with n_columns strings */
};

G_DEFINE_FINAL_TYPE (TfReportTable, tf_report_table, G_TYPE_OBJECT)

static void
tf_report_table_finalize (GObject *object)
{
  TfReportTable *self = TF_REPORT_TABLE (object);

  for (guint i = 0; i < self->n_columns; i++)
    g_free (self->columns[i].title);
  g_free (self->columns);
  g_ptr_array_unref (self->rows);
  G_OBJECT_CLASS (tf_report_table_parent_class)->finalize (object);
}

static void
tf_report_table_class_init (TfReportTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = tf_report_table_finalize;
}

static void
tf_report_table_init (TfReportTable *self)
{
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
}

TfReportTable *
tf_report_table_new (guint n_columns)
{
  TfReportTable *self;

  g_return_val_if_fail (n_columns > 0, NULL);

  self = g_object_new (TF_TYPE_REPORT_TABLE, NULL);
  self->n_columns = n_columns;
  self->columns = g_new0 (Column, n_columns);
  for (guint i = 0; i < n_columns; i++)
    self->columns[i].width = 1.0;
  return self;
}

void
tf_report_table_set_column (TfReportTable *self,
                            guint          column,
                            const char    *title,
                            TfReportAlign  align,
                            double         width)
{
  g_return_if_fail (TF_IS_REPORT_TABLE (self));
  g_return_if_fail (column < self->n_columns);
  g_return_if_fail (width > 0);

  g_free (self->columns[column].title);
  self->columns[column].title = g_strdup (title);
  self->columns[column].align = align;
  self->columns[column].width = width;
}

void
tf_report_table_add_row (TfReportTable      *self,
                         const char * const *cells)
{
  char **row;
  gboolean ended = cells == NULL;

  g_return_if_fail (TF_IS_REPORT_TABLE (self));

  row = g_new0 (char *, self->n_columns + 1);
  for (guint i = 0; i < self->n_columns; i++)
    {
      if (!ended && cells[i] == NULL)
        ended = TRUE;
      row[i] = g_strdup (ended ? "" : cells[i]);
    }
  g_ptr_array_add (self->rows, row);
}

guint
tf_report_table_get_n_columns (TfReportTable *self)
{
  g_return_val_if_fail (TF_IS_REPORT_TABLE (self), 0);
  return self->n_columns;
}

guint
tf_report_table_get_n_rows (TfReportTable *self)
{
  g_return_val_if_fail (TF_IS_REPORT_TABLE (self), 0);
  return self->rows->len;
}

const char *
tf_report_table_get_title (TfReportTable *self,
                           guint          column)
{
  g_return_val_if_fail (TF_IS_REPORT_TABLE (self), NULL);
  g_return_val_if_fail (column < self->n_columns, NULL);
  return self->columns[column].title;
}

TfReportAlign
tf_report_table_get_align (TfReportTable *self,
                           guint          column)
{
  g_return_val_if_fail (TF_IS_REPORT_TABLE (self), TF_REPORT_ALIGN_START);
  g_return_val_if_fail (column < self->n_columns, TF_REPORT_ALIGN_START);
  return self->columns[column].align;
}

double
tf_report_table_get_width (TfReportTable *self,
                           guint          column)
{
  g_return_val_if_fail (TF_IS_REPORT_TABLE (self), 0);
  g_return_val_if_fail (column < self->n_columns, 0);
  return self->columns[column].width;
}

const char *
tf_report_table_get_cell (TfReportTable *self,
                          guint          row,
                          guint          column)
{
  g_return_val_if_fail (TF_IS_REPORT_TABLE (self), NULL);
  g_return_val_if_fail (row < self->rows->len && column < self->n_columns, NULL);
  return ((char **) g_ptr_array_index (self->rows, row))[column];
}
