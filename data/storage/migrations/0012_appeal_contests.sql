-- Version 12: an appeal records the case whose decision it contests.
--
-- Until now the decision an appeal contests was looked up each time it was needed: the
-- advertiser's latest ban on another case made before the appeal was filed. A ban made earlier
-- on another laptop and merged later could then change, after the fact, which decision an
-- appeal contests and so whether its deciding reviewer was allowed to decide it. The appeal now
-- names the contested case when it is filed (from the import file, or else as that lookup finds it
-- then), and the name travels with the case. The contested decision is that case's latest ban
-- made before the appeal was filed. Empty for cases that are not appeals, and for an appeal filed
-- when no ban of the advertiser was known.
ALTER TABLE cases ADD COLUMN contests TEXT NOT NULL DEFAULT '';

-- The appeals recorded before this version name the case the lookup finds today.
UPDATE cases AS c
   SET contests = coalesce((SELECT b.ref FROM events e JOIN cases b ON b.id = e.case_id
                             WHERE b.advertiser_id = c.advertiser_id AND b.id <> c.id AND e.at <= c.opened_at
                               AND (e.action = 'ban' OR (e.action = 'resolve-conflict' AND e.outcome = 'banned'))
                             ORDER BY e.at DESC, e.id DESC LIMIT 1), '')
 WHERE c.source = 'appeal';
