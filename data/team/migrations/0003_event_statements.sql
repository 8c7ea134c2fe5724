-- The team server's schema, version 3: a decision's statement of reasons under the DSA.
--
-- A ban, reinstatement or resolution carries the fields of its statement of reasons (ground,
-- category, kinds of content, restrictions with their end dates, territorial scope, review date,
-- public facts) as one canonical JSON text, part of the event's hash and signature; each laptop
-- checks it by the same rules on pull. Events pushed before keep ''.
ALTER TABLE adreview.events ADD COLUMN statement text NOT NULL DEFAULT ''
    CHECK (statement = '' OR jsonb_typeof(statement::jsonb) = 'object');
GRANT INSERT (statement) ON adreview.events TO adreview_reviewers;
