-- The team server's schema, version 11: a reviewer's revocation of their own device is checked
-- against the device's chain after the rows are in, not in the insert policy.
--
-- Version 10 put "from where the chain on the server ends" into the policy. A policy's check runs
-- on every row offered, before ON CONFLICT sets aside the rows the server has already: a laptop
-- sending again a revocation it made before version 10 (below events then on the server) was
-- refused at every push. And it ran on the statement's snapshot, taken before the insert waited
-- for the numbering lock, so it could miss events a push committed meanwhile. A statement trigger
-- after the insert sees only the rows it added, and reads the events as committed by then.

DROP POLICY own_revocations ON adreview.revocations;
CREATE POLICY own_revocations ON adreview.revocations FOR INSERT TO adreview_reviewers
    WITH CHECK (by_reviewer = (SELECT adreview.my_reviewer()) AND by_device = ANY ((SELECT adreview.my_devices())::text[])
                AND (device = ANY ((SELECT adreview.my_devices())::text[]) OR (SELECT adreview.i_am_lead())));

CREATE FUNCTION adreview.check_revocations() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = adreview, pg_temp
    AS $$
DECLARE
    bad record;
BEGIN
    IF adreview.i_am_lead() THEN
        RETURN NULL; -- a lead may revoke any device from any point (a stolen laptop's pushed events)
    END IF;
    SELECT a.device, a.last_valid_seq, t.tip INTO bad FROM added a
        CROSS JOIN LATERAL (SELECT coalesce(max(e.seq), 0) AS tip FROM adreview.events e WHERE e.device = a.device) t
        WHERE a.last_valid_seq < t.tip LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'the revocation of device % after #% comes below its events on the server (to #%): a reviewer '
                        'revokes their own device only from where its chain on the server ends; a lead may revoke '
                        'it from any point', bad.device, bad.last_valid_seq, bad.tip
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER check_revocations AFTER INSERT ON adreview.revocations REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION adreview.check_revocations();

REVOKE ALL ON FUNCTION adreview.check_revocations() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION adreview.check_revocations() TO adreview_reviewers;
