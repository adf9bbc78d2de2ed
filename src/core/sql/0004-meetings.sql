-- Taskforce store, schema 4: meetings, their agendas and minutes, follow-up
-- tasks, and the reminders sent (so each is sent once).
-- Dates are ISO 'YYYY-MM-DD', times 'HH:MM', instants UTC epoch seconds.

-- A repeating schedule: the taskforce meets every 14 days from a first date.
-- Meetings of a series are made as rows ahead of time (see meeting.series_id),
-- so each can be moved, cancelled or given its own place.
CREATE TABLE meeting_series (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL CHECK (kind IN ('taskforce', 'screening')),
  first_date  TEXT NOT NULL,
  start_time  TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  end_time    TEXT CHECK (end_time IS NULL OR end_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  every_days  INTEGER NOT NULL DEFAULT 14 CHECK (every_days BETWEEN 1 AND 366),
  until_date  TEXT,
  place       TEXT,
  created_at  INTEGER NOT NULL,
  version     INTEGER NOT NULL DEFAULT 1,
  CHECK (until_date IS NULL OR until_date >= first_date)
);

CREATE TABLE meeting (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('taskforce', 'screening', 'network')),
  series_id    INTEGER REFERENCES meeting_series (id) ON DELETE SET NULL,
  -- a network meeting is about one case (and its family)
  case_id      INTEGER REFERENCES cases (id) ON DELETE CASCADE,
  title        TEXT,
  held_on      TEXT NOT NULL,
  start_time   TEXT NOT NULL CHECK (start_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  end_time     TEXT CHECK (end_time IS NULL OR end_time GLOB '[0-2][0-9]:[0-5][0-9]'),
  place        TEXT,
  status       TEXT NOT NULL DEFAULT 'planned'
               CHECK (status IN ('planned', 'cancelled', 'closed')),
  -- once closed the minutes are locked: triggers below refuse changes
  closed_at    INTEGER,
  closed_by    INTEGER REFERENCES staff_member (id),
  author_id    INTEGER REFERENCES staff_member (id),
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  version      INTEGER NOT NULL DEFAULT 1,
  CHECK (kind <> 'network' OR case_id IS NOT NULL),
  CHECK (end_time IS NULL OR end_time > start_time),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX meeting_by_day ON meeting (held_on, start_time);
CREATE INDEX meeting_by_case ON meeting (case_id, held_on) WHERE case_id IS NOT NULL;
CREATE INDEX meeting_by_series ON meeting (series_id, held_on) WHERE series_id IS NOT NULL;

-- Who is invited and who came. A fixed member is a staff member of a member
-- organisation; an ad hoc member may be anyone (a name, an organisation).
CREATE TABLE meeting_participant (
  id              INTEGER PRIMARY KEY,
  meeting_id      INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  staff_id        INTEGER REFERENCES staff_member (id),
  name            TEXT,
  organisation_id INTEGER REFERENCES organisation (id),
  ad_hoc          INTEGER NOT NULL DEFAULT 0 CHECK (ad_hoc IN (0, 1)),
  -- NULL until attendance is taken
  attended        INTEGER CHECK (attended IS NULL OR attended IN (0, 1)),
  CHECK (staff_id IS NOT NULL OR length (trim (name)) > 0)
);
CREATE INDEX meeting_participant_by_meeting ON meeting_participant (meeting_id);
CREATE UNIQUE INDEX meeting_participant_staff ON meeting_participant (meeting_id, staff_id)
  WHERE staff_id IS NOT NULL;

-- An item of the agenda, and what the minutes say of it. An item about a
-- case says why it is there (the agenda builder's reason, or 'manual').
CREATE TABLE agenda_item (
  id          INTEGER PRIMARY KEY,
  meeting_id  INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  case_id     INTEGER REFERENCES cases (id) ON DELETE SET NULL,
  reason      TEXT NOT NULL DEFAULT 'manual'
              CHECK (reason IN ('manual', 'follow-up', 'screening', 'plan-revision')),
  title       TEXT NOT NULL CHECK (length (trim (title)) > 0),
  discussion  TEXT,
  decision    TEXT,
  version     INTEGER NOT NULL DEFAULT 1,
  UNIQUE (meeting_id, position)
);
CREATE INDEX agenda_item_by_case ON agenda_item (case_id) WHERE case_id IS NOT NULL;

-- Follow-up tasks decided at a meeting (or added on a case): what, who, by
-- when; done when someone marks it.
CREATE TABLE task (
  id             INTEGER PRIMARY KEY,
  case_id        INTEGER REFERENCES cases (id) ON DELETE CASCADE,
  agenda_item_id INTEGER REFERENCES agenda_item (id) ON DELETE SET NULL,
  what           TEXT NOT NULL CHECK (length (trim (what)) > 0),
  staff_id       INTEGER REFERENCES staff_member (id),
  due_on         TEXT NOT NULL,
  done_on        TEXT,
  done_by        INTEGER REFERENCES staff_member (id),
  author_id      INTEGER REFERENCES staff_member (id),
  created_at     INTEGER NOT NULL,
  version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX task_by_case ON task (case_id, due_on);
-- open tasks by due day: reminders and "overdue"
CREATE INDEX task_open_by_due ON task (due_on) WHERE done_on IS NULL;
CREATE INDEX task_by_staff ON task (staff_id, due_on) WHERE done_on IS NULL;

-- The minutes of a closed meeting are kept as they were: no item, attendance
-- or meeting row of it changes any more.
CREATE TRIGGER agenda_item_locked_update BEFORE UPDATE ON agenda_item
  WHEN (SELECT status FROM meeting WHERE id = old.meeting_id) = 'closed' BEGIN
  SELECT RAISE (ABORT, 'the minutes of a closed meeting are locked');
END;
CREATE TRIGGER agenda_item_locked_insert BEFORE INSERT ON agenda_item
  WHEN (SELECT status FROM meeting WHERE id = new.meeting_id) = 'closed' BEGIN
  SELECT RAISE (ABORT, 'the minutes of a closed meeting are locked');
END;
CREATE TRIGGER agenda_item_locked_delete BEFORE DELETE ON agenda_item
  WHEN (SELECT status FROM meeting WHERE id = old.meeting_id) = 'closed' BEGIN
  SELECT RAISE (ABORT, 'the minutes of a closed meeting are locked');
END;
CREATE TRIGGER meeting_participant_locked_update BEFORE UPDATE ON meeting_participant
  WHEN (SELECT status FROM meeting WHERE id = old.meeting_id) = 'closed' BEGIN
  SELECT RAISE (ABORT, 'the minutes of a closed meeting are locked');
END;
CREATE TRIGGER meeting_participant_locked_insert BEFORE INSERT ON meeting_participant
  WHEN (SELECT status FROM meeting WHERE id = new.meeting_id) = 'closed' BEGIN
  SELECT RAISE (ABORT, 'the minutes of a closed meeting are locked');
END;
CREATE TRIGGER meeting_participant_locked_delete BEFORE DELETE ON meeting_participant
  WHEN (SELECT status FROM meeting WHERE id = old.meeting_id) = 'closed' BEGIN
  SELECT RAISE (ABORT, 'the minutes of a closed meeting are locked');
END;
CREATE TRIGGER meeting_locked_update BEFORE UPDATE ON meeting
  WHEN old.status = 'closed' BEGIN
  SELECT RAISE (ABORT, 'the minutes of a closed meeting are locked');
END;

-- Each reminder is sent once: its key ("task-due:42:2026-11-23",
-- "meeting-tomorrow:7", "consent-expiring:12:2027-05-16", ...) is written
-- here, per staff member, when the notification goes out.
CREATE TABLE reminder_sent (
  reminder_key TEXT NOT NULL,
  staff_id     INTEGER NOT NULL REFERENCES staff_member (id),
  sent_at      INTEGER NOT NULL,
  PRIMARY KEY (reminder_key, staff_id)
) WITHOUT ROWID;
