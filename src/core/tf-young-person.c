/* tf-young-person.c — a young person and their guardians; the rules for their fields
 *
 * Loading and saving live in tf-young-person-store.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "tf-case-status.h"
#include "tf-cpr.h"
#include "tf-format.h"
#include "tf-util-private.h"
#include "tf-young-person-private.h"

G_DEFINE_FINAL_TYPE (TfYoungPerson, tf_young_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_VERSION,
  PROP_FIRST_NAME,
  PROP_LAST_NAME,
  PROP_CPR,
  PROP_BIRTH_DATE,
  PROP_GENDER,
  PROP_ADDRESS,
  PROP_POSTCODE,
  PROP_CITY,
  PROP_SCHOOL,
  PROP_SCHOOL_CLASS,
  PROP_PHONE,
  PROP_GUARDIANS,
  N_PROPS
};
static GParamSpec *properties[N_PROPS];

static char **
string_field (TfYoungPerson *self,
              guint          prop_id)
{
  switch (prop_id)
    {
    case PROP_FIRST_NAME: return &self->first_name;
    case PROP_LAST_NAME: return &self->last_name;
    case PROP_CPR: return &self->cpr;
    case PROP_BIRTH_DATE: return &self->birth_date;
    case PROP_GENDER: return &self->gender;
    case PROP_ADDRESS: return &self->address;
    case PROP_POSTCODE: return &self->postcode;
    case PROP_CITY: return &self->city;
    case PROP_SCHOOL: return &self->school;
    case PROP_SCHOOL_CLASS: return &self->school_class;
    case PROP_PHONE: return &self->phone;
    default: return NULL;
    }
}

static void
tf_young_person_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  TfYoungPerson *self = TF_YOUNG_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_VERSION:
      g_value_set_int64 (value, self->version);
      break;
    case PROP_GUARDIANS:
      g_value_set_object (value, self->guardians);
      break;
    default:
      g_value_set_string (value, *string_field (self, prop_id));
    }
}

static void
tf_young_person_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  TfYoungPerson *self = TF_YOUNG_PERSON (object);

  if (tf_set_str (string_field (self, prop_id), g_value_get_string (value)))
    g_object_notify_by_pspec (object, pspec);
}

static void
tf_young_person_finalize (GObject *object)
{
  TfYoungPerson *self = TF_YOUNG_PERSON (object);

  for (guint prop = PROP_FIRST_NAME; prop <= PROP_PHONE; prop++)
    g_free (*string_field (self, prop));
  g_free (self->cpr_mask);
  g_clear_object (&self->guardians);

  G_OBJECT_CLASS (tf_young_person_parent_class)->finalize (object);
}

static void
tf_young_person_class_init (TfYoungPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;
  static const char *names[] = {
    [PROP_FIRST_NAME] = "first-name", [PROP_LAST_NAME] = "last-name", [PROP_CPR] = "cpr",
    [PROP_BIRTH_DATE] = "birth-date", [PROP_GENDER] = "gender", [PROP_ADDRESS] = "address",
    [PROP_POSTCODE] = "postcode", [PROP_CITY] = "city", [PROP_SCHOOL] = "school",
    [PROP_SCHOOL_CLASS] = "school-class", [PROP_PHONE] = "phone",
  };

  object_class->get_property = tf_young_person_get_property;
  object_class->set_property = tf_young_person_set_property;
  object_class->finalize = tf_young_person_finalize;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_VERSION] = g_param_spec_int64 ("version", NULL, NULL, 0, G_MAXINT64, 0, ro);
  for (guint prop = PROP_FIRST_NAME; prop <= PROP_PHONE; prop++)
    properties[prop] = g_param_spec_string (names[prop], NULL, NULL,
                                            prop == PROP_GENDER ? "unspecified" : NULL, rw);
  properties[PROP_GUARDIANS] = g_param_spec_object ("guardians", NULL, NULL, G_TYPE_LIST_MODEL, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tf_young_person_init (TfYoungPerson *self)
{
  self->gender = g_strdup ("unspecified");
  self->guardians = g_list_store_new (TF_TYPE_GUARDIAN);
}

TfYoungPerson *
tf_young_person_new (void)
{
  return g_object_new (TF_TYPE_YOUNG_PERSON, NULL);
}

void
_tf_young_person_set_saved (TfYoungPerson *self,
                            gint64         id,
                            gint64         version)
{
  self->id = id;
  self->version = version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VERSION]);
}

#define GETTER(field) \
  const char * \
  tf_young_person_get_##field (TfYoungPerson *self) \
  { \
    g_return_val_if_fail (TF_IS_YOUNG_PERSON (self), NULL); \
    return self->field; \
  }

GETTER (first_name)
GETTER (last_name)
GETTER (cpr)
GETTER (birth_date)
GETTER (gender)
GETTER (address)
GETTER (postcode)
GETTER (city)
GETTER (school)
GETTER (school_class)
GETTER (phone)

#undef GETTER

gint64
tf_young_person_get_id (TfYoungPerson *self)
{
  g_return_val_if_fail (TF_IS_YOUNG_PERSON (self), 0);
  return self->id;
}

gint64
tf_young_person_get_version (TfYoungPerson *self)
{
  g_return_val_if_fail (TF_IS_YOUNG_PERSON (self), 0);
  return self->version;
}

char *
tf_young_person_dup_full_name (TfYoungPerson *self)
{
  g_return_val_if_fail (TF_IS_YOUNG_PERSON (self), NULL);
  return g_strdup_printf ("%s %s", self->first_name ? self->first_name : "",
                          self->last_name ? self->last_name : "");
}

GListModel *
tf_young_person_get_guardians (TfYoungPerson *self)
{
  g_return_val_if_fail (TF_IS_YOUNG_PERSON (self), NULL);
  return G_LIST_MODEL (self->guardians);
}

void
tf_young_person_add_guardian (TfYoungPerson *self,
                              TfGuardian    *guardian)
{
  g_return_if_fail (TF_IS_YOUNG_PERSON (self));
  g_return_if_fail (TF_IS_GUARDIAN (guardian));
  g_list_store_append (self->guardians, guardian);
}

void
tf_young_person_remove_guardian (TfYoungPerson *self,
                                 guint          position)
{
  g_return_if_fail (TF_IS_YOUNG_PERSON (self));
  g_list_store_remove (self->guardians, position);
}

/* Validation */

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static void
add_error (GHashTable **errors,
           const char  *field,
           const char  *message)
{
  if (*errors == NULL)
    *errors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  if (!g_hash_table_contains (*errors, field))
    g_hash_table_insert (*errors, g_strdup (field), g_strdup (message));
}

