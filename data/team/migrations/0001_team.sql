-- The team server's schema, version 1 (PostgreSQL 15).
--
-- The shared record of a team: what laptops push and pull. Times are UTC milliseconds since
-- 1970-01-01 (bigint), as in each laptop's file. Nothing here is ever updated or deleted: every
-- table refuses UPDATE, DELETE and TRUNCATE by trigger, and no role is granted them.
--
-- Who may write what is decided here, not by the client: reviewers log in as their own roles,
-- members of adreview_reviewers (leads also of adreview_leads); row-level security, forced on
-- every table, lets a reviewer insert events only as themselves and only for devices registered
-- to their own login, and only a lead resolve conflicts or revoke another reviewer's device.
--
-- Every replicated row gets a server sequence number (srv_seq) from one sequence, taken by the
-- insert trigger under a transaction-wide lock: writers take their numbers one transaction after
-- another, so a reader never sees a number while a smaller one is still uncommitted, and a laptop
-- that pulled up to N can never miss a row below N that commits later.

CREATE SCHEMA adreview;

CREATE TABLE adreview.schema_version (
    version    integer PRIMARY KEY,
    name       text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now(),
    applied_by name NOT NULL DEFAULT session_user
);

CREATE SEQUENCE adreview.srv_seq;

-- The team's identity: laptops know the server by it, whatever address reaches it.
CREATE TABLE adreview.team (
    id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by name NOT NULL DEFAULT session_user
);
INSERT INTO adreview.team DEFAULT VALUES;

