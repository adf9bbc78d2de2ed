/* tf-follow-up-label.h — a case's next follow-up in the case list
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define TF_TYPE_FOLLOW_UP_LABEL (tf_follow_up_label_get_type ())
G_DECLARE_FINAL_TYPE (TfFollowUpLabel, tf_follow_up_label, TF, FOLLOW_UP_LABEL, GtkWidget)

GtkWidget  *tf_follow_up_label_new         (void);
void        tf_follow_up_label_set_label   (TfFollowUpLabel *self,
                                            const char      *label);
const char *tf_follow_up_label_get_label   (TfFollowUpLabel *self);
void        tf_follow_up_label_set_overdue (TfFollowUpLabel *self,
                                            gboolean         overdue);
gboolean    tf_follow_up_label_get_overdue (TfFollowUpLabel *self);
void        tf_follow_up_label_set_warning (TfFollowUpLabel *self,
                                            const char      *word,
                                            const char      *reason);
const char *tf_follow_up_label_get_reason  (TfFollowUpLabel *self);

G_END_DECLS
