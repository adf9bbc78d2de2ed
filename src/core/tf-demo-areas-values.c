/* tf-demo-areas-values.c — the field values of one demo record
 *
 * A field's value comes from its Demo= list, else is drawn within its
 * bounds; the dates of a record are laid out around the form's date field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "tf-demo-areas-private.h"

gint64
_tf_demo_areas_pick_staff (const AreaPlan *area,
                           Rng            *rng)
{
  if (area->staff->len == 0)
    return 0;
  return g_array_index (area->staff, gint64, _tf_demo_areas_rng_below (rng, area->staff->len));
}

double
_tf_demo_areas_round_to (double value,
                         int    decimals)
{
  double scale = pow (10, decimals);

  return round (value * scale) / scale;
}

/* A field's value; dates are handled by the caller. FALSE: left empty.
 *
 * Text, choice and yes/no sample values are taken at the record's @position
 * (0 ≤ position < 1) in each list, so the lists of one form line up: the
 * value a third of the way down one list comes with the value a third of
 * the way down the next, and an area file keeps a sample record coherent
 * (a kind of contact with the text that fits it). Quantities are drawn on
 * their own, for a spread. */
static gboolean
set_field (TfFormValues    *values,
           const FieldPlan *field,
           const AreaPlan  *area,
           Rng             *rng,
           double           position)
{
  gboolean aligned = field->type == TF_FIELD_TEXT || field->type == TF_FIELD_LONG_TEXT ||
                     field->type == TF_FIELD_CHOICE || field->type == TF_FIELD_BOOLEAN;
  guint pick = 0;

  if (field->n_demo > 0)
    pick = aligned ? MIN ((guint) (position * field->n_demo), field->n_demo - 1)
                   : _tf_demo_areas_rng_below (rng, field->n_demo);

  switch (field->type)
    {
    case TF_FIELD_TEXT:
    case TF_FIELD_LONG_TEXT:
      if (field->n_demo > 0)
        tf_form_values_set_string (values, field->id, field->demo[pick]);
      else if (field->required && field->fallback != NULL)
        tf_form_values_set_string (values, field->id, field->fallback);
      else
        return FALSE;
      return TRUE;

    case TF_FIELD_NUMBER:
      if (field->n_demo > 0)
        tf_form_values_set_number (values, field->id, field->demo_numbers[pick]);
      else
        tf_form_values_set_number (values, field->id,
                                   _tf_demo_areas_rng_range (rng, (int) ceil (field->min), (int) floor (field->max)));
      return TRUE;

    case TF_FIELD_MONEY:
      {
        gint64 kroner;

        if (field->n_demo > 0)
          {
            tf_form_values_set_integer (values, field->id, (gint64) llround (field->demo_numbers[pick] * 100));
            return TRUE;
          }
        /* Round amounts, as people budget them */
        kroner = _tf_demo_areas_rng_range (rng, (int) ceil (field->min / 50), (int) floor (field->max / 50)) * 50;
        tf_form_values_set_integer (values, field->id, kroner * 100);
        return TRUE;
      }

    case TF_FIELD_SCALE:
      if (field->n_demo > 0)
        tf_form_values_set_integer (values, field->id, (gint64) llround (field->demo_numbers[pick]));
      else
        tf_form_values_set_integer (values, field->id,
                                    _tf_demo_areas_rng_range (rng, (int) ceil (field->min), (int) floor (field->max)));
      return TRUE;

    case TF_FIELD_BOOLEAN:
      if (field->n_demo > 0)
        tf_form_values_set_boolean (values, field->id, g_str_equal (field->demo[pick], "true"));
      else
        tf_form_values_set_boolean (values, field->id, _tf_demo_areas_rng_chance (rng, 0.5));
      return TRUE;

    case TF_FIELD_CHOICE:
      if (field->n_demo > 0)
        tf_form_values_set_string (values, field->id, field->demo[pick]);
      else if (field->n_choices > 0)
        tf_form_values_set_string (values, field->id,
                                   field->choices[MIN ((guint) (position * field->n_choices), field->n_choices - 1)]);
      else
        return FALSE;
      return TRUE;

    case TF_FIELD_STAFF:
      {
        gint64 staff = _tf_demo_areas_pick_staff (area, rng);

        if (staff <= 0)
          return FALSE;
        tf_form_values_set_integer (values, field->id, staff);
        return TRUE;
      }

    case TF_FIELD_DATE:
    default:
      return FALSE;
    }
}

/* Fills @run->values for one record dated @day. Date fields before the
 * form's date field take earlier days (not before @first), those after it
 * later ones (not after @last), in file order. */
void
_tf_demo_areas_fill_values (Run            *run,
                            const AreaPlan *area,
                            const FormPlan *form,
                            Rng            *rng,
                            gint32          day,
                            gint32          first,
                            gint32          last)
{
  TfFormValues *values;
  gint32 later = day, earlier = day;
  double position = _tf_demo_areas_rng_unit (rng);
  char iso[11];

  g_clear_object (&run->values);
  values = run->values = tf_form_values_new ();

  /* Earlier dates, walking back from the date field */
  for (int i = form->date_index - 1; i >= 0; i--)
    {
      const FieldPlan *field = &form->fields[i];

      if (field->type != TF_FIELD_DATE || (!field->required && _tf_demo_areas_rng_chance (rng, 0.2)))
        continue;
      earlier -= _tf_demo_areas_rng_range (rng, 0, 30);   /* not inside MAX (): it evaluates twice */
      earlier = MAX (first, earlier);
      _tf_day_format (earlier, iso);
      tf_form_values_set_string (values, field->id, iso);
    }

  for (guint i = 0; i < form->n_fields; i++)
    {
      const FieldPlan *field = &form->fields[i];

      if (field->type == TF_FIELD_DATE)
        {
          if ((int) i == form->date_index)
            {
              _tf_day_format (day, iso);
              tf_form_values_set_string (values, field->id, iso);
            }
          else if ((int) i > form->date_index)
            {
              if (!field->required && _tf_demo_areas_rng_chance (rng, 0.2))
                continue;
              later += _tf_demo_areas_rng_range (rng, 0, 60);
              later = MIN (last, later);
              _tf_day_format (later, iso);
              tf_form_values_set_string (values, field->id, iso);
            }
          continue;
        }
      /* Optional fields are now and then left empty, as people do */
      if (!field->required && _tf_demo_areas_rng_chance (rng, 0.15))
        continue;
      set_field (values, field, area, rng, position);
    }
}