-- The team's reviewers: each PostgreSQL login and the reviewer name its events carry.
-- A lead is a member of adreview_leads (PostgreSQL's own record of it).
CREATE TABLE adreview.reviewers (
    role        name PRIMARY KEY,
    reviewer    text NOT NULL UNIQUE CHECK (reviewer <> '' AND length(reviewer) <= 200),
    added_by    name NOT NULL DEFAULT session_user,
    added_at    timestamptz NOT NULL DEFAULT now(),
    disabled_at timestamptz
);

CREATE TABLE adreview.policies (
    code        text PRIMARY KEY CHECK (code <> '' AND length(code) <= 200),
    title       text NOT NULL,
    description text NOT NULL DEFAULT '',
    srv_seq     bigint NOT NULL UNIQUE,
    pushed_by   name NOT NULL
);

CREATE TABLE adreview.advertisers (
    ref          text PRIMARY KEY CHECK (ref <> '' AND length(ref) <= 200),
    name         text NOT NULL,
    aliases      text NOT NULL DEFAULT '[]',
    country      text NOT NULL,
    headquarters text NOT NULL DEFAULT '',
    industry     text NOT NULL DEFAULT '',
    website      text NOT NULL DEFAULT '',
    srv_seq      bigint NOT NULL UNIQUE,
    pushed_by    name NOT NULL
);

CREATE TABLE adreview.cases (
    ref            text PRIMARY KEY CHECK (ref <> '' AND length(ref) <= 200),
    advertiser_ref text NOT NULL REFERENCES adreview.advertisers(ref),
    policy_code    text NOT NULL REFERENCES adreview.policies(code),
    summary        text NOT NULL,
    priority       text NOT NULL CHECK (priority IN ('critical', 'high', 'normal', 'low')),
    source         text NOT NULL CHECK (source IN ('government-advisory', 'press', 'user-report',
                                                   'automated', 'partner-platform', 'appeal')),
    opened_at      bigint NOT NULL,
    due_at         bigint NOT NULL,
    srv_seq        bigint NOT NULL UNIQUE,
    pushed_by      name NOT NULL
);

CREATE TABLE adreview.evidence (
    case_ref        text NOT NULL REFERENCES adreview.cases(ref),
    ref             text NOT NULL CHECK (ref <> '' AND length(ref) <= 200),
    kind            text NOT NULL CHECK (kind IN ('news-citation', 'agency-advisory', 'company-statement',
                                                  'platform-action', 'internal-signal')),
    title           text NOT NULL,
    source          text NOT NULL,
    author          text NOT NULL DEFAULT '',
    reference       text NOT NULL DEFAULT '',
    jurisdiction    text NOT NULL DEFAULT '',
    status          text NOT NULL DEFAULT '',
    url             text NOT NULL DEFAULT '',
    date            text NOT NULL,
    excerpt         text NOT NULL DEFAULT '',
    reliability     text NOT NULL CHECK (reliability IN ('confirmed', 'probable', 'doubtful', 'unknown')),
    retrieved_at    bigint,
    content_hash    text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    attachment_name text,
    attachment_type text,
    attachment      bytea,
    attachment_hash text CHECK (attachment_hash ~ '^[0-9a-f]{64}$'),
    srv_seq         bigint NOT NULL UNIQUE,
    pushed_by       name NOT NULL,
    PRIMARY KEY (case_ref, ref)
);

-- A device and the one login that may push its events; its key signs for one reviewer.
CREATE TABLE adreview.devices (
    device     text PRIMARY KEY CHECK (device <> '' AND length(device) <= 200),
    role       name NOT NULL REFERENCES adreview.reviewers(role),
    reviewer   text NOT NULL,
    public_key text CHECK (public_key ~ '^[A-Za-z0-9+/]{43}=$'),
    legacy_seq bigint NOT NULL DEFAULT 0 CHECK (legacy_seq >= 0),
    srv_seq    bigint NOT NULL UNIQUE,
    pushed_by  name NOT NULL
);

CREATE TABLE adreview.events (
    uuid          text PRIMARY KEY CHECK (uuid <> '' AND length(uuid) <= 200),
    case_ref      text NOT NULL REFERENCES adreview.cases(ref),
    action        text NOT NULL CHECK (action IN ('flag', 'assign', 'annotate', 'escalate', 'ban', 'clear',
                                                  'reinstate', 'resolve-conflict')),
    policy_code   text REFERENCES adreview.policies(code),
    rationale     text NOT NULL DEFAULT '',
    assignee      text NOT NULL DEFAULT '',
    outcome       text NOT NULL DEFAULT '',
    reviewer      text NOT NULL,
    device        text NOT NULL REFERENCES adreview.devices(device),
    seq           bigint NOT NULL CHECK (seq >= 1),
    at            bigint NOT NULL,
    parents       text NOT NULL DEFAULT '',
    prev_hash     text NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
    hash          text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    signature     text CHECK (signature ~ '^[A-Za-z0-9+/]{86}==$'),
    signed_digest text CHECK (signed_digest ~ '^[0-9a-f]{64}$'),
    srv_seq       bigint NOT NULL UNIQUE,
    pushed_by     name NOT NULL,
    UNIQUE (device, seq),
    CHECK ((signature IS NULL) = (signed_digest IS NULL))
);

-- The evidence an event cites, in its order, with the content hash its author saw.
CREATE TABLE adreview.event_evidence (
    event_uuid   text NOT NULL REFERENCES adreview.events(uuid),
    position     integer NOT NULL CHECK (position >= 0),
    ref          text NOT NULL,
    content_hash text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
    srv_seq      bigint NOT NULL UNIQUE,
    pushed_by    name NOT NULL,
    PRIMARY KEY (event_uuid, position)
);

CREATE TABLE adreview.revocations (
    device         text NOT NULL,
    last_valid_seq bigint NOT NULL CHECK (last_valid_seq >= 0),
    by_device      text NOT NULL REFERENCES adreview.devices(device),
    by_reviewer    text NOT NULL,
    at             bigint NOT NULL,
    reason         text NOT NULL DEFAULT '',
    signature      text NOT NULL CHECK (signature ~ '^[A-Za-z0-9+/]{86}==$'),
    srv_seq        bigint NOT NULL UNIQUE,
    pushed_by      name NOT NULL,
    PRIMARY KEY (device, by_device, last_valid_seq)
);

-- The reviewer name of the login on this connection (NULL if it is not an enabled reviewer).
-- session_user, not current_user: SET ROLE cannot change who logged in.
CREATE FUNCTION adreview.my_reviewer() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = adreview, pg_temp
    AS $$ SELECT reviewer FROM adreview.reviewers WHERE role = session_user AND disabled_at IS NULL $$;

CREATE FUNCTION adreview.i_am_lead() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = adreview, pg_temp
    AS $$ SELECT adreview.my_reviewer() IS NOT NULL AND pg_has_role(session_user, 'adreview_leads', 'MEMBER') $$;

CREATE FUNCTION adreview.owns_device(d text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = adreview, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM adreview.devices WHERE device = d AND role = session_user) $$;

-- Every replicated row: its server sequence number and the login that pushed it, whatever the
-- client sent. The lock is held to the end of the transaction (see the top of this file).
CREATE FUNCTION adreview.stamp() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = adreview, pg_temp
    AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('adreview.srv_seq'));
    NEW.srv_seq := nextval('adreview.srv_seq');
    NEW.pushed_by := session_user;
    RETURN NEW;
