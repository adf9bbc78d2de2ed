/* TEMPORARY, never committed: stands in until s9-bars is merged. */
#include "config.h"
#include "tf-dashboard-charts.h"
int _tf_dashboard_bars_height (guint n) { return 60 + 28 * (int) MAX (n, 1); }
static GtkWidget *l (const char *t) { return gtk_label_new (t); }
GtkWidget *_tf_dashboard_funnel_chart (TfStats *s) { return l ("funnel"); }
GtkWidget *_tf_dashboard_caseload_chart (TfStats *s) { return l ("caseload"); }
GtkWidget *_tf_dashboard_counts_chart (const char *t, GPtrArray *c) { return l (t); }
GtkWidget *_tf_dashboard_interventions_chart (TfStats *s) { return l ("iv"); }
GtkWidget *_tf_dashboard_reoffending_chart (TfStats *s) { return l ("re"); }
GtkWidget *_tf_dashboard_effect_chart (const char *t, GPtrArray *e) { return l (t); }
GtkWidget *_tf_dashboard_economy_chart (TfEconomy *e) { return l ("eco"); }
