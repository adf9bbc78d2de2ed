/* tf-young-person-editor-private.h — what the editor's two files share
 *
 * TfYoungPersonEditor (tf-young-person-editor.c) builds the window, saves
 * and handles a conflict with another desk's save; the form inside it
 * (fields ↔ young person, guardian rows, messages under the fields) is in
 * tf-young-person-editor-form.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-guardian-row.h"
#include "tf-young-person-editor.h"

G_BEGIN_DECLS

struct _TfYoungPersonEditor
{
  AdwWindow            parent_instance;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  AdwPreferencesPage  *page;
  AdwEntryRow         *first_name_row;
  AdwActionRow        *first_name_error;
  AdwEntryRow         *last_name_row;
  AdwActionRow        *last_name_error;
  AdwEntryRow         *cpr_row;
  AdwActionRow        *cpr_error;
  AdwEntryRow         *birth_date_row;
  AdwActionRow        *birth_date_error;
  AdwComboRow         *gender_row;
  AdwActionRow        *gender_error;
  AdwEntryRow         *phone_row;
  AdwActionRow        *phone_error;
  AdwEntryRow         *address_row;
  AdwEntryRow         *postcode_row;
  AdwActionRow        *postcode_error;
  AdwEntryRow         *city_row;
  AdwEntryRow         *school_row;
  AdwEntryRow         *school_class_row;
  AdwPreferencesGroup *guardians_group;
  AdwActionRow        *no_guardians_row;
  AdwPreferencesGroup *referral_group;
  AdwEntryRow         *referral_date_row;
  AdwActionRow        *referral_date_error;
  AdwComboRow         *referral_source_row;
  GtkTextView         *reason_view;

  /* Owned */
  TfSession           *session;
  gint64               young_person_id;
  TfYoungPerson       *young_person;
  /* As loaded (or as last reloaded), to tell what another desk changed */
  TfYoungPerson       *loaded;
  /* The TfGuardianRows in form order (borrowed: the group owns them). */
  GPtrArray           *guardian_rows;
  /* The person at the desk may not see this young person's CPR number: the
   * field shows it masked, cannot be changed, and is never pushed back. */
  gboolean             cpr_locked;
};

/* TRUE when the editor creates a new young person (and opens a case). */
gboolean     _tf_young_person_editor_is_new              (TfYoungPersonEditor  *self);

/* ---------------------------------------------------------------------- */
/* The form (tf-young-person-editor-form.c) */

/* ISO "2009-12-03" as a Dane types it: "3.12.2009"; "" for anything else. */
char        *_tf_young_person_editor_format_typed_date   (const char           *iso);
void         _tf_young_person_editor_set_entry_text      (AdwEntryRow          *row,
                                                          const char           *text);
/* Shows @message above the form; %NULL hides it. */
void         _tf_young_person_editor_show_banner         (TfYoungPersonEditor  *self,
                                                          const char           *message);
TfGuardianRow *_tf_young_person_editor_append_guardian_row (TfYoungPersonEditor  *self,
                                                          TfGuardian           *guardian);
void         _tf_young_person_editor_clear_errors        (TfYoungPersonEditor  *self);
void         _tf_young_person_editor_show_errors         (TfYoungPersonEditor  *self,
                                                          GHashTable           *errors);
/* Fills the form from self->young_person. */
void         _tf_young_person_editor_fill_form           (TfYoungPersonEditor  *self);
GHashTable  *_tf_young_person_editor_push_and_validate   (TfYoungPersonEditor  *self,
                                                          char                **out_referral_date);

G_END_DECLS