END $$;

CREATE FUNCTION adreview.refuse_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'the team''s record is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$;

-- An event continues its device's chain: seq 1 starts it; any other follows the stored event
-- before it, by hash; once a device has signed, its events stay signed; nothing after a
-- revocation of the device.
CREATE FUNCTION adreview.check_chain() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = adreview, pg_temp
    AS $$
DECLARE
    before record;
    revoked bigint;
BEGIN
    IF NEW.seq = 1 THEN
        IF NEW.prev_hash <> repeat('0', 64) THEN
            RAISE EXCEPTION 'event % (device % #1) does not start its device''s chain', NEW.uuid, NEW.device
                USING ERRCODE = 'check_violation';
        END IF;
    ELSE
        SELECT hash, signature INTO before FROM adreview.events WHERE device = NEW.device AND seq = NEW.seq - 1;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'event % (device % #%) comes before the server has #% of that device',
                NEW.uuid, NEW.device, NEW.seq, NEW.seq - 1 USING ERRCODE = 'check_violation';
        END IF;
        IF before.hash <> NEW.prev_hash THEN
            RAISE EXCEPTION 'event % (device % #%) does not continue the chain the server holds',
                NEW.uuid, NEW.device, NEW.seq USING ERRCODE = 'check_violation';
        END IF;
        IF before.signature IS NOT NULL AND NEW.signature IS NULL THEN
            RAISE EXCEPTION 'event % (device % #%) is unsigned after signed events of its device',
                NEW.uuid, NEW.device, NEW.seq USING ERRCODE = 'check_violation';
        END IF;
    END IF;
    SELECT min(last_valid_seq) INTO revoked FROM adreview.revocations WHERE device = NEW.device;
    IF revoked IS NOT NULL AND NEW.seq > revoked THEN
        RAISE EXCEPTION 'event % (device % #%) comes after that device was revoked (valid up to #%)',
            NEW.uuid, NEW.device, NEW.seq, revoked USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['policies', 'advertisers', 'cases', 'evidence', 'devices', 'events',
                             'event_evidence', 'revocations'] LOOP
        EXECUTE format('CREATE TRIGGER stamp BEFORE INSERT ON adreview.%I FOR EACH ROW EXECUTE FUNCTION adreview.stamp()', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['schema_version', 'team', 'reviewers', 'policies', 'advertisers', 'cases', 'evidence',
                             'devices', 'events', 'event_evidence', 'revocations'] LOOP
        IF t NOT IN ('schema_version', 'reviewers') THEN
            EXECUTE format('CREATE TRIGGER append_only BEFORE UPDATE OR DELETE ON adreview.%I '
                           'FOR EACH ROW EXECUTE FUNCTION adreview.refuse_change()', t);
        END IF;
        EXECUTE format('CREATE TRIGGER no_truncate BEFORE TRUNCATE ON adreview.%I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION adreview.refuse_change()', t);
        EXECUTE format('ALTER TABLE adreview.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE adreview.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('REVOKE ALL ON adreview.%I FROM PUBLIC', t);
        IF t = 'team' THEN
            EXECUTE format('REVOKE TRUNCATE, UPDATE, DELETE ON adreview.%I FROM CURRENT_USER', t);
        ELSIF t IN ('schema_version', 'reviewers') THEN
            EXECUTE format('REVOKE TRUNCATE, DELETE ON adreview.%I FROM CURRENT_USER', t);
        ELSE
            EXECUTE format('REVOKE TRUNCATE, UPDATE, DELETE ON adreview.%I FROM CURRENT_USER', t);
            -- A foreign-key check locks the row it refers to (FOR KEY SHARE), which PostgreSQL
            -- allows only with UPDATE on some column: the owner keeps it on srv_seq alone. An
            -- UPDATE still finds no row (no policy lets one) and the trigger refuses it.
            EXECUTE format('GRANT UPDATE (srv_seq) ON adreview.%I TO CURRENT_USER', t);
        END IF;
    END LOOP;
END $$;

CREATE TRIGGER check_chain BEFORE INSERT ON adreview.events FOR EACH ROW EXECUTE FUNCTION adreview.check_chain();

-- Roles: the groups are made by `adreview team init` before this runs (they belong to the whole
-- PostgreSQL cluster, not to one database).
REVOKE ALL ON SCHEMA adreview FROM PUBLIC;
GRANT USAGE ON SCHEMA adreview TO adreview_reviewers;
REVOKE ALL ON FUNCTION adreview.my_reviewer(), adreview.i_am_lead(), adreview.owns_device(text),
    adreview.stamp(), adreview.check_chain(), adreview.refuse_change() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION adreview.my_reviewer(), adreview.i_am_lead(), adreview.owns_device(text),
    adreview.stamp(), adreview.check_chain(), adreview.refuse_change() TO adreview_reviewers;

GRANT SELECT ON adreview.schema_version, adreview.team, adreview.reviewers TO adreview_reviewers;
GRANT SELECT, INSERT ON adreview.policies, adreview.advertisers, adreview.cases, adreview.evidence,
    adreview.devices, adreview.events, adreview.event_evidence, adreview.revocations TO adreview_reviewers;

-- The table owner (the admin who ran `team init`) manages the reviewers and the schema's version;
-- nobody else writes them.
CREATE POLICY everyone_reads ON adreview.schema_version FOR SELECT USING (true);
CREATE POLICY everyone_reads ON adreview.team FOR SELECT USING (true);
CREATE POLICY admin_writes ON adreview.schema_version FOR INSERT TO CURRENT_USER WITH CHECK (true);
CREATE POLICY team_reads ON adreview.reviewers FOR SELECT TO adreview_reviewers
    USING (adreview.my_reviewer() IS NOT NULL);
CREATE POLICY admin_reads ON adreview.reviewers FOR SELECT TO CURRENT_USER USING (true);
CREATE POLICY admin_adds ON adreview.reviewers FOR INSERT TO CURRENT_USER WITH CHECK (true);
CREATE POLICY admin_disables ON adreview.reviewers FOR UPDATE TO CURRENT_USER USING (true) WITH CHECK (true);

-- Everyone on this team reads the whole record (a login of another team's database on the same
-- cluster is not on this team), and so does the admin.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['policies', 'advertisers', 'cases', 'evidence', 'devices', 'events',
                             'event_evidence', 'revocations'] LOOP
        EXECUTE format('CREATE POLICY team_reads ON adreview.%I FOR SELECT TO adreview_reviewers '
                       'USING (adreview.my_reviewer() IS NOT NULL)', t);
        EXECUTE format('CREATE POLICY admin_reads ON adreview.%I FOR SELECT TO CURRENT_USER USING (true)', t);
    END LOOP;
END $$;

-- Cases and what they rest on: any enabled reviewer may bring them (an import on a laptop).
CREATE POLICY reviewer_adds ON adreview.policies FOR INSERT TO adreview_reviewers
    WITH CHECK (adreview.my_reviewer() IS NOT NULL);
CREATE POLICY reviewer_adds ON adreview.advertisers FOR INSERT TO adreview_reviewers
    WITH CHECK (adreview.my_reviewer() IS NOT NULL);
CREATE POLICY reviewer_adds ON adreview.cases FOR INSERT TO adreview_reviewers
    WITH CHECK (adreview.my_reviewer() IS NOT NULL);
CREATE POLICY reviewer_adds ON adreview.evidence FOR INSERT TO adreview_reviewers
    WITH CHECK (adreview.my_reviewer() IS NOT NULL);

-- A device is registered to the login that registers it, for that login's reviewer.
CREATE POLICY own_devices ON adreview.devices FOR INSERT TO adreview_reviewers
    WITH CHECK (role = session_user AND reviewer = adreview.my_reviewer());

-- An event is the logged-in reviewer's own, from a device of theirs; resolving a conflict is a
-- lead's.
CREATE POLICY own_events ON adreview.events FOR INSERT TO adreview_reviewers
    WITH CHECK (reviewer = adreview.my_reviewer() AND adreview.owns_device(device)
                AND (action <> 'resolve-conflict' OR adreview.i_am_lead()));

CREATE POLICY own_citations ON adreview.event_evidence FOR INSERT TO adreview_reviewers
    WITH CHECK (EXISTS (SELECT 1 FROM adreview.events e
                        WHERE e.uuid = event_uuid AND adreview.owns_device(e.device)));

-- A reviewer revokes their own devices from their own device; a lead may revoke anyone's.
CREATE POLICY own_revocations ON adreview.revocations FOR INSERT TO adreview_reviewers
    WITH CHECK (by_reviewer = adreview.my_reviewer() AND adreview.owns_device(by_device)
                AND (adreview.owns_device(device) OR adreview.i_am_lead()));
