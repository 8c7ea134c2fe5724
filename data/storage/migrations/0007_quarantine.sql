-- Version 7: events a team server handed this laptop that it refuses, kept aside.
--
-- The server enforces who may write what; the review rules are checked again here, on every
-- pull. An event that fails them, or its signature, is held here with the reason instead of being
-- merged, and so is every event that follows it (later events of its device, events naming it as
-- a parent): one bad event stops neither the rest of the pull nor the team. Held events are never
-- folded into cases; `adreview sync --quarantine` and the window list them.
CREATE TABLE quarantine (
    uuid     TEXT PRIMARY KEY,
    team_id  TEXT NOT NULL,
    case_ref TEXT NOT NULL,
    action   TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    device   TEXT NOT NULL,
    seq      INTEGER NOT NULL CHECK (seq >= 1),
    at       INTEGER NOT NULL,
    hash     TEXT NOT NULL,
    parents  TEXT NOT NULL,
    reason   TEXT NOT NULL,
    cause    TEXT NOT NULL,
    held_at  INTEGER NOT NULL
) WITHOUT ROWID;

CREATE INDEX quarantine_device ON quarantine (device, seq);

-- Events a team server sent that follow events this laptop does not hold yet (a laptop's events
-- that have not reached the server, but that another laptop received by bundle and built on):
-- kept by id and fetched again on each pull until what they follow is here; never merged before.
CREATE TABLE server_waiting (
    uuid    TEXT PRIMARY KEY,
    team_id TEXT NOT NULL
) WITHOUT ROWID;
