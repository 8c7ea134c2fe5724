-- Version 3: decision reports at a million cases.
-- A decision is an event that sets a case's outcome. Every report query repeats this exact
-- condition, so that SQLite can use the partial indexes below.

-- Decisions in time order: the order of the decision rows in every report.
CREATE INDEX events_decided_at ON events(at)
    WHERE action IN ('ban', 'clear', 'reinstate', 'resolve-conflict');

-- Decisions in case order, holding every column the summary and the counts filter or group on:
-- the summary reads this index alone and visits the cases in the order they are stored.
CREATE INDEX events_decided_case ON events(case_id, at, action, outcome, policy_id, reviewer)
    WHERE action IN ('ban', 'clear', 'reinstate', 'resolve-conflict');

-- The undecided cases with what the backlog groups and filters on.
CREATE INDEX cases_backlog ON cases(state, policy_id, opened_at, advertiser_id)
    WHERE state IN ('open', 'in-review', 'escalated', 'conflict');
