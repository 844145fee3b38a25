-- 0020_origin_key_without_the: an origin's key drops a leading "the" ("The Ledger" and "Ledger"
-- are one outlet; src/store/claim_facts.h, origin_key and ORIGIN_KEY_SQL). Invariant 0004.1 then
-- holds with the new key: the rows keyed "the ..." merge into the row of the rest (claims added,
-- the earliest claim's date, article and spelling kept), and the propositions they belong to are
-- counted again: supporting and denying are their origin rows, and the status follows from them
-- as xref::status_of decides (contradicted, corroborated, denied, single-source). A status that
-- changes here is not written to proposition_history: no article changed it.
CREATE TEMP TABLE moved_origins ON COMMIT DROP AS SELECT * FROM proposition_origins WHERE origin_key LIKE 'the %';
DELETE FROM proposition_origins WHERE origin_key LIKE 'the %';
INSERT INTO proposition_origins (proposition_id, polarity, origin_key, origin, claims, first_reported, first_article)
SELECT proposition_id, polarity, substr(origin_key, 5), origin, claims, first_reported, first_article
FROM moved_origins WHERE true
ON CONFLICT (proposition_id, polarity, origin_key) DO UPDATE SET
    claims = proposition_origins.claims + excluded.claims,
    origin = CASE WHEN (excluded.first_reported = '', excluded.first_reported, excluded.first_article) <
                       (proposition_origins.first_reported = '', proposition_origins.first_reported,
                        proposition_origins.first_article)
                  THEN excluded.origin ELSE proposition_origins.origin END,
    first_article = CASE WHEN (excluded.first_reported = '', excluded.first_reported, excluded.first_article) <
                              (proposition_origins.first_reported = '', proposition_origins.first_reported,
                               proposition_origins.first_article)
                         THEN excluded.first_article ELSE proposition_origins.first_article END,
    first_reported = CASE WHEN (excluded.first_reported = '', excluded.first_reported, excluded.first_article) <
                               (proposition_origins.first_reported = '', proposition_origins.first_reported,
                                proposition_origins.first_article)
                          THEN excluded.first_reported ELSE proposition_origins.first_reported END;
UPDATE propositions SET
    supporting = (SELECT count(*) FROM proposition_origins o WHERE o.proposition_id = propositions.id AND o.polarity = 'asserted'),
    denying = (SELECT count(*) FROM proposition_origins o WHERE o.proposition_id = propositions.id AND o.polarity = 'denied')
WHERE id IN (SELECT proposition_id FROM moved_origins);
UPDATE propositions SET status = CASE WHEN supporting > 0 AND denying > 0 THEN 'contradicted'
                                      WHEN supporting >= 2 THEN 'corroborated'
                                      WHEN denying > 0 THEN 'denied'
                                      ELSE 'single-source' END
WHERE id IN (SELECT proposition_id FROM moved_origins);

UPDATE schema_version SET version = 20;
