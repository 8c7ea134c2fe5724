-- The team server's schema, version 7: bans that wait for a second reviewer.
--
-- A ban that needs a second reviewer is pushed as a proposal (propose-ban), answered by another
-- reviewer's approval (approve) or rejection (reject), or withdrawn by its proposer (withdraw).
-- Who may answer is a review rule every laptop checks on pull (another reviewer, with another
-- key); here they are events like any other, inserted by their authors' logins.
ALTER TABLE adreview.events DROP CONSTRAINT events_action_check;
ALTER TABLE adreview.events ADD CONSTRAINT events_action_check
    CHECK (action IN ('flag', 'assign', 'annotate', 'escalate', 'ban', 'clear', 'reinstate', 'resolve-conflict',
                      'propose-ban', 'approve', 'reject', 'withdraw'));
