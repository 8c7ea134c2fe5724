-- Version 15: evidence revisions, and decisions looked at again when their evidence moves.
--
-- Evidence stays as first recorded; a later revision of an item (an advisory rescinded or
-- superseded, a corrected title, a retracted story) is an event (revise) that names the item and
-- carries the item as it reads now in its text (statement), hashed and signed like any event. A
-- decided case whose decision rests on an item revised since its author saw it is in re-review
-- until a reviewer re-affirms the decision (reaffirm) or reverses it (reverse, which records the
-- outcome it sets, as a resolution does). Both are derived from the events, like a case's state.
PRAGMA writable_schema = ON;

UPDATE sqlite_schema
SET sql = replace(sql, 'action = ''reject'' OR action = ''withdraw'')',
                  'action = ''reject'' OR action = ''withdraw'' OR action = ''revise'' OR action = ''reaffirm'' OR '
                      || 'action = ''reverse'')')
WHERE type = 'table' AND name = 'events';

PRAGMA writable_schema = RESET;

CREATE VIEW schema_version_bump AS SELECT 1;
DROP VIEW schema_version_bump;

-- Why a decided case is in re-review (CaseFold::State::rereview), one line per revised item:
-- ref, status seen, status now, the day it took effect, title, separated by U+001F, lines by
-- U+001E; NULL when it is not. The Re-review tab lists the cases that have one.
ALTER TABLE cases ADD COLUMN rereview TEXT;
CREATE INDEX cases_rereview ON cases(decided_at) WHERE rereview IS NOT NULL;

-- A reversal is a decision in the reports.
DROP INDEX events_decided_at;
DROP INDEX events_decided_case;
CREATE INDEX events_decided_at ON events(at)
    WHERE action IN ('ban', 'clear', 'reinstate', 'resolve-conflict', 'approve', 'reverse');
CREATE INDEX events_decided_case ON events(case_id, at, action, outcome, policy_id, reviewer)
    WHERE action IN ('ban', 'clear', 'reinstate', 'resolve-conflict', 'approve', 'reverse');
