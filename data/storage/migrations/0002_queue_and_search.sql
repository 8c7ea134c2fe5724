-- Version 2: what the review window's queue needs at a million cases.
-- The advertiser's name is copied into its cases so the queue can sort by it through an index;
-- the program rewrites the copies when an advertiser is renamed.
ALTER TABLE cases ADD COLUMN advertiser_name TEXT NOT NULL DEFAULT '';
UPDATE cases SET advertiser_name = (SELECT name FROM advertisers a WHERE a.id = cases.advertiser_id);

-- One index per sort order of the queue, each ending in the row id for keyset paging.
DROP INDEX cases_priority;
DROP INDEX cases_state_priority;
CREATE INDEX cases_priority ON cases(priority_rank, due_at);
CREATE INDEX cases_advertiser_name ON cases(advertiser_name);
CREATE INDEX cases_policy ON cases(policy_id);
CREATE INDEX cases_opened ON cases(opened_at);
CREATE INDEX cases_due ON cases(due_at);
CREATE INDEX cases_state_due ON cases(state, due_at);
CREATE INDEX cases_assignee ON cases(assignee);
CREATE INDEX cases_evidence_count ON cases(evidence_count);
-- Covers the tab counts, with or without the filter bar's filters.
CREATE INDEX cases_tabs ON cases(state, source, policy_id, priority_rank, assignee);

-- Full-text search: one document per case (advertiser name and aliases, summary, evidence titles,
-- sources and excerpts); rowid is the case id.
CREATE VIRTUAL TABLE case_search USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO case_search (rowid, body)
SELECT c.id,
       a.name || ' ' || a.aliases || ' ' || c.ref || ' ' || c.summary || ' ' ||
       coalesce((SELECT group_concat(e.title || ' ' || e.source || ' ' || e.reference || ' ' || e.excerpt, ' ')
                 FROM evidence e WHERE e.case_id = c.id), '')
FROM cases c JOIN advertisers a ON a.id = c.advertiser_id;

ANALYZE;
