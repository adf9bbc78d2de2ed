-- Taskforce store, schema 6: the coordinator's settings for the figures
-- (TfStats), and an index the figures walk.
-- Dates are ISO 'YYYY-MM-DD' text, instants UTC epoch seconds.

-- One row per setting the coordinator has changed; a setting without a row
-- has its default (in tf-stats-settings.c). Amounts are whole kroner.
--   anonymity-threshold       counts below it are hidden in reports for the
--                             committee (default 5)
--   placement-cost-per-year   what a placement outside the home costs a year
--   placement-share-avoided   per cent of the young people worked with whose
--                             placement the taskforce expects to avoid
--   placement-years           how many years an avoided placement would have
--                             lasted (default 1)
CREATE TABLE stats_setting (
  key        TEXT PRIMARY KEY CHECK (key IN ('anonymity-threshold', 'placement-cost-per-year',
                                             'placement-share-avoided', 'placement-years')),
  value      REAL NOT NULL CHECK (value >= 0),
  updated_at INTEGER NOT NULL,
  staff_id   INTEGER REFERENCES staff_member (id)
) WITHOUT ROWID;

-- The change an indicator's value must pass to count as improved or
-- worsened, set by the coordinator. The key is "domain:<code>" for an
-- assessment domain, "goal-progress" for the plans' goals, else a work
-- area's indicator id. Without a row: the indicator's own Threshold=, else
-- 3 points on a 0–10 scale, scaled to its range.
CREATE TABLE stats_indicator_setting (
  indicator  TEXT PRIMARY KEY CHECK (length (trim (indicator)) > 0),
  threshold  REAL NOT NULL CHECK (threshold > 0),
  updated_at INTEGER NOT NULL,
  staff_id   INTEGER REFERENCES staff_member (id)
) WITHOUT ROWID;

-- Interventions by budget area for a period, read from this index alone:
-- the record rows carry their form's values and are large, so walking them
-- for five columns would read most of the store.
CREATE INDEX record_intervention_figures ON record (starts_on, budget_area, status, ends_on, case_id)
  WHERE category = 'intervention' AND deleted_at IS NULL;
