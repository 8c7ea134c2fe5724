-- Version 8: what a policy's bans state by default under the EU Digital Services Act.
--
-- A statement of reasons (DSA Art. 17), as the Transparency Database takes it, names the ground
-- (illegal content, or content incompatible with the terms and conditions) with its legal or
-- contractual basis and an explanation, the category of the violation, the kinds of content, the
-- restrictions imposed, and facts written for publication. The decision dialog and `decide`
-- start from a policy's defaults; each decision records its own values. Values are the
-- Transparency Database's keys (see domain/DsaRules); lists are space-separated. A policy with
-- no row here has no defaults (one brought by a bundle or a team server, say).
CREATE TABLE policy_dsa (
    policy_id    INTEGER PRIMARY KEY REFERENCES policies(id),
    ground       TEXT NOT NULL CHECK (ground = 'DECISION_GROUND_ILLEGAL_CONTENT'
                                      OR ground = 'DECISION_GROUND_INCOMPATIBLE_CONTENT'),
    ground_text  TEXT NOT NULL CHECK (length(ground_text) <= 500),
    explanation  TEXT NOT NULL CHECK (length(explanation) <= 2000),
    category     TEXT NOT NULL CHECK (category LIKE 'STATEMENT\_CATEGORY\_%' ESCAPE '\'),
    content_types TEXT NOT NULL,
    visibility   TEXT NOT NULL DEFAULT '',
    monetary     TEXT NOT NULL DEFAULT '',
    service      TEXT NOT NULL DEFAULT '',
    account      TEXT NOT NULL DEFAULT '',
    public_facts TEXT NOT NULL CHECK (length(public_facts) <= 5000)
) WITHOUT ROWID;

WITH d(code, ground_text, explanation, category, public_facts) AS (VALUES
    ('ADS-NATSEC', 'Advertising policy ADS-NATSEC: advertisers subject to a government national-security advisory',
     'A government authority has issued a national-security advisory or directive concerning the advertiser or its '
     || 'products. The advertising policy does not accept advertising from such advertisers while the advisory is in '
     || 'force.',
     'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY',
     'The advertiser''s ads were removed and its advertising account suspended: a government authority has issued a '
     || 'national-security advisory or directive concerning the advertiser or its products, and the platform''s '
     || 'advertising policy does not accept advertising from advertisers subject to such an advisory.'),
    ('ADS-STATE-MEDIA', 'Advertising policy ADS-STATE-MEDIA: state-controlled media and election interference',
     'The advertiser is a state-controlled media outlet, or has been found to have interfered in elections. The '
     || 'advertising policy does not accept advertising from such outlets.',
     'STATEMENT_CATEGORY_NEGATIVE_EFFECTS_ON_CIVIC_DISCOURSE_OR_ELECTIONS',
     'The advertiser''s ads were removed and its advertising account suspended: the advertiser is a state-controlled '
     || 'media outlet, and the platform''s advertising policy does not accept advertising from state-controlled media '
     || 'or from outlets found to have interfered in elections.'),
    ('ADS-CRYPTO', 'Advertising policy ADS-CRYPTO: cryptocurrency products',
     'The ads promote cryptocurrencies, token sales, exchanges or wallets, which the advertising policy does not '
     || 'accept.',
     'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
     'The advertiser''s ads were removed and its advertising account suspended: the ads promote a cryptocurrency '
     || 'product (a cryptocurrency, token sale, exchange or wallet), which the platform''s advertising policy does not '
     || 'accept.'),
    ('ADS-BIZ-CONFLICT', 'Advertising policy ADS-BIZ-CONFLICT: business models that conflict with acceptable ads',
     'The advertiser''s business model inherently conflicts with the platform''s acceptable advertising practices.',
     'STATEMENT_CATEGORY_OTHER_VIOLATION_TC',
     'The advertiser''s ads were removed and its advertising account suspended: its business model inherently '
     || 'conflicts with the platform''s acceptable advertising practices, as its advertising policy sets them out.')
)
INSERT INTO policy_dsa (policy_id, ground, ground_text, explanation, category, content_types, visibility, account,
                        public_facts)
SELECT id, 'DECISION_GROUND_INCOMPATIBLE_CONTENT', ground_text, explanation, category,
       'CONTENT_TYPE_TEXT CONTENT_TYPE_IMAGE', 'DECISION_VISIBILITY_CONTENT_REMOVED', 'DECISION_ACCOUNT_SUSPENDED',
       public_facts
FROM policies JOIN d ON d.code = policies.code;
