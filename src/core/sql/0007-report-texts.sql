-- Taskforce store, schema 7: the coordinator's texts for the monthly
-- orientation to the committee.
-- The orientation follows a fixed template (personnel and organisation,
-- strategies and development, the status of each intervention); under each
-- heading the coordinator writes only what is new. A month's text starts
-- from the month before's, so a month without a row reads the latest
-- earlier one (in tf-report-text.c) until it is saved for itself.

-- One row per month and heading. heading is 'personnel', 'strategies' or
-- 'intervention:<budget area>'; version counts saves, for conflicts
-- between desks (UPDATE … WHERE version = ?).
CREATE TABLE report_text (
  month      TEXT NOT NULL CHECK (month GLOB '[12][0-9][0-9][0-9]-[01][0-9]'),
  heading    TEXT NOT NULL CHECK (heading IN ('personnel', 'strategies') OR heading GLOB 'intervention:?*'),
  body       TEXT NOT NULL,
  version    INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_at INTEGER NOT NULL,
  staff_id   INTEGER REFERENCES staff_member (id),
  PRIMARY KEY (month, heading)
) WITHOUT ROWID;
