-- The team server's schema, version 6: what a row names is checked a statement at a time.
--
-- A foreign key checks every row on its own, looking its parent up and locking it for the rest
-- of the transaction; for a push of 100,000 events and as many evidence items that was a third
-- of the server's time. Nothing on the server is ever updated or deleted (triggers refuse it,
-- TRUNCATE is revoked), so a parent, once there, stays: checking once per statement that every
-- row added names a case, device, policy or advertiser the server holds (added earlier or by the
-- same statement) keeps the same guarantee. The keys between rows that are added rarely (a
-- device's login, a revocation's device, an appeal's contested case) stay foreign keys.

ALTER TABLE adreview.cases DROP CONSTRAINT cases_advertiser_ref_fkey,
                           DROP CONSTRAINT cases_policy_code_fkey;
ALTER TABLE adreview.evidence DROP CONSTRAINT evidence_case_ref_fkey;
ALTER TABLE adreview.events DROP CONSTRAINT events_case_ref_fkey,
                            DROP CONSTRAINT events_device_fkey,
                            DROP CONSTRAINT events_policy_code_fkey;
ALTER TABLE adreview.event_evidence DROP CONSTRAINT event_evidence_event_uuid_fkey;

CREATE FUNCTION adreview.cases_refer() RETURNS trigger
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
    RETURN NULL;
END $$;

CREATE FUNCTION adreview.evidence_refers() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = adreview, pg_temp
    AS $$
DECLARE
    bad record;
BEGIN
    SELECT a.ref, a.case_ref INTO bad FROM added a
        WHERE NOT EXISTS (SELECT 1 FROM adreview.cases c WHERE c.ref = a.case_ref) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'evidence % names case %, which the server does not hold', bad.ref, bad.case_ref
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION adreview.events_refer() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = adreview, pg_temp
    AS $$
DECLARE
    bad record;
BEGIN
    SELECT a.uuid, a.case_ref INTO bad FROM added a
        WHERE NOT EXISTS (SELECT 1 FROM adreview.cases c WHERE c.ref = a.case_ref) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'event % names case %, which the server does not hold', bad.uuid, bad.case_ref
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    SELECT a.uuid, a.device INTO bad FROM added a
        WHERE NOT EXISTS (SELECT 1 FROM adreview.devices d WHERE d.device = a.device) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'event % names device %, which the server does not hold', bad.uuid, bad.device
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    SELECT a.uuid, a.policy_code INTO bad FROM added a
        WHERE a.policy_code IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM adreview.policies p WHERE p.code = a.policy_code) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'event % names policy %, which the server does not hold', bad.uuid, bad.policy_code
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER cases_refer AFTER INSERT ON adreview.cases REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION adreview.cases_refer();
CREATE TRIGGER evidence_refers AFTER INSERT ON adreview.evidence REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION adreview.evidence_refers();
CREATE TRIGGER events_refer AFTER INSERT ON adreview.events REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION adreview.events_refer();
-- A citation's event is checked by check_citations (an event of a device of the login).

REVOKE ALL ON FUNCTION adreview.cases_refer(), adreview.evidence_refers(), adreview.events_refer() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION adreview.cases_refer(), adreview.evidence_refers(), adreview.events_refer()
    TO adreview_reviewers;
