-- Version 10: the statements of reasons written out for the DSA Transparency Database, and the
-- redress a statement offers.
--
-- `adreview report --format dsa` writes a period's statements as submission files. The
-- Transparency Database refuses a platform identifier (puid, the event's id) it has taken
-- before, so each statement written is recorded here, with when and into which folder and
-- file; a later export skips it unless asked to write it again. The record is this file's
-- own, like its backups: it is not part of the events and does not travel with sync.
CREATE TABLE dsa_exports (
    event_id    INTEGER PRIMARY KEY REFERENCES events(id),
    exported_at INTEGER NOT NULL,
    folder      TEXT NOT NULL,
    file        TEXT NOT NULL
);

-- What an advertiser may do about a decision (DSA Art. 17(3)(f): the internal complaint,
-- out-of-court settlement, the courts), as the statements of reasons print it: a policy's own
-- text here, else the database's (meta key 'dsa_redress'), else the program's default.
ALTER TABLE policy_dsa ADD COLUMN redress TEXT NOT NULL DEFAULT '' CHECK (length(redress) <= 5000);
