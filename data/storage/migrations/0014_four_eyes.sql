-- Version 14: bans that wait for a second reviewer.
--
-- A policy may require a second reviewer's approval for its bans (a ban of a critical case always
-- does). Such a ban is recorded as a proposal (action propose-ban) that leaves the advertiser as
-- it stands and the case awaiting approval, until another reviewer approves it (approve: the case
-- is banned) or rejects it (reject), or its proposer withdraws it (withdraw). The proposal itself
-- says that it waits, so changing the policy's setting later changes no recorded decision. Which
-- policies require approval is this laptop's setting, like their statements' defaults.
CREATE TABLE policy_approval (
    policy_id INTEGER PRIMARY KEY REFERENCES policies(id)
) WITHOUT ROWID;

-- The new actions and state in the tables' checks, edited in place as in version 4 (the words
-- accepted grow; every stored row passes).
PRAGMA writable_schema = ON;

UPDATE sqlite_schema
SET sql = replace(sql, 'action = ''reinstate'' OR action = ''resolve-conflict'')',
                  'action = ''reinstate'' OR action = ''resolve-conflict'' OR action = ''propose-ban'' OR '
                      || 'action = ''approve'' OR action = ''reject'' OR action = ''withdraw'')')
WHERE type = 'table' AND name = 'events';

UPDATE sqlite_schema
SET sql = replace(sql, 'state = ''conflict'')', 'state = ''conflict'' OR state = ''awaiting-approval'')')
WHERE type = 'table' AND name = 'cases';

PRAGMA writable_schema = RESET;

CREATE VIEW schema_version_bump AS SELECT 1;
DROP VIEW schema_version_bump;

-- An approval is a decision in the reports; a case awaiting approval is in the backlog.
DROP INDEX events_decided_at;
DROP INDEX events_decided_case;
DROP INDEX cases_backlog;
CREATE INDEX events_decided_at ON events(at)
    WHERE action IN ('ban', 'clear', 'reinstate', 'resolve-conflict', 'approve');
CREATE INDEX events_decided_case ON events(case_id, at, action, outcome, policy_id, reviewer)
    WHERE action IN ('ban', 'clear', 'reinstate', 'resolve-conflict', 'approve');
CREATE INDEX cases_backlog ON cases(state, policy_id, opened_at, advertiser_id)
    WHERE state IN ('open', 'in-review', 'escalated', 'conflict', 'awaiting-approval');
