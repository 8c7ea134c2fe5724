-- Version 4: the same CHECK constraints, written as comparisons joined by OR.
-- SQLite 3.40 checks "x IN ('a', 'b', 'c')" by building a temporary b-tree of the list for every
-- row it writes (OpenEphemeral in EXPLAIN), a sizeable share of an import's time;
-- "x = 'a' OR x = 'b' OR x = 'c'" accepts and refuses exactly the same values without one.
-- The partial indexes' WHERE clauses cost the same but stay as they are: a query uses a partial
-- index only when it repeats the index's condition.
--
-- Only the constraint text changes, not how rows are stored, so this follows the simpler of the
-- procedures in https://www.sqlite.org/lang_altertable.html#otheralter rather than copying every
-- table: the text in sqlite_schema is edited in place, each replace() matching one line of what
-- version 1 wrote. Every stored row passes the new checks, which accept the same words.

PRAGMA writable_schema = ON;

UPDATE sqlite_schema
SET sql = replace(replace(replace(replace(replace(sql,
    'CHECK (priority IN (''critical'', ''high'', ''normal'', ''low''))',
    'CHECK (priority = ''critical'' OR priority = ''high'' OR priority = ''normal'' OR priority = ''low'')'),
    'CHECK (source IN (''government-advisory'', ''press'', ''user-report'',',
    'CHECK (source = ''government-advisory'' OR source = ''press'' OR source = ''user-report'' OR'),
    '''automated'', ''partner-platform'', ''appeal''))',
    'source = ''automated'' OR source = ''partner-platform'' OR source = ''appeal'')'),
    'CHECK (state IN (''open'', ''in-review'', ''escalated'', ''decided'', ''conflict''))',
    'CHECK (state = ''open'' OR state = ''in-review'' OR state = ''escalated'' OR state = ''decided'' OR '
        || 'state = ''conflict'')'),
    'CHECK (outcome IN (''banned'', ''cleared'', ''reinstated'', ''none''))',
    'CHECK (outcome = ''banned'' OR outcome = ''cleared'' OR outcome = ''reinstated'' OR outcome = ''none'')')
WHERE type = 'table' AND name = 'cases';

UPDATE sqlite_schema
SET sql = replace(replace(replace(sql,
    'CHECK (kind IN (''news-citation'', ''agency-advisory'', ''company-statement'',',
    'CHECK (kind = ''news-citation'' OR kind = ''agency-advisory'' OR kind = ''company-statement'' OR'),
    '''platform-action'', ''internal-signal''))',
    'kind = ''platform-action'' OR kind = ''internal-signal'')'),
    'CHECK (reliability IN (''confirmed'', ''probable'', ''doubtful'', ''unknown''))',
    'CHECK (reliability = ''confirmed'' OR reliability = ''probable'' OR reliability = ''doubtful'' OR '
        || 'reliability = ''unknown'')')
WHERE type = 'table' AND name = 'evidence';

UPDATE sqlite_schema
SET sql = replace(replace(sql,
    'CHECK (action IN (''flag'', ''assign'', ''annotate'', ''escalate'', ''ban'', ''clear'',',
    'CHECK (action = ''flag'' OR action = ''assign'' OR action = ''annotate'' OR action = ''escalate'' OR '
        || 'action = ''ban'' OR action = ''clear'' OR'),
    '''reinstate'', ''resolve-conflict''))',
    'action = ''reinstate'' OR action = ''resolve-conflict'')')
WHERE type = 'table' AND name = 'events';

-- RESET turns schema editing off and makes this connection read the edited text again.
PRAGMA writable_schema = RESET;

-- Other connections notice a changed schema by its schema_version, which any CREATE or DROP
-- increments. Creating the view also parses the edited text, so a mistake in it fails here and
-- the whole version rolls back instead of leaving an unreadable file.
CREATE VIEW schema_version_bump AS SELECT 1;
DROP VIEW schema_version_bump;
