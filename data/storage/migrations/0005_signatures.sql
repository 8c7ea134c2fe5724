-- Version 5: signed events and the registry of devices this database trusts.
--
-- Every event written from now on carries its device's Ed25519 signature over a digest of its
-- signed form (the event's hash, its reviewer, the content hash of each evidence item it cites,
-- and the digest of the same device's previous signed event). Events written before this version
-- have neither: they are "unsigned, from before signing", and every device that wrote them is
-- registered below with its chain frozen at the sequence number it has reached, so that no
-- device adds unsigned events after this point.

-- The signature: base64 of 64 bytes; the signed digest: hex SHA-256 of the signed form. Both are
-- NULL on an unsigned event.
ALTER TABLE events ADD COLUMN signature TEXT;
ALTER TABLE events ADD COLUMN signed_digest TEXT;

-- One row a device whose events this database holds or accepts. Trust is this database's own
-- decision (like ssh's known hosts): who accepted the key, and when.
CREATE TABLE devices (
    device            TEXT PRIMARY KEY,
    reviewer          TEXT NOT NULL DEFAULT '',   -- the one reviewer its key signs for
    public_key        TEXT,                       -- base64 Ed25519 key; NULL: it has not signed here
    legacy_seq        INTEGER NOT NULL DEFAULT 0, -- its events up to here are from before signing
    trusted_by        TEXT NOT NULL,
    trusted_at        INTEGER NOT NULL
) WITHOUT ROWID;

-- Signed statements that a device's events after a position in its chain are not valid. They
-- travel with sync; each is signed by the revoking device's key. A device stands revoked after the
-- lowest position any of them names.
CREATE TABLE revocations (
    device          TEXT NOT NULL,
    last_valid_seq  INTEGER NOT NULL CHECK (last_valid_seq >= 0),
    by_device       TEXT NOT NULL,
    by_reviewer     TEXT NOT NULL,
    at              INTEGER NOT NULL,
    reason          TEXT NOT NULL DEFAULT '',
    signature       TEXT NOT NULL,
    PRIMARY KEY (device, by_device, last_valid_seq)
) WITHOUT ROWID;

INSERT INTO devices (device, reviewer, legacy_seq, trusted_by, trusted_at)
SELECT e.device,
       (SELECT x.reviewer FROM events x WHERE x.device = e.device ORDER BY x.seq DESC LIMIT 1),
       max(e.seq), 'before signing', CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
FROM events e GROUP BY e.device;
