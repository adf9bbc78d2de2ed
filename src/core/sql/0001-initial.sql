-- Taskforce store, schema 1.
-- Dates are ISO 'YYYY-MM-DD' text, instants UTC epoch seconds, money integer øre.
-- Keep to SQL that PostgreSQL also understands where SQLite offers a choice.

CREATE TABLE store_info (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE organisation (
  id           INTEGER PRIMARY KEY,
  code         TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL,
  area         TEXT NOT NULL,
  fixed_member INTEGER NOT NULL DEFAULT 1 CHECK (fixed_member IN (0, 1))
);

CREATE TABLE staff_member (
  id              INTEGER PRIMARY KEY,
  login           TEXT UNIQUE,
  name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
  sort_key        TEXT NOT NULL,
  organisation_id INTEGER REFERENCES organisation (id),
  role            TEXT NOT NULL DEFAULT 'caseworker'
                  CHECK (role IN ('coordinator', 'caseworker', 'member', 'administrator')),
  email           TEXT,
  phone           TEXT,
  active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at      INTEGER NOT NULL
);

CREATE TABLE young_person (
  id           INTEGER PRIMARY KEY,
  first_name   TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
  last_name    TEXT NOT NULL CHECK (length(trim(last_name)) > 0),
  -- Danish collation key ("last first", æ ø å after z), written by the store
  sort_key     TEXT NOT NULL,
  -- ten digits, no dash; NULL while unknown
  cpr          TEXT UNIQUE CHECK (cpr IS NULL OR (length(cpr) = 10 AND cpr NOT GLOB '*[^0-9]*')),
  birth_date   TEXT NOT NULL CHECK (birth_date GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  gender       TEXT NOT NULL DEFAULT 'unspecified'
               CHECK (gender IN ('girl', 'boy', 'other', 'unspecified')),
  address      TEXT,
  postcode     TEXT,
  city         TEXT,
  school       TEXT,
  school_class TEXT,
  phone        TEXT,
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  version      INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE guardian (
  id              INTEGER PRIMARY KEY,
  young_person_id INTEGER NOT NULL REFERENCES young_person (id) ON DELETE CASCADE,
  position        INTEGER NOT NULL,
  name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
  relation        TEXT NOT NULL DEFAULT 'parent',
  phone           TEXT,
  email           TEXT,
  has_custody     INTEGER NOT NULL DEFAULT 1 CHECK (has_custody IN (0, 1)),
  UNIQUE (young_person_id, position)
);
CREATE INDEX guardian_by_young_person ON guardian (young_person_id);

CREATE TABLE cases (
  id              INTEGER PRIMARY KEY,
  young_person_id INTEGER NOT NULL REFERENCES young_person (id) ON DELETE CASCADE,
  status          TEXT NOT NULL CHECK (status IN ('referred', 'not-relevant', 'relevant',
                    'offered', 'accepted', 'declined', 'in-process', 'active', 'paused', 'closed')),
  referral_date   TEXT NOT NULL,
  referral_source TEXT NOT NULL CHECK (referral_source IN ('school', 'parents', 'police', 'ssp',
                    'notification', 'young-person', 'other')),
  referral_reason TEXT,
  coordinator_id  INTEGER REFERENCES staff_member (id),
  next_follow_up  TEXT,
  closed_on       TEXT,
  closing_reason  TEXT,
  -- Copies of sort keys, kept by the store in the same transaction as their source,
  -- so every sort order of the case list is a walk of one covering index.
  sort_name       TEXT NOT NULL,
  birth_date      TEXT NOT NULL,
  coordinator_key TEXT NOT NULL DEFAULT '',
  school_key      TEXT NOT NULL DEFAULT '',   -- '' when the school is not known
  -- the status's place in the funnel (case_status_rank), set by triggers. A
  -- plain column, not a generated one: SQLite (3.40) never reads a generated
  -- column from an index, so every walk of the case list would touch the table.
  status_rank     INTEGER,
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX cases_by_young_person ON cases (young_person_id);

-- The funnel's order, so "sort by status" follows the work, not the alphabet
-- (keep in step with rank_status[] in tf-case-query.c).
CREATE TABLE case_status_rank (
  status TEXT PRIMARY KEY,
  rank   INTEGER NOT NULL UNIQUE
) WITHOUT ROWID;
INSERT INTO case_status_rank (status, rank) VALUES
  ('referred', 0), ('relevant', 1), ('offered', 2), ('accepted', 3), ('in-process', 4),
  ('active', 5), ('paused', 6), ('closed', 7), ('declined', 8), ('not-relevant', 9);

CREATE TRIGGER cases_rank_insert AFTER INSERT ON cases WHEN new.status_rank IS NULL BEGIN
  UPDATE cases SET status_rank = (SELECT rank FROM case_status_rank WHERE status = new.status)
    WHERE id = new.id;
END;
CREATE TRIGGER cases_rank_update AFTER UPDATE OF status ON cases BEGIN
  UPDATE cases SET status_rank = (SELECT rank FROM case_status_rank WHERE status = new.status)
    WHERE id = new.id;
END;
-- One covering index per sort order of the case list, with and without a
-- status filter. Each ends in the columns the list reads besides the order
-- (young_person_id for search, status_rank for the counts, coordinator_id for
-- access scopes), so a query walks one index and never touches the table.
CREATE INDEX cases_by_name ON cases (sort_name, id, young_person_id, status_rank, coordinator_id);
CREATE INDEX cases_by_birth ON cases (birth_date, id, young_person_id, status_rank, coordinator_id);
CREATE INDEX cases_by_coordinator ON cases (coordinator_key, sort_name, id, young_person_id,
                                            status_rank, coordinator_id);
-- cases without a follow-up date sort last
CREATE INDEX cases_by_follow_up ON cases (coalesce(next_follow_up, '9999-12-31'), sort_name, id,
                                          young_person_id, status_rank, coordinator_id);
-- cases without a school sort last
CREATE INDEX cases_by_school ON cases (school_key = '', school_key, sort_name, id, young_person_id,
                                       status_rank, coordinator_id);
CREATE INDEX cases_by_rank ON cases (status_rank, sort_name, id, young_person_id, coordinator_id);
CREATE INDEX cases_by_status ON cases (status, sort_name, id, young_person_id, status_rank,
                                       coordinator_id);
CREATE INDEX cases_by_status_birth ON cases (status, birth_date, id, young_person_id, status_rank,
                                             coordinator_id);
CREATE INDEX cases_by_status_coordinator ON cases (status, coordinator_key, sort_name, id,
                                                   young_person_id, status_rank, coordinator_id);
CREATE INDEX cases_by_status_follow_up ON cases (status, coalesce(next_follow_up, '9999-12-31'),
                                                 sort_name, id, young_person_id, status_rank,
                                                 coordinator_id);
CREATE INDEX cases_by_status_school ON cases (status, school_key = '', school_key, sort_name, id,
                                              young_person_id, status_rank, coordinator_id);
CREATE INDEX cases_by_coordinator_id ON cases (coordinator_id);

-- Cases per coordinator and status, kept by triggers in the same transaction
-- as the case, so the case list's sidebar counts without reading every case
-- (0 stands for "no coordinator").
CREATE TABLE case_count (
  coordinator_id INTEGER NOT NULL,
  status         TEXT NOT NULL,
  n              INTEGER NOT NULL CHECK (n >= 0),
  PRIMARY KEY (coordinator_id, status)
) WITHOUT ROWID;

CREATE TRIGGER case_count_insert AFTER INSERT ON cases BEGIN
  INSERT INTO case_count (coordinator_id, status, n)
    VALUES (coalesce(new.coordinator_id, 0), new.status, 1)
    ON CONFLICT (coordinator_id, status) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER case_count_delete AFTER DELETE ON cases BEGIN
  UPDATE case_count SET n = n - 1
    WHERE coordinator_id = coalesce(old.coordinator_id, 0) AND status = old.status;
END;
CREATE TRIGGER case_count_update AFTER UPDATE OF status, coordinator_id ON cases BEGIN
  UPDATE case_count SET n = n - 1
    WHERE coordinator_id = coalesce(old.coordinator_id, 0) AND status = old.status;
  INSERT INTO case_count (coordinator_id, status, n)
    VALUES (coalesce(new.coordinator_id, 0), new.status, 1)
    ON CONFLICT (coordinator_id, status) DO UPDATE SET n = n + 1;
END;

CREATE TABLE case_status_history (
  id         INTEGER PRIMARY KEY,
  case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  status     TEXT NOT NULL,
  valid_from TEXT NOT NULL,
  changed_at INTEGER NOT NULL,
  staff_id   INTEGER REFERENCES staff_member (id),
  reason     TEXT
);
CREATE INDEX case_status_history_by_case ON case_status_history (case_id, valid_from);

CREATE TABLE note (
  id         INTEGER PRIMARY KEY,
  case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  written_on TEXT NOT NULL,
  written_at INTEGER NOT NULL,
  author_id  INTEGER REFERENCES staff_member (id),
  area       TEXT,
  body       TEXT NOT NULL CHECK (length(trim(body)) > 0),
  version    INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX note_by_case ON note (case_id, written_on DESC, id DESC);

-- Search as you type: name, CPR digits (whole and date part) and school.
-- Prefixes of 1–3 characters are indexed: the first letters typed are the
-- ones that match most names.
CREATE VIRTUAL TABLE young_person_fts USING fts5 (name, cpr, school, prefix = '1 2 3');

CREATE TRIGGER young_person_fts_insert AFTER INSERT ON young_person BEGIN
  INSERT INTO young_person_fts (rowid, name, cpr, school)
  VALUES (new.id, new.first_name || ' ' || new.last_name,
          coalesce(new.cpr || ' ' || substr(new.cpr, 1, 6), ''), coalesce(new.school, ''));
END;
CREATE TRIGGER young_person_fts_update AFTER UPDATE OF first_name, last_name, cpr, school ON young_person BEGIN
  UPDATE young_person_fts
     SET name = new.first_name || ' ' || new.last_name,
         cpr = coalesce(new.cpr || ' ' || substr(new.cpr, 1, 6), ''),
         school = coalesce(new.school, '')
   WHERE rowid = new.id;
END;
CREATE TRIGGER young_person_fts_delete AFTER DELETE ON young_person BEGIN
  DELETE FROM young_person_fts WHERE rowid = old.id;
END;

CREATE VIRTUAL TABLE note_fts USING fts5 (body, content = 'note', content_rowid = 'id');
CREATE TRIGGER note_fts_insert AFTER INSERT ON note BEGIN
  INSERT INTO note_fts (rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN
  INSERT INTO note_fts (note_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER note_fts_update AFTER UPDATE OF body ON note BEGIN
  INSERT INTO note_fts (note_fts, rowid, body) VALUES ('delete', old.id, old.body);
  INSERT INTO note_fts (rowid, body) VALUES (new.id, new.body);
END;

-- The audit log (adgangslog): append-only, written in the same transaction as the change.
CREATE TABLE audit_event (
  id        INTEGER PRIMARY KEY,
  at        INTEGER NOT NULL,
  staff_id  INTEGER REFERENCES staff_member (id),
  login     TEXT NOT NULL,
  action    TEXT NOT NULL,
  entity    TEXT NOT NULL,
  entity_id INTEGER,
  case_id   INTEGER,
  detail    TEXT CHECK (detail IS NULL OR json_valid(detail))
);
CREATE INDEX audit_event_by_case ON audit_event (case_id, at);
CREATE INDEX audit_event_by_staff ON audit_event (staff_id, at);
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event BEGIN
  SELECT RAISE (ABORT, 'the audit log is append-only');
END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN
  SELECT RAISE (ABORT, 'the audit log is append-only');
END;
