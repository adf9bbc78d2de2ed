-- Taskforce store, schema 5: the economy (issue 6) — the budget of each
-- year, its split across the areas of intervention and administration, and
-- the expenses that are not the cost of an intervention.
-- Money is integer øre, dates ISO 'YYYY-MM-DD' text, instants UTC epoch seconds.

-- One budget per year. "version" guards against two desks saving at once.
CREATE TABLE budget (
  year        INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2999),
  total       INTEGER NOT NULL CHECK (total >= 0),
  author_id   INTEGER REFERENCES staff_member (id),
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1
);

-- The year's budget split across the six areas of the intervention
-- catalogue and administration. The core checks that the shares add up to
-- the total before it writes them (tf_budget_validate()).
CREATE TABLE budget_share (
  year    INTEGER NOT NULL REFERENCES budget (year) ON DELETE CASCADE,
  area    TEXT NOT NULL CHECK (area IN ('mentor', 'family', 'network', 'school', 'leisure',
                                        'job', 'administration')),
  amount  INTEGER NOT NULL CHECK (amount >= 0),
  PRIMARY KEY (year, area)
);

-- Earlier versions of a year's budget, written before each change, so the
-- economy can be traced back like the records.
CREATE TABLE budget_history (
  id          INTEGER PRIMARY KEY,
  year        INTEGER NOT NULL,
  version     INTEGER NOT NULL,
  total       INTEGER NOT NULL,
  shares      TEXT NOT NULL CHECK (json_valid (shares)),
  author_id   INTEGER REFERENCES staff_member (id),
  changed_at  INTEGER NOT NULL,
  UNIQUE (year, version)
);

-- Other expenses: what the taskforce pays that is not an intervention's
-- cost (a course, transport, a network meeting's room). Never deleted: a
-- removal sets deleted_at and is audited.
CREATE TABLE expense (
  id              INTEGER PRIMARY KEY,
  spent_on        TEXT NOT NULL CHECK (spent_on GLOB '[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
  budget_area     TEXT NOT NULL CHECK (budget_area IN ('mentor', 'family', 'network', 'school',
                                                       'leisure', 'job', 'administration')),
  organisation_id INTEGER NOT NULL REFERENCES organisation (id),
  case_id         INTEGER REFERENCES cases (id),
  description     TEXT NOT NULL CHECK (length (trim (description)) > 0),
  amount          INTEGER NOT NULL CHECK (amount > 0),
  author_id       INTEGER REFERENCES staff_member (id),
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL,
  deleted_at      INTEGER,
  version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX expense_by_day ON expense (spent_on) WHERE deleted_at IS NULL;
CREATE INDEX expense_by_case ON expense (case_id) WHERE case_id IS NOT NULL;

CREATE TABLE expense_history (
  id              INTEGER PRIMARY KEY,
  expense_id      INTEGER NOT NULL REFERENCES expense (id),
  version         INTEGER NOT NULL,
  spent_on        TEXT NOT NULL,
  budget_area     TEXT NOT NULL,
  organisation_id INTEGER,
  case_id         INTEGER,
  description     TEXT NOT NULL,
  amount          INTEGER NOT NULL,
  deleted_at      INTEGER,
  author_id       INTEGER REFERENCES staff_member (id),
  changed_at      INTEGER NOT NULL,
  UNIQUE (expense_id, version)
);

-- The economy's figures read every intervention whose period touches a
-- year: this index holds all they read, so the count never visits the
-- records' values (tf-economy.c names it in its query).
CREATE INDEX record_economy ON record (starts_on, ends_on, status, budget_area, planned_cost,
                                       actual_cost, case_id, area, author_id)
  WHERE category = 'intervention' AND deleted_at IS NULL;

-- Not economy, but it shipped with this version: the minutes and the
-- agenda item panel list an item's tasks, which read every task without it.
CREATE INDEX task_by_agenda_item ON task (agenda_item_id, due_on) WHERE agenda_item_id IS NOT NULL;
