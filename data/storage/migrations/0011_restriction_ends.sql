-- Version 11: time-limited bans and review dates.
--
-- A ban's statement of reasons may give each restriction an end date; once the last has come the
-- advertiser is no longer restricted, with no new event. Whether a ban is in force is therefore
-- not stored: it is read, with the clock, from when its restrictions end. Both columns below are
-- derived from the events like a case's state, and `verify` checks them against the events.
--
-- restricted_until: the start (00:00 UTC, ms) of the day a banned case's restrictions end, NULL
-- while they have no end (or the case is not banned). review_by: the start of the review date
-- the deciding event's statement gives, NULL when none.
ALTER TABLE cases ADD COLUMN restricted_until INTEGER;
ALTER TABLE cases ADD COLUMN review_by INTEGER;

-- An advertiser's status stays what the decisions make it (banned while a ban stands that no
-- later reinstatement lifted); restricted_until is when the last of those standing bans ends,
-- NULL while one of them has no end. The advertiser is banned now while status is 'banned' and
-- restricted_until is NULL or later than now.
ALTER TABLE advertisers ADD COLUMN restricted_until INTEGER;

-- The Review due tab: decisions whose review date has come, restrictions that end soon.
CREATE INDEX cases_review_by ON cases(review_by) WHERE review_by IS NOT NULL;
CREATE INDEX cases_restricted_until ON cases(restricted_until) WHERE restricted_until IS NOT NULL;

-- Decisions recorded before this version with statements get their dates: the deciding event is
-- the case's decision at its decided_at time. A restriction ends only when every restriction the
-- statement imposes has an end date (an end date is only ever given for a restriction imposed).
WITH deciding AS (
    SELECT c.id AS case_id, c.outcome,
           (SELECT e.statement FROM events e
             WHERE e.case_id = c.id AND e.at = c.decided_at
               AND e.action IN ('ban', 'clear', 'reinstate', 'resolve-conflict')
             ORDER BY e.id DESC LIMIT 1) AS s
      FROM cases c
     WHERE c.outcome <> 'none'
)
UPDATE cases
   SET review_by = CAST(strftime('%s', json_extract(d.s, '$.review_by')) AS INTEGER) * 1000,
       restricted_until = CASE
           WHEN d.outcome <> 'banned' THEN NULL
           WHEN json_extract(d.s, '$.visibility') IS NULL AND json_extract(d.s, '$.monetary') IS NULL
                AND json_extract(d.s, '$.service') IS NULL AND json_extract(d.s, '$.account') IS NULL THEN NULL
           WHEN (json_extract(d.s, '$.visibility') IS NOT NULL AND json_extract(d.s, '$.end_visibility') IS NULL)
                OR (json_extract(d.s, '$.monetary') IS NOT NULL AND json_extract(d.s, '$.end_monetary') IS NULL)
                OR (json_extract(d.s, '$.service') IS NOT NULL AND json_extract(d.s, '$.end_service') IS NULL)
                OR (json_extract(d.s, '$.account') IS NOT NULL AND json_extract(d.s, '$.end_account') IS NULL)
                THEN NULL
           ELSE CAST(strftime('%s', max(coalesce(json_extract(d.s, '$.end_visibility'), ''),
                                        coalesce(json_extract(d.s, '$.end_monetary'), ''),
                                        coalesce(json_extract(d.s, '$.end_service'), ''),
                                        coalesce(json_extract(d.s, '$.end_account'), ''))) AS INTEGER) * 1000
       END
  FROM deciding d
 WHERE cases.id = d.case_id AND d.s <> '' AND json_valid(d.s);

UPDATE advertisers
   SET restricted_until = (
       SELECT CASE WHEN count(*) = count(c.restricted_until) THEN max(c.restricted_until) END
         FROM cases c
        WHERE c.advertiser_id = advertisers.id AND c.outcome = 'banned'
          AND c.decided_at > coalesce((SELECT max(r.decided_at) FROM cases r
                                        WHERE r.advertiser_id = advertisers.id AND r.outcome = 'reinstated'), -1))
 WHERE status = 'banned';
