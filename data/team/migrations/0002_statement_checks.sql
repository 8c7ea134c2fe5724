-- The team server's schema, version 2: the same rules as version 1, checked a statement at a time.
--
-- Version 1 numbered and checked every row in triggers of its own (a lock, a sequence number, a
-- look-up of the event before it) and called the row-level security functions for every row, so
-- taking in 100,000 events cost half a minute of the server's time. Here:
--   * a row's number and pusher are the columns' defaults, and reviewers may not insert those two
--     columns (column privileges), so the server still decides them whatever the client sends;
--   * the lock that makes writers take their numbers one transaction after another is taken once
--     per statement, before any row of it is numbered;
--   * the chain rules are checked over all the events a statement added, in one query;
--   * the policies ask who is logged in once per statement (a sub-select PostgreSQL evaluates
--     once), and a citation's event is checked over all the citations a statement added;
--   * hashes, keys and signatures are checked without bounded repetitions in their patterns,
--     which took a fifth of the server's time.

-- The devices registered to the login on this connection.
CREATE FUNCTION adreview.my_devices() RETURNS text[]
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = adreview, pg_temp
    AS $$ SELECT coalesce(array_agg(device), '{}') FROM adreview.devices WHERE role = session_user $$;

CREATE FUNCTION adreview.take_numbers() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = adreview, pg_temp
    AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('adreview.srv_seq'));
    RETURN NULL;
END $$;

DO $$
DECLARE
    t text;
    insertable text;
