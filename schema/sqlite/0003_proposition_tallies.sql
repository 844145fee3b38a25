-- 0003_proposition_tallies: recomputing a proposition reads an index, not its claims' rows.
--
-- Measured (bench/RESULTS.md): adding one article to a 10k-article database cost 51 ms in the
-- store, growing with the database, because PropositionUpdater read every claim row of each
-- touched proposition, evidence text included. Invariants this file creates, and the code that
-- relies on them:
--  1. claims.reported_date is the article's reported date (written with the claim by
--     SqliteStore::insert_claims; articles are immutable once stored, a new version replaces
--     them with new claims), so first_reported/first_denied need no join.
--  2. claims.has_quantity is 1 when the evidence holds a digit; only those claims can carry a
--     value conflict, so PropositionUpdater reads evidence only for them (claims_quantities).
--  3. claims_tally covers PropositionUpdater's tally query (origin, polarity, article, date,
--     hardware by proposition): it is answered from the index alone.

ALTER TABLE claims ADD COLUMN reported_date TEXT NOT NULL DEFAULT '';
ALTER TABLE claims ADD COLUMN has_quantity INTEGER NOT NULL DEFAULT 0;
UPDATE claims SET reported_date = (SELECT a.reported_date FROM articles a WHERE a.id = claims.article_id);
UPDATE claims SET has_quantity = (evidence GLOB '*[0-9]*');
CREATE INDEX claims_tally ON claims(proposition_id, polarity, origin, article_id, reported_date, hardware);
CREATE INDEX claims_quantities ON claims(proposition_id) WHERE has_quantity = 1;

PRAGMA user_version = 3;
