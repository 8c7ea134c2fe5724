-- The team server's schema, version 8: evidence revisions, re-affirmations and reversals.
--
-- A revision of an evidence item (revise) carries the item as it reads now in its text, a JSON
-- object like a statement of reasons; a decision under re-review is re-affirmed (reaffirm) or
-- reversed (reverse, with the outcome it sets). Every laptop checks them by the review rules on
-- pull; here they are events like any other, inserted by their authors' logins.
ALTER TABLE adreview.events DROP CONSTRAINT events_action_check;
ALTER TABLE adreview.events ADD CONSTRAINT events_action_check
    CHECK (action IN ('flag', 'assign', 'annotate', 'escalate', 'ban', 'clear', 'reinstate', 'resolve-conflict',
                      'propose-ban', 'approve', 'reject', 'withdraw', 'revise', 'reaffirm', 'reverse'));
