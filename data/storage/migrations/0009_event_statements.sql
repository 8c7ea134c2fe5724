-- Version 9: a decision's statement of reasons under the DSA, part of its event.
--
-- A ban, reinstatement or resolution records the ground, category, kinds of content,
-- restrictions with their end dates, territorial scope, review date and public facts of its
-- statement of reasons as one canonical JSON text (domain/DsaDecision), hashed and signed with the
-- rest of the event. Events recorded before keep '' and their hashes.
-- Its form is checked by the review rules (EventRules); the database holds it to an object.
ALTER TABLE events ADD COLUMN statement TEXT NOT NULL DEFAULT ''
    CHECK (statement = '' OR (substr(statement, 1, 1) = '{' AND substr(statement, -1, 1) = '}'));
