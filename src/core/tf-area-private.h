/* tf-area-private.h — what the parts of the area-file parser share
 *
 * tf_area_new_from_bytes() (tf-area.c) reads the file group by group:
 * tf-area-keyfile.c has the strict reading of groups and keys that every
 * group uses, tf-area-forms.c the [Form], [Field] and [Choice] groups,
 * tf-area-indicator.c and tf-area-deadline-rule.c the [Indicator] and
 * [Deadline] groups beside the objects they make. The group parsers add
 * what they make to the area's lists, so the instance struct is here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "tf-area.h"

G_BEGIN_DECLS

struct _TfArea
{
  GObject     parent_instance;

  char       *id;
  char       *title;
  char       *organisation;
  char       *icon_name;
  int         priority;
  char       *gettext_domain;
  GListStore *forms;
  GListStore *indicators;
  GListStore *deadline_rules;
};

typedef enum
{
  GROUP_AREA,
  GROUP_FORM,
  GROUP_FIELD,
  GROUP_CHOICE,
  GROUP_INDICATOR,
  GROUP_DEADLINE,
} GroupKind;

typedef struct
{
  const char  *name;
  GroupKind    kind;
  char       **ids;  /* FORM, FORM/FIELD or FORM/FIELD/CHOICE, INDICATOR, DEADLINE */
} Group;

typedef struct
{
  GKeyFile   *file;
  const char *domain;
  TfArea     *area;
  GHashTable *forms;         /* id → TfForm, borrowed from area->forms */
  GHashTable *field_groups;  /* TfField → its group name, for later messages */
} Parser;

gboolean  _tf_area_fail                  (GError             **error,
                                          const char          *group,
                                          const char          *key,
                                          const char          *format,
                                          ...) G_GNUC_PRINTF (4, 5);
gboolean  _tf_area_check_id              (const char          *id,
                                          const char          *group,
                                          const char          *key,
                                          GError             **error);
gboolean  _tf_area_check_repeats         (GBytes              *bytes,
                                          GError             **error);
gboolean  _tf_area_check_keys            (Parser              *parser,
                                          const char          *group,
                                          const char * const  *allowed,
                                          GError             **error);
gboolean  _tf_area_get_string            (Parser              *parser,
                                          const char          *group,
                                          const char          *key,
                                          gboolean             required,
                                          gboolean             translate,
                                          char               **value,
                                          GError             **error);
gboolean  _tf_area_get_boolean           (Parser              *parser,
                                          const char          *group,
                                          const char          *key,
                                          gboolean             fallback,
                                          gboolean            *value,
                                          GError             **error);
gboolean  _tf_area_get_int               (Parser              *parser,
                                          const char          *group,
                                          const char          *key,
                                          int                  min,
                                          int                  max,
                                          gboolean            *present,
                                          int                 *value,
                                          GError             **error);
/* A number as the file writes it (decimal point), finite. */
gboolean  _tf_area_parse_double          (const char          *text,
                                          double              *value);
gboolean  _tf_area_get_double            (Parser              *parser,
                                          const char          *group,
                                          const char          *key,
                                          gboolean            *present,
                                          double              *value,
                                          GError             **error);
gboolean  _tf_area_get_list              (Parser              *parser,
                                          const char          *group,
                                          const char          *key,
                                          char              ***list,
                                          GError             **error);
/* Which kind of group @name is, and its ids; @group->ids is for the caller to free. */
gboolean  _tf_area_classify_group        (const char          *name,
                                          Group               *group,
                                          GError             **error);

gboolean  _tf_area_parse_form_group      (Parser              *parser,
                                          Group               *group,
                                          GError             **error);
gboolean  _tf_area_parse_field_group     (Parser              *parser,
                                          Group               *group,
                                          GError             **error);
gboolean  _tf_area_parse_choice_group    (Parser              *parser,
                                          Group               *group,
                                          GError             **error);
/* Checks a form once its fields and choices are known. */
gboolean  _tf_area_finish_form           (Parser              *parser,
                                          TfForm              *form,
                                          GError             **error);
gboolean  _tf_area_parse_indicator_group (Parser              *parser,
                                          Group               *group,
                                          GError             **error);
gboolean  _tf_area_parse_deadline_group  (Parser              *parser,
                                          Group               *group,
                                          GError             **error);

G_END_DECLS
