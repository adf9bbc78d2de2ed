-- Taskforce store, schema 3: the case work — screening, consent, assessments,
-- action plans and what the case list needs to show "needs follow-up".
-- Dates are ISO 'YYYY-MM-DD' text, instants UTC epoch seconds.

-- The taskforce's member organisations (the seeds' list), so consent and
-- goals can name them on a store that never had demo data.
INSERT INTO organisation (code, name, area, fixed_member) VALUES
  ('myndighed', 'Børne- og familierådgivningen', 'authority', 1),
  ('fti', 'FTI', 'family', 1),
  ('familiehuset', 'Familiehuset', 'family', 1),
  ('almenskole', 'Almenskole', 'school', 1),
  ('heltidsundervisningen', 'Heltidsundervisningen', 'school', 1),
  ('ungeindsatsen', 'Ungeindsatsen', 'job', 1),
  ('ungdomskonsulenterne', 'Ungdomskonsulenterne', 'leisure', 1),
  ('ungnorddjurs', 'UngNorddjurs', 'coordination', 1),
  ('politi', 'Politi', 'adhoc', 0),
  ('rusmiddelcenter', 'Rusmiddelcenter', 'adhoc', 0),
  ('ssp', 'SSP', 'adhoc', 0)
  ON CONFLICT (code) DO NOTHING;

-- ---------------------------------------------------------------------------
-- Screening and the way through the funnel

-- 1 motivated now, 2 can be motivated, 3 not motivated now; NULL when the
-- team does not use the categories for this case.
ALTER TABLE cases ADD COLUMN motivation INTEGER
  CHECK (motivation IS NULL OR motivation BETWEEN 1 AND 3);
