/* tf-demo-names.h — the word lists demo data is built from (private to tf-demo.c and its parts)
 *
 * Every name here is fictional or generic: first and last names are the
 * common Danish ones, streets are the kind every Danish town has, staff are
 * made up. Schools, towns and member organisations are Norddjurs' own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A list of strings; pickers may favour the front (lists are ordered from
 * the most to the least common). */
typedef struct
{
  const char * const *items;
  guint               n_items;
} TfDemoList;

/* Young people's first names, by gender; last names */
extern const TfDemoList _tf_demo_girl_names;
extern const TfDemoList _tf_demo_boy_names;
extern const TfDemoList _tf_demo_last_names;
/* Guardians' first names (the parents' generation) */
extern const TfDemoList _tf_demo_mother_names;
extern const TfDemoList _tf_demo_father_names;

typedef struct
{
  const char *postcode;
  const char *city;
  guint       weight;          /* roughly the number of young people living there */
  TfDemoList  streets;
  gboolean    flats;           /* some addresses have a floor and side ("1. tv.") */
  const char *school_middle;   /* up to 6. klasse */
  const char *school_upper;    /* 7.–9. klasse (overbygning) */
  const char *school_upper_alt; /* a second overbygning in town, or NULL */
} TfDemoTown;

extern const TfDemoTown _tf_demo_towns[];
extern const guint      _tf_demo_n_towns;

/* Schools outside the town's own */
#define TF_DEMO_SCHOOL_FULL_TIME   "Heltidsundervisningen"
#define TF_DEMO_SCHOOL_SPECIAL     "Djurslandskolen"
#define TF_DEMO_SCHOOL_TENTH       "10. Klassecenter Djursland"

typedef struct
{
  const char *school;
  const char *school_class;
} TfDemoEducation;

/* Youth education for 16–17-year-olds */
extern const TfDemoEducation _tf_demo_youth_education[];
extern const guint           _tf_demo_n_youth_education;

typedef struct
{
  const char *code;
  const char *name;
  const char *area;            /* authority, family, school, job, leisure, coordination, adhoc */
  gboolean    fixed_member;
} TfDemoOrganisation;

extern const TfDemoOrganisation _tf_demo_organisations[];
extern const guint              _tf_demo_n_organisations;

typedef struct
{
  const char *name;
  const char *organisation_code;
  const char *role;            /* coordinator, caseworker, member */
} TfDemoStaff;

extern const TfDemoStaff _tf_demo_staff[];
extern const guint       _tf_demo_n_staff;

/* Text fragments. Placeholders: {n} the young person's first name,
 * {g} the name in the genitive ("Mads'", "Emmas"), {h}/{H} han/hun,
 * {m} ham/hende, {s}/{S} hans/hendes, {p} a percentage, {d} a weekday,
 * {r} a score 2–9. */

/* Opening sentence of a referral reason, one list per referral source
 * (in TfReferralSource order), then the worries that follow it. */
extern const TfDemoList _tf_demo_referral_openings[];
extern const TfDemoList _tf_demo_worries_school;
extern const TfDemoList _tf_demo_worries_police;
extern const TfDemoList _tf_demo_worries_home;

/* Journal sentences, by the member organisation whose staff write them; the
 * note's area is the organisation's (none for UngNorddjurs, the coordinators). */
typedef struct
{
  const char *organisation_code;
  guint       weight;          /* share of all notes */
  TfDemoList  sentences;
} TfDemoNoteSource;

extern const TfDemoNoteSource _tf_demo_note_sources[];
extern const guint            _tf_demo_n_note_sources;
/* The first note of a case, written by the coordinator on the referral date */
extern const TfDemoList       _tf_demo_first_notes;
/* The coordinator's notes before the work with the family starts
 * (screening, offer, reply) */
extern const TfDemoList       _tf_demo_screening_notes;

/* Reasons written to the status history */
extern const TfDemoList _tf_demo_reasons_already_has_intervention;
extern const TfDemoList _tf_demo_reasons_worry_not_current;
extern const TfDemoList _tf_demo_reasons_not_relevant_other;
extern const TfDemoList _tf_demo_reasons_declined;
extern const TfDemoList _tf_demo_reasons_paused;
extern const TfDemoList _tf_demo_reasons_resumed;

typedef struct
{
  const char *id;              /* as stored in cases.closing_reason */
  guint       weight;
  TfDemoList  texts;           /* Danish, for the history's reason */
} TfDemoClosingReason;

extern const TfDemoClosingReason _tf_demo_closing_reasons[];
extern const guint               _tf_demo_n_closing_reasons;
/* The index of 'turned-18' in _tf_demo_closing_reasons */
extern const guint               _tf_demo_closing_turned_18;

/* First digits of Danish mobile numbers */
extern const char * const _tf_demo_mobile_prefixes[];
extern const guint        _tf_demo_n_mobile_prefixes;

G_END_DECLS