BEGIN
    FOREACH t IN ARRAY ARRAY['policies', 'advertisers', 'cases', 'evidence', 'devices', 'events',
                             'event_evidence', 'revocations'] LOOP
        EXECUTE format('DROP TRIGGER stamp ON adreview.%I', t);
        EXECUTE format('ALTER TABLE adreview.%I ALTER COLUMN srv_seq SET DEFAULT nextval(''adreview.srv_seq''), '
                       'ALTER COLUMN pushed_by SET DEFAULT session_user', t);
        EXECUTE format('CREATE TRIGGER take_numbers BEFORE INSERT ON adreview.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION adreview.take_numbers()', t);
        SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum) INTO insertable
            FROM pg_attribute
            WHERE attrelid = format('adreview.%I', t)::regclass AND attnum > 0 AND NOT attisdropped
              AND attname NOT IN ('srv_seq', 'pushed_by');
        EXECUTE format('REVOKE INSERT ON adreview.%I FROM adreview_reviewers', t);
        EXECUTE format('GRANT INSERT (%s) ON adreview.%I TO adreview_reviewers', insertable, t);
        EXECUTE format('DROP POLICY team_reads ON adreview.%I', t);
        EXECUTE format('CREATE POLICY team_reads ON adreview.%I FOR SELECT TO adreview_reviewers '
                       'USING ((SELECT adreview.my_reviewer()) IS NOT NULL)', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['policies', 'advertisers', 'cases', 'evidence'] LOOP
        EXECUTE format('DROP POLICY reviewer_adds ON adreview.%I', t);
        EXECUTE format('CREATE POLICY reviewer_adds ON adreview.%I FOR INSERT TO adreview_reviewers '
                       'WITH CHECK ((SELECT adreview.my_reviewer()) IS NOT NULL)', t);
    END LOOP;
END $$;

-- Version 1's per-row functions.
DROP TRIGGER check_chain ON adreview.events;
DROP FUNCTION adreview.check_chain();
DROP FUNCTION adreview.stamp();

-- The events a statement added continue their devices' chains: seq 1 starts one; any other
-- follows the event before it (added earlier or by the same statement), by hash; once a device
-- has signed, its events stay signed; nothing after a revocation of the device.
CREATE FUNCTION adreview.check_chains() RETURNS trigger
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
    SELECT a.uuid, a.device, a.seq, b.hash AS before_hash, b.hash = a.prev_hash AS continues INTO bad
        FROM added a LEFT JOIN adreview.events b ON b.device = a.device AND b.seq = a.seq - 1
        WHERE a.seq > 1 AND (b.hash IS NULL OR b.hash <> a.prev_hash
                             OR (b.signature IS NOT NULL AND a.signature IS NULL))
        ORDER BY a.device, a.seq LIMIT 1;
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

CREATE TRIGGER check_chains AFTER INSERT ON adreview.events REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION adreview.check_chains();

-- A citation belongs to an event of a device registered to the login that adds it.
CREATE FUNCTION adreview.check_citations() RETURNS trigger
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
    RETURN NULL;
END $$;

CREATE TRIGGER check_citations AFTER INSERT ON adreview.event_evidence REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION adreview.check_citations();

DROP POLICY own_devices ON adreview.devices;
CREATE POLICY own_devices ON adreview.devices FOR INSERT TO adreview_reviewers
    WITH CHECK (role = session_user AND reviewer = (SELECT adreview.my_reviewer()));

DROP POLICY own_events ON adreview.events;
CREATE POLICY own_events ON adreview.events FOR INSERT TO adreview_reviewers
    WITH CHECK (reviewer = (SELECT adreview.my_reviewer()) AND device = ANY ((SELECT adreview.my_devices())::text[])
                AND (action <> 'resolve-conflict' OR (SELECT adreview.i_am_lead())));

DROP POLICY own_citations ON adreview.event_evidence;
CREATE POLICY own_citations ON adreview.event_evidence FOR INSERT TO adreview_reviewers
    WITH CHECK ((SELECT adreview.my_reviewer()) IS NOT NULL);

DROP POLICY own_revocations ON adreview.revocations;
CREATE POLICY own_revocations ON adreview.revocations FOR INSERT TO adreview_reviewers
    WITH CHECK (by_reviewer = (SELECT adreview.my_reviewer()) AND by_device = ANY ((SELECT adreview.my_devices())::text[])
                AND (device = ANY ((SELECT adreview.my_devices())::text[]) OR (SELECT adreview.i_am_lead())));

REVOKE ALL ON FUNCTION adreview.my_devices(), adreview.take_numbers(), adreview.check_chains(),
    adreview.check_citations() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION adreview.my_devices(), adreview.take_numbers(), adreview.check_chains(),
    adreview.check_citations() TO adreview_reviewers;
-- The columns' defaults take their numbers as the inserting login; taking one and not using it
-- leaves a gap, which a pull does not mind. Setting the sequence stays the owner's.
GRANT USAGE ON SEQUENCE adreview.srv_seq TO adreview_reviewers;

-- Lower-case hexadecimal of a SHA-256 (64 characters), and base64 of an Ed25519 key (32 bytes) or
-- signature (64 bytes): the length, then one character class (a bounded repetition such as
-- {64} makes PostgreSQL's matcher ten times slower). Plain SQL, inlined into the checks.
CREATE FUNCTION adreview.is_sha256_hex(t text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT length(t) = 64 AND t !~ '[^0-9a-f]' $$;

CREATE FUNCTION adreview.is_base64(t text, letters integer, padding text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT length(t) = letters + length(padding) AND right(t, length(padding)) = padding
                 AND left(t, letters) !~ '[^A-Za-z0-9+/]' $$;

DO $$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT conrelid::regclass AS tab, conname FROM pg_constraint
             WHERE connamespace = 'adreview'::regnamespace AND contype = 'c'
               AND pg_get_constraintdef(oid) LIKE '%~ ''^[%' LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.tab, c.conname);
    END LOOP;
END $$;

ALTER TABLE adreview.evidence
    ADD CHECK (adreview.is_sha256_hex(content_hash)),
    ADD CHECK (adreview.is_sha256_hex(attachment_hash));
ALTER TABLE adreview.devices ADD CHECK (adreview.is_base64(public_key, 43, '='));
ALTER TABLE adreview.events
    ADD CHECK (adreview.is_sha256_hex(prev_hash)),
    ADD CHECK (adreview.is_sha256_hex(hash)),
    ADD CHECK (adreview.is_base64(signature, 86, '==')),
    ADD CHECK (adreview.is_sha256_hex(signed_digest));
ALTER TABLE adreview.event_evidence ADD CHECK (adreview.is_sha256_hex(content_hash));
ALTER TABLE adreview.revocations ADD CHECK (adreview.is_base64(signature, 86, '=='));
