-- Taskforce store, schema 2: what the work-area plugins record.
-- One generic table for every form a plugin declares, so a member
-- organisation's plugin needs no schema of its own.

CREATE TABLE record (
  id           INTEGER PRIMARY KEY,
  case_id      INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  area         TEXT NOT NULL,
  form         TEXT NOT NULL,
  category     TEXT NOT NULL CHECK (category IN ('record', 'intervention')),
  recorded_on  TEXT NOT NULL,
  vals         TEXT NOT NULL CHECK (json_valid (vals)),
  -- interventions only: status, period, cost in øre, budget area
  status       TEXT CHECK (status IS NULL OR status IN ('planned', 'active', 'completed', 'stopped')),
  starts_on    TEXT,
  ends_on      TEXT,
  planned_cost INTEGER CHECK (planned_cost IS NULL OR planned_cost >= 0),
  actual_cost  INTEGER CHECK (actual_cost IS NULL OR actual_cost >= 0),
  budget_area  TEXT,
  author_id    INTEGER REFERENCES staff_member (id),
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  deleted_at   INTEGER,
  version      INTEGER NOT NULL DEFAULT 1,
  CHECK (category = 'record' OR (status IS NOT NULL AND starts_on IS NOT NULL)),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX record_by_case ON record (case_id, area, form, recorded_on DESC);
CREATE INDEX record_by_form ON record (form, recorded_on);
CREATE INDEX record_interventions ON record (starts_on, budget_area) WHERE category = 'intervention';

-- Earlier versions of a record, written by the store before each change.
CREATE TABLE record_history (
  id           INTEGER PRIMARY KEY,
  record_id    INTEGER NOT NULL REFERENCES record (id) ON DELETE CASCADE,
  version      INTEGER NOT NULL,
  recorded_on  TEXT NOT NULL,
  vals         TEXT NOT NULL,
  status       TEXT,
  starts_on    TEXT,
  ends_on      TEXT,
  planned_cost INTEGER,
  actual_cost  INTEGER,
  author_id    INTEGER REFERENCES staff_member (id),
  changed_at   INTEGER NOT NULL,
  UNIQUE (record_id, version)
);

CREATE TABLE indicator_value (
  id          INTEGER PRIMARY KEY,
  case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
  area        TEXT NOT NULL,
  indicator   TEXT NOT NULL,
  measured_on TEXT NOT NULL,
  value       REAL NOT NULL,
  note        TEXT,
  author_id   INTEGER REFERENCES staff_member (id),
  created_at  INTEGER NOT NULL
);
CREATE INDEX indicator_value_by_case ON indicator_value (case_id, indicator, measured_on);
CREATE INDEX indicator_value_by_indicator ON indicator_value (indicator, measured_on);