/* A Danish phone number: eight digits, spaces allowed, optionally +45 first.
 * Foreign numbers start with + and have 7–15 digits. */
static gboolean
phone_is_valid (const char *phone)
{
  guint digits = 0;
  gboolean plus = FALSE;

  for (const char *p = phone; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (*p == '+' && digits == 0 && !plus)
        plus = TRUE;
      else if (*p != ' ' && *p != '-')
        return FALSE;
    }
  return plus ? digits >= 7 && digits <= 15 : digits == 8;
}

static void
validate_cpr_and_birth (TfYoungPerson  *self,
                        GHashTable    **errors)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *today = tf_today_iso ();
  char digits[11];
  GDate cpr_date;
  char cpr_iso[11] = "";

  /* A masked number left as load() gave it is kept as stored. */
  if (!is_blank (self->cpr) && g_strcmp0 (self->cpr, self->cpr_mask) != 0)
    {
      if (!tf_cpr_parse (self->cpr, digits, &cpr_date, &error))
        add_error (errors, "cpr", error->message);
      else
        {
          g_date_strftime (cpr_iso, sizeof cpr_iso, "%Y-%m-%d", &cpr_date);
          if (is_blank (self->birth_date))
            tf_set_str (&self->birth_date, cpr_iso);
        }
    }

  if (is_blank (self->birth_date))
    {
      add_error (errors, "birth-date", _("Enter the birth date, or a CPR number to take it from."));
      return;
    }
  if (!tf_iso_date_is_valid (self->birth_date))
    {
      add_error (errors, "birth-date", _("The birth date is not a real date."));
      return;
    }
  if (g_strcmp0 (self->birth_date, today) > 0)
    add_error (errors, "birth-date", _("The birth date is in the future."));
  else if (tf_age_on (self->birth_date, today) > 30)
    add_error (errors, "birth-date", _("The taskforce works with young people; check the birth date."));
  if (*cpr_iso != '\0' && g_strcmp0 (cpr_iso, self->birth_date) != 0)
    add_error (errors, "birth-date", _("The birth date does not match the CPR number."));
}

static void
validate_guardians (TfYoungPerson  *self,
                    GHashTable    **errors)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->guardians));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfGuardian) guardian = g_list_model_get_item (G_LIST_MODEL (self->guardians), i);
      const char *phone = tf_guardian_get_phone (guardian);
      const char *email = tf_guardian_get_email (guardian);

      if (is_blank (tf_guardian_get_name (guardian)))
        {
          g_autofree char *field = g_strdup_printf ("guardian-%u-name", i);
          add_error (errors, field, _("Enter the guardian's name, or remove the guardian."));
        }
      if (!is_blank (phone) && !phone_is_valid (phone))
        {
          g_autofree char *field = g_strdup_printf ("guardian-%u-phone", i);
          add_error (errors, field, _("A phone number has eight digits, for example 20 12 34 56."));
        }
      if (!is_blank (email) && (strchr (email, '@') == NULL || strchr (email, ' ') != NULL))
        {
          g_autofree char *field = g_strdup_printf ("guardian-%u-email", i);
          add_error (errors, field, _("This is not an e-mail address."));
        }
    }
}

