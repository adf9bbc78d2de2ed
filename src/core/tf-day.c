/* tf-day.c — dates as whole days since 1970-01-01
 *
 * The demo generators lay out hundreds of thousands of dates; plain integer
 * days (proleptic Gregorian) with these conversions cost nothing per row,
 * where a GDate or GDateTime per row would show in the fill time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>

#include "tf-day-private.h"
#include "tf-format.h"

gint32
_tf_day_from_civil (int y,
                    int m,
                    int d)
{
  int era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void
_tf_day_to_civil (gint32  z,
                  int    *y,
                  int    *m,
                  int    *d)
{
  int era, doe, yoe, doy, mp;

  z += 719468;
  era = (z >= 0 ? z : z - 146096) / 146097;
  doe = z - era * 146097;
  yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yoe + era * 400 + (*m <= 2);
}

void
_tf_day_format (gint32 day,
                char   out[11])
{
  int y, m, d;

  _tf_day_to_civil (day, &y, &m, &d);
  out[0] = '0' + (y / 1000) % 10;
  out[1] = '0' + (y / 100) % 10;
  out[2] = '0' + (y / 10) % 10;
  out[3] = '0' + y % 10;
  out[4] = '-';
  out[5] = '0' + m / 10;
  out[6] = '0' + m % 10;
  out[7] = '-';
  out[8] = '0' + d / 10;
  out[9] = '0' + d % 10;
  out[10] = '\0';
}

gint64
_tf_day_epoch (gint32 day)
{
  return (gint64) day * 86400;
}

gboolean
_tf_day_parse (const char *iso,
               gint32     *out)
{
  int y, m, d;

  if (iso == NULL || !tf_iso_date_is_valid (iso) || sscanf (iso, "%4d-%2d-%2d", &y, &m, &d) != 3)
    return FALSE;
  *out = _tf_day_from_civil (y, m, d);
  return TRUE;
}
