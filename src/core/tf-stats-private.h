/* tf-stats-private.h — what the parts of TfStats share while computing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-stats.h"
#include "tf-store-private.h"

G_BEGIN_DECLS

struct _TfStats
{
  GObject                 parent_instance;

  TfPeriod               *period;
  char                   *computed_on;
  int                     threshold;

  TfStatsFunnel           funnel;
  GPtrArray              *caseload;          /* of TfStatsMonth */
  TfStatsCount            active_cases;
  GPtrArray              *legal_basis;       /* of TfStatsCount */
  GPtrArray              *interventions;     /* of TfStatsInterventionArea */
  TfStatsGroupActivities  groups;
  TfStatsMeetings         meetings;
  GPtrArray              *effects;           /* of TfStatsEffect */
  TfStatsReoffending      reoffending;
  TfStatsPlacements       placements;

  /* Filled by the funnel pass for the later ones; freed after computing */
  GHashTable             *active_at_end;     /* case id (gint64*) → itself */
  GHashTable             *worked_with;       /* young person id (gint64*) → itself */
  GArray                 *worked_with_cases; /* the cases that made them so (gint64) */
};

/* What every part gets. */
typedef struct
{
  TfSession      *session;
  TfStore        *store;
  TfRegistry     *registry;
  const TfPeriod *period;
  const char     *first;   /* the period's first and last day */
  const char     *last;
  const char     *today;
  /* Each case's young person, by case id (0 where no case has the id), so
   * the parts read their tables in order instead of joining cases row by
   * row: on a large store those random reads are most of the time. */
  GArray         *young_person_of;
} TfStatsContext;

/* The case's young person, 0 when unknown. */
static inline gint64
_tf_stats_young_person (const TfStatsContext *ctx,
                        gint64                case_id)
{
  if (case_id <= 0 || (guint64) case_id >= ctx->young_person_of->len)
    return 0;
  return g_array_index (ctx->young_person_of, gint64, case_id);
}

/* Sets count->n and below_threshold; id and label are copied (may be NULL). */
void          _tf_stats_count_set   (TfStats       *self,
                                     TfStatsCount  *count,
                                     const char    *id,
                                     const char    *label,
                                     gint64         n);
TfStatsCount *_tf_stats_count_new   (TfStats       *self,
                                     const char    *id,
                                     const char    *label,
                                     gint64         n);
void          _tf_stats_count_clear (TfStatsCount  *count);
/* Appends @case_id to *@cases, making the array on first use. */
void          _tf_stats_cases_add   (GArray       **cases,
                                     gint64         case_id);
/* Gives @cases (transfer full, any order, repeats allowed, may be NULL) to
 * @count as its trace: sorted, each case once, NULL when empty. */
void          _tf_stats_count_take_cases (TfStatsCount *count,
                                          GArray       *cases);
/* Sets the count from one entry per thing counted (transfer full): n is
 * the number of entries, the trace their distinct cases. */
void          _tf_stats_count_set_events (TfStats      *self,
                                          TfStatsCount *count,
                                          const char   *id,
                                          const char   *label,
                                          GArray       *cases);
/* The ids of an id set (_tf_stats_id_set_new) as a new GArray of gint64. */
GArray       *_tf_stats_id_set_to_array (GHashTable *set);
void          _tf_stats_count_free  (TfStatsCount  *count);

/* tf-stats-funnel.c: funnel, caseload, worked with, active by legal basis */
gboolean      _tf_stats_compute_funnel     (TfStats              *self,
                                            const TfStatsContext *ctx,
                                            GError              **error);
gboolean      _tf_stats_compute_legal_basis (TfStats             *self,
                                             const TfStatsContext *ctx,
                                             GError             **error);
/* tf-stats-activity.c: interventions, group activities, meetings */
gboolean      _tf_stats_compute_activity   (TfStats              *self,
                                            const TfStatsContext *ctx,
                                            GError              **error);
/* tf-stats-effect.c: effect, re-offending, placements */
gboolean      _tf_stats_compute_effects    (TfStats              *self,
                                            const TfStatsContext *ctx,
                                            GError              **error);
gboolean      _tf_stats_compute_reoffending (TfStats             *self,
                                             const TfStatsContext *ctx,
                                             GError             **error);
gboolean      _tf_stats_compute_placements (TfStats              *self,
                                            const TfStatsContext *ctx,
                                            GError              **error);

/* The forms of every area with Statistic=@statistic (transfer container). */
GPtrArray    *_tf_stats_forms_with         (TfRegistry *registry,
                                            const char *statistic);
/* @iso + @months months (a day past the month's end becomes its last day);
 * @out holds 11 bytes. FALSE if @iso is not a date. */
gboolean      _tf_stats_add_months         (const char *iso,
                                            int         months,
                                            char        out[11]);
/* A set of gint64 ids (g_int64_hash). */
GHashTable   *_tf_stats_id_set_new         (void);
void          _tf_stats_id_set_add         (GHashTable *set,
                                            gint64      id);

G_END_DECLS