GHashTable *
tf_young_person_validate (TfYoungPerson *self)
{
  GHashTable *errors = NULL;

  g_return_val_if_fail (TF_IS_YOUNG_PERSON (self), NULL);

  if (is_blank (self->first_name))
    add_error (&errors, "first-name", _("Enter the first name."));
  if (is_blank (self->last_name))
    add_error (&errors, "last-name", _("Enter the last name."));
  validate_cpr_and_birth (self, &errors);
  if (tf_gender_from_id (self->gender) < 0)
    add_error (&errors, "gender", _("Choose a gender, or \"Not stated\"."));
  if (!is_blank (self->postcode))
    {
      g_autofree char *postcode = g_strstrip (g_strdup (self->postcode));
      if (strlen (postcode) != 4 || strspn (postcode, "0123456789") != 4)
        add_error (&errors, "postcode", _("A Danish postcode has four digits."));
    }
  if (!is_blank (self->phone) && !phone_is_valid (self->phone))
    add_error (&errors, "phone", _("A phone number has eight digits, for example 20 12 34 56."));
  validate_guardians (self, &errors);
  return errors;
}

/* The field order of the form, so "the first bad field" means the same
 * thing to the store's error message and to the editor's focus. */
const char *
_tf_young_person_first_error (GHashTable *errors)
{
  static const char *order[] = {
    "first-name", "last-name", "cpr", "birth-date", "gender", "phone",
    "address", "postcode", "city", "school", "school-class", NULL
  };
  GHashTableIter iter;
  const char *key;
  const char *best = NULL;

  for (guint i = 0; order[i] != NULL; i++)
    if (g_hash_table_contains (errors, order[i]))
      return order[i];
  /* Guardian fields: the lowest-numbered guardian first. */
  g_hash_table_iter_init (&iter, errors);
  while (g_hash_table_iter_next (&iter, (gpointer *) &key, NULL))
    if (best == NULL || strcmp (key, best) < 0)
      best = key;
  return best;
}

/* Telling a second desk what the first one changed */

static void
add_change (GPtrArray  *lines,
            const char *label,
            const char *before,
            const char *after)
{
  const char *empty = "—";

  if (g_strcmp0 (before, after) == 0)
    return;
  /* Translators: a change another desk made: "Phone: 23 45 67 89 → 98 76 54 32" */
  g_ptr_array_add (lines, g_strdup_printf (_("%s: %s → %s"), label,
                                           before != NULL && *before != '\0' ? before : empty,
                                           after != NULL && *after != '\0' ? after : empty));
}

static char *
guardians_text (TfYoungPerson *self)
{
  GString *text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->guardians));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(TfGuardian) guardian = g_list_model_get_item (G_LIST_MODEL (self->guardians), i);

      g_string_append_printf (text, "%s%s (%s%s%s)", i > 0 ? ", " : "",
                              tf_guardian_get_name (guardian),
                              tf_guardian_get_phone (guardian) ? tf_guardian_get_phone (guardian) : "",
                              tf_guardian_get_email (guardian) ? " " : "",
                              tf_guardian_get_email (guardian) ? tf_guardian_get_email (guardian) : "");
    }
  return g_string_free (text, FALSE);
}

/**
 * tf_young_person_describe_changes:
 * @before: the version someone started editing from
 * @after: the version another desk saved since
 *
 * Returns: (transfer full): one translated line per changed detail
 *   ("Phone: 23 45 67 89 → 98 76 54 32"), NULL-terminated; empty when nothing differs
 */
char **
tf_young_person_describe_changes (TfYoungPerson *before,
                                  TfYoungPerson *after)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *guardians_before = NULL;
  g_autofree char *guardians_after = NULL;

  g_return_val_if_fail (TF_IS_YOUNG_PERSON (before) && TF_IS_YOUNG_PERSON (after), NULL);

  add_change (lines, _("First name"), before->first_name, after->first_name);
  add_change (lines, _("Last name"), before->last_name, after->last_name);
  add_change (lines, _("CPR number"), before->cpr, after->cpr);
  add_change (lines, _("Birth date"), before->birth_date, after->birth_date);
  add_change (lines, _("Gender"), tf_gender_label (MAX (tf_gender_from_id (before->gender), 0)),
              tf_gender_label (MAX (tf_gender_from_id (after->gender), 0)));
  add_change (lines, _("Address"), before->address, after->address);
  add_change (lines, _("Postcode"), before->postcode, after->postcode);
  add_change (lines, _("City"), before->city, after->city);
  add_change (lines, _("School"), before->school, after->school);
  add_change (lines, _("Class"), before->school_class, after->school_class);
  add_change (lines, _("Phone"), before->phone, after->phone);
  guardians_before = guardians_text (before);
  guardians_after = guardians_text (after);
  add_change (lines, _("Guardians"), guardians_before, guardians_after);

  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&lines), FALSE);
}

/**
 * tf_young_person_rebase:
 * @newer: the version another desk saved
 *
 * Makes the next save of @self overwrite @newer: for when the person at the
 * desk has seen what the other desk changed and chose to keep their own.
 */
void
tf_young_person_rebase (TfYoungPerson *self,
                        TfYoungPerson *newer)
{
  g_return_if_fail (TF_IS_YOUNG_PERSON (self) && TF_IS_YOUNG_PERSON (newer));
  g_return_if_fail (self->id == newer->id);

  self->version = newer->version;
}
