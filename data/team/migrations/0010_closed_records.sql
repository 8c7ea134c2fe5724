-- The team server's schema, version 10: what is on the server stays as it was written, and every
-- write sees what was committed before it.
--
--   * A citation may be added only with its event, in the transaction that adds the event. Before,
--     a reviewer could add a citation to one of their own events long after it was pushed: the
--     event then no longer matched its hash on the laptops that pulled it later, and not on those
--     that had it already.
--   * An appeal contests a case of its own advertiser, as every laptop checks; before, the server
--     took an appeal of any case, which every laptop then refused.
--   * Writes run at READ COMMITTED, PostgreSQL's default, where each statement sees what was
--     committed before it began, and the statement-level checks see what was committed before
--     they ran. Under REPEATABLE READ a transaction keeps the snapshot of its first statement: an
--     event could then be added after a revocation of its device, or by a reviewer disabled
--     since, that the checks did not see yet.
--   * A reviewer who is not a lead may revoke their own device only from where its chain on the
--     server ends: a revocation below events already on the server would take back decisions
--     others have pulled. A lead may (a stolen laptop's events already pushed). (Version 11 moves
--     this check out of the policy, into a trigger after the insert.)

CREATE OR REPLACE FUNCTION adreview.take_numbers() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = adreview, pg_temp
    AS $$
BEGIN
    IF current_setting('transaction_isolation') <> 'read committed' THEN
        RAISE EXCEPTION 'the team server takes writes only at READ COMMITTED, not %',
            upper(current_setting('transaction_isolation')) USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('adreview.srv_seq'));
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION adreview.check_citations() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = adreview, pg_temp
    AS $$
DECLARE
    bad record;
    mine text[] := adreview.my_devices();
BEGIN
    SELECT a.event_uuid INTO bad FROM added a LEFT JOIN adreview.events e ON e.uuid = a.event_uuid
        WHERE e.uuid IS NULL OR NOT e.device = ANY (mine) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'new row violates row-level security policy for table "event_evidence": event % is not '
                        'of a device of this login', bad.event_uuid USING ERRCODE = 'insufficient_privilege';
    END IF;
    SELECT a.event_uuid INTO bad FROM added a JOIN adreview.events e ON e.uuid = a.event_uuid
        WHERE e.xmin <> pg_current_xact_id()::xid LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'event % is on the server already: the evidence an event cites comes with it and is never '
                        'added later', bad.event_uuid USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION adreview.cases_refer() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = adreview, pg_temp
    AS $$
DECLARE
    bad record;
BEGIN
    SELECT a.ref, a.advertiser_ref INTO bad FROM added a
        WHERE NOT EXISTS (SELECT 1 FROM adreview.advertisers p WHERE p.ref = a.advertiser_ref) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'case % names advertiser %, which the server does not hold', bad.ref, bad.advertiser_ref
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    SELECT a.ref, a.policy_code INTO bad FROM added a
        WHERE NOT EXISTS (SELECT 1 FROM adreview.policies p WHERE p.code = a.policy_code) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'case % names policy %, which the server does not hold', bad.ref, bad.policy_code
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    SELECT a.ref, a.advertiser_ref, a.contests, c.advertiser_ref AS theirs INTO bad FROM added a
        JOIN adreview.cases c ON c.ref = a.contests
        WHERE a.contests IS NOT NULL AND c.advertiser_ref <> a.advertiser_ref LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'appeal % of % contests case %, which is %''s', bad.ref, bad.advertiser_ref, bad.contests,
            bad.theirs USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END $$;

DROP POLICY own_revocations ON adreview.revocations;
CREATE POLICY own_revocations ON adreview.revocations FOR INSERT TO adreview_reviewers
    WITH CHECK (by_reviewer = (SELECT adreview.my_reviewer()) AND by_device = ANY ((SELECT adreview.my_devices())::text[])
                AND ((SELECT adreview.i_am_lead())
                     OR (device = ANY ((SELECT adreview.my_devices())::text[])
                         AND last_valid_seq >= (SELECT coalesce(max(e.seq), 0) FROM adreview.events e
                                                WHERE e.device = revocations.device))));
