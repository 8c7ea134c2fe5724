-- AdReview schema, version 1.
-- Times are UTC milliseconds since 1970-01-01 (INTEGER); dates are 'YYYY-MM-DD' text.
-- Events are the truth and are only ever appended. The columns marked "derived" are a read
-- model that the program rewrites from the events in the same transaction as each event.

PRAGMA application_id = 1097093750;

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE policies (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE advertisers (
    id           INTEGER PRIMARY KEY,
    ref          TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    aliases      TEXT NOT NULL DEFAULT '[]',      -- JSON array of strings
    country      TEXT NOT NULL,
    headquarters TEXT NOT NULL DEFAULT '',
    industry     TEXT NOT NULL DEFAULT '',
    website      TEXT NOT NULL DEFAULT '',
    status       TEXT NOT NULL DEFAULT 'active'   -- derived
                 CHECK (status IN ('active', 'banned'))
);

CREATE TABLE cases (
    id             INTEGER PRIMARY KEY,
    ref            TEXT NOT NULL UNIQUE,
    advertiser_id  INTEGER NOT NULL REFERENCES advertisers(id),
    policy_id      INTEGER NOT NULL REFERENCES policies(id),
    summary        TEXT NOT NULL,
    priority       TEXT NOT NULL CHECK (priority IN ('critical', 'high', 'normal', 'low')),
    priority_rank  INTEGER NOT NULL,                -- 0 critical .. 3 low, for sorting
    source         TEXT NOT NULL CHECK (source IN ('government-advisory', 'press', 'user-report',
                                                   'automated', 'partner-platform', 'appeal')),
    opened_at      INTEGER NOT NULL,
    due_at         INTEGER NOT NULL,
    -- derived from events
    state          TEXT NOT NULL DEFAULT 'open'
                   CHECK (state IN ('open', 'in-review', 'escalated', 'decided', 'conflict')),
    outcome        TEXT NOT NULL DEFAULT 'none'
                   CHECK (outcome IN ('banned', 'cleared', 'reinstated', 'none')),
    assignee       TEXT NOT NULL DEFAULT '',
    heads          TEXT NOT NULL DEFAULT '',        -- space-separated ids of the latest events
    last_event_at  INTEGER,
    decided_at     INTEGER,
    evidence_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX cases_advertiser ON cases(advertiser_id);
CREATE INDEX cases_state_priority ON cases(state, priority_rank, opened_at);
CREATE INDEX cases_priority ON cases(priority_rank, opened_at);

CREATE TABLE evidence (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES cases(id),
    ref             TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('news-citation', 'agency-advisory', 'company-statement',
                                                  'platform-action', 'internal-signal')),
    title           TEXT NOT NULL,
    source          TEXT NOT NULL,                   -- publisher, agency or source
    author          TEXT NOT NULL DEFAULT '',
    reference       TEXT NOT NULL DEFAULT '',        -- an advisory's reference number
    jurisdiction    TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT '',        -- an advisory's status
    url             TEXT NOT NULL DEFAULT '',
    date            TEXT NOT NULL,                   -- published, issued or dated
    excerpt         TEXT NOT NULL DEFAULT '',
    reliability     TEXT NOT NULL CHECK (reliability IN ('confirmed', 'probable', 'doubtful', 'unknown')),
    retrieved_at    INTEGER,
    content_hash    TEXT NOT NULL,                   -- SHA-256 of the canonical content
    attachment_name TEXT,
    attachment_type TEXT,
    attachment      BLOB,
    attachment_hash TEXT,
    UNIQUE (case_id, ref)
);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    case_id     INTEGER NOT NULL REFERENCES cases(id),
    action      TEXT NOT NULL CHECK (action IN ('flag', 'assign', 'annotate', 'escalate', 'ban', 'clear',
                                                'reinstate', 'resolve-conflict')),
    policy_id   INTEGER REFERENCES policies(id),
    rationale   TEXT NOT NULL DEFAULT '',
    assignee    TEXT NOT NULL DEFAULT '',
    outcome     TEXT NOT NULL DEFAULT '',
    reviewer    TEXT NOT NULL,
    device      TEXT NOT NULL,
    seq         INTEGER NOT NULL,                    -- position in the device's hash chain, from 1
    at          INTEGER NOT NULL,
    parents     TEXT NOT NULL DEFAULT '',            -- space-separated uuids the author had seen
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL,
    UNIQUE (device, seq)
);
CREATE INDEX events_case ON events(case_id, at);

CREATE TABLE event_evidence (
    event_id    INTEGER NOT NULL REFERENCES events(id),
    evidence_id INTEGER NOT NULL REFERENCES evidence(id),
    PRIMARY KEY (event_id, evidence_id)
) WITHOUT ROWID;

INSERT INTO policies (code, title, description) VALUES
  ('ADS-BIZ-CONFLICT', 'Business model conflicts with acceptable ads practices',
   'The advertiser''s business model inherently conflicts with the platform''s acceptable advertising practices.'),
  ('ADS-NATSEC', 'Government national-security advisory',
   'A government authority has issued a national-security advisory or directive concerning the advertiser or its products.'),
  ('ADS-STATE-MEDIA', 'State-controlled media and election interference',
   'State-controlled media outlets, including those found to have interfered in elections, may not advertise.'),
  ('ADS-CRYPTO', 'Cryptocurrency products',
   'Advertising of cryptocurrencies, token sales, exchanges and wallets is not allowed.');