-- Why the screening judged the case not relevant: 'has-intervention',
-- 'not-current' or 'other' (with the text in the history's reason).
ALTER TABLE cases ADD COLUMN screening_reason TEXT
  CHECK (screening_reason IS NULL OR screening_reason IN ('has-intervention', 'not-current', 'other'));
-- The latest assessment's date and risk level, kept by the triggers below.
ALTER TABLE cases ADD COLUMN last_assessed_on TEXT;
ALTER TABLE cases ADD COLUMN risk_level TEXT
  CHECK (risk_level IS NULL OR risk_level IN ('low', 'moderate', 'high'));
-- The first day an open case needs follow-up: its follow-up date, or three
-- months after its latest assessment (after the referral while it has none),
-- whichever comes first. NULL for a case that is no longer open. Kept by the
-- triggers below, so "needs follow-up" is an index range (follow_up_due <= today).
ALTER TABLE cases ADD COLUMN follow_up_due TEXT;

CREATE TRIGGER cases_follow_up_due_insert AFTER INSERT ON cases BEGIN
  UPDATE cases SET follow_up_due =
    CASE WHEN new.status IN ('closed', 'declined', 'not-relevant') THEN NULL
         ELSE min (coalesce (new.next_follow_up, '9999-12-31'),
                   date (coalesce (new.last_assessed_on, new.referral_date), '+3 months'))
    END
  WHERE id = new.id;
END;
CREATE TRIGGER cases_follow_up_due_update
  AFTER UPDATE OF status, next_follow_up, last_assessed_on, referral_date ON cases BEGIN
  UPDATE cases SET follow_up_due =
    CASE WHEN new.status IN ('closed', 'declined', 'not-relevant') THEN NULL
         ELSE min (coalesce (new.next_follow_up, '9999-12-31'),
                   date (coalesce (new.last_assessed_on, new.referral_date), '+3 months'))
    END
  WHERE id = new.id;
END;
UPDATE cases SET follow_up_due =
  CASE WHEN status IN ('closed', 'declined', 'not-relevant') THEN NULL
       ELSE min (coalesce (next_follow_up, '9999-12-31'),
                 date (coalesce (last_assessed_on, referral_date), '+3 months'))
  END;
CREATE INDEX cases_by_follow_up_due ON cases (follow_up_due, id, coordinator_id)
  WHERE follow_up_due IS NOT NULL;

-- Each row of the history is a status change or, with kind 'motivation', a
-- new motivation category while the status stays. reason_code holds the
-- closing reason ('goals-reached', 'moved-away', 'turned-18', 'transferred',
-- 'declined-to-continue') or the screening reason; reason the words.
ALTER TABLE case_status_history ADD COLUMN kind TEXT NOT NULL DEFAULT 'status'
  CHECK (kind IN ('status', 'motivation'));
ALTER TABLE case_status_history ADD COLUMN motivation INTEGER
  CHECK (motivation IS NULL OR motivation BETWEEN 1 AND 3);
ALTER TABLE case_status_history ADD COLUMN reason_code TEXT;

-- ---------------------------------------------------------------------------
-- Consent (samtykke)

CREATE TABLE consent (
  id               INTEGER PRIMARY KEY,
  case_id          INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  by_young_person  INTEGER NOT NULL CHECK (by_young_person IN (0, 1)),
  by_guardians     INTEGER NOT NULL CHECK (by_guardians IN (0, 1)),
  -- which guardians gave it, as written on the form
  guardian_names   TEXT,
  valid_from       TEXT NOT NULL,
  valid_until      TEXT NOT NULL,
  note             TEXT,
  withdrawn_on     TEXT,
  withdrawn_note   TEXT,
  author_id        INTEGER REFERENCES staff_member (id),
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL,
  version          INTEGER NOT NULL DEFAULT 1,
  CHECK (by_young_person = 1 OR by_guardians = 1),
  CHECK (valid_until >= valid_from),
  CHECK (withdrawn_on IS NULL OR withdrawn_on >= valid_from)
);
CREATE INDEX consent_by_case ON consent (case_id, valid_until);
-- Consents that run out, for reminders
CREATE INDEX consent_by_until ON consent (valid_until) WHERE withdrawn_on IS NULL;

-- The member organisations a consent lets share information.
CREATE TABLE consent_organisation (
  consent_id      INTEGER NOT NULL REFERENCES consent (id) ON DELETE CASCADE,
  organisation_id INTEGER NOT NULL REFERENCES organisation (id),
  PRIMARY KEY (consent_id, organisation_id)
) WITHOUT ROWID;

-- ---------------------------------------------------------------------------
-- Holistic assessment (helhedsvurdering)

-- The domains scored 0–10. Built-in ones (builtin = 1) have no title here:
-- the program supplies their translated title and texts by code. The
-- coordinator's own domains carry their words.
CREATE TABLE assessment_domain (
  id        INTEGER PRIMARY KEY,
  code      TEXT NOT NULL UNIQUE,
  builtin   INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  title     TEXT CHECK (builtin = 1 OR length (trim (title)) > 0),
  low_text  TEXT,
  mid_text  TEXT,
  high_text TEXT,
  position  INTEGER NOT NULL,
  active    INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  -- one up with every change of the words, so two coordinators never
  -- overwrite each other silently
  version   INTEGER NOT NULL DEFAULT 1
);
INSERT INTO assessment_domain (code, builtin, position) VALUES
  ('school', 1, 1), ('leisure', 1, 2), ('family', 1, 3), ('behaviour', 1, 4),
  ('emotional', 1, 5), ('substances', 1, 6), ('network', 1, 7), ('practical', 1, 8);

-- Risk and protective factors to tick, built in or the coordinator's.
CREATE TABLE assessment_factor (
  id       INTEGER PRIMARY KEY,
  kind     TEXT NOT NULL CHECK (kind IN ('risk', 'protective')),
  code     TEXT NOT NULL UNIQUE,
  builtin  INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  title    TEXT CHECK (builtin = 1 OR length (trim (title)) > 0),
  position INTEGER NOT NULL,
  active   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  version  INTEGER NOT NULL DEFAULT 1
);
INSERT INTO assessment_factor (kind, code, builtin, position) VALUES
  ('risk', 'absence', 1, 1), ('risk', 'criminal-peers', 1, 2), ('risk', 'early-offending', 1, 3),
  ('risk', 'substance-use', 1, 4), ('risk', 'family-conflict', 1, 5),
  ('risk', 'low-supervision', 1, 6), ('risk', 'impulsivity', 1, 7), ('risk', 'hardship', 1, 8),
  ('protective', 'trusted-adult', 1, 1), ('protective', 'school-attachment', 1, 2),
  ('protective', 'organised-leisure', 1, 3), ('protective', 'prosocial-friends', 1, 4),
  ('protective', 'supportive-family', 1, 5), ('protective', 'motivation', 1, 6),
  ('protective', 'strengths', 1, 7), ('protective', 'job-or-internship', 1, 8);

CREATE TABLE assessment (
  id                     INTEGER PRIMARY KEY,
  case_id                INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  assessed_on            TEXT NOT NULL,
  risk_level             TEXT NOT NULL CHECK (risk_level IN ('low', 'moderate', 'high')),
  reasoning              TEXT,
  young_person_took_part INTEGER NOT NULL DEFAULT 0 CHECK (young_person_took_part IN (0, 1)),
  author_id              INTEGER REFERENCES staff_member (id),
  created_at             INTEGER NOT NULL,
  updated_at             INTEGER NOT NULL,
  version                INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX assessment_by_case ON assessment (case_id, assessed_on);

-- One domain's scores in one assessment: the professionals' and the young
-- person's own (either may be missing), and a short note.
CREATE TABLE assessment_score (
  assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
  domain_id     INTEGER NOT NULL REFERENCES assessment_domain (id),
  score         INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 10),
  own_score     INTEGER CHECK (own_score IS NULL OR own_score BETWEEN 0 AND 10),
  note          TEXT,
  PRIMARY KEY (assessment_id, domain_id)
) WITHOUT ROWID;
CREATE INDEX assessment_score_by_domain ON assessment_score (domain_id);

CREATE TABLE assessment_factor_mark (
  assessment_id INTEGER NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
  factor_id     INTEGER NOT NULL REFERENCES assessment_factor (id),
  PRIMARY KEY (assessment_id, factor_id)
) WITHOUT ROWID;

-- The case row carries its latest assessment's date and risk level.
CREATE TRIGGER assessment_latest_insert AFTER INSERT ON assessment BEGIN
  UPDATE cases SET
    last_assessed_on = (SELECT max (assessed_on) FROM assessment WHERE case_id = new.case_id),
    risk_level = (SELECT risk_level FROM assessment WHERE case_id = new.case_id
                  ORDER BY assessed_on DESC, id DESC LIMIT 1)
  WHERE id = new.case_id;
END;
CREATE TRIGGER assessment_latest_update AFTER UPDATE OF assessed_on, risk_level ON assessment BEGIN
  UPDATE cases SET
    last_assessed_on = (SELECT max (assessed_on) FROM assessment WHERE case_id = new.case_id),
    risk_level = (SELECT risk_level FROM assessment WHERE case_id = new.case_id
                  ORDER BY assessed_on DESC, id DESC LIMIT 1)
  WHERE id = new.case_id;
END;
CREATE TRIGGER assessment_latest_delete AFTER DELETE ON assessment BEGIN
  UPDATE cases SET
    last_assessed_on = (SELECT max (assessed_on) FROM assessment WHERE case_id = old.case_id),
    risk_level = (SELECT risk_level FROM assessment WHERE case_id = old.case_id
                  ORDER BY assessed_on DESC, id DESC LIMIT 1)
  WHERE id = old.case_id;
END;

-- ---------------------------------------------------------------------------
-- Action plans (handleplan), versioned: a revision is a new row with the
-- next version number; earlier versions are never changed.

CREATE TABLE action_plan (
  id                     INTEGER PRIMARY KEY,
  case_id                INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  version                INTEGER NOT NULL CHECK (version >= 1),
  made_on                TEXT NOT NULL,
  next_follow_up         TEXT,
  young_person_took_part INTEGER NOT NULL DEFAULT 0 CHECK (young_person_took_part IN (0, 1)),
  guardians_took_part    INTEGER NOT NULL DEFAULT 0 CHECK (guardians_took_part IN (0, 1)),
  young_person_words     TEXT,
  guardians_words        TEXT,
  revision_note          TEXT,
  author_id              INTEGER REFERENCES staff_member (id),
  created_at             INTEGER NOT NULL,
  UNIQUE (case_id, version),
  CHECK (next_follow_up IS NULL OR next_follow_up >= made_on)
);

CREATE TABLE plan_goal (
  id              INTEGER PRIMARY KEY,
  plan_id         INTEGER NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
  -- the same goal across versions: the id of the row where it first appeared
  goal_key        INTEGER NOT NULL,
  position        INTEGER NOT NULL,
  what            TEXT NOT NULL CHECK (length (trim (what)) > 0),
  -- the assessment domain the goal works on, if any
  domain_id       INTEGER REFERENCES assessment_domain (id),
  organisation_id INTEGER REFERENCES organisation (id),
  staff_id        INTEGER REFERENCES staff_member (id),
  due_on          TEXT,
  status          TEXT NOT NULL DEFAULT 'not-started'
                  CHECK (status IN ('not-started', 'in-progress', 'reached', 'dropped')),
  progress        INTEGER CHECK (progress IS NULL OR progress BETWEEN 0 AND 10),
  UNIQUE (plan_id, position)
);
CREATE INDEX plan_goal_by_key ON plan_goal (goal_key);

-- The interventions (work-area records of category 'intervention') that serve a goal.
CREATE TABLE plan_goal_intervention (
  goal_id   INTEGER NOT NULL REFERENCES plan_goal (id) ON DELETE CASCADE,
  record_id INTEGER NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  PRIMARY KEY (goal_id, record_id)
) WITHOUT ROWID;

-- Why a domain the latest assessment put in the red band has no goal.
CREATE TABLE plan_domain_reason (
  plan_id   INTEGER NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
  domain_id INTEGER NOT NULL REFERENCES assessment_domain (id),
  reason    TEXT NOT NULL CHECK (length (trim (reason)) > 0),
  PRIMARY KEY (plan_id, domain_id)
) WITHOUT ROWID;

-- The newest plan's follow-up date is the case's.
CREATE TRIGGER action_plan_follow_up AFTER INSERT ON action_plan
  WHEN new.version = (SELECT max (version) FROM action_plan WHERE case_id = new.case_id) BEGIN
  UPDATE cases SET next_follow_up = new.next_follow_up WHERE id = new.case_id;
END;
