-- Version 6: what this laptop has sent to and taken from a team server.
--
-- A team server (PostgreSQL, see data/team/) numbers every row it holds; a laptop pulls what comes
-- after the last number it merged, and moves that mark only after the merge is committed here.
-- The server is known by its team id (made once by `adreview team init`), not by its address,
-- which may change.
CREATE TABLE server_sync (
    team_id    TEXT PRIMARY KEY,
    address    TEXT NOT NULL,
    pulled_seq INTEGER NOT NULL DEFAULT 0 CHECK (pulled_seq >= 0),
    pushed_at  INTEGER,
    pulled_at  INTEGER
) WITHOUT ROWID;

-- How far the server holds each of this laptop's devices' chains, as last seen: what is above
-- it is still to send (the status bar's "3 to send", offline too).
CREATE TABLE server_pushed (
    team_id TEXT NOT NULL,
    device  TEXT NOT NULL,
    seq     INTEGER NOT NULL CHECK (seq >= 0),
    PRIMARY KEY (team_id, device)
) WITHOUT ROWID;
