-- The team server's schema, version 4: an appeal names the case whose decision it contests.
--
-- The name is fixed when the appeal is filed on a laptop and travels with the case; whoever made
-- the contested case's ban may not decide the appeal, a review rule every laptop checks. Here the
-- named case must be on the server already or come in the same statement (a laptop pushes it
-- before the appeal), so a laptop that pulls in order has it when the appeal arrives. NULL for
-- cases that are not appeals and for appeals that name none.
ALTER TABLE adreview.cases ADD COLUMN contests text REFERENCES adreview.cases(ref)
    CHECK (contests IS NULL OR (source = 'appeal' AND contests <> ref));
GRANT INSERT (contests) ON adreview.cases TO adreview_reviewers;
