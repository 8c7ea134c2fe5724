-- The team server's schema, version 9: a push's rows come as one array of rows per table, and the
-- chain check looks up only the first event of each device a statement adds.
--
-- Since version 2 a batch came as one array per column, which the server unnested side by side,
-- each column into a store of its own before a row could be put together: a third of the cost of
-- taking in an evidence item. An array of rows of one of the types below is read in one pass. The
-- types list the columns a reviewer may insert, in the order a laptop sends them; the number and
-- pusher of a row stay the server's (column privileges, defaults), whatever a client sends.

CREATE TYPE adreview.policy_row AS (code text, title text, description text);
CREATE TYPE adreview.advertiser_row AS (
    ref text, name text, aliases text, country text, headquarters text, industry text, website text);
CREATE TYPE adreview.case_row AS (
    ref text, advertiser_ref text, policy_code text, summary text, priority text, source text, opened_at bigint,
    due_at bigint, contests text);
CREATE TYPE adreview.evidence_row AS (
    case_ref text, ref text, kind text, title text, source text, author text, reference text, jurisdiction text,
    status text, url text, date text, excerpt text, reliability text, retrieved_at bigint, content_hash text,
    attachment_name text, attachment_type text, attachment bytea, attachment_hash text);
CREATE TYPE adreview.event_row AS (
    uuid text, case_ref text, action text, policy_code text, rationale text, assignee text, outcome text,
    reviewer text, device text, seq bigint, at bigint, parents text, prev_hash text, hash text, signature text,
    signed_digest text, statement text);
CREATE TYPE adreview.citation_row AS (event_uuid text, position integer, ref text, content_hash text);
CREATE TYPE adreview.revocation_row AS (
    device text, last_valid_seq bigint, by_device text, by_reviewer text, at bigint, reason text, signature text);

REVOKE ALL ON TYPE adreview.policy_row, adreview.advertiser_row, adreview.case_row, adreview.evidence_row,
    adreview.event_row, adreview.citation_row, adreview.revocation_row FROM PUBLIC;
GRANT USAGE ON TYPE adreview.policy_row, adreview.advertiser_row, adreview.case_row, adreview.evidence_row,
    adreview.event_row, adreview.citation_row, adreview.revocation_row TO adreview_reviewers;

-- The same chain rules as version 2. An event whose predecessor came in the same statement is
-- compared with it there; only the first event of each device in a statement is looked up among
-- the stored ones (a push sends a device's events in order, so that is one look-up a statement,
-- not one a row).
CREATE OR REPLACE FUNCTION adreview.check_chains() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = adreview, pg_temp
    AS $$
DECLARE
    bad record;
BEGIN
    SELECT a.uuid, a.device, a.seq INTO bad FROM added a
        WHERE a.seq = 1 AND a.prev_hash <> repeat('0', 64) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'event % (device % #1) does not start its device''s chain', bad.uuid, bad.device
            USING ERRCODE = 'check_violation';
    END IF;
    SELECT l.uuid, l.device, l.seq, l.before_hash, l.before_hash = l.prev_hash AS continues INTO bad
        FROM (SELECT o.uuid, o.device, o.seq, o.prev_hash, o.signature,
                     CASE WHEN o.added_seq = o.seq - 1 THEN o.added_hash
                          ELSE (SELECT b.hash FROM adreview.events b WHERE b.device = o.device AND b.seq = o.seq - 1)
                     END AS before_hash,
                     CASE WHEN o.added_seq = o.seq - 1 THEN o.added_signed
                          ELSE (SELECT b.signature IS NOT NULL FROM adreview.events b
                                WHERE b.device = o.device AND b.seq = o.seq - 1)
                     END AS before_signed
              FROM (SELECT a.uuid, a.device, a.seq, a.prev_hash, a.signature,
                           lag(a.seq) OVER w AS added_seq, lag(a.hash) OVER w AS added_hash,
                           lag(a.signature IS NOT NULL) OVER w AS added_signed
                    FROM added a WINDOW w AS (PARTITION BY a.device ORDER BY a.seq)) o
              WHERE o.seq > 1) l
        WHERE l.before_hash IS NULL OR l.before_hash <> l.prev_hash OR (l.before_signed AND l.signature IS NULL)
        ORDER BY l.device, l.seq LIMIT 1;
    IF FOUND THEN
        IF bad.before_hash IS NULL THEN
            RAISE EXCEPTION 'event % (device % #%) comes before the server has #% of that device',
                bad.uuid, bad.device, bad.seq, bad.seq - 1 USING ERRCODE = 'check_violation';
        END IF;
        IF NOT bad.continues THEN
            RAISE EXCEPTION 'event % (device % #%) does not continue the chain the server holds',
                bad.uuid, bad.device, bad.seq USING ERRCODE = 'check_violation';
        END IF;
        RAISE EXCEPTION 'event % (device % #%) is unsigned after signed events of its device',
            bad.uuid, bad.device, bad.seq USING ERRCODE = 'check_violation';
    END IF;
    SELECT a.uuid, a.device, a.seq, r.valid INTO bad
        FROM added a JOIN (SELECT device, min(last_valid_seq) AS valid FROM adreview.revocations GROUP BY device) r
             ON r.device = a.device
        WHERE a.seq > r.valid LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'event % (device % #%) comes after that device was revoked (valid up to #%)',
            bad.uuid, bad.device, bad.seq, bad.valid USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END $$;

-- The devices and policies the events of a statement name, each looked up once (a batch holds
-- one device's events, under a few policies); cases are looked up row by row as before, which an
-- index serves better than matching every case the server holds against the batch's.
CREATE OR REPLACE FUNCTION adreview.events_refer() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = adreview, pg_temp
    AS $$
DECLARE
    bad record;
    missing text;
BEGIN
    SELECT a.uuid, a.case_ref INTO bad FROM added a
        WHERE NOT EXISTS (SELECT 1 FROM adreview.cases c WHERE c.ref = a.case_ref) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'event % names case %, which the server does not hold', bad.uuid, bad.case_ref
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    SELECT n.name INTO missing FROM (SELECT DISTINCT device AS name FROM added) n
        WHERE NOT EXISTS (SELECT 1 FROM adreview.devices d WHERE d.device = n.name) LIMIT 1;
    IF FOUND THEN
        SELECT a.uuid, a.device INTO bad FROM added a WHERE a.device = missing LIMIT 1;
        RAISE EXCEPTION 'event % names device %, which the server does not hold', bad.uuid, bad.device
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    SELECT n.name INTO missing FROM (SELECT DISTINCT policy_code AS name FROM added WHERE policy_code IS NOT NULL) n
        WHERE NOT EXISTS (SELECT 1 FROM adreview.policies p WHERE p.code = n.name) LIMIT 1;
    IF FOUND THEN
        SELECT a.uuid, a.policy_code INTO bad FROM added a WHERE a.policy_code = missing LIMIT 1;
        RAISE EXCEPTION 'event % names policy %, which the server does not hold', bad.uuid, bad.policy_code
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;
